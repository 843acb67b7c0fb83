//===- QParams.cpp - quantization parameter formulas ----------------------===//

#include "tico/Quantization/QParams.h"

#include "mlir/IR/BuiltinTypes.h"
#include "llvm/ADT/StringSwitch.h"

#include <algorithm>
#include <cmath>
#include <limits>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

using namespace mlir;
using namespace mlir::tico::quantization;

std::optional<QDType> mlir::tico::quantization::parseQDType(StringRef name) {
  return llvm::StringSwitch<std::optional<QDType>>(name)
      .Case("uint8", QDType::UInt8)
      .Case("int8", QDType::Int8)
      .Case("int16", QDType::Int16)
      .Case("uint4", QDType::UInt4)
      .Case("int4", QDType::Int4)
      .Case("int32", QDType::Int32)
      .Default(std::nullopt);
}

StringRef mlir::tico::quantization::toString(QDType dtype) {
  switch (dtype) {
  case QDType::UInt8:
    return "uint8";
  case QDType::Int8:
    return "int8";
  case QDType::Int16:
    return "int16";
  case QDType::UInt4:
    return "uint4";
  case QDType::Int4:
    return "int4";
  case QDType::Int32:
    return "int32";
  }
  return "";
}

unsigned mlir::tico::quantization::bitWidth(QDType dtype) {
  switch (dtype) {
  case QDType::UInt8:
  case QDType::Int8:
    return 8;
  case QDType::Int16:
    return 16;
  case QDType::UInt4:
  case QDType::Int4:
    return 4;
  case QDType::Int32:
    return 32;
  }
  return 0;
}

bool mlir::tico::quantization::isSigned(QDType dtype) {
  return dtype != QDType::UInt8 && dtype != QDType::UInt4;
}

QRange mlir::tico::quantization::getRange(QDType dtype) {
  switch (dtype) {
  case QDType::UInt8:
    return {0, 255};
  case QDType::Int8:
    return {-128, 127};
  case QDType::Int16:
    return {-32767, 32767};
  case QDType::UInt4:
    return {0, 15};
  case QDType::Int4:
    return {-8, 7};
  case QDType::Int32:
    return {std::numeric_limits<int32_t>::min(),
            std::numeric_limits<int32_t>::max()};
  }
  return {0, 0};
}

double mlir::tico::quantization::scaleFloor(QDType dtype) {
  return bitWidth(dtype) >= 16 ? 1e-8 : 1e-5;
}

static int64_t roundHalfAwayFromZero(double x) {
  return static_cast<int64_t>(std::round(x));
}

QParam mlir::tico::quantization::computeAsymmetric(double min, double max,
                                                   QRange range, double floor) {
  double rmin = std::min(min, 0.0);
  double rmax = std::max(max, 0.0);
  double scale =
      std::max((rmax - rmin) / double(range.qmax - range.qmin), floor);
  int64_t zp = roundHalfAwayFromZero(double(range.qmin) - rmin / scale);
  zp = std::clamp(zp, range.qmin, range.qmax);
  return {scale, zp};
}

QParam mlir::tico::quantization::computeSymmetric(double min, double max,
                                                  QRange range, double floor) {
  double maxAbs = std::max(std::fabs(min), std::fabs(max));
  return {std::max(maxAbs / double(range.qmax), floor), 0};
}

QParam mlir::tico::quantization::computeQParam(QDType dtype, bool symmetric,
                                               double min, double max) {
  QRange range = getRange(dtype);
  double floor = scaleFloor(dtype);
  if (dtype == QDType::Int16 || (symmetric && isSigned(dtype)))
    return computeSymmetric(min, max, range, floor);
  return computeAsymmetric(min, max, range, floor);
}

void mlir::tico::quantization::quantizeValues(ArrayRef<float> in,
                                              QParam param, QRange range,
                                              int32_t *out) {
  size_t i = 0;
#ifdef __SSE2__
  double lo = double(range.qmin) - double(param.zeroPoint);
  double hi = double(range.qmax) - double(param.zeroPoint);
  // The steps of quantizeValue on two lanes; the truncation goes through
  // int32, so the clamped ratio (one past the range) must fit.
  if (lo - 1.0 >= double(std::numeric_limits<int32_t>::min()) &&
      hi + 1.0 <= double(std::numeric_limits<int32_t>::max())) {
    const __m128d scale = _mm_set1_pd(param.scale);
    const __m128d lo1 = _mm_set1_pd(lo - 1.0), hi1 = _mm_set1_pd(hi + 1.0);
    const __m128d lo0 = _mm_set1_pd(lo), hi0 = _mm_set1_pd(hi);
    const __m128d half = _mm_set1_pd(0.5), minusHalf = _mm_set1_pd(-0.5);
    const __m128d one = _mm_set1_pd(1.0);
    const __m128d zp = _mm_set1_pd(double(param.zeroPoint));
    for (; i + 2 <= in.size(); i += 2) {
      __m128 pair = _mm_castsi128_ps(
          _mm_loadl_epi64(reinterpret_cast<const __m128i *>(in.data() + i)));
      __m128d v = _mm_div_pd(_mm_cvtps_pd(pair), scale);
      v = _mm_min_pd(_mm_max_pd(v, lo1), hi1);
      __m128d t = _mm_cvtepi32_pd(_mm_cvttpd_epi32(v)); // toward zero
      __m128d frac = _mm_sub_pd(v, t);                  // exact
      t = _mm_add_pd(t, _mm_and_pd(_mm_cmpge_pd(frac, half), one));
      t = _mm_sub_pd(t, _mm_and_pd(_mm_cmple_pd(frac, minusHalf), one));
      t = _mm_min_pd(_mm_max_pd(t, lo0), hi0);
      // t + zp is an integer in [qmin, qmax]: quantizeValue's last clamp
      // has nothing left to do.
      __m128i q = _mm_cvttpd_epi32(_mm_add_pd(t, zp));
      _mm_storel_epi64(reinterpret_cast<__m128i *>(out + i), q);
    }
  }
#endif
  for (; i < in.size(); ++i)
    out[i] = int32_t(quantizeValue(double(in[i]), param, range));
}

