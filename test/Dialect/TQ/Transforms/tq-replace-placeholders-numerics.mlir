// Numerical proof: placeholder rows get the pad embedding, then fusion
// overwrites them, so the fused embeddings are identical. Random ids in
// [0, 7] (7 is the image placeholder, so the layout is random), batch 2.
// RUN: tico-pass-check %s --split-input-file --seeds 8 --rtol 1e-6 --pass-pipeline='builtin.module(func.func(tq-replace-placeholders{image-token-id=7 pad-token-id=0}))' | FileCheck %s
// CHECK-NOT: {{FAIL|SKIP}}

// CHECK: PASS embed_and_fuse_b2
func.func @embed_and_fuse_b2(%ids: tensor<2x5xi32>, %table: tensor<8x4xf32>, %f: tensor<10x4xf32>) -> (tensor<2x5x4xf32>, tensor<2x5xi1>) {
  %e = tq.embedding %table, %ids : (tensor<8x4xf32>, tensor<2x5xi32>) -> tensor<2x5x4xf32>
  %c = tq.constant dense<7> : tensor<i32>
  %m = tq.compare %ids, %c {direction = #tq<cmp eq>} : (tensor<2x5xi32>, tensor<i32>) -> tensor<2x5xi1>
  %u = tq.unsqueeze %m {dims = array<i64: -1>} : (tensor<2x5xi1>) -> tensor<2x5x1xi1>
  %0 = tq.masked_scatter %e, %u, %f : (tensor<2x5x4xf32>, tensor<2x5x1xi1>, tensor<10x4xf32>) -> tensor<2x5x4xf32>
  return %0, %m : tensor<2x5x4xf32>, tensor<2x5xi1>
}

// -----

// The ONNX lookup form: tq.gather along axis 0 of a constant table, int64
// ids, features flattened over the batch (B*V, D) as torch exports them.
// CHECK: PASS onnx_gather_and_fuse_b2
func.func @onnx_gather_and_fuse_b2(%ids: tensor<2x5xi64>, %f: tensor<10x4xf32>) -> (tensor<2x5x4xf32>, tensor<2x5xi1>) {
  %table = tq.constant dense<[[0.5, -1.0, 2.0, 0.25], [1.5, 0.0, -2.0, 3.0], [-0.5, 1.0, 0.75, -3.0], [2.5, -1.5, 1.0, 0.5], [0.125, 4.0, -0.25, 1.0], [-2.0, 0.5, 3.5, -1.0], [1.0, 1.0, -1.0, 2.0], [9.0, -9.0, 8.0, -8.0]]> : tensor<8x4xf32>
  %e = tq.gather %table, %ids {axis = 0 : i64} : (tensor<8x4xf32>, tensor<2x5xi64>) -> tensor<2x5x4xf32>
  %c = tq.constant dense<7> : tensor<i64>
  %m = tq.compare %ids, %c {direction = #tq<cmp eq>} : (tensor<2x5xi64>, tensor<i64>) -> tensor<2x5xi1>
  %u = tq.unsqueeze %m {dims = array<i64: -1>} : (tensor<2x5xi1>) -> tensor<2x5x1xi1>
  %0 = tq.masked_scatter %e, %u, %f : (tensor<2x5x4xf32>, tensor<2x5x1xi1>, tensor<10x4xf32>) -> tensor<2x5x4xf32>
  return %0, %m : tensor<2x5x4xf32>, tensor<2x5xi1>
}
