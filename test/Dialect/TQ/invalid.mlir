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

// expected-error@+1 {{custom op 'tq.no_such_op' is unknown}}
%0 = tq.no_such_op : tensor<4xf32>
