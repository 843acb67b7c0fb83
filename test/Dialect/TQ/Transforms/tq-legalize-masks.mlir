// RUN: tico-opt %s -split-input-file -tq-legalize-masks | FileCheck %s
// RUN: tico-opt %s -split-input-file -tq-legalize-masks="fill-value=-60" | FileCheck %s --check-prefix=FILL
// RUN: tico-opt %s -split-input-file -tq-legalize-masks="remarks=true" -verify-diagnostics -o /dev/null
// RUN: not tico-opt %s -split-input-file -tq-legalize-masks="fill-value=1" 2>&1 | FileCheck %s --check-prefix=BADFILL
// RUN: tico-opt %s -split-input-file -tq-legalize-masks="fill-value=-1e37" | FileCheck %s --check-prefix=BIGFILL

// BADFILL: error: expected a finite negative fill-value above -1e38, got 1.0

// A causal template with -inf becomes finite.
// CHECK-LABEL: func.func @causal_inf
// CHECK: tq.constant dense<{{\[}}[0.000000e+00, -1.200000e+02, -1.200000e+02], [0.000000e+00, 0.000000e+00, -1.200000e+02], [0.000000e+00, 0.000000e+00, 0.000000e+00]]> : tensor<3x3xf32>
// FILL-LABEL: func.func @causal_inf
// FILL: -6.000000e+01
// BIGFILL-LABEL: func.func @causal_inf
// BIGFILL: tq.constant dense<{{\[}}[0.000000e+00, -9.99999993E+36, -9.99999993E+36], [0.000000e+00, 0.000000e+00, -9.99999993E+36],
func.func @causal_inf() -> tensor<3x3xf32> {
  %c = tq.constant dense<[[0.0, 0xFF800000, 0xFF800000], [0.0, 0.0, 0xFF800000], [0.0, 0.0, 0.0]]> : tensor<3x3xf32>
  return %c : tensor<3x3xf32>
}

// -----

// Sliding window W = 2 built with the lowest float: masked where not
// q - 2 < k <= q, and the positions are kept.
// CHECK-LABEL: func.func @sliding_lowest
// CHECK: tq.constant dense<{{\[}}[0.000000e+00, -1.200000e+02, -1.200000e+02, -1.200000e+02], [0.000000e+00, 0.000000e+00, -1.200000e+02, -1.200000e+02], [-1.200000e+02, 0.000000e+00, 0.000000e+00, -1.200000e+02], [-1.200000e+02, -1.200000e+02, 0.000000e+00, 0.000000e+00]]>
func.func @sliding_lowest() -> tensor<4x4xf32> {
  %c = tq.constant dense<[[0.0, -3.40282347E+38, -3.40282347E+38, -3.40282347E+38], [0.0, 0.0, -3.40282347E+38, -3.40282347E+38], [-3.40282347E+38, 0.0, 0.0, -3.40282347E+38], [-3.40282347E+38, -3.40282347E+38, 0.0, 0.0]]> : tensor<4x4xf32>
  return %c : tensor<4x4xf32>
}

// -----

// Causal + padding (where(valid, 0, -inf)), batch 2: the scalar becomes the
// fill value and the sum is clamped to [-120, 0].
// CHECK-LABEL: func.func @causal_plus_padding
// CHECK: %[[NEG:.*]] = tq.constant dense<-1.200000e+02> : tensor<f32>
// CHECK: %[[SUM:.*]] = tq.add
// CHECK: %[[LO:.*]] = tq.constant dense<-1.200000e+02> : tensor<f32>
// CHECK: %[[C1:.*]] = tq.compare %[[SUM]], %[[LO]] {direction = #tq<cmp lt>}
// CHECK: %[[W1:.*]] = tq.where %[[C1]], %[[LO]], %[[SUM]]
// CHECK: %[[HI:.*]] = tq.constant dense<0.000000e+00> : tensor<f32>
// CHECK: %[[C2:.*]] = tq.compare %[[W1]], %[[HI]] {direction = #tq<cmp gt>}
// CHECK: %[[W2:.*]] = tq.where %[[C2]], %[[HI]], %[[W1]]
// CHECK: return %[[W2]]
func.func @causal_plus_padding(%valid: tensor<2x1x1x3xi1>) -> tensor<2x1x3x3xf32> {
  %causal = tq.constant dense<[[0.0, 0xFF800000, 0xFF800000], [0.0, 0.0, 0xFF800000], [0.0, 0.0, 0.0]]> : tensor<3x3xf32>
  %zero = tq.constant dense<0.0> : tensor<f32>
  %inf = tq.constant dense<0xFF800000> : tensor<f32>
  %pad = tq.where %valid, %zero, %inf : (tensor<2x1x1x3xi1>, tensor<f32>, tensor<f32>) -> tensor<2x1x1x3xf32>
  %m = tq.add %causal, %pad : (tensor<3x3xf32>, tensor<2x1x1x3xf32>) -> tensor<2x1x3x3xf32>
  return %m : tensor<2x1x3x3xf32>
}

// -----

