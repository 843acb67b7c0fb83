//===- PrecomputeRope.h - pieces shared by the RoPE patterns ----*- C++ -*-===//
//
// The 1-D RoPE patterns (PrecomputeRope.cpp) and the M-RoPE ones
// (PrecomputeRopeMRope.cpp) share the frequency matcher, the table values
// and the per-axis table gathers declared here.
//
//===----------------------------------------------------------------------===//
#ifndef TICO_LIB_DIALECT_TQ_TRANSFORMS_PRECOMPUTEROPE_H
#define TICO_LIB_DIALECT_TQ_TRANSFORMS_PRECOMPUTEROPE_H

#include "mlir/IR/PatternMatch.h"

#include <optional>
#include <string>

namespace mlir::tico::tq::rope {

/// `f = float(positions)[..., None] * inv_freq`.
struct OuterProduct {
  Value positions;            // integer position ids, shape f.shape[:-1]
  SmallVector<float> invFreq; // f.shape[-1] values
};

/// Matches the outer product behind `freq`; on failure `why` says what is
/// missing.
FailureOr<OuterProduct> matchOuterProduct(Value freq, std::string &why);

/// The values of constant positions (a tq.constant or a tq.iota).
std::optional<SmallVector<int64_t>> getConstantPositions(Value positions);

/// Where each channel of a selected value comes from: channel `c` equals
/// channel `c` of `stacked[axes[c]]`, with `stacked` of shape [K, ..., C]
/// (the per-axis M-RoPE frequencies or tables).
struct ChannelSelect {
  Value stacked;
  SmallVector<int64_t> axes;
};

/// Outcome of tracing a value back to per-channel axis picks.
struct ChannelTrace {
  enum Kind { NotSelect, Select, Mismatch } kind = NotSelect;
  ChannelSelect select;
  std::string why; // for Mismatch
};

/// Follows concat, split, last-dim slices, slice_update and `where` with a
/// constant per-channel mask back to picks `stacked[a]` (a slice of size 1
/// along axis 0, reshaped or squeezed away, or a size-1 split result). The
/// result is NotSelect when no pick is reached, Mismatch (with the reason)
/// when picks are reached but the value is not a channel-wise pick of one
/// stacked tensor with frequency channels in place.
ChannelTrace traceChannelSelect(Value value);

/// `out[..., j] = table[positions[axes[j]][...], j]`: one tq.gather of
/// `table` ([N, D]) per axis used, by `positions[a]` (positions of shape
/// [K, ...]), merged by tq.where with constant per-channel masks; reshaped
/// to `shape`.
Value createAxisGather(OpBuilder &builder, Location loc, Value table,
                       Value positions, ArrayRef<int64_t> axes,
                       ArrayRef<int64_t> shape);

/// The mrope-section option as the M-RoPE patterns see it.
struct SectionCheck {
  ArrayRef<int64_t> sections; // (t, h, w); empty: no check
  bool *failed;               // set when a check emitted an error
};

/// Checks `axes`, the position axis of each of the d/2 frequency channels,
/// against the interleaved (Qwen3-VL)
/// and sectioned (Qwen2.5-VL) layouts of `check.sections`; emits a located
/// error at `op` and sets `*check.failed` when it follows neither.
LogicalResult checkSections(Operation *op, ArrayRef<int64_t> axes,
                            const SectionCheck &check);

/// Adds the pattern that turns a per-channel pick of per-axis table gathers
/// (the sectioned Qwen2.5-VL layout after the cos/sin tables are formed)
/// into createAxisGather.
void populateMRopeSelectPatterns(RewritePatternSet &patterns, bool remarks,
                                 const SectionCheck &check);

} // namespace mlir::tico::tq::rope

#endif // TICO_LIB_DIALECT_TQ_TRANSFORMS_PRECOMPUTEROPE_H
