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

def TQFixedSlotFusionPass : Pass<"tq-fixed-slot-fusion", "func::FuncOp"> {
  let summary = "Fuse visual features into a known, fixed token span";
  let description = [{
    When the runtime guarantees that the `V` visual tokens of every batch
    row sit at positions `[s, s + V)` (Gemma4 and Qwen3-VL static export),
    the data-dependent fusion becomes static data movement:

    * `tq.masked_scatter(embeds, mask, features)` whose mask is computed
      from the token ids (`ids == placeholder`, possibly through
      `logical_or`, `unsqueeze`, `reshape`, `broadcast`) becomes
      `concat(embeds[:, :s], features, embeds[:, s+V:])` along the sequence
      axis. Features `(V, D)` (batch 1), `(B·V, D)` (flattened over the
      batch, the masked_scatter convention) and `(B, V, D)` are accepted.
    * `tq.slice_update` that writes a span along one axis (the functional
      form of `embeds[:, s:s+V] = f` and of the DeepStack span add
      `embeds[:, s:s+V] += f`, whose update is `slice + add`) becomes the
      same `slice`/`concat` form, so no scatter is left.

    Empty pieces (`s = 0` or `s + V = S`) are omitted, since Circle cannot
    express zero-size slices. The rewrite of a masked_scatter is exact only
    when the placeholders of every row are exactly `[s, s + V)`; that is the
    pass's precondition.

    ```mlir
    %m = tq.compare %ids, %img {direction = #tq<cmp eq>} : (tensor<1x8xi32>, tensor<i32>) -> tensor<1x8xi1>
    %m3 = tq.unsqueeze %m {dims = array<i64: -1>} : (tensor<1x8xi1>) -> tensor<1x8x1xi1>
    %r = tq.masked_scatter %e, %m3, %f : (tensor<1x8x4xf32>, tensor<1x8x1xi1>, tensor<3x4xf32>) -> tensor<1x8x4xf32>
    // with slot-start=2 becomes
    %a = tq.slice %e {start = array<i64: 0, 0, 0>, end = array<i64: 1, 2, 4>, ...}
    %f3 = tq.reshape %f : (tensor<3x4xf32>) -> tensor<1x3x4xf32>
    %b = tq.slice %e {start = array<i64: 0, 5, 0>, end = array<i64: 1, 8, 4>, ...}
    %r = tq.concat %a, %f3, %b {axis = 1 : i64} : ... -> tensor<1x8x4xf32>
    ```
  }];
  let options = [
    Option<"slotStart", "slot-start", "int64_t", /*default=*/"-1",
           "First sequence position of the visual tokens (required for "
           "masked_scatter; slice_update carries its own start)">,
    Option<"numTokens", "num-tokens", "int64_t", /*default=*/"0",
           "Number of visual tokens per batch row; 0 takes it from the "
           "features">,
    TQ_RemarksOption,
  ];
  let dependentDialects = ["::mlir::tico::tq::TQDialect"];
}

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

def TQLegalizeMasksPass : Pass<"tq-legalize-masks", "func::FuncOp"> {
  let summary = "Make additive attention masks finite and bounded";
  let description = [{
    Quantized attention needs masks with a small, finite range. This pass

    * replaces `-inf` and lowest-float entries of float constants whose
      other entries are all 0 (mask templates, `where` operands, the
      `min_value` factor of `(1 - m) * min_value`) with `fill-value`;
    * turns the sum of two additive masks (causal + padding, sliding +
      padding) into `clamp(sum, fill, 0)`, built from `compare`/`where`,
      so the merged mask stays in `[fill, 0]`.

    A value counts as an additive mask when it is a legalized constant, a
    `where` choosing between masks or 0/fill scalars, `(1 - cast(b)) * fill`
    of a boolean `b`, or a reshape/broadcast/slice of one. Positions are
    never moved, so causal (`k <= q`) and sliding-window (`q - W < k <= q`)
    patterns are kept.

    ```mlir
    %c = tq.constant dense<[[0.0, 0xFF800000], [0.0, 0.0]]> : tensor<2x2xf32>
    // becomes
    %c = tq.constant dense<[[0.0, -1.200000e+02], [0.0, 0.0]]> : tensor<2x2xf32>
    ```
  }];
  let options = [
    Option<"fillValue", "fill-value", "double", /*default=*/"-120.0",
           "Value for masked positions (negative, above -1e38)">,
    TQ_RemarksOption,
  ];
  let dependentDialects = ["::mlir::tico::tq::TQDialect"];
}

def TQFuseRmsNormPass : Pass<"tq-fuse-rms-norm", "func::FuncOp"> {
  let summary = "Fuse RMSNorm written out as elementwise ops into tq.rms_norm";
  let description = [{
    PyTorch exports RMSNorm to ONNX as `Pow, ReduceMean, Add, Sqrt, Div,
    Mul[, Mul]`. This pass rewrites

    ```
    x * (1 / sqrt(mean(x^2, -1, keepdim) + eps)) [* w]
    ```

    and the same with `rsqrt(...)` or `x / sqrt(...)`, and `x * x` for the
    square, into one `tq.rms_norm` (`w` a constant vector of the last dim,
    `eps` a non-negative scalar constant). The weight is taken as is:
    Gemma's `(1 + w)` is already one constant after export. Quantized, the
    written-out form would run pow, sqrt and div on integers (Circle has no
    int16 DIV); RMS_NORM is one operator. Float results change by rounding
    only (division instead of multiplication by the reciprocal).

    ```mlir
    %p = tq.pow %x, %two ...
    %m = tq.reduce_mean %p {axes = array<i64: 2>, keepdim = true} ...
    %a = tq.add %m, %eps ...
    %s = tq.sqrt %a ...
    %r = tq.div %one, %s ...
    %n = tq.mul %x, %r ...
    %y = tq.mul %n, %w : (tensor<2x8x64xf32>, tensor<64xf32>) -> tensor<2x8x64xf32>
    // becomes
    %y = tq.rms_norm %x, %w {epsilon = 9.99999997E-7 : f64} : (tensor<2x8x64xf32>, tensor<64xf32>) -> tensor<2x8x64xf32>
    ```
  }];
  let options = [TQ_RemarksOption];
  let dependentDialects = ["::mlir::tico::tq::TQDialect"];
}

