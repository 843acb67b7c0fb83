//===- FixedPoint.cpp - TFLite fixed-point requantization arithmetic ------===//

#include "tico/Interpreter/FixedPoint.h"

#include <cmath>
#include <limits>

namespace mlir::tico::interp::fixedpoint {

// tensorflow/lite/kernels/internal/quantization_util.cc, QuantizeMultiplier.
QuantizedMultiplier quantizeMultiplier(double realMultiplier) {
  QuantizedMultiplier result;
  if (realMultiplier == 0.0)
    return result;
  int shift = 0;
  double significand = std::frexp(realMultiplier, &shift);
  // TfLiteRound is std::round: half away from zero.
  int64_t fixed =
      static_cast<int64_t>(std::round(significand * 2147483648.0));
  if (fixed == (int64_t{1} << 31)) {
    fixed /= 2;
    ++shift;
  }
  if (shift < -31) { // every bit would be shifted out
    shift = 0;
    fixed = 0;
  }
  result.multiplier = static_cast<int32_t>(fixed);
  result.shift = shift;
  return result;
}

// gemmlowp/fixedpoint/fixedpoint.h, SaturatingRoundingDoublingHighMul.
int32_t saturatingRoundingDoublingHighMul(int32_t a, int32_t b) {
  constexpr int32_t minValue = std::numeric_limits<int32_t>::min();
  if (a == minValue && b == minValue)
    return std::numeric_limits<int32_t>::max();
  int64_t product = static_cast<int64_t>(a) * static_cast<int64_t>(b);
  int64_t nudge = product >= 0 ? (int64_t{1} << 30) : 1 - (int64_t{1} << 30);
  // Division truncates toward zero, as in gemmlowp.
  return static_cast<int32_t>((product + nudge) / (int64_t{1} << 31));
}

// gemmlowp/fixedpoint/fixedpoint.h, RoundingDivideByPOT.
int32_t roundingDivideByPOT(int32_t x, int exponent) {
  if (exponent <= 0)
    return x;
  // gemmlowp asserts exponent <= 31 (a larger shift is undefined behaviour in
  // C++; DIV reaches it with small numerators): give the exact rounded
  // quotient, which only INT32_MIN / 2^32 = -0.5 rounds away from 0.
  if (exponent > 31)
    return exponent == 32 && x == std::numeric_limits<int32_t>::min() ? -1 : 0;
  const int32_t mask = static_cast<int32_t>((int64_t{1} << exponent) - 1);
  const int32_t remainder = x & mask;
  const int32_t threshold = (mask >> 1) + (x < 0 ? 1 : 0);
  return (x >> exponent) + (remainder > threshold ? 1 : 0);
}

// tensorflow/lite/kernels/internal/common.h, MultiplyByQuantizedMultiplier
// (int32 x, double rounding).
int32_t multiplyByQuantizedMultiplier(int32_t x, int32_t multiplier,
                                      int shift) {
  int leftShift = shift > 0 ? shift : 0;
  int rightShift = shift > 0 ? 0 : -shift;
  // TFLite computes x * (1 << left_shift) in int32; wrap instead of UB.
  int32_t shifted = static_cast<int32_t>(
      static_cast<uint32_t>(static_cast<int64_t>(x) * (int64_t{1} << leftShift)));
  return roundingDivideByPOT(saturatingRoundingDoublingHighMul(shifted, multiplier),
                             rightShift);
}

// tensorflow/lite/kernels/internal/common.h, MultiplyByQuantizedMultiplier
// (int64 x).
int32_t multiplyByQuantizedMultiplier64(int64_t x, int32_t multiplier,
                                        int shift) {
  int32_t reduced = multiplier < 0x7FFF0000 ? (multiplier + (1 << 15)) >> 16
                                            : 0x7FFF;
  int totalShift = 15 - shift;
  int64_t value = x * static_cast<int64_t>(reduced);
  if (totalShift > 0)
    value = (value + (int64_t{1} << (totalShift - 1))) >> totalShift;
  return static_cast<int32_t>(value);
}

// tensorflow/lite/kernels/internal/common.h,
// MultiplyByQuantizedMultiplierSmallerThanOneExp.
int32_t multiplyByQuantizedMultiplierSmallerThanOneExp(int32_t x,
                                                       int32_t multiplier,
                                                       int leftShift) {
  return roundingDivideByPOT(saturatingRoundingDoublingHighMul(x, multiplier),
                             -leftShift);
}

int countLeadingSignBits(int32_t x) {
  auto bits = static_cast<uint32_t>(x >= 0 ? x : ~x);
  return (bits == 0 ? 32 : __builtin_clz(bits)) - 1;
}

namespace {

// gemmlowp SaturatingRoundingMultiplyByPOT<exponent> for exponent > 0.
int32_t saturatingShiftLeft(int32_t x, int exponent) {
  const int32_t threshold = (int32_t{1} << (31 - exponent)) - 1;
  if (x > threshold)
    return std::numeric_limits<int32_t>::max();
  if (x < -threshold)
    return std::numeric_limits<int32_t>::min();
  return static_cast<int32_t>(static_cast<uint32_t>(x) << exponent);
}

int32_t wrappingAdd(int32_t a, int32_t b) {
  return static_cast<int32_t>(static_cast<uint32_t>(a) +
                              static_cast<uint32_t>(b));
}

} // namespace

// gemmlowp/fixedpoint/fixedpoint.h one_over_one_plus_x_for_x_in_0_1 with
// F0 = FixedPoint<int32, 0>, F2 = FixedPoint<int32, 2>: products are
// SaturatingRoundingDoublingHighMul of the raw values, sums wrap.
int32_t oneOverOnePlusXForXIn01(int32_t a) {
  // RoundingHalfSum(a, F0::One()), F0::One() = INT32_MAX.
  int64_t sum = int64_t{a} + std::numeric_limits<int32_t>::max();
  auto halfDenominator = static_cast<int32_t>((sum + (sum >= 0 ? 1 : -1)) / 2);
  const int32_t constant48Over17 = 1515870810;     // F2 48/17
  const int32_t constantNeg32Over17 = -1010580540; // F2 -32/17
  const int32_t f2One = int32_t{1} << 29;
  int32_t x = wrappingAdd(
      constant48Over17,
      saturatingRoundingDoublingHighMul(halfDenominator, constantNeg32Over17));
  for (int i = 0; i < 3; ++i) {
    int32_t halfDenominatorTimesX =
        saturatingRoundingDoublingHighMul(halfDenominator, x);
    int32_t oneMinus = wrappingAdd(f2One, -halfDenominatorTimesX);
    // x * oneMinus is F4; Rescale<2> multiplies the raw value by 2^2.
    x = wrappingAdd(
        x, saturatingShiftLeft(saturatingRoundingDoublingHighMul(x, oneMinus),
                               2));
  }
  // Rescale<0>(ExactMulByPot<-1>(x)): F1 raw x rescaled to F0, i.e. * 2.
  return saturatingShiftLeft(x, 1);
}

// tensorflow/lite/kernels/internal/common.h, GetReciprocal.
int32_t getReciprocal(int32_t x, int xIntegerDigits, int *numBitsOverUnit) {
  int headroomPlusOne = __builtin_clz(static_cast<uint32_t>(x));
  *numBitsOverUnit = xIntegerDigits - headroomPlusOne;
  auto shiftedSumMinusOne = static_cast<int32_t>(
      (static_cast<uint32_t>(x) << headroomPlusOne) - (uint32_t{1} << 31));
  return oneOverOnePlusXForXIn01(shiftedSumMinusOne);
}

} // namespace mlir::tico::interp::fixedpoint
