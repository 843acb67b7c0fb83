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
