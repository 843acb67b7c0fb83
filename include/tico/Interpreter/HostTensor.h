//===- HostTensor.h - Host tensors for the reference interpreter -*- C++ -*-===//
//
// A HostTensor holds contiguous row-major bytes for a static shape and an
// MLIR element type. Float, integer and bool (i1, one byte 0/1) elements are
// stored in their own width; a `!quant.uniform` element is stored as its
// storage integer. The bytes are owned, or borrowed read-only from a
// constant attribute (HostTensor::borrow): weights are GBs, and a run must
// not copy them per sample.
//
//===----------------------------------------------------------------------===//

#ifndef TICO_INTERPRETER_HOSTTENSOR_H
#define TICO_INTERPRETER_HOSTTENSOR_H

#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/Types.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/SmallVector.h"

#include <cstdint>
#include <vector>

namespace mlir::tico::interp {

/// How an element type is stored and computed with.
enum class ElementKind {
  Float,    // f16, bf16, f32, f64: computed in double
  Signed,   // signless or signed integers of width 2..64
  Unsigned, // unsigned integers
  Bool,     // i1
  Quant,    // !quant.uniform (storage integer)
  Unknown,
};

/// The storage kind of `type` (for quantized types, the quant kind).
ElementKind getElementKind(Type type);
/// The storage integer type of a quantized element type, `type` otherwise.
Type getStorageElementType(Type type);
/// Bytes per element (1 for i1 and i4/ui4); 0 for unsupported types.
unsigned getElementByteWidth(Type type);

/// Half and bfloat16 conversions (round to nearest even).
float halfToFloat(uint16_t bits);
uint16_t floatToHalf(float value);
float bfloat16ToFloat(uint16_t bits);
uint16_t floatToBfloat16(float value);

class HostTensor {
public:
  /// An absent tensor (an omitted optional operand).
  HostTensor() = default;
  /// A zero-filled tensor.
  HostTensor(Type elementType, llvm::ArrayRef<int64_t> shape);
  /// A tensor that reads `bytes` (exactly its byte size, aligned to the
  /// element width) in place. They must outlive the tensor and its copies;
  /// copies share them, and the first write through a mutable accessor
  /// copies them into owned storage.
  static HostTensor borrow(Type elementType, llvm::ArrayRef<int64_t> shape,
                           llvm::ArrayRef<char> bytes);
  /// Whether the bytes are borrowed (see borrow()).
  bool isBorrowed() const { return borrowed != nullptr; }
  /// Copies borrowed bytes into owned storage (no-op when owned).
  void makeOwned();

  bool isAbsent() const { return !elementType; }
  Type getElementType() const { return elementType; }
  ElementKind getKind() const { return kind; }
  llvm::ArrayRef<int64_t> getShape() const { return shape; }
  int64_t getRank() const { return static_cast<int64_t>(shape.size()); }
  int64_t getNumElements() const { return numElements; }
  unsigned getElementByteWidth() const { return elementBytes; }
  RankedTensorType getType() const {
    return RankedTensorType::get(shape, elementType);
  }

  llvm::ArrayRef<char> getBytes() const {
    return {base(), static_cast<size_t>(numElements) * elementBytes};
  }
  llvm::MutableArrayRef<char> getMutableBytes() {
    makeOwned();
    return data;
  }
  const char *getElementPtr(int64_t i) const {
    return base() + i * elementBytes;
  }
  char *getElementPtr(int64_t i) {
    makeOwned();
    return data.data() + i * elementBytes;
  }

  /// Typed views; T must have the element's byte width.
  template <typename T> llvm::ArrayRef<T> getData() const {
    return {reinterpret_cast<const T *>(base()),
            static_cast<size_t>(numElements)};
  }
  template <typename T> llvm::MutableArrayRef<T> getMutableData() {
    makeOwned();
    return {reinterpret_cast<T *>(data.data()),
            static_cast<size_t>(numElements)};
  }

  /// Element `i` as a double (float kinds, integers, bool; quantized
  /// elements give their storage integer).
  double getDouble(int64_t i) const;
  /// Element `i` as an integer (floats truncate toward zero).
  int64_t getInt(int64_t i) const;
  /// Stores `value` rounded to the element type (floats) or converted with
  /// truncation toward zero and wrap-around (integers), `value != 0` (bool).
  void setDouble(int64_t i, double value);
  /// Stores `value` wrapped to the element width (floats convert).
  void setInt(int64_t i, int64_t value);

  /// All elements as doubles / integers.
  std::vector<double> toDoubles() const;
  std::vector<int64_t> toInts() const;

  /// A tensor of `elementType` filled from `values`.
  static HostTensor fromDoubles(Type elementType, llvm::ArrayRef<int64_t> shape,
                                llvm::ArrayRef<double> values);
  static HostTensor fromInts(Type elementType, llvm::ArrayRef<int64_t> shape,
                             llvm::ArrayRef<int64_t> values);

  /// The same bytes under another shape (element counts must match).
  HostTensor reshaped(llvm::ArrayRef<int64_t> newShape) const;

private:
  struct NoAllocation {};
  /// Type and shape set, no bytes.
  HostTensor(Type elementType, llvm::ArrayRef<int64_t> shape, NoAllocation);
  const char *base() const { return borrowed ? borrowed : data.data(); }

  Type elementType;
  ElementKind kind = ElementKind::Unknown;
  llvm::SmallVector<int64_t, 4> shape;
  int64_t numElements = 0;
  unsigned elementBytes = 0;
  unsigned storageBits = 0;
  bool isSigned = false; // integer or quantized storage signedness
  std::vector<char> data;
  /// Borrowed bytes (then `data` is empty), or null.
  const char *borrowed = nullptr;
};

/// Row-major strides of `shape`.
llvm::SmallVector<int64_t, 4> getStrides(llvm::ArrayRef<int64_t> shape);
int64_t getNumElements(llvm::ArrayRef<int64_t> shape);
/// The element count of a tensor of `elementType` and `shape` after the
/// checks every HostTensor allocation makes (static shape, no overflow, at
/// most 16 GiB); stops the process with exit code 1 otherwise.
int64_t getCheckedNumElements(Type elementType, llvm::ArrayRef<int64_t> shape);

/// A row-major shape seen as [outer, size, inner] around dimension `axis`
/// (the loop bounds of every kernel that works along one axis).
struct AxisSplit {
  int64_t outer;
  int64_t size;
  int64_t inner;
};
AxisSplit splitAtAxis(llvm::ArrayRef<int64_t> shape, int64_t axis);

} // namespace mlir::tico::interp

#endif // TICO_INTERPRETER_HOSTTENSOR_H
