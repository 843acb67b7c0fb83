//===- llm-gen.cpp - LLM-shaped tq models for the scale benchmarks --------===//
//
// Writes a decoder-only `tq` model with real LLM shapes as MLIR bytecode
// (.mlirbc): token embedding, `layers` x (rms_norm, q/k/v projections,
// per-head q/k rms_norm, RoPE, grouped-query attention with a causal mask,
// o projection, residual add, rms_norm, SiLU-gated MLP, residual add), a
// final rms_norm and the lm_head (tied to the embedding by default, as in
// Qwen3-VL-2B). The defaults are the Qwen3-VL-2B text decoder.
//
// Every weight is a dense_resource blob filled by xorshift64 from a seed
// derived from its name, so the same options always give the same bytes and
// no two tensors deduplicate. The weights are written once: straight from
// the blobs into the bytecode file.
//
// --calib-out writes input_ids samples (.npy, one per sample) for
// --tq-calibrate.
//
//===----------------------------------------------------------------------===//

#include "tico/Dialect/TQ/IR/TQDialect.h"
#include "tico/Dialect/TQ/IR/TQOps.h"

#include "mlir/Bytecode/BytecodeWriter.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Quant/IR/Quant.h"
#include "mlir/IR/AsmState.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/DialectResourceBlobManager.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/IR/Verifier.h"
#include "mlir/Support/FileUtilities.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/ToolOutputFile.h"
#include "llvm/Support/raw_ostream.h"

#include <cmath>
#include <cstdint>
#include <limits>

using namespace mlir;
namespace cl = llvm::cl;
namespace tq = mlir::tico::tq;

static cl::OptionCategory genCategory("tico-llm-gen options");

static cl::opt<std::string> outPath("o", cl::desc("Output .mlirbc (or .mlir)"),
                                    cl::value_desc("file"), cl::Required,
                                    cl::cat(genCategory));
static cl::opt<unsigned> numLayers("layers", cl::desc("Decoder layers"),
                                   cl::init(28), cl::cat(genCategory));
static cl::opt<unsigned> hiddenSize("hidden", cl::desc("Hidden size"),
                                    cl::init(2048), cl::cat(genCategory));
static cl::opt<unsigned> numHeads("heads", cl::desc("Attention heads"),
                                  cl::init(16), cl::cat(genCategory));
static cl::opt<unsigned> numKvHeads("kv-heads",
                                    cl::desc("Key/value heads (GQA)"),
                                    cl::init(8), cl::cat(genCategory));
static cl::opt<unsigned> headDim(
    "head-dim", cl::desc("Head dimension (0: hidden / heads)"), cl::init(128),
    cl::cat(genCategory));
static cl::opt<unsigned> mlpSize("mlp", cl::desc("MLP intermediate size"),
                                 cl::init(6144), cl::cat(genCategory));
static cl::opt<unsigned> vocabSize("vocab", cl::desc("Vocabulary size"),
                                   cl::init(151936), cl::cat(genCategory));
static cl::opt<unsigned> seqLen("seq", cl::desc("Sequence length"),
                                cl::init(8), cl::cat(genCategory));
static cl::opt<bool> untied("untied-lm-head",
                            cl::desc("A separate lm_head weight instead of "
                                     "the embedding table"),
                            cl::init(false), cl::cat(genCategory));
static cl::opt<uint64_t> seedOpt("seed", cl::desc("Base seed"), cl::init(1),
                                 cl::cat(genCategory));
static cl::opt<std::string> calibOut(
    "calib-out",
    cl::desc("Directory to write --calib-samples input_ids .npy files to"),
    cl::init(""), cl::cat(genCategory));
static cl::opt<unsigned> calibSamples("calib-samples",
                                      cl::desc("Calibration samples"),
                                      cl::init(4), cl::cat(genCategory));

namespace {

/// xorshift64 stream seeded from a name, so every tensor is reproducible on
/// its own.
struct Rng {
  uint64_t state;
  explicit Rng(uint64_t seed) : state(seed ? seed : 0x9e3779b97f4a7c15ull) {}
  uint64_t next() {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return state;
  }
  /// Uniform in [-1, 1).
  float uniform() { return float(int64_t(next() >> 11) - (1ll << 52)) * 0x1p-52f; }
};

uint64_t seedFor(llvm::StringRef name) {
  // FNV-1a of the name mixed with the base seed.
  uint64_t h = 1469598103934665603ull ^ seedOpt;
  for (char c : name)
    h = (h ^ uint8_t(c)) * 1099511628211ull;
  return h;
}

class Generator {
public:
  Generator(MLIRContext *context, OpBuilder &builder)
      : context(context), builder(builder), f32(builder.getF32Type()) {}

