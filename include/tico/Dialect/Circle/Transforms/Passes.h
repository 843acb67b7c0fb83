//===- Passes.h - circle dialect passes -------------------------*- C++ -*-===//
#ifndef TICO_DIALECT_CIRCLE_TRANSFORMS_PASSES_H
#define TICO_DIALECT_CIRCLE_TRANSFORMS_PASSES_H

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Pass/Pass.h"

#include "tico/Dialect/Circle/IR/CircleDialect.h"

namespace mlir::tico::circle {

#define GEN_PASS_DECL
#include "tico/Dialect/Circle/Transforms/Passes.h.inc"

#define GEN_PASS_REGISTRATION
#include "tico/Dialect/Circle/Transforms/Passes.h.inc"

} // namespace mlir::tico::circle

#endif // TICO_DIALECT_CIRCLE_TRANSFORMS_PASSES_H
