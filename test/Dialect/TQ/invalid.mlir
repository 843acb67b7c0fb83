// RUN: tico-opt %s -split-input-file -verify-diagnostics

func.func @constant_storage_mismatch() -> tensor<2x!quant.uniform<i8:f32, 0.5>> {
  // expected-error@+1 {{'tq.constant' op value of type 'tensor<2xi16>' cannot initialize a tensor of type 'tensor<2x!quant.uniform<i8:f32, 5.000000e-01>>'}}
  %0 = tq.constant dense<[1, 2]> : tensor<2xi16> -> tensor<2x!quant.uniform<i8:f32, 0.5>>
  return %0 : tensor<2x!quant.uniform<i8:f32, 0.5>>
}

// -----

func.func @add_not_broadcastable(%a: tensor<2x3xf32>, %b: tensor<4xf32>) -> tensor<2x3xf32> {
  // expected-error@+1 {{'tq.add' op operands don't have broadcast-compatible shapes}}
  %0 = tq.add %a, %b : (tensor<2x3xf32>, tensor<4xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

func.func @add_mixed_float(%a: tensor<3xf32>, %b: tensor<3xf16>) -> tensor<3xf32> {
  // expected-error@+1 {{'tq.add' op expected element type 'f32', got 'f16'}}
  %0 = tq.add %a, %b : (tensor<3xf32>, tensor<3xf16>) -> tensor<3xf32>
  return %0 : tensor<3xf32>
}

// -----

func.func @add_mixed_quant(%a: tensor<3xf32>, %b: tensor<3x!quant.uniform<i8:f32, 0.1>>) -> tensor<3xf32> {
  // expected-error@+1 {{'tq.add' op mixes 'f32' and quantized}}
  %0 = tq.add %a, %b : (tensor<3xf32>, tensor<3x!quant.uniform<i8:f32, 0.1>>) -> tensor<3xf32>
  return %0 : tensor<3xf32>
}

// -----

func.func @add_bool(%a: tensor<3xi1>) -> tensor<3xi1> {
  // expected-error@+1 {{'tq.add' op operand #0 must be ranked tensor of float, integer or quantized values}}
  %0 = tq.add %a, %a : (tensor<3xi1>, tensor<3xi1>) -> tensor<3xi1>
  return %0 : tensor<3xi1>
}

// -----

func.func @exp_integer(%x: tensor<4xi32>) -> tensor<4xi32> {
  // expected-error@+1 {{'tq.exp' op operand #0 must be ranked tensor of float or quantized values}}
  %0 = tq.exp %x : (tensor<4xi32>) -> tensor<4xi32>
  return %0 : tensor<4xi32>
}

// -----

func.func @exp_shape(%x: tensor<4xf32>) -> tensor<5xf32> {
  // expected-error@+1 {{'tq.exp' op requires the same shape for all operands and results}}
  %0 = tq.exp %x : (tensor<4xf32>) -> tensor<5xf32>
  return %0 : tensor<5xf32>
}

// -----

func.func @reshape_count(%x: tensor<2x6xf32>) -> tensor<3x5xf32> {
  // expected-error@+1 {{'tq.reshape' op expected the same number of elements, got 12 and 15}}
  %0 = tq.reshape %x : (tensor<2x6xf32>) -> tensor<3x5xf32>
  return %0 : tensor<3x5xf32>
}

// -----

func.func @fake_quant_range(%x: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error@+1 {{'tq.fake_quant' op quant range [-128, 255] does not fit storage type 'i8'}}
  %0 = tq.fake_quant %x {scale = array<f64: 0.1>, zero_point = array<i64: 0>, quant_min = -128 : i64, quant_max = 255 : i64, storage_type = i8} : tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

func.func @fake_quant_min_max(%x: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error@+1 {{'tq.fake_quant' op expected quant_min < quant_max, got 5 and 5}}
  %0 = tq.fake_quant %x {scale = array<f64: 0.1>, zero_point = array<i64: 0>, quant_min = 5 : i64, quant_max = 5 : i64, storage_type = i8} : tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

func.func @fake_quant_axis(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
  // expected-error@+1 {{'tq.fake_quant' op axis 2 out of range for rank 2}}
  %0 = tq.fake_quant %x {axis = 2 : i64, scale = array<f64: 0.1, 0.1>, zero_point = array<i64: 0, 0>, quant_min = -128 : i64, quant_max = 127 : i64, storage_type = i8} : tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

func.func @fake_quant_channels(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
  // expected-error@+1 {{'tq.fake_quant' op expected 3 scales along axis 1, got 2}}
  %0 = tq.fake_quant %x {axis = 1 : i64, scale = array<f64: 0.1, 0.1>, zero_point = array<i64: 0, 0>, quant_min = -128 : i64, quant_max = 127 : i64, storage_type = i8} : tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

func.func @fake_quant_per_tensor(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
  // expected-error@+1 {{'tq.fake_quant' op per-tensor fake_quant expects one scale, got 2}}
  %0 = tq.fake_quant %x {scale = array<f64: 0.1, 0.1>, zero_point = array<i64: 0, 0>, quant_min = -128 : i64, quant_max = 127 : i64, storage_type = i8} : tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

func.func @fake_quant_zero_points(%x: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error@+1 {{'tq.fake_quant' op expected as many zero points as scales, got 2 and 1}}
  %0 = tq.fake_quant %x {scale = array<f64: 0.1>, zero_point = array<i64: 0, 1>, quant_min = -128 : i64, quant_max = 127 : i64, storage_type = i8} : tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

func.func @fake_quant_scale(%x: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error@+1 {{'tq.fake_quant' op scales must be positive, got 0.000000e+00}}
  %0 = tq.fake_quant %x {scale = array<f64: 0.0>, zero_point = array<i64: 0>, quant_min = -128 : i64, quant_max = 127 : i64, storage_type = i8} : tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

func.func @fake_quant_zero_point_range(%x: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error@+1 {{'tq.fake_quant' op zero point 200 outside [-128, 127]}}
  %0 = tq.fake_quant %x {scale = array<f64: 0.1>, zero_point = array<i64: 200>, quant_min = -128 : i64, quant_max = 127 : i64, storage_type = i8} : tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

func.func @quantize_expressed(%x: tensor<4xf16>) -> tensor<4x!quant.uniform<i8:f32, 0.1>> {
  // expected-error@+1 {{'tq.quantize' op expected float type 'f32' expressed by '!quant.uniform<i8:f32, 1.000000e-01>', got 'f16'}}
  %0 = tq.quantize %x : tensor<4xf16> to tensor<4x!quant.uniform<i8:f32, 0.1>>
  return %0 : tensor<4x!quant.uniform<i8:f32, 0.1>>
}

// -----

func.func @dequantize_float_input(%x: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error@+1 {{'tq.dequantize' op operand #0 must be ranked tensor of quantized type values}}
  %0 = tq.dequantize %x : tensor<4xf32> to tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

func.func @sub_not_broadcastable(%a: tensor<2x3xf32>, %b: tensor<4xf32>) {
  // expected-error@+1 {{'tq.sub' op operands don't have broadcast-compatible shapes}}
  %0 = tq.sub %a, %b : (tensor<2x3xf32>, tensor<4xf32>) -> tensor<2x3xf32>
  return
}

// -----

func.func @mul_result_shape(%a: tensor<2x3xf32>, %b: tensor<3xf32>) {
  // expected-error@+1 {{'tq.mul' op result type '3x3' not broadcast compatible with broadcasted operands's shapes '2x3'}}
  %0 = tq.mul %a, %b : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<3x3xf32>
  return
}

// -----

func.func @div_mixed_quant(%a: tensor<3x!quant.uniform<i8:f32, 0.1>>, %b: tensor<3x!quant.uniform<i8:f16, 0.1>>) {
  // expected-error@+1 {{'tq.div' op expected quantized types expressed in 'f32'}}
  %0 = tq.div %a, %b : (tensor<3x!quant.uniform<i8:f32, 0.1>>, tensor<3x!quant.uniform<i8:f16, 0.1>>) -> tensor<3x!quant.uniform<i8:f32, 0.1>>
  return
}

// -----

func.func @pow_mixed_int(%a: tensor<3xi32>, %b: tensor<3xi64>) {
  // expected-error@+1 {{'tq.pow' op expected element type 'i32', got 'i64'}}
  %0 = tq.pow %a, %b : (tensor<3xi32>, tensor<3xi64>) -> tensor<3xi32>
  return
}

// -----

func.func @neg_bool(%x: tensor<4xi1>) {
  // expected-error@+1 {{'tq.neg' op operand #0 must be ranked tensor of float, integer or quantized values}}
  %0 = tq.neg %x : (tensor<4xi1>) -> tensor<4xi1>
  return
}

// -----

func.func @relu_shape(%x: tensor<4xf32>) {
  // expected-error@+1 {{'tq.relu' op requires the same shape for all operands and results}}
  %0 = tq.relu %x : (tensor<4xf32>) -> tensor<2x2xf32>
  return
}

// -----

func.func @log_integer(%x: tensor<4xi32>) {
  // expected-error@+1 {{'tq.log' op operand #0 must be ranked tensor of float or quantized values}}
  %0 = tq.log %x : (tensor<4xi32>) -> tensor<4xi32>
  return
}

// -----

func.func @silu_element(%x: tensor<4xf32>) {
  // expected-error@+1 {{'tq.silu' op expected element type 'f32', got 'bf16'}}
  %0 = tq.silu %x : (tensor<4xf32>) -> tensor<4xbf16>
  return
}

// -----

func.func @gelu_integer(%x: tensor<4xi8>) {
  // expected-error@+1 {{'tq.gelu' op operand #0 must be ranked tensor of float or quantized values}}
  %0 = tq.gelu %x : (tensor<4xi8>) -> tensor<4xi8>
  return
}

// -----

func.func @softmax_axis(%x: tensor<2x3xf32>) {
  // expected-error@+1 {{'tq.softmax' op axis -3 out of range [-2, 2)}}
  %0 = tq.softmax %x {axis = -3 : i64} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return
}

// -----

func.func @softmax_shape(%x: tensor<2x3xf32>) {
  // expected-error@+1 {{'tq.softmax' op requires the same shape for all operands and results}}
  %0 = tq.softmax %x : (tensor<2x3xf32>) -> tensor<3x2xf32>
  return
}

// -----

func.func @rms_norm_weight_size(%x: tensor<2x8xf32>, %w: tensor<4xf32>) {
  // expected-error@+1 {{'tq.rms_norm' op weight size 4 does not match channel size 8}}
  %0 = tq.rms_norm %x, %w : (tensor<2x8xf32>, tensor<4xf32>) -> tensor<2x8xf32>
  return
}

// -----

func.func @rms_norm_weight_rank(%x: tensor<2x8xf32>, %w: tensor<1x8xf32>) {
  // expected-error@+1 {{'tq.rms_norm' op expected weight of rank 1, got 2}}
  %0 = tq.rms_norm %x, %w : (tensor<2x8xf32>, tensor<1x8xf32>) -> tensor<2x8xf32>
  return
}

// -----

func.func @rms_norm_epsilon(%x: tensor<2x8xf32>) {
  // expected-error@+1 {{'tq.rms_norm' op expected epsilon >= 0, got -1}}
  %0 = tq.rms_norm %x {epsilon = -1.0 : f64} : (tensor<2x8xf32>) -> tensor<2x8xf32>
  return
}

// -----

func.func @rms_norm_scalar(%x: tensor<f32>) {
  // expected-error@+1 {{'tq.rms_norm' op expected input of rank at least 1, got 0}}
  %0 = tq.rms_norm %x : (tensor<f32>) -> tensor<f32>
  return
}

// -----

func.func @rms_norm_result(%x: tensor<2x8xf32>) {
  // expected-error@+1 {{'tq.rms_norm' op expected result shape [2, 8], got [8]}}
  %0 = tq.rms_norm %x : (tensor<2x8xf32>) -> tensor<8xf32>
  return
}

// -----

func.func @rms_norm_weight_type(%x: tensor<2x8xf32>, %w: tensor<8xf16>) {
  // expected-error@+1 {{'tq.rms_norm' op expected element type 'f32', got 'f16'}}
  %0 = tq.rms_norm %x, %w : (tensor<2x8xf32>, tensor<8xf16>) -> tensor<2x8xf32>
  return
}

// -----

func.func @layer_norm_bias(%x: tensor<2x8xf32>, %b: tensor<6xf32>) {
  // expected-error@+1 {{'tq.layer_norm' op bias size 6 does not match channel size 8}}
  %0 = tq.layer_norm %x bias %b : (tensor<2x8xf32>, tensor<6xf32>) -> tensor<2x8xf32>
  return
}

// -----

func.func @layer_norm_result(%x: tensor<2x8xf32>) {
  // expected-error@+1 {{'tq.layer_norm' op expected result shape [2, 8], got [2, 4]}}
  %0 = tq.layer_norm %x : (tensor<2x8xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @reduce_empty_axes(%x: tensor<2x3xf32>) {
  // expected-error@+1 {{'tq.reduce_sum' op expected at least one axis}}
  %0 = tq.reduce_sum %x {axes = array<i64>} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return
}

// -----

func.func @reduce_axis_range(%x: tensor<2x3xf32>) {
  // expected-error@+1 {{'tq.reduce_mean' op axes 2 out of range [-2, 2)}}
  %0 = tq.reduce_mean %x {axes = array<i64: 2>} : (tensor<2x3xf32>) -> tensor<2xf32>
  return
}

// -----

func.func @reduce_axis_repeat(%x: tensor<2x3xf32>) {
  // expected-error@+1 {{'tq.reduce_max' op axes repeats axis 1}}
  %0 = tq.reduce_max %x {axes = array<i64: 1, -1>} : (tensor<2x3xf32>) -> tensor<2xf32>
  return
}

// -----

func.func @reduce_keepdim_shape(%x: tensor<2x3xf32>) {
  // expected-error@+1 {{'tq.reduce_mean' op expected result shape [2, 1], got [2]}}
  %0 = tq.reduce_mean %x {axes = array<i64: 1>, keepdim = true} : (tensor<2x3xf32>) -> tensor<2xf32>
  return
}

// -----

func.func @reduce_shape(%x: tensor<2x3xf32>) {
  // expected-error@+1 {{'tq.reduce_sum' op expected result shape [3], got [2]}}
  %0 = tq.reduce_sum %x {axes = array<i64: 0>} : (tensor<2x3xf32>) -> tensor<2xf32>
  return
}

// -----

func.func @reduce_bool(%x: tensor<2x3xi1>) {
  // expected-error@+1 {{'tq.reduce_max' op operand #0 must be ranked tensor of float, integer or quantized values}}
  %0 = tq.reduce_max %x {axes = array<i64: 0>} : (tensor<2x3xi1>) -> tensor<3xi1>
  return
}

// -----

func.func @cumsum_axis(%x: tensor<2x3xi32>) {
  // expected-error@+1 {{'tq.cumsum' op axis 2 out of range [-2, 2)}}
  %0 = tq.cumsum %x {axis = 2 : i64} : (tensor<2x3xi32>) -> tensor<2x3xi32>
  return
}

// -----

func.func @embedding_table_rank(%t: tensor<10x4x2xf32>, %i: tensor<3xi32>) {
  // expected-error@+1 {{'tq.embedding' op expected table of rank 2, got 3}}
  %0 = tq.embedding %t, %i : (tensor<10x4x2xf32>, tensor<3xi32>) -> tensor<3x4xf32>
  return
}

// -----

func.func @embedding_result(%t: tensor<10x4xf32>, %i: tensor<1x3xi32>) {
  // expected-error@+1 {{'tq.embedding' op expected result shape [1, 3, 4], got [3, 4]}}
  %0 = tq.embedding %t, %i : (tensor<10x4xf32>, tensor<1x3xi32>) -> tensor<3x4xf32>
  return
}

// -----

func.func @embedding_float_ids(%t: tensor<10x4xf32>, %i: tensor<3xf32>) {
  // expected-error@+1 {{'tq.embedding' op operand #1 must be ranked tensor of 32/64-bit signless integer values}}
  %0 = tq.embedding %t, %i : (tensor<10x4xf32>, tensor<3xf32>) -> tensor<3x4xf32>
  return
}

// -----

func.func @embedding_element(%t: tensor<10x4xf32>, %i: tensor<3xi32>) {
  // expected-error@+1 {{'tq.embedding' op expected element type 'f32', got 'f16'}}
  %0 = tq.embedding %t, %i : (tensor<10x4xf32>, tensor<3xi32>) -> tensor<3x4xf16>
  return
}

// -----

func.func @linear_weight_rank(%x: tensor<2x8xf32>, %w: tensor<8xf32>) {
  // expected-error@+1 {{'tq.linear' op expected weight of rank 2, got 1}}
  %0 = tq.linear %x, %w : (tensor<2x8xf32>, tensor<8xf32>) -> tensor<2xf32>
  return
}

// -----

func.func @linear_in_features(%x: tensor<2x8xf32>, %w: tensor<4x6xf32>) {
  // expected-error@+1 {{'tq.linear' op weight input size 6 does not match input feature size 8}}
  %0 = tq.linear %x, %w : (tensor<2x8xf32>, tensor<4x6xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @linear_bias(%x: tensor<2x8xf32>, %w: tensor<4x8xf32>, %b: tensor<8xf32>) {
  // expected-error@+1 {{'tq.linear' op bias size 8 does not match channel size 4}}
  %0 = tq.linear %x, %w, %b : (tensor<2x8xf32>, tensor<4x8xf32>, tensor<8xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @linear_result(%x: tensor<2x8xf32>, %w: tensor<4x8xf32>) {
  // expected-error@+1 {{'tq.linear' op expected result shape [2, 4], got [2, 8]}}
  %0 = tq.linear %x, %w : (tensor<2x8xf32>, tensor<4x8xf32>) -> tensor<2x8xf32>
  return
}

// -----

func.func @linear_scalar(%x: tensor<f32>, %w: tensor<4x1xf32>) {
  // expected-error@+1 {{'tq.linear' op expected input of rank at least 1, got 0}}
  %0 = tq.linear %x, %w : (tensor<f32>, tensor<4x1xf32>) -> tensor<4xf32>
  return
}

// -----

func.func @matmul_rank(%a: tensor<8xf32>, %b: tensor<8x4xf32>) {
  // expected-error@+1 {{'tq.matmul' op expected lhs of rank at least 2, got 1}}
  %0 = tq.matmul %a, %b : (tensor<8xf32>, tensor<8x4xf32>) -> tensor<4xf32>
  return
}

// -----

func.func @matmul_contraction(%a: tensor<2x8xf32>, %b: tensor<4x8xf32>) {
  // expected-error@+1 {{'tq.matmul' op lhs contraction size 8 does not match rhs contraction size 4}}
  %0 = tq.matmul %a, %b : (tensor<2x8xf32>, tensor<4x8xf32>) -> tensor<2x8xf32>
  return
}

// -----

func.func @matmul_batch(%a: tensor<2x3x8xf32>, %b: tensor<4x8x5xf32>) {
  // expected-error@+1 {{'tq.matmul' op batch dimensions do not broadcast}}
  %0 = tq.matmul %a, %b : (tensor<2x3x8xf32>, tensor<4x8x5xf32>) -> tensor<2x3x5xf32>
  return
}

// -----

func.func @matmul_result(%a: tensor<2x3x8xf32>, %b: tensor<1x5x8xf32>) {
  // expected-error@+1 {{'tq.matmul' op expected result shape [2, 3, 5], got [2, 3, 8]}}
  %0 = tq.matmul %a, %b {transpose_rhs = true} : (tensor<2x3x8xf32>, tensor<1x5x8xf32>) -> tensor<2x3x8xf32>
  return
}

// -----

func.func @conv2d_input_rank(%x: tensor<3x8x8xf32>, %w: tensor<4x3x3x3xf32>) {
  // expected-error@+1 {{'tq.conv2d' op expected input of rank 4, got 3}}
  %0 = tq.conv2d %x, %w : (tensor<3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x6x6xf32>
  return
}

// -----

func.func @conv2d_groups(%x: tensor<1x4x8x8xf32>, %w: tensor<4x4x3x3xf32>) {
  // expected-error@+1 {{'tq.conv2d' op expected groups >= 1, got 0}}
  %0 = tq.conv2d %x, %w {groups = 0 : i64} : (tensor<1x4x8x8xf32>, tensor<4x4x3x3xf32>) -> tensor<1x4x6x6xf32>
  return
}

// -----

func.func @conv2d_group_channels(%x: tensor<1x6x8x8xf32>, %w: tensor<4x3x3x3xf32>) {
  // expected-error@+1 {{'tq.conv2d' op input channels 6 are not a multiple of groups 4}}
  %0 = tq.conv2d %x, %w {groups = 4 : i64} : (tensor<1x6x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x6x6xf32>
  return
}

// -----

func.func @conv2d_group_out_channels(%x: tensor<1x4x8x8xf32>, %w: tensor<6x2x3x3xf32>) {
  // expected-error@+1 {{'tq.conv2d' op output channels 6 are not a multiple of groups 4}}
  %0 = tq.conv2d %x, %w {groups = 4 : i64} : (tensor<1x4x8x8xf32>, tensor<6x2x3x3xf32>) -> tensor<1x6x6x6xf32>
  return
}

// -----

func.func @conv2d_weight_channels(%x: tensor<1x4x8x8xf32>, %w: tensor<4x4x3x3xf32>) {
  // expected-error@+1 {{'tq.conv2d' op weight input channel size 4 does not match input channels / groups size 2}}
  %0 = tq.conv2d %x, %w {groups = 2 : i64} : (tensor<1x4x8x8xf32>, tensor<4x4x3x3xf32>) -> tensor<1x4x6x6xf32>
  return
}

// -----

func.func @conv2d_bias(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3x3xf32>, %b: tensor<3xf32>) {
  // expected-error@+1 {{'tq.conv2d' op bias size 3 does not match channel size 4}}
  %0 = tq.conv2d %x, %w, %b : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>, tensor<3xf32>) -> tensor<1x4x6x6xf32>
  return
}

// -----

func.func @conv2d_strides_count(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3x3xf32>) {
  // expected-error@+1 {{'tq.conv2d' op expected 2 strides values, got 1}}
  %0 = tq.conv2d %x, %w {strides = array<i64: 1>} : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x6x6xf32>
  return
}

// -----

func.func @conv2d_strides_zero(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3x3xf32>) {
  // expected-error@+1 {{'tq.conv2d' op expected strides >= 1, got 0}}
  %0 = tq.conv2d %x, %w {strides = array<i64: 1, 0>} : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x6x6xf32>
  return
}

// -----

func.func @conv2d_dilations_zero(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3x3xf32>) {
  // expected-error@+1 {{'tq.conv2d' op expected dilations >= 1, got 0}}
  %0 = tq.conv2d %x, %w {dilations = array<i64: 0, 1>} : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x6x6xf32>
  return
}

// -----

func.func @conv2d_padding_count(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3x3xf32>) {
  // expected-error@+1 {{'tq.conv2d' op expected 2 or 4 padding values, got 3}}
  %0 = tq.conv2d %x, %w {padding = array<i64: 1, 1, 1>} : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x8x8xf32>
  return
}

// -----

func.func @conv2d_padding_negative(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3x3xf32>) {
  // expected-error@+1 {{'tq.conv2d' op expected padding >= 0, got -1}}
  %0 = tq.conv2d %x, %w {padding = array<i64: -1, 0>} : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x4x6xf32>
  return
}

// -----

func.func @conv2d_window(%x: tensor<1x3x2x8xf32>, %w: tensor<4x3x3x3xf32>) {
  // expected-error@+1 {{'tq.conv2d' op window does not fit the padded input}}
  %0 = tq.conv2d %x, %w : (tensor<1x3x2x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x0x6xf32>
  return
}

// -----

func.func @conv2d_result(%x: tensor<1x3x8x8xf32>, %w: tensor<4x3x3x3xf32>) {
  // expected-error@+1 {{'tq.conv2d' op expected result shape [1, 4, 8, 6], got [1, 4, 8, 8]}}
  %0 = tq.conv2d %x, %w {padding = array<i64: 1, 0, 1, 0>} : (tensor<1x3x8x8xf32>, tensor<4x3x3x3xf32>) -> tensor<1x4x8x8xf32>
  return
}

// -----

func.func @avg_pool2d_kernel_count(%x: tensor<1x3x8x8xf32>) {
  // expected-error@+1 {{'tq.avg_pool2d' op expected 2 kernel values, got 3}}
  %0 = tq.avg_pool2d %x {kernel = array<i64: 2, 2, 2>, strides = array<i64: 2, 2>} : (tensor<1x3x8x8xf32>) -> tensor<1x3x4x4xf32>
  return
}

// -----

func.func @avg_pool2d_kernel_zero(%x: tensor<1x3x8x8xf32>) {
  // expected-error@+1 {{'tq.avg_pool2d' op expected kernel >= 1, got 0}}
  %0 = tq.avg_pool2d %x {kernel = array<i64: 0, 2>, strides = array<i64: 2, 2>} : (tensor<1x3x8x8xf32>) -> tensor<1x3x4x4xf32>
  return
}

// -----

func.func @avg_pool2d_padding(%x: tensor<1x3x8x8xf32>) {
  // expected-error@+1 {{'tq.avg_pool2d' op expected padding at most half the kernel, got 2 for kernel 2}}
  %0 = tq.avg_pool2d %x {kernel = array<i64: 2, 2>, strides = array<i64: 2, 2>, padding = array<i64: 2, 0>} : (tensor<1x3x8x8xf32>) -> tensor<1x3x6x4xf32>
  return
}

// -----

func.func @avg_pool2d_result(%x: tensor<1x3x8x8xf32>) {
  // expected-error@+1 {{'tq.avg_pool2d' op expected result shape [1, 3, 4, 4], got [1, 3, 8, 8]}}
  %0 = tq.avg_pool2d %x {kernel = array<i64: 2, 2>, strides = array<i64: 2, 2>} : (tensor<1x3x8x8xf32>) -> tensor<1x3x8x8xf32>
  return
}

// -----

func.func @avg_pool2d_input_rank(%x: tensor<3x8x8xf32>) {
  // expected-error@+1 {{'tq.avg_pool2d' op expected input of rank 4, got 3}}
  %0 = tq.avg_pool2d %x {kernel = array<i64: 2, 2>, strides = array<i64: 2, 2>} : (tensor<3x8x8xf32>) -> tensor<3x4x4xf32>
  return
}

// -----

func.func @transpose_not_permutation(%x: tensor<2x3xf32>) {
  // expected-error@+1 {{'tq.transpose' op expected perms to be a permutation of [0, 2), got [1, 1]}}
  %0 = tq.transpose %x {perms = array<i64: 1, 1>} : (tensor<2x3xf32>) -> tensor<3x3xf32>
  return
}

// -----

func.func @transpose_perm_rank(%x: tensor<2x3xf32>) {
  // expected-error@+1 {{'tq.transpose' op expected perms to be a permutation of [0, 2), got [0]}}
  %0 = tq.transpose %x {perms = array<i64: 0>} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return
}

// -----

func.func @transpose_result(%x: tensor<2x3xf32>) {
  // expected-error@+1 {{'tq.transpose' op expected result shape [3, 2], got [2, 3]}}
  %0 = tq.transpose %x {perms = array<i64: 1, 0>} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return
}

// -----

func.func @transpose_element(%x: tensor<2x3xf32>) {
  // expected-error@+1 {{'tq.transpose' op expected element type 'f32', got 'i32'}}
  %0 = tq.transpose %x {perms = array<i64: 1, 0>} : (tensor<2x3xf32>) -> tensor<3x2xi32>
  return
}

// -----

func.func @slice_attr_size(%x: tensor<2x8xf32>) {
  // expected-error@+1 {{'tq.slice' op expected 2 start values, got 1}}
  %0 = tq.slice %x {start = array<i64: 0>, end = array<i64: 2, 8>, step = array<i64: 1, 1>} : (tensor<2x8xf32>) -> tensor<2x8xf32>
  return
}

// -----

func.func @slice_step(%x: tensor<2x8xf32>) {
  // expected-error@+1 {{'tq.slice' op expected step >= 1, got 0}}
  %0 = tq.slice %x {start = array<i64: 0, 0>, end = array<i64: 2, 8>, step = array<i64: 1, 0>} : (tensor<2x8xf32>) -> tensor<2x8xf32>
  return
}

// -----

func.func @slice_result(%x: tensor<2x8xf32>) {
  // expected-error@+1 {{'tq.slice' op expected result shape [2, 2], got [2, 1]}}
  %0 = tq.slice %x {start = array<i64: 0, -3>, end = array<i64: 2, 8>, step = array<i64: 1, 2>} : (tensor<2x8xf32>) -> tensor<2x1xf32>
  return
}

// -----

func.func @concat_empty() {
  // expected-error@+1 {{'tq.concat' op expected at least one input}}
  %0 = tq.concat {axis = 0 : i64} : () -> tensor<2xf32>
  return
}

// -----

func.func @concat_axis(%a: tensor<2x3xf32>) {
  // expected-error@+1 {{'tq.concat' op axis 2 out of range [-2, 2)}}
  %0 = tq.concat %a, %a {axis = 2 : i64} : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x6xf32>
  return
}

// -----

func.func @concat_rank(%a: tensor<2x3xf32>, %b: tensor<3xf32>) {
  // expected-error@+1 {{'tq.concat' op expected every input of rank 2, got 1}}
  %0 = tq.concat %a, %b {axis = 0 : i64} : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<3x3xf32>
  return
}

// -----

func.func @concat_dims(%a: tensor<2x3xf32>, %b: tensor<2x4xf32>) {
  // expected-error@+1 {{'tq.concat' op inputs disagree on dimension 1: 3 and 4}}
  %0 = tq.concat %a, %b {axis = 0 : i64} : (tensor<2x3xf32>, tensor<2x4xf32>) -> tensor<4x3xf32>
  return
}

// -----

func.func @concat_result(%a: tensor<2x3xf32>, %b: tensor<2x4xf32>) {
  // expected-error@+1 {{'tq.concat' op expected result shape [2, 7], got [2, 6]}}
  %0 = tq.concat %a, %b {axis = -1 : i64} : (tensor<2x3xf32>, tensor<2x4xf32>) -> tensor<2x6xf32>
  return
}

// -----

func.func @split_count(%x: tensor<2x8xf32>) {
  // expected-error@+1 {{'tq.split' op expected 2 sizes values, got 3}}
  %0:2 = tq.split %x {axis = 1 : i64, sizes = array<i64: 4, 2, 2>} : (tensor<2x8xf32>) -> (tensor<2x4xf32>, tensor<2x4xf32>)
  return
}

// -----

func.func @split_zero(%x: tensor<2x8xf32>) {
  // expected-error@+1 {{'tq.split' op expected sizes >= 1, got 0}}
  %0:2 = tq.split %x {axis = 1 : i64, sizes = array<i64: 8, 0>} : (tensor<2x8xf32>) -> (tensor<2x8xf32>, tensor<2x0xf32>)
  return
}

// -----

func.func @split_sum(%x: tensor<2x8xf32>) {
  // expected-error@+1 {{'tq.split' op sum of sizes size 7 does not match split axis size 8}}
  %0:2 = tq.split %x {axis = 1 : i64, sizes = array<i64: 4, 3>} : (tensor<2x8xf32>) -> (tensor<2x4xf32>, tensor<2x3xf32>)
  return
}

// -----

func.func @split_result(%x: tensor<2x8xf32>) {
  // expected-error@+1 {{'tq.split' op expected result shape [2, 4], got [1, 4]}}
  %0:2 = tq.split %x {axis = -1 : i64, sizes = array<i64: 4, 4>} : (tensor<2x8xf32>) -> (tensor<2x4xf32>, tensor<1x4xf32>)
  return
}

// -----

func.func @split_axis(%x: tensor<2x8xf32>) {
  // expected-error@+1 {{'tq.split' op axis 2 out of range [-2, 2)}}
  %0:2 = tq.split %x {axis = 2 : i64, sizes = array<i64: 4, 4>} : (tensor<2x8xf32>) -> (tensor<2x4xf32>, tensor<2x4xf32>)
  return
}

// -----

func.func @broadcast_incompatible(%x: tensor<3x2xf32>) {
  // expected-error@+1 {{'tq.broadcast' op cannot broadcast shape [3, 2] to [4, 3, 4]}}
  %0 = tq.broadcast %x : (tensor<3x2xf32>) -> tensor<4x3x4xf32>
  return
}

// -----

func.func @broadcast_rank(%x: tensor<2x3xf32>) {
  // expected-error@+1 {{'tq.broadcast' op cannot broadcast shape [2, 3] to [3]}}
  %0 = tq.broadcast %x : (tensor<2x3xf32>) -> tensor<3xf32>
  return
}

// -----

func.func @squeeze_non_unit(%x: tensor<2x1xf32>) {
  // expected-error@+1 {{'tq.squeeze' op cannot squeeze dimension 0 of size 2}}
  %0 = tq.squeeze %x {dims = array<i64: 0>} : (tensor<2x1xf32>) -> tensor<1xf32>
  return
}

// -----

func.func @squeeze_repeat(%x: tensor<1x1xf32>) {
  // expected-error@+1 {{'tq.squeeze' op dims repeats axis 0}}
  %0 = tq.squeeze %x {dims = array<i64: 0, -2>} : (tensor<1x1xf32>) -> tensor<1xf32>
  return
}

// -----

func.func @squeeze_result(%x: tensor<1x4xf32>) {
  // expected-error@+1 {{'tq.squeeze' op expected result shape [4], got [1, 4]}}
  %0 = tq.squeeze %x {dims = array<i64: 0>} : (tensor<1x4xf32>) -> tensor<1x4xf32>
  return
}

// -----

func.func @unsqueeze_range(%x: tensor<4xf32>) {
  // expected-error@+1 {{'tq.unsqueeze' op dims 2 out of range [-2, 2)}}
  %0 = tq.unsqueeze %x {dims = array<i64: 2>} : (tensor<4xf32>) -> tensor<4x1xf32>
  return
}

// -----

func.func @unsqueeze_result(%x: tensor<4xf32>) {
  // expected-error@+1 {{'tq.unsqueeze' op expected result shape [1, 4], got [4, 1]}}
  %0 = tq.unsqueeze %x {dims = array<i64: 0>} : (tensor<4xf32>) -> tensor<4x1xf32>
  return
}

// -----

func.func @gather_axis(%x: tensor<4x3xf32>, %i: tensor<2xi32>) {
  // expected-error@+1 {{'tq.gather' op axis 2 out of range [-2, 2)}}
  %0 = tq.gather %x, %i {axis = 2 : i64} : (tensor<4x3xf32>, tensor<2xi32>) -> tensor<2x3xf32>
  return
}

// -----

func.func @gather_result(%x: tensor<4x3xf32>, %i: tensor<2x5xi32>) {
  // expected-error@+1 {{'tq.gather' op expected result shape [4, 2, 5], got [4, 10]}}
  %0 = tq.gather %x, %i {axis = 1 : i64} : (tensor<4x3xf32>, tensor<2x5xi32>) -> tensor<4x10xf32>
  return
}

// -----

func.func @gather_element(%x: tensor<4x3xf32>, %i: tensor<2xi32>) {
  // expected-error@+1 {{'tq.gather' op expected element type 'f32', got 'i32'}}
  %0 = tq.gather %x, %i {axis = 0 : i64} : (tensor<4x3xf32>, tensor<2xi32>) -> tensor<2x3xi32>
  return
}

// -----

func.func @gather_float_indices(%x: tensor<4x3xf32>, %i: tensor<2xf32>) {
  // expected-error@+1 {{'tq.gather' op operand #1 must be ranked tensor of 32/64-bit signless integer values}}
  %0 = tq.gather %x, %i {axis = 0 : i64} : (tensor<4x3xf32>, tensor<2xf32>) -> tensor<2x3xf32>
  return
}

// -----

func.func @gather_elements_rank(%x: tensor<4x3xf32>, %i: tensor<2xi32>) {
  // expected-error@+1 {{'tq.gather_elements' op expected indices of rank 2, got 1}}
  %0 = tq.gather_elements %x, %i {axis = 0 : i64} : (tensor<4x3xf32>, tensor<2xi32>) -> tensor<2xf32>
  return
}

// -----

func.func @gather_elements_bound(%x: tensor<4x3xf32>, %i: tensor<2x5xi32>) {
  // expected-error@+1 {{'tq.gather_elements' op indices dimension 1 of size 5 exceeds input size 3}}
  %0 = tq.gather_elements %x, %i {axis = 0 : i64} : (tensor<4x3xf32>, tensor<2x5xi32>) -> tensor<2x5xf32>
  return
}

// -----

func.func @gather_elements_result(%x: tensor<4x3xf32>, %i: tensor<6x3xi32>) {
  // expected-error@+1 {{'tq.gather_elements' op expected result shape [6, 3], got [4, 3]}}
  %0 = tq.gather_elements %x, %i {axis = 0 : i64} : (tensor<4x3xf32>, tensor<6x3xi32>) -> tensor<4x3xf32>
  return
}

// -----

func.func @gather_elements_axis(%x: tensor<4x3xf32>, %i: tensor<4x3xi32>) {
  // expected-error@+1 {{'tq.gather_elements' op axis -3 out of range [-2, 2)}}
  %0 = tq.gather_elements %x, %i {axis = -3 : i64} : (tensor<4x3xf32>, tensor<4x3xi32>) -> tensor<4x3xf32>
  return
}

// -----

func.func @index_select_rank(%x: tensor<4x3xf32>, %i: tensor<2x1xi32>) {
  // expected-error@+1 {{'tq.index_select' op operand #1 must be 1D tensor of 32/64-bit signless integer values}}
  %0 = tq.index_select %x, %i {axis = 0 : i64} : (tensor<4x3xf32>, tensor<2x1xi32>) -> tensor<2x3xf32>
  return
}

// -----

func.func @index_select_result(%x: tensor<4x3xf32>, %i: tensor<2xi32>) {
  // expected-error@+1 {{'tq.index_select' op expected result shape [4, 2], got [2, 3]}}
  %0 = tq.index_select %x, %i {axis = 1 : i64} : (tensor<4x3xf32>, tensor<2xi32>) -> tensor<2x3xf32>
  return
}

// -----

func.func @index_select_axis(%x: tensor<4x3xf32>, %i: tensor<2xi32>) {
  // expected-error@+1 {{'tq.index_select' op axis 5 out of range [-2, 2)}}
  %0 = tq.index_select %x, %i {axis = 5 : i64} : (tensor<4x3xf32>, tensor<2xi32>) -> tensor<2x3xf32>
  return
}

// -----

func.func @maximum_qparams(%a: tensor<4x!quant.uniform<u8:f32, 0.5:10>>, %b: tensor<!quant.uniform<u8:f32, 0.25:10>>) {
  // expected-error@+1 {{'tq.maximum' op expected quantized operands of the result type '!quant.uniform<u8:f32, 5.000000e-01:10>', got '!quant.uniform<u8:f32, 2.500000e-01:10>'}}
  %0 = tq.maximum %a, %b : (tensor<4x!quant.uniform<u8:f32, 0.5:10>>, tensor<!quant.uniform<u8:f32, 0.25:10>>) -> tensor<4x!quant.uniform<u8:f32, 0.5:10>>
  return
}

// -----

func.func @minimum_result_qparams(%a: tensor<4x!quant.uniform<u8:f32, 0.5:10>>) {
  // expected-error@+1 {{'tq.minimum' op expected quantized operands of the result type '!quant.uniform<u8:f32, 2.500000e-01:10>', got '!quant.uniform<u8:f32, 5.000000e-01:10>'}}
  %0 = tq.minimum %a, %a : (tensor<4x!quant.uniform<u8:f32, 0.5:10>>, tensor<4x!quant.uniform<u8:f32, 0.5:10>>) -> tensor<4x!quant.uniform<u8:f32, 0.25:10>>
  return
}

// -----

func.func @where_broadcast(%c: tensor<3xi1>, %a: tensor<4xf32>) {
  // expected-error@+1 {{'tq.where' op operands do not broadcast together}}
  %0 = tq.where %c, %a, %a : (tensor<3xi1>, tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  return
}

// -----

func.func @where_result(%c: tensor<2x1xi1>, %a: tensor<4xf32>) {
  // expected-error@+1 {{'tq.where' op expected result shape [2, 4], got [4]}}
  %0 = tq.where %c, %a, %a : (tensor<2x1xi1>, tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  return
}

// -----

func.func @where_condition(%c: tensor<4xi8>, %a: tensor<4xf32>) {
  // expected-error@+1 {{'tq.where' op operand #0 must be ranked tensor of 1-bit signless integer values}}
  %0 = tq.where %c, %a, %a : (tensor<4xi8>, tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  return
}

// -----

func.func @where_branches(%c: tensor<4xi1>, %a: tensor<4xf32>, %b: tensor<4xi32>) {
  // expected-error@+1 {{'tq.where' op expected element type 'f32', got 'i32'}}
  %0 = tq.where %c, %a, %b : (tensor<4xi1>, tensor<4xf32>, tensor<4xi32>) -> tensor<4xf32>
  return
}

// -----

func.func @compare_result_type(%a: tensor<4xf32>) {
  // expected-error@+1 {{'tq.compare' op result #0 must be ranked tensor of 1-bit signless integer values}}
  %0 = tq.compare %a, %a {direction = #tq<cmp eq>} : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  return
}

// -----

func.func @compare_result_shape(%a: tensor<4xf32>, %b: tensor<2x1xf32>) {
  // expected-error@+1 {{'tq.compare' op result type '4' not broadcast compatible with broadcasted operands's shapes '2x4'}}
  %0 = tq.compare %a, %b {direction = #tq<cmp gt>} : (tensor<4xf32>, tensor<2x1xf32>) -> tensor<4xi1>
  return
}

// -----

func.func @compare_kinds(%a: tensor<4xf32>, %b: tensor<4xf16>) {
  // expected-error@+1 {{'tq.compare' op expected element type 'f32', got 'f16'}}
  %0 = tq.compare %a, %b {direction = #tq<cmp ge>} : (tensor<4xf32>, tensor<4xf16>) -> tensor<4xi1>
  return
}

// -----

func.func @logical_and_float(%a: tensor<4xf32>) {
  // expected-error@+1 {{'tq.logical_and' op operand #0 must be ranked tensor of 1-bit signless integer values}}
  %0 = tq.logical_and %a, %a : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xi1>
  return
}

// -----

func.func @logical_or_shape(%a: tensor<4xi1>, %b: tensor<3xi1>) {
  // expected-error@+1 {{'tq.logical_or' op operands don't have broadcast-compatible shapes}}
  %0 = tq.logical_or %a, %b : (tensor<4xi1>, tensor<3xi1>) -> tensor<4xi1>
  return
}

// -----

func.func @logical_not_int(%a: tensor<4xi8>) {
  // expected-error@+1 {{'tq.logical_not' op operand #0 must be ranked tensor of 1-bit signless integer values}}
  %0 = tq.logical_not %a : (tensor<4xi8>) -> tensor<4xi8>
  return
}

// -----

func.func @cast_shape(%a: tensor<4xi64>) {
  // expected-error@+1 {{'tq.cast' op requires the same shape for all operands and results}}
  %0 = tq.cast %a : (tensor<4xi64>) -> tensor<2xf32>
  return
}

// -----

func.func @iota_dynamic() {
  // expected-error@+1 {{'tq.iota' op expected a static result length}}
  %0 = tq.iota : tensor<?xi32>
  return
}

// -----

func.func @iota_step() {
  // expected-error@+1 {{'tq.iota' op expected a non-zero step}}
  %0 = tq.iota {step = 0.0 : f64} : tensor<4xi32>
  return
}

// -----

func.func @iota_integral() {
  // expected-error@+1 {{'tq.iota' op expected integral start and step for 'i32', got 5.000000e-01 and 1.000000e+00}}
  %0 = tq.iota {start = 0.5 : f64} : tensor<4xi32>
  return
}

// -----

func.func @iota_rank() {
  // expected-error@+1 {{'tq.iota' op result #0 must be 1D tensor of}}
  %0 = tq.iota : tensor<2x2xi32>
  return
}

// -----

func.func @masked_scatter_mask(%e: tensor<1x16x64xf32>, %m: tensor<1x8x1xi1>, %v: tensor<4x64xf32>) {
  // expected-error@+1 {{'tq.masked_scatter' op mask does not broadcast to the embeds shape}}
  %0 = tq.masked_scatter %e, %m, %v : (tensor<1x16x64xf32>, tensor<1x8x1xi1>, tensor<4x64xf32>) -> tensor<1x16x64xf32>
  return
}

// -----

func.func @masked_scatter_features_rank(%e: tensor<1x16x64xf32>, %m: tensor<1x16x1xi1>, %v: tensor<64xf32>) {
  // expected-error@+1 {{'tq.masked_scatter' op expected features of rank 2 or 3, got 1}}
  %0 = tq.masked_scatter %e, %m, %v : (tensor<1x16x64xf32>, tensor<1x16x1xi1>, tensor<64xf32>) -> tensor<1x16x64xf32>
  return
}

// -----

func.func @masked_scatter_features_dim(%e: tensor<1x16x64xf32>, %m: tensor<1x16x1xi1>, %v: tensor<4x32xf32>) {
  // expected-error@+1 {{'tq.masked_scatter' op features last dim size 32 does not match embeds last dim size 64}}
  %0 = tq.masked_scatter %e, %m, %v : (tensor<1x16x64xf32>, tensor<1x16x1xi1>, tensor<4x32xf32>) -> tensor<1x16x64xf32>
  return
}

// -----

func.func @masked_scatter_features_batch(%e: tensor<1x16x64xf32>, %m: tensor<1x16x1xi1>, %v: tensor<2x4x64xf32>) {
  // expected-error@+1 {{'tq.masked_scatter' op features batch size 2 does not match embeds batch size 1}}
  %0 = tq.masked_scatter %e, %m, %v : (tensor<1x16x64xf32>, tensor<1x16x1xi1>, tensor<2x4x64xf32>) -> tensor<1x16x64xf32>
  return
}

// -----

func.func @masked_scatter_result(%e: tensor<1x16x64xf32>, %m: tensor<1x16x1xi1>, %v: tensor<4x64xf32>) {
  // expected-error@+1 {{'tq.masked_scatter' op failed to verify that all of {embeds, output} have same type}}
  %0 = tq.masked_scatter %e, %m, %v : (tensor<1x16x64xf32>, tensor<1x16x1xi1>, tensor<4x64xf32>) -> tensor<16x64xf32>
  return
}

// -----

func.func @masked_scatter_kind(%e: tensor<1x16x64xf32>, %m: tensor<1x16x1xi1>, %v: tensor<4x64xf16>) {
  // expected-error@+1 {{'tq.masked_scatter' op expected element type 'f32', got 'f16'}}
  %0 = tq.masked_scatter %e, %m, %v : (tensor<1x16x64xf32>, tensor<1x16x1xi1>, tensor<4x64xf16>) -> tensor<1x16x64xf32>
  return
}

// -----

func.func @slice_update_rank(%d: tensor<1x16x64xf32>, %u: tensor<4x64xf32>) {
  // expected-error@+1 {{'tq.slice_update' op expected update of rank 3, got 2}}
  %0 = tq.slice_update %d, %u {start = array<i64: 0, 0, 0>} : (tensor<1x16x64xf32>, tensor<4x64xf32>) -> tensor<1x16x64xf32>
  return
}

// -----

func.func @slice_update_start_count(%d: tensor<1x16x64xf32>, %u: tensor<1x4x64xf32>) {
  // expected-error@+1 {{'tq.slice_update' op expected 3 start values, got 2}}
  %0 = tq.slice_update %d, %u {start = array<i64: 0, 0>} : (tensor<1x16x64xf32>, tensor<1x4x64xf32>) -> tensor<1x16x64xf32>
  return
}

// -----

func.func @slice_update_negative(%d: tensor<1x16x64xf32>, %u: tensor<1x4x64xf32>) {
  // expected-error@+1 {{'tq.slice_update' op expected start >= 0, got -1}}
  %0 = tq.slice_update %d, %u {start = array<i64: 0, -1, 0>} : (tensor<1x16x64xf32>, tensor<1x4x64xf32>) -> tensor<1x16x64xf32>
  return
}

// -----

func.func @slice_update_fit(%d: tensor<1x16x64xf32>, %u: tensor<1x4x64xf32>) {
  // expected-error@+1 {{'tq.slice_update' op update does not fit along dimension 1: 13 + 4 > 16}}
  %0 = tq.slice_update %d, %u {start = array<i64: 0, 13, 0>} : (tensor<1x16x64xf32>, tensor<1x4x64xf32>) -> tensor<1x16x64xf32>
  return
}

// -----

func.func @slice_update_result(%d: tensor<1x16x64xf32>, %u: tensor<1x4x64xf32>) {
  // expected-error@+1 {{'tq.slice_update' op failed to verify that all of {dest, output} have same type}}
  %0 = tq.slice_update %d, %u {start = array<i64: 0, 0, 0>} : (tensor<1x16x64xf32>, tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
  return
}

// -----

func.func @scatter_nd_depth(%d: tensor<4x8xf32>, %i: tensor<2x3xi32>, %u: tensor<2xf32>) {
  // expected-error@+1 {{'tq.scatter_nd' op expected index depth in [1, 2], got 3}}
  %0 = tq.scatter_nd %d, %i, %u : (tensor<4x8xf32>, tensor<2x3xi32>, tensor<2xf32>) -> tensor<4x8xf32>
  return
}

// -----

func.func @scatter_nd_updates(%d: tensor<4x8xf32>, %i: tensor<2x1xi32>, %u: tensor<2x4xf32>) {
  // expected-error@+1 {{'tq.scatter_nd' op expected updates shape [2, 8], got [2, 4]}}
  %0 = tq.scatter_nd %d, %i, %u : (tensor<4x8xf32>, tensor<2x1xi32>, tensor<2x4xf32>) -> tensor<4x8xf32>
  return
}

// -----

func.func @scatter_nd_dynamic_depth(%d: tensor<4x8xf32>, %i: tensor<2x?xi32>, %u: tensor<2xf32>) {
  // expected-error@+1 {{'tq.scatter_nd' op expected a static index depth}}
  %0 = tq.scatter_nd %d, %i, %u : (tensor<4x8xf32>, tensor<2x?xi32>, tensor<2xf32>) -> tensor<4x8xf32>
  return
}

// -----

func.func @scatter_nd_kind(%d: tensor<4x8xf32>, %i: tensor<2x1xi32>, %u: tensor<2x8xi32>) {
  // expected-error@+1 {{'tq.scatter_nd' op expected element type 'f32', got 'i32'}}
  %0 = tq.scatter_nd %d, %i, %u : (tensor<4x8xf32>, tensor<2x1xi32>, tensor<2x8xi32>) -> tensor<4x8xf32>
  return
}

// -----

func.func @scatter_nd_result(%d: tensor<4x8xf32>, %i: tensor<2x1xi32>, %u: tensor<2x8xf32>) {
  // expected-error@+1 {{'tq.scatter_nd' op failed to verify that all of {data, output} have same type}}
  %0 = tq.scatter_nd %d, %i, %u : (tensor<4x8xf32>, tensor<2x1xi32>, tensor<2x8xf32>) -> tensor<4x4xf32>
  return
}

// -----

func.func @rope_odd(%x: tensor<1x4x7xf32>, %c: tensor<1x4x7xf32>) {
  // expected-error@+1 {{'tq.rope' op expected an even last dimension, got 7}}
  %0 = tq.rope %x, %c, %c : (tensor<1x4x7xf32>, tensor<1x4x7xf32>, tensor<1x4x7xf32>) -> tensor<1x4x7xf32>
  return
}

// -----

func.func @rope_cos_sin(%x: tensor<1x4x8xf32>, %c: tensor<1x4x8xf32>, %s: tensor<4x8xf32>) {
  // expected-error@+1 {{'tq.rope' op expected cos and sin of one shape}}
  %0 = tq.rope %x, %c, %s : (tensor<1x4x8xf32>, tensor<1x4x8xf32>, tensor<4x8xf32>) -> tensor<1x4x8xf32>
  return
}

// -----

func.func @rope_broadcast(%x: tensor<1x4x8xf32>, %c: tensor<1x8x8xf32>) {
  // expected-error@+1 {{'tq.rope' op cos and sin do not broadcast to the input shape}}
  %0 = tq.rope %x, %c, %c : (tensor<1x4x8xf32>, tensor<1x8x8xf32>, tensor<1x8x8xf32>) -> tensor<1x4x8xf32>
  return
}

// -----

func.func @rope_result(%x: tensor<1x4x8xf32>, %c: tensor<4x8xf32>) {
  // expected-error@+1 {{'tq.rope' op expected result shape [1, 4, 8], got [4, 8]}}
  %0 = tq.rope %x, %c, %c : (tensor<1x4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  return
}

// -----

func.func @rope_kind(%x: tensor<1x4x8xf32>, %c: tensor<4x8xf16>) {
  // expected-error@+1 {{'tq.rope' op expected element type 'f32', got 'f16'}}
  %0 = tq.rope %x, %c, %c : (tensor<1x4x8xf32>, tensor<4x8xf16>, tensor<4x8xf16>) -> tensor<1x4x8xf32>
  return
}

// -----

func.func @observe_momentum_kind(%x: tensor<4xf32>) {
  // expected-error@+1 {{'tq.observe' op momentum is only valid for an ema observer}}
  %0 = tq.observe %x {kind = #tq<observer minmax>, momentum = 0.9 : f64, dtype = i8} : tensor<4xf32>
  return
}

// -----

func.func @observe_momentum_range(%x: tensor<4xf32>) {
  // expected-error@+1 {{'tq.observe' op expected momentum in (0, 1), got 1.5}}
  %0 = tq.observe %x {kind = #tq<observer ema>, momentum = 1.5 : f64, dtype = i8} : tensor<4xf32>
  return
}

// -----

func.func @observe_percentile_missing(%x: tensor<4xf32>) {
  // expected-error@+1 {{'tq.observe' op percentile observer requires a percentile}}
  %0 = tq.observe %x {kind = #tq<observer percentile>, dtype = i8} : tensor<4xf32>
  return
}

// -----

func.func @observe_percentile_range(%x: tensor<4xf32>) {
  // expected-error@+1 {{'tq.observe' op expected percentile in (0, 100], got 0}}
  %0 = tq.observe %x {kind = #tq<observer percentile>, percentile = 0.0 : f64, dtype = i8} : tensor<4xf32>
  return
}

// -----

func.func @observe_percentile_kind(%x: tensor<4xf32>) {
  // expected-error@+1 {{'tq.observe' op percentile is only valid for a percentile observer}}
  %0 = tq.observe %x {kind = #tq<observer ema>, percentile = 99.0 : f64, dtype = i8} : tensor<4xf32>
  return
}

// -----

func.func @observe_per_tensor_axis(%x: tensor<4xf32>) {
  // expected-error@+1 {{'tq.observe' op per_tensor observer takes no axis}}
  %0 = tq.observe %x {kind = #tq<observer minmax>, dtype = i8, axis = 0 : i64} : tensor<4xf32>
  return
}

// -----

func.func @observe_per_channel_axis(%x: tensor<4xf32>) {
  // expected-error@+1 {{'tq.observe' op per_channel observer requires an axis}}
  %0 = tq.observe %x {kind = #tq<observer minmax>, dtype = i8, granularity = #tq<granularity per_channel>} : tensor<4xf32>
  return
}

// -----

func.func @observe_axis_range(%x: tensor<4xf32>) {
  // expected-error@+1 {{'tq.observe' op axis 1 out of range [-1, 1)}}
  %0 = tq.observe %x {kind = #tq<observer minmax>, dtype = i8, granularity = #tq<granularity per_channel>, axis = 1 : i64} : tensor<4xf32>
  return
}

// -----

func.func @observe_dtype(%x: tensor<4xf32>) {
  // expected-error@+1 {{'tq.observe' op attribute 'dtype' failed to satisfy constraint: type attribute of integer}}
  %0 = tq.observe %x {kind = #tq<observer minmax>, dtype = f16} : tensor<4xf32>
  return
}

// -----

func.func @observe_integer_input(%x: tensor<4xi32>) {
  // expected-error@+1 {{'tq.observe' op operand #0 must be ranked tensor of floating-point values}}
  %0 = tq.observe %x {kind = #tq<observer minmax>, dtype = i8} : tensor<4xi32>
  return
}

// -----

// expected-error@+1 {{custom op 'tq.no_such_op' is unknown}}
%0 = tq.no_such_op : tensor<4xf32>
