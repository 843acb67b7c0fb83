// RUN: tico-opt %s -split-input-file -tq-legalize-masked-scatter | FileCheck %s
// RUN: tico-opt %s -split-input-file -tq-legalize-masked-scatter=remarks=true -verify-diagnostics -o /dev/null

// Features (N, D) with batch 2: one running count over both rows.
// CHECK-LABEL: func.func @flat_features_batch2
// CHECK-SAME: (%[[E:.*]]: tensor<2x6x4xf32>, %[[M:.*]]: tensor<2x6x1xi1>, %[[F:.*]]: tensor<5x4xf32>)
// CHECK: %[[FLAT:.*]] = tq.reshape %[[M]] : (tensor<2x6x1xi1>) -> tensor<1x12xi1>
// CHECK: %[[CNT:.*]] = tq.cast %[[FLAT]] : (tensor<1x12xi1>) -> tensor<1x12xi32>
// CHECK: %[[CUM:.*]] = tq.cumsum %[[CNT]] {axis = 1 : i64
// CHECK: %[[IDX:.*]] = tq.sub %[[CUM]]
// CHECK: tq.compare %[[IDX]], %{{.*}} {direction = #tq<cmp lt>}
// CHECK: %[[LO:.*]] = tq.where
// CHECK: tq.compare %[[LO]], %{{.*}} {direction = #tq<cmp gt>}
// CHECK: %[[HI:.*]] = tq.where
// CHECK: %[[I1:.*]] = tq.reshape %[[HI]] : (tensor<1x12xi32>) -> tensor<12xi32>
// CHECK: %[[G:.*]] = tq.gather %[[F]], %[[I1]] {axis = 0 : i64} : (tensor<5x4xf32>, tensor<12xi32>) -> tensor<12x4xf32>
// CHECK: %[[G3:.*]] = tq.reshape %[[G]] : (tensor<12x4xf32>) -> tensor<2x6x4xf32>
// CHECK: %[[R:.*]] = tq.where %[[M]], %[[G3]], %[[E]] : (tensor<2x6x1xi1>, tensor<2x6x4xf32>, tensor<2x6x4xf32>) -> tensor<2x6x4xf32>
// CHECK-NOT: tq.masked_scatter
// CHECK: return %[[R]]
func.func @flat_features_batch2(%e: tensor<2x6x4xf32>, %m: tensor<2x6x1xi1>, %f: tensor<5x4xf32>) -> tensor<2x6x4xf32> {
  %0 = tq.masked_scatter %e, %m, %f : (tensor<2x6x4xf32>, tensor<2x6x1xi1>, tensor<5x4xf32>) -> tensor<2x6x4xf32>
  return %0 : tensor<2x6x4xf32>
}

// -----

// Features (B, N, D): the count restarts per row and row b reads rows b*N...
// CHECK-LABEL: func.func @batched_features
// CHECK: %[[CUM:.*]] = tq.cumsum %{{.*}} {axis = 1 : i64{{.*}} : (tensor<3x8xi32>) -> tensor<3x8xi32>
// CHECK: %[[OFF:.*]] = tq.constant dense<{{\[}}[0], [2], [4]]> : tensor<3x1xi32>
// CHECK: %[[IDX:.*]] = tq.add %{{.*}}, %[[OFF]]
// CHECK: %[[T:.*]] = tq.reshape %{{.*}} : (tensor<3x2x16xf32>) -> tensor<6x16xf32>
// CHECK: tq.gather %[[T]], %{{.*}} {axis = 0 : i64} : (tensor<6x16xf32>, tensor<24xi32>) -> tensor<24x16xf32>
// CHECK-NOT: tq.masked_scatter
func.func @batched_features(%e: tensor<3x8x16xf32>, %m: tensor<3x8x1xi1>, %f: tensor<3x2x16xf32>) -> tensor<3x8x16xf32> {
  %0 = tq.masked_scatter %e, %m, %f : (tensor<3x8x16xf32>, tensor<3x8x1xi1>, tensor<3x2x16xf32>) -> tensor<3x8x16xf32>
  return %0 : tensor<3x8x16xf32>
}

