// A miniature block in the tq dialect: residual add, exp-based gating and a
// reshape, with a fake-quantized output. It grows as the dialect and the
// conversion flow grow (see models/tiny_vlm/README.md).
func.func @main(%hidden: tensor<1x4x8xf32> {tico.name = "hidden_states"},
                %residual: tensor<1x4x8xf32> {tico.name = "residual"})
    -> (tensor<1x32xf32> {tico.name = "output"}) {
  %bias = tq.constant dense<0.5> : tensor<8xf32>
  %0 = tq.add %hidden, %bias : (tensor<1x4x8xf32>, tensor<8xf32>) -> tensor<1x4x8xf32>
  %1 = tq.exp %0 : (tensor<1x4x8xf32>) -> tensor<1x4x8xf32>
  %2 = tq.add %1, %residual : (tensor<1x4x8xf32>, tensor<1x4x8xf32>) -> tensor<1x4x8xf32>
  %3 = tq.reshape %2 : (tensor<1x4x8xf32>) -> tensor<1x32xf32>
  %4 = tq.reshape %3 : (tensor<1x32xf32>) -> tensor<1x32xf32>
  %5 = tq.fake_quant %4 {scale = array<f64: 0.05>, zero_point = array<i64: 0>,
                         quant_min = -32767 : i64, quant_max = 32767 : i64,
                         storage_type = i16} : tensor<1x32xf32>
  return %5 : tensor<1x32xf32>
}
