// RUN: tico-opt %s -split-input-file -verify-diagnostics -pass-pipeline='builtin.module(func.func(convert-tq-to-circle{gqa-expand=copies}))'

// An unknown gqa-expand mode is reported at the function; nothing is
// rewritten.
// expected-error@+1 {{gqa-expand must be none, concat or broadcast, got 'copies'}}
func.func @bad_mode(%x: tensor<4xf32>) -> tensor<4xf32> {
  %0 = tq.neg %x : (tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}
