// RUN: tico-opt %s -split-input-file -pass-pipeline='builtin.module(func.func(convert-tq-to-circle))' | FileCheck %s
// RUN: tico-opt %s -split-input-file -pass-pipeline='builtin.module(func.func(convert-tq-to-circle{gather-to-slices=0}))' | FileCheck %s --check-prefix=OFF
// RUN: tico-opt %s -split-input-file -pass-pipeline='builtin.module(func.func(convert-tq-to-circle{gather-to-slices=3}))' | FileCheck %s --check-prefix=THREE

// Constant indices [[1, 2, 3], [7, -1, 0]] along axis 1: the runs [1, 4),
// [7, 8), [9, 10) (the -1), [0, 1) are four slices, one concatenation, and a
// reshape back to the index dims.
// CHECK-LABEL: func.func @gather_runs
// CHECK-SAME: (%[[X:.*]]: tensor<2x10x4xf32>)
// CHECK-DAG: %[[B0:.*]] = circle.const dense<[0, 1, 0]> : tensor<3xi32>
// CHECK-DAG: %[[E0:.*]] = circle.const dense<[2, 4, 4]> : tensor<3xi32>
// CHECK-DAG: %[[S0:.*]] = circle.strided_slice %[[X]], %[[B0]], %[[E0]], %{{.*}} : {{.*}} -> tensor<2x3x4xf32>
// CHECK-DAG: %[[B1:.*]] = circle.const dense<[0, 7, 0]> : tensor<3xi32>
// CHECK-DAG: %[[S1:.*]] = circle.strided_slice %[[X]], %[[B1]], %{{.*}}, %{{.*}} : {{.*}} -> tensor<2x1x4xf32>
// CHECK-DAG: %[[B2:.*]] = circle.const dense<[0, 9, 0]> : tensor<3xi32>
// CHECK-DAG: %[[S2:.*]] = circle.strided_slice %[[X]], %[[B2]], %{{.*}}, %{{.*}} : {{.*}} -> tensor<2x1x4xf32>
// CHECK-DAG: %[[B3:.*]] = circle.const dense<0> : tensor<3xi32>
// CHECK-DAG: %[[S3:.*]] = circle.strided_slice %[[X]], %[[B3]], %{{.*}}, %{{.*}} : {{.*}} -> tensor<2x1x4xf32>
// CHECK: %[[C:.*]] = circle.concatenation %[[S0]], %[[S1]], %[[S2]], %[[S3]] {axis = 1 : i32} : {{.*}} -> tensor<2x6x4xf32>
// CHECK: %[[R:.*]] = circle.reshape %[[C]], %{{.*}} : {{.*}} -> tensor<2x2x3x4xf32>
// CHECK-NOT: circle.gather
// CHECK: return %[[R]]
// Four runs exceed a threshold of three: one GATHER with int32 indices,
// the -1 normalized (Circle's GATHER takes [0, dim) only).
// THREE-LABEL: func.func @gather_runs
// THREE: %[[I:.*]] = circle.const dense<{{\[\[}}1, 2, 3], [7, 9, 0]]> : tensor<2x3xi32>
// THREE: circle.gather %{{.*}}, %[[I]] {axis = 1 : i32}
// THREE-NOT: circle.strided_slice
// OFF-LABEL: func.func @gather_runs
// OFF: circle.gather
// OFF-NOT: circle.strided_slice
func.func @gather_runs(%x: tensor<2x10x4xf32>) -> tensor<2x2x3x4xf32> {
  %idx = tq.constant dense<[[1, 2, 3], [7, -1, 0]]> : tensor<2x3xi64>
  %0 = tq.gather %x, %idx {axis = 1 : i64} : (tensor<2x10x4xf32>, tensor<2x3xi64>) -> tensor<2x2x3x4xf32>
  return %0 : tensor<2x2x3x4xf32>
}

// -----

// One run of 1-D indices: a single slice, no concatenation or reshape.
// CHECK-LABEL: func.func @index_select_contiguous
// CHECK: %[[S:.*]] = circle.strided_slice {{.*}} : {{.*}} -> tensor<10x3xf32>
// CHECK-NOT: circle.concatenation
// CHECK-NOT: circle.reshape
// CHECK: return %[[S]]
// THREE-LABEL: func.func @index_select_contiguous
// THREE: circle.strided_slice
func.func @index_select_contiguous(%t: tensor<10x4xf32>) -> tensor<10x3xf32> {
  %idx = tq.constant dense<[1, 2, 3]> : tensor<3xi32>
  %0 = tq.index_select %t, %idx {axis = -1 : i64} : (tensor<10x4xf32>, tensor<3xi32>) -> tensor<10x3xf32>
  return %0 : tensor<10x3xf32>
}

// -----

