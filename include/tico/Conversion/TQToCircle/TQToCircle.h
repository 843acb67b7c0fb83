//===- TQToCircle.h - tq to circle lowering patterns ------------*- C++ -*-===//
#ifndef TICO_CONVERSION_TQTOCIRCLE_TQTOCIRCLE_H
#define TICO_CONVERSION_TQTOCIRCLE_TQTOCIRCLE_H

#include "mlir/Transforms/DialectConversion.h"

namespace mlir::tico {

struct TQToCircleOptions {
  bool decomposeRmsNorm = false;
  bool matmulToFullyConnected = true;
  bool legalizeMaskConstants = true;
  double maskFillValue = -120.0;
};

/// Patterns rewriting tq ops into circle ops.
void populateTQToCirclePatterns(RewritePatternSet &patterns,
                                const TQToCircleOptions &options);

/// Why an op that the patterns left in place could not be lowered.
StringRef getTQToCircleFailureReason(Operation *op);

} // namespace mlir::tico

#endif // TICO_CONVERSION_TQTOCIRCLE_TQTOCIRCLE_H
