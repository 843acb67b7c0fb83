// RUN: tico-opt %s -tq-replace-placeholders="image-token-id=9 pad-token-id=16" -verify-diagnostics
// RUN: not tico-opt %s -tq-replace-placeholders="pad-token-id=0" 2>&1 | FileCheck %s --check-prefix=NOIDS
// RUN: not tico-opt %s -tq-replace-placeholders="image-token-id=9" 2>&1 | FileCheck %s --check-prefix=NOPAD

// NOIDS: error: expected at least one of image-token-id, video-token-id, audio-token-id to be >= 0
// NOPAD: error: expected pad-token-id >= 0, got -1
func.func @pad_outside_table(%ids: tensor<1x8xi32>, %table: tensor<16x4xf32>) -> tensor<1x8x4xf32> {
  // expected-error@+1 {{pad-token-id=16 is outside the embedding table of shape [16, 4]}}
  %e = tq.embedding %table, %ids : (tensor<16x4xf32>, tensor<1x8xi32>) -> tensor<1x8x4xf32>
  return %e : tensor<1x8x4xf32>
}

// The ONNX lookup form checks the table too.
func.func @pad_outside_gather_table(%ids: tensor<1x8xi64>) -> (tensor<1x8x4xf32>, tensor<1x8xi1>) {
  %table = tq.constant dense<1.0> : tensor<16x4xf32>
  // expected-error@+1 {{pad-token-id=16 is outside the embedding table of shape [16, 4]}}
  %e = tq.gather %table, %ids {axis = 0 : i64} : (tensor<16x4xf32>, tensor<1x8xi64>) -> tensor<1x8x4xf32>
  %c = tq.constant dense<9> : tensor<i64>
  %m = tq.compare %ids, %c {direction = #tq<cmp eq>} : (tensor<1x8xi64>, tensor<i64>) -> tensor<1x8xi1>
  return %e, %m : tensor<1x8x4xf32>, tensor<1x8xi1>
}
