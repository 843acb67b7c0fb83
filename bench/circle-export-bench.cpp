//===- circle-export-bench.cpp - Circle export throughput and memory ------===//
//
// Builds, in memory, a synthetic circle-dialect model shaped like an LLM
// decoder stack (per layer: rms_norm, q/k/v/o fully_connected, residual add,
// rms_norm, gate/up/down fully_connected, residual add) whose weights are
// DenseResourceElementsAttr blobs over buffers this program allocates and
// fills deterministically (xorshift64). It then measures, in the same run:
//
//   * exportToCircle into a file through llvm::raw_fd_ostream (seconds, GB/s),
//   * the physical reference: the same weight bytes written with plain
//     write() calls to another file (and, with --cp, `cp` of the export),
//   * exportToCircle into llvm::raw_null_ostream (the CPU part alone),
//   * peak RSS (getrusage ru_maxrss and /proc/self/status VmHWM, the latter
//     reset through /proc/self/clear_refs before each export when allowed),
//
// and prints a table with the targets: export <= 1.5x copy time, peak RSS
// <= 1.1x weight bytes + 200 MB.
//
// Every timed write starts after sync(), so dirty pages left by the previous
// measurement do not throttle the next one, and odd repetitions swap the
// order of export and copy. Without --fsync the times are
// those of writing into the page cache, which is what a user waiting for
// the tool sees; --fsync adds fsync() to every timed write.
//
//===----------------------------------------------------------------------===//

#include "tico/Dialect/Circle/IR/CircleDialect.h"
#include "tico/Dialect/Circle/IR/CircleOps.h"
#include "tico/Target/Circle/CircleExport.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Quant/IR/Quant.h"
#include "mlir/Dialect/Quant/IR/QuantTypes.h"
#include "mlir/IR/AsmState.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/IR/Verifier.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/raw_ostream.h"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <memory>
#include <string>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

using namespace mlir;
namespace cl = llvm::cl;
namespace tc = mlir::tico::circle;

static cl::OptionCategory benchCategory("tico-circle-export-bench options");

static cl::opt<double> weightsGiB(
    "weights-gib",
    cl::desc("Total weight size in GiB; sets the layer count unless --layers "
             "is given (default 2.5, over 2 GiB so buffer-offset mode is used)"),
    cl::init(2.5), cl::cat(benchCategory));
static cl::opt<unsigned> numLayers(
    "layers", cl::desc("Decoder layers (0: derived from --weights-gib)"),
    cl::init(0), cl::cat(benchCategory));
static cl::opt<unsigned> hiddenSize("hidden", cl::desc("Hidden size"),
                                    cl::init(2048), cl::cat(benchCategory));
static cl::opt<unsigned> ffnSize(
    "ffn", cl::desc("Feed-forward size (0: 4 x hidden)"), cl::init(0),
    cl::cat(benchCategory));
static cl::opt<std::string> weightType(
    "dtype", cl::desc("Weight element type: f32 or i8 (int8 per-tensor "
                      "quantized fully_connected filters)"),
    cl::init("f32"), cl::cat(benchCategory));
static cl::opt<std::string> outPath(
    "out", cl::desc("Exported file; the reference copy is <out>.copy"),
    cl::init("/tmp/tico-circle-export-bench.circle"), cl::cat(benchCategory));
static cl::opt<bool> forceOffset(
    "force-offset",
    cl::desc("Export with useBufferOffset even below 2 GiB"), cl::init(false),
    cl::cat(benchCategory));
static cl::opt<unsigned> repeat(
    "repeat", cl::desc("Timed repetitions of each measurement"), cl::init(3),
    cl::cat(benchCategory));
static cl::opt<bool> runCp("cp",
                           cl::desc("Also time `cp` of the exported file"),
                           cl::init(false), cl::cat(benchCategory));
static cl::opt<bool> useFsync(
    "fsync", cl::desc("fsync() inside every timed write (disk, not page cache)"),
    cl::init(false), cl::cat(benchCategory));
