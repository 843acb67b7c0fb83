//===- NormalizationKernels.cpp - Softmax, norms and RoPE -----------------===//
//
// Statistics are taken in double over the normalized axis. Softmax
// subtracts the row maximum first. Quantized softmax is TFLite's kernel;
// quantized RMS_NORM and ROPE run on dequantized values.
//
//===----------------------------------------------------------------------===//

#include "QuantizedKernels.h"

#include "tico/Dialect/Circle/IR/CircleOps.h"
#include "tico/Dialect/TQ/IR/TQOps.h"

#include <limits>

namespace mlir::tico::interp {
namespace {

LogicalResult storeFloats(KernelContext &context, ArrayRef<double> values) {
  HostTensor &out = context.result();
  out = HostTensor::fromDoubles(out.getElementType(), out.getShape(), values);
  return success();
}

LogicalResult softmax(KernelContext &context, int64_t axis, double beta) {
  if (hasQuantizedOperand(context))
    return quantizedSoftmax(context, axis, beta);
  if (failed(requireFloat(context)))
    return failure();
  const HostTensor &in = context.operand(0);
  FailureOr<int64_t> a = normalizeAxis(context.op, axis, in.getRank());
  if (failed(a))
    return failure();
  ArrayRef<int64_t> shape = in.getShape();
  auto [outer, len, inner] = splitAtAxis(shape, *a);
  std::vector<double> x = in.toDoubles();
  for (int64_t o = 0; o < outer; ++o)
    for (int64_t k = 0; k < inner; ++k) {
      auto at = [&](int64_t j) -> double & {
        return x[(o * len + j) * inner + k];
      };
      double maxValue = -std::numeric_limits<double>::infinity();
      for (int64_t j = 0; j < len; ++j)
        maxValue = std::max(maxValue, at(j));
      double sum = 0.0;
      for (int64_t j = 0; j < len; ++j) {
        at(j) = std::exp(beta * (at(j) - maxValue));
        sum += at(j);
      }
      for (int64_t j = 0; j < len; ++j)
        at(j) /= sum;
    }
  return storeFloats(context, x);
}

LogicalResult tqSoftmax(KernelContext &context) {
  return softmax(context, getIntAttr(context.op, "axis", -1), 1.0);
}

LogicalResult circleSoftmax(KernelContext &context) {
  return softmax(context, -1, getFloatAttr(context.op, "beta", 1.0));
}

/// y = x / sqrt(mean(x^2, -1) + eps) * scale, scale = w, 1 + w or 1.
LogicalResult rmsNorm(KernelContext &context, const HostTensor *weight,
                      double epsilon, bool addUnitOffset) {
  if (failed(requireFloat(context)))
    return failure();
  const HostTensor &in = context.operand(0);
  if (in.getRank() == 0)
    return context.op->emitOpError("expected an input of rank >= 1");
  int64_t len = in.getShape().back();
  std::vector<double> w(len, 1.0);
  if (weight && !weight->isAbsent()) {
    if (weight->getNumElements() != len)
      return context.op->emitOpError("expected a weight of ")
             << len << " elements, got " << weight->getNumElements();
    w = weight->toDoubles();
    if (addUnitOffset)
      for (double &v : w)
        v += 1.0;
  }
  std::vector<double> x = in.toDoubles();
  for (int64_t r = 0, rows = len ? in.getNumElements() / len : 0; r < rows;
       ++r) {
    double *row = x.data() + r * len;
    double sumSquares = 0.0;
    for (int64_t j = 0; j < len; ++j)
      sumSquares += row[j] * row[j];
    double inv = 1.0 / std::sqrt(sumSquares / len + epsilon);
    for (int64_t j = 0; j < len; ++j)
      row[j] = row[j] * inv * w[j];
  }
  return storeFloats(context, x);
}

LogicalResult tqRmsNorm(KernelContext &context) {
  return rmsNorm(context,
                 context.operands.size() > 1 ? &context.operand(1) : nullptr,
                 getFloatAttr(context.op, "epsilon", 1e-6),
                 getBoolAttr(context.op, "add_unit_offset"));
}

LogicalResult circleRmsNorm(KernelContext &context) {
  return rmsNorm(context, &context.operand(1),
                 getFloatAttr(context.op, "epsilon", 0.0), false);
}

LogicalResult tqLayerNorm(KernelContext &context) {
  if (failed(requireFloat(context)))
    return failure();
  auto op = cast<tq::LayerNormOp>(context.op);
  const HostTensor &in = context.operand(0);
  if (in.getRank() == 0)
    return op.emitOpError("expected an input of rank >= 1");
  int64_t len = in.getShape().back();
  // Operands are [input, weight?, bias?]: find them by value.
  std::vector<double> w(len, 1.0), b(len, 0.0);
  unsigned next = 1;
  if (op.getWeight())
    w = context.operand(next++).toDoubles();
  if (op.getBias())
    b = context.operand(next++).toDoubles();
  if (static_cast<int64_t>(w.size()) != len ||
      static_cast<int64_t>(b.size()) != len)
    return op.emitOpError("expected weight and bias of ") << len << " elements";
  double epsilon = op.getEpsilon().convertToDouble();
  std::vector<double> x = in.toDoubles();
  for (int64_t r = 0, rows = len ? in.getNumElements() / len : 0; r < rows;
       ++r) {
    double *row = x.data() + r * len;
    double mean = 0.0;
    for (int64_t j = 0; j < len; ++j)
      mean += row[j];
    mean /= len;
    double var = 0.0;
    for (int64_t j = 0; j < len; ++j)
      var += (row[j] - mean) * (row[j] - mean);
    var /= len; // biased variance, as torch layer_norm
    double inv = 1.0 / std::sqrt(var + epsilon);
    for (int64_t j = 0; j < len; ++j)
      row[j] = (row[j] - mean) * inv * w[j] + b[j];
  }
  return storeFloats(context, x);
}

/// out = x * cos + rotate(x) * sin; `interleaved` pairs (2j, 2j+1),
/// otherwise the halves (j, j + d/2).
LogicalResult rope(KernelContext &context, const HostTensor &cosT,
                   const HostTensor &sinT, bool interleaved) {
  if (failed(requireFloat(context)))
    return failure();
  const HostTensor &in = context.operand(0);
  if (in.getRank() == 0 || in.getShape().back() % 2)
    return context.op->emitOpError("expected an even last dimension");
  int64_t d = in.getShape().back(), half = d / 2;
  std::vector<double> x = in.toDoubles();
  std::vector<double> c = cosT.toDoubles(), s = sinT.toDoubles();
  std::vector<int64_t> cmap = broadcastIndexMap(cosT.getShape(), in.getShape());
  std::vector<int64_t> smap = broadcastIndexMap(sinT.getShape(), in.getShape());
  std::vector<double> y(x.size());
  for (int64_t base = 0, e = in.getNumElements(); base < e; base += d) {
    for (int64_t j = 0; j < d; ++j) {
      int64_t i = base + j;
      double rotated;
      if (interleaved)
        rotated = (j % 2 == 0) ? -x[i + 1] : x[i - 1];
      else
        rotated = j < half ? -x[i + half] : x[i - half];
      y[i] = x[i] * c[cmap[i]] + rotated * s[smap[i]];
    }
  }
  return storeFloats(context, y);
}

LogicalResult tqRope(KernelContext &context) {
  auto op = cast<tq::RopeOp>(context.op);
  return rope(context, context.operand(1), context.operand(2),
              op.getMode() == tq::RopeMode::interleaved);
}

LogicalResult circleRope(KernelContext &context) {
  auto op = cast<circle::RoPEOp>(context.op);
  // Circle order: (input, sin_table, cos_table).
  return rope(context, context.operand(2), context.operand(1),
              op.getMode() == circle::RoPEMode::GPT_J);
}

/// Quantized RMS_NORM / ROPE run the float kernel on dequantized values.
template <KernelFn floatKernel>
LogicalResult dequantizedOrFloat(KernelContext &context) {
  if (hasQuantizedOperand(context))
    return quantizedViaFloat(context, floatKernel);
  return floatKernel(context);
}

} // namespace

void registerNormalizationKernels(KernelRegistry &registry) {
  // 8-bit quantized softmax is TFLite's float-table kernel.
  registry.add("tq.softmax", tqSoftmax, /*handlesQuantized=*/true);
  registry.add("circle.softmax", circleSoftmax, /*handlesQuantized=*/true);
  registry.add("tq.rms_norm", dequantizedOrFloat<tqRmsNorm>,
               /*handlesQuantized=*/true);
  registry.add("circle.rms_norm", dequantizedOrFloat<circleRmsNorm>,
               /*handlesQuantized=*/true);
  registry.add("tq.layer_norm", tqLayerNorm);
  registry.add("tq.rope", dequantizedOrFloat<tqRope>, /*handlesQuantized=*/true);
  registry.add("circle.rope", dequantizedOrFloat<circleRope>,
               /*handlesQuantized=*/true);
}

} // namespace mlir::tico::interp
