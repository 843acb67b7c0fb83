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

struct VLMPrepareOptions : public PassPipelineOptions<VLMPrepareOptions> {
  PassOptions::Option<int64_t> imageTokenId{
      *this, "image-token-id",
      llvm::cl::desc("Image placeholder token id (-1: none)"),
      llvm::cl::init(-1)};
  PassOptions::Option<int64_t> videoTokenId{
      *this, "video-token-id",
      llvm::cl::desc("Video placeholder token id (-1: none)"),
      llvm::cl::init(-1)};
  PassOptions::Option<int64_t> audioTokenId{
      *this, "audio-token-id",
      llvm::cl::desc("Audio placeholder token id (-1: none)"),
      llvm::cl::init(-1)};
  PassOptions::Option<int64_t> padTokenId{
      *this, "pad-token-id",
      llvm::cl::desc("Pad id looked up at placeholders (-1: keep the "
                     "placeholder embedding, as Qwen3-VL does)"),
      llvm::cl::init(-1)};
  PassOptions::Option<int64_t> slotStart{
      *this, "slot-start",
      llvm::cl::desc("First position of the visual tokens (-1: unknown, use "
                     "the general masked_scatter legalization)"),
      llvm::cl::init(-1)};
  PassOptions::Option<int64_t> numTokens{
      *this, "num-tokens",
      llvm::cl::desc("Visual tokens per row (0: from the features)"),
      llvm::cl::init(0)};
  PassOptions::Option<double> fillValue{
      *this, "fill-value",
      llvm::cl::desc("Finite value for masked attention positions"),
      llvm::cl::init(-120.0)};
  PassOptions::Option<int64_t> maxPositions{
      *this, "max-positions",
      llvm::cl::desc("Rows of the precomputed RoPE tables (0: fold constant "
                     "positions only)"),
      llvm::cl::init(0)};
  PassOptions::Option<bool> remarks{
      *this, "remarks",
      llvm::cl::desc("Remark on every candidate op a pass leaves unchanged"),
      llvm::cl::init(false)};
};

/// Multimodal preparation on tq: placeholder replacement (with a pad id),
/// fixed-slot fusion (with a slot), general masked_scatter legalization,
/// mask legalization, RoPE precomputation, then canonicalize and cse.
void buildVLMPreparePipeline(OpPassManager &pm,
                             const VLMPrepareOptions &options);

/// Registers `tico-lower-to-circle` and `tico-vlm-prepare`.
void registerTicoPipelines();

} // namespace mlir::tico

#endif // TICO_PIPELINES_PIPELINES_H
