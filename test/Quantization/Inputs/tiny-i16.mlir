// A fake-quantized block: int16 activations, float weights (quantized to
// int8 by tq-quantize-weights), linear + rms_norm + add + softmax + reshape.
func.func @main(%x: tensor<1x4x8xf32>) -> tensor<1x32xf32> {
  %w = tq.constant dense<[[0.5, -0.25, 0.125, 1.0, -1.0, 0.75, 0.0, 0.25], [0.1, 0.2, 0.3, 0.4, -0.5, -0.6, -0.7, 0.8], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [1.5, -2.0, 0.5, 0.25, 0.125, -0.125, 0.0625, 1.0], [0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3], [-0.4, 0.4, -0.4, 0.4, -0.4, 0.4, -0.4, 0.4], [0.9, -0.1, 0.2, -0.3, 0.4, -0.5, 0.6, -0.7], [0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4]]> : tensor<8x8xf32>
  %b = tq.constant dense<[0.1, -0.2, 0.0, 0.3, 0.5, -0.5, 0.25, 1.0]> : tensor<8xf32>
  %g = tq.constant dense<[1.0, 0.5, 2.0, 1.5, 1.0, 0.75, 1.25, 1.0]> : tensor<8xf32>
  %xq = tq.fake_quant %x {scale = array<f64: 1.0e-4>, zero_point = array<i64: 0>, quant_min = -32768 : i64, quant_max = 32767 : i64, storage_type = i16} : tensor<1x4x8xf32>
  %y = tq.linear %xq, %w, %b : (tensor<1x4x8xf32>, tensor<8x8xf32>, tensor<8xf32>) -> tensor<1x4x8xf32>
  %yq = tq.fake_quant %y {scale = array<f64: 2.0e-4>, zero_point = array<i64: 0>, quant_min = -32768 : i64, quant_max = 32767 : i64, storage_type = i16} : tensor<1x4x8xf32>
  %n = tq.rms_norm %yq, %g {epsilon = 1.0e-06 : f64} : (tensor<1x4x8xf32>, tensor<8xf32>) -> tensor<1x4x8xf32>
  %nq = tq.fake_quant %n {scale = array<f64: 1.5e-4>, zero_point = array<i64: 0>, quant_min = -32768 : i64, quant_max = 32767 : i64, storage_type = i16} : tensor<1x4x8xf32>
  %a = tq.add %nq, %xq : (tensor<1x4x8xf32>, tensor<1x4x8xf32>) -> tensor<1x4x8xf32>
  %aq = tq.fake_quant %a {scale = array<f64: 3.0e-4>, zero_point = array<i64: 0>, quant_min = -32768 : i64, quant_max = 32767 : i64, storage_type = i16} : tensor<1x4x8xf32>
  %s = tq.softmax %aq {axis = -1 : i64} : (tensor<1x4x8xf32>) -> tensor<1x4x8xf32>
  %sq = tq.fake_quant %s {scale = array<f64: 3.0517578125e-05>, zero_point = array<i64: 0>, quant_min = -32768 : i64, quant_max = 32767 : i64, storage_type = i16} : tensor<1x4x8xf32>
  %r = tq.reshape %sq : (tensor<1x4x8xf32>) -> tensor<1x32xf32>
  return %r : tensor<1x32xf32>
}
