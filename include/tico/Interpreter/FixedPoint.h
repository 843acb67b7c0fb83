//===- FixedPoint.h - TFLite fixed-point requantization arithmetic -*- C++ -*-===//
//
// Integer helpers with the exact rounding of TFLite's reference kernels
// (default build, i.e. the "double rounding" MultiplyByQuantizedMultiplier;
// TFLITE_SINGLE_ROUNDING is off). Sources (tensorflow/lite/kernels/internal):
// quantization_util.cc (QuantizeMultiplier), common.h
// (MultiplyByQuantizedMultiplier, both variants) and gemmlowp's
// fixedpoint.h (SaturatingRoundingDoublingHighMul, RoundingDivideByPOT).
//
//===----------------------------------------------------------------------===//

#ifndef TICO_INTERPRETER_FIXEDPOINT_H
#define TICO_INTERPRETER_FIXEDPOINT_H

#include <cstdint>

namespace mlir::tico::interp::fixedpoint {

/// A real multiplier M ~= multiplier * 2^(shift - 31), multiplier in
/// [2^30, 2^31) (or 0).
struct QuantizedMultiplier {
  int32_t multiplier = 0;
  int shift = 0;
};

/// TFLite QuantizeMultiplier: frexp, round the Q0.31 significand half away
/// from zero, renormalize 2^31, flush shifts below -31 to zero.
QuantizedMultiplier quantizeMultiplier(double realMultiplier);

/// gemmlowp SaturatingRoundingDoublingHighMul: (a * b * 2 + 2^31) >> 32 with
/// round half away from zero; saturates only INT32_MIN * INT32_MIN.
int32_t saturatingRoundingDoublingHighMul(int32_t a, int32_t b);

/// gemmlowp RoundingDivideByPOT: x / 2^exponent rounded half away from zero.
int32_t roundingDivideByPOT(int32_t x, int exponent);

/// TFLite MultiplyByQuantizedMultiplier(int32): left shift, doubling high
/// multiply, rounding right shift. The left shift wraps in 32 bits.
int32_t multiplyByQuantizedMultiplier(int32_t x, int32_t multiplier,
                                      int shift);
inline int32_t multiplyByQuantizedMultiplier(int32_t x,
                                             QuantizedMultiplier m) {
  return multiplyByQuantizedMultiplier(x, m.multiplier, m.shift);
}

/// TFLite MultiplyByQuantizedMultiplier(int64) used by the int16 kernels:
/// the multiplier is reduced to 15 bits (rounded), then
/// (x * reduced + 2^(total - 1)) >> total with total = 15 - shift.
int32_t multiplyByQuantizedMultiplier64(int64_t x, int32_t multiplier,
                                        int shift);
inline int32_t multiplyByQuantizedMultiplier64(int64_t x,
                                               QuantizedMultiplier m) {
  return multiplyByQuantizedMultiplier64(x, m.multiplier, m.shift);
}

/// TFLite MultiplyByQuantizedMultiplierSmallerThanOneExp (left_shift <= 0).
int32_t multiplyByQuantizedMultiplierSmallerThanOneExp(int32_t x,
                                                       int32_t multiplier,
                                                       int leftShift);

/// Scales as TFLite stores them: float32, widened to double.
/// tensorflow/lite/kernels/internal/common.h CountLeadingSignBits (GCC's
/// __builtin_clrsb): 31 for 0 and -1.
int countLeadingSignBits(int32_t x);

/// gemmlowp one_over_one_plus_x_for_x_in_0_1 on a Q0.31 raw value: three
/// Newton-Raphson steps in Q2.29.
int32_t oneOverOnePlusXForXIn01(int32_t x);

/// common.h GetReciprocal: 1/x in Q0.31 for x > 0 with `xIntegerDigits`
/// integer bits; `numBitsOverUnit` receives the scale exponent.
int32_t getReciprocal(int32_t x, int xIntegerDigits, int *numBitsOverUnit);

inline double tfliteScale(double scale) {
  return static_cast<double>(static_cast<float>(scale));
}

} // namespace mlir::tico::interp::fixedpoint

#endif // TICO_INTERPRETER_FIXEDPOINT_H
