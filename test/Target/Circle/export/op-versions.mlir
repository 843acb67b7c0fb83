// OperatorCode versions follow TFLite's GetBuiltinOperatorVersion, as in
// the converter's tensorflow/compiler/mlir/lite/tools/versioning/
// op_version.cc (a newer copy of tensorflow/lite/tools/versioning/
// op_version.cc; the section "newer" checks rules only the newer copy has).
// Each expected version below is derived from that rule, quoted next to
// the check; the rules are tried in TFLite's order and the first match
// wins.
//
// The dump prints operator_codes in first-use order and omits `version`
// when it is 1 (the schema default). Operator codes are shared by ops with
// the same code and version, so within a section each op has a (code,
// version) of its own; the closing `],` proves there is no other entry.
//
// Quantized tensors count as their storage type. An absent bias is written
// as input -1, so FULLY_CONNECTED always has three inputs and its "exactly
// two inputs" rule (v6) never applies; tico never writes
// quantized_bias_type, so CONV_2D v8 and FULLY_CONNECTED v11 never apply.

// RUN: rm -rf %t && split-file %s %t
// RUN: tico-translate --to-circle %t/fc.mlir -o %t/fc.circle
// RUN: tico-circle dump %t/fc.circle | FileCheck %t/fc.mlir
// RUN: tico-translate --to-circle %t/fc-keep-int8.mlir -o %t/fc-keep-int8.circle
// RUN: tico-circle dump %t/fc-keep-int8.circle | FileCheck %t/fc-keep-int8.mlir
// RUN: tico-translate --to-circle %t/int16x8.mlir -o %t/int16x8.circle
// RUN: tico-circle dump %t/int16x8.circle | FileCheck %t/int16x8.mlir
// RUN: tico-translate --to-circle %t/minmax.mlir -o %t/minmax.circle
// RUN: tico-circle dump %t/minmax.circle | FileCheck %t/minmax.mlir
// RUN: tico-translate --to-circle %t/add.mlir -o %t/add.circle
// RUN: tico-circle dump %t/add.circle | FileCheck %t/add.mlir
// RUN: tico-translate --to-circle %t/activations.mlir -o %t/activations.circle
// RUN: tico-circle dump %t/activations.circle | FileCheck %t/activations.mlir
// RUN: tico-translate --to-circle %t/quantize.mlir -o %t/quantize.circle
// RUN: tico-circle dump %t/quantize.circle | FileCheck %t/quantize.mlir
// RUN: tico-translate --to-circle %t/gather.mlir -o %t/gather.circle
// RUN: tico-circle dump %t/gather.circle | FileCheck %t/gather.mlir
// RUN: tico-translate --to-circle %t/bmm.mlir -o %t/bmm.circle
// RUN: tico-circle dump %t/bmm.circle | FileCheck %t/bmm.mlir
// RUN: tico-translate --to-circle %t/shape.mlir -o %t/shape.circle
// RUN: tico-circle dump %t/shape.circle | FileCheck %t/shape.mlir
// RUN: tico-translate --to-circle %t/conv.mlir -o %t/conv.circle
// RUN: tico-circle dump %t/conv.circle | FileCheck %t/conv.mlir
// RUN: tico-translate --to-circle %t/misc.mlir -o %t/misc.circle
// RUN: tico-circle dump %t/misc.circle | FileCheck %t/misc.mlir
// RUN: tico-translate --to-circle %t/newer.mlir -o %t/newer.circle
// RUN: tico-circle dump %t/newer.circle | FileCheck %t/newer.mlir
// RUN: tico-translate --to-circle %t/unversioned.mlir -o %t/unversioned.circle
// RUN: tico-circle dump %t/unversioned.circle | FileCheck %t/unversioned.mlir

//--- fc.mlir
!i8 = !quant.uniform<i8:f32, 0.5>
!i16 = !quant.uniform<i16:f32, 0.5>
!w8 = !quant.uniform<i8:f32, 0.25>
!w8c = !quant.uniform<i8:f32:0, {0.5, 0.25}>
!b32c = !quant.uniform<i32:f32:0, {0.25, 0.125}>

// CHECK: operator_codes: [

// float input, weights and output, default weights_format, keep_num_dims
// false: no rule matches -> 1.
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 9,
// CHECK-NEXT: builtin_code: FULLY_CONNECTED
// CHECK-NEXT: },
func.func @fc_f32(%x: tensor<2x4xf32>, %w: tensor<2x4xf32>) -> tensor<2x2xf32> {
  %none = circle.no_value
  %y = circle.fully_connected %x, %w, %none : (tensor<2x4xf32>, tensor<2x4xf32>, none) -> tensor<2x2xf32>
  return %y : tensor<2x2xf32>
}

// "keep_num_dims is supported at version 5" -> 5.
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 9,
// CHECK-NEXT: version: 5,
// CHECK-NEXT: builtin_code: FULLY_CONNECTED
// CHECK-NEXT: },
func.func @fc_f32_keep_num_dims(%x: tensor<1x3x4xf32>, %w: tensor<2x4xf32>) -> tensor<1x3x2xf32> {
  %none = circle.no_value
  %y = circle.fully_connected %x, %w, %none {keep_num_dims = true} : (tensor<1x3x4xf32>, tensor<2x4xf32>, none) -> tensor<1x3x2xf32>
  return %y : tensor<1x3x2xf32>
}

// int8 input, int8 (per-channel) weights, int8 output: "Int8 fully fixed
// point kernel is at version 4"; the int32 bias does not matter -> 4.
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 9,
// CHECK-NEXT: version: 4,
// CHECK-NEXT: builtin_code: FULLY_CONNECTED
// CHECK-NEXT: },
func.func @fc_i8(%x: tensor<2x4x!i8>, %w: tensor<2x4x!w8c>, %b: tensor<2x!b32c>) -> tensor<2x2x!i8> {
  %y = circle.fully_connected %x, %w, %b : (tensor<2x4x!i8>, tensor<2x4x!w8c>, tensor<2x!b32c>) -> tensor<2x2x!i8>
  return %y : tensor<2x2x!i8>
}

// int16 input, weights and output: "Int16 fully fixed point kernel is at
// version 7" -> 7.
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 9,
// CHECK-NEXT: version: 7,
// CHECK-NEXT: builtin_code: FULLY_CONNECTED
// CHECK-NEXT: },
func.func @fc_i16(%x: tensor<2x4x!i16>, %w: tensor<2x4x!i16>) -> tensor<2x2x!i16> {
  %none = circle.no_value
  %y = circle.fully_connected %x, %w, %none : (tensor<2x4x!i16>, tensor<2x4x!i16>, none) -> tensor<2x2x!i16>
  return %y : tensor<2x2x!i16>
}

// hybrid: float input and output, int8 weights with one scale (not
// per-channel, so not 12), asymmetric_quantize_inputs false -> 3.
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 9,
// CHECK-NEXT: version: 3,
// CHECK-NEXT: builtin_code: FULLY_CONNECTED
// CHECK-NEXT: },
func.func @fc_hybrid(%x: tensor<2x4xf32>, %w: tensor<2x4x!w8>) -> tensor<2x2xf32> {
  %none = circle.no_value
  %y = circle.fully_connected %x, %w, %none : (tensor<2x4xf32>, tensor<2x4x!w8>, none) -> tensor<2x2xf32>
  return %y : tensor<2x2xf32>
}

