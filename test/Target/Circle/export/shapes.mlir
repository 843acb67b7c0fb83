// RUN: tico-translate --to-circle %s -o %t.circle
// RUN: tico-circle dump %t.circle | FileCheck %s

// Tensor shapes: a dynamic dimension is stored as 1 in shape and -1 in
// shape_signature (absent for static tensors); a scalar has an empty shape
// and has_rank true; an unranked tensor has has_rank false.

func.func @main(%x: tensor<?x4xf32>, %s: tensor<f32>, %u: tensor<*xf32>, %t: tensor<2x?x?xi8>) -> (tensor<?x4xf32>, tensor<f32>, tensor<*xf32>, tensor<2x?x?xi8>) {
  %0 = circle.relu %x : (tensor<?x4xf32>) -> tensor<?x4xf32> loc("dyn")
  %1 = circle.relu %s : (tensor<f32>) -> tensor<f32> loc("scalar")
  return %0, %1, %u, %t : tensor<?x4xf32>, tensor<f32>, tensor<*xf32>, tensor<2x?x?xi8>
}

// CHECK-LABEL: tensors: [
// CHECK-NEXT: {
// CHECK-NEXT: shape: [
// CHECK-NEXT: 1,
// CHECK-NEXT: 4
// CHECK-NEXT: ],
// CHECK-NEXT: name: "main_t0",
// CHECK-NEXT: quantization: {
// CHECK-EMPTY:
// CHECK-NEXT: },
// CHECK-NEXT: shape_signature: [
// CHECK-NEXT: -1,
// CHECK-NEXT: 4
// CHECK-NEXT: ],
// CHECK-NEXT: has_rank: true
// CHECK-NEXT: },
// CHECK-NEXT: {
// CHECK-NEXT: shape: [
// CHECK-EMPTY:
// CHECK-NEXT: ],
// CHECK-NEXT: name: "main_t1",
// CHECK-NEXT: quantization: {
// CHECK-EMPTY:
// CHECK-NEXT: },
// CHECK-NEXT: has_rank: true
// CHECK-NEXT: },
// has_rank false is the default and therefore absent.
// CHECK-NEXT: {
// CHECK-NEXT: shape: [
// CHECK-EMPTY:
// CHECK-NEXT: ],
// CHECK-NEXT: name: "main_t2",
// CHECK-NEXT: quantization: {
// CHECK-EMPTY:
// CHECK-NEXT: }
// CHECK-NEXT: },
// CHECK-NEXT: {
// CHECK-NEXT: shape: [
// CHECK-NEXT: 2,
// CHECK-NEXT: 1,
// CHECK-NEXT: 1
// CHECK-NEXT: ],
// CHECK-NEXT: type: INT8,
// CHECK-NEXT: name: "main_t3",
// CHECK-NEXT: quantization: {
// CHECK-EMPTY:
// CHECK-NEXT: },
// CHECK-NEXT: shape_signature: [
// CHECK-NEXT: 2,
// CHECK-NEXT: -1,
// CHECK-NEXT: -1
// CHECK-NEXT: ],
// CHECK-NEXT: has_rank: true
// CHECK-NEXT: },
// CHECK-NEXT: {
// CHECK-NEXT: shape: [
// CHECK-NEXT: 1,
// CHECK-NEXT: 4
// CHECK-NEXT: ],
// CHECK-NEXT: name: "dyn",
// CHECK: shape_signature: [
// CHECK-NEXT: -1,
// CHECK-NEXT: 4
// CHECK-NEXT: ],
// Static: no shape_signature.
// CHECK: name: "scalar",
// CHECK-NOT: shape_signature
// CHECK: has_rank: true
// CHECK-NEXT: }
// CHECK-NEXT: ],
