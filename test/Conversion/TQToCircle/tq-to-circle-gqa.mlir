// RUN: tico-opt %s -split-input-file -pass-pipeline='builtin.module(func.func(convert-tq-to-circle))' | FileCheck %s
// RUN: tico-opt %s -split-input-file -pass-pipeline='builtin.module(func.func(convert-tq-to-circle{gqa-expand=concat}))' | FileCheck %s --check-prefix=CONCAT
// RUN: tico-opt %s -split-input-file -pass-pipeline='builtin.module(func.func(convert-tq-to-circle{gqa-expand=none}))' | FileCheck %s --check-prefix=NONE

// Grouped-query attention, 4 query heads over 2 key/value heads
// (repeat_kv: unsqueeze, broadcast to n_rep = 2, reshape back to 4 heads).
// Default (broadcast): no copy of K/V; the queries and probabilities are
// reshaped to [1, 2 kv heads, 2 * 3 rows, ...] and each BATCH_MATMUL reads
// the 2 key/value heads directly.
// CHECK-LABEL: func.func @gqa_attention
// CHECK-SAME: (%[[Q:.*]]: tensor<1x4x3x8xf32>, %[[K:.*]]: tensor<1x2x3x8xf32>, %[[V:.*]]: tensor<1x2x3x8xf32>)
// CHECK-NOT: circle.broadcast_to
// CHECK-NOT: circle.concatenation
// CHECK: %[[QG:.*]] = circle.reshape %[[Q]], {{.*}} -> tensor<1x2x6x8xf32>
// CHECK: %[[SG:.*]] = circle.batch_matmul %[[QG]], %[[K]] {adjoint_rhs = true} : (tensor<1x2x6x8xf32>, tensor<1x2x3x8xf32>) -> tensor<1x2x6x3xf32>
// CHECK: %[[S:.*]] = circle.reshape %[[SG]], {{.*}} -> tensor<1x4x3x3xf32>
// CHECK: %[[P:.*]] = circle.softmax %[[S]]
// CHECK: %[[PG:.*]] = circle.reshape %[[P]], {{.*}} -> tensor<1x2x6x3xf32>
// CHECK: %[[OG:.*]] = circle.batch_matmul %[[PG]], %[[V]] : (tensor<1x2x6x3xf32>, tensor<1x2x3x8xf32>) -> tensor<1x2x6x8xf32>
// CHECK: %[[O:.*]] = circle.reshape %[[OG]], {{.*}} -> tensor<1x4x3x8xf32>
// CHECK: return %[[O]]
// concat: each key/value head is sliced once and concatenated twice in
// head order [kv0, kv0, kv1, kv1]; rank 4 everywhere.
// CONCAT-LABEL: func.func @gqa_attention
// CONCAT-SAME: (%[[Q:.*]]: tensor<1x4x3x8xf32>, %[[K:.*]]: tensor<1x2x3x8xf32>, %[[V:.*]]: tensor<1x2x3x8xf32>)
// CONCAT-NOT: circle.broadcast_to
// CONCAT-DAG: %[[K0:.*]] = circle.strided_slice %[[K]], %[[B0:[^,]*]], {{.*}} -> tensor<1x1x3x8xf32>
// CONCAT-DAG: %[[K1:.*]] = circle.strided_slice %[[K]], %[[B1:[^,]*]], {{.*}} -> tensor<1x1x3x8xf32>
// CONCAT-DAG: %[[B0]] = circle.const dense<0> : tensor<4xi32>
// CONCAT-DAG: %[[B1]] = circle.const dense<[0, 1, 0, 0]> : tensor<4xi32>
// CONCAT: %[[KR:.*]] = circle.concatenation %[[K0]], %[[K0]], %[[K1]], %[[K1]] {axis = 1 : i32} {{.*}} -> tensor<1x4x3x8xf32>
// CONCAT: %[[VR:.*]] = circle.concatenation {{.*}} {axis = 1 : i32} {{.*}} -> tensor<1x4x3x8xf32>
// CONCAT: circle.batch_matmul %[[Q]], %[[KR]] {{.*}} : (tensor<1x4x3x8xf32>, tensor<1x4x3x8xf32>) -> tensor<1x4x3x3xf32>
// CONCAT: circle.batch_matmul %{{.*}}, %[[VR]] : (tensor<1x4x3x3xf32>, tensor<1x4x3x8xf32>) -> tensor<1x4x3x8xf32>
// CONCAT-NOT: circle.reshape
// NONE-LABEL: func.func @gqa_attention
// NONE: circle.broadcast_to {{.*}} -> tensor<1x2x2x3x8xf32>
func.func @gqa_attention(%q: tensor<1x4x3x8xf32>, %k: tensor<1x2x3x8xf32>, %v: tensor<1x2x3x8xf32>) -> tensor<1x4x3x8xf32> {
  %k5 = tq.unsqueeze %k {dims = array<i64: 2>} : (tensor<1x2x3x8xf32>) -> tensor<1x2x1x3x8xf32>
  %ke = tq.broadcast %k5 : (tensor<1x2x1x3x8xf32>) -> tensor<1x2x2x3x8xf32>
  %kr = tq.reshape %ke : (tensor<1x2x2x3x8xf32>) -> tensor<1x4x3x8xf32>
  %v5 = tq.unsqueeze %v {dims = array<i64: 2>} : (tensor<1x2x3x8xf32>) -> tensor<1x2x1x3x8xf32>
  %ve = tq.broadcast %v5 : (tensor<1x2x1x3x8xf32>) -> tensor<1x2x2x3x8xf32>
  %vr = tq.reshape %ve : (tensor<1x2x2x3x8xf32>) -> tensor<1x4x3x8xf32>
  %s = tq.matmul %q, %kr {transpose_rhs = true} : (tensor<1x4x3x8xf32>, tensor<1x4x3x8xf32>) -> tensor<1x4x3x3xf32>
  %p = tq.softmax %s {axis = -1 : i64} : (tensor<1x4x3x3xf32>) -> tensor<1x4x3x3xf32>
  %o = tq.matmul %p, %vr : (tensor<1x4x3x3xf32>, tensor<1x4x3x8xf32>) -> tensor<1x4x3x8xf32>
  return %o : tensor<1x4x3x8xf32>
}

