//===- TQOps.td - tq dialect operations --------------------*- tablegen -*-===//
//
// Ops are grouped by family under banners; each has a summary, a description
// with an example, a declarative assembly format where one can work, and a
// verifier for what the type constraints cannot say.
//
//===----------------------------------------------------------------------===//

#ifndef TICO_DIALECT_TQ_IR_TQOPS_TD
#define TICO_DIALECT_TQ_IR_TQOPS_TD

include "tico/Dialect/TQ/IR/TQBase.td"

//===----------------------------------------------------------------------===//
// Constants
//===----------------------------------------------------------------------===//

def TQ_ConstantOp : TQ_Op<"constant", [ConstantLike, Pure]> {
  let summary = "constant tensor (dense or dense-resource)";
  let description = [{
    A constant tensor. `value` is any `ElementsAttr`, so weights can live in
    `dense_resource` blobs instead of being uniqued in the context. A
    quantized constant holds its integer storage values in `value` and its
    `!quant.uniform` type after `->`.

    ```mlir
    %w = tq.constant dense<1.0> : tensor<4x4xf32>
    %q = tq.constant dense<[1, -2]> : tensor<2xi8> -> tensor<2x!quant.uniform<i8:f32, 0.5>>
    ```
  }];
  let arguments = (ins ElementsAttr:$value);
  let results = (outs TQ_Tensor:$output);
  let assemblyFormat = "attr-dict custom<StorageResultType>($value, type($output))";
  let hasFolder = 1;
  let hasVerifier = 1;
}

//===----------------------------------------------------------------------===//
// Elementwise arithmetic
//===----------------------------------------------------------------------===//

class TQ_ArithBinaryOp<string mnemonic, string what> :
    TQ_BroadcastBinaryOp<mnemonic, TQ_NumericTensor, TQ_NumericTensor,
                         [TQ_SameElementKind]> {
  let summary = "elementwise " # what # " with numpy broadcasting";
  let description = [{
    Elementwise }] # what # [{ of two tensors. Shapes broadcast as in numpy;
    float operands and result share one element type, quantized ones one
    expressed type.

    ```mlir
    %r = tq.}] # mnemonic # [{ %a, %b : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
    ```
  }];
}

def TQ_AddOp : TQ_ArithBinaryOp<"add", "addition">;
def TQ_SubOp : TQ_ArithBinaryOp<"sub", "subtraction">;
def TQ_MulOp : TQ_ArithBinaryOp<"mul", "multiplication">;
def TQ_DivOp : TQ_ArithBinaryOp<"div", "division">;
def TQ_PowOp : TQ_ArithBinaryOp<"pow", "power (`lhs ** rhs`)">;

// Elementwise maximum and minimum: on quantized tensors they pick stored
// integers (quantization is monotone), so operands and result must share
// one quantized type.
class TQ_MinMaxOp<string mnemonic, string what> :
    TQ_BroadcastBinaryOp<mnemonic, TQ_NumericTensor, TQ_NumericTensor,
                         [TQ_SameElementKind]> {
  let summary = "elementwise " # what # " with numpy broadcasting";
  let description = [{
    Elementwise }] # what # [{ of two tensors; shapes broadcast as in numpy.
    Quantized operands and the result must have the same quantized element
    type: the op selects stored integers, which is exact because
    quantization preserves order.

    ```mlir
    %r = tq.}] # mnemonic # [{ %a, %b : (tensor<2x3xf32>, tensor<f32>) -> tensor<2x3xf32>
    ```
  }];
  let hasVerifier = 1;
}

def TQ_MaximumOp : TQ_MinMaxOp<"maximum", "maximum">;
def TQ_MinimumOp : TQ_MinMaxOp<"minimum", "minimum">;

// Unary ops that are defined on integers too (quantized inputs run them on
// the integer grid).
class TQ_NumericUnaryOp<string mnemonic, string what> :
    TQ_UnaryOp<mnemonic, TQ_NumericTensor> {
  let summary = "elementwise " # what;
  let description = [{
    Elementwise }] # what # [{ of a float, integer or quantized tensor.

    ```mlir
    %r = tq.}] # mnemonic # [{ %x : (tensor<4xf32>) -> tensor<4xf32>
    ```
  }];
}

def TQ_NegOp : TQ_NumericUnaryOp<"neg", "negation">;
def TQ_ReluOp : TQ_NumericUnaryOp<"relu", "`max(x, 0)`">;

class TQ_FloatUnaryOp<string mnemonic, string what> :
    TQ_UnaryOp<mnemonic, TQ_FloatOrQuantTensor> {
  let summary = "elementwise " # what;
  let description = [{
    Elementwise }] # what # [{ of a float (or quantized) tensor.

    ```mlir
    %r = tq.}] # mnemonic # [{ %x : (tensor<4xf32>) -> tensor<4xf32>
    ```
  }];
}

