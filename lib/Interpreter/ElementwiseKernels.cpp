//===- ElementwiseKernels.cpp - Arithmetic, math, compare, logic, cast ----===//
//
// Binary ops broadcast as in numpy. Floats are computed in double and
// rounded once to the result type; integers are computed in int64 and wrap
// to the result width; division by an integer zero is an error.
//
//===----------------------------------------------------------------------===//

#include "QuantizedKernels.h"

#include "tico/Dialect/Circle/IR/CircleOps.h"
#include "tico/Dialect/TQ/IR/TQOps.h"

#include <cstring>

namespace mlir::tico::interp {
namespace {

//===----------------------------------------------------------------------===//
// Binary arithmetic
//===----------------------------------------------------------------------===//

enum class Arith { Add, Sub, Mul, Div, Pow };

double applyFloat(Arith kind, double a, double b) {
  switch (kind) {
  case Arith::Add:
    return a + b;
  case Arith::Sub:
    return a - b;
  case Arith::Mul:
    return a * b;
  case Arith::Div:
    return a / b;
  case Arith::Pow:
    return std::pow(a, b);
  }
  return 0.0;
}

/// Integer arithmetic in int64 (the store wraps to the result width).
FailureOr<int64_t> applyInt(KernelContext &context, Arith kind, int64_t a,
                            int64_t b) {
  switch (kind) {
  case Arith::Add:
    return static_cast<int64_t>(static_cast<uint64_t>(a) +
                                static_cast<uint64_t>(b));
  case Arith::Sub:
    return static_cast<int64_t>(static_cast<uint64_t>(a) -
                                static_cast<uint64_t>(b));
  case Arith::Mul:
    return static_cast<int64_t>(static_cast<uint64_t>(a) *
                                static_cast<uint64_t>(b));
  case Arith::Div:
    if (b == 0)
      return context.op->emitOpError("integer division by zero");
    if (b == -1)
      return static_cast<int64_t>(0 - static_cast<uint64_t>(a));
    return a / b; // truncation toward zero, as C and TFLite
  case Arith::Pow: {
    if (b < 0)
      return context.op->emitOpError(
                 "expected a non-negative integer exponent, got ")
             << b;
    uint64_t result = 1, base = static_cast<uint64_t>(a);
    for (uint64_t e = static_cast<uint64_t>(b); e; e >>= 1) {
      if (e & 1)
        result *= base;
      base *= base;
    }
    return static_cast<int64_t>(result);
  }
  }
  return 0;
}

template <Arith kind> LogicalResult binaryArith(KernelContext &context) {
  if (hasQuantizedOperand(context)) {
    if constexpr (kind == Arith::Add)
      return quantizedBinary(context, QuantBinary::Add);
    if constexpr (kind == Arith::Sub)
      return quantizedBinary(context, QuantBinary::Sub);
    if constexpr (kind == Arith::Mul)
      return quantizedBinary(context, QuantBinary::Mul);
    if constexpr (kind == Arith::Div)
      return quantizedDiv(context);
    return context.notSupported("quantized " +
                                context.op->getName().getStringRef());
  }
  const HostTensor &lhs = context.operand(0);
  const HostTensor &rhs = context.operand(1);
  HostTensor &out = context.result();
  std::vector<int64_t> lmap = broadcastIndexMap(lhs.getShape(), out.getShape());
  std::vector<int64_t> rmap = broadcastIndexMap(rhs.getShape(), out.getShape());
  int64_t n = out.getNumElements();
  std::vector<double> values(n);
  switch (out.getKind()) {
  case ElementKind::Float: {
    std::vector<double> a = lhs.toDoubles(), b = rhs.toDoubles();
    for (int64_t i = 0; i < n; ++i)
      values[i] = applyFloat(kind, a[lmap[i]], b[rmap[i]]);
    if (failed(applyFusedActivation(context, values)))
      return failure();
    out = HostTensor::fromDoubles(out.getElementType(), out.getShape(), values);
    return success();
  }
  case ElementKind::Signed:
  case ElementKind::Unsigned: {
    std::vector<int64_t> a = lhs.toInts(), b = rhs.toInts();
    std::vector<int64_t> ints(n);
    for (int64_t i = 0; i < n; ++i) {
      FailureOr<int64_t> v = applyInt(context, kind, a[lmap[i]], b[rmap[i]]);
      if (failed(v))
        return failure();
      ints[i] = *v;
    }
    auto act = context.op->getAttrOfType<circle::ActivationFunctionTypeAttr>(
        "fused_activation_function");
    if (act && act.getValue() != circle::ActivationFunctionType::NONE) {
      for (int64_t i = 0; i < n; ++i)
        values[i] = static_cast<double>(ints[i]);
      if (failed(applyFusedActivation(context, values)))
        return failure();
      for (int64_t i = 0; i < n; ++i)
        ints[i] = static_cast<int64_t>(values[i]);
    }
    out = HostTensor::fromInts(out.getElementType(), out.getShape(), ints);
    return success();
  }
  default:
    return context.notSupported("bool " +
                                context.op->getName().getStringRef());
  }
}

//===----------------------------------------------------------------------===//
// Unary math
//===----------------------------------------------------------------------===//

double sigmoid(double x) { return 1.0 / (1.0 + std::exp(-x)); }
double geluErf(double x) { return 0.5 * x * (1.0 + std::erf(x / std::sqrt(2.0))); }
double geluTanh(double x) {
  const double k = std::sqrt(2.0 / M_PI);
  return 0.5 * x * (1.0 + std::tanh(k * (x + 0.044715 * x * x * x)));
}

using UnaryFn = double (*)(double);

LogicalResult unaryFloat(KernelContext &context, UnaryFn fn) {
  if (failed(requireFloat(context)))
    return failure();
  HostTensor &out = context.result();
  std::vector<double> values = context.operand(0).toDoubles();
  for (double &v : values)
    v = fn(v);
  out = HostTensor::fromDoubles(out.getElementType(), out.getShape(), values);
  return success();
}

#define TICO_UNARY_KERNEL(NAME, EXPR)                                          \
  LogicalResult NAME(KernelContext &context) {                                 \
    return unaryFloat(context, [](double x) -> double { return EXPR; });       \
  }

TICO_UNARY_KERNEL(expFloat, std::exp(x))
TICO_UNARY_KERNEL(logKernel, std::log(x))
TICO_UNARY_KERNEL(sqrtKernel, std::sqrt(x))
TICO_UNARY_KERNEL(rsqrtKernel, 1.0 / std::sqrt(x))
TICO_UNARY_KERNEL(tanhFloat, std::tanh(x))
TICO_UNARY_KERNEL(sigmoidFloat, sigmoid(x))
TICO_UNARY_KERNEL(siluFloat, x * sigmoid(x))
TICO_UNARY_KERNEL(cosKernel, std::cos(x))
TICO_UNARY_KERNEL(sinKernel, std::sin(x))
#undef TICO_UNARY_KERNEL

LogicalResult expKernel(KernelContext &context) {
  if (hasQuantizedOperand(context))
    return quantizedExp(context);
  return expFloat(context);
}

/// Quantized 8-bit logistic/tanh use TFLite's lookup table.
LogicalResult tanhKernel(KernelContext &context) {
  if (hasQuantizedOperand(context))
    return quantizedLookupTable(context, QuantLut::Tanh);
  return tanhFloat(context);
}

LogicalResult sigmoidKernel(KernelContext &context) {
  if (hasQuantizedOperand(context))
    return quantizedLookupTable(context, QuantLut::Logistic);
  return sigmoidFloat(context);
}

/// Quantized silu runs as its LOGISTIC x MUL lowering.
LogicalResult siluKernel(KernelContext &context) {
  if (hasQuantizedOperand(context))
    return quantizedSilu(context);
  return siluFloat(context);
}

LogicalResult geluErfFloat(KernelContext &context) {
  return unaryFloat(context, geluErf);
}
LogicalResult geluTanhFloat(KernelContext &context) {
  return unaryFloat(context, geluTanh);
}

/// Quantized: TFLite's 8-bit table, int16 via float (quantizedGelu).
LogicalResult gelu(KernelContext &context, bool approximate) {
  KernelFn floatKernel = approximate ? geluTanhFloat : geluErfFloat;
  if (hasQuantizedOperand(context))
    return quantizedGelu(context, approximate, floatKernel);
  return floatKernel(context);
}

LogicalResult tqGelu(KernelContext &context) {
  return gelu(context, cast<tq::GeluOp>(context.op).getApproximate() ==
                           tq::GeluApproximation::tanh);
}

LogicalResult circleGelu(KernelContext &context) {
  return gelu(context, cast<circle::GeluOp>(context.op).getApproximate());
}

/// neg and relu are defined on floats and integers.
template <bool isNeg> LogicalResult negOrRelu(KernelContext &context) {
  if (hasQuantizedOperand(context)) {
    if constexpr (isNeg)
      return context.notSupported("quantized " +
                                  context.op->getName().getStringRef());
    return quantizedRelu(context);
  }
  const HostTensor &in = context.operand(0);
  HostTensor &out = context.result();
  if (out.getKind() == ElementKind::Float) {
    std::vector<double> values = in.toDoubles();
    for (double &v : values)
      v = isNeg ? -v : std::max(v, 0.0);
    out = HostTensor::fromDoubles(out.getElementType(), out.getShape(), values);
    return success();
  }
  if (out.getKind() != ElementKind::Signed &&
      out.getKind() != ElementKind::Unsigned)
    return context.notSupported("bool " + context.op->getName().getStringRef());
  for (int64_t i = 0, e = out.getNumElements(); i < e; ++i) {
    int64_t v = in.getInt(i);
    out.setInt(i, isNeg ? static_cast<int64_t>(0 - static_cast<uint64_t>(v))
                        : std::max<int64_t>(v, 0));
  }
  return success();
}

//===----------------------------------------------------------------------===//
// Comparison and logic
//===----------------------------------------------------------------------===//

enum class Cmp { Eq, Ne, Lt, Le, Gt, Ge };

template <typename T> bool compare(Cmp kind, T a, T b) {
  switch (kind) {
  case Cmp::Eq:
    return a == b;
  case Cmp::Ne:
    return a != b;
  case Cmp::Lt:
    return a < b;
  case Cmp::Le:
    return a <= b;
  case Cmp::Gt:
    return a > b;
  case Cmp::Ge:
    return a >= b;
  }
  return false;
}

LogicalResult compareKernel(KernelContext &context, Cmp kind) {
  const HostTensor &lhs = context.operand(0);
  const HostTensor &rhs = context.operand(1);
  HostTensor &out = context.result();
  std::vector<int64_t> lmap = broadcastIndexMap(lhs.getShape(), out.getShape());
  std::vector<int64_t> rmap = broadcastIndexMap(rhs.getShape(), out.getShape());
  bool isFloat = lhs.getKind() == ElementKind::Float;
  bool isUnsigned = lhs.getKind() == ElementKind::Unsigned;
  for (int64_t i = 0, e = out.getNumElements(); i < e; ++i) {
    bool r;
    if (isFloat)
      r = compare(kind, lhs.getDouble(lmap[i]), rhs.getDouble(rmap[i]));
    else if (isUnsigned)
      r = compare(kind, static_cast<uint64_t>(lhs.getInt(lmap[i])),
                  static_cast<uint64_t>(rhs.getInt(rmap[i])));
    else
      r = compare(kind, lhs.getInt(lmap[i]), rhs.getInt(rmap[i]));
    out.setInt(i, r);
  }
  return success();
}

LogicalResult tqCompare(KernelContext &context) {
  switch (cast<tq::CompareOp>(context.op).getDirection()) {
  case tq::CompareDirection::eq:
    return compareKernel(context, Cmp::Eq);
  case tq::CompareDirection::ne:
    return compareKernel(context, Cmp::Ne);
  case tq::CompareDirection::lt:
    return compareKernel(context, Cmp::Lt);
  case tq::CompareDirection::le:
    return compareKernel(context, Cmp::Le);
  case tq::CompareDirection::gt:
    return compareKernel(context, Cmp::Gt);
  case tq::CompareDirection::ge:
    return compareKernel(context, Cmp::Ge);
  }
  return failure();
}

template <Cmp kind> LogicalResult circleCompare(KernelContext &context) {
  return compareKernel(context, kind);
}

template <bool isAnd> LogicalResult logicalBinary(KernelContext &context) {
  const HostTensor &lhs = context.operand(0);
  const HostTensor &rhs = context.operand(1);
  HostTensor &out = context.result();
  std::vector<int64_t> lmap = broadcastIndexMap(lhs.getShape(), out.getShape());
  std::vector<int64_t> rmap = broadcastIndexMap(rhs.getShape(), out.getShape());
  for (int64_t i = 0, e = out.getNumElements(); i < e; ++i) {
    bool a = lhs.getInt(lmap[i]) != 0, b = rhs.getInt(rmap[i]) != 0;
    out.setInt(i, isAnd ? (a && b) : (a || b));
  }
  return success();
}

LogicalResult logicalNot(KernelContext &context) {
  const HostTensor &in = context.operand(0);
  HostTensor &out = context.result();
  for (int64_t i = 0, e = out.getNumElements(); i < e; ++i)
    out.setInt(i, in.getInt(i) == 0);
  return success();
}

/// tq.maximum/minimum, circle.maximum/minimum: the larger (smaller) element,
/// copied bit-exactly. Quantized operands compare stored integers, as
/// TFLite's MAXIMUM/MINIMUM kernels do, which needs one quantized type on
/// both operands and the result. Float NaN handling follows TFLite's
/// `a > b ? a : b` (`a < b ? a : b`).
template <bool isMax> LogicalResult minMaxKernel(KernelContext &context) {
  const HostTensor &lhs = context.operand(0);
  const HostTensor &rhs = context.operand(1);
  HostTensor &out = context.result();
  if (failed(checkMovable(context, {0, 1})))
    return failure();
  std::vector<int64_t> lmap = broadcastIndexMap(lhs.getShape(), out.getShape());
  std::vector<int64_t> rmap = broadcastIndexMap(rhs.getShape(), out.getShape());
  bool isFloat = lhs.getKind() == ElementKind::Float;
  bool isUnsigned = lhs.getKind() == ElementKind::Unsigned;
  Cmp kind = isMax ? Cmp::Gt : Cmp::Lt;
  unsigned width = out.getElementByteWidth();
  for (int64_t i = 0, e = out.getNumElements(); i < e; ++i) {
    int64_t l = lmap[i], r = rmap[i];
    bool takeLhs;
    if (isFloat)
      takeLhs = compare(kind, lhs.getDouble(l), rhs.getDouble(r));
    else if (isUnsigned)
      takeLhs = compare(kind, static_cast<uint64_t>(lhs.getInt(l)),
                        static_cast<uint64_t>(rhs.getInt(r)));
    else
      takeLhs = compare(kind, lhs.getInt(l), rhs.getInt(r));
    std::memcpy(out.getElementPtr(i),
                takeLhs ? lhs.getElementPtr(l) : rhs.getElementPtr(r), width);
  }
  return success();
}

/// tq.where / circle.select_v2: condition ? lhs : rhs, all broadcast. Values
/// are copied bit-exactly, so quantized branches work when their types
/// equal the result's.
LogicalResult selectKernel(KernelContext &context) {
  const HostTensor &cond = context.operand(0);
  const HostTensor &lhs = context.operand(1);
  const HostTensor &rhs = context.operand(2);
  HostTensor &out = context.result();
  if (failed(checkMovable(context, {1, 2})))
    return failure();
  std::vector<int64_t> cmap = broadcastIndexMap(cond.getShape(), out.getShape());
  std::vector<int64_t> lmap = broadcastIndexMap(lhs.getShape(), out.getShape());
  std::vector<int64_t> rmap = broadcastIndexMap(rhs.getShape(), out.getShape());
  unsigned width = out.getElementByteWidth();
  for (int64_t i = 0, e = out.getNumElements(); i < e; ++i) {
    const char *src = cond.getInt(cmap[i]) ? lhs.getElementPtr(lmap[i])
                                           : rhs.getElementPtr(rmap[i]);
    std::memcpy(out.getElementPtr(i), src, width);
  }
  return success();
}

//===----------------------------------------------------------------------===//
// Cast and iota
//===----------------------------------------------------------------------===//

/// Float to integer truncates toward zero (NaN gives 0, values beyond int64
/// saturate) and then wraps to the result width; integer to integer wraps;
/// anything to bool is `!= 0`; bool to anything is 0 or 1.
LogicalResult castKernel(KernelContext &context) {
  const HostTensor &in = context.operand(0);
  HostTensor &out = context.result();
  bool fromFloat = in.getKind() == ElementKind::Float;
  bool fromUnsigned = in.getKind() == ElementKind::Unsigned;
  for (int64_t i = 0, e = out.getNumElements(); i < e; ++i) {
    if (out.getKind() == ElementKind::Float || fromFloat || fromUnsigned)
      out.setDouble(i, in.getDouble(i));
    else
      out.setInt(i, in.getInt(i));
  }
  return success();
}

LogicalResult iotaKernel(KernelContext &context) {
  auto op = cast<tq::IotaOp>(context.op);
  double start = op.getStart().convertToDouble();
  double step = op.getStep().convertToDouble();
  HostTensor &out = context.result();
  for (int64_t i = 0, e = out.getNumElements(); i < e; ++i) {
    double value = start + static_cast<double>(i) * step;
    if (out.getKind() == ElementKind::Float)
      out.setDouble(i, value);
    else
      out.setInt(i, static_cast<int64_t>(std::llround(value)));
  }
  return success();
}

} // namespace

void registerElementwiseKernels(KernelRegistry &registry) {
  for (StringRef dialect : {"tq.", "circle."}) {
    std::string d = dialect.str();
    // add/sub/mul/div/exp have TFLite-exact quantized kernels
    // (QuantizedKernels.cpp).
    registry.add(d + "add", binaryArith<Arith::Add>, /*handlesQuantized=*/true);
    registry.add(d + "sub", binaryArith<Arith::Sub>, /*handlesQuantized=*/true);
    registry.add(d + "mul", binaryArith<Arith::Mul>, /*handlesQuantized=*/true);
    registry.add(d + "div", binaryArith<Arith::Div>, /*handlesQuantized=*/true);
    registry.add(d + "pow", binaryArith<Arith::Pow>);
    registry.add(d + "neg", negOrRelu<true>);
    registry.add(d + "relu", negOrRelu<false>, /*handlesQuantized=*/true);
    registry.add(d + "exp", expKernel, /*handlesQuantized=*/true);
    registry.add(d + "log", logKernel);
    registry.add(d + "sqrt", sqrtKernel);
    registry.add(d + "rsqrt", rsqrtKernel);
    registry.add(d + "tanh", tanhKernel, /*handlesQuantized=*/true);
    registry.add(d + "cos", cosKernel);
    registry.add(d + "sin", sinKernel);
    registry.add(d + "maximum", minMaxKernel<true>, /*handlesQuantized=*/true);
    registry.add(d + "minimum", minMaxKernel<false>, /*handlesQuantized=*/true);
    registry.add(d + "logical_and", logicalBinary<true>);
    registry.add(d + "logical_or", logicalBinary<false>);
    registry.add(d + "logical_not", logicalNot);
    registry.add(d + "cast", castKernel);
  }
  registry.add("tq.sigmoid", sigmoidKernel, /*handlesQuantized=*/true);
  registry.add("circle.logistic", sigmoidKernel, /*handlesQuantized=*/true);
  registry.add("tq.silu", siluKernel, /*handlesQuantized=*/true);
  registry.add("tq.gelu", tqGelu, /*handlesQuantized=*/true);
  registry.add("circle.gelu", circleGelu, /*handlesQuantized=*/true);
  registry.add("tq.compare", tqCompare);
  registry.add("circle.equal", circleCompare<Cmp::Eq>);
  registry.add("circle.not_equal", circleCompare<Cmp::Ne>);
  registry.add("circle.less", circleCompare<Cmp::Lt>);
  registry.add("circle.less_equal", circleCompare<Cmp::Le>);
  registry.add("circle.greater", circleCompare<Cmp::Gt>);
  registry.add("circle.greater_equal", circleCompare<Cmp::Ge>);
  registry.add("tq.where", selectKernel, /*handlesQuantized=*/true);
  registry.add("circle.select_v2", selectKernel, /*handlesQuantized=*/true);
  registry.add("tq.iota", iotaKernel);
}

} // namespace mlir::tico::interp
