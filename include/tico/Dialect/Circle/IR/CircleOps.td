//===- CircleOps.td - circle dialect operations ------------*- tablegen -*-===//
//
// Ops are listed under banners; each Circle_BuiltinOp names its schema
// enumerator, code and options table. Attribute names are schema field names.
//
//===----------------------------------------------------------------------===//

#ifndef TICO_DIALECT_CIRCLE_IR_CIRCLEOPS_TD
#define TICO_DIALECT_CIRCLE_IR_CIRCLEOPS_TD

include "tico/Dialect/Circle/IR/CircleBase.td"

//===----------------------------------------------------------------------===//
// Pseudo ops: constants and absent inputs
//===----------------------------------------------------------------------===//

def Circle_ConstOp : Circle_Op<"const", [ConstantLike, Pure]> {
  let summary = "constant tensor, written as a Circle buffer";
  let description = [{
    A constant tensor; its data becomes a Circle buffer. `value` may be a
    `dense_resource` blob so that weights are not copied. Quantized
    constants keep integer storage values in `value` and give their
    `!quant.uniform` type after `->`.

    ```mlir
    %w = circle.const dense<1.0> : tensor<2x2xf32>
    ```
  }];
  let arguments = (ins ElementsAttr:$value);
  let results = (outs Circle_Tensor:$output);
  let assemblyFormat = "attr-dict custom<StorageResultType>($value, type($output))";
  let hasVerifier = 1;
  let hasFolder = 1;
}

def Circle_NoValueOp : Circle_Op<"no_value", [ConstantLike, Pure]> {
  let summary = "an absent optional operand";
  let description = [{
    Stands for an optional input that is not given; the exporter writes the
    tensor index -1.

    ```mlir
    %none = circle.no_value
    ```
  }];
  let results = (outs NoneType:$none);
  let assemblyFormat = "attr-dict";
  let hasFolder = 1;
}

def Circle_CustomOp : Circle_Op<"custom", [Pure]> {
  let summary = "a CUSTOM operator with a custom code and raw option bytes";
  let description = [{
    A Circle CUSTOM operator. `custom_code` names it and `custom_option`
    holds the option bytes verbatim (usually a flexbuffer).

    ```mlir
    %y = circle.custom "MyOp" %x {custom_option = "\00\01"} : (tensor<4xf32>) -> tensor<4xf32>
    ```
  }];
  let arguments = (ins StrAttr:$custom_code,
                       Variadic<Circle_TensorOrNone>:$inputs,
                       DefaultValuedStrAttr<StrAttr, "">:$custom_option);
  let results = (outs Variadic<Circle_Tensor>:$outputs);
  let assemblyFormat =
      "$custom_code $inputs attr-dict `:` functional-type($inputs, results)";
  let hasVerifier = 1;
}

//===----------------------------------------------------------------------===//
// Elementwise
//===----------------------------------------------------------------------===//

def Circle_AddOp : Circle_BinaryOp<"add", "ADD", 0, "AddOptions"> {
  let summary = "ADD: elementwise addition with broadcasting";
  let description = [{
    ```mlir
    %r = circle.add %a, %b : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
    ```
  }];
  // int16 kernels need the general-scale path: pot_scale_int16 = false.
  let arguments = (ins Circle_Tensor:$lhs, Circle_Tensor:$rhs,
                       Circle_ActivationDefaultNone:$fused_activation_function,
                       DefaultValuedAttr<BoolAttr, "false">:$pot_scale_int16);
}

def Circle_ExpOp : Circle_UnaryOp<"exp", "EXP", 47, "ExpOptions",
                                  Circle_FloatOrQuantTensor> {
  let summary = "EXP: elementwise natural exponential";
  let description = [{
    ```mlir
    %r = circle.exp %x : (tensor<4xf32>) -> tensor<4xf32>
    ```
  }];
}

def Circle_SubOp : Circle_BinaryOp<"sub", "SUB", 41, "SubOptions"> {
  let summary = "SUB: elementwise subtraction with broadcasting";
  let description = [{
    ```mlir
    %r = circle.sub %a, %b : (tensor<2x3xf32>, tensor<2x1xf32>) -> tensor<2x3xf32>
    ```
  }];
  // As for ADD: int16 kernels need the general-scale path.
  let arguments = (ins Circle_Tensor:$lhs, Circle_Tensor:$rhs,
                       Circle_ActivationDefaultNone:$fused_activation_function,
                       DefaultValuedAttr<BoolAttr, "false">:$pot_scale_int16);
}

def Circle_MulOp : Circle_BinaryOp<"mul", "MUL", 18, "MulOptions"> {
  let summary = "MUL: elementwise multiplication with broadcasting";
  let description = [{
    ```mlir
    %r = circle.mul %a, %b : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
    ```
  }];
}

def Circle_DivOp : Circle_BinaryOp<"div", "DIV", 42, "DivOptions"> {
  let summary = "DIV: elementwise division with broadcasting";
  let description = [{
    ```mlir
    %r = circle.div %a, %b : (tensor<2x3xf32>, tensor<1xf32>) -> tensor<2x3xf32>
    ```
  }];
}

def Circle_PowOp : Circle_ArithmeticOp<"pow", "POW", 78, "PowOptions"> {
  let summary = "POW: elementwise lhs raised to rhs, with broadcasting";
  let description = [{
    ```mlir
    %r = circle.pow %a, %b : (tensor<4xf32>, tensor<f32>) -> tensor<4xf32>
    ```
  }];
}

