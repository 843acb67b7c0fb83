// A model and its .circle export (re-imported) give the same outputs.
// RUN: tico-translate --to-circle %s -o %t.circle
// RUN: tico-run --compare %s %t.circle --seed 5 | FileCheck %s
// CHECK: y: shape [1, 4] Mean |diff| 0 Max |diff| 0 PEIR 0

func.func @main(%x: tensor<1x4xf32> {tico.name = "x"}) -> (tensor<1x4xf32> {tico.name = "y"}) {
  %q = circle.quantize %x : (tensor<1x4xf32>) -> tensor<1x4x!quant.uniform<i8:f32, 0.5:-3>>
  %t = circle.const dense<[1, 0]> : tensor<2xi32>
  %s = circle.const dense<[4, 1]> : tensor<2xi32>
  %r = circle.reshape %q, %s : (tensor<1x4x!quant.uniform<i8:f32, 0.5:-3>>, tensor<2xi32>) -> tensor<4x1x!quant.uniform<i8:f32, 0.5:-3>>
  %d = circle.dequantize %r : (tensor<4x1x!quant.uniform<i8:f32, 0.5:-3>>) -> tensor<4x1xf32>
  %b = circle.const dense<[1, 4]> : tensor<2xi32>
  %y = circle.reshape %d, %b : (tensor<4x1xf32>, tensor<2xi32>) -> tensor<1x4xf32>
  return %y : tensor<1x4xf32>
}
