//===- CircleTypes.h - MLIR types <-> Circle tensor types -------*- C++ -*-===//
//
// Shared by export and import: element type mapping and the byte layout of
// constant data (bool one byte per element, 4-bit types two per byte, low
// nibble first).
//
//===----------------------------------------------------------------------===//
#ifndef TICO_LIB_TARGET_CIRCLE_CIRCLETYPES_H
#define TICO_LIB_TARGET_CIRCLE_CIRCLETYPES_H

#include "tico/Support/CheckedShape.h"
#include "tico/Target/Circle/circle_schema_generated.h"

#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/Location.h"

#include <optional>
#include <vector>

namespace mlir::tico::circle {

/// The Circle tensor type that stores elements of `type` (the storage type
/// of a quantized element type), or nullopt when Circle cannot hold it.
std::optional<::circle::TensorType> lookupCircleTensorType(Type type);

/// As lookupCircleTensorType, but fails with a diagnostic at `loc` for types
/// Circle cannot hold (e.g. bf16).
FailureOr<::circle::TensorType> getCircleTensorType(Type type, Location loc);

/// The MLIR element type of a Circle tensor type (signless integers, ui for
/// unsigned). Null for types tico does not read (strings, resources, ggml).
Type getMlirElementType(::circle::TensorType type, MLIRContext *context);

/// Bytes Circle stores for `count` elements of `elementType` (bool one byte,
/// 4-bit types two per byte), or nullopt when that overflows uint64.
std::optional<uint64_t> getStoredSize(Type elementType, int64_t count);

/// Export expands splat, bool and 4-bit constants in memory; beyond this
/// many bytes it fails instead of attempting the allocation.
constexpr uint64_t kMaxSplatExpansionBytes = uint64_t(1) << 32;

/// The bytes of a constant as Circle stores them. `borrowed` points into the
/// attribute's own storage when no conversion is needed (dense resource
/// blobs, non-splat dense data); otherwise the bytes live in `owned`.
struct ConstantBytes {
  ArrayRef<char> borrowed;
  std::vector<char> owned;
  ArrayRef<char> bytes() const {
    return owned.empty() ? borrowed : ArrayRef<char>(owned);
  }
};
FailureOr<ConstantBytes> getConstantBytes(ElementsAttr value, Location loc);

/// Decodes Circle buffer bytes into an attribute of `type` (whose element
/// type is the storage type). Fails when the data is too short for the type.
FailureOr<ElementsAttr> decodeConstantBytes(ArrayRef<char> bytes,
                                            ShapedType type, Location loc,
                                            bool referenceBytes);

} // namespace mlir::tico::circle

#endif // TICO_LIB_TARGET_CIRCLE_CIRCLETYPES_H
