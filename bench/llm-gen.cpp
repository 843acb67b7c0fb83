//===- llm-gen.cpp - LLM-shaped models for the scale benchmarks -----------===//
//
// tico-llm-gen: writes the decoder-only model of llm-gen-model.cpp (real LLM
// shapes, Qwen3-VL-2B text decoder by default) as `tq` MLIR bytecode
// (.mlirbc, this file's TQEmitter: every weight a dense_resource blob
// written straight into the file) or as ONNX with external data
// (llm-gen-onnx.cpp). The same options give the same bytes in both, file
// for file.
//
// --calib-out writes input_ids samples (.npy, one per sample) for
// --tq-calibrate.
//
//===----------------------------------------------------------------------===//

#include "llm-gen.h"

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
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/ToolOutputFile.h"
#include "llvm/Support/raw_ostream.h"

#include <cstdint>

using namespace mlir;
namespace cl = llvm::cl;
namespace tq = mlir::tico::tq;
using tico_llm_gen::Tensor;

static cl::OptionCategory genCategory("tico-llm-gen options");

static cl::opt<std::string> outPath("o",
                                    cl::desc("Output .mlirbc, .mlir or .onnx"),
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
static cl::opt<std::string> format(
    "format",
    cl::desc("mlir (bytecode, or text for a .mlir -o) or onnx (external "
             "data in <o>.data); default from the -o extension"),
    cl::init(""), cl::cat(genCategory));
static cl::opt<unsigned> calibSamples("calib-samples",
                                      cl::desc("Calibration samples"),
                                      cl::init(4), cl::cat(genCategory));

namespace {

/// The tq form: every weight a dense_resource blob, ops with the weight or
/// layer names as locations.
class TQEmitter : public tico_llm_gen::Emitter {
public:
  TQEmitter(const tico_llm_gen::Config &config, MLIRContext *context,
            OpBuilder &builder)
      : Emitter(config), context(context), builder(builder),
        f32(builder.getF32Type()) {}

  Tensor input(llvm::StringRef name, ArrayRef<int64_t> shape) override {
    Location unknown = builder.getUnknownLoc();
    auto idsType = RankedTensorType::get(shape, builder.getI32Type());
    SmallVector<int64_t> logitsShape(shape);
    logitsShape.push_back(config.vocab);
    auto logitsType = tensor(logitsShape);
    func = func::FuncOp::create(
        builder, unknown, "main",
        builder.getFunctionType({idsType}, {logitsType}));
    func.setArgAttr(0, "tico.name", builder.getStringAttr(name));
    builder.setInsertionPointToStart(func.addEntryBlock());
    return wrap(func.getArgument(0));
  }

  void output(llvm::StringRef name, const Tensor &value) override {
    func.setResultAttr(0, "tico.name", builder.getStringAttr(name));
    func::ReturnOp::create(builder, builder.getUnknownLoc(), get(value));
  }

  Tensor constant(ArrayRef<int64_t> shape, ArrayRef<float> values) override {
    auto type = tensor(shape);
    return wrap(tq::ConstantOp::create(builder, builder.getUnknownLoc(), type,
                                       DenseElementsAttr::get(type, values)));
  }

  Tensor embedding(llvm::StringRef name, const Tensor &table,
                   const Tensor &ids) override {
    SmallVector<int64_t> shape(ids.shape.begin(), ids.shape.end());
    shape.push_back(table.shape.back());
    return wrap(tq::EmbeddingOp::create(builder, loc(name), tensor(shape),
                                        get(table), get(ids)));
  }

  Tensor linear(llvm::StringRef name, const Tensor &x,
                const Tensor &w) override {
    return wrap(tq::LinearOp::create(builder, loc(name),
                                     tensor(tico_llm_gen::linearShape(x, w)),
                                     get(x), get(w), Value()));
  }

  Tensor rmsNorm(llvm::StringRef name, const Tensor &x, const Tensor &w,
                 double eps) override {
    return wrap(tq::RmsNormOp::create(builder, loc(name), tensor(x.shape),
                                      get(x), get(w), APFloat(eps), false));
  }

  Tensor reshape(const Tensor &x, ArrayRef<int64_t> shape) override {
    Value v = get(x);
    return wrap(tq::ReshapeOp::create(builder, v.getLoc(), tensor(shape), v));
  }

  Tensor transpose(const Tensor &x, ArrayRef<int64_t> perms) override {
    Value v = get(x);
    return wrap(tq::TransposeOp::create(
        builder, v.getLoc(), tensor(tico_llm_gen::transposeShape(x, perms)), v,
        perms));
  }

  Tensor rope(llvm::StringRef name, const Tensor &x, const Tensor &cos,
              const Tensor &sin) override {
    return wrap(tq::RopeOp::create(builder, loc(name), tensor(x.shape), get(x),
                                   get(cos), get(sin)));
  }

  Tensor matmul(llvm::StringRef name, const Tensor &a, const Tensor &b,
                bool transposeB) override {
    return wrap(tq::MatmulOp::create(
        builder, loc(name),
        tensor(tico_llm_gen::matmulShape(a, b, transposeB)), get(a), get(b),
        false, transposeB));
  }

  Tensor mul(llvm::StringRef name, const Tensor &a, const Tensor &b) override {
    return wrap(tq::MulOp::create(builder, loc(name), tensor(a.shape), get(a),
                                  get(b)));
  }

  Tensor add(llvm::StringRef name, const Tensor &a, const Tensor &b) override {
    return wrap(tq::AddOp::create(builder, loc(name), tensor(a.shape), get(a),
                                  get(b)));
  }

  Tensor softmax(llvm::StringRef name, const Tensor &x) override {
    return wrap(
        tq::SoftmaxOp::create(builder, loc(name), tensor(x.shape), get(x)));
  }

  Tensor silu(llvm::StringRef name, const Tensor &x) override {
    return wrap(
        tq::SiluOp::create(builder, loc(name), tensor(x.shape), get(x)));
  }

protected:
  Tensor emitWeight(llvm::StringRef name, ArrayRef<int64_t> shape,
                    tico_llm_gen::WeightStream &values) override {
    auto type = tensor(shape);
    int64_t count = type.getNumElements();
    AsmResourceBlob blob =
        HeapAsmResourceBlob::allocate(count * sizeof(float), 64);
    values.fill({reinterpret_cast<float *>(blob.getMutableData().data()),
                 size_t(count)});
    auto attr = DenseResourceElementsAttr::get(type, name, std::move(blob));
    return wrap(tq::ConstantOp::create(builder, loc(name), type, attr));
  }

private:
  Location loc(llvm::StringRef name) {
    return NameLoc::get(StringAttr::get(context, name));
  }
  RankedTensorType tensor(ArrayRef<int64_t> shape) {
    return RankedTensorType::get(shape, f32);
  }
  Tensor wrap(Value value) {
    values.push_back(value);
    auto type = cast<RankedTensorType>(value.getType());
    return {unsigned(values.size() - 1),
            llvm::SmallVector<int64_t, 4>(type.getShape())};
  }
  Value get(const Tensor &t) { return values[t.id]; }

  MLIRContext *context;
  OpBuilder &builder;
  Type f32;
  func::FuncOp func;
  std::vector<Value> values;
};

/// One .npy of int32 ids [1, S] per sample.
LogicalResult writeCalibration(llvm::StringRef dir) {
  if (std::error_code ec = llvm::sys::fs::create_directories(dir)) {
    llvm::errs() << "tico-llm-gen: cannot create '" << dir
                 << "': " << ec.message() << "\n";
    return failure();
  }
  uint64_t state = tico_llm_gen::seedFor("calibration", seedOpt);
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
      int32_t id = int32_t(tico_llm_gen::xorshift64(state) % vocabSize);
      os.write(reinterpret_cast<const char *>(&id), sizeof(id));
    }
  }
  return success();
}

