//===- tico-convert.cpp - one command from a model to a .circle -----------===//
//
//   tico-convert [MODEL.mlir] [--config FILE.json|FILE.yaml] [-o OUT.circle]
//                [--preset gemma4|qwen3-vl|none] [--<key>=VALUE ...]
//
// Steps: import, prepare (tico-vlm-prepare), calibrate (with calibration
// data), quantize (with any quantization key), lower (tico-lower-to-circle),
// export, evaluate (with evaluation inputs). Each is timed; the settings
// are checked against each other, the files and the model before the first
// pass runs. At the end: the .circle summary, qparam coverage, verify, and
// with evaluation inputs Mean |diff|, Max |diff|, PEIR against the input
// model.
//
//===----------------------------------------------------------------------===//

#include "Calibration.h"
#include "ConvertOptions.h"
#include "Evaluation.h"
#include "ModelFit.h"
#include "ModelImport.h"

#include "tico/InitAllDialects.h"
#include "tico/InitAllPasses.h"
#include "tico/Pipelines/Pipelines.h"
#include "tico/Target/Circle/CircleExport.h"
#include "tico/Target/Circle/CircleImport.h"
#include "tico/Target/Circle/ModelCheck.h"
#include "tico/Tools/ModelSummary.h"

#include "mlir/Dialect/Quant/IR/QuantTypes.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/Pass/PassInstrumentation.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Transforms/Passes.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/raw_ostream.h"

#include <chrono>
#include <cstring>
#include <list>

using namespace mlir;
using namespace tico_convert;
namespace cl = llvm::cl;

static cl::OptionCategory convertCategory("tico-convert options");
static cl::opt<std::string> inputFile(cl::Positional, cl::Optional,
                                      cl::desc("<model.onnx|model.mlir|model.mlirbc>"),
                                      cl::cat(convertCategory));
static cl::opt<std::string> configFile(
    "config", cl::desc("JSON or YAML (.yaml/.yml) file of settings (keys as "
                     "the flags, with _)"),
    cl::value_desc("file.json"), cl::cat(convertCategory));
static cl::opt<std::string> outputFile("o", cl::desc("Output .circle file"),
                                       cl::value_desc("file"),
                                       cl::cat(convertCategory));
static cl::opt<bool> progress(
    "progress",
    cl::desc("Print every pass as it starts and the export's progress on "
             "models of any size (on stderr)"),
    cl::cat(convertCategory));

static int fail(const llvm::Twine &message) {
  llvm::errs() << "tico-convert: error: " << message << "\n";
  return 1;
}

namespace {

/// "[2/5] prepare ... 0.41 s"; the name is printed (and flushed) before the
/// step runs so a slow step shows which one it is. A diagnostic during the
/// step first ends the line (breakLine), so it starts a line of its own.
class StepTimer {
public:
  explicit StepTimer(unsigned total) : total(total) {}
  void begin(llvm::StringRef stepName) {
    name = stepName.str();
    llvm::outs() << "[" << ++index << "/" << total << "] " << name << " ...";
    llvm::outs().flush();
    open = true;
    start = std::chrono::steady_clock::now();
  }
  void breakLine() {
    if (!open)
      return;
    llvm::outs() << "\n";
    llvm::outs().flush();
    open = false;
  }
  void end(llvm::StringRef note = "") {
    std::chrono::duration<double> elapsed =
        std::chrono::steady_clock::now() - start;
    if (!open)
      llvm::outs() << "[" << index << "/" << total << "] " << name << " ...";
    llvm::outs() << llvm::format(" %.2f s", elapsed.count());
    if (!note.empty())
      llvm::outs() << " (" << note << ")";
    llvm::outs() << "\n";
    open = false;
  }

private:
  unsigned total, index = 0;
  std::string name;
  bool open = false;
  std::chrono::steady_clock::time_point start;
};

/// Long steps (calibration, export) report their progress on stderr for
/// models with at least this much constant data, or any with --progress.
constexpr uint64_t kProgressThreshold = uint64_t(256) << 20;

/// The bytes of every constant's value in `module` (as stored in memory).
uint64_t getConstantDataBytes(ModuleOp module) {
  uint64_t bytes = 0;
  module.walk([&](Operation *op) {
    if (!op->hasTrait<OpTrait::ConstantLike>())
      return;
    for (NamedAttribute attr : op->getAttrs())
      if (auto value = dyn_cast<ElementsAttr>(attr.getValue())) {
        Type element = value.getElementType();
        if (auto quantized = dyn_cast<quant::QuantizedType>(element))
          element = quantized.getStorageType();
        if (element.isIntOrFloat())
          bytes += uint64_t(value.getNumElements()) *
                   llvm::divideCeil(element.getIntOrFloatBitWidth(), 8);
      }
  });
  return bytes;
}

/// Export of large weights: a line on stderr at every tenth of the
/// constant data written.
class ExportProgress {
public:
  explicit ExportProgress(StepTimer &timer) : timer(&timer) {}
  void operator()(uint64_t written, uint64_t total) {
    if (total < kProgressThreshold && !progress)
      return;
    unsigned tenth = unsigned(written * 10 / total);
    if (tenth <= reported)
      return;
    reported = tenth;
    timer->breakLine();
    llvm::errs() << "      export: ";
    if (total < (uint64_t(1) << 20))
      llvm::errs() << written << " of " << total << " bytes";
    else
      llvm::errs() << llvm::format("%.1f of %.1f MiB", written / 1048576.0,
                                   total / 1048576.0);
    llvm::errs() << " of constant data written (" << tenth * 10 << " %)\n";
  }

private:
  StepTimer *timer;
  unsigned reported = 0;
};

/// --progress: the pass and function a long step is working on.
struct ProgressInstrumentation : public PassInstrumentation {
  void runBeforePass(Pass *pass, Operation *op) override {
    if (pass->getArgument().empty())
      return;
    llvm::errs() << "      " << pass->getArgument();
    if (auto func = dyn_cast<func::FuncOp>(op))
      llvm::errs() << " @" << func.getSymName();
    llvm::errs() << "\n";
  }
};

} // namespace