def TQ_ExpOp : TQ_FloatUnaryOp<"exp", "natural exponential">;
def TQ_LogOp : TQ_FloatUnaryOp<"log", "natural logarithm">;
def TQ_SqrtOp : TQ_FloatUnaryOp<"sqrt", "square root">;
def TQ_RsqrtOp : TQ_FloatUnaryOp<"rsqrt", "reciprocal square root">;
def TQ_TanhOp : TQ_FloatUnaryOp<"tanh", "hyperbolic tangent">;
def TQ_SigmoidOp : TQ_FloatUnaryOp<"sigmoid", "logistic sigmoid `1 / (1 + exp(-x))`">;
def TQ_SiluOp : TQ_FloatUnaryOp<"silu", "SiLU `x * sigmoid(x)`">;
def TQ_CosOp : TQ_FloatUnaryOp<"cos", "cosine">;
def TQ_SinOp : TQ_FloatUnaryOp<"sin", "sine">;

def TQ_GeluOp : TQ_UnaryOp<"gelu", TQ_FloatOrQuantTensor> {
  let summary = "elementwise GELU";
  let description = [{
    `x * Phi(x)` with the exact `erf` form (printed `none`, as torch spells
    it) or the `tanh` approximation.

    ```mlir
    %r = tq.gelu %x {approximate = #tq<gelu tanh>} : (tensor<4xf32>) -> tensor<4xf32>
    ```
  }];
  let arguments = (ins TQ_FloatOrQuantTensor:$input,
                       DefaultValuedAttr<TQ_GeluApproximationAttr,
                           "::mlir::tico::tq::GeluApproximation::erf">:$approximate);
}

//===----------------------------------------------------------------------===//
// Normalization and softmax
//===----------------------------------------------------------------------===//

def TQ_SoftmaxOp : TQ_Op<"softmax", [Pure, SameOperandsAndResultShape,
                                     TQ_SameElementKind]> {
  let summary = "softmax along one axis";
  let description = [{
    `exp(x) / sum(exp(x), axis)`. `axis` may be negative (counted from the
    end) and must lie in `[-rank, rank)`.

    ```mlir
    %p = tq.softmax %x {axis = -1 : i64} : (tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
    ```
  }];
  let arguments = (ins TQ_FloatOrQuantTensor:$input,
                       DefaultValuedAttr<I64Attr, "-1">:$axis);
  let results = (outs TQ_FloatOrQuantTensor:$output);
  let assemblyFormat = "$input attr-dict `:` functional-type(operands, results)";
  let hasVerifier = 1;
}

def TQ_RmsNormOp : TQ_Op<"rms_norm", [Pure, TQ_SameElementKind]> {
  let summary = "RMS normalization over the last dimension";
  let description = [{
    `y = x / sqrt(mean(x^2, -1) + epsilon) * w`, or `* (1 + w)` when
    `add_unit_offset` is set (Gemma). Without `weight` the scale is 1. The
    weight is 1-D with the size of the last input dimension; `epsilon` is
    non-negative.

    ```mlir
    %y = tq.rms_norm %x, %w {epsilon = 1.0e-06 : f64}
           : (tensor<1x4x64xf32>, tensor<64xf32>) -> tensor<1x4x64xf32>
    ```
  }];
  let arguments = (ins TQ_FloatOrQuantTensor:$input,
                       Optional<TQ_FloatOrQuantTensor>:$weight,
                       DefaultValuedAttr<F64Attr, "1.0e-6">:$epsilon,
                       DefaultValuedAttr<BoolAttr, "false">:$add_unit_offset);
  let results = (outs TQ_FloatOrQuantTensor:$output);
  let assemblyFormat =
      "$input (`,` $weight^)? attr-dict `:` functional-type(operands, results)";
  let hasVerifier = 1;
}

def TQ_LayerNormOp : TQ_Op<"layer_norm", [Pure, AttrSizedOperandSegments,
                                          TQ_SameElementKind]> {
  let summary = "layer normalization over the last dimension";
  let description = [{
    `y = (x - mean) / sqrt(var + epsilon) * weight + bias`, statistics taken
    over the last dimension. `weight` and `bias` are optional, 1-D, with the
    size of the last input dimension.

    ```mlir
    %y = tq.layer_norm %x weight %w bias %b {epsilon = 1.0e-05 : f64}
           : (tensor<2x8xf32>, tensor<8xf32>, tensor<8xf32>) -> tensor<2x8xf32>
    ```
  }];
  let arguments = (ins TQ_FloatOrQuantTensor:$input,
                       Optional<TQ_FloatOrQuantTensor>:$weight,
                       Optional<TQ_FloatOrQuantTensor>:$bias,
                       DefaultValuedAttr<F64Attr, "1.0e-5">:$epsilon);
  let results = (outs TQ_FloatOrQuantTensor:$output);
  let assemblyFormat = [{
    $input (`weight` $weight^)? (`bias` $bias^)? attr-dict `:`
    functional-type(operands, results)
  }];
  let hasVerifier = 1;
}

//===----------------------------------------------------------------------===//
// Reductions and scans
//===----------------------------------------------------------------------===//

