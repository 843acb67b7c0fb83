//===- CalibrationData.h - calibration samples from .npy/.npz --*- C++ -*-===//
#ifndef TICO_LIB_QUANTIZATION_CALIBRATIONDATA_H
#define TICO_LIB_QUANTIZATION_CALIBRATIONDATA_H

#include "tico/Interpreter/HostTensor.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "llvm/Support/Error.h"

#include <string>
#include <utility>
#include <vector>

namespace mlir::tico::quantization {

/// The entries of a zip archive (an .npz): name and uncompressed bytes.
/// Stored and deflated entries are supported, zip64 sizes included.
llvm::Expected<std::vector<std::pair<std::string, std::string>>>
readZipArchive(llvm::StringRef buffer);

/// One calibration sample: a tensor per argument of the function.
using Sample = std::vector<interp::HostTensor>;

/// Loads the samples named by `spec` (comma-separated .npy/.npz files or
/// directories, read in sorted order) for `func`. `requireStacked` rejects
/// arrays that hold one sample. On failure the error names the file.
llvm::Expected<std::vector<Sample>> loadCalibrationSamples(func::FuncOp func,
                                                          llvm::StringRef spec,
                                                          bool requireStacked);

} // namespace mlir::tico::quantization

#endif // TICO_LIB_QUANTIZATION_CALIBRATIONDATA_H
