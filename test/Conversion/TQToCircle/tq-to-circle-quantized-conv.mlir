// Quantized NCHW tq.conv2d / tq.avg_pool2d lower to NHWC CONV_2D,
// AVERAGE_POOL_2D (SAME) and PAD + VALID AVERAGE_POOL_2D with the quantized
// types kept; the interpreter's NCHW kernels and the lowered circle kernels
// agree exactly on seeded random integers.
// RUN: tico-opt %s -split-input-file -pass-pipeline='builtin.module(func.func(convert-tq-to-circle),canonicalize,cse)' | FileCheck %s
// RUN: tico-pass-check %s --split-input-file --pass-pipeline='builtin.module(func.func(convert-tq-to-circle),canonicalize,cse)' | FileCheck %s --check-prefix=PROOF
// PROOF: PASS conv
// PROOF-NEXT: PASS conv_nobias
// PROOF-NEXT: PASS pool

// CHECK-LABEL: func.func @conv
// CHECK: circle.conv_2d %{{.*}} : (tensor<1x5x5x4x!quant.uniform<i8:f32, 3.700000e-02:-3>>, tensor<3x3x3x4x!quant.uniform<i8:f32:0, {6.000000e-03,2.100000e-03,1.300000e-02}>>
// CHECK-SAME: -> tensor<1x5x5x3x!quant.uniform<i8:f32, 2.000000e-01:1>>
!a = !quant.uniform<i8:f32, 0.037:-3>
func.func @conv(%x: tensor<1x4x5x5x!a>) -> tensor<1x3x5x5x!quant.uniform<i8:f32, 0.2:1>> {
  %w = tq.constant dense<[[[[1, -2, 3], [4, 5, -6], [7, 8, 9]], [[1, 2, 3], [4, 5, 6], [7, 8, 9]], [[1, 2, 3], [4, 5, 6], [7, 8, 9]], [[1, 2, 3], [4, 5, 6], [7, 8, 9]]], [[[1, -2, 3], [4, 5, -6], [7, 8, 9]], [[1, 2, 3], [4, 5, 6], [7, 8, 9]], [[1, 2, 3], [4, 5, 6], [7, 8, 9]], [[1, 2, 3], [4, 5, 6], [7, 8, 9]]], [[[-1, -2, 3], [4, 5, -6], [7, 8, 9]], [[1, 2, 3], [4, 5, 6], [7, 8, 9]], [[1, 2, 3], [4, 5, 6], [7, 8, 9]], [[1, 2, 3], [4, 5, 6], [7, 8, -9]]]]> : tensor<3x4x3x3xi8> -> tensor<3x4x3x3x!quant.uniform<i8:f32:0, {0.006, 0.0021, 0.013}>>
  %b = tq.constant dense<[100, -50, 7]> : tensor<3xi32> -> tensor<3x!quant.uniform<i32:f32:0, {2.22e-4, 7.77e-5, 4.81e-4}>>
  %0 = tq.conv2d %x, %w, %b {padding = array<i64: 1, 1>} : (tensor<1x4x5x5x!a>, tensor<3x4x3x3x!quant.uniform<i8:f32:0, {0.006, 0.0021, 0.013}>>, tensor<3x!quant.uniform<i32:f32:0, {2.22e-4, 7.77e-5, 4.81e-4}>>) -> tensor<1x3x5x5x!quant.uniform<i8:f32, 0.2:1>>
  return %0 : tensor<1x3x5x5x!quant.uniform<i8:f32, 0.2:1>>
}

// -----

// Without a bias: a zero int32 bias with scale s_in * s_w[c] per channel
// (0.037 * {0.006, 0.0021, 0.013}); int16 inputs: the same in int32 IR
// (written as INT64), per tensor for a per-tensor weight.
// CHECK-LABEL: func.func @conv_nobias
// CHECK-DAG: %[[B16:.*]] = circle.const dense<0> : tensor<2xi32> -> tensor<2x!quant.uniform<i32:f32, 1.000000e-04>>
// CHECK-DAG: %[[B:.*]] = circle.const dense<0> : tensor<3xi32> -> tensor<3x!quant.uniform<i32:f32:0, {2.220000e-04,7.769{{[0-9]*}}E-5,4.809{{[0-9]*}}E-4}>>
// CHECK: circle.conv_2d %{{.*}}, %{{.*}}, %[[B]]
// CHECK: circle.depthwise_conv_2d %{{.*}}, %{{.*}}, %[[B16]]
!a = !quant.uniform<i8:f32, 0.037:-3>
!h = !quant.uniform<i16<-32767:32767>:f32, 0.01>
func.func @conv_nobias(%x: tensor<1x4x3x3x!a>, %h: tensor<1x2x3x3x!h>) -> (tensor<1x3x3x3x!quant.uniform<i8:f32, 0.2:1>>, tensor<1x2x3x3x!h>) {
  %w = tq.constant dense<1> : tensor<3x4x1x1xi8> -> tensor<3x4x1x1x!quant.uniform<i8:f32:0, {0.006, 0.0021, 0.013}>>
  %0 = tq.conv2d %x, %w : (tensor<1x4x3x3x!a>, tensor<3x4x1x1x!quant.uniform<i8:f32:0, {0.006, 0.0021, 0.013}>>) -> tensor<1x3x3x3x!quant.uniform<i8:f32, 0.2:1>>
  %wd = tq.constant dense<3> : tensor<2x1x1x1xi8> -> tensor<2x1x1x1x!quant.uniform<i8:f32, 0.01>>
  %1 = tq.conv2d %h, %wd {groups = 2 : i64} : (tensor<1x2x3x3x!h>, tensor<2x1x1x1x!quant.uniform<i8:f32, 0.01>>) -> tensor<1x2x3x3x!h>
  return %0, %1 : tensor<1x3x3x3x!quant.uniform<i8:f32, 0.2:1>>, tensor<1x2x3x3x!h>
}

// -----

!a = !quant.uniform<i8:f32, 0.037:-3>
// count_include_pad = false is SAME pooling; true pads with the zero point.
// CHECK-LABEL: func.func @pool
// CHECK: circle.average_pool_2d %{{.*}} {filter_height = 3 : i32, filter_width = 3 : i32, stride_h = 1 : i32, stride_w = 1 : i32}
// CHECK: %[[P:.*]] = circle.pad %{{.*}} -> tensor<1x7x7x4x!quant.uniform<i8:f32, 3.700000e-02:-3>>
// CHECK: circle.average_pool_2d %[[P]] {{{.*}}padding = #circle<padding VALID>
func.func @pool(%x: tensor<1x4x5x5x!a>) -> (tensor<1x4x5x5x!a>, tensor<1x4x3x3x!a>) {
  %0 = tq.avg_pool2d %x {kernel = array<i64: 3, 3>, strides = array<i64: 1, 1>, padding = array<i64: 1, 1>, count_include_pad = false} : (tensor<1x4x5x5x!a>) -> tensor<1x4x5x5x!a>
  %1 = tq.avg_pool2d %x {kernel = array<i64: 3, 3>, strides = array<i64: 2, 2>, padding = array<i64: 1, 1>, count_include_pad = true} : (tensor<1x4x5x5x!a>) -> tensor<1x4x3x3x!a>
  return %0, %1 : tensor<1x4x5x5x!a>, tensor<1x4x3x3x!a>
}
