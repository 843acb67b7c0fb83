//===- ModelSummary.h - what tico-circle inspect reports --------*- C++ -*-===//
#ifndef TICO_TOOLS_TICO_CIRCLE_MODELSUMMARY_H
#define TICO_TOOLS_TICO_CIRCLE_MODELSUMMARY_H

#include "tico/Target/Circle/circle_schema_generated.h"

#include "llvm/Support/raw_ostream.h"

namespace tico_circle {

struct InspectOptions {
  bool tensors = false;
  bool operators = false;
  bool json = false;
};

/// Prints the summary of a verified model (and the tensor and operator
/// tables when asked), as text or JSON.
void printSummary(const ::circle::Model *model, uint64_t fileSize,
                  const InspectOptions &options, llvm::raw_ostream &os);

} // namespace tico_circle

#endif // TICO_TOOLS_TICO_CIRCLE_MODELSUMMARY_H
