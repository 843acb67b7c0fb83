func.func @main(%x: tensor<1099511627776xf32>) -> tensor<1099511627776xf32> {
  %0 = tq.exp %x : (tensor<1099511627776xf32>) -> tensor<1099511627776xf32>
  return %0 : tensor<1099511627776xf32>
}
