//===- Pipelines.cpp - named tico pass pipelines --------------------------===//

#include "tico/Pipelines/Pipelines.h"

#include "tico/Conversion/Passes.h"
#include "tico/Dialect/Circle/Transforms/Passes.h"

#include "mlir/Pass/PassRegistry.h"
#include "mlir/Transforms/Passes.h"

using namespace mlir;

void mlir::tico::buildLowerToCirclePipeline(
    OpPassManager &pm, const LowerToCircleOptions &options) {
  ConvertTQToCirclePassOptions lowering;
  lowering.decomposeRmsNorm = options.decomposeRmsNorm;
  lowering.maskFillValue = options.maskFillValue;
  pm.addNestedPass<func::FuncOp>(createConvertTQToCirclePass(lowering));
  // Weight transposes and reshapes the lowering emits fold into constants.
  pm.addPass(createCanonicalizerPass());
  pm.addPass(createCSEPass());
  if (options.verifyStatic)
    pm.addNestedPass<func::FuncOp>(circle::createCircleVerifyStaticPass());
}

void mlir::tico::registerTicoPipelines() {
  PassPipelineRegistration<LowerToCircleOptions>(
      "tico-lower-to-circle",
      "Lower tq to circle and clean up (fold layout ops on constants, CSE, "
      "check static shapes)",
      buildLowerToCirclePipeline);
}
