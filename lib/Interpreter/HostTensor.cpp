//===- HostTensor.cpp - Host tensors for the reference interpreter --------===//

#include "tico/Interpreter/HostTensor.h"
#include "tico/Support/CheckedShape.h"

#include "mlir/Dialect/Quant/IR/QuantTypes.h"
#include "llvm/Support/CheckedArithmetic.h"
#include "llvm/Support/ErrorHandling.h"
#include "llvm/Support/raw_ostream.h"

#include <cassert>
#include <cmath>
#include <cstring>
#include <limits>

namespace mlir::tico::interp {

ElementKind getElementKind(Type type) {
  if (isa<quant::QuantizedType>(type))
    return ElementKind::Quant;
  if (isa<Float16Type, BFloat16Type, Float32Type, Float64Type>(type))
    return ElementKind::Float;
  if (auto intType = dyn_cast<IntegerType>(type)) {
    unsigned width = intType.getWidth();
    if (width == 1)
      return ElementKind::Bool;
    if (width > 64)
      return ElementKind::Unknown;
    return intType.isUnsigned() ? ElementKind::Unsigned : ElementKind::Signed;
  }
  return ElementKind::Unknown;
}

Type getStorageElementType(Type type) {
  if (auto quantType = dyn_cast<quant::QuantizedType>(type))
    return quantType.getStorageType();
  return type;
}

static unsigned bytesForBits(unsigned bits) {
  if (bits <= 8)
    return 1;
  if (bits <= 16)
    return 2;
  if (bits <= 32)
    return 4;
  return 8;
}

unsigned getElementByteWidth(Type type) {
  Type storage = getStorageElementType(type);
  if (getElementKind(storage) == ElementKind::Unknown)
    return 0;
  return bytesForBits(storage.getIntOrFloatBitWidth());
}

float halfToFloat(uint16_t bits) {
  uint32_t sign = static_cast<uint32_t>(bits & 0x8000) << 16;
  uint32_t exponent = (bits >> 10) & 0x1f;
  uint32_t mantissa = bits & 0x3ff;
  uint32_t result;
  if (exponent == 0x1f) {
    result = sign | 0x7f800000 | (mantissa << 13);
  } else if (exponent != 0) {
    result = sign | ((exponent + 112) << 23) | (mantissa << 13);
  } else if (mantissa == 0) {
    result = sign;
  } else {
    // Subnormal half: normalize.
    exponent = 113;
    while (!(mantissa & 0x400)) {
      mantissa <<= 1;
      --exponent;
    }
    result = sign | (exponent << 23) | ((mantissa & 0x3ff) << 13);
  }
  float value;
  std::memcpy(&value, &result, sizeof(value));
  return value;
}

uint16_t floatToHalf(float value) {
  uint32_t bits;
  std::memcpy(&bits, &value, sizeof(bits));
  uint16_t sign = static_cast<uint16_t>((bits >> 16) & 0x8000);
  uint32_t absBits = bits & 0x7fffffff;
  if (absBits >= 0x7f800000) // inf or nan
    return sign | 0x7c00 | (absBits > 0x7f800000 ? 0x200 : 0);
  if (absBits >= 0x477ff000) // rounds to >= 65520: overflow to inf
    return sign | 0x7c00;
  if (absBits < 0x38800000) {
    // Subnormal or zero in half: scale to an integer multiple of 2^-24 and
    // round to nearest even.
    float scaled = std::fabs(value) * 16777216.0f; // 2^24
    float rounded = std::nearbyint(scaled);
    return sign | static_cast<uint16_t>(rounded);
  }
  uint32_t mantissa = absBits & 0x7fffff;
  uint32_t exponent = (absBits >> 23) - 112;
  uint32_t half = (exponent << 10) | (mantissa >> 13);
  uint32_t rest = mantissa & 0x1fff;
  if (rest > 0x1000 || (rest == 0x1000 && (half & 1)))
    ++half; // may carry into the exponent, which is correct
  return sign | static_cast<uint16_t>(half);
}

float bfloat16ToFloat(uint16_t bits) {
  uint32_t wide = static_cast<uint32_t>(bits) << 16;
  float value;
  std::memcpy(&value, &wide, sizeof(value));
  return value;
}

uint16_t floatToBfloat16(float value) {
  uint32_t bits;
  std::memcpy(&bits, &value, sizeof(bits));
  if ((bits & 0x7fffffff) > 0x7f800000)
    return static_cast<uint16_t>((bits >> 16) | 0x40); // quiet nan
  uint32_t rounding = 0x7fff + ((bits >> 16) & 1);
  return static_cast<uint16_t>((bits + rounding) >> 16);
}

SmallVector<int64_t, 4> getStrides(ArrayRef<int64_t> shape) {
  SmallVector<int64_t, 4> strides(shape.size(), 1);
  for (int64_t i = static_cast<int64_t>(shape.size()) - 2; i >= 0; --i)
    strides[i] = strides[i + 1] * shape[i + 1];
  return strides;
}

int64_t getNumElements(ArrayRef<int64_t> shape) {
  int64_t count = 1;
  for (int64_t dim : shape)
    count *= dim;
  return count;
}

/// Every interpreter tensor lives in memory: past this size a model (whose
/// shapes come from a file) stops with a clear error rather than an attempt
/// to allocate terabytes.
static constexpr uint64_t kMaxTensorBytes = uint64_t(1) << 34; // 16 GiB

/// The element count of `shape` after checking that the tensor can be
/// allocated: no dynamic or negative dimension, no int64 overflow of the
/// element count or the byte size, at most kMaxTensorBytes. Bad input stops
/// the process with exit code 1 (no crash report): the constructor has no
/// way to return an error and every caller would otherwise overflow.
static int64_t checkAllocation(Type elementType, ArrayRef<int64_t> shape,
                               unsigned elementBytes) {
  auto fail = [&](const Twine &why) {
    std::string text;
    llvm::raw_string_ostream os(text);
    os << "tico interpreter: cannot allocate a tensor of shape [";
    llvm::interleaveComma(shape, os);
    os << "] x " << elementType << ": " << why;
    llvm::report_fatal_error(StringRef(text), /*gen_crash_diag=*/false);
  };
  if (llvm::any_of(shape, [](int64_t dim) { return dim < 0; }))
    fail("the shape is not static");
  std::optional<int64_t> count = mlir::tico::getCheckedNumElements(shape);
  if (!count)
    fail("the element count overflows 64 bits");
  std::optional<uint64_t> bytes =
      llvm::checkedMulUnsigned(uint64_t(*count), uint64_t(elementBytes));
  if (!bytes)
    fail("the byte size overflows 64 bits");
  if (*bytes > kMaxTensorBytes)
    fail(Twine(*bytes) + " bytes, more than the " + Twine(kMaxTensorBytes) +
         " the interpreter allocates per tensor");
  return *count;
}

int64_t getCheckedNumElements(Type elementType, ArrayRef<int64_t> shape) {
  return checkAllocation(elementType, shape,
                         interp::getElementByteWidth(elementType));
}

HostTensor::HostTensor(Type elementType, ArrayRef<int64_t> shape,
                       NoAllocation)
    : elementType(elementType), kind(getElementKind(elementType)),
      shape(shape.begin(), shape.end()),
      elementBytes(interp::getElementByteWidth(elementType)) {
  numElements = checkAllocation(elementType, shape, elementBytes);
  Type storage = getStorageElementType(elementType);
  if (storage.isIntOrFloat())
    storageBits = storage.getIntOrFloatBitWidth();
  if (auto quantType = dyn_cast<quant::QuantizedType>(elementType))
    isSigned = quantType.isSigned();
  else
    isSigned = kind == ElementKind::Signed;
}

HostTensor::HostTensor(Type elementType, ArrayRef<int64_t> shape)
    : HostTensor(elementType, shape, NoAllocation()) {
  data.assign(static_cast<size_t>(numElements) * elementBytes, 0);
}

HostTensor HostTensor::borrow(Type elementType, ArrayRef<int64_t> shape,
                              ArrayRef<char> bytes) {
  HostTensor tensor(elementType, shape, NoAllocation());
  assert(bytes.size() ==
             static_cast<size_t>(tensor.numElements) * tensor.elementBytes &&
         "borrowed bytes must match the tensor size");
  assert((tensor.elementBytes == 0 ||
          reinterpret_cast<uintptr_t>(bytes.data()) % tensor.elementBytes ==
              0) &&
         "borrowed bytes must be aligned to the element width");
  // An empty tensor keeps owned (empty) storage: its pointer may be null.
  if (!bytes.empty())
    tensor.borrowed = bytes.data();
  return tensor;
}

void HostTensor::makeOwned() {
  if (!borrowed)
    return;
  data.assign(borrowed,
              borrowed + static_cast<size_t>(numElements) * elementBytes);
  borrowed = nullptr;
}

/// Reads a raw integer of `bytes` bytes, sign- or zero-extended from `bits`.
static int64_t loadInt(const char *ptr, unsigned bytes, unsigned bits,
                       bool isSigned) {
  uint64_t raw = 0;
  std::memcpy(&raw, ptr, bytes); // little-endian host
  if (bits < 64) {
    uint64_t mask = (uint64_t(1) << bits) - 1;
    raw &= mask;
    if (isSigned && (raw >> (bits - 1)) & 1)
      raw |= ~mask;
  }
  return static_cast<int64_t>(raw);
}

static void storeInt(char *ptr, unsigned bytes, unsigned bits,
                     bool isSigned, int64_t value) {
  uint64_t raw = static_cast<uint64_t>(value);
  if (bits < 64) {
    uint64_t mask = (uint64_t(1) << bits) - 1;
    raw &= mask;
    if (isSigned && (raw >> (bits - 1)) & 1)
      raw |= ~mask;
  }
  std::memcpy(ptr, &raw, bytes);
}

double HostTensor::getDouble(int64_t i) const {
  const char *ptr = getElementPtr(i);
  switch (kind) {
  case ElementKind::Float:
    if (storageBits == 64) {
      double value;
      std::memcpy(&value, ptr, 8);
      return value;
    }
    if (storageBits == 32) {
      float value;
      std::memcpy(&value, ptr, 4);
      return value;
    }
    {
      uint16_t bits;
      std::memcpy(&bits, ptr, 2);
      return isa<BFloat16Type>(elementType) ? bfloat16ToFloat(bits)
                                            : halfToFloat(bits);
    }
  case ElementKind::Unsigned:
    return static_cast<double>(
        static_cast<uint64_t>(loadInt(ptr, elementBytes, storageBits, false)));
  default:
    return static_cast<double>(getInt(i));
  }
}

int64_t HostTensor::getInt(int64_t i) const {
  const char *ptr = getElementPtr(i);
  switch (kind) {
  case ElementKind::Float: {
    double value = getDouble(i);
    if (std::isnan(value))
      return 0;
    if (value >= 9.2233720368547758e18)
      return std::numeric_limits<int64_t>::max();
    if (value <= -9.2233720368547758e18)
      return std::numeric_limits<int64_t>::min();
    return static_cast<int64_t>(value);
  }
  case ElementKind::Bool:
    return *ptr != 0;
  case ElementKind::Signed:
  case ElementKind::Unsigned:
  case ElementKind::Quant:
    return loadInt(ptr, elementBytes, storageBits, isSigned);
  case ElementKind::Unknown:
    return 0;
  }
  return 0;
}

void HostTensor::setDouble(int64_t i, double value) {
  char *ptr = getElementPtr(i);
  if (kind == ElementKind::Float) {
    if (storageBits == 64) {
      std::memcpy(ptr, &value, 8);
    } else if (storageBits == 32) {
      float narrow = static_cast<float>(value);
      std::memcpy(ptr, &narrow, 4);
    } else {
      uint16_t bits = isa<BFloat16Type>(elementType)
                          ? floatToBfloat16(static_cast<float>(value))
                          : floatToHalf(static_cast<float>(value));
      std::memcpy(ptr, &bits, 2);
    }
    return;
  }
  if (kind == ElementKind::Bool) {
    *ptr = value != 0.0;
    return;
  }
  int64_t integer = 0;
  if (std::isnan(value))
    integer = 0;
  else if (value >= 9.2233720368547758e18)
    integer = std::numeric_limits<int64_t>::max();
  else if (value <= -9.2233720368547758e18)
    integer = std::numeric_limits<int64_t>::min();
  else
    integer = static_cast<int64_t>(value);
  setInt(i, integer);
}

void HostTensor::setInt(int64_t i, int64_t value) {
  char *ptr = getElementPtr(i);
  switch (kind) {
  case ElementKind::Float:
    setDouble(i, static_cast<double>(value));
    return;
  case ElementKind::Bool:
    *ptr = value != 0;
    return;
  case ElementKind::Signed:
  case ElementKind::Unsigned:
  case ElementKind::Quant:
    storeInt(ptr, elementBytes, storageBits, isSigned, value);
    return;
  case ElementKind::Unknown:
    return;
  }
}

std::vector<double> HostTensor::toDoubles() const {
  std::vector<double> values(numElements);
  if (kind == ElementKind::Float && storageBits == 32) {
    ArrayRef<float> floats = getData<float>();
    for (int64_t i = 0; i < numElements; ++i)
      values[i] = floats[i];
    return values;
  }
  for (int64_t i = 0; i < numElements; ++i)
    values[i] = getDouble(i);
  return values;
}

std::vector<int64_t> HostTensor::toInts() const {
  std::vector<int64_t> values(numElements);
  for (int64_t i = 0; i < numElements; ++i)
    values[i] = getInt(i);
  return values;
}

HostTensor HostTensor::fromDoubles(Type elementType, ArrayRef<int64_t> shape,
                                   ArrayRef<double> values) {
  HostTensor tensor(elementType, shape);
  if (tensor.kind == ElementKind::Float && tensor.storageBits == 32) {
    MutableArrayRef<float> floats = tensor.getMutableData<float>();
    for (int64_t i = 0; i < tensor.numElements; ++i)
      floats[i] = static_cast<float>(values[i]);
    return tensor;
  }
  for (int64_t i = 0; i < tensor.numElements; ++i)
    tensor.setDouble(i, values[i]);
  return tensor;
}

HostTensor HostTensor::fromInts(Type elementType, ArrayRef<int64_t> shape,
                                ArrayRef<int64_t> values) {
  HostTensor tensor(elementType, shape);
  for (int64_t i = 0; i < tensor.numElements; ++i)
    tensor.setInt(i, values[i]);
  return tensor;
}

HostTensor HostTensor::reshaped(ArrayRef<int64_t> newShape) const {
  HostTensor result = *this;
  result.shape.assign(newShape.begin(), newShape.end());
  return result;
}

} // namespace mlir::tico::interp

mlir::tico::interp::AxisSplit
mlir::tico::interp::splitAtAxis(llvm::ArrayRef<int64_t> shape,
                                          int64_t axis) {
  return {getNumElements(shape.take_front(axis)), shape[axis],
          getNumElements(shape.drop_front(axis + 1))};
}