class TQ_ReduceOp<string mnemonic, string what> :
    TQ_Op<mnemonic, [Pure, TQ_SameElementKind]> {
  let summary = what # " over a set of axes";
  let description = [{
    Reduces `input` with the }] # what # [{ over `axes` (non-empty, unique,
    each in `[-rank, rank)`). With `keepdim` the reduced dims stay as size 1,
    otherwise they are removed.

    ```mlir
    %r = tq.}] # mnemonic # [{ %x {axes = array<i64: -1>, keepdim = true}
           : (tensor<2x3x4xf32>) -> tensor<2x3x1xf32>
    ```
  }];
  let arguments = (ins TQ_NumericTensor:$input,
                       DenseI64ArrayAttr:$axes,
                       DefaultValuedAttr<BoolAttr, "false">:$keepdim);
  let results = (outs TQ_NumericTensor:$output);
  let assemblyFormat = "$input attr-dict `:` functional-type(operands, results)";
  let hasVerifier = 1;
  let extraClassDefinition = [{
    ::llvm::LogicalResult $cppClass::verify() {
      return verifyReduce(*this, getInput().getType(), getAxes(), getKeepdim(),
                          getOutput().getType());
    }
  }];
}

def TQ_ReduceMeanOp : TQ_ReduceOp<"reduce_mean", "mean">;
def TQ_ReduceSumOp : TQ_ReduceOp<"reduce_sum", "sum">;
def TQ_ReduceMaxOp : TQ_ReduceOp<"reduce_max", "maximum">;

def TQ_CumsumOp : TQ_Op<"cumsum", [Pure, SameOperandsAndResultShape,
                                   TQ_SameElementKind]> {
  let summary = "cumulative sum along one axis";
  let description = [{
    Running sum along `axis`. `exclusive` leaves the current element out
    (the first output is 0); `reverse` sums from the end.

    ```mlir
    %c = tq.cumsum %x {axis = 1 : i64, exclusive = false, reverse = false}
           : (tensor<1x8xi32>) -> tensor<1x8xi32>
    ```
  }];
  let arguments = (ins TQ_NumericTensor:$input,
                       I64Attr:$axis,
                       DefaultValuedAttr<BoolAttr, "false">:$exclusive,
                       DefaultValuedAttr<BoolAttr, "false">:$reverse);
  let results = (outs TQ_NumericTensor:$output);
  let assemblyFormat = "$input attr-dict `:` functional-type(operands, results)";
  let hasVerifier = 1;
}

//===----------------------------------------------------------------------===//
// Contractions and windows
//===----------------------------------------------------------------------===//

def TQ_EmbeddingOp : TQ_Op<"embedding", [Pure]> {
  let summary = "row lookup in an embedding table";
  let description = [{
    `result[i..., :] = table[ids[i...], :]` for a table of shape `[V, D]`;
    the result shape is `ids.shape + [D]`.

    ```mlir
    %e = tq.embedding %table, %ids : (tensor<1000x64xf32>, tensor<1x8xi32>) -> tensor<1x8x64xf32>
    ```
  }];
  let arguments = (ins TQ_FloatOrQuantTensor:$table, TQ_IndexTensor:$ids);
  let results = (outs TQ_FloatOrQuantTensor:$output);
  let assemblyFormat =
      "$table `,` $ids attr-dict `:` functional-type(operands, results)";
  let hasVerifier = 1;
}

def TQ_LinearOp : TQ_Op<"linear", [Pure, TQ_SameElementKind]> {
  let summary = "fully connected layer `x * W^T + b`";
  let description = [{
    `x` is `[..., in]`, `weight` is `[out, in]` (torch layout), the optional
    `bias` is `[out]`; the result is `[..., out]`.

    ```mlir
    %y = tq.linear %x, %w, %b : (tensor<1x4x64xf32>, tensor<128x64xf32>, tensor<128xf32>) -> tensor<1x4x128xf32>
    ```
  }];
  let arguments = (ins TQ_FloatOrQuantTensor:$input,
                       TQ_FloatOrQuantTensor:$weight,
                       Optional<TQ_FloatOrQuantTensor>:$bias);
  let results = (outs TQ_FloatOrQuantTensor:$output);
  let assemblyFormat = [{
    $input `,` $weight (`,` $bias^)? attr-dict `:`
    functional-type(operands, results)
  }];
  let hasVerifier = 1;
}

def TQ_MatmulOp : TQ_Op<"matmul", [Pure, TQ_SameElementKind]> {
  let summary = "batched matrix multiplication";
  let description = [{
    `lhs` is `[..., M, K]` (`[..., K, M]` with `transpose_lhs`), `rhs` is
    `[..., K, N]` (`[..., N, K]` with `transpose_rhs`). Batch dims broadcast
    as in numpy; the result is `[batch..., M, N]`.

    ```mlir
    %s = tq.matmul %q, %k {transpose_rhs = true}
           : (tensor<1x8x16x64xf32>, tensor<1x1x16x64xf32>) -> tensor<1x8x16x16xf32>
    ```
  }];
  let arguments = (ins TQ_FloatOrQuantTensor:$lhs,
                       TQ_FloatOrQuantTensor:$rhs,
                       DefaultValuedAttr<BoolAttr, "false">:$transpose_lhs,
                       DefaultValuedAttr<BoolAttr, "false">:$transpose_rhs);
  let results = (outs TQ_FloatOrQuantTensor:$output);
  let assemblyFormat =
      "$lhs `,` $rhs attr-dict `:` functional-type(operands, results)";
  let hasVerifier = 1;
}

