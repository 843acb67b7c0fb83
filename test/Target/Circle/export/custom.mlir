// RUN: tico-translate --to-circle %s -o %t.circle
// RUN: tico-circle dump %t.circle | FileCheck %s

// CUSTOM operators: one OperatorCode per custom_code (CUSTOM = 32), option
// bytes copied verbatim into custom_options (format FLEXBUFFERS, the default).

func.func @main(%x: tensor<4xf32>) -> (tensor<4xf32>, tensor<2xi32>, tensor<4xf32>, tensor<4xf32>) {
  %none = circle.no_value
  %0:2 = circle.custom "MyOp" %x, %none {custom_option = "\00\01\FF"} : (tensor<4xf32>, none) -> (tensor<4xf32>, tensor<2xi32>) loc("my")
  %1 = circle.custom "OtherOp" %0#0 : (tensor<4xf32>) -> tensor<4xf32> loc("other")
  %2 = circle.custom "MyOp" %1 {custom_option = "abc"} : (tensor<4xf32>) -> tensor<4xf32> loc("my2")
  return %0#0, %0#1, %1, %2 : tensor<4xf32>, tensor<2xi32>, tensor<4xf32>, tensor<4xf32>
}

// CHECK-LABEL: operator_codes: [
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 32,
// CHECK-NEXT: custom_code: "MyOp",
// CHECK-NEXT: builtin_code: CUSTOM
// CHECK-NEXT: },
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 32,
// CHECK-NEXT: custom_code: "OtherOp",
// CHECK-NEXT: builtin_code: CUSTOM
// CHECK-NEXT: }
// CHECK-NEXT: ],

// CHECK-LABEL: operators: [
// CHECK-NEXT: {
// CHECK-NEXT: inputs: [
// CHECK-NEXT: 0,
// CHECK-NEXT: -1
// CHECK-NEXT: ],
// CHECK-NEXT: outputs: [
// CHECK-NEXT: 1,
// CHECK-NEXT: 2
// CHECK-NEXT: ],
// CHECK-NEXT: custom_options: [
// CHECK-NEXT: 0,
// CHECK-NEXT: 1,
// CHECK-NEXT: 255
// CHECK-NEXT: ]
// CHECK-NEXT: },
// No option bytes: an empty custom_options vector.
// CHECK-NEXT: {
// CHECK-NEXT: opcode_index: 1,
// CHECK-NEXT: inputs: [
// CHECK-NEXT: 1
// CHECK-NEXT: ],
// CHECK-NEXT: outputs: [
// CHECK-NEXT: 3
// CHECK-NEXT: ],
// CHECK-NEXT: custom_options: [
// CHECK-EMPTY:
// CHECK-NEXT: ]
// CHECK-NEXT: },
// The same custom code shares OperatorCode 0.
// CHECK-NEXT: {
// CHECK-NEXT: inputs: [
// CHECK-NEXT: 3
// CHECK-NEXT: ],
// CHECK-NEXT: outputs: [
// CHECK-NEXT: 4
// CHECK-NEXT: ],
// CHECK-NEXT: custom_options: [
// CHECK-NEXT: 97,
// CHECK-NEXT: 98,
// CHECK-NEXT: 99
// CHECK-NEXT: ]
// CHECK-NEXT: }
// CHECK-NEXT: ],
