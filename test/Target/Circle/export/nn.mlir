// RUN: tico-translate --to-circle %s -o %t.circle
// RUN: tico-circle dump %t.circle | FileCheck %s

// Neural-network operators with non-default options, including the
// Circle-only RMS_NORM (-6) and ROPE (-7).

func.func @main(%x: tensor<1x3x4xf32>, %w: tensor<8x4xf32>, %g: tensor<8xf32>, %n: tensor<1x4x8xf32>, %a: tensor<1x4x3xf32>, %bm: tensor<2x5x4xf32>, %img: tensor<1x8x8x3xf32>, %f: tensor<16x3x3x3xf32>, %fb: tensor<16xf32>, %dw: tensor<1x3x3x6xf32>, %r: tensor<1x4x8x16xf32>, %sin: tensor<1x1x8x16xf32>, %cos: tensor<1x1x8x16xf32>, %axis: tensor<i32>) -> (tensor<1x3x8xf32>, tensor<1x4x8xf32>, tensor<2x3x5xf32>, tensor<1x1x4x16xf32>, tensor<1x3x2x6xf32>, tensor<1x2x4x3xf32>, tensor<1x4x8x16xf32>, tensor<1x4x8x16xf32>, tensor<1x4x8x16xf32>) {
  %none = circle.no_value
  %0 = circle.fully_connected %x, %w, %none {fused_activation_function = #circle<act RELU>, weights_format = #circle<weights_format SHUFFLED4x16INT8>, keep_num_dims = true, asymmetric_quantize_inputs = true} : (tensor<1x3x4xf32>, tensor<8x4xf32>, none) -> tensor<1x3x8xf32> loc("fc")
  %1 = circle.rms_norm %n, %g {epsilon = 0.25 : f32} : (tensor<1x4x8xf32>, tensor<8xf32>) -> tensor<1x4x8xf32> loc("rms_norm")
  %2 = circle.batch_matmul %a, %bm {adjoint_lhs = true, adjoint_rhs = true, asymmetric_quantize_inputs = true} : (tensor<1x4x3xf32>, tensor<2x5x4xf32>) -> tensor<2x3x5xf32> loc("batch_matmul")
  %3 = circle.conv_2d %img, %f, %fb {padding = #circle<padding VALID>, dilation_h_factor = 3 : i32, dilation_w_factor = 2 : i32, fused_activation_function = #circle<act RELU6>, stride_h = 2 : i32, stride_w = 1 : i32} : (tensor<1x8x8x3xf32>, tensor<16x3x3x3xf32>, tensor<16xf32>) -> tensor<1x1x4x16xf32> loc("conv")
  %4 = circle.depthwise_conv_2d %img, %dw, %none {padding = #circle<padding VALID>, depth_multiplier = 2 : i32, stride_h = 2 : i32, stride_w = 3 : i32, dilation_h_factor = 1 : i32, dilation_w_factor = 1 : i32, fused_activation_function = #circle<act RELU_N1_TO_1>} : (tensor<1x8x8x3xf32>, tensor<1x3x3x6xf32>, none) -> tensor<1x3x2x6xf32> loc("depthwise")
  %5 = circle.average_pool_2d %img {filter_height = 3 : i32, filter_width = 2 : i32, fused_activation_function = #circle<act RELU>, stride_h = 3 : i32, stride_w = 2 : i32, padding = #circle<padding VALID>} : (tensor<1x8x8x3xf32>) -> tensor<1x2x4x3xf32> loc("avg_pool")
  %6 = circle.softmax %r {beta = 0.5 : f32} : (tensor<1x4x8x16xf32>) -> tensor<1x4x8x16xf32> loc("softmax")
  %7 = circle.rope %r, %sin, %cos {mode = #circle<rope_mode GPT_J>} : (tensor<1x4x8x16xf32>, tensor<1x1x8x16xf32>, tensor<1x1x8x16xf32>) -> tensor<1x4x8x16xf32> loc("rope")
  %8 = circle.cumsum %r, %axis {exclusive = true, reverse = true} : (tensor<1x4x8x16xf32>, tensor<i32>) -> tensor<1x4x8x16xf32> loc("cumsum")
  return %0, %1, %2, %3, %4, %5, %6, %7, %8 : tensor<1x3x8xf32>, tensor<1x4x8xf32>, tensor<2x3x5xf32>, tensor<1x1x4x16xf32>, tensor<1x3x2x6xf32>, tensor<1x2x4x3xf32>, tensor<1x4x8x16xf32>, tensor<1x4x8x16xf32>, tensor<1x4x8x16xf32>
}

// Circle-only operators keep their negative code in deprecated_builtin_code
// (ONE's readers use it unless it is 127); CUMSUM (128) does not fit a byte.
// CHECK-LABEL: operator_codes: [
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 9,
// keep_num_dims = true: FULLY_CONNECTED version 5 (TFLite op_version).
// CHECK-NEXT: version: 5,
// CHECK-NEXT: builtin_code: FULLY_CONNECTED
// CHECK-NEXT: },
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: -6,
// CHECK-NEXT: builtin_code: RMS_NORM
// CHECK-NEXT: },
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 126,
// CHECK-NEXT: builtin_code: BATCH_MATMUL
// CHECK-NEXT: },
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 3,
// CHECK-NEXT: builtin_code: CONV_2D
// CHECK-NEXT: },
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 4,
// CHECK-NEXT: builtin_code: DEPTHWISE_CONV_2D
// CHECK-NEXT: },
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 1,
// CHECK-NEXT: builtin_code: AVERAGE_POOL_2D
// CHECK-NEXT: },
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 25,
// CHECK-NEXT: builtin_code: SOFTMAX
// CHECK-NEXT: },
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: -7,
// CHECK-NEXT: builtin_code: ROPE
// CHECK-NEXT: },
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 127,
// CHECK-NEXT: builtin_code: CUMSUM
// CHECK-NEXT: }
// CHECK-NEXT: ],

// The absent bias (circle.no_value) is input -1.
// CHECK-LABEL: operators: [
// CHECK-NEXT: {
// CHECK-NEXT: inputs: [
// CHECK-NEXT: 0,
// CHECK-NEXT: 1,
// CHECK-NEXT: -1
// CHECK-NEXT: ],
// CHECK: builtin_options_type: FullyConnectedOptions,
// CHECK-NEXT: builtin_options: {
// CHECK-NEXT: fused_activation_function: RELU,
// CHECK-NEXT: weights_format: SHUFFLED4x16INT8,
// CHECK-NEXT: keep_num_dims: true,
// CHECK-NEXT: asymmetric_quantize_inputs: true
// CHECK-NEXT: }

// CHECK: opcode_index: 1,
// CHECK: builtin_options_type: RmsNormOptions,
// CHECK-NEXT: builtin_options: {
// CHECK-NEXT: epsilon: 0.25
// CHECK-NEXT: }

// CHECK: opcode_index: 2,
// CHECK: builtin_options_type: BatchMatMulOptions,
// CHECK-NEXT: builtin_options: {
// CHECK-NEXT: adjoint_lhs: true,
// CHECK-NEXT: adjoint_rhs: true,
// CHECK-NEXT: asymmetric_quantize_inputs: true
// CHECK-NEXT: }

// CHECK: opcode_index: 3,
// CHECK: builtin_options_type: Conv2DOptions,
// CHECK-NEXT: builtin_options: {
// CHECK-NEXT: padding: VALID,
// CHECK-NEXT: stride_w: 1,
// CHECK-NEXT: stride_h: 2,
// CHECK-NEXT: fused_activation_function: RELU6,
// CHECK-NEXT: dilation_w_factor: 2,
// CHECK-NEXT: dilation_h_factor: 3
// CHECK-NEXT: }

// Dilation 1 is the schema default and is not stored.
// CHECK: opcode_index: 4,
// CHECK-NEXT: inputs: [
// CHECK-NEXT: 6,
// CHECK-NEXT: 9,
// CHECK-NEXT: -1
// CHECK-NEXT: ],
// CHECK: builtin_options_type: DepthwiseConv2DOptions,
// CHECK-NEXT: builtin_options: {
// CHECK-NEXT: padding: VALID,
// CHECK-NEXT: stride_w: 3,
// CHECK-NEXT: stride_h: 2,
// CHECK-NEXT: depth_multiplier: 2,
// CHECK-NEXT: fused_activation_function: RELU_N1_TO_1
// CHECK-NEXT: }

// CHECK: opcode_index: 5,
// CHECK: builtin_options_type: Pool2DOptions,
// CHECK-NEXT: builtin_options: {
// CHECK-NEXT: padding: VALID,
// CHECK-NEXT: stride_w: 2,
// CHECK-NEXT: stride_h: 3,
// CHECK-NEXT: filter_width: 2,
// CHECK-NEXT: filter_height: 3,
// CHECK-NEXT: fused_activation_function: RELU
// CHECK-NEXT: }

// CHECK: opcode_index: 6,
// CHECK: builtin_options_type: SoftmaxOptions,
// CHECK-NEXT: builtin_options: {
// CHECK-NEXT: beta: 0.5
// CHECK-NEXT: }

// CHECK: opcode_index: 7,
// CHECK: builtin_options_type: RoPEOptions,
// CHECK-NEXT: builtin_options: {
// CHECK-NEXT: mode: GPT_J
// CHECK-NEXT: }

// CHECK: opcode_index: 8,
// CHECK: builtin_options_type: CumsumOptions,
// CHECK-NEXT: builtin_options: {
// CHECK-NEXT: exclusive: true,
// CHECK-NEXT: reverse: true
// CHECK-NEXT: }
