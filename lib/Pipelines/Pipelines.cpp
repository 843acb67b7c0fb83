//===- Pipelines.cpp - named tico pass pipelines --------------------------===//

#include "tico/Pipelines/Pipelines.h"

#include "tico/Conversion/Passes.h"
#include "tico/Dialect/Circle/Transforms/Passes.h"
#include "tico/Dialect/TQ/Transforms/Passes.h"
#include "tico/Quantization/Passes.h"

#include "mlir/Pass/PassRegistry.h"
#include "mlir/Transforms/Passes.h"

using namespace mlir;

mlir::tico::LowerStageOptions::LowerStageOptions(mlir::detail::PassOptions &owner)
    : decomposeRmsNorm(
          owner, "decompose-rms-norm",
          llvm::cl::desc("Emit RMS_NORM as elementwise Circle operators"),
          llvm::cl::init(false)),
      maskFillValue(
          owner, "mask-fill-value",
          llvm::cl::desc("Finite value for -inf entries of additive masks"),
          llvm::cl::init(-120.0)),
      verifyStatic(owner, "verify-static",
                   llvm::cl::desc("Fail on dynamic shapes left after lowering"),
                   llvm::cl::init(true)) {}

mlir::tico::PrepareStageOptions::PrepareStageOptions(
    mlir::detail::PassOptions &owner)
    : imageTokenId(owner, "image-token-id",
                   llvm::cl::desc("Image placeholder token id (-1: none)"),
                   llvm::cl::init(-1)),
      videoTokenId(owner, "video-token-id",
                   llvm::cl::desc("Video placeholder token id (-1: none)"),
                   llvm::cl::init(-1)),
      audioTokenId(owner, "audio-token-id",
                   llvm::cl::desc("Audio placeholder token id (-1: none)"),
                   llvm::cl::init(-1)),
      padTokenId(owner, "pad-token-id",
                 llvm::cl::desc("Pad id looked up at placeholders (-1: keep "
                                "the placeholder embedding, as Qwen3-VL "
                                "does)"),
                 llvm::cl::init(-1)),
      slotStart(owner, "slot-start",
                llvm::cl::desc("First position of the visual tokens (-1: "
                               "unknown, use the general masked_scatter "
                               "legalization)"),
                llvm::cl::init(-1)),
      numTokens(owner, "num-tokens",
                llvm::cl::desc("Visual tokens per row (0: from the features)"),
                llvm::cl::init(0)),
      maxPositions(owner, "max-positions",
                   llvm::cl::desc("Rows of the precomputed RoPE tables (0: "
                                  "fold constant positions only)"),
                   llvm::cl::init(0)),
      mropeSection(owner, "mrope-section",
                   llvm::cl::desc("M-RoPE sections t,h,w (in frequency "
                                  "channels) every matched M-RoPE must follow "
                                  "(empty: not checked)")) {}

void mlir::tico::buildLowerToCirclePipeline(
    OpPassManager &pm, const LowerStageOptions &options) {
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
  rope.mropeSection.assign(options.mropeSection.begin(),
                           options.mropeSection.end());
  rope.remarks = options.remarks;
  fn.addPass(tq::createTQPrecomputeRopePass(rope));
  // 6. RMSNorm written out by the ONNX export becomes tq.rms_norm (one
  //    RMS_NORM; quantized pow/sqrt/div chains have no good kernels).
  fn.addPass(tq::createTQFuseRmsNormPass(
      tq::TQFuseRmsNormPassOptions{options.remarks}));
  // Dead placeholder masks and frequency subgraphs go away; slices of
  // constants fold.
  pm.addPass(createCanonicalizerPass());
  pm.addPass(createCSEPass());
}

tico::PresetDefaults mlir::tico::getPresetDefaults(TicoPreset preset) {
  PresetDefaults d;
  switch (preset) {
  case TicoPreset::None:
    break;
  case TicoPreset::Gemma4:
    // test/models/gemma4-like.mlir: image id 9 looked up as pad id 0, the
    // image tokens right after BOS, 8-token sequences (16 RoPE rows).
    d.imageTokenId = 9;
    d.padTokenId = 0;
    d.slotStart = 1;
    d.maxPositions = 16;
    break;
  case TicoPreset::Qwen3VL:
    // test/models/qwen3-vl-like.mlir: the placeholder keeps its own
    // embedding (no pad id); same slot and RoPE length.
    d.imageTokenId = 9;
    d.slotStart = 1;
    d.maxPositions = 16;
    break;
  }
  return d;
}

namespace {
/// The explicitly given value, else the preset's.
template <typename T, typename OptionT>
T pick(const OptionT &option, T presetValue) {
  return option.hasValue() ? T(option) : presetValue;
}
} // namespace

void mlir::tico::resolvePrepareOptions(const TicoPipelineOptions &options,
                                       VLMPrepareOptions &prepare) {
  PresetDefaults d = getPresetDefaults(options.preset);
  prepare.imageTokenId = pick(options.imageTokenId, d.imageTokenId);
  prepare.videoTokenId = pick(options.videoTokenId, d.videoTokenId);
  prepare.audioTokenId = pick(options.audioTokenId, d.audioTokenId);
  prepare.padTokenId = pick(options.padTokenId, d.padTokenId);
  prepare.slotStart = pick(options.slotStart, d.slotStart);
  prepare.numTokens = pick(options.numTokens, d.numTokens);
  prepare.maxPositions = pick(options.maxPositions, d.maxPositions);
  prepare.mropeSection = options.mropeSection;
  prepare.fillValue = pick(options.maskFillValue, d.maskFillValue);
  prepare.remarks = options.remarks;
}

void mlir::tico::buildTicoPrepareStage(OpPassManager &pm,
                                       const TicoPipelineOptions &options) {
  VLMPrepareOptions prepare;
  resolvePrepareOptions(options, prepare);
  buildVLMPreparePipeline(pm, prepare);
}

void mlir::tico::buildTicoQuantizeStage(OpPassManager &pm,
                                        const TicoPipelineOptions &options) {
  if (!options.quantize)
    return;
  buildQuantizePipeline(pm, options);
}

void mlir::tico::buildTicoLowerStage(OpPassManager &pm,
                                     const TicoPipelineOptions &options) {
  PresetDefaults d = getPresetDefaults(options.preset);
  LowerToCircleOptions lower;
  lower.decomposeRmsNorm = options.decomposeRmsNorm;
  lower.maskFillValue = pick(options.maskFillValue, d.maskFillValue);
  lower.verifyStatic = options.verifyStatic;
  buildLowerToCirclePipeline(pm, lower);
}

void mlir::tico::buildTicoPipeline(OpPassManager &pm,
                                   const TicoPipelineOptions &options) {
  // Multimodal rewrites first: quantization must see the static graph (no
  // masked_scatter, finite masks) that the lowering will get.
  buildTicoPrepareStage(pm, options);
  buildTicoQuantizeStage(pm, options);
  buildTicoLowerStage(pm, options);
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
  PassPipelineRegistration<TicoPipelineOptions>(
      "tico-pipeline",
      "The whole tq -> circle flow: tico-vlm-prepare, tico-quantize (with "
      "quantize=true), tico-lower-to-circle; preset=gemma4|qwen3-vl sets "
      "model-specific defaults that explicit options override",
      buildTicoPipeline);
}
