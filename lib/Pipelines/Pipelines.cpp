//===- Pipelines.cpp - named tico pass pipelines --------------------------===//

#include "tico/Pipelines/Pipelines.h"

#include "tico/Conversion/Passes.h"
#include "tico/Dialect/Circle/Transforms/Passes.h"
#include "tico/Dialect/TQ/Transforms/Passes.h"

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

void mlir::tico::buildVLMPreparePipeline(OpPassManager &pm,
                                         const VLMPrepareOptions &options) {
  OpPassManager &fn = pm.nest<func::FuncOp>();
  // 1. Placeholder ids -> pad id, only in front of the embedding lookups;
  //    the placeholder comparison keeps the original ids, so step 2 still
  //    recognizes the fusion mask. Off without a pad id (Qwen3-VL).
  if (options.padTokenId >= 0) {
    tq::TQReplacePlaceholdersPassOptions replace;
    replace.imageTokenId = options.imageTokenId;
    replace.videoTokenId = options.videoTokenId;
    replace.audioTokenId = options.audioTokenId;
    replace.padTokenId = options.padTokenId;
    replace.remarks = options.remarks;
    fn.addPass(tq::createTQReplacePlaceholdersPass(replace));
  }
  // 2. With a known slot, fusion is plain slicing and concatenation (no
  //    gather), so it goes before the general legalization.
  if (options.slotStart >= 0) {
    tq::TQFixedSlotFusionPassOptions fusion;
    fusion.slotStart = options.slotStart;
    fusion.numTokens = options.numTokens;
    fusion.remarks = options.remarks;
    fn.addPass(tq::createTQFixedSlotFusionPass(fusion));
  }
  // 3. Any masked_scatter left (no slot, or a mask not built from ids).
  fn.addPass(tq::createTQLegalizeMaskedScatterPass(
      tq::TQLegalizeMaskedScatterPassOptions{options.remarks}));
  // 4. Masks before canonicalization, so -inf templates are made finite
  //    before folding can merge them into larger constants.
  tq::TQLegalizeMasksPassOptions masks;
  masks.fillValue = options.fillValue;
  masks.remarks = options.remarks;
  fn.addPass(tq::createTQLegalizeMasksPass(masks));
  // 5. RoPE last: fusion and mask rewrites never touch positions.
  tq::TQPrecomputeRopePassOptions rope;
  rope.maxPositions = options.maxPositions;
  rope.remarks = options.remarks;
  fn.addPass(tq::createTQPrecomputeRopePass(rope));
  // Dead placeholder masks and frequency subgraphs go away; slices of
  // constants fold.
  pm.addPass(createCanonicalizerPass());
  pm.addPass(createCSEPass());
}

void mlir::tico::registerTicoPipelines() {
  PassPipelineRegistration<VLMPrepareOptions>(
      "tico-vlm-prepare",
      "Make multimodal tq graphs static: placeholder replacement, fusion, "
      "masked_scatter and mask legalization, RoPE tables",
      buildVLMPreparePipeline);
  PassPipelineRegistration<LowerToCircleOptions>(
      "tico-lower-to-circle",
      "Lower tq to circle and clean up (fold layout ops on constants, CSE, "
      "check static shapes)",
      buildLowerToCirclePipeline);
}
