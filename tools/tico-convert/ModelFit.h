//===- ModelFit.h - do the options fit the model? ---------------*- C++ -*-===//
//
// Cheap checks after import, before any pass runs: a placeholder or pad id
// must index every embedding table, the visual slot must lie inside the
// sequence, the RoPE tables must cover it. The pipeline would fail later
// (or silently produce a wrong model) otherwise.
//
//===----------------------------------------------------------------------===//
#ifndef TICO_TOOLS_TICO_CONVERT_MODELFIT_H
#define TICO_TOOLS_TICO_CONVERT_MODELFIT_H

#include "ConvertOptions.h"

#include "tico/Pipelines/Pipelines.h"

#include "mlir/IR/BuiltinOps.h"

namespace tico_convert {

/// Emits one located error naming the config key and returns failure when
/// `prepare` (the resolved options) does not fit `module`.
mlir::LogicalResult checkModelFit(mlir::ModuleOp module,
                                  const mlir::tico::VLMPrepareOptions &prepare,
                                  const ConvertOptions &options);

} // namespace tico_convert

#endif // TICO_TOOLS_TICO_CONVERT_MODELFIT_H