def TQ_Conv2DOp : TQ_Op<"conv2d", [Pure, TQ_SameElementKind]> {
  let summary = "2-D convolution, NCHW input and OIHW weight";
  let description = [{
    `input` is `[N, C, H, W]`, `weight` is `[O, C / groups, KH, KW]`, the
    optional `bias` is `[O]`. `padding` is `[top, left, bottom, right]` or
    `[pad_h, pad_w]` (symmetric). `C` and `O` must be multiples of `groups`.
    Output spatial size: `(in + pads - dilation * (k - 1) - 1) / stride + 1`.

    ```mlir
    %y = tq.conv2d %x, %w, %b {strides = array<i64: 2, 2>, padding = array<i64: 1, 1>}
           : (tensor<1x3x32x32xf32>, tensor<8x3x3x3xf32>, tensor<8xf32>) -> tensor<1x8x16x16xf32>
    ```
  }];
  let arguments = (ins TQ_FloatOrQuantTensor:$input,
                       TQ_FloatOrQuantTensor:$weight,
                       Optional<TQ_FloatOrQuantTensor>:$bias,
                       DefaultValuedAttr<DenseI64ArrayAttr, "{1, 1}">:$strides,
                       DefaultValuedAttr<DenseI64ArrayAttr, "{0, 0, 0, 0}">:$padding,
                       DefaultValuedAttr<DenseI64ArrayAttr, "{1, 1}">:$dilations,
                       DefaultValuedAttr<I64Attr, "1">:$groups);
  let results = (outs TQ_FloatOrQuantTensor:$output);
  let assemblyFormat = [{
    $input `,` $weight (`,` $bias^)? attr-dict `:`
    functional-type(operands, results)
  }];
  let hasVerifier = 1;
}

def TQ_AvgPool2DOp : TQ_Op<"avg_pool2d", [Pure, TQ_SameElementKind]> {
  let summary = "2-D average pooling, NCHW";
  let description = [{
    Averages `kernel`-sized windows of an `[N, C, H, W]` input. `padding` is
    `[top, left, bottom, right]` or `[pad_h, pad_w]`, each at most half the
    kernel. `count_include_pad` divides by the full window size, padding
    included.

    ```mlir
    %y = tq.avg_pool2d %x {kernel = array<i64: 2, 2>, strides = array<i64: 2, 2>}
           : (tensor<1x8x16x16xf32>) -> tensor<1x8x8x8xf32>
    ```
  }];
  let arguments = (ins TQ_FloatOrQuantTensor:$input,
                       DenseI64ArrayAttr:$kernel,
                       DenseI64ArrayAttr:$strides,
                       DefaultValuedAttr<DenseI64ArrayAttr, "{0, 0, 0, 0}">:$padding,
                       DefaultValuedAttr<BoolAttr, "true">:$count_include_pad);
  let results = (outs TQ_FloatOrQuantTensor:$output);
  let assemblyFormat = "$input attr-dict `:` functional-type(operands, results)";
  let hasVerifier = 1;
}

//===----------------------------------------------------------------------===//
// Data movement
//===----------------------------------------------------------------------===//

def TQ_ReshapeOp : TQ_Op<"reshape", [Pure, TQ_SameElementKind]> {
  let summary = "reshape to a static shape with the same element count";
  let description = [{
    Reinterprets the row-major elements of `input` with the result's shape.
    Both shapes must be static and hold the same number of elements.

    ```mlir
    %r = tq.reshape %x : (tensor<2x6xf32>) -> tensor<3x4xf32>
    ```
  }];
  let arguments = (ins TQ_Tensor:$input);
  let results = (outs TQ_Tensor:$output);
  let assemblyFormat = "$input attr-dict `:` functional-type(operands, results)";
  let hasVerifier = 1;
  let hasFolder = 1;
}

def TQ_TransposeOp : TQ_Op<"transpose", [Pure, TQ_SameElementKind]> {
  let summary = "permute dimensions";
  let description = [{
    `result.shape[i] = input.shape[perms[i]]`; `perms` is a permutation of
    `[0, rank)`.

    ```mlir
    %t = tq.transpose %x {perms = array<i64: 0, 2, 1, 3>}
           : (tensor<1x4x8x16xf32>) -> tensor<1x8x4x16xf32>
    ```
  }];
  let arguments = (ins TQ_Tensor:$input, DenseI64ArrayAttr:$perms);
  let results = (outs TQ_Tensor:$output);
  let assemblyFormat = "$input attr-dict `:` functional-type(operands, results)";
  let hasVerifier = 1;
  let hasFolder = 1;
}