static LogicalResult runStage(ModuleOp module,
                              llvm::function_ref<void(OpPassManager &)> build) {
  PassManager pm(module.getContext());
  build(pm);
  if (progress)
    pm.addInstrumentation(std::make_unique<ProgressInstrumentation>());
  return pm.run(module);
}

/// Reads the config, then the flags given on the command line over it.
static llvm::Error collectOptions(ConvertOptions &options,
                                  std::list<cl::opt<std::string>> &flags) {
  if (!configFile.empty())
    if (llvm::Error e = options.loadConfig(configFile))
      return e;
  auto flag = flags.begin();
  for (const KeyInfo &info : getKeys()) {
    if (flag->getNumOccurrences())
      if (llvm::Error e =
              options.set(info.key, *flag, "--" + flagName(info.key)))
        return e;
    ++flag;
  }
  if (!inputFile.empty())
    if (llvm::Error e = options.set("input", inputFile, "command line"))
      return e;
  if (!outputFile.empty())
    if (llvm::Error e = options.set("output", outputFile, "-o"))
      return e;
  if (!options.has("input"))
    return llvm::createStringError(
        llvm::inconvertibleErrorCode(),
        "expected a model (positional or the config's 'input')");
  if (!options.has("output")) {
    // out/<model>.circle, as the README's main command writes.
    llvm::sys::fs::create_directories("out");
    std::string stem = llvm::sys::path::stem(options.get("input")).str();
    if (llvm::Error e =
            options.set("output", "out/" + stem + ".circle", "default"))
      return e;
  }
  if (options.has("evaluation_inputs") &&
      (options.get("input_type") == "int" ||
       options.get("output_type") == "int"))
    return llvm::createStringError(
        llvm::inconvertibleErrorCode(),
        "'evaluation_inputs' compares against the float input model and "
        "needs float model inputs and outputs (input_type/output_type "
        "float)");
  if (llvm::Error e = options.checkPaths())
    return e;
  return checkCalibration(options);
}

/// Prints the summary; false when tico-circle verify finds errors.
static bool printSummary(llvm::StringRef path, llvm::StringRef bytes) {
  mlir::tico::circle::ModelCheckReport report =
      mlir::tico::circle::checkModel(bytes);
  llvm::outs() << "== summary: " << path << "\n";
  if (report.ok()) {
    const ::circle::Model *model = ::circle::GetModel(bytes.data());
    mlir::tico::circle::printSummary(model, bytes.size(), {}, llvm::outs());
    mlir::tico::circle::QParamCoverage coverage =
        mlir::tico::circle::getQParamCoverage(
            model, report.unquantizedIntegerActivations.size());
    llvm::outs() << "qparams: " << coverage.quantized << " of "
                 << coverage.tensors << " tensors quantized; "
                 << coverage.withoutQParams() << " without qparams ("
                 << coverage.floats << " float, "
                 << coverage.integerActivations << " integer activations)\n";
  }
  llvm::outs() << "verify: " << report.errors.size() << " error(s), "
               << report.warnings.size() << " warning(s)\n";
  for (const std::string &e : report.errors)
    llvm::outs() << "  error: " << e << "\n";
  for (const std::string &w : report.warnings)
    llvm::outs() << "  warning: " << w << "\n";
  return report.ok();
}

