//===- TQToCirclePass.cpp - the convert-tq-to-circle pass -----------------===//

#include "tico/Conversion/Passes.h"
#include "tico/Conversion/TQToCircle/TQToCircle.h"

#include "GQAExpand.h"
#include "GatherLowering.h"

#include "tico/Dialect/Circle/IR/CircleOps.h"
#include "tico/Dialect/Common/ElementsUtils.h"
#include "tico/Dialect/TQ/IR/TQOps.h"

#include "mlir/Dialect/Quant/IR/Quant.h"
#include "mlir/Transforms/DialectConversion.h"

namespace mlir::tico {
#define GEN_PASS_DEF_CONVERTTQTOCIRCLEPASS
#include "tico/Conversion/Passes.h.inc"
} // namespace mlir::tico

using namespace mlir;
using namespace mlir::tico;

namespace {

struct ConvertTQToCirclePass
    : public tico::impl::ConvertTQToCirclePassBase<ConvertTQToCirclePass> {
  using Base::Base;

  void runOnOperation() override {
    MLIRContext *context = &getContext();
    std::optional<GQAExpandMode> gqaMode = parseGQAExpandMode(gqaExpand);
    if (!gqaMode) {
      getOperation().emitError("gqa-expand must be none, concat or broadcast, "
                               "got '")
          << gqaExpand << "'";
      return signalPassFailure();
    }
    if (failed(checkMaskFillValue(getOperation(), "mask-fill-value",
                                  maskFillValue)))
      return signalPassFailure();
    if (failed(verifyConstantGatherIndices(getOperation())))
      return signalPassFailure();
    rewriteGQAExpands(getOperation(), *gqaMode);

    TQToCircleOptions options;
    options.decomposeRmsNorm = decomposeRmsNorm;
    options.matmulToFullyConnected = matmulToFullyConnected;
    options.legalizeMaskConstants = legalizeMaskConstants;
    options.maskFillValue = maskFillValue;

    RewritePatternSet patterns(context);
    populateTQToCirclePatterns(patterns, options);
    populateGatherToSlicesPatterns(patterns, gatherToSlices);
    // tq ops are left "unknown" to the target so that the conversion goes
    // on past an op it cannot lower; every leftover is reported below.
    ConversionTarget target(*context);
    target.addLegalDialect<circle::CircleDialect, func::FuncDialect,
                           quant::QuantDialect>();
    if (failed(applyPartialConversion(getOperation(), target,
                                      std::move(patterns)))) {
      signalPassFailure();
      return;
    }
    bool failedAny = false;
    getOperation().walk([&](Operation *op) {
      if (!isa<tq::TQDialect>(op->getDialect()))
        return;
      op->emitError("cannot lower '")
          << op->getName() << "' to circle: "
          << getTQToCircleFailureReason(op);
      failedAny = true;
    });
    if (failedAny)
      signalPassFailure();
  }
};

} // namespace