def TQ_SliceOp : TQ_Op<"slice", [Pure, TQ_SameElementKind]> {
  let summary = "strided slice over every axis";
  let description = [{
    `start`, `end` and `step` hold one entry per input dimension. A negative
    `start` or `end` counts from the end of its dimension; both are then
    clamped to `[0, dim]` (torch slicing). `step` is positive. The result
    has `max(0, ceil((end - start) / step))` elements along each axis. The
    folder rewrites the indices of static dimensions into that canonical
    range.

    ```mlir
    %s = tq.slice %x {start = array<i64: 0, -4>, end = array<i64: 2, 8>, step = array<i64: 1, 2>}
           : (tensor<2x8xf32>) -> tensor<2x2xf32>
    ```
  }];
  let arguments = (ins TQ_Tensor:$input,
                       DenseI64ArrayAttr:$start,
                       DenseI64ArrayAttr:$end,
                       DenseI64ArrayAttr:$step);
  let results = (outs TQ_Tensor:$output);
  let assemblyFormat = "$input attr-dict `:` functional-type(operands, results)";
  let hasVerifier = 1;
  let hasFolder = 1;
  let extraClassDeclaration = [{
    /// `start` and `end` of one static dimension, with negative indices
    /// counted from the end and both clamped to `[0, dimSize]`;
    /// std::nullopt for a dynamic dimension.
    static std::optional<std::pair<int64_t, int64_t>>
    normalizeBounds(int64_t dimSize, int64_t start, int64_t end);
  }];
}

def TQ_ConcatOp : TQ_Op<"concat", [Pure, TQ_SameElementKind]> {
  let summary = "concatenate tensors along one axis";
  let description = [{
    All inputs have the same rank and agree on every dimension except
    `axis` (which may be negative); the result's `axis` size is the sum.

    ```mlir
    %c = tq.concat %a, %b {axis = -1 : i64}
           : (tensor<1x4x8xf32>, tensor<1x4x2xf32>) -> tensor<1x4x10xf32>
    ```
  }];
  let arguments = (ins Variadic<TQ_Tensor>:$inputs, I64Attr:$axis);
  let results = (outs TQ_Tensor:$output);
  let assemblyFormat = "$inputs attr-dict `:` functional-type(operands, results)";
  let hasVerifier = 1;
  let hasFolder = 1;
}

def TQ_SplitOp : TQ_Op<"split", [Pure, TQ_SameElementKind]> {
  let summary = "split a tensor into pieces along one axis";
  let description = [{
    Result `i` takes `sizes[i]` (positive) consecutive slices along `axis`;
    the sizes add up to the input's `axis` size.

    ```mlir
    %a, %b = tq.split %x {axis = -1 : i64, sizes = array<i64: 32, 32>}
               : (tensor<1x4x64xf32>) -> (tensor<1x4x32xf32>, tensor<1x4x32xf32>)
    ```
  }];
  let arguments = (ins TQ_Tensor:$input, I64Attr:$axis,
                       DenseI64ArrayAttr:$sizes);
  let results = (outs Variadic<TQ_Tensor>:$outputs);
  let assemblyFormat = "$input attr-dict `:` functional-type(operands, results)";
  let hasVerifier = 1;
}

def TQ_BroadcastOp : TQ_Op<"broadcast", [Pure, TQ_SameElementKind]> {
  let summary = "broadcast to the result shape (torch expand)";
  let description = [{
    Numpy broadcasting to the result type's shape: the input is aligned to
    the trailing dims and each input dim is 1 or equal to the result dim.

    ```mlir
    %b = tq.broadcast %x : (tensor<4x1xf32>) -> tensor<2x4x8xf32>
    ```
  }];
  let arguments = (ins TQ_Tensor:$input);
  let results = (outs TQ_Tensor:$output);
  let assemblyFormat = "$input attr-dict `:` functional-type(operands, results)";
  let hasVerifier = 1;
  let hasFolder = 1;
}

def TQ_SqueezeOp : TQ_Op<"squeeze", [Pure, TQ_SameElementKind]> {
  let summary = "remove size-1 dimensions";
  let description = [{
    Removes the listed dims (unique, in `[-rank, rank)`, each of size 1).

    ```mlir
    %s = tq.squeeze %x {dims = array<i64: 0>} : (tensor<1x4x8xf32>) -> tensor<4x8xf32>
    ```
  }];
  let arguments = (ins TQ_Tensor:$input, DenseI64ArrayAttr:$dims);
  let results = (outs TQ_Tensor:$output);
  let assemblyFormat = "$input attr-dict `:` functional-type(operands, results)";
  let hasVerifier = 1;
  let hasFolder = 1;
}

def TQ_UnsqueezeOp : TQ_Op<"unsqueeze", [Pure, TQ_SameElementKind]> {
  let summary = "insert size-1 dimensions";
  let description = [{
    Inserts a size-1 dim at each listed position of the result (unique, in
    `[-result_rank, result_rank)`).

    ```mlir
    %u = tq.unsqueeze %x {dims = array<i64: 0, -1>} : (tensor<4x8xf32>) -> tensor<1x4x8x1xf32>
    ```
  }];
  let arguments = (ins TQ_Tensor:$input, DenseI64ArrayAttr:$dims);
  let results = (outs TQ_Tensor:$output);
  let assemblyFormat = "$input attr-dict `:` functional-type(operands, results)";
  let hasVerifier = 1;
  let hasFolder = 1;
}

def TQ_GatherOp : TQ_Op<"gather", [Pure]> {
  let summary = "gather slices along one axis by index";
  let description = [{
    `result = input.shape[:axis] + indices.shape + input.shape[axis+1:]`;
    each index selects one slice of `input` along `axis`.

    ```mlir
    %g = tq.gather %x, %idx {axis = 1 : i64}
           : (tensor<2x10x4xf32>, tensor<3x5xi32>) -> tensor<2x3x5x4xf32>
    ```
  }];
  let arguments = (ins TQ_Tensor:$input, TQ_IndexTensor:$indices, I64Attr:$axis);
  let results = (outs TQ_Tensor:$output);
  let assemblyFormat =
      "$input `,` $indices attr-dict `:` functional-type(operands, results)";
  let hasVerifier = 1;
}

