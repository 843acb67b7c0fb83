//===- ModelImport.cpp - tico-convert's input kinds -----------------------===//

#include "ModelImport.h"

#ifdef TICO_HAVE_ONNX
#include "tico/Target/ONNX/ONNXImport.h"
#endif

#include "tico/Dialect/Common/ResourceMemory.h"

#include "mlir/Bytecode/BytecodeReader.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/Parser/Parser.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

using namespace mlir;
using namespace tico_convert;

/// Builds configured with TICO_ENABLE_ONNX=OFF have no ONNX importer.
static llvm::Error checkOnnxImporter() {
#ifdef TICO_HAVE_ONNX
  return llvm::Error::success();
#else
  return llvm::createStringError(
      llvm::inconvertibleErrorCode(),
      "this build has no ONNX importer (configured with "
      "TICO_ENABLE_ONNX=OFF); export the model to a tq .mlir instead");
#endif
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
    const std::shared_ptr<llvm::SourceMgr> &sourceMgr) {
  // Bytecode needs no terminating zero, so it is always memory-mapped
  // (with one, a file whose size is a multiple of the page size is read
  // onto the heap); text is parsed up to that zero.
  bool bytecode = kind == InputKind::MLIR &&
                  llvm::sys::path::extension(path) == ".mlirbc";
  auto file = llvm::MemoryBuffer::getFile(path, /*IsText=*/false,
                                          /*RequiresNullTerminator=*/!bytecode);
  if (file && bytecode && !isBytecode((*file)->getMemBufferRef()))
    file = llvm::MemoryBuffer::getFile(path, /*IsText=*/false);
  if (!file) {
    emitError(UnknownLoc::get(context))
        << "cannot open '" << path << "': " << file.getError().message();
    return nullptr;
  }
  // The source manager keeps the bytes alive for the module's lifetime.
  const llvm::MemoryBuffer *bytes = file->get();
  // Weight blobs point into it; quantization may drop their pages.
  tico::registerMappedInput(*bytes);
  sourceMgr->AddNewSourceBuffer(std::move(*file), llvm::SMLoc());
  if (kind == InputKind::ONNX) {
#ifdef TICO_HAVE_ONNX
    return tico::onnx_import::importFromONNX(
        bytes->getBuffer(), path, context,
        FileLineColLoc::get(context, path, 0, 0),
        tico::onnx_import::ONNXImportOptions());
#else
    (void)bytes;
    emitError(UnknownLoc::get(context))
        << llvm::toString(checkOnnxImporter());
    return nullptr;
#endif
  }
  // Bytecode and text alike: the parser looks at the magic number. With the
  // shared source manager, bytecode weights are not copied.
  return parseSourceFile<ModuleOp>(sourceMgr, ParserConfig(context));
}
