// Constants of at least 1 MiB are imported as dense_resource blobs that
// point into the input file instead of copies; printed and exported again
// they give the same bytes, inline and in offset mode.

// RUN: tico-translate --to-circle %s -o %t.circle
// RUN: tico-translate --from-circle %t.circle -o %t.mlir
// RUN: FileCheck %s < %t.mlir
// RUN: tico-translate --to-circle %t.mlir -o %t.again.circle
// RUN: cmp %t.circle %t.again.circle

// RUN: tico-translate --to-circle --use-buffer-offset %s -o %t.offset.circle
// RUN: tico-translate --from-circle %t.offset.circle -o %t.offset.mlir
// RUN: FileCheck %s < %t.offset.mlir
// RUN: tico-translate --to-circle --use-buffer-offset %t.offset.mlir -o %t.offset.again.circle
// RUN: cmp %t.offset.circle %t.offset.again.circle

func.func @main(%x: tensor<262144xf32>) -> (tensor<262144xf32>, tensor<4xf32>) {
  %w = circle.const dense<1.5> : tensor<262144xf32> loc("w")
  %0 = circle.add %x, %w : (tensor<262144xf32>, tensor<262144xf32>) -> tensor<262144xf32> loc("sum")
  %s = circle.const dense<[1.0, 2.0, 3.0, 4.0]> : tensor<4xf32> loc("small")
  return %0, %s : tensor<262144xf32>, tensor<4xf32>
}

// CHECK: circle.const dense_resource<circle_buffer> : tensor<262144xf32>
// CHECK: circle.const dense<[1.000000e+00, 2.000000e+00, 3.000000e+00, 4.000000e+00]> : tensor<4xf32>
// 1.5f = 0x3FC00000; the printed blob starts with its alignment, the
// element size (4), as a 32-bit word.
// CHECK: circle_buffer: "0x040000000000C03F0000C03F
