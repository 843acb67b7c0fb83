//===- QuantizeSelect.cpp - integer selects and clamps --------------------===//
//
// A float tq.where that is only read by quantizes is the last float island
// of a quantized attention-mask merge: `where(valid, 0.0, -120.0)` builds
// the mask, and tq-legalize-masks clamps the sum with
// `where(x < -120, -120, x)` / `where(x > 0, 0, x)`. Both become integer:
//
// - clamp: quantization is monotone, so q(max(x, k)) = max(q(x), q(k)); the
//   clamp is a tq.maximum/minimum of x requantized to the output type and
//   the bound quantized at compile time, or nothing when q(k) is already
//   the output type's saturation value;
// - select: constants are quantized to the output type at compile time,
//   dequantized inputs are read as integers and requantized to it
//   (unifySelectInputs);
// - a bool mask cast to float 0/1 is a select of quantized 1 and 0.
//
//===----------------------------------------------------------------------===//

#include "QuantRewrite.h"

#include "tico/Dialect/TQ/IR/TQOps.h"

#include "mlir/Dialect/Quant/IR/QuantTypes.h"

#include <cmath>

using namespace mlir;
using namespace mlir::tico;
using namespace mlir::tico::quantization;

namespace {

/// The per-tensor quantized type every user of `where` quantizes it to.
RankedTensorType getQuantizedResultType(tq::WhereOp where) {
  auto type = dyn_cast_if_present<RankedTensorType>(
      getUniqueQuantizeType(where.getResult()));
  if (!type || !isa<quant::UniformQuantizedType>(type.getElementType()))
    return {};
  return type;
}

/// The finite float constant data of `value`, or nullopt.
std::optional<SmallVector<double>> getFiniteConstant(Value value) {
  ElementsAttr constant = getFloatConstant(value);
  if (!constant)
    return std::nullopt;
  std::optional<SmallVector<double>> data = readFloatElements(constant);
  if (!data || !llvm::all_of(*data, [](double v) { return std::isfinite(v); }))
    return std::nullopt;
  return data;
}

/// The value of a finite splat float constant.
std::optional<double> getSplatBound(Value value) {
  std::optional<SmallVector<double>> data = getFiniteConstant(value);
  if (!data || data->empty() || !llvm::all_equal(*data))
    return std::nullopt;
  return data->front();
}

void replaceWhere(PatternRewriter &rewriter, tq::WhereOp where,
                  Value replacement) {
  for (Operation *user : llvm::make_early_inc_range(where->getUsers()))
    rewriter.replaceOp(user, replacement);
  rewriter.eraseOp(where);
}

/// quantize(where(compare(dequantize(q), lt|le, k), k, dequantize(q)))
///   -> maximum(requantize(q), quantized k)  (gt|ge: minimum)
struct QuantizeClamp : OpRewritePattern<tq::WhereOp> {
  QuantizeClamp(MLIRContext *context)
      : OpRewritePattern(context, /*benefit=*/2) {}

  LogicalResult matchAndRewrite(tq::WhereOp where,
                                PatternRewriter &rewriter) const override {
    RankedTensorType resultType = getQuantizedResultType(where);
    if (!resultType)
      return rewriter.notifyMatchFailure(where, "not read by one quantize");
    auto compare = where.getCondition().getDefiningOp<tq::CompareOp>();
    if (!compare)
      return rewriter.notifyMatchFailure(where, "condition is no compare");
    bool isMax;
    switch (compare.getDirection()) {
    case tq::CompareDirection::lt:
    case tq::CompareDirection::le:
      isMax = true;
      break;
    case tq::CompareDirection::gt:
    case tq::CompareDirection::ge:
      isMax = false;
      break;
    default:
      return rewriter.notifyMatchFailure(where, "not an order comparison");
    }
    Value x = compare.getLhs();
    Value source = getDequantizeSource(x);
    if (!source || where.getRhs() != x ||
        !isa<quant::UniformQuantizedType>(
            cast<ShapedType>(source.getType()).getElementType()))
      return rewriter.notifyMatchFailure(
          where, "not a select of the compared dequantized value");
    std::optional<double> bound = getSplatBound(compare.getRhs());
    if (!bound || getSplatBound(where.getLhs()) != bound)
      return rewriter.notifyMatchFailure(where,
                                         "not the compared constant bound");
    if (resultType.getShape() !=
        cast<ShapedType>(x.getType()).getShape())
      return rewriter.notifyMatchFailure(where, "the select broadcasts x");

    auto element = cast<quant::UniformQuantizedType>(
        resultType.getElementType());
    Value clamped = requantize(rewriter, where, source, element);
    QRange range{element.getStorageTypeMin(), element.getStorageTypeMax()};
    int64_t q = quantizeValue(
        *bound, {element.getScale(), element.getZeroPoint()}, range);
    // The output type saturates at the bound: the clamp is the quantize.
    if (q != (isMax ? range.qmin : range.qmax)) {
      rewriter.setInsertionPoint(where);
      auto boundType = cast<ShapedType>(compare.getRhs().getType());
      Value constant = createQuantizedConstant(
          rewriter, compare.getRhs().getLoc(), boundType.getShape(),
          SmallVector<double>(boundType.getNumElements(), *bound), element);
      if (isMax)
        clamped = tq::MaximumOp::create(rewriter, where.getLoc(), resultType,
                                        clamped, constant);
      else
        clamped = tq::MinimumOp::create(rewriter, where.getLoc(), resultType,
                                        clamped, constant);
    }
    replaceWhere(rewriter, where, clamped);
    return success();
  }
};

/// quantize(where(c, a, b)) with float constants or dequantized a, b ->
/// where(c, a', b') in the quantize's type.
struct QuantizeSelect : OpRewritePattern<tq::WhereOp> {
  using Base::Base;

