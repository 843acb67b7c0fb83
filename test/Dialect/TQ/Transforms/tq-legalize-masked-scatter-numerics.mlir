// Numerical proof: each function runs before and after the pass through the
// reference interpreter on seeded random inputs (ids in [0, 7], floats in
// [-1, 1), random booleans).
// RUN: tico-pass-check %s --split-input-file --seeds 8 --rtol 1e-6 --pass-pipeline='builtin.module(func.func(tq-legalize-masked-scatter))' | FileCheck %s
// CHECK-NOT: {{FAIL|SKIP}}

// Random placeholder layout (ids == 7) in a batch of 2; features flattened
// over the batch with room for every position, so any layout is valid.
// CHECK: PASS flat_random_layout_b2
func.func @flat_random_layout_b2(%ids: tensor<2x6xi32>, %e: tensor<2x6x4xf32>, %f: tensor<12x4xf32>) -> tensor<2x6x4xf32> {
  %c = tq.constant dense<7> : tensor<i32>
  %m = tq.compare %ids, %c {direction = #tq<cmp eq>} : (tensor<2x6xi32>, tensor<i32>) -> tensor<2x6xi1>
  %u = tq.unsqueeze %m {dims = array<i64: -1>} : (tensor<2x6xi1>) -> tensor<2x6x1xi1>
  %b = tq.broadcast %u : (tensor<2x6x1xi1>) -> tensor<2x6x4xi1>
  %0 = tq.masked_scatter %e, %b, %f : (tensor<2x6x4xf32>, tensor<2x6x4xi1>, tensor<12x4xf32>) -> tensor<2x6x4xf32>
  return %0 : tensor<2x6x4xf32>
}

// -----

// A random boolean mask input broadcast over a batch of 3.
// CHECK: PASS mask_broadcast_b3
func.func @mask_broadcast_b3(%e: tensor<3x5x2xf32>, %m: tensor<1x5x1xi1>, %f: tensor<15x2xf32>) -> tensor<3x5x2xf32> {
  %0 = tq.masked_scatter %e, %m, %f : (tensor<3x5x2xf32>, tensor<1x5x1xi1>, tensor<15x2xf32>) -> tensor<3x5x2xf32>
  return %0 : tensor<3x5x2xf32>
}

// -----

// Features (B, V, D) with exactly V = 2 placeholders per row, scattered
// differently in each row (the text ids around them are random).
// CHECK: PASS batched_features_b2
func.func @batched_features_b2(%text: tensor<2x6xi32>, %e: tensor<2x6x4xf32>, %f: tensor<2x2x4xf32>) -> tensor<2x6x4xf32> {
  %slots = tq.constant dense<[[false, true, false, false, true, false], [true, false, false, false, false, true]]> : tensor<2x6xi1>
  %img = tq.constant dense<9> : tensor<i32>
  %ids = tq.where %slots, %img, %text : (tensor<2x6xi1>, tensor<i32>, tensor<2x6xi32>) -> tensor<2x6xi32>
  %m = tq.compare %ids, %img {direction = #tq<cmp eq>} : (tensor<2x6xi32>, tensor<i32>) -> tensor<2x6xi1>
  %u = tq.unsqueeze %m {dims = array<i64: -1>} : (tensor<2x6xi1>) -> tensor<2x6x1xi1>
  %0 = tq.masked_scatter %e, %u, %f : (tensor<2x6x4xf32>, tensor<2x6x1xi1>, tensor<2x2x4xf32>) -> tensor<2x6x4xf32>
  return %0 : tensor<2x6x4xf32>
}
