//===- TQDialect.cpp - tq dialect registration ----------------------------===//

#include "tico/Dialect/TQ/IR/TQDialect.h"
#include "tico/Dialect/TQ/IR/TQOps.h"
#include "tico/Dialect/Common/StorageType.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/DialectImplementation.h"
#include "llvm/ADT/TypeSwitch.h"

using namespace mlir;
using namespace mlir::tico;
using namespace mlir::tico::tq;

#include "tico/Dialect/TQ/IR/TQOpsDialect.cpp.inc"
#include "tico/Dialect/TQ/IR/TQEnums.cpp.inc"
#define GET_ATTRDEF_CLASSES
#include "tico/Dialect/TQ/IR/TQAttrs.cpp.inc"

void TQDialect::initialize() {
  addAttributes<
#define GET_ATTRDEF_LIST
#include "tico/Dialect/TQ/IR/TQAttrs.cpp.inc"
      >();
  addOperations<
#define GET_OP_LIST
#include "tico/Dialect/TQ/IR/TQOps.cpp.inc"
      >();
}

Operation *TQDialect::materializeConstant(OpBuilder &builder, Attribute value,
                                          Type type, Location loc) {
  auto elements = dyn_cast<ElementsAttr>(value);
  auto shaped = dyn_cast<RankedTensorType>(type);
  if (!elements || !shaped || !isStorageTypeOf(elements.getShapedType(), shaped))
    return nullptr;
  return ConstantOp::create(builder, loc, type, elements);
}