def TQ_GatherElementsOp : TQ_Op<"gather_elements", [Pure]> {
  let summary = "elementwise gather along one axis (torch.gather)";
  let description = [{
    `result[i][j][k] = input[i][indices[i][j][k]][k]` for `axis = 1`.
    `indices` has the rank of `input`, the result has the shape of
    `indices`, and off `axis` each indices dim is at most the input dim.

    ```mlir
    %g = tq.gather_elements %x, %idx {axis = 1 : i64}
           : (tensor<2x8xf32>, tensor<2x3xi64>) -> tensor<2x3xf32>
    ```
  }];
  let arguments = (ins TQ_Tensor:$input, TQ_IndexTensor:$indices, I64Attr:$axis);
  let results = (outs TQ_Tensor:$output);
  let assemblyFormat =
      "$input `,` $indices attr-dict `:` functional-type(operands, results)";
  let hasVerifier = 1;
}

def TQ_IndexSelectOp : TQ_Op<"index_select", [Pure]> {
  let summary = "select slices along one axis by a 1-D index";
  let description = [{
    torch.index_select: the result equals `input` except that its `axis`
    size is the number of indices.

    ```mlir
    %s = tq.index_select %x, %idx {axis = 0 : i64}
           : (tensor<10x4xf32>, tensor<3xi32>) -> tensor<3x4xf32>
    ```
  }];
  let arguments = (ins TQ_Tensor:$input, 1DTensorOf<[TQ_IndexInt]>:$indices,
                       I64Attr:$axis);
  let results = (outs TQ_Tensor:$output);
  let assemblyFormat =
      "$input `,` $indices attr-dict `:` functional-type(operands, results)";
  let hasVerifier = 1;
}

//===----------------------------------------------------------------------===//
// Selection, comparison and logic
//===----------------------------------------------------------------------===//

def TQ_WhereOp : TQ_Op<"where", [Pure]> {
  let summary = "elementwise select with numpy broadcasting";
  let description = [{
    `result = condition ? lhs : rhs`. The three operands broadcast together
    to the result shape; `lhs`, `rhs` and the result share an element kind.

    ```mlir
    %r = tq.where %m, %a, %b : (tensor<1x1x4x4xi1>, tensor<f32>, tensor<1x8x4x4xf32>) -> tensor<1x8x4x4xf32>
    ```
  }];
  let arguments = (ins TQ_BoolTensor:$condition, TQ_Tensor:$lhs, TQ_Tensor:$rhs);
  let results = (outs TQ_Tensor:$output);
  let assemblyFormat = [{
    $condition `,` $lhs `,` $rhs attr-dict `:` functional-type(operands, results)
  }];
  let hasVerifier = 1;
}

def TQ_CompareOp : TQ_BroadcastBinaryOp<"compare", TQ_Tensor, TQ_BoolTensor> {
  let summary = "elementwise comparison with numpy broadcasting";
  let description = [{
    Compares `lhs` and `rhs` (same element kind) with `direction`; the
    result is `i1` with the broadcast shape.

    ```mlir
    %m = tq.compare %a, %b {direction = #tq<cmp lt>} : (tensor<4xf32>, tensor<f32>) -> tensor<4xi1>
    ```
  }];
  let arguments = (ins TQ_Tensor:$lhs, TQ_Tensor:$rhs,
                       TQ_CompareDirectionAttr:$direction);
  let hasVerifier = 1;
}

class TQ_LogicalBinaryOp<string mnemonic, string what> :
    TQ_BroadcastBinaryOp<mnemonic, TQ_BoolTensor, TQ_BoolTensor> {
  let summary = "elementwise logical " # what # " with numpy broadcasting";
  let description = [{
    ```mlir
    %r = tq.}] # mnemonic # [{ %a, %b : (tensor<4x4xi1>, tensor<4xi1>) -> tensor<4x4xi1>
    ```
  }];
}

def TQ_LogicalAndOp : TQ_LogicalBinaryOp<"logical_and", "and">;
def TQ_LogicalOrOp : TQ_LogicalBinaryOp<"logical_or", "or">;

def TQ_LogicalNotOp : TQ_UnaryOp<"logical_not", TQ_BoolTensor> {
  let summary = "elementwise logical not";
  let description = [{
    ```mlir
    %r = tq.logical_not %m : (tensor<4xi1>) -> tensor<4xi1>
    ```
  }];
}

def TQ_CastOp : TQ_Op<"cast", [Pure, SameOperandsAndResultShape]> {
  let summary = "elementwise element-type conversion";
  let description = [{
    Converts every element to the result element type (float, integer or
    bool; torch `_to_copy(dtype=...)`). The shape is unchanged.

    ```mlir
    %f = tq.cast %ids : (tensor<1x8xi64>) -> tensor<1x8xf32>
    ```
  }];
  let arguments = (ins TQ_Tensor:$input);
  let results = (outs TQ_Tensor:$output);
  let assemblyFormat = "$input attr-dict `:` functional-type(operands, results)";
  let hasFolder = 1;
}

