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