  LogicalResult matchAndRewrite(tq::WhereOp where,
                                PatternRewriter &rewriter) const override {
    RankedTensorType resultType = getQuantizedResultType(where);
    if (!resultType)
      return rewriter.notifyMatchFailure(where, "not read by one quantize");
    auto element = cast<quant::UniformQuantizedType>(
        resultType.getElementType());
    // Match both inputs before creating anything.
    SmallVector<Value, 2> floats = {where.getLhs(), where.getRhs()};
    SmallVector<Value, 2> sources;
    SmallVector<std::optional<SmallVector<double>>, 2> constants;
    for (Value input : floats) {
      Value source = getDequantizeSource(input);
      if (source && !isa<quant::UniformQuantizedType>(
                        cast<ShapedType>(source.getType()).getElementType()))
        source = {};
      sources.push_back(source);
      constants.push_back(source ? std::nullopt : getFiniteConstant(input));
      if (!source && !constants.back())
        return rewriter.notifyMatchFailure(
            where, "an input is neither a finite constant nor dequantized");
    }
    SmallVector<Value, 2> inputs;
    rewriter.setInsertionPoint(where);
    for (auto [input, source, data] : llvm::zip(floats, sources, constants))
      inputs.push_back(
          source ? source
                 : createQuantizedConstant(
                       rewriter, input.getLoc(),
                       cast<ShapedType>(input.getType()).getShape(), *data,
                       element));
    auto select = tq::WhereOp::create(rewriter, where.getLoc(), resultType,
                                      where.getCondition(), inputs[0],
                                      inputs[1]);
    unifySelectInputs(rewriter, select);
    replaceWhere(rewriter, where, select);
    return success();
  }
};

/// quantize(cast(b : i1) to float) -> where(b, q(1), q(0)): a boolean mask
/// turned into 0/1 scores (Qwen's `1 - mask` merge) without a float tensor.
struct QuantizeBoolCast : OpRewritePattern<tq::CastOp> {
  using Base::Base;

  LogicalResult matchAndRewrite(tq::CastOp castOp,
                                PatternRewriter &rewriter) const override {
    auto type = dyn_cast_if_present<RankedTensorType>(
        getUniqueQuantizeType(castOp.getResult()));
    auto input = castOp.getInput().getType();
    if (!type || !isa<quant::UniformQuantizedType>(type.getElementType()) ||
        !input.getElementType().isInteger(1))
      return rewriter.notifyMatchFailure(castOp, "not a quantized bool cast");
    auto element = cast<quant::UniformQuantizedType>(type.getElementType());
    Location loc = castOp.getLoc();
    double oneValue = 1.0, zeroValue = 0.0;
    Value one =
        createQuantizedConstant(rewriter, loc, {}, ArrayRef(oneValue), element);
    Value zero = createQuantizedConstant(rewriter, loc, {}, ArrayRef(zeroValue),
                                         element);
    Value select =
        tq::WhereOp::create(rewriter, loc, type, castOp.getInput(), one, zero);
    for (Operation *user : llvm::make_early_inc_range(castOp->getUsers()))
      rewriter.replaceOp(user, select);
    rewriter.eraseOp(castOp);
    return success();
  }
};

} // namespace

void mlir::tico::quantization::populateQuantizeSelectPatterns(
    RewritePatternSet &patterns) {
  patterns.add<QuantizeClamp, QuantizeSelect, QuantizeBoolCast>(
      patterns.getContext());
}
