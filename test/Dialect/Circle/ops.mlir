// RUN: tico-opt %s --verify-each | tico-opt | FileCheck %s
// RUN: tico-opt %s --mlir-print-op-generic | tico-opt | FileCheck %s

// Round trip of every circle op through the custom and the generic form.

// CHECK-LABEL: func.func @const
func.func @const() -> (tensor<2xf32>, tensor<2x!quant.uniform<i8:f32, 5.000000e-01>>, none) {
  // CHECK: circle.const dense<[1.000000e+00, 2.000000e+00]> : tensor<2xf32>
  %0 = circle.const dense<[1.0, 2.0]> : tensor<2xf32>
  // CHECK: circle.const dense<[1, -2]> : tensor<2xi8> -> tensor<2x!quant.uniform<i8:f32, 5.000000e-01>>
  %1 = circle.const dense<[1, -2]> : tensor<2xi8> -> tensor<2x!quant.uniform<i8:f32, 0.5>>
  // CHECK: circle.no_value
  %2 = circle.no_value
  return %0, %1, %2 : tensor<2xf32>, tensor<2x!quant.uniform<i8:f32, 5.000000e-01>>, none
}

// CHECK-LABEL: func.func @custom
func.func @custom(%x: tensor<4xf32>) -> (tensor<4xf32>, tensor<2xi32>) {
  // CHECK: circle.custom "MyOp" %{{.*}} {custom_option = "\00\01"} : (tensor<4xf32>) -> (tensor<4xf32>, tensor<2xi32>)
  %0:2 = circle.custom "MyOp" %x {custom_option = "\00\01"} : (tensor<4xf32>) -> (tensor<4xf32>, tensor<2xi32>)
  return %0#0, %0#1 : tensor<4xf32>, tensor<2xi32>
}

