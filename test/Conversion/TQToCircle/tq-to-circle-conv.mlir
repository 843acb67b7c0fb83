// RUN: tico-opt %s -split-input-file -pass-pipeline='builtin.module(func.func(convert-tq-to-circle))' | FileCheck %s

// NCHW conv: NHWC between transposes, OIHW weights transposed at compile
// time to OHWI, padding that equals SAME becomes SAME. Without a bias the
// conv gets a zero one (TFLite's CONV_2D does not prepare without it).
// CHECK-LABEL: func.func @conv_same
// CHECK-SAME: (%[[X:.*]]: tensor<1x2x5x5xf32>)
func.func @conv_same(%x: tensor<1x2x5x5xf32>) -> tensor<1x4x5x5xf32> {
  %w = tq.constant dense<0.5> : tensor<4x2x3x3xf32>
  // CHECK: %[[IN:.*]] = circle.transpose %[[X]], %{{.*}} : (tensor<1x2x5x5xf32>, tensor<4xi32>) -> tensor<1x5x5x2xf32>
  // CHECK: %[[B:.*]] = circle.const dense<0.000000e+00> : tensor<4xf32>
  // CHECK: %[[W:.*]] = circle.const dense<5.000000e-01> : tensor<4x3x3x2xf32>
  // CHECK: %[[Y:.*]] = circle.conv_2d %[[IN]], %[[W]], %[[B]] {stride_h = 1 : i32, stride_w = 1 : i32} : (tensor<1x5x5x2xf32>, tensor<4x3x3x2xf32>, tensor<4xf32>) -> tensor<1x5x5x4xf32>
  // CHECK: circle.transpose %[[Y]], %{{.*}} : (tensor<1x5x5x4xf32>, tensor<4xi32>) -> tensor<1x4x5x5xf32>
  %0 = tq.conv2d %x, %w {padding = array<i64: 1, 1, 1, 1>} : (tensor<1x2x5x5xf32>, tensor<4x2x3x3xf32>) -> tensor<1x4x5x5xf32>
  return %0 : tensor<1x4x5x5xf32>
}

// -----

// A patch embedder: stride = kernel, no padding -> VALID.
// CHECK-LABEL: func.func @patch_embed
func.func @patch_embed(%x: tensor<1x3x8x8xf32>, %w: tensor<6x3x4x4xf32>, %b: tensor<6xf32>) -> tensor<1x6x2x2xf32> {
  // CHECK: %[[W:.*]] = circle.transpose %{{.*}}, %{{.*}} : (tensor<6x3x4x4xf32>, tensor<4xi32>) -> tensor<6x4x4x3xf32>
  // CHECK: circle.conv_2d %{{.*}}, %[[W]], %{{.*}} {padding = #circle<padding VALID>, stride_h = 4 : i32, stride_w = 4 : i32}
  %0 = tq.conv2d %x, %w, %b {strides = array<i64: 4, 4>} : (tensor<1x3x8x8xf32>, tensor<6x3x4x4xf32>, tensor<6xf32>) -> tensor<1x6x2x2xf32>
  return %0 : tensor<1x6x2x2xf32>
}

// -----

// Asymmetric padding that is not SAME: an explicit PAD, then VALID.
// CHECK-LABEL: func.func @conv_pad
func.func @conv_pad(%x: tensor<1x1x4x4xf32>, %w: tensor<1x1x2x2xf32>) -> tensor<1x1x5x4xf32> {
  // CHECK: %[[PADS:.*]] = circle.const dense<{{\[}}[0, 0], [1, 1], [0, 1], [0, 0]]> : tensor<4x2xi32>
  // CHECK: %[[P:.*]] = circle.pad %{{.*}}, %[[PADS]] : (tensor<1x4x4x1xf32>, tensor<4x2xi32>) -> tensor<1x6x5x1xf32>
  // CHECK: circle.conv_2d %[[P]], %{{.*}} {padding = #circle<padding VALID>
  %0 = tq.conv2d %x, %w {padding = array<i64: 1, 0, 1, 1>} : (tensor<1x1x4x4xf32>, tensor<1x1x2x2xf32>) -> tensor<1x1x5x4xf32>
  return %0 : tensor<1x1x5x4xf32>
}

// -----