// MAXIMUM and MINIMUM compare stored values: on quantized tensors TFLite
// copies the integers without rescaling, so the quantization passes give
// both operands the result's qparams.
def Circle_MaximumOp : Circle_ArithmeticOp<"maximum", "MAXIMUM", 55,
                                           "MaximumMinimumOptions"> {
  let summary = "MAXIMUM: elementwise max(lhs, rhs), with broadcasting";
  let description = [{
    ```mlir
    %r = circle.maximum %a, %b : (tensor<4xf32>, tensor<f32>) -> tensor<4xf32>
    ```
  }];
}

def Circle_MinimumOp : Circle_ArithmeticOp<"minimum", "MINIMUM", 57,
                                           "MaximumMinimumOptions"> {
  let summary = "MINIMUM: elementwise min(lhs, rhs), with broadcasting";
  let description = [{
    ```mlir
    %r = circle.minimum %a, %b : (tensor<4xf32>, tensor<f32>) -> tensor<4xf32>
    ```
  }];
}

def Circle_NegOp : Circle_UnaryOp<"neg", "NEG", 59, "NegOptions"> {
  let summary = "NEG: elementwise negation";
  let description = [{
    ```mlir
    %r = circle.neg %x : (tensor<4xi32>) -> tensor<4xi32>
    ```
  }];
}

def Circle_LogOp : Circle_UnaryOp<"log", "LOG", 73, "",
                                  Circle_FloatOrQuantTensor> {
  let summary = "LOG: elementwise natural logarithm";
  let description = [{
    ```mlir
    %r = circle.log %x : (tensor<4xf32>) -> tensor<4xf32>
    ```
  }];
}

def Circle_SqrtOp : Circle_UnaryOp<"sqrt", "SQRT", 75, "",
                                   Circle_FloatOrQuantTensor> {
  let summary = "SQRT: elementwise square root";
  let description = [{
    ```mlir
    %r = circle.sqrt %x : (tensor<4xf32>) -> tensor<4xf32>
    ```
  }];
}

def Circle_RsqrtOp : Circle_UnaryOp<"rsqrt", "RSQRT", 76, "",
                                    Circle_FloatOrQuantTensor> {
  let summary = "RSQRT: elementwise reciprocal square root";
  let description = [{
    ```mlir
    %r = circle.rsqrt %x : (tensor<4xf32>) -> tensor<4xf32>
    ```
  }];
}

def Circle_TanhOp : Circle_UnaryOp<"tanh", "TANH", 28, "",
                                   Circle_FloatOrQuantTensor> {
  let summary = "TANH: elementwise hyperbolic tangent";
  let description = [{
    ```mlir
    %r = circle.tanh %x : (tensor<4xf32>) -> tensor<4xf32>
    ```
  }];
}

def Circle_LogisticOp : Circle_UnaryOp<"logistic", "LOGISTIC", 14, "",
                                       Circle_FloatOrQuantTensor> {
  let summary = "LOGISTIC: elementwise sigmoid 1 / (1 + exp(-x))";
  let description = [{
    ```mlir
    %r = circle.logistic %x : (tensor<4xf32>) -> tensor<4xf32>
    ```
  }];
}

def Circle_ReluOp : Circle_UnaryOp<"relu", "RELU", 19, "",
                                   Circle_FloatOrQuantTensor> {
  let summary = "RELU: elementwise max(x, 0)";
  let description = [{
    ```mlir
    %r = circle.relu %x : (tensor<4xf32>) -> tensor<4xf32>
    ```
  }];
}

def Circle_GeluOp : Circle_UnaryOp<"gelu", "GELU", 150, "GeluOptions",
                                   Circle_FloatOrQuantTensor> {
  let summary = "GELU: elementwise Gaussian error linear unit";
  let description = [{
    With `approximate` the tanh approximation is used.

    ```mlir
    %r = circle.gelu %x {approximate = true} : (tensor<4xf32>) -> tensor<4xf32>
    ```
  }];
  let arguments = (ins Circle_FloatOrQuantTensor:$input,
                       Circle_BoolDefaultFalse:$approximate);
}

def Circle_CosOp : Circle_UnaryOp<"cos", "COS", 108, "CosOptions",
                                  Circle_FloatOrQuantTensor> {
  let summary = "COS: elementwise cosine";
  let description = [{
    ```mlir
    %r = circle.cos %x : (tensor<4xf32>) -> tensor<4xf32>
    ```
  }];
}

def Circle_SinOp : Circle_UnaryOp<"sin", "SIN", 66, "",
                                  Circle_FloatOrQuantTensor> {
  let summary = "SIN: elementwise sine";
  let description = [{
    ```mlir
    %r = circle.sin %x : (tensor<4xf32>) -> tensor<4xf32>
    ```
  }];
}

def Circle_SelectV2Op : Circle_BuiltinOp<"select_v2", "SELECT_V2", 123,
    "SelectV2Options", [Pure, ResultsBroadcastableShape,
                        Circle_SameElementKind<"x", "y">,
                        Circle_SameElementKind<"x", "output">]> {
  let summary = "SELECT_V2: condition ? x : y, with broadcasting";
  let description = [{
    ```mlir
    %r = circle.select_v2 %c, %x, %y
           : (tensor<2x1xi1>, tensor<2x3xf32>, tensor<f32>) -> tensor<2x3xf32>
    ```
  }];
  let arguments = (ins Circle_BoolTensor:$condition, Circle_Tensor:$x,
                       Circle_Tensor:$y);
  let results = (outs Circle_Tensor:$output);
  let assemblyFormat = [{
    $condition `,` $x `,` $y attr-dict `:` functional-type(operands, results)
  }];
}

