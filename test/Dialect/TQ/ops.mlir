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
