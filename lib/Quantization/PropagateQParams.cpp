//===- PropagateQParams.cpp - qparams through layout and special ops ------===//

#include "QuantRewrite.h"

#include "tico/Dialect/Common/ElementsUtils.h"
#include "tico/Dialect/TQ/IR/TQOps.h"
#include "tico/Quantization/Passes.h"

#include "mlir/Dialect/Quant/IR/Quant.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

namespace mlir::tico {
#define GEN_PASS_DEF_TQPROPAGATEQPARAMSPASS
#include "tico/Quantization/Passes.h.inc"
} // namespace mlir::tico

using namespace mlir;
using namespace mlir::tico;
using namespace mlir::tico::quantization;

namespace {

Type elementOf(Value value) {
  return cast<ShapedType>(value.getType()).getElementType();
}

/// Gives `result` the element type `element`; users that still expect the
/// float value read it through a new dequantize.
void setQuantizedResult(OpBuilder &builder, Value result, Type element) {
  auto floatType = cast<RankedTensorType>(result.getType());
  result.setType(floatType.clone(element));
  if (result.use_empty())
    return;
  builder.setInsertionPointAfterValue(result);
  Value dequantized = createDequantize(builder, result.getLoc(), result);
  result.replaceAllUsesExcept(dequantized, dequantized.getDefiningOp());
}

/// The qparams of `type`'s representable range re-expressed in `dtype`
/// (the u8 <-> i16 bridges of the reference are instances of this).
quant::UniformQuantizedType bridgeType(quant::UniformQuantizedType type,
                                       QDType dtype) {
  auto [min, max] = getRepresentableRange(type);
  QParam param = computeQParam(dtype, /*symmetric=*/dtype == QDType::Int16,
                               min, max);
  return cast<quant::UniformQuantizedType>(makeQuantizedType(
      type.getExpressedType(), dtype, {param}, std::nullopt));
}

/// The single per-tensor type every user quantizes `value` to, or null.
quant::UniformQuantizedType observedType(Value value) {
  Type type = getUniqueQuantizeType(value);
  if (!type)
    return {};
  return dyn_cast<quant::UniformQuantizedType>(
      cast<ShapedType>(type).getElementType());
}

/// `op`'s result computes in `element`; users keep reading the old type
/// through a requantize.
void retypeBehindRequantize(OpBuilder &builder, Operation *op, Value result,
                            Type element) {
  Type observed = result.getType();
  result.setType(cast<RankedTensorType>(observed).clone(element));
  builder.setInsertionPointAfter(op);
  Value requantized =
      tq::QuantizeOp::create(builder, op->getLoc(), observed, result);
  result.replaceAllUsesExcept(requantized, requantized.getDefiningOp());
}

struct TQPropagateQParamsPass
    : public mlir::tico::impl::TQPropagateQParamsPassBase<TQPropagateQParamsPass> {
  using Base::Base;

  bool failedAny = false;

  void runOnOperation() override {
    func::FuncOp func = getOperation();
    OpBuilder builder(func.getContext());
    SmallVector<Operation *> ops;
    func.walk([&](Operation *op) { ops.push_back(op); });
    for (Operation *op : ops) {
      if (auto concat = dyn_cast<tq::ConcatOp>(op))
        propagateConcat(builder, concat);
      else if (auto where = dyn_cast<tq::WhereOp>(op))
        unifySelectInputs(builder, where);
      else if (isLayoutOp(op))
        propagateLayout(builder, op);
      else if (isa<tq::SoftmaxOp>(op))
        fixOutput(builder, op, FixedOutputKind::Softmax);
      else if (isa<tq::SigmoidOp>(op))
        fixOutput(builder, op, FixedOutputKind::Logistic);
      else if (isa<tq::TanhOp>(op))
        fixOutput(builder, op, FixedOutputKind::Tanh);
    }
    if (failedAny)
      return signalPassFailure();
    cleanupQuantization(func);
    absorbQuantization(func);
    // Float selects between constants or dequantized values (the attention
    // mask merge and its clamps) now that their inputs are quantized.
    RewritePatternSet patterns(func.getContext());
    populateQuantizeSelectPatterns(patterns);
    if (failed(applyPatternsGreedily(func, std::move(patterns))))
      return signalPassFailure();
    ops.clear();
    func.walk([&](Operation *op) { ops.push_back(op); });
    for (Operation *op : ops)
      bridgeDtypes(builder, op);
  }

  /// layout(dequantize(q)) in float -> layout(q) with q's qparams.
  void propagateLayout(OpBuilder &builder, Operation *op) {
    Value source = getDequantizeSource(op->getOperand(0));
    if (!source)
      return;
    Type element = elementOf(source);
    if (auto transpose = dyn_cast<tq::TransposeOp>(op))
      element = permuteElementType(element, transpose.getPerms());
    else if (!isa<quant::UniformQuantizedType>(element))
      return; // a per-axis type does not survive a reshape or a gather
    if (!llvm::all_of(op->getResults(),
                      [](Value r) { return isFloatTensor(r.getType()); }))
      return;
    op->setOperand(0, source);
    for (Value result : op->getResults())
      setQuantizedResult(builder, result, element);
  }

  /// Concat inputs with other qparams than the output are requantized.
  void propagateConcat(OpBuilder &builder, tq::ConcatOp op) {
    if (!isFloatTensor(op.getType()))
      return;
    SmallVector<quant::UniformQuantizedType> inputs;
    for (Value operand : op.getInputs()) {
      Value source = getDequantizeSource(operand);
      auto type = source ? dyn_cast<quant::UniformQuantizedType>(elementOf(source))
                         : quant::UniformQuantizedType();
      if (!type)
        return;
      inputs.push_back(type);
    }
    quant::UniformQuantizedType target = observedType(op.getResult());
    if (!target) {
      if (llvm::all_equal(inputs)) {
        target = inputs.front();
      } else if (llvm::all_of(inputs, [](quant::UniformQuantizedType t) {
                   return getQDType(t) == QDType::Int16;
                 })) {
        // int16: the largest scale covers every input (reference rule).
        target = *llvm::max_element(
            inputs, [](quant::UniformQuantizedType a,
                       quant::UniformQuantizedType b) {
              return a.getScale() < b.getScale();
            });
      } else {
        // The union of the input ranges, in the inputs' common dtype.
        for (quant::UniformQuantizedType t : inputs)
          if (getQDType(t) != getQDType(inputs.front())) {
            op.emitOpError("inputs mix ")
                << inputs.front() << " and " << t
                << " storage and the output has no observed qparams; "
                   "quantize the output (fake_quant) to choose its dtype";
            failedAny = true;
            return;
          }
        double min = 0.0, max = 0.0;
        for (quant::UniformQuantizedType t : inputs) {
          auto [lo, hi] = getRepresentableRange(t);
          min = std::min(min, lo);
          max = std::max(max, hi);
        }
        std::optional<QDType> dtype = getQDType(inputs.front());
        if (!dtype)
          return;
        QParam param = computeQParam(*dtype, *dtype == QDType::Int16, min, max);
        target = cast<quant::UniformQuantizedType>(makeQuantizedType(
            inputs.front().getExpressedType(), *dtype, {param}, std::nullopt));
      }
    }
    for (OpOperand &operand : op->getOpOperands())
      operand.set(requantize(builder, op, getDequantizeSource(operand.get()),
                             target));
    setQuantizedResult(builder, op.getResult(), target);
  }

  /// softmax/sigmoid/tanh: the output takes the fixed qparams of its dtype.
  void fixOutput(OpBuilder &builder, Operation *op, FixedOutputKind kind) {
    Value input = op->getOperand(0);
    Value result = op->getResult(0);
    Value source = getDequantizeSource(input);
    auto inputType = source ? dyn_cast<quant::UniformQuantizedType>(
                                  elementOf(source))
                            : dyn_cast<quant::UniformQuantizedType>(
                                  elementOf(input));
    if (!inputType)
      return;
    // The output dtype: the observed one if any, else the input's.
    quant::UniformQuantizedType resultType =
        dyn_cast<quant::UniformQuantizedType>(elementOf(result));
    if (!resultType && isFloatTensor(result.getType()))
      resultType = observedType(result);
    std::optional<QDType> dtype =
        getQDType(resultType ? resultType : inputType);
    if (!dtype)
      return;
    std::optional<QParam> fixed = getFixedOutputQParam(kind, *dtype);
    if (!fixed)
      return;
    Type fixedType = makeQuantizedType(inputType.getExpressedType(), *dtype,
                                       {*fixed}, std::nullopt);
    if (source) {
      if (!isFloatTensor(result.getType()))
        return;
      op->setOperand(0, source);
      setQuantizedResult(builder, result, fixedType);
      return;
    }
    if (elementOf(result) == fixedType || !resultType)
      return;
    // An observed output type that differs: keep it behind a requantize.
    retypeBehindRequantize(builder, op, result, fixedType);
  }

  /// Mixed precision: Circle kernels want one storage type per op.
  void bridgeDtypes(OpBuilder &builder, Operation *op) {
    if (op->getDialect()->getNamespace() != "tq" ||
        isa<tq::QuantizeOp, tq::DequantizeOp, tq::ConstantOp>(op) ||
        op->getNumResults() == 0)
      return;
    auto resultType = dyn_cast<quant::UniformQuantizedType>(
        elementOf(op->getResult(0)));
    if (!resultType)
      return;
    std::optional<QDType> resultDtype = getQDType(resultType);
    if (!resultDtype)
      return;
    bool computeOp = isa<tq::LinearOp, tq::Conv2DOp, tq::MatmulOp,
                         tq::RmsNormOp, tq::LayerNormOp>(op);
    if (computeOp) {
      // uint8 in, int16 out: compute in the input's dtype, then quantize.
      auto inputType = dyn_cast<quant::UniformQuantizedType>(
          elementOf(op->getOperand(0)));
      std::optional<QDType> inputDtype =
          inputType ? getQDType(inputType) : std::nullopt;
      if (!inputDtype || *inputDtype == *resultDtype)
        return;
      retypeBehindRequantize(builder, op, op->getResult(0),
                             bridgeType(resultType, *inputDtype));
      return;
    }
    for (OpOperand &operand : op->getOpOperands()) {
      Value value = operand.get();
      if (value.getDefiningOp<tq::ConstantOp>())
        continue;
      auto type = dyn_cast<quant::UniformQuantizedType>(elementOf(value));
      if (!type || getQDType(type) == resultDtype)
        continue;
      operand.set(requantize(builder, op, value,
                             bridgeType(type, *resultDtype)));
    }
  }
};

} // namespace
