//===- Calibration.h - tico-convert's calibration step ----------*- C++ -*-===//
//
// The slot for the calibration pass (`tq-calibrate`, being written): the
// keys `calibration_data`, `observer` and `per_op_overrides` are accepted
// and validated now, and the step runs once the pass is in the registry.
//
//===----------------------------------------------------------------------===//
#ifndef TICO_TOOLS_TICO_CONVERT_CALIBRATION_H
#define TICO_TOOLS_TICO_CONVERT_CALIBRATION_H

#include "ConvertOptions.h"

#include "mlir/Pass/PassManager.h"

namespace tico_convert {

/// True when any calibration key is set.
bool wantsCalibration(const ConvertOptions &options);

/// Checks the calibration keys fit together (an error names the key) and
/// completes them: uint8 weights go with calibrated uint8 activations
/// unless `weight_dtype` is given.
llvm::Error checkCalibration(ConvertOptions &options);

/// Adds tq-calibrate (after prepare, before quantize) with the options the
/// keys give: the samples in `calibration_data`, `observer`, the dtypes,
/// `per_op_overrides` as its config file; with `progress`, a line per
/// sample on stderr.
void addCalibrationStep(mlir::OpPassManager &pm,
                        const ConvertOptions &options, bool progress);

} // namespace tico_convert

#endif // TICO_TOOLS_TICO_CONVERT_CALIBRATION_H
