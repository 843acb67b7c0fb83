// RUN: tico-opt %s -split-input-file -tq-fixed-slot-fusion="slot-start=2" | FileCheck %s
// RUN: tico-opt %s -split-input-file -tq-fixed-slot-fusion="slot-start=2 remarks=true" -verify-diagnostics -o /dev/null

// Gemma4-style: features (V, D), batch 1, slot [2, 5) inside S = 8.
// CHECK-LABEL: func.func @placeholder_mask
// CHECK-SAME: (%[[IDS:.*]]: tensor<1x8xi32>, %[[E:.*]]: tensor<1x8x4xf32>, %[[F:.*]]: tensor<3x4xf32>)
// CHECK: %[[F3:.*]] = tq.reshape %[[F]] : (tensor<3x4xf32>) -> tensor<1x3x4xf32>
// CHECK: %[[A:.*]] = tq.slice %[[E]] {end = array<i64: 1, 2, 4>, start = array<i64: 0, 0, 0>, step = array<i64: 1, 1, 1>} : (tensor<1x8x4xf32>) -> tensor<1x2x4xf32>
// CHECK: %[[B:.*]] = tq.slice %[[E]] {end = array<i64: 1, 8, 4>, start = array<i64: 0, 5, 0>, step = array<i64: 1, 1, 1>} : (tensor<1x8x4xf32>) -> tensor<1x3x4xf32>
// CHECK: %[[R:.*]] = tq.concat %[[A]], %[[F3]], %[[B]] {axis = 1 : i64} : (tensor<1x2x4xf32>, tensor<1x3x4xf32>, tensor<1x3x4xf32>) -> tensor<1x8x4xf32>
// CHECK-NOT: tq.masked_scatter
// CHECK: return %[[R]]
func.func @placeholder_mask(%ids: tensor<1x8xi32>, %e: tensor<1x8x4xf32>, %f: tensor<3x4xf32>) -> tensor<1x8x4xf32> {
  %c = tq.constant dense<9> : tensor<i32>
  %m = tq.compare %ids, %c {direction = #tq<cmp eq>} : (tensor<1x8xi32>, tensor<i32>) -> tensor<1x8xi1>
  %u = tq.unsqueeze %m {dims = array<i64: -1>} : (tensor<1x8xi1>) -> tensor<1x8x1xi1>
  %0 = tq.masked_scatter %e, %u, %f : (tensor<1x8x4xf32>, tensor<1x8x1xi1>, tensor<3x4xf32>) -> tensor<1x8x4xf32>
  return %0 : tensor<1x8x4xf32>
}

// -----

// Batch 2 with features flattened over the batch (B*V, D), image|video mask.
// CHECK-LABEL: func.func @batch2_flat_features
// CHECK: %[[F3:.*]] = tq.reshape %{{.*}} : (tensor<6x4xf32>) -> tensor<2x3x4xf32>
// CHECK: tq.concat %{{.*}}, %[[F3]], %{{.*}} {axis = 1 : i64} : (tensor<2x2x4xf32>, tensor<2x3x4xf32>, tensor<2x1x4xf32>) -> tensor<2x6x4xf32>
func.func @batch2_flat_features(%ids: tensor<2x6xi64>, %e: tensor<2x6x4xf32>, %f: tensor<6x4xf32>) -> tensor<2x6x4xf32> {
  %img = tq.constant dense<9> : tensor<i64>
  %vid = tq.constant dense<10> : tensor<i64>
  %a = tq.compare %ids, %img {direction = #tq<cmp eq>} : (tensor<2x6xi64>, tensor<i64>) -> tensor<2x6xi1>
  %b = tq.compare %vid, %ids {direction = #tq<cmp eq>} : (tensor<i64>, tensor<2x6xi64>) -> tensor<2x6xi1>
  %m = tq.logical_or %a, %b : (tensor<2x6xi1>, tensor<2x6xi1>) -> tensor<2x6xi1>
  %u = tq.unsqueeze %m {dims = array<i64: -1>} : (tensor<2x6xi1>) -> tensor<2x6x1xi1>
  %x = tq.broadcast %u : (tensor<2x6x1xi1>) -> tensor<2x6x4xi1>
  %0 = tq.masked_scatter %e, %x, %f : (tensor<2x6x4xf32>, tensor<2x6x4xi1>, tensor<6x4xf32>) -> tensor<2x6x4xf32>
  return %0 : tensor<2x6x4xf32>
}

// -----

// Batched features (B, V, D) that end exactly at S: the tail piece is omitted.
// CHECK-LABEL: func.func @batched_features_at_end
// CHECK: %[[A:.*]] = tq.slice
// CHECK: %[[R:.*]] = tq.concat %[[A]], %{{.*}} {axis = 1 : i64} : (tensor<3x2x4xf32>, tensor<3x2x4xf32>) -> tensor<3x4x4xf32>
func.func @batched_features_at_end(%ids: tensor<3x4xi32>, %e: tensor<3x4x4xf32>, %f: tensor<3x2x4xf32>) -> tensor<3x4x4xf32> {
  %c = tq.constant dense<9> : tensor<i32>
  %m = tq.compare %ids, %c {direction = #tq<cmp eq>} : (tensor<3x4xi32>, tensor<i32>) -> tensor<3x4xi1>
  %u = tq.unsqueeze %m {dims = array<i64: -1>} : (tensor<3x4xi1>) -> tensor<3x4x1xi1>
  %0 = tq.masked_scatter %e, %u, %f : (tensor<3x4x4xf32>, tensor<3x4x1xi1>, tensor<3x2x4xf32>) -> tensor<3x4x4xf32>
  return %0 : tensor<3x4x4xf32>
}

// -----

// Qwen3-VL export form: a span write (slot taken from the op, not the option).
// CHECK-LABEL: func.func @span_write
// CHECK: %[[F3:.*]] = tq.unsqueeze
// CHECK: %[[B:.*]] = tq.slice %{{.*}} {end = array<i64: 1, 8, 4>, start = array<i64: 0, 3, 0>
// CHECK: tq.concat %[[F3]], %[[B]] {axis = 1 : i64} : (tensor<1x3x4xf32>, tensor<1x5x4xf32>) -> tensor<1x8x4xf32>
// CHECK-NOT: tq.slice_update
func.func @span_write(%e: tensor<1x8x4xf32>, %f: tensor<3x4xf32>) -> tensor<1x8x4xf32> {
  %u = tq.unsqueeze %f {dims = array<i64: 0>} : (tensor<3x4xf32>) -> tensor<1x3x4xf32>
  %0 = tq.slice_update %e, %u {start = array<i64: 0, 0, 0>} : (tensor<1x8x4xf32>, tensor<1x3x4xf32>) -> tensor<1x8x4xf32>
  return %0 : tensor<1x8x4xf32>
}

// -----

// DeepStack span add h[:, s:s+V] += f, batch 2.
// CHECK-LABEL: func.func @deepstack_span_add
// CHECK-SAME: (%[[H:.*]]: tensor<2x8x4xf32>, %[[F:.*]]: tensor<2x3x4xf32>)
// CHECK: %[[S:.*]] = tq.slice %[[H]] {end = array<i64: 2, 5, 4>, start = array<i64: 0, 2, 0>
// CHECK: %[[ADD:.*]] = tq.add %[[S]], %[[F]]
// CHECK: %[[A:.*]] = tq.slice %[[H]] {end = array<i64: 2, 2, 4>, start = array<i64: 0, 0, 0>
// CHECK: %[[B:.*]] = tq.slice %[[H]] {end = array<i64: 2, 8, 4>, start = array<i64: 0, 5, 0>
// CHECK: %[[R:.*]] = tq.concat %[[A]], %[[ADD]], %[[B]] {axis = 1 : i64}
// CHECK: return %[[R]]
func.func @deepstack_span_add(%h: tensor<2x8x4xf32>, %f: tensor<2x3x4xf32>) -> tensor<2x8x4xf32> {
  %s = tq.slice %h {start = array<i64: 0, 2, 0>, end = array<i64: 2, 5, 4>, step = array<i64: 1, 1, 1>} : (tensor<2x8x4xf32>) -> tensor<2x3x4xf32>
  %a = tq.add %s, %f : (tensor<2x3x4xf32>, tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  %0 = tq.slice_update %h, %a {start = array<i64: 0, 2, 0>} : (tensor<2x8x4xf32>, tensor<2x3x4xf32>) -> tensor<2x8x4xf32>
  return %0 : tensor<2x8x4xf32>
}

// -----

// Flattened (B*S, D) span write along axis 0.
// CHECK-LABEL: func.func @flat_span_write
// CHECK: tq.concat %{{.*}}, %{{.*}}, %{{.*}} {axis = 0 : i64} : (tensor<2x4xf32>, tensor<3x4xf32>, tensor<3x4xf32>) -> tensor<8x4xf32>
func.func @flat_span_write(%e: tensor<8x4xf32>, %f: tensor<3x4xf32>) -> tensor<8x4xf32> {
  %0 = tq.slice_update %e, %f {start = array<i64: 2, 0>} : (tensor<8x4xf32>, tensor<3x4xf32>) -> tensor<8x4xf32>
  return %0 : tensor<8x4xf32>
}

// -----

// Close non-match: the mask is an input, not a placeholder comparison.
// CHECK-LABEL: func.func @mask_input
// CHECK: tq.masked_scatter
func.func @mask_input(%e: tensor<1x8x4xf32>, %m: tensor<1x8x1xi1>, %f: tensor<3x4xf32>) -> tensor<1x8x4xf32> {
  // expected-remark@+1 {{left unchanged: mask is not a comparison of token ids with a placeholder id}}
  %0 = tq.masked_scatter %e, %m, %f : (tensor<1x8x4xf32>, tensor<1x8x1xi1>, tensor<3x4xf32>) -> tensor<1x8x4xf32>
  return %0 : tensor<1x8x4xf32>
}

// -----

// Close non-match: a box narrower along two axes.
// CHECK-LABEL: func.func @box_write
// CHECK: tq.slice_update
func.func @box_write(%e: tensor<2x8x4xf32>, %f: tensor<1x3x4xf32>) -> tensor<2x8x4xf32> {
  // expected-remark@+1 {{left unchanged: update is narrower than dest along more than one axis}}
  %0 = tq.slice_update %e, %f {start = array<i64: 1, 2, 0>} : (tensor<2x8x4xf32>, tensor<1x3x4xf32>) -> tensor<2x8x4xf32>
  return %0 : tensor<2x8x4xf32>
}
