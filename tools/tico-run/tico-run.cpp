//===- tico-run.cpp - Run tq/circle models on .npy inputs -----------------===//
//
//   tico-run MODEL.mlir|MODEL.circle [--function NAME | --signature KEY]
//            [--input NAME=FILE.npy ...] [--random-inputs --seed N]
//            [--output-dir DIR] [--print-values]
//   tico-run --compare A B [--per-layer] [same options]
//
// Prints, per output, its name, shape, dtype and min/max/mean; with
// --compare, Mean |diff|, Max |diff| and PEIR of B against A (quantized
// values dequantized first); with --per-layer also for every intermediate
// tensor the two models share by name, in B's execution order.
//
//===----------------------------------------------------------------------===//

#include "tico/InitAllDialects.h"
#include "tico/Interpreter/Compare.h"
#include "tico/Interpreter/Interpreter.h"
#include "tico/Interpreter/Npy.h"
#include "tico/Target/Circle/CircleImport.h"
#include "tico/Tools/OutputCompare.h"

#include "mlir/Dialect/Quant/IR/QuantTypes.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/Parser/Parser.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/raw_ostream.h"

#include <cmath>
#include <cstring>
#include <random>

using namespace mlir;
using namespace mlir::tico;
using interp::HostTensor;
namespace cl = llvm::cl;

static cl::OptionCategory runCategory("tico-run options");

static cl::list<std::string> modelFiles(cl::Positional, cl::OneOrMore,
                                        cl::desc("<model.mlir|model.circle>"), cl::cat(runCategory));
static cl::opt<std::string> functionName(
    "function", cl::desc("Function to run (default: the only one, or main)"),
    cl::value_desc("name"), cl::cat(runCategory));
static cl::opt<std::string> signatureKey(
    "signature", cl::desc("Run the function with this tico.signature (or "
                          "name), e.g. in an imported .circle"),
    cl::value_desc("key"), cl::cat(runCategory));
static cl::list<std::string>
    inputSpecs("input", cl::desc("An input as NAME=FILE.npy (NAME is the "
                                 "argument's tico.name, or argN)"),
               cl::value_desc("name=file"), cl::cat(runCategory));
static cl::opt<bool> randomInputs(
    "random-inputs",
    cl::desc("Fill inputs not given with --input with random values"), cl::cat(runCategory));
static cl::opt<uint64_t> seed("seed", cl::desc("Seed for --random-inputs"),
                              cl::init(0), cl::cat(runCategory));
static cl::opt<std::string> outputDir(
    "output-dir", cl::desc("Write each output to DIR/<name>.npy"),
    cl::value_desc("dir"), cl::cat(runCategory));
static cl::opt<bool> printValues("print-values",
                                 cl::desc("Print the output values"), cl::cat(runCategory));
static cl::opt<bool> compareMode(
    "compare", cl::desc("Run two models on the same inputs and compare their "
                        "outputs (the first is the reference)"), cl::cat(runCategory));

static cl::opt<bool> perLayer(
    "per-layer",
    cl::desc("With --compare: also compare the intermediate tensors of A and "
             "B that have the same name (location), in B's execution order"),
    cl::cat(runCategory));

static int fail(const Twine &message) {
  llvm::errs() << "tico-run: error: " << message << "\n";
  return 1;
}

namespace {

struct LoadedModel {
  // Each model has its own source manager: the parser reads the main file
  // of the one it is given.
  std::shared_ptr<llvm::SourceMgr> sourceMgr;
  OwningOpRef<ModuleOp> module;
  func::FuncOp func;
};

} // namespace

static FailureOr<LoadedModel> loadModel(StringRef path, MLIRContext &context) {
  auto file = llvm::MemoryBuffer::getFileOrSTDIN(path, /*IsText=*/false);
  if (!file) {
    fail("cannot open '" + path + "': " + file.getError().message());
    return failure();
  }
  LoadedModel model;
  if (path.ends_with(".circle")) {
    // FlatBuffers want an aligned buffer; copy into an aligned one.
    std::unique_ptr<llvm::WritableMemoryBuffer> aligned =
        llvm::WritableMemoryBuffer::getNewUninitMemBuffer(
            (*file)->getBufferSize(), path, llvm::Align(16));
    std::memcpy(aligned->getBufferStart(), (*file)->getBufferStart(),
                (*file)->getBufferSize());
    model.module = circle::importFromCircle(
        StringRef(aligned->getBufferStart(), aligned->getBufferSize()),
        &context, FileLineColLoc::get(&context, path, 0, 0));
  } else {
    model.sourceMgr = std::make_shared<llvm::SourceMgr>();
    model.sourceMgr->AddNewSourceBuffer(std::move(*file), llvm::SMLoc());
    model.module = parseSourceFile<ModuleOp>(model.sourceMgr,
                                             ParserConfig(&context));
  }
  if (!model.module)
    return failure();

  SmallVector<func::FuncOp> funcs(model.module->getOps<func::FuncOp>());
  auto matches = [](func::FuncOp f, StringRef key) {
    auto sig = f->getAttrOfType<StringAttr>("tico.signature");
    return f.getSymName() == key || (sig && sig.getValue() == key);
  };
  if (!functionName.empty() || !signatureKey.empty()) {
    StringRef key = !signatureKey.empty() ? StringRef(signatureKey)
                                          : StringRef(functionName);
    for (func::FuncOp f : funcs)
      if (signatureKey.empty() ? f.getSymName() == key : matches(f, key))
        model.func = f;
    if (!model.func) {
      fail("no function '" + key + "' in '" + path + "'");
      return failure();
    }
  } else if (funcs.size() == 1) {
    model.func = funcs.front();
  } else {
    for (func::FuncOp f : funcs)
      if (f.getSymName() == "main")
        model.func = f;
    if (!model.func) {
      fail("expected --function or --signature: '" + path + "' has " +
           Twine(funcs.size()) + " functions");
      return failure();
    }
  }
  return model;
}

