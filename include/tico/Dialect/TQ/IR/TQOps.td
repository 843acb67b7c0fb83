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

#endif // TICO_DIALECT_TQ_IR_TQOPS_TD
