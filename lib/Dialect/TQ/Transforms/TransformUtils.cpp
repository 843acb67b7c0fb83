//===- TransformUtils.cpp - helpers shared by the tq passes ---------------===//

#include "TransformUtils.h"

#include "tico/Dialect/TQ/IR/TQOps.h"

#include "mlir/Interfaces/SideEffectInterfaces.h"

using namespace mlir;
using namespace mlir::tico;

Value tq::createScalarConstant(OpBuilder &builder, Location loc,
                               Type elementType, double value) {
  auto type = RankedTensorType::get({}, elementType);
  Attribute element;
  if (isa<FloatType>(elementType))
    element = builder.getFloatAttr(elementType, value);
  else
    element = builder.getIntegerAttr(elementType, static_cast<int64_t>(value));
  return ConstantOp::create(builder, loc, type,
                            DenseElementsAttr::get(type, element));
}

Value tq::createReshape(OpBuilder &builder, Location loc, Value value,
                        ArrayRef<int64_t> shape) {
  auto type = cast<RankedTensorType>(value.getType());
  if (type.getShape() == shape)
    return value;
  return ReshapeOp::create(builder, loc, type.clone(shape), value);
}

Value tq::createAxisSlice(OpBuilder &builder, Location loc, Value value,
                          int64_t axis, int64_t begin, int64_t end) {
  auto type = cast<RankedTensorType>(value.getType());
  SmallVector<int64_t> start(type.getRank(), 0);
  SmallVector<int64_t> stop(type.getShape());
  SmallVector<int64_t> step(type.getRank(), 1);
  start[axis] = begin;
  stop[axis] = end;
  SmallVector<int64_t> shape(type.getShape());
  shape[axis] = end - begin;
  return SliceOp::create(builder, loc, type.clone(shape), value,
                         builder.getDenseI64ArrayAttr(start),
                         builder.getDenseI64ArrayAttr(stop),
                         builder.getDenseI64ArrayAttr(step));
}

/// `bound` where `x <dir> bound`, else `x`.
static Value selectBound(OpBuilder &builder, Location loc, Value x,
                         double bound, tq::CompareDirection direction) {
  auto type = cast<RankedTensorType>(x.getType());
  Value limit =
      tq::createScalarConstant(builder, loc, type.getElementType(), bound);
  Value beyond = tq::CompareOp::create(
      builder, loc, type.clone(builder.getI1Type()), x, limit,
      tq::CompareDirectionAttr::get(builder.getContext(), direction));
  return tq::WhereOp::create(builder, loc, type, beyond, limit, x);
}

Value tq::createClamp(OpBuilder &builder, Location loc, Value x, double lo,
                      double hi) {
  Value low = selectBound(builder, loc, x, lo, tq::CompareDirection::lt);
  return selectBound(builder, loc, low, hi, tq::CompareDirection::gt);
}

DenseElementsAttr tq::getConstantElements(Value value) {
  auto constant = value.getDefiningOp<ConstantOp>();
  if (!constant)
    return {};
  return dyn_cast<DenseElementsAttr>(constant.getValue());
}

std::optional<double> tq::getScalarConstant(Value value) {
  DenseElementsAttr elements = getConstantElements(value);
  if (!elements || !(elements.isSplat() || elements.getNumElements() == 1))
    return std::nullopt;
  Type type = elements.getElementType();
  if (isa<FloatType>(type))
    return (*elements.value_begin<APFloat>()).convertToDouble();
  if (type.isInteger(1))
    return std::nullopt;
  if (isa<IntegerType>(type))
    return static_cast<double>((*elements.value_begin<APInt>()).getSExtValue());
  return std::nullopt;
}

Value tq::skipShapeOps(Value value) {
  while (Operation *op = value.getDefiningOp()) {
    if (!isa<ReshapeOp, UnsqueezeOp, SqueezeOp, BroadcastOp>(op))
      break;
    value = op->getOperand(0);
  }
  return value;
}

LogicalResult tq::leaveUnchanged(PatternRewriter &rewriter, Operation *op,
                                 bool remarks, const Twine &why) {
  if (remarks)
    op->emitRemark() << "left unchanged: " << why;
  return rewriter.notifyMatchFailure(op, why);
}

void tq::eraseDeadOps(Operation *root) {
  SmallVector<Operation *> ops;
  root->walk([&](Operation *op) {
    if (op != root)
      ops.push_back(op);
  });
  // Users come after their operands, so one reverse sweep erases chains.
  for (Operation *op : llvm::reverse(ops))
    if (isOpTriviallyDead(op))
      op->erase();
}