//===----------------------------------------------------------------------===//
// Comparison and logic
//===----------------------------------------------------------------------===//

def Circle_EqualOp : Circle_CompareOp<"equal", "EQUAL", 71, "EqualOptions"> {
  let summary = "EQUAL: elementwise lhs == rhs";
  let description = [{
    ```mlir
    %r = circle.equal %a, %b : (tensor<4xi32>, tensor<i32>) -> tensor<4xi1>
    ```
  }];
}

def Circle_NotEqualOp : Circle_CompareOp<"not_equal", "NOT_EQUAL", 72,
                                         "NotEqualOptions"> {
  let summary = "NOT_EQUAL: elementwise lhs != rhs";
  let description = [{
    ```mlir
    %r = circle.not_equal %a, %b : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
    ```
  }];
}

def Circle_LessOp : Circle_CompareOp<"less", "LESS", 58, "LessOptions"> {
  let summary = "LESS: elementwise lhs < rhs";
  let description = [{
    ```mlir
    %r = circle.less %a, %b : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xi1>
    ```
  }];
}

def Circle_LessEqualOp : Circle_CompareOp<"less_equal", "LESS_EQUAL", 63,
                                          "LessEqualOptions"> {
  let summary = "LESS_EQUAL: elementwise lhs <= rhs";
  let description = [{
    ```mlir
    %r = circle.less_equal %a, %b : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xi1>
    ```
  }];
}

def Circle_GreaterOp : Circle_CompareOp<"greater", "GREATER", 61,
                                        "GreaterOptions"> {
  let summary = "GREATER: elementwise lhs > rhs";
  let description = [{
    ```mlir
    %r = circle.greater %a, %b : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xi1>
    ```
  }];
}

def Circle_GreaterEqualOp : Circle_CompareOp<"greater_equal", "GREATER_EQUAL",
                                             62, "GreaterEqualOptions"> {
  let summary = "GREATER_EQUAL: elementwise lhs >= rhs";
  let description = [{
    ```mlir
    %r = circle.greater_equal %a, %b : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xi1>
    ```
  }];
}

def Circle_LogicalAndOp : Circle_LogicalBinaryOp<"logical_and", "LOGICAL_AND",
                                                 86, "LogicalAndOptions"> {
  let summary = "LOGICAL_AND: elementwise lhs && rhs";
  let description = [{
    ```mlir
    %r = circle.logical_and %a, %b : (tensor<4xi1>, tensor<4xi1>) -> tensor<4xi1>
    ```
  }];
}

def Circle_LogicalOrOp : Circle_LogicalBinaryOp<"logical_or", "LOGICAL_OR", 84,
                                                "LogicalOrOptions"> {
  let summary = "LOGICAL_OR: elementwise lhs || rhs";
  let description = [{
    ```mlir
    %r = circle.logical_or %a, %b : (tensor<4xi1>, tensor<4xi1>) -> tensor<4xi1>
    ```
  }];
}

def Circle_LogicalNotOp : Circle_UnaryOp<"logical_not", "LOGICAL_NOT", 87,
                                         "LogicalNotOptions", Circle_BoolTensor> {
  let summary = "LOGICAL_NOT: elementwise !x";
  let description = [{
    ```mlir
    %r = circle.logical_not %x : (tensor<4xi1>) -> tensor<4xi1>
    ```
  }];
}

//===----------------------------------------------------------------------===//
// Type conversion and quantization
//===----------------------------------------------------------------------===//

def Circle_CastOp : Circle_BuiltinOp<"cast", "CAST", 53, "CastOptions",
                                     [Pure, SameOperandsAndResultShape]> {
  let summary = "CAST: elementwise conversion between plain element types";
  let description = [{
    The options' `in_data_type`/`out_data_type` are the operand and result
    element types, so they are derived, not stored.

    ```mlir
    %r = circle.cast %x : (tensor<4xi32>) -> tensor<4xf32>
    ```
  }];
  let arguments = (ins Circle_PlainTensor:$input);
  let results = (outs Circle_PlainTensor:$output);
  let assemblyFormat =
      "$input attr-dict `:` functional-type(operands, results)";
  let derivedOptions = ["in_data_type", "out_data_type"];
  let hasFolder = 1;
}

def Circle_QuantizeOp : Circle_BuiltinOp<"quantize", "QUANTIZE", 114,
    "QuantizeOptions", [Pure, SameOperandsAndResultShape]> {
  let summary = "QUANTIZE: float to quantized, or requantize";
  let description = [{
    The result's `!quant.uniform` type gives the quantization parameters.
    A float input must be the result's expressed type.

    ```mlir
    %q = circle.quantize %x : (tensor<4xf32>) -> tensor<4x!quant.uniform<i8:f32, 0.5>>
    ```
  }];
  let arguments = (ins Circle_FloatOrQuantTensor:$input);
  let results = (outs Circle_QuantTensor:$output);
  let assemblyFormat =
      "$input attr-dict `:` functional-type(operands, results)";
  let hasVerifier = 1;
}

