//===- QuantizedKernels.cpp - TFLite-exact integer kernels ----------------===//
//
// Integer kernels for `!quant.uniform` tensors that give the integers of
// TFLite's reference kernels (tensorflow/lite/kernels/internal/reference and
// the Prepare functions that compute the multipliers). Scales are used as
// TFLite stores them (float32); real multipliers are computed in double and
// turned into fixed point with QuantizeMultiplier (FixedPoint.h).
//
//===----------------------------------------------------------------------===//

#include "QuantizedKernels.h"

#include "tico/Dialect/Circle/IR/CircleOps.h"
#include "tico/Quantization/QParams.h"

#include "mlir/Dialect/Quant/IR/QuantTypes.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace mlir::tico::interp {

using namespace fixedpoint;

FailureOr<QParams> getQParams(Operation *op, Type elementType,
                              ArrayRef<int64_t> shape) {
  QParams params;
  auto quantType = dyn_cast<quant::QuantizedType>(elementType);
  if (quantType) {
    params.qmin = quantType.getStorageTypeMin();
    params.qmax = quantType.getStorageTypeMax();
    params.storageBits = quantType.getStorageTypeIntegralWidth();
    params.storageSigned = quantType.isSigned();
  }
  if (auto uniform = dyn_cast<quant::UniformQuantizedType>(elementType)) {
    params.scales.push_back(uniform.getScale());
    params.zeroPoints.push_back(uniform.getZeroPoint());
    return params;
  }
  if (auto perAxis =
          dyn_cast<quant::UniformQuantizedPerAxisType>(elementType)) {
    params.scales.assign(perAxis.getScales().begin(),
                         perAxis.getScales().end());
    params.zeroPoints.assign(perAxis.getZeroPoints().begin(),
                             perAxis.getZeroPoints().end());
    params.axis = perAxis.getQuantizedDimension();
    if (params.axis >= static_cast<int64_t>(shape.size()) ||
        static_cast<int64_t>(params.scales.size()) != shape[params.axis])
      return op->emitOpError("expected ")
             << (params.axis < static_cast<int64_t>(shape.size())
                     ? shape[params.axis]
                     : 0)
             << " per-axis scales, got " << params.scales.size();
    return params;
  }
  return op->emitOpError("not supported yet: quantized type ") << elementType;
}

bool hasQuantizedOperand(const KernelContext &context) {
  for (const HostTensor *operand : context.operands)
    if (!operand->isAbsent() && operand->getKind() == ElementKind::Quant)
      return true;
  for (const HostTensor &result : context.results)
    if (result.getKind() == ElementKind::Quant)
      return true;
  return false;
}

// tensorflow/lite/kernels/kernel_util.cc, CalculateActivationRangeQuantized:
// zero_point + round(f / scale) in float, intersected with the storage range.
FailureOr<std::pair<int32_t, int32_t>>
quantizedActivationRange(KernelContext &context, const QParams &out) {
  int32_t qmin = static_cast<int32_t>(out.qmin);
  int32_t qmax = static_cast<int32_t>(out.qmax);
  auto attr = context.op->getAttrOfType<circle::ActivationFunctionTypeAttr>(
      "fused_activation_function");
  if (!attr || attr.getValue() == circle::ActivationFunctionType::NONE)
    return std::make_pair(qmin, qmax);
  float scale = static_cast<float>(out.scales[0]);
  int32_t zeroPoint = static_cast<int32_t>(out.zeroPoints[0]);
  auto quantize = [&](float f) {
    return zeroPoint + static_cast<int32_t>(std::round(f / scale));
  };
  switch (attr.getValue()) {
  case circle::ActivationFunctionType::RELU:
    return std::make_pair(std::max(qmin, quantize(0.0f)), qmax);
  case circle::ActivationFunctionType::RELU6:
    return std::make_pair(std::max(qmin, quantize(0.0f)),
                          std::min(qmax, quantize(6.0f)));
  case circle::ActivationFunctionType::RELU_N1_TO_1:
    return std::make_pair(std::max(qmin, quantize(-1.0f)),
                          std::min(qmax, quantize(1.0f)));
  default:
    break;
  }
  return context.notSupported("quantized fused activation " +
                              circle::stringifyActivationFunctionType(
                                  attr.getValue()));
}

FailureOr<QParams> getPerTensorQParams(KernelContext &context,
                                       const HostTensor &tensor,
                                       StringRef role) {
  if (tensor.getKind() != ElementKind::Quant)
    return context.notSupported("quantized " +
                                context.op->getName().getStringRef() +
                                " with a non-quantized " + role);
  FailureOr<QParams> params =
      getQParams(context.op, tensor.getElementType(), tensor.getShape());
  if (failed(params))
    return failure();
  if (!params->isPerTensor())
    return context.notSupported("quantized " +
                                context.op->getName().getStringRef() +
                                " with a per-axis " + role);
  return params;
}

namespace {

FailureOr<QParams> perTensor(KernelContext &context, const HostTensor &tensor,
                             StringRef role) {
  return getPerTensorQParams(context, tensor, role);
}

int32_t clampTo(int64_t value, int64_t lo, int64_t hi) {
  return static_cast<int32_t>(std::min(std::max(value, lo), hi));
}

/// Wraps an int64 accumulator to int32 as TFLite's int32 accumulators do.
int32_t wrap32(int64_t value) {
  return static_cast<int32_t>(static_cast<uint32_t>(value));
}

/// The per-tensor parameters of the leading operands (one per role) followed
/// by those of result 0.
FailureOr<SmallVector<QParams, 3>>
perTensorOperands(KernelContext &context, ArrayRef<StringRef> roles) {
  SmallVector<QParams, 3> params;
  for (auto [index, role] : llvm::enumerate(roles)) {
    FailureOr<QParams> p = perTensor(context, context.operand(index), role);
    if (failed(p))
      return failure();
    params.push_back(*p);
  }
  FailureOr<QParams> outQ = perTensor(context, context.result(), "result");
  if (failed(outQ))
    return failure();
  params.push_back(*outQ);
  return params;
}

/// The per-tensor parameters of operand 0 and result 0 of a unary op.
FailureOr<std::pair<QParams, QParams>> unaryPerTensor(KernelContext &context) {
  FailureOr<SmallVector<QParams, 3>> params =
      perTensorOperands(context, {"input"});
  if (failed(params))
    return failure();
  return std::make_pair((*params)[0], (*params)[1]);
}

/// out_zp + MBQM(q - in_zp, QM(s_in / s_out)), clamped to the storage range
/// (from the output zero point up with `fromZeroPoint`).
LogicalResult requantizeElementwise(KernelContext &context,
                                    bool fromZeroPoint) {
  FailureOr<std::pair<QParams, QParams>> params = unaryPerTensor(context);
  if (failed(params))
    return failure();
  const auto &[inQ, outQ] = *params;
  QuantizedMultiplier m = quantizeMultiplier(tfliteScale(inQ.scales[0]) /
                                             tfliteScale(outQ.scales[0]));
  int64_t inZp = inQ.zeroPoints[0], outZp = outQ.zeroPoints[0];
  int64_t lo = fromZeroPoint ? std::max(outQ.qmin, outZp) : outQ.qmin;
  const HostTensor &in = context.operand(0);
  HostTensor &out = context.result();
  for (int64_t i = 0, e = in.getNumElements(); i < e; ++i) {
    int32_t value = wrap32(in.getInt(i) - inZp);
    int64_t q = static_cast<int64_t>(multiplyByQuantizedMultiplier(value, m)) +
                outZp;
    out.setInt(i, clampTo(q, lo, outQ.qmax));
  }
  return success();
}

} // namespace

