//===- FixedPointTest.cpp - TFLite fixed-point helpers, hand-checked ------===//

#include "tico/Interpreter/FixedPoint.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

using namespace mlir::tico::interp::fixedpoint;

namespace {

constexpr int32_t kHalf = 1 << 30; // 0.5 in Q0.31

void expectMultiplier(double real, int32_t multiplier, int shift) {
  QuantizedMultiplier m = quantizeMultiplier(real);
  EXPECT_EQ(m.multiplier, multiplier) << real;
  EXPECT_EQ(m.shift, shift) << real;
}

TEST(FixedPointTest, QuantizeMultiplier) {
  expectMultiplier(0.0, 0, 0);
  // frexp(0.5) = 0.5 * 2^0, frexp(1) = 0.5 * 2^1, frexp(3) = 0.75 * 2^2.
  expectMultiplier(0.5, kHalf, 0);
  expectMultiplier(1.0, kHalf, 1);
  expectMultiplier(0.25, kHalf, -1);
  expectMultiplier(3.0, 1610612736, 2); // 0.75 * 2^31
  // 1e-6 = 0.524288 * 2^-19; 0.524288 * 2^31 = 1125899906.842624 -> ...907.
  expectMultiplier(1e-6, 1125899907, -19);
  // Just below one: the significand rounds up to 2^31, which renormalizes to
  // 2^30 with shift + 1.
  expectMultiplier(1.0 - std::ldexp(1.0, -40), kHalf, 1);
  // 1 - 2^-31 -> significand * 2^31 = 2^31 - 1 exactly.
  expectMultiplier(1.0 - std::ldexp(1.0, -31), 2147483647, 0);
  // Shift below -31 flushes to zero; -31 itself is kept.
  expectMultiplier(std::ldexp(1.0, -40), 0, 0);
  expectMultiplier(std::ldexp(1.0, -32), kHalf, -31);
}

TEST(FixedPointTest, SaturatingRoundingDoublingHighMul) {
  // 0.5 * 0.5 = 0.25.
  EXPECT_EQ(saturatingRoundingDoublingHighMul(kHalf, kHalf), 1 << 29);
  // 1 * 0.5: ties go up (toward +inf): 0.5 -> 1, -0.5 -> 0, 1.5 -> 2,
  // -1.5 -> -1.
  EXPECT_EQ(saturatingRoundingDoublingHighMul(1, kHalf), 1);
  EXPECT_EQ(saturatingRoundingDoublingHighMul(-1, kHalf), 0);
  EXPECT_EQ(saturatingRoundingDoublingHighMul(3, kHalf), 2);
  EXPECT_EQ(saturatingRoundingDoublingHighMul(-3, kHalf), -1);
  EXPECT_EQ(saturatingRoundingDoublingHighMul(-4, kHalf), -2);
  constexpr int32_t minValue = std::numeric_limits<int32_t>::min();
  EXPECT_EQ(saturatingRoundingDoublingHighMul(minValue, minValue),
            std::numeric_limits<int32_t>::max());
  // -1 * -1 + ... : INT32_MIN * INT32_MAX = -(2^31 - 1) in Q0.31.
  EXPECT_EQ(saturatingRoundingDoublingHighMul(
                minValue, std::numeric_limits<int32_t>::max()),
            -2147483647);
}

TEST(FixedPointTest, RoundingDivideByPOT) {
  // Ties away from zero.
  EXPECT_EQ(roundingDivideByPOT(5, 1), 3);   // 2.5
  EXPECT_EQ(roundingDivideByPOT(-5, 1), -3); // -2.5
  EXPECT_EQ(roundingDivideByPOT(-3, 1), -2); // -1.5
  EXPECT_EQ(roundingDivideByPOT(-1, 1), -1); // -0.5
  EXPECT_EQ(roundingDivideByPOT(1, 1), 1);   // 0.5
  EXPECT_EQ(roundingDivideByPOT(6, 2), 2);   // 1.5
  EXPECT_EQ(roundingDivideByPOT(-6, 2), -2); // -1.5
  EXPECT_EQ(roundingDivideByPOT(-5, 2), -1); // -1.25
  EXPECT_EQ(roundingDivideByPOT(-7, 2), -2); // -1.75
  EXPECT_EQ(roundingDivideByPOT(7, 0), 7);
  EXPECT_EQ(roundingDivideByPOT(std::numeric_limits<int32_t>::max(), 31), 1);
}

TEST(FixedPointTest, MultiplyByQuantizedMultiplier) {
  // 0.5 = {2^30, 0}: one rounding, ties toward +inf.
  EXPECT_EQ(multiplyByQuantizedMultiplier(100, kHalf, 0), 50);
  EXPECT_EQ(multiplyByQuantizedMultiplier(101, kHalf, 0), 51);
  EXPECT_EQ(multiplyByQuantizedMultiplier(-101, kHalf, 0), -50);
  // 0.25 = {2^30, -1}: the high multiply and the shift both round.
  EXPECT_EQ(multiplyByQuantizedMultiplier(6, kHalf, -1), 2);   // 1.5
  EXPECT_EQ(multiplyByQuantizedMultiplier(-6, kHalf, -1), -2); // -1.5
  EXPECT_EQ(multiplyByQuantizedMultiplier(-2, kHalf, -1), -1); // -0.5
  // Double rounding: 3 * 0.25 = 0.75 -> 1.5 -> 2 -> 2 / 2 = 1; -3 * 0.25:
  // -1.5 -> -1, then -0.5 -> -1.
  EXPECT_EQ(multiplyByQuantizedMultiplier(3, kHalf, -1), 1);
  EXPECT_EQ(multiplyByQuantizedMultiplier(-3, kHalf, -1), -1);
  // -5 * 0.25 = -1.25: -2.5 -> -2, then -1 exactly; -7 * 0.25: -3.5 -> -3,
  // then -1.5 -> -2.
  EXPECT_EQ(multiplyByQuantizedMultiplier(-5, kHalf, -1), -1);
  EXPECT_EQ(multiplyByQuantizedMultiplier(-7, kHalf, -1), -2);
  // Positive shifts: 1.0 = {2^30, 1}, 3.0 = {0.75 * 2^31, 2}.
  EXPECT_EQ(multiplyByQuantizedMultiplier(3, kHalf, 1), 3);
  EXPECT_EQ(multiplyByQuantizedMultiplier(-3, 1610612736, 2), -9);
  EXPECT_EQ(multiplyByQuantizedMultiplier(1000, quantizeMultiplier(1e-6)), 0);
  EXPECT_EQ(multiplyByQuantizedMultiplier(1000000, quantizeMultiplier(1e-6)),
            1);
}

TEST(FixedPointTest, MultiplyByQuantizedMultiplier64) {
  // 0.5: reduced multiplier (2^30 + 2^15) >> 16 = 2^14, total shift 15.
  EXPECT_EQ(multiplyByQuantizedMultiplier64(101, kHalf, 0), 51);
  EXPECT_EQ(multiplyByQuantizedMultiplier64(-101, kHalf, 0), -50);
  EXPECT_EQ(multiplyByQuantizedMultiplier64(-103, kHalf, 0), -51); // -51.5
  // Inputs wider than 32 bits: 1e9 * 0.25 with total shift 16.
  EXPECT_EQ(multiplyByQuantizedMultiplier64(4000000000LL, kHalf, -1),
            1000000000);
  // A multiplier >= 0x7FFF0000 reduces to 0x7FFF: 2^20 * 32767 / 2^15
  // = 1048544, + 0.5 rounds down by the floor.
  EXPECT_EQ(multiplyByQuantizedMultiplier64(1 << 20, 0x7FFFFFFF, 0), 1048544);
  // 0x40008000 reduces (rounding up) to 0x4001.
  EXPECT_EQ(multiplyByQuantizedMultiplier64(1 << 15, 0x40008000, 0), 0x4001);
}

TEST(FixedPointTest, SmallerThanOneExp) {
  // 0.25 = {2^30, left shift -1}.
  EXPECT_EQ(multiplyByQuantizedMultiplierSmallerThanOneExp(6, kHalf, -1), 2);
  EXPECT_EQ(multiplyByQuantizedMultiplierSmallerThanOneExp(-7, kHalf, -1), -2);
}

TEST(FixedPointTest, RoundingDivideByPOTBeyond31Bits) {
  // gemmlowp asserts exponent <= 31; DIV can ask for more. The exact
  // quotient: only INT32_MIN / 2^32 = -0.5 rounds (away from zero) to -1.
  EXPECT_EQ(roundingDivideByPOT(-(1 << 30), 31), -1); // -0.5, in range
  EXPECT_EQ(roundingDivideByPOT(1 << 30, 31), 1);     // 0.5
  EXPECT_EQ(roundingDivideByPOT(0x7FFFFFFF, 32), 0);
  EXPECT_EQ(roundingDivideByPOT(INT32_MIN, 32), -1);
  EXPECT_EQ(roundingDivideByPOT(INT32_MIN, 33), 0);
  EXPECT_EQ(roundingDivideByPOT(5, 40), 0);
}

TEST(FixedPointTest, CountLeadingSignBits) {
  EXPECT_EQ(countLeadingSignBits(0), 31);
  EXPECT_EQ(countLeadingSignBits(-1), 31);
  EXPECT_EQ(countLeadingSignBits(1), 30);
  EXPECT_EQ(countLeadingSignBits(-2), 30);
  EXPECT_EQ(countLeadingSignBits(0x3FFFFFFF), 1);
  EXPECT_EQ(countLeadingSignBits(INT32_MIN), 0);
}

TEST(FixedPointTest, GetReciprocal) {
  int bits = 0;
  // 4 = 0.5 * 2^3: 1/(1 + 0) converges to 2 in Q2.29, i.e. 1.0, which
  // saturates in Q0.31; 2 bits over the unit (1/4 = 1.0 * 2^-2).
  EXPECT_EQ(getReciprocal(4, 31, &bits), INT32_MAX);
  EXPECT_EQ(bits, 2);
  // 3: 1/1.5 = 2/3 * 2^31 = 1431655765.3; three Newton-Raphson steps stop
  // 3 below it (the value of the independent Python model of gemmlowp).
  EXPECT_EQ(getReciprocal(3, 31, &bits), 1431655762);
  EXPECT_EQ(bits, 1);
  // oneOverOnePlusX at x = 1 - 2^-31 (INT32_MAX): about 0.5.
  EXPECT_NEAR(oneOverOnePlusXForXIn01(INT32_MAX), 1 << 30, 4);
}

} // namespace
