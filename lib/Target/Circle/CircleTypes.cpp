//===- CircleTypes.cpp - MLIR types <-> Circle tensor types ---------------===//

#include "CircleTypes.h"

#include "mlir/Dialect/Quant/IR/QuantTypes.h"
#include "mlir/IR/AsmState.h"
#include "mlir/IR/BuiltinDialect.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/DialectResourceBlobManager.h"
#include "llvm/Support/CheckedArithmetic.h"

using namespace mlir;
using namespace mlir::tico::circle;
namespace fb = ::circle;

std::optional<fb::TensorType>
mlir::tico::circle::lookupCircleTensorType(Type type) {
  bool isUnsigned = false;
  if (auto quantized = dyn_cast<quant::QuantizedType>(type)) {
    isUnsigned = !quantized.isSigned();
    type = quantized.getStorageType();
  }
  if (type.isF32())
    return fb::TensorType_FLOAT32;
  if (type.isF16())
    return fb::TensorType_FLOAT16;
  if (type.isF64())
    return fb::TensorType_FLOAT64;
  if (auto integer = dyn_cast<IntegerType>(type)) {
    isUnsigned |= integer.isUnsigned();
    switch (integer.getWidth()) {
    case 1:
      return fb::TensorType_BOOL;
    case 4:
      return isUnsigned ? fb::TensorType_UINT4 : fb::TensorType_INT4;
    case 8:
      return isUnsigned ? fb::TensorType_UINT8 : fb::TensorType_INT8;
    case 16:
      return isUnsigned ? fb::TensorType_UINT16 : fb::TensorType_INT16;
    case 32:
      return isUnsigned ? fb::TensorType_UINT32 : fb::TensorType_INT32;
    case 64:
      return isUnsigned ? fb::TensorType_UINT64 : fb::TensorType_INT64;
    default:
      break;
    }
  }
  return std::nullopt;
}

FailureOr<fb::TensorType>
mlir::tico::circle::getCircleTensorType(Type type, Location loc) {
  if (std::optional<fb::TensorType> circleType = lookupCircleTensorType(type))
    return *circleType;
  if (type.isBF16())
    return emitError(loc, "bf16 has no Circle tensor type; cast to f32 or "
                          "f16 before export");
  return emitError(loc, "element type ") << type << " has no Circle tensor type";
}

Type mlir::tico::circle::getMlirElementType(fb::TensorType type,
                                            MLIRContext *context) {
  Builder b(context);
  auto u = [&](unsigned width) {
    return IntegerType::get(context, width, IntegerType::Unsigned);
  };
  switch (type) {
  case fb::TensorType_FLOAT32:
    return b.getF32Type();
  case fb::TensorType_FLOAT16:
    return b.getF16Type();
  case fb::TensorType_FLOAT64:
    return b.getF64Type();
  case fb::TensorType_BOOL:
    return b.getI1Type();
  case fb::TensorType_INT4:
    return b.getIntegerType(4);
  case fb::TensorType_UINT4:
    return u(4);
  case fb::TensorType_INT8:
    return b.getIntegerType(8);
  case fb::TensorType_UINT8:
    return u(8);
  case fb::TensorType_INT16:
    return b.getIntegerType(16);
  case fb::TensorType_UINT16:
    return u(16);
  case fb::TensorType_INT32:
    return b.getIntegerType(32);
  case fb::TensorType_UINT32:
    return u(32);
  case fb::TensorType_INT64:
    return b.getIntegerType(64);
  case fb::TensorType_UINT64:
    return u(64);
  default:
    return nullptr;
  }
}

/// Bits per element as Circle stores it: bool takes a byte.
static unsigned getStoredBitWidth(Type elementType) {
  unsigned width = elementType.getIntOrFloatBitWidth();
  return width == 1 ? 8 : width;
}

std::optional<uint64_t> mlir::tico::circle::getStoredSize(Type elementType,
                                                          int64_t count) {
  if (count < 0)
    return std::nullopt;
  unsigned width = getStoredBitWidth(elementType);
  if (width == 4)
    return (uint64_t(count) + 1) / 2;
  std::optional<uint64_t> bits =
      llvm::checkedMulUnsigned(uint64_t(count), uint64_t(width));
  if (!bits)
    return std::nullopt;
  return *bits / 8;
}

/// The stored size of a constant of `type`, failing at `loc` when the type
/// claims more bytes than 64 bits can count.
static FailureOr<uint64_t> getConstantStoredSize(ShapedType type,
                                                 Location loc) {
  std::optional<int64_t> count = mlir::tico::getCheckedNumElements(type.getShape());
  std::optional<uint64_t> size =
      count ? getStoredSize(type.getElementType(), *count) : std::nullopt;
  if (!size)
    return emitError(loc, "the byte size of ") << type << " overflows 64 bits";
  return *size;
}