namespace {

/// The per-tensor parameters of a quantized MEAN/SUM: same 8- or 16-bit
/// storage type in and out, zero points 0 for int16 (reduce.cc
/// PrepareSimple).
FailureOr<std::pair<QParams, QParams>> reductionParams(KernelContext &context) {
  FailureOr<std::pair<QParams, QParams>> params = unaryPerTensor(context);
  if (failed(params))
    return failure();
  const auto &[inQ, outQ] = *params;
  StringRef name = context.op->getName().getStringRef();
  if (inQ.storageBits != outQ.storageBits ||
      inQ.storageSigned != outQ.storageSigned ||
      (inQ.storageBits != 8 && inQ.storageBits != 16))
    return context.notSupported("quantized " + name + " from " +
                                Twine(inQ.storageBits) + "-bit to " +
                                Twine(outQ.storageBits) + "-bit storage");
  if (inQ.storageBits == 16 &&
      (inQ.zeroPoints[0] != 0 || outQ.zeroPoints[0] != 0))
    return context.notSupported("quantized int16 " + name +
                                " with a nonzero zero point (TFLite requires 0)");
  return params;
}

/// reduce.cc ResolveAxisForShape: negative axes wrapped, duplicates dropped,
/// first occurrence order kept.
SmallVector<int64_t, 4> resolveAxes(ArrayRef<int64_t> axes, int64_t rank) {
  SmallVector<int64_t, 4> resolved;
  for (int64_t a : axes) {
    int64_t r = a < 0 ? a + rank : a;
    if (!llvm::is_contained(resolved, r))
      resolved.push_back(r);
  }
  return resolved;
}

// optimized_integer_ops::Mean (int8) and optimized_ops::Mean (uint8), which
// reduce.cc EvalMean<kGenericOptimized> (the builtin MEAN) runs for 8-bit
// 4-D inputs with keep_dims whose resolved axes are {1, 2}: in float,
// t = zp_in * s_in / s_out, bias = zp_out - (int)(t +- 0.5) (half away from
// zero), m = QM(s_in / (H * W * s_out)); then per (batch, channel)
// clamp(MBQM(sum of the raw integers, m) + bias).
void quantizedSpatialMean(const HostTensor &in, HostTensor &out,
                          const QParams &inQ, const QParams &outQ) {
  ArrayRef<int64_t> shape = in.getShape();
  int64_t batches = shape[0], h = shape[1], w = shape[2], depth = shape[3];
  float inScale = static_cast<float>(inQ.scales[0]);
  float outScale = static_cast<float>(outQ.scales[0]);
  float count = static_cast<float>(h * w);
  float t = static_cast<float>(inQ.zeroPoints[0]) * inScale / outScale;
  t = t > 0 ? t + 0.5f : t - 0.5f;
  int32_t bias = static_cast<int32_t>(outQ.zeroPoints[0]) - static_cast<int32_t>(t);
  float realScale = inScale / (count * outScale);
  QuantizedMultiplier m = quantizeMultiplier(static_cast<double>(realScale));
  for (int64_t b = 0; b < batches; ++b)
    for (int64_t d = 0; d < depth; ++d) {
      int32_t acc = 0;
      for (int64_t y = 0; y < h; ++y)
        for (int64_t x = 0; x < w; ++x)
          acc = wrap32(int64_t{acc} + in.getInt(((b * h + y) * w + x) * depth + d));
      int64_t q = int64_t{multiplyByQuantizedMultiplier(acc, m)} + bias;
      out.setInt(b * depth + d, clampTo(q, outQ.qmin, outQ.qmax));
    }
}

} // namespace

// tensorflow/lite/kernels/reduce.cc PrepareMeanOrSum (multiplier
// QM(s_in / s_out); int16 needs zero points 0) and EvalMean: the builtin
// kernel (kGenericOptimized) runs quantizedSpatialMean for int8/uint8 4-D
// inputs reduced over axes {1, 2} with keep_dims, otherwise
// reference_ops::QuantizedMeanOrSum (reference/reduce.h): an int32 sum of
// the raw integers, the multiplier folded with 1/n (shift = min(floor(log2
// n), 32, 31 + s); m' = (m << shift) / n truncated; s' = s - shift), then
// MBQM(sum - zp_in * n, m', s') + zp_out, clamped. No axes copies the raw
// integers.
LogicalResult quantizedMean(KernelContext &context, ArrayRef<int64_t> axes,
                            ArrayRef<int32_t> sums, int64_t count) {
  FailureOr<std::pair<QParams, QParams>> params = reductionParams(context);
  if (failed(params))
    return failure();
  const auto &[inQ, outQ] = *params;
  const HostTensor &in = context.operand(0);
  HostTensor &out = context.result();
  StringRef name = context.op->getName().getStringRef();
  SmallVector<int64_t, 4> resolved = resolveAxes(axes, in.getRank());
  if (inQ.storageBits == 8 && in.getRank() == 4 && out.getRank() == 4 &&
      resolved.size() == 2 && llvm::is_contained(resolved, 1) &&
      llvm::is_contained(resolved, 2) && in.getNumElements() > 0) {
    quantizedSpatialMean(in, out, inQ, outQ);
    return success();
  }
  if (axes.empty()) {
    for (int64_t i = 0, e = in.getNumElements(); i < e; ++i)
      out.setInt(i, in.getInt(i));
    return success();
  }
  if (count == 0) {
    for (int64_t i = 0, e = out.getNumElements(); i < e; ++i)
      out.setInt(i, 0);
    return success();
  }
  QuantizedMultiplier m = quantizeMultiplier(tfliteScale(inQ.scales[0]) /
                                             tfliteScale(outQ.scales[0]));
  int shift = 63 - __builtin_clzll(static_cast<uint64_t>(count));
  shift = std::min(shift, 32);
  shift = std::min(shift, 31 + m.shift);
  if (shift < 0)
    return context.notSupported("quantized " + name +
                                " with an input/output scale ratio below "
                                "2^-31");
  auto multiplier = static_cast<int32_t>(
      (static_cast<int64_t>(m.multiplier) << shift) / count);
  int outShift = m.shift - shift;
  int64_t inZp = inQ.zeroPoints[0], outZp = outQ.zeroPoints[0];
  for (size_t i = 0; i < sums.size(); ++i) {
    int32_t shifted = wrap32(static_cast<int64_t>(sums[i]) - inZp * count);
    int64_t q = static_cast<int64_t>(multiplyByQuantizedMultiplier(
                    shifted, multiplier, outShift)) +
                outZp;
    out.setInt(static_cast<int64_t>(i), clampTo(q, outQ.qmin, outQ.qmax));
  }
  return success();
}

// reduce.cc EvalSum<kGenericOptimized> (the builtin SUM) for uint8, int8
// and int16: optimized_ops::QuantizedMeanOrSum with compute_sum, in float:
// scale = s_in / s_out, bias = -zp_in * scale * n, then
// (int32)round(sum * scale + bias) + zp_out narrowed to the storage type
// WITHOUT saturation (the kernel casts; an out-of-range sum wraps).
LogicalResult quantizedSum(KernelContext &context, ArrayRef<int64_t> axes,
                           ArrayRef<int32_t> sums, int64_t count) {
  FailureOr<std::pair<QParams, QParams>> params = reductionParams(context);
  if (failed(params))
    return failure();
  const auto &[inQ, outQ] = *params;
  HostTensor &out = context.result();
  if (axes.empty())
    return context.notSupported(
        "quantized " + context.op->getName().getStringRef() +
        " without axes (TFLite's kernel reads an axis that is not there)");
  if (count == 0) {
    for (int64_t i = 0, e = out.getNumElements(); i < e; ++i)
      out.setInt(i, 0);
    return success();
  }
  float scale =
      static_cast<float>(inQ.scales[0]) / static_cast<float>(outQ.scales[0]);
  float bias = static_cast<float>(-static_cast<int32_t>(inQ.zeroPoints[0])) *
               scale * static_cast<float>(count);
  auto outZp = static_cast<int32_t>(outQ.zeroPoints[0]);
  unsigned bits = outQ.storageBits;
  for (size_t i = 0; i < sums.size(); ++i) {
    float value = std::round(static_cast<float>(sums[i]) * scale + bias);
    // An out-of-range float -> int32 cast is undefined in C++; x86's
    // cvttss2si, which TFLite's kernel compiles to there, gives INT32_MIN.
    int32_t rounded = std::fabs(value) < 2147483648.0f
                          ? static_cast<int32_t>(value)
                          : std::numeric_limits<int32_t>::min();
    int64_t q = int64_t{rounded} + outZp;
    // static_cast<T>: keep the low `bits` bits, signed or not.
    uint64_t low = static_cast<uint64_t>(q) & ((uint64_t{1} << bits) - 1);
    int64_t narrowed = static_cast<int64_t>(low);
    if (outQ.storageSigned && (low >> (bits - 1)))
      narrowed -= int64_t{1} << bits;
    out.setInt(static_cast<int64_t>(i), narrowed);
  }
  return success();
}

