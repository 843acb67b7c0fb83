//===- Observers.h - calibration statistics ---------------------*- C++ -*-===//
//
// Observers accumulate the real range of one activation over calibration
// samples; QParams.h turns that range into scale and zero point. They are
// free of IR so the unit tests can feed them known data.
//
//===----------------------------------------------------------------------===//
#ifndef TICO_QUANTIZATION_OBSERVERS_H
#define TICO_QUANTIZATION_OBSERVERS_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"

#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

namespace mlir::tico::quantization {

enum class ObserverKind { MinMax, Ema, Percentile };

std::optional<ObserverKind> parseObserverKind(llvm::StringRef name);

struct ObserverOptions {
  ObserverKind kind = ObserverKind::MinMax;
  /// ema: v = momentum * v + (1 - momentum) * v_batch after the first batch.
  double momentum = 0.9;
  /// percentile: the clipping percentile in (0, 100].
  double percentile = 99.99;
  /// percentile: values kept; beyond this a uniform reservoir sample
  /// (fixed seed) stands for all values seen, min and max stay exact.
  size_t maxValues = size_t(1) << 22;
  /// Per-channel statistics along this axis (minmax and ema only).
  std::optional<int64_t> axis;
};

/// The range [min, max] seen at one site, per tensor or per channel.
class Observer {
public:
  explicit Observer(ObserverOptions options) : options(options) {}

  /// Adds one batch: row-major `data` of `shape`. Non-finite values (an
  /// additive -inf mask) are ignored: they carry no range information.
  void update(llvm::ArrayRef<double> data, llvm::ArrayRef<int64_t> shape);

  /// Number of batches seen.
  unsigned getNumBatches() const { return batches; }

  /// Whether any batch held a non-finite value (a quantized tensor cannot
  /// hold it, so such a value is better left float).
  bool sawNonFinite() const { return nonFinite; }

  /// The observed ranges, one per channel (one for per-tensor). A channel
  /// that only saw non-finite values gets [0, 0].
  llvm::SmallVector<std::pair<double, double>> getRanges() const;

private:
  ObserverOptions options;
  unsigned batches = 0;
  bool nonFinite = false;
  llvm::SmallVector<double> mins, maxs;
  /// percentile: the finite values seen (all of them up to maxValues, so
  /// the quantiles are exact on small calibration sets), their count and
  /// exact extremes.
  std::vector<double> values;
  uint64_t numValues = 0;
  double lowest = 0, highest = 0;
  uint64_t rngState = 0x9E3779B97F4A7C15ull;
};

/// The q-th percentile (0..100) of `values` with linear interpolation
/// between the closest ranks (numpy's default); `values` is reordered.
double computePercentile(std::vector<double> &values, double q);

} // namespace mlir::tico::quantization

#endif // TICO_QUANTIZATION_OBSERVERS_H
