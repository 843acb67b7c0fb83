//===- TranslateRegistration.cpp - Circle translations --------------------===//

#include "tico/Target/Circle/TranslateRegistration.h"

#include "tico/Dialect/Circle/IR/CircleDialect.h"
#include "tico/InitAllDialects.h"
#include "tico/Target/Circle/CircleExport.h"
#include "tico/Target/Circle/CircleImport.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/Verifier.h"
#include "mlir/Tools/mlir-translate/Translation.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/SourceMgr.h"

#include <cstring>

using namespace mlir;
using namespace mlir::tico::circle;

void mlir::tico::circle::registerCircleTranslations(
    const CircleTranslateOptions &options) {
  TranslateFromMLIRRegistration toCircle(
      "to-circle", "serialize circle dialect functions into a .circle model",
      [&options](ModuleOp module, raw_ostream &os) {
        return exportToCircle(module, os, options.exportOptions);
      },
      [](DialectRegistry &registry) { registerAllDialects(registry); });

  // Tensor names live in locations, so the result is printed with them:
  // `--from-circle | --to-circle` then reproduces the file.
  TranslateRegistration fromCircle(
      "from-circle", "import a .circle model into the circle dialect",
      [&options](const std::shared_ptr<llvm::SourceMgr> &sourceMgr,
                 raw_ostream &os, MLIRContext *context) -> LogicalResult {
        DialectRegistry registry;
        registerAllDialects(registry);
        context->appendDialectRegistry(registry);
        const llvm::MemoryBuffer *buffer =
            sourceMgr->getMemoryBuffer(sourceMgr->getMainFileID());
        Location loc = FileLineColLoc::get(
            context, buffer->getBufferIdentifier(), 0, 0);
        // Mapped files are page aligned; copy the rare misaligned input.
        StringRef bytes = buffer->getBuffer();
        std::unique_ptr<llvm::WritableMemoryBuffer> aligned;
        if (reinterpret_cast<uintptr_t>(bytes.data()) % 16 != 0) {
          aligned = llvm::WritableMemoryBuffer::getNewUninitMemBuffer(
              bytes.size(), buffer->getBufferIdentifier(), llvm::Align(16));
          std::memcpy(aligned->getBufferStart(), bytes.data(), bytes.size());
          bytes = StringRef(aligned->getBufferStart(), aligned->getBufferSize());
        }
        OwningOpRef<ModuleOp> module =
            importFromCircle(bytes, context, loc, options.referenceThreshold);
        if (!module)
          return failure();
        module->print(os, OpPrintingFlags().enableDebugInfo());
        os << "\n";
        return success();
      });

  // Export, then import the bytes into a fresh context and print: checks
  // that what is written reads back.
  TranslateFromMLIRRegistration roundtrip(
      "test-circle-roundtrip", "export to .circle and import again",
      [&options](ModuleOp module, raw_ostream &os) -> LogicalResult {
        std::string bytes;
        llvm::raw_string_ostream stream(bytes);
        if (failed(exportToCircle(module, stream, options.exportOptions)))
          return failure();
        DialectRegistry registry;
        registerAllDialects(registry);
        MLIRContext context(registry);
        OwningOpRef<ModuleOp> imported = importFromCircle(
            bytes, &context, UnknownLoc::get(&context), SIZE_MAX);
        if (!imported)
          return module.emitError("the exported model does not read back");
        imported->print(os);
        os << "\n";
        return success();
      },
      [](DialectRegistry &registry) { registerAllDialects(registry); });
}
