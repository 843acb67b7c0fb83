// RUN: tico-run --compare %s %S/Inputs/compare-b.mlir --input x=%S/Inputs/x-4-f32.npy | FileCheck %s
// RUN: tico-run --compare %s %s --seed 3 | FileCheck %s --check-prefix=SAME

// x = [0, 1, 2, 3]: the reference gives x, the other x + [0, 0.1, 0, -0.3].
// |diff| = [0, 0.1, 0, 0.3]: mean 0.1, max 0.3, PEIR = 0.3 / (3 - 0) = 0.1.
// CHECK: y: shape [4] Mean |diff| 0.1 Max |diff| 0.3 PEIR 0.1

// Without --input both run on the same random inputs.
// SAME: y: shape [4] Mean |diff| 0 Max |diff| 0 PEIR 0

func.func @main(%x: tensor<4xf32> {tico.name = "x"}) -> (tensor<4xf32> {tico.name = "y"}) {
  %c = tq.constant dense<0.0> : tensor<4xf32>
  %0 = tq.add %x, %c : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}
