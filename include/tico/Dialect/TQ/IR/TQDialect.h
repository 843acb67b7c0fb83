//===- TQDialect.h - tq dialect declaration ---------------------*- C++ -*-===//
#ifndef TICO_DIALECT_TQ_IR_TQDIALECT_H
#define TICO_DIALECT_TQ_IR_TQDIALECT_H

#include "mlir/Dialect/Quant/IR/Quant.h"
#include "mlir/IR/Dialect.h"

#include "tico/Dialect/TQ/IR/TQOpsDialect.h.inc"

#endif // TICO_DIALECT_TQ_IR_TQDIALECT_H
