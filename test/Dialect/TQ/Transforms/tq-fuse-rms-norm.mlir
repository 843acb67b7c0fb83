// RUN: tico-opt %s -split-input-file -tq-fuse-rms-norm | FileCheck %s
// RUN: tico-opt %s -split-input-file -tq-fuse-rms-norm="remarks=true" -verify-diagnostics -o /dev/null

// torch's ONNX export of RMSNorm (Pow, ReduceMean, Add, Sqrt, Div, Mul,
// Mul) with a weight: one tq.rms_norm, batch 2.
// CHECK-LABEL: func.func @onnx_rms_norm
// CHECK-SAME: (%[[X:.*]]: tensor<2x3x4xf32>)
// CHECK: %[[W:.*]] = tq.constant dense<[1.000000e+00, 2.000000e+00, 3.000000e+00, 4.000000e+00]> : tensor<4xf32>
// CHECK-NEXT: %[[N:.*]] = tq.rms_norm %[[X]], %[[W]] {epsilon = 9.9999999747524271E-7 : f64} : (tensor<2x3x4xf32>, tensor<4xf32>) -> tensor<2x3x4xf32>
// CHECK-NEXT: return %[[N]]
func.func @onnx_rms_norm(%x: tensor<2x3x4xf32>) -> tensor<2x3x4xf32> {
  %two = tq.constant dense<2.0> : tensor<f32>
  %p = tq.pow %x, %two : (tensor<2x3x4xf32>, tensor<f32>) -> tensor<2x3x4xf32>
  %m = tq.reduce_mean %p {axes = array<i64: 2>, keepdim = true} : (tensor<2x3x4xf32>) -> tensor<2x3x1xf32>
  %eps = tq.constant dense<1.0e-6> : tensor<f32>
  %a = tq.add %m, %eps : (tensor<2x3x1xf32>, tensor<f32>) -> tensor<2x3x1xf32>
  %s = tq.sqrt %a : (tensor<2x3x1xf32>) -> tensor<2x3x1xf32>
  %one = tq.constant dense<1.0> : tensor<f32>
  %r = tq.div %one, %s : (tensor<f32>, tensor<2x3x1xf32>) -> tensor<2x3x1xf32>
  %n = tq.mul %x, %r : (tensor<2x3x4xf32>, tensor<2x3x1xf32>) -> tensor<2x3x4xf32>
  %w = tq.constant dense<[1.0, 2.0, 3.0, 4.0]> : tensor<4xf32>
  %y = tq.mul %n, %w : (tensor<2x3x4xf32>, tensor<4xf32>) -> tensor<2x3x4xf32>
  return %y : tensor<2x3x4xf32>
}

// -----

