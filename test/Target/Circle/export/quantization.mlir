// RUN: tico-translate --to-circle %s -o %t.circle
// RUN: tico-circle dump %t.circle | FileCheck %s

// Quantization parameters: per-tensor (scale, zero_point, no
// quantized_dimension) and per-axis (one scale and zero point per channel,
// quantized_dimension); the storage type gives the TensorType. QUANTIZE,
// DEQUANTIZE and CAST (whose in/out types come from the operand types).

func.func @main(%x: tensor<1x4x4x2x!quant.uniform<i8:f32, 0.5:-3>>, %u: tensor<4x!quant.uniform<u8:f32, 0.25:128>>, %f: tensor<4xf32>, %i: tensor<4xi32>, %h: tensor<4xf16>) -> (tensor<1x4x4x2x!quant.uniform<i8:f32, 0.125:5>>, tensor<4x!quant.uniform<i16:f32, 0.0625>>, tensor<4xf32>, tensor<4xf32>, tensor<4xi64>, tensor<4x!quant.uniform<i4:f32, 2.0:-1>>) {
  %w = circle.const dense<[[[[1, -1]]], [[[2, -2]]]]> : tensor<2x1x1x2xi8> -> tensor<2x1x1x2x!quant.uniform<i8<-127:127>:f32:3, {0.5:1, 0.25:-1}>> loc("filter")
  %b = circle.const dense<[10, -20]> : tensor<2xi32> -> tensor<2x!quant.uniform<i32:f32:0, {0.0625, 0.03125}>> loc("bias")
  %0 = circle.conv_2d %x, %w, %b {stride_h = 1 : i32, stride_w = 1 : i32} : (tensor<1x4x4x2x!quant.uniform<i8:f32, 0.5:-3>>, tensor<2x1x1x2x!quant.uniform<i8<-127:127>:f32:3, {0.5:1, 0.25:-1}>>, tensor<2x!quant.uniform<i32:f32:0, {0.0625, 0.03125}>>) -> tensor<1x4x4x2x!quant.uniform<i8:f32, 0.125:5>> loc("conv")
  %1 = circle.quantize %u : (tensor<4x!quant.uniform<u8:f32, 0.25:128>>) -> tensor<4x!quant.uniform<i16:f32, 0.0625>> loc("requantize")
  %2 = circle.dequantize %u : (tensor<4x!quant.uniform<u8:f32, 0.25:128>>) -> tensor<4xf32> loc("dequantize")
  %3 = circle.dequantize %h : (tensor<4xf16>) -> tensor<4xf32> loc("dequantize_f16")
  %4 = circle.cast %i : (tensor<4xi32>) -> tensor<4xi64> loc("cast")
  %5 = circle.quantize %f : (tensor<4xf32>) -> tensor<4x!quant.uniform<i4:f32, 2.0:-1>> loc("quantize_i4")
  return %0, %1, %2, %3, %4, %5 : tensor<1x4x4x2x!quant.uniform<i8:f32, 0.125:5>>, tensor<4x!quant.uniform<i16:f32, 0.0625>>, tensor<4xf32>, tensor<4xf32>, tensor<4xi64>, tensor<4x!quant.uniform<i4:f32, 2.0:-1>>
}

// CHECK-LABEL: tensors: [
// CHECK: type: INT8,
// CHECK-NEXT: name: "main_t0",
// CHECK-NEXT: quantization: {
// CHECK-NEXT: scale: [
// CHECK-NEXT: 0.5
// CHECK-NEXT: ],
// CHECK-NEXT: zero_point: [
// CHECK-NEXT: -3
// CHECK-NEXT: ]
// CHECK-NEXT: },

// u8 storage: UINT8 with a zero point above the int8 range.
// CHECK: type: UINT8,
// CHECK-NEXT: name: "main_t1",
// CHECK-NEXT: quantization: {
// CHECK-NEXT: scale: [
// CHECK-NEXT: 0.25
// CHECK-NEXT: ],
// CHECK-NEXT: zero_point: [
// CHECK-NEXT: 128
// CHECK-NEXT: ]
// CHECK-NEXT: },

// Float tensors get an empty quantization table, as TFLite writes it.
// CHECK: name: "main_t2",
// CHECK-NEXT: quantization: {
// CHECK-EMPTY:
// CHECK-NEXT: },

// Per-axis along dimension 3; the narrow storage range [-127, 127] is not
// part of the format.
// CHECK: type: INT8,
// CHECK-NEXT: buffer: 1,
// CHECK-NEXT: name: "filter",
// CHECK-NEXT: quantization: {
// CHECK-NEXT: scale: [
// CHECK-NEXT: 0.5,
// CHECK-NEXT: 0.25
// CHECK-NEXT: ],
// CHECK-NEXT: zero_point: [
// CHECK-NEXT: 1,
// CHECK-NEXT: -1
// CHECK-NEXT: ],
// CHECK-NEXT: quantized_dimension: 3
// CHECK-NEXT: },

// Per-axis along dimension 0: quantized_dimension is the default, absent.
// CHECK: type: INT32,
// CHECK-NEXT: buffer: 2,
// CHECK-NEXT: name: "bias",
// CHECK-NEXT: quantization: {
// CHECK-NEXT: scale: [
// CHECK-NEXT: 0.0625,
// CHECK-NEXT: 0.03125
// CHECK-NEXT: ],
// CHECK-NEXT: zero_point: [
// CHECK-NEXT: 0,
// CHECK-NEXT: 0
// CHECK-NEXT: ]
// CHECK-NEXT: },

// CHECK: type: INT16,
// CHECK-NEXT: name: "requantize",
// CHECK-NEXT: quantization: {
// CHECK-NEXT: scale: [
// CHECK-NEXT: 0.0625
// CHECK-NEXT: ],
// CHECK-NEXT: zero_point: [
// CHECK-NEXT: 0
// CHECK-NEXT: ]

// CHECK: type: INT4,
// CHECK-NEXT: name: "quantize_i4",
// CHECK-NEXT: quantization: {
// CHECK-NEXT: scale: [
// CHECK-NEXT: 2.0
// CHECK-NEXT: ],
// CHECK-NEXT: zero_point: [
// CHECK-NEXT: -1
// CHECK-NEXT: ]

// CHECK-LABEL: operators: [
// CHECK: builtin_options_type: QuantizeOptions,
// CHECK: builtin_options_type: DequantizeOptions,
// CHECK: builtin_options_type: DequantizeOptions,
// CHECK: builtin_options_type: CastOptions,
// CHECK-NEXT: builtin_options: {
// CHECK-NEXT: in_data_type: INT32,
// CHECK-NEXT: out_data_type: INT64
// CHECK-NEXT: }

// Storage values as int8 (1, -1, 2, -2) and int32 (10, -20) bytes.
// CHECK-LABEL: buffers: [
// CHECK: data: [
// CHECK-NEXT: 1,
// CHECK-NEXT: 255,
// CHECK-NEXT: 2,
// CHECK-NEXT: 254
// CHECK-NEXT: ]
// CHECK: data: [
// CHECK-NEXT: 10,
// CHECK-NEXT: 0,
// CHECK-NEXT: 0,
// CHECK-NEXT: 0,
// CHECK-NEXT: 236,
// CHECK-NEXT: 255,
// CHECK-NEXT: 255,
// CHECK-NEXT: 255
// CHECK-NEXT: ]
