// RUN: tico-translate --to-circle %s -o %t.circle
// RUN: tico-circle dump %t.circle | FileCheck %s
// RUN: tico-translate --from-circle %t.circle | FileCheck %s --check-prefix=IMPORT

// A value returned twice and an argument returned as a result: the subgraph
// lists the tensors again and the SignatureDef has one named map per
// result; importing gives every result its own name back.

func.func @main(%x: tensor<4xf32> {tico.name = "in"}) -> (tensor<4xf32> {tico.name = "a"}, tensor<4xf32> {tico.name = "b"}, tensor<4xf32> {tico.name = "c"}) {
  %0 = circle.relu %x : (tensor<4xf32>) -> tensor<4xf32> loc("r")
  return %0, %0, %x : tensor<4xf32>, tensor<4xf32>, tensor<4xf32>
}

// CHECK:      outputs: [
// CHECK-NEXT: 1,
// CHECK-NEXT: 1,
// CHECK-NEXT: 0
// CHECK-NEXT: ],
// CHECK-LABEL: signature_defs: [
// CHECK:      outputs: [
// CHECK-NEXT: {
// CHECK-NEXT: name: "a",
// CHECK-NEXT: tensor_index: 1
// CHECK-NEXT: },
// CHECK-NEXT: {
// CHECK-NEXT: name: "b",
// CHECK-NEXT: tensor_index: 1
// CHECK-NEXT: },
// CHECK-NEXT: {
// CHECK-NEXT: name: "c"
// CHECK-NEXT: }
// CHECK-NEXT: ],

// IMPORT: func.func @main(%arg0: tensor<4xf32> {tico.name = "in"} loc("in")) -> (tensor<4xf32> {tico.name = "a"}, tensor<4xf32> {tico.name = "b"}, tensor<4xf32> {tico.name = "c"})
// IMPORT: return %[[R:[0-9]+]], %[[R]], %arg0
