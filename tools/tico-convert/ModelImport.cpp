//===- ModelImport.cpp - tico-convert's input kinds -----------------------===//

#include "ModelImport.h"

#include "mlir/IR/Diagnostics.h"
#include "mlir/Parser/Parser.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

using namespace mlir;
using namespace tico_convert;

/// The ONNX importer (lib/Target/ONNX) is not part of this build yet; its
/// entry point replaces this error.
static llvm::Error checkOnnxImporter() {
  return llvm::createStringError(
      llvm::inconvertibleErrorCode(),
      "ONNX import is not built yet (tico-translate --from-onnx, "
      "lib/Target/ONNX); export the model to a tq .mlir instead");
}

llvm::Expected<InputKind> tico_convert::getInputKind(llvm::StringRef path) {
  llvm::StringRef ext = llvm::sys::path::extension(path);
  if (ext == ".mlir" || ext == ".mlirbc")
    return InputKind::MLIR;
  if (ext == ".onnx") {
    if (llvm::Error error = checkOnnxImporter())
      return std::move(error);
    return InputKind::ONNX;
  }
  return llvm::createStringError(
      llvm::inconvertibleErrorCode(),
      "'" + path + "': unknown model kind '" + ext +
          "' (expected .mlir, .mlirbc or .onnx)");
}

OwningOpRef<ModuleOp> tico_convert::importModel(llvm::StringRef path,
                                                InputKind kind,
                                                MLIRContext *context,
                                                llvm::SourceMgr &sourceMgr) {
  if (kind == InputKind::ONNX) {
    emitError(UnknownLoc::get(context))
        << llvm::toString(checkOnnxImporter());
    return nullptr;
  }
  auto file = llvm::MemoryBuffer::getFile(path, /*IsText=*/false);
  if (!file) {
    emitError(UnknownLoc::get(context))
        << "cannot open '" << path << "': " << file.getError().message();
    return nullptr;
  }
  sourceMgr.AddNewSourceBuffer(std::move(*file), llvm::SMLoc());
  // Bytecode and text alike: the parser looks at the magic number.
  return parseSourceFile<ModuleOp>(sourceMgr, ParserConfig(context));
}
