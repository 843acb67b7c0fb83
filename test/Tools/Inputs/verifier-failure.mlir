func.func @f(%x: tensor<4xf32>) -> tensor<2x3xf32> {
  // four elements cannot become six
  %0 = tq.reshape %x : (tensor<4xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}
