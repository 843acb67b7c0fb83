//===- ShapeUtils.h - axis and shape helpers for op verifiers ---*- C++ -*-===//
//
// Axis normalization, static-shape formatting and the spatial output-size
// formula shared by the tq and circle verifiers. Dynamic sizes are
// ShapedType::kDynamic throughout and are compatible with any size.
//
//===----------------------------------------------------------------------===//
#ifndef TICO_DIALECT_COMMON_SHAPEUTILS_H
#define TICO_DIALECT_COMMON_SHAPEUTILS_H

#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/Operation.h"

#include <optional>
#include <string>

namespace mlir::tico {

/// `axis` in [-rank, rank) mapped to [0, rank), else std::nullopt.
std::optional<int64_t> normalizeAxis(int64_t axis, int64_t rank);

/// Normalizes `axis` or emits "<name> A out of range [-r, r)".
FailureOr<int64_t> verifyAxis(Operation *op, int64_t axis, int64_t rank,
                              StringRef name = "axis");

/// Normalizes every axis of `axes` against `rank`, rejecting out-of-range and
/// repeated axes. The result keeps the order of `axes`.
FailureOr<SmallVector<int64_t>> verifyAxes(Operation *op,
                                           ArrayRef<int64_t> axes,
                                           int64_t rank,
                                           StringRef name = "axes");

/// Equal, or at least one of them dynamic.
bool isCompatibleDim(int64_t a, int64_t b);

/// Emits "expected <what> shape [..], got [..]" unless `actual` has the rank
/// of `expected` and compatible sizes.
LogicalResult verifyShape(Operation *op, ArrayRef<int64_t> expected,
                          ShapedType actual, StringRef what = "result");

/// The numpy broadcast of two shapes, or std::nullopt when they conflict.
std::optional<SmallVector<int64_t>> broadcastShapes(ArrayRef<int64_t> a,
                                                    ArrayRef<int64_t> b);

/// True when `from` broadcasts to exactly `to` (numpy rules, `to` unchanged).
bool isBroadcastableTo(ArrayRef<int64_t> from, ArrayRef<int64_t> to);

/// Output size of a strided window along one spatial dim:
/// floor((in + padBefore + padAfter - dilation * (kernel - 1) - 1) / stride)
/// + 1, dynamic if `in` or `kernel` is dynamic.
int64_t windowOutputSize(int64_t in, int64_t kernel, int64_t stride,
                         int64_t padBefore, int64_t padAfter,
                         int64_t dilation = 1);

/// A shape spelled for diagnostics: [2, ?, 4].
std::string formatShape(ArrayRef<int64_t> shape);

} // namespace mlir::tico

#endif // TICO_DIALECT_COMMON_SHAPEUTILS_H