def Circle_DequantizeOp : Circle_BuiltinOp<"dequantize", "DEQUANTIZE", 6,
    "DequantizeOptions", [Pure, SameOperandsAndResultShape]> {
  let summary = "DEQUANTIZE: quantized (or f16) to float";
  let description = [{
    A quantized input gives its expressed type; an f16 input gives f32.

    ```mlir
    %x = circle.dequantize %q : (tensor<4x!quant.uniform<i8:f32, 0.5>>) -> tensor<4xf32>
    ```
  }];
  let arguments = (ins Circle_QuantOrF16Tensor:$input);
  let results = (outs Circle_FloatTensor:$output);
  let assemblyFormat =
      "$input attr-dict `:` functional-type(operands, results)";
  let hasVerifier = 1;
}

//===----------------------------------------------------------------------===//
// Linear algebra and normalization
//===----------------------------------------------------------------------===//

def Circle_FullyConnectedOp : Circle_BuiltinOp<"fully_connected",
    "FULLY_CONNECTED", 9, "FullyConnectedOptions", [Pure]> {
  let summary = "FULLY_CONNECTED: y = x · Wᵀ + b";
  let description = [{
    `filter` is `[out, in]`; `bias` is `[out]` or `circle.no_value`. With
    `keep_num_dims` the leading dimensions of `input` are kept.

    ```mlir
    %y = circle.fully_connected %x, %w, %none {keep_num_dims = true}
           : (tensor<1x3x4xf32>, tensor<8x4xf32>, none) -> tensor<1x3x8xf32>
    ```
  }];
  let arguments = (ins Circle_Tensor:$input, Circle_Tensor:$filter,
                       Circle_TensorOrNone:$bias,
                       Circle_ActivationDefaultNone:$fused_activation_function,
                       DefaultValuedAttr<Circle_WeightsFormatAttr,
                           "::mlir::tico::circle::FullyConnectedOptionsWeightsFormat::DEFAULT">:$weights_format,
                       DefaultValuedAttr<BoolAttr, "false">:$keep_num_dims,
                       DefaultValuedAttr<BoolAttr, "false">:$asymmetric_quantize_inputs);
  let results = (outs Circle_Tensor:$output);
  // The bias/accumulator type is the bias element type.
  let derivedOptions = ["quantized_bias_type"];
  let assemblyFormat = [{
    $input `,` $filter `,` $bias attr-dict `:` functional-type(operands, results)
  }];
  let hasVerifier = 1;
}

def Circle_RmsNormOp : Circle_BuiltinOp<"rms_norm", "RMS_NORM", -6,
    "RmsNormOptions", [Pure]> {
  let summary = "RMS_NORM (Circle-only): x / sqrt(mean(x², last axis) + eps) · gamma";
  let description = [{
    ```mlir
    %y = circle.rms_norm %x, %gamma {epsilon = 1.0e-6 : f32}
           : (tensor<1x4x8xf32>, tensor<8xf32>) -> tensor<1x4x8xf32>
    ```
  }];
  let arguments = (ins Circle_Tensor:$input, Circle_Tensor:$gamma,
                       DefaultValuedAttr<F32Attr, "0.0f">:$epsilon);
  let results = (outs Circle_Tensor:$output);
  let assemblyFormat = [{
    $input `,` $gamma attr-dict `:` functional-type(operands, results)
  }];
  let hasVerifier = 1;
}

//===----------------------------------------------------------------------===//
// Matrix multiplication, convolution and pooling
//===----------------------------------------------------------------------===//

def Circle_BatchMatMulOp : Circle_BuiltinOp<"batch_matmul", "BATCH_MATMUL", 126,
    "BatchMatMulOptions", [Pure]> {
  let summary = "BATCH_MATMUL: batched lhs · rhs with broadcast batch dimensions";
  let description = [{
    Multiplies the last two dimensions; the leading (batch) dimensions
    broadcast. `adjoint_lhs`/`adjoint_rhs` transpose the last two dimensions
    of an input first.

    ```mlir
    %r = circle.batch_matmul %a, %b {adjoint_rhs = true}
           : (tensor<2x3x4xf32>, tensor<2x5x4xf32>) -> tensor<2x3x5xf32>
    ```
  }];
  let arguments = (ins Circle_Tensor:$lhs, Circle_Tensor:$rhs,
                       Circle_BoolDefaultFalse:$adjoint_lhs,
                       Circle_BoolDefaultFalse:$adjoint_rhs,
                       Circle_BoolDefaultFalse:$asymmetric_quantize_inputs);
  let results = (outs Circle_Tensor:$output);
  let assemblyFormat = [{
    $lhs `,` $rhs attr-dict `:` functional-type(operands, results)
  }];
  let hasVerifier = 1;
}

def Circle_Conv2DOp : Circle_BuiltinOp<"conv_2d", "CONV_2D", 3,
    "Conv2DOptions", [Pure]> {
  let summary = "CONV_2D: 2-D convolution, NHWC input, OHWI filter";
  let description = [{
    `bias` is `[O]` or `circle.no_value`. The input depth must be a
    multiple of the filter's `I` (grouped convolution). The strides have no
    usable schema default (0) and must be given.

    ```mlir
    %y = circle.conv_2d %x, %w, %b {padding = #circle<padding VALID>, stride_h = 1 : i32, stride_w = 1 : i32}
           : (tensor<1x8x8x3xf32>, tensor<16x3x3x3xf32>, tensor<16xf32>) -> tensor<1x6x6x16xf32>
    ```
  }];
  let arguments = (ins Circle_Tensor:$input, Circle_Tensor:$filter,
                       Circle_TensorOrNone:$bias,
                       Circle_PaddingDefaultSame:$padding,
                       Circle_I32Attr:$stride_w, Circle_I32Attr:$stride_h,
                       Circle_ActivationDefaultNone:$fused_activation_function,
                       Circle_I32Default<"1">:$dilation_w_factor,
                       Circle_I32Default<"1">:$dilation_h_factor);
  let results = (outs Circle_Tensor:$output);
  let assemblyFormat = [{
    $input `,` $filter `,` $bias attr-dict `:` functional-type(operands, results)
  }];
  // The bias/accumulator type is the bias element type.
  let derivedOptions = ["quantized_bias_type"];
  let hasVerifier = 1;
}

