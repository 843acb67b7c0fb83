// Numerical proof at the attention probabilities: softmax(logits + mask)
// with -inf / lowest-float masks against the legalized (-120, clamped)
// masks, on random logits and padding, batch 2. Key 0 is always valid so no
// row is fully masked (that row is NaN with -inf and uniform with -120).
// RUN: tico-pass-check %s --split-input-file --seeds 8 --rtol 1e-6 --pass-pipeline='builtin.module(func.func(tq-legalize-masks))' | FileCheck %s
// CHECK-NOT: {{FAIL|SKIP}}

// CHECK: PASS causal_plus_padding_b2
func.func @causal_plus_padding_b2(%logits: tensor<2x1x4x4xf32>, %valid: tensor<2x1x1x4xi1>) -> tensor<2x1x4x4xf32> {
  %causal = tq.constant dense<[[0.0, 0xFF800000, 0xFF800000, 0xFF800000], [0.0, 0.0, 0xFF800000, 0xFF800000], [0.0, 0.0, 0.0, 0xFF800000], [0.0, 0.0, 0.0, 0.0]]> : tensor<4x4xf32>
  %first = tq.constant dense<[true, false, false, false]> : tensor<4xi1>
  %v = tq.logical_or %valid, %first : (tensor<2x1x1x4xi1>, tensor<4xi1>) -> tensor<2x1x1x4xi1>
  %zero = tq.constant dense<0.0> : tensor<f32>
  %inf = tq.constant dense<0xFF800000> : tensor<f32>
  %pad = tq.where %v, %zero, %inf : (tensor<2x1x1x4xi1>, tensor<f32>, tensor<f32>) -> tensor<2x1x1x4xf32>
  %m = tq.add %causal, %pad : (tensor<4x4xf32>, tensor<2x1x1x4xf32>) -> tensor<2x1x4x4xf32>
  %s = tq.add %logits, %m : (tensor<2x1x4x4xf32>, tensor<2x1x4x4xf32>) -> tensor<2x1x4x4xf32>
  %p = tq.softmax %s : (tensor<2x1x4x4xf32>) -> tensor<2x1x4x4xf32>
  return %p : tensor<2x1x4x4xf32>
}

// -----

// CHECK: PASS hf_padding_sliding_b2
func.func @hf_padding_sliding_b2(%logits: tensor<2x4x4xf32>, %valid: tensor<2x4xi1>) -> tensor<2x4x4xf32> {
  %sliding = tq.constant dense<[[0.0, -3.40282347E+38, -3.40282347E+38, -3.40282347E+38], [0.0, 0.0, -3.40282347E+38, -3.40282347E+38], [-3.40282347E+38, 0.0, 0.0, -3.40282347E+38], [-3.40282347E+38, -3.40282347E+38, 0.0, 0.0]]> : tensor<4x4xf32>
  %diag = tq.constant dense<[[true, false, false, false], [false, true, false, false], [false, false, true, false], [false, false, false, true]]> : tensor<4x4xi1>
  %one = tq.constant dense<1.0> : tensor<f32>
  %min = tq.constant dense<-3.40282347E+38> : tensor<f32>
  %f = tq.cast %valid : (tensor<2x4xi1>) -> tensor<2x4xf32>
  %inv = tq.sub %one, %f : (tensor<f32>, tensor<2x4xf32>) -> tensor<2x4xf32>
  %pad = tq.mul %inv, %min : (tensor<2x4xf32>, tensor<f32>) -> tensor<2x4xf32>
  %u = tq.unsqueeze %pad {dims = array<i64: 1>} : (tensor<2x4xf32>) -> tensor<2x1x4xf32>
  %m = tq.add %sliding, %u : (tensor<4x4xf32>, tensor<2x1x4xf32>) -> tensor<2x4x4xf32>
  // Keep the diagonal open so that no row is fully masked.
  %zero = tq.constant dense<0.0> : tensor<f32>
  %open = tq.where %diag, %zero, %m : (tensor<4x4xi1>, tensor<f32>, tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
  %s = tq.add %logits, %open : (tensor<2x4x4xf32>, tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
  %p = tq.softmax %s : (tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
  return %p : tensor<2x4x4xf32>
}
