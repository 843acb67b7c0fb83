func.func @main(%x: tensor<3000000000xf32>) -> tensor<3000000000xf32> {
  %0 = circle.relu %x : (tensor<3000000000xf32>) -> tensor<3000000000xf32>
  return %0 : tensor<3000000000xf32>
}
