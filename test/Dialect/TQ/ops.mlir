// RUN: tico-opt %s --verify-each | tico-opt | FileCheck %s
// RUN: tico-opt %s --mlir-print-op-generic | tico-opt | FileCheck %s

// Round trip of every tq op through the custom and the generic form.

// CHECK-LABEL: func.func @constant
func.func @constant() -> (tensor<2xf32>, tensor<2x!quant.uniform<i8:f32, 5.000000e-01>>) {
  // CHECK: tq.constant dense<[1.000000e+00, 2.000000e+00]> : tensor<2xf32>
  %0 = tq.constant dense<[1.0, 2.0]> : tensor<2xf32>
  // CHECK: tq.constant dense<[1, -2]> : tensor<2xi8> -> tensor<2x!quant.uniform<i8:f32, 5.000000e-01>>
  %1 = tq.constant dense<[1, -2]> : tensor<2xi8> -> tensor<2x!quant.uniform<i8:f32, 0.5>>
  return %0, %1 : tensor<2xf32>, tensor<2x!quant.uniform<i8:f32, 5.000000e-01>>
}

// CHECK-LABEL: func.func @add
func.func @add(%a: tensor<2x3xf32>, %b: tensor<3xf32>) -> tensor<2x3xf32> {
  // CHECK: tq.add %{{.*}}, %{{.*}} : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  %0 = tq.add %a, %b : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// CHECK-LABEL: func.func @add_quantized
func.func @add_quantized(%a: tensor<4x!quant.uniform<i16:f32, 0.1>>, %b: tensor<4x!quant.uniform<i16:f32, 0.2>>) -> tensor<4x!quant.uniform<i16:f32, 0.3>> {
  // CHECK: tq.add
  %0 = tq.add %a, %b : (tensor<4x!quant.uniform<i16:f32, 0.1>>, tensor<4x!quant.uniform<i16:f32, 0.2>>) -> tensor<4x!quant.uniform<i16:f32, 0.3>>
  return %0 : tensor<4x!quant.uniform<i16:f32, 0.3>>
}

// CHECK-LABEL: func.func @exp
func.func @exp(%x: tensor<4xf32>) -> tensor<4xf32> {
  // CHECK: tq.exp %{{.*}} : (tensor<4xf32>) -> tensor<4xf32>
  %0 = tq.exp %x : (tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// CHECK-LABEL: func.func @reshape
func.func @reshape(%x: tensor<2x6xf32>) -> tensor<3x4xf32> {
  // CHECK: tq.reshape %{{.*}} : (tensor<2x6xf32>) -> tensor<3x4xf32>
  %0 = tq.reshape %x : (tensor<2x6xf32>) -> tensor<3x4xf32>
  return %0 : tensor<3x4xf32>
}

// CHECK-LABEL: func.func @fake_quant
func.func @fake_quant(%x: tensor<2x3xf32>) -> (tensor<2x3xf32>, tensor<2x3xf32>) {
  // CHECK: tq.fake_quant %{{.*}} {quant_max = 127 : i64, quant_min = -128 : i64, scale = array<f64: 1.000000e-01>, storage_type = i8, zero_point = array<i64: 0>} : tensor<2x3xf32>
  %0 = tq.fake_quant %x {scale = array<f64: 0.1>, zero_point = array<i64: 0>, quant_min = -128 : i64, quant_max = 127 : i64, storage_type = i8} : tensor<2x3xf32>
  // CHECK: tq.fake_quant %{{.*}} {axis = 0 : i64, quant_max = 255 : i64, quant_min = 0 : i64, scale = array<f64: 1.000000e-01, 2.000000e-01>, storage_type = ui8, zero_point = array<i64: 128, 3>} : tensor<2x3xf32>
  %1 = tq.fake_quant %x {axis = 0 : i64, scale = array<f64: 0.1, 0.2>, zero_point = array<i64: 128, 3>, quant_min = 0 : i64, quant_max = 255 : i64, storage_type = ui8} : tensor<2x3xf32>
  return %0, %1 : tensor<2x3xf32>, tensor<2x3xf32>
}

// CHECK-LABEL: func.func @quantize_dequantize
func.func @quantize_dequantize(%x: tensor<4xf32>) -> tensor<4xf32> {
  // CHECK: tq.quantize %{{.*}} : tensor<4xf32> to tensor<4x!quant.uniform<i8:f32, 1.000000e-01>>
  %q = tq.quantize %x : tensor<4xf32> to tensor<4x!quant.uniform<i8:f32, 0.1>>
  // CHECK: tq.quantize %{{.*}} : tensor<4x!quant.uniform<i8:f32, 1.000000e-01>> to tensor<4x!quant.uniform<i8:f32, 2.000000e-01:3>>
  %r = tq.quantize %q : tensor<4x!quant.uniform<i8:f32, 0.1>> to tensor<4x!quant.uniform<i8:f32, 0.2:3>>
  // CHECK: tq.dequantize %{{.*}} : tensor<4x!quant.uniform<i8:f32, 2.000000e-01:3>> to tensor<4xf32>
  %d = tq.dequantize %r : tensor<4x!quant.uniform<i8:f32, 0.2:3>> to tensor<4xf32>
  return %d : tensor<4xf32>
}

// CHECK-LABEL: func.func @binary_arith
func.func @binary_arith(%a: tensor<2x3xf32>, %b: tensor<3xf32>) -> tensor<2x3xf32> {
  // CHECK: %[[S:.*]] = tq.sub %{{.*}}, %{{.*}} : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  %0 = tq.sub %a, %b : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  // CHECK: %[[M:.*]] = tq.mul %[[S]], %{{.*}} : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  %1 = tq.mul %0, %b : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  // CHECK: %[[D:.*]] = tq.div %[[M]], %{{.*}} : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  %2 = tq.div %1, %b : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  // CHECK: tq.pow %[[D]], %{{.*}} : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  %3 = tq.pow %2, %b : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  return %3 : tensor<2x3xf32>
}

// CHECK-LABEL: func.func @min_max
func.func @min_max(%a: tensor<2x3xf32>, %s: tensor<f32>, %q: tensor<4x!quant.uniform<u8:f32, 0.5:10>>, %k: tensor<!quant.uniform<u8:f32, 0.5:10>>) -> (tensor<2x3xf32>, tensor<4x!quant.uniform<u8:f32, 0.5:10>>) {
  // CHECK: %[[MAX:.*]] = tq.maximum %{{.*}}, %{{.*}} : (tensor<2x3xf32>, tensor<f32>) -> tensor<2x3xf32>
  %0 = tq.maximum %a, %s : (tensor<2x3xf32>, tensor<f32>) -> tensor<2x3xf32>
  // CHECK: tq.minimum %[[MAX]], %{{.*}} : (tensor<2x3xf32>, tensor<f32>) -> tensor<2x3xf32>
  %1 = tq.minimum %0, %s : (tensor<2x3xf32>, tensor<f32>) -> tensor<2x3xf32>
  // CHECK: tq.minimum %{{.*}}, %{{.*}} : (tensor<4x!quant.uniform<u8:f32, 5.000000e-01:10>>, tensor<!quant.uniform<u8:f32, 5.000000e-01:10>>) -> tensor<4x!quant.uniform<u8:f32, 5.000000e-01:10>>
  %2 = tq.minimum %q, %k : (tensor<4x!quant.uniform<u8:f32, 0.5:10>>, tensor<!quant.uniform<u8:f32, 0.5:10>>) -> tensor<4x!quant.uniform<u8:f32, 0.5:10>>
  return %1, %2 : tensor<2x3xf32>, tensor<4x!quant.uniform<u8:f32, 0.5:10>>
}

// CHECK-LABEL: func.func @binary_arith_int_quant
func.func @binary_arith_int_quant(%a: tensor<4xi32>, %q: tensor<4x!quant.uniform<i8:f32, 0.1>>) -> (tensor<4xi32>, tensor<4x!quant.uniform<i8:f32, 0.2>>) {
  // CHECK: tq.mul %{{.*}}, %{{.*}} : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi32>
  %0 = tq.mul %a, %a : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi32>
  // CHECK: tq.sub %{{.*}}, %{{.*}} : (tensor<4x!quant.uniform<i8:f32, 1.000000e-01>>, tensor<4x!quant.uniform<i8:f32, 1.000000e-01>>) -> tensor<4x!quant.uniform<i8:f32, 2.000000e-01>>
  %1 = tq.sub %q, %q : (tensor<4x!quant.uniform<i8:f32, 0.1>>, tensor<4x!quant.uniform<i8:f32, 0.1>>) -> tensor<4x!quant.uniform<i8:f32, 0.2>>
  return %0, %1 : tensor<4xi32>, tensor<4x!quant.uniform<i8:f32, 0.2>>
}

// CHECK-LABEL: func.func @unary
func.func @unary(%x: tensor<4xf32>, %i: tensor<4xi8>) -> (tensor<4xf32>, tensor<4xi8>) {
  // CHECK: %[[A:.*]] = tq.neg %{{.*}} : (tensor<4xf32>) -> tensor<4xf32>
  %0 = tq.neg %x : (tensor<4xf32>) -> tensor<4xf32>
  // CHECK: %[[B:.*]] = tq.log %[[A]]
  %1 = tq.log %0 : (tensor<4xf32>) -> tensor<4xf32>
  // CHECK: %[[C:.*]] = tq.sqrt %[[B]]
  %2 = tq.sqrt %1 : (tensor<4xf32>) -> tensor<4xf32>
  // CHECK: %[[D:.*]] = tq.rsqrt %[[C]]
  %3 = tq.rsqrt %2 : (tensor<4xf32>) -> tensor<4xf32>
  // CHECK: %[[E:.*]] = tq.tanh %[[D]]
  %4 = tq.tanh %3 : (tensor<4xf32>) -> tensor<4xf32>
  // CHECK: %[[F:.*]] = tq.sigmoid %[[E]]
  %5 = tq.sigmoid %4 : (tensor<4xf32>) -> tensor<4xf32>
  // CHECK: %[[G:.*]] = tq.silu %[[F]]
  %6 = tq.silu %5 : (tensor<4xf32>) -> tensor<4xf32>
  // CHECK: %[[H:.*]] = tq.relu %[[G]]
  %7 = tq.relu %6 : (tensor<4xf32>) -> tensor<4xf32>
  // CHECK: %[[I:.*]] = tq.cos %[[H]]
  %8 = tq.cos %7 : (tensor<4xf32>) -> tensor<4xf32>
  // CHECK: %[[J:.*]] = tq.sin %[[I]]
  %9 = tq.sin %8 : (tensor<4xf32>) -> tensor<4xf32>
  // CHECK: %[[K:.*]] = tq.gelu %[[J]] : (tensor<4xf32>) -> tensor<4xf32>
  %10 = tq.gelu %9 : (tensor<4xf32>) -> tensor<4xf32>
  // CHECK: tq.gelu %[[K]] {approximate = #tq<gelu tanh>} : (tensor<4xf32>) -> tensor<4xf32>
  %11 = tq.gelu %10 {approximate = #tq<gelu tanh>} : (tensor<4xf32>) -> tensor<4xf32>
  // CHECK: tq.neg %{{.*}} : (tensor<4xi8>) -> tensor<4xi8>
  %12 = tq.neg %i : (tensor<4xi8>) -> tensor<4xi8>
  return %11, %12 : tensor<4xf32>, tensor<4xi8>
}

// CHECK-LABEL: func.func @unary_quantized
func.func @unary_quantized(%x: tensor<4x!quant.uniform<i16:f32, 0.001>>) -> tensor<4x!quant.uniform<i16:f32, 0.002>> {
  // CHECK: tq.sigmoid %{{.*}} : (tensor<4x!quant.uniform<i16:f32, 1.000000e-03>>) -> tensor<4x!quant.uniform<i16:f32, 2.000000e-03>>
  %0 = tq.sigmoid %x : (tensor<4x!quant.uniform<i16:f32, 0.001>>) -> tensor<4x!quant.uniform<i16:f32, 0.002>>
  return %0 : tensor<4x!quant.uniform<i16:f32, 0.002>>
}

// CHECK-LABEL: func.func @softmax
func.func @softmax(%x: tensor<1x8x16xf32>, %q: tensor<1x8x16x!quant.uniform<i16:f32, 0.01>>) -> (tensor<1x8x16xf32>, tensor<1x8x16x!quant.uniform<i16:f32, 3.0e-05>>) {
  // CHECK: tq.softmax %{{.*}} : (tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  %0 = tq.softmax %x : (tensor<1x8x16xf32>) -> tensor<1x8x16xf32>
  // CHECK: tq.softmax %{{.*}} {axis = 1 : i64} : (tensor<1x8x16x!quant.uniform<i16:f32, 1.000000e-02>>) -> tensor<1x8x16x!quant.uniform<i16:f32, 3.000000e-05>>
  %1 = tq.softmax %q {axis = 1 : i64} : (tensor<1x8x16x!quant.uniform<i16:f32, 0.01>>) -> tensor<1x8x16x!quant.uniform<i16:f32, 3.0e-05>>
  return %0, %1 : tensor<1x8x16xf32>, tensor<1x8x16x!quant.uniform<i16:f32, 3.0e-05>>
}

// CHECK-LABEL: func.func @norms
func.func @norms(%x: tensor<1x4x64xf32>, %w: tensor<64xf32>, %b: tensor<64xf32>) -> (tensor<1x4x64xf32>, tensor<1x4x64xf32>, tensor<1x4x64xf32>, tensor<1x4x64xf32>) {
  // CHECK: tq.rms_norm %{{.*}}, %{{.*}} {add_unit_offset = true, epsilon = 1.250000e-01 : f64} : (tensor<1x4x64xf32>, tensor<64xf32>) -> tensor<1x4x64xf32>
  %0 = tq.rms_norm %x, %w {epsilon = 0.125 : f64, add_unit_offset = true} : (tensor<1x4x64xf32>, tensor<64xf32>) -> tensor<1x4x64xf32>
  // CHECK: tq.rms_norm %{{.*}} : (tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
  %1 = tq.rms_norm %x : (tensor<1x4x64xf32>) -> tensor<1x4x64xf32>
  // CHECK: tq.layer_norm %{{.*}} weight %{{.*}} bias %{{.*}} : (tensor<1x4x64xf32>, tensor<64xf32>, tensor<64xf32>) -> tensor<1x4x64xf32>
  %2 = tq.layer_norm %x weight %w bias %b : (tensor<1x4x64xf32>, tensor<64xf32>, tensor<64xf32>) -> tensor<1x4x64xf32>
  // CHECK: tq.layer_norm %{{.*}} bias %{{.*}} {epsilon = 1.000000e-03 : f64} : (tensor<1x4x64xf32>, tensor<64xf32>) -> tensor<1x4x64xf32>
  %3 = tq.layer_norm %x bias %b {epsilon = 1.0e-03 : f64} : (tensor<1x4x64xf32>, tensor<64xf32>) -> tensor<1x4x64xf32>
  return %0, %1, %2, %3 : tensor<1x4x64xf32>, tensor<1x4x64xf32>, tensor<1x4x64xf32>, tensor<1x4x64xf32>
}

// CHECK-LABEL: func.func @rms_norm_quantized
func.func @rms_norm_quantized(%x: tensor<1x4x64x!quant.uniform<i16:f32, 0.01>>, %w: tensor<64x!quant.uniform<i16:f32, 0.001>>) -> tensor<1x4x64x!quant.uniform<i16:f32, 0.02>> {
  // CHECK: tq.rms_norm %{{.*}}, %{{.*}} : (tensor<1x4x64x!quant.uniform<i16:f32, 1.000000e-02>>, tensor<64x!quant.uniform<i16:f32, 1.000000e-03>>) -> tensor<1x4x64x!quant.uniform<i16:f32, 2.000000e-02>>
  %0 = tq.rms_norm %x, %w : (tensor<1x4x64x!quant.uniform<i16:f32, 0.01>>, tensor<64x!quant.uniform<i16:f32, 0.001>>) -> tensor<1x4x64x!quant.uniform<i16:f32, 0.02>>
  return %0 : tensor<1x4x64x!quant.uniform<i16:f32, 0.02>>
}

// CHECK-LABEL: func.func @reductions
func.func @reductions(%x: tensor<2x3x4xf32>, %i: tensor<2x3x4xi32>) -> (tensor<2x3x1xf32>, tensor<3xf32>, tensor<2x4xi32>, tensor<1x8xi32>) {
  // CHECK: tq.reduce_mean %{{.*}} {axes = array<i64: -1>, keepdim = true} : (tensor<2x3x4xf32>) -> tensor<2x3x1xf32>
  %0 = tq.reduce_mean %x {axes = array<i64: -1>, keepdim = true} : (tensor<2x3x4xf32>) -> tensor<2x3x1xf32>
  // CHECK: tq.reduce_sum %{{.*}} {axes = array<i64: 2, 0>} : (tensor<2x3x4xf32>) -> tensor<3xf32>
  %1 = tq.reduce_sum %x {axes = array<i64: 2, 0>} : (tensor<2x3x4xf32>) -> tensor<3xf32>
  // CHECK: tq.reduce_max %{{.*}} {axes = array<i64: 1>} : (tensor<2x3x4xi32>) -> tensor<2x4xi32>
  %2 = tq.reduce_max %i {axes = array<i64: 1>} : (tensor<2x3x4xi32>) -> tensor<2x4xi32>
  %ids = tq.constant dense<1> : tensor<1x8xi32>
  // CHECK: tq.cumsum %{{.*}} {axis = -1 : i64, exclusive = true, reverse = true} : (tensor<1x8xi32>) -> tensor<1x8xi32>
  %3 = tq.cumsum %ids {axis = -1 : i64, exclusive = true, reverse = true} : (tensor<1x8xi32>) -> tensor<1x8xi32>
  return %0, %1, %2, %3 : tensor<2x3x1xf32>, tensor<3xf32>, tensor<2x4xi32>, tensor<1x8xi32>
}

// CHECK-LABEL: func.func @embedding
func.func @embedding(%t: tensor<1000x64xf32>, %ids: tensor<1x8xi32>, %qt: tensor<1000x64x!quant.uniform<i8:f32, 0.02>>) -> (tensor<1x8x64xf32>, tensor<1x8x64x!quant.uniform<i8:f32, 0.02>>) {
  // CHECK: tq.embedding %{{.*}}, %{{.*}} : (tensor<1000x64xf32>, tensor<1x8xi32>) -> tensor<1x8x64xf32>
  %0 = tq.embedding %t, %ids : (tensor<1000x64xf32>, tensor<1x8xi32>) -> tensor<1x8x64xf32>
  // CHECK: tq.embedding %{{.*}}, %{{.*}} : (tensor<1000x64x!quant.uniform<i8:f32, 2.000000e-02>>, tensor<1x8xi32>) -> tensor<1x8x64x!quant.uniform<i8:f32, 2.000000e-02>>
  %1 = tq.embedding %qt, %ids : (tensor<1000x64x!quant.uniform<i8:f32, 0.02>>, tensor<1x8xi32>) -> tensor<1x8x64x!quant.uniform<i8:f32, 0.02>>
  return %0, %1 : tensor<1x8x64xf32>, tensor<1x8x64x!quant.uniform<i8:f32, 0.02>>
}

// CHECK-LABEL: func.func @linear
func.func @linear(%x: tensor<1x4x64xf32>, %w: tensor<128x64xf32>, %b: tensor<128xf32>) -> (tensor<1x4x128xf32>, tensor<1x4x128xf32>) {
  // CHECK: tq.linear %{{.*}}, %{{.*}}, %{{.*}} : (tensor<1x4x64xf32>, tensor<128x64xf32>, tensor<128xf32>) -> tensor<1x4x128xf32>
  %0 = tq.linear %x, %w, %b : (tensor<1x4x64xf32>, tensor<128x64xf32>, tensor<128xf32>) -> tensor<1x4x128xf32>
  // CHECK: tq.linear %{{.*}}, %{{.*}} : (tensor<1x4x64xf32>, tensor<128x64xf32>) -> tensor<1x4x128xf32>
  %1 = tq.linear %x, %w : (tensor<1x4x64xf32>, tensor<128x64xf32>) -> tensor<1x4x128xf32>
  return %0, %1 : tensor<1x4x128xf32>, tensor<1x4x128xf32>
}

// Per-channel int8 weight and an int32 bias with the product scale.
// CHECK-LABEL: func.func @linear_quantized
func.func @linear_quantized(%x: tensor<4x2x!quant.uniform<i16:f32, 0.5>>, %w: tensor<3x2x!quant.uniform<i8:f32:0, {0.1, 0.2, 0.3}>>, %b: tensor<3x!quant.uniform<i32:f32, 0.05>>) -> tensor<4x3x!quant.uniform<i16:f32, 0.25>> {
  // CHECK: tq.linear %{{.*}}, %{{.*}}, %{{.*}} : (tensor<4x2x!quant.uniform<i16:f32, 5.000000e-01>>, tensor<3x2x!quant.uniform<i8:f32:0, {1.000000e-01,2.000000e-01,3.000000e-01}>>, tensor<3x!quant.uniform<i32:f32, 5.000000e-02>>) -> tensor<4x3x!quant.uniform<i16:f32, 2.500000e-01>>
  %0 = tq.linear %x, %w, %b : (tensor<4x2x!quant.uniform<i16:f32, 0.5>>, tensor<3x2x!quant.uniform<i8:f32:0, {0.1, 0.2, 0.3}>>, tensor<3x!quant.uniform<i32:f32, 0.05>>) -> tensor<4x3x!quant.uniform<i16:f32, 0.25>>
  return %0 : tensor<4x3x!quant.uniform<i16:f32, 0.25>>
}

// CHECK-LABEL: func.func @matmul
func.func @matmul(%q: tensor<1x8x16x64xf32>, %k: tensor<1x1x16x64xf32>, %a: tensor<64x4xf32>, %b: tensor<3x64xf32>) -> (tensor<1x8x16x16xf32>, tensor<4x3xf32>) {
  // CHECK: tq.matmul %{{.*}}, %{{.*}} {transpose_rhs = true} : (tensor<1x8x16x64xf32>, tensor<1x1x16x64xf32>) -> tensor<1x8x16x16xf32>
  %0 = tq.matmul %q, %k {transpose_rhs = true} : (tensor<1x8x16x64xf32>, tensor<1x1x16x64xf32>) -> tensor<1x8x16x16xf32>
  // CHECK: tq.matmul %{{.*}}, %{{.*}} {transpose_lhs = true, transpose_rhs = true} : (tensor<64x4xf32>, tensor<3x64xf32>) -> tensor<4x3xf32>
  %1 = tq.matmul %a, %b {transpose_lhs = true, transpose_rhs = true} : (tensor<64x4xf32>, tensor<3x64xf32>) -> tensor<4x3xf32>
  return %0, %1 : tensor<1x8x16x16xf32>, tensor<4x3xf32>
}

// CHECK-LABEL: func.func @conv_pool
func.func @conv_pool(%x: tensor<1x4x32x32xf32>, %w: tensor<8x2x3x3xf32>, %b: tensor<8xf32>) -> (tensor<1x8x16x16xf32>, tensor<1x8x28x30xf32>, tensor<1x4x16x16xf32>) {
  // CHECK: tq.conv2d %{{.*}}, %{{.*}}, %{{.*}} {groups = 2 : i64, padding = array<i64: 1, 1>, strides = array<i64: 2, 2>} : (tensor<1x4x32x32xf32>, tensor<8x2x3x3xf32>, tensor<8xf32>) -> tensor<1x8x16x16xf32>
  %0 = tq.conv2d %x, %w, %b {strides = array<i64: 2, 2>, padding = array<i64: 1, 1>, groups = 2 : i64} : (tensor<1x4x32x32xf32>, tensor<8x2x3x3xf32>, tensor<8xf32>) -> tensor<1x8x16x16xf32>
  // CHECK: tq.conv2d %{{.*}}, %{{.*}} {dilations = array<i64: 2, 1>, groups = 2 : i64} : (tensor<1x4x32x32xf32>, tensor<8x2x3x3xf32>) -> tensor<1x8x28x30xf32>
  %1 = tq.conv2d %x, %w {dilations = array<i64: 2, 1>, groups = 2 : i64} : (tensor<1x4x32x32xf32>, tensor<8x2x3x3xf32>) -> tensor<1x8x28x30xf32>
  // CHECK: tq.avg_pool2d %{{.*}} {count_include_pad = false, kernel = array<i64: 3, 3>, padding = array<i64: 1, 1, 0, 0>, strides = array<i64: 2, 2>} : (tensor<1x4x32x32xf32>) -> tensor<1x4x16x16xf32>
  %2 = tq.avg_pool2d %x {kernel = array<i64: 3, 3>, strides = array<i64: 2, 2>, padding = array<i64: 1, 1, 0, 0>, count_include_pad = false} : (tensor<1x4x32x32xf32>) -> tensor<1x4x16x16xf32>
  return %0, %1, %2 : tensor<1x8x16x16xf32>, tensor<1x8x28x30xf32>, tensor<1x4x16x16xf32>
}

// CHECK-LABEL: func.func @layout
func.func @layout(%x: tensor<1x4x8x16xf32>) -> (tensor<1x8x4x16xf32>, tensor<1x2x4x8xf32>, tensor<4x8x16xf32>, tensor<1x4x8x1x16xf32>, tensor<2x1x4x8x16xf32>) {
  // CHECK: tq.transpose %{{.*}} {perms = array<i64: 0, 2, 1, 3>} : (tensor<1x4x8x16xf32>) -> tensor<1x8x4x16xf32>
  %0 = tq.transpose %x {perms = array<i64: 0, 2, 1, 3>} : (tensor<1x4x8x16xf32>) -> tensor<1x8x4x16xf32>
  // CHECK: tq.slice %{{.*}} {end = array<i64: 1, -1, 8, 16>, start = array<i64: 0, 1, 0, -8>, step = array<i64: 1, 1, 1, 1>} : (tensor<1x4x8x16xf32>) -> tensor<1x2x8x8xf32>
  %1 = tq.slice %x {start = array<i64: 0, 1, 0, -8>, end = array<i64: 1, -1, 8, 16>, step = array<i64: 1, 1, 1, 1>} : (tensor<1x4x8x16xf32>) -> tensor<1x2x8x8xf32>
  // CHECK: tq.slice %{{.*}} {end = array<i64: 1, 4, 9223372036854775807, 8>, start = array<i64: 0, 0, 0, 0>, step = array<i64: 1, 1, 2, 1>} : (tensor<1x2x8x8xf32>) -> tensor<1x2x4x8xf32>
  %2 = tq.slice %1 {start = array<i64: 0, 0, 0, 0>, end = array<i64: 1, 4, 9223372036854775807, 8>, step = array<i64: 1, 1, 2, 1>} : (tensor<1x2x8x8xf32>) -> tensor<1x2x4x8xf32>
  // CHECK: tq.squeeze %{{.*}} {dims = array<i64: 0>} : (tensor<1x4x8x16xf32>) -> tensor<4x8x16xf32>
  %3 = tq.squeeze %x {dims = array<i64: 0>} : (tensor<1x4x8x16xf32>) -> tensor<4x8x16xf32>
  // CHECK: tq.unsqueeze %{{.*}} {dims = array<i64: -2>} : (tensor<1x4x8x16xf32>) -> tensor<1x4x8x1x16xf32>
  %4 = tq.unsqueeze %x {dims = array<i64: -2>} : (tensor<1x4x8x16xf32>) -> tensor<1x4x8x1x16xf32>
  // CHECK: tq.broadcast %{{.*}} : (tensor<1x4x8x16xf32>) -> tensor<2x1x4x8x16xf32>
  %5 = tq.broadcast %x : (tensor<1x4x8x16xf32>) -> tensor<2x1x4x8x16xf32>
  return %0, %2, %3, %4, %5 : tensor<1x8x4x16xf32>, tensor<1x2x4x8xf32>, tensor<4x8x16xf32>, tensor<1x4x8x1x16xf32>, tensor<2x1x4x8x16xf32>
}

// CHECK-LABEL: func.func @layout_quantized
func.func @layout_quantized(%x: tensor<2x3x!quant.uniform<i8:f32, 0.1>>) -> (tensor<3x2x!quant.uniform<i8:f32, 0.1>>, tensor<2x6x!quant.uniform<i8:f32, 0.1>>) {
  // CHECK: tq.transpose %{{.*}} {perms = array<i64: 1, 0>} : (tensor<2x3x!quant.uniform<i8:f32, 1.000000e-01>>) -> tensor<3x2x!quant.uniform<i8:f32, 1.000000e-01>>
  %0 = tq.transpose %x {perms = array<i64: 1, 0>} : (tensor<2x3x!quant.uniform<i8:f32, 0.1>>) -> tensor<3x2x!quant.uniform<i8:f32, 0.1>>
  // CHECK: tq.concat %{{.*}}, %{{.*}} {axis = 1 : i64} : (tensor<2x3x!quant.uniform<i8:f32, 1.000000e-01>>, tensor<2x3x!quant.uniform<i8:f32, 1.000000e-01>>) -> tensor<2x6x!quant.uniform<i8:f32, 1.000000e-01>>
  %1 = tq.concat %x, %x {axis = 1 : i64} : (tensor<2x3x!quant.uniform<i8:f32, 0.1>>, tensor<2x3x!quant.uniform<i8:f32, 0.1>>) -> tensor<2x6x!quant.uniform<i8:f32, 0.1>>
  return %0, %1 : tensor<3x2x!quant.uniform<i8:f32, 0.1>>, tensor<2x6x!quant.uniform<i8:f32, 0.1>>
}

// CHECK-LABEL: func.func @concat_split
func.func @concat_split(%a: tensor<1x4x8xf32>, %b: tensor<1x4x2xf32>) -> (tensor<1x4x3xf32>, tensor<1x4x7xf32>) {
  // CHECK: %[[C:.*]] = tq.concat %{{.*}}, %{{.*}} {axis = -1 : i64} : (tensor<1x4x8xf32>, tensor<1x4x2xf32>) -> tensor<1x4x10xf32>
  %0 = tq.concat %a, %b {axis = -1 : i64} : (tensor<1x4x8xf32>, tensor<1x4x2xf32>) -> tensor<1x4x10xf32>
  // CHECK: %{{.*}}:2 = tq.split %[[C]] {axis = 2 : i64, sizes = array<i64: 3, 7>} : (tensor<1x4x10xf32>) -> (tensor<1x4x3xf32>, tensor<1x4x7xf32>)
  %1:2 = tq.split %0 {axis = 2 : i64, sizes = array<i64: 3, 7>} : (tensor<1x4x10xf32>) -> (tensor<1x4x3xf32>, tensor<1x4x7xf32>)
  return %1#0, %1#1 : tensor<1x4x3xf32>, tensor<1x4x7xf32>
}

// CHECK-LABEL: func.func @gathers
func.func @gathers(%x: tensor<2x10x4xf32>, %i: tensor<3x5xi32>, %e: tensor<2x3x4xi64>, %s: tensor<3xi32>) -> (tensor<2x3x5x4xf32>, tensor<2x3x4xf32>, tensor<2x3x4xf32>) {
  // CHECK: tq.gather %{{.*}}, %{{.*}} {axis = 1 : i64} : (tensor<2x10x4xf32>, tensor<3x5xi32>) -> tensor<2x3x5x4xf32>
  %0 = tq.gather %x, %i {axis = 1 : i64} : (tensor<2x10x4xf32>, tensor<3x5xi32>) -> tensor<2x3x5x4xf32>
  // CHECK: tq.gather_elements %{{.*}}, %{{.*}} {axis = 1 : i64} : (tensor<2x10x4xf32>, tensor<2x3x4xi64>) -> tensor<2x3x4xf32>
  %1 = tq.gather_elements %x, %e {axis = 1 : i64} : (tensor<2x10x4xf32>, tensor<2x3x4xi64>) -> tensor<2x3x4xf32>
  // CHECK: tq.index_select %{{.*}}, %{{.*}} {axis = -2 : i64} : (tensor<2x10x4xf32>, tensor<3xi32>) -> tensor<2x3x4xf32>
  %2 = tq.index_select %x, %s {axis = -2 : i64} : (tensor<2x10x4xf32>, tensor<3xi32>) -> tensor<2x3x4xf32>
  return %0, %1, %2 : tensor<2x3x5x4xf32>, tensor<2x3x4xf32>, tensor<2x3x4xf32>
}

// CHECK-LABEL: func.func @select_compare_logic
func.func @select_compare_logic(%a: tensor<4x4xf32>, %b: tensor<f32>, %m: tensor<4xi1>) -> (tensor<4x4xf32>, tensor<4x4xi1>) {
  // CHECK: %[[C:.*]] = tq.compare %{{.*}}, %{{.*}} {direction = #tq<cmp lt>} : (tensor<4x4xf32>, tensor<f32>) -> tensor<4x4xi1>
  %0 = tq.compare %a, %b {direction = #tq<cmp lt>} : (tensor<4x4xf32>, tensor<f32>) -> tensor<4x4xi1>
  // CHECK: %[[AND:.*]] = tq.logical_and %[[C]], %{{.*}} : (tensor<4x4xi1>, tensor<4xi1>) -> tensor<4x4xi1>
  %1 = tq.logical_and %0, %m : (tensor<4x4xi1>, tensor<4xi1>) -> tensor<4x4xi1>
  // CHECK: %[[OR:.*]] = tq.logical_or %[[AND]], %[[C]] : (tensor<4x4xi1>, tensor<4x4xi1>) -> tensor<4x4xi1>
  %2 = tq.logical_or %1, %0 : (tensor<4x4xi1>, tensor<4x4xi1>) -> tensor<4x4xi1>
  // CHECK: %[[NOT:.*]] = tq.logical_not %[[OR]] : (tensor<4x4xi1>) -> tensor<4x4xi1>
  %3 = tq.logical_not %2 : (tensor<4x4xi1>) -> tensor<4x4xi1>
  // CHECK: tq.where %[[NOT]], %{{.*}}, %{{.*}} : (tensor<4x4xi1>, tensor<f32>, tensor<4x4xf32>) -> tensor<4x4xf32>
  %4 = tq.where %3, %b, %a : (tensor<4x4xi1>, tensor<f32>, tensor<4x4xf32>) -> tensor<4x4xf32>
  return %4, %3 : tensor<4x4xf32>, tensor<4x4xi1>
}

// CHECK-LABEL: func.func @cast_iota
func.func @cast_iota(%ids: tensor<1x8xi64>) -> (tensor<1x8xf32>, tensor<16xi32>, tensor<4xf32>) {
  // CHECK: tq.cast %{{.*}} : (tensor<1x8xi64>) -> tensor<1x8xf32>
  %0 = tq.cast %ids : (tensor<1x8xi64>) -> tensor<1x8xf32>
  // CHECK: tq.iota : tensor<16xi32>
  %1 = tq.iota : tensor<16xi32>
  // CHECK: tq.iota {start = 1.000000e+00 : f64, step = -5.000000e-01 : f64} : tensor<4xf32>
  %2 = tq.iota {start = 1.0 : f64, step = -0.5 : f64} : tensor<4xf32>
  return %0, %1, %2 : tensor<1x8xf32>, tensor<16xi32>, tensor<4xf32>
}

// CHECK-LABEL: func.func @scatters
func.func @scatters(%e: tensor<1x16x64xf32>, %m: tensor<1x16x1xi1>, %v: tensor<4x64xf32>, %vb: tensor<1x4x64xf32>, %i: tensor<2x1xi32>, %u: tensor<2x64xf32>, %d: tensor<16x64xf32>) -> (tensor<1x16x64xf32>, tensor<1x16x64xf32>, tensor<1x16x64xf32>, tensor<16x64xf32>) {
  // CHECK: tq.masked_scatter %{{.*}}, %{{.*}}, %{{.*}} : (tensor<1x16x64xf32>, tensor<1x16x1xi1>, tensor<4x64xf32>) -> tensor<1x16x64xf32>
  %0 = tq.masked_scatter %e, %m, %v : (tensor<1x16x64xf32>, tensor<1x16x1xi1>, tensor<4x64xf32>) -> tensor<1x16x64xf32>
  // CHECK: tq.masked_scatter %{{.*}}, %{{.*}}, %{{.*}} : (tensor<1x16x64xf32>, tensor<1x16x1xi1>, tensor<1x4x64xf32>) -> tensor<1x16x64xf32>
  %1 = tq.masked_scatter %e, %m, %vb : (tensor<1x16x64xf32>, tensor<1x16x1xi1>, tensor<1x4x64xf32>) -> tensor<1x16x64xf32>
  // CHECK: tq.slice_update %{{.*}}, %{{.*}} {start = array<i64: 0, 12, 0>} : (tensor<1x16x64xf32>, tensor<1x4x64xf32>) -> tensor<1x16x64xf32>
  %2 = tq.slice_update %e, %vb {start = array<i64: 0, 12, 0>} : (tensor<1x16x64xf32>, tensor<1x4x64xf32>) -> tensor<1x16x64xf32>
  // CHECK: tq.scatter_nd %{{.*}}, %{{.*}}, %{{.*}} : (tensor<16x64xf32>, tensor<2x1xi32>, tensor<2x64xf32>) -> tensor<16x64xf32>
  %3 = tq.scatter_nd %d, %i, %u : (tensor<16x64xf32>, tensor<2x1xi32>, tensor<2x64xf32>) -> tensor<16x64xf32>
  return %0, %1, %2, %3 : tensor<1x16x64xf32>, tensor<1x16x64xf32>, tensor<1x16x64xf32>, tensor<16x64xf32>
}

// CHECK-LABEL: func.func @rope
func.func @rope(%x: tensor<1x8x16x64xf32>, %c: tensor<1x1x16x64xf32>, %s: tensor<1x1x16x64xf32>) -> (tensor<1x8x16x64xf32>, tensor<1x8x16x64xf32>) {
  // CHECK: tq.rope %{{.*}}, %{{.*}}, %{{.*}} : (tensor<1x8x16x64xf32>, tensor<1x1x16x64xf32>, tensor<1x1x16x64xf32>) -> tensor<1x8x16x64xf32>
  %0 = tq.rope %x, %c, %s : (tensor<1x8x16x64xf32>, tensor<1x1x16x64xf32>, tensor<1x1x16x64xf32>) -> tensor<1x8x16x64xf32>
  // CHECK: tq.rope %{{.*}}, %{{.*}}, %{{.*}} {mode = #tq<rope_mode interleaved>} : (tensor<1x8x16x64xf32>, tensor<1x1x16x64xf32>, tensor<1x1x16x64xf32>) -> tensor<1x8x16x64xf32>
  %1 = tq.rope %x, %c, %s {mode = #tq<rope_mode interleaved>} : (tensor<1x8x16x64xf32>, tensor<1x1x16x64xf32>, tensor<1x1x16x64xf32>) -> tensor<1x8x16x64xf32>
  return %0, %1 : tensor<1x8x16x64xf32>, tensor<1x8x16x64xf32>
}

// CHECK-LABEL: func.func @rope_quantized
func.func @rope_quantized(%x: tensor<1x16x64x!quant.uniform<i16:f32, 0.01>>, %c: tensor<1x16x64x!quant.uniform<i16:f32, 3.0e-05>>, %s: tensor<1x16x64x!quant.uniform<i16:f32, 3.0e-05>>) -> tensor<1x16x64x!quant.uniform<i16:f32, 0.01>> {
  // CHECK: tq.rope
  %0 = tq.rope %x, %c, %s : (tensor<1x16x64x!quant.uniform<i16:f32, 0.01>>, tensor<1x16x64x!quant.uniform<i16:f32, 3.0e-05>>, tensor<1x16x64x!quant.uniform<i16:f32, 3.0e-05>>) -> tensor<1x16x64x!quant.uniform<i16:f32, 0.01>>
  return %0 : tensor<1x16x64x!quant.uniform<i16:f32, 0.01>>
}

// CHECK-LABEL: func.func @observe
func.func @observe(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  // CHECK: %[[A:.*]] = tq.observe %{{.*}} {dtype = i8, kind = #tq<observer minmax>} : tensor<4x8xf32>
  %0 = tq.observe %x {kind = #tq<observer minmax>, dtype = i8} : tensor<4x8xf32>
  // CHECK: %[[B:.*]] = tq.observe %[[A]] {dtype = i16, kind = #tq<observer ema>, momentum = 9.000000e-01 : f64} : tensor<4x8xf32>
  %1 = tq.observe %0 {kind = #tq<observer ema>, momentum = 0.9 : f64, dtype = i16} : tensor<4x8xf32>
  // CHECK: tq.observe %[[B]] {axis = 0 : i64, dtype = ui8, granularity = #tq<granularity per_channel>, kind = #tq<observer percentile>, percentile = 9.990000e+01 : f64} : tensor<4x8xf32>
  %2 = tq.observe %1 {kind = #tq<observer percentile>, percentile = 99.9 : f64, dtype = ui8, granularity = #tq<granularity per_channel>, axis = 0 : i64} : tensor<4x8xf32>
  return %2 : tensor<4x8xf32>
}

// Dynamic sizes are compatible with any size the verifiers compute.
// CHECK-LABEL: func.func @dynamic_shapes
func.func @dynamic_shapes(%x: tensor<?x4x64xf32>, %w: tensor<128x64xf32>, %a: tensor<?x3xf32>, %ids: tensor<1x?xi32>, %t: tensor<100x64xf32>) -> (tensor<?x4x128xf32>, tensor<?x3xf32>, tensor<1x?x64xf32>, tensor<?x4x32xf32>) {
  // CHECK: tq.linear %{{.*}}, %{{.*}} : (tensor<?x4x64xf32>, tensor<128x64xf32>) -> tensor<?x4x128xf32>
  %0 = tq.linear %x, %w : (tensor<?x4x64xf32>, tensor<128x64xf32>) -> tensor<?x4x128xf32>
  // CHECK: tq.concat %{{.*}}, %{{.*}} {axis = 0 : i64} : (tensor<?x3xf32>, tensor<?x3xf32>) -> tensor<?x3xf32>
  %1 = tq.concat %a, %a {axis = 0 : i64} : (tensor<?x3xf32>, tensor<?x3xf32>) -> tensor<?x3xf32>
  // CHECK: tq.embedding %{{.*}}, %{{.*}} : (tensor<100x64xf32>, tensor<1x?xi32>) -> tensor<1x?x64xf32>
  %2 = tq.embedding %t, %ids : (tensor<100x64xf32>, tensor<1x?xi32>) -> tensor<1x?x64xf32>
  // CHECK: tq.slice %{{.*}} {end = array<i64: -1, 4, 64>, start = array<i64: 0, 0, 32>, step = array<i64: 1, 1, 1>} : (tensor<?x4x64xf32>) -> tensor<?x4x32xf32>
  %3 = tq.slice %x {start = array<i64: 0, 0, 32>, end = array<i64: -1, 4, 64>, step = array<i64: 1, 1, 1>} : (tensor<?x4x64xf32>) -> tensor<?x4x32xf32>
  return %0, %1, %2, %3 : tensor<?x4x128xf32>, tensor<?x3xf32>, tensor<1x?x64xf32>, tensor<?x4x32xf32>
}