def Circle_DepthwiseConv2DOp : Circle_BuiltinOp<"depthwise_conv_2d",
    "DEPTHWISE_CONV_2D", 4, "DepthwiseConv2DOptions", [Pure]> {
  let summary = "DEPTHWISE_CONV_2D: per-channel 2-D convolution, 1HWC filter";
  let description = [{
    The filter is `[1, H, W, C·depth_multiplier]` for an input with `C`
    channels; `bias` is `[C·depth_multiplier]` or `circle.no_value`.

    ```mlir
    %y = circle.depthwise_conv_2d %x, %w, %none {depth_multiplier = 2 : i32, stride_h = 1 : i32, stride_w = 1 : i32}
           : (tensor<1x8x8x3xf32>, tensor<1x3x3x6xf32>, none) -> tensor<1x8x8x6xf32>
    ```
  }];
  let arguments = (ins Circle_Tensor:$input, Circle_Tensor:$filter,
                       Circle_TensorOrNone:$bias,
                       Circle_PaddingDefaultSame:$padding,
                       Circle_I32Attr:$stride_w, Circle_I32Attr:$stride_h,
                       Circle_I32Attr:$depth_multiplier,
                       Circle_ActivationDefaultNone:$fused_activation_function,
                       Circle_I32Default<"1">:$dilation_w_factor,
                       Circle_I32Default<"1">:$dilation_h_factor);
  let results = (outs Circle_Tensor:$output);
  let assemblyFormat = [{
    $input `,` $filter `,` $bias attr-dict `:` functional-type(operands, results)
  }];
  let hasVerifier = 1;
}

def Circle_AveragePool2DOp : Circle_BuiltinOp<"average_pool_2d",
    "AVERAGE_POOL_2D", 1, "Pool2DOptions",
    [Pure, Circle_SameElementKind<"input", "output">]> {
  let summary = "AVERAGE_POOL_2D: 2-D average pooling over an NHWC input";
  let description = [{
    ```mlir
    %y = circle.average_pool_2d %x {filter_height = 2 : i32, filter_width = 2 : i32, padding = #circle<padding VALID>, stride_h = 2 : i32, stride_w = 2 : i32}
           : (tensor<1x8x8x3xf32>) -> tensor<1x4x4x3xf32>
    ```
  }];
  let arguments = (ins Circle_Tensor:$input,
                       Circle_PaddingDefaultSame:$padding,
                       Circle_I32Attr:$stride_w, Circle_I32Attr:$stride_h,
                       Circle_I32Attr:$filter_width,
                       Circle_I32Attr:$filter_height,
                       Circle_ActivationDefaultNone:$fused_activation_function);
  let results = (outs Circle_Tensor:$output);
  let assemblyFormat =
      "$input attr-dict `:` functional-type(operands, results)";
  let hasVerifier = 1;
}

//===----------------------------------------------------------------------===//
// Activations and transformer blocks
//===----------------------------------------------------------------------===//

def Circle_SoftmaxOp : Circle_BuiltinOp<"softmax", "SOFTMAX", 25,
    "SoftmaxOptions", [Pure, SameOperandsAndResultShape,
                       Circle_SameElementKind<"input", "output">]> {
  let summary = "SOFTMAX: exp(beta·x) normalized over the last axis";
  let description = [{
    `beta` is required: the schema default (0) would give a constant
    output.

    ```mlir
    %y = circle.softmax %x {beta = 1.0 : f32} : (tensor<2x8xf32>) -> tensor<2x8xf32>
    ```
  }];
  let arguments = (ins Circle_FloatOrQuantTensor:$input, F32Attr:$beta);
  let results = (outs Circle_FloatOrQuantTensor:$output);
  let assemblyFormat =
      "$input attr-dict `:` functional-type(operands, results)";
  let hasVerifier = 1;
}

def Circle_RoPEOp : Circle_BuiltinOp<"rope", "ROPE", -7, "RoPEOptions",
    [Pure, AllShapesMatch<["input", "output"]>,
     Circle_SameElementKind<"input", "output">]> {
  let summary = "ROPE (Circle-only): rotary position embedding";
  let description = [{
    `input` is `[batch, heads, tokens, head_dim]`; `sin_table` and
    `cos_table` are rank 4 with the same last dimension. `mode` selects how
    channels are paired.

    ```mlir
    %y = circle.rope %x, %sin, %cos {mode = #circle<rope_mode GPT_J>}
           : (tensor<1x4x8x16xf32>, tensor<1x1x8x16xf32>, tensor<1x1x8x16xf32>) -> tensor<1x4x8x16xf32>
    ```
  }];
  let arguments = (ins Circle_FloatOrQuantTensor:$input,
                       Circle_FloatOrQuantTensor:$sin_table,
                       Circle_FloatOrQuantTensor:$cos_table,
                       DefaultValuedAttr<Circle_RoPEModeAttr,
                           "::mlir::tico::circle::RoPEMode::GPT_NEOX">:$mode);
  let results = (outs Circle_FloatOrQuantTensor:$output);
  let assemblyFormat = [{
    $input `,` $sin_table `,` $cos_table attr-dict `:` functional-type(operands, results)
  }];
  let hasVerifier = 1;
}