// the same hybrid with asymmetric_quantize_inputs: "use the updated
// quantization scheme" -> 9.
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 9,
// CHECK-NEXT: version: 9,
// CHECK-NEXT: builtin_code: FULLY_CONNECTED
// CHECK-NEXT: },
func.func @fc_hybrid_asymmetric(%x: tensor<2x4xf32>, %w: tensor<2x4x!w8>) -> tensor<2x2xf32> {
  %none = circle.no_value
  %y = circle.fully_connected %x, %w, %none {asymmetric_quantize_inputs = true} : (tensor<2x4xf32>, tensor<2x4x!w8>, none) -> tensor<2x2xf32>
  return %y : tensor<2x2xf32>
}

// hybrid with per-channel weights (2 scales = weights dimension 0, and
// more than one): the first rule -> 12.
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 9,
// CHECK-NEXT: version: 12,
// CHECK-NEXT: builtin_code: FULLY_CONNECTED
// CHECK-NEXT: },
func.func @fc_hybrid_per_channel(%x: tensor<2x4xf32>, %w: tensor<2x4x!w8c>) -> tensor<2x2xf32> {
  %none = circle.no_value
  %y = circle.fully_connected %x, %w, %none : (tensor<2x4xf32>, tensor<2x4x!w8c>, none) -> tensor<2x2xf32>
  return %y : tensor<2x2xf32>
}

