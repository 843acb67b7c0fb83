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

/// Checks the calibration keys fit together and that this build can
/// calibrate; an error names the key.
llvm::Error checkCalibration(const ConvertOptions &options);

/// Adds the calibration passes (after prepare, before quantize).
llvm::Error addCalibrationStep(mlir::OpPassManager &pm,
                               const ConvertOptions &options);

} // namespace tico_convert

#endif // TICO_TOOLS_TICO_CONVERT_CALIBRATION_H
