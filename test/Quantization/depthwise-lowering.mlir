// RUN: tico-opt --tico-quantize %s | tico-opt --tico-lower-to-circle | FileCheck %s

// A grouped (depthwise) conv2d: weights quantized per output channel on
// OIHW axis 0 become DEPTHWISE_CONV_2D weights [1, KH, KW, C] whose
// quantized dimension follows to axis 3 (max|w| 1 -> 1/127, 2 -> 2/127).
// CHECK: circle.const {{.*}} -> tensor<1x3x3x2x!quant.uniform<i8:f32:3, {0.0078740157{{[0-9]*}},0.015748031{{[0-9]*}}}>>
// CHECK: circle.depthwise_conv_2d {{.*}} -> tensor<1x4x4x2x!quant.uniform<i16<-32767:32767>:f32, 2.000000e-02>>
func.func @main(%x: tensor<1x2x4x4xf32>) -> tensor<1x2x4x4xf32> {
  %w = tq.constant dense<[[[[1.0, 0.5, 0.25], [0.1, 0.2, 0.3], [0.0, 1.0, -1.0]]], [[[2.0, 0.5, 0.25], [0.1, 0.2, 0.3], [0.0, 1.0, -1.0]]]]> : tensor<2x1x3x3xf32>
  %xq = tq.fake_quant %x {scale = array<f64: 0.01>, zero_point = array<i64: 0>, quant_min = -32768 : i64, quant_max = 32767 : i64, storage_type = i16} : tensor<1x2x4x4xf32>
  %y = tq.conv2d %xq, %w {padding = array<i64: 1, 1>, groups = 2 : i64} : (tensor<1x2x4x4xf32>, tensor<2x1x3x3xf32>) -> tensor<1x2x4x4xf32>
  %yq = tq.fake_quant %y {scale = array<f64: 0.02>, zero_point = array<i64: 0>, quant_min = -32768 : i64, quant_max = 32767 : i64, storage_type = i16} : tensor<1x2x4x4xf32>
  return %yq : tensor<1x2x4x4xf32>
}