def TQ_IotaOp : TQ_Op<"iota", [Pure]> {
  let summary = "arithmetic sequence (torch.arange)";
  let description = [{
    `result[i] = start + i * step` for a static 1-D result whose length
    gives the element count. `step` is non-zero; for integer results `start`
    and `step` are integral.

    ```mlir
    %p = tq.iota {start = 0.0 : f64, step = 1.0 : f64} : tensor<16xi32>
    ```
  }];
  let arguments = (ins DefaultValuedAttr<F64Attr, "0.0">:$start,
                       DefaultValuedAttr<F64Attr, "1.0">:$step);
  let results = (outs 1DTensorOf<[I8, I16, I32, I64, TQ_Float]>:$output);
  let assemblyFormat = "attr-dict `:` type($output)";
  let hasVerifier = 1;
}

//===----------------------------------------------------------------------===//
// Scatter and in-place span writes
//===----------------------------------------------------------------------===//

def TQ_MaskedScatterOp : TQ_Op<"masked_scatter", [Pure,
                                AllTypesMatch<["embeds", "output"]>]> {
  let summary = "write feature rows into the positions a mask selects";
  let description = [{
    torch.masked_scatter for multimodal fusion: the positions where `mask`
    (broadcast to `embeds`) is true receive consecutive values of
    `features`, in row-major order. `features` is `[N, D]` or `[B, N, D]`
    with `D` the last dim of `embeds` (and `B` its first); the result has the
    type of `embeds`.

    ```mlir
    %f = tq.masked_scatter %embeds, %mask, %visual
           : (tensor<1x16x64xf32>, tensor<1x16x1xi1>, tensor<4x64xf32>) -> tensor<1x16x64xf32>
    ```
  }];
  let arguments = (ins TQ_FloatOrQuantTensor:$embeds, TQ_BoolTensor:$mask,
                       TQ_FloatOrQuantTensor:$features);
  let results = (outs TQ_FloatOrQuantTensor:$output);
  let assemblyFormat = [{
    $embeds `,` $mask `,` $features attr-dict `:` functional-type(operands, results)
  }];
  let hasVerifier = 1;
}

def TQ_SliceUpdateOp : TQ_Op<"slice_update", [Pure, TQ_SameElementKind,
                              AllTypesMatch<["dest", "output"]>]> {
  let summary = "overwrite a static span of a tensor";
  let description = [{
    Returns `dest` with the box starting at `start` (one non-negative offset
    per dim) replaced by `update`, which has the rank of `dest` and must fit:
    `start[i] + update.shape[i] <= dest.shape[i]`.

    ```mlir
    %r = tq.slice_update %text, %visual {start = array<i64: 0, 3, 0>}
           : (tensor<1x16x64xf32>, tensor<1x4x64xf32>) -> tensor<1x16x64xf32>
    ```
  }];
  let arguments = (ins TQ_Tensor:$dest, TQ_Tensor:$update,
                       DenseI64ArrayAttr:$start);
  let results = (outs TQ_Tensor:$output);
  let assemblyFormat =
      "$dest `,` $update attr-dict `:` functional-type(operands, results)";
  let hasVerifier = 1;
}

def TQ_ScatterNdOp : TQ_Op<"scatter_nd", [Pure,
                            AllTypesMatch<["data", "output"]>]> {
  let summary = "ONNX ScatterND";
  let description = [{
    `indices` has shape `[..., K]` with `1 <= K <= rank(data)`; each index
    tuple addresses a slice `data[i_0, ..., i_(K-1)]` that is replaced by
    the matching slice of `updates`, whose shape is
    `indices.shape[:-1] + data.shape[K:]`. The result has the type of
    `data`.

    ```mlir
    %r = tq.scatter_nd %data, %idx, %upd
           : (tensor<4x8xf32>, tensor<2x1xi32>, tensor<2x8xf32>) -> tensor<4x8xf32>
    ```
  }];
  let arguments = (ins TQ_Tensor:$data, TQ_IndexTensor:$indices,
                       TQ_Tensor:$updates);
  let results = (outs TQ_Tensor:$output);
  let assemblyFormat = [{
    $data `,` $indices `,` $updates attr-dict `:` functional-type(operands, results)
  }];
  let hasVerifier = 1;
}

//===----------------------------------------------------------------------===//
// Composite ops
//===----------------------------------------------------------------------===//

