//===- TQOps.h - tq dialect operations --------------------------*- C++ -*-===//
#ifndef TICO_DIALECT_TQ_IR_TQOPS_H
#define TICO_DIALECT_TQ_IR_TQOPS_H

#include "mlir/Bytecode/BytecodeOpInterface.h"
#include "mlir/Dialect/Quant/IR/QuantTypes.h"
#include "mlir/Dialect/Traits.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/OpDefinition.h"
#include "mlir/IR/OpImplementation.h"
#include "mlir/Interfaces/InferTypeOpInterface.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"

#include "tico/Dialect/TQ/IR/TQDialect.h"
#include "tico/Dialect/Common/StorageType.h"
#include "tico/Dialect/TQ/IR/TQTraits.h"

#include "tico/Dialect/TQ/IR/TQEnums.h.inc"
#define GET_ATTRDEF_CLASSES
#include "tico/Dialect/TQ/IR/TQAttrs.h.inc"
#define GET_OP_CLASSES
#include "tico/Dialect/TQ/IR/TQOps.h.inc"

#endif // TICO_DIALECT_TQ_IR_TQOPS_H
