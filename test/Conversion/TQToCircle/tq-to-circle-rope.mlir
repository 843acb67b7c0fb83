// RUN: tico-opt %s -split-input-file -pass-pipeline='builtin.module(func.func(convert-tq-to-circle))' | FileCheck %s

// Rank-4 rope with full-depth tables: Circle ROPE (sin before cos).
// CHECK-LABEL: func.func @rope_native
// CHECK-SAME: (%[[X:.*]]: tensor<1x2x3x4xf32>, %[[COS:.*]]: tensor<1x1x3x4xf32>, %[[SIN:.*]]: tensor<1x1x3x4xf32>)
func.func @rope_native(%x: tensor<1x2x3x4xf32>, %cos: tensor<1x1x3x4xf32>, %sin: tensor<1x1x3x4xf32>) -> (tensor<1x2x3x4xf32>, tensor<1x2x3x4xf32>) {
  // CHECK: circle.rope %[[X]], %[[SIN]], %[[COS]] :
  %0 = tq.rope %x, %cos, %sin : (tensor<1x2x3x4xf32>, tensor<1x1x3x4xf32>, tensor<1x1x3x4xf32>) -> tensor<1x2x3x4xf32>
  // CHECK: circle.rope %[[X]], %[[SIN]], %[[COS]] {mode = #circle<rope_mode GPT_J>}
  %1 = tq.rope %x, %cos, %sin {mode = #tq<rope_mode interleaved>} : (tensor<1x2x3x4xf32>, tensor<1x1x3x4xf32>, tensor<1x1x3x4xf32>) -> tensor<1x2x3x4xf32>
  return %0, %1 : tensor<1x2x3x4xf32>, tensor<1x2x3x4xf32>
}

// -----

// Other ranks: x * cos + rotate_half(x) * sin.
// CHECK-LABEL: func.func @rope_decomposed
// CHECK-SAME: (%[[X:.*]]: tensor<3x4xf32>, %[[COS:.*]]: tensor<3x4xf32>, %[[SIN:.*]]: tensor<3x4xf32>)
func.func @rope_decomposed(%x: tensor<3x4xf32>, %cos: tensor<3x4xf32>, %sin: tensor<3x4xf32>) -> tensor<3x4xf32> {
  // CHECK: %[[PARTS:.*]]:2 = circle.split_v %[[X]]
  // CHECK: %[[NEG:.*]] = circle.neg %[[PARTS]]#1
  // CHECK: %[[ROT:.*]] = circle.concatenation %[[NEG]], %[[PARTS]]#0 {axis = 1 : i32}
  // CHECK: %[[A:.*]] = circle.mul %[[X]], %[[COS]]
  // CHECK: %[[B:.*]] = circle.mul %[[ROT]], %[[SIN]]
  // CHECK: circle.add %[[A]], %[[B]]
  %0 = tq.rope %x, %cos, %sin : (tensor<3x4xf32>, tensor<3x4xf32>, tensor<3x4xf32>) -> tensor<3x4xf32>
  return %0 : tensor<3x4xf32>
}
