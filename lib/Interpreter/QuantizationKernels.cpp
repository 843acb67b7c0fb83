//===- QuantizationKernels.cpp - quantize, dequantize, fake_quant ---------===//
//
// q = clamp(round(x / scale) + zero_point, qmin, qmax) with round half away
// from zero (TFLite's TfLiteRound). As in TFLite, `x / scale` is computed in
// single precision for f32/f16/bf16 inputs (double for f64).
// Dequantization is scale * (q - zero_point), computed in double and rounded
// to the result type. Per-axis types use the scale and zero point of each
// slice along the quantized dimension. Requantization (a quantized input)
// is TFLite's fixed-point Requantize (QuantizedKernels.cpp).
//
//===----------------------------------------------------------------------===//

#include "QuantizedKernels.h"

#include "mlir/Dialect/Quant/IR/QuantTypes.h"

#include <cstring>

namespace mlir::tico::interp {

/// The quantized integer for `x`; `singlePrecision` divides in float like
/// TFLite's f32 kernels.
int64_t quantizeValue(double x, double scale, int64_t zeroPoint, int64_t qmin,
                      int64_t qmax, bool singlePrecision) {
  double scaled = singlePrecision
                      ? static_cast<double>(static_cast<float>(x) /
                                            static_cast<float>(scale))
                      : x / scale;
  double rounded = roundHalfAwayFromZero(scaled);
  if (std::isnan(rounded))
    rounded = 0.0;
  double q = rounded + static_cast<double>(zeroPoint);
  q = std::min(std::max(q, static_cast<double>(qmin)),
               static_cast<double>(qmax));
  return static_cast<int64_t>(q);
}

FailureOr<std::vector<double>> dequantizeValues(Operation *op,
                                                const HostTensor &in) {
  FailureOr<QParams> qp = getQParams(op, in.getElementType(), in.getShape());
  if (failed(qp))
    return failure();
  std::vector<double> values(in.getNumElements());
  for (int64_t i = 0, e = in.getNumElements(); i < e; ++i) {
    int64_t c = qp->channel(in.getShape(), i);
    values[i] = qp->scales[c] *
                static_cast<double>(in.getInt(i) - qp->zeroPoints[c]);
  }
  return values;
}

namespace {

bool isSinglePrecision(Type type) { return !isa<Float64Type>(type); }

LogicalResult quantizeInto(KernelContext &context, const HostTensor &in,
                           ArrayRef<double> values, Type floatType) {
  HostTensor &out = context.result();
  FailureOr<QParams> qp =
      getQParams(context.op, out.getElementType(), out.getShape());
  if (failed(qp))
    return failure();
  bool single = isSinglePrecision(floatType);
  for (int64_t i = 0, e = out.getNumElements(); i < e; ++i) {
    int64_t c = qp->channel(in.getShape(), i);
    out.setInt(i, quantizeValue(values[i], qp->scales[c], qp->zeroPoints[c],
                                qp->qmin, qp->qmax, single));
  }
  return success();
}

LogicalResult quantize(KernelContext &context) {
  const HostTensor &in = context.operand(0);
  if (in.getKind() == ElementKind::Float)
    return quantizeInto(context, in, in.toDoubles(), in.getElementType());
  if (in.getKind() != ElementKind::Quant)
    return context.notSupported("quantizing a non-float input");
  // tq.quantize and circle.quantize of a quantized tensor both requantize
  // with TFLite's fixed-point multiplier, so a lowering is exact.
  return quantizedRequantize(context);
}

LogicalResult dequantize(KernelContext &context) {
  const HostTensor &in = context.operand(0);
  HostTensor &out = context.result();
  if (in.getKind() == ElementKind::Float) { // circle f16 -> f32
    out = HostTensor::fromDoubles(out.getElementType(), out.getShape(),
                                  in.toDoubles());
    return success();
  }
  FailureOr<std::vector<double>> values = dequantizeValues(context.op, in);
  if (failed(values))
    return failure();
  out = HostTensor::fromDoubles(out.getElementType(), out.getShape(), *values);
  return success();
}

LogicalResult fakeQuant(KernelContext &context) {
  Operation *op = context.op;
  const HostTensor &in = context.operand(0);
  HostTensor &out = context.result();
  ArrayRef<double> scales =
      op->getAttrOfType<DenseF64ArrayAttr>("scale").asArrayRef();
  ArrayRef<int64_t> zeroPoints = getI64ArrayAttr(op, "zero_point");
  int64_t qmin = getIntAttr(op, "quant_min");
  int64_t qmax = getIntAttr(op, "quant_max");
  int64_t axis = -1;
  if (op->getAttr("axis")) {
    FailureOr<int64_t> a =
        normalizeAxis(op, getIntAttr(op, "axis"), in.getRank());
    if (failed(a))
      return failure();
    axis = *a;
  }
  int64_t channels = axis < 0 ? 1 : in.getShape()[axis];
  if (static_cast<int64_t>(scales.size()) != channels ||
      static_cast<int64_t>(zeroPoints.size()) != channels)
    return op->emitOpError("expected ")
           << channels << " scales and zero points, got " << scales.size()
           << " and " << zeroPoints.size();
  int64_t inner = axis < 0 ? 1 : getNumElements(in.getShape().drop_front(axis + 1));
  bool single = isSinglePrecision(in.getElementType());
  std::vector<double> values = in.toDoubles();
  for (int64_t i = 0, e = in.getNumElements(); i < e; ++i) {
    int64_t c = axis < 0 ? 0 : (i / inner) % channels;
    int64_t q = quantizeValue(values[i], scales[c], zeroPoints[c], qmin, qmax,
                              single);
    values[i] = static_cast<double>(q - zeroPoints[c]) * scales[c];
  }
  out = HostTensor::fromDoubles(out.getElementType(), out.getShape(), values);
  return success();
}

LogicalResult observe(KernelContext &context) {
  HostTensor &out = context.result();
  std::memcpy(out.getMutableBytes().data(),
              context.operand(0).getBytes().data(), out.getBytes().size());
  return success();
}

} // namespace

void registerQuantizationKernels(KernelRegistry &registry) {
  constexpr bool q = true;
  registry.add("tq.quantize", quantize, q);
  registry.add("tq.dequantize", dequantize, q);
  registry.add("circle.quantize", quantize, q);
  registry.add("circle.dequantize", dequantize, q);
  registry.add("tq.fake_quant", fakeQuant);
  registry.add("tq.observe", observe);
}

} // namespace mlir::tico::interp