// CHECK-LABEL: func.func @add
func.func @add(%a: tensor<2x3xf32>, %b: tensor<3xf32>) -> (tensor<2x3xf32>, tensor<2x3xf32>) {
  // CHECK: circle.add %{{.*}}, %{{.*}} : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  %0 = circle.add %a, %b : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  // CHECK: circle.add %{{.*}}, %{{.*}} {fused_activation_function = #circle<act RELU6>, pot_scale_int16 = true}
  %1 = circle.add %a, %b {fused_activation_function = #circle<act RELU6>, pot_scale_int16 = true} : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  return %0, %1 : tensor<2x3xf32>, tensor<2x3xf32>
}

// CHECK-LABEL: func.func @exp
func.func @exp(%x: tensor<4xf32>) -> tensor<4xf32> {
  // CHECK: circle.exp %{{.*}} : (tensor<4xf32>) -> tensor<4xf32>
  %0 = circle.exp %x : (tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// CHECK-LABEL: func.func @fully_connected
func.func @fully_connected(%x: tensor<1x3x4xf32>, %w: tensor<8x4xf32>, %b: tensor<8xf32>) -> (tensor<1x3x8xf32>, tensor<3x8xf32>) {
  %none = circle.no_value
  // CHECK: circle.fully_connected %{{.*}}, %{{.*}}, %{{.*}} {keep_num_dims = true} : (tensor<1x3x4xf32>, tensor<8x4xf32>, none) -> tensor<1x3x8xf32>
  %0 = circle.fully_connected %x, %w, %none {keep_num_dims = true} : (tensor<1x3x4xf32>, tensor<8x4xf32>, none) -> tensor<1x3x8xf32>
  // CHECK: circle.fully_connected %{{.*}}, %{{.*}}, %{{.*}} {fused_activation_function = #circle<act RELU>, weights_format = #circle<weights_format SHUFFLED4x16INT8>} : (tensor<1x3x4xf32>, tensor<8x4xf32>, tensor<8xf32>) -> tensor<3x8xf32>
  %1 = circle.fully_connected %x, %w, %b {fused_activation_function = #circle<act RELU>, weights_format = #circle<weights_format SHUFFLED4x16INT8>} : (tensor<1x3x4xf32>, tensor<8x4xf32>, tensor<8xf32>) -> tensor<3x8xf32>
  return %0, %1 : tensor<1x3x8xf32>, tensor<3x8xf32>
}

// CHECK-LABEL: func.func @rms_norm
func.func @rms_norm(%x: tensor<1x4x8xf32>, %g: tensor<8xf32>) -> tensor<1x4x8xf32> {
  // CHECK: circle.rms_norm %{{.*}}, %{{.*}} {epsilon = 9.99999997E-7 : f32} : (tensor<1x4x8xf32>, tensor<8xf32>) -> tensor<1x4x8xf32>
  %0 = circle.rms_norm %x, %g {epsilon = 1.0e-6 : f32} : (tensor<1x4x8xf32>, tensor<8xf32>) -> tensor<1x4x8xf32>
  return %0 : tensor<1x4x8xf32>
}

// CHECK-LABEL: func.func @binary
func.func @binary(%a: tensor<2x3xf32>, %b: tensor<3xf32>, %s: tensor<f32>) -> (tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>) {
  // CHECK: circle.sub %{{.*}}, %{{.*}} : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  %0 = circle.sub %a, %b : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  // CHECK: circle.sub %{{.*}}, %{{.*}} {fused_activation_function = #circle<act RELU>, pot_scale_int16 = true}
  %1 = circle.sub %a, %b {fused_activation_function = #circle<act RELU>, pot_scale_int16 = true} : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  // CHECK: circle.mul %{{.*}}, %{{.*}} {fused_activation_function = #circle<act TANH>} : (tensor<2x3xf32>, tensor<f32>) -> tensor<2x3xf32>
  %2 = circle.mul %a, %s {fused_activation_function = #circle<act TANH>} : (tensor<2x3xf32>, tensor<f32>) -> tensor<2x3xf32>
  // CHECK: circle.div %{{.*}}, %{{.*}} : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  %3 = circle.div %a, %b : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  // CHECK: circle.pow %{{.*}}, %{{.*}} : (tensor<2x3xf32>, tensor<f32>) -> tensor<2x3xf32>
  %4 = circle.pow %a, %s : (tensor<2x3xf32>, tensor<f32>) -> tensor<2x3xf32>
  return %0, %1, %2, %3, %4 : tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>
}

// CHECK-LABEL: func.func @min_max
func.func @min_max(%a: tensor<2x3xf32>, %s: tensor<f32>, %q: tensor<4x!quant.uniform<i16<-32767:32767>:f32, 0.01>>) -> (tensor<2x3xf32>, tensor<4x!quant.uniform<i16<-32767:32767>:f32, 0.01>>) {
  // CHECK: circle.maximum %{{.*}}, %{{.*}} : (tensor<2x3xf32>, tensor<f32>) -> tensor<2x3xf32>
  %0 = circle.maximum %a, %s : (tensor<2x3xf32>, tensor<f32>) -> tensor<2x3xf32>
  // CHECK: circle.minimum %{{.*}}, %{{.*}} : (tensor<4x!quant.uniform<i16<-32767:32767>:f32, 1.000000e-02>>, tensor<4x!quant.uniform<i16<-32767:32767>:f32, 1.000000e-02>>) -> tensor<4x!quant.uniform<i16<-32767:32767>:f32, 1.000000e-02>>
  %1 = circle.minimum %q, %q : (tensor<4x!quant.uniform<i16<-32767:32767>:f32, 0.01>>, tensor<4x!quant.uniform<i16<-32767:32767>:f32, 0.01>>) -> tensor<4x!quant.uniform<i16<-32767:32767>:f32, 0.01>>
  return %0, %1 : tensor<2x3xf32>, tensor<4x!quant.uniform<i16<-32767:32767>:f32, 0.01>>
}

// Quantized operands may have different scales; the storage type matches.
// CHECK-LABEL: func.func @binary_quant
func.func @binary_quant(%a: tensor<4x!quant.uniform<i8:f32, 0.5:-3>>, %b: tensor<4x!quant.uniform<i8:f32, 0.25>>) -> tensor<4x!quant.uniform<i8:f32, 1.0>> {
  // CHECK: circle.mul %{{.*}}, %{{.*}} : (tensor<4x!quant.uniform<i8:f32, 5.000000e-01:-3>>, tensor<4x!quant.uniform<i8:f32, 2.500000e-01>>) -> tensor<4x!quant.uniform<i8:f32, 1.000000e+00>>
  %0 = circle.mul %a, %b : (tensor<4x!quant.uniform<i8:f32, 0.5:-3>>, tensor<4x!quant.uniform<i8:f32, 0.25>>) -> tensor<4x!quant.uniform<i8:f32, 1.0>>
  return %0 : tensor<4x!quant.uniform<i8:f32, 1.0>>
}

// CHECK-LABEL: func.func @unary
func.func @unary(%x: tensor<4xf32>, %i: tensor<4xi32>) -> (tensor<4xi32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>) {
  // CHECK: circle.neg %{{.*}} : (tensor<4xi32>) -> tensor<4xi32>
  %0 = circle.neg %i : (tensor<4xi32>) -> tensor<4xi32>
  // CHECK: circle.log %{{.*}} : (tensor<4xf32>) -> tensor<4xf32>
  %1 = circle.log %x : (tensor<4xf32>) -> tensor<4xf32>
  // CHECK: circle.sqrt %{{.*}} : (tensor<4xf32>) -> tensor<4xf32>
  %2 = circle.sqrt %x : (tensor<4xf32>) -> tensor<4xf32>
  // CHECK: circle.rsqrt %{{.*}} : (tensor<4xf32>) -> tensor<4xf32>
  %3 = circle.rsqrt %x : (tensor<4xf32>) -> tensor<4xf32>
  // CHECK: circle.tanh %{{.*}} : (tensor<4xf32>) -> tensor<4xf32>
  %4 = circle.tanh %x : (tensor<4xf32>) -> tensor<4xf32>
  // CHECK: circle.logistic %{{.*}} : (tensor<4xf32>) -> tensor<4xf32>
  %5 = circle.logistic %x : (tensor<4xf32>) -> tensor<4xf32>
  // CHECK: circle.relu %{{.*}} : (tensor<4xf32>) -> tensor<4xf32>
  %6 = circle.relu %x : (tensor<4xf32>) -> tensor<4xf32>
  // CHECK: circle.gelu %{{.*}} : (tensor<4xf32>) -> tensor<4xf32>
  %7 = circle.gelu %x : (tensor<4xf32>) -> tensor<4xf32>
  // CHECK: circle.gelu %{{.*}} {approximate = true} : (tensor<4xf32>) -> tensor<4xf32>
  %8 = circle.gelu %x {approximate = true} : (tensor<4xf32>) -> tensor<4xf32>
  // CHECK: circle.cos %{{.*}} : (tensor<4xf32>) -> tensor<4xf32>
  %9 = circle.cos %x : (tensor<4xf32>) -> tensor<4xf32>
  // CHECK: circle.sin %{{.*}} : (tensor<4xf32>) -> tensor<4xf32>
  %10 = circle.sin %x : (tensor<4xf32>) -> tensor<4xf32>
  return %0, %1, %2, %3, %4, %5, %6, %7, %8, %9, %10 : tensor<4xi32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>
}

// CHECK-LABEL: func.func @unary_quant
func.func @unary_quant(%x: tensor<4x!quant.uniform<i16:f32, 0.001>>) -> tensor<4x!quant.uniform<i16:f32, 3.0517578125E-5>> {
  // CHECK: circle.logistic %{{.*}} : (tensor<4x!quant.uniform<i16:f32, 1.000000e-03>>) -> tensor<4x!quant.uniform<i16:f32, 3.0517578125E-5>>
  %0 = circle.logistic %x : (tensor<4x!quant.uniform<i16:f32, 0.001>>) -> tensor<4x!quant.uniform<i16:f32, 3.0517578125E-5>>
  return %0 : tensor<4x!quant.uniform<i16:f32, 3.0517578125E-5>>
}

// CHECK-LABEL: func.func @select_v2
func.func @select_v2(%c: tensor<2x1xi1>, %x: tensor<2x3xf32>, %y: tensor<f32>) -> tensor<2x3xf32> {
  // CHECK: circle.select_v2 %{{.*}}, %{{.*}}, %{{.*}} : (tensor<2x1xi1>, tensor<2x3xf32>, tensor<f32>) -> tensor<2x3xf32>
  %0 = circle.select_v2 %c, %x, %y : (tensor<2x1xi1>, tensor<2x3xf32>, tensor<f32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// CHECK-LABEL: func.func @compare
func.func @compare(%a: tensor<4xf32>, %b: tensor<f32>, %i: tensor<4xi32>) -> (tensor<4xi1>, tensor<4xi1>, tensor<4xi1>, tensor<4xi1>, tensor<4xi1>, tensor<4xi1>) {
  // CHECK: circle.equal %{{.*}}, %{{.*}} : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
  %0 = circle.equal %i, %i : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
  // CHECK: circle.not_equal %{{.*}}, %{{.*}} : (tensor<4xf32>, tensor<f32>) -> tensor<4xi1>
  %1 = circle.not_equal %a, %b : (tensor<4xf32>, tensor<f32>) -> tensor<4xi1>
  // CHECK: circle.less %{{.*}}, %{{.*}} : (tensor<4xf32>, tensor<f32>) -> tensor<4xi1>
  %2 = circle.less %a, %b : (tensor<4xf32>, tensor<f32>) -> tensor<4xi1>
  // CHECK: circle.less_equal %{{.*}}, %{{.*}} : (tensor<4xf32>, tensor<f32>) -> tensor<4xi1>
  %3 = circle.less_equal %a, %b : (tensor<4xf32>, tensor<f32>) -> tensor<4xi1>
  // CHECK: circle.greater %{{.*}}, %{{.*}} : (tensor<4xf32>, tensor<f32>) -> tensor<4xi1>
  %4 = circle.greater %a, %b : (tensor<4xf32>, tensor<f32>) -> tensor<4xi1>
  // CHECK: circle.greater_equal %{{.*}}, %{{.*}} : (tensor<4xf32>, tensor<f32>) -> tensor<4xi1>
  %5 = circle.greater_equal %a, %b : (tensor<4xf32>, tensor<f32>) -> tensor<4xi1>
  return %0, %1, %2, %3, %4, %5 : tensor<4xi1>, tensor<4xi1>, tensor<4xi1>, tensor<4xi1>, tensor<4xi1>, tensor<4xi1>
}

// CHECK-LABEL: func.func @logical
func.func @logical(%a: tensor<4xi1>, %b: tensor<i1>) -> (tensor<4xi1>, tensor<4xi1>, tensor<4xi1>) {
  // CHECK: circle.logical_and %{{.*}}, %{{.*}} : (tensor<4xi1>, tensor<i1>) -> tensor<4xi1>
  %0 = circle.logical_and %a, %b : (tensor<4xi1>, tensor<i1>) -> tensor<4xi1>
  // CHECK: circle.logical_or %{{.*}}, %{{.*}} : (tensor<4xi1>, tensor<i1>) -> tensor<4xi1>
  %1 = circle.logical_or %a, %b : (tensor<4xi1>, tensor<i1>) -> tensor<4xi1>
  // CHECK: circle.logical_not %{{.*}} : (tensor<4xi1>) -> tensor<4xi1>
  %2 = circle.logical_not %a : (tensor<4xi1>) -> tensor<4xi1>
  return %0, %1, %2 : tensor<4xi1>, tensor<4xi1>, tensor<4xi1>
}

// CHECK-LABEL: func.func @conversions
func.func @conversions(%i: tensor<4xi32>, %x: tensor<4xf32>, %h: tensor<4xf16>) -> (tensor<4xf32>, tensor<4x!quant.uniform<u8:f32, 5.000000e-01:128>>, tensor<4x!quant.uniform<i8:f32, 1.000000e+00>>, tensor<4xf32>, tensor<4xf32>) {
  // CHECK: circle.cast %{{.*}} : (tensor<4xi32>) -> tensor<4xf32>
  %0 = circle.cast %i : (tensor<4xi32>) -> tensor<4xf32>
  // CHECK: circle.quantize %{{.*}} : (tensor<4xf32>) -> tensor<4x!quant.uniform<u8:f32, 5.000000e-01:128>>
  %1 = circle.quantize %x : (tensor<4xf32>) -> tensor<4x!quant.uniform<u8:f32, 0.5:128>>
  // CHECK: circle.quantize %{{.*}} : (tensor<4x!quant.uniform<u8:f32, 5.000000e-01:128>>) -> tensor<4x!quant.uniform<i8:f32, 1.000000e+00>>
  %2 = circle.quantize %1 : (tensor<4x!quant.uniform<u8:f32, 0.5:128>>) -> tensor<4x!quant.uniform<i8:f32, 1.0>>
  // CHECK: circle.dequantize %{{.*}} : (tensor<4x!quant.uniform<i8:f32, 1.000000e+00>>) -> tensor<4xf32>
  %3 = circle.dequantize %2 : (tensor<4x!quant.uniform<i8:f32, 1.0>>) -> tensor<4xf32>
  // CHECK: circle.dequantize %{{.*}} : (tensor<4xf16>) -> tensor<4xf32>
  %4 = circle.dequantize %h : (tensor<4xf16>) -> tensor<4xf32>
  return %0, %1, %2, %3, %4 : tensor<4xf32>, tensor<4x!quant.uniform<u8:f32, 0.5:128>>, tensor<4x!quant.uniform<i8:f32, 1.0>>, tensor<4xf32>, tensor<4xf32>
}

// CHECK-LABEL: func.func @batch_matmul
func.func @batch_matmul(%a: tensor<2x3x4xf32>, %b: tensor<5x4xf32>, %c: tensor<1x4x3xf32>, %d: tensor<2x5x4xf32>) -> (tensor<2x3x5xf32>, tensor<2x3x5xf32>) {
  // CHECK: circle.batch_matmul %{{.*}}, %{{.*}} {adjoint_rhs = true} : (tensor<2x3x4xf32>, tensor<5x4xf32>) -> tensor<2x3x5xf32>
  %0 = circle.batch_matmul %a, %b {adjoint_rhs = true} : (tensor<2x3x4xf32>, tensor<5x4xf32>) -> tensor<2x3x5xf32>
  // CHECK: circle.batch_matmul %{{.*}}, %{{.*}} {adjoint_lhs = true, adjoint_rhs = true, asymmetric_quantize_inputs = true} : (tensor<1x4x3xf32>, tensor<2x5x4xf32>) -> tensor<2x3x5xf32>
  %1 = circle.batch_matmul %c, %d {adjoint_lhs = true, adjoint_rhs = true, asymmetric_quantize_inputs = true} : (tensor<1x4x3xf32>, tensor<2x5x4xf32>) -> tensor<2x3x5xf32>
  return %0, %1 : tensor<2x3x5xf32>, tensor<2x3x5xf32>
}

// CHECK-LABEL: func.func @conv
func.func @conv(%x: tensor<1x8x8x3xf32>, %w: tensor<16x3x3x3xf32>, %b: tensor<16xf32>, %dw: tensor<1x3x3x6xf32>) -> (tensor<1x6x6x16xf32>, tensor<1x4x4x16xf32>, tensor<1x8x8x6xf32>, tensor<1x4x4x3xf32>, tensor<1x3x3x3xf32>) {
  %none = circle.no_value
  // CHECK: circle.conv_2d %{{.*}}, %{{.*}}, %{{.*}} {padding = #circle<padding VALID>, stride_h = 1 : i32, stride_w = 1 : i32} : (tensor<1x8x8x3xf32>, tensor<16x3x3x3xf32>, tensor<16xf32>) -> tensor<1x6x6x16xf32>
  %0 = circle.conv_2d %x, %w, %b {padding = #circle<padding VALID>, stride_h = 1 : i32, stride_w = 1 : i32} : (tensor<1x8x8x3xf32>, tensor<16x3x3x3xf32>, tensor<16xf32>) -> tensor<1x6x6x16xf32>
  // CHECK: circle.conv_2d %{{.*}}, %{{.*}}, %{{.*}} {dilation_h_factor = 2 : i32, dilation_w_factor = 2 : i32, fused_activation_function = #circle<act RELU6>, stride_h = 2 : i32, stride_w = 2 : i32} : (tensor<1x8x8x3xf32>, tensor<16x3x3x3xf32>, none) -> tensor<1x4x4x16xf32>
  %1 = circle.conv_2d %x, %w, %none {dilation_h_factor = 2 : i32, dilation_w_factor = 2 : i32, fused_activation_function = #circle<act RELU6>, stride_h = 2 : i32, stride_w = 2 : i32} : (tensor<1x8x8x3xf32>, tensor<16x3x3x3xf32>, none) -> tensor<1x4x4x16xf32>
  // CHECK: circle.depthwise_conv_2d %{{.*}}, %{{.*}}, %{{.*}} {depth_multiplier = 2 : i32, stride_h = 1 : i32, stride_w = 1 : i32} : (tensor<1x8x8x3xf32>, tensor<1x3x3x6xf32>, none) -> tensor<1x8x8x6xf32>
  %2 = circle.depthwise_conv_2d %x, %dw, %none {depth_multiplier = 2 : i32, stride_h = 1 : i32, stride_w = 1 : i32} : (tensor<1x8x8x3xf32>, tensor<1x3x3x6xf32>, none) -> tensor<1x8x8x6xf32>
  // CHECK: circle.average_pool_2d %{{.*}} {filter_height = 2 : i32, filter_width = 2 : i32, padding = #circle<padding VALID>, stride_h = 2 : i32, stride_w = 2 : i32} : (tensor<1x8x8x3xf32>) -> tensor<1x4x4x3xf32>
  %3 = circle.average_pool_2d %x {filter_height = 2 : i32, filter_width = 2 : i32, padding = #circle<padding VALID>, stride_h = 2 : i32, stride_w = 2 : i32} : (tensor<1x8x8x3xf32>) -> tensor<1x4x4x3xf32>
  // CHECK: circle.average_pool_2d %{{.*}} {filter_height = 3 : i32, filter_width = 3 : i32, fused_activation_function = #circle<act RELU>, stride_h = 3 : i32, stride_w = 3 : i32} : (tensor<1x8x8x3xf32>) -> tensor<1x3x3x3xf32>
  %4 = circle.average_pool_2d %x {filter_height = 3 : i32, filter_width = 3 : i32, fused_activation_function = #circle<act RELU>, stride_h = 3 : i32, stride_w = 3 : i32} : (tensor<1x8x8x3xf32>) -> tensor<1x3x3x3xf32>
  return %0, %1, %2, %3, %4 : tensor<1x6x6x16xf32>, tensor<1x4x4x16xf32>, tensor<1x8x8x6xf32>, tensor<1x4x4x3xf32>, tensor<1x3x3x3xf32>
}

// Per-channel quantized filter, int32 bias.
// CHECK-LABEL: func.func @conv_quant
func.func @conv_quant(%x: tensor<1x4x4x2x!quant.uniform<i8:f32, 0.1>>, %w: tensor<2x1x1x2x!quant.uniform<i8<-127:127>:f32:0, {0.5, 0.25}>>, %b: tensor<2x!quant.uniform<i32:f32:0, {0.05, 0.025}>>) -> tensor<1x4x4x2x!quant.uniform<i8:f32, 0.2>> {
  // CHECK: circle.conv_2d %{{.*}}, %{{.*}}, %{{.*}} {stride_h = 1 : i32, stride_w = 1 : i32} : (tensor<1x4x4x2x!quant.uniform<i8:f32, 1.000000e-01>>, tensor<2x1x1x2x!quant.uniform<i8<-127:127>:f32:0, {5.000000e-01,2.500000e-01}>>, tensor<2x!quant.uniform<i32:f32:0, {5.000000e-02,2.500000e-02}>>) -> tensor<1x4x4x2x!quant.uniform<i8:f32, 2.000000e-01>>
  %0 = circle.conv_2d %x, %w, %b {stride_h = 1 : i32, stride_w = 1 : i32} : (tensor<1x4x4x2x!quant.uniform<i8:f32, 0.1>>, tensor<2x1x1x2x!quant.uniform<i8<-127:127>:f32:0, {0.5, 0.25}>>, tensor<2x!quant.uniform<i32:f32:0, {0.05, 0.025}>>) -> tensor<1x4x4x2x!quant.uniform<i8:f32, 0.2>>
  return %0 : tensor<1x4x4x2x!quant.uniform<i8:f32, 0.2>>
}

// CHECK-LABEL: func.func @softmax_rope_cumsum
func.func @softmax_rope_cumsum(%x: tensor<1x4x8x16xf32>, %sin: tensor<1x1x8x16xf32>, %cos: tensor<1x1x8x16xf32>, %axis: tensor<i32>) -> (tensor<1x4x8x16xf32>, tensor<1x4x8x16xf32>, tensor<1x4x8x16xf32>, tensor<1x4x8x16xf32>, tensor<1x4x8x16xf32>) {
  // CHECK: circle.softmax %{{.*}} {beta = 1.000000e+00 : f32} : (tensor<1x4x8x16xf32>) -> tensor<1x4x8x16xf32>
  %0 = circle.softmax %x {beta = 1.0 : f32} : (tensor<1x4x8x16xf32>) -> tensor<1x4x8x16xf32>
  // CHECK: circle.rope %{{.*}}, %{{.*}}, %{{.*}} : (tensor<1x4x8x16xf32>, tensor<1x1x8x16xf32>, tensor<1x1x8x16xf32>) -> tensor<1x4x8x16xf32>
  %1 = circle.rope %x, %sin, %cos : (tensor<1x4x8x16xf32>, tensor<1x1x8x16xf32>, tensor<1x1x8x16xf32>) -> tensor<1x4x8x16xf32>
  // CHECK: circle.rope %{{.*}}, %{{.*}}, %{{.*}} {mode = #circle<rope_mode GPT_J>}
  %2 = circle.rope %x, %sin, %cos {mode = #circle<rope_mode GPT_J>} : (tensor<1x4x8x16xf32>, tensor<1x1x8x16xf32>, tensor<1x1x8x16xf32>) -> tensor<1x4x8x16xf32>
  // CHECK: circle.cumsum %{{.*}}, %{{.*}} : (tensor<1x4x8x16xf32>, tensor<i32>) -> tensor<1x4x8x16xf32>
  %3 = circle.cumsum %x, %axis : (tensor<1x4x8x16xf32>, tensor<i32>) -> tensor<1x4x8x16xf32>
  // CHECK: circle.cumsum %{{.*}}, %{{.*}} {exclusive = true, reverse = true}
  %4 = circle.cumsum %x, %axis {exclusive = true, reverse = true} : (tensor<1x4x8x16xf32>, tensor<i32>) -> tensor<1x4x8x16xf32>
  return %0, %1, %2, %3, %4 : tensor<1x4x8x16xf32>, tensor<1x4x8x16xf32>, tensor<1x4x8x16xf32>, tensor<1x4x8x16xf32>, tensor<1x4x8x16xf32>
}

// CHECK-LABEL: func.func @reduce
func.func @reduce(%x: tensor<2x8xf32>) -> (tensor<2x1xf32>, tensor<2xf32>, tensor<8xf32>, tensor<f32>) {
  %last = circle.const dense<[-1]> : tensor<1xi32>
  %first = circle.const dense<0> : tensor<i32>
  %all = circle.const dense<[0, 1]> : tensor<2xi32>
  // CHECK: circle.mean %{{.*}}, %{{.*}} {keep_dims = true} : (tensor<2x8xf32>, tensor<1xi32>) -> tensor<2x1xf32>
  %0 = circle.mean %x, %last {keep_dims = true} : (tensor<2x8xf32>, tensor<1xi32>) -> tensor<2x1xf32>
  // CHECK: circle.sum %{{.*}}, %{{.*}} : (tensor<2x8xf32>, tensor<1xi32>) -> tensor<2xf32>
  %1 = circle.sum %x, %last : (tensor<2x8xf32>, tensor<1xi32>) -> tensor<2xf32>
  // CHECK: circle.reduce_max %{{.*}}, %{{.*}} : (tensor<2x8xf32>, tensor<i32>) -> tensor<8xf32>
  %2 = circle.reduce_max %x, %first : (tensor<2x8xf32>, tensor<i32>) -> tensor<8xf32>
  // CHECK: circle.mean %{{.*}}, %{{.*}} : (tensor<2x8xf32>, tensor<2xi32>) -> tensor<f32>
  %3 = circle.mean %x, %all : (tensor<2x8xf32>, tensor<2xi32>) -> tensor<f32>
  return %0, %1, %2, %3 : tensor<2x1xf32>, tensor<2xf32>, tensor<8xf32>, tensor<f32>
}

// CHECK-LABEL: func.func @reshape_transpose
func.func @reshape_transpose(%x: tensor<2x3xf32>, %dyn: tensor<1xi64>, %q: tensor<2x3x!quant.uniform<i8:f32, 0.5>>) -> (tensor<6xf32>, tensor<3x2xf32>, tensor<?xf32>, tensor<3x2x!quant.uniform<i8:f32, 0.5>>) {
  %shape = circle.const dense<[-1]> : tensor<1xi32>
  %perm = circle.const dense<[1, 0]> : tensor<2xi32>
  // CHECK: circle.reshape %{{.*}}, %{{.*}} : (tensor<2x3xf32>, tensor<1xi32>) -> tensor<6xf32>
  %0 = circle.reshape %x, %shape : (tensor<2x3xf32>, tensor<1xi32>) -> tensor<6xf32>
  // CHECK: circle.transpose %{{.*}}, %{{.*}} : (tensor<2x3xf32>, tensor<2xi32>) -> tensor<3x2xf32>
  %1 = circle.transpose %x, %perm : (tensor<2x3xf32>, tensor<2xi32>) -> tensor<3x2xf32>
  // CHECK: circle.reshape %{{.*}}, %{{.*}} : (tensor<2x3xf32>, tensor<1xi64>) -> tensor<?xf32>
  %2 = circle.reshape %x, %dyn : (tensor<2x3xf32>, tensor<1xi64>) -> tensor<?xf32>
  // CHECK: circle.transpose %{{.*}}, %{{.*}} : (tensor<2x3x!quant.uniform<i8:f32, 5.000000e-01>>, tensor<2xi32>) -> tensor<3x2x!quant.uniform<i8:f32, 5.000000e-01>>
  %3 = circle.transpose %q, %perm : (tensor<2x3x!quant.uniform<i8:f32, 0.5>>, tensor<2xi32>) -> tensor<3x2x!quant.uniform<i8:f32, 0.5>>
  return %0, %1, %2, %3 : tensor<6xf32>, tensor<3x2xf32>, tensor<?xf32>, tensor<3x2x!quant.uniform<i8:f32, 0.5>>
}

// CHECK-LABEL: func.func @slices
func.func @slices(%x: tensor<4x8xf32>, %b: tensor<2xi32>, %e: tensor<2xi32>) -> (tensor<4xf32>, tensor<2x8xf32>) {
  %s = circle.const dense<[1, 1]> : tensor<2xi32>
  %begin = circle.const dense<[1, 0]> : tensor<2xi32>
  %size = circle.const dense<[2, -1]> : tensor<2xi32>
  // CHECK: circle.strided_slice %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}} {begin_mask = 1 : i32, end_mask = 1 : i32, offset = true, shrink_axis_mask = 2 : i32} : (tensor<4x8xf32>, tensor<2xi32>, tensor<2xi32>, tensor<2xi32>) -> tensor<4xf32>
  %0 = circle.strided_slice %x, %b, %e, %s {begin_mask = 1 : i32, end_mask = 1 : i32, shrink_axis_mask = 2 : i32, offset = true} : (tensor<4x8xf32>, tensor<2xi32>, tensor<2xi32>, tensor<2xi32>) -> tensor<4xf32>
  // CHECK: circle.slice %{{.*}}, %{{.*}}, %{{.*}} : (tensor<4x8xf32>, tensor<2xi32>, tensor<2xi32>) -> tensor<2x8xf32>
  %1 = circle.slice %x, %begin, %size : (tensor<4x8xf32>, tensor<2xi32>, tensor<2xi32>) -> tensor<2x8xf32>
  return %0, %1 : tensor<4xf32>, tensor<2x8xf32>
}

// CHECK-LABEL: func.func @concat_split
func.func @concat_split(%a: tensor<2x3xf32>, %b: tensor<2x5xf32>, %x: tensor<4x8xf32>) -> (tensor<2x8xf32>, tensor<2x3xf32>, tensor<4x4xf32>, tensor<4x4xf32>, tensor<4x3xf32>, tensor<4x5xf32>) {
  %axis = circle.const dense<1> : tensor<i32>
  %sizes = circle.const dense<[3, -1]> : tensor<2xi32>
  // CHECK: circle.concatenation %{{.*}}, %{{.*}} {axis = -1 : i32, fused_activation_function = #circle<act RELU>} : (tensor<2x3xf32>, tensor<2x5xf32>) -> tensor<2x8xf32>
  %0 = circle.concatenation %a, %b {axis = -1 : i32, fused_activation_function = #circle<act RELU>} : (tensor<2x3xf32>, tensor<2x5xf32>) -> tensor<2x8xf32>
  // CHECK: circle.concatenation %{{.*}} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %1 = circle.concatenation %a : (tensor<2x3xf32>) -> tensor<2x3xf32>
  // CHECK: circle.split %{{.*}}, %{{.*}} : (tensor<i32>, tensor<4x8xf32>) -> (tensor<4x4xf32>, tensor<4x4xf32>)
  %2:2 = circle.split %axis, %x : (tensor<i32>, tensor<4x8xf32>) -> (tensor<4x4xf32>, tensor<4x4xf32>)
  // CHECK: circle.split_v %{{.*}}, %{{.*}}, %{{.*}} : (tensor<4x8xf32>, tensor<2xi32>, tensor<i32>) -> (tensor<4x3xf32>, tensor<4x5xf32>)
  %3:2 = circle.split_v %x, %sizes, %axis : (tensor<4x8xf32>, tensor<2xi32>, tensor<i32>) -> (tensor<4x3xf32>, tensor<4x5xf32>)
  return %0, %1, %2#0, %2#1, %3#0, %3#1 : tensor<2x8xf32>, tensor<2x3xf32>, tensor<4x4xf32>, tensor<4x4xf32>, tensor<4x3xf32>, tensor<4x5xf32>
}

// CHECK-LABEL: func.func @shape_ops
func.func @shape_ops(%x: tensor<1x3xf32>, %y: tensor<2x1x3xf32>) -> (tensor<4x3xf32>, tensor<1x3x1xf32>, tensor<2x3xf32>, tensor<3xf32>, tensor<3x4xf32>, tensor<4x3xf32>) {
  %shape = circle.const dense<[4, 3]> : tensor<2xi32>
  %axis = circle.const dense<-1> : tensor<i32>
  %pads = circle.const dense<[[1, 1], [0, 1]]> : tensor<2x2xi32>
  %mult = circle.const dense<[4, 1]> : tensor<2xi64>
  // CHECK: circle.broadcast_to %{{.*}}, %{{.*}} : (tensor<1x3xf32>, tensor<2xi32>) -> tensor<4x3xf32>
  %0 = circle.broadcast_to %x, %shape : (tensor<1x3xf32>, tensor<2xi32>) -> tensor<4x3xf32>
  // CHECK: circle.expand_dims %{{.*}}, %{{.*}} : (tensor<1x3xf32>, tensor<i32>) -> tensor<1x3x1xf32>
  %1 = circle.expand_dims %x, %axis : (tensor<1x3xf32>, tensor<i32>) -> tensor<1x3x1xf32>
  // CHECK: circle.squeeze %{{.*}} {squeeze_dims = array<i32: 1>} : (tensor<2x1x3xf32>) -> tensor<2x3xf32>
  %2 = circle.squeeze %y {squeeze_dims = array<i32: 1>} : (tensor<2x1x3xf32>) -> tensor<2x3xf32>
  // CHECK: circle.squeeze %{{.*}} : (tensor<1x3xf32>) -> tensor<3xf32>
  %3 = circle.squeeze %x : (tensor<1x3xf32>) -> tensor<3xf32>
  // CHECK: circle.pad %{{.*}}, %{{.*}} : (tensor<1x3xf32>, tensor<2x2xi32>) -> tensor<3x4xf32>
  %4 = circle.pad %x, %pads : (tensor<1x3xf32>, tensor<2x2xi32>) -> tensor<3x4xf32>
  // CHECK: circle.tile %{{.*}}, %{{.*}} : (tensor<1x3xf32>, tensor<2xi64>) -> tensor<4x3xf32>
  %5 = circle.tile %x, %mult : (tensor<1x3xf32>, tensor<2xi64>) -> tensor<4x3xf32>
  return %0, %1, %2, %3, %4, %5 : tensor<4x3xf32>, tensor<1x3x1xf32>, tensor<2x3xf32>, tensor<3xf32>, tensor<3x4xf32>, tensor<4x3xf32>
}

// CHECK-LABEL: func.func @gather_scatter
func.func @gather_scatter(%table: tensor<100x16xf32>, %ids: tensor<1x4xi32>, %p: tensor<4x5x6xf32>, %i: tensor<3x2xi32>, %si: tensor<3x1xi32>, %u: tensor<3x6xf32>, %b: tensor<2x5x6xf32>, %bi: tensor<2x3xi64>) -> (tensor<1x4x16xf32>, tensor<3x6xf32>, tensor<8x6xf32>, tensor<2x3x6xf32>) {
  %shape = circle.const dense<[8, 6]> : tensor<2xi32>
  // CHECK: circle.gather %{{.*}}, %{{.*}} : (tensor<100x16xf32>, tensor<1x4xi32>) -> tensor<1x4x16xf32>
  %0 = circle.gather %table, %ids : (tensor<100x16xf32>, tensor<1x4xi32>) -> tensor<1x4x16xf32>
  // CHECK: circle.gather_nd %{{.*}}, %{{.*}} : (tensor<4x5x6xf32>, tensor<3x2xi32>) -> tensor<3x6xf32>
  %1 = circle.gather_nd %p, %i : (tensor<4x5x6xf32>, tensor<3x2xi32>) -> tensor<3x6xf32>
  // CHECK: circle.scatter_nd %{{.*}}, %{{.*}}, %{{.*}} : (tensor<3x1xi32>, tensor<3x6xf32>, tensor<2xi32>) -> tensor<8x6xf32>
  %2 = circle.scatter_nd %si, %u, %shape : (tensor<3x1xi32>, tensor<3x6xf32>, tensor<2xi32>) -> tensor<8x6xf32>
  // CHECK: circle.gather %{{.*}}, %{{.*}} {axis = 1 : i32, batch_dims = 1 : i32} : (tensor<2x5x6xf32>, tensor<2x3xi64>) -> tensor<2x3x6xf32>
  %3 = circle.gather %b, %bi {axis = 1 : i32, batch_dims = 1 : i32} : (tensor<2x5x6xf32>, tensor<2x3xi64>) -> tensor<2x3x6xf32>
  return %0, %1, %2, %3 : tensor<1x4x16xf32>, tensor<3x6xf32>, tensor<8x6xf32>, tensor<2x3x6xf32>
}
