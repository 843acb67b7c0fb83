//===- ImportExtra.cpp - ops the exported VLMs use beyond issue 7's list --===//
//
// Clip (torch clamp), Min and Max. tq has no min/max op, so each becomes
// compare + where; floats keep numpy's NaN propagation.
//
//===----------------------------------------------------------------------===//

#include "ImportContext.h"

using namespace mlir;
using namespace mlir::tico;
using namespace mlir::tico::onnx_import;

namespace {

/// `bound` where `x <direction> bound` holds, else `x` (type of `x`).
Value selectBound(NodeContext &ctx, Value x, Value bound,
                  tq::CompareDirection direction) {
  auto type = cast<RankedTensorType>(x.getType());
  Value beyond = ctx.create<tq::CompareOp>(
      type.clone(ctx.getBuilder().getI1Type()), x, bound, direction);
  return ctx.create<tq::WhereOp>(type, beyond, bound, x);
}

/// Clip(x, min?, max?): where(x < min, min, x), then the same with max, so
/// min > max gives max everywhere (the ONNX rule) and NaN stays NaN.
LogicalResult convertClip(NodeContext &ctx, SmallVectorImpl<Value> &results) {
  Value x = ctx.input(0);
  Type element = ctx.inputType(0).getElementType();
  for (unsigned i : {1u, 2u}) {
    if (!ctx.hasInput(i))
      continue;
    RankedTensorType boundType = ctx.inputType(i);
    if (!boundType.hasStaticShape() || boundType.getNumElements() != 1 ||
        boundType.getElementType() != element)
      return ctx.emitError()
             << "expected a one-element " << element
             << (i == 1 ? " min" : " max") << ", got " << boundType;
    x = selectBound(ctx, x, ctx.input(i),
                    i == 1 ? tq::CompareDirection::lt
                           : tq::CompareDirection::gt);
  }
  results.push_back(x);
  return success();
}

/// Min/Max of any number of inputs with numpy broadcasting: pairwise
/// `where(b <direction> a, b, a)`, and for floats `where(b != b, b, ...)` so
/// a NaN in either operand wins (as np.minimum/np.maximum).
template <tq::CompareDirection direction>
LogicalResult convertMinMax(NodeContext &ctx, SmallVectorImpl<Value> &results) {
  Value acc = ctx.input(0);
  Type element = ctx.inputType(0).getElementType();
  Type i1 = ctx.getBuilder().getI1Type();
  for (unsigned i = 1; i < ctx.getNumInputs(); ++i) {
    Value b = ctx.input(i);
    auto accType = cast<RankedTensorType>(acc.getType());
    RankedTensorType bType = ctx.inputType(i);
    if (bType.getElementType() != element)
      return ctx.emitError() << "expected inputs of one element type, got "
                             << element << " and " << bType.getElementType();
    FailureOr<SmallVector<int64_t>> shape =
        broadcastShapes(accType.getShape(), bType.getShape());
    if (failed(shape))
      return ctx.emitError() << "operand shapes " << accType << " and " << bType
                             << " do not broadcast";
    auto type = RankedTensorType::get(*shape, element);
    Value wins = ctx.create<tq::CompareOp>(type.clone(i1), b, acc, direction);
    acc = ctx.create<tq::WhereOp>(type, wins, b, acc);
    if (isa<FloatType>(element)) {
      Value isNan = ctx.create<tq::CompareOp>(bType.clone(i1), b, b,
                                              tq::CompareDirection::ne);
      acc = ctx.create<tq::WhereOp>(type, isNan, b, acc);
    }
  }
  results.push_back(acc);
  return success();
}

} // namespace

void mlir::tico::onnx_import::registerExtraConverters(
    ConverterRegistry &registry) {
  registry.add("Clip", convertClip);
  registry.add("Min", convertMinMax<tq::CompareDirection::lt>);
  registry.add("Max", convertMinMax<tq::CompareDirection::gt>);
}
