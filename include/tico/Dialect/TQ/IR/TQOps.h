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

#include <optional>

namespace mlir::tico::tq {

/// A token-embedding row lookup: `tq.embedding`, or `tq.gather` along axis 0
/// of a constant 2-D table (the form ONNX `Gather(E, ids)` imports as).
struct TokenLookup {
  Operation *op;
  Value table; // ranked, [V, D]
  OpOperand *ids;
};

/// The lookup `op` is, if it is one.
std::optional<TokenLookup> matchTokenLookup(Operation *op);

/// True when the lookup reads token ids: its ids are an argument of the
/// entry block, and, for the gather form (which also serves position
/// tables), the graph compares that argument with one of `placeholders`
/// (the mask fusion reads).
bool readsTokenIds(const TokenLookup &lookup, ArrayRef<int64_t> placeholders);

} // namespace mlir::tico::tq

#endif // TICO_DIALECT_TQ_IR_TQOPS_H