// tensorflow/lite/kernels/quantize.cc (Prepare: effective scale
// input_scale / output_scale) and reference/requantize.h (Requantize).
// TFLite defines no per-axis requantization: quantize.cc Prepare requires a
// single output scale (per-layer affine quantization) and Eval reads only
// the input's per-tensor scale, so a per-axis input or result is an error.
LogicalResult quantizedRequantize(KernelContext &context) {
  StringRef name = context.op->getName().getStringRef();
  const HostTensor &result = context.result();
  for (auto [tensor, role] :
       {std::make_pair(&context.operand(0), StringRef("input")),
        std::make_pair(&result, StringRef("result"))})
    if (isa<quant::UniformQuantizedPerAxisType>(tensor->getElementType()))
      return context.notSupported(
          "quantized " + name + " with a per-axis " + role +
          " (TFLite's QUANTIZE requantizes per-tensor parameters only)");
  return requantizeElementwise(context, /*fromZeroPoint=*/false);
}

// FULLY_CONNECTED, CONV_2D and DEPTHWISE_CONV_2D:
// tensorflow/lite/kernels/fully_connected.cc and conv.cc (Prepare) with
// kernel_util.cc PopulateConvolutionQuantizationParams (per-channel
// multipliers input_scale * filter_scale / output_scale) and
// reference/integer_ops/fully_connected.h (FullyConnected,
// FullyConnectedPerChannel), reference/integer_ops/conv.h and
// depthwise_conv.h (ConvPerChannel, DepthwiseConvPerChannel): acc = sum
// (w - w_zp)(x - x_zp) over in-bounds taps + bias in int32 (int64 for int16
// activations), requantized per output channel, + output_zp, clamped.
// int16 FULLY_CONNECTED requantizes in double (quantizedFullyConnected).
FailureOr<QuantizedWeighted> prepareQuantizedWeighted(KernelContext &context,
                                                      int64_t filterAxis,
                                                      int64_t outChannels) {
  const HostTensor &w = context.operand(1);
  FailureOr<std::pair<QParams, QParams>> io = unaryPerTensor(context);
  if (failed(io))
    return failure();
  const QParams &xQ = io->first, &outQ = io->second;
  StringRef name = context.op->getName().getStringRef();
  if (w.getKind() != ElementKind::Quant)
    return context.notSupported("quantized " + name +
                                " with a non-quantized weight");
  FailureOr<QParams> wQ =
      getQParams(context.op, w.getElementType(), w.getShape());
  if (failed(wQ))
    return failure();
  if (!wQ->isPerTensor() && wQ->axis != filterAxis)
    return context.notSupported("quantized " + name +
                                " with weights quantized along axis " +
                                Twine(wQ->axis));
  const HostTensor *b =
      context.operands.size() > 2 && !context.operand(2).isAbsent()
          ? &context.operand(2)
          : nullptr;
  if (b && b->getKind() != ElementKind::Quant &&
      b->getKind() != ElementKind::Signed)
    return context.notSupported("a float bias with a quantized input");
  if (b && b->getNumElements() != outChannels)
    return context.op->emitOpError("expected a bias of ")
           << outChannels << " elements, got " << b->getNumElements();
  if (xQ.storageBits > 16 || wQ->storageBits > 8 || outQ.storageBits > 16)
    return context.notSupported("quantized " + name + " with " +
                                Twine(xQ.storageBits) + "-bit input, " +
                                Twine(wQ->storageBits) + "-bit weight");
  FailureOr<std::pair<int32_t, int32_t>> range =
      quantizedActivationRange(context, outQ);
  if (failed(range))
    return failure();
  QuantizedWeighted params;
  params.inputZeroPoint = xQ.zeroPoints[0];
  params.outZeroPoint = outQ.zeroPoints[0];
  params.wide = xQ.storageBits > 8;
  params.lo = range->first;
  params.hi = range->second;
  double inScale = tfliteScale(xQ.scales[0]);
  double outScale = tfliteScale(outQ.scales[0]);
  for (int64_t c = 0; c < outChannels; ++c) {
    int64_t k = wQ->isPerTensor() ? 0 : c;
    params.filterZeroPoints.push_back(wQ->zeroPoints[k]);
    double realScale = inScale * tfliteScale(wQ->scales[k]) / outScale;
    params.realScales.push_back(realScale);
    params.multipliers.push_back(quantizeMultiplier(realScale));
  }
  return params;
}

void requantizeWeighted(const QuantizedWeighted &params,
                        ArrayRef<double> acc, HostTensor &out) {
  auto channels = static_cast<int64_t>(params.multipliers.size());
  for (int64_t i = 0, e = out.getNumElements(); i < e; ++i) {
    // The double accumulator holds an exact integer (|acc| < 2^53).
    auto total = static_cast<int64_t>(acc[i]);
    const QuantizedMultiplier &m = params.multipliers[i % channels];
    int64_t scaled;
    if (params.doubleRequant)
      scaled = static_cast<int64_t>(std::clamp(
          std::round(static_cast<double>(total) * params.realScales[i % channels]),
          -0x1p62, 0x1p62));
    else
      scaled = params.wide ? multiplyByQuantizedMultiplier64(total, m)
                           : multiplyByQuantizedMultiplier(wrap32(total), m);
    out.setInt(i, clampTo(scaled + params.outZeroPoint, params.lo, params.hi));
  }
}

LogicalResult quantizedFullyConnected(KernelContext &context) {
  const HostTensor &x = context.operand(0);
  const HostTensor &w = context.operand(1);
  HostTensor &out = context.result();
  if (w.getRank() != 2)
    return context.op->emitOpError("expected a rank-2 weight, got rank ")
           << w.getRank();
  if (auto format =
          context.op->getAttrOfType<circle::FullyConnectedOptionsWeightsFormatAttr>(
              "weights_format");
      format && format.getValue() !=
                    circle::FullyConnectedOptionsWeightsFormat::DEFAULT)
    return context.notSupported("quantized fully connected with weights_format " +
                                circle::stringifyFullyConnectedOptionsWeightsFormat(
                                    format.getValue()));
  int64_t outDim = w.getShape()[0], inDim = w.getShape()[1];
  if (x.getRank() == 0 || x.getNumElements() % inDim != 0)
    return context.op->emitOpError("expected an input with a multiple of ")
           << inDim << " elements";
  int64_t rows = x.getNumElements() / inDim;
  if (rows * outDim != out.getNumElements())
    return context.op->emitOpError("expected ")
           << rows * outDim << " result elements";
  FailureOr<QuantizedWeighted> params =
      prepareQuantizedWeighted(context, /*filterAxis=*/0, outDim);
  if (failed(params))
    return failure();
  std::vector<int64_t> xv = x.toInts(), wv = w.toInts();
  const HostTensor *b =
      context.operands.size() > 2 && !context.operand(2).isAbsent()
          ? &context.operand(2)
          : nullptr;
  // fully_connected.cc (EvalQuantized) sends int16 inputs with a bias (an
  // INT64 tensor in our exports) or a nonzero zero point to the
  // reference_integer_ops FullyConnected(PerChannel) overloads that take
  // the float scales: round(acc * (double)s_in * s_w / s_out), half away
  // from zero. Confirmed against LiteRT by test/Oracle. Without either it
  // takes an optimized path that keeps the fixed-point multipliers.
  bool nonzeroZeroPoint =
      params->inputZeroPoint || params->outZeroPoint ||
      llvm::any_of(params->filterZeroPoints, [](int64_t zp) { return zp; });
  params->doubleRequant = params->wide && (b || nonzeroZeroPoint);
  std::vector<double> acc(rows * outDim);
  for (int64_t r = 0; r < rows; ++r) {
    for (int64_t c = 0; c < outDim; ++c) {
      int64_t wZp = params->filterZeroPoints[c];
      int64_t sum = b ? b->getInt(c) : 0;
      for (int64_t k = 0; k < inDim; ++k)
        sum += (wv[c * inDim + k] - wZp) *
               (xv[r * inDim + k] - params->inputZeroPoint);
      acc[r * outDim + c] = static_cast<double>(sum);
    }
  }
  requantizeWeighted(*params, acc, out);
  return success();
}

