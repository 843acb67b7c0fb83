// RUN: tico-opt %s | FileCheck %s
// RUN: tico-translate --from-circle %tico_src/fuzz/regressions/circle_import_fuzzer/split-unranked-input.circle | FileCheck %s --check-prefix=FILE
// FILE: circle.split %{{.*}} : (tensor<i32>, tensor<*xf32>) -> (tensor<*xf32>, tensor<*xf32>)
// FILE: circle.split_v
// Found by circle_import_fuzzer (fuzz/regressions/circle_import_fuzzer/
// split-unranked-input.circle): SPLIT and SPLIT_V with an unranked input and
// a constant axis read the input's shape as if it were ranked (garbage
// sizes, then an abort in SmallVector). Nothing can be checked against an
// unranked input; the ops verify.

// CHECK-LABEL: func.func @split_unranked
// CHECK: circle.split
// CHECK: circle.split_v
func.func @split_unranked(%x: tensor<*xf32>) -> (tensor<*xf32>, tensor<*xf32>) {
  %axis = circle.const dense<1> : tensor<i32>
  %0:2 = circle.split %axis, %x : (tensor<i32>, tensor<*xf32>) -> (tensor<*xf32>, tensor<*xf32>)
  %sizes = circle.const dense<[2, 3, 3]> : tensor<3xi32>
  %1:3 = circle.split_v %x, %sizes, %axis : (tensor<*xf32>, tensor<3xi32>, tensor<i32>) -> (tensor<*xf32>, tensor<*xf32>, tensor<*xf32>)
  return %0#0, %1#2 : tensor<*xf32>, tensor<*xf32>
}
