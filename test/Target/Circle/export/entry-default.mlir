// RUN: tico-translate --to-circle %s -o %t.circle
// RUN: tico-circle dump %t.circle | FileCheck %s
// RUN: sed -e 's/@main/@other/g' %s > %t.nomain.mlir
// RUN: tico-translate --to-circle %t.nomain.mlir -o %t.nomain.circle
// RUN: tico-circle dump %t.nomain.circle | FileCheck %s --check-prefix=FIRST-PUBLIC

// Without tico.entry_function or --circle-entry, subgraph 0 is the
// function named main, wherever it is; without main, the first public
// function. The others keep module order. Private functions get no
// SignatureDef.

func.func private @helper(%x: tensor<2xf32>) -> tensor<2xf32> {
  return %x : tensor<2xf32>
}
func.func @first(%x: tensor<2xf32>) -> tensor<2xf32> {
  return %x : tensor<2xf32>
}
func.func @main(%x: tensor<2xf32>) -> tensor<2xf32> {
  return %x : tensor<2xf32>
}

// CHECK-LABEL: subgraphs: [
// CHECK: name: "main"
// CHECK: name: "helper"
// CHECK: name: "first"
// CHECK-LABEL: signature_defs: [
// CHECK: signature_key: "main"
// CHECK-NEXT: },
// CHECK: signature_key: "first",
// CHECK-NEXT: subgraph_index: 2
// CHECK-NOT: signature_key

// FIRST-PUBLIC-LABEL: subgraphs: [
// FIRST-PUBLIC: name: "first"
// FIRST-PUBLIC: name: "helper"
// FIRST-PUBLIC: name: "other"
