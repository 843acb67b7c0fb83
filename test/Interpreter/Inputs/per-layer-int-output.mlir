// A fake-quantized linear layer (int16, scale 1e-3) whose output becomes
// an integer model output with tico-quantize="output-type=int".
func.func @main(%x: tensor<1x4xf32> {tico.name = "x"}) -> (tensor<1x4xf32> {tico.name = "y"}) {
  %w = tq.constant dense<[[0.5, -0.25, 0.125, 1.0], [0.1, 0.2, 0.3, 0.4], [-0.5, 0.5, -0.5, 0.5], [1.0, 0.0, -1.0, 0.25]]> : tensor<4x4xf32>
  %xq = tq.fake_quant %x {scale = array<f64: 1.0e-3>, zero_point = array<i64: 0>, quant_min = -32768 : i64, quant_max = 32767 : i64, storage_type = i16} : tensor<1x4xf32>
  %l = tq.linear %xq, %w : (tensor<1x4xf32>, tensor<4x4xf32>) -> tensor<1x4xf32>
  %y = tq.fake_quant %l {scale = array<f64: 1.0e-3>, zero_point = array<i64: 0>, quant_min = -32768 : i64, quant_max = 32767 : i64, storage_type = i16} : tensor<1x4xf32>
  return %y : tensor<1x4xf32>
}
