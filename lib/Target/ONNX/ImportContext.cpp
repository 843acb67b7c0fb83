//===- ImportContext.cpp - converter registry and shared helpers ----------===//

#include "ImportContext.h"

using namespace mlir;
using namespace mlir::tico;
using namespace mlir::tico::onnx_import;

const ConverterRegistry &ConverterRegistry::get() {
  static const ConverterRegistry registry = [] {
    ConverterRegistry r;
    registerElementwiseConverters(r);
    registerShapeConverters(r);
    registerNNConverters(r);
    registerReduceConverters(r);
    registerQuantConverters(r);
    registerMaskedScatterConverters(r);
    registerExtraConverters(r);
    return r;
  }();
  return registry;
}

FailureOr<int64_t> mlir::tico::onnx_import::normalizeAxis(NodeContext &ctx,
                                                          int64_t axis,
                                                          int64_t rank) {
  if (axis < -rank || axis >= std::max<int64_t>(rank, 1))
    return ctx.emitError() << "axis " << axis << " is out of range for rank "
                           << rank;
  return axis < 0 ? axis + rank : axis;
}

FailureOr<SmallVector<int64_t>>
mlir::tico::onnx_import::broadcastShapes(ArrayRef<int64_t> a,
                                         ArrayRef<int64_t> b) {
  size_t rank = std::max(a.size(), b.size());
  SmallVector<int64_t> out(rank);
  for (size_t i = 0; i < rank; ++i) {
    int64_t x = i < rank - a.size() ? 1 : a[i - (rank - a.size())];
    int64_t y = i < rank - b.size() ? 1 : b[i - (rank - b.size())];
    if (x == 1)
      out[i] = y;
    else if (y == 1)
      out[i] = x;
    else if (ShapedType::isDynamic(x))
      out[i] = y;
    else if (ShapedType::isDynamic(y) || x == y)
      out[i] = x;
    else
      return failure();
  }
  return out;
}

Value mlir::tico::onnx_import::castTo(NodeContext &ctx, Value value,
                                      Type elementType) {
  auto type = cast<RankedTensorType>(value.getType());
  if (type.getElementType() == elementType)
    return value;
  return ctx.create<tq::CastOp>(type.clone(elementType), value);
}
