// REQUIRES: upstream-mlir-opt
// The multimodal tq passes and the tico-vlm-prepare pipeline run in the
// upstream mlir-opt through the plugin library.
// RUN: %upstream_mlir_opt %s --load-dialect-plugin=%tico_libs/libTicoPlugin%shlibext --load-pass-plugin=%tico_libs/libTicoPlugin%shlibext --pass-pipeline='builtin.module(tico-vlm-prepare{slot-start=1})' | FileCheck %s

// CHECK-LABEL: func.func @fuse
// CHECK: tq.concat
// CHECK-NOT: tq.masked_scatter
func.func @fuse(%ids: tensor<1x6xi32>, %e: tensor<1x6x4xf32>, %f: tensor<3x4xf32>) -> tensor<1x6x4xf32> {
  %c = tq.constant dense<9> : tensor<i32>
  %m = tq.compare %ids, %c {direction = #tq<cmp eq>} : (tensor<1x6xi32>, tensor<i32>) -> tensor<1x6xi1>
  %u = tq.unsqueeze %m {dims = array<i64: -1>} : (tensor<1x6xi1>) -> tensor<1x6x1xi1>
  %0 = tq.masked_scatter %e, %u, %f : (tensor<1x6x4xf32>, tensor<1x6x1xi1>, tensor<3x4xf32>) -> tensor<1x6x4xf32>
  return %0 : tensor<1x6x4xf32>
}
