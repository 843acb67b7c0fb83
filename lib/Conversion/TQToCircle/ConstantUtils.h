//===- ConstantUtils.h - building and permuting circle constants -*- C++ -*-===//
#ifndef TICO_LIB_CONVERSION_TQTOCIRCLE_CONSTANTUTILS_H
#define TICO_LIB_CONVERSION_TQTOCIRCLE_CONSTANTUTILS_H

#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinAttributes.h"

namespace mlir::tico {

/// A circle.const of int32 values: 1-D, or rank 0 when `scalar`.
Value createI32Constant(OpBuilder &builder, Location loc,
                        ArrayRef<int64_t> values, bool scalar = false);

/// The constant payload behind `value` (circle.const or tq.constant), or
/// null.
ElementsAttr getConstantValue(Value value);

/// `value` transposed by `perm` (result[i...] = value[perm-permuted i...]),
/// for byte-aligned element types; large data is written once into a new
/// heap blob. Null when the attribute kind or element type is not handled.
ElementsAttr transposeElements(ElementsAttr value, ArrayRef<int64_t> perm);

/// The element type of a tensor whose dimensions were permuted by `perm`:
/// per-axis quantized types follow their axis.
Type permuteElementType(Type elementType, ArrayRef<int64_t> perm);

} // namespace mlir::tico

#endif // TICO_LIB_CONVERSION_TQTOCIRCLE_CONSTANTUTILS_H
