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