static cl::opt<bool> keepFiles("keep", cl::desc("Keep the output files"),
                               cl::init(false), cl::cat(benchCategory));

namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

struct FreeDeleter {
  void operator()(char *p) const { std::free(p); }
};
using Buffer = std::unique_ptr<char, FreeDeleter>;

/// Weight storage owned by the benchmark; the blobs only reference it.
struct WeightStore {
  std::vector<Buffer> buffers;
  std::vector<ArrayRef<char>> spans;
  uint64_t totalBytes = 0;

  MutableArrayRef<char> allocate(size_t size) {
    constexpr size_t align = 64;
    size_t rounded = (size + align - 1) / align * align;
    char *p = static_cast<char *>(std::aligned_alloc(align, rounded));
    if (!p) {
      llvm::errs() << "error: cannot allocate " << size << " bytes\n";
      std::exit(1);
    }
    buffers.emplace_back(p);
    spans.emplace_back(p, size);
    totalBytes += size;
    return {p, size};
  }
};

uint64_t xorshift64(uint64_t &state) {
  state ^= state << 13;
  state ^= state >> 7;
  state ^= state << 17;
  return state;
}

/// Small floats around `center` (spread 0.1).
void fillF32(MutableArrayRef<char> bytes, uint64_t seed, float center) {
  uint64_t state = seed * 0x9E3779B97F4A7C15ull + 1;
  float *data = reinterpret_cast<float *>(bytes.data());
  size_t count = bytes.size() / sizeof(float);
  for (size_t i = 0; i + 1 < count; i += 2) {
    uint64_t r = xorshift64(state);
    data[i] = center + (float(uint32_t(r) >> 8) * 0x1p-24f - 0.5f) * 0.1f;
    data[i + 1] = center + (float(uint32_t(r >> 32) >> 8) * 0x1p-24f - 0.5f) * 0.1f;
  }
  if (count % 2)
    data[count - 1] = center;
}

void fillI8(MutableArrayRef<char> bytes, uint64_t seed) {
  uint64_t state = seed * 0x9E3779B97F4A7C15ull + 1;
  size_t i = 0;
  for (; i + 8 <= bytes.size(); i += 8) {
    uint64_t r = xorshift64(state);
    std::memcpy(bytes.data() + i, &r, 8);
  }
  for (; i < bytes.size(); ++i)
    bytes[i] = char(xorshift64(state));
}

struct ModelShape {
  unsigned layers, hidden, ffn, seq = 8;
  bool int8;
  uint64_t layerWeightBytes() const {
    uint64_t h = hidden, f = ffn;
    uint64_t elem = int8 ? 1 : 4;
    return (4 * h * h + 3 * h * f) * elem + 2 * h * 4;
  }
};

