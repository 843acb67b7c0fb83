// A quantized argument takes a .npy of its storage integers.
// RUN: tico-run %s --input q=%S/Inputs/q-4-i8.npy --print-values | FileCheck %s
// RUN: not tico-run %s --input q=%S/Inputs/q-4-u8.npy 2>&1 | FileCheck %s --check-prefix=SIGN

// 0.25 * (q - 1) for q = [-4, 0, 3, 127]; the quantized input is printed as
// its storage integers.
// CHECK: x: shape [4] dtype f32 min -1.25 max 31.5 mean 7.625
// CHECK-NEXT: values: -1.25 -0.25 0.5 31.5
// CHECK-NEXT: same: shape [4] dtype !quant.uniform<i8:f32, 2.500000e-01:1> min -4 max 127 mean 31.5
// CHECK-NEXT: values: -4 0 3 127

// u8 data does not match i8 storage.
// SIGN: error: input 'q': expected element type '!quant.uniform<i8:f32, 2.500000e-01:1>', got 'ui8'

func.func @main(%q: tensor<4x!quant.uniform<i8:f32, 0.25:1>> {tico.name = "q"})
    -> (tensor<4xf32> {tico.name = "x"}, tensor<4x!quant.uniform<i8:f32, 0.25:1>> {tico.name = "same"}) {
  %0 = tq.dequantize %q : tensor<4x!quant.uniform<i8:f32, 0.25:1>> to tensor<4xf32>
  %1 = tq.reshape %q : (tensor<4x!quant.uniform<i8:f32, 0.25:1>>) -> tensor<4x!quant.uniform<i8:f32, 0.25:1>>
  return %0, %1 : tensor<4xf32>, tensor<4x!quant.uniform<i8:f32, 0.25:1>>
}
