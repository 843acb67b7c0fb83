//===- ImportElementwise.cpp - elementwise, logic and constant ops --------===//
//
// Constant, Identity, Cast, arithmetic (Add ... Pow, Reciprocal), unary
// math, comparisons, logic and Where; the exact-GELU subgraph becomes
// tq.gelu.
//
//===----------------------------------------------------------------------===//

#include "ImportContext.h"

#include "mlir/IR/Matchers.h"

#include <cmath>

using namespace mlir;
using namespace mlir::tico;
using namespace mlir::tico::onnx_import;

namespace {

/// The broadcast type of `a` and `b` with `element`, or a located error.
FailureOr<RankedTensorType> broadcastType(NodeContext &ctx, Value a, Value b,
                                          Type element) {
  auto ta = cast<RankedTensorType>(a.getType());
  auto tb = cast<RankedTensorType>(b.getType());
  FailureOr<SmallVector<int64_t>> shape =
      broadcastShapes(ta.getShape(), tb.getShape());
  if (failed(shape))
    return ctx.emitError() << "operand shapes " << ta << " and " << tb
                           << " do not broadcast";
  return RankedTensorType::get(*shape, element);
}

template <typename OpTy>
LogicalResult convertBinary(NodeContext &ctx, SmallVectorImpl<Value> &results) {
  Value lhs = ctx.input(0), rhs = ctx.input(1);
  Type element = ctx.inputType(0).getElementType();
  // Pow may take an exponent of another type; tq.pow wants one type.
  rhs = castTo(ctx, rhs, element);
  FailureOr<RankedTensorType> type = broadcastType(ctx, lhs, rhs, element);
  if (failed(type))
    return failure();
  results.push_back(ctx.create<OpTy>(*type, lhs, rhs));
  return success();
}

template <typename OpTy>
LogicalResult convertUnary(NodeContext &ctx, SmallVectorImpl<Value> &results) {
  Value x = ctx.input(0);
  results.push_back(ctx.create<OpTy>(x.getType(), x));
  return success();
}

LogicalResult convertIdentity(NodeContext &ctx,
                              SmallVectorImpl<Value> &results) {
  results.push_back(ctx.input(0));
  return success();
}

LogicalResult convertReciprocal(NodeContext &ctx,
                                SmallVectorImpl<Value> &results) {
  Value x = ctx.input(0);
  Value one = ctx.scalarConstant(ctx.inputType(0).getElementType(), 1.0);
  results.push_back(ctx.create<tq::DivOp>(x.getType(), one, x));
  return success();
}

/// |x| = where(x < 0, -x, x).
LogicalResult convertAbs(NodeContext &ctx, SmallVectorImpl<Value> &results) {
  Value x = ctx.input(0);
  auto type = ctx.inputType(0);
  if (type.getElementType().isUnsignedInteger()) {
    results.push_back(x);
    return success();
  }
  Value zero = ctx.scalarConstant(type.getElementType(), 0.0);
  Value negative = ctx.create<tq::CompareOp>(
      type.clone(ctx.getBuilder().getI1Type()), x, zero,
      tq::CompareDirection::lt);
  Value negated = ctx.create<tq::NegOp>(type, x);
  results.push_back(ctx.create<tq::WhereOp>(type, negative, negated, x));
  return success();
}

/// erf by Abramowitz & Stegun 7.1.26 (|error| <= 1.5e-7):
/// erf(x) = sign(x) * (1 - poly(t) * exp(-x^2)), t = 1 / (1 + p|x|).
/// tq has no erf op; the exact-GELU subgraph is the usual user.
LogicalResult convertErf(NodeContext &ctx, SmallVectorImpl<Value> &results) {
  Value x = ctx.input(0);
  auto type = ctx.inputType(0);
  Type element = type.getElementType();
  auto c = [&](double v) { return ctx.scalarConstant(element, v); };
  auto mul = [&](Value a, Value b) {
    return ctx.create<tq::MulOp>(type, a, b).getResult();
  };
  auto add = [&](Value a, Value b) {
    return ctx.create<tq::AddOp>(type, a, b).getResult();
  };
  SmallVector<Value> absResult;
  if (failed(convertAbs(ctx, absResult)))
    return failure();
  Value ax = absResult.front();
  Value t = ctx.create<tq::DivOp>(type, c(1.0), add(c(1.0), mul(c(0.3275911), ax)));
  const double a[] = {0.254829592, -0.284496736, 1.421413741, -1.453152027,
                      1.061405429};
  Value poly = c(a[4]);
  for (int i = 3; i >= 0; --i)
    poly = add(mul(poly, t), c(a[i]));
  poly = mul(poly, t);
  Value e = ctx.create<tq::ExpOp>(type, ctx.create<tq::NegOp>(type, mul(x, x)));
  Value y = ctx.create<tq::SubOp>(type, c(1.0), mul(poly, e));
  Value negative = ctx.create<tq::CompareOp>(
      type.clone(ctx.getBuilder().getI1Type()), x, c(0.0),
      tq::CompareDirection::lt);
  results.push_back(ctx.create<tq::WhereOp>(
      type, negative, ctx.create<tq::NegOp>(type, y), y));
  return success();
}

/// The single float element of graph value `name` when it is a constant.
std::optional<double> scalarOf(NodeContext &ctx, StringRef name) {
  Value v = ctx.lookupValue(name);
  DenseFPElementsAttr attr;
  if (!v || !matchPattern(v, m_Constant(&attr)) || attr.getNumElements() != 1)
    return std::nullopt;
  return (*attr.value_begin<APFloat>()).convertToDouble();
}

bool near(std::optional<double> value, double expected) {
  return value && std::fabs(*value - expected) <= 1e-4 * std::fabs(expected);
}

/// The exact GELU torch exports (opset <= 17 has no Gelu op):
/// Mul(Mul(x, Add(Erf(Div(x, sqrt 2)), 1)), 0.5), the three factors in any
/// order and grouping, Div(x, sqrt 2) also as Mul(x, 1/sqrt 2). Returns x.
std::optional<std::string> matchGelu(NodeContext &ctx) {
  // The factors of this Mul, one nested Mul expanded.
  SmallVector<std::string> factors;
  for (const std::string &in : ctx.getNode().inputs) {
    const NodeDesc *p = ctx.getProducer(in);
    if (p && p->opType == "Mul" && p->inputs.size() == 2)
      factors.append(p->inputs.begin(), p->inputs.end());
    else
      factors.push_back(in);
  }
  if (factors.size() != 3)
    return std::nullopt;
  for (int half = 0; half < 3; ++half) {
    if (!near(scalarOf(ctx, factors[half]), 0.5))
      continue;
    for (int plus = 0; plus < 3; ++plus) {
      if (plus == half)
        continue;
      const std::string &x = factors[3 - half - plus];
      const NodeDesc *add = ctx.getProducer(factors[plus]);
      if (!add || add->opType != "Add" || add->inputs.size() != 2)
        continue;
      for (int e = 0; e < 2; ++e) {
        const NodeDesc *erf = ctx.getProducer(add->inputs[e]);
        if (!erf || erf->opType != "Erf" || !near(scalarOf(ctx, add->inputs[1 - e]), 1.0))
          continue;
        const NodeDesc *scale = ctx.getProducer(erf->inputs[0]);
        if (!scale || scale->inputs.size() != 2 || scale->inputs[0] != x)
          continue;
        std::optional<double> c = scalarOf(ctx, scale->inputs[1]);
        if ((scale->opType == "Div" && near(c, std::sqrt(2.0))) ||
            (scale->opType == "Mul" && near(c, std::sqrt(0.5))))
          return x;
      }
    }
  }
  return std::nullopt;
}

/// Mul, or tq.gelu when it closes the exact-GELU subgraph (whose other ops,
/// converted already, are then dead and dropped).
LogicalResult convertMul(NodeContext &ctx, SmallVectorImpl<Value> &results) {
  if (std::optional<std::string> x = matchGelu(ctx)) {
    Value input = ctx.lookupValue(*x);
    FailureOr<RankedTensorType> type = broadcastType(
        ctx, ctx.input(0), ctx.input(1), ctx.inputType(0).getElementType());
    if (input && succeeded(type) && *type == input.getType() &&
        isa<FloatType>(type->getElementType())) {
      results.push_back(ctx.create<tq::GeluOp>(*type, input));
      return success();
    }
  }
  return convertBinary<tq::MulOp>(ctx, results);
}

template <tq::CompareDirection direction>
LogicalResult convertCompare(NodeContext &ctx,
                             SmallVectorImpl<Value> &results) {
  Value lhs = ctx.input(0), rhs = ctx.input(1);
  FailureOr<RankedTensorType> type =
      broadcastType(ctx, lhs, rhs, ctx.getBuilder().getI1Type());
  if (failed(type))
    return failure();
  results.push_back(ctx.create<tq::CompareOp>(*type, lhs, rhs, direction));
  return success();
}

LogicalResult convertWhere(NodeContext &ctx, SmallVectorImpl<Value> &results) {
  Value cond = ctx.input(0), lhs = ctx.input(1), rhs = ctx.input(2);
  auto shape = broadcastShapes(ctx.inputType(0).getShape(),
                               ctx.inputType(1).getShape());
  if (succeeded(shape))
    shape = broadcastShapes(*shape, ctx.inputType(2).getShape());
  if (failed(shape))
    return ctx.emitError() << "operand shapes do not broadcast";
  auto type = RankedTensorType::get(*shape, ctx.inputType(1).getElementType());
  results.push_back(ctx.create<tq::WhereOp>(type, cond, lhs, rhs));
  return success();
}

LogicalResult convertCast(NodeContext &ctx, SmallVectorImpl<Value> &results) {
  int64_t to = ctx.getInt("to", 0);
  Type element = getElementTypeForOnnx(ctx.getContext(), int32_t(to));
  if (!element)
    return ctx.notSupported("cast to " + getOnnxTypeName(int32_t(to)));
  results.push_back(castTo(ctx, ctx.input(0), element));
  return success();
}

LogicalResult convertConstant(NodeContext &ctx,
                              SmallVectorImpl<Value> &results) {
  Builder &b = ctx.getBuilder();
  if (const AttrValue *value = ctx.getAttr("value");
      value && value->kind == AttrValue::Tensor) {
    FailureOr<Value> constant = ctx.tensorConstant(*value->tensor);
    if (failed(constant))
      return failure();
    results.push_back(*constant);
    return success();
  }
  if (const AttrValue *a = ctx.getAttr("value_float")) {
    results.push_back(ctx.floatConstant(
        RankedTensorType::get({}, b.getF32Type()), {a->f}));
    return success();
  }
  if (const AttrValue *a = ctx.getAttr("value_floats")) {
    results.push_back(ctx.floatConstant(
        RankedTensorType::get({int64_t(a->floats.size())}, b.getF32Type()),
        a->floats));
    return success();
  }
  if (const AttrValue *a = ctx.getAttr("value_int")) {
    results.push_back(ctx.intConstant(
        RankedTensorType::get({}, b.getIntegerType(64)), {a->i}));
    return success();
  }
  if (const AttrValue *a = ctx.getAttr("value_ints")) {
    results.push_back(ctx.intConstant(
        RankedTensorType::get({int64_t(a->ints.size())}, b.getIntegerType(64)),
        a->ints));
    return success();
  }
  return ctx.notSupported("string and sparse constants");
}

} // namespace

