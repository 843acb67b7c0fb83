// RUN: tico-opt %s -split-input-file -verify-diagnostics --tq-fold-fake-quant

func.func @int16_asymmetric(%x: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error@+1 {{int16 quantization must be symmetric (zero point 0), got zero point 5}}
  %0 = tq.fake_quant %x {scale = array<f64: 0.1>, zero_point = array<i64: 5>, quant_min = -32768 : i64, quant_max = 32767 : i64, storage_type = i16} : tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

func.func @partial_range(%x: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error@+1 {{unsupported quant range [0, 127] for 'ui8': expected the full range [0, 255]}}
  %0 = tq.fake_quant %x {scale = array<f64: 0.1>, zero_point = array<i64: 0>, quant_min = 0 : i64, quant_max = 127 : i64, storage_type = ui8} : tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

func.func @int4_activation(%x: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error@+1 {{4-bit storage is only supported for constant weights, got a fake_quant of an activation}}
  %0 = tq.fake_quant %x {scale = array<f64: 0.1>, zero_point = array<i64: 0>, quant_min = -8 : i64, quant_max = 7 : i64, storage_type = i4} : tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

func.func @int32_storage(%x: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error@+1 {{unsupported storage type 'i32' (expected ui8, i8, i16, ui4 or i4)}}
  %0 = tq.fake_quant %x {scale = array<f64: 0.1>, zero_point = array<i64: 0>, quant_min = -2147483648 : i64, quant_max = 2147483647 : i64, storage_type = i32} : tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

func.func @narrow_int8_range(%x: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error@+1 {{unsupported quant range [-100, 100] for 'i8': expected the full range [-128, 127] or the narrow range [-127, 127]}}
  %0 = tq.fake_quant %x {scale = array<f64: 0.1>, zero_point = array<i64: 0>, quant_min = -100 : i64, quant_max = 100 : i64, storage_type = i8} : tensor<4xf32>
  return %0 : tensor<4xf32>
}
