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

/// Options of the `tico-quantize` pipeline (the union of its passes').
struct QuantizePipelineOptions
    : public PassPipelineOptions<QuantizePipelineOptions> {
  PassOptions::Option<std::string> weightDtype{
      *this, "weight-dtype",
      llvm::cl::desc("int8 | int16 | uint8 | int4 for float constant weights"),
      llvm::cl::init("int8")};
  PassOptions::Option<std::string> granularity{
      *this, "granularity", llvm::cl::desc("per-channel | per-tensor"),
      llvm::cl::init("per-channel")};
  PassOptions::Option<std::string> activationDtype{
      *this, "activation-dtype",
      llvm::cl::desc("auto | uint8 | int8 | int16: the activation dtype that "
                     "decides the bias storage (auto: the input's)"),
      llvm::cl::init("auto")};
  PassOptions::Option<std::string> inputType{
      *this, "input-type", llvm::cl::desc("float | int"),
      llvm::cl::init("float")};
  PassOptions::Option<std::string> outputType{
      *this, "output-type", llvm::cl::desc("float | int"),
      llvm::cl::init("float")};
};

/// fold-fake-quant, quantize-weights, propagate-qparams, then
/// fold-fake-quant again with the input/output types, and cse.
void buildQuantizePipeline(OpPassManager &pm,
                           const QuantizePipelineOptions &options);

/// Registers every quantization pass and the `tico-quantize` pipeline.
void registerTicoQuantizationPasses();

} // namespace mlir::tico

#endif // TICO_QUANTIZATION_PASSES_H
