// RUN: tico-translate --to-circle %s -o - | tico-translate --from-circle | FileCheck %s

// Strided-slice masks, depthwise dilation and the SHUFFLED16x1FLOAT32
// weights format read back as written.

func.func @main(%m: tensor<4x8xf32>, %b: tensor<2xi32>, %e: tensor<2xi32>, %s: tensor<2xi32>, %img: tensor<1x8x8x3xf32>, %dw: tensor<1x3x3x6xf32>, %x: tensor<2x4xf32>, %w: tensor<8x4xf32>) -> (tensor<1x4x8xf32>, tensor<1x4x2x6xf32>, tensor<2x8xf32>) {
  %none = circle.no_value
  %0 = circle.strided_slice %m, %b, %e, %s {ellipsis_mask = 1 : i32, new_axis_mask = 2 : i32} : (tensor<4x8xf32>, tensor<2xi32>, tensor<2xi32>, tensor<2xi32>) -> tensor<1x4x8xf32>
  %1 = circle.depthwise_conv_2d %img, %dw, %none {padding = #circle<padding VALID>, depth_multiplier = 2 : i32, stride_h = 1 : i32, stride_w = 1 : i32, dilation_h_factor = 2 : i32, dilation_w_factor = 3 : i32} : (tensor<1x8x8x3xf32>, tensor<1x3x3x6xf32>, none) -> tensor<1x4x2x6xf32>
  %2 = circle.fully_connected %x, %w, %none {weights_format = #circle<weights_format SHUFFLED16x1FLOAT32>} : (tensor<2x4xf32>, tensor<8x4xf32>, none) -> tensor<2x8xf32>
  return %0, %1, %2 : tensor<1x4x8xf32>, tensor<1x4x2x6xf32>, tensor<2x8xf32>
}

// CHECK-LABEL: func.func @main(
// CHECK: circle.strided_slice %arg0, %arg1, %arg2, %arg3 {ellipsis_mask = 1 : i32, new_axis_mask = 2 : i32} : (tensor<4x8xf32>, tensor<2xi32>, tensor<2xi32>, tensor<2xi32>) -> tensor<1x4x8xf32>
// CHECK: circle.depthwise_conv_2d %arg4, %arg5, %{{[0-9]+}} {depth_multiplier = 2 : i32, dilation_h_factor = 2 : i32, dilation_w_factor = 3 : i32, padding = #circle<padding VALID>, stride_h = 1 : i32, stride_w = 1 : i32} : (tensor<1x8x8x3xf32>, tensor<1x3x3x6xf32>, none) -> tensor<1x4x2x6xf32>
// CHECK: circle.fully_connected %arg6, %arg7, %{{[0-9]+}} {weights_format = #circle<weights_format SHUFFLED16x1FLOAT32>} : (tensor<2x4xf32>, tensor<8x4xf32>, none) -> tensor<2x8xf32>
