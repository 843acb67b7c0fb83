//===- QParams.h - quantization parameter formulas --------------*- C++ -*-===//
//
// The scale/zero-point formulas shared by the quantization passes, kept free
// of IR so the unit tests can check them against hand-computed values.
//
//===----------------------------------------------------------------------===//
#ifndef TICO_QUANTIZATION_QPARAMS_H
#define TICO_QUANTIZATION_QPARAMS_H

#include "mlir/Dialect/Quant/IR/QuantTypes.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <optional>

namespace mlir::tico::quantization {

/// Integer storage dtypes the passes produce.
enum class QDType { UInt8, Int8, Int16, UInt4, Int4, Int32 };

std::optional<QDType> parseQDType(llvm::StringRef name);
llvm::StringRef toString(QDType dtype);
unsigned bitWidth(QDType dtype);
bool isSigned(QDType dtype);

/// The integer range of a dtype. int16 is always the narrow +-32767 range.
struct QRange {
  int64_t qmin;
  int64_t qmax;
};
QRange getRange(QDType dtype);

/// Smallest scale the formulas produce: 1e-8 for int16, else 1e-5.
double scaleFloor(QDType dtype);

struct QParam {
  double scale;
  int64_t zeroPoint;
};

/// Asymmetric: the range is widened to include 0
/// (rmin = min(min, 0), rmax = max(max, 0)),
/// scale = max((rmax - rmin) / (qmax - qmin), floor),
/// zp = clamp(round(qmin - rmin / scale), qmin, qmax).
QParam computeAsymmetric(double min, double max, QRange range, double floor);

/// Symmetric: scale = max(max(|min|, |max|) / qmax, floor), zp = 0.
QParam computeSymmetric(double min, double max, QRange range, double floor);

/// The dtype's scheme: int16 and int4 weights and every signed dtype asked
/// for `symmetric` use computeSymmetric, the others computeAsymmetric.
QParam computeQParam(QDType dtype, bool symmetric, double min, double max);

/// q = clamp(round(x / scale) + zp, qmin, qmax), round half away from zero
/// (std::round), clamped in double first so huge ratios cannot overflow.
/// Inline and without the libm call: weight loops run it per element (GBs).
inline int64_t quantizeValue(double x, QParam param, QRange range) {
  double lo = double(range.qmin) - double(param.zeroPoint);
  double hi = double(range.qmax) - double(param.zeroPoint);
  // Clamping one past the range first leaves the rounded, clamped result
  // unchanged and keeps |v| small enough for an exact truncation.
  double v = std::clamp(x / param.scale, lo - 1.0, hi + 1.0);
  int64_t t = static_cast<int64_t>(v); // toward zero
  double frac = v - static_cast<double>(t); // exact for |v| < 2^52
  if (frac >= 0.5)
    ++t;
  else if (frac <= -0.5)
    --t;
  t = std::clamp(t, static_cast<int64_t>(lo), static_cast<int64_t>(hi));
  return std::clamp(t + param.zeroPoint, range.qmin, range.qmax);
}

/// quantizeValue of each of `in` into `out` (same values), two at a time
/// with SSE2 where the range fits (8/16/4-bit dtypes): weight loops run this
/// over GBs. The division stays a division: a reciprocal multiply can round
/// a ratio onto the other side of a half.
void quantizeValues(llvm::ArrayRef<float> in, QParam param, QRange range,
                    int32_t *out);

/// Per-channel {min, max} of `data` laid out as [outer, channels, inner]
/// (per tensor: channels = 1, inner = data.size()), in one pass that also
/// checks finiteness: nullopt when an element is NaN or infinite. A channel
/// without elements gets {0, 0}.
template <typename T>
std::optional<llvm::SmallVector<std::pair<double, double>>>
getFiniteChannelRanges(llvm::ArrayRef<T> data, int64_t channels,
                       int64_t inner) {
  llvm::SmallVector<std::pair<double, double>> ranges(channels, {0.0, 0.0});
  int64_t block = channels * inner;
  int64_t outer = block == 0 ? 0 : int64_t(data.size()) / block;
  if (outer == 0 || inner == 0)
    return ranges;
  // In T: min/max of floats widened later equal those of widened floats.
  llvm::SmallVector<T> lows(channels, std::numeric_limits<T>::infinity());
  llvm::SmallVector<T> highs(channels, -std::numeric_limits<T>::infinity());
  T notFinite = 0; // v - v is 0, or NaN for NaN and +-inf
  for (int64_t o = 0; o < outer; ++o)
    for (int64_t c = 0; c < channels; ++c) {
      const T *row = data.data() + (o * channels + c) * inner;
      T lo = lows[c], hi = highs[c], bad = 0;
      for (int64_t j = 0; j < inner; ++j) {
        T v = row[j];
        lo = v < lo ? v : lo;
        hi = v > hi ? v : hi;
        bad += v - v;
      }
      lows[c] = lo;
      highs[c] = hi;
      notFinite += bad;
    }
  if (notFinite != 0 || notFinite != notFinite)
    return std::nullopt;
  for (int64_t c = 0; c < channels; ++c)
    ranges[c] = {double(lows[c]), double(highs[c])};
  return ranges;
}

/// Per-channel qparams of row-major `data` with `shape`, one per index of
/// `axis` (min/max taken over all other axes).
llvm::SmallVector<QParam> computePerChannel(llvm::ArrayRef<double> data,
                                            llvm::ArrayRef<int64_t> shape,
                                            int64_t axis, QDType dtype,
                                            bool symmetric);

/// computePerChannel over any random-access `data` whose elements convert
/// to double (an f32 weight read in place, without a double copy).
template <typename Data>
llvm::SmallVector<QParam>
computePerChannelOf(const Data &data, llvm::ArrayRef<int64_t> shape,
                    int64_t axis, QDType dtype, bool symmetric) {
  int64_t channels = shape[axis];
  int64_t inner = 1;
  for (size_t d = axis + 1; d < shape.size(); ++d)
    inner *= shape[d];
  llvm::SmallVector<double> mins(channels, 0.0), maxs(channels, 0.0);
  llvm::SmallVector<bool> seen(channels, false);
  // Loops over [outer, channel, inner]: no division per element.
  int64_t outer = channels * inner == 0 ? 0 : int64_t(data.size()) / (channels * inner);
  for (int64_t o = 0; o < outer; ++o)
    for (int64_t c = 0; c < channels; ++c) {
      size_t base = size_t((o * channels + c) * inner);
      double lo = mins[c], hi = maxs[c];
      for (int64_t j = 0; j < inner; ++j) {
        double v = double(data[base + j]);
        if (!seen[c]) {
          lo = hi = v;
          seen[c] = true;
          continue;
        }
        lo = std::min(lo, v);
        hi = std::max(hi, v);
      }
      mins[c] = lo;
      maxs[c] = hi;
    }
  llvm::SmallVector<QParam> params;
  for (int64_t c = 0; c < channels; ++c)
    params.push_back(computeQParam(dtype, symmetric, mins[c], maxs[c]));
  return params;
}

/// Bias qparams: scale[c] = inputScale * weightScale[c], zp 0.
llvm::SmallVector<QParam> computeBiasQParams(double inputScale,
                                             llvm::ArrayRef<double> weightScales);

/// The int32 bias type of a linear/conv whose input has `inputType` and
/// whose weight has `weightType`: computeBiasQParams of the input scale and
/// the weight scales, per axis 0 when the weight is per channel on
/// `weightAxis` (its output axis), per tensor otherwise; null when the
/// input is not per-tensor quantized or the weight is per channel on
/// another axis.
quant::QuantizedType getBiasType(Type inputType, Type weightType,
                                 int32_t weightAxis = 0);

/// Ops whose output qparams are fixed by the runtimes.
enum class FixedOutputKind { Softmax, Logistic, Tanh };
/// The fixed output qparams, or nullopt when the dtype has none.
std::optional<QParam> getFixedOutputQParam(FixedOutputKind kind, QDType dtype);
/// The fixed output type of `kind` for an input of type `inputType` (its
/// dtype and expressed type, the fixed qparams), or null when there is none.
quant::UniformQuantizedType getFixedOutputType(FixedOutputKind kind,
                                               quant::QuantizedType inputType);

/// The dtype a quantized element type stores (by width, signedness and
/// range), or nullopt.
std::optional<QDType> getQDType(quant::QuantizedType type);

/// A per-tensor (`axis` empty, one param) or per-axis !quant.uniform type
/// with the dtype's range unless `range` narrows it.
quant::QuantizedType makeQuantizedType(Type expressedType, QDType dtype,
                                       llvm::ArrayRef<QParam> params,
                                       std::optional<int32_t> axis,
                                       std::optional<QRange> range = {});

/// The real range [min, max] a per-tensor type can represent.
std::pair<double, double> getRepresentableRange(quant::UniformQuantizedType type);

} // namespace mlir::tico::quantization

#endif // TICO_QUANTIZATION_QPARAMS_H
