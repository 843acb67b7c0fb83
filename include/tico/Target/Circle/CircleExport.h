//===- CircleExport.h - circle dialect to .circle flatbuffer ----*- C++ -*-===//
#ifndef TICO_TARGET_CIRCLE_CIRCLEEXPORT_H
#define TICO_TARGET_CIRCLE_CIRCLEEXPORT_H

#include "mlir/IR/BuiltinOps.h"
#include "llvm/Support/raw_ostream.h"

#include <cstdint>
#include <functional>
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
  /// Told how many bytes of constant data are written so far, of how many
  /// (padding not counted), after each piece of at most
  /// kExportProgressPiece bytes: a multi-GB table is one constant, so a
  /// report per constant would leave long silences. Unset: no reports.
  std::function<void(uint64_t written, uint64_t total)> progress;
};

/// The largest piece of constant data written between two progress reports.
constexpr uint64_t kExportProgressPiece = uint64_t(64) << 20;

/// Serializes every func.func of `module` (circle dialect ops only) into a
/// Circle model and writes it to `os`. Emits located diagnostics and returns
/// failure when the module cannot be expressed in Circle; nothing is written
/// then.
LogicalResult exportToCircle(ModuleOp module, llvm::raw_ostream &os,
                             const CircleExportOptions &options = {});

} // namespace mlir::tico::circle

#endif // TICO_TARGET_CIRCLE_CIRCLEEXPORT_H
