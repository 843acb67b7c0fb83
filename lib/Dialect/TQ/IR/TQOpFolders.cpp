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

//===----------------------------------------------------------------------===//
// Identity folds
//===----------------------------------------------------------------------===//

/// A single-input op whose result has the input's type is a no-op for the
/// ops below (their verifiers pin the result shape to the attributes).
static OpFoldResult foldSameType(Value input, Value output) {
  if (input.getType() == output.getType())
    return input;
  return {};
}

OpFoldResult BroadcastOp::fold(FoldAdaptor) {
  return foldSameType(getInput(), getOutput());
}

OpFoldResult CastOp::fold(FoldAdaptor) {
  return foldSameType(getInput(), getOutput());
}

OpFoldResult SqueezeOp::fold(FoldAdaptor) {
  return foldSameType(getInput(), getOutput());
}

OpFoldResult UnsqueezeOp::fold(FoldAdaptor) {
  return foldSameType(getInput(), getOutput());
}

OpFoldResult ConcatOp::fold(FoldAdaptor) {
  if (getInputs().size() != 1)
    return {};
  return foldSameType(getInputs().front(), getOutput());
}

//===----------------------------------------------------------------------===//
// TransposeOp
//===----------------------------------------------------------------------===//

OpFoldResult TransposeOp::fold(FoldAdaptor) {
  ArrayRef<int64_t> perms = getPerms();
  if (llvm::all_of(llvm::enumerate(perms),
                   [](auto it) { return it.value() == int64_t(it.index()); }))
    return foldSameType(getInput(), getOutput());
  // transpose(transpose(x, inner), outer) -> transpose(x, inner[outer[i]])
  if (auto producer = getInput().getDefiningOp<TransposeOp>()) {
    ArrayRef<int64_t> inner = producer.getPerms();
    SmallVector<int64_t> composed;
    for (int64_t p : perms)
      composed.push_back(inner[p]);
    getInputMutable().assign(producer.getInput());
    setPerms(composed);
    return getResult();
  }
  return {};
}

//===----------------------------------------------------------------------===//
// SliceOp
//===----------------------------------------------------------------------===//

OpFoldResult SliceOp::fold(FoldAdaptor) {
  ArrayRef<int64_t> shape = getInput().getType().getShape();
  SmallVector<int64_t> starts(getStart()), ends(getEnd());
  bool identity = true;
  for (auto [d, size] : llvm::enumerate(shape)) {
    std::optional<std::pair<int64_t, int64_t>> bounds =
        normalizeBounds(size, starts[d], ends[d]);
    if (!bounds) {
      identity = false;
      continue;
    }
    std::tie(starts[d], ends[d]) = *bounds;
    identity &= starts[d] == 0 && ends[d] == size && getStep()[d] == 1;
  }
  if (identity)
    return foldSameType(getInput(), getOutput());
  // Canonical form: indices of static dims lie in [0, dim].
  if (starts == getStart() && ends == getEnd())
    return {};
  setStart(starts);
  setEnd(ends);
  return getResult();
}
