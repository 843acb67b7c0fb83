//===- tico-opt.cpp - tico's optimizer driver -----------------------------===//
//
// MlirOptMain with the tico dialects and passes, plus the upstream dialects
// and generic passes (canonicalize, cse, ...) that pipelines use. The input
// is read here, not by MlirOptMain, so that text nested too deeply for the
// recursive parser is refused first (tico/Support/NestingDepth.h).
//
//===----------------------------------------------------------------------===//

#include "mlir/IR/DialectRegistry.h"
#include "mlir/Support/FileUtilities.h"
#include "mlir/Tools/mlir-opt/MlirOptMain.h"
#include "mlir/Transforms/Passes.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/ToolOutputFile.h"

#include "tico/Dialect/Common/ResourceMemory.h"
#include "tico/InitAllDialects.h"
#include "tico/InitAllPasses.h"
#include "tico/Support/NestingDepth.h"

int main(int argc, char **argv) {
  llvm::InitLLVM y(argc, argv);
  mlir::registerTransformsPasses();
  mlir::tico::registerAllPasses();

  mlir::DialectRegistry registry;
  mlir::tico::registerAllDialects(registry);
  auto [inputFilename, outputFilename] = mlir::registerAndParseCLIOptions(
      argc, argv, "tico optimizer driver\n", registry);
  mlir::MlirOptMainConfig config =
      mlir::MlirOptMainConfig::createFromCLOptions();
  // Options that print and exit read no input.
  if (config.shouldShowDialects() || config.shouldListPasses())
    return mlir::asMainReturnCode(
        mlir::MlirOptMain(argc, argv, inputFilename, outputFilename, registry));

  std::string errorMessage;
  std::unique_ptr<llvm::MemoryBuffer> file =
      mlir::openInputFile(inputFilename, &errorMessage);
  if (!file) {
    llvm::errs() << errorMessage << "\n";
    return 1;
  }
  // Weight blobs of bytecode point into it: tq-quantize-weights'
  // release-float-weights may drop their pages.
  mlir::tico::registerMappedInput(*file);
  llvm::SourceMgr sourceMgr;
  sourceMgr.AddNewSourceBuffer(
      llvm::MemoryBuffer::getMemBuffer(file->getMemBufferRef(),
                                       /*RequiresNullTerminator=*/false),
      llvm::SMLoc());
  if (!mlir::tico::checkNestingDepth(sourceMgr, llvm::errs()))
    return 1;
  std::unique_ptr<llvm::ToolOutputFile> output =
      mlir::openOutputFile(outputFilename, &errorMessage);
  if (!output) {
    llvm::errs() << errorMessage << "\n";
    return 1;
  }
  if (mlir::failed(
          mlir::MlirOptMain(output->os(), std::move(file), registry, config)))
    return 1;
  output->keep();
  return 0;
}
