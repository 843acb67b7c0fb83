func.func @main(%e: tensor<2x6x4xf32>, %m: tensor<2x6x1xi1>, %f: tensor<5x4xf32>) -> tensor<2x6x4xf32> {
  %0 = tq.masked_scatter %e, %m, %f : (tensor<2x6x4xf32>, tensor<2x6x1xi1>, tensor<5x4xf32>) -> tensor<2x6x4xf32>
  return %0 : tensor<2x6x4xf32>
}
