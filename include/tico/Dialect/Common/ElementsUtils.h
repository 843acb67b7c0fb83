//===- ElementsUtils.h - rearranging constant data --------------*- C++ -*-===//
//
// Shared by the lowering (weights transposed at compile time) and the circle
// folders (transposes of constants).
//
//===----------------------------------------------------------------------===//
#ifndef TICO_DIALECT_COMMON_ELEMENTSUTILS_H
#define TICO_DIALECT_COMMON_ELEMENTSUTILS_H

#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/Operation.h"

namespace mlir::tico {

/// `value` transposed by `perm` (result dimension i is source dimension
/// perm[i]), for byte-aligned element types; large data is written once
/// into a new heap blob. Null when the attribute kind or element type is not
/// handled (e.g. i1, i4, non-dense attributes).
ElementsAttr transposeElements(ElementsAttr value, ArrayRef<int64_t> perm);

/// `value` with a new shape of the same element count (no data copy for
/// dense attributes; resource blobs are shared). Null when not handled.
ElementsAttr reshapeElements(ElementsAttr value, ArrayRef<int64_t> shape);

/// Rows [begin, begin + count) of dimension 0 of `value` (a contiguous byte
/// range, so no element is touched). Null when not handled.
ElementsAttr sliceLeadingDim(ElementsAttr value, int64_t begin, int64_t count);

/// The element type of a tensor whose dimensions were permuted by `perm`:
/// per-axis quantized types follow their axis.
Type permuteElementType(Type elementType, ArrayRef<int64_t> perm);

/// True for an entry of an additive attention mask that means "masked" in
/// the torch idioms: -inf, the lowest finite value of its type, or anything
/// at or below -1e38 (float32's finfo.min from a wider constant).
bool isMaskedSentinel(const APFloat &value);

/// `dense` with every masked sentinel replaced by `fill` when it is an
/// additive mask (every entry 0 or a sentinel, at least one sentinel);
/// null otherwise.
DenseElementsAttr legalizeAdditiveMask(DenseFPElementsAttr dense, double fill);

/// Checks the fill value a pass option gives for masked positions: it must
/// be negative and above the sentinel range (-1e38), so that it is finite
/// in float32 and not itself taken for "masked" again. Reports an error at
/// `op` naming `option` otherwise.
LogicalResult checkMaskFillValue(Operation *op, StringRef option, double fill);

} // namespace mlir::tico

#endif // TICO_DIALECT_COMMON_ELEMENTSUTILS_H
