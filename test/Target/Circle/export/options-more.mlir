// RUN: tico-translate --to-circle %s -o %t.circle
// RUN: tico-circle dump %t.circle | FileCheck %s

// Option fields not set in the other files: STRIDED_SLICE ellipsis_mask and
// new_axis_mask, DEPTHWISE_CONV_2D dilation, FULLY_CONNECTED's Circle-only
// weights format SHUFFLED16x1FLOAT32 (127).

func.func @main(%m: tensor<4x8xf32>, %b: tensor<2xi32>, %e: tensor<2xi32>, %s: tensor<2xi32>, %img: tensor<1x8x8x3xf32>, %dw: tensor<1x3x3x6xf32>, %x: tensor<2x4xf32>, %w: tensor<8x4xf32>) -> (tensor<1x4x8xf32>, tensor<1x4x2x6xf32>, tensor<2x8xf32>) {
  %none = circle.no_value
  %0 = circle.strided_slice %m, %b, %e, %s {ellipsis_mask = 1 : i32, new_axis_mask = 2 : i32} : (tensor<4x8xf32>, tensor<2xi32>, tensor<2xi32>, tensor<2xi32>) -> tensor<1x4x8xf32> loc("strided_slice")
  %1 = circle.depthwise_conv_2d %img, %dw, %none {padding = #circle<padding VALID>, depth_multiplier = 2 : i32, stride_h = 1 : i32, stride_w = 1 : i32, dilation_h_factor = 2 : i32, dilation_w_factor = 3 : i32} : (tensor<1x8x8x3xf32>, tensor<1x3x3x6xf32>, none) -> tensor<1x4x2x6xf32> loc("depthwise")
  %2 = circle.fully_connected %x, %w, %none {weights_format = #circle<weights_format SHUFFLED16x1FLOAT32>} : (tensor<2x4xf32>, tensor<8x4xf32>, none) -> tensor<2x8xf32> loc("fc")
  return %0, %1, %2 : tensor<1x4x8xf32>, tensor<1x4x2x6xf32>, tensor<2x8xf32>
}

// CHECK-LABEL: operators: [
// CHECK: builtin_options_type: StridedSliceOptions,
// CHECK-NEXT: builtin_options: {
// CHECK-NEXT: ellipsis_mask: 1,
// CHECK-NEXT: new_axis_mask: 2
// CHECK-NEXT: }
// CHECK: builtin_options_type: DepthwiseConv2DOptions,
// CHECK-NEXT: builtin_options: {
// CHECK-NEXT: padding: VALID,
// CHECK-NEXT: stride_w: 1,
// CHECK-NEXT: stride_h: 1,
// CHECK-NEXT: depth_multiplier: 2,
// CHECK-NEXT: dilation_w_factor: 3,
// CHECK-NEXT: dilation_h_factor: 2
// CHECK-NEXT: }
// CHECK: builtin_options_type: FullyConnectedOptions,
// CHECK-NEXT: builtin_options: {
// CHECK-NEXT: weights_format: SHUFFLED16x1FLOAT32
// CHECK-NEXT: }
