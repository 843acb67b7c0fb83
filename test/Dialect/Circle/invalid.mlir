// RUN: tico-opt %s -split-input-file -verify-diagnostics

func.func @const_storage_mismatch() -> tensor<2x!quant.uniform<i8:f32, 0.5>> {
  // expected-error@+1 {{'circle.const' op value of type 'tensor<3xi8>' cannot initialize a tensor of type 'tensor<2x!quant.uniform<i8:f32, 5.000000e-01>>'}}
  %0 = circle.const dense<[1, 2, 3]> : tensor<3xi8> -> tensor<2x!quant.uniform<i8:f32, 0.5>>
  return %0 : tensor<2x!quant.uniform<i8:f32, 0.5>>
}

// -----

func.func @custom_empty_code(%x: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error@+1 {{'circle.custom' op expected a non-empty custom_code}}
  %0 = circle.custom "" %x : (tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

func.func @add_not_broadcastable(%a: tensor<2x3xf32>, %b: tensor<4xf32>) -> tensor<2x3xf32> {
  // expected-error@+1 {{'circle.add' op operands don't have broadcast-compatible shapes}}
  %0 = circle.add %a, %b : (tensor<2x3xf32>, tensor<4xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

func.func @add_bad_activation(%a: tensor<3xf32>) -> tensor<3xf32> {
  // expected-error@+2 {{expected ::mlir::tico::circle::ActivationFunctionType to be one of: NONE, RELU, RELU_N1_TO_1, RELU6, TANH, SIGN_BIT}}
  // expected-error@+1 {{failed to parse Circle_ActivationAttr parameter 'value'}}
  %0 = circle.add %a, %a {fused_activation_function = #circle<act SIGMOID>} : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
  return %0 : tensor<3xf32>
}

// -----

func.func @exp_integer(%x: tensor<4xi32>) -> tensor<4xi32> {
  // expected-error@+1 {{'circle.exp' op operand #0 must be tensor of 16-bit float or 32-bit float or bfloat16 type or quantized type values}}
  %0 = circle.exp %x : (tensor<4xi32>) -> tensor<4xi32>
  return %0 : tensor<4xi32>
}

// -----

func.func @fully_connected_filter_rank(%x: tensor<3x4xf32>, %w: tensor<8x4x1xf32>) -> tensor<3x8xf32> {
  %none = circle.no_value
  // expected-error@+1 {{'circle.fully_connected' op expected a rank-2 filter [out, in], got rank 3}}
  %0 = circle.fully_connected %x, %w, %none : (tensor<3x4xf32>, tensor<8x4x1xf32>, none) -> tensor<3x8xf32>
  return %0 : tensor<3x8xf32>
}

// -----

func.func @fully_connected_depth(%x: tensor<3x5xf32>, %w: tensor<8x4xf32>) -> tensor<3x8xf32> {
  %none = circle.no_value
  // expected-error@+1 {{'circle.fully_connected' op input depth 5 does not match filter input size 4}}
  %0 = circle.fully_connected %x, %w, %none : (tensor<3x5xf32>, tensor<8x4xf32>, none) -> tensor<3x8xf32>
  return %0 : tensor<3x8xf32>
}

// -----

func.func @fully_connected_bias_rank(%x: tensor<3x4xf32>, %w: tensor<8x4xf32>, %b: tensor<1x8xf32>) -> tensor<3x8xf32> {
  // expected-error@+1 {{'circle.fully_connected' op expected a rank-1 bias, got rank 2}}
  %0 = circle.fully_connected %x, %w, %b : (tensor<3x4xf32>, tensor<8x4xf32>, tensor<1x8xf32>) -> tensor<3x8xf32>
  return %0 : tensor<3x8xf32>
}

// -----

func.func @rms_norm_gamma(%x: tensor<1x4x8xf32>, %g: tensor<4xf32>) -> tensor<1x4x8xf32> {
  // expected-error@+1 {{'circle.rms_norm' op gamma size 4 does not match the last input dimension 8}}
  %0 = circle.rms_norm %x, %g {epsilon = 1.0e-6 : f32} : (tensor<1x4x8xf32>, tensor<4xf32>) -> tensor<1x4x8xf32>
  return %0 : tensor<1x4x8xf32>
}

// -----

func.func @rms_norm_gamma_rank(%x: tensor<1x4x8xf32>, %g: tensor<1x8xf32>) -> tensor<1x4x8xf32> {
  // expected-error@+1 {{'circle.rms_norm' op expected a rank-1 gamma, got rank 2}}
  %0 = circle.rms_norm %x, %g : (tensor<1x4x8xf32>, tensor<1x8xf32>) -> tensor<1x4x8xf32>
  return %0 : tensor<1x4x8xf32>
}

// -----

func.func @rms_norm_epsilon(%x: tensor<1x4x8xf32>, %g: tensor<8xf32>) -> tensor<1x4x8xf32> {
  // expected-error@+1 {{'circle.rms_norm' op expected a non-negative epsilon, got -1.000000e+00}}
  %0 = circle.rms_norm %x, %g {epsilon = -1.0 : f32} : (tensor<1x4x8xf32>, tensor<8xf32>) -> tensor<1x4x8xf32>
  return %0 : tensor<1x4x8xf32>
}

// -----

func.func @sub_element_mismatch(%a: tensor<3xf32>, %b: tensor<3xi32>) -> tensor<3xf32> {
  // expected-error@+1 {{'circle.sub' op failed to verify that lhs and rhs have the same element type up to quantization parameters}}
  %0 = circle.sub %a, %b : (tensor<3xf32>, tensor<3xi32>) -> tensor<3xf32>
  return %0 : tensor<3xf32>
}

// -----

func.func @mul_quant_storage_mismatch(%a: tensor<3x!quant.uniform<i8:f32, 0.5>>, %b: tensor<3x!quant.uniform<u8:f32, 0.5>>) -> tensor<3x!quant.uniform<i8:f32, 0.5>> {
  // expected-error@+1 {{'circle.mul' op failed to verify that lhs and rhs have the same element type up to quantization parameters}}
  %0 = circle.mul %a, %b : (tensor<3x!quant.uniform<i8:f32, 0.5>>, tensor<3x!quant.uniform<u8:f32, 0.5>>) -> tensor<3x!quant.uniform<i8:f32, 0.5>>
  return %0 : tensor<3x!quant.uniform<i8:f32, 0.5>>
}

// -----

func.func @div_result_mismatch(%a: tensor<3xf32>) -> tensor<3xf16> {
  // expected-error@+1 {{'circle.div' op failed to verify that lhs and output have the same element type up to quantization parameters}}
  %0 = circle.div %a, %a : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf16>
  return %0 : tensor<3xf16>
}

// -----

func.func @pow_not_broadcastable(%a: tensor<2x3xf32>, %b: tensor<2xf32>) -> tensor<2x3xf32> {
  // expected-error@+1 {{'circle.pow' op operands don't have broadcast-compatible shapes}}
  %0 = circle.pow %a, %b : (tensor<2x3xf32>, tensor<2xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

func.func @tanh_result_type(%x: tensor<4xf32>) -> tensor<4xf16> {
  // expected-error@+1 {{'circle.tanh' op failed to verify that input and output have the same element type up to quantization parameters}}
  %0 = circle.tanh %x : (tensor<4xf32>) -> tensor<4xf16>
  return %0 : tensor<4xf16>
}

// -----

func.func @relu_shape(%x: tensor<4xf32>) -> tensor<2xf32> {
  // expected-error@+1 {{'circle.relu' op requires the same shape for all operands and results}}
  %0 = circle.relu %x : (tensor<4xf32>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}

// -----

func.func @less_result_not_bool(%a: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error@+1 {{'circle.less' op result #0 must be tensor of 1-bit signless integer values}}
  %0 = circle.less %a, %a : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

func.func @equal_operand_mismatch(%a: tensor<4xf32>, %b: tensor<4xi32>) -> tensor<4xi1> {
  // expected-error@+1 {{'circle.equal' op failed to verify that lhs and rhs have the same element type up to quantization parameters}}
  %0 = circle.equal %a, %b : (tensor<4xf32>, tensor<4xi32>) -> tensor<4xi1>
  return %0 : tensor<4xi1>
}

// -----

func.func @logical_and_float(%a: tensor<4xf32>) -> tensor<4xi1> {
  // expected-error@+1 {{'circle.logical_and' op operand #0 must be tensor of 1-bit signless integer values}}
  %0 = circle.logical_and %a, %a : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xi1>
  return %0 : tensor<4xi1>
}

// -----

func.func @select_v2_condition(%c: tensor<4xi32>, %x: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error@+1 {{'circle.select_v2' op operand #0 must be tensor of 1-bit signless integer values}}
  %0 = circle.select_v2 %c, %x, %x : (tensor<4xi32>, tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

func.func @cast_quantized(%x: tensor<4x!quant.uniform<i8:f32, 0.5>>) -> tensor<4xf32> {
  // expected-error@+1 {{'circle.cast' op operand #0 must be tensor of Circle plain element type values}}
  %0 = circle.cast %x : (tensor<4x!quant.uniform<i8:f32, 0.5>>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

func.func @quantize_to_float(%x: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error@+1 {{'circle.quantize' op result #0 must be tensor of quantized type values}}
  %0 = circle.quantize %x : (tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

func.func @quantize_expressed_type(%x: tensor<4xf16>) -> tensor<4x!quant.uniform<i8:f32, 0.5>> {
  // expected-error@+1 {{'circle.quantize' op expected a float input of the result's expressed type 'f32', got 'f16'}}
  %0 = circle.quantize %x : (tensor<4xf16>) -> tensor<4x!quant.uniform<i8:f32, 0.5>>
  return %0 : tensor<4x!quant.uniform<i8:f32, 0.5>>
}

// -----

func.func @dequantize_float_input(%x: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error@+1 {{'circle.dequantize' op operand #0 must be tensor of quantized type or 16-bit float values}}
  %0 = circle.dequantize %x : (tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

func.func @dequantize_expressed_type(%x: tensor<4x!quant.uniform<i8:f32, 0.5>>) -> tensor<4xf16> {
  // expected-error@+1 {{'circle.dequantize' op expected a result element type 'f32', got 'f16'}}
  %0 = circle.dequantize %x : (tensor<4x!quant.uniform<i8:f32, 0.5>>) -> tensor<4xf16>
  return %0 : tensor<4xf16>
}

// -----

func.func @dequantize_f16_to_f16(%x: tensor<4xf16>) -> tensor<4xf16> {
  // expected-error@+1 {{'circle.dequantize' op expected a result element type 'f32', got 'f16'}}
  %0 = circle.dequantize %x : (tensor<4xf16>) -> tensor<4xf16>
  return %0 : tensor<4xf16>
}

// -----

func.func @batch_matmul_rank(%a: tensor<4xf32>, %b: tensor<4x5xf32>) -> tensor<5xf32> {
  // expected-error@+1 {{'circle.batch_matmul' op expected lhs of rank >= 2, got rank 1}}
  %0 = circle.batch_matmul %a, %b : (tensor<4xf32>, tensor<4x5xf32>) -> tensor<5xf32>
  return %0 : tensor<5xf32>
}

// -----

func.func @batch_matmul_contraction(%a: tensor<3x4xf32>, %b: tensor<5x4xf32>) -> tensor<3x4xf32> {
  // expected-error@+1 {{'circle.batch_matmul' op lhs contraction size 4 does not match rhs contraction size 5}}
  %0 = circle.batch_matmul %a, %b : (tensor<3x4xf32>, tensor<5x4xf32>) -> tensor<3x4xf32>
  return %0 : tensor<3x4xf32>
}

// -----

func.func @batch_matmul_batch(%a: tensor<2x3x4xf32>, %b: tensor<3x4x5xf32>) -> tensor<2x3x5xf32> {
  // expected-error@+1 {{'circle.batch_matmul' op batch dimensions [2] and [3] are not broadcast-compatible}}
  %0 = circle.batch_matmul %a, %b : (tensor<2x3x4xf32>, tensor<3x4x5xf32>) -> tensor<2x3x5xf32>
  return %0 : tensor<2x3x5xf32>
}

// -----

func.func @batch_matmul_result(%a: tensor<2x3x4xf32>, %b: tensor<4x5xf32>) -> tensor<2x5x3xf32> {
  // expected-error@+1 {{'circle.batch_matmul' op expected result shape [2, 3, 5], got [2, 5, 3]}}
  %0 = circle.batch_matmul %a, %b : (tensor<2x3x4xf32>, tensor<4x5xf32>) -> tensor<2x5x3xf32>
  return %0 : tensor<2x5x3xf32>
}

// -----

func.func @conv_filter_rank(%x: tensor<1x8x8x3xf32>, %w: tensor<16x3x3xf32>) -> tensor<1x6x6x16xf32> {
  %none = circle.no_value
  // expected-error@+1 {{'circle.conv_2d' op expected a rank-4 filter [O, H, W, I], got rank 3}}
  %0 = circle.conv_2d %x, %w, %none {stride_h = 1 : i32, stride_w = 1 : i32} : (tensor<1x8x8x3xf32>, tensor<16x3x3xf32>, none) -> tensor<1x6x6x16xf32>
  return %0 : tensor<1x6x6x16xf32>
}

// -----

func.func @conv_input_rank(%x: tensor<8x8x3xf32>, %w: tensor<16x3x3x3xf32>) -> tensor<1x6x6x16xf32> {
  %none = circle.no_value
  // expected-error@+1 {{'circle.conv_2d' op expected a rank-4 NHWC input, got rank 3}}
  %0 = circle.conv_2d %x, %w, %none {stride_h = 1 : i32, stride_w = 1 : i32} : (tensor<8x8x3xf32>, tensor<16x3x3x3xf32>, none) -> tensor<1x6x6x16xf32>
  return %0 : tensor<1x6x6x16xf32>
}

// -----

func.func @conv_depth(%x: tensor<1x8x8x4xf32>, %w: tensor<16x3x3x3xf32>) -> tensor<1x6x6x16xf32> {
  %none = circle.no_value
  // expected-error@+1 {{'circle.conv_2d' op input depth 4 is not a multiple of the filter input depth 3}}
  %0 = circle.conv_2d %x, %w, %none {padding = #circle<padding VALID>, stride_h = 1 : i32, stride_w = 1 : i32} : (tensor<1x8x8x4xf32>, tensor<16x3x3x3xf32>, none) -> tensor<1x6x6x16xf32>
  return %0 : tensor<1x6x6x16xf32>
}

// -----

func.func @conv_bias(%x: tensor<1x8x8x3xf32>, %w: tensor<16x3x3x3xf32>, %b: tensor<8xf32>) -> tensor<1x6x6x16xf32> {
  // expected-error@+1 {{'circle.conv_2d' op bias size 8 does not match output depth 16}}
  %0 = circle.conv_2d %x, %w, %b {padding = #circle<padding VALID>, stride_h = 1 : i32, stride_w = 1 : i32} : (tensor<1x8x8x3xf32>, tensor<16x3x3x3xf32>, tensor<8xf32>) -> tensor<1x6x6x16xf32>
  return %0 : tensor<1x6x6x16xf32>
}

// -----

func.func @conv_stride(%x: tensor<1x8x8x3xf32>, %w: tensor<16x3x3x3xf32>) -> tensor<1x6x6x16xf32> {
  %none = circle.no_value
  // expected-error@+1 {{'circle.conv_2d' op expected a positive stride_w, got 0}}
  %0 = circle.conv_2d %x, %w, %none {stride_h = 1 : i32, stride_w = 0 : i32} : (tensor<1x8x8x3xf32>, tensor<16x3x3x3xf32>, none) -> tensor<1x6x6x16xf32>
  return %0 : tensor<1x6x6x16xf32>
}

// -----

func.func @conv_dilation(%x: tensor<1x8x8x3xf32>, %w: tensor<16x3x3x3xf32>) -> tensor<1x6x6x16xf32> {
  %none = circle.no_value
  // expected-error@+1 {{'circle.conv_2d' op expected a positive dilation_h_factor, got -1}}
  %0 = circle.conv_2d %x, %w, %none {dilation_h_factor = -1 : i32, stride_h = 1 : i32, stride_w = 1 : i32} : (tensor<1x8x8x3xf32>, tensor<16x3x3x3xf32>, none) -> tensor<1x6x6x16xf32>
  return %0 : tensor<1x6x6x16xf32>
}

// -----

func.func @conv_result(%x: tensor<1x8x8x3xf32>, %w: tensor<16x3x3x3xf32>) -> tensor<1x6x6x16xf32> {
  %none = circle.no_value
  // expected-error@+1 {{'circle.conv_2d' op expected result shape [1, 8, 8, 16], got [1, 6, 6, 16]}}
  %0 = circle.conv_2d %x, %w, %none {stride_h = 1 : i32, stride_w = 1 : i32} : (tensor<1x8x8x3xf32>, tensor<16x3x3x3xf32>, none) -> tensor<1x6x6x16xf32>
  return %0 : tensor<1x6x6x16xf32>
}

// -----

func.func @conv_window_too_large(%x: tensor<1x2x2x3xf32>, %w: tensor<16x3x3x3xf32>) -> tensor<1x1x1x16xf32> {
  %none = circle.no_value
  // expected-error@+1 {{'circle.conv_2d' op the window does not fit in the input [1, 2, 2, 3] with VALID padding}}
  %0 = circle.conv_2d %x, %w, %none {padding = #circle<padding VALID>, stride_h = 1 : i32, stride_w = 1 : i32} : (tensor<1x2x2x3xf32>, tensor<16x3x3x3xf32>, none) -> tensor<1x1x1x16xf32>
  return %0 : tensor<1x1x1x16xf32>
}

// -----

func.func @conv_missing_stride(%x: tensor<1x8x8x3xf32>, %w: tensor<16x3x3x3xf32>) -> tensor<1x8x8x16xf32> {
  %none = circle.no_value
  // expected-error@+1 {{'circle.conv_2d' op requires attribute 'stride_h'}}
  %0 = circle.conv_2d %x, %w, %none {stride_w = 1 : i32} : (tensor<1x8x8x3xf32>, tensor<16x3x3x3xf32>, none) -> tensor<1x8x8x16xf32>
  return %0 : tensor<1x8x8x16xf32>
}

// -----

func.func @depthwise_multiplier(%x: tensor<1x8x8x3xf32>, %w: tensor<1x3x3x6xf32>) -> tensor<1x8x8x6xf32> {
  %none = circle.no_value
  // expected-error@+1 {{'circle.depthwise_conv_2d' op expected a positive depth_multiplier, got 0}}
  %0 = circle.depthwise_conv_2d %x, %w, %none {depth_multiplier = 0 : i32, stride_h = 1 : i32, stride_w = 1 : i32} : (tensor<1x8x8x3xf32>, tensor<1x3x3x6xf32>, none) -> tensor<1x8x8x6xf32>
  return %0 : tensor<1x8x8x6xf32>
}

// -----

func.func @depthwise_filter_dim0(%x: tensor<1x8x8x3xf32>, %w: tensor<2x3x3x6xf32>) -> tensor<1x8x8x6xf32> {
  %none = circle.no_value
  // expected-error@+1 {{'circle.depthwise_conv_2d' op expected filter dimension 0 to be 1, got 2}}
  %0 = circle.depthwise_conv_2d %x, %w, %none {depth_multiplier = 2 : i32, stride_h = 1 : i32, stride_w = 1 : i32} : (tensor<1x8x8x3xf32>, tensor<2x3x3x6xf32>, none) -> tensor<1x8x8x6xf32>
  return %0 : tensor<1x8x8x6xf32>
}

// -----

func.func @depthwise_filter_depth(%x: tensor<1x8x8x3xf32>, %w: tensor<1x3x3x6xf32>) -> tensor<1x8x8x6xf32> {
  %none = circle.no_value
  // expected-error@+1 {{'circle.depthwise_conv_2d' op filter depth 6 does not match input depth 3 times depth_multiplier 1}}
  %0 = circle.depthwise_conv_2d %x, %w, %none {depth_multiplier = 1 : i32, stride_h = 1 : i32, stride_w = 1 : i32} : (tensor<1x8x8x3xf32>, tensor<1x3x3x6xf32>, none) -> tensor<1x8x8x6xf32>
  return %0 : tensor<1x8x8x6xf32>
}

// -----

func.func @average_pool_filter(%x: tensor<1x8x8x3xf32>) -> tensor<1x8x8x3xf32> {
  // expected-error@+1 {{'circle.average_pool_2d' op expected a positive filter_width, got 0}}
  %0 = circle.average_pool_2d %x {filter_height = 2 : i32, filter_width = 0 : i32, stride_h = 1 : i32, stride_w = 1 : i32} : (tensor<1x8x8x3xf32>) -> tensor<1x8x8x3xf32>
  return %0 : tensor<1x8x8x3xf32>
}

// -----

func.func @average_pool_result(%x: tensor<1x8x8x3xf32>) -> tensor<1x4x4x3xf32> {
  // expected-error@+1 {{'circle.average_pool_2d' op expected result shape [1, 7, 7, 3], got [1, 4, 4, 3]}}
  %0 = circle.average_pool_2d %x {filter_height = 2 : i32, filter_width = 2 : i32, padding = #circle<padding VALID>, stride_h = 1 : i32, stride_w = 1 : i32} : (tensor<1x8x8x3xf32>) -> tensor<1x4x4x3xf32>
  return %0 : tensor<1x4x4x3xf32>
}

// -----

func.func @softmax_scalar(%x: tensor<f32>) -> tensor<f32> {
  // expected-error@+1 {{'circle.softmax' op expected an input of rank >= 1}}
  %0 = circle.softmax %x {beta = 1.0 : f32} : (tensor<f32>) -> tensor<f32>
  return %0 : tensor<f32>
}

// -----

func.func @softmax_missing_beta(%x: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error@+1 {{'circle.softmax' op requires attribute 'beta'}}
  %0 = circle.softmax %x : (tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

func.func @rope_rank(%x: tensor<4x8x16xf32>, %t: tensor<1x1x8x16xf32>) -> tensor<4x8x16xf32> {
  // expected-error@+1 {{'circle.rope' op expected a rank-4 input [batch, heads, tokens, head_dim], got rank 3}}
  %0 = circle.rope %x, %t, %t : (tensor<4x8x16xf32>, tensor<1x1x8x16xf32>, tensor<1x1x8x16xf32>) -> tensor<4x8x16xf32>
  return %0 : tensor<4x8x16xf32>
}

// -----

func.func @rope_table(%x: tensor<1x4x8x16xf32>, %s: tensor<1x1x8x16xf32>, %c: tensor<1x1x8x8xf32>) -> tensor<1x4x8x16xf32> {
  // expected-error@+1 {{'circle.rope' op cos_table last dimension 8 does not match head_dim 16}}
  %0 = circle.rope %x, %s, %c : (tensor<1x4x8x16xf32>, tensor<1x1x8x16xf32>, tensor<1x1x8x8xf32>) -> tensor<1x4x8x16xf32>
  return %0 : tensor<1x4x8x16xf32>
}

// -----

func.func @cumsum_axis(%x: tensor<2x8xf32>) -> tensor<2x8xf32> {
  %axis = circle.const dense<2> : tensor<i32>
  // expected-error@+1 {{'circle.cumsum' op expected axis in [-2, 2), got 2}}
  %0 = circle.cumsum %x, %axis : (tensor<2x8xf32>, tensor<i32>) -> tensor<2x8xf32>
  return %0 : tensor<2x8xf32>
}

// -----

func.func @cumsum_axis_count(%x: tensor<2x8xf32>, %axis: tensor<2xi32>) -> tensor<2x8xf32> {
  // expected-error@+1 {{'circle.cumsum' op expected a single axis value, got 'tensor<2xi32>'}}
  %0 = circle.cumsum %x, %axis : (tensor<2x8xf32>, tensor<2xi32>) -> tensor<2x8xf32>
  return %0 : tensor<2x8xf32>
}

// -----

func.func @mean_axes_rank(%x: tensor<2x8xf32>, %axes: tensor<1x1xi32>) -> tensor<2xf32> {
  // expected-error@+1 {{'circle.mean' op expected a scalar or rank-1 axes, got rank 2}}
  %0 = circle.mean %x, %axes : (tensor<2x8xf32>, tensor<1x1xi32>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}

// -----

func.func @sum_axis_range(%x: tensor<2x8xf32>) -> tensor<2xf32> {
  %axes = circle.const dense<[-3]> : tensor<1xi32>
  // expected-error@+1 {{'circle.sum' op expected axis in [-2, 2), got -3}}
  %0 = circle.sum %x, %axes : (tensor<2x8xf32>, tensor<1xi32>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}

// -----

func.func @reduce_max_keep_dims(%x: tensor<2x8xf32>) -> tensor<2xf32> {
  %axes = circle.const dense<[1]> : tensor<1xi32>
  // expected-error@+1 {{'circle.reduce_max' op expected result shape [2, 1], got [2]}}
  %0 = circle.reduce_max %x, %axes {keep_dims = true} : (tensor<2x8xf32>, tensor<1xi32>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}

// -----

func.func @reshape_shape_rank(%x: tensor<2x3xf32>, %s: tensor<1x1xi32>) -> tensor<6xf32> {
  // expected-error@+1 {{'circle.reshape' op expected a rank-1 shape, got rank 2}}
  %0 = circle.reshape %x, %s : (tensor<2x3xf32>, tensor<1x1xi32>) -> tensor<6xf32>
  return %0 : tensor<6xf32>
}

// -----

func.func @reshape_two_inferred(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
  %s = circle.const dense<[-1, -1]> : tensor<2xi32>
  // expected-error@+1 {{'circle.reshape' op expected at most one -1 in shape, got [-1, -1]}}
  %0 = circle.reshape %x, %s : (tensor<2x3xf32>, tensor<2xi32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

func.func @reshape_shape_mismatch(%x: tensor<2x3xf32>) -> tensor<3x2xf32> {
  %s = circle.const dense<[2, 3]> : tensor<2xi32>
  // expected-error@+1 {{'circle.reshape' op expected result shape [2, 3], got [3, 2]}}
  %0 = circle.reshape %x, %s : (tensor<2x3xf32>, tensor<2xi32>) -> tensor<3x2xf32>
  return %0 : tensor<3x2xf32>
}

// -----

func.func @reshape_element_count(%x: tensor<2x3xf32>, %s: tensor<1xi32>) -> tensor<5xf32> {
  // expected-error@+1 {{'circle.reshape' op input has 6 elements but the result has 5}}
  %0 = circle.reshape %x, %s : (tensor<2x3xf32>, tensor<1xi32>) -> tensor<5xf32>
  return %0 : tensor<5xf32>
}

// -----

func.func @transpose_perm_length(%x: tensor<2x3xf32>, %p: tensor<3xi32>) -> tensor<3x2xf32> {
  // expected-error@+1 {{'circle.transpose' op expected 2 perm entries, got 3}}
  %0 = circle.transpose %x, %p : (tensor<2x3xf32>, tensor<3xi32>) -> tensor<3x2xf32>
  return %0 : tensor<3x2xf32>
}

// -----

func.func @transpose_not_permutation(%x: tensor<2x3xf32>) -> tensor<2x2xf32> {
  %p = circle.const dense<[0, 0]> : tensor<2xi32>
  // expected-error@+1 {{'circle.transpose' op expected perm to be a permutation of [0, 2), got [0, 0]}}
  %0 = circle.transpose %x, %p : (tensor<2x3xf32>, tensor<2xi32>) -> tensor<2x2xf32>
  return %0 : tensor<2x2xf32>
}

// -----

func.func @transpose_result(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
  %p = circle.const dense<[1, 0]> : tensor<2xi32>
  // expected-error@+1 {{'circle.transpose' op expected result shape [3, 2], got [2, 3]}}
  %0 = circle.transpose %x, %p : (tensor<2x3xf32>, tensor<2xi32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

func.func @strided_slice_lengths(%x: tensor<4x8xf32>, %b: tensor<2xi32>, %e: tensor<1xi32>) -> tensor<4xf32> {
  // expected-error@+1 {{'circle.strided_slice' op expected 2 end entries, got 1}}
  %0 = circle.strided_slice %x, %b, %e, %b : (tensor<4x8xf32>, tensor<2xi32>, tensor<1xi32>, tensor<2xi32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

func.func @strided_slice_ellipsis(%x: tensor<4x8xf32>, %b: tensor<2xi32>) -> tensor<4x8xf32> {
  // expected-error@+1 {{'circle.strided_slice' op expected at most one bit in ellipsis_mask, got 3}}
  %0 = circle.strided_slice %x, %b, %b, %b {ellipsis_mask = 3 : i32} : (tensor<4x8xf32>, tensor<2xi32>, tensor<2xi32>, tensor<2xi32>) -> tensor<4x8xf32>
  return %0 : tensor<4x8xf32>
}

// -----

func.func @strided_slice_too_long(%x: tensor<4x8xf32>, %b: tensor<3xi32>) -> tensor<4x8xf32> {
  // expected-error@+1 {{'circle.strided_slice' op expected at most 2 slice entries for a rank-2 input, got 3}}
  %0 = circle.strided_slice %x, %b, %b, %b : (tensor<4x8xf32>, tensor<3xi32>, tensor<3xi32>, tensor<3xi32>) -> tensor<4x8xf32>
  return %0 : tensor<4x8xf32>
}

// -----

func.func @strided_slice_zero_stride(%x: tensor<4x8xf32>, %b: tensor<2xi32>) -> tensor<4x8xf32> {
  %s = circle.const dense<[1, 0]> : tensor<2xi32>
  // expected-error@+1 {{'circle.strided_slice' op expected non-zero strides, got [1, 0]}}
  %0 = circle.strided_slice %x, %b, %b, %s : (tensor<4x8xf32>, tensor<2xi32>, tensor<2xi32>, tensor<2xi32>) -> tensor<4x8xf32>
  return %0 : tensor<4x8xf32>
}

// -----

func.func @slice_begin_length(%x: tensor<4x8xf32>, %b: tensor<1xi32>, %s: tensor<2xi32>) -> tensor<2x8xf32> {
  // expected-error@+1 {{'circle.slice' op expected 2 begin entries, got 1}}
  %0 = circle.slice %x, %b, %s : (tensor<4x8xf32>, tensor<1xi32>, tensor<2xi32>) -> tensor<2x8xf32>
  return %0 : tensor<2x8xf32>
}

// -----

func.func @slice_out_of_bounds(%x: tensor<4x8xf32>) -> tensor<2x8xf32> {
  %b = circle.const dense<[3, 0]> : tensor<2xi32>
  %s = circle.const dense<[2, -1]> : tensor<2xi32>
  // expected-error@+1 {{'circle.slice' op slice of size 2 at 3 is out of bounds of dimension 0 of size 4}}
  %0 = circle.slice %x, %b, %s : (tensor<4x8xf32>, tensor<2xi32>, tensor<2xi32>) -> tensor<2x8xf32>
  return %0 : tensor<2x8xf32>
}

// -----

func.func @slice_result(%x: tensor<4x8xf32>) -> tensor<2x8xf32> {
  %b = circle.const dense<[1, 2]> : tensor<2xi32>
  %s = circle.const dense<[2, -1]> : tensor<2xi32>
  // expected-error@+1 {{'circle.slice' op expected result shape [2, 6], got [2, 8]}}
  %0 = circle.slice %x, %b, %s : (tensor<4x8xf32>, tensor<2xi32>, tensor<2xi32>) -> tensor<2x8xf32>
  return %0 : tensor<2x8xf32>
}

// -----

func.func @concatenation_empty() -> tensor<2xf32> {
  // expected-error@+1 {{'circle.concatenation' op expected at least one input}}
  %0 = circle.concatenation : () -> tensor<2xf32>
  return %0 : tensor<2xf32>
}

// -----

func.func @concatenation_axis(%a: tensor<2x3xf32>) -> tensor<2x6xf32> {
  // expected-error@+1 {{'circle.concatenation' op expected axis in [-2, 2), got 2}}
  %0 = circle.concatenation %a, %a {axis = 2 : i32} : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x6xf32>
  return %0 : tensor<2x6xf32>
}

// -----

func.func @concatenation_rank(%a: tensor<2x3xf32>, %b: tensor<3xf32>) -> tensor<2x6xf32> {
  // expected-error@+1 {{'circle.concatenation' op expected inputs of rank 2, got rank 1 for input #1}}
  %0 = circle.concatenation %a, %b {axis = 1 : i32} : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x6xf32>
  return %0 : tensor<2x6xf32>
}

// -----

func.func @concatenation_dims(%a: tensor<2x3xf32>, %b: tensor<4x3xf32>) -> tensor<2x6xf32> {
  // expected-error@+1 {{'circle.concatenation' op dimension 0 of input #1 is 4, expected 2}}
  %0 = circle.concatenation %a, %b {axis = 1 : i32} : (tensor<2x3xf32>, tensor<4x3xf32>) -> tensor<2x6xf32>
  return %0 : tensor<2x6xf32>
}

// -----

func.func @concatenation_element(%a: tensor<2x3xf32>, %b: tensor<2x3xi32>) -> tensor<2x6xf32> {
  // expected-error@+1 {{'circle.concatenation' op input #1 element type 'i32' does not match the result's 'f32'}}
  %0 = circle.concatenation %a, %b {axis = 1 : i32} : (tensor<2x3xf32>, tensor<2x3xi32>) -> tensor<2x6xf32>
  return %0 : tensor<2x6xf32>
}

// -----

func.func @concatenation_result(%a: tensor<2x3xf32>) -> tensor<2x5xf32> {
  // expected-error@+1 {{'circle.concatenation' op expected result shape [2, 6], got [2, 5]}}
  %0 = circle.concatenation %a, %a {axis = -1 : i32} : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x5xf32>
  return %0 : tensor<2x5xf32>
}

// -----

func.func @split_no_results(%axis: tensor<i32>, %x: tensor<4x8xf32>) {
  // expected-error@+1 {{'circle.split' op expected at least one result}}
  circle.split %axis, %x : (tensor<i32>, tensor<4x8xf32>) -> ()
  return
}

// -----

func.func @split_divisible(%x: tensor<4x7xf32>) -> tensor<4x3xf32> {
  %axis = circle.const dense<1> : tensor<i32>
  // expected-error@+1 {{'circle.split' op input dimension 7 along axis 1 is not divisible into 2 results}}
  %0:2 = circle.split %axis, %x : (tensor<i32>, tensor<4x7xf32>) -> (tensor<4x3xf32>, tensor<4x3xf32>)
  return %0#0 : tensor<4x3xf32>
}

// -----

func.func @split_axis(%x: tensor<4x8xf32>) -> tensor<4x4xf32> {
  %axis = circle.const dense<-3> : tensor<i32>
  // expected-error@+1 {{'circle.split' op expected axis in [-2, 2), got -3}}
  %0:2 = circle.split %axis, %x : (tensor<i32>, tensor<4x8xf32>) -> (tensor<4x4xf32>, tensor<4x4xf32>)
  return %0#0 : tensor<4x4xf32>
}

// -----

func.func @split_result(%x: tensor<4x8xf32>) -> tensor<4x4xf32> {
  %axis = circle.const dense<0> : tensor<i32>
  // expected-error@+1 {{'circle.split' op expected result #1 shape [2, 8], got [4, 4]}}
  %0:2 = circle.split %axis, %x : (tensor<i32>, tensor<4x8xf32>) -> (tensor<2x8xf32>, tensor<4x4xf32>)
  return %0#1 : tensor<4x4xf32>
}

// -----

func.func @split_element(%axis: tensor<i32>, %x: tensor<4x8xf32>) -> tensor<4x4xi32> {
  // expected-error@+1 {{'circle.split' op result #0 element type 'i32' does not match the input's 'f32'}}
  %0:2 = circle.split %axis, %x : (tensor<i32>, tensor<4x8xf32>) -> (tensor<4x4xi32>, tensor<4x4xf32>)
  return %0#0 : tensor<4x4xi32>
}

// -----

func.func @split_v_count(%x: tensor<4x8xf32>, %sizes: tensor<3xi32>, %axis: tensor<i32>) -> tensor<4x3xf32> {
  // expected-error@+1 {{'circle.split_v' op expected 2 size_splits entries, got 3}}
  %0:2 = circle.split_v %x, %sizes, %axis : (tensor<4x8xf32>, tensor<3xi32>, tensor<i32>) -> (tensor<4x3xf32>, tensor<4x5xf32>)
  return %0#0 : tensor<4x3xf32>
}

// -----

func.func @split_v_sum(%x: tensor<4x8xf32>) -> tensor<4x3xf32> {
  %sizes = circle.const dense<[3, 4]> : tensor<2xi32>
  %axis = circle.const dense<1> : tensor<i32>
  // expected-error@+1 {{'circle.split_v' op size_splits [3, 4] do not add up to the input dimension 8 along axis 1}}
  %0:2 = circle.split_v %x, %sizes, %axis : (tensor<4x8xf32>, tensor<2xi32>, tensor<i32>) -> (tensor<4x3xf32>, tensor<4x4xf32>)
  return %0#0 : tensor<4x3xf32>
}

// -----

func.func @split_v_two_inferred(%x: tensor<4x8xf32>) -> tensor<4x4xf32> {
  %sizes = circle.const dense<[-1, -1]> : tensor<2xi32>
  %axis = circle.const dense<1> : tensor<i32>
  // expected-error@+1 {{'circle.split_v' op expected non-negative size_splits with at most one -1, got [-1, -1]}}
  %0:2 = circle.split_v %x, %sizes, %axis : (tensor<4x8xf32>, tensor<2xi32>, tensor<i32>) -> (tensor<4x4xf32>, tensor<4x4xf32>)
  return %0#0 : tensor<4x4xf32>
}

// -----

func.func @split_v_result(%x: tensor<4x8xf32>) -> tensor<4x3xf32> {
  %sizes = circle.const dense<[3, -1]> : tensor<2xi32>
  %axis = circle.const dense<1> : tensor<i32>
  // expected-error@+1 {{'circle.split_v' op expected result #1 shape [4, 5], got [4, 4]}}
  %0:2 = circle.split_v %x, %sizes, %axis : (tensor<4x8xf32>, tensor<2xi32>, tensor<i32>) -> (tensor<4x3xf32>, tensor<4x4xf32>)
  return %0#0 : tensor<4x3xf32>
}

// -----

func.func @broadcast_to_incompatible(%x: tensor<2x3xf32>, %s: tensor<2xi32>) -> tensor<4x3xf32> {
  // expected-error@+1 {{'circle.broadcast_to' op input shape [2, 3] cannot be broadcast to [4, 3]}}
  %0 = circle.broadcast_to %x, %s : (tensor<2x3xf32>, tensor<2xi32>) -> tensor<4x3xf32>
  return %0 : tensor<4x3xf32>
}

// -----

func.func @broadcast_to_shape(%x: tensor<1x3xf32>) -> tensor<4x3xf32> {
  %s = circle.const dense<[5, 3]> : tensor<2xi32>
  // expected-error@+1 {{'circle.broadcast_to' op expected result shape [5, 3], got [4, 3]}}
  %0 = circle.broadcast_to %x, %s : (tensor<1x3xf32>, tensor<2xi32>) -> tensor<4x3xf32>
  return %0 : tensor<4x3xf32>
}

// -----

func.func @expand_dims_axis(%x: tensor<2x3xf32>) -> tensor<2x3x1xf32> {
  %axis = circle.const dense<3> : tensor<i32>
  // expected-error@+1 {{'circle.expand_dims' op expected axis in [-3, 3), got 3}}
  %0 = circle.expand_dims %x, %axis : (tensor<2x3xf32>, tensor<i32>) -> tensor<2x3x1xf32>
  return %0 : tensor<2x3x1xf32>
}

// -----

func.func @expand_dims_rank(%x: tensor<2x3xf32>, %axis: tensor<i32>) -> tensor<2x3xf32> {
  // expected-error@+1 {{'circle.expand_dims' op expected a result of rank 3, got rank 2}}
  %0 = circle.expand_dims %x, %axis : (tensor<2x3xf32>, tensor<i32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

func.func @squeeze_not_one(%x: tensor<2x1x3xf32>) -> tensor<1x3xf32> {
  // expected-error@+1 {{'circle.squeeze' op cannot squeeze dimension 0 of size 2}}
  %0 = circle.squeeze %x {squeeze_dims = array<i32: 0>} : (tensor<2x1x3xf32>) -> tensor<1x3xf32>
  return %0 : tensor<1x3xf32>
}

// -----

func.func @squeeze_range(%x: tensor<2x1x3xf32>) -> tensor<2x3xf32> {
  // expected-error@+1 {{'circle.squeeze' op expected squeeze_dims entry in [-3, 3), got 3}}
  %0 = circle.squeeze %x {squeeze_dims = array<i32: 3>} : (tensor<2x1x3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

func.func @squeeze_all_result(%x: tensor<1x2x1xf32>) -> tensor<1x2xf32> {
  // expected-error@+1 {{'circle.squeeze' op expected result shape [2], got [1, 2]}}
  %0 = circle.squeeze %x : (tensor<1x2x1xf32>) -> tensor<1x2xf32>
  return %0 : tensor<1x2xf32>
}

// -----

func.func @pad_paddings_shape(%x: tensor<2x3xf32>, %p: tensor<3x2xi32>) -> tensor<4x4xf32> {
  // expected-error@+1 {{'circle.pad' op expected paddings shape [2, 2], got [3, 2]}}
  %0 = circle.pad %x, %p : (tensor<2x3xf32>, tensor<3x2xi32>) -> tensor<4x4xf32>
  return %0 : tensor<4x4xf32>
}

// -----

func.func @pad_negative(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
  %p = circle.const dense<[[0, 0], [1, -1]]> : tensor<2x2xi32>
  // expected-error@+1 {{'circle.pad' op expected non-negative paddings, got [0, 0, 1, -1]}}
  %0 = circle.pad %x, %p : (tensor<2x3xf32>, tensor<2x2xi32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

func.func @pad_result(%x: tensor<2x3xf32>) -> tensor<4x4xf32> {
  %p = circle.const dense<[[1, 1], [0, 0]]> : tensor<2x2xi32>
  // expected-error@+1 {{'circle.pad' op expected result shape [4, 3], got [4, 4]}}
  %0 = circle.pad %x, %p : (tensor<2x3xf32>, tensor<2x2xi32>) -> tensor<4x4xf32>
  return %0 : tensor<4x4xf32>
}

// -----

func.func @tile_length(%x: tensor<2x3xf32>, %m: tensor<3xi32>) -> tensor<4x3xf32> {
  // expected-error@+1 {{'circle.tile' op expected 2 multiples entries, got 3}}
  %0 = circle.tile %x, %m : (tensor<2x3xf32>, tensor<3xi32>) -> tensor<4x3xf32>
  return %0 : tensor<4x3xf32>
}

// -----

func.func @tile_result(%x: tensor<2x3xf32>) -> tensor<4x3xf32> {
  %m = circle.const dense<[2, 2]> : tensor<2xi32>
  // expected-error@+1 {{'circle.tile' op expected result shape [4, 6], got [4, 3]}}
  %0 = circle.tile %x, %m : (tensor<2x3xf32>, tensor<2xi32>) -> tensor<4x3xf32>
  return %0 : tensor<4x3xf32>
}

// -----

func.func @gather_axis(%p: tensor<100x16xf32>, %i: tensor<4xi32>) -> tensor<4x16xf32> {
  // expected-error@+1 {{'circle.gather' op expected axis in [-2, 2), got 2}}
  %0 = circle.gather %p, %i {axis = 2 : i32} : (tensor<100x16xf32>, tensor<4xi32>) -> tensor<4x16xf32>
  return %0 : tensor<4x16xf32>
}

// -----

func.func @gather_batch_dims(%p: tensor<2x5x6xf32>, %i: tensor<2x3xi32>) -> tensor<2x3x6xf32> {
  // expected-error@+1 {{'circle.gather' op expected batch_dims <= axis, got batch_dims 1 and axis 0}}
  %0 = circle.gather %p, %i {batch_dims = 1 : i32} : (tensor<2x5x6xf32>, tensor<2x3xi32>) -> tensor<2x3x6xf32>
  return %0 : tensor<2x3x6xf32>
}

// -----

func.func @gather_result(%p: tensor<100x16xf32>, %i: tensor<4xi32>) -> tensor<100x4xf32> {
  // expected-error@+1 {{'circle.gather' op expected result shape [4, 16], got [100, 4]}}
  %0 = circle.gather %p, %i : (tensor<100x16xf32>, tensor<4xi32>) -> tensor<100x4xf32>
  return %0 : tensor<100x4xf32>
}

// -----

func.func @gather_float_indices(%p: tensor<100x16xf32>, %i: tensor<4xf32>) -> tensor<4x16xf32> {
  // expected-error@+1 {{'circle.gather' op operand #1 must be tensor of 32-bit signless integer or 64-bit signless integer values}}
  %0 = circle.gather %p, %i : (tensor<100x16xf32>, tensor<4xf32>) -> tensor<4x16xf32>
  return %0 : tensor<4x16xf32>
}

// -----

func.func @gather_nd_depth(%p: tensor<4x5xf32>, %i: tensor<3x3xi32>) -> tensor<3xf32> {
  // expected-error@+1 {{'circle.gather_nd' op index depth 3 exceeds the params rank 2}}
  %0 = circle.gather_nd %p, %i : (tensor<4x5xf32>, tensor<3x3xi32>) -> tensor<3xf32>
  return %0 : tensor<3xf32>
}

// -----

func.func @gather_nd_scalar_indices(%p: tensor<4x5xf32>, %i: tensor<i32>) -> tensor<5xf32> {
  // expected-error@+1 {{'circle.gather_nd' op expected indices of rank >= 1}}
  %0 = circle.gather_nd %p, %i : (tensor<4x5xf32>, tensor<i32>) -> tensor<5xf32>
  return %0 : tensor<5xf32>
}

// -----

func.func @gather_nd_result(%p: tensor<4x5x6xf32>, %i: tensor<3x1xi32>) -> tensor<3x6xf32> {
  // expected-error@+1 {{'circle.gather_nd' op expected result shape [3, 5, 6], got [3, 6]}}
  %0 = circle.gather_nd %p, %i : (tensor<4x5x6xf32>, tensor<3x1xi32>) -> tensor<3x6xf32>
  return %0 : tensor<3x6xf32>
}

// -----

func.func @scatter_nd_updates(%i: tensor<3x1xi32>, %u: tensor<3x5xf32>, %s: tensor<2xi32>) -> tensor<8x6xf32> {
  // expected-error@+1 {{'circle.scatter_nd' op expected updates shape [3, 6], got [3, 5]}}
  %0 = circle.scatter_nd %i, %u, %s : (tensor<3x1xi32>, tensor<3x5xf32>, tensor<2xi32>) -> tensor<8x6xf32>
  return %0 : tensor<8x6xf32>
}

// -----

func.func @scatter_nd_shape(%i: tensor<3x1xi32>, %u: tensor<3x6xf32>) -> tensor<8x6xf32> {
  %s = circle.const dense<[9, 6]> : tensor<2xi32>
  // expected-error@+1 {{'circle.scatter_nd' op expected result shape [9, 6], got [8, 6]}}
  %0 = circle.scatter_nd %i, %u, %s : (tensor<3x1xi32>, tensor<3x6xf32>, tensor<2xi32>) -> tensor<8x6xf32>
  return %0 : tensor<8x6xf32>
}

// -----

func.func @tile_negative(%x: tensor<2x3xf32>) -> tensor<4x3xf32> {
  %m = circle.const dense<[2, -1]> : tensor<2xi32>
  // expected-error@+1 {{'circle.tile' op expected non-negative multiples, got [2, -1]}}
  %0 = circle.tile %x, %m : (tensor<2x3xf32>, tensor<2xi32>) -> tensor<4x3xf32>
  return %0 : tensor<4x3xf32>
}

// -----

func.func @tile_rank(%x: tensor<2x3xf32>, %m: tensor<2xi32>) -> tensor<6xf32> {
  // expected-error@+1 {{'circle.tile' op expected a result of rank 2, got rank 1}}
  %0 = circle.tile %x, %m : (tensor<2x3xf32>, tensor<2xi32>) -> tensor<6xf32>
  return %0 : tensor<6xf32>
}

// -----

func.func @gather_batch_dims_range(%p: tensor<2x5x6xf32>, %i: tensor<2x3xi32>) -> tensor<2x3x6xf32> {
  // expected-error@+1 {{'circle.gather' op expected batch_dims in [-2, 2], got 3}}
  %0 = circle.gather %p, %i {axis = 1 : i32, batch_dims = 3 : i32} : (tensor<2x5x6xf32>, tensor<2x3xi32>) -> tensor<2x3x6xf32>
  return %0 : tensor<2x3x6xf32>
}

// -----

func.func @rope_table_rank(%x: tensor<1x4x8x16xf32>, %s: tensor<8x16xf32>, %c: tensor<1x1x8x16xf32>) -> tensor<1x4x8x16xf32> {
  // expected-error@+1 {{'circle.rope' op expected a rank-4 sin_table, got rank 2}}
  %0 = circle.rope %x, %s, %c : (tensor<1x4x8x16xf32>, tensor<8x16xf32>, tensor<1x1x8x16xf32>) -> tensor<1x4x8x16xf32>
  return %0 : tensor<1x4x8x16xf32>
}

// -----

func.func @average_pool_rank(%x: tensor<8x8x3xf32>) -> tensor<4x4x3xf32> {
  // expected-error@+1 {{'circle.average_pool_2d' op expected a rank-4 NHWC input, got rank 3}}
  %0 = circle.average_pool_2d %x {filter_height = 2 : i32, filter_width = 2 : i32, stride_h = 2 : i32, stride_w = 2 : i32} : (tensor<8x8x3xf32>) -> tensor<4x4x3xf32>
  return %0 : tensor<4x4x3xf32>
}