/// The synthetic decoder stack; weights go into `store`.
OwningOpRef<ModuleOp> buildModel(MLIRContext &context, const ModelShape &shape,
                                 WeightStore &store, unsigned &numConstants) {
  OpBuilder b(&context);
  Location loc = b.getUnknownLoc();
  auto f32 = b.getF32Type();
  auto i8 = b.getIntegerType(8);
  auto actType = RankedTensorType::get(
      {1, int64_t(shape.seq), int64_t(shape.hidden)}, f32);
  auto module = ModuleOp::create(loc);
  b.setInsertionPointToEnd(module.getBody());
  auto func = func::FuncOp::create(b, loc, "main",
                                   b.getFunctionType({actType}, {actType}));
  Block *body = func.addEntryBlock();
  b.setInsertionPointToEnd(body);

  numConstants = 0;
  auto named = [&](const Twine &name) {
    return NameLoc::get(b.getStringAttr(name));
  };
  auto makeConst = [&](const Twine &name, ArrayRef<int64_t> dims,
                       bool quantized, float center) -> Value {
    Type storage = quantized ? Type(i8) : Type(f32);
    auto storageType = RankedTensorType::get(dims, storage);
    uint64_t bytes = storageType.getNumElements() * (quantized ? 1 : 4);
    MutableArrayRef<char> data = store.allocate(bytes);
    uint64_t seed = ++numConstants;
    if (quantized)
      fillI8(data, seed);
    else
      fillF32(data, seed, center);
    AsmResourceBlob blob = UnmanagedAsmResourceBlob::allocateWithAlign(
        data, quantized ? 1 : alignof(float));
    auto attr = DenseResourceElementsAttr::get(storageType, name.str(),
                                               std::move(blob));
    Type resultType = storageType;
    if (quantized)
      resultType = RankedTensorType::get(
          dims, quant::UniformQuantizedType::get(
                    quant::QuantizationFlags::Signed, i8, f32, 0.01, 0,
                    -128, 127));
    return tc::ConstOp::create(b, named(name), resultType, attr).getResult();
  };

  int64_t h = shape.hidden, f = shape.ffn, seq = shape.seq;
  auto ffnType = RankedTensorType::get({1, seq, f}, f32);
  Value none = tc::NoValueOp::create(b, loc, b.getNoneType()).getResult();
  auto fc = [&](const Twine &name, Value x, Value w, Type resultType) -> Value {
    return tc::FullyConnectedOp::create(
               b, named(name), TypeRange{resultType}, ValueRange{x, w, none},
               ArrayRef<NamedAttribute>{
                   b.getNamedAttr("keep_num_dims", b.getBoolAttr(true))})
        .getResult();
  };
  auto add = [&](const Twine &name, Value lhs, Value rhs) -> Value {
    return tc::AddOp::create(b, named(name), TypeRange{lhs.getType()},
                             ValueRange{lhs, rhs})
        .getResult();
  };
  auto mul = [&](const Twine &name, Value lhs, Value rhs) -> Value {
    return tc::MulOp::create(b, named(name), TypeRange{lhs.getType()},
                             ValueRange{lhs, rhs})
        .getResult();
  };
  auto rmsNorm = [&](const Twine &name, Value x, Value gamma) -> Value {
    return tc::RmsNormOp::create(
               b, named(name), TypeRange{x.getType()}, ValueRange{x, gamma},
               ArrayRef<NamedAttribute>{
                   b.getNamedAttr("epsilon", b.getF32FloatAttr(1e-6f))})
        .getResult();
  };

  bool q = shape.int8;
  Value x = body->getArgument(0);
  for (unsigned l = 0; l < shape.layers; ++l) {
    std::string p = "layer" + std::to_string(l) + ".";
    Value n1 = rmsNorm(p + "attn_norm", x,
                       makeConst(p + "attn_norm.weight", {h}, false, 1.0f));
    Value wq = makeConst(p + "q_proj.weight", {h, h}, q, 0.0f);
    Value wk = makeConst(p + "k_proj.weight", {h, h}, q, 0.0f);
    Value wv = makeConst(p + "v_proj.weight", {h, h}, q, 0.0f);
    Value wo = makeConst(p + "o_proj.weight", {h, h}, q, 0.0f);
    // Attention stand-in: q + k + v feeds o_proj.
    Value mixed = add(p + "qk", fc(p + "q_proj", n1, wq, actType),
                      fc(p + "k_proj", n1, wk, actType));
    mixed = add(p + "qkv", mixed, fc(p + "v_proj", n1, wv, actType));
    x = add(p + "attn_residual", x, fc(p + "o_proj", mixed, wo, actType));

    Value n2 = rmsNorm(p + "mlp_norm", x,
                       makeConst(p + "mlp_norm.weight", {h}, false, 1.0f));
    Value wg = makeConst(p + "gate_proj.weight", {f, h}, q, 0.0f);
    Value wu = makeConst(p + "up_proj.weight", {f, h}, q, 0.0f);
    Value wd = makeConst(p + "down_proj.weight", {h, f}, q, 0.0f);
    Value gated = mul(p + "gate_up", fc(p + "gate_proj", n2, wg, ffnType),
                      fc(p + "up_proj", n2, wu, ffnType));
    x = add(p + "mlp_residual", x, fc(p + "down_proj", gated, wd, actType));
  }
  x = rmsNorm("final_norm", x, makeConst("final_norm.weight", {h}, false, 1.0f));
  func::ReturnOp::create(b, loc, ValueRange{x});
  return module;
}

