//===- Passes.td - conversions between tico dialects -------*- tablegen -*-===//

#ifndef TICO_CONVERSION_PASSES_TD
#define TICO_CONVERSION_PASSES_TD

include "mlir/Pass/PassBase.td"

def ConvertTQToCirclePass : Pass<"convert-tq-to-circle", "func::FuncOp"> {
  let summary = "Lower tq ops to Circle builtin operators";
  let description = [{
    A dialect conversion: `circle` is legal and every `tq` compute op is
    rewritten into Circle operators (see docs/lowering.md for the table).
    Layout decisions follow the Circle runtimes: NCHW convolutions and pools
    become NHWC operators between transposes, shape and index operands are
    int32 constants, linear layers become FULLY_CONNECTED with `[out, in]`
    weights.

    When some ops cannot be lowered, the pass reports every one of them
    with its location and the reason, then fails. Constant gather indices
    out of range are reported before anything is rewritten.

    The grouped-query attention head repeat (`unsqueeze`, `broadcast` to
    `n_rep`, `reshape` back to the query head count) is rewritten first,
    on tq ops, as `gqa-expand` says.

    ```mlir
    %y = tq.linear %x, %w : (tensor<1x4xf32>, tensor<8x4xf32>) -> tensor<1x8xf32>
    // becomes
    %none = circle.no_value
    %y = circle.fully_connected %x, %w, %none {keep_num_dims = true} : ...
    ```
  }];
  let options = [
    Option<"decomposeRmsNorm", "decompose-rms-norm", "bool", /*default=*/"false",
           "Emit RMS_NORM as MUL/MEAN/ADD/RSQRT/MUL instead of the Circle-only "
           "RMS_NORM operator">,
    Option<"matmulToFullyConnected", "matmul-to-fc", "bool", /*default=*/"true",
           "Lower a matmul whose right operand is a 2-D constant to "
           "FULLY_CONNECTED with a transposed weight (per-channel quantizable)">,
    Option<"legalizeMaskConstants", "legalize-mask-constants", "bool",
           /*default=*/"true",
           "Replace -inf / lowest-float entries of additive-mask constants "
           "(all other entries 0) by mask-fill-value">,
    Option<"maskFillValue", "mask-fill-value", "double", /*default=*/"-120.0",
           "Value for masked positions (negative, above -1e38)">,
    Option<"gqaExpand", "gqa-expand", "std::string", /*default=*/"\"broadcast\"",
           "Key/value head repeat of grouped-query attention (repeat_kv): "
           "'broadcast' folds it into the BATCH_MATMULs that read it (no "
           "copy; concat where another op reads it), 'concat' copies heads "
           "with STRIDED_SLICE + CONCATENATION, 'none' keeps BROADCAST_TO">,
    Option<"gatherToSlices", "gather-to-slices", "unsigned", /*default=*/"8",
           "A gather/index_select/embedding with constant indices becomes "
           "STRIDED_SLICEs (+ CONCATENATION, RESHAPE) when its indices form "
           "at most this many runs of consecutive values; 0 keeps GATHER">,
  ];
  let dependentDialects = ["::mlir::tico::circle::CircleDialect"];
}

#endif // TICO_CONVERSION_PASSES_TD
