//===- CircleImport.h - .circle flatbuffer to circle dialect ----*- C++ -*-===//
#ifndef TICO_TARGET_CIRCLE_CIRCLEIMPORT_H
#define TICO_TARGET_CIRCLE_CIRCLEIMPORT_H

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/OwningOpRef.h"
#include "llvm/ADT/StringRef.h"

namespace mlir::tico::circle {

/// Reads a Circle model held in `bytes` (the whole file) into a module of
/// circle dialect functions, one per subgraph. The file is checked with the
/// flatbuffers verifier and for index and size consistency first; any
/// problem is a diagnostic at `loc` and a null result.
///
/// Constant data of at least `referenceThreshold` bytes is not copied: it
/// becomes a dense_resource blob that points into `bytes`, which must then
/// outlive the module (tico-translate keeps the mapped file open).
OwningOpRef<ModuleOp> importFromCircle(llvm::StringRef bytes,
                                       MLIRContext *context, Location loc,
                                       size_t referenceThreshold = SIZE_MAX);

} // namespace mlir::tico::circle

#endif // TICO_TARGET_CIRCLE_CIRCLEIMPORT_H
