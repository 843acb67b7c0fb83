//===- LegalizeMasks.cpp - finite, bounded additive attention masks -------===//
//
// -inf / lowest-float entries of mask constants become the fill value, and
// sums of two additive masks are clamped back into [fill, 0].
//
//===----------------------------------------------------------------------===//

#include "TransformUtils.h"

#include "tico/Dialect/Common/ElementsUtils.h"
#include "tico/Dialect/TQ/IR/TQOps.h"
#include "tico/Dialect/TQ/Transforms/Passes.h"

#include "llvm/ADT/DenseSet.h"

namespace mlir::tico::tq {
#define GEN_PASS_DEF_TQLEGALIZEMASKSPASS
#include "tico/Dialect/TQ/Transforms/Passes.h.inc"
} // namespace mlir::tico::tq

using namespace mlir;
using namespace mlir::tico;
using namespace mlir::tico::tq;

namespace {

struct TQLegalizeMasksPass
    : public tq::impl::TQLegalizeMasksPassBase<TQLegalizeMasksPass> {
  using Base::Base;

  /// True when every element of `value` is known to lie in [0, 1]: a cast
  /// of a boolean, `1 - u`, or `u * v` of such values.
  bool isUnitInterval(Value value) const {
    value = skipShapeOps(value);
    if (auto cast = value.getDefiningOp<CastOp>())
      return getElementTypeOrSelf(cast.getInput().getType()).isInteger(1);
    if (auto sub = value.getDefiningOp<SubOp>())
      return getScalarConstant(sub.getLhs()) == 1.0 &&
             isUnitInterval(sub.getRhs());
    if (auto mul = value.getDefiningOp<MulOp>())
      return isUnitInterval(mul.getLhs()) && isUnitInterval(mul.getRhs());
    return false;
  }

  /// True when `value` is a float constant with every entry in [fill, 0].
  bool isBoundedConstant(Value value) const {
    auto elements =
        dyn_cast_or_null<DenseFPElementsAttr>(getConstantElements(value));
    if (!elements)
      return false;
    return llvm::all_of(elements.getValues<APFloat>(), [&](APFloat v) {
      double d = v.convertToDouble();
      return d <= 0.0 && d >= fillValue;
    });
  }

  /// True when every element of `value` is known to lie in [fill, 0].
  bool isAdditiveMask(Value value) const {
    if (clamped.contains(value) || isBoundedConstant(value))
      return true;
    Operation *op = value.getDefiningOp();
    if (!op)
      return false;
    if (isa<ReshapeOp, UnsqueezeOp, SqueezeOp, BroadcastOp, TransposeOp,
            SliceOp>(op))
      return isAdditiveMask(op->getOperand(0));
    if (auto concat = dyn_cast<ConcatOp>(op))
      return llvm::all_of(concat.getInputs(),
                          [&](Value v) { return isAdditiveMask(v); });
    if (auto where = dyn_cast<WhereOp>(op))
      return isAdditiveMask(where.getLhs()) && isAdditiveMask(where.getRhs());
    if (auto mul = dyn_cast<MulOp>(op)) {
      Value lhs = mul.getLhs(), rhs = mul.getRhs();
      if (isBoundedConstant(lhs))
        std::swap(lhs, rhs);
      return isBoundedConstant(rhs) && isUnitInterval(lhs);
    }
    return false;
  }

  void runOnOperation() override {
    func::FuncOp func = getOperation();
    if (failed(checkMaskFillValue(func, "fill-value", fillValue)))
      return signalPassFailure();
    clamped.clear();

    // Mask constants first, so the merges below see finite masks.
    func.walk([&](ConstantOp op) {
      auto dense = dyn_cast<DenseFPElementsAttr>(op.getValue());
      if (!dense)
        return;
      if (DenseElementsAttr legal = legalizeAdditiveMask(dense, fillValue))
        op.setValueAttr(legal);
    });

    // Then every sum of two masks, in program order so that an outer sum
    // sees the clamped inner one.
    SmallVector<AddOp> sums;
    func.walk([&](AddOp op) { sums.push_back(op); });
    OpBuilder builder(&getContext());
    for (AddOp op : sums) {
      if (!isa<FloatType>(getElementTypeOrSelf(op.getType())))
        continue;
      if (!isAdditiveMask(op.getLhs()) || !isAdditiveMask(op.getRhs())) {
        if (remarks &&
            (isAdditiveMask(op.getLhs()) || isAdditiveMask(op.getRhs())))
          op.emitRemark() << "left unchanged: only one operand is a known "
                             "additive mask";
        continue;
      }
      builder.setInsertionPointAfter(op);
      Value sum = op.getResult();
      SmallVector<OpOperand *> uses = llvm::map_to_vector(
          sum.getUses(), [](OpOperand &use) { return &use; });
      Value clamp = createClamp(builder, op.getLoc(), sum, fillValue, 0.0);
      for (OpOperand *use : uses)
        use->set(clamp);
      clamped.insert(clamp);
    }
  }

  llvm::DenseSet<Value> clamped;
};

} // namespace
