//===- TQTraits.cpp - traits shared by tq ops -----------------------------===//

#include "tico/Dialect/TQ/IR/TQTraits.h"

#include "mlir/Dialect/Quant/IR/QuantTypes.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/TypeUtilities.h"

using namespace mlir;

LogicalResult mlir::tico::tq::verifySameElementKind(Operation *op) {
  SmallVector<Type> types(op->getOperandTypes());
  llvm::append_range(types, op->getResultTypes());
  return verifySameElementKind(op, types);
}

LogicalResult mlir::tico::tq::verifySameElementKind(Operation *op,
                                                    ArrayRef<Type> types) {
  Type plainType;     // the first non-quantized element type seen
  Type expressedType; // the expressed type of the first quantized value
  auto check = [&](Type type) -> LogicalResult {
    Type element = getElementTypeOrSelf(type);
    if (auto quantized = dyn_cast<quant::QuantizedType>(element)) {
      if (plainType)
        return op->emitOpError("mixes ")
               << plainType << " and quantized " << quantized << " values";
      if (expressedType && expressedType != quantized.getExpressedType())
        return op->emitOpError("expected quantized types expressed in ")
               << expressedType << ", got " << quantized;
      expressedType = quantized.getExpressedType();
      return success();
    }
    if (expressedType)
      return op->emitOpError("mixes quantized and ") << element << " values";
    if (plainType && plainType != element)
      return op->emitOpError("expected element type ")
             << plainType << ", got " << element;
    plainType = element;
    return success();
  };
  for (Type type : types)
    if (failed(check(type)))
      return failure();
  return success();
}