  /// A weight of `shape` with entries `center + scale * uniform(-1, 1)`.
  Value weight(llvm::StringRef name, ArrayRef<int64_t> shape, float scale,
               float center = 0.0f) {
    auto type = RankedTensorType::get(shape, f32);
    int64_t count = type.getNumElements();
    AsmResourceBlob blob =
        HeapAsmResourceBlob::allocate(count * sizeof(float), 64);
    auto *data = reinterpret_cast<float *>(blob.getMutableData().data());
    Rng rng(seedFor(name));
    for (int64_t i = 0; i < count; ++i)
      data[i] = center + scale * rng.uniform();
    weightBytes += count * sizeof(float);
    auto attr = DenseResourceElementsAttr::get(type, name, std::move(blob));
    return tq::ConstantOp::create(builder, loc(name), type, attr);
  }

  Value constant(RankedTensorType type, ArrayRef<float> values) {
    return tq::ConstantOp::create(builder, builder.getUnknownLoc(), type,
                                  DenseElementsAttr::get(type, values));
  }

  Location loc(llvm::StringRef name) {
    return NameLoc::get(StringAttr::get(context, name));
  }

  RankedTensorType tensor(ArrayRef<int64_t> shape) {
    return RankedTensorType::get(shape, f32);
  }

  Value linear(llvm::StringRef name, Value x, int64_t out, int64_t in,
               float scale) {
    Value w = weight((name + ".weight").str(), {out, in}, scale);
    auto xType = cast<RankedTensorType>(x.getType());
    SmallVector<int64_t> shape(xType.getShape());
    shape.back() = out;
    return tq::LinearOp::create(builder, loc(name), tensor(shape), x, w,
                                Value());
  }

  Value rmsNorm(llvm::StringRef name, Value x, int64_t dim) {
    Value w = weight((name + ".weight").str(), {dim}, 0.05f, 1.0f);
    return tq::RmsNormOp::create(builder, loc(name), x.getType(), x, w,
                                 APFloat(1e-6), false);
  }

  Value reshape(Value x, ArrayRef<int64_t> shape) {
    return tq::ReshapeOp::create(builder, x.getLoc(), tensor(shape), x);
  }

  Value transpose(Value x, ArrayRef<int64_t> perms) {
    auto type = cast<RankedTensorType>(x.getType());
    SmallVector<int64_t> shape;
    for (int64_t p : perms)
      shape.push_back(type.getDimSize(p));
    return tq::TransposeOp::create(builder, x.getLoc(), tensor(shape), x,
                                   perms);
  }

