//===- CircleOpFolders.cpp - circle folders -------------------------------===//

#include "tico/Dialect/Circle/IR/CircleOps.h"

using namespace mlir;
using namespace mlir::tico::circle;

OpFoldResult ConstOp::fold(FoldAdaptor) { return getValueAttr(); }

OpFoldResult NoValueOp::fold(FoldAdaptor) {
  return UnitAttr::get(getContext());
}
