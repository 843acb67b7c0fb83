//===- ImportNN.cpp - contractions, convolution, pooling, normalization ---===//
//
// MatMul, Gemm, Einsum (two operands, no diagonals, every summed letter in
// both operands), Softmax, Conv and AveragePool (2-D), LayerNormalization
// (statistics outputs and any axis for static shapes).
//
//===----------------------------------------------------------------------===//

#include "ImportContext.h"

using namespace mlir;
using namespace mlir::tico;
using namespace mlir::tico::onnx_import;

namespace {

LogicalResult convertMatMul(NodeContext &ctx,
                            SmallVectorImpl<Value> &results) {
  Value lhs = ctx.input(0), rhs = ctx.input(1);
  RankedTensorType lt = ctx.inputType(0), rt = ctx.inputType(1);
  if (lt.getRank() == 0 || rt.getRank() == 0)
    return ctx.emitError() << "operands must not be scalars";
  if (lt.getElementType() != rt.getElementType() ||
      !isa<FloatType>(lt.getElementType()))
    return ctx.notSupported("MatMul of non-float operands");
  // numpy: a 1-D lhs is a row vector, a 1-D rhs a column vector, and the
  // added dim is removed from the result.
  bool lhsVector = lt.getRank() == 1, rhsVector = rt.getRank() == 1;
  if (lhsVector) {
    lt = RankedTensorType::get({1, lt.getDimSize(0)}, lt.getElementType());
    lhs = ctx.create<tq::UnsqueezeOp>(lt, lhs, ArrayRef<int64_t>{0});
  }
  if (rhsVector) {
    rt = RankedTensorType::get({rt.getDimSize(0), 1}, rt.getElementType());
    rhs = ctx.create<tq::UnsqueezeOp>(rt, rhs, ArrayRef<int64_t>{1});
  }
  FailureOr<SmallVector<int64_t>> batch = broadcastShapes(
      lt.getShape().drop_back(2), rt.getShape().drop_back(2));
  if (failed(batch))
    return ctx.emitError() << "batch dims of " << lt << " and " << rt
                           << " do not broadcast";
  SmallVector<int64_t> shape(*batch);
  shape.push_back(lt.getDimSize(lt.getRank() - 2));
  shape.push_back(rt.getDimSize(rt.getRank() - 1));
  auto type = RankedTensorType::get(shape, lt.getElementType());
  Value result = ctx.create<tq::MatmulOp>(type, lhs, rhs, false, false);
  SmallVector<int64_t> drop;
  if (lhsVector)
    drop.push_back(type.getRank() - 2);
  if (rhsVector)
    drop.push_back(type.getRank() - 1);
  if (!drop.empty()) {
    SmallVector<int64_t> squeezed;
    for (int64_t r = 0; r < type.getRank(); ++r)
      if (!llvm::is_contained(drop, r))
        squeezed.push_back(shape[r]);
    result =
        ctx.create<tq::SqueezeOp>(type.clone(squeezed), result, drop);
  }
  results.push_back(result);
  return success();
}

/// Y = alpha * A' B' + beta * C.
LogicalResult convertGemm(NodeContext &ctx, SmallVectorImpl<Value> &results) {
  RankedTensorType at = ctx.inputType(0), bt = ctx.inputType(1);
  if (!isa<FloatType>(at.getElementType()))
    return ctx.notSupported("Gemm of non-float operands");
  bool transA = ctx.getInt("transA", 0) != 0;
  bool transB = ctx.getInt("transB", 0) != 0;
  double alpha = ctx.getFloat("alpha", 1.0), beta = ctx.getFloat("beta", 1.0);
  Type element = at.getElementType();
  auto type = RankedTensorType::get(
      {at.getDimSize(transA ? 1 : 0), bt.getDimSize(transB ? 0 : 1)}, element);
  Value y = ctx.create<tq::MatmulOp>(type, ctx.input(0), ctx.input(1), transA,
                                     transB);
  if (alpha != 1.0)
    y = ctx.create<tq::MulOp>(type, y, ctx.scalarConstant(element, alpha));
  if (ctx.hasInput(2) && beta != 0.0) {
    Value c = ctx.input(2);
    if (beta != 1.0)
      c = ctx.create<tq::MulOp>(c.getType(), c,
                                ctx.scalarConstant(element, beta));
    FailureOr<SmallVector<int64_t>> shape = broadcastShapes(
        type.getShape(), cast<RankedTensorType>(c.getType()).getShape());
    if (failed(shape))
      return ctx.emitError() << "C does not broadcast to " << type;
    y = ctx.create<tq::AddOp>(type.clone(*shape), y, c);
  }
  results.push_back(y);
  return success();
}

LogicalResult convertSoftmax(NodeContext &ctx,
                             SmallVectorImpl<Value> &results) {
  RankedTensorType type = ctx.inputType(0);
  FailureOr<int64_t> axis =
      normalizeAxis(ctx, ctx.getInt("axis", -1), type.getRank());
  if (failed(axis))
    return failure();
  results.push_back(ctx.create<tq::SoftmaxOp>(type, ctx.input(0), *axis));
  return success();
}

/// Pads of a 2-D window op as [top, left, bottom, right], from `pads` or
/// `auto_pad`.
FailureOr<SmallVector<int64_t>>
getPads2D(NodeContext &ctx, RankedTensorType input, ArrayRef<int64_t> kernel,
          ArrayRef<int64_t> strides, ArrayRef<int64_t> dilations) {
  std::string autoPad = ctx.getString("auto_pad", "NOTSET");
  SmallVector<int64_t> pads = ctx.getInts("pads", {0, 0, 0, 0});
  if (pads.size() != 4)
    return ctx.emitError() << "expected 4 pads, got " << pads.size();
  if (autoPad == "NOTSET")
    return pads;
  if (autoPad == "VALID")
    return SmallVector<int64_t>{0, 0, 0, 0};
  if (autoPad != "SAME_UPPER" && autoPad != "SAME_LOWER")
    return ctx.emitError() << "unknown auto_pad '" << autoPad << "'";
  for (int i = 0; i < 2; ++i) {
    int64_t in = input.getDimSize(2 + i);
    if (ShapedType::isDynamic(in))
      return ctx.notSupported("auto_pad on a dynamic spatial dim");
    int64_t out = llvm::divideCeil(in, strides[i]);
    int64_t total = std::max<int64_t>(
        0, (out - 1) * strides[i] + (kernel[i] - 1) * dilations[i] + 1 - in);
    int64_t small = total / 2, large = total - small;
    pads[i] = autoPad == "SAME_UPPER" ? small : large;
    pads[i + 2] = autoPad == "SAME_UPPER" ? large : small;
  }
  return pads;
}

int64_t windowOut(int64_t in, int64_t padBegin, int64_t padEnd, int64_t kernel,
                  int64_t stride, int64_t dilation) {
  if (ShapedType::isDynamic(in))
    return ShapedType::kDynamic;
  return (in + padBegin + padEnd - dilation * (kernel - 1) - 1) / stride + 1;
}

LogicalResult convertConv(NodeContext &ctx, SmallVectorImpl<Value> &results) {
  RankedTensorType xt = ctx.inputType(0), wt = ctx.inputType(1);
  if (xt.getRank() != 4)
    return ctx.notSupported("Conv of rank " + Twine(xt.getRank()) +
                            " (only 2-D, NCHW)");
  if (!wt.hasStaticShape())
    return ctx.notSupported("Conv with a dynamic weight shape");
  SmallVector<int64_t> kernel{wt.getDimSize(2), wt.getDimSize(3)};
  SmallVector<int64_t> strides = ctx.getInts("strides", {1, 1});
  SmallVector<int64_t> dilations = ctx.getInts("dilations", {1, 1});
  int64_t group = ctx.getInt("group", 1);
  FailureOr<SmallVector<int64_t>> pads =
      getPads2D(ctx, xt, kernel, strides, dilations);
  if (failed(pads))
    return failure();
  SmallVector<int64_t> shape{xt.getDimSize(0), wt.getDimSize(0)};
  for (int i = 0; i < 2; ++i)
    shape.push_back(windowOut(xt.getDimSize(2 + i), (*pads)[i],
                              (*pads)[i + 2], kernel[i], strides[i],
                              dilations[i]));
  Value bias = ctx.hasInput(2) ? ctx.input(2) : Value();
  results.push_back(ctx.create<tq::Conv2DOp>(xt.clone(shape), ctx.input(0),
                                             ctx.input(1), bias, strides,
                                             *pads, dilations, group));
  return success();
}

LogicalResult convertAveragePool(NodeContext &ctx,
                                 SmallVectorImpl<Value> &results) {
  RankedTensorType xt = ctx.inputType(0);
  if (xt.getRank() != 4)
    return ctx.notSupported("AveragePool of rank " + Twine(xt.getRank()) +
                            " (only 2-D, NCHW)");
  if (ctx.getInt("ceil_mode", 0) != 0)
    return ctx.notSupported("ceil_mode = 1");
  SmallVector<int64_t> kernel = ctx.getInts("kernel_shape");
  if (kernel.size() != 2)
    return ctx.emitError() << "expected a 2-D kernel_shape";
  SmallVector<int64_t> strides = ctx.getInts("strides", {1, 1});
  SmallVector<int64_t> ones{1, 1};
  FailureOr<SmallVector<int64_t>> pads =
      getPads2D(ctx, xt, kernel, strides, ones);
  if (failed(pads))
    return failure();
  for (int i = 0; i < 4; ++i)
    if (2 * (*pads)[i] > kernel[i % 2])
      return ctx.notSupported("padding larger than half the kernel");
  SmallVector<int64_t> shape{xt.getDimSize(0), xt.getDimSize(1)};
  for (int i = 0; i < 2; ++i)
    shape.push_back(windowOut(xt.getDimSize(2 + i), (*pads)[i],
                              (*pads)[i + 2], kernel[i], strides[i], 1));
  results.push_back(ctx.create<tq::AvgPool2DOp>(
      xt.clone(shape), ctx.input(0), kernel, strides, *pads,
      ctx.getInt("count_include_pad", 0) != 0));
  return success();
}

/// Over the last axis with no statistics outputs this is one
/// tq.layer_norm. Otherwise (static shapes) x is viewed as [outer, inner]
/// with inner = prod(shape[axis:]), normalized over its last dim, and the
/// Mean / InvStdDev outputs are computed from the same view.
LogicalResult convertLayerNorm(NodeContext &ctx,
                               SmallVectorImpl<Value> &results) {
  RankedTensorType xt = ctx.inputType(0);
  int64_t rank = xt.getRank();
  FailureOr<int64_t> axis =
      normalizeAxis(ctx, ctx.getInt("axis", -1), rank);
  if (failed(axis))
    return failure();
  if (ctx.getInt("stash_type", 1) != 1)
    return ctx.notSupported("stash_type other than float");
  bool wantStats = false;
  for (unsigned i = 1; i < ctx.getNumOutputs(); ++i)
    wantStats |= !ctx.getNode().outputs[i].empty();
  bool direct = *axis == rank - 1 && !wantStats;
  if (!direct && !xt.hasStaticShape())
    return ctx.notSupported("a dynamic shape with axis != -1 or the Mean and "
                            "InvStdDev outputs");
  int64_t outer = 1, inner = 1;
  for (int64_t r = 0; r < rank; ++r)
    (r < *axis ? outer : inner) *= xt.getDimSize(r);
  Type element = xt.getElementType();
  // tq.layer_norm takes 1-D weight and bias.
  auto toVector = [&](unsigned i) -> FailureOr<Value> {
    if (!ctx.hasInput(i))
      return Value();
    Value v = ctx.input(i);
    auto t = cast<RankedTensorType>(v.getType());
    if (t.getRank() == 1)
      return v;
    if (!t.hasStaticShape() || t.getNumElements() != inner)
      return ctx.notSupported("a scale or bias that does not cover the "
                              "normalized dims");
    return ctx.create<tq::ReshapeOp>(t.clone({inner}), v).getResult();
  };
  FailureOr<Value> weight = toVector(1), bias = toVector(2);
  if (failed(weight) || failed(bias))
    return failure();
  double epsilon = ctx.getFloat("epsilon", 1e-5);
  FloatAttr epsAttr = ctx.getBuilder().getF64FloatAttr(epsilon);
  if (direct) {
    results.push_back(ctx.create<tq::LayerNormOp>(xt, ctx.input(0), *weight,
                                                  *bias, epsAttr));
    return success();
  }
  auto flat = RankedTensorType::get({outer, inner}, element);
  Value x2 = ctx.create<tq::ReshapeOp>(flat, ctx.input(0));
  Value y2 = ctx.create<tq::LayerNormOp>(flat, x2, *weight, *bias, epsAttr);
  results.push_back(ctx.create<tq::ReshapeOp>(xt, y2));
  if (!wantStats)
    return success();
  SmallVector<int64_t> statShape(xt.getShape().take_front(*axis));
  statShape.append(rank - *axis, 1);
  auto column = RankedTensorType::get({outer, 1}, element);
  auto statType = RankedTensorType::get(statShape, element);
  SmallVector<int64_t> lastAxis{1};
  Value mean = ctx.create<tq::ReduceMeanOp>(column, x2, lastAxis, true);
  Value centered = ctx.create<tq::SubOp>(flat, x2, mean);
  Value square = ctx.create<tq::MulOp>(flat, centered, centered);
  Value var = ctx.create<tq::ReduceMeanOp>(column, square, lastAxis, true);
  Value inv = ctx.create<tq::RsqrtOp>(
      column, ctx.create<tq::AddOp>(column, var,
                                    ctx.scalarConstant(element, epsilon)));
  results.push_back(ctx.create<tq::ReshapeOp>(statType, mean));
  results.push_back(ctx.create<tq::ReshapeOp>(statType, inv));
  return success();
}

} // namespace

void mlir::tico::onnx_import::registerNNConverters(
    ConverterRegistry &registry) {
  registry.add("MatMul", convertMatMul);
  registry.add("Gemm", convertGemm);
  registry.add("Softmax", convertSoftmax);
  registry.add("Conv", convertConv);
  registry.add("AveragePool", convertAveragePool);
  registry.add("LayerNormalization", convertLayerNorm);
}
