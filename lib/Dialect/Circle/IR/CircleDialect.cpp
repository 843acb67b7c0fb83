//===- CircleDialect.cpp - circle dialect registration --------------------===//

#include "tico/Dialect/Circle/IR/CircleDialect.h"
#include "tico/Dialect/Circle/IR/CircleOps.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/DialectImplementation.h"
#include "llvm/ADT/TypeSwitch.h"

using namespace mlir;
using namespace mlir::tico;
using namespace mlir::tico::circle;

#include "tico/Dialect/Circle/IR/CircleOpsDialect.cpp.inc"
#include "tico/Dialect/Circle/IR/CircleEnums.cpp.inc"
#define GET_ATTRDEF_CLASSES
#include "tico/Dialect/Circle/IR/CircleAttrs.cpp.inc"

void CircleDialect::initialize() {
  addAttributes<
#define GET_ATTRDEF_LIST
#include "tico/Dialect/Circle/IR/CircleAttrs.cpp.inc"
      >();
  addOperations<
#define GET_OP_LIST
#include "tico/Dialect/Circle/IR/CircleOps.cpp.inc"
      >();
}

Operation *CircleDialect::materializeConstant(OpBuilder &builder,
                                              Attribute value, Type type,
                                              Location loc) {
  if (isa<NoneType>(type) && isa<UnitAttr>(value))
    return NoValueOp::create(builder, loc, type);
  auto elements = dyn_cast<ElementsAttr>(value);
  auto shaped = dyn_cast<ShapedType>(type);
  if (!elements || !shaped || !isStorageTypeOf(elements.getShapedType(), shaped))
    return nullptr;
  return ConstOp::create(builder, loc, type, elements);
}