  MLIRContext *context;
  OpBuilder &builder;
  Type f32;
  uint64_t weightBytes = 0;
};

/// The RoPE tables (positions 0..S-1, theta 1e6 as in Qwen3) and the causal
/// mask tiled for `groups` query heads per key/value head.
struct SharedTables {
  Value cos, sin, mask, scale;
};

SharedTables buildTables(Generator &g, int64_t S, int64_t D, int64_t groups) {
  SmallVector<float> cos(S * D), sin(S * D);
  for (int64_t s = 0; s < S; ++s)
    for (int64_t i = 0; i < D / 2; ++i) {
      double inv = std::pow(1e6, -2.0 * double(i) / double(D));
      double angle = double(s) * inv;
      cos[s * D + i] = cos[s * D + i + D / 2] = float(std::cos(angle));
      sin[s * D + i] = sin[s * D + i + D / 2] = float(std::sin(angle));
    }
  SmallVector<float> mask(groups * S * S);
  for (int64_t r = 0; r < groups * S; ++r)
    for (int64_t c = 0; c < S; ++c)
      mask[r * S + c] =
          c <= r % S ? 0.0f : -std::numeric_limits<float>::infinity();
  SharedTables t;
  t.cos = g.constant(g.tensor({1, 1, S, D}), cos);
  t.sin = g.constant(g.tensor({1, 1, S, D}), sin);
  t.mask = g.constant(g.tensor({1, 1, groups * S, S}), mask);
  t.scale = g.constant(RankedTensorType::get({}, g.f32),
                       {float(1.0 / std::sqrt(double(D)))});
  return t;
}

Value buildLayer(Generator &g, const SharedTables &t, Value h, unsigned l) {
  OpBuilder &b = g.builder;
  int64_t S = seqLen, H = hiddenSize, Q = numHeads, KV = numKvHeads,
          D = headDim, F = mlpSize, G = Q / KV;
  std::string p = "model.layers." + std::to_string(l) + ".";
  float inScale = float(1.0 / std::sqrt(double(H)));
  // Attention.
  Value x = g.rmsNorm(p + "input_layernorm", h, H);
  Value q = g.linear(p + "self_attn.q_proj", x, Q * D, H, inScale);
  Value k = g.linear(p + "self_attn.k_proj", x, KV * D, H, inScale);
  Value v = g.linear(p + "self_attn.v_proj", x, KV * D, H, inScale);
  q = g.rmsNorm(p + "self_attn.q_norm", g.reshape(q, {1, S, Q, D}), D);
  k = g.rmsNorm(p + "self_attn.k_norm", g.reshape(k, {1, S, KV, D}), D);
  q = g.transpose(q, {0, 2, 1, 3}); // [1, Q, S, D]
  k = g.transpose(k, {0, 2, 1, 3}); // [1, KV, S, D]
  v = g.transpose(g.reshape(v, {1, S, KV, D}), {0, 2, 1, 3});
  Location attnLoc = g.loc(p + "self_attn");
  q = tq::RopeOp::create(b, attnLoc, q.getType(), q, t.cos, t.sin);
  k = tq::RopeOp::create(b, attnLoc, k.getType(), k, t.cos, t.sin);
  // GQA: query head h reads key/value head h / G, so the G heads of a group
  // stack along the rows of one [G*S, D] matrix.
  q = g.reshape(q, {1, KV, G * S, D});
  Value scores = tq::MatmulOp::create(b, attnLoc, g.tensor({1, KV, G * S, S}),
                                      q, k, false, true);
  scores = tq::MulOp::create(b, attnLoc, scores.getType(), scores, t.scale);
  scores = tq::AddOp::create(b, attnLoc, scores.getType(), scores, t.mask);
  Value probs = tq::SoftmaxOp::create(b, attnLoc, scores.getType(), scores);
  Value ctx = tq::MatmulOp::create(b, attnLoc, g.tensor({1, KV, G * S, D}),
                                   probs, v, false, false);
  ctx = g.reshape(g.transpose(g.reshape(ctx, {1, Q, S, D}), {0, 2, 1, 3}),
                  {1, S, Q * D});
  float ctxScale = float(1.0 / std::sqrt(double(Q * D)));
  Value attn = g.linear(p + "self_attn.o_proj", ctx, H, Q * D, ctxScale);
  h = tq::AddOp::create(b, attn.getLoc(), h.getType(), h, attn);
  // MLP.
  Value x2 = g.rmsNorm(p + "post_attention_layernorm", h, H);
  Value gate = g.linear(p + "mlp.gate_proj", x2, F, H, inScale);
  Value up = g.linear(p + "mlp.up_proj", x2, F, H, inScale);
  Value act = tq::SiluOp::create(b, gate.getLoc(), gate.getType(), gate);
  Value prod = tq::MulOp::create(b, gate.getLoc(), gate.getType(), act, up);
  Value down = g.linear(p + "mlp.down_proj", prod, H, F,
                        float(1.0 / std::sqrt(double(F))));
  return tq::AddOp::create(b, down.getLoc(), h.getType(), h, down);
}

/// One .npy of int32 ids [1, S] per sample.
LogicalResult writeCalibration(llvm::StringRef dir) {
  if (std::error_code ec = llvm::sys::fs::create_directories(dir)) {
    llvm::errs() << "tico-llm-gen: cannot create '" << dir
                 << "': " << ec.message() << "\n";
    return failure();
  }
  Rng rng(seedFor("calibration"));
  for (unsigned n = 0; n < calibSamples; ++n) {
    llvm::SmallString<128> path(dir);
    llvm::sys::path::append(path, llvm::formatv("sample{0:3}.npy", n).str());
    std::string header = "{'descr': '<i4', 'fortran_order': False, 'shape': (1, " +
                         std::to_string(seqLen) + "), }";
    // Magic (6) + version (2) + length (2) + header, padded to 64 bytes.
    header.append(63 - (10 + header.size()) % 64, ' ');
    header += '\n';
    std::error_code ec;
    llvm::raw_fd_ostream os(path, ec);
    if (ec) {
      llvm::errs() << "tico-llm-gen: cannot write '" << path
                   << "': " << ec.message() << "\n";
      return failure();
    }
    os << "\x93NUMPY" << char(1) << char(0) << char(header.size() & 0xff)
       << char(header.size() >> 8) << header;
    for (unsigned s = 0; s < seqLen; ++s) {
      int32_t id = int32_t(rng.next() % vocabSize);
      os.write(reinterpret_cast<const char *>(&id), sizeof(id));
    }
  }
  return success();
}

} // namespace

