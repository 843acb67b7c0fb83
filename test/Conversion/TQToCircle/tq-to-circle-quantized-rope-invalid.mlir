// RUN: tico-opt %s -split-input-file -verify-diagnostics -pass-pipeline='builtin.module(func.func(convert-tq-to-circle))'

// A dynamic quantized rope has no lowering (no reshape to rank 4 and no
// decomposition with qparams for the intermediates).
func.func @rope_dynamic(%x: tensor<?x3x4x!quant.uniform<i8:f32, 0.02:1>>, %cos: tensor<3x4x!quant.uniform<i8:f32, 0.0078125>>, %sin: tensor<3x4x!quant.uniform<i8:f32, 0.0078125>>) -> tensor<?x3x4x!quant.uniform<i8:f32, 0.02:1>> {
  // expected-error@+1 {{cannot lower 'tq.rope' to circle: dynamic rope, or a quantized rope of rank above 4 or with tables narrower than the head dimension}}
  %0 = tq.rope %x, %cos, %sin : (tensor<?x3x4x!quant.uniform<i8:f32, 0.02:1>>, tensor<3x4x!quant.uniform<i8:f32, 0.0078125>>, tensor<3x4x!quant.uniform<i8:f32, 0.0078125>>) -> tensor<?x3x4x!quant.uniform<i8:f32, 0.02:1>>
  return %0 : tensor<?x3x4x!quant.uniform<i8:f32, 0.02:1>>
}

// -----

// Rank 5 cannot be lifted to ROPE's rank 4.
func.func @rope_rank5(%x: tensor<1x1x2x3x4x!quant.uniform<i8:f32, 0.02:1>>, %cos: tensor<3x4x!quant.uniform<i8:f32, 0.0078125>>, %sin: tensor<3x4x!quant.uniform<i8:f32, 0.0078125>>) -> tensor<1x1x2x3x4x!quant.uniform<i8:f32, 0.02:1>> {
  // expected-error@+1 {{cannot lower 'tq.rope' to circle}}
  %0 = tq.rope %x, %cos, %sin : (tensor<1x1x2x3x4x!quant.uniform<i8:f32, 0.02:1>>, tensor<3x4x!quant.uniform<i8:f32, 0.0078125>>, tensor<3x4x!quant.uniform<i8:f32, 0.0078125>>) -> tensor<1x1x2x3x4x!quant.uniform<i8:f32, 0.02:1>>
  return %0 : tensor<1x1x2x3x4x!quant.uniform<i8:f32, 0.02:1>>
}

// -----

// Gemma's 1 + w with a non-constant quantized weight stays refused.
func.func @rms_norm_unit_offset(%x: tensor<2x4x!quant.uniform<i8:f32, 0.02:1>>, %w: tensor<4x!quant.uniform<i8:f32, 0.0078125>>) -> tensor<2x4x!quant.uniform<i8:f32, 0.02:1>> {
  // expected-error@+1 {{cannot lower 'tq.rms_norm' to circle}}
  %0 = tq.rms_norm %x, %w {epsilon = 1.0e-6 : f64, add_unit_offset = true} : (tensor<2x4x!quant.uniform<i8:f32, 0.02:1>>, tensor<4x!quant.uniform<i8:f32, 0.0078125>>) -> tensor<2x4x!quant.uniform<i8:f32, 0.02:1>>
  return %0 : tensor<2x4x!quant.uniform<i8:f32, 0.02:1>>
}
