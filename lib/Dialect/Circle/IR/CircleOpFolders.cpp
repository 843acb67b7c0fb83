//===- CircleOpFolders.cpp - circle folders -------------------------------===//
//
// Folders that remove what the lowering leaves behind: identity layout ops,
// reshape and transpose chains, and layout ops applied to constants (folded
// into new constants; large data is written once into a new blob).
//
//===----------------------------------------------------------------------===//

#include "tico/Dialect/Circle/IR/CircleOps.h"
#include "tico/Dialect/Common/ElementsUtils.h"

#include "mlir/IR/Matchers.h"

using namespace mlir;
using namespace mlir::tico;
using namespace mlir::tico::circle;

/// The integer values of a constant operand, if it is one.
static std::optional<SmallVector<int64_t>> getConstantInts(Attribute attr) {
  auto dense = dyn_cast_if_present<DenseIntElementsAttr>(attr);
  if (!dense)
    return std::nullopt;
  SmallVector<int64_t> values;
  for (const APInt &v : dense.getValues<APInt>())
    values.push_back(v.getSExtValue());
  return values;
}

OpFoldResult ConstOp::fold(FoldAdaptor) { return getValueAttr(); }

OpFoldResult NoValueOp::fold(FoldAdaptor) {
  return UnitAttr::get(getContext());
}

OpFoldResult ReshapeOp::fold(FoldAdaptor adaptor) {
  Type type = getType();
  if (getInput().getType() == type)
    return getInput();
  // reshape(reshape(x)) -> reshape(x): the shape operand already describes
  // the final shape.
  if (auto producer = getInput().getDefiningOp<ReshapeOp>()) {
    getInputMutable().assign(producer.getInput());
    return getResult();
  }
  auto ranked = dyn_cast<RankedTensorType>(type);
  if (auto value = dyn_cast_if_present<ElementsAttr>(adaptor.getInput());
      value && ranked && ranked.hasStaticShape())
    if (ElementsAttr reshaped = reshapeElements(value, ranked.getShape()))
      return reshaped;
  return {};
}

OpFoldResult TransposeOp::fold(FoldAdaptor adaptor) {
  std::optional<SmallVector<int64_t>> perm = getConstantInts(adaptor.getPerm());
  if (!perm)
    return {};
  bool identity = llvm::equal(*perm, llvm::seq<int64_t>(0, perm->size()));
  if (identity && getInput().getType() == getType())
    return getInput();
  // transpose(transpose(x, p), q) is x when the two undo each other.
  if (auto producer = getInput().getDefiningOp<TransposeOp>()) {
    DenseIntElementsAttr inner;
    if (matchPattern(producer.getPerm(), m_Constant(&inner)) &&
        producer.getInput().getType() == getType()) {
      SmallVector<int64_t> innerPerm;
      for (const APInt &v : inner.getValues<APInt>())
        innerPerm.push_back(v.getSExtValue());
      bool undoes = innerPerm.size() == perm->size();
      for (size_t i = 0; undoes && i < perm->size(); ++i)
        undoes = (*perm)[i] >= 0 && (*perm)[i] < int64_t(innerPerm.size()) &&
                 innerPerm[(*perm)[i]] == int64_t(i);
      if (undoes)
        return producer.getInput();
    }
  }
  if (auto value = dyn_cast_if_present<ElementsAttr>(adaptor.getInput()))
    if (ElementsAttr transposed = transposeElements(value, *perm))
      if (cast<ShapedType>(transposed.getType()).getShape() ==
          cast<ShapedType>(getType()).getShape())
        return transposed;
  return {};
}

OpFoldResult CastOp::fold(FoldAdaptor) {
  return getInput().getType() == getType() ? getInput() : OpFoldResult();
}

OpFoldResult BroadcastToOp::fold(FoldAdaptor) {
  return getInput().getType() == getType() ? getInput() : OpFoldResult();
}

OpFoldResult SqueezeOp::fold(FoldAdaptor) {
  return getInput().getType() == getType() ? getInput() : OpFoldResult();
}

OpFoldResult ConcatenationOp::fold(FoldAdaptor) {
  if (getValues().size() == 1 && getValues()[0].getType() == getType())
    return getValues()[0];
  return {};
}
