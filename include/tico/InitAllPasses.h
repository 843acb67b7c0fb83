//===- InitAllPasses.h - every tico pass and pipeline -----------*- C++ -*-===//
#ifndef TICO_INITALLPASSES_H
#define TICO_INITALLPASSES_H

#include "tico/Conversion/Passes.h"
#include "tico/Dialect/Circle/Transforms/Passes.h"
#include "tico/Dialect/TQ/Transforms/Passes.h"
#include "tico/Pipelines/Pipelines.h"
#include "tico/Quantization/Passes.h"

namespace mlir::tico {

inline void registerAllPasses() {
  circle::registerCirclePasses();
  registerTicoConversionPasses();
  tq::registerTQPasses();
  registerTicoQuantizationPasses();
  registerTicoPipelines();
}

} // namespace mlir::tico

#endif // TICO_INITALLPASSES_H
