//===- ModelSummary.h - summary of a .circle model --------------*- C++ -*-===//
//
// What `tico-circle inspect` and the `tico-convert` summary print.
//
//===----------------------------------------------------------------------===//
#ifndef TICO_TOOLS_MODELSUMMARY_H
#define TICO_TOOLS_MODELSUMMARY_H

#include "tico/Target/Circle/circle_schema_generated.h"

#include "llvm/Support/raw_ostream.h"

namespace mlir::tico::circle {

struct InspectOptions {
  bool tensors = false;
  bool operators = false;
  bool json = false;
};

/// Prints the summary of a verified model (and the tensor and operator
/// tables when asked), as text or JSON.
void printSummary(const ::circle::Model *model, uint64_t fileSize,
                  const InspectOptions &options, llvm::raw_ostream &os);

/// Which tensors carry quantization parameters. Index-like integer tensors
/// (ids, shapes) and bools are not counted as missing: they are never
/// quantized.
struct QParamCoverage {
  unsigned tensors = 0;
  unsigned quantized = 0;
  /// Float tensors (activations and constants): none in a model that is
  /// quantized end to end.
  unsigned floats = 0;
  /// Integer activations without scale/zero point (tico-circle verify's
  /// count); should always be 0.
  unsigned integerActivations = 0;
  unsigned withoutQParams() const { return floats + integerActivations; }
};
QParamCoverage getQParamCoverage(const ::circle::Model *model,
                                 unsigned unquantizedIntegerActivations);

} // namespace mlir::tico::circle

#endif // TICO_TOOLS_MODELSUMMARY_H