static std::string typeName(Type type) {
  std::string text;
  llvm::raw_string_ostream os(text);
  os << type;
  return text;
}

static FailureOr<SmallVector<HostTensor>>
prepareInputs(func::FuncOp func, MLIRContext &context, bool forceRandom) {
  llvm::StringMap<std::string> files;
  for (const std::string &spec : inputSpecs) {
    auto [name, file] = StringRef(spec).split('=');
    if (file.empty()) {
      fail("expected --input NAME=FILE.npy, got '" + spec + "'");
      return failure();
    }
    files[name] = file.str();
  }
  unsigned numArgs = func.getNumArguments();
  llvm::StringMap<unsigned> argIndex;
  for (unsigned i = 0; i < numArgs; ++i) {
    argIndex[interp::getArgumentName(func, i)] = i;
    argIndex["arg" + std::to_string(i)] = i;
  }
  for (const auto &entry : files)
    if (!argIndex.count(entry.getKey())) {
      fail("unknown input '" + entry.getKey() + "' (the function takes " +
           Twine(numArgs) + " inputs)");
      return failure();
    }

  std::mt19937_64 rng(seed);
  SmallVector<HostTensor> inputs;
  for (unsigned i = 0; i < numArgs; ++i) {
    std::string name = interp::getArgumentName(func, i);
    auto type = dyn_cast<RankedTensorType>(func.getArgumentTypes()[i]);
    auto it = files.find(name);
    if (it == files.end())
      it = files.find("arg" + std::to_string(i));
    if (it != files.end()) {
      auto buffer = llvm::MemoryBuffer::getFile(it->second, /*IsText=*/false);
      if (!buffer) {
        fail("input '" + name + "': cannot open '" + it->second +
             "': " + buffer.getError().message());
        return failure();
      }
      llvm::Expected<HostTensor> tensor =
          interp::parseNpy((*buffer)->getBuffer(), &context);
      if (!tensor) {
        fail("input '" + name + "': " + llvm::toString(tensor.takeError()));
        return failure();
      }
      // numpy has no bfloat16: accept f32 data for a bf16 input.
      if (type && isa<BFloat16Type>(type.getElementType()) &&
          tensor->getElementType().isF32())
        *tensor = HostTensor::fromDoubles(type.getElementType(),
                                          tensor->getShape(),
                                          tensor->toDoubles());
      // A quantized input takes its storage integers (e.g. <i1 for i8).
      if (type && isa<quant::QuantizedType>(type.getElementType()) &&
          interp::getNpyDtype(type.getElementType()) ==
              interp::getNpyDtype(tensor->getElementType())) {
        HostTensor quantized(type.getElementType(), tensor->getShape());
        std::memcpy(quantized.getMutableBytes().data(),
                    tensor->getBytes().data(), tensor->getBytes().size());
        *tensor = std::move(quantized);
      }
      inputs.push_back(std::move(*tensor));
      continue;
    }
    if (!(randomInputs || forceRandom)) {
      fail("missing input '" + name + "' (pass --input " + name +
           "=FILE.npy or --random-inputs)");
      return failure();
    }
    if (!type || !type.hasStaticShape()) {
      fail("input '" + name + "': cannot make random values for type " +
           typeName(func.getArgumentTypes()[i]));
      return failure();
    }
    inputs.push_back(interp::makeRandomTensor(type, rng));
  }
  return inputs;
}

