//===- GatherLowering.h - constant-index gathers as slices ------*- C++ -*-===//
#ifndef TICO_LIB_CONVERSION_TQTOCIRCLE_GATHERLOWERING_H
#define TICO_LIB_CONVERSION_TQTOCIRCLE_GATHERLOWERING_H

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Transforms/DialectConversion.h"

namespace mlir::tico {

/// gather / index_select / embedding whose indices are a constant become
/// STRIDED_SLICEs (one per run of consecutive indices, `maxSlices` at most)
/// + CONCATENATION + RESHAPE, ahead of the GATHER lowering. 0 disables.
void populateGatherToSlicesPatterns(RewritePatternSet &patterns,
                                    unsigned maxSlices);

/// Reports (located) every constant gather index outside [-dim, dim):
/// neither slices nor Circle's GATHER can take it.
LogicalResult verifyConstantGatherIndices(func::FuncOp func);

} // namespace mlir::tico

#endif // TICO_LIB_CONVERSION_TQTOCIRCLE_GATHERLOWERING_H