//===----------------------------------------------------------------------===//
// Memory
//===----------------------------------------------------------------------===//

/// A /proc/self/status field in bytes, or 0.
uint64_t readStatusBytes(const char *field) {
  std::ifstream status("/proc/self/status");
  std::string line;
  size_t len = std::strlen(field);
  while (std::getline(status, line))
    if (line.compare(0, len, field) == 0 && line.size() > len &&
        line[len] == ':')
      return std::strtoull(line.c_str() + len + 1, nullptr, 10) * 1024;
  return 0;
}

uint64_t maxRssBytes() {
  struct rusage usage;
  getrusage(RUSAGE_SELF, &usage);
  return uint64_t(usage.ru_maxrss) * 1024;
}

/// Resets VmHWM to the current RSS (Linux "5" > clear_refs). Returns
/// whether it took effect.
bool resetPeakRss() {
  int fd = ::open("/proc/self/clear_refs", O_WRONLY);
  if (fd < 0)
    return false;
  bool ok = ::write(fd, "5", 1) == 1;
  ::close(fd);
  return ok && readStatusBytes("VmHWM") <=
                   readStatusBytes("VmRSS") + (uint64_t(4) << 20);
}

//===----------------------------------------------------------------------===//
// Measurements
//===----------------------------------------------------------------------===//

int openOutput(const std::string &path) {
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  if (fd < 0) {
    llvm::errs() << "error: cannot open " << path << ": "
                 << std::strerror(errno) << "\n";
    std::exit(1);
  }
  return fd;
}

void finishOutput(int fd, const std::string &path) {
  if ((useFsync && ::fsync(fd) != 0) || ::close(fd) != 0) {
    llvm::errs() << "error: writing " << path << ": " << std::strerror(errno)
                 << "\n";
    std::exit(1);
  }
}

double timeExport(ModuleOp module, const tc::CircleExportOptions &options,
                  const std::string &path) {
  auto start = Clock::now();
  int fd = openOutput(path);
  {
    llvm::raw_fd_ostream os(fd, /*shouldClose=*/false);
    if (failed(tc::exportToCircle(module, os, options))) {
      llvm::errs() << "error: exportToCircle failed\n";
      std::exit(1);
    }
    os.flush();
    if (os.has_error()) {
      llvm::errs() << "error: writing " << path << ": "
                   << os.error().message() << "\n";
      std::exit(1);
    }
  }
  finishOutput(fd, path);
  return secondsSince(start);
}

double timeCopy(const WeightStore &store, const std::string &path) {
  auto start = Clock::now();
  int fd = openOutput(path);
  for (ArrayRef<char> span : store.spans) {
    const char *p = span.data();
    size_t left = span.size();
    while (left) {
      ssize_t n = ::write(fd, p, std::min<size_t>(left, size_t(1) << 30));
      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0) {
        llvm::errs() << "error: write " << path << ": "
                     << std::strerror(errno) << "\n";
        std::exit(1);
      }
      p += n;
      left -= size_t(n);
    }
  }
  finishOutput(fd, path);
  return secondsSince(start);
}

double timeCp(const std::string &from, const std::string &to) {
  std::string cmd = "cp -- '" + from + "' '" + to + "'";
  auto start = Clock::now();
  if (std::system(cmd.c_str()) != 0) {
    llvm::errs() << "error: " << cmd << " failed\n";
    std::exit(1);
  }
  if (useFsync) {
    int fd = ::open(to.c_str(), O_WRONLY);
    if (fd >= 0) {
      (void)::fsync(fd);
      ::close(fd);
    }
  }
  return secondsSince(start);
}