// groups == channels: DEPTHWISE_CONV_2D with a [1, kh, kw, C*m] filter.
// CHECK-LABEL: func.func @depthwise
func.func @depthwise(%x: tensor<1x2x4x4xf32>) -> tensor<1x4x4x4xf32> {
  %w = tq.constant dense<1.0> : tensor<4x1x3x3xf32>
  // CHECK: %[[B:.*]] = circle.const dense<0.000000e+00> : tensor<4xf32>
  // CHECK: %[[W:.*]] = circle.const dense<1.000000e+00> : tensor<1x3x3x4xf32>
  // CHECK: circle.depthwise_conv_2d %{{.*}}, %[[W]], %[[B]] {depth_multiplier = 2 : i32
  %0 = tq.conv2d %x, %w {groups = 2 : i64, padding = array<i64: 1, 1>} : (tensor<1x2x4x4xf32>, tensor<4x1x3x3xf32>) -> tensor<1x4x4x4xf32>
  return %0 : tensor<1x4x4x4xf32>
}

// -----

// CHECK-LABEL: func.func @avg_pool
func.func @avg_pool(%x: tensor<1x2x4x4xf32>) -> (tensor<1x2x2x2xf32>, tensor<1x2x4x4xf32>) {
  // CHECK: circle.average_pool_2d %{{.*}} {filter_height = 2 : i32, filter_width = 2 : i32, padding = #circle<padding VALID>, stride_h = 2 : i32, stride_w = 2 : i32}
  %0 = tq.avg_pool2d %x {kernel = array<i64: 2, 2>, strides = array<i64: 2, 2>} : (tensor<1x2x4x4xf32>) -> tensor<1x2x2x2xf32>
  // Pads excluded from the count with SAME-shaped padding: Circle SAME.
  // CHECK: circle.average_pool_2d %{{.*}} {filter_height = 3 : i32, filter_width = 3 : i32, stride_h = 1 : i32, stride_w = 1 : i32}
  %1 = tq.avg_pool2d %x {kernel = array<i64: 3, 3>, strides = array<i64: 1, 1>, padding = array<i64: 1, 1>, count_include_pad = false} : (tensor<1x2x4x4xf32>) -> tensor<1x2x4x4xf32>
  return %0, %1 : tensor<1x2x2x2xf32>, tensor<1x2x4x4xf32>
}

// -----

// 1 < groups < channels: one CONV_2D per group on split inputs and weight
// slices cut at compile time, concatenated on the channel axis.
// CHECK-LABEL: func.func @grouped
func.func @grouped(%x: tensor<1x4x3x3xf32>) -> tensor<1x2x3x3xf32> {
  %w = tq.constant dense<[[[[1.0]], [[2.0]]], [[[3.0]], [[4.0]]]]> : tensor<2x2x1x1xf32>
  // CHECK: %[[IN:.*]]:2 = circle.split_v %{{.*}}, %{{.*}}, %{{.*}} {num_splits = 2 : i32} : (tensor<1x3x3x4xf32>, tensor<2xi32>, tensor<i32>) -> (tensor<1x3x3x2xf32>, tensor<1x3x3x2xf32>)
  // CHECK-DAG: %[[W0:.*]] = circle.const dense<{{\[}}[{{\[}}[1.000000e+00, 2.000000e+00]]]]> : tensor<1x1x1x2xf32>
  // CHECK-DAG: %[[W1:.*]] = circle.const dense<{{\[}}[{{\[}}[3.000000e+00, 4.000000e+00]]]]> : tensor<1x1x1x2xf32>
  // CHECK-DAG: %[[B0:.*]] = circle.const dense<0.000000e+00> : tensor<1xf32>
  // CHECK: %[[Y0:.*]] = circle.conv_2d %[[IN]]#0, %[[W0]], %{{.*}} {{.*}} tensor<1xf32>)
  // CHECK: %[[Y1:.*]] = circle.conv_2d %[[IN]]#1, %[[W1]], %{{.*}} {{.*}} tensor<1xf32>)
  // CHECK: circle.concatenation %[[Y0]], %[[Y1]] {axis = 3 : i32}
  %0 = tq.conv2d %x, %w {groups = 2 : i64} : (tensor<1x4x3x3xf32>, tensor<2x2x1x1xf32>) -> tensor<1x2x3x3xf32>
  return %0 : tensor<1x2x3x3xf32>
}
