//===- tico-translate.cpp - tico's translation driver ---------------------===//
//
// Like mlir-translate, with tico's translations (Circle export and import,
// ONNX import)
// and one difference that matters for multi-GB models: the output file is
// written to a temporary file and renamed into place when the translation
// succeeds, so an error never leaves a partial or clobbered file.
//
//===----------------------------------------------------------------------===//

#include "mlir/IR/AsmState.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/Support/FileUtilities.h"
#include "mlir/Support/Timing.h"
#include "mlir/Support/ToolUtilities.h"
#include "mlir/Tools/mlir-translate/Translation.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/raw_ostream.h"

#include "tico/InitAllDialects.h"
#include "tico/Support/NestingDepth.h"
#include "tico/Target/Circle/TranslateRegistration.h"
#ifdef TICO_ENABLE_ONNX
#include "tico/Target/ONNX/TranslateRegistration.h"
#endif

using namespace mlir;
namespace cl = llvm::cl;

static tico::circle::CircleTranslateOptions translateOptions;

static cl::opt<std::string> inputFilename(cl::Positional,
                                          cl::desc("<input file>"),
                                          cl::init("-"));
static cl::opt<std::string> outputFilename("o", cl::desc("Output filename"),
                                           cl::value_desc("filename"),
                                           cl::init("-"));
static cl::opt<std::string> inputSplitMarker(
    "split-input-file", cl::ValueOptional,
    cl::callback([](const std::string &str) {
      if (str.empty())
        inputSplitMarker.setValue(kDefaultSplitMarker);
    }),
    cl::desc("Split the input into chunks processed independently"),
    cl::init(""));
static cl::opt<bool> verifyDiagnostics(
    "verify-diagnostics",
    cl::desc("Check that emitted diagnostics match expected-* lines"),
    cl::init(false));
static cl::opt<bool, true> useBufferOffset(
    "use-buffer-offset",
    cl::desc("--to-circle: store constant data after the flatbuffer "
             "(Buffer.offset/size), as models over 2 GiB must"),
    cl::location(translateOptions.exportOptions.useBufferOffset));
static cl::opt<std::string, true> entryFunction(
    "circle-entry",
    cl::desc("--to-circle: the function that becomes subgraph 0"),
    cl::location(translateOptions.exportOptions.entryFunction));

#ifdef TICO_ENABLE_ONNX
static tico::onnx_import::ONNXImportOptions onnxOptions;
static cl::list<std::string, std::vector<std::string>> onnxInputShapes(
    "input-shape",
    cl::desc("--from-onnx: fix the dims of a graph input before shape "
             "inference, e.g. input_ids=1x128 (repeatable)"),
    cl::location(onnxOptions.inputShapes));
static cl::opt<size_t, true> onnxResourceThreshold(
    "onnx-resource-threshold",
    cl::desc("--from-onnx: initializers of at least this many bytes become "
             "dense_resource blobs (default 65536)"),
    cl::location(onnxOptions.resourceThreshold));
#endif

/// A parse/print round trip through the tico dialects.
static void registerRoundTrip() {
  TranslateFromMLIRRegistration roundtrip(
      "tico-mlir-roundtrip", "parse, verify and print tico IR",
      [](Operation *op, raw_ostream &os) {
        op->print(os);
        os << "\n";
        return success();
      },
      [](DialectRegistry &registry) { tico::registerAllDialects(registry); });
}

int main(int argc, char **argv) {
  llvm::InitLLVM y(argc, argv);
  registerRoundTrip();
  tico::circle::registerCircleTranslations(translateOptions);
#ifdef TICO_ENABLE_ONNX
  tico::onnx_import::registerONNXTranslations(onnxOptions);
#endif
  registerAsmPrinterCLOptions();
  registerMLIRContextCLOptions();
  registerTranslationCLOptions();
  registerDefaultTimingManagerCLOptions();
  cl::list<const Translation *, bool, TranslationParser> translations(
      "", cl::desc("Translation to perform"), cl::Required);
  cl::ParseCommandLineOptions(argc, argv, "tico translation driver\n");
  if (translations.size() != 1) {
    llvm::errs() << "error: expected exactly one translation, got "
                 << translations.size() << "\n";
    return 1;
  }
  const Translation *translation = translations.front();

  std::string errorMessage;
  std::unique_ptr<llvm::MemoryBuffer> input =
      openInputFile(inputFilename,
                    translation->getInputAlignment().value_or(llvm::Align(1)),
                    &errorMessage);
  if (!input) {
    llvm::errs() << "error: " << errorMessage << "\n";
    return 1;
  }

  auto processBuffer = [&](std::unique_ptr<llvm::MemoryBuffer> ownedBuffer,
                           raw_ostream &os) -> LogicalResult {
    MLIRContext context;
    context.printOpOnDiagnostic(!verifyDiagnostics);
    auto sourceMgr = std::make_shared<llvm::SourceMgr>();
    sourceMgr->AddNewSourceBuffer(std::move(ownedBuffer), SMLoc());
    // MLIR text nested too deeply for the recursive parser is refused
    // first; binary inputs (.circle, which always holds NUL bytes) are not.
    StringRef text =
        sourceMgr->getMemoryBuffer(sourceMgr->getMainFileID())->getBuffer();
    if (!text.contains('\0') &&
        !tico::checkNestingDepth(*sourceMgr, llvm::errs()))
      return failure();
    if (!verifyDiagnostics) {
      SourceMgrDiagnosticHandler handler(*sourceMgr, &context);
      return (*translation)(sourceMgr, os, &context);
    }
    SourceMgrDiagnosticVerifierHandler handler(*sourceMgr, &context);
    (void)(*translation)(sourceMgr, os, &context);
    return handler.verify();
  };

  // Everything goes to a temporary file that replaces the output only when
  // all chunks succeeded.
  llvm::Error written =
      llvm::writeToOutput(outputFilename, [&](raw_ostream &os) -> llvm::Error {
        if (failed(splitAndProcessBuffer(std::move(input), processBuffer, os,
                                         inputSplitMarker, kDefaultSplitMarker)))
          return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                         "translation failed");
        return llvm::Error::success();
      });
  if (written) {
    std::string message = llvm::toString(std::move(written));
    if (message != "translation failed")
      llvm::errs() << "error: " << message << "\n";
    return 1;
  }
  return 0;
}
