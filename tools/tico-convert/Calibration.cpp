//===- Calibration.cpp - tico-convert's calibration step ------------------===//

#include "Calibration.h"

#include "tico/Quantization/Passes.h"

#include "llvm/ADT/StringSwitch.h"

using namespace tico_convert;

static llvm::Error error(const llvm::Twine &message) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(), message);
}

bool tico_convert::wantsCalibration(const ConvertOptions &options) {
  return options.has("calibration_data") || options.has("observer") ||
         options.has("per_op_overrides");
}

llvm::Error tico_convert::checkCalibration(ConvertOptions &options) {
  if (!wantsCalibration(options))
    return llvm::Error::success();
  for (const char *key : {"observer", "per_op_overrides"})
    if (options.has(key) && !options.has("calibration_data"))
      return error("'" + llvm::Twine(key) +
                   "' needs 'calibration_data' (the samples to observe)");
  // Calibrated uint8 activations go with uint8 weights (the pairs Circle
  // kernels take), also for the weights tico-quantize handles afterwards.
  std::string activation = options.get("activation_dtype", "auto");
  if (!options.has("weight_dtype") &&
      (activation == "auto" || activation == "uint8"))
    if (llvm::Error e = options.set("weight_dtype", "uint8", "calibration"))
      return e;
  return llvm::Error::success();
}

/// tico-convert's dtype names -> tq-calibrate's.
static std::string getCalibrateDtype(llvm::StringRef dtype) {
  return llvm::StringSwitch<std::string>(dtype)
      .Case("uint8", "u8")
      .Case("int8", "i8")
      .Case("int16", "i16")
      .Case("int4", "i4")
      .Default("");
}

void tico_convert::addCalibrationStep(mlir::OpPassManager &pm,
                                      const ConvertOptions &options,
                                      bool progress) {
  mlir::tico::TQCalibratePassOptions calibrate;
  calibrate.data = options.get("calibration_data");
  calibrate.observer = options.get("observer", "minmax");
  if (std::string dtype = getCalibrateDtype(options.get("activation_dtype"));
      !dtype.empty())
    calibrate.activationType = dtype;
  calibrate.weightType = getCalibrateDtype(options.get("weight_dtype"));
  calibrate.granularity = options.get("granularity", "per-channel");
  calibrate.config = options.get("per_op_overrides");
  calibrate.progress = progress;
  pm.addPass(mlir::tico::createTQCalibratePass(calibrate));
}