struct Stats {
  std::vector<double> samples;
  double best() const { return *llvm::min_element(samples); }
  double median() const {
    std::vector<double> s = samples;
    std::sort(s.begin(), s.end());
    size_t n = s.size();
    return n % 2 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
  }
};

uint64_t fileSize(const std::string &path) {
  struct stat st;
  return ::stat(path.c_str(), &st) == 0 ? uint64_t(st.st_size) : 0;
}

double mib(uint64_t bytes) { return double(bytes) / (1 << 20); }

} // namespace

int main(int argc, char **argv) {
  llvm::InitLLVM y(argc, argv);
  cl::HideUnrelatedOptions(benchCategory);
  cl::ParseCommandLineOptions(
      argc, argv,
      "Circle export benchmark: exportToCircle vs. a plain write() of the "
      "same weight bytes\n");
  if (weightType != "f32" && weightType != "i8") {
    llvm::errs() << "error: --dtype must be f32 or i8\n";
    return 1;
  }
  if (hiddenSize == 0 || repeat == 0) {
    llvm::errs() << "error: --hidden and --repeat must be positive\n";
    return 1;
  }

  ModelShape shape;
  shape.hidden = hiddenSize;
  shape.ffn = ffnSize ? unsigned(ffnSize) : 4 * hiddenSize;
  shape.int8 = weightType == "i8";
  if (numLayers) {
    shape.layers = numLayers;
  } else {
    double target = weightsGiB * double(uint64_t(1) << 30);
    shape.layers = std::max<unsigned>(
        1, unsigned(std::llround(target / double(shape.layerWeightBytes()))));
  }

  uint64_t rssStart = readStatusBytes("VmRSS");
  MLIRContext context;
  context.disableMultithreading();
  context.loadDialect<func::FuncDialect, quant::QuantDialect,
                      tc::CircleDialect>();
  WeightStore store;
  unsigned numConstants = 0;
  auto buildStart = Clock::now();
  OwningOpRef<ModuleOp> module = buildModel(context, shape, store, numConstants);
  double buildSeconds = secondsSince(buildStart);
  if (failed(verify(*module))) {
    llvm::errs() << "error: the synthetic model does not verify\n";
    return 1;
  }
  uint64_t weightBytes = store.totalBytes;
  uint64_t rssModel = readStatusBytes("VmRSS");

  tc::CircleExportOptions options;
  options.useBufferOffset = forceOffset;
  constexpr uint64_t kFlatbufferLimit = uint64_t(1) << 31;
  constexpr uint64_t kFlatbufferReserve = uint64_t(64) << 20;
  bool offsetMode =
      forceOffset || weightBytes + kFlatbufferReserve >= kFlatbufferLimit;

  llvm::outs() << "tico-circle-export-bench: " << shape.layers
               << " layers, hidden " << shape.hidden << ", ffn " << shape.ffn
               << ", " << (shape.int8 ? "int8" : "f32") << " weights, "
               << numConstants << " constants\n"
               << "mode: "
               << (offsetMode ? "buffer offset (data after the flatbuffer)"
                              : "in-flatbuffer (data inside the flatbuffer)")
               << ", " << repeat << " repetition(s)"
               << (useFsync ? ", fsync" : ", page cache (no fsync)") << "\n"
               << llvm::format("model built in %.2f s\n", buildSeconds);
  llvm::outs().flush();

  std::string copyPath = outPath + ".copy";
  std::string cpPath = outPath + ".cp";
  auto removeOutputs = [&] {
    ::unlink(outPath.c_str());
    ::unlink(copyPath.c_str());
    ::unlink(cpPath.c_str());
  };

  // The CPU part of the export: same work, output discarded.
  double nullSeconds;
  {
    auto start = Clock::now();
    llvm::raw_null_ostream os;
    if (failed(tc::exportToCircle(*module, os, options))) {
      llvm::errs() << "error: exportToCircle failed\n";
      return 1;
    }
    nullSeconds = secondsSince(start);
  }

  Stats exportTimes, copyTimes, cpTimes;
  uint64_t exportPeak = 0; // VmHWM during the exports (0: not measurable)
  bool hwmResettable = true;
  // Odd repetitions write the copy first, so neither measurement always
  // follows the other.
  auto measureExport = [&] {
    ::sync();
    hwmResettable &= resetPeakRss();
    exportTimes.samples.push_back(timeExport(*module, options, outPath));
    exportPeak = std::max(exportPeak, readStatusBytes("VmHWM"));
  };
  auto measureCopy = [&] {
    ::sync();
    copyTimes.samples.push_back(timeCopy(store, copyPath));
  };
  for (unsigned r = 0; r < repeat; ++r) {
    removeOutputs();
    if (r % 2) {
      measureCopy();
      measureExport();
    } else {
      measureExport();
      measureCopy();
    }
    if (runCp) {
      ::sync();
      cpTimes.samples.push_back(timeCp(outPath, cpPath));
    }
  }
  uint64_t exportedBytes = fileSize(outPath);
  uint64_t peakRss = maxRssBytes();
  if (!keepFiles)
    removeOutputs();

  auto gbps = [](uint64_t bytes, double s) { return double(bytes) / s / 1e9; };
  double ratio = exportTimes.best() / copyTimes.best();
  double ratioMedian = exportTimes.median() / copyTimes.median();
  uint64_t rssTarget = uint64_t(1.1 * double(weightBytes)) + 200000000ull;

  auto &os = llvm::outs();
  os << llvm::format("%-34s %14llu (%.3f GiB)\n", "weight bytes",
                     (unsigned long long)weightBytes,
                     double(weightBytes) / double(uint64_t(1) << 30));
  os << llvm::format("%-34s %14llu\n", "exported file bytes",
                     (unsigned long long)exportedBytes);
  os << llvm::format("%-34s %10s %10s %10s\n", "", "best", "median",
                     "GB/s(best)");
  auto row = [&](const char *name, const Stats &s, uint64_t bytes) {
    os << llvm::format("%-34s %10.3f %10.3f %10.2f\n", name, s.best(),
                       s.median(), gbps(bytes, s.best()));
  };
  row("export seconds (raw_fd_ostream)", exportTimes, exportedBytes);
  row("copy seconds (write() of weights)", copyTimes, weightBytes);
  if (runCp)
    row("cp seconds (cp of the export)", cpTimes, exportedBytes);
  os << llvm::format("%-34s %10.3f %10s %10.2f\n",
                     "export CPU only (raw_null_ostream)", nullSeconds, "",
                     gbps(weightBytes, nullSeconds));
  os << llvm::format("%-34s %10.2f %10.2f   target <= 1.50  %s\n",
                     "ratio export / copy", ratio, ratioMedian,
                     ratio <= 1.5 ? "MET" : "MISSED");
  os << llvm::format("%-34s %10.1f MiB\n", "RSS before model",
                     mib(rssStart));
  os << llvm::format("%-34s %10.1f MiB\n", "RSS with model built",
                     mib(rssModel));
  if (hwmResettable)
    os << llvm::format("%-34s %10.1f MiB  (+%.1f MiB over the model)\n",
                       "peak RSS during export (VmHWM)", mib(exportPeak),
                       mib(exportPeak > rssModel ? exportPeak - rssModel : 0));
  else
    os << "peak RSS during export (VmHWM)     n/a (clear_refs not allowed)\n";
  os << llvm::format("%-34s %10.1f MiB  target <= %.1f MiB  %s\n",
                     "peak RSS (ru_maxrss)", mib(peakRss), mib(rssTarget),
                     peakRss <= rssTarget ? "MET" : "MISSED");
  os << llvm::format("%-34s %10.3f\n", "peak RSS / weight bytes",
                     double(peakRss) / double(weightBytes));
  if (keepFiles)
    os << "kept " << outPath << " and " << copyPath
       << (runCp ? " and " + cpPath : std::string()) << "\n";
  return 0;
}
