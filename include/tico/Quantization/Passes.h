//===- Passes.h - tq quantization passes ------------------------*- C++ -*-===//
#ifndef TICO_QUANTIZATION_PASSES_H
#define TICO_QUANTIZATION_PASSES_H

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Pass/Pass.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Pass/PassOptions.h"

namespace mlir::tico {

#define GEN_PASS_DECL
#include "tico/Quantization/Passes.h.inc"

/// The PassOptions base of a pipeline options struct, handed to the stage
/// option groups it inherits (passing `*this` would be ambiguous with their
/// copy constructors).
template <typename T>
mlir::detail::PassOptions &asOwner(PassPipelineOptions<T> &options) {
  return options;
}

/// The quantize stage's options, declared once for `tico-quantize` and
/// `tico-pipeline`. A pipeline options struct inherits this after its
/// PassPipelineOptions base and passes itself as the owner.
struct QuantizeStageOptions {
  explicit QuantizeStageOptions(mlir::detail::PassOptions &owner);

  mlir::detail::PassOptions::Option<std::string> weightDtype;
  mlir::detail::PassOptions::Option<std::string> granularity;
  mlir::detail::PassOptions::Option<std::string> activationDtype;
  mlir::detail::PassOptions::Option<std::string> inputType;
  mlir::detail::PassOptions::Option<std::string> outputType;
  mlir::detail::PassOptions::Option<bool> releaseFloatWeights;
};

/// Options of the `tico-quantize` pipeline (the union of its passes').
struct QuantizePipelineOptions
    : public PassPipelineOptions<QuantizePipelineOptions>,
      public QuantizeStageOptions {
  QuantizePipelineOptions() : QuantizeStageOptions(asOwner(*this)) {}
};

/// fold-fake-quant, quantize-weights, propagate-qparams, then
/// fold-fake-quant again with the input/output types, and cse.
void buildQuantizePipeline(OpPassManager &pm,
                           const QuantizeStageOptions &options);

/// Registers every quantization pass and the `tico-quantize` pipeline.
void registerTicoQuantizationPasses();

} // namespace mlir::tico

#endif // TICO_QUANTIZATION_PASSES_H
