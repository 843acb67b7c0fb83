// Weight-only quantization of a matmul by a constant: an [N, K] weight
// used with transpose_rhs (what ONNX Gemm(transB = 1) imports as, the form
// of torch's nn.Linear), once tq-quantize-weights made it
// dequantize(quantized constant), lowers to FULLY_CONNECTED reading the
// DEQUANTIZE as it is, like tq.linear's weight; a [K, N] one, which would
// need the quantized constant transposed, stays BATCH_MATMUL.
// RUN: tico-opt %s -split-input-file -pass-pipeline='builtin.module(func.func(convert-tq-to-circle))' | FileCheck %s
// The interpreter proves both on seeded random inputs:
// RUN: tico-pass-check %s --split-input-file --pass-pipeline='builtin.module(func.func(convert-tq-to-circle),canonicalize,cse)' > %t.proof
// RUN: FileCheck %s --check-prefix=PROOF < %t.proof
// RUN: count 3 < %t.proof
// PROOF: PASS gemm_transb
// PROOF-NEXT: PASS gemm_transb_rank3
// PROOF-NEXT: PASS matmul_kn

!w = !quant.uniform<i8:f32:0, {0.1, 0.05, 0.2, 0.025}>

// CHECK-LABEL: func.func @gemm_transb
// CHECK: %[[Q:.*]] = circle.const {{.*}} : tensor<4x3xi8> -> tensor<4x3x!quant.uniform<i8:f32:0, {1.000000e-01,5.000000e-02,2.000000e-01,2.500000e-02}>>
// CHECK: %[[W:.*]] = circle.dequantize %[[Q]]
// CHECK: circle.fully_connected %arg0, %[[W]], %{{.*}} {{{.*}}keep_num_dims = true{{.*}}} : (tensor<2x3xf32>, tensor<4x3xf32>, none) -> tensor<2x4xf32>
// CHECK-NOT: circle.batch_matmul
func.func @gemm_transb(%x: tensor<2x3xf32>) -> tensor<2x4xf32> {
  %q = tq.constant dense<[[1, -2, 3], [4, 5, -6], [-7, 8, 9], [10, -11, 12]]> : tensor<4x3xi8> -> tensor<4x3x!w>
  %w = tq.dequantize %q : tensor<4x3x!w> to tensor<4x3xf32>
  %0 = tq.matmul %x, %w {transpose_rhs = true} : (tensor<2x3xf32>, tensor<4x3xf32>) -> tensor<2x4xf32>
  return %0 : tensor<2x4xf32>
}

// -----

!w = !quant.uniform<i8:f32:0, {0.1, 0.05, 0.2, 0.025}>

// CHECK-LABEL: func.func @gemm_transb_rank3
// CHECK: circle.fully_connected {{.*}} : (tensor<1x2x3xf32>, tensor<4x3xf32>, none) -> tensor<1x2x4xf32>
func.func @gemm_transb_rank3(%x: tensor<1x2x3xf32>) -> tensor<1x2x4xf32> {
  %q = tq.constant dense<[[1, -2, 3], [4, 5, -6], [-7, 8, 9], [10, -11, 12]]> : tensor<4x3xi8> -> tensor<4x3x!w>
  %w = tq.dequantize %q : tensor<4x3x!w> to tensor<4x3xf32>
  %0 = tq.matmul %x, %w {transpose_rhs = true} : (tensor<1x2x3xf32>, tensor<4x3xf32>) -> tensor<1x2x4xf32>
  return %0 : tensor<1x2x4xf32>
}

// -----

!w = !quant.uniform<i8:f32:1, {0.1, 0.05, 0.2, 0.025}>

// CHECK-LABEL: func.func @matmul_kn
// CHECK: circle.dequantize
// CHECK: circle.batch_matmul %arg0, %{{.*}} : (tensor<2x3xf32>, tensor<3x4xf32>) -> tensor<2x4xf32>
// CHECK-NOT: circle.fully_connected
func.func @matmul_kn(%x: tensor<2x3xf32>) -> tensor<2x4xf32> {
  %q = tq.constant dense<[[1, -2, 3, 4], [5, -6, -7, 8], [9, 10, -11, 12]]> : tensor<3x4xi8> -> tensor<3x4x!w>
  %w = tq.dequantize %q : tensor<3x4x!w> to tensor<3x4xf32>
  %0 = tq.matmul %x, %w : (tensor<2x3xf32>, tensor<3x4xf32>) -> tensor<2x4xf32>
  return %0 : tensor<2x4xf32>
}
