// RUN: tico-translate --to-circle %s -o - | tico-translate --from-circle | FileCheck %s
// RUN: tico-translate --to-circle --use-buffer-offset %s -o - | tico-translate --from-circle | FileCheck %s

// CUSTOM operators with option bytes read back from
// the exported file: every op with its attributes and types, as written.

func.func @main(%x: tensor<4xf32>) -> (tensor<4xf32>, tensor<2xi32>, tensor<4xf32>, tensor<4xf32>) {
  %none = circle.no_value
  %0:2 = circle.custom "MyOp" %x, %none {custom_option = "\00\01\FF"} : (tensor<4xf32>, none) -> (tensor<4xf32>, tensor<2xi32>)
  %1 = circle.custom "OtherOp" %0#0 : (tensor<4xf32>) -> tensor<4xf32>
  %2 = circle.custom "MyOp" %1 {custom_option = "abc"} : (tensor<4xf32>) -> tensor<4xf32>
  return %0#0, %0#1, %1, %2 : tensor<4xf32>, tensor<2xi32>, tensor<4xf32>, tensor<4xf32>
}

// CHECK-LABEL: func.func @main(
// CHECK: circle.custom "MyOp" %arg0, %{{[0-9]+}} {custom_option = "\00\01\FF"} : (tensor<4xf32>, none) -> (tensor<4xf32>, tensor<2xi32>)
// CHECK: circle.custom "OtherOp" %{{[0-9]+}}#0 : (tensor<4xf32>) -> tensor<4xf32>
// CHECK: circle.custom "MyOp" %{{[0-9]+}} {custom_option = "abc"} : (tensor<4xf32>) -> tensor<4xf32>
