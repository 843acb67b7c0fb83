//===- MaskedScatterPattern.h - masked_scatter graph forms -----*- C++ -*-===//
//
// torch's ONNX export spells masked_scatter and boolean index_put as
// NonZero -> Transpose -> ScatterND chains whose shapes depend on the data.
// The importer rewrites those chains in the GraphDesc, before any node is
// converted, into one synthetic node that becomes tq.masked_scatter.
//
//===----------------------------------------------------------------------===//

#ifndef TICO_LIB_TARGET_ONNX_MASKEDSCATTERPATTERN_H
#define TICO_LIB_TARGET_ONNX_MASKEDSCATTERPATTERN_H

#include "OnnxGraph.h"

namespace mlir::tico::onnx_import {

/// Op type of the synthetic node (no ONNX op has this name, and a model
/// that used it would fail the checker): inputs (data, mask, features),
/// attribute `mask_rank` = the rank of the mask NonZero read.
inline constexpr const char *kMaskedScatterOpType = "TicoMaskedScatter";

/// Replaces every ScatterND fed by a recognized NonZero form of
/// masked_scatter with a kMaskedScatterOpType node and erases the nodes
/// only the form used. Returns the number of forms rewritten. Close
/// non-matches are left alone, so their NonZero is reported as unsupported.
unsigned recognizeMaskedScatter(GraphDesc &graph);

} // namespace mlir::tico::onnx_import

#endif // TICO_LIB_TARGET_ONNX_MASKEDSCATTERPATTERN_H
