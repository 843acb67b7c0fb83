//===- GQAExpand.h - lowering the repeat_kv expand of GQA -------*- C++ -*-===//
#ifndef TICO_LIB_CONVERSION_TQTOCIRCLE_GQAEXPAND_H
#define TICO_LIB_CONVERSION_TQTOCIRCLE_GQAEXPAND_H

#include "mlir/Dialect/Func/IR/FuncOps.h"

#include <optional>

namespace mlir::tico {

/// How the key/value head repeat of grouped-query attention is lowered.
enum class GQAExpandMode {
  /// Keep the BROADCAST_TO (rank 5 for the usual 4-D attention).
  None,
  /// One STRIDED_SLICE per key/value head and one CONCATENATION: explicit
  /// copies, rank 4, runs everywhere.
  Concat,
  /// No copy: each BATCH_MATMUL reading the repeated heads reads the
  /// key/value heads and its other operand reshaped to
  /// [..., kv_heads, n_rep * M, K]; falls back to Concat when some user is
  /// not such a matmul.
  Broadcast,
};

/// `none`, `concat` or `broadcast`.
std::optional<GQAExpandMode> parseGQAExpandMode(StringRef name);

/// Rewrites, at the tq level and before the conversion, every
/// `reshape(broadcast(x5))` that repeats the heads of `x` (x5 is `x` with a
/// unit dim after the head axis, broadcast to n_rep and merged back into the
/// head axis: torch's `repeat_kv`).
void rewriteGQAExpands(func::FuncOp func, GQAExpandMode mode);

} // namespace mlir::tico

#endif // TICO_LIB_CONVERSION_TQTOCIRCLE_GQAEXPAND_H