static void printStats(StringRef name, const HostTensor &tensor) {
  llvm::outs() << name << ": shape "
               << formatShape(tensor.getShape()) << " dtype "
               << typeName(tensor.getElementType());
  int64_t n = tensor.getNumElements();
  if (n) {
    double minValue = INFINITY, maxValue = -INFINITY, sum = 0.0;
    for (int64_t i = 0; i < n; ++i) {
      double v = tensor.getDouble(i);
      minValue = std::min(minValue, v);
      maxValue = std::max(maxValue, v);
      sum += v;
    }
    llvm::outs() << llvm::format(" min %.6g max %.6g mean %.6g", minValue,
                                 maxValue, sum / n);
  }
  llvm::outs() << "\n";
  if (printValues) {
    llvm::outs() << "  values:";
    for (int64_t i = 0; i < n; ++i)
      llvm::outs() << llvm::format(" %.6g", tensor.getDouble(i));
    llvm::outs() << "\n";
  }
}

static std::string fileNameFor(StringRef name) {
  std::string file;
  for (char c : name)
    file += (llvm::isAlnum(c) || c == '-' || c == '_' || c == '.') ? c : '_';
  return file + ".npy";
}

static LogicalResult writeOutputs(func::FuncOp func,
                                  ArrayRef<HostTensor> outputs) {
  if (outputDir.empty())
    return success();
  if (std::error_code ec = llvm::sys::fs::create_directories(outputDir)) {
    fail("cannot create '" + outputDir + "': " + ec.message());
    return failure();
  }
  for (auto [i, tensor] : llvm::enumerate(outputs)) {
    SmallString<256> path(outputDir);
    llvm::sys::path::append(path, fileNameFor(interp::getResultName(func, i)));
    llvm::Expected<std::string> bytes = interp::serializeNpy(tensor);
    if (!bytes) {
      fail("output '" + interp::getResultName(func, i) +
           "': " + llvm::toString(bytes.takeError()));
      return failure();
    }
    if (llvm::Error error = llvm::writeToOutput(
            path, [&](llvm::raw_ostream &os) -> llvm::Error {
              os << *bytes;
              return llvm::Error::success();
            })) {
      fail("cannot write '" + path + "': " + llvm::toString(std::move(error)));
      return failure();
    }
  }
  return success();
}

static int runOne(MLIRContext &context) {
  FailureOr<LoadedModel> model = loadModel(modelFiles[0], context);
  if (failed(model))
    return 1;
  FailureOr<SmallVector<HostTensor>> inputs =
      prepareInputs(model->func, context, /*forceRandom=*/false);
  if (failed(inputs))
    return 1;
  FailureOr<SmallVector<HostTensor>> outputs =
      interp::runFunction(model->func, *inputs);
  if (failed(outputs))
    return 1;
  for (auto [i, tensor] : llvm::enumerate(*outputs))
    printStats(interp::getResultName(model->func, i), tensor);
  return failed(writeOutputs(model->func, *outputs)) ? 1 : 0;
}

/// The name of `loc` the way the Circle exporter names tensors: a NameLoc,
/// or the first named part of a fused or call-site location.
static std::string locationName(Location loc) {
  if (auto named = dyn_cast<NameLoc>(loc))
    return named.getName().str();
  if (auto fused = dyn_cast<FusedLoc>(loc))
    for (Location part : fused.getLocations())
      if (std::string name = locationName(part); !name.empty())
        return name;
  if (auto callSite = dyn_cast<CallSiteLoc>(loc))
    return locationName(callSite.getCallee());
  return {};
}

/// The per-layer name of result `index` of `op` (`name:i` for multi-result
/// ops, as exported), or "" when it has none. The exporter's invented
/// `<func>_t<N>` names number tensors per export, so two exports of one
/// model may give them to different tensors: they count as unnamed.
static std::string resultName(Operation *op, unsigned index) {
  std::string name = locationName(op->getLoc());
  if (name.empty())
    return name;
  if (auto func = op->getParentOfType<func::FuncOp>()) {
    StringRef rest(name);
    if (rest.consume_front((func.getSymName() + "_t").str())) {
      rest = rest.split('_').first;
      if (!rest.empty() && llvm::all_of(rest, llvm::isDigit))
        return {};
    }
  }
  if (op->getNumResults() > 1)
    name += ":" + std::to_string(index);
  return name;
}

static bool isConstantOp(Operation *op) {
  return op->hasTrait<OpTrait::ConstantLike>() ||
         op->getName().getStringRef() == "circle.no_value";
}

namespace {

/// Per-layer comparison: `record` keeps the real values of A's named op
/// results, `match` compares B's named results with them in B's order.
/// Constants are not layers and are skipped; nothing is matched except by
/// exact name and shape.
class LayerRecorder {
public:
  void record(Operation *op, ArrayRef<HostTensor> results) {
    if (isConstantOp(op))
      return;
    for (auto [i, tensor] : llvm::enumerate(results)) {
      std::string name = resultName(op, i);
      if (name.empty() || tensor.isAbsent())
        continue;
      reference.try_emplace(name, Recorded{SmallVector<int64_t>(
                                               tensor.getShape()),
                                           interp::getRealValues(tensor)});
    }
  }

