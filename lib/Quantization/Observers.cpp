//===- Observers.cpp - calibration statistics -----------------------------===//

#include "tico/Quantization/Observers.h"

#include "llvm/ADT/StringSwitch.h"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <limits>

using namespace mlir::tico::quantization;

std::optional<ObserverKind>
mlir::tico::quantization::parseObserverKind(llvm::StringRef name) {
  return llvm::StringSwitch<std::optional<ObserverKind>>(name)
      .Case("minmax", ObserverKind::MinMax)
      .Case("ema", ObserverKind::Ema)
      .Case("percentile", ObserverKind::Percentile)
      .Default(std::nullopt);
}

double mlir::tico::quantization::computePercentile(std::vector<double> &values,
                                                   double q) {
  if (values.empty())
    return 0.0;
  double rank = std::clamp(q, 0.0, 100.0) / 100.0 * (values.size() - 1);
  size_t lo = static_cast<size_t>(std::floor(rank));
  size_t hi = std::min(lo + 1, values.size() - 1);
  std::nth_element(values.begin(), values.begin() + lo, values.end());
  double low = values[lo];
  if (hi == lo)
    return low;
  // The next rank is the minimum of the upper part.
  double high = *std::min_element(values.begin() + hi, values.end());
  return low + (rank - lo) * (high - low);
}

void Observer::update(llvm::ArrayRef<double> data,
                      llvm::ArrayRef<int64_t> shape) {
  for (double v : data)
    nonFinite |= !std::isfinite(v);
  if (options.kind == ObserverKind::Percentile) {
    for (double v : data) {
      if (!std::isfinite(v))
        continue;
      lowest = numValues ? std::min(lowest, v) : v;
      highest = numValues ? std::max(highest, v) : v;
      ++numValues;
      if (values.size() < options.maxValues) {
        values.push_back(v);
        continue;
      }
      // Reservoir sampling (Algorithm R) with a splitmix64 generator:
      // every value seen so far is kept with the same probability.
      uint64_t z = (rngState += 0x9E3779B97F4A7C15ull);
      z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
      z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
      z ^= z >> 31;
      uint64_t slot = z % numValues;
      if (slot < values.size())
        values[slot] = v;
    }
    ++batches;
    return;
  }
  // [outer, channels, inner] around the channel axis.
  int64_t channels = 1, inner = 1;
  if (options.axis) {
    int64_t axis = *options.axis;
    assert(axis >= 0 && axis < int64_t(shape.size()) && "axis out of range");
    channels = shape[axis];
    for (size_t d = axis + 1; d < shape.size(); ++d)
      inner *= shape[d];
  }
  constexpr double inf = std::numeric_limits<double>::infinity();
  llvm::SmallVector<double> batchMin(channels, inf), batchMax(channels, -inf);
  for (size_t i = 0; i < data.size(); ++i) {
    double v = data[i];
    if (!std::isfinite(v))
      continue;
    int64_t c = (int64_t(i) / inner) % channels;
    batchMin[c] = std::min(batchMin[c], v);
    batchMax[c] = std::max(batchMax[c], v);
  }
  if (batches == 0) {
    mins = batchMin;
    maxs = batchMax;
  }
  for (int64_t c = 0; batches > 0 && c < channels; ++c) {
    if (!std::isfinite(batchMin[c]))
      continue; // no finite value in this batch
    if (!std::isfinite(mins[c])) {
      mins[c] = batchMin[c];
      maxs[c] = batchMax[c];
    } else if (options.kind == ObserverKind::Ema) {
      double m = options.momentum;
      mins[c] = m * mins[c] + (1 - m) * batchMin[c];
      maxs[c] = m * maxs[c] + (1 - m) * batchMax[c];
    } else {
      mins[c] = std::min(mins[c], batchMin[c]);
      maxs[c] = std::max(maxs[c], batchMax[c]);
    }
  }
  ++batches;
}

llvm::SmallVector<std::pair<double, double>> Observer::getRanges() const {
  llvm::SmallVector<std::pair<double, double>> ranges;
  if (options.kind == ObserverKind::Percentile) {
    if (values.empty())
      return {{0.0, 0.0}};
    std::vector<double> work = values;
    double min = lowest, max = highest, p = options.percentile;
    if (p >= 100.0)
      return {{min, max}};
    // One-sided data clips one end; mixed data splits the tail evenly.
    if (min >= 0)
      return {{0.0, computePercentile(work, p)}};
    if (max <= 0)
      return {{computePercentile(work, 100.0 - p), 0.0}};
    double tail = (100.0 - p) / 2;
    double low = computePercentile(work, tail);
    return {{low, computePercentile(work, 100.0 - tail)}};
  }
  for (size_t c = 0; c < mins.size(); ++c) {
    if (std::isfinite(mins[c]))
      ranges.push_back({mins[c], maxs[c]});
    else
      ranges.push_back({0.0, 0.0});
  }
  if (ranges.empty())
    ranges.push_back({0.0, 0.0});
  return ranges;
}
