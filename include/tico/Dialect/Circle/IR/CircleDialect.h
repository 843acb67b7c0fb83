//===- CircleDialect.h - circle dialect declaration -------------*- C++ -*-===//
#ifndef TICO_DIALECT_CIRCLE_IR_CIRCLEDIALECT_H
#define TICO_DIALECT_CIRCLE_IR_CIRCLEDIALECT_H

#include "mlir/Dialect/Quant/IR/Quant.h"
#include "mlir/IR/Dialect.h"

#include "tico/Dialect/Circle/IR/CircleOpsDialect.h.inc"

#endif // TICO_DIALECT_CIRCLE_IR_CIRCLEDIALECT_H
