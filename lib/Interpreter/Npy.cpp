//===- Npy.cpp - NumPy .npy reading and writing ---------------------------===//

#include "tico/Interpreter/Npy.h"

#include "mlir/Dialect/Quant/IR/QuantTypes.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/MLIRContext.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/raw_ostream.h"

#include <cstring>

namespace mlir::tico::interp {

static llvm::Error makeError(const Twine &message) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(), message);
}

/// The value text after `'key':` in a header dict, or "" when absent.
static StringRef findValue(StringRef header, StringRef key) {
  std::string quoted = ("'" + key + "'").str();
  size_t pos = header.find(quoted);
  if (pos == StringRef::npos)
    return "";
  StringRef rest = header.drop_front(pos + quoted.size()).ltrim();
  if (!rest.consume_front(":"))
    return "";
  return rest.ltrim();
}

static Type dtypeToType(StringRef dtype, MLIRContext *context) {
  Builder b(context);
  if (dtype.size() != 3)
    return Type();
  char order = dtype[0];
  StringRef code = dtype.drop_front();
  bool oneByte = code.ends_with("1");
  if (!(order == '<' || ((order == '|' || order == '=') && oneByte)))
    return Type();
  if (code == "f2")
    return b.getF16Type();
  if (code == "f4")
    return b.getF32Type();
  if (code == "f8")
    return b.getF64Type();
  if (code == "b1")
    return b.getI1Type();
  unsigned width = 0;
  if (code.drop_front() == "1")
    width = 8;
  else if (code.drop_front() == "2")
    width = 16;
  else if (code.drop_front() == "4")
    width = 32;
  else if (code.drop_front() == "8")
    width = 64;
  if (!width)
    return Type();
  if (code[0] == 'i')
    return b.getIntegerType(width);
  if (code[0] == 'u')
    return IntegerType::get(context, width, IntegerType::Unsigned);
  return Type();
}

std::string getNpyDtype(Type elementType) {
  Type type = getStorageElementType(elementType);
  if (type.isF16())
    return "<f2";
  if (type.isF32())
    return "<f4";
  if (type.isF64())
    return "<f8";
  auto intType = dyn_cast<IntegerType>(type);
  if (!intType)
    return "";
  unsigned width = intType.getWidth();
  if (width == 1)
    return "|b1";
  unsigned bytes = width <= 8 ? 1 : width <= 16 ? 2 : width <= 32 ? 4 : 8;
  if (bytes * 8 != width)
    return "";
  // Quantized storage types are signless; the quant type has the sign.
  bool isUnsigned = intType.isUnsigned();
  if (auto quantType = dyn_cast<quant::QuantizedType>(elementType))
    isUnsigned = !quantType.isSigned();
  return (bytes == 1 ? "|" : "<") + std::string(isUnsigned ? "u" : "i") +
         std::to_string(bytes);
}

