//===- Passes.h - conversions between tico dialects -------------*- C++ -*-===//
#ifndef TICO_CONVERSION_PASSES_H
#define TICO_CONVERSION_PASSES_H

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Pass/Pass.h"

#include "tico/Dialect/Circle/IR/CircleDialect.h"

namespace mlir::tico {

#define GEN_PASS_DECL
#include "tico/Conversion/Passes.h.inc"

#define GEN_PASS_REGISTRATION
#include "tico/Conversion/Passes.h.inc"

} // namespace mlir::tico

#endif // TICO_CONVERSION_PASSES_H
