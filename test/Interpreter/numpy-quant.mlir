// Quantization of random data against numpy (round half away from zero,
// x / scale in float32, clamp to the storage range).
// REQUIRES: numpy
// RUN: rm -rf %t && mkdir -p %t
// RUN: %numpy_python %S/Inputs/numpy_quant.py make %t
// RUN: tico-run %s --input x=%t/x.npy --output-dir %t/out > /dev/null
// RUN: %numpy_python %S/Inputs/numpy_quant.py check %t | FileCheck %s

// CHECK: per_tensor ok
// CHECK: per_axis ok
// CHECK: fake_quant ok
// CHECK: dequantized ok

func.func @main(%x: tensor<3x64xf32> {tico.name = "x"})
    -> (tensor<3x64x!quant.uniform<i8:f32, 0.0125:-5>> {tico.name = "per_tensor"},
        tensor<3x64x!quant.uniform<u8:f32:0, {0.01:128, 0.05:3, 0.003:250}>> {tico.name = "per_axis"},
        tensor<3x64xf32> {tico.name = "fake_quant"}, tensor<3x64xf32> {tico.name = "dequantized"}) {
  %0 = tq.quantize %x : tensor<3x64xf32> to tensor<3x64x!quant.uniform<i8:f32, 0.0125:-5>>
  %1 = circle.quantize %x : (tensor<3x64xf32>) -> tensor<3x64x!quant.uniform<u8:f32:0, {0.01:128, 0.05:3, 0.003:250}>>
  %2 = tq.fake_quant %x {scale = array<f64: 0.02, 0.5, 0.001>, zero_point = array<i64: 0, 1, -2>,
         quant_min = -8 : i64, quant_max = 7 : i64, storage_type = i4, axis = 0 : i64} : tensor<3x64xf32>
  %3 = circle.dequantize %1 : (tensor<3x64x!quant.uniform<u8:f32:0, {0.01:128, 0.05:3, 0.003:250}>>) -> tensor<3x64xf32>
  return %0, %1, %2, %3 : tensor<3x64x!quant.uniform<i8:f32, 0.0125:-5>>,
      tensor<3x64x!quant.uniform<u8:f32:0, {0.01:128, 0.05:3, 0.003:250}>>, tensor<3x64xf32>, tensor<3x64xf32>
}
