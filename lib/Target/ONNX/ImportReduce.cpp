//===- ImportReduce.cpp - reductions and scans ----------------------------===//
//
// ReduceMean, ReduceSum, ReduceMax (axes as attribute, or ReduceSum's axes
// input from opset 13), CumSum.
//
//===----------------------------------------------------------------------===//

#include "ImportContext.h"

using namespace mlir;
using namespace mlir::tico;
using namespace mlir::tico::onnx_import;

namespace {

template <typename OpTy>
LogicalResult convertReduce(NodeContext &ctx, SmallVectorImpl<Value> &results) {
  RankedTensorType type = ctx.inputType(0);
  int64_t rank = type.getRank();
  SmallVector<int64_t> axes = ctx.getInts("axes");
  if (ctx.hasInput(1)) {
    FailureOr<SmallVector<int64_t>> a = ctx.requireConstantInts(1, "axes");
    if (failed(a))
      return failure();
    axes = *a;
  }
  bool keepdims = ctx.getInt("keepdims", 1) != 0;
  if (axes.empty()) {
    if (ctx.getInt("noop_with_empty_axes", 0) != 0) {
      results.push_back(ctx.input(0));
      return success();
    }
    for (int64_t r = 0; r < rank; ++r)
      axes.push_back(r);
  }
  for (int64_t &a : axes) {
    FailureOr<int64_t> axis = normalizeAxis(ctx, a, rank);
    if (failed(axis))
      return failure();
    a = *axis;
  }
  llvm::sort(axes);
  axes.erase(std::unique(axes.begin(), axes.end()), axes.end());
  if (axes.empty()) { // rank 0: nothing to reduce
    results.push_back(ctx.input(0));
    return success();
  }
  SmallVector<int64_t> shape;
  for (int64_t r = 0; r < rank; ++r) {
    if (!llvm::is_contained(axes, r))
      shape.push_back(type.getDimSize(r));
    else if (keepdims)
      shape.push_back(1);
  }
  results.push_back(
      ctx.create<OpTy>(type.clone(shape), ctx.input(0), axes, keepdims));
  return success();
}

LogicalResult convertCumSum(NodeContext &ctx,
                            SmallVectorImpl<Value> &results) {
  RankedTensorType type = ctx.inputType(0);
  FailureOr<SmallVector<int64_t>> axisValue =
      ctx.requireConstantInts(1, "axis");
  if (failed(axisValue))
    return failure();
  if (axisValue->size() != 1)
    return ctx.emitError() << "axis must hold one value";
  FailureOr<int64_t> axis =
      normalizeAxis(ctx, axisValue->front(), type.getRank());
  if (failed(axis))
    return failure();
  results.push_back(ctx.create<tq::CumsumOp>(
      type, ctx.input(0), *axis, ctx.getInt("exclusive", 0) != 0,
      ctx.getInt("reverse", 0) != 0));
  return success();
}

} // namespace

void mlir::tico::onnx_import::registerReduceConverters(
    ConverterRegistry &registry) {
  registry.add("ReduceMean", convertReduce<tq::ReduceMeanOp>);
  registry.add("ReduceSum", convertReduce<tq::ReduceSumOp>);
  registry.add("ReduceMax", convertReduce<tq::ReduceMaxOp>);
  registry.add("CumSum", convertCumSum);
}
