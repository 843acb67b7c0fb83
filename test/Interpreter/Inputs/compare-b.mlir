// The second model of compare.mlir: the same as its @main with a perturbed
// constant.
func.func @main(%x: tensor<4xf32> {tico.name = "x"}) -> (tensor<4xf32> {tico.name = "y"}) {
  %c = tq.constant dense<[0.0, 0.1, 0.0, -0.3]> : tensor<4xf32>
  %0 = tq.add %x, %c : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}
