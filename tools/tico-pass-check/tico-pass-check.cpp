//===- tico-pass-check.cpp - prove a pass pipeline on numbers -------------===//
//
//   tico-pass-check FILE --pass-pipeline=PIPELINE [--split-input-file]
//                   [--seeds N] [--rtol R]
//
// For every function of FILE (of each chunk with --split-input-file), runs
// the function and its transformed copy through the reference interpreter
// on N seeded random inputs and compares each output: floats within
// R · max|reference| (default 1e-5), integers and bools exactly, NaNs at the
// same positions. Prints one line per function:
//   PASS <func> (<n> seeds, max relative error <e>)
//   SKIP <func>: the reference run failed: <reason>
//   FAIL <func>: <what differs>
// and exits 1 when any function fails or the pipeline fails.
//
//===----------------------------------------------------------------------===//

#include "tico/InitAllDialects.h"
#include "tico/InitAllPasses.h"
#include "tico/Interpreter/Compare.h"
#include "tico/Interpreter/Interpreter.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/Parser/Parser.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Pass/PassRegistry.h"
#include "mlir/Support/FileUtilities.h"
#include "mlir/Support/ToolUtilities.h"
#include "mlir/Transforms/Passes.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/raw_ostream.h"

#include <random>

using namespace mlir;
using namespace mlir::tico;
namespace cl = llvm::cl;

static cl::OptionCategory category("tico-pass-check options");
static cl::opt<std::string> inputFile(cl::Positional, cl::Required,
                                      cl::desc("<file.mlir>"),
                                      cl::cat(category));
static cl::opt<std::string> pipeline("pass-pipeline", cl::Required,
                                     cl::desc("The pipeline to prove"),
                                     cl::cat(category));
static cl::opt<bool> splitInput("split-input-file",
                                cl::desc("Check each `// -----` chunk"),
                                cl::cat(category));
static cl::opt<unsigned> numSeeds("seeds", cl::desc("Random inputs per function"),
                                  cl::init(3), cl::cat(category));
static cl::opt<double> rtol("rtol",
                            cl::desc("Float tolerance relative to max|ref|"),
                            cl::init(1e-5), cl::cat(category));

namespace {

/// Collects diagnostics as text instead of printing them.
struct CapturedDiagnostics {
  explicit CapturedDiagnostics(MLIRContext *context)
      : handler(context, [this](Diagnostic &diag) {
          if (diag.getSeverity() == DiagnosticSeverity::Error && text.empty())
            text = diag.str();
          return success();
        }) {}
  std::string text;
  ScopedDiagnosticHandler handler;
};

struct Checker {
  MLIRContext &context;
  unsigned failures = 0;

  /// Compares the outputs of `before` and `after` on seeded inputs.
  void checkFunction(func::FuncOp before, func::FuncOp after) {
    StringRef name = before.getSymName();
    double worst = 0.0;
    for (unsigned seed = 0; seed < numSeeds; ++seed) {
      std::mt19937_64 rng(seed);
      SmallVector<interp::HostTensor> inputs;
      for (Type type : before.getArgumentTypes()) {
        auto ranked = dyn_cast<RankedTensorType>(type);
        if (!ranked || !ranked.hasStaticShape()) {
          llvm::outs() << "SKIP " << name << ": argument type " << type
                       << " has no static shape\n";
          return;
        }
        inputs.push_back(interp::makeRandomTensor(ranked, rng));
      }
      FailureOr<SmallVector<interp::HostTensor>> ref, got;
      {
        CapturedDiagnostics diags(&context);
        ref = interp::runFunction(before, inputs);
        if (failed(ref)) {
          llvm::outs() << "SKIP " << name
                       << ": the reference run failed: " << diags.text << "\n";
          return;
        }
      }
      {
        CapturedDiagnostics diags(&context);
        got = interp::runFunction(after, inputs);
        if (failed(got)) {
          fail(name, "the transformed function failed: " + diags.text);
          return;
        }
      }
      if (ref->size() != got->size()) {
        fail(name, "different number of results");
        return;
      }
      for (size_t i = 0; i < ref->size(); ++i) {
        const interp::HostTensor &x = (*ref)[i], &y = (*got)[i];
        std::string what = "result " + std::to_string(i);
        if (x.getShape() != y.getShape() ||
            x.getElementType() != y.getElementType()) {
          fail(name, what + ": different type");
          return;
        }
        interp::TensorDiff diff = interp::compareTensors(x, y);
        if (diff.nanMismatches) {
          fail(name, what + ": NaN at different positions (seed " +
                         std::to_string(seed) + ")");
          return;
        }
        bool exact = x.getKind() != interp::ElementKind::Float;
        double allowed = exact ? 0.0 : rtol * std::max(diff.maxRefAbs, 1e-30);
        if (diff.maxAbs > allowed) {
          std::string message;
          llvm::raw_string_ostream os(message);
          os << what << ": max |diff| " << diff.maxAbs << " exceeds "
             << allowed << " (seed " << seed << ")";
          fail(name, message);
          return;
        }
        if (!exact && diff.maxRefAbs > 0)
          worst = std::max(worst, diff.maxAbs / diff.maxRefAbs);
      }
    }
    llvm::outs() << "PASS " << name << " (" << numSeeds
                 << " seeds, max relative error "
                 << llvm::format("%.3g", worst) << ")\n";
  }