def TQ_RopeOp : TQ_Op<"rope", [Pure, TQ_SameElementKind]> {
  let summary = "rotary position embedding";
  let description = [{
    `x * cos + rotate(x) * sin`. With `mode = half` (HF `rotate_half`)
    `rotate(x) = cat(-x2, x1)` for the two halves of the last dim; with
    `interleaved` adjacent channel pairs `(x0, x1)` become `(-x1, x0)`.
    `cos` and `sin` have one shape that broadcasts to `x`; the last dim of
    `x` is even. The result has the shape of `x`.

    ```mlir
    %q = tq.rope %x, %cos, %sin {mode = #tq<rope_mode half>}
           : (tensor<1x8x16x64xf32>, tensor<1x1x16x64xf32>, tensor<1x1x16x64xf32>) -> tensor<1x8x16x64xf32>
    ```
  }];
  let arguments = (ins TQ_FloatOrQuantTensor:$input,
                       TQ_FloatOrQuantTensor:$cos,
                       TQ_FloatOrQuantTensor:$sin,
                       DefaultValuedAttr<TQ_RopeModeAttr,
                           "::mlir::tico::tq::RopeMode::half">:$mode);
  let results = (outs TQ_FloatOrQuantTensor:$output);
  let assemblyFormat = [{
    $input `,` $cos `,` $sin attr-dict `:` functional-type(operands, results)
  }];
  let hasVerifier = 1;
}

//===----------------------------------------------------------------------===//
// Quantization
//===----------------------------------------------------------------------===//

def TQ_FakeQuantOp : TQ_Op<"fake_quant", [Pure, SameOperandsAndResultType]> {
  let summary = "quantize-then-dequantize with explicit qparams";
  let description = [{
    Rounds `input` onto the integer grid `[quant_min, quant_max]` given by
    `scale` and `zero_point` and maps it back to float:
    `y = (clamp(round(x / s) + zp, qmin, qmax) - zp) * s`.
    Per-tensor when `axis` is absent (one scale and zero point), per-axis
    otherwise (one per slice along `axis`). `storage_type` names the integer
    type the values will be stored in once folded (e.g. `i8`, `ui8`, `i16`,
    `i4`).

    ```mlir
    %y = tq.fake_quant %x {scale = array<f64: 0.1>, zero_point = array<i64: 0>,
           quant_min = -128 : i64, quant_max = 127 : i64, storage_type = i8}
           : tensor<4xf32>
    ```
  }];
  let arguments = (ins TQ_FloatTensor:$input,
                       DenseF64ArrayAttr:$scale,
                       DenseI64ArrayAttr:$zero_point,
                       I64Attr:$quant_min,
                       I64Attr:$quant_max,
                       TypeAttrOf<AnyInteger>:$storage_type,
                       OptionalAttr<I64Attr>:$axis);
  let results = (outs TQ_FloatTensor:$output);
  let assemblyFormat = "$input attr-dict `:` type($output)";
  let hasVerifier = 1;
}

def TQ_QuantizeOp : TQ_Op<"quantize", [Pure, SameOperandsAndResultShape]> {
  let summary = "float tensor to a !quant.uniform tensor";
  let description = [{
    Quantizes a float tensor with the qparams of the result element type,
    or requantizes a quantized tensor to other qparams.

    ```mlir
    %q = tq.quantize %x : tensor<4xf32> to tensor<4x!quant.uniform<i8:f32, 0.1>>
    ```
  }];
  let arguments = (ins TQ_FloatOrQuantTensor:$input);
  let results = (outs TQ_QuantTensor:$output);
  let assemblyFormat = "$input attr-dict `:` type($input) `to` type($output)";
  let hasVerifier = 1;
}

def TQ_DequantizeOp : TQ_Op<"dequantize", [Pure, SameOperandsAndResultShape]> {
  let summary = "!quant.uniform tensor to its expressed float type";
  let description = [{
    ```mlir
    %x = tq.dequantize %q : tensor<4x!quant.uniform<i8:f32, 0.1>> to tensor<4xf32>
    ```
  }];
  let arguments = (ins TQ_QuantTensor:$input);
  let results = (outs TQ_FloatTensor:$output);
  let assemblyFormat = "$input attr-dict `:` type($input) `to` type($output)";
  let hasVerifier = 1;
}

def TQ_ObserveOp : TQ_Op<"observe", [SameOperandsAndResultType,
                                     MemoryEffects<[MemWrite]>]> {
  let summary = "calibration site: records statistics, forwards its input";
  let description = [{
    Forwards `input` unchanged while a calibration run records the statistic
    `kind` (`minmax`, `ema` with an optional `momentum` in (0, 1),
    `percentile` with a `percentile` in (0, 100]) for an integer `dtype`.
    `per_channel` granularity needs an `axis`, `per_tensor` takes none. The
    op writes observer state, so it is never CSE'd or dropped.

    ```mlir
    %y = tq.observe %x {kind = #tq<observer ema>, momentum = 0.9 : f64,
           dtype = i8, granularity = #tq<granularity per_tensor>} : tensor<4x8xf32>
    ```
  }];
  let arguments = (ins TQ_FloatTensor:$input,
                       TQ_ObserverKindAttr:$kind,
                       OptionalAttr<F64Attr>:$momentum,
                       OptionalAttr<F64Attr>:$percentile,
                       TypeAttrOf<AnyInteger>:$dtype,
                       DefaultValuedAttr<TQ_GranularityAttr,
                           "::mlir::tico::tq::Granularity::per_tensor">:$granularity,
                       OptionalAttr<I64Attr>:$axis);
  let results = (outs TQ_FloatTensor:$output);
  let assemblyFormat = "$input attr-dict `:` type($input)";
  let hasVerifier = 1;
}

#endif // TICO_DIALECT_TQ_IR_TQOPS_TD
