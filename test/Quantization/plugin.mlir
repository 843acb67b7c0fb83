// REQUIRES: upstream-mlir-opt
// The quantization passes are available to the upstream mlir-opt through
// the plugin library.
// RUN: %upstream_mlir_opt %s --load-dialect-plugin=%tico_libs/libTicoPlugin%shlibext --load-pass-plugin=%tico_libs/libTicoPlugin%shlibext --pass-pipeline='builtin.module(func.func(tq-fold-fake-quant))' | FileCheck %s

// CHECK-LABEL: func.func @f
// CHECK: tq.quantize %arg0 : tensor<4xf32> to tensor<4x!quant.uniform<u8:f32, 1.000000e-01:128>>
// CHECK: tq.exp %{{.*}} -> tensor<4x!quant.uniform<u8:f32, 5.000000e-02>>
func.func @f(%x: tensor<4xf32>) -> tensor<4xf32> {
  %0 = tq.fake_quant %x {scale = array<f64: 0.1>, zero_point = array<i64: 128>, quant_min = 0 : i64, quant_max = 255 : i64, storage_type = ui8} : tensor<4xf32>
  %1 = tq.exp %0 : (tensor<4xf32>) -> tensor<4xf32>
  %2 = tq.fake_quant %1 {scale = array<f64: 0.05>, zero_point = array<i64: 0>, quant_min = 0 : i64, quant_max = 255 : i64, storage_type = ui8} : tensor<4xf32>
  return %2 : tensor<4xf32>
}