// ADD/SUB: tensorflow/lite/kernels/add.cc and sub.cc (PrepareGeneralSubOp):
// left_shift 20 (8-bit) or 15 (int16 general scales), input multipliers
// s_i / (2 max(s1, s2)) (SUB negates the second), output multiplier
// 2 max(s1, s2) / (2^left_shift s_out); reference/integer_ops/add.h
// (AddElementwise) applies them with
// MultiplyByQuantizedMultiplierSmallerThanOneExp.
// MUL: mul.cc (s1 s2 / s_out with QuantizeMultiplier) and
// reference/integer_ops/mul.h (MulElementwise).
LogicalResult quantizedBinary(KernelContext &context, QuantBinary kind) {
  const HostTensor &lhs = context.operand(0);
  const HostTensor &rhs = context.operand(1);
  HostTensor &out = context.result();
  FailureOr<SmallVector<QParams, 3>> params =
      perTensorOperands(context, {"lhs", "rhs"});
  if (failed(params))
    return failure();
  const QParams *aQ = &(*params)[0], *bQ = &(*params)[1],
                *outQ = &(*params)[2];
  if (aQ->storageBits != outQ->storageBits ||
      bQ->storageBits != outQ->storageBits ||
      aQ->storageSigned != outQ->storageSigned ||
      bQ->storageSigned != outQ->storageSigned ||
      (outQ->storageBits != 8 && outQ->storageBits != 16))
    return context.notSupported(
        "quantized " + context.op->getName().getStringRef() +
        " with mixed or non 8/16-bit storage types");
  FailureOr<std::pair<int32_t, int32_t>> range =
      quantizedActivationRange(context, *outQ);
  if (failed(range))
    return failure();
  double s1 = tfliteScale(aQ->scales[0]), s2 = tfliteScale(bQ->scales[0]);
  double so = tfliteScale(outQ->scales[0]);
  int32_t off1 = static_cast<int32_t>(-aQ->zeroPoints[0]);
  int32_t off2 = static_cast<int32_t>(-bQ->zeroPoints[0]);
  int64_t outOff = outQ->zeroPoints[0];
  std::vector<int64_t> lmap = broadcastIndexMap(lhs.getShape(), out.getShape());
  std::vector<int64_t> rmap = broadcastIndexMap(rhs.getShape(), out.getShape());
  std::vector<int64_t> av = lhs.toInts(), bv = rhs.toInts();

  if (kind == QuantBinary::Mul) {
    QuantizedMultiplier m = quantizeMultiplier(s1 * s2 / so);
    for (int64_t i = 0, e = out.getNumElements(); i < e; ++i) {
      int32_t a = static_cast<int32_t>(av[lmap[i]]) + off1;
      int32_t bb = static_cast<int32_t>(bv[rmap[i]]) + off2;
      int64_t q = outOff + multiplyByQuantizedMultiplier(wrap32(int64_t{a} * bb), m);
      out.setInt(i, clampTo(q, range->first, range->second));
    }
    return success();
  }

  if (outQ->storageBits == 16 && getBoolAttr(context.op, "pot_scale_int16")) {
    int e1 = 0, e2 = 0, eo = 0;
    bool pot = std::frexp(s1, &e1) == 0.5 && std::frexp(s2, &e2) == 0.5 &&
               std::frexp(so, &eo) == 0.5;
    if (pot && off1 == 0 && off2 == 0 && outOff == 0)
      return context.notSupported("int16 " +
                                  context.op->getName().getStringRef() +
                                  " with pot_scale_int16 (power-of-two path)");
  }
  int leftShift = outQ->storageBits == 16 ? 15 : 20;
  // TFLite: twice_max_input_scale = 2 * max(float, float).
  double twiceMax = 2.0 * std::max(s1, s2);
  QuantizedMultiplier m1 = quantizeMultiplier(s1 / twiceMax);
  QuantizedMultiplier m2 = quantizeMultiplier(s2 / twiceMax);
  if (kind == QuantBinary::Sub)
    m2.multiplier = -m2.multiplier;
  QuantizedMultiplier mo = quantizeMultiplier(
      twiceMax / (static_cast<double>(int64_t{1} << leftShift) * so));
  if (mo.shift > 0) // TFLite's QuantizeMultiplierSmallerThanOneExp check
    return context.notSupported(
        "quantized " + context.op->getName().getStringRef() +
        " whose output scale is below 2 max(input scales) / 2^" +
        Twine(leftShift));
  for (int64_t i = 0, e = out.getNumElements(); i < e; ++i) {
    int32_t a = wrap32((av[lmap[i]] + off1) * (int64_t{1} << leftShift));
    int32_t bb = wrap32((bv[rmap[i]] + off2) * (int64_t{1} << leftShift));
    int32_t sa = multiplyByQuantizedMultiplierSmallerThanOneExp(
        a, m1.multiplier, m1.shift);
    int32_t sb = multiplyByQuantizedMultiplierSmallerThanOneExp(
        bb, m2.multiplier, m2.shift);
    int64_t q = int64_t{multiplyByQuantizedMultiplierSmallerThanOneExp(
                    wrap32(int64_t{sa} + sb), mo.multiplier, mo.shift)} +
                outOff;
    out.setInt(i, clampTo(q, range->first, range->second));
  }
  return success();
}

// tensorflow/lite/kernels/batch_matmul.cc (Prepare: lhs_scale * rhs_scale /
// output_scale) and reference/batch_matmul.h (BatchMatMul<int8_t, int32_t>,
// <int16_t, int64_t>): acc = sum (lhs - lhs_zp)(rhs - rhs_zp), requantized,
// + output_zp, clamped to the storage range.
FailureOr<QuantizedMatmul> prepareQuantizedMatmul(KernelContext &context) {
  FailureOr<SmallVector<QParams, 3>> all =
      perTensorOperands(context, {"lhs", "rhs"});
  if (failed(all))
    return failure();
  const QParams *lhsQ = &(*all)[0], *rhsQ = &(*all)[1], *outQ = &(*all)[2];
  unsigned bits = outQ->storageBits;
  if ((bits != 8 && bits != 16) || lhsQ->storageBits != bits ||
      rhsQ->storageBits != bits)
    return context.notSupported(
        "quantized " + context.op->getName().getStringRef() +
        " with mixed or non 8/16-bit storage types");
  QuantizedMatmul params;
  params.lhsZeroPoint = lhsQ->zeroPoints[0];
  params.rhsZeroPoint = rhsQ->zeroPoints[0];
  params.outZeroPoint = outQ->zeroPoints[0];
  params.multiplier = quantizeMultiplier(tfliteScale(lhsQ->scales[0]) *
                                         tfliteScale(rhsQ->scales[0]) /
                                         tfliteScale(outQ->scales[0]));
  params.wide = bits == 16;
  params.lo = static_cast<int32_t>(outQ->qmin);
  params.hi = static_cast<int32_t>(outQ->qmax);
  return params;
}

