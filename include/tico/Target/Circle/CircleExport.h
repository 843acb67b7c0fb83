//===- CircleExport.h - circle dialect to .circle flatbuffer ----*- C++ -*-===//
#ifndef TICO_TARGET_CIRCLE_CIRCLEEXPORT_H
#define TICO_TARGET_CIRCLE_CIRCLEEXPORT_H

#include "mlir/IR/BuiltinOps.h"
#include "llvm/Support/raw_ostream.h"

#include <string>

namespace mlir::tico::circle {

struct CircleExportOptions {
  /// Write constant data after the flatbuffer (Buffer.offset/size) even when
  /// the model would fit in 2 GiB. Models that do not fit always use it.
  bool useBufferOffset = false;
  /// The function that becomes subgraph 0. Empty: the module attribute
  /// `tico.entry_function`, else a function named `main`, else the first
  /// public function.
  std::string entryFunction;
};

/// Serializes every func.func of `module` (circle dialect ops only) into a
/// Circle model and writes it to `os`. Emits located diagnostics and returns
/// failure when the module cannot be expressed in Circle; nothing is written
/// then.
LogicalResult exportToCircle(ModuleOp module, llvm::raw_ostream &os,
                             const CircleExportOptions &options = {});

} // namespace mlir::tico::circle

#endif // TICO_TARGET_CIRCLE_CIRCLEEXPORT_H