def TQPrecomputeRopePass : Pass<"tq-precompute-rope", "func::FuncOp"> {
  let summary = "Precompute RoPE cos/sin tables and form tq.rope";
  let description = [{
    Recognizes the 1-D rotary frequency subgraph

    ```
    f   = cast(pos)[..., None] * inv_freq      // inv_freq a constant [d/2]
    emb = concat(f, f, axis = -1)
    cos = cos(emb) [* scaling]; sin = sin(emb) [* scaling]
    ```

    and replaces `cos` and `sin` by constant tables `[max-positions, d]`
    gathered by the position ids. When the positions are constant the
    result is folded to constant cos/sin. The tables are computed with the
    graph's f32 arithmetic, so the results are bitwise identical for every
    position below `max-positions` (larger positions read out of range).

    M-RoPE (Qwen3-VL, Qwen2.5-VL) stacks the position ids of the t, h and w
    axes as `pos [3, B, S]` and picks each frequency channel from one axis:

    ```
    f[a] = cast(pos[a])[..., None] * inv_freq  // a = t, h, w
    fsel = channel select of f[t], f[h], f[w]  // where with constant
                                               // channel masks, or
                                               // concat of section slices
    cos = cos(concat(fsel, fsel)) [* scaling]  // Qwen3-VL (interleaved)
    cos = select(cos(concat(f, f)) [* scaling]) // Qwen2.5-VL (sectioned)
    ```

    Both become one `[max-positions, d]` table gathered by each axis's ids
    and merged by `tq.where` with constant per-channel masks (constant ids
    fold to constants). `mrope-section`, when given, checks every matched
    channel map against the interleaved and the sectioned layouts of those
    sections.

    It then rewrites HF `rotate_half`,

    ```
    x1, x2 = halves of x (slice or split on the last dim)
    out = x * cos + concat(-x2, x1) * sin
    ```

    into `tq.rope %x, %cos, %sin {mode = half}`, and the GPT-J form
    `x * cos + flatten(stack(-x[..., 1::2], x[..., 0::2])) * sin` into
    `tq.rope` with `mode = interleaved`.
  }];
  let options = [
    Option<"maxPositions", "max-positions", "int64_t", /*default=*/"0",
           "Rows of the precomputed cos/sin tables (0: only fold constant "
           "positions and form tq.rope)">,
    ListOption<"mropeSection", "mrope-section", "int64_t",
               "M-RoPE sections (t, h, w) of head_dim / 2, e.g. 24,20,20; "
               "when given, every matched M-RoPE channel select must follow "
               "them (interleaved or sectioned layout)">,
    TQ_RemarksOption,
  ];
  let dependentDialects = ["::mlir::tico::tq::TQDialect"];
}

def TQReplacePlaceholdersPass
    : Pass<"tq-replace-placeholders", "func::FuncOp"> {
  let summary = "Look up the pad embedding at multimodal placeholder tokens";
  let description = [{
    Gemma4 semantics: before the token-embedding lookup, the image, video
    and audio placeholder ids are replaced by the pad id, so placeholder
    rows hold the pad embedding until fusion overwrites them:

    ```
    ids' = where(ids == image | ids == video | ids == audio, pad, ids)
    ```

    Every `tq.embedding` whose ids are a function argument reads `ids'`;
    other users of the ids (the placeholder mask that fusion reads) keep
    the original ids. Ids set to -1 are not placeholders. Do not enable it
    for Qwen3-VL-style models, which embed the placeholder token itself.

    ```mlir
    %e = tq.embedding %table, %ids : (tensor<16x4xf32>, tensor<1x8xi32>) -> tensor<1x8x4xf32>
    // with image-token-id=9 pad-token-id=0 becomes
    %m = tq.compare %ids, %c9 {direction = #tq<cmp eq>} : (tensor<1x8xi32>, tensor<i32>) -> tensor<1x8xi1>
    %i = tq.where %m, %c0, %ids : (tensor<1x8xi1>, tensor<i32>, tensor<1x8xi32>) -> tensor<1x8xi32>
    %e = tq.embedding %table, %i : (tensor<16x4xf32>, tensor<1x8xi32>) -> tensor<1x8x4xf32>
    ```
  }];
  let options = [
    Option<"imageTokenId", "image-token-id", "int64_t", /*default=*/"-1",
           "Image placeholder token id (-1: none)">,
    Option<"videoTokenId", "video-token-id", "int64_t", /*default=*/"-1",
           "Video placeholder token id (-1: none)">,
    Option<"audioTokenId", "audio-token-id", "int64_t", /*default=*/"-1",
           "Audio placeholder token id (-1: none)">,
    Option<"padTokenId", "pad-token-id", "int64_t", /*default=*/"-1",
           "Token id whose embedding placeholder rows receive (required)">,
    TQ_RemarksOption,
  ];
  let dependentDialects = ["::mlir::tico::tq::TQDialect"];
}

#endif // TICO_DIALECT_TQ_TRANSFORMS_PASSES_TD
