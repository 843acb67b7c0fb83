//===- Passes.h - tq dialect passes -----------------------------*- C++ -*-===//
#ifndef TICO_DIALECT_TQ_TRANSFORMS_PASSES_H
#define TICO_DIALECT_TQ_TRANSFORMS_PASSES_H

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Pass/Pass.h"

#include "tico/Dialect/TQ/IR/TQDialect.h"

namespace mlir::tico::tq {

#define GEN_PASS_DECL
#include "tico/Dialect/TQ/Transforms/Passes.h.inc"

#define GEN_PASS_REGISTRATION
#include "tico/Dialect/TQ/Transforms/Passes.h.inc"

} // namespace mlir::tico::tq

#endif // TICO_DIALECT_TQ_TRANSFORMS_PASSES_H