def Circle_CumsumOp : Circle_BuiltinOp<"cumsum", "CUMSUM", 128,
    "CumsumOptions", [Pure, AllShapesMatch<["input", "output"]>,
                      Circle_SameElementKind<"input", "output">]> {
  let summary = "CUMSUM: cumulative sum along an axis";
  let description = [{
    ```mlir
    %y = circle.cumsum %x, %axis {exclusive = true}
           : (tensor<2x8xf32>, tensor<i32>) -> tensor<2x8xf32>
    ```
  }];
  let arguments = (ins Circle_Tensor:$input, Circle_IntTensor:$axis,
                       Circle_BoolDefaultFalse:$exclusive,
                       Circle_BoolDefaultFalse:$reverse);
  let results = (outs Circle_Tensor:$output);
  let assemblyFormat = [{
    $input `,` $axis attr-dict `:` functional-type(operands, results)
  }];
  let hasVerifier = 1;
}

//===----------------------------------------------------------------------===//
// Reductions
//===----------------------------------------------------------------------===//

def Circle_MeanOp : Circle_ReduceOp<"mean", "MEAN", 40> {
  let summary = "MEAN: mean over the given axes";
  let description = [{
    ```mlir
    %y = circle.mean %x, %axes {keep_dims = true}
           : (tensor<2x8xf32>, tensor<1xi32>) -> tensor<2x1xf32>
    ```
  }];
}

def Circle_SumOp : Circle_ReduceOp<"sum", "SUM", 74> {
  let summary = "SUM: sum over the given axes";
  let description = [{
    ```mlir
    %y = circle.sum %x, %axes : (tensor<2x8xf32>, tensor<1xi32>) -> tensor<2xf32>
    ```
  }];
}

def Circle_ReduceMaxOp : Circle_ReduceOp<"reduce_max", "REDUCE_MAX", 82> {
  let summary = "REDUCE_MAX: maximum over the given axes";
  let description = [{
    ```mlir
    %y = circle.reduce_max %x, %axes : (tensor<2x8xf32>, tensor<1xi32>) -> tensor<2xf32>
    ```
  }];
}

//===----------------------------------------------------------------------===//
// Shape manipulation
//===----------------------------------------------------------------------===//

def Circle_ReshapeOp : Circle_BuiltinOp<"reshape", "RESHAPE", 22,
    "ReshapeOptions", [Pure, Circle_SameElementKind<"input", "output">]> {
  let summary = "RESHAPE: same elements, new shape";
  let description = [{
    `shape` is a 1-D tensor; one entry may be -1. ReshapeOptions
    `new_shape` is the result shape, so it is derived.

    ```mlir
    %y = circle.reshape %x, %shape : (tensor<2x3xf32>, tensor<1xi32>) -> tensor<6xf32>
    ```
  }];
  let arguments = (ins Circle_Tensor:$input, Circle_IntTensor:$shape);
  let results = (outs Circle_Tensor:$output);
  let assemblyFormat = [{
    $input `,` $shape attr-dict `:` functional-type(operands, results)
  }];
  let derivedOptions = ["new_shape"];
  let hasVerifier = 1;
  let hasFolder = 1;
}

def Circle_TransposeOp : Circle_BuiltinOp<"transpose", "TRANSPOSE", 39,
    "TransposeOptions", [Pure, Circle_SameElementKind<"input", "output">]> {
  let summary = "TRANSPOSE: permute dimensions, output[i] = input[perm[i]]";
  let description = [{
    ```mlir
    %y = circle.transpose %x, %perm : (tensor<2x3xf32>, tensor<2xi32>) -> tensor<3x2xf32>
    ```
  }];
  let arguments = (ins Circle_Tensor:$input, Circle_IntTensor:$perm);
  let results = (outs Circle_Tensor:$output);
  let assemblyFormat = [{
    $input `,` $perm attr-dict `:` functional-type(operands, results)
  }];
  let hasVerifier = 1;
  let hasFolder = 1;
}

def Circle_StridedSliceOp : Circle_BuiltinOp<"strided_slice", "STRIDED_SLICE",
    45, "StridedSliceOptions",
    [Pure, Circle_SameElementKind<"input", "output">]> {
  let summary = "STRIDED_SLICE: slice with strides and TensorFlow masks";
  let description = [{
    `begin`, `end` and `strides` are 1-D of one length. Bit `i` of a mask
    applies to entry `i`; with `offset`, `end` is relative to `begin`.

    ```mlir
    %y = circle.strided_slice %x, %b, %e, %s {begin_mask = 1 : i32, shrink_axis_mask = 2 : i32}
           : (tensor<4x8xf32>, tensor<2xi32>, tensor<2xi32>, tensor<2xi32>) -> tensor<4xf32>
    ```
  }];
  let arguments = (ins Circle_Tensor:$input, Circle_IntTensor:$begin,
                       Circle_IntTensor:$end, Circle_IntTensor:$strides,
                       Circle_I32Default<"0">:$begin_mask,
                       Circle_I32Default<"0">:$end_mask,
                       Circle_I32Default<"0">:$ellipsis_mask,
                       Circle_I32Default<"0">:$new_axis_mask,
                       Circle_I32Default<"0">:$shrink_axis_mask,
                       Circle_BoolDefaultFalse:$offset);
  let results = (outs Circle_Tensor:$output);
  let assemblyFormat = [{
    $input `,` $begin `,` $end `,` $strides attr-dict `:` functional-type(operands, results)
  }];
  let hasVerifier = 1;
}

