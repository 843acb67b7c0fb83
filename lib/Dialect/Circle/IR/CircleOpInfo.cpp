//===- CircleOpInfo.cpp - op <-> Circle builtin operator mapping ----------===//

#include "tico/Dialect/Circle/IR/CircleOpInfo.h"
#include "tico/Dialect/Circle/IR/CircleOps.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallVector.h"

using namespace mlir;
using namespace mlir::tico::circle;

ArrayRef<BuiltinOpInfo> mlir::tico::circle::getBuiltinOpInfos() {
  static const BuiltinOpInfo infos[] = {
#define CIRCLE_BUILTIN_OP(Op, Name, Code, Options, Union)                      \
  {Op::getOperationName(), Name, Code, Options, Union},
#include "tico/Dialect/Circle/IR/CircleOpTable.inc"
  };
  return infos;
}

std::optional<BuiltinOpInfo> mlir::tico::circle::lookupBuiltinOp(Operation *op) {
  static const llvm::DenseMap<StringRef, const BuiltinOpInfo *> byName = [] {
    llvm::DenseMap<StringRef, const BuiltinOpInfo *> map;
    for (const BuiltinOpInfo &info : getBuiltinOpInfos())
      map[info.opName] = &info;
    return map;
  }();
  auto it = byName.find(op->getName().getStringRef());
  if (it == byName.end())
    return std::nullopt;
  return *it->second;
}

std::optional<BuiltinOpInfo>
mlir::tico::circle::lookupBuiltinCode(int32_t code) {
  for (const BuiltinOpInfo &info : getBuiltinOpInfos())
    if (info.builtinCode == code)
      return info;
  return std::nullopt;
}

ArrayRef<StringRef>
mlir::tico::circle::getDerivedOptions(StringRef opName) {
  static const llvm::DenseMap<StringRef, SmallVector<StringRef, 2>> byOp = [] {
    llvm::DenseMap<StringRef, SmallVector<StringRef, 2>> map;
#define CIRCLE_DERIVED_OPTION(Op, Field)                                       \
  map[Op::getOperationName()].push_back(Field);
#include "tico/Dialect/Circle/IR/CircleOpTable.inc"
    return map;
  }();
  auto it = byOp.find(opName);
  if (it == byOp.end())
    return {};
  return it->second;
}
