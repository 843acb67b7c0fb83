//===- Pipelines.h - named tico pass pipelines ------------------*- C++ -*-===//
#ifndef TICO_PIPELINES_PIPELINES_H
#define TICO_PIPELINES_PIPELINES_H

#include "mlir/Pass/PassManager.h"
#include "mlir/Pass/PassOptions.h"

namespace mlir::tico {

struct LowerToCircleOptions : public PassPipelineOptions<LowerToCircleOptions> {
  PassOptions::Option<bool> decomposeRmsNorm{
      *this, "decompose-rms-norm",
      llvm::cl::desc("Emit RMS_NORM as elementwise Circle operators"),
      llvm::cl::init(false)};
  PassOptions::Option<double> maskFillValue{
      *this, "mask-fill-value",
      llvm::cl::desc("Finite value for -inf entries of additive masks"),
      llvm::cl::init(-120.0)};
  PassOptions::Option<bool> verifyStatic{
      *this, "verify-static",
      llvm::cl::desc("Fail on dynamic shapes left after lowering"),
      llvm::cl::init(true)};
};

/// tq -> circle: convert-tq-to-circle, then canonicalize (folds layout ops
/// on constants) and cse, then circle-verify-static.
void buildLowerToCirclePipeline(OpPassManager &pm,
                                const LowerToCircleOptions &options);

/// Registers `tico-lower-to-circle`.
void registerTicoPipelines();

} // namespace mlir::tico

#endif // TICO_PIPELINES_PIPELINES_H
