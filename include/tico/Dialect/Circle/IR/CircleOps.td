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

def Circle_ExpOp : Circle_UnaryOp<"exp", "EXP", 47, Circle_FloatOrQuantTensor> {
  let summary = "EXP: elementwise natural exponential";
  let description = [{
    ```mlir
    %r = circle.exp %x : (tensor<4xf32>) -> tensor<4xf32>
    ```
  }];
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

#endif // TICO_DIALECT_CIRCLE_IR_CIRCLEOPS_TD
