// Quantized kernels against an independent Python model of TFLite's integer
// arithmetic (Inputs/numpy_qkernels.py): requantize, FULLY_CONNECTED (int8
// per-tensor with RELU, int8 per-channel, int16 x int8 with int64 bias),
// ADD/SUB/MUL int8 with broadcasting, ADD int16 general scales,
// BATCH_MATMUL int8 and int16, RELU, AVERAGE_POOL_2D (SAME padding),
// CONV_2D int8 per-channel (SAME) and int16x8, DEPTHWISE_CONV_2D int8
// per-channel (VALID, multiplier 2), int16 LOGISTIC and TANH, int16 SOFTMAX
// (beta 1 and 2), MEAN int8 and int16.
// REQUIRES: numpy
// RUN: rm -rf %t && mkdir -p %t
// RUN: %numpy_python %S/Inputs/numpy_qkernels.py make %t
// RUN: tico-run %s --input a=%t/a.npy --input b=%t/b.npy --input w=%t/w.npy \
// RUN:   --input wc=%t/wc.npy --input bias=%t/bias.npy --input biasc=%t/biasc.npy \
// RUN:   --input x16=%t/x16.npy --input y16=%t/y16.npy --input bias16=%t/bias16.npy \
// RUN:   --input wconv=%t/wconv.npy --input wdw=%t/wdw.npy --input biasconv=%t/biasconv.npy \
// RUN:   --input biasdw=%t/biasdw.npy --input bias16c=%t/bias16c.npy \
// RUN:   --output-dir %t/out > /dev/null
// RUN: %numpy_python %S/Inputs/numpy_qkernels.py check %t | FileCheck %s

// CHECK: add ok
// CHECK: sub ok
// CHECK: mul ok
// CHECK: add16 ok
// CHECK: fc ok
// CHECK: fc_pc ok
// CHECK: fc16 ok
// CHECK: bmm ok
// CHECK: bmm16 ok
// CHECK: relu ok
// CHECK: pool ok
// CHECK: conv ok
// CHECK: dwconv ok
// CHECK: conv16 ok
// CHECK: logistic16 ok
// CHECK: tanh16 ok
// CHECK: softmax16 ok
// CHECK: softmax16b ok
// CHECK: mean8 ok
// CHECK: mean16 ok
// CHECK: requant_u8 ok
// CHECK: requant_i8 ok

