//===- Compare.h - random inputs and output comparison ----------*- C++ -*-===//
//
// Shared by tico-run --compare and tico-pass-check, the differential
// harness that proves passes on numbers.
//
//===----------------------------------------------------------------------===//
#ifndef TICO_INTERPRETER_COMPARE_H
#define TICO_INTERPRETER_COMPARE_H

#include "tico/Interpreter/HostTensor.h"

#include <random>
#include <vector>

namespace mlir::tico::interp {

/// A random tensor: floats uniform in [-1, 1), integers uniform in [0, 8)
/// (valid indices for small tables), bools uniform.
HostTensor makeRandomTensor(RankedTensorType type, std::mt19937_64 &rng);

/// The real values of `tensor`: its elements, or for a `!quant.uniform`
/// tensor (per tensor or per axis) `scale * (q - zero_point)`, so a
/// quantized tensor can be compared with its float counterpart.
std::vector<double> getRealValues(const HostTensor &tensor);

/// How far `other` is from the reference `ref` (same shape). NaN in both at
/// one position counts as equal; NaN in one only counts as a mismatch.
struct TensorDiff {
  double meanAbs = 0.0;
  double maxAbs = 0.0;
  /// max |ref - other| / (max ref - min ref), the reference converter's
  /// PEIR (a zero range counts as 1).
  double peir = 0.0;
  /// max |ref| over the finite reference values.
  double maxRefAbs = 0.0;
  int64_t nanMismatches = 0;
};
TensorDiff compareTensors(const HostTensor &ref, const HostTensor &other);
/// The same on element values (same length), e.g. from getRealValues.
TensorDiff compareValues(ArrayRef<double> ref, ArrayRef<double> other);

} // namespace mlir::tico::interp

#endif // TICO_INTERPRETER_COMPARE_H
