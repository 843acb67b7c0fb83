// RUN: tico-opt %s -split-input-file --tq-quantize-weights | FileCheck %s
// RUN: tico-opt %s -split-input-file --tq-quantize-weights="release-float-weights=true" | FileCheck %s

// A table tied between the embedding (per row) and the lm_head linear (per
// output channel, also axis 0) is quantized once and shared; the float
// table is gone. Row maxima 2, 0.5, 4 -> scales 2/127, 0.5/127, 4/127;
// 1 / (2/127) = 63.5 -> 64, 0.25 / (0.5/127) = 63.5 -> 64,
// 3 / (4/127) = 95.25 -> 95.
// CHECK-LABEL: func.func @tied
// CHECK-NOT: {{tq.constant .*xf32>$}}
// CHECK: %[[Q:.*]] = tq.constant dense<{{\[}}[64, -127], [127, 64], [-127, 95]]> : tensor<3x2xi8> -> tensor<3x2x!quant.uniform<i8:f32:0, {0.015748031496062992,0.003937007874015748,0.031496062992125984}>>
// CHECK-NOT: tq.constant
// CHECK: %[[E:.*]] = tq.dequantize %[[Q]]
// CHECK: tq.embedding %[[E]]
// CHECK: %[[L:.*]] = tq.dequantize %[[Q]]
// CHECK: tq.linear %{{.*}}, %[[L]]
// CHECK-NOT: tq.constant
// CHECK: return
func.func @tied(%ids: tensor<1x2xi32>) -> tensor<1x2x3xf32> {
  %t = tq.constant dense<[[1.0, -2.0], [0.5, 0.25], [-4.0, 3.0]]> : tensor<3x2xf32>
  %e = tq.embedding %t, %ids : (tensor<3x2xf32>, tensor<1x2xi32>) -> tensor<1x2x2xf32>
  %l = tq.linear %e, %t : (tensor<1x2x2xf32>, tensor<3x2xf32>) -> tensor<1x2x3xf32>
  return %l : tensor<1x2x3xf32>
}

// -----

// Close non-match: the same constant asked for another axis (a linear
// weight per row, a matmul rhs per column) gets two quantized constants.
// Rows: max 2 -> 2/127 (1 -> 63.5 -> 64), max 1.5 -> 1.5/127 (-1 ->
// -84.67 -> -85); columns: max 1 -> 1/127, max 2 -> 2/127 (1.5 -> 95.25).
// CHECK-LABEL: func.func @two_axes
// CHECK-DAG: tq.constant dense<{{\[}}[64, -127], [-85, 127]]> : tensor<2x2xi8> -> tensor<2x2x!quant.uniform<i8:f32:0,
// CHECK-DAG: tq.constant dense<{{\[}}[127, -127], [-127, 95]]> : tensor<2x2xi8> -> tensor<2x2x!quant.uniform<i8:f32:1,
// CHECK-NOT: {{tq.constant .*xf32>$}}
// CHECK: return
func.func @two_axes(%x: tensor<1x2xf32>) -> (tensor<1x2xf32>, tensor<1x2xf32>) {
  %w = tq.constant dense<[[1.0, -2.0], [-1.0, 1.5]]> : tensor<2x2xf32>
  %a = tq.linear %x, %w : (tensor<1x2xf32>, tensor<2x2xf32>) -> tensor<1x2xf32>
  %b = tq.matmul %x, %w : (tensor<1x2xf32>, tensor<2x2xf32>) -> tensor<1x2xf32>
  return %a, %b : tensor<1x2xf32>, tensor<1x2xf32>
}

// -----

// Close non-match: a constant that is also returned keeps its float
// constant; the linear reads the quantized one.
// CHECK-LABEL: func.func @still_used
// CHECK-DAG: %[[F:.*]] = tq.constant dense<{{\[}}[1.000000e+00, -2.000000e+00]]> : tensor<1x2xf32>
// CHECK-DAG: %[[Q:.*]] = tq.constant dense<{{\[}}[64, -127]]> : tensor<1x2xi8>
// CHECK: return %{{.*}}, %[[F]]
func.func @still_used(%x: tensor<1x2xf32>) -> (tensor<1x1xf32>, tensor<1x2xf32>) {
  %w = tq.constant dense<[[1.0, -2.0]]> : tensor<1x2xf32>
  %a = tq.linear %x, %w : (tensor<1x2xf32>, tensor<1x2xf32>) -> tensor<1x1xf32>
  return %a, %w : tensor<1x1xf32>, tensor<1x2xf32>
}

// -----

// Sharing stays within a function: each gets its own quantized constant.
// CHECK-LABEL: func.func @first
// CHECK: tq.constant dense<{{\[}}[64, -127]]> : tensor<1x2xi8>
// CHECK-LABEL: func.func @second
// CHECK: tq.constant dense<{{\[}}[64, -127]]> : tensor<1x2xi8>
func.func @first(%x: tensor<1x2xf32>) -> tensor<1x1xf32> {
  %w = tq.constant dense<[[1.0, -2.0]]> : tensor<1x2xf32>
  %a = tq.linear %x, %w : (tensor<1x2xf32>, tensor<1x2xf32>) -> tensor<1x1xf32>
  return %a : tensor<1x1xf32>
}
func.func @second(%x: tensor<1x2xf32>) -> tensor<1x1xf32> {
  %w = tq.constant dense<[[1.0, -2.0]]> : tensor<1x2xf32>
  %a = tq.linear %x, %w : (tensor<1x2xf32>, tensor<1x2xf32>) -> tensor<1x1xf32>
  return %a : tensor<1x1xf32>
}

// -----

// dense_resource weights: the quantized one's blob is no longer printed.
// A blob that another function still reads as float keeps its data, with
// release-float-weights too (the first RUN line prints the same).
// CHECK-LABEL: func.func @resource_quantized
// CHECK: tq.constant dense<{{\[}}[64, -127]]> : tensor<1x2xi8>
// CHECK-LABEL: func.func @resource_shared
// CHECK: tq.constant dense<{{\[}}[127, 64]]> : tensor<1x2xi8>
// CHECK-LABEL: func.func @resource_float
// CHECK: tq.constant dense_resource<shared> : tensor<1x2xf32>
// CHECK: dialect_resources
// CHECK-NOT: only_quantized
// CHECK: shared: "0x040000000000803F0000003F"
// CHECK-NOT: only_quantized
func.func @resource_quantized(%x: tensor<1x2xf32>) -> tensor<1x1xf32> {
  %w = tq.constant dense_resource<only_quantized> : tensor<1x2xf32>
  %a = tq.linear %x, %w : (tensor<1x2xf32>, tensor<1x2xf32>) -> tensor<1x1xf32>
  return %a : tensor<1x1xf32>
}
func.func @resource_shared(%x: tensor<1x2xf32>) -> tensor<1x1xf32> {
  %w = tq.constant dense_resource<shared> : tensor<1x2xf32>
  %a = tq.linear %x, %w : (tensor<1x2xf32>, tensor<1x2xf32>) -> tensor<1x1xf32>
  return %a : tensor<1x1xf32>
}
func.func @resource_float(%x: tensor<1x2xf32>) -> tensor<1x2xf32> {
  %w = tq.constant dense_resource<shared> : tensor<1x2xf32>
  %a = tq.add %x, %w : (tensor<1x2xf32>, tensor<1x2xf32>) -> tensor<1x2xf32>
  return %a : tensor<1x2xf32>
}

{-#
  dialect_resources: {
    builtin: {
      only_quantized: "0x040000000000803F000000C0",
      shared: "0x040000000000803F0000003F"
    }
  }
#-}