// -----

// Multi-query attention (one key/value head, reshape instead of
// unsqueeze): concat needs no slice.
// CHECK-LABEL: func.func @mqa
// CHECK: circle.reshape %{{.*}} -> tensor<2x1x12x8xf32>
// CHECK: circle.batch_matmul {{.*}} : (tensor<2x1x12x8xf32>, tensor<2x1x3x8xf32>) -> tensor<2x1x12x3xf32>
// CONCAT-LABEL: func.func @mqa
// CONCAT-SAME: (%{{.*}}: tensor<2x4x3x8xf32>, %[[K:.*]]: tensor<2x1x3x8xf32>)
// CONCAT-NOT: circle.strided_slice
// CONCAT: circle.concatenation %[[K]], %[[K]], %[[K]], %[[K]] {axis = 1 : i32}
func.func @mqa(%q: tensor<2x4x3x8xf32>, %k: tensor<2x1x3x8xf32>) -> tensor<2x4x3x3xf32> {
  %k5 = tq.reshape %k : (tensor<2x1x3x8xf32>) -> tensor<2x1x1x3x8xf32>
  %ke = tq.broadcast %k5 : (tensor<2x1x1x3x8xf32>) -> tensor<2x1x4x3x8xf32>
  %kr = tq.reshape %ke : (tensor<2x1x4x3x8xf32>) -> tensor<2x4x3x8xf32>
  %s = tq.matmul %q, %kr {transpose_rhs = true} : (tensor<2x4x3x8xf32>, tensor<2x4x3x8xf32>) -> tensor<2x4x3x3xf32>
  return %s : tensor<2x4x3x3xf32>
}

// -----