void requantizeMatmul(const QuantizedMatmul &params, ArrayRef<double> acc,
                      HostTensor &out) {
  for (int64_t i = 0, e = out.getNumElements(); i < e; ++i) {
    // The double accumulator holds an exact integer (|acc| < 2^53).
    int64_t total = static_cast<int64_t>(acc[i]);
    int64_t scaled =
        params.wide
            ? multiplyByQuantizedMultiplier64(total, params.multiplier)
            : multiplyByQuantizedMultiplier(wrap32(total), params.multiplier);
    out.setInt(i, clampTo(scaled + params.outZeroPoint, params.lo, params.hi));
  }
}

// tensorflow/lite/kernels/activations.cc (ReluPrepare: input_scale /
// output_scale; QuantizedReluX): out_zp + MBQM(x - in_zp), clamped to
// [max(qmin, out_zp), qmax].
LogicalResult quantizedRelu(KernelContext &context) {
  return requantizeElementwise(context, /*fromZeroPoint=*/true);
}

namespace {

// tensorflow/lite/kernels/internal/common.h sigmoid_table_uint16: sigmoid(i/24)
// in 0.16 fixed point, shared by the int16 LOGISTIC and TANH kernels.
constexpr uint16_t kSigmoidTableUint16[256] = {
    32768, 33451, 34133, 34813, 35493, 36169, 36843, 37513, 38180, 38841, 39498,
    40149, 40794, 41432, 42064, 42688, 43304, 43912, 44511, 45102, 45683, 46255,
    46817, 47369, 47911, 48443, 48964, 49475, 49975, 50464, 50942, 51409, 51865,
    52311, 52745, 53169, 53581, 53983, 54374, 54755, 55125, 55485, 55834, 56174,
    56503, 56823, 57133, 57433, 57724, 58007, 58280, 58544, 58800, 59048, 59288,
    59519, 59743, 59959, 60168, 60370, 60565, 60753, 60935, 61110, 61279, 61441,
    61599, 61750, 61896, 62036, 62172, 62302, 62428, 62549, 62666, 62778, 62886,
    62990, 63090, 63186, 63279, 63368, 63454, 63536, 63615, 63691, 63765, 63835,
    63903, 63968, 64030, 64090, 64148, 64204, 64257, 64308, 64357, 64405, 64450,
    64494, 64536, 64576, 64614, 64652, 64687, 64721, 64754, 64786, 64816, 64845,
    64873, 64900, 64926, 64950, 64974, 64997, 65019, 65039, 65060, 65079, 65097,
    65115, 65132, 65149, 65164, 65179, 65194, 65208, 65221, 65234, 65246, 65258,
    65269, 65280, 65291, 65301, 65310, 65319, 65328, 65337, 65345, 65352, 65360,
    65367, 65374, 65381, 65387, 65393, 65399, 65404, 65410, 65415, 65420, 65425,
    65429, 65433, 65438, 65442, 65445, 65449, 65453, 65456, 65459, 65462, 65465,
    65468, 65471, 65474, 65476, 65479, 65481, 65483, 65485, 65488, 65489, 65491,
    65493, 65495, 65497, 65498, 65500, 65501, 65503, 65504, 65505, 65507, 65508,
    65509, 65510, 65511, 65512, 65513, 65514, 65515, 65516, 65517, 65517, 65518,
    65519, 65520, 65520, 65521, 65522, 65522, 65523, 65523, 65524, 65524, 65525,
    65525, 65526, 65526, 65526, 65527, 65527, 65528, 65528, 65528, 65529, 65529,
    65529, 65529, 65530, 65530, 65530, 65530, 65531, 65531, 65531, 65531, 65531,
    65532, 65532, 65532, 65532, 65532, 65532, 65533, 65533, 65533, 65533, 65533,
    65533, 65533, 65533, 65534, 65534, 65534, 65534, 65534, 65534, 65534, 65534,
    65534, 65534, 65535,
};

// tensorflow/lite/kernels/internal/quantization_util.h CheckedLog2, in float.
bool checkedLog2(float x, int *log2Result) {
  const float xLog2 = std::log(x) * (1.0f / std::log(2.0f));
  const float xLog2Rounded = std::round(xLog2);
  *log2Result = static_cast<int>(xLog2Rounded);
  return std::abs(xLog2 - xLog2Rounded) < 1e-3f;
}

// int16 LOGISTIC / TANH: activations.cc SigmoidPrepare / TanhPrepare for
// kTfLiteInt16 and the Eval branch taken when input_multiplier > 0, i.e.
// reference_integer_ops::Logistic(int16) (integer_ops/logistic.h) and
// reference_integer_ops::Tanh(int16) (integer_ops/tanh.h): the input is
// rescaled to 1/(3*4096) (tanh: twice that) and looked up in
// sigmoid_table_uint16 with linear interpolation. Prepare selects the
// power-of-two path when CheckedLog2(s_in) holds and input_left_shift =
// 12 + log2(s_in) is 0 (tanh: 0 or 1); it leaves input_multiplier 0 and the
// reference kernels then multiply by 3 << input_left_shift with no rounding
// shift. (The builtin kernel's kGenericOptimized Eval runs gemmlowp's
// optimized_ops Logistic/Tanh on that path instead; we give the reference
// kernel's integers.)
LogicalResult quantizedInt16Activation(KernelContext &context, QuantLut kind,
                                       const QParams &inQ,
                                       const QParams &outQ) {
  StringRef name = context.op->getName().getStringRef();
  float inScale = static_cast<float>(inQ.scales[0]);
  float outScale = static_cast<float>(outQ.scales[0]);
  int outLog2 = 0;
  if (inQ.zeroPoints[0] != 0 || outQ.zeroPoints[0] != 0 ||
      !checkedLog2(outScale, &outLog2) || outLog2 != -15 ||
      (kind == QuantLut::Logistic && outScale != 1.0f / 32768))
    return context.notSupported(
        "quantized " + name + " on 16-bit storage with a nonzero zero point "
        "or an output scale other than 2^-15 (TFLite requires both)");
  int inLog2 = 0;
  bool pot = checkedLog2(inScale, &inLog2);
  int potShift = 12 + inLog2;
  int32_t inputMultiplier = 0, leftShift = 0;
  if (pot && (potShift == 0 || (kind == QuantLut::Tanh && potShift == 1))) {
    inputMultiplier = 3 << potShift;
  } else {
    double multiplier = static_cast<double>(inScale) * 4096.0 * 3.0;
    while (multiplier <= 32767.0 / 2.0 && leftShift <= 30) {
      ++leftShift;
      multiplier *= 2.0;
    }
    if (multiplier >= 65536.0 || static_cast<int32_t>(multiplier) == 0)
      return context.notSupported(
          "quantized " + name + " on 16-bit storage with this input scale "
          "(the TFLite int16 multiplier would overflow or vanish)");
    inputMultiplier = static_cast<int32_t>(multiplier);
  }
  int32_t round = leftShift > 0 ? int32_t(1) << (leftShift - 1) : 0;
  const HostTensor &in = context.operand(0);
  HostTensor &out = context.result();
  for (int64_t i = 0, e = in.getNumElements(); i < e; ++i) {
    int32_t x =
        (static_cast<int32_t>(in.getInt(i)) * inputMultiplier + round) >>
        leftShift;
    uint32_t absX = static_cast<uint32_t>(x < 0 ? -x : x);
    int64_t result;
    if (kind == QuantLut::Logistic) {
      uint32_t uh = absX >> 9;
      uint32_t r;
      if (uh >= 255) {
        r = 0x7FFFu << 10;
      } else {
        uint32_t ua = kSigmoidTableUint16[uh];
        uint32_t ub = kSigmoidTableUint16[uh + 1];
        r = (ua << 9) + (absX & 0x1FFu) * (ub - ua);
      }
      r = x >= 0 ? r + (1u << 9) : (1u << 25) - r + (1u << 9) - 1;
      result = static_cast<int64_t>(r >> 10);
    } else {
      uint32_t uh = absX >> 8;
      int32_t r;
      if (uh >= 255) {
        r = 0xFFFF << 8;
      } else {
        uint32_t ua = kSigmoidTableUint16[uh];
        uint32_t ub = kSigmoidTableUint16[uh + 1];
        r = static_cast<int32_t>((ua << 8) + (absX & 0xFFu) * (ub - ua));
      }
      r = x >= 0 ? r - (1 << 23) + (1 << 7) : -r + (1 << 23) + (1 << 7) - 1;
      result = r >> 8; // arithmetic shift, a floor
    }
    out.setInt(i, result);
  }
  return success();
}

} // namespace

