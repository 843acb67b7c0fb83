//===- InitAllDialects.h - every dialect tico tools parse -------*- C++ -*-===//
#ifndef TICO_INITALLDIALECTS_H
#define TICO_INITALLDIALECTS_H

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Quant/IR/Quant.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/DialectRegistry.h"

#include "tico/Dialect/Circle/IR/CircleDialect.h"
#include "tico/Dialect/TQ/IR/TQDialect.h"

namespace mlir::tico {

/// The project's dialects only (what a plugin adds to a host tool).
inline void registerTicoDialects(DialectRegistry &registry) {
  registry.insert<tq::TQDialect, circle::CircleDialect>();
}

/// Everything tico-opt and tico-translate parse.
inline void registerAllDialects(DialectRegistry &registry) {
  registerTicoDialects(registry);
  registry.insert<func::FuncDialect, arith::ArithDialect, quant::QuantDialect,
                  tensor::TensorDialect>();
}

} // namespace mlir::tico

#endif // TICO_INITALLDIALECTS_H
