// Quantized kernels against the independent Python model of TFLite's
// arithmetic (Inputs/numpy_qkernels.py, make-more / check-more): SUM int8
// (in range and wrapping, TFLite does not saturate), uint8 and int16; the
// 8-bit MEAN path for 4-D inputs over axes {1, 2} with keep_dims (int8, and
// uint8 with negative axes), next to the same reduction without keep_dims
// (the general path); int16 LOGISTIC/TANH with power-of-two input scales
// (2^-12, and 2^-11 for tanh); DIV int8 and uint8 (broadcast); EXP int8 and
// int16; NCHW tq.conv2d (plain and depthwise groups) and tq.avg_pool2d
// (with and without count_include_pad) on quantized operands.
// REQUIRES: numpy
// RUN: rm -rf %t && mkdir -p %t
// RUN: %numpy_python %S/Inputs/numpy_qkernels.py make %t
// RUN: %numpy_python %S/Inputs/numpy_qkernels.py make-more %t
// RUN: tico-run %s --input a=%t/a.npy --input x16=%t/x16.npy \
// RUN:   --input x16p=%t/x16.npy --input x16q=%t/x16.npy --input u8=%t/u8.npy \
// RUN:   --input d8=%t/d8.npy --input du8=%t/du8.npy --input wnchw=%t/wnchw.npy \
// RUN:   --input wdwn=%t/wdwn.npy --input biasconv=%t/biasconv.npy \
// RUN:   --input biasdw=%t/biasdw.npy --output-dir %t/out > /dev/null
// RUN: %numpy_python %S/Inputs/numpy_qkernels.py check-more %t | FileCheck %s

// CHECK: sum8 ok
// CHECK: sum8wrap ok
// CHECK: sumu8 ok
// CHECK: sum16 ok
// CHECK: meansp8 ok
// CHECK: meanspu8 ok
// CHECK: meanflat ok
// CHECK: logistic16p ok
// CHECK: tanh16p ok
// CHECK: tanh16p1 ok
// CHECK: div8 ok
// CHECK: divu8 ok
// CHECK: exp8 ok
// CHECK: exp16 ok
// CHECK: convnchw ok
// CHECK: dwnchw ok
// CHECK: poolnchw ok
// CHECK: poolnchwx ok

