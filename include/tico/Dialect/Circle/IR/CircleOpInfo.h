//===- CircleOpInfo.h - op <-> Circle builtin operator mapping --*- C++ -*-===//
//
// The mapping is generated from CircleOps.td (`builtinName`, `builtinCode`,
// `builtinOptions` on each Circle_BuiltinOp); this header gives it a C++ face.
//
//===----------------------------------------------------------------------===//
#ifndef TICO_DIALECT_CIRCLE_IR_CIRCLEOPINFO_H
#define TICO_DIALECT_CIRCLE_IR_CIRCLEOPINFO_H

#include "mlir/IR/Operation.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"

#include <cstdint>
#include <optional>

namespace mlir::tico::circle {

/// What the Circle schema calls an op of the dialect.
struct BuiltinOpInfo {
  llvm::StringRef opName;      // e.g. "circle.add"
  llvm::StringRef builtinName; // e.g. "ADD"
  int32_t builtinCode;         // BuiltinOperator value (negative: Circle-only)
  llvm::StringRef optionsTable; // e.g. "AddOptions", empty when none
  int optionsUnion;            // 1: builtin_options, 2: builtin_options_2
};

/// All builtin ops of the dialect, in ODS order.
llvm::ArrayRef<BuiltinOpInfo> getBuiltinOpInfos();

/// The entry for an op, or nullopt for pseudo ops (const, no_value, custom).
std::optional<BuiltinOpInfo> lookupBuiltinOp(Operation *op);

/// The entry for a builtin operator code, or nullopt when no op has it.
std::optional<BuiltinOpInfo> lookupBuiltinCode(int32_t code);

/// The options fields of op `opName` that are computed from its operand and
/// result types instead of stored as attributes (e.g. "new_shape" of
/// circle.reshape); empty for other ops.
llvm::ArrayRef<llvm::StringRef> getDerivedOptions(llvm::StringRef opName);

} // namespace mlir::tico::circle

#endif // TICO_DIALECT_CIRCLE_IR_CIRCLEOPINFO_H
