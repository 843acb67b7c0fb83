// Two arguments, for the data errors of calibrate-errors.test.
func.func @main(%x: tensor<1x4xf32> {tico.name = "x"}, %y: tensor<1x4xf32> {tico.name = "y"}) -> tensor<1x4xf32> {
  %0 = tq.add %x, %y : (tensor<1x4xf32>, tensor<1x4xf32>) -> tensor<1x4xf32>
  return %0 : tensor<1x4xf32>
}