func.func @main(%a: tensor<4x32x!quant.uniform<i8:f32, 0.037:-3>> {tico.name = "a"},
                %b: tensor<32x!quant.uniform<i8:f32, 0.021:5>> {tico.name = "b"},
                %w: tensor<16x32x!quant.uniform<i8:f32, 0.0071>> {tico.name = "w"},
                %wc: tensor<8x32x!quant.uniform<i8:f32:0, {0.004, 0.0071, 0.011, 0.0023, 0.0152, 0.009, 0.0031, 0.0066}>> {tico.name = "wc"},
                %bias: tensor<16xi32> {tico.name = "bias"},
                %biasc: tensor<8xi32> {tico.name = "biasc"},
                %x16: tensor<4x32x!quant.uniform<i16:f32, 1.3e-4>> {tico.name = "x16"},
                %y16: tensor<4x32x!quant.uniform<i16:f32, 2.1e-4>> {tico.name = "y16"},
                %bias16: tensor<8xi64> {tico.name = "bias16"},
                %wconv: tensor<3x3x3x4x!quant.uniform<i8:f32:0, {0.006, 0.0021, 0.013}>> {tico.name = "wconv"},
                %wdw: tensor<1x3x3x8x!quant.uniform<i8:f32:3, {0.004, 0.0071, 0.011, 0.0023, 0.0152, 0.009, 0.0031, 0.0066}>> {tico.name = "wdw"},
                %biasconv: tensor<3xi32> {tico.name = "biasconv"},
                %biasdw: tensor<8xi32> {tico.name = "biasdw"},
                %bias16c: tensor<3xi64> {tico.name = "bias16c"})
    -> (tensor<4x32x!quant.uniform<i8:f32, 0.05:2>> {tico.name = "add"},
        tensor<4x32x!quant.uniform<i8:f32, 0.04:-7>> {tico.name = "sub"},
        tensor<4x32x!quant.uniform<i8:f32, 0.05:-1>> {tico.name = "mul"},
        tensor<4x32x!quant.uniform<i16:f32, 3.0e-4>> {tico.name = "add16"},
        tensor<4x16x!quant.uniform<i8:f32, 0.3:4>> {tico.name = "fc"},
        tensor<4x8x!quant.uniform<i8:f32, 0.25:-2>> {tico.name = "fc_pc"},
        tensor<4x8x!quant.uniform<i16:f32, 0.004>> {tico.name = "fc16"},
        tensor<2x2x8x!quant.uniform<i8:f32, 0.09:1>> {tico.name = "bmm"},
        tensor<2x2x2x!quant.uniform<i16:f32, 0.003>> {tico.name = "bmm16"},
        tensor<4x32x!quant.uniform<i8:f32, 0.02:-128>> {tico.name = "relu"},
        tensor<1x4x8x4x!quant.uniform<i8:f32, 0.037:-3>> {tico.name = "pool"},
        tensor<1x4x8x3x!quant.uniform<i8:f32, 0.2:1>> {tico.name = "conv"},
        tensor<1x2x6x8x!quant.uniform<i8:f32, 0.1:-5>> {tico.name = "dwconv"},
        tensor<1x4x8x3x!quant.uniform<i16:f32, 0.01>> {tico.name = "conv16"},
        tensor<4x32x!quant.uniform<u8:f32, 0.03:120>> {tico.name = "requant_u8"},
        tensor<4x32x!quant.uniform<i8:f32, 0.02>> {tico.name = "requant_i8"},
        tensor<4x32x!quant.uniform<i16:f32, 3.0517578125e-05>> {tico.name = "logistic16"},
        tensor<4x32x!quant.uniform<i16:f32, 3.0517578125e-05>> {tico.name = "tanh16"},
        tensor<4x32x!quant.uniform<i16:f32, 3.0517578125e-05>> {tico.name = "softmax16"},
        tensor<4x32x!quant.uniform<i16:f32, 3.0517578125e-05>> {tico.name = "softmax16b"},
        tensor<4x!quant.uniform<i8:f32, 0.01:5>> {tico.name = "mean8"},
        tensor<32x!quant.uniform<i16:f32, 1.0e-4>> {tico.name = "mean16"}) {
  %0 = circle.add %a, %b : (tensor<4x32x!quant.uniform<i8:f32, 0.037:-3>>, tensor<32x!quant.uniform<i8:f32, 0.021:5>>) -> tensor<4x32x!quant.uniform<i8:f32, 0.05:2>>
  %1 = circle.sub %a, %b : (tensor<4x32x!quant.uniform<i8:f32, 0.037:-3>>, tensor<32x!quant.uniform<i8:f32, 0.021:5>>) -> tensor<4x32x!quant.uniform<i8:f32, 0.04:-7>>
  %2 = circle.mul %a, %b : (tensor<4x32x!quant.uniform<i8:f32, 0.037:-3>>, tensor<32x!quant.uniform<i8:f32, 0.021:5>>) -> tensor<4x32x!quant.uniform<i8:f32, 0.05:-1>>
  %3 = circle.add %x16, %y16 : (tensor<4x32x!quant.uniform<i16:f32, 1.3e-4>>, tensor<4x32x!quant.uniform<i16:f32, 2.1e-4>>) -> tensor<4x32x!quant.uniform<i16:f32, 3.0e-4>>
  %4 = circle.fully_connected %a, %w, %bias {fused_activation_function = #circle<act RELU>} : (tensor<4x32x!quant.uniform<i8:f32, 0.037:-3>>, tensor<16x32x!quant.uniform<i8:f32, 0.0071>>, tensor<16xi32>) -> tensor<4x16x!quant.uniform<i8:f32, 0.3:4>>
  %5 = circle.fully_connected %a, %wc, %biasc : (tensor<4x32x!quant.uniform<i8:f32, 0.037:-3>>, tensor<8x32x!quant.uniform<i8:f32:0, {0.004, 0.0071, 0.011, 0.0023, 0.0152, 0.009, 0.0031, 0.0066}>>, tensor<8xi32>) -> tensor<4x8x!quant.uniform<i8:f32, 0.25:-2>>
  %6 = circle.fully_connected %x16, %wc, %bias16 : (tensor<4x32x!quant.uniform<i16:f32, 1.3e-4>>, tensor<8x32x!quant.uniform<i8:f32:0, {0.004, 0.0071, 0.011, 0.0023, 0.0152, 0.009, 0.0031, 0.0066}>>, tensor<8xi64>) -> tensor<4x8x!quant.uniform<i16:f32, 0.004>>
  %7 = circle.quantize %a : (tensor<4x32x!quant.uniform<i8:f32, 0.037:-3>>) -> tensor<4x32x!quant.uniform<u8:f32, 0.03:120>>
  %8 = circle.quantize %x16 : (tensor<4x32x!quant.uniform<i16:f32, 1.3e-4>>) -> tensor<4x32x!quant.uniform<i8:f32, 0.02>>
  %la = tq.reshape %a : (tensor<4x32x!quant.uniform<i8:f32, 0.037:-3>>) -> tensor<2x2x32x!quant.uniform<i8:f32, 0.037:-3>>
  %rw = tq.reshape %w : (tensor<16x32x!quant.uniform<i8:f32, 0.0071>>) -> tensor<2x32x8x!quant.uniform<i8:f32, 0.0071>>
  %9 = circle.batch_matmul %la, %rw : (tensor<2x2x32x!quant.uniform<i8:f32, 0.037:-3>>, tensor<2x32x8x!quant.uniform<i8:f32, 0.0071>>) -> tensor<2x2x8x!quant.uniform<i8:f32, 0.09:1>>
  %lx = tq.reshape %x16 : (tensor<4x32x!quant.uniform<i16:f32, 1.3e-4>>) -> tensor<2x2x32x!quant.uniform<i16:f32, 1.3e-4>>
  %ry = tq.reshape %y16 : (tensor<4x32x!quant.uniform<i16:f32, 2.1e-4>>) -> tensor<2x32x2x!quant.uniform<i16:f32, 2.1e-4>>
  %10 = circle.batch_matmul %lx, %ry : (tensor<2x2x32x!quant.uniform<i16:f32, 1.3e-4>>, tensor<2x32x2x!quant.uniform<i16:f32, 2.1e-4>>) -> tensor<2x2x2x!quant.uniform<i16:f32, 0.003>>
  %11 = circle.relu %a : (tensor<4x32x!quant.uniform<i8:f32, 0.037:-3>>) -> tensor<4x32x!quant.uniform<i8:f32, 0.02:-128>>
  %pa = tq.reshape %a : (tensor<4x32x!quant.uniform<i8:f32, 0.037:-3>>) -> tensor<1x4x8x4x!quant.uniform<i8:f32, 0.037:-3>>
  %12 = circle.average_pool_2d %pa {filter_height = 3 : i32, filter_width = 2 : i32, padding = #circle<padding SAME>, stride_h = 1 : i32, stride_w = 1 : i32} : (tensor<1x4x8x4x!quant.uniform<i8:f32, 0.037:-3>>) -> tensor<1x4x8x4x!quant.uniform<i8:f32, 0.037:-3>>
  %13 = circle.conv_2d %pa, %wconv, %biasconv {padding = #circle<padding SAME>, stride_h = 1 : i32, stride_w = 1 : i32} : (tensor<1x4x8x4x!quant.uniform<i8:f32, 0.037:-3>>, tensor<3x3x3x4x!quant.uniform<i8:f32:0, {0.006, 0.0021, 0.013}>>, tensor<3xi32>) -> tensor<1x4x8x3x!quant.uniform<i8:f32, 0.2:1>>
  %14 = circle.depthwise_conv_2d %pa, %wdw, %biasdw {depth_multiplier = 2 : i32, padding = #circle<padding VALID>, stride_h = 1 : i32, stride_w = 1 : i32} : (tensor<1x4x8x4x!quant.uniform<i8:f32, 0.037:-3>>, tensor<1x3x3x8x!quant.uniform<i8:f32:3, {0.004, 0.0071, 0.011, 0.0023, 0.0152, 0.009, 0.0031, 0.0066}>>, tensor<8xi32>) -> tensor<1x2x6x8x!quant.uniform<i8:f32, 0.1:-5>>
  %px = tq.reshape %x16 : (tensor<4x32x!quant.uniform<i16:f32, 1.3e-4>>) -> tensor<1x4x8x4x!quant.uniform<i16:f32, 1.3e-4>>
  %15 = circle.conv_2d %px, %wconv, %bias16c {padding = #circle<padding SAME>, stride_h = 1 : i32, stride_w = 1 : i32} : (tensor<1x4x8x4x!quant.uniform<i16:f32, 1.3e-4>>, tensor<3x3x3x4x!quant.uniform<i8:f32:0, {0.006, 0.0021, 0.013}>>, tensor<3xi64>) -> tensor<1x4x8x3x!quant.uniform<i16:f32, 0.01>>
  %16 = circle.logistic %x16 : (tensor<4x32x!quant.uniform<i16:f32, 1.3e-4>>) -> tensor<4x32x!quant.uniform<i16:f32, 3.0517578125e-05>>
  %17 = circle.tanh %x16 : (tensor<4x32x!quant.uniform<i16:f32, 1.3e-4>>) -> tensor<4x32x!quant.uniform<i16:f32, 3.0517578125e-05>>
  %18 = circle.softmax %x16 {beta = 1.0 : f32} : (tensor<4x32x!quant.uniform<i16:f32, 1.3e-4>>) -> tensor<4x32x!quant.uniform<i16:f32, 3.0517578125e-05>>
  %19 = circle.softmax %x16 {beta = 2.0 : f32} : (tensor<4x32x!quant.uniform<i16:f32, 1.3e-4>>) -> tensor<4x32x!quant.uniform<i16:f32, 3.0517578125e-05>>
  %axis1 = circle.const dense<[1]> : tensor<1xi32>
  %20 = circle.mean %a, %axis1 : (tensor<4x32x!quant.uniform<i8:f32, 0.037:-3>>, tensor<1xi32>) -> tensor<4x!quant.uniform<i8:f32, 0.01:5>>
  %21 = tq.reduce_mean %x16 {axes = array<i64: 0>} : (tensor<4x32x!quant.uniform<i16:f32, 1.3e-4>>) -> tensor<32x!quant.uniform<i16:f32, 1.0e-4>>
  return %0, %1, %2, %3, %4, %5, %6, %9, %10, %11, %12, %13, %14, %15, %7, %8, %16, %17, %18, %19, %20, %21 : tensor<4x32x!quant.uniform<i8:f32, 0.05:2>>, tensor<4x32x!quant.uniform<i8:f32, 0.04:-7>>,
      tensor<4x32x!quant.uniform<i8:f32, 0.05:-1>>, tensor<4x32x!quant.uniform<i16:f32, 3.0e-4>>, tensor<4x16x!quant.uniform<i8:f32, 0.3:4>>,
      tensor<4x8x!quant.uniform<i8:f32, 0.25:-2>>, tensor<4x8x!quant.uniform<i16:f32, 0.004>>,
      tensor<2x2x8x!quant.uniform<i8:f32, 0.09:1>>, tensor<2x2x2x!quant.uniform<i16:f32, 0.003>>,
      tensor<4x32x!quant.uniform<i8:f32, 0.02:-128>>, tensor<1x4x8x4x!quant.uniform<i8:f32, 0.037:-3>>, tensor<1x4x8x3x!quant.uniform<i8:f32, 0.2:1>>,
      tensor<1x2x6x8x!quant.uniform<i8:f32, 0.1:-5>>, tensor<1x4x8x3x!quant.uniform<i16:f32, 0.01>>, tensor<4x32x!quant.uniform<u8:f32, 0.03:120>>,
      tensor<4x32x!quant.uniform<i8:f32, 0.02>>, tensor<4x32x!quant.uniform<i16:f32, 3.0517578125e-05>>,
      tensor<4x32x!quant.uniform<i16:f32, 3.0517578125e-05>>, tensor<4x32x!quant.uniform<i16:f32, 3.0517578125e-05>>,
      tensor<4x32x!quant.uniform<i16:f32, 3.0517578125e-05>>, tensor<4x!quant.uniform<i8:f32, 0.01:5>>,
      tensor<32x!quant.uniform<i16:f32, 1.0e-4>>
}
