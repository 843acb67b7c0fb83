// RUN: tico-opt %s -split-input-file -canonicalize="test-convergence" | FileCheck %s

// CHECK-LABEL: func.func @reshape_identity
// CHECK-SAME: (%[[X:.*]]: tensor<2x3xf32>)
// CHECK-NOT: tq.reshape
// CHECK: return %[[X]]
func.func @reshape_identity(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
  %0 = tq.reshape %x : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

// CHECK-LABEL: func.func @reshape_chain
// CHECK-SAME: (%[[X:.*]]: tensor<2x6xf32>)
// CHECK: %[[R:.*]] = tq.reshape %[[X]] : (tensor<2x6xf32>) -> tensor<12xf32>
// CHECK-NOT: tq.reshape
// CHECK: return %[[R]]
func.func @reshape_chain(%x: tensor<2x6xf32>) -> tensor<12xf32> {
  %0 = tq.reshape %x : (tensor<2x6xf32>) -> tensor<3x4xf32>
  %1 = tq.reshape %0 : (tensor<3x4xf32>) -> tensor<12xf32>
  return %1 : tensor<12xf32>
}

// -----

// CHECK-LABEL: func.func @reshape_constant
// CHECK: %[[C:.*]] = tq.constant dense<{{\[}}[1, 2, 3], [4, 5, 6]]> : tensor<2x3xi32>
// CHECK-NOT: tq.reshape
// CHECK: return %[[C]]
func.func @reshape_constant() -> tensor<2x3xi32> {
  %c = tq.constant dense<[1, 2, 3, 4, 5, 6]> : tensor<6xi32>
  %0 = tq.reshape %c : (tensor<6xi32>) -> tensor<2x3xi32>
  return %0 : tensor<2x3xi32>
}

// -----

// A quantized constant folds through reshape and keeps its quantized type.
// CHECK-LABEL: func.func @reshape_quantized_constant
// CHECK: %[[C:.*]] = tq.constant dense<{{\[}}[1, 2], [3, 4]]> : tensor<2x2xi8> -> tensor<2x2x!quant.uniform<i8:f32, 5.000000e-01>>
// CHECK: return %[[C]]
func.func @reshape_quantized_constant() -> tensor<2x2x!quant.uniform<i8:f32, 0.5>> {
  %c = tq.constant dense<[1, 2, 3, 4]> : tensor<4xi8> -> tensor<4x!quant.uniform<i8:f32, 0.5>>
  %0 = tq.reshape %c : (tensor<4x!quant.uniform<i8:f32, 0.5>>) -> tensor<2x2x!quant.uniform<i8:f32, 0.5>>
  return %0 : tensor<2x2x!quant.uniform<i8:f32, 0.5>>
}