def Circle_SliceOp : Circle_BuiltinOp<"slice", "SLICE", 65, "SliceOptions",
    [Pure, Circle_SameElementKind<"input", "output">]> {
  let summary = "SLICE: contiguous slice given begin and size (-1: to the end)";
  let description = [{
    ```mlir
    %y = circle.slice %x, %begin, %size
           : (tensor<4x8xf32>, tensor<2xi32>, tensor<2xi32>) -> tensor<2x8xf32>
    ```
  }];
  let arguments = (ins Circle_Tensor:$input, Circle_IntTensor:$begin,
                       Circle_IntTensor:$size);
  let results = (outs Circle_Tensor:$output);
  let assemblyFormat = [{
    $input `,` $begin `,` $size attr-dict `:` functional-type(operands, results)
  }];
  let hasVerifier = 1;
}

def Circle_ConcatenationOp : Circle_BuiltinOp<"concatenation", "CONCATENATION",
    2, "ConcatenationOptions", [Pure]> {
  let summary = "CONCATENATION: join tensors along an axis";
  let description = [{
    ```mlir
    %y = circle.concatenation %a, %b {axis = -1 : i32}
           : (tensor<2x3xf32>, tensor<2x5xf32>) -> tensor<2x8xf32>
    ```
  }];
  let arguments = (ins Variadic<Circle_Tensor>:$values,
                       Circle_I32Default<"0">:$axis,
                       Circle_ActivationDefaultNone:$fused_activation_function);
  let results = (outs Circle_Tensor:$output);
  let assemblyFormat =
      "$values attr-dict `:` functional-type(operands, results)";
  let hasVerifier = 1;
  let hasFolder = 1;
}

def Circle_SplitOp : Circle_BuiltinOp<"split", "SPLIT", 49, "SplitOptions",
                                      [Pure]> {
  let summary = "SPLIT: split into equal parts along an axis";
  let description = [{
    The axis comes first, as in the schema. SplitOptions `num_splits` is
    the number of results, so it is derived.

    ```mlir
    %y:2 = circle.split %axis, %x : (tensor<i32>, tensor<4x8xf32>) -> (tensor<4x4xf32>, tensor<4x4xf32>)
    ```
  }];
  let arguments = (ins Circle_IntTensor:$axis, Circle_Tensor:$input);
  let results = (outs Variadic<Circle_Tensor>:$outputs);
  let assemblyFormat = [{
    $axis `,` $input attr-dict `:` functional-type(operands, results)
  }];
  let derivedOptions = ["num_splits"];
  let hasVerifier = 1;
}

def Circle_SplitVOp : Circle_BuiltinOp<"split_v", "SPLIT_V", 102,
                                       "SplitVOptions", [Pure]> {
  let summary = "SPLIT_V: split into parts of given sizes along an axis";
  let description = [{
    `size_splits` has one entry per result; one may be -1. SplitVOptions
    `num_splits` is the number of results, so it is derived.

    ```mlir
    %y:2 = circle.split_v %x, %sizes, %axis
             : (tensor<4x8xf32>, tensor<2xi32>, tensor<i32>) -> (tensor<4x3xf32>, tensor<4x5xf32>)
    ```
  }];
  let arguments = (ins Circle_Tensor:$input, Circle_IntTensor:$size_splits,
                       Circle_IntTensor:$axis);
  let results = (outs Variadic<Circle_Tensor>:$outputs);
  let assemblyFormat = [{
    $input `,` $size_splits `,` $axis attr-dict `:` functional-type(operands, results)
  }];
  let derivedOptions = ["num_splits"];
  let hasVerifier = 1;
}

def Circle_BroadcastToOp : Circle_BuiltinOp<"broadcast_to", "BROADCAST_TO", 130,
    "BroadcastToOptions", [Pure, Circle_SameElementKind<"input", "output">]> {
  let summary = "BROADCAST_TO: broadcast to a given shape";
  let description = [{
    ```mlir
    %y = circle.broadcast_to %x, %shape : (tensor<1x3xf32>, tensor<2xi32>) -> tensor<4x3xf32>
    ```
  }];
  let arguments = (ins Circle_Tensor:$input, Circle_IntTensor:$shape);
  let results = (outs Circle_Tensor:$output);
  let assemblyFormat = [{
    $input `,` $shape attr-dict `:` functional-type(operands, results)
  }];
  let hasVerifier = 1;
  let hasFolder = 1;
}

def Circle_ExpandDimsOp : Circle_BuiltinOp<"expand_dims", "EXPAND_DIMS", 70,
    "ExpandDimsOptions", [Pure, Circle_SameElementKind<"input", "output">]> {
  let summary = "EXPAND_DIMS: insert a dimension of size 1";
  let description = [{
    ```mlir
    %y = circle.expand_dims %x, %axis : (tensor<2x3xf32>, tensor<i32>) -> tensor<2x1x3xf32>
    ```
  }];
  let arguments = (ins Circle_Tensor:$input, Circle_IntTensor:$axis);
  let results = (outs Circle_Tensor:$output);
  let assemblyFormat = [{
    $input `,` $axis attr-dict `:` functional-type(operands, results)
  }];
  let hasVerifier = 1;
}