  void fail(StringRef name, const std::string &message) {
    llvm::outs() << "FAIL " << name << ": " << message << "\n";
    ++failures;
  }

  LogicalResult checkChunk(std::unique_ptr<llvm::MemoryBuffer> buffer) {
    auto sourceMgr = std::make_shared<llvm::SourceMgr>();
    sourceMgr->AddNewSourceBuffer(std::move(buffer), SMLoc());
    SourceMgrDiagnosticHandler handler(*sourceMgr, &context);
    OwningOpRef<ModuleOp> module =
        parseSourceFile<ModuleOp>(sourceMgr, &context);
    if (!module)
      return failure();
    OwningOpRef<ModuleOp> transformed = module->clone();
    // The pipeline names its anchor (`builtin.module(...)`), as with
    // tico-opt --pass-pipeline.
    FailureOr<OpPassManager> parsed = parsePassPipeline(pipeline);
    if (failed(parsed))
      return failure();
    PassManager pm(&context);
    static_cast<OpPassManager &>(pm) = *parsed;
    if (failed(pm.run(*transformed))) {
      llvm::outs() << "FAIL: the pipeline failed on a chunk\n";
      ++failures;
      return success();
    }
    for (func::FuncOp before : module->getOps<func::FuncOp>()) {
      if (before.isExternal())
        continue;
      auto after = transformed->lookupSymbol<func::FuncOp>(before.getSymName());
      if (!after) {
        fail(before.getSymName(), "the pipeline removed the function");
        continue;
      }
      checkFunction(before, after);
    }
    return success();
  }
};

} // namespace

int main(int argc, char **argv) {
  llvm::InitLLVM y(argc, argv);
  registerTransformsPasses();
  registerAllPasses();
  cl::HideUnrelatedOptions(category);
  cl::ParseCommandLineOptions(argc, argv,
                              "prove a pass pipeline on numbers through the "
                              "reference interpreter\n");
  DialectRegistry registry;
  registerAllDialects(registry);
  MLIRContext context(registry);
  context.loadAllAvailableDialects();
  context.printOpOnDiagnostic(false);

  std::string error;
  std::unique_ptr<llvm::MemoryBuffer> input = openInputFile(inputFile, &error);
  if (!input) {
    llvm::errs() << "error: " << error << "\n";
    return 1;
  }
  Checker checker{context};
  std::string ignored;
  llvm::raw_string_ostream sink(ignored);
  auto process = [&](std::unique_ptr<llvm::MemoryBuffer> chunk,
                     raw_ostream &) { return checker.checkChunk(std::move(chunk)); };
  if (failed(splitAndProcessBuffer(std::move(input), process, sink,
                                   splitInput ? kDefaultSplitMarker : "", "")))
    return 1;
  return checker.failures ? 1 : 0;
}
