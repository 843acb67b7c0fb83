//===- ConstantUtils.cpp - building and permuting circle constants --------===//

#include "ConstantUtils.h"

#include "tico/Dialect/Circle/IR/CircleOps.h"
#include "tico/Dialect/TQ/IR/TQOps.h"

#include "mlir/Dialect/Quant/IR/QuantTypes.h"
#include "mlir/IR/DialectResourceBlobManager.h"

#include <cstring>

using namespace mlir;

Value mlir::tico::createI32Constant(OpBuilder &builder, Location loc,
                                    ArrayRef<int64_t> values, bool scalar) {
  SmallVector<int32_t> narrowed(values.begin(), values.end());
  auto type = scalar ? RankedTensorType::get({}, builder.getI32Type())
                     : RankedTensorType::get({int64_t(values.size())},
                                             builder.getI32Type());
  auto attr = DenseElementsAttr::get(type, ArrayRef<int32_t>(narrowed));
  return circle::ConstOp::create(builder, loc, type, attr);
}

ElementsAttr mlir::tico::getConstantValue(Value value) {
  if (auto op = value.getDefiningOp<circle::ConstOp>())
    return op.getValue();
  if (auto op = value.getDefiningOp<tq::ConstantOp>())
    return op.getValue();
  return {};
}

