// Random inputs from numpy, results compared with numpy implementations.
// REQUIRES: numpy
// RUN: rm -rf %t && mkdir -p %t
// RUN: %numpy_python %S/Inputs/numpy_reference.py make %t
// RUN: tico-run %s --input x=%t/x.npy --input w=%t/w.npy --input b=%t/b.npy \
// RUN:   --input p=%t/p.npy --input q=%t/q.npy --input idx=%t/idx.npy --output-dir %t/out > /dev/null
// RUN: %numpy_python %S/Inputs/numpy_reference.py check %t | FileCheck %s

// CHECK: conv ok
// CHECK: conv_nhwc ok
// CHECK: matmul ok
// CHECK: layer_norm ok
// CHECK: softmax ok
// CHECK: avg_pool ok
// CHECK: reversed ok
// CHECK: cumsum ok
// CHECK: gathered ok

func.func @main(%x: tensor<2x4x7x6xf32> {tico.name = "x"}, %w: tensor<6x2x3x2xf32> {tico.name = "w"},
                %b: tensor<6xf32> {tico.name = "b"}, %p: tensor<3x1x5x4xf32> {tico.name = "p"},
                %q: tensor<2x6x4xf32> {tico.name = "q"}, %idx: tensor<2x4x3x6xi64> {tico.name = "idx"})
    -> (tensor<2x6x3x2xf32> {tico.name = "conv"}, tensor<2x3x2x6xf32> {tico.name = "conv_nhwc"},
        tensor<3x2x5x6xf32> {tico.name = "matmul"}, tensor<2x4x7x6xf32> {tico.name = "layer_norm"},
        tensor<2x4x7x6xf32> {tico.name = "softmax"}, tensor<2x4x4x3xf32> {tico.name = "avg_pool"},
        tensor<2x2x4x6xf32> {tico.name = "reversed"}, tensor<2x4x7x6xf32> {tico.name = "cumsum"},
        tensor<2x4x3x6xf32> {tico.name = "gathered"}) {
  // Grouped, strided, dilated, asymmetrically padded convolution.
  %0 = tq.conv2d %x, %w, %b {strides = array<i64: 2, 3>, padding = array<i64: 1, 0, 2, 1>,
         dilations = array<i64: 2, 1>, groups = 2 : i64}
       : (tensor<2x4x7x6xf32>, tensor<6x2x3x2xf32>, tensor<6xf32>) -> tensor<2x6x3x2xf32>
  // The same convolution in circle layouts (NHWC input, OHWI filter, output
  // transposed back to NCHW), VALID padding after an explicit PAD.
  %pin = tq.constant dense<[0, 2, 3, 1]> : tensor<4xi64>
  %pw = tq.constant dense<[0, 2, 3, 1]> : tensor<4xi64>
  %pout = tq.constant dense<[0, 3, 1, 2]> : tensor<4xi64>
  %xt = circle.transpose %x, %pin : (tensor<2x4x7x6xf32>, tensor<4xi64>) -> tensor<2x7x6x4xf32>
  %pads = tq.constant dense<[[0, 0], [1, 2], [0, 1], [0, 0]]> : tensor<4x2xi32>
  %xp = circle.pad %xt, %pads : (tensor<2x7x6x4xf32>, tensor<4x2xi32>) -> tensor<2x10x7x4xf32>
  %wt = circle.transpose %w, %pw : (tensor<6x2x3x2xf32>, tensor<4xi64>) -> tensor<6x3x2x2xf32>
  %1 = circle.conv_2d %xp, %wt, %b {padding = #circle<padding VALID>, stride_h = 2 : i32, stride_w = 3 : i32, dilation_h_factor = 2 : i32}
       : (tensor<2x10x7x4xf32>, tensor<6x3x2x2xf32>, tensor<6xf32>) -> tensor<2x3x2x6xf32>
  // Batched matmul with a broadcast batch and a transposed rhs.
  %2 = tq.matmul %p, %q {transpose_rhs = true} : (tensor<3x1x5x4xf32>, tensor<2x6x4xf32>) -> tensor<3x2x5x6xf32>
  %3 = tq.layer_norm %x {epsilon = 1.0e-05 : f64} : (tensor<2x4x7x6xf32>) -> tensor<2x4x7x6xf32>
  %4 = tq.softmax %x {axis = 1 : i64} : (tensor<2x4x7x6xf32>) -> tensor<2x4x7x6xf32>
  %5 = tq.avg_pool2d %x {kernel = array<i64: 3, 2>, strides = array<i64: 2, 2>, padding = array<i64: 1, 0>, count_include_pad = false}
       : (tensor<2x4x7x6xf32>) -> tensor<2x4x4x3xf32>
  // x[:, ::-2, 5:0:-2, :] as a TFLite strided slice.
  %sb = tq.constant dense<[0, -1, 5, 0]> : tensor<4xi32>
  %se = tq.constant dense<[0, 0, 0, 0]> : tensor<4xi32>
  %ss = tq.constant dense<[1, -2, -2, 1]> : tensor<4xi32>
  %6 = circle.strided_slice %x, %sb, %se, %ss {begin_mask = 11 : i32, end_mask = 11 : i32}
       : (tensor<2x4x7x6xf32>, tensor<4xi32>, tensor<4xi32>, tensor<4xi32>) -> tensor<2x2x3x6xf32>
  %r6 = tq.reshape %6 : (tensor<2x2x3x6xf32>) -> tensor<2x2x3x6xf32>
  %p6 = tq.concat %r6, %r6 {axis = 2 : i64} : (tensor<2x2x3x6xf32>, tensor<2x2x3x6xf32>) -> tensor<2x2x6x6xf32>
  %s6 = tq.slice %p6 {start = array<i64: 0, 0, 1, 0>, end = array<i64: 2, 2, 5, 6>, step = array<i64: 1, 1, 1, 1>}
       : (tensor<2x2x6x6xf32>) -> tensor<2x2x4x6xf32>
  %7 = tq.cumsum %x {axis = 2 : i64, exclusive = true, reverse = true} : (tensor<2x4x7x6xf32>) -> tensor<2x4x7x6xf32>
  %8 = tq.gather_elements %x, %idx {axis = 2 : i64} : (tensor<2x4x7x6xf32>, tensor<2x4x3x6xi64>) -> tensor<2x4x3x6xf32>
  return %0, %1, %2, %3, %4, %5, %s6, %7, %8 : tensor<2x6x3x2xf32>, tensor<2x3x2x6xf32>, tensor<3x2x5x6xf32>,
      tensor<2x4x7x6xf32>, tensor<2x4x7x6xf32>, tensor<2x4x4x3xf32>, tensor<2x2x4x6xf32>, tensor<2x4x7x6xf32>,
      tensor<2x4x3x6xf32>
}
