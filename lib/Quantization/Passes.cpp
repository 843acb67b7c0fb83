//===- Passes.cpp - quantization pass registration and pipeline -----------===//

#include "tico/Quantization/Passes.h"

#include "tico/Dialect/TQ/IR/TQDialect.h"

#include "mlir/Dialect/Quant/IR/Quant.h"
#include "mlir/Pass/PassRegistry.h"
#include "mlir/Transforms/Passes.h"

using namespace mlir;

namespace mlir::tico {
namespace {
#define GEN_PASS_REGISTRATION
#include "tico/Quantization/Passes.h.inc"
} // namespace
} // namespace mlir::tico

mlir::tico::QuantizeStageOptions::QuantizeStageOptions(
    mlir::detail::PassOptions &owner)
    : weightDtype(owner, "weight-dtype",
                  llvm::cl::desc(
                      "int8 | int16 | uint8 | int4 for float constant weights"),
                  llvm::cl::init("int8")),
      granularity(owner, "granularity",
                  llvm::cl::desc("per-channel | per-tensor"),
                  llvm::cl::init("per-channel")),
      activationDtype(
          owner, "activation-dtype",
          llvm::cl::desc("auto | uint8 | int8 | int16: the activation dtype "
                         "that decides the bias storage (auto: the input's)"),
          llvm::cl::init("auto")),
      inputType(owner, "input-type",
                llvm::cl::desc("float | int model inputs"),
                llvm::cl::init("float")),
      outputType(owner, "output-type",
                 llvm::cl::desc("float | int model outputs"),
                 llvm::cl::init("float")),
      releaseFloatWeights(
          owner, "release-float-weights",
          llvm::cl::desc("free the float weight blobs once quantized (only "
                         "when no other module references them)"),
          llvm::cl::init(false)) {}

void mlir::tico::buildQuantizePipeline(OpPassManager &pm,
                                       const QuantizeStageOptions &options) {
  // 1. Observed qparams first: fake_quant/QDQ become quantized types, which
  //    gives every linear/conv its input scale and quantizes weights that
  //    carried their own fake_quant.
  pm.addNestedPass<func::FuncOp>(createTQFoldFakeQuantPass());
  // 2. Remaining float weights, then biases: s_b = s_in * s_w needs both
  //    the input qparams from step 1 and the weight scales chosen here.
  TQQuantizeWeightsPassOptions weights;
  weights.weightDtype = options.weightDtype;
  weights.granularity = options.granularity;
  weights.activationDtype = options.activationDtype;
  weights.releaseFloatWeights = options.releaseFloatWeights;
  // On the module: releasing a blob needs every function's references.
  pm.addPass(createTQQuantizeWeightsPass(weights));
  // 3. Propagation last: it needs the final types of every producer (also
  //    the linear outputs that step 2 completed) to carry them through
  //    layout ops, requantize concat inputs, pin softmax/sigmoid/tanh and
  //    bridge dtype mismatches.
  pm.addNestedPass<func::FuncOp>(createTQPropagateQParamsPass());
  // 4. Model input/output types last, once propagation has decided which
  //    values reach the function boundary quantized (a returned reshape of
  //    a quantized value only becomes quantized in step 3). Folding again
  //    is idempotent: no fake_quant is left, only the boundary changes.
  TQFoldFakeQuantPassOptions boundary;
  boundary.inputType = options.inputType;
  boundary.outputType = options.outputType;
  pm.addNestedPass<func::FuncOp>(createTQFoldFakeQuantPass(boundary));
  pm.addPass(createCSEPass());
}

void mlir::tico::registerTicoQuantizationPasses() {
  registerTQQuantizationPasses();
  PassPipelineRegistration<QuantizePipelineOptions>(
      "tico-quantize",
      "Fold fake-quant into quantized types, quantize weights and biases, "
      "propagate qparams",
      buildQuantizePipeline);
}
