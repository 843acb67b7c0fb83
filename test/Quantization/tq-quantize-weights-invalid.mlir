// RUN: tico-opt %s -split-input-file -verify-diagnostics --tq-quantize-weights

// Negative: a bias that does not fit int32 at s_in * s_w is an error, not a
// silent clamp (1e9 / (1e-3 * 1/127) is about 1.3e14).
func.func @bias_overflow(%x: tensor<1x1xf32>) -> tensor<1x1xf32> {
  %w = tq.constant dense<[[1.0]]> : tensor<1x1xf32>
  %b = tq.constant dense<[1.0e9]> : tensor<1xf32>
  %q = tq.quantize %x : tensor<1x1xf32> to tensor<1x1x!quant.uniform<i8:f32, 0.001>>
  %d = tq.dequantize %q : tensor<1x1x!quant.uniform<i8:f32, 0.001>> to tensor<1x1xf32>
  // expected-error@+1 {{bias element 0 (1.000000e+09) does not fit int32 with scale}}
  %y = tq.linear %d, %w, %b : (tensor<1x1xf32>, tensor<1x1xf32>, tensor<1xf32>) -> tensor<1x1xf32>
  return %y : tensor<1x1xf32>
}
