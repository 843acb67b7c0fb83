// RUN: tico-opt %s -split-input-file -canonicalize="test-convergence" | FileCheck %s

// CHECK-LABEL: func.func @identity_layout_ops
// CHECK-SAME: (%[[X:.*]]: tensor<2x3xf32>)
// CHECK-NOT: circle.
// CHECK: return %[[X]], %[[X]], %[[X]], %[[X]], %[[X]]
func.func @identity_layout_ops(%x: tensor<2x3xf32>) -> (tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>) {
  %perm = circle.const dense<[0, 1]> : tensor<2xi32>
  %0 = circle.transpose %x, %perm : (tensor<2x3xf32>, tensor<2xi32>) -> tensor<2x3xf32>
  %shape = circle.const dense<[2, 3]> : tensor<2xi32>
  %1 = circle.reshape %x, %shape : (tensor<2x3xf32>, tensor<2xi32>) -> tensor<2x3xf32>
  %2 = circle.cast %x : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %3 = circle.broadcast_to %x, %shape : (tensor<2x3xf32>, tensor<2xi32>) -> tensor<2x3xf32>
  %4 = circle.concatenation %x : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return %0, %1, %2, %3, %4 : tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>
}

// -----

// Transposes that undo each other disappear; a real one stays.
// CHECK-LABEL: func.func @transpose_pair
// CHECK-SAME: (%[[X:.*]]: tensor<2x3x4xf32>)
func.func @transpose_pair(%x: tensor<2x3x4xf32>) -> (tensor<2x3x4xf32>, tensor<4x2x3xf32>) {
  %p = circle.const dense<[2, 0, 1]> : tensor<3xi32>
  %q = circle.const dense<[1, 2, 0]> : tensor<3xi32>
  // CHECK: %[[T:.*]] = circle.transpose %[[X]]
  %0 = circle.transpose %x, %p : (tensor<2x3x4xf32>, tensor<3xi32>) -> tensor<4x2x3xf32>
  %1 = circle.transpose %0, %q : (tensor<4x2x3xf32>, tensor<3xi32>) -> tensor<2x3x4xf32>
  // CHECK: return %[[X]], %[[T]]
  return %1, %0 : tensor<2x3x4xf32>, tensor<4x2x3xf32>
}

// -----

// reshape(reshape(x)) reads x directly.
// CHECK-LABEL: func.func @reshape_chain
// CHECK-SAME: (%[[X:.*]]: tensor<2x6xf32>)
// CHECK: %[[R:.*]] = circle.reshape %[[X]], %{{.*}} : (tensor<2x6xf32>, tensor<1xi32>) -> tensor<12xf32>
// CHECK-NOT: circle.reshape
// CHECK: return %[[R]]
func.func @reshape_chain(%x: tensor<2x6xf32>) -> tensor<12xf32> {
  %s1 = circle.const dense<[3, 4]> : tensor<2xi32>
  %0 = circle.reshape %x, %s1 : (tensor<2x6xf32>, tensor<2xi32>) -> tensor<3x4xf32>
  %s2 = circle.const dense<[12]> : tensor<1xi32>
  %1 = circle.reshape %0, %s2 : (tensor<3x4xf32>, tensor<1xi32>) -> tensor<12xf32>
  return %1 : tensor<12xf32>
}

// -----

// Layout ops on constants become constants.
// CHECK-LABEL: func.func @constant_layout
// CHECK-DAG: %[[T:.*]] = circle.const dense<{{\[}}[1.000000e+00, 3.000000e+00], [2.000000e+00, 4.000000e+00]]> : tensor<2x2xf32>
// CHECK-DAG: %[[R:.*]] = circle.const dense<[1.000000e+00, 2.000000e+00, 3.000000e+00, 4.000000e+00]> : tensor<4xf32>
// CHECK-NOT: circle.transpose
// CHECK-NOT: circle.reshape
// CHECK: return %[[T]], %[[R]]
func.func @constant_layout() -> (tensor<2x2xf32>, tensor<4xf32>) {
  %c = circle.const dense<[[1.0, 2.0], [3.0, 4.0]]> : tensor<2x2xf32>
  %perm = circle.const dense<[1, 0]> : tensor<2xi32>
  %0 = circle.transpose %c, %perm : (tensor<2x2xf32>, tensor<2xi32>) -> tensor<2x2xf32>
  %shape = circle.const dense<[4]> : tensor<1xi32>
  %1 = circle.reshape %c, %shape : (tensor<2x2xf32>, tensor<1xi32>) -> tensor<4xf32>
  return %0, %1 : tensor<2x2xf32>, tensor<4xf32>
}

// -----

// Non-identity ops that change the type stay.
// CHECK-LABEL: func.func @kept
// CHECK: circle.cast
// CHECK: circle.broadcast_to
func.func @kept(%x: tensor<3xf32>) -> (tensor<3xi32>, tensor<2x3xf32>) {
  %0 = circle.cast %x : (tensor<3xf32>) -> tensor<3xi32>
  %shape = circle.const dense<[2, 3]> : tensor<2xi32>
  %1 = circle.broadcast_to %x, %shape : (tensor<3xf32>, tensor<2xi32>) -> tensor<2x3xf32>
  return %0, %1 : tensor<3xi32>, tensor<2x3xf32>
}