llvm::Expected<HostTensor> parseNpy(StringRef buffer, MLIRContext *context) {
  if (!buffer.starts_with("\x93NUMPY") || buffer.size() < 10)
    return makeError("expected a .npy file (magic \\x93NUMPY)");
  uint8_t major = buffer[6];
  size_t headerLen, offset;
  if (major == 1) {
    headerLen = static_cast<uint8_t>(buffer[8]) |
                (static_cast<size_t>(static_cast<uint8_t>(buffer[9])) << 8);
    offset = 10;
  } else if (major == 2 || major == 3) {
    if (buffer.size() < 12)
      return makeError("truncated .npy header");
    headerLen = 0;
    for (int i = 0; i < 4; ++i)
      headerLen |= static_cast<size_t>(static_cast<uint8_t>(buffer[8 + i]))
                   << (8 * i);
    offset = 12;
  } else {
    return makeError("expected .npy version 1, 2 or 3, got " + Twine(major));
  }
  if (buffer.size() < offset + headerLen)
    return makeError("truncated .npy header");
  StringRef header = buffer.substr(offset, headerLen);

  StringRef descr = findValue(header, "descr");
  if (!descr.consume_front("'"))
    return makeError("expected a 'descr' string in the .npy header");
  descr = descr.take_until([](char c) { return c == '\''; });
  Type elementType = dtypeToType(descr, context);
  if (!elementType)
    return makeError("not supported yet: .npy dtype '" + descr +
                     "' (expected little-endian <f2 <f4 <f8 <i1 <i2 <i4 <i8 "
                     "<u1 <u2 <u4 <u8 |b1)");

  StringRef fortran = findValue(header, "fortran_order");
  if (fortran.starts_with("True"))
    return makeError("not supported yet: fortran_order .npy arrays (save a "
                     "C-order array, e.g. np.ascontiguousarray)");
  if (!fortran.starts_with("False"))
    return makeError("expected 'fortran_order' in the .npy header");

  StringRef shapeText = findValue(header, "shape");
  if (!shapeText.consume_front("("))
    return makeError("expected a 'shape' tuple in the .npy header");
  shapeText = shapeText.take_until([](char c) { return c == ')'; });
  SmallVector<int64_t> shape;
  SmallVector<StringRef> parts;
  shapeText.split(parts, ',');
  for (StringRef part : parts) {
    part = part.trim();
    if (part.empty())
      continue;
    int64_t dim;
    if (part.getAsInteger(10, dim) || dim < 0)
      return makeError("expected non-negative dimensions in the .npy shape, "
                       "got '" + part + "'");
    shape.push_back(dim);
  }

  HostTensor tensor(elementType, shape);
  StringRef data = buffer.drop_front(offset + headerLen);
  size_t bytes = tensor.getBytes().size();
  if (data.size() != bytes)
    return makeError("expected " + Twine(bytes) + " data bytes in the .npy "
                     "file, got " + Twine(data.size()));
  std::memcpy(tensor.getMutableBytes().data(), data.data(), bytes);
  if (tensor.getKind() == ElementKind::Bool)
    for (char &c : tensor.getMutableBytes())
      c = c != 0;
  return tensor;
}

llvm::Expected<std::string> serializeNpy(const HostTensor &tensor) {
  const HostTensor *source = &tensor;
  HostTensor widened;
  if (isa<BFloat16Type>(tensor.getElementType())) {
    widened = HostTensor::fromDoubles(
        Float32Type::get(tensor.getElementType().getContext()),
        tensor.getShape(), tensor.toDoubles());
    source = &widened;
  }
  std::string dtype = getNpyDtype(source->getElementType());
  if (dtype.empty()) {
    std::string typeText;
    llvm::raw_string_ostream os(typeText);
    os << source->getElementType();
    return makeError("not supported yet: writing element type " + typeText +
                     " to .npy");
  }
  std::string shapeText = "(";
  for (auto [i, dim] : llvm::enumerate(source->getShape()))
    shapeText += (i ? ", " : "") + std::to_string(dim);
  shapeText += source->getRank() == 1 ? ",)" : ")";
  std::string dict = "{'descr': '" + dtype +
                     "', 'fortran_order': False, 'shape': " + shapeText;
  dict += ", }";
  // Pad with spaces so that the data starts at a multiple of 64, then '\n'.
  bool v2 = dict.size() + 11 > 65535;
  size_t prefix = v2 ? 12 : 10;
  size_t total = prefix + dict.size() + 1;
  size_t padded = (total + 63) / 64 * 64;
  dict.append(padded - total, ' ');
  dict += '\n';
  std::string out = "\x93NUMPY";
  out += static_cast<char>(v2 ? 2 : 1);
  out += static_cast<char>(0);
  size_t len = dict.size();
  for (size_t i = 0; i < (v2 ? 4u : 2u); ++i)
    out += static_cast<char>((len >> (8 * i)) & 0xff);
  out += dict;
  out.append(source->getBytes().data(), source->getBytes().size());
  return out;
}

} // namespace mlir::tico::interp
