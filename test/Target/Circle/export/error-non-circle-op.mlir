// Every op that is not a circle operator is reported, in every function,
// not only the first; the circle ops between them are not blamed, and no
// output file is written.
// RUN: rm -rf %t.dir && mkdir %t.dir
// RUN: not tico-translate --to-circle %s -o %t.dir/out.circle 2>&1 | FileCheck %s
// RUN: ls -A %t.dir | FileCheck --allow-empty --check-prefix=EMPTY %s
// EMPTY-NOT: {{.}}

// A failed export does not clobber an existing file either: tico-translate
// writes a temporary file and renames it only on success.
// RUN: echo "previous contents" > %t.dir/out.circle
// RUN: not tico-translate --to-circle %s -o %t.dir/out.circle 2>&1 | FileCheck %s
// RUN: FileCheck --check-prefix=KEPT %s < %t.dir/out.circle
// RUN: ls -A %t.dir | FileCheck --check-prefix=ONLY %s
// KEPT: previous contents
// ONLY: out.circle
// ONLY-NOT: {{.}}

// CHECK: error-non-circle-op.mlir:[[# @LINE + 10]]:8: error: op cannot be exported to Circle: it is not a circle dialect operator
// CHECK-NOT: operand is not defined earlier
// CHECK: error-non-circle-op.mlir:[[# @LINE + 12]]:8: error: op cannot be exported to Circle: it is not a circle dialect operator
// CHECK-NOT: returned value has no Circle tensor
// CHECK: error-non-circle-op.mlir:[[# @LINE + 15]]:8: error: op cannot be exported to Circle: it is not a circle dialect operator
// CHECK-NOT: error:

func.func @main(%x: tensor<4xf32>) -> tensor<4xf32> {
  %0 = circle.relu %x : (tensor<4xf32>) -> tensor<4xf32> loc("ok")
  // The first offending op.
  %1 = arith.addf %0, %0 : tensor<4xf32>
  // A circle op that reads it is not an error of its own.
  %2 = circle.relu %1 : (tensor<4xf32>) -> tensor<4xf32>
  // The second one.
  %3 = arith.negf %2 : tensor<4xf32>
  return %3 : tensor<4xf32>
}

func.func @other(%x: tensor<4xf32>) -> tensor<4xf32> {
  %0 = arith.mulf %x, %x : tensor<4xf32>
  return %0 : tensor<4xf32>
}