  void match(Operation *op, ArrayRef<HostTensor> results) {
    if (isConstantOp(op))
      return;
    for (auto [i, tensor] : llvm::enumerate(results)) {
      if (tensor.isAbsent())
        continue;
      std::string name = resultName(op, i);
      if (name.empty()) {
        ++unnamed;
        continue;
      }
      if (!seen.insert(name).second) {
        ++repeated;
        continue;
      }
      auto it = reference.find(name);
      if (it == reference.end()) {
        ++onlyInB;
        continue;
      }
      if (ArrayRef<int64_t>(it->second.shape) != tensor.getShape()) {
        ++shapeMismatches;
        continue;
      }
      rows.push_back({name, it->second.shape,
                      interp::compareValues(it->second.values,
                                            interp::getRealValues(tensor))});
    }
  }

  struct Row {
    std::string name;
    SmallVector<int64_t> shape;
    interp::TensorDiff diff;
  };
  struct Recorded {
    SmallVector<int64_t> shape;
    std::vector<double> values;
  };
  llvm::StringMap<Recorded> reference;
  llvm::StringSet<> seen;
  std::vector<Row> rows;
  unsigned unnamed = 0, repeated = 0, onlyInB = 0, shapeMismatches = 0;
};

} // namespace

static void printPerLayer(const LayerRecorder &layers, func::FuncOp b) {
  llvm::outs() << "== per-layer (" << b.getSymName()
               << " execution order)\n";
  for (const LayerRecorder::Row &row : layers.rows)
    interp::printTensorDiff(llvm::outs(), row.name, row.shape, row.diff);
  unsigned onlyInA = 0;
  for (const auto &entry : layers.reference)
    onlyInA += !layers.seen.contains(entry.getKey());
  llvm::outs() << "== per-layer: " << layers.rows.size() << " matched, "
               << layers.onlyInB << " only in B, " << onlyInA
               << " only in A, " << layers.shapeMismatches
               << " shape mismatches, " << layers.unnamed
               << " unnamed in B, " << layers.repeated
               << " repeated names in B\n";
}

static int runCompare(MLIRContext &context) {
  if (modelFiles.size() != 2)
    return fail("expected two models with --compare, got " +
                Twine(modelFiles.size()));
  FailureOr<LoadedModel> a = loadModel(modelFiles[0], context);
  if (failed(a))
    return 1;
  FailureOr<LoadedModel> b = loadModel(modelFiles[1], context);
  if (failed(b))
    return 1;
  FailureOr<SmallVector<HostTensor>> inputs =
      prepareInputs(a->func, context, /*forceRandom=*/true);
  if (failed(inputs))
    return 1;
  // With --per-layer, A's intermediates are kept (as real values) and B's
  // are compared with them as B runs.
  LayerRecorder layers;
  interp::OpObserver recordA, matchB;
  if (perLayer) {
    recordA = [&](Operation *op, ArrayRef<HostTensor> results) {
      layers.record(op, results);
    };
    matchB = [&](Operation *op, ArrayRef<HostTensor> results) {
      layers.match(op, results);
    };
  }
  FailureOr<SmallVector<HostTensor>> outA =
      interp::runFunction(a->func, *inputs, recordA);
  if (failed(outA))
    return 1;
  FailureOr<SmallVector<HostTensor>> outB =
      interp::runFunction(b->func, *inputs, matchB);
  if (failed(outB))
    return 1;
  auto diffs = interp::compareOutputs(a->func, *outA, *outB, llvm::outs());
  if (!diffs)
    return fail(llvm::toString(diffs.takeError()));
  if (perLayer)
    printPerLayer(layers, b->func);
  return 0;
}

int main(int argc, char **argv) {
  llvm::InitLLVM y(argc, argv);
  cl::HideUnrelatedOptions(runCategory);
  cl::ParseCommandLineOptions(argc, argv,
                              "tico reference interpreter: run tq/circle "
                              "functions on .npy inputs\n");
  DialectRegistry registry;
  registerAllDialects(registry);
  MLIRContext context(registry);
  context.loadAllAvailableDialects();
  context.printOpOnDiagnostic(false);
  // The handler opens the file a diagnostic points into to show the line.
  llvm::SourceMgr sourceMgr;
  SourceMgrDiagnosticHandler diagHandler(sourceMgr, &context);
  if (perLayer && !compareMode)
    return fail("--per-layer needs --compare A B");
  if (compareMode)
    return runCompare(context);
  if (modelFiles.size() != 1)
    return fail("expected one model (or --compare A B), got " +
                Twine(modelFiles.size()));
  return runOne(context);
}