void mlir::tico::onnx_import::registerElementwiseConverters(
    ConverterRegistry &registry) {
  registry.add("Constant", convertConstant);
  registry.add("Identity", convertIdentity);
  registry.add("Cast", convertCast);
  registry.add("Add", convertBinary<tq::AddOp>);
  registry.add("Sub", convertBinary<tq::SubOp>);
  registry.add("Mul", convertMul);
  registry.add("Div", convertBinary<tq::DivOp>);
  registry.add("Pow", convertBinary<tq::PowOp>);
  registry.add("Sqrt", convertUnary<tq::SqrtOp>);
  registry.add("Reciprocal", convertReciprocal);
  registry.add("Neg", convertUnary<tq::NegOp>);
  registry.add("Exp", convertUnary<tq::ExpOp>);
  registry.add("Log", convertUnary<tq::LogOp>);
  registry.add("Tanh", convertUnary<tq::TanhOp>);
  registry.add("Sigmoid", convertUnary<tq::SigmoidOp>);
  registry.add("Erf", convertErf);
  registry.add("Relu", convertUnary<tq::ReluOp>);
  registry.add("Cos", convertUnary<tq::CosOp>);
  registry.add("Sin", convertUnary<tq::SinOp>);
  registry.add("Abs", convertAbs);
  registry.add("Equal", convertCompare<tq::CompareDirection::eq>);
  registry.add("Less", convertCompare<tq::CompareDirection::lt>);
  registry.add("LessOrEqual", convertCompare<tq::CompareDirection::le>);
  registry.add("Greater", convertCompare<tq::CompareDirection::gt>);
  registry.add("GreaterOrEqual", convertCompare<tq::CompareDirection::ge>);
  registry.add("Not", convertUnary<tq::LogicalNotOp>);
  registry.add("And", convertBinary<tq::LogicalAndOp>);
  registry.add("Or", convertBinary<tq::LogicalOrOp>);
  registry.add("Where", convertWhere);
}
