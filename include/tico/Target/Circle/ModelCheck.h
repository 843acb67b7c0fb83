//===- ModelCheck.h - static consistency checks of .circle files -*- C++ -*-===//
//
// The checks behind `tico-circle verify`: what a runtime needs to load a
// model and run it with the intended numbers. They read the flatbuffer
// directly (no MLIR), so they also judge files other tools wrote.
//
//===----------------------------------------------------------------------===//
#ifndef TICO_TARGET_CIRCLE_MODELCHECK_H
#define TICO_TARGET_CIRCLE_MODELCHECK_H

#include "llvm/ADT/StringRef.h"

#include <string>
#include <vector>

namespace mlir::tico::circle {

struct ModelCheckReport {
  std::vector<std::string> errors;
  std::vector<std::string> warnings;
  /// Integer activation tensors (not constants) without scale/zero point,
  /// as "subgraph/tensor-name"; each is also a warning.
  std::vector<std::string> unquantizedIntegerActivations;
  bool ok() const { return errors.empty(); }
};

/// Checks `bytes` (a whole .circle file). Never crashes on malformed input:
/// a file the flatbuffers verifier rejects yields a single error.
ModelCheckReport checkModel(llvm::StringRef bytes);

} // namespace mlir::tico::circle

#endif // TICO_TARGET_CIRCLE_MODELCHECK_H