// -----

// The HF form: ids == placeholder, unsqueezed and expanded to the embeds.
// CHECK-LABEL: func.func @expanded_mask
// CHECK: %[[U:.*]] = tq.unsqueeze
// CHECK: tq.reshape %[[U]] : (tensor<1x8x1xi1>) -> tensor<1x8xi1>
// CHECK: tq.where %[[U]], %{{.*}}, %{{.*}} : (tensor<1x8x1xi1>, tensor<1x8x4xf32>, tensor<1x8x4xf32>)
// CHECK-NOT: tq.masked_scatter
func.func @expanded_mask(%ids: tensor<1x8xi32>, %e: tensor<1x8x4xf32>, %f: tensor<3x4xf32>) -> tensor<1x8x4xf32> {
  %c = tq.constant dense<7> : tensor<i32>
  %m = tq.compare %ids, %c {direction = #tq<cmp eq>} : (tensor<1x8xi32>, tensor<i32>) -> tensor<1x8xi1>
  %u = tq.unsqueeze %m {dims = array<i64: -1>} : (tensor<1x8xi1>) -> tensor<1x8x1xi1>
  %b = tq.broadcast %u : (tensor<1x8x1xi1>) -> tensor<1x8x4xi1>
  %0 = tq.masked_scatter %e, %b, %f : (tensor<1x8x4xf32>, tensor<1x8x4xi1>, tensor<3x4xf32>) -> tensor<1x8x4xf32>
  return %0 : tensor<1x8x4xf32>
}

// -----

// A mask broadcast over the batch is materialized first.
// CHECK-LABEL: func.func @mask_broadcast_over_batch
// CHECK: %[[B:.*]] = tq.broadcast %{{.*}} : (tensor<1x5x1xi1>) -> tensor<2x5x1xi1>
// CHECK: tq.where %[[B]]
func.func @mask_broadcast_over_batch(%e: tensor<2x5x4xf32>, %m: tensor<1x5x1xi1>, %f: tensor<4x4xf32>) -> tensor<2x5x4xf32> {
  %0 = tq.masked_scatter %e, %m, %f : (tensor<2x5x4xf32>, tensor<1x5x1xi1>, tensor<4x4xf32>) -> tensor<2x5x4xf32>
  return %0 : tensor<2x5x4xf32>
}

// -----

// Close non-match: the mask may differ between channels of one row, so the
// row-wise rewrite would be wrong.
// CHECK-LABEL: func.func @elementwise_mask
// CHECK: tq.masked_scatter
func.func @elementwise_mask(%e: tensor<1x4x2xf32>, %m: tensor<1x4x2xi1>, %f: tensor<3x2xf32>) -> tensor<1x4x2xf32> {
  // expected-remark@+1 {{left unchanged: expected a mask with a size-1 last dim (or a broadcast of one)}}
  %0 = tq.masked_scatter %e, %m, %f : (tensor<1x4x2xf32>, tensor<1x4x2xi1>, tensor<3x2xf32>) -> tensor<1x4x2xf32>
  return %0 : tensor<1x4x2xf32>
}

// -----

// Close non-match: dynamic sequence length.
// CHECK-LABEL: func.func @dynamic
// CHECK: tq.masked_scatter
func.func @dynamic(%e: tensor<1x?x2xf32>, %m: tensor<1x?x1xi1>, %f: tensor<3x2xf32>) -> tensor<1x?x2xf32> {
  // expected-remark@+1 {{left unchanged: expected static embeds and features shapes}}
  %0 = tq.masked_scatter %e, %m, %f : (tensor<1x?x2xf32>, tensor<1x?x1xi1>, tensor<3x2xf32>) -> tensor<1x?x2xf32>
  return %0 : tensor<1x?x2xf32>
}
