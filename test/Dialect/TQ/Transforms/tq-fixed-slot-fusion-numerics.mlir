// Numerical proof on seeded random inputs; the placeholder layout satisfies
// the pass's precondition (placeholders exactly at [1, 4) in every row),
// the text ids around it and all float data are random.
// RUN: tico-pass-check %s --split-input-file --seeds 8 --rtol 1e-6 --pass-pipeline='builtin.module(func.func(tq-fixed-slot-fusion{slot-start=1}))' | FileCheck %s
// CHECK-NOT: {{FAIL|SKIP}}

// CHECK: PASS gemma_b1
func.func @gemma_b1(%text: tensor<1x6xi32>, %e: tensor<1x6x4xf32>, %f: tensor<3x4xf32>) -> tensor<1x6x4xf32> {
  %slots = tq.constant dense<[[false, true, true, true, false, false]]> : tensor<1x6xi1>
  %img = tq.constant dense<9> : tensor<i32>
  %ids = tq.where %slots, %img, %text : (tensor<1x6xi1>, tensor<i32>, tensor<1x6xi32>) -> tensor<1x6xi32>
  %m = tq.compare %ids, %img {direction = #tq<cmp eq>} : (tensor<1x6xi32>, tensor<i32>) -> tensor<1x6xi1>
  %u = tq.unsqueeze %m {dims = array<i64: -1>} : (tensor<1x6xi1>) -> tensor<1x6x1xi1>
  %0 = tq.masked_scatter %e, %u, %f : (tensor<1x6x4xf32>, tensor<1x6x1xi1>, tensor<3x4xf32>) -> tensor<1x6x4xf32>
  return %0 : tensor<1x6x4xf32>
}

// -----

// CHECK: PASS flat_features_b2
func.func @flat_features_b2(%text: tensor<2x6xi32>, %e: tensor<2x6x4xf32>, %f: tensor<6x4xf32>) -> tensor<2x6x4xf32> {
  %slots = tq.constant dense<[[false, true, true, true, false, false], [false, true, true, true, false, false]]> : tensor<2x6xi1>
  %img = tq.constant dense<9> : tensor<i32>
  %ids = tq.where %slots, %img, %text : (tensor<2x6xi1>, tensor<i32>, tensor<2x6xi32>) -> tensor<2x6xi32>
  %m = tq.compare %ids, %img {direction = #tq<cmp eq>} : (tensor<2x6xi32>, tensor<i32>) -> tensor<2x6xi1>
  %u = tq.unsqueeze %m {dims = array<i64: -1>} : (tensor<2x6xi1>) -> tensor<2x6x1xi1>
  %b = tq.broadcast %u : (tensor<2x6x1xi1>) -> tensor<2x6x4xi1>
  %0 = tq.masked_scatter %e, %b, %f : (tensor<2x6x4xf32>, tensor<2x6x4xi1>, tensor<6x4xf32>) -> tensor<2x6x4xf32>
  return %0 : tensor<2x6x4xf32>
}

// -----

// CHECK: PASS batched_features_b2
func.func @batched_features_b2(%text: tensor<2x4xi32>, %e: tensor<2x4x4xf32>, %f: tensor<2x3x4xf32>) -> tensor<2x4x4xf32> {
  %slots = tq.constant dense<[[false, true, true, true], [false, true, true, true]]> : tensor<2x4xi1>
  %img = tq.constant dense<9> : tensor<i32>
  %ids = tq.where %slots, %img, %text : (tensor<2x4xi1>, tensor<i32>, tensor<2x4xi32>) -> tensor<2x4xi32>
  %m = tq.compare %ids, %img {direction = #tq<cmp eq>} : (tensor<2x4xi32>, tensor<i32>) -> tensor<2x4xi1>
  %u = tq.unsqueeze %m {dims = array<i64: -1>} : (tensor<2x4xi1>) -> tensor<2x4x1xi1>
  %0 = tq.masked_scatter %e, %u, %f : (tensor<2x4x4xf32>, tensor<2x4x1xi1>, tensor<2x3x4xf32>) -> tensor<2x4x4xf32>
  return %0 : tensor<2x4x4xf32>
}

// -----

// DeepStack span add and a plain span write, batch 2.
// CHECK: PASS span_add_b2
func.func @span_add_b2(%h: tensor<2x6x4xf32>, %f: tensor<2x3x4xf32>) -> tensor<2x6x4xf32> {
  %s = tq.slice %h {start = array<i64: 0, 1, 0>, end = array<i64: 2, 4, 4>, step = array<i64: 1, 1, 1>} : (tensor<2x6x4xf32>) -> tensor<2x3x4xf32>
  %a = tq.add %s, %f : (tensor<2x3x4xf32>, tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  %0 = tq.slice_update %h, %a {start = array<i64: 0, 1, 0>} : (tensor<2x6x4xf32>, tensor<2x3x4xf32>) -> tensor<2x6x4xf32>
  return %0 : tensor<2x6x4xf32>
}

// -----

// CHECK: PASS flat_span_write
func.func @flat_span_write(%e: tensor<12x4xf32>, %f: tensor<3x4xf32>) -> tensor<12x4xf32> {
  %0 = tq.slice_update %e, %f {start = array<i64: 9, 0>} : (tensor<12x4xf32>, tensor<3x4xf32>) -> tensor<12x4xf32>
  return %0 : tensor<12x4xf32>
}
