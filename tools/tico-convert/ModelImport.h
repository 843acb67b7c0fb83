//===- ModelImport.h - tico-convert's input kinds ---------------*- C++ -*-===//
#ifndef TICO_TOOLS_TICO_CONVERT_MODELIMPORT_H
#define TICO_TOOLS_TICO_CONVERT_MODELIMPORT_H

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/OwningOpRef.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/SourceMgr.h"

#include <memory>

namespace tico_convert {

enum class InputKind { MLIR, ONNX };

/// The kind of `path` from its extension (.mlir/.mlirbc, .onnx). Fails for
/// an unknown extension and for a kind this build cannot import, so the
/// error comes before any work.
llvm::Expected<InputKind> getInputKind(llvm::StringRef path);

/// Reads the model into a tq module; diagnostics go to the context's
/// handler. Null on failure. The source manager is shared with the module:
/// bytecode resources (the weights) then point into the mapped file
/// instead of being copied.
mlir::OwningOpRef<mlir::ModuleOp>
importModel(llvm::StringRef path, InputKind kind, mlir::MLIRContext *context,
            const std::shared_ptr<llvm::SourceMgr> &sourceMgr);

} // namespace tico_convert

#endif // TICO_TOOLS_TICO_CONVERT_MODELIMPORT_H
