//===- Passes.td - tq dialect passes -----------------------*- tablegen -*-===//
//
// Passes are grouped under banners and sorted alphabetically in a group.
// Every multimodal pass leaves a graph it does not recognize unchanged; with
// `remarks=true` it says why with a remark on the op it looked at.
//
//===----------------------------------------------------------------------===//

#ifndef TICO_DIALECT_TQ_TRANSFORMS_PASSES_TD
#define TICO_DIALECT_TQ_TRANSFORMS_PASSES_TD

include "mlir/Pass/PassBase.td"

def TQ_RemarksOption : Option<"remarks", "remarks", "bool", /*default=*/"false",
    "Emit a remark on each candidate op the pass leaves unchanged, saying why">;

//===----------------------------------------------------------------------===//
// Multimodal preparation
//===----------------------------------------------------------------------===//

def TQLegalizeMaskedScatterPass
    : Pass<"tq-legalize-masked-scatter", "func::FuncOp"> {
  let summary = "Replace masked_scatter by a static cumsum/gather/where";
  let description = [{
    The general fusion when no slot is known. For `embeds [..., D]`, a mask
    that is constant along `D` (shape `[..., 1]`, or a `tq.broadcast` of
    one) and features `F`:

    ```
    m   = mask as i32, leading dims flattened
    idx = cumsum(m) - 1                 // the k-th True takes feature row k
    g   = gather(F, clamp(idx, 0, N - 1))
    out = where(mask, g, embeds)
    ```

    With features `(N, D)` the count runs over all rows in order (the
    torch convention: features are flattened over the batch). With
    `(B, N, D)` it restarts at every batch row and row `b` reads
    `F[b]` (flattened as rows `b·N + idx`).

    The result is bitwise identical to masked_scatter whenever the number
    of True rows equals the number of feature rows (per batch row for
    `(B, N, D)`). With fewer, the unused feature rows are ignored (as in
    torch). With more, the extra masked positions receive the last feature
    row (`N - 1`) instead of an error: nothing is data-dependent any more,
    so no run-time check is possible.

    A mask that varies along `D` is left alone.
  }];
  let options = [TQ_RemarksOption];
  let dependentDialects = ["::mlir::tico::tq::TQDialect"];
}

#endif // TICO_DIALECT_TQ_TRANSFORMS_PASSES_TD
