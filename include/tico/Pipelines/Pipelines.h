//===- Pipelines.h - named tico pass pipelines ------------------*- C++ -*-===//
#ifndef TICO_PIPELINES_PIPELINES_H
#define TICO_PIPELINES_PIPELINES_H

#include "mlir/Pass/PassManager.h"
#include "mlir/Pass/PassOptions.h"
#include "tico/Quantization/Passes.h"

namespace mlir::tico {

/// The lowering stage's options, declared once for `tico-lower-to-circle`
/// and `tico-pipeline` (see QuantizeStageOptions for the pattern).
struct LowerStageOptions {
  explicit LowerStageOptions(mlir::detail::PassOptions &owner);

  mlir::detail::PassOptions::Option<bool> decomposeRmsNorm;
  mlir::detail::PassOptions::Option<double> maskFillValue;
  mlir::detail::PassOptions::Option<bool> verifyStatic;
};

struct LowerToCircleOptions : public PassPipelineOptions<LowerToCircleOptions>,
                              public LowerStageOptions {
  LowerToCircleOptions() : LowerStageOptions(asOwner(*this)) {}
};

/// tq -> circle: convert-tq-to-circle, then canonicalize (folds layout ops
/// on constants) and cse, then circle-verify-static.
void buildLowerToCirclePipeline(OpPassManager &pm,
                                const LowerStageOptions &options);

/// The model-specific prepare options, declared once for `tico-vlm-prepare`
/// and `tico-pipeline` (where a preset supplies their defaults).
struct PrepareStageOptions {
  explicit PrepareStageOptions(mlir::detail::PassOptions &owner);

  mlir::detail::PassOptions::Option<int64_t> imageTokenId;
  mlir::detail::PassOptions::Option<int64_t> videoTokenId;
  mlir::detail::PassOptions::Option<int64_t> audioTokenId;
  mlir::detail::PassOptions::Option<int64_t> padTokenId;
  mlir::detail::PassOptions::Option<int64_t> slotStart;
  mlir::detail::PassOptions::Option<int64_t> numTokens;
  mlir::detail::PassOptions::Option<int64_t> maxPositions;
  mlir::detail::PassOptions::ListOption<int64_t> mropeSection;
};

struct VLMPrepareOptions : public PassPipelineOptions<VLMPrepareOptions>,
                           public PrepareStageOptions {
  VLMPrepareOptions() : PrepareStageOptions(asOwner(*this)) {}

  PassOptions::Option<double> fillValue{
      *this, "fill-value",
      llvm::cl::desc("Finite value for masked attention positions"),
      llvm::cl::init(-120.0)};
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
/// an option given explicitly wins over the preset. `mask-fill-value` serves
/// both prepare and lowering.
struct TicoPipelineOptions : public PassPipelineOptions<TicoPipelineOptions>,
                             public PrepareStageOptions,
                             public QuantizeStageOptions,
                             public LowerStageOptions {
  TicoPipelineOptions()
      : PrepareStageOptions(asOwner(*this)), QuantizeStageOptions(asOwner(*this)),
        LowerStageOptions(asOwner(*this)) {}

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
  PassOptions::Option<bool> quantize{
      *this, "quantize",
      llvm::cl::desc("Run tico-quantize between prepare and lower"),
      llvm::cl::init(false)};
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
