// RUN: tico-translate --to-circle %s -o - | tico-translate --from-circle | FileCheck %s
// RUN: tico-translate --to-circle --use-buffer-offset %s -o - | tico-translate --from-circle | FileCheck %s

// Quantized tensors (per-tensor, per-axis), QUANTIZE, DEQUANTIZE, CAST read back from
// the exported file: every op with its attributes and types, as written.
// Circle has no storage range: the filter's narrow i8<-127:127> reads back
// as the full i8 range.

func.func @main(%x: tensor<1x4x4x2x!quant.uniform<i8:f32, 0.5:-3>>, %u: tensor<4x!quant.uniform<u8:f32, 0.25:128>>, %f: tensor<4xf32>, %i: tensor<4xi32>, %h: tensor<4xf16>) -> (tensor<1x4x4x2x!quant.uniform<i8:f32, 0.125:5>>, tensor<4x!quant.uniform<i16:f32, 0.0625>>, tensor<4xf32>, tensor<4xf32>, tensor<4xi64>, tensor<4x!quant.uniform<i4:f32, 2.0:-1>>) {
  %w = circle.const dense<[[[[1, -1]]], [[[2, -2]]]]> : tensor<2x1x1x2xi8> -> tensor<2x1x1x2x!quant.uniform<i8<-127:127>:f32:3, {0.5:1, 0.25:-1}>>
  %b = circle.const dense<[10, -20]> : tensor<2xi32> -> tensor<2x!quant.uniform<i32:f32:0, {0.0625, 0.03125}>>
  %0 = circle.conv_2d %x, %w, %b {stride_h = 1 : i32, stride_w = 1 : i32} : (tensor<1x4x4x2x!quant.uniform<i8:f32, 0.5:-3>>, tensor<2x1x1x2x!quant.uniform<i8<-127:127>:f32:3, {0.5:1, 0.25:-1}>>, tensor<2x!quant.uniform<i32:f32:0, {0.0625, 0.03125}>>) -> tensor<1x4x4x2x!quant.uniform<i8:f32, 0.125:5>>
  %1 = circle.quantize %u : (tensor<4x!quant.uniform<u8:f32, 0.25:128>>) -> tensor<4x!quant.uniform<i16:f32, 0.0625>>
  %2 = circle.dequantize %u : (tensor<4x!quant.uniform<u8:f32, 0.25:128>>) -> tensor<4xf32>
  %3 = circle.dequantize %h : (tensor<4xf16>) -> tensor<4xf32>
  %4 = circle.cast %i : (tensor<4xi32>) -> tensor<4xi64>
  %5 = circle.quantize %f : (tensor<4xf32>) -> tensor<4x!quant.uniform<i4:f32, 2.0:-1>>
  return %0, %1, %2, %3, %4, %5 : tensor<1x4x4x2x!quant.uniform<i8:f32, 0.125:5>>, tensor<4x!quant.uniform<i16:f32, 0.0625>>, tensor<4xf32>, tensor<4xf32>, tensor<4xi64>, tensor<4x!quant.uniform<i4:f32, 2.0:-1>>
}

// CHECK-LABEL: func.func @main(
// CHECK: circle.const dense<{{\[\[}}{{\[\[}}1, -1]]], {{\[\[}}[2, -2]]]]> : tensor<2x1x1x2xi8> -> tensor<2x1x1x2x!quant.uniform<i8:f32:3, {5.000000e-01:1,2.500000e-01:-1}>>
// CHECK: circle.const dense<[10, -20]> : tensor<2xi32> -> tensor<2x!quant.uniform<i32:f32:0, {6.250000e-02,3.125000e-02}>>
// CHECK: circle.conv_2d %arg0, %{{[0-9]+}}, %{{[0-9]+}} {stride_h = 1 : i32, stride_w = 1 : i32} : (tensor<1x4x4x2x!quant.uniform<i8:f32, 5.000000e-01:-3>>, tensor<2x1x1x2x!quant.uniform<i8:f32:3, {5.000000e-01:1,2.500000e-01:-1}>>, tensor<2x!quant.uniform<i32:f32:0, {6.250000e-02,3.125000e-02}>>) -> tensor<1x4x4x2x!quant.uniform<i8:f32, 1.250000e-01:5>>
// CHECK: circle.quantize %arg1 : (tensor<4x!quant.uniform<u8:f32, 2.500000e-01:128>>) -> tensor<4x!quant.uniform<i16:f32, 6.250000e-02>>
// CHECK: circle.dequantize %arg1 : (tensor<4x!quant.uniform<u8:f32, 2.500000e-01:128>>) -> tensor<4xf32>
// CHECK: circle.dequantize %arg4 : (tensor<4xf16>) -> tensor<4xf32>
// CHECK: circle.cast %arg3 : (tensor<4xi32>) -> tensor<4xi64>
// CHECK: circle.quantize %arg2 : (tensor<4xf32>) -> tensor<4x!quant.uniform<i4:f32, 2.000000e+00:-1>>