FailureOr<ConstantBytes>
mlir::tico::circle::getConstantBytes(ElementsAttr value, Location loc) {
  ShapedType type = value.getShapedType();
  Type elementType = type.getElementType();
  if (!elementType.isIntOrFloat())
    return emitError(loc, "constant of element type ")
           << elementType << " cannot be stored in Circle";
  FailureOr<uint64_t> expected = getConstantStoredSize(type, loc);
  if (failed(expected))
    return failure();
  ConstantBytes result;

  if (auto resource = dyn_cast<DenseResourceElementsAttr>(value)) {
    AsmResourceBlob *blob = resource.getRawHandle().getBlob();
    if (!blob)
      return emitError(loc, "dense resource '")
             << resource.getRawHandle().getKey() << "' has no data";
    result.borrowed = blob->getData();
    if (result.borrowed.size() != *expected)
      return emitError(loc, "dense resource holds ")
             << result.borrowed.size() << " bytes, its type needs "
             << *expected;
    return result;
  }

  auto dense = dyn_cast<DenseElementsAttr>(value);
  if (!dense)
    return emitError(loc, "unsupported constant attribute kind");
  unsigned width = getStoredBitWidth(elementType);
  // Splats, bools and 4-bit values are expanded into `owned`.
  bool expands = dense.isSplat() || elementType.isInteger(1) || width == 4;
  if (expands && *expected > kMaxSplatExpansionBytes)
    return emitError(loc, "constant ")
           << type << " expands to " << *expected << " bytes, more than the "
           << kMaxSplatExpansionBytes << " export expands in memory";
  if (elementType.isInteger(1)) {
    result.owned.reserve(*expected);
    for (bool b : dense.getValues<bool>())
      result.owned.push_back(b ? 1 : 0);
    return result;
  }
  if (width == 4) {
    // Two values per byte, the even index in the low nibble.
    result.owned.assign(*expected, 0);
    int64_t index = 0;
    for (const APInt &v : dense.getValues<APInt>()) {
      uint8_t nibble = v.getZExtValue() & 0xF;
      result.owned[index / 2] |= char(index % 2 ? nibble << 4 : nibble);
      ++index;
    }
    return result;
  }
  ArrayRef<char> raw = dense.getRawData();
  if (dense.isSplat()) {
    result.owned.reserve(*expected);
    for (int64_t i = 0, e = type.getNumElements(); i < e; ++i)
      result.owned.insert(result.owned.end(), raw.begin(), raw.end());
    return result;
  }
  result.borrowed = raw;
  return result;
}

FailureOr<ElementsAttr>
mlir::tico::circle::decodeConstantBytes(ArrayRef<char> bytes, ShapedType type,
                                        Location loc, bool referenceBytes) {
  Type elementType = type.getElementType();
  FailureOr<uint64_t> expected = getConstantStoredSize(type, loc);
  if (failed(expected))
    return failure();
  if (bytes.size() != *expected)
    return emitError(loc, "buffer holds ") << bytes.size() << " bytes, tensor "
                                           << type << " needs " << *expected;
  unsigned width = getStoredBitWidth(elementType);
  if (elementType.isInteger(1)) {
    SmallVector<bool> values;
    values.reserve(bytes.size());
    for (char c : bytes)
      values.push_back(c != 0);
    return ElementsAttr(DenseElementsAttr::get(type, values));
  }
  if (width == 4) {
    SmallVector<APInt> values;
    values.reserve(type.getNumElements());
    bool isSigned = !elementType.isUnsignedInteger();
    for (int64_t i = 0, e = type.getNumElements(); i < e; ++i) {
      uint8_t byte = static_cast<uint8_t>(bytes[i / 2]);
      uint8_t nibble = i % 2 ? byte >> 4 : byte & 0xF;
      values.push_back(APInt(4, nibble, isSigned));
    }
    return ElementsAttr(DenseElementsAttr::get(type, values));
  }
  if (referenceBytes) {
    // Points into the caller's mapped file: no copy of the weights.
    auto blob = UnmanagedAsmResourceBlob::allocateWithAlign(
        bytes, std::max<size_t>(width / 8, 1));
    return ElementsAttr(
        DenseResourceElementsAttr::get(type, "circle_buffer", std::move(blob)));
  }
  bool detectedSplat = false;
  if (!DenseElementsAttr::isValidRawBuffer(type, bytes, detectedSplat))
    return emitError(loc, "buffer bytes do not form a valid ") << type;
  return ElementsAttr(DenseElementsAttr::getFromRawBuffer(type, bytes));
}