namespace {

// kernels/internal/common.h LUTPopulateInt8 and LUTLookup: a 256-entry table
// built in float,
//   q_out = clamp((int)(round(f(s_in * (q - zp_in)) * (1 / s_out)) + zp_out)),
// indexed by the input integer.
template <typename Func>
LogicalResult applyInt8Lut(KernelContext &context, const QParams &inQ,
                           const QParams &outQ, Func transform) {
  float inScale = static_cast<float>(inQ.scales[0]);
  float inverseOutScale = 1.0f / static_cast<float>(outQ.scales[0]);
  auto inZp = static_cast<int32_t>(inQ.zeroPoints[0]);
  auto outZp = static_cast<int32_t>(outQ.zeroPoints[0]);
  auto lo = static_cast<int32_t>(outQ.qmin);
  auto hi = static_cast<int32_t>(outQ.qmax);
  std::array<int32_t, 256> table;
  for (int32_t q = static_cast<int32_t>(inQ.qmin); q <= inQ.qmax; ++q) {
    float x = inScale * static_cast<float>(q - inZp);
    float rescaled = std::round(transform(x) * inverseOutScale);
    auto quantized = static_cast<int32_t>(rescaled + static_cast<float>(outZp));
    table[static_cast<uint8_t>(q)] = std::max(std::min(hi, quantized), lo);
  }
  const HostTensor &in = context.operand(0);
  HostTensor &out = context.result();
  for (int64_t i = 0, e = in.getNumElements(); i < e; ++i)
    out.setInt(i, table[static_cast<uint8_t>(in.getInt(i))]);
  return success();
}

} // namespace

// tensorflow/lite/kernels/activations.cc: for 8-bit LOGISTIC and TANH the
// default (generic optimized) kernels evaluate a 256-entry table built in
// Prepare (PopulateLookupTable / LUTPopulate), all in float:
//   q_out = clamp(round(f(s_in * (q - zp_in)) * (1 / s_out)) + zp_out).
// TFLite's kReference kernels use gemmlowp fixed point instead and may
// differ by one.
LogicalResult quantizedLookupTable(KernelContext &context, QuantLut kind) {
  FailureOr<std::pair<QParams, QParams>> params = unaryPerTensor(context);
  if (failed(params))
    return failure();
  const QParams *inQ = &params->first, *outQ = &params->second;
  if (inQ->storageBits == 16 && outQ->storageBits == 16 &&
      inQ->storageSigned && outQ->storageSigned)
    return quantizedInt16Activation(context, kind, *inQ, *outQ);
  if (inQ->storageBits != 8 || outQ->storageBits != 8 ||
      inQ->storageSigned != outQ->storageSigned)
    return context.notSupported(
        "quantized " + context.op->getName().getStringRef() + " on " +
        Twine(inQ->storageBits) + "-bit storage (only the 8-bit lookup "
        "table and the int16 TFLite kernel are implemented)");
  return applyInt8Lut(context, *inQ, *outQ, [kind](float x) {
    return kind == QuantLut::Logistic ? 1.0f / (1.0f + std::exp(-x))
                                      : std::tanh(x);
  });
}

namespace {

// tensorflow/lite/kernels/internal/reference/gelu.h, all in float: the exact
// form through erfc (not 1 + erf, which cancels for large negative inputs)
// and the tanh form with sqrt(2/pi) rounded to float.
float geluTransform(float x) {
  return 0.5f * x * std::erfc(x * static_cast<float>(-M_SQRT1_2));
}
float geluTransformApproximate(float x) {
  constexpr float kSqrt2OverPi = M_2_SQRTPI * M_SQRT1_2;
  return 0.5f * x *
         (1.f + std::tanh(kSqrt2OverPi * (x + 0.044715f * x * x * x)));
}

} // namespace

// TFLite GeluPrepare (kernels/gelu.cc, later activations.cc):
// LUTPopulate<int8_t / uint8_t> over the input range, GeluEval: LookupTable.
// Input and output share the storage type.
LogicalResult quantizedGelu(KernelContext &context, bool approximate,
                            KernelFn floatKernel) {
  FailureOr<std::pair<QParams, QParams>> params = unaryPerTensor(context);
  if (failed(params))
    return failure();
  const auto &[inQ, outQ] = *params;
  auto storage = [](const QParams &q) {
    return (q.storageSigned ? "int" : "uint") + Twine(q.storageBits);
  };
  if (inQ.storageBits != outQ.storageBits ||
      inQ.storageSigned != outQ.storageSigned ||
      (inQ.storageBits != 8 && !(inQ.storageBits == 16 && inQ.storageSigned)))
    return context.notSupported(
        "quantized " + context.op->getName().getStringRef() + " from " +
        storage(inQ) + " to " + storage(outQ) +
        " (int8, uint8 or int16 in and out)");
  if (inQ.storageBits == 16)
    return quantizedViaFloat(context, floatKernel);
  if (approximate)
    return applyInt8Lut(context, inQ, outQ, geluTransformApproximate);
  return applyInt8Lut(context, inQ, outQ, geluTransform);
}

LogicalResult quantizedSilu(KernelContext &context) {
  const HostTensor &in = context.operand(0);
  auto inType = dyn_cast<quant::QuantizedType>(in.getElementType());
  quant::UniformQuantizedType sigmoidType =
      inType ? quantization::getFixedOutputType(
                   quantization::FixedOutputKind::Logistic, inType)
             : nullptr;
  if (!sigmoidType)
    return context.notSupported("quantized " +
                                context.op->getName().getStringRef() +
                                " whose input has no fixed LOGISTIC output "
                                "qparams (uint8, int8, int16 have)");
  HostTensor sigmoid(sigmoidType, in.getShape());
  KernelContext logistic{context.op, context.operands,
                         MutableArrayRef<HostTensor>(sigmoid)};
  if (failed(quantizedLookupTable(logistic, QuantLut::Logistic)))
    return failure();
  const HostTensor *mulOperands[] = {&in, &sigmoid};
  KernelContext mul{context.op, mulOperands, context.results};
  return quantizedBinary(mul, QuantBinary::Mul);
}

