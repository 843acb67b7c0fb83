//===- VerifyStatic.cpp - report dynamic shapes ---------------------------===//

#include "tico/Dialect/Circle/Transforms/Passes.h"

#include "mlir/IR/BuiltinTypes.h"

namespace mlir::tico::circle {
#define GEN_PASS_DEF_CIRCLEVERIFYSTATICPASS
#include "tico/Dialect/Circle/Transforms/Passes.h.inc"
} // namespace mlir::tico::circle

using namespace mlir;

namespace {

struct CircleVerifyStaticPass
    : public tico::circle::impl::CircleVerifyStaticPassBase<
          CircleVerifyStaticPass> {
  using Base::Base;

  /// True when `type` is a tensor whose shape is not fully known (allowing a
  /// dynamic batch when asked).
  bool isDynamic(Type type) const {
    auto shaped = dyn_cast<ShapedType>(type);
    if (!shaped)
      return false;
    if (!shaped.hasRank())
      return true;
    for (auto [index, dim] : llvm::enumerate(shaped.getShape()))
      if (ShapedType::isDynamic(dim) && !(allowDynamicBatch && index == 0))
        return true;
    return false;
  }

  void runOnOperation() override {
    func::FuncOp func = getOperation();
    bool failed = false;
    for (BlockArgument arg : func.getArguments()) {
      if (!isDynamic(arg.getType()))
        continue;
      emitError(arg.getLoc()) << "argument " << arg.getArgNumber()
                              << " has dynamic shape " << arg.getType();
      failed = true;
    }
    func.walk([&](Operation *op) {
      for (OpResult result : op->getResults()) {
        if (!isDynamic(result.getType()))
          continue;
        op->emitError() << "result " << result.getResultNumber()
                        << " has dynamic shape " << result.getType();
        failed = true;
      }
    });
    if (failed)
      signalPassFailure();
  }
};

} // namespace
