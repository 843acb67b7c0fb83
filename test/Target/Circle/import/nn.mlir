// RUN: tico-translate --to-circle %s -o - | tico-translate --from-circle | FileCheck %s
// RUN: tico-translate --to-circle --use-buffer-offset %s -o - | tico-translate --from-circle | FileCheck %s

// Neural-network operators (FULLY_CONNECTED ... CUMSUM, RMS_NORM, ROPE) read back from
// the exported file: every op with its attributes and types, as written.

func.func @main(%x: tensor<1x3x4xf32>, %w: tensor<8x4xf32>, %g: tensor<8xf32>, %n: tensor<1x4x8xf32>, %a: tensor<1x4x3xf32>, %bm: tensor<2x5x4xf32>, %img: tensor<1x8x8x3xf32>, %f: tensor<16x3x3x3xf32>, %fb: tensor<16xf32>, %dw: tensor<1x3x3x6xf32>, %r: tensor<1x4x8x16xf32>, %sin: tensor<1x1x8x16xf32>, %cos: tensor<1x1x8x16xf32>, %axis: tensor<i32>) -> (tensor<1x3x8xf32>, tensor<1x4x8xf32>, tensor<2x3x5xf32>, tensor<1x1x4x16xf32>, tensor<1x3x2x6xf32>, tensor<1x2x4x3xf32>, tensor<1x4x8x16xf32>, tensor<1x4x8x16xf32>, tensor<1x4x8x16xf32>) {
  %none = circle.no_value
  %0 = circle.fully_connected %x, %w, %none {fused_activation_function = #circle<act RELU>, weights_format = #circle<weights_format SHUFFLED4x16INT8>, keep_num_dims = true, asymmetric_quantize_inputs = true} : (tensor<1x3x4xf32>, tensor<8x4xf32>, none) -> tensor<1x3x8xf32>
  %1 = circle.rms_norm %n, %g {epsilon = 0.25 : f32} : (tensor<1x4x8xf32>, tensor<8xf32>) -> tensor<1x4x8xf32>
  %2 = circle.batch_matmul %a, %bm {adjoint_lhs = true, adjoint_rhs = true, asymmetric_quantize_inputs = true} : (tensor<1x4x3xf32>, tensor<2x5x4xf32>) -> tensor<2x3x5xf32>
  %3 = circle.conv_2d %img, %f, %fb {padding = #circle<padding VALID>, dilation_h_factor = 3 : i32, dilation_w_factor = 2 : i32, fused_activation_function = #circle<act RELU6>, stride_h = 2 : i32, stride_w = 1 : i32} : (tensor<1x8x8x3xf32>, tensor<16x3x3x3xf32>, tensor<16xf32>) -> tensor<1x1x4x16xf32>
  %4 = circle.depthwise_conv_2d %img, %dw, %none {padding = #circle<padding VALID>, depth_multiplier = 2 : i32, stride_h = 2 : i32, stride_w = 3 : i32, dilation_h_factor = 1 : i32, dilation_w_factor = 1 : i32, fused_activation_function = #circle<act RELU_N1_TO_1>} : (tensor<1x8x8x3xf32>, tensor<1x3x3x6xf32>, none) -> tensor<1x3x2x6xf32>
  %5 = circle.average_pool_2d %img {filter_height = 3 : i32, filter_width = 2 : i32, fused_activation_function = #circle<act RELU>, stride_h = 3 : i32, stride_w = 2 : i32, padding = #circle<padding VALID>} : (tensor<1x8x8x3xf32>) -> tensor<1x2x4x3xf32>
  %6 = circle.softmax %r {beta = 0.5 : f32} : (tensor<1x4x8x16xf32>) -> tensor<1x4x8x16xf32>
  %7 = circle.rope %r, %sin, %cos {mode = #circle<rope_mode GPT_J>} : (tensor<1x4x8x16xf32>, tensor<1x1x8x16xf32>, tensor<1x1x8x16xf32>) -> tensor<1x4x8x16xf32>
  %8 = circle.cumsum %r, %axis {exclusive = true, reverse = true} : (tensor<1x4x8x16xf32>, tensor<i32>) -> tensor<1x4x8x16xf32>
  return %0, %1, %2, %3, %4, %5, %6, %7, %8 : tensor<1x3x8xf32>, tensor<1x4x8xf32>, tensor<2x3x5xf32>, tensor<1x1x4x16xf32>, tensor<1x3x2x6xf32>, tensor<1x2x4x3xf32>, tensor<1x4x8x16xf32>, tensor<1x4x8x16xf32>, tensor<1x4x8x16xf32>
}

// CHECK-LABEL: func.func @main(
// CHECK: circle.fully_connected %arg0, %arg1, %{{[0-9]+}} {asymmetric_quantize_inputs = true, fused_activation_function = #circle<act RELU>, keep_num_dims = true, weights_format = #circle<weights_format SHUFFLED4x16INT8>} : (tensor<1x3x4xf32>, tensor<8x4xf32>, none) -> tensor<1x3x8xf32>
// CHECK: circle.rms_norm %arg3, %arg2 {epsilon = 2.500000e-01 : f32} : (tensor<1x4x8xf32>, tensor<8xf32>) -> tensor<1x4x8xf32>
// CHECK: circle.batch_matmul %arg4, %arg5 {adjoint_lhs = true, adjoint_rhs = true, asymmetric_quantize_inputs = true} : (tensor<1x4x3xf32>, tensor<2x5x4xf32>) -> tensor<2x3x5xf32>
// CHECK: circle.conv_2d %arg6, %arg7, %arg8 {dilation_h_factor = 3 : i32, dilation_w_factor = 2 : i32, fused_activation_function = #circle<act RELU6>, padding = #circle<padding VALID>, stride_h = 2 : i32, stride_w = 1 : i32} : (tensor<1x8x8x3xf32>, tensor<16x3x3x3xf32>, tensor<16xf32>) -> tensor<1x1x4x16xf32>
// CHECK: circle.depthwise_conv_2d %arg6, %arg9, %{{[0-9]+}} {depth_multiplier = 2 : i32, fused_activation_function = #circle<act RELU_N1_TO_1>, padding = #circle<padding VALID>, stride_h = 2 : i32, stride_w = 3 : i32} : (tensor<1x8x8x3xf32>, tensor<1x3x3x6xf32>, none) -> tensor<1x3x2x6xf32>
// CHECK: circle.average_pool_2d %arg6 {filter_height = 3 : i32, filter_width = 2 : i32, fused_activation_function = #circle<act RELU>, padding = #circle<padding VALID>, stride_h = 3 : i32, stride_w = 2 : i32} : (tensor<1x8x8x3xf32>) -> tensor<1x2x4x3xf32>
// CHECK: circle.softmax %arg10 {beta = 5.000000e-01 : f32} : (tensor<1x4x8x16xf32>) -> tensor<1x4x8x16xf32>
// CHECK: circle.rope %arg10, %arg11, %arg12 {mode = #circle<rope_mode GPT_J>} : (tensor<1x4x8x16xf32>, tensor<1x1x8x16xf32>, tensor<1x1x8x16xf32>) -> tensor<1x4x8x16xf32>
// CHECK: circle.cumsum %arg10, %arg13 {exclusive = true, reverse = true} : (tensor<1x4x8x16xf32>, tensor<i32>) -> tensor<1x4x8x16xf32>
