// RUN: tico-translate --to-circle %s -o - | tico-translate --from-circle | FileCheck %s

// Dynamic dimensions come back from shape_signature, scalars (has_rank,
// empty shape) as rank 0, unranked tensors (no rank) as tensor<*x...>.

func.func @main(%x: tensor<?x4xf32>, %s: tensor<f32>, %u: tensor<*xf32>, %t: tensor<2x?x?xi8>) -> (tensor<?x4xf32>, tensor<f32>, tensor<*xf32>, tensor<2x?x?xi8>) {
  %0 = circle.relu %x : (tensor<?x4xf32>) -> tensor<?x4xf32> loc("dyn")
  %1 = circle.relu %s : (tensor<f32>) -> tensor<f32> loc("scalar")
  return %0, %1, %u, %t : tensor<?x4xf32>, tensor<f32>, tensor<*xf32>, tensor<2x?x?xi8>
}

// CHECK: func.func @main(%arg0: tensor<?x4xf32> {{.*}}, %arg1: tensor<f32> {{.*}}, %arg2: tensor<*xf32> {{.*}}, %arg3: tensor<2x?x?xi8> {{.*}}) -> (tensor<?x4xf32> {{.*}}, tensor<f32> {{.*}}, tensor<*xf32> {{.*}}, tensor<2x?x?xi8> {{.*}})
// CHECK: circle.relu %arg0 : (tensor<?x4xf32>) -> tensor<?x4xf32>
// CHECK: circle.relu %arg1 : (tensor<f32>) -> tensor<f32>
