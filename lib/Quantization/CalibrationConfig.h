//===- CalibrationConfig.h - per-op calibration settings -------*- C++ -*-===//
#ifndef TICO_LIB_QUANTIZATION_CALIBRATIONCONFIG_H
#define TICO_LIB_QUANTIZATION_CALIBRATIONCONFIG_H

#include "tico/Quantization/QParams.h"

#include "mlir/IR/Block.h"
#include "mlir/IR/Location.h"
#include "llvm/ADT/DenseMap.h"

#include <optional>
#include <string>
#include <vector>

namespace mlir::tico::quantization {

/// What calibration does at one op.
struct OpSettings {
  QDType activation;
  QDType weight;
  bool perChannel;
  /// Keep the op's results float (no fake_quant on them or its weight).
  bool keepFloat = false;
  /// The activation dtype came from a config override (it then also wins
  /// over a tq.observe op's own dtype).
  bool activationOverridden = false;
};

/// u8 | i8 | i16 (or uint8 | int8 | int16).
std::optional<QDType> parseActivationDType(llvm::StringRef name);
/// u8 | i8 | i16 | i4 (or the long names).
std::optional<QDType> parseWeightDType(llvm::StringRef name);
/// uint8 weights for uint8 activations, int8 otherwise.
std::optional<QDType> defaultWeightDType(QDType activation);
/// Whether Circle kernels take this (input activation, weight) pair:
/// u8/u8, i8/i8|i4, i16/i8|i16|i4. Emits the error at `loc`.
LogicalResult checkDTypePair(Location loc, QDType activation, QDType weight);

/// Per-op overrides from a JSON file:
///   {"overrides": [{"name": N | "location": L | "op": O, "dtype": D,
///                   "weight_dtype": W, "granularity": G, "float": B}]}
/// `name` matches a NameLoc in the op's location exactly, `location` a
/// substring of the printed location, `op` the op name (`tq.rms_norm`). Entries apply in file order (a later
/// entry overrides the fields it sets).
class CalibrationConfig {
public:
  static FailureOr<CalibrationConfig> load(llvm::StringRef path,
                                           Location errorLoc);

  /// Fills `settings` for every op of `block` matched by an override; an
  /// override that matches no op is an error.
  LogicalResult apply(Block &block, const OpSettings &defaults,
                      llvm::DenseMap<Operation *, OpSettings> &settings) const;

private:
  struct Override {
    std::string name, location, opName;
    std::optional<QDType> activation, weight;
    std::optional<bool> perChannel, keepFloat;
  };
  std::string path;
  Location errorLoc;
  std::vector<Override> overrides;

  CalibrationConfig(llvm::StringRef path, Location errorLoc)
      : path(path.str()), errorLoc(errorLoc) {}
};

} // namespace mlir::tico::quantization

#endif // TICO_LIB_QUANTIZATION_CALIBRATIONCONFIG_H
