// bf16 has no Circle tensor type: the export fails with an error at the
// value's location, for a named constant and for an unnamed argument.
// RUN: not tico-translate --to-circle %s -o %t.circle 2>&1 | FileCheck %s
// RUN: not test -e %t.circle

// CHECK: error-bf16.mlir:[[# @LINE + 6]]:17: error: bf16 has no Circle tensor type; cast to f32 or f16 before export
// CHECK: loc("weights"): bf16 has no Circle tensor type; cast to f32 or f16 before export
// Only the offending values are reported, not the ops that use them.
// CHECK-NOT: returned value has no Circle tensor
// CHECK-NOT: error:

func.func @main(%x: tensor<4xbf16>) -> (tensor<4xbf16>, tensor<4xbf16>) {
  %0 = circle.const dense<1.0> : tensor<4xbf16> loc("weights")
  return %0, %x : tensor<4xbf16>, tensor<4xbf16>
}
