//===- Evaluation.h - the .circle against the input model -------*- C++ -*-===//
//
// With `evaluation_inputs`, every function of the input model and the
// matching subgraph of the exported .circle run through the reference
// interpreter on the same .npy inputs; the report is tico-run --compare's.
//
//===----------------------------------------------------------------------===//
#ifndef TICO_TOOLS_TICO_CONVERT_EVALUATION_H
#define TICO_TOOLS_TICO_CONVERT_EVALUATION_H

#include "tico/Interpreter/Compare.h"
#include "tico/Interpreter/HostTensor.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/BuiltinOps.h"

#include <string>
#include <vector>

namespace tico_convert {

struct EvaluationSample {
  std::string function;
  llvm::SmallVector<mlir::tico::interp::HostTensor> inputs;
};

/// Reads DIR/<function>/<arg>.npy (or DIR/<arg>.npy when DIR has no
/// subdirectory for the function) for every function with a body; <arg> is
/// the argument's tico.name or argN. Shapes and dtypes must match. Emits a
/// located error on failure.
mlir::FailureOr<std::vector<EvaluationSample>>
loadEvaluationInputs(mlir::ModuleOp module, llvm::StringRef dir);

/// Runs each sample through `reference` and the function of `exported`
/// (a re-imported .circle) with the same name or signature key, prints
/// tico-run --compare's lines per function, and returns the largest PEIR.
/// With `progress`, names each function on stderr as it runs.
mlir::FailureOr<double> evaluate(mlir::ModuleOp reference,
                                 mlir::ModuleOp exported,
                                 llvm::ArrayRef<EvaluationSample> samples,
                                 llvm::raw_ostream &os, bool progress);

} // namespace tico_convert

#endif // TICO_TOOLS_TICO_CONVERT_EVALUATION_H
