func.func @f(%x: tensor<4xf32>) -> tensor<4x!quant.uniform<i8:f32, 0.5:3>> {
  %0 = tq.quantize %x : (tensor<4xf32>) -> tensor<4x!quant.uniform<i8:f32, 0.0:3>>
  return %0 : tensor<4x!quant.uniform<i8:f32, 0.5:3>>
}