// HF padding mask (1 - mask) * finfo.min plus a causal slice; then a third
// mask: the outer sum sees the clamped inner one.
// CHECK-LABEL: func.func @hf_padding_three_masks
// CHECK: tq.constant dense<-1.200000e+02> : tensor<f32>
// CHECK-COUNT-2: tq.compare %{{.*}} {direction = #tq<cmp lt>}
// CHECK-NOT: 0xFF800000
func.func @hf_padding_three_masks(%attn: tensor<1x3xi1>, %extra: tensor<1x3xi1>) -> tensor<1x3x3xf32> {
  %causal = tq.constant dense<[[0.0, 0xFF800000, 0xFF800000], [0.0, 0.0, 0xFF800000], [0.0, 0.0, 0.0]]> : tensor<3x3xf32>
  %one = tq.constant dense<1.0> : tensor<f32>
  %min = tq.constant dense<-3.40282347E+38> : tensor<f32>
  %f = tq.cast %attn : (tensor<1x3xi1>) -> tensor<1x3xf32>
  %inv = tq.sub %one, %f : (tensor<f32>, tensor<1x3xf32>) -> tensor<1x3xf32>
  %pad = tq.mul %inv, %min : (tensor<1x3xf32>, tensor<f32>) -> tensor<1x3xf32>
  %u = tq.unsqueeze %pad {dims = array<i64: 1>} : (tensor<1x3xf32>) -> tensor<1x1x3xf32>
  %m = tq.add %causal, %u : (tensor<3x3xf32>, tensor<1x1x3xf32>) -> tensor<1x3x3xf32>
  %zero = tq.constant dense<0.0> : tensor<f32>
  %inf = tq.constant dense<0xFF800000> : tensor<f32>
  %e = tq.where %extra, %zero, %inf : (tensor<1x3xi1>, tensor<f32>, tensor<f32>) -> tensor<1x3xf32>
  %e3 = tq.unsqueeze %e {dims = array<i64: 1>} : (tensor<1x3xf32>) -> tensor<1x1x3xf32>
  %m2 = tq.add %m, %e3 : (tensor<1x3x3xf32>, tensor<1x1x3xf32>) -> tensor<1x3x3xf32>
  return %m2 : tensor<1x3x3xf32>
}

// -----

// Close non-matches: logits + mask is not a mask merge, and a constant with
// -inf among other non-zero values is not a mask.
// CHECK-LABEL: func.func @logits_plus_mask
// CHECK: tq.constant dense<[0.000000e+00, 1.000000e+00, 0xFF800000]>
// CHECK: %[[S:.*]] = tq.add
// CHECK-NOT: tq.compare
// CHECK: tq.softmax %[[S]]
func.func @logits_plus_mask(%logits: tensor<1x3x3xf32>) -> (tensor<1x3x3xf32>, tensor<3xf32>) {
  %odd = tq.constant dense<[0.0, 1.0, 0xFF800000]> : tensor<3xf32>
  %causal = tq.constant dense<[[0.0, 0xFF800000, 0xFF800000], [0.0, 0.0, 0xFF800000], [0.0, 0.0, 0.0]]> : tensor<3x3xf32>
  // expected-remark@+1 {{left unchanged: only one operand is a known additive mask}}
  %s = tq.add %logits, %causal : (tensor<1x3x3xf32>, tensor<3x3xf32>) -> tensor<1x3x3xf32>
  %p = tq.softmax %s : (tensor<1x3x3xf32>) -> tensor<1x3x3xf32>
  return %p, %odd : tensor<1x3x3xf32>, tensor<3xf32>
}

// -----

// Gemma4 bidirectional vision mask (1 - v_i * v_j) * -inf: the factor
// becomes the fill value (with -inf, valid pairs would be 0 * -inf = NaN).
// CHECK-LABEL: func.func @vision_padding_mask
// CHECK: %[[NEGC:.*]] = tq.constant dense<-1.200000e+02> : tensor<f32>
// CHECK: tq.mul %{{.*}}, %[[NEGC]]
func.func @vision_padding_mask(%valid: tensor<4xi1>) -> tensor<1x1x4x4xf32> {
  %one = tq.constant dense<1.0> : tensor<f32>
  %ninf = tq.constant dense<0xFF800000> : tensor<f32>
  %v = tq.cast %valid : (tensor<4xi1>) -> tensor<4xf32>
  %vi = tq.reshape %v : (tensor<4xf32>) -> tensor<4x1xf32>
  %vj = tq.reshape %v : (tensor<4xf32>) -> tensor<1x4xf32>
  %vv = tq.mul %vi, %vj : (tensor<4x1xf32>, tensor<1x4xf32>) -> tensor<4x4xf32>
  %inv = tq.sub %one, %vv : (tensor<f32>, tensor<4x4xf32>) -> tensor<4x4xf32>
  %m = tq.mul %inv, %ninf : (tensor<4x4xf32>, tensor<f32>) -> tensor<4x4xf32>
  %m4 = tq.reshape %m : (tensor<4x4xf32>) -> tensor<1x1x4x4xf32>
  return %m4 : tensor<1x1x4x4xf32>
}
