//===- Calibration.cpp - tico-convert's calibration step ------------------===//

#include "Calibration.h"

#include "mlir/Pass/PassRegistry.h"

using namespace tico_convert;

static constexpr llvm::StringLiteral calibratePass = "tq-calibrate";

static llvm::Error error(const llvm::Twine &message) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(), message);
}

bool tico_convert::wantsCalibration(const ConvertOptions &options) {
  return options.has("calibration_data") || options.has("observer") ||
         options.has("per_op_overrides");
}

llvm::Error tico_convert::checkCalibration(const ConvertOptions &options) {
  if (!wantsCalibration(options))
    return llvm::Error::success();
  for (const char *key : {"observer", "per_op_overrides"})
    if (options.has(key) && !options.has("calibration_data"))
      return error("'" + llvm::Twine(key) +
                   "' needs 'calibration_data' (the samples to observe)");
  if (!mlir::PassInfo::lookup(calibratePass))
    return error("'calibration_data': this build has no calibration pass (" +
                 calibratePass +
                 ") yet; give a fake-quantized model and drop the "
                 "calibration keys");
  return llvm::Error::success();
}

llvm::Error tico_convert::addCalibrationStep(mlir::OpPassManager &pm,
                                             const ConvertOptions &options) {
  (void)pm;
  (void)options;
  // The pass's options (samples, observer, overrides) are wired here when
  // it lands; until then checkCalibration() refuses the keys.
  return error(llvm::Twine(calibratePass) +
               " is registered but tico-convert does not pass it its options "
               "yet (tools/tico-convert/Calibration.cpp)");
}
