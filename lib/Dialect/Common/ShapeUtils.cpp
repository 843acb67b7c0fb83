//===- ShapeUtils.cpp - axis and shape helpers for op verifiers -----------===//

#include "tico/Dialect/Common/ShapeUtils.h"

#include "mlir/Dialect/Traits.h"
#include "llvm/ADT/SmallSet.h"

using namespace mlir;

std::optional<int64_t> mlir::tico::normalizeAxis(int64_t axis, int64_t rank) {
  if (axis < -rank || axis >= rank)
    return std::nullopt;
  return axis < 0 ? axis + rank : axis;
}

FailureOr<int64_t> mlir::tico::verifyAxis(Operation *op, int64_t axis,
                                          int64_t rank, StringRef name) {
  if (std::optional<int64_t> normalized = normalizeAxis(axis, rank))
    return *normalized;
  return op->emitOpError() << name << " " << axis << " out of range [" << -rank
                           << ", " << rank << ")";
}

FailureOr<SmallVector<int64_t>>
mlir::tico::verifyAxes(Operation *op, ArrayRef<int64_t> axes, int64_t rank,
                       StringRef name) {
  SmallVector<int64_t> normalized;
  llvm::SmallSet<int64_t, 8> seen;
  for (int64_t axis : axes) {
    FailureOr<int64_t> n = verifyAxis(op, axis, rank, name);
    if (failed(n))
      return failure();
    if (!seen.insert(*n).second)
      return op->emitOpError() << name << " repeats axis " << *n;
    normalized.push_back(*n);
  }
  return normalized;
}

bool mlir::tico::isCompatibleDim(int64_t a, int64_t b) {
  return a == b || ShapedType::isDynamic(a) || ShapedType::isDynamic(b);
}

std::string mlir::tico::formatShape(ArrayRef<int64_t> shape) {
  std::string text;
  llvm::raw_string_ostream os(text);
  os << "[";
  llvm::interleaveComma(shape, os, [&](int64_t dim) {
    if (ShapedType::isDynamic(dim))
      os << "?";
    else
      os << dim;
  });
  os << "]";
  return text;
}

LogicalResult mlir::tico::verifyShape(Operation *op, ArrayRef<int64_t> expected,
                                      ShapedType actual, StringRef what) {
  ArrayRef<int64_t> shape = actual.getShape();
  if (shape.size() == expected.size() &&
      llvm::all_of(llvm::zip_equal(expected, shape), [](auto pair) {
        return isCompatibleDim(std::get<0>(pair), std::get<1>(pair));
      }))
    return success();
  return op->emitOpError("expected ")
         << what << " shape " << formatShape(expected) << ", got "
         << formatShape(shape);
}

std::optional<SmallVector<int64_t>>
mlir::tico::broadcastShapes(ArrayRef<int64_t> a, ArrayRef<int64_t> b) {
  SmallVector<int64_t> result;
  if (!OpTrait::util::getBroadcastedShape(a, b, result))
    return std::nullopt;
  return result;
}

bool mlir::tico::isBroadcastableTo(ArrayRef<int64_t> from,
                                   ArrayRef<int64_t> to) {
  if (from.size() > to.size())
    return false;
  ArrayRef<int64_t> tail = to.take_back(from.size());
  return llvm::all_of(llvm::zip_equal(from, tail), [](auto pair) {
    auto [f, t] = pair;
    return f == 1 || isCompatibleDim(f, t);
  });
}

int64_t mlir::tico::windowOutputSize(int64_t in, int64_t kernel,
                                     int64_t stride, int64_t padBefore,
                                     int64_t padAfter, int64_t dilation) {
  if (ShapedType::isDynamic(in) || ShapedType::isDynamic(kernel))
    return ShapedType::kDynamic;
  int64_t span = in + padBefore + padAfter - dilation * (kernel - 1) - 1;
  if (span < 0)
    return 0;
  return span / stride + 1;
}
