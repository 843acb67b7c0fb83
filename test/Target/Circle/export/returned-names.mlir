// RUN: tico-translate --to-circle %s -o %t.circle
// RUN: tico-circle dump %t.circle | FileCheck %s
// RUN: tico-translate --from-circle %t.circle -o %t.mlir
// RUN: tico-translate --to-circle %t.mlir -o %t.again.circle
// RUN: cmp %t.circle %t.again.circle

// Returned values take their names first: passes leave a quantized op and
// the dequantize after it with one location name; the model's output tensor
// gets the plain name, the inner one a suffix. An unnamed returned value
// gets its signature name. Export -> import -> export is byte-identical.

func.func @main(%x: tensor<4xf32> {tico.name = "x"}) -> (tensor<4xf32> {tico.name = "logits"}, tensor<4xf32> {tico.name = "probs"}) {
  %q = circle.quantize %x : (tensor<4xf32>) -> tensor<4x!quant.uniform<i8:f32, 0.1>> loc("logits")
  %d = circle.dequantize %q : (tensor<4x!quant.uniform<i8:f32, 0.1>>) -> tensor<4xf32> loc("logits")
  %s = circle.logistic %d : (tensor<4xf32>) -> tensor<4xf32>
  return %d, %s : tensor<4xf32>, tensor<4xf32>
}

// CHECK-LABEL: tensors: [
// CHECK:       name: "x",
// CHECK:       name: "logits_1",
// CHECK:       name: "logits",
// CHECK:       name: "probs",
