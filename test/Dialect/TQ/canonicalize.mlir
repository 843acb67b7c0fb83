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

// -----

// Negative and past-the-end indices of static dims become [0, dim] indices.
// CHECK-LABEL: func.func @slice_normalize
// CHECK: tq.slice %{{.*}} {end = array<i64: 2, 7>, start = array<i64: 0, 4>, step = array<i64: 1, 1>} : (tensor<2x8xf32>) -> tensor<2x3xf32>
func.func @slice_normalize(%x: tensor<2x8xf32>) -> tensor<2x3xf32> {
  %0 = tq.slice %x {start = array<i64: 0, -4>, end = array<i64: 9223372036854775807, -1>, step = array<i64: 1, 1>} : (tensor<2x8xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

// Dynamic dims keep their negative indices (the dim size is unknown); static
// dims of the same op are still normalized.
// CHECK-LABEL: func.func @slice_dynamic_kept
// CHECK: tq.slice %{{.*}} {end = array<i64: 2, -1>, start = array<i64: 1, 0>, step = array<i64: 1, 1>} : (tensor<2x?xf32>) -> tensor<1x?xf32>
func.func @slice_dynamic_kept(%x: tensor<2x?xf32>) -> tensor<1x?xf32> {
  %0 = tq.slice %x {start = array<i64: -1, 0>, end = array<i64: 2, -1>, step = array<i64: 1, 1>} : (tensor<2x?xf32>) -> tensor<1x?xf32>
  return %0 : tensor<1x?xf32>
}

// -----

// CHECK-LABEL: func.func @slice_identity
// CHECK-SAME: (%[[X:.*]]: tensor<2x8xf32>)
// CHECK-NOT: tq.slice
// CHECK: return %[[X]]
func.func @slice_identity(%x: tensor<2x8xf32>) -> tensor<2x8xf32> {
  %0 = tq.slice %x {start = array<i64: -2, 0>, end = array<i64: 2, 100>, step = array<i64: 1, 1>} : (tensor<2x8xf32>) -> tensor<2x8xf32>
  return %0 : tensor<2x8xf32>
}

// -----

// A full-range slice with a step > 1 is not the identity.
// CHECK-LABEL: func.func @slice_strided_kept
// CHECK: tq.slice %{{.*}} {end = array<i64: 2, 8>, start = array<i64: 0, 0>, step = array<i64: 1, 2>}
func.func @slice_strided_kept(%x: tensor<2x8xf32>) -> tensor<2x4xf32> {
  %0 = tq.slice %x {start = array<i64: 0, 0>, end = array<i64: 2, 8>, step = array<i64: 1, 2>} : (tensor<2x8xf32>) -> tensor<2x4xf32>
  return %0 : tensor<2x4xf32>
}

// -----

// CHECK-LABEL: func.func @transpose_identity
// CHECK-SAME: (%[[X:.*]]: tensor<2x3xf32>)
// CHECK-NOT: tq.transpose
// CHECK: return %[[X]]
func.func @transpose_identity(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
  %0 = tq.transpose %x {perms = array<i64: 0, 1>} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

// CHECK-LABEL: func.func @transpose_compose
// CHECK-SAME: (%[[X:.*]]: tensor<2x3x4xf32>)
// CHECK: %[[T:.*]] = tq.transpose %[[X]] {perms = array<i64: 2, 0, 1>} : (tensor<2x3x4xf32>) -> tensor<4x2x3xf32>
// CHECK-NOT: tq.transpose
// CHECK: return %[[T]]
func.func @transpose_compose(%x: tensor<2x3x4xf32>) -> tensor<4x2x3xf32> {
  %0 = tq.transpose %x {perms = array<i64: 1, 0, 2>} : (tensor<2x3x4xf32>) -> tensor<3x2x4xf32>
  %1 = tq.transpose %0 {perms = array<i64: 2, 1, 0>} : (tensor<3x2x4xf32>) -> tensor<4x2x3xf32>
  return %1 : tensor<4x2x3xf32>
}

// -----

// CHECK-LABEL: func.func @transpose_inverse
// CHECK-SAME: (%[[X:.*]]: tensor<2x3x4xf32>)
// CHECK-NOT: tq.transpose
// CHECK: return %[[X]]
func.func @transpose_inverse(%x: tensor<2x3x4xf32>) -> tensor<2x3x4xf32> {
  %0 = tq.transpose %x {perms = array<i64: 1, 2, 0>} : (tensor<2x3x4xf32>) -> tensor<3x4x2xf32>
  %1 = tq.transpose %0 {perms = array<i64: 2, 0, 1>} : (tensor<3x4x2xf32>) -> tensor<2x3x4xf32>
  return %1 : tensor<2x3x4xf32>
}

// -----

// CHECK-LABEL: func.func @identity_ops
// CHECK-SAME: (%[[X:.*]]: tensor<2x3xf32>)
// CHECK-NOT: tq.
// CHECK: return %[[X]], %[[X]], %[[X]], %[[X]], %[[X]]
func.func @identity_ops(%x: tensor<2x3xf32>) -> (tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>) {
  %0 = tq.concat %x {axis = 0 : i64} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %1 = tq.broadcast %x : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %2 = tq.cast %x : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %3 = tq.squeeze %x {dims = array<i64>} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %4 = tq.unsqueeze %x {dims = array<i64>} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return %0, %1, %2, %3, %4 : tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>
}

// -----

// Ops that change the type stay.
// CHECK-LABEL: func.func @non_identity_kept
// CHECK: tq.concat
// CHECK: tq.broadcast
// CHECK: tq.cast
func.func @non_identity_kept(%x: tensor<2x3xf32>) -> (tensor<4x3xf32>, tensor<2x2x3xf32>, tensor<2x3xf16>) {
  %0 = tq.concat %x, %x {axis = 0 : i64} : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<4x3xf32>
  %1 = tq.broadcast %x : (tensor<2x3xf32>) -> tensor<2x2x3xf32>
  %2 = tq.cast %x : (tensor<2x3xf32>) -> tensor<2x3xf16>
  return %0, %1, %2 : tensor<4x3xf32>, tensor<2x2x3xf32>, tensor<2x3xf16>
}

// -----

// The observer writes calibration state: it is neither CSE'd nor removed when
// its result is unused.
// CHECK-LABEL: func.func @observe_kept
// CHECK-COUNT-3: tq.observe
func.func @observe_kept(%x: tensor<4xf32>) -> tensor<4xf32> {
  %0 = tq.observe %x {kind = #tq<observer minmax>, dtype = i8} : tensor<4xf32>
  %1 = tq.observe %x {kind = #tq<observer minmax>, dtype = i8} : tensor<4xf32>
  %2 = tq.observe %x {kind = #tq<observer minmax>, dtype = i8} : tensor<4xf32>
  return %0 : tensor<4xf32>
}
