// RUN: tico-opt %s -split-input-file -verify-diagnostics -pass-pipeline='builtin.module(func.func(circle-verify-static{allow-dynamic-batch=true}))' | FileCheck %s

// With allow-dynamic-batch only dimension 0 may be dynamic.
// CHECK-LABEL: func.func @dynamic_batch
func.func @dynamic_batch(%x: tensor<?x4xf32>) -> tensor<?x4xf32> {
  %0 = circle.exp %x : (tensor<?x4xf32>) -> tensor<?x4xf32>
  return %0 : tensor<?x4xf32>
}

// -----

// expected-error@+1 {{argument 0 has dynamic shape 'tensor<2x?xf32>'}}
func.func @dynamic_inner(%x: tensor<2x?xf32>) -> tensor<2x4xf32> {
  %c = circle.const dense<1.0> : tensor<2x4xf32>
  return %c : tensor<2x4xf32>
}
