//===- CircleOps.h - circle dialect operations ------------------*- C++ -*-===//
#ifndef TICO_DIALECT_CIRCLE_IR_CIRCLEOPS_H
#define TICO_DIALECT_CIRCLE_IR_CIRCLEOPS_H

#include "mlir/Bytecode/BytecodeOpInterface.h"
#include "mlir/Dialect/Quant/IR/QuantTypes.h"
#include "mlir/Dialect/Traits.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/OpDefinition.h"
#include "mlir/IR/OpImplementation.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"

#include "tico/Dialect/Circle/IR/CircleDialect.h"
#include "tico/Dialect/Common/StorageType.h"

namespace mlir::tico::circle {
/// Whether two tensor (or element) types have the same element type, where
/// quantized types only need the same storage and expressed types: the
/// quantization parameters of an op's input and output may differ.
bool isSameElementKind(Type lhs, Type rhs);
} // namespace mlir::tico::circle

#include "tico/Dialect/Circle/IR/CircleEnums.h.inc"
#define GET_ATTRDEF_CLASSES
#include "tico/Dialect/Circle/IR/CircleAttrs.h.inc"
#define GET_OP_CLASSES
#include "tico/Dialect/Circle/IR/CircleOps.h.inc"

#endif // TICO_DIALECT_CIRCLE_IR_CIRCLEOPS_H