// Weightless (Gemma's v_norm), rsqrt of x * x, and x / sqrt(...) with the
// epsilon on the left; a following multiply by a non-constant is no weight.
// CHECK-LABEL: func.func @spellings
// CHECK-SAME: (%[[X:.*]]: tensor<2x4xf32>, %[[G:.*]]: tensor<4xf32>)
// CHECK: %[[A:.*]] = tq.rms_norm %[[X]] {epsilon = 0.0{{0*}}e+00 : f64} : (tensor<2x4xf32>) -> tensor<2x4xf32>
// CHECK: %[[B:.*]] = tq.rms_norm %[[X]] {epsilon = 5.000000e-01 : f64} : (tensor<2x4xf32>) -> tensor<2x4xf32>
// CHECK: tq.mul %[[B]], %[[G]]
// CHECK-NOT: tq.sqrt
// CHECK-NOT: tq.rsqrt
func.func @spellings(%x: tensor<2x4xf32>, %g: tensor<4xf32>) -> (tensor<2x4xf32>, tensor<2x4xf32>) {
  %sq = tq.mul %x, %x : (tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
  %m = tq.reduce_mean %sq {axes = array<i64: -1>, keepdim = true} : (tensor<2x4xf32>) -> tensor<2x1xf32>
  %zero = tq.constant dense<0.0> : tensor<f32>
  %a0 = tq.add %m, %zero : (tensor<2x1xf32>, tensor<f32>) -> tensor<2x1xf32>
  %r0 = tq.rsqrt %a0 : (tensor<2x1xf32>) -> tensor<2x1xf32>
  %n0 = tq.mul %r0, %x : (tensor<2x1xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
  %half = tq.constant dense<0.5> : tensor<f32>
  %a1 = tq.add %half, %m : (tensor<f32>, tensor<2x1xf32>) -> tensor<2x1xf32>
  %s1 = tq.sqrt %a1 : (tensor<2x1xf32>) -> tensor<2x1xf32>
  %n1 = tq.div %x, %s1 : (tensor<2x4xf32>, tensor<2x1xf32>) -> tensor<2x4xf32>
  %y1 = tq.mul %n1, %g : (tensor<2x4xf32>, tensor<4xf32>) -> tensor<2x4xf32>
  return %n0, %y1 : tensor<2x4xf32>, tensor<2x4xf32>
}

// -----

// Close non-matches: the mean is not over the last dim, the mean is of
// another tensor's square, and 2 / sqrt(...) is no reciprocal (no remark:
// nothing of an RMSNorm was recognized).
// CHECK-LABEL: func.func @near_misses
// CHECK-NOT: tq.rms_norm
func.func @near_misses(%x: tensor<2x4xf32>, %z: tensor<2x4xf32>) -> (tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>) {
  %two = tq.constant dense<2.0> : tensor<f32>
  %eps = tq.constant dense<1.0e-6> : tensor<f32>
  %p = tq.pow %x, %two : (tensor<2x4xf32>, tensor<f32>) -> tensor<2x4xf32>
  %m0 = tq.reduce_mean %p {axes = array<i64: 0>, keepdim = true} : (tensor<2x4xf32>) -> tensor<1x4xf32>
  %a0 = tq.add %m0, %eps : (tensor<1x4xf32>, tensor<f32>) -> tensor<1x4xf32>
  %r0 = tq.rsqrt %a0 : (tensor<1x4xf32>) -> tensor<1x4xf32>
  // expected-remark@+1 {{left unchanged: the mean is not over the last dim with keepdim}}
  %n0 = tq.mul %x, %r0 : (tensor<2x4xf32>, tensor<1x4xf32>) -> tensor<2x4xf32>
  %pz = tq.pow %z, %two : (tensor<2x4xf32>, tensor<f32>) -> tensor<2x4xf32>
  %m1 = tq.reduce_mean %pz {axes = array<i64: 1>, keepdim = true} : (tensor<2x4xf32>) -> tensor<2x1xf32>
  %a1 = tq.add %m1, %eps : (tensor<2x1xf32>, tensor<f32>) -> tensor<2x1xf32>
  %r1 = tq.rsqrt %a1 : (tensor<2x1xf32>) -> tensor<2x1xf32>
  // expected-remark@+1 {{left unchanged: the mean is not of the square of the normalized input}}
  %n1 = tq.mul %x, %r1 : (tensor<2x4xf32>, tensor<2x1xf32>) -> tensor<2x4xf32>
  %mx = tq.reduce_mean %p {axes = array<i64: 1>, keepdim = true} : (tensor<2x4xf32>) -> tensor<2x1xf32>
  %a2 = tq.add %mx, %eps : (tensor<2x1xf32>, tensor<f32>) -> tensor<2x1xf32>
  %s2 = tq.sqrt %a2 : (tensor<2x1xf32>) -> tensor<2x1xf32>
  %r2 = tq.div %two, %s2 : (tensor<f32>, tensor<2x1xf32>) -> tensor<2x1xf32>
  %n2 = tq.mul %x, %r2 : (tensor<2x4xf32>, tensor<2x1xf32>) -> tensor<2x4xf32>
  return %n0, %n1, %n2 : tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>
}
