//===- TQOpFolders.cpp - tq folders and canonicalizations -----------------===//

#include "tico/Dialect/TQ/IR/TQOps.h"

#include "mlir/IR/Matchers.h"

using namespace mlir;
using namespace mlir::tico::tq;

//===----------------------------------------------------------------------===//
// ConstantOp
//===----------------------------------------------------------------------===//

OpFoldResult ConstantOp::fold(FoldAdaptor) { return getValueAttr(); }

//===----------------------------------------------------------------------===//
// ReshapeOp
//===----------------------------------------------------------------------===//

OpFoldResult ReshapeOp::fold(FoldAdaptor adaptor) {
  if (getInput().getType() == getOutput().getType())
    return getInput();
  // reshape(reshape(x)) -> reshape(x)
  if (auto producer = getInput().getDefiningOp<ReshapeOp>()) {
    getInputMutable().assign(producer.getInput());
    return getResult();
  }
  // Reshaping a dense splat or dense constant only changes its type; large
  // resource blobs are left alone so weights are never copied here.
  if (auto dense = dyn_cast_if_present<DenseElementsAttr>(adaptor.getInput()))
    return dense.reshape(dense.getType().clone(getOutput().getType().getShape()));
  return {};
}
