func.func @f(%x: tensor<2x3xf32>) -> tensor<3x2xf32> {
  %0 = tq.transpose %x {perms = array<i64: 0, 0>} : (tensor<2x3xf32>) -> tensor<3x2xf32>
  return %0 : tensor<3x2xf32>
}