int main(int argc, char **argv) {
  llvm::InitLLVM init(argc, argv);
  cl::HideUnrelatedOptions(genCategory);
  cl::ParseCommandLineOptions(
      argc, argv,
      "tico-llm-gen: a decoder-only tq model with LLM shapes and "
      "deterministic dense_resource weights (defaults: the Qwen3-VL-2B text "
      "decoder)\n");
  if (headDim == 0)
    headDim = hiddenSize / std::max(1u, unsigned(numHeads));
  if (numLayers == 0 || hiddenSize == 0 || numHeads == 0 || numKvHeads == 0 ||
      mlpSize == 0 || vocabSize == 0 || seqLen == 0 || headDim % 2 != 0 ||
      numHeads % numKvHeads != 0) {
    llvm::errs() << "tico-llm-gen: expected non-zero sizes, an even head "
                    "dimension and heads divisible by kv-heads\n";
    return 1;
  }

  DialectRegistry registry;
  registry.insert<func::FuncDialect, tq::TQDialect, quant::QuantDialect>();
  MLIRContext context(registry);
  context.loadAllAvailableDialects();
  OpBuilder builder(&context);
  Location unknown = builder.getUnknownLoc();
  OwningOpRef<ModuleOp> module = ModuleOp::create(unknown);
  builder.setInsertionPointToEnd(module->getBody());

  int64_t S = seqLen, H = hiddenSize, V = vocabSize;
  Generator g(&context, builder);
  auto idsType = RankedTensorType::get({1, S}, builder.getI32Type());
  auto logitsType = g.tensor({1, S, V});
  auto func = func::FuncOp::create(
      builder, unknown, "main",
      builder.getFunctionType({idsType}, {logitsType}));
  func.setArgAttr(0, "tico.name", builder.getStringAttr("input_ids"));
  func.setResultAttr(0, "tico.name", builder.getStringAttr("logits"));
  builder.setInsertionPointToStart(func.addEntryBlock());

  Value table = g.weight("model.embed_tokens.weight", {V, H}, 0.05f);
  Value h = tq::EmbeddingOp::create(builder, g.loc("model.embed_tokens"),
                                    g.tensor({1, S, H}), table,
                                    func.getArgument(0));
  SharedTables tables =
      buildTables(g, S, headDim, int64_t(numHeads / numKvHeads));
  for (unsigned l = 0; l < numLayers; ++l)
    h = buildLayer(g, tables, h, l);
  h = g.rmsNorm("model.norm", h, H);
  Value lmHead = untied ? g.weight("lm_head.weight", {V, H}, 0.05f) : table;
  Value logits = tq::LinearOp::create(builder, g.loc("lm_head"), logitsType, h,
                                      lmHead, Value());
  func::ReturnOp::create(builder, unknown, logits);

  if (failed(verify(*module)))
    return 1;

  std::string error;
  auto output = openOutputFile(outPath, &error);
  if (!output) {
    llvm::errs() << "tico-llm-gen: " << error << "\n";
    return 1;
  }
  if (llvm::StringRef(outPath).ends_with(".mlir")) {
    module->print(output->os());
  } else if (failed(writeBytecodeToFile(*module, output->os()))) {
    llvm::errs() << "tico-llm-gen: cannot write bytecode\n";
    return 1;
  }
  output->keep();
  if (!calibOut.empty() && failed(writeCalibration(calibOut)))
    return 1;
  llvm::outs() << "tico-llm-gen: " << outPath << ": " << numLayers
               << " layers, hidden " << H << ", heads " << numHeads << "/"
               << numKvHeads << " x " << headDim << ", mlp " << mlpSize
               << ", vocab " << V << ", seq " << S << ", "
               << g.weightBytes << " float weight bytes\n";
  return 0;
}