!a = !quant.uniform<i8:f32, 0.037:-3>
!u8 = !quant.uniform<u8:f32, 0.03:120>
!x16 = !quant.uniform<i16:f32, 1.3e-4>
!q15 = !quant.uniform<i16:f32, 3.0517578125e-05>
func.func @main(%a: tensor<4x32x!a> {tico.name = "a"},
                %x16: tensor<4x32x!x16> {tico.name = "x16"},
                %x16p: tensor<4x32x!quant.uniform<i16:f32, 2.44140625e-04>> {tico.name = "x16p"},
                %x16q: tensor<4x32x!quant.uniform<i16:f32, 4.8828125e-04>> {tico.name = "x16q"},
                %u8: tensor<4x32x!u8> {tico.name = "u8"},
                %d8: tensor<4x32x!quant.uniform<i8:f32, 0.02:5>> {tico.name = "d8"},
                %du8: tensor<32x!quant.uniform<u8:f32, 0.05:10>> {tico.name = "du8"},
                %wnchw: tensor<3x8x3x3x!quant.uniform<i8:f32:0, {0.006, 0.0021, 0.013}>> {tico.name = "wnchw"},
                %wdwn: tensor<8x1x3x3x!quant.uniform<i8:f32:0, {0.004, 0.0071, 0.011, 0.0023, 0.0152, 0.009, 0.0031, 0.0066}>> {tico.name = "wdwn"},
                %biasconv: tensor<3x!quant.uniform<i32:f32, 1.0>> {tico.name = "biasconv"},
                %biasdw: tensor<8x!quant.uniform<i32:f32, 1.0>> {tico.name = "biasdw"})
    -> (tensor<4x!quant.uniform<i8:f32, 1.5:4>> {tico.name = "sum8"},
        tensor<4x!quant.uniform<i8:f32, 0.01>> {tico.name = "sum8wrap"},
        tensor<32x!quant.uniform<u8:f32, 0.5:7>> {tico.name = "sumu8"},
        tensor<4x!quant.uniform<i16:f32, 0.005>> {tico.name = "sum16"},
        tensor<1x1x1x4x!quant.uniform<i8:f32, 0.02:-5>> {tico.name = "meansp8"},
        tensor<1x1x1x4x!quant.uniform<u8:f32, 0.025:100>> {tico.name = "meanspu8"},
        tensor<1x4x!quant.uniform<i8:f32, 0.02:-5>> {tico.name = "meanflat"},
        tensor<4x32x!q15> {tico.name = "logistic16p"},
        tensor<4x32x!q15> {tico.name = "tanh16p"},
        tensor<4x32x!q15> {tico.name = "tanh16p1"},
        tensor<4x32x!quant.uniform<i8:f32, 0.5:3>> {tico.name = "div8"},
        tensor<4x32x!quant.uniform<u8:f32, 0.1:128>> {tico.name = "divu8"},
        tensor<4x32x!quant.uniform<i8:f32, 0.5:-128>> {tico.name = "exp8"},
        tensor<4x32x!quant.uniform<i16:f32, 0.0025>> {tico.name = "exp16"},
        tensor<1x3x4x4x!quant.uniform<i8:f32, 0.2:1>> {tico.name = "convnchw"},
        tensor<1x8x4x4x!quant.uniform<i8:f32, 0.1:-5>> {tico.name = "dwnchw"},
        tensor<1x8x4x4x!a> {tico.name = "poolnchw"},
        tensor<1x8x4x4x!a> {tico.name = "poolnchwx"}) {
  %axis1 = circle.const dense<[1]> : tensor<1xi32>
  %axes12 = circle.const dense<[1, 2]> : tensor<2xi32>
  %0 = tq.reduce_sum %a {axes = array<i64: 1>} : (tensor<4x32x!a>) -> tensor<4x!quant.uniform<i8:f32, 1.5:4>>
  %1 = circle.sum %a, %axis1 : (tensor<4x32x!a>, tensor<1xi32>) -> tensor<4x!quant.uniform<i8:f32, 0.01>>
  %2 = tq.reduce_sum %u8 {axes = array<i64: 0>} : (tensor<4x32x!u8>) -> tensor<32x!quant.uniform<u8:f32, 0.5:7>>
  %3 = circle.sum %x16, %axis1 : (tensor<4x32x!x16>, tensor<1xi32>) -> tensor<4x!quant.uniform<i16:f32, 0.005>>
  %a4 = tq.reshape %a : (tensor<4x32x!a>) -> tensor<1x4x8x4x!a>
  %u4 = tq.reshape %u8 : (tensor<4x32x!u8>) -> tensor<1x4x8x4x!u8>
  %4 = circle.mean %a4, %axes12 {keep_dims = true} : (tensor<1x4x8x4x!a>, tensor<2xi32>) -> tensor<1x1x1x4x!quant.uniform<i8:f32, 0.02:-5>>
  %5 = tq.reduce_mean %u4 {axes = array<i64: -3, -2>, keepdim = true} : (tensor<1x4x8x4x!u8>) -> tensor<1x1x1x4x!quant.uniform<u8:f32, 0.025:100>>
  %6 = circle.mean %a4, %axes12 : (tensor<1x4x8x4x!a>, tensor<2xi32>) -> tensor<1x4x!quant.uniform<i8:f32, 0.02:-5>>
  %7 = circle.logistic %x16p : (tensor<4x32x!quant.uniform<i16:f32, 2.44140625e-04>>) -> tensor<4x32x!q15>
  %8 = circle.tanh %x16p : (tensor<4x32x!quant.uniform<i16:f32, 2.44140625e-04>>) -> tensor<4x32x!q15>
  %9 = circle.tanh %x16q : (tensor<4x32x!quant.uniform<i16:f32, 4.8828125e-04>>) -> tensor<4x32x!q15>
  %10 = circle.div %a, %d8 : (tensor<4x32x!a>, tensor<4x32x!quant.uniform<i8:f32, 0.02:5>>) -> tensor<4x32x!quant.uniform<i8:f32, 0.5:3>>
  %11 = tq.div %u8, %du8 : (tensor<4x32x!u8>, tensor<32x!quant.uniform<u8:f32, 0.05:10>>) -> tensor<4x32x!quant.uniform<u8:f32, 0.1:128>>
  %12 = circle.exp %a : (tensor<4x32x!a>) -> tensor<4x32x!quant.uniform<i8:f32, 0.5:-128>>
  %13 = tq.exp %x16 : (tensor<4x32x!x16>) -> tensor<4x32x!quant.uniform<i16:f32, 0.0025>>
  %an = tq.reshape %a : (tensor<4x32x!a>) -> tensor<1x8x4x4x!a>
  %14 = tq.conv2d %an, %wnchw, %biasconv {padding = array<i64: 1, 1>} : (tensor<1x8x4x4x!a>, tensor<3x8x3x3x!quant.uniform<i8:f32:0, {0.006, 0.0021, 0.013}>>, tensor<3x!quant.uniform<i32:f32, 1.0>>) -> tensor<1x3x4x4x!quant.uniform<i8:f32, 0.2:1>>
  %15 = tq.conv2d %an, %wdwn, %biasdw {padding = array<i64: 1, 1>, groups = 8 : i64} : (tensor<1x8x4x4x!a>, tensor<8x1x3x3x!quant.uniform<i8:f32:0, {0.004, 0.0071, 0.011, 0.0023, 0.0152, 0.009, 0.0031, 0.0066}>>, tensor<8x!quant.uniform<i32:f32, 1.0>>) -> tensor<1x8x4x4x!quant.uniform<i8:f32, 0.1:-5>>
  %16 = tq.avg_pool2d %an {kernel = array<i64: 3, 3>, strides = array<i64: 1, 1>, padding = array<i64: 1, 1>, count_include_pad = true} : (tensor<1x8x4x4x!a>) -> tensor<1x8x4x4x!a>
  %17 = tq.avg_pool2d %an {kernel = array<i64: 3, 3>, strides = array<i64: 1, 1>, padding = array<i64: 1, 1>, count_include_pad = false} : (tensor<1x8x4x4x!a>) -> tensor<1x8x4x4x!a>
  return %0, %1, %2, %3, %4, %5, %6, %7, %8, %9, %10, %11, %12, %13, %14, %15, %16, %17
      : tensor<4x!quant.uniform<i8:f32, 1.5:4>>, tensor<4x!quant.uniform<i8:f32, 0.01>>,
        tensor<32x!quant.uniform<u8:f32, 0.5:7>>, tensor<4x!quant.uniform<i16:f32, 0.005>>,
        tensor<1x1x1x4x!quant.uniform<i8:f32, 0.02:-5>>, tensor<1x1x1x4x!quant.uniform<u8:f32, 0.025:100>>,
        tensor<1x4x!quant.uniform<i8:f32, 0.02:-5>>, tensor<4x32x!q15>, tensor<4x32x!q15>, tensor<4x32x!q15>,
        tensor<4x32x!quant.uniform<i8:f32, 0.5:3>>, tensor<4x32x!quant.uniform<u8:f32, 0.1:128>>,
        tensor<4x32x!quant.uniform<i8:f32, 0.5:-128>>, tensor<4x32x!quant.uniform<i16:f32, 0.0025>>,
        tensor<1x3x4x4x!quant.uniform<i8:f32, 0.2:1>>, tensor<1x8x4x4x!quant.uniform<i8:f32, 0.1:-5>>,
        tensor<1x8x4x4x!a>, tensor<1x8x4x4x!a>
}
