// RUN: tico-run %s --print-values --seed 1 | FileCheck %s
// RUN: not tico-run %s --function=mixed --random-inputs --seed 1 2>&1 | FileCheck %s --check-prefix=MIXED

// maximum/minimum with broadcasting: float, unsigned (251 > 250 compared
// unsigned) and quantized, where stored integers are compared: uint8 zp
// 128 stores [7.2, -2.8, -12.8] as [200, 100, 0] and the bound 0.2 as 130.
// CHECK: fmax: shape [4] dtype f32 min 0 max 3
// CHECK-NEXT: values: 0 0 2 3
// CHECK: umin: shape [3] dtype ui8 min 5 max 250
// CHECK-NEXT: values: 5 7 250
// CHECK: qmax: shape [3] {{.*}}
// CHECK-NEXT: values: 200 130 130
func.func @main() -> (tensor<4xf32> {tico.name = "fmax"}, tensor<3xui8> {tico.name = "umin"}, tensor<3x!quant.uniform<u8:f32, 0.1:128>> {tico.name = "qmax"}) {
  %a = tq.constant dense<[-1.0, 0.0, 2.0, 3.0]> : tensor<4xf32>
  %z = tq.constant dense<0.0> : tensor<f32>
  %0 = tq.maximum %a, %z : (tensor<4xf32>, tensor<f32>) -> tensor<4xf32>
  %u = tq.constant dense<[5, 7, 251]> : tensor<3xui8>
  %k = tq.constant dense<250> : tensor<ui8>
  %1 = circle.minimum %u, %k : (tensor<3xui8>, tensor<ui8>) -> tensor<3xui8>
  %q = tq.constant dense<[-56, 100, 0]> : tensor<3xi8> -> tensor<3x!quant.uniform<u8:f32, 0.1:128>>
  %qk2 = tq.constant dense<-126> : tensor<i8> -> tensor<!quant.uniform<u8:f32, 0.1:128>>
  %2 = tq.maximum %q, %qk2 : (tensor<3x!quant.uniform<u8:f32, 0.1:128>>, tensor<!quant.uniform<u8:f32, 0.1:128>>) -> tensor<3x!quant.uniform<u8:f32, 0.1:128>>
  return %0, %1, %2 : tensor<4xf32>, tensor<3xui8>, tensor<3x!quant.uniform<u8:f32, 0.1:128>>
}

// A circle op with differing qparams (the circle dialect does not verify
// it) is refused, not computed on mismatched integers.
// MIXED: not supported yet: quantized circle.maximum with differing quantization parameters
func.func @mixed(%x: tensor<3x!quant.uniform<u8:f32, 0.1:128>>) -> tensor<3x!quant.uniform<u8:f32, 0.2:128>> {
  %0 = circle.maximum %x, %x : (tensor<3x!quant.uniform<u8:f32, 0.1:128>>, tensor<3x!quant.uniform<u8:f32, 0.1:128>>) -> tensor<3x!quant.uniform<u8:f32, 0.2:128>>
  return %0 : tensor<3x!quant.uniform<u8:f32, 0.2:128>>
}