/// Exports `module` to `output` (a temporary renamed when complete) and
/// returns the bytes as written, 16-byte aligned: the file mapped again (in
/// the page cache) rather than a copy of a GB model kept in memory. Stdout
/// ("-") cannot be read back, so that model is built in memory.
static FailureOr<std::unique_ptr<llvm::MemoryBuffer>>
exportModel(ModuleOp module, llvm::StringRef output, StepTimer &timer) {
  mlir::tico::circle::CircleExportOptions exportOptions;
  exportOptions.progress = ExportProgress(timer);
  if (output == "-") {
    std::string bytes;
    llvm::raw_string_ostream os(bytes);
    if (failed(mlir::tico::circle::exportToCircle(module, os, exportOptions)))
      return failure();
    llvm::outs() << bytes;
    std::unique_ptr<llvm::WritableMemoryBuffer> aligned =
        llvm::WritableMemoryBuffer::getNewUninitMemBuffer(
            bytes.size(), output, llvm::Align(16));
    std::memcpy(aligned->getBufferStart(), bytes.data(), bytes.size());
    return std::unique_ptr<llvm::MemoryBuffer>(std::move(aligned));
  }
  bool exportFailed = false;
  if (llvm::Error e = llvm::writeToOutput(
          output, [&](llvm::raw_ostream &os) -> llvm::Error {
            if (succeeded(mlir::tico::circle::exportToCircle(module, os,
                                                             exportOptions)))
              return llvm::Error::success();
            exportFailed = true; // the diagnostic is out already
            return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                           "export failed");
          })) {
    if (exportFailed) {
      llvm::consumeError(std::move(e));
      return failure();
    }
    timer.breakLine();
    fail("cannot write '" + output + "': " + llvm::toString(std::move(e)));
    return failure();
  }
  llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> written =
      llvm::MemoryBuffer::getFile(output, /*IsText=*/false,
                                  /*RequiresNullTerminator=*/false,
                                  /*IsVolatile=*/false, llvm::Align(16));
  if (!written) {
    timer.breakLine();
    fail("cannot read back '" + output + "': " + written.getError().message());
    return failure();
  }
  return std::move(*written);
}

