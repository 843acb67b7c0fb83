//===- ConstantUtils.h - building and permuting circle constants -*- C++ -*-===//
#ifndef TICO_LIB_CONVERSION_TQTOCIRCLE_CONSTANTUTILS_H
#define TICO_LIB_CONVERSION_TQTOCIRCLE_CONSTANTUTILS_H

#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "tico/Dialect/Common/ElementsUtils.h"

namespace mlir::tico {

/// A circle.const of int32 values: 1-D, or rank 0 when `scalar`.
Value createI32Constant(OpBuilder &builder, Location loc,
                        ArrayRef<int64_t> values, bool scalar = false);

/// The constant payload behind `value` (circle.const or tq.constant), or
/// null.
ElementsAttr getConstantValue(Value value);

} // namespace mlir::tico

#endif // TICO_LIB_CONVERSION_TQTOCIRCLE_CONSTANTUTILS_H
