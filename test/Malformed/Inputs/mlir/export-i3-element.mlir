func.func @main(%x: tensor<4xi3>) -> tensor<4xi3> {
  %0 = circle.neg %x : (tensor<4xi3>) -> tensor<4xi3>
  return %0 : tensor<4xi3>
}