int main(int argc, char **argv) {
  llvm::InitLLVM y(argc, argv);
  // One flag per config key, in the key table's order.
  std::list<cl::opt<std::string>> flags;
  // cl keeps StringRefs: the names and help texts live until exit.
  std::vector<std::string> flagNames, helps;
  for (const KeyInfo &info : getKeys()) {
    flagNames.push_back(flagName(info.key));
    std::string help = info.help;
    for (auto [i, choice] : llvm::enumerate(info.choices))
      help += (i ? "|" : " (") + std::string(choice);
    helps.push_back(info.choices.empty() ? help : help + ")");
  }
  for (auto [name, help] : llvm::zip(flagNames, helps))
    flags.emplace_back(llvm::StringRef(name), cl::desc(help),
                       cl::value_desc("value"), cl::cat(convertCategory));
  cl::HideUnrelatedOptions(convertCategory);
  cl::ParseCommandLineOptions(
      argc, argv,
      "tico-convert: an ONNX or tq model (.onnx, .mlir, .mlirbc) to a verified "
      ".circle\n");

  // The pass registry first: the calibration check looks its pass up.
  mlir::tico::registerAllPasses();

  // 1. Settings, files and calibration: no work before they are right.
  ConvertOptions options;
  if (llvm::Error e = collectOptions(options, flags))
    return fail(llvm::toString(std::move(e)));
  llvm::Expected<InputKind> kind = getInputKind(options.get("input"));
  if (!kind)
    return fail(llvm::toString(kind.takeError()));
  std::string pipelineText = options.getPipelineOptions();
  std::unique_ptr<mlir::tico::TicoPipelineOptions> pipeline =
      mlir::tico::TicoPipelineOptions::createFromString(pipelineText);
  if (!pipeline)
    return fail("bad pipeline options '" + pipelineText + "'");

  DialectRegistry registry;
  mlir::tico::registerAllDialects(registry);
  MLIRContext context(registry);
  context.loadAllAvailableDialects();
  context.printOpOnDiagnostic(false);
  auto sourceMgr = std::make_shared<llvm::SourceMgr>();
  SourceMgrDiagnosticHandler diagHandler(*sourceMgr, &context);

  // Registered after the source manager's handler, so it runs first: it
  // ends the step's line, then lets that handler print the diagnostic.
  StepTimer *activeTimer = nullptr;
  context.getDiagEngine().registerHandler([&](Diagnostic &) {
    if (activeTimer)
      activeTimer->breakLine();
    return failure();
  });

  bool calibrate = wantsCalibration(options);
  // Calibration inserts fake-quants; tico-quantize turns them into types.
  bool quantize = pipeline->quantize || calibrate;
  bool evaluate = options.has("evaluation_inputs");
  // Quantization may free the float weights unless the evaluation keeps
  // the float model (a clone sharing their blobs) as its reference.
  pipeline->releaseFloatWeights = !evaluate;
  unsigned total = 4 + calibrate + quantize + evaluate;
  StepTimer timer(total);
  activeTimer = &timer;
  llvm::outs() << "tico-convert: " << options.get("input") << " -> "
               << options.get("output") << "\n";
  if (!pipelineText.empty())
    llvm::outs() << "options: " << pipelineText << "\n";

  timer.begin("import");
  OwningOpRef<ModuleOp> module =
      importModel(options.get("input"), *kind, &context, sourceMgr);
  if (!module)
    return 1;
  // The float input model is the evaluation's reference.
  OwningOpRef<ModuleOp> reference;
  std::vector<EvaluationSample> samples;
  if (evaluate) {
    reference = module->clone();
    FailureOr<std::vector<EvaluationSample>> loaded =
        loadEvaluationInputs(*reference, options.get("evaluation_inputs"));
    if (failed(loaded))
      return 1;
    samples = std::move(*loaded);
  }
  {
    mlir::tico::VLMPrepareOptions prepare;
    mlir::tico::resolvePrepareOptions(*pipeline, prepare);
    if (failed(checkModelFit(*module, prepare, options)))
      return 1;
  }
  timer.end();

  timer.begin("prepare");
  if (failed(runStage(*module, [&](OpPassManager &pm) {
        mlir::tico::buildTicoPrepareStage(pm, *pipeline);
      })))
    return 1;
  timer.end();

  if (calibrate) {
    timer.begin("calibrate");
    bool showSamples =
        progress || getConstantDataBytes(*module) >= kProgressThreshold;
    if (showSamples)
      timer.breakLine();
    PassManager pm(&context);
    addCalibrationStep(pm, options, showSamples);
    if (failed(pm.run(*module)))
      return 1;
    timer.end();
  }

  if (quantize) {
    timer.begin("quantize");
    if (failed(runStage(*module, [&](OpPassManager &pm) {
          mlir::tico::buildTicoQuantizeStage(pm, *pipeline);
        })))
      return 1;
    timer.end();
  }

  timer.begin("lower");
  if (failed(runStage(*module, [&](OpPassManager &pm) {
        mlir::tico::buildTicoLowerStage(pm, *pipeline);
      })))
    return 1;
  timer.end();

  timer.begin("export");
  std::string output = options.get("output");
  FailureOr<std::unique_ptr<llvm::MemoryBuffer>> written =
      exportModel(*module, output, timer);
  if (failed(written))
    return 1;
  // Flatbuffers want 16-byte alignment: the buffer is mapped or aligned.
  llvm::StringRef bytes = (*written)->getBuffer();
  timer.end(std::to_string(bytes.size()) + " bytes");

  // An evaluation that cannot run (an op the interpreter lacks) still
  // leaves the written .circle and its summary; the exit code says so.
  std::string evaluationReport;
  bool evaluationFailed = false;
  double peir = 0.0;
  if (evaluate) {
    timer.begin("evaluate");
    // The interpreter runs what a runtime would read: the written bytes,
    // imported again.
    OwningOpRef<ModuleOp> exported = mlir::tico::circle::importFromCircle(
        bytes, &context, FileLineColLoc::get(&context, output, 0, 0));
    llvm::raw_string_ostream os(evaluationReport);
    FailureOr<double> worst =
        exported ? tico_convert::evaluate(*reference, *exported, samples, os,
                                          progress)
                 : FailureOr<double>(failure());
    if (succeeded(worst)) {
      peir = *worst;
      timer.end(std::to_string(samples.size()) + " function(s)");
    } else {
      timer.breakLine();
      evaluationFailed = true;
    }
  }

  bool verified = printSummary(output, bytes);
  if (evaluate) {
    llvm::outs() << "== evaluation: " << output << " against "
                 << options.get("input") << " on "
                 << options.get("evaluation_inputs") << "\n";
    if (evaluationFailed)
      llvm::outs() << "failed (the error is above)\n";
    else
      llvm::outs() << evaluationReport
                   << llvm::format("max PEIR %.6g\n", peir);
  }
  llvm::outs() << "== wrote " << output << "\n";
  return verified && !evaluationFailed ? 0 : 1;
}
