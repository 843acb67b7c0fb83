// RUN: tico-opt %s -split-input-file -tq-replace-placeholders="image-token-id=9 video-token-id=10 pad-token-id=0" | FileCheck %s
// RUN: tico-opt %s -split-input-file -tq-replace-placeholders="image-token-id=9 pad-token-id=0" | FileCheck %s --check-prefix=IMAGE
// RUN: tico-opt %s -split-input-file -tq-replace-placeholders="image-token-id=9 pad-token-id=0 remarks=true" -verify-diagnostics -o /dev/null

// Gemma4: the token embedding and the per-layer embedding both read ids';
// the placeholder mask that fusion reads keeps the original ids. Batch 2.
// CHECK-LABEL: func.func @gemma4_like
// CHECK-SAME: (%[[IDS:.*]]: tensor<2x8xi32>
// CHECK: %[[C9:.*]] = tq.constant dense<9> : tensor<i32>
// CHECK: %[[I:.*]] = tq.compare %[[IDS]], %[[C9]] {direction = #tq<cmp eq>}
// CHECK: %[[C10:.*]] = tq.constant dense<10> : tensor<i32>
// CHECK: %[[V:.*]] = tq.compare %[[IDS]], %[[C10]] {direction = #tq<cmp eq>}
// CHECK: %[[M:.*]] = tq.logical_or %[[I]], %[[V]]
// CHECK: %[[C0:.*]] = tq.constant dense<0> : tensor<i32>
// CHECK: %[[P:.*]] = tq.where %[[M]], %[[C0]], %[[IDS]] : (tensor<2x8xi1>, tensor<i32>, tensor<2x8xi32>) -> tensor<2x8xi32>
// CHECK: tq.embedding %{{.*}}, %[[P]]
// CHECK: tq.embedding %{{.*}}, %[[P]]
// CHECK: tq.compare %[[IDS]], %{{.*}} {direction = #tq<cmp eq>} : (tensor<2x8xi32>, tensor<i32>) -> tensor<2x8xi1>
// IMAGE-LABEL: func.func @gemma4_like
// IMAGE-NOT: tq.logical_or
// IMAGE: tq.where
func.func @gemma4_like(%ids: tensor<2x8xi32>, %table: tensor<16x4xf32>, %ple: tensor<16x6xf32>) -> (tensor<2x8x4xf32>, tensor<2x8x6xf32>, tensor<2x8xi1>) {
  %e = tq.embedding %table, %ids : (tensor<16x4xf32>, tensor<2x8xi32>) -> tensor<2x8x4xf32>
  %p = tq.embedding %ple, %ids : (tensor<16x6xf32>, tensor<2x8xi32>) -> tensor<2x8x6xf32>
  %c = tq.constant dense<9> : tensor<i32>
  %m = tq.compare %ids, %c {direction = #tq<cmp eq>} : (tensor<2x8xi32>, tensor<i32>) -> tensor<2x8xi1>
  return %e, %p, %m : tensor<2x8x4xf32>, tensor<2x8x6xf32>, tensor<2x8xi1>
}

// -----

// Graphs without the pattern are unchanged: the ids are computed.
// CHECK-LABEL: func.func @computed_ids
// CHECK-NOT: tq.where
// CHECK: tq.embedding
func.func @computed_ids(%ids: tensor<1x8xi32>, %table: tensor<16x4xf32>) -> tensor<1x8x4xf32> {
  %one = tq.constant dense<1> : tensor<i32>
  %shifted = tq.add %ids, %one : (tensor<1x8xi32>, tensor<i32>) -> tensor<1x8xi32>
  // expected-remark@+1 {{left unchanged: ids are not a token-id argument of the function}}
  %e = tq.embedding %table, %shifted : (tensor<16x4xf32>, tensor<1x8xi32>) -> tensor<1x8x4xf32>
  return %e : tensor<1x8x4xf32>
}

// -----

// No embedding at all: unchanged.
// CHECK-LABEL: func.func @no_embedding
// CHECK-NEXT: return
func.func @no_embedding(%x: tensor<1x8x4xf32>) -> tensor<1x8x4xf32> {
  return %x : tensor<1x8x4xf32>
}

// -----

// ONNX's Gather(E, ids) imports as tq.gather along axis 0 of a constant
// 2-D table: the same lookup. The ids are compared with the image id (the
// fusion mask), so they are token ids; int64 ids as torch exports them.
// CHECK-LABEL: func.func @onnx_gather_lookup
// CHECK-SAME: (%[[IDS:.*]]: tensor<2x8xi64>
// CHECK: %[[C9:.*]] = tq.constant dense<9> : tensor<i64>
// CHECK: %[[I:.*]] = tq.compare %[[IDS]], %[[C9]] {direction = #tq<cmp eq>}
// CHECK: %[[V:.*]] = tq.compare %[[IDS]], %{{.*}} {direction = #tq<cmp eq>}
// CHECK: %[[M:.*]] = tq.logical_or %[[I]], %[[V]]
// CHECK: %[[P:.*]] = tq.where %[[M]], %{{.*}}, %[[IDS]] : (tensor<2x8xi1>, tensor<i64>, tensor<2x8xi64>) -> tensor<2x8xi64>
// CHECK: tq.gather %{{.*}}, %[[P]] {axis = 0 : i64} : (tensor<16x4xf32>, tensor<2x8xi64>) -> tensor<2x8x4xf32>
// CHECK: tq.compare %{{.*}}, %[[IDS]] {direction = #tq<cmp eq>} : (tensor<i64>, tensor<2x8xi64>) -> tensor<2x8xi1>
func.func @onnx_gather_lookup(%ids: tensor<2x8xi64>) -> (tensor<2x8x4xf32>, tensor<2x8xi1>) {
  %table = tq.constant dense<1.0> : tensor<16x4xf32>
  %e = tq.gather %table, %ids {axis = 0 : i64} : (tensor<16x4xf32>, tensor<2x8xi64>) -> tensor<2x8x4xf32>
  %c = tq.constant dense<9> : tensor<i64>
  %m = tq.compare %c, %ids {direction = #tq<cmp eq>} : (tensor<i64>, tensor<2x8xi64>) -> tensor<2x8xi1>
  return %e, %m : tensor<2x8x4xf32>, tensor<2x8xi1>
}

// -----

// Close non-matches of the gather form: a gather by an argument that is
// never compared with a placeholder id (a position table read by position
// ids), a gather along axis 1, and a gather of a table that is not a
// constant. Only the first leaves a remark (the others are no lookups).
// CHECK-LABEL: func.func @gather_not_token_lookup
// CHECK-NOT: tq.where
// CHECK: return
func.func @gather_not_token_lookup(%pos: tensor<2x8xi64>, %ids: tensor<2x8xi64>, %t: tensor<16x4xf32>) -> (tensor<2x8x4xf32>, tensor<4x2x8xf32>, tensor<2x8x4xf32>, tensor<2x8xi1>) {
  %table = tq.constant dense<1.0> : tensor<16x4xf32>
  // expected-remark@+1 {{left unchanged: a gather by an argument that is never compared with a placeholder id}}
  %p = tq.gather %table, %pos {axis = 0 : i64} : (tensor<16x4xf32>, tensor<2x8xi64>) -> tensor<2x8x4xf32>
  %cols = tq.constant dense<1.0> : tensor<4x16xf32>
  %a1 = tq.gather %cols, %ids {axis = 1 : i64} : (tensor<4x16xf32>, tensor<2x8xi64>) -> tensor<4x2x8xf32>
  %e = tq.gather %t, %ids {axis = 0 : i64} : (tensor<16x4xf32>, tensor<2x8xi64>) -> tensor<2x8x4xf32>
  %c = tq.constant dense<9> : tensor<i64>
  %m = tq.compare %ids, %c {direction = #tq<cmp eq>} : (tensor<2x8xi64>, tensor<i64>) -> tensor<2x8xi1>
  return %p, %a1, %e, %m : tensor<2x8x4xf32>, tensor<4x2x8xf32>, tensor<2x8x4xf32>, tensor<2x8xi1>
}
