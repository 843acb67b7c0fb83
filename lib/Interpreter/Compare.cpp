//===- Compare.cpp - random inputs and output comparison ------------------===//

#include "tico/Interpreter/Compare.h"

#include "mlir/Dialect/Quant/IR/QuantTypes.h"

#include <cmath>

using namespace mlir;
using namespace mlir::tico::interp;

HostTensor mlir::tico::interp::makeRandomTensor(RankedTensorType type,
                                                std::mt19937_64 &rng) {
  HostTensor tensor(type.getElementType(), type.getShape());
  for (int64_t i = 0, e = tensor.getNumElements(); i < e; ++i) {
    uint64_t bits = rng();
    switch (tensor.getKind()) {
    case ElementKind::Float:
      tensor.setDouble(i, static_cast<double>(bits >> 11) * 0x1.0p-52 - 1.0);
      break;
    case ElementKind::Bool:
      tensor.setInt(i, bits >> 63);
      break;
    default:
      tensor.setInt(i, static_cast<int64_t>(bits >> 61));
      break;
    }
  }
  return tensor;
}

std::vector<double>
mlir::tico::interp::getRealValues(const HostTensor &tensor) {
  std::vector<double> values = tensor.toDoubles();
  Type element = tensor.getElementType();
  if (auto q = dyn_cast<quant::UniformQuantizedType>(element)) {
    for (double &v : values)
      v = q.getScale() * (v - static_cast<double>(q.getZeroPoint()));
  } else if (auto q = dyn_cast<quant::UniformQuantizedPerAxisType>(element)) {
    ArrayRef<int64_t> shape = tensor.getShape();
    int64_t axis = q.getQuantizedDimension();
    AxisSplit split = splitAtAxis(shape, axis);
    for (size_t i = 0; i < values.size(); ++i) {
      int64_t c = (static_cast<int64_t>(i) / split.inner) % split.size;
      values[i] = q.getScales()[c] *
                  (values[i] - static_cast<double>(q.getZeroPoints()[c]));
    }
  }
  return values;
}

TensorDiff mlir::tico::interp::compareTensors(const HostTensor &ref,
                                              const HostTensor &other) {
  return compareValues(ref.toDoubles(), other.toDoubles());
}

TensorDiff mlir::tico::interp::compareValues(ArrayRef<double> ref,
                                             ArrayRef<double> other) {
  TensorDiff diff;
  double minRef = INFINITY, maxRef = -INFINITY, sum = 0.0;
  int64_t n = static_cast<int64_t>(ref.size());
  for (int64_t i = 0; i < n; ++i) {
    double x = ref[i], y = other[i];
    if (std::isnan(x) || std::isnan(y)) {
      diff.nanMismatches += std::isnan(x) != std::isnan(y);
      continue;
    }
    double d = x == y ? 0.0 : std::fabs(x - y); // inf == inf is no diff
    sum += d;
    diff.maxAbs = std::max(diff.maxAbs, d);
    if (std::isfinite(x)) {
      minRef = std::min(minRef, x);
      maxRef = std::max(maxRef, x);
      diff.maxRefAbs = std::max(diff.maxRefAbs, std::fabs(x));
    }
  }
  diff.meanAbs = n ? sum / n : 0.0;
  double range = maxRef > minRef ? maxRef - minRef : 0.0;
  diff.peir = diff.maxAbs / (range == 0.0 ? 1.0 : range);
  return diff;
}
