// RUN: tico-translate --to-circle %s -o %t.circle
// RUN: tico-circle dump %t.circle | FileCheck %s
// RUN: tico-circle verify %t.circle | FileCheck %s --check-prefix=VERIFY
// RUN: tico-translate --from-circle %t.circle | FileCheck %s --check-prefix=IMPORT

// A constant without elements gets its own buffer with no data; the
// checker and the importer still see a constant.

func.func @main(%x: tensor<0x3xf32>) -> tensor<0x3xf32> {
  %y = circle.const dense<> : tensor<0x3xf32> loc("nothing")
  %0 = circle.add %x, %y : (tensor<0x3xf32>, tensor<0x3xf32>) -> tensor<0x3xf32> loc("sum")
  return %0 : tensor<0x3xf32>
}

// CHECK: buffer: 1,
// CHECK-NEXT: name: "nothing",
// CHECK-LABEL: buffers: [
// CHECK-NEXT: {
// CHECK-EMPTY:
// CHECK-NEXT: },
// CHECK-NEXT: {
// CHECK-NEXT: data: [
// CHECK-EMPTY:
// CHECK-NEXT: ]
// CHECK-NEXT: }
// CHECK-NEXT: ],

// VERIFY: 0 error(s), 0 warning(s)

// IMPORT: %[[Y:[0-9]+]] = circle.const dense<> : tensor<0x3xf32>
// IMPORT: circle.add %arg0, %[[Y]]
