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
  PassOptions::ListOption<int64_t> mropeSection{
      *this, "mrope-section",
      llvm::cl::desc("M-RoPE sections t,h,w (in frequency channels) every "
                     "matched M-RoPE must follow (empty: not checked)")};
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

/// Model families whose placeholder ids, slot and RoPE length the full
/// pipeline knows (the values of the test models in test/models).
enum class TicoPreset { None, Gemma4, Qwen3VL };

/// The model-specific defaults a preset sets; -1/0 mean "off" as in
/// VLMPrepareOptions.
struct PresetDefaults {
  int64_t imageTokenId = -1;
  int64_t videoTokenId = -1;
  int64_t audioTokenId = -1;
  int64_t padTokenId = -1;
  int64_t slotStart = -1;
  int64_t numTokens = 0;
  int64_t maxPositions = 0;
  double maskFillValue = -120.0;
};
PresetDefaults getPresetDefaults(TicoPreset preset);

/// Options of `tico-pipeline`: the union of the prepare, quantize and lower
/// stages' options. A preset sets the defaults of the model-specific ones;
/// an option given explicitly wins over the preset.
struct TicoPipelineOptions : public PassPipelineOptions<TicoPipelineOptions> {
  PassOptions::Option<TicoPreset> preset{
      *this, "preset", llvm::cl::desc("Model-specific defaults"),
      llvm::cl::init(TicoPreset::None),
      llvm::cl::values(
          clEnumValN(TicoPreset::None, "none", "no model-specific defaults"),
          clEnumValN(TicoPreset::Gemma4, "gemma4",
                     "image id 9, pad id 0, slot [1, 1 + features), RoPE "
                     "16 positions"),
          clEnumValN(TicoPreset::Qwen3VL, "qwen3-vl",
                     "image id 9, no pad replacement, slot [1, 1 + "
                     "features), RoPE 16 positions"))};
  // Prepare (tico-vlm-prepare).
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
                     "placeholder embedding)"),
      llvm::cl::init(-1)};
  PassOptions::Option<int64_t> slotStart{
      *this, "slot-start",
      llvm::cl::desc("First position of the visual tokens (-1: unknown)"),
      llvm::cl::init(-1)};
  PassOptions::Option<int64_t> numTokens{
      *this, "num-tokens",
      llvm::cl::desc("Visual tokens per row (0: from the features)"),
      llvm::cl::init(0)};
  PassOptions::Option<int64_t> maxPositions{
      *this, "max-positions",
      llvm::cl::desc("Rows of the precomputed RoPE tables (0: fold constant "
                     "positions only)"),
      llvm::cl::init(0)};
  PassOptions::Option<double> maskFillValue{
      *this, "mask-fill-value",
      llvm::cl::desc("Finite value for masked attention positions (prepare "
                     "and lowering)"),
      llvm::cl::init(-120.0)};
  // Quantize (tico-quantize), only with quantize=true.
  PassOptions::Option<bool> quantize{
      *this, "quantize",
      llvm::cl::desc("Run tico-quantize between prepare and lower"),
      llvm::cl::init(false)};
  PassOptions::Option<std::string> weightDtype{
      *this, "weight-dtype",
      llvm::cl::desc("int8 | int16 | uint8 | int4 for float constant weights"),
      llvm::cl::init("int8")};
  PassOptions::Option<std::string> granularity{
      *this, "granularity", llvm::cl::desc("per-channel | per-tensor"),
      llvm::cl::init("per-channel")};
  PassOptions::Option<std::string> activationDtype{
      *this, "activation-dtype",
      llvm::cl::desc("auto | uint8 | int8 | int16 (decides the bias "
                     "storage)"),
      llvm::cl::init("auto")};
  PassOptions::Option<std::string> inputType{
      *this, "input-type", llvm::cl::desc("float | int model inputs"),
      llvm::cl::init("float")};
  PassOptions::Option<std::string> outputType{
      *this, "output-type", llvm::cl::desc("float | int model outputs"),
      llvm::cl::init("float")};
  // Lower (tico-lower-to-circle).
  PassOptions::Option<bool> decomposeRmsNorm{
      *this, "decompose-rms-norm",
      llvm::cl::desc("Emit RMS_NORM as elementwise Circle operators"),
      llvm::cl::init(false)};
  PassOptions::Option<bool> verifyStatic{
      *this, "verify-static",
      llvm::cl::desc("Fail on dynamic shapes left after lowering"),
      llvm::cl::init(true)};
  PassOptions::Option<bool> remarks{
      *this, "remarks",
      llvm::cl::desc("Remark on every candidate op a pass leaves unchanged"),
      llvm::cl::init(false)};
};

/// The prepare options `options` resolve to (explicit values, else the
/// preset's).
void resolvePrepareOptions(const TicoPipelineOptions &options,
                           VLMPrepareOptions &prepare);

/// The three stages of `tico-pipeline`, each with the preset applied; tools
/// that time the stages run them one by one.
void buildTicoPrepareStage(OpPassManager &pm,
                           const TicoPipelineOptions &options);
/// Adds nothing unless `options.quantize`.
void buildTicoQuantizeStage(OpPassManager &pm,
                            const TicoPipelineOptions &options);
void buildTicoLowerStage(OpPassManager &pm, const TicoPipelineOptions &options);

/// prepare -> quantize (with quantize=true) -> lower.
void buildTicoPipeline(OpPassManager &pm, const TicoPipelineOptions &options);

/// Registers `tico-lower-to-circle`, `tico-vlm-prepare` and `tico-pipeline`.
void registerTicoPipelines();

} // namespace mlir::tico

#endif // TICO_PIPELINES_PIPELINES_H