namespace {

// kernels/internal/common.h LUTPopulateInt16<FloatT>: 512 samples of
// `transform` over the int16 input range, each biased by half the midpoint
// interpolation error, plus the end point (513 entries), all in FloatT.
template <typename FloatT, typename Func>
void populateInt16Lut(FloatT inputScale, int32_t inputZeroPoint,
                      FloatT outputScale, int32_t outputZeroPoint,
                      Func transform, std::array<int16_t, 513> &lut) {
  const FloatT inputMin = inputScale * static_cast<FloatT>(-32768 - inputZeroPoint);
  const FloatT inputMax = inputScale * static_cast<FloatT>(32767 - inputZeroPoint);
  const FloatT outputMin = outputScale * static_cast<FloatT>(-32768 - outputZeroPoint);
  const FloatT outputMax = outputScale * static_cast<FloatT>(32767 - outputZeroPoint);
  const int steps = 512;
  const FloatT step = (inputMax - inputMin) / static_cast<FloatT>(steps);
  const FloatT halfStep = step / 2;
  const FloatT scalingInv = static_cast<FloatT>(65536) / (outputMax - outputMin);
  auto clampTable = [](FloatT v) {
    return static_cast<int16_t>(std::min<FloatT>(std::max<FloatT>(v, -32768), 32767));
  };
  for (int i = 0; i < steps; ++i) {
    const FloatT at = inputMin + static_cast<FloatT>(i) * step;
    const FloatT val = transform(at);
    const FloatT valMidpoint = transform(at + halfStep);
    const FloatT valNext = transform(inputMin + static_cast<FloatT>(i + 1) * step);
    const FloatT sample = std::round(val * scalingInv);
    const FloatT midpointInterp =
        std::round((valNext * scalingInv + std::round(val * scalingInv)) / 2);
    const FloatT midpoint = std::round(valMidpoint * scalingInv);
    const FloatT bias = std::round((midpointInterp - midpoint) / 2);
    lut[i] = clampTable(sample - bias);
  }
  lut[steps] = clampTable(std::round(transform(inputMax) * scalingInv));
}

// kernels/internal/common.h LUTLookup(int16_t): entry 256 + (v >> 7) plus the
// interpolated slope over the low 7 bits, rounded half up.
int16_t lookupInt16Lut(int16_t value, const std::array<int16_t, 513> &lut) {
  const auto index = static_cast<uint16_t>(256 + (value >> 7));
  const int16_t offset = value & 0x7F;
  const int16_t base = lut[index];
  const auto slope = static_cast<int16_t>(lut[index + 1] - lut[index]);
  const int delta = (slope * offset + 64) >> 7;
  return static_cast<int16_t>(base + delta);
}

int16_t saturateInt16(int32_t v) {
  return static_cast<int16_t>(std::min(std::max(v, -32768), 32767));
}

// int16 SOFTMAX: activations.cc SoftmaxPrepare (kTfLiteInt16: the exp LUT
// over [-10, 0], the 1/(1+x) LUT over [0, 1], both LUTPopulate<int16_t>
// in double, and QuantizeMultiplier(s_in * beta / (10 / 65535)), with
// s_in * beta in float) and reference_ops::SoftmaxInt16 (softmax.h), which
// the builtin kernel runs for 1-D to 4-D tensors. The output is Q0.15 in
// [0, 32767] whatever the output scale (TFLite does not check it).
LogicalResult quantizedSoftmaxInt16(KernelContext &context, const QParams &inQ,
                                    const QParams &outQ, double beta) {
  const HostTensor &in = context.operand(0);
  HostTensor &out = context.result();
  if (inQ.zeroPoints[0] != 0 || outQ.zeroPoints[0] != 0)
    return context.notSupported(
        "quantized int16 softmax with a nonzero zero point (TFLite requires "
        "0)");
  if (in.getRank() > 4)
    return context.notSupported(
        "quantized int16 softmax on a tensor of rank above 4 (TFLite's int16 "
        "kernel takes 1-D to 4-D)");
  const double range = 65535.0;
  std::array<int16_t, 513> expLut, reciprocalLut;
  populateInt16Lut<double>(10.0 / range, 32767, 2.0 / range, 0,
                   [](double v) { return std::exp(v); }, expLut);
  populateInt16Lut<double>(1.0 / range, -32768, 2.0 / range, 0,
                   [](double v) { return 1.0 / (1.0 + v); }, reciprocalLut);
  float scaleBeta = static_cast<float>(inQ.scales[0]) * static_cast<float>(beta);
  QuantizedMultiplier m =
      quantizeMultiplier(static_cast<double>(scaleBeta) / (10.0 / 65535.0));
  int64_t len = in.getShape().back();
  std::vector<int64_t> x = in.toInts();
  std::vector<int16_t> exps(static_cast<size_t>(len));
  for (int64_t row = 0, rows = in.getNumElements() / std::max<int64_t>(len, 1);
       row < rows; ++row) {
    const int64_t *data = x.data() + row * len;
    auto maxValue = static_cast<int32_t>(*std::max_element(data, data + len));
    int32_t sum = 0; // Q16.15
    for (int64_t j = 0; j < len; ++j) {
      int32_t diff = static_cast<int32_t>(data[j]) - maxValue;
      int32_t scaled = multiplyByQuantizedMultiplier(diff, m);
      exps[j] = lookupInt16Lut(saturateInt16(scaled + 32767), expLut);
      sum = static_cast<int32_t>(static_cast<uint32_t>(sum) +
                                 static_cast<uint32_t>(exps[j]));
    }
    int headroomPlusOne = sum == 0 ? 32 : __builtin_clz(static_cast<uint32_t>(sum));
    auto shiftedSum = static_cast<int32_t>(
        ((static_cast<int64_t>(sum) << (headroomPlusOne - 1)) + (1 << 13)) >>
        14);
    int16_t reciprocal = lookupInt16Lut(
        saturateInt16(shiftedSum - ((1 << 15) + (1 << 16))), reciprocalLut);
    int rightShift = 31 - headroomPlusOne;
    int64_t round = int64_t(1) << (rightShift - 1);
    for (int64_t j = 0; j < len; ++j) {
      int64_t result =
          (static_cast<int64_t>(exps[j]) * reciprocal + round) >> rightShift;
      out.setInt(row * len + j, std::min<int64_t>(std::max<int64_t>(result, 0),
                                                  32767));
    }
  }
  return success();
}

} // namespace

// tensorflow/lite/kernels/softmax.cc (Prepare: PopulateSoftmaxLookupTable
// for 8-bit inputs) and optimized_ops.h Softmax<In, Out> (the default
// kernel; the same code is onert's cker): a float table
// table[255 - v] = expf(-s_in * beta * v), so that the entry for x in a row
// with maximum m is expf(-s_in * beta * (m - x)); a float sum in row order;
// q = round(e * (1 / (sum * s_out))) + zp_out, clamped to the output
// storage range. TFLite's non-aarch64 builds round a uint8 output with
// (int)(p + 0.5f) instead, which differs only when p + 0.5f rounds up in
// float.
LogicalResult quantizedSoftmax(KernelContext &context, int64_t axis,
                               double beta) {
  const HostTensor &in = context.operand(0);
  HostTensor &out = context.result();
  FailureOr<std::pair<QParams, QParams>> params = unaryPerTensor(context);
  if (failed(params))
    return failure();
  const QParams &inQ = params->first, &outQ = params->second;
  if (in.getRank() == 0 ||
      (axis != -1 && axis != in.getRank() - 1))
    return context.notSupported("quantized softmax on a non-last axis");
  if (inQ.storageBits == 16 && outQ.storageBits == 16 && inQ.storageSigned &&
      outQ.storageSigned)
    return quantizedSoftmaxInt16(context, inQ, outQ, beta);
  if (inQ.storageBits != 8 || (outQ.storageBits != 8 && outQ.storageBits != 16))
    return context.notSupported(
        "quantized softmax from " + Twine(inQ.storageBits) + "-bit to " +
        Twine(outQ.storageBits) + "-bit storage (only 8-bit inputs, or int16 to "
        "int16)");
  float tableScale = -static_cast<float>(inQ.scales[0]) *
                     static_cast<float>(beta);
  std::array<float, 256> table;
  for (int32_t v = 0; v <= 255; ++v)
    table[255 - v] = std::exp(tableScale * static_cast<float>(v));
  float outScale = static_cast<float>(outQ.scales[0]);
  auto outZp = static_cast<int32_t>(outQ.zeroPoints[0]);
  auto lo = static_cast<int32_t>(outQ.qmin), hi = static_cast<int32_t>(outQ.qmax);
  int64_t len = in.getShape().back();
  std::vector<int64_t> x = in.toInts();
  for (int64_t row = 0, rows = in.getNumElements() / std::max<int64_t>(len, 1);
       row < rows; ++row) {
    const int64_t *data = x.data() + row * len;
    int64_t maxValue = *std::max_element(data, data + len);
    auto expOf = [&](int64_t q) { return table[255 - (maxValue - q)]; };
    float sum = 0.0f;
    for (int64_t j = 0; j < len; ++j)
      sum += expOf(data[j]);
    float inverse = 1.0f / (sum * outScale);
    for (int64_t j = 0; j < len; ++j) {
      float p = expOf(data[j]) * inverse;
      int32_t q = static_cast<int32_t>(std::round(p)) + outZp;
      out.setInt(row * len + j, std::max(std::min(hi, q), lo));
    }
  }
  return success();
}

