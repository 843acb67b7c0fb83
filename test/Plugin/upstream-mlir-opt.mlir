// REQUIRES: upstream-mlir-opt
// The upstream mlir-opt parses tq/circle IR and runs tico passes through the
// plugin library.
// RUN: %upstream_mlir_opt %s --load-dialect-plugin=%tico_libs/libTicoPlugin%shlibext --load-pass-plugin=%tico_libs/libTicoPlugin%shlibext --pass-pipeline='builtin.module(func.func(circle-verify-static))' | FileCheck %s
// RUN: not %upstream_mlir_opt %s --pass-pipeline='builtin.module(func.func(circle-verify-static))' 2>&1 | FileCheck %s --check-prefix=NOPLUGIN

// NOPLUGIN: error

// CHECK-LABEL: func.func @f
// CHECK: tq.exp
// CHECK: circle.add
func.func @f(%x: tensor<4xf32>) -> tensor<4xf32> {
  %0 = tq.exp %x : (tensor<4xf32>) -> tensor<4xf32>
  %1 = circle.add %0, %0 : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  return %1 : tensor<4xf32>
}