// float with SHUFFLED4x16INT8 weights_format: "if the weight is
// Shuffled4x16Int8, it is version 2" -> 2.
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 9,
// CHECK-NEXT: version: 2,
// CHECK-NEXT: builtin_code: FULLY_CONNECTED
// CHECK-NEXT: }
// CHECK-NEXT: ],
func.func @fc_shuffled(%x: tensor<2x4xf32>, %w: tensor<2x4xf32>) -> tensor<2x2xf32> {
  %none = circle.no_value
  %y = circle.fully_connected %x, %w, %none {weights_format = #circle<weights_format SHUFFLED4x16INT8>} : (tensor<2x4xf32>, tensor<2x4xf32>, none) -> tensor<2x2xf32>
  return %y : tensor<2x2xf32>
}

//--- fc-keep-int8.mlir
!i8 = !quant.uniform<i8:f32, 0.5>
!w8c = !quant.uniform<i8:f32:0, {0.5, 0.25}>

// int8 with keep_num_dims: the keep_num_dims rule (5) is tested before the
// int8 rule (4) -> 5.
// CHECK: operator_codes: [
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 9,
// CHECK-NEXT: version: 5,
// CHECK-NEXT: builtin_code: FULLY_CONNECTED
// CHECK-NEXT: }
// CHECK-NEXT: ],
func.func @fc_i8_keep_num_dims(%x: tensor<1x3x4x!i8>, %w: tensor<2x4x!w8c>) -> tensor<1x3x2x!i8> {
  %none = circle.no_value
  %y = circle.fully_connected %x, %w, %none {keep_num_dims = true} : (tensor<1x3x4x!i8>, tensor<2x4x!w8c>, none) -> tensor<1x3x2x!i8>
  return %y : tensor<1x3x2x!i8>
}

//--- int16x8.mlir
// int16 activations with int8 weights (16x8). Neither FULLY_CONNECTED nor
// CONV_2D has a rule for it other than the quantized_bias_type ones (11 and
// 8), which tico never writes; the int16 rules want int16 weights and the
// int8 and hybrid rules want int8/float32 activations -> 1 for both.
!i16 = !quant.uniform<i16:f32, 0.5>
!w8c = !quant.uniform<i8:f32:0, {0.5, 0.25}>

// CHECK: operator_codes: [
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 9,
// CHECK-NEXT: builtin_code: FULLY_CONNECTED
// CHECK-NEXT: },
func.func @fc_16x8(%x: tensor<2x4x!i16>, %w: tensor<2x4x!w8c>) -> tensor<2x2x!i16> {
  %none = circle.no_value
  %y = circle.fully_connected %x, %w, %none : (tensor<2x4x!i16>, tensor<2x4x!w8c>, none) -> tensor<2x2x!i16>
  return %y : tensor<2x2x!i16>
}

// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 3,
// CHECK-NEXT: builtin_code: CONV_2D
// CHECK-NEXT: }
// CHECK-NEXT: ],
func.func @conv_16x8(%x: tensor<1x4x4x3x!i16>, %w: tensor<2x1x1x3x!w8c>) -> tensor<1x4x4x2x!i16> {
  %none = circle.no_value
  %y = circle.conv_2d %x, %w, %none {padding = #circle<padding VALID>, stride_h = 1 : i32, stride_w = 1 : i32} : (tensor<1x4x4x3x!i16>, tensor<2x1x1x3x!w8c>, none) -> tensor<1x4x4x2x!i16>
  return %y : tensor<1x4x4x2x!i16>
}

//--- minmax.mlir
!i8 = !quant.uniform<i8:f32, 0.5>
!i16 = !quant.uniform<i16:f32, 0.5>

// MAXIMUM/MINIMUM: "int16 in and out" -> 4; "needs broadcast && max input
// rank > 4" -> 3; "int8 input" -> 2; else 1.
// CHECK: operator_codes: [
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 55,
// CHECK-NEXT: version: 4,
// CHECK-NEXT: builtin_code: MAXIMUM
// CHECK-NEXT: },
func.func @max_i16(%a: tensor<4x!i16>) -> tensor<4x!i16> {
  %y = circle.maximum %a, %a : (tensor<4x!i16>, tensor<4x!i16>) -> tensor<4x!i16>
  return %y : tensor<4x!i16>
}
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 55,
// CHECK-NEXT: version: 3,
// CHECK-NEXT: builtin_code: MAXIMUM
// CHECK-NEXT: },
func.func @max_f32_rank5(%a: tensor<1x1x1x2x4xf32>, %b: tensor<4xf32>) -> tensor<1x1x1x2x4xf32> {
  %y = circle.maximum %a, %b : (tensor<1x1x1x2x4xf32>, tensor<4xf32>) -> tensor<1x1x1x2x4xf32>
  return %y : tensor<1x1x1x2x4xf32>
}
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 55,
// CHECK-NEXT: version: 2,
// CHECK-NEXT: builtin_code: MAXIMUM
// CHECK-NEXT: },
func.func @max_i8(%a: tensor<4x!i8>) -> tensor<4x!i8> {
  %y = circle.maximum %a, %a : (tensor<4x!i8>, tensor<4x!i8>) -> tensor<4x!i8>
  return %y : tensor<4x!i8>
}
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 57,
// CHECK-NEXT: builtin_code: MINIMUM
// CHECK-NEXT: }
// CHECK-NEXT: ],
func.func @min_f32(%a: tensor<4xf32>) -> tensor<4xf32> {
  %y = circle.minimum %a, %a : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  return %y : tensor<4xf32>
}

//--- add.mlir
!i8 = !quant.uniform<i8:f32, 0.5>
!i16 = !quant.uniform<i16:f32, 0.5>
!i16b = !quant.uniform<i16:f32, 0.25>

// ADD is code 0, the schema default of both code fields, so an ADD entry
// shows only a version other than 1.
// CHECK: operator_codes: [

// quantized int16 in and out, pot_scale_int16 false (the dialect's
// default): input 0 is quantized, so not the unquantized-int16 rule (5);
// not int64 (4); "int16 in and out && !pot_scale_int16" -> 3.
// CHECK-NEXT: {
// CHECK-NEXT: version: 3
// CHECK-NEXT: },
func.func @add_i16_general_scale(%a: tensor<4x!i16>, %b: tensor<4x!i16b>) -> tensor<4x!i16> {
  %y = circle.add %a, %b : (tensor<4x!i16>, tensor<4x!i16b>) -> tensor<4x!i16>
  return %y : tensor<4x!i16>
}

// the same with pot_scale_int16 = true: no rule matches (not int8) -> 1.
// CHECK-NEXT: {
// CHECK-EMPTY:
// CHECK-NEXT: },
func.func @add_i16_pot_scale(%a: tensor<4x!i16>, %b: tensor<4x!i16>) -> tensor<4x!i16> {
  %y = circle.add %a, %b {pot_scale_int16 = true} : (tensor<4x!i16>, tensor<4x!i16>) -> tensor<4x!i16>
  return %y : tensor<4x!i16>
}

// plain (unquantized) int16: "int16 && !input_quantized" -> 5.
// CHECK-NEXT: {
// CHECK-NEXT: version: 5
// CHECK-NEXT: },
func.func @add_i16_plain(%a: tensor<4xi16>, %b: tensor<4xi16>) -> tensor<4xi16> {
  %y = circle.add %a, %b : (tensor<4xi16>, tensor<4xi16>) -> tensor<4xi16>
  return %y : tensor<4xi16>
}

// int64 -> 4.
// CHECK-NEXT: {
// CHECK-NEXT: version: 4
// CHECK-NEXT: },
func.func @add_i64(%a: tensor<4xi64>, %b: tensor<4xi64>) -> tensor<4xi64> {
  %y = circle.add %a, %b : (tensor<4xi64>, tensor<4xi64>) -> tensor<4xi64>
  return %y : tensor<4xi64>
}

// int8 -> 2.
// CHECK-NEXT: {
// CHECK-NEXT: version: 2
// CHECK-NEXT: },
func.func @add_i8(%a: tensor<4x!i8>, %b: tensor<4x!i8>) -> tensor<4x!i8> {
  %y = circle.add %a, %b : (tensor<4x!i8>, tensor<4x!i8>) -> tensor<4x!i8>
  return %y : tensor<4x!i8>
}

// SUB: "int16 in and out && !pot_scale_int16" is its first rule -> 5.
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 41,
// CHECK-NEXT: version: 5,
// CHECK-NEXT: builtin_code: SUB
// CHECK-NEXT: },
func.func @sub_i16_general_scale(%a: tensor<4x!i16>, %b: tensor<4x!i16>) -> tensor<4x!i16> {
  %y = circle.sub %a, %b : (tensor<4x!i16>, tensor<4x!i16>) -> tensor<4x!i16>
  return %y : tensor<4x!i16>
}

// SUB float with broadcasting ([1,2,3,4,5] vs [5]) and a rank-5 input:
// "NeedBroadcastForBinaryInputs && GetInputMaxDims > 4" -> 3.
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 41,
// CHECK-NEXT: version: 3,
// CHECK-NEXT: builtin_code: SUB
// CHECK-NEXT: }
// CHECK-NEXT: ],
func.func @sub_broadcast_rank5(%a: tensor<1x2x3x4x5xf32>, %b: tensor<5xf32>) -> tensor<1x2x3x4x5xf32> {
  %y = circle.sub %a, %b : (tensor<1x2x3x4x5xf32>, tensor<5xf32>) -> tensor<1x2x3x4x5xf32>
  return %y : tensor<1x2x3x4x5xf32>
}

//--- activations.mlir
// SOFTMAX and MEAN share one rule: int16 input -> 3, int8 input -> 2.
!i8 = !quant.uniform<i8:f32, 0.5>
!i16 = !quant.uniform<i16:f32, 0.5>
!sm8 = !quant.uniform<i8:f32, 0.00390625:-128>
!sm16 = !quant.uniform<i16:f32, 3.0517578125e-05>

// CHECK: operator_codes: [

// SOFTMAX int16 -> 3.
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 25,
// CHECK-NEXT: version: 3,
// CHECK-NEXT: builtin_code: SOFTMAX
// CHECK-NEXT: },
func.func @softmax_i16(%x: tensor<2x8x!i16>) -> tensor<2x8x!sm16> {
  %y = circle.softmax %x {beta = 1.0 : f32} : (tensor<2x8x!i16>) -> tensor<2x8x!sm16>
  return %y : tensor<2x8x!sm16>
}

// SOFTMAX int8 -> 2.
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 25,
// CHECK-NEXT: version: 2,
// CHECK-NEXT: builtin_code: SOFTMAX
// CHECK-NEXT: },
func.func @softmax_i8(%x: tensor<2x8x!i8>) -> tensor<2x8x!sm8> {
  %y = circle.softmax %x {beta = 1.0 : f32} : (tensor<2x8x!i8>) -> tensor<2x8x!sm8>
  return %y : tensor<2x8x!sm8>
}

// SOFTMAX float -> 1.
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 25,
// CHECK-NEXT: builtin_code: SOFTMAX
// CHECK-NEXT: },
func.func @softmax_f32(%x: tensor<2x8xf32>) -> tensor<2x8xf32> {
  %y = circle.softmax %x {beta = 1.0 : f32} : (tensor<2x8xf32>) -> tensor<2x8xf32>
  return %y : tensor<2x8xf32>
}

// MEAN int16 -> 3.
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 40,
// CHECK-NEXT: version: 3,
// CHECK-NEXT: builtin_code: MEAN
// CHECK-NEXT: },
func.func @mean_i16(%x: tensor<2x8x!i16>) -> tensor<2x1x!i16> {
  %axes = circle.const dense<1> : tensor<1xi32>
  %y = circle.mean %x, %axes {keep_dims = true} : (tensor<2x8x!i16>, tensor<1xi32>) -> tensor<2x1x!i16>
  return %y : tensor<2x1x!i16>
}

// MEAN int8 -> 2.
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 40,
// CHECK-NEXT: version: 2,
// CHECK-NEXT: builtin_code: MEAN
// CHECK-NEXT: }
// CHECK-NEXT: ],
func.func @mean_i8(%x: tensor<2x8x!i8>) -> tensor<2x1x!i8> {
  %axes = circle.const dense<1> : tensor<1xi32>
  %y = circle.mean %x, %axes {keep_dims = true} : (tensor<2x8x!i8>, tensor<1xi32>) -> tensor<2x1x!i8>
  return %y : tensor<2x1x!i8>
}

//--- quantize.mlir
!i8 = !quant.uniform<i8:f32, 0.5>
!i16 = !quant.uniform<i16:f32, 0.5>
!i8c = !quant.uniform<i8:f32:1, {0.5, 0.25}>

// CHECK: operator_codes: [

// QUANTIZE float -> int16: not int4 (4), one scale so not per-channel (3),
// "int16 output" -> 2.
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 114,
// CHECK-NEXT: version: 2,
// CHECK-NEXT: builtin_code: QUANTIZE
// CHECK-NEXT: },
func.func @quantize_i16(%x: tensor<4x2xf32>) -> tensor<4x2x!i16> {
  %y = circle.quantize %x : (tensor<4x2xf32>) -> tensor<4x2x!i16>
  return %y : tensor<4x2x!i16>
}

// QUANTIZE float -> int8 per-tensor: no rule -> 1.
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 114,
// CHECK-NEXT: builtin_code: QUANTIZE
// CHECK-NEXT: },
func.func @quantize_i8(%x: tensor<4x2xf32>) -> tensor<4x2x!i8> {
  %y = circle.quantize %x : (tensor<4x2xf32>) -> tensor<4x2x!i8>
  return %y : tensor<4x2x!i8>
}

// QUANTIZE float -> int8 per-axis on dimension 1 (2 scales = dim 1 size,
// more than one): "per-channel output" -> 3.
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 114,
// CHECK-NEXT: version: 3,
// CHECK-NEXT: builtin_code: QUANTIZE
// CHECK-NEXT: },
func.func @quantize_per_channel(%x: tensor<4x2xf32>) -> tensor<4x2x!i8c> {
  %y = circle.quantize %x : (tensor<4x2xf32>) -> tensor<4x2x!i8c>
  return %y : tensor<4x2x!i8c>
}

// DEQUANTIZE int16: "Version 3 supports signed int16 input types" -> 3.
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 6,
// CHECK-NEXT: version: 3,
// CHECK-NEXT: builtin_code: DEQUANTIZE
// CHECK-NEXT: },
func.func @dequantize_i16(%x: tensor<4x2x!i16>) -> tensor<4x2xf32> {
  %y = circle.dequantize %x : (tensor<4x2x!i16>) -> tensor<4x2xf32>
  return %y : tensor<4x2xf32>
}

// DEQUANTIZE int8 per-tensor -> 2.
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 6,
// CHECK-NEXT: version: 2,
// CHECK-NEXT: builtin_code: DEQUANTIZE
// CHECK-NEXT: },
func.func @dequantize_i8(%x: tensor<4x2x!i8>) -> tensor<4x2xf32> {
  %y = circle.dequantize %x : (tensor<4x2x!i8>) -> tensor<4x2xf32>
  return %y : tensor<4x2xf32>
}

// DEQUANTIZE int8 per-axis (2 scales = size of quantized dimension 1) -> 5.
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 6,
// CHECK-NEXT: version: 5,
// CHECK-NEXT: builtin_code: DEQUANTIZE
// CHECK-NEXT: }
// CHECK-NEXT: ],
func.func @dequantize_per_channel(%x: tensor<4x2x!i8c>) -> tensor<4x2xf32> {
  %y = circle.dequantize %x : (tensor<4x2x!i8c>) -> tensor<4x2xf32>
  return %y : tensor<4x2xf32>
}

//--- gather.mlir
!i8 = !quant.uniform<i8:f32, 0.5>
!i16 = !quant.uniform<i16:f32, 0.5>

// CHECK: operator_codes: [

// float params, int32 indices, batch_dims 0 -> 1.
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 36,
// CHECK-NEXT: builtin_code: GATHER
// CHECK-NEXT: },
func.func @gather_f32(%p: tensor<10x4xf32>, %i: tensor<3xi32>) -> tensor<3x4xf32> {
  %y = circle.gather %p, %i {axis = 0 : i32} : (tensor<10x4xf32>, tensor<3xi32>) -> tensor<3x4xf32>
  return %y : tensor<3x4xf32>
}

// int16 params (indices int32, batch_dims 0): "int16 params" -> 4.
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 36,
// CHECK-NEXT: version: 4,
// CHECK-NEXT: builtin_code: GATHER
// CHECK-NEXT: },
func.func @gather_i16(%p: tensor<10x4x!i16>, %i: tensor<3xi32>) -> tensor<3x4x!i16> {
  %y = circle.gather %p, %i {axis = 0 : i32} : (tensor<10x4x!i16>, tensor<3xi32>) -> tensor<3x4x!i16>
  return %y : tensor<3x4x!i16>
}

// bool params -> 3.
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 36,
// CHECK-NEXT: version: 3,
// CHECK-NEXT: builtin_code: GATHER
// CHECK-NEXT: },
func.func @gather_bool(%p: tensor<10x4xi1>, %i: tensor<3xi32>) -> tensor<3x4xi1> {
  %y = circle.gather %p, %i {axis = 0 : i32} : (tensor<10x4xi1>, tensor<3xi32>) -> tensor<3x4xi1>
  return %y : tensor<3x4xi1>
}

// int8 params -> 2.
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 36,
// CHECK-NEXT: version: 2,
// CHECK-NEXT: builtin_code: GATHER
// CHECK-NEXT: },
func.func @gather_i8(%p: tensor<10x4x!i8>, %i: tensor<3xi32>) -> tensor<3x4x!i8> {
  %y = circle.gather %p, %i {axis = 0 : i32} : (tensor<10x4x!i8>, tensor<3xi32>) -> tensor<3x4x!i8>
  return %y : tensor<3x4x!i8>
}

// batch_dims 1 with int16 params: the batch_dims rule (5) is tested before
// the int16-params rule (4) -> 5.
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 36,
// CHECK-NEXT: version: 5,
// CHECK-NEXT: builtin_code: GATHER
// CHECK-NEXT: }
// CHECK-NEXT: ],
func.func @gather_batch_dims(%p: tensor<2x10x4x!i16>, %i: tensor<2x3xi32>) -> tensor<2x3x4x!i16> {
  %y = circle.gather %p, %i {axis = 1 : i32, batch_dims = 1 : i32} : (tensor<2x10x4x!i16>, tensor<2x3xi32>) -> tensor<2x3x4x!i16>
  return %y : tensor<2x3x4x!i16>
}

//--- bmm.mlir
!i8 = !quant.uniform<i8:f32, 0.5>
!i16 = !quant.uniform<i16:f32, 0.5>
!w8 = !quant.uniform<i8:f32, 0.25>

// CHECK: operator_codes: [

// float with adjoint_rhs: the adjoints play no part in the rules -> 1.
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 126,
// CHECK-NEXT: builtin_code: BATCH_MATMUL
// CHECK-NEXT: },
func.func @bmm_f32_adjoint(%a: tensor<2x3x4xf32>, %b: tensor<2x5x4xf32>) -> tensor<2x3x5xf32> {
  %y = circle.batch_matmul %a, %b {adjoint_rhs = true} : (tensor<2x3x4xf32>, tensor<2x5x4xf32>) -> tensor<2x3x5xf32>
  return %y : tensor<2x3x5xf32>
}

// int8 lhs -> 2.
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 126,
// CHECK-NEXT: version: 2,
// CHECK-NEXT: builtin_code: BATCH_MATMUL
// CHECK-NEXT: },
func.func @bmm_i8(%a: tensor<2x3x4x!i8>, %b: tensor<2x4x5x!i8>) -> tensor<2x3x5x!i8> {
  %y = circle.batch_matmul %a, %b : (tensor<2x3x4x!i8>, tensor<2x4x5x!i8>) -> tensor<2x3x5x!i8>
  return %y : tensor<2x3x5x!i8>
}

// int16 lhs: "In case of int16 inputs, the version is 3"; adjoint_lhs
// changes nothing -> 3.
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 126,
// CHECK-NEXT: version: 3,
// CHECK-NEXT: builtin_code: BATCH_MATMUL
// CHECK-NEXT: },
func.func @bmm_i16(%a: tensor<2x4x3x!i16>, %b: tensor<2x4x5x!i16>) -> tensor<2x3x5x!i16> {
  %y = circle.batch_matmul %a, %b {adjoint_lhs = true} : (tensor<2x4x3x!i16>, tensor<2x4x5x!i16>) -> tensor<2x3x5x!i16>
  return %y : tensor<2x3x5x!i16>
}

// hybrid (float lhs and output, int8 rhs) with asymmetric_quantize_inputs
// -> 4.
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 126,
// CHECK-NEXT: version: 4,
// CHECK-NEXT: builtin_code: BATCH_MATMUL
// CHECK-NEXT: }
// CHECK-NEXT: ],
func.func @bmm_hybrid_asymmetric(%a: tensor<2x3x4xf32>, %b: tensor<2x4x5x!w8>) -> tensor<2x3x5xf32> {
  %y = circle.batch_matmul %a, %b {asymmetric_quantize_inputs = true} : (tensor<2x3x4xf32>, tensor<2x4x5x!w8>) -> tensor<2x3x5xf32>
  return %y : tensor<2x3x5xf32>
}

//--- shape.mlir
!i8 = !quant.uniform<i8:f32, 0.5>
!i16 = !quant.uniform<i16:f32, 0.5>

// CHECK: operator_codes: [

// CONCATENATION: uint32 -> 4, int16 -> 3, int8 -> 2, else 1.
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 2,
// CHECK-NEXT: builtin_code: CONCATENATION
// CHECK-NEXT: },
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 2,
// CHECK-NEXT: version: 2,
// CHECK-NEXT: builtin_code: CONCATENATION
// CHECK-NEXT: },
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 2,
// CHECK-NEXT: version: 3,
// CHECK-NEXT: builtin_code: CONCATENATION
// CHECK-NEXT: },
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 2,
// CHECK-NEXT: version: 4,
// CHECK-NEXT: builtin_code: CONCATENATION
// CHECK-NEXT: },
func.func @concat(%f: tensor<2x3xf32>, %b: tensor<2x3x!i8>, %c: tensor<2x3x!i16>, %d: tensor<2x3xui32>)
    -> (tensor<2x6xf32>, tensor<2x6x!i8>, tensor<2x6x!i16>, tensor<2x6xui32>) {
  %0 = circle.concatenation %f, %f {axis = 1 : i32} : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x6xf32>
  %1 = circle.concatenation %b, %b {axis = 1 : i32} : (tensor<2x3x!i8>, tensor<2x3x!i8>) -> tensor<2x6x!i8>
  %2 = circle.concatenation %c, %c {axis = 1 : i32} : (tensor<2x3x!i16>, tensor<2x3x!i16>) -> tensor<2x6x!i16>
  %3 = circle.concatenation %d, %d {axis = 1 : i32} : (tensor<2x3xui32>, tensor<2x3xui32>) -> tensor<2x6xui32>
  return %0, %1, %2, %3 : tensor<2x6xf32>, tensor<2x6x!i8>, tensor<2x6x!i16>, tensor<2x6xui32>
}

// STRIDED_SLICE, rules in order: offset -> 8; uint32 -> 7; ellipsis or
// new_axis mask -> 6; (string -> 5); input rank > 4 -> 4; bool -> 3;
// int8 -> 2; else 1.
// float rank 2, no masks -> 1.
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 45,
// CHECK-NEXT: builtin_code: STRIDED_SLICE
// CHECK-NEXT: },
// int8 -> 2.
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 45,
// CHECK-NEXT: version: 2,
// CHECK-NEXT: builtin_code: STRIDED_SLICE
// CHECK-NEXT: },
// bool -> 3.
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 45,
// CHECK-NEXT: version: 3,
// CHECK-NEXT: builtin_code: STRIDED_SLICE
// CHECK-NEXT: },
// float rank 5 -> 4.
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 45,
// CHECK-NEXT: version: 4,
// CHECK-NEXT: builtin_code: STRIDED_SLICE
// CHECK-NEXT: },
// int8 with new_axis_mask: the mask rule (6) precedes the int8 rule -> 6.
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 45,
// CHECK-NEXT: version: 6,
// CHECK-NEXT: builtin_code: STRIDED_SLICE
// CHECK-NEXT: },
// uint32 -> 7.
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 45,
// CHECK-NEXT: version: 7,
// CHECK-NEXT: builtin_code: STRIDED_SLICE
// CHECK-NEXT: },
// float with offset -> 8.
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 45,
// CHECK-NEXT: version: 8,
// CHECK-NEXT: builtin_code: STRIDED_SLICE
// CHECK-NEXT: },
func.func @strided_slice(%f: tensor<4x8xf32>, %b: tensor<4x8x!i8>, %c: tensor<4x8xi1>,
                         %r5: tensor<1x1x1x4x8xf32>, %u: tensor<4x8xui32>)
    -> (tensor<2x8xf32>, tensor<2x8x!i8>, tensor<2x8xi1>, tensor<1x1x1x2x8xf32>,
        tensor<1x2x8x!i8>, tensor<2x8xui32>, tensor<2x8xf32>) {
  %begin = circle.const dense<0> : tensor<2xi32>
  %end = circle.const dense<[2, 8]> : tensor<2xi32>
  %strides = circle.const dense<1> : tensor<2xi32>
  %begin5 = circle.const dense<0> : tensor<5xi32>
  %end5 = circle.const dense<[1, 1, 1, 2, 8]> : tensor<5xi32>
  %strides5 = circle.const dense<1> : tensor<5xi32>
  %begin3 = circle.const dense<0> : tensor<3xi32>
  %end3 = circle.const dense<[1, 2, 8]> : tensor<3xi32>
  %strides3 = circle.const dense<1> : tensor<3xi32>
  %0 = circle.strided_slice %f, %begin, %end, %strides : (tensor<4x8xf32>, tensor<2xi32>, tensor<2xi32>, tensor<2xi32>) -> tensor<2x8xf32>
  %1 = circle.strided_slice %b, %begin, %end, %strides : (tensor<4x8x!i8>, tensor<2xi32>, tensor<2xi32>, tensor<2xi32>) -> tensor<2x8x!i8>
  %2 = circle.strided_slice %c, %begin, %end, %strides : (tensor<4x8xi1>, tensor<2xi32>, tensor<2xi32>, tensor<2xi32>) -> tensor<2x8xi1>
  %3 = circle.strided_slice %r5, %begin5, %end5, %strides5 : (tensor<1x1x1x4x8xf32>, tensor<5xi32>, tensor<5xi32>, tensor<5xi32>) -> tensor<1x1x1x2x8xf32>
  %4 = circle.strided_slice %b, %begin3, %end3, %strides3 {new_axis_mask = 1 : i32} : (tensor<4x8x!i8>, tensor<3xi32>, tensor<3xi32>, tensor<3xi32>) -> tensor<1x2x8x!i8>
  %5 = circle.strided_slice %u, %begin, %end, %strides : (tensor<4x8xui32>, tensor<2xi32>, tensor<2xi32>, tensor<2xi32>) -> tensor<2x8xui32>
  %6 = circle.strided_slice %f, %begin, %end, %strides {offset = true} : (tensor<4x8xf32>, tensor<2xi32>, tensor<2xi32>, tensor<2xi32>) -> tensor<2x8xf32>
  return %0, %1, %2, %3, %4, %5, %6 : tensor<2x8xf32>, tensor<2x8x!i8>, tensor<2x8xi1>, tensor<1x1x1x2x8xf32>,
        tensor<1x2x8x!i8>, tensor<2x8xui32>, tensor<2x8xf32>
}

// TRANSPOSE, rules in order: rank > 5 -> 6; int16 -> 5; rank > 4 -> 4;
// bool -> 3; int8 -> 2; else 1.
// float rank 2 -> 1.
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 39,
// CHECK-NEXT: builtin_code: TRANSPOSE
// CHECK-NEXT: },
// int8 -> 2.
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 39,
// CHECK-NEXT: version: 2,
// CHECK-NEXT: builtin_code: TRANSPOSE
// CHECK-NEXT: },
// bool -> 3.
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 39,
// CHECK-NEXT: version: 3,
// CHECK-NEXT: builtin_code: TRANSPOSE
// CHECK-NEXT: },
// float rank 5 -> 4.
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 39,
// CHECK-NEXT: version: 4,
// CHECK-NEXT: builtin_code: TRANSPOSE
// CHECK-NEXT: },
// int16 rank 5: the int16 rule (5) precedes the rank > 4 rule -> 5.
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 39,
// CHECK-NEXT: version: 5,
// CHECK-NEXT: builtin_code: TRANSPOSE
// CHECK-NEXT: },
// float rank 6 -> 6.
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 39,
// CHECK-NEXT: version: 6,
// CHECK-NEXT: builtin_code: TRANSPOSE
// CHECK-NEXT: }
// CHECK-NEXT: ],
func.func @transpose(%f: tensor<2x3xf32>, %b: tensor<2x3x!i8>, %c: tensor<2x3xi1>,
                     %r5: tensor<1x2x3x4x5xf32>, %s5: tensor<1x2x3x4x5x!i16>,
                     %r6: tensor<1x2x3x4x5x6xf32>)
    -> (tensor<3x2xf32>, tensor<3x2x!i8>, tensor<3x2xi1>, tensor<5x4x3x2x1xf32>,
        tensor<5x4x3x2x1x!i16>, tensor<6x5x4x3x2x1xf32>) {
  %p2 = circle.const dense<[1, 0]> : tensor<2xi32>
  %p5 = circle.const dense<[4, 3, 2, 1, 0]> : tensor<5xi32>
  %p6 = circle.const dense<[5, 4, 3, 2, 1, 0]> : tensor<6xi32>
  %0 = circle.transpose %f, %p2 : (tensor<2x3xf32>, tensor<2xi32>) -> tensor<3x2xf32>
  %1 = circle.transpose %b, %p2 : (tensor<2x3x!i8>, tensor<2xi32>) -> tensor<3x2x!i8>
  %2 = circle.transpose %c, %p2 : (tensor<2x3xi1>, tensor<2xi32>) -> tensor<3x2xi1>
  %3 = circle.transpose %r5, %p5 : (tensor<1x2x3x4x5xf32>, tensor<5xi32>) -> tensor<5x4x3x2x1xf32>
  %4 = circle.transpose %s5, %p5 : (tensor<1x2x3x4x5x!i16>, tensor<5xi32>) -> tensor<5x4x3x2x1x!i16>
  %5 = circle.transpose %r6, %p6 : (tensor<1x2x3x4x5x6xf32>, tensor<6xi32>) -> tensor<6x5x4x3x2x1xf32>
  return %0, %1, %2, %3, %4, %5 : tensor<3x2xf32>, tensor<3x2x!i8>, tensor<3x2xi1>, tensor<5x4x3x2x1xf32>,
        tensor<5x4x3x2x1x!i16>, tensor<6x5x4x3x2x1xf32>
}

//--- conv.mlir
!i8 = !quant.uniform<i8:f32, 0.5>
!w8 = !quant.uniform<i8:f32, 0.25>
!w8c = !quant.uniform<i8:f32:0, {0.5, 0.25}>
!b32c = !quant.uniform<i32:f32:0, {0.25, 0.125}>

// CHECK: operator_codes: [

// float -> 1.
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 3,
// CHECK-NEXT: builtin_code: CONV_2D
// CHECK-NEXT: },
func.func @conv_f32(%x: tensor<1x4x4x3xf32>, %w: tensor<2x1x1x3xf32>) -> tensor<1x4x4x2xf32> {
  %none = circle.no_value
  %y = circle.conv_2d %x, %w, %none {padding = #circle<padding VALID>, stride_h = 1 : i32, stride_w = 1 : i32} : (tensor<1x4x4x3xf32>, tensor<2x1x1x3xf32>, none) -> tensor<1x4x4x2xf32>
  return %y : tensor<1x4x4x2xf32>
}

// int8 input, int8 per-channel filter, int8 output: "signed int8 inputs
// and outputs, version 3" (per-channel only matters for hybrids) -> 3.
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 3,
// CHECK-NEXT: version: 3,
// CHECK-NEXT: builtin_code: CONV_2D
// CHECK-NEXT: },
func.func @conv_i8_per_channel(%x: tensor<1x4x4x3x!i8>, %w: tensor<2x1x1x3x!w8c>, %b: tensor<2x!b32c>) -> tensor<1x4x4x2x!i8> {
  %y = circle.conv_2d %x, %w, %b {padding = #circle<padding VALID>, stride_h = 1 : i32, stride_w = 1 : i32} : (tensor<1x4x4x3x!i8>, tensor<2x1x1x3x!w8c>, tensor<2x!b32c>) -> tensor<1x4x4x2x!i8>
  return %y : tensor<1x4x4x2x!i8>
}

// hybrid (float input and output, int8 filter) with one scale per filter
// (2 scales, 2 filters) -> 5.
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 3,
// CHECK-NEXT: version: 5,
// CHECK-NEXT: builtin_code: CONV_2D
// CHECK-NEXT: },
func.func @conv_hybrid_per_channel(%x: tensor<1x4x4x3xf32>, %w: tensor<2x1x1x3x!w8c>) -> tensor<1x4x4x2xf32> {
  %none = circle.no_value
  %y = circle.conv_2d %x, %w, %none {padding = #circle<padding VALID>, stride_h = 1 : i32, stride_w = 1 : i32} : (tensor<1x4x4x3xf32>, tensor<2x1x1x3x!w8c>, none) -> tensor<1x4x4x2xf32>
  return %y : tensor<1x4x4x2xf32>
}

// hybrid with a per-tensor filter (1 scale, 2 filters) -> 2.
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 3,
// CHECK-NEXT: version: 2,
// CHECK-NEXT: builtin_code: CONV_2D
// CHECK-NEXT: },
func.func @conv_hybrid(%x: tensor<1x4x4x3xf32>, %w: tensor<2x1x1x3x!w8>) -> tensor<1x4x4x2xf32> {
  %none = circle.no_value
  %y = circle.conv_2d %x, %w, %none {padding = #circle<padding VALID>, stride_h = 1 : i32, stride_w = 1 : i32} : (tensor<1x4x4x3xf32>, tensor<2x1x1x3x!w8>, none) -> tensor<1x4x4x2xf32>
  return %y : tensor<1x4x4x2xf32>
}

// grouped: input depth 4, filter depth 2 (two groups); int8 throughout,
// but the grouped rule (6) is tested first -> 6.
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 3,
// CHECK-NEXT: version: 6,
// CHECK-NEXT: builtin_code: CONV_2D
// CHECK-NEXT: }
// CHECK-NEXT: ],
func.func @conv_grouped(%x: tensor<1x4x4x4x!i8>, %w: tensor<2x1x1x2x!w8c>) -> tensor<1x4x4x2x!i8> {
  %none = circle.no_value
  %y = circle.conv_2d %x, %w, %none {padding = #circle<padding VALID>, stride_h = 1 : i32, stride_w = 1 : i32} : (tensor<1x4x4x4x!i8>, tensor<2x1x1x2x!w8c>, none) -> tensor<1x4x4x2x!i8>
  return %y : tensor<1x4x4x2x!i8>
}

//--- misc.mlir
!i8 = !quant.uniform<i8:f32, 0.5>
!i8s2 = !quant.uniform<i8:f32, 2.0>
!i16 = !quant.uniform<i16:f32, 0.5>
!w8c6 = !quant.uniform<i8:f32:3, {0.5, 0.5, 0.5, 0.25, 0.25, 0.25}>

// CHECK: operator_codes: [

// MUL, rules in order: plain int16 or uint32 -> 7; (complex64 -> 6);
// int64 -> 5; int16 -> 4; all three scales set and
// scale(lhs) * scale(rhs) / scale(out) >= 1 -> 3; int8 -> 2.
// int8 with 0.5 * 0.5 / 0.5 = 0.5 < 1 -> 2.
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 18,
// CHECK-NEXT: version: 2,
// CHECK-NEXT: builtin_code: MUL
// CHECK-NEXT: },
// int8 with 2 * 2 / 0.5 = 8 >= 1 -> 3.
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 18,
// CHECK-NEXT: version: 3,
// CHECK-NEXT: builtin_code: MUL
// CHECK-NEXT: },
// quantized int16 -> 4.
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 18,
// CHECK-NEXT: version: 4,
// CHECK-NEXT: builtin_code: MUL
// CHECK-NEXT: },
// plain int16 -> 7.
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 18,
// CHECK-NEXT: version: 7,
// CHECK-NEXT: builtin_code: MUL
// CHECK-NEXT: },
func.func @mul(%a: tensor<4x!i8>, %b: tensor<4x!i8s2>, %c: tensor<4x!i16>, %d: tensor<4xi16>)
    -> (tensor<4x!i8>, tensor<4x!i8>, tensor<4x!i16>, tensor<4xi16>) {
  %0 = circle.mul %a, %a : (tensor<4x!i8>, tensor<4x!i8>) -> tensor<4x!i8>
  %1 = circle.mul %b, %b : (tensor<4x!i8s2>, tensor<4x!i8s2>) -> tensor<4x!i8>
  %2 = circle.mul %c, %c : (tensor<4x!i16>, tensor<4x!i16>) -> tensor<4x!i16>
  %3 = circle.mul %d, %d : (tensor<4xi16>, tensor<4xi16>) -> tensor<4xi16>
  return %0, %1, %2, %3 : tensor<4x!i8>, tensor<4x!i8>, tensor<4x!i16>, tensor<4xi16>
}

// DEPTHWISE_CONV_2D: float with dilation 2 -> 2; int8 throughout -> 3;
// hybrid with one scale per output channel (6 scales = filter dimension 3)
// -> 6.
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 4,
// CHECK-NEXT: version: 2,
// CHECK-NEXT: builtin_code: DEPTHWISE_CONV_2D
// CHECK-NEXT: },
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 4,
// CHECK-NEXT: version: 3,
// CHECK-NEXT: builtin_code: DEPTHWISE_CONV_2D
// CHECK-NEXT: },
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 4,
// CHECK-NEXT: version: 6,
// CHECK-NEXT: builtin_code: DEPTHWISE_CONV_2D
// CHECK-NEXT: },
func.func @depthwise(%x: tensor<1x4x4x3xf32>, %w: tensor<1x1x1x6xf32>,
                     %xq: tensor<1x4x4x3x!i8>, %wq: tensor<1x1x1x6x!w8c6>)
    -> (tensor<1x4x4x6xf32>, tensor<1x4x4x6x!i8>, tensor<1x4x4x6xf32>) {
  %none = circle.no_value
  %0 = circle.depthwise_conv_2d %x, %w, %none {depth_multiplier = 2 : i32, dilation_h_factor = 2 : i32, dilation_w_factor = 2 : i32, padding = #circle<padding VALID>, stride_h = 1 : i32, stride_w = 1 : i32} : (tensor<1x4x4x3xf32>, tensor<1x1x1x6xf32>, none) -> tensor<1x4x4x6xf32>
  %1 = circle.depthwise_conv_2d %xq, %wq, %none {depth_multiplier = 2 : i32, padding = #circle<padding VALID>, stride_h = 1 : i32, stride_w = 1 : i32} : (tensor<1x4x4x3x!i8>, tensor<1x1x1x6x!w8c6>, none) -> tensor<1x4x4x6x!i8>
  %2 = circle.depthwise_conv_2d %x, %wq, %none {depth_multiplier = 2 : i32, padding = #circle<padding VALID>, stride_h = 1 : i32, stride_w = 1 : i32} : (tensor<1x4x4x3xf32>, tensor<1x1x1x6x!w8c6>, none) -> tensor<1x4x4x6xf32>
  return %0, %1, %2 : tensor<1x4x4x6xf32>, tensor<1x4x4x6x!i8>, tensor<1x4x4x6xf32>
}

// CAST, rules in order: (bfloat16 -> 7); int4 -> float32 -> 6; float64 or
// float16 on either side -> 5; uint16 -> 4; int8 -> 3; uint32 -> 2.
// int32 -> float32 -> 1.
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 53,
// CHECK-NEXT: builtin_code: CAST
// CHECK-NEXT: },
// int8 -> float32 -> 3.
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 53,
// CHECK-NEXT: version: 3,
// CHECK-NEXT: builtin_code: CAST
// CHECK-NEXT: },
// float16 -> float32 -> 5.
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 53,
// CHECK-NEXT: version: 5,
// CHECK-NEXT: builtin_code: CAST
// CHECK-NEXT: },
// uint32 -> int32 -> 2.
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 53,
// CHECK-NEXT: version: 2,
// CHECK-NEXT: builtin_code: CAST
// CHECK-NEXT: },
// int4 -> float32 -> 6.
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 53,
// CHECK-NEXT: version: 6,
// CHECK-NEXT: builtin_code: CAST
// CHECK-NEXT: },
func.func @cast(%a: tensor<4xi32>, %b: tensor<4xi8>, %c: tensor<4xf16>, %d: tensor<4xui32>, %e: tensor<4xi4>)
    -> (tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xi32>, tensor<4xf32>) {
  %0 = circle.cast %a : (tensor<4xi32>) -> tensor<4xf32>
  %1 = circle.cast %b : (tensor<4xi8>) -> tensor<4xf32>
  %2 = circle.cast %c : (tensor<4xf16>) -> tensor<4xf32>
  %3 = circle.cast %d : (tensor<4xui32>) -> tensor<4xi32>
  %4 = circle.cast %e : (tensor<4xi4>) -> tensor<4xf32>
  return %0, %1, %2, %3, %4 : tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xi32>, tensor<4xf32>
}

// BROADCAST_TO has no version 1 (rolled back, code reassigned): float -> 2,
// int8 or int16 -> 3. Code 130 > 127: deprecated_builtin_code is 127.
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 127,
// CHECK-NEXT: version: 2,
// CHECK-NEXT: builtin_code: BROADCAST_TO
// CHECK-NEXT: },
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 127,
// CHECK-NEXT: version: 3,
// CHECK-NEXT: builtin_code: BROADCAST_TO
// CHECK-NEXT: }
// CHECK-NEXT: ],
func.func @broadcast_to(%a: tensor<1x3xf32>, %b: tensor<1x3x!i8>) -> (tensor<4x3xf32>, tensor<4x3x!i8>) {
  %shape = circle.const dense<[4, 3]> : tensor<2xi32>
  %0 = circle.broadcast_to %a, %shape : (tensor<1x3xf32>, tensor<2xi32>) -> tensor<4x3xf32>
  %1 = circle.broadcast_to %b, %shape : (tensor<1x3x!i8>, tensor<2xi32>) -> tensor<4x3x!i8>
  return %0, %1 : tensor<4x3xf32>, tensor<4x3x!i8>
}

//--- newer.mlir
// Rules of the converter's newer op_version.cc.
!i16 = !quant.uniform<i16:f32, 0.5>
!w4 = !quant.uniform<i4:f32, 0.5>
!i8 = !quant.uniform<i8:f32, 0.5>

// CHECK: operator_codes: [

// FULLY_CONNECTED int16 activations, int4 weights, int16 output -> 13.
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 9,
// CHECK-NEXT: version: 13,
// CHECK-NEXT: builtin_code: FULLY_CONNECTED
// CHECK-NEXT: },
func.func @fc_16x4(%x: tensor<2x4x!i16>, %w: tensor<2x4x!w4>) -> tensor<2x2x!i16> {
  %none = circle.no_value
  %y = circle.fully_connected %x, %w, %none : (tensor<2x4x!i16>, tensor<2x4x!w4>, none) -> tensor<2x2x!i16>
  return %y : tensor<2x2x!i16>
}

// ADD float16: its first rule -> 6.
// CHECK-NEXT: {
// CHECK-NEXT: version: 6
// CHECK-NEXT: },
// MUL float16: its first rule -> 8.
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 18,
// CHECK-NEXT: version: 8,
// CHECK-NEXT: builtin_code: MUL
// CHECK-NEXT: },
func.func @f16(%a: tensor<4xf16>) -> (tensor<4xf16>, tensor<4xf16>) {
  %0 = circle.add %a, %a : (tensor<4xf16>, tensor<4xf16>) -> tensor<4xf16>
  %1 = circle.mul %a, %a : (tensor<4xf16>, tensor<4xf16>) -> tensor<4xf16>
  return %0, %1 : tensor<4xf16>, tensor<4xf16>
}

// EQUAL int16 -> 5 (the older copy said 4); NOT_EQUAL int16 -> 4.
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 71,
// CHECK-NEXT: version: 5,
// CHECK-NEXT: builtin_code: EQUAL
// CHECK-NEXT: },
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 72,
// CHECK-NEXT: version: 4,
// CHECK-NEXT: builtin_code: NOT_EQUAL
// CHECK-NEXT: },
func.func @compare_i16(%a: tensor<4xi16>) -> (tensor<4xi1>, tensor<4xi1>) {
  %0 = circle.equal %a, %a : (tensor<4xi16>, tensor<4xi16>) -> tensor<4xi1>
  %1 = circle.not_equal %a, %a : (tensor<4xi16>, tensor<4xi16>) -> tensor<4xi1>
  return %0, %1 : tensor<4xi1>, tensor<4xi1>
}

// SQRT int8 (now in the EXP/LOG rule) -> 2.
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 75,
// CHECK-NEXT: version: 2,
// CHECK-NEXT: builtin_code: SQRT
// CHECK-NEXT: },
func.func @sqrt_i8(%a: tensor<4x!i8>) -> tensor<4x!i8> {
  %0 = circle.sqrt %a : (tensor<4x!i8>) -> tensor<4x!i8>
  return %0 : tensor<4x!i8>
}

// TRANSPOSE rank 7: "rank > 6" -> 8.
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 39,
// CHECK-NEXT: version: 8,
// CHECK-NEXT: builtin_code: TRANSPOSE
// CHECK-NEXT: },
func.func @transpose_rank7(%x: tensor<1x2x1x2x1x2x3xf32>) -> tensor<3x2x1x2x1x2x1xf32> {
  %p = circle.const dense<[6, 5, 4, 3, 2, 1, 0]> : tensor<7xi32>
  %y = circle.transpose %x, %p : (tensor<1x2x1x2x1x2x3xf32>, tensor<7xi32>) -> tensor<3x2x1x2x1x2x1xf32>
  return %y : tensor<3x2x1x2x1x2x1xf32>
}

// CONCATENATION int4 -> 5.
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 2,
// CHECK-NEXT: version: 5,
// CHECK-NEXT: builtin_code: CONCATENATION
// CHECK-NEXT: }
// CHECK-NEXT: ],
func.func @concat_i4(%a: tensor<2x2xi4>) -> tensor<2x4xi4> {
  %y = circle.concatenation %a, %a {axis = 1 : i32} : (tensor<2x2xi4>, tensor<2x2xi4>) -> tensor<2x4xi4>
  return %y : tensor<2x4xi4>
}

//--- unversioned.mlir
// Ops without a TFLite rule for these types stay 1, and so do the
// Circle-only RMS_NORM (-6) and ROPE (-7), whatever their types.
!i8 = !quant.uniform<i8:f32, 0.5>

// CHECK: operator_codes: [
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 22,
// CHECK-NEXT: builtin_code: RESHAPE
// CHECK-NEXT: },
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: -6,
// CHECK-NEXT: builtin_code: RMS_NORM
// CHECK-NEXT: },
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: -7,
// CHECK-NEXT: builtin_code: ROPE
// CHECK-NEXT: }
// CHECK-NEXT: ],
func.func @unversioned(%x: tensor<2x3x!i8>, %g: tensor<6x!i8>, %r: tensor<1x1x2x6x!i8>,
                       %sin: tensor<1x1x2x6x!i8>, %cos: tensor<1x1x2x6x!i8>)
    -> (tensor<6x!i8>, tensor<6x!i8>, tensor<1x1x2x6x!i8>) {
  %shape = circle.const dense<6> : tensor<1xi32>
  %0 = circle.reshape %x, %shape : (tensor<2x3x!i8>, tensor<1xi32>) -> tensor<6x!i8>
  %1 = circle.rms_norm %0, %g {epsilon = 1.0e-6 : f32} : (tensor<6x!i8>, tensor<6x!i8>) -> tensor<6x!i8>
  %2 = circle.rope %r, %sin, %cos : (tensor<1x1x2x6x!i8>, tensor<1x1x2x6x!i8>, tensor<1x1x2x6x!i8>) -> tensor<1x1x2x6x!i8>
  return %0, %1, %2 : tensor<6x!i8>, tensor<6x!i8>, tensor<1x1x2x6x!i8>
}
