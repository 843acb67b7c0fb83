//===- TranslateRegistration.cpp - ONNX translations ----------------------===//

#include "tico/Target/ONNX/TranslateRegistration.h"

#include "tico/InitAllDialects.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/Tools/mlir-translate/Translation.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/SourceMgr.h"

using namespace mlir;

void mlir::tico::onnx_import::registerONNXTranslations(
    const ONNXImportOptions &options) {
  TranslateRegistration fromOnnx(
      "from-onnx", "import an .onnx model into the tq dialect",
      [&options](const std::shared_ptr<llvm::SourceMgr> &sourceMgr,
                 raw_ostream &os, MLIRContext *context) -> LogicalResult {
        DialectRegistry registry;
        registerAllDialects(registry);
        context->appendDialectRegistry(registry);
        const llvm::MemoryBuffer *buffer =
            sourceMgr->getMemoryBuffer(sourceMgr->getMainFileID());
        StringRef path = buffer->getBufferIdentifier();
        Location loc = FileLineColLoc::get(context, path, 0, 0);
        OwningOpRef<ModuleOp> module = importFromONNX(
            buffer->getBuffer(), path == "<stdin>" ? "" : path, context, loc,
            options);
        if (!module)
          return failure();
        module->print(os);
        os << "\n";
        return success();
      });
}