// tensorflow/lite/kernels/div.cc (Prepare: QuantizeMultiplier(s1 / (s2 *
// s_out)), fused activation range; Eval: CheckNonZero on the raw divisor)
// (uint8) and reference/div.h DivElementwise (uint8 and int8; TFLite has no int16
// quantized DIV): with a = q1 - zp1 and b = q2 - zp2 (signs flipped so that
// b > 0), r = GetReciprocal(b, 31) = 1/b in Q0.31 with exponent e,
// h = CountLeadingSignBits(a), quotient = SRDHM(a << h, r), then
// zp_out + MBQMSmallerThanOneExp(quotient, m, s - e - h), clamped.
LogicalResult quantizedDiv(KernelContext &context) {
  FailureOr<SmallVector<QParams, 3>> params =
      perTensorOperands(context, {"lhs", "rhs"});
  if (failed(params))
    return failure();
  const QParams &aQ = (*params)[0], &bQ = (*params)[1], &outQ = (*params)[2];
  StringRef name = context.op->getName().getStringRef();
  for (const QParams *q : {&aQ, &bQ})
    if (q->storageBits != outQ.storageBits ||
        q->storageSigned != outQ.storageSigned)
      return context.notSupported("quantized " + name +
                                  " with mixed storage types");
  if (outQ.storageBits != 8)
    return context.notSupported(
        "quantized " + name + " on " + Twine(outQ.storageBits) +
        "-bit storage (TFLite's DIV kernel takes uint8 and int8 only)");
  FailureOr<std::pair<int32_t, int32_t>> range =
      quantizedActivationRange(context, outQ);
  if (failed(range))
    return failure();
  QuantizedMultiplier m = quantizeMultiplier(
      tfliteScale(aQ.scales[0]) /
      (tfliteScale(bQ.scales[0]) * tfliteScale(outQ.scales[0])));
  const HostTensor &lhs = context.operand(0);
  const HostTensor &rhs = context.operand(1);
  HostTensor &out = context.result();
  std::vector<int64_t> lmap = broadcastIndexMap(lhs.getShape(), out.getShape());
  std::vector<int64_t> rmap = broadcastIndexMap(rhs.getShape(), out.getShape());
  std::vector<int64_t> av = lhs.toInts(), bv = rhs.toInts();
  if (!outQ.storageSigned && llvm::is_contained(bv, 0))
    return context.op->emitOpError(
        "expected a uint8 divisor without zero storage values (TFLite's DIV "
        "rejects them)");
  for (int64_t i = 0, e = out.getNumElements(); i < e; ++i) {
    auto a = static_cast<int32_t>(av[lmap[i]] - aQ.zeroPoints[0]);
    auto b = static_cast<int32_t>(bv[rmap[i]] - bQ.zeroPoints[0]);
    if (b == 0)
      return context.op->emitOpError("division by a divisor equal to its "
                                     "zero point (real value 0)");
    if (b < 0) {
      a = -a;
      b = -b;
    }
    int recipShift = 0;
    int32_t inverse = getReciprocal(b, 31, &recipShift);
    int headroom = countLeadingSignBits(a);
    int32_t quotient = saturatingRoundingDoublingHighMul(
        static_cast<int32_t>(static_cast<uint32_t>(a) << headroom), inverse);
    int totalShift = m.shift - recipShift - headroom;
    if (totalShift > 0)
      return context.notSupported("quantized " + name +
                                  " whose rescale would shift left (scale "
                                  "ratio above 2^" + Twine(headroom) + ")");
    int64_t q = int64_t{multiplyByQuantizedMultiplierSmallerThanOneExp(
                    quotient, m.multiplier, totalShift)} +
                outQ.zeroPoints[0];
    out.setInt(i, clampTo(q, range->first, range->second));
  }
  return success();
}

// tensorflow/lite/kernels/exp.cc (Prepare: LUTPopulate<int8_t> /
// LUTPopulate<int16_t> of expf over the dequantized input, the int16 one
// requiring zero points 0; Eval: reference_integer_ops::LookupTable).
// TFLite has no uint8 EXP.
LogicalResult quantizedExp(KernelContext &context) {
  FailureOr<std::pair<QParams, QParams>> params = unaryPerTensor(context);
  if (failed(params))
    return failure();
  const auto &[inQ, outQ] = *params;
  StringRef name = context.op->getName().getStringRef();
  auto expf = [](float x) { return std::exp(x); };
  if (inQ.storageBits != outQ.storageBits ||
      inQ.storageSigned != outQ.storageSigned || !inQ.storageSigned ||
      (inQ.storageBits != 8 && inQ.storageBits != 16))
    return context.notSupported(
        "quantized " + name + " from " + Twine(inQ.storageBits) + "-bit to " +
        Twine(outQ.storageBits) + "-bit storage (TFLite's EXP takes int8 or "
        "int16 in and out)");
  if (inQ.storageBits == 8)
    return applyInt8Lut(context, inQ, outQ, expf);
  if (inQ.zeroPoints[0] != 0 || outQ.zeroPoints[0] != 0)
    return context.notSupported("quantized int16 " + name +
                                " with a nonzero zero point (TFLite requires 0)");
  std::array<int16_t, 513> lut;
  populateInt16Lut<float>(static_cast<float>(inQ.scales[0]), 0,
                          static_cast<float>(outQ.scales[0]), 0, expf, lut);
  const HostTensor &in = context.operand(0);
  HostTensor &out = context.result();
  for (int64_t i = 0, e = in.getNumElements(); i < e; ++i)
    out.setInt(i, lookupInt16Lut(static_cast<int16_t>(in.getInt(i)), lut));
  return success();
}

// RMS_NORM and ROPE have no TFLite kernel (Circle extensions) and
// circle-reference.md gives no integer semantics: we define them on the
// dequantized values (docs/interpreter.md).
LogicalResult quantizedViaFloat(KernelContext &context, KernelFn floatKernel) {
  Type f64 = Float64Type::get(context.op->getContext());
  SmallVector<HostTensor> floatOperands;
  floatOperands.reserve(context.operands.size()); // stable addresses
  SmallVector<const HostTensor *> operands;
  for (const HostTensor *operand : context.operands) {
    if (operand->isAbsent() || operand->getKind() != ElementKind::Quant) {
      operands.push_back(operand);
      continue;
    }
    FailureOr<std::vector<double>> values =
        dequantizeValues(context.op, *operand);
    if (failed(values))
      return failure();
    floatOperands.push_back(
        HostTensor::fromDoubles(f64, operand->getShape(), *values));
    operands.push_back(&floatOperands.back());
  }
  SmallVector<HostTensor> results;
  for (const HostTensor &result : context.results)
    results.push_back(result.getKind() == ElementKind::Quant
                          ? HostTensor(f64, result.getShape())
                          : HostTensor(result.getElementType(),
                                       result.getShape()));
  KernelContext floatContext{context.op, operands, results};
  if (failed(floatKernel(floatContext)))
    return failure();
  for (auto [result, computed] : llvm::zip(context.results, results)) {
    if (result.getKind() != ElementKind::Quant) {
      result = std::move(computed);
      continue;
    }
    FailureOr<QParams> qp =
        getQParams(context.op, result.getElementType(), result.getShape());
    if (failed(qp))
      return failure();
    for (int64_t i = 0, e = result.getNumElements(); i < e; ++i) {
      int64_t c = qp->channel(result.getShape(), i);
      result.setInt(i, quantizeValue(computed.getDouble(i), qp->scales[c],
                                     qp->zeroPoints[c], qp->qmin, qp->qmax,
                                     /*singlePrecision=*/false));
    }
  }
  return success();
}

} // namespace mlir::tico::interp