def Circle_SqueezeOp : Circle_BuiltinOp<"squeeze", "SQUEEZE", 43,
    "SqueezeOptions", [Pure, Circle_SameElementKind<"input", "output">]> {
  let summary = "SQUEEZE: remove dimensions of size 1";
  let description = [{
    Removes the dimensions in `squeeze_dims`, or every size-1 dimension
    when it is empty.

    ```mlir
    %y = circle.squeeze %x {squeeze_dims = array<i32: 1>} : (tensor<2x1x3xf32>) -> tensor<2x3xf32>
    ```
  }];
  let arguments = (ins Circle_Tensor:$input,
                       DefaultValuedAttr<DenseI32ArrayAttr, "{}">:$squeeze_dims);
  let results = (outs Circle_Tensor:$output);
  let assemblyFormat =
      "$input attr-dict `:` functional-type(operands, results)";
  let hasVerifier = 1;
  let hasFolder = 1;
}

def Circle_PadOp : Circle_BuiltinOp<"pad", "PAD", 34, "PadOptions",
    [Pure, Circle_SameElementKind<"input", "output">]> {
  let summary = "PAD: zero padding, paddings is [rank, 2] (before, after)";
  let description = [{
    ```mlir
    %y = circle.pad %x, %p : (tensor<2x3xf32>, tensor<2x2xi32>) -> tensor<4x4xf32>
    ```
  }];
  let arguments = (ins Circle_Tensor:$input, Circle_IntTensor:$paddings);
  let results = (outs Circle_Tensor:$output);
  let assemblyFormat = [{
    $input `,` $paddings attr-dict `:` functional-type(operands, results)
  }];
  let hasVerifier = 1;
}

def Circle_TileOp : Circle_BuiltinOp<"tile", "TILE", 69, "TileOptions",
    [Pure, Circle_SameElementKind<"input", "output">]> {
  let summary = "TILE: repeat the input multiples[i] times along dimension i";
  let description = [{
    ```mlir
    %y = circle.tile %x, %m : (tensor<2x3xf32>, tensor<2xi32>) -> tensor<4x3xf32>
    ```
  }];
  let arguments = (ins Circle_Tensor:$input, Circle_IntTensor:$multiples);
  let results = (outs Circle_Tensor:$output);
  let assemblyFormat = [{
    $input `,` $multiples attr-dict `:` functional-type(operands, results)
  }];
  let hasVerifier = 1;
}

//===----------------------------------------------------------------------===//
// Gather and scatter
//===----------------------------------------------------------------------===//

def Circle_GatherOp : Circle_BuiltinOp<"gather", "GATHER", 36, "GatherOptions",
    [Pure, Circle_SameElementKind<"params", "output">]> {
  let summary = "GATHER: take slices of params along axis at indices";
  let description = [{
    ```mlir
    %y = circle.gather %table, %ids {axis = 0 : i32}
           : (tensor<100x16xf32>, tensor<1x4xi32>) -> tensor<1x4x16xf32>
    ```
  }];
  let arguments = (ins Circle_Tensor:$params, Circle_IntTensor:$indices,
                       Circle_I32Default<"0">:$axis,
                       Circle_I32Default<"0">:$batch_dims);
  let results = (outs Circle_Tensor:$output);
  let assemblyFormat = [{
    $params `,` $indices attr-dict `:` functional-type(operands, results)
  }];
  let hasVerifier = 1;
}

def Circle_GatherNdOp : Circle_BuiltinOp<"gather_nd", "GATHER_ND", 107,
    "GatherNdOptions", [Pure, Circle_SameElementKind<"params", "output">]> {
  let summary = "GATHER_ND: gather slices of params at N-d indices";
  let description = [{
    ```mlir
    %y = circle.gather_nd %p, %i : (tensor<4x5x6xf32>, tensor<3x2xi32>) -> tensor<3x6xf32>
    ```
  }];
  let arguments = (ins Circle_Tensor:$params, Circle_IntTensor:$indices);
  let results = (outs Circle_Tensor:$output);
  let assemblyFormat = [{
    $params `,` $indices attr-dict `:` functional-type(operands, results)
  }];
  let hasVerifier = 1;
}

def Circle_ScatterNdOp : Circle_BuiltinOp<"scatter_nd", "SCATTER_ND", 122,
    "ScatterNdOptions", [Pure, Circle_SameElementKind<"updates", "output">]> {
  let summary = "SCATTER_ND: scatter updates into a zero tensor of given shape";
  let description = [{
    ```mlir
    %y = circle.scatter_nd %i, %u, %shape
           : (tensor<3x1xi32>, tensor<3x6xf32>, tensor<2xi32>) -> tensor<8x6xf32>
    ```
  }];
  let arguments = (ins Circle_IntTensor:$indices, Circle_Tensor:$updates,
                       Circle_IntTensor:$shape);
  let results = (outs Circle_Tensor:$output);
  let assemblyFormat = [{
    $indices `,` $updates `,` $shape attr-dict `:` functional-type(operands, results)
  }];
  let hasVerifier = 1;
}

#endif // TICO_DIALECT_CIRCLE_IR_CIRCLEOPS_TD
