// RUN: tico-opt %s -split-input-file -verify-diagnostics -pass-pipeline='builtin.module(func.func(circle-verify-static))' | FileCheck %s

// A static function passes unchanged.
// CHECK-LABEL: func.func @static
// CHECK: circle.exp
func.func @static(%x: tensor<2x4xf32>) -> tensor<2x4xf32> {
  %0 = circle.exp %x : (tensor<2x4xf32>) -> tensor<2x4xf32>
  return %0 : tensor<2x4xf32>
}

// -----

// expected-error@+1 {{argument 0 has dynamic shape 'tensor<?x4xf32>'}}
func.func @dynamic_argument(%x: tensor<?x4xf32>) -> tensor<2x4xf32> {
  %c = circle.const dense<1.0> : tensor<2x4xf32>
  return %c : tensor<2x4xf32>
}

// -----

func.func @dynamic_result(%x: tensor<2x4xf32>, %y: tensor<4xf32>) -> tensor<*xf32> {
  // expected-error@+1 {{result 0 has dynamic shape 'tensor<*xf32>'}}
  %0 = circle.add %x, %y : (tensor<2x4xf32>, tensor<4xf32>) -> tensor<*xf32>
  return %0 : tensor<*xf32>
}
