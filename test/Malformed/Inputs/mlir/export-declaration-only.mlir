func.func private @main(%x: tensor<4xf32>) -> tensor<4xf32>