// A scalar index drops the axis: slice + reshape.
// CHECK-LABEL: func.func @gather_scalar
// CHECK: %[[S:.*]] = circle.strided_slice {{.*}} -> tensor<1x4xf32>
// CHECK: %[[R:.*]] = circle.reshape %[[S]], {{.*}} -> tensor<4xf32>
// CHECK: return %[[R]]
func.func @gather_scalar(%t: tensor<10x4xf32>) -> tensor<4xf32> {
  %idx = tq.constant dense<-3> : tensor<i64>
  %0 = tq.gather %t, %idx {axis = 0 : i64} : (tensor<10x4xf32>, tensor<i64>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

// A repeated index is sliced once and concatenated three times; an
// identity run over the whole axis reads the input itself.
// CHECK-LABEL: func.func @gather_repeat_identity
// CHECK-SAME: (%[[T:.*]]: tensor<10x4xf32>)
// CHECK: %[[S:.*]] = circle.strided_slice %[[T]], {{.*}} -> tensor<10x1xf32>
// CHECK-NOT: circle.strided_slice
// CHECK: %[[C:.*]] = circle.concatenation %[[S]], %[[S]], %[[S]] {axis = 1 : i32}
// CHECK: return %[[C]], %[[T]]
func.func @gather_repeat_identity(%t: tensor<10x4xf32>) -> (tensor<10x3xf32>, tensor<10x4xf32>) {
  %rep = tq.constant dense<[2, 2, 2]> : tensor<3xi32>
  %0 = tq.gather %t, %rep {axis = 1 : i64} : (tensor<10x4xf32>, tensor<3xi32>) -> tensor<10x3xf32>
  %all = tq.constant dense<[0, 1, 2, 3]> : tensor<4xi32>
  %1 = tq.index_select %t, %all {axis = 1 : i64} : (tensor<10x4xf32>, tensor<4xi32>) -> tensor<10x4xf32>
  return %0, %1 : tensor<10x3xf32>, tensor<10x4xf32>
}

// -----

// Embedding rows with constant ids (position tables).
// CHECK-LABEL: func.func @embedding_const
// CHECK: %[[S:.*]] = circle.strided_slice {{.*}} -> tensor<2x4xf32>
// CHECK: circle.reshape %[[S]], {{.*}} -> tensor<1x2x4xf32>
// CHECK-NOT: circle.gather
func.func @embedding_const(%t: tensor<10x4xf32>) -> tensor<1x2x4xf32> {
  %ids = tq.constant dense<[[4, 5]]> : tensor<1x2xi64>
  %0 = tq.embedding %t, %ids : (tensor<10x4xf32>, tensor<1x2xi64>) -> tensor<1x2x4xf32>
  return %0 : tensor<1x2x4xf32>
}

// -----

// Close non-matches: nine runs (more than the default 8) and indices that
// are not constant stay GATHERs.
// CHECK-LABEL: func.func @gather_kept
// CHECK-NOT: circle.strided_slice
// CHECK: circle.gather
// CHECK: circle.gather
// CHECK-NOT: circle.strided_slice
func.func @gather_kept(%t: tensor<10x4xf32>, %i: tensor<2xi32>) -> (tensor<9x4xf32>, tensor<2x4xf32>) {
  %idx = tq.constant dense<[0, 2, 4, 6, 8, 1, 3, 5, 7]> : tensor<9xi32>
  %0 = tq.gather %t, %idx {axis = 0 : i64} : (tensor<10x4xf32>, tensor<9xi32>) -> tensor<9x4xf32>
  %1 = tq.gather %t, %i {axis = 0 : i64} : (tensor<10x4xf32>, tensor<2xi32>) -> tensor<2x4xf32>
  return %0, %1 : tensor<9x4xf32>, tensor<2x4xf32>
}

// -----

// Per-channel quantized along the gather axis: slices would need new
// per-axis qparams, so the GATHER stays.
// CHECK-LABEL: func.func @gather_per_axis
// CHECK: circle.gather
func.func @gather_per_axis(%t: tensor<3x4x!quant.uniform<i8:f32:0, {0.1, 0.2, 0.3}>>) -> tensor<1x4x!quant.uniform<i8:f32:0, {0.1, 0.2, 0.3}>> {
  %idx = tq.constant dense<[1]> : tensor<1xi32>
  %0 = tq.gather %t, %idx {axis = 0 : i64} : (tensor<3x4x!quant.uniform<i8:f32:0, {0.1, 0.2, 0.3}>>, tensor<1xi32>) -> tensor<1x4x!quant.uniform<i8:f32:0, {0.1, 0.2, 0.3}>>
  return %0 : tensor<1x4x!quant.uniform<i8:f32:0, {0.1, 0.2, 0.3}>>
}