/// The tq module as .mlirbc (or .mlir text); returns the float weight
/// bytes, 0 on failure.
uint64_t writeMlirModel(const tico_llm_gen::Config &config) {
  DialectRegistry registry;
  registry.insert<func::FuncDialect, tq::TQDialect, quant::QuantDialect>();
  MLIRContext context(registry);
  context.loadAllAvailableDialects();
  OpBuilder builder(&context);
  OwningOpRef<ModuleOp> module = ModuleOp::create(builder.getUnknownLoc());
  builder.setInsertionPointToEnd(module->getBody());
  TQEmitter emitter(config, &context, builder);
  tico_llm_gen::buildModel(emitter);
  if (failed(verify(*module)))
    return 0;

  std::string error;
  auto output = openOutputFile(outPath, &error);
  if (!output) {
    llvm::errs() << "tico-llm-gen: " << error << "\n";
    return 0;
  }
  if (llvm::StringRef(outPath).ends_with(".mlir")) {
    module->print(output->os());
  } else if (failed(writeBytecodeToFile(*module, output->os()))) {
    llvm::errs() << "tico-llm-gen: cannot write bytecode\n";
    return 0;
  }
  output->keep();
  return emitter.weightBytes;
}

} // namespace

#ifndef TICO_LLM_GEN_ONNX
uint64_t tico_llm_gen::writeOnnxModel(const Config &, llvm::StringRef,
                                      std::string &error) {
  error = "built without ONNX support (TICO_ENABLE_ONNX=OFF)";
  return 0;
}
#endif

