//===- StorageType.cpp - constants whose values use a storage type --------===//

#include "tico/Dialect/Common/StorageType.h"

#include "mlir/Dialect/Quant/IR/QuantTypes.h"

using namespace mlir;

Type mlir::tico::getStorageElementType(Type elementType) {
  if (auto quantized = dyn_cast<quant::QuantizedType>(elementType))
    return quantized.getStorageType();
  return elementType;
}

bool mlir::tico::isStorageTypeOf(ShapedType valueType, ShapedType type) {
  if (valueType == type)
    return true;
  return valueType.getShape() == type.getShape() &&
         valueType.getElementType() ==
             getStorageElementType(type.getElementType());
}

ParseResult mlir::tico::parseStorageResultType(OpAsmParser &parser,
                                               Attribute &value, Type &type) {
  if (parser.parseAttribute(value))
    return failure();
  if (succeeded(parser.parseOptionalArrow()))
    return parser.parseType(type);
  auto typed = dyn_cast<TypedAttr>(value);
  if (!typed)
    return parser.emitError(parser.getCurrentLocation(),
                            "expected a typed constant value");
  type = typed.getType();
  return success();
}

void mlir::tico::printStorageResultType(OpAsmPrinter &printer, Operation *,
                                        Attribute value, Type type) {
  printer.printAttribute(value);
  if (cast<TypedAttr>(value).getType() != type)
    printer << " -> " << type;
}
