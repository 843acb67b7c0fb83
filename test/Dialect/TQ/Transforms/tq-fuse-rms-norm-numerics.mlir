// Numerical proof: the fused tq.rms_norm against the written-out ONNX form
// on seeded random inputs, batch 2 (division instead of multiplication by
// the reciprocal: a few ulps).
// RUN: tico-pass-check %s --split-input-file --seeds 8 --rtol 1e-6 --pass-pipeline='builtin.module(func.func(tq-fuse-rms-norm))' | FileCheck %s
// CHECK-NOT: {{FAIL|SKIP}}

// CHECK: PASS onnx_rms_norm
func.func @onnx_rms_norm(%x: tensor<2x3x8xf32>) -> tensor<2x3x8xf32> {
  %two = tq.constant dense<2.0> : tensor<f32>
  %p = tq.pow %x, %two : (tensor<2x3x8xf32>, tensor<f32>) -> tensor<2x3x8xf32>
  %m = tq.reduce_mean %p {axes = array<i64: 2>, keepdim = true} : (tensor<2x3x8xf32>) -> tensor<2x3x1xf32>
  %eps = tq.constant dense<1.0e-6> : tensor<f32>
  %a = tq.add %m, %eps : (tensor<2x3x1xf32>, tensor<f32>) -> tensor<2x3x1xf32>
  %s = tq.sqrt %a : (tensor<2x3x1xf32>) -> tensor<2x3x1xf32>
  %one = tq.constant dense<1.0> : tensor<f32>
  %r = tq.div %one, %s : (tensor<f32>, tensor<2x3x1xf32>) -> tensor<2x3x1xf32>
  %n = tq.mul %x, %r : (tensor<2x3x8xf32>, tensor<2x3x1xf32>) -> tensor<2x3x8xf32>
  %w = tq.constant dense<[1.15, 0.9, 1.0, 1.2, 0.8, 1.05, 0.95, 1.1]> : tensor<8xf32>
  %y = tq.mul %n, %w : (tensor<2x3x8xf32>, tensor<8xf32>) -> tensor<2x3x8xf32>
  return %y : tensor<2x3x8xf32>
}

// -----

// CHECK: PASS weightless_rsqrt
func.func @weightless_rsqrt(%x: tensor<2x2x16xf32>) -> tensor<2x2x16xf32> {
  %sq = tq.mul %x, %x : (tensor<2x2x16xf32>, tensor<2x2x16xf32>) -> tensor<2x2x16xf32>
  %m = tq.reduce_mean %sq {axes = array<i64: -1>, keepdim = true} : (tensor<2x2x16xf32>) -> tensor<2x2x1xf32>
  %eps = tq.constant dense<1.0e-6> : tensor<f32>
  %a = tq.add %eps, %m : (tensor<f32>, tensor<2x2x1xf32>) -> tensor<2x2x1xf32>
  %r = tq.rsqrt %a : (tensor<2x2x1xf32>) -> tensor<2x2x1xf32>
  %n = tq.mul %r, %x : (tensor<2x2x1xf32>, tensor<2x2x16xf32>) -> tensor<2x2x16xf32>
  return %n : tensor<2x2x16xf32>
}