int main(int argc, char **argv) {
  llvm::InitLLVM init(argc, argv);
  cl::HideUnrelatedOptions(genCategory);
  cl::ParseCommandLineOptions(
      argc, argv,
      "tico-llm-gen: a decoder-only model with LLM shapes and deterministic "
      "weights, as tq MLIR bytecode or ONNX with external data (defaults: "
      "the Qwen3-VL-2B text decoder)\n");
  if (headDim == 0)
    headDim = hiddenSize / std::max(1u, unsigned(numHeads));
  if (numLayers == 0 || hiddenSize == 0 || numHeads == 0 || numKvHeads == 0 ||
      mlpSize == 0 || vocabSize == 0 || seqLen == 0 || headDim % 2 != 0 ||
      numHeads % numKvHeads != 0) {
    llvm::errs() << "tico-llm-gen: expected non-zero sizes, an even head "
                    "dimension and heads divisible by kv-heads\n";
    return 1;
  }
  tico_llm_gen::Config config{numLayers, hiddenSize, numHeads, numKvHeads,
                              headDim,   mlpSize,    vocabSize, seqLen,
                              untied,    seedOpt};
  if (!format.empty() && format != "onnx" && format != "mlir") {
    llvm::errs() << "tico-llm-gen: --format must be mlir or onnx, got '"
                 << format << "'\n";
    return 1;
  }
  bool onnx = format == "onnx" ||
              (format.empty() && llvm::StringRef(outPath).ends_with(".onnx"));
  uint64_t weightBytes = 0;
  if (onnx) {
    std::string error;
    weightBytes = tico_llm_gen::writeOnnxModel(config, outPath, error);
    if (!weightBytes) {
      llvm::errs() << "tico-llm-gen: " << error << "\n";
      return 1;
    }
  } else if (!(weightBytes = writeMlirModel(config))) {
    return 1;
  }
  if (!calibOut.empty() && failed(writeCalibration(calibOut)))
    return 1;
  llvm::outs() << "tico-llm-gen: " << outPath << ": " << numLayers
               << " layers, hidden " << hiddenSize << ", heads " << numHeads
               << "/" << numKvHeads << " x " << headDim << ", mlp " << mlpSize
               << ", vocab " << vocabSize << ", seq " << seqLen << ", "
               << weightBytes << " float weight bytes\n";
  return 0;
}
