//===- QParamsTest.cpp - qparam formulas against hand-computed values -----===//
//
// Every expected value below is worked out by hand from the formulas in
// docs/quantization.md (the comments show the arithmetic).
//
//===----------------------------------------------------------------------===//

#include "tico/Quantization/QParams.h"

#include "mlir/Dialect/Quant/IR/Quant.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/MLIRContext.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <random>
#include <vector>

using namespace mlir;
using namespace mlir::tico::quantization;

namespace {

TEST(QParamsTest, AllZeroTensorUint8) {
  // Range [0, 0]: (0 - 0) / 255 = 0, floored to 1e-5; zp = 0 - 0/1e-5 = 0.
  QParam p = computeQParam(QDType::UInt8, /*symmetric=*/false, 0.0, 0.0);
  EXPECT_DOUBLE_EQ(p.scale, 1e-5);
  EXPECT_EQ(p.zeroPoint, 0);
  EXPECT_EQ(quantizeValue(0.0, p, getRange(QDType::UInt8)), 0);
}

TEST(QParamsTest, AllZeroTensorInt16) {
  // max|x| = 0 -> 0 / 32767 floored to 1e-8, zp 0.
  QParam p = computeQParam(QDType::Int16, /*symmetric=*/true, 0.0, 0.0);
  EXPECT_DOUBLE_EQ(p.scale, 1e-8);
  EXPECT_EQ(p.zeroPoint, 0);
}

TEST(QParamsTest, NegativeOnlyRangeUint8) {
  // [-5.1, -1] widened to [-5.1, 0]: scale = 5.1 / 255 = 0.02,
  // zp = 0 - (-5.1 / 0.02) = 255.
  QParam p = computeQParam(QDType::UInt8, false, -5.1, -1.0);
  EXPECT_NEAR(p.scale, 0.02, 1e-15);
  EXPECT_EQ(p.zeroPoint, 255);
  // -5.1 -> round(-255) + 255 = 0; 0 -> 255.
  EXPECT_EQ(quantizeValue(-5.1, p, getRange(QDType::UInt8)), 0);
  EXPECT_EQ(quantizeValue(0.0, p, getRange(QDType::UInt8)), 255);
}

TEST(QParamsTest, NegativeOnlyRangeInt8Asymmetric) {
  // [-2.55, -0.5] -> [-2.55, 0]: scale = 2.55 / 255 = 0.01,
  // zp = -128 - (-255) = 127.
  QParam p = computeQParam(QDType::Int8, false, -2.55, -0.5);
  EXPECT_NEAR(p.scale, 0.01, 1e-15);
  EXPECT_EQ(p.zeroPoint, 127);
}

TEST(QParamsTest, PositiveOnlyRangeWidenedToZero) {
  // [1, 2.55] -> [0, 2.55]: scale = 2.55 / 255 = 0.01, zp = 0.
  QParam p = computeQParam(QDType::UInt8, false, 1.0, 2.55);
  EXPECT_NEAR(p.scale, 0.01, 1e-15);
  EXPECT_EQ(p.zeroPoint, 0);
}

TEST(QParamsTest, MixedRangeUint8) {
  // [-1, 3]: scale = 4 / 255 = 0.0156862745..., zp = round(1 / scale)
  // = round(63.75) = 64.
  QParam p = computeQParam(QDType::UInt8, false, -1.0, 3.0);
  EXPECT_NEAR(p.scale, 4.0 / 255.0, 1e-15);
  EXPECT_EQ(p.zeroPoint, 64);
}

TEST(QParamsTest, TinyRangeHitsTheFloor) {
  // uint8 [0, 1e-7]: 1e-7 / 255 < 1e-5 -> 1e-5.
  QParam u8 = computeQParam(QDType::UInt8, false, 0.0, 1e-7);
  EXPECT_DOUBLE_EQ(u8.scale, 1e-5);
  EXPECT_EQ(u8.zeroPoint, 0);
  // int16 max|x| = 1e-6: 1e-6 / 32767 = 3.05e-11 < 1e-8 -> 1e-8.
  QParam i16 = computeQParam(QDType::Int16, true, -1e-6, 5e-7);
  EXPECT_DOUBLE_EQ(i16.scale, 1e-8);
  // int16 max|x| = 1e-3: 1e-3 / 32767 = 3.0518e-8 stays above the floor.
  QParam above = computeQParam(QDType::Int16, true, -1e-3, 0.0);
  EXPECT_DOUBLE_EQ(above.scale, 1e-3 / 32767.0);
}

TEST(QParamsTest, HugeRange) {
  // int16 max|x| = 3.2767e10 -> scale = 1e6 exactly.
  QParam p = computeQParam(QDType::Int16, true, -3.2767e10, 1.0);
  EXPECT_DOUBLE_EQ(p.scale, 1e6);
  EXPECT_EQ(p.zeroPoint, 0);
  QRange r = getRange(QDType::Int16);
  EXPECT_EQ(quantizeValue(-3.2767e10, p, r), -32767);
  // Far outside the range: clamped, no overflow.
  EXPECT_EQ(quantizeValue(1e300, p, r), 32767);
  EXPECT_EQ(quantizeValue(-1e300, p, r), -32767);
  // uint8 [-1e30, 1e30]: scale = 2e30 / 255, zp = round(1e30 / scale) =
  // round(127.5) = 128 (half away from zero).
  QParam u8 = computeQParam(QDType::UInt8, false, -1e30, 1e30);
  EXPECT_NEAR(u8.scale / (2e30 / 255.0), 1.0, 1e-15);
  EXPECT_EQ(u8.zeroPoint, 128);
}

TEST(QParamsTest, Int16SymmetricNarrowRange) {
  QRange r = getRange(QDType::Int16);
  EXPECT_EQ(r.qmin, -32767);
  EXPECT_EQ(r.qmax, 32767);
  // max|x| = 3.2767 -> scale 1e-4; -3.2767 -> -32767, never -32768.
  QParam p = computeQParam(QDType::Int16, true, -3.2767, 1.0);
  EXPECT_NEAR(p.scale, 1e-4, 1e-18);
  EXPECT_EQ(quantizeValue(-3.2767, p, r), -32767);
  EXPECT_EQ(quantizeValue(-4.0, p, r), -32767);
  // int16 is symmetric even when asked for asymmetric.
  QParam q = computeQParam(QDType::Int16, false, 0.0, 3.2767);
  EXPECT_EQ(q.zeroPoint, 0);
  EXPECT_NEAR(q.scale, 1e-4, 1e-18);
}

TEST(QParamsTest, RoundHalfAwayFromZero) {
  QParam p{0.5, 0};
  QRange r = getRange(QDType::Int8);
  EXPECT_EQ(quantizeValue(0.25, p, r), 1);   // 0.5 -> 1
  EXPECT_EQ(quantizeValue(-0.25, p, r), -1); // -0.5 -> -1
  EXPECT_EQ(quantizeValue(0.75, p, r), 2);   // 1.5 -> 2
  EXPECT_EQ(quantizeValue(1.25, p, r), 3);   // 2.5 -> 3 (not 2)
  EXPECT_EQ(quantizeValue(100.0, p, r), 127);
  EXPECT_EQ(quantizeValue(-100.0, p, r), -128);
}

TEST(QParamsTest, QuantizeValueIsStdRoundThenClamp) {
  // quantizeValue rounds without libm (it runs per weight element); it must
  // equal clamp(std::round(x / s) + zp) everywhere: exact halves, values
  // next to them, far outside the range, and random values.
  auto reference = [](double x, QParam p, QRange r) {
    double q = std::round(x / p.scale);
    q = std::clamp(q, double(r.qmin) - double(p.zeroPoint),
                   double(r.qmax) - double(p.zeroPoint));
    return std::clamp(int64_t(q) + p.zeroPoint, r.qmin, r.qmax);
  };
  std::vector<double> xs = {0.0, -0.0, 1e300, -1e300, 4e9, -4e9,
                            0.49999999999999994, -0.49999999999999994};
  for (int k = -600; k <= 600; ++k) {
    double half = k * 0.125;
    xs.push_back(half);
    xs.push_back(std::nextafter(half, 1e9));
    xs.push_back(std::nextafter(half, -1e9));
  }
  std::mt19937_64 rng(3);
  std::uniform_real_distribution<double> dist(-50.0, 50.0);
  for (int i = 0; i < 20000; ++i)
    xs.push_back(dist(rng));
  for (QDType dtype : {QDType::Int8, QDType::UInt8, QDType::Int16,
                       QDType::Int32, QDType::Int4}) {
    QRange range = getRange(dtype);
    for (QParam p : {QParam{0.25, 0}, QParam{0.1, 3}, QParam{1.0, -7},
                     QParam{1e-5, 0}, QParam{0.5, range.qmin}})
      for (double x : xs)
        ASSERT_EQ(quantizeValue(x, p, range), reference(x, p, range))
            << "x " << x << " scale " << p.scale << " zp " << p.zeroPoint;
  }
}

TEST(QParamsTest, QuantizeValuesEqualsQuantizeValue) {
  // The two-lane kernel must give quantizeValue's results on f32 inputs:
  // exact halves of each scale, their float neighbours, values far outside
  // the range (and whose ratio overflows to inf), random values; odd
  // lengths and offsets exercise the scalar tail.
  std::vector<float> xs = {0.0f, -0.0f, 3.4e38f, -3.4e38f, 1e30f, -1e30f,
                           4e9f, -4e9f, 0.49999997f, -0.49999997f};
  for (int k = -600; k <= 600; ++k) {
    float half = k * 0.125f;
    xs.push_back(half);
    xs.push_back(std::nextafter(half, 1e9f));
    xs.push_back(std::nextafter(half, -1e9f));
  }
  std::mt19937_64 rng(5);
  std::uniform_real_distribution<float> dist(-50.0f, 50.0f);
  for (int i = 0; i < 20001; ++i)
    xs.push_back(dist(rng));
  // A scale with a non-representable reciprocal, whose ratios land near
  // halves: x = (k + 0.5) * 0.1f.
  for (int k = -300; k <= 300; ++k)
    xs.push_back(float((k + 0.5) * double(0.1f)));
  std::vector<int32_t> out(xs.size());
  for (QDType dtype : {QDType::Int8, QDType::UInt8, QDType::Int16,
                       QDType::Int4, QDType::Int32}) {
    QRange range = getRange(dtype);
    for (QParam p : {QParam{0.25, 0}, QParam{0.1, 3}, QParam{1.0, -7},
                     QParam{double(0.1f), 0}, QParam{1e-5, 0},
                     QParam{0.5, range.qmin}})
      for (size_t offset : {size_t(0), size_t(1)}) {
        ArrayRef<float> in = ArrayRef<float>(xs).drop_front(offset);
        quantizeValues(in, p, range, out.data());
        for (size_t i = 0; i < in.size(); ++i)
          ASSERT_EQ(out[i], quantizeValue(double(in[i]), p, range))
              << "x " << in[i] << " scale " << p.scale << " zp "
              << p.zeroPoint;
      }
  }
}

TEST(QParamsTest, FiniteChannelRangesInOnePass) {
  // [outer 2, channels 2, inner 2]: channel 0 holds 1, -3, 0.5, 2;
  // channel 1 holds 4, 4, -1, 0.25.
  std::vector<float> data = {1, -3, 4, 4, 0.5f, 2, -1, 0.25f};
  auto ranges = getFiniteChannelRanges(ArrayRef<float>(data), 2, 2);
  ASSERT_TRUE(ranges);
  ASSERT_EQ(ranges->size(), 2u);
  EXPECT_EQ((*ranges)[0], std::make_pair(-3.0, 2.0));
  EXPECT_EQ((*ranges)[1], std::make_pair(-1.0, 4.0));
  // Per tensor: one channel over everything.
  auto whole = getFiniteChannelRanges(ArrayRef<float>(data), 1, 8);
  ASSERT_TRUE(whole);
  EXPECT_EQ(whole->front(), std::make_pair(-3.0, 4.0));
  // Empty: {0, 0}, as computePerChannel gives.
  auto empty = getFiniteChannelRanges(ArrayRef<float>(), 1, 0);
  ASSERT_TRUE(empty);
  EXPECT_EQ(empty->front(), std::make_pair(0.0, 0.0));
  // Any NaN or infinity refuses the whole constant.
  for (float bad : {std::numeric_limits<float>::quiet_NaN(),
                    std::numeric_limits<float>::infinity(),
                    -std::numeric_limits<float>::infinity()}) {
    std::vector<float> withBad = data;
    withBad[5] = bad;
    EXPECT_FALSE(getFiniteChannelRanges(ArrayRef<float>(withBad), 2, 2));
  }
  std::vector<double> wide = {1, -3, 4, 4, 0.5, 2, -1, 0.25};
  wide[0] = std::numeric_limits<double>::quiet_NaN();
  EXPECT_FALSE(getFiniteChannelRanges(ArrayRef<double>(wide), 2, 2));
}

TEST(QParamsTest, PerChannelWithZeroChannel) {
  // 3 x 2 weights, axis 0, symmetric int8:
  // row 0 max|w| = 2.54 -> 0.02; row 1 all zero -> floor 1e-5;
  // row 2 max|w| = 0.127 -> 0.001.
  SmallVector<double> data{2.54, -1.0, 0.0, 0.0, -0.127, 0.1};
  SmallVector<QParam> params =
      computePerChannel(data, {3, 2}, 0, QDType::Int8, /*symmetric=*/true);
  ASSERT_EQ(params.size(), 3u);
  EXPECT_NEAR(params[0].scale, 0.02, 1e-15);
  EXPECT_DOUBLE_EQ(params[1].scale, 1e-5);
  EXPECT_NEAR(params[2].scale, 0.001, 1e-15);
  for (const QParam &p : params)
    EXPECT_EQ(p.zeroPoint, 0);
  QRange r = getRange(QDType::Int8);
  EXPECT_EQ(quantizeValue(0.0, params[1], r), 0);
  EXPECT_EQ(quantizeValue(-1.0, params[0], r), -50);
}

TEST(QParamsTest, PerChannelLastAxis) {
  // 2 x 2, axis 1: column 0 = {1, -4}, column 1 = {0.5, 2}, uint8:
  // col 0 [-4, 1]: scale 5/255, zp round(4 * 255 / 5) = 204;
  // col 1 [0, 2]: scale 2/255, zp 0.
  SmallVector<double> data{1.0, 0.5, -4.0, 2.0};
  SmallVector<QParam> params =
      computePerChannel(data, {2, 2}, 1, QDType::UInt8, false);
  ASSERT_EQ(params.size(), 2u);
  EXPECT_NEAR(params[0].scale, 5.0 / 255.0, 1e-15);
  EXPECT_EQ(params[0].zeroPoint, 204);
  EXPECT_NEAR(params[1].scale, 2.0 / 255.0, 1e-15);
  EXPECT_EQ(params[1].zeroPoint, 0);
}

TEST(QParamsTest, BiasScales) {
  // s_b[c] = s_in * s_w[c]: 0.5 * {0.01, 0.002} = {0.005, 0.001}.
  SmallVector<QParam> params = computeBiasQParams(0.5, {0.01, 0.002});
  ASSERT_EQ(params.size(), 2u);
  EXPECT_DOUBLE_EQ(params[0].scale, 0.005);
  EXPECT_DOUBLE_EQ(params[1].scale, 0.001);
  EXPECT_EQ(params[0].zeroPoint, 0);
  EXPECT_EQ(params[1].zeroPoint, 0);
}

TEST(QParamsTest, FixedOutputs) {
  auto check = [](FixedOutputKind kind, QDType dtype, double scale,
                  int64_t zp) {
    std::optional<QParam> p = getFixedOutputQParam(kind, dtype);
    ASSERT_TRUE(p.has_value());
    EXPECT_DOUBLE_EQ(p->scale, scale);
    EXPECT_EQ(p->zeroPoint, zp);
  };
  check(FixedOutputKind::Softmax, QDType::UInt8, 1.0 / 255.0, 0);
  check(FixedOutputKind::Logistic, QDType::UInt8, 1.0 / 256.0, 0);
  check(FixedOutputKind::Tanh, QDType::UInt8, 2.0 / 256.0, 128);
  check(FixedOutputKind::Softmax, QDType::Int16, 1.0 / 32767.0, 0);
  check(FixedOutputKind::Logistic, QDType::Int16, 1.0 / 32768.0, 0);
  check(FixedOutputKind::Tanh, QDType::Int16, 1.0 / 32768.0, 0);
  EXPECT_FALSE(getFixedOutputQParam(FixedOutputKind::Softmax, QDType::Int4));
}

TEST(QParamsTest, QuantizedTypes) {
  MLIRContext context;
  context.loadDialect<quant::QuantDialect>();
  Type f32 = Float32Type::get(&context);
  auto i16 = cast<quant::UniformQuantizedType>(
      makeQuantizedType(f32, QDType::Int16, {{0.5, 0}}, std::nullopt));
  EXPECT_EQ(i16.getStorageTypeMin(), -32767);
  EXPECT_EQ(i16.getStorageTypeMax(), 32767);
  EXPECT_TRUE(i16.isSigned());
  EXPECT_EQ(getQDType(i16), QDType::Int16);
  auto [lo, hi] = getRepresentableRange(i16);
  EXPECT_DOUBLE_EQ(lo, -16383.5);
  EXPECT_DOUBLE_EQ(hi, 16383.5);

  auto u8 = cast<quant::UniformQuantizedPerAxisType>(makeQuantizedType(
      f32, QDType::UInt8, {{0.1, 128}, {0.2, 0}}, /*axis=*/1));
  EXPECT_FALSE(u8.isSigned());
  EXPECT_EQ(u8.getQuantizedDimension(), 1);
  EXPECT_EQ(u8.getStorageTypeMax(), 255);
  EXPECT_EQ(getQDType(u8), QDType::UInt8);
}

TEST(QParamsTest, ParseDtype) {
  EXPECT_EQ(parseQDType("int8"), QDType::Int8);
  EXPECT_EQ(parseQDType("uint4"), QDType::UInt4);
  EXPECT_FALSE(parseQDType("fp8").has_value());
  EXPECT_EQ(toString(QDType::Int16), "int16");
}

} // namespace