SmallVector<QParam> mlir::tico::quantization::computePerChannel(
    ArrayRef<double> data, ArrayRef<int64_t> shape, int64_t axis, QDType dtype,
    bool symmetric) {
  return computePerChannelOf(data, shape, axis, dtype, symmetric);
}

SmallVector<QParam>
mlir::tico::quantization::computeBiasQParams(double inputScale,
                                             ArrayRef<double> weightScales) {
  SmallVector<QParam> params;
  for (double s : weightScales)
    params.push_back({inputScale * s, 0});
  return params;
}

quant::QuantizedType mlir::tico::quantization::getBiasType(Type inputType,
                                                           Type weightType,
                                                           int32_t weightAxis) {
  auto input = dyn_cast<quant::UniformQuantizedType>(inputType);
  if (!input)
    return {};
  SmallVector<double> weightScales;
  std::optional<int32_t> axis;
  if (auto perTensor = dyn_cast<quant::UniformQuantizedType>(weightType)) {
    weightScales.push_back(perTensor.getScale());
  } else if (auto perAxis =
                 dyn_cast<quant::UniformQuantizedPerAxisType>(weightType)) {
    if (perAxis.getQuantizedDimension() != weightAxis)
      return {};
    weightScales.assign(perAxis.getScales().begin(), perAxis.getScales().end());
    axis = 0;
  } else {
    return {};
  }
  return makeQuantizedType(input.getExpressedType(), QDType::Int32,
                           computeBiasQParams(input.getScale(), weightScales),
                           axis);
}

std::optional<QParam>
mlir::tico::quantization::getFixedOutputQParam(FixedOutputKind kind,
                                               QDType dtype) {
  switch (dtype) {
  case QDType::UInt8:
    switch (kind) {
    case FixedOutputKind::Softmax:
      return QParam{1.0 / 255.0, 0};
    case FixedOutputKind::Logistic:
      return QParam{1.0 / 256.0, 0};
    case FixedOutputKind::Tanh:
      return QParam{2.0 / 256.0, 128};
    }
    break;
  case QDType::Int8: // TFLite's int8 kernels
    switch (kind) {
    case FixedOutputKind::Softmax:
    case FixedOutputKind::Logistic:
      return QParam{1.0 / 256.0, -128};
    case FixedOutputKind::Tanh:
      return QParam{1.0 / 128.0, 0};
    }
    break;
  case QDType::Int16:
    switch (kind) {
    case FixedOutputKind::Softmax:
      return QParam{1.0 / 32767.0, 0};
    case FixedOutputKind::Logistic:
    case FixedOutputKind::Tanh:
      return QParam{1.0 / 32768.0, 0};
    }
    break;
  default:
    break;
  }
  return std::nullopt;
}

quant::UniformQuantizedType
mlir::tico::quantization::getFixedOutputType(FixedOutputKind kind,
                                             quant::QuantizedType inputType) {
  std::optional<QDType> dtype = getQDType(inputType);
  if (!dtype)
    return nullptr;
  std::optional<QParam> fixed = getFixedOutputQParam(kind, *dtype);
  if (!fixed)
    return nullptr;
  return cast<quant::UniformQuantizedType>(makeQuantizedType(
      inputType.getExpressedType(), *dtype, {*fixed}, std::nullopt));
}

std::optional<QDType>
mlir::tico::quantization::getQDType(quant::QuantizedType type) {
  unsigned width = type.getStorageTypeIntegralWidth();
  bool isSignedType = type.isSigned();
  switch (width) {
  case 4:
    return isSignedType ? QDType::Int4 : QDType::UInt4;
  case 8:
    return isSignedType ? QDType::Int8 : QDType::UInt8;
  case 16:
    return isSignedType ? std::optional<QDType>(QDType::Int16) : std::nullopt;
  case 32:
    return isSignedType ? std::optional<QDType>(QDType::Int32) : std::nullopt;
  default:
    return std::nullopt;
  }
}

quant::QuantizedType mlir::tico::quantization::makeQuantizedType(
    Type expressedType, QDType dtype, ArrayRef<QParam> params,
    std::optional<int32_t> axis, std::optional<QRange> explicitRange) {
  MLIRContext *context = expressedType.getContext();
  auto storage = IntegerType::get(context, bitWidth(dtype));
  unsigned flags = isSigned(dtype) ? quant::QuantizationFlags::Signed : 0;
  QRange range = explicitRange ? *explicitRange : getRange(dtype);
  if (!axis)
    return quant::UniformQuantizedType::get(flags, storage, expressedType,
                                            params.front().scale,
                                            params.front().zeroPoint,
                                            range.qmin, range.qmax);
  SmallVector<double> scales;
  SmallVector<int64_t> zeroPoints;
  for (const QParam &p : params) {
    scales.push_back(p.scale);
    zeroPoints.push_back(p.zeroPoint);
  }
  return quant::UniformQuantizedPerAxisType::get(
      flags, storage, expressedType, scales, zeroPoints, *axis, range.qmin,
      range.qmax);
}

std::pair<double, double> mlir::tico::quantization::getRepresentableRange(
    quant::UniformQuantizedType type) {
  double s = type.getScale();
  double zp = double(type.getZeroPoint());
  return {s * (double(type.getStorageTypeMin()) - zp),
          s * (double(type.getStorageTypeMax()) - zp)};
}
