//===- TransformUtils.h - helpers shared by the tq passes -------*- C++ -*-===//
//
// Small IR builders (scalar constants, slices, clamps) and matchers (constant
// values, look-through of shape-only ops) used by the multimodal passes.
//
//===----------------------------------------------------------------------===//
#ifndef TICO_LIB_DIALECT_TQ_TRANSFORMS_TRANSFORMUTILS_H
#define TICO_LIB_DIALECT_TQ_TRANSFORMS_TRANSFORMUTILS_H

#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/PatternMatch.h"

#include <optional>

namespace mlir::tico::tq {

/// A rank-0 `tq.constant` of `elementType` (float or integer) holding `value`.
Value createScalarConstant(OpBuilder &builder, Location loc, Type elementType,
                           double value);

/// `value` reshaped to `shape` (returned as is when the shape already matches).
Value createReshape(OpBuilder &builder, Location loc, Value value,
                    ArrayRef<int64_t> shape);

/// `value[begin:end]` along `axis`, every other axis kept whole.
Value createAxisSlice(OpBuilder &builder, Location loc, Value value,
                      int64_t axis, int64_t begin, int64_t end);

/// `min(max(x, lo), hi)` written with tq.compare and tq.where; `lo` and `hi`
/// are scalars of the element type of `x`.
Value createClamp(OpBuilder &builder, Location loc, Value x, double lo,
                  double hi);

/// The elements of a `tq.constant`, when `value` is one with dense data.
DenseElementsAttr getConstantElements(Value value);

/// The single value of a splat (or one-element) tq.constant, as a double.
std::optional<double> getScalarConstant(Value value);

/// Follows reshape, unsqueeze, squeeze and broadcast back to their source.
Value skipShapeOps(Value value);

/// Erases the ops of `root` left without users by a rewrite (trivially dead
/// ops only, so side effects stay).
void eraseDeadOps(Operation *root);

/// Reports why `op` was left unchanged: a remark when `remarks` is set, and
/// always a match-failure note for the rewriter's debug log.
LogicalResult leaveUnchanged(PatternRewriter &rewriter, Operation *op,
                             bool remarks, const Twine &why);

/// A rewrite pattern that can say, with a remark, why it left an op alone.
template <typename OpTy> struct RemarkingPattern : OpRewritePattern<OpTy> {
  RemarkingPattern(MLIRContext *context, bool remarks)
      : OpRewritePattern<OpTy>(context), remarks(remarks) {}

  LogicalResult leave(PatternRewriter &rewriter, Operation *op,
                      const Twine &why) const {
    return leaveUnchanged(rewriter, op, remarks, why);
  }

  bool remarks;
};

} // namespace mlir::tico::tq

#endif // TICO_LIB_DIALECT_TQ_TRANSFORMS_TRANSFORMUTILS_H
