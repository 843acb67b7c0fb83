//===- CheckedShape.h - element counts that cannot overflow ------*- C++ -*-===//
//
// Shapes read from files (.circle tensors, ONNX shape operands) may hold
// negative entries or entries whose product overflows int64. Every reader
// counts elements through this one function before it builds a type or
// allocates anything.
//
//===----------------------------------------------------------------------===//
#ifndef TICO_SUPPORT_CHECKEDSHAPE_H
#define TICO_SUPPORT_CHECKEDSHAPE_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/Support/CheckedArithmetic.h"

#include <cstdint>
#include <optional>

namespace mlir::tico {

/// The number of elements of `shape`, or nullopt when an entry is negative
/// (MLIR's dynamic size included) or the product does not fit in int64.
inline std::optional<int64_t>
getCheckedNumElements(llvm::ArrayRef<int64_t> shape) {
  int64_t count = 1;
  for (int64_t dim : shape) {
    if (dim < 0)
      return std::nullopt;
    std::optional<int64_t> product = llvm::checkedMul(count, dim);
    if (!product)
      return std::nullopt;
    count = *product;
  }
  return count;
}

} // namespace mlir::tico

#endif // TICO_SUPPORT_CHECKEDSHAPE_H