// The repeated keys are also returned: broadcast cannot fold them into the
// matmul alone and falls back to the copies.
// CHECK-LABEL: func.func @gqa_other_user
// CHECK-NOT: circle.broadcast_to
// CHECK: %[[KR:.*]] = circle.concatenation {{.*}} -> tensor<1x4x3x8xf32>
// CHECK: circle.batch_matmul %{{.*}}, %[[KR]]
// CHECK: return %{{.*}}, %[[KR]]
func.func @gqa_other_user(%q: tensor<1x4x3x8xf32>, %k: tensor<1x2x3x8xf32>) -> (tensor<1x4x3x3xf32>, tensor<1x4x3x8xf32>) {
  %k5 = tq.unsqueeze %k {dims = array<i64: 2>} : (tensor<1x2x3x8xf32>) -> tensor<1x2x1x3x8xf32>
  %ke = tq.broadcast %k5 : (tensor<1x2x1x3x8xf32>) -> tensor<1x2x2x3x8xf32>
  %kr = tq.reshape %ke : (tensor<1x2x2x3x8xf32>) -> tensor<1x4x3x8xf32>
  %s = tq.matmul %q, %kr {transpose_rhs = true} : (tensor<1x4x3x8xf32>, tensor<1x4x3x8xf32>) -> tensor<1x4x3x3xf32>
  return %s, %kr : tensor<1x4x3x3xf32>, tensor<1x4x3x8xf32>
}

// -----

// Close non-match: the repeats are merged into the sequence axis, not the
// head axis, so this is no head repeat and the BROADCAST_TO stays.
// CHECK-LABEL: func.func @repeat_sequence
// CHECK: circle.broadcast_to {{.*}} -> tensor<1x2x2x3x8xf32>
// CONCAT-LABEL: func.func @repeat_sequence
// CONCAT: circle.broadcast_to
func.func @repeat_sequence(%k: tensor<1x2x3x8xf32>) -> tensor<1x2x6x8xf32> {
  %k5 = tq.unsqueeze %k {dims = array<i64: 2>} : (tensor<1x2x3x8xf32>) -> tensor<1x2x1x3x8xf32>
  %ke = tq.broadcast %k5 : (tensor<1x2x1x3x8xf32>) -> tensor<1x2x2x3x8xf32>
  %kr = tq.reshape %ke : (tensor<1x2x2x3x8xf32>) -> tensor<1x2x6x8xf32>
  return %kr : tensor<1x2x6x8xf32>
}

// -----

// A quantized (per-tensor) attention keeps its types through the fold.
// CHECK-LABEL: func.func @gqa_quantized
// CHECK: circle.reshape {{.*}} -> tensor<1x2x4x8x!quant.uniform<i16:f32, 1.000000e-03>>
// CHECK: circle.batch_matmul {{.*}} -> tensor<1x2x4x3x!quant.uniform<i16:f32, 2.000000e-03>>
// CHECK: circle.reshape {{.*}} -> tensor<1x4x2x3x!quant.uniform<i16:f32, 2.000000e-03>>
func.func @gqa_quantized(%q: tensor<1x4x2x8x!quant.uniform<i16:f32, 1.0e-3>>, %k: tensor<1x2x3x8x!quant.uniform<i16:f32, 1.0e-3>>) -> tensor<1x4x2x3x!quant.uniform<i16:f32, 2.0e-3>> {
  %k5 = tq.unsqueeze %k {dims = array<i64: 2>} : (tensor<1x2x3x8x!quant.uniform<i16:f32, 1.0e-3>>) -> tensor<1x2x1x3x8x!quant.uniform<i16:f32, 1.0e-3>>
  %ke = tq.broadcast %k5 : (tensor<1x2x1x3x8x!quant.uniform<i16:f32, 1.0e-3>>) -> tensor<1x2x2x3x8x!quant.uniform<i16:f32, 1.0e-3>>
  %kr = tq.reshape %ke : (tensor<1x2x2x3x8x!quant.uniform<i16:f32, 1.0e-3>>) -> tensor<1x4x3x8x!quant.uniform<i16:f32, 1.0e-3>>
  %s = tq.matmul %q, %kr {transpose_rhs = true} : (tensor<1x4x2x8x!quant.uniform<i16:f32, 1.0e-3>>, tensor<1x4x3x8x!quant.uniform<i16:f32, 1.0e-3>>) -> tensor<1x4x2x3x!quant.uniform<i16:f32, 2.0e-3>>
  return %s : tensor<1x4x2x3x!quant.uniform<i16:f32, 2.0e-3>>
}
