// RUN: tico-opt %s -split-input-file -tq-fixed-slot-fusion="slot-start=6" -verify-diagnostics
// RUN: not tico-opt %s -split-input-file -tq-fixed-slot-fusion="slot-start=0 num-tokens=4" 2>&1 | FileCheck %s --check-prefix=TOKENS
// RUN: not tico-opt %s -split-input-file -tq-fixed-slot-fusion 2>&1 | FileCheck %s --check-prefix=NOSLOT
// RUN: not tico-opt %s -split-input-file -tq-fixed-slot-fusion="slot-start=0 num-tokens=-1" 2>&1 | FileCheck %s --check-prefix=NEGATIVE

// The slot [6, 9) does not fit S = 8.
func.func @slot_out_of_range(%ids: tensor<1x8xi32>, %e: tensor<1x8x4xf32>, %f: tensor<3x4xf32>) -> tensor<1x8x4xf32> {
  %c = tq.constant dense<9> : tensor<i32>
  %m = tq.compare %ids, %c {direction = #tq<cmp eq>} : (tensor<1x8xi32>, tensor<i32>) -> tensor<1x8xi1>
  %u = tq.unsqueeze %m {dims = array<i64: -1>} : (tensor<1x8xi1>) -> tensor<1x8x1xi1>
  // expected-error@+1 {{expected slot-start + num-tokens <= 8, got slot-start=6 + num-tokens=3 (embeds [1, 8, 4], features [3, 4])}}
  %0 = tq.masked_scatter %e, %u, %f : (tensor<1x8x4xf32>, tensor<1x8x1xi1>, tensor<3x4xf32>) -> tensor<1x8x4xf32>
  return %0 : tensor<1x8x4xf32>
}

// -----

// Batch 2 with flattened features: 5 rows is not 2 * V.
func.func @rows_not_multiple(%ids: tensor<2x8xi32>, %e: tensor<2x8x4xf32>, %f: tensor<5x4xf32>) -> tensor<2x8x4xf32> {
  %c = tq.constant dense<9> : tensor<i32>
  %m = tq.compare %ids, %c {direction = #tq<cmp eq>} : (tensor<2x8xi32>, tensor<i32>) -> tensor<2x8xi1>
  %u = tq.unsqueeze %m {dims = array<i64: -1>} : (tensor<2x8xi1>) -> tensor<2x8x1xi1>
  // expected-error@+1 {{num-tokens=2 expects 4 feature rows, got 5 (embeds [2, 8, 4], features [5, 4])}}
  %0 = tq.masked_scatter %e, %u, %f : (tensor<2x8x4xf32>, tensor<2x8x1xi1>, tensor<5x4xf32>) -> tensor<2x8x4xf32>
  return %0 : tensor<2x8x4xf32>
}

// TOKENS: :{{[0-9]+}}:8: error: num-tokens=4 expects 4 feature rows, got 3 (embeds [1, 8, 4], features [3, 4])
// TOKENS: :{{[0-9]+}}:8: error: num-tokens=4 expects 8 feature rows, got 5 (embeds [2, 8, 4], features [5, 4])
// NOSLOT: :{{[0-9]+}}:8: error: expected slot-start >= 0 to fuse at a fixed slot, got -1
// NEGATIVE: error: expected num-tokens >= 0, got -1
