// RUN: tico-opt %s -split-input-file -verify-diagnostics --tq-calibrate="data=%S/calibrate-data/dir"

func.func @percentile_per_channel(%x: tensor<1x4xf32>) -> tensor<1x4xf32> {
  // expected-error@+1 {{not supported yet: a per_channel percentile observer}}
  %0 = tq.observe %x {kind = #tq<observer percentile>, percentile = 99.0 : f64, dtype = i8, granularity = #tq<granularity per_channel>, axis = 1 : i64} : tensor<1x4xf32>
  return %0 : tensor<1x4xf32>
}

// -----

func.func @observe_i32(%x: tensor<1x4xf32>) -> tensor<1x4xf32> {
  // expected-error@+1 {{observed dtype 'i32' is not an activation dtype (ui8, i8 or i16)}}
  %0 = tq.observe %x {kind = #tq<observer minmax>, dtype = i32} : tensor<1x4xf32>
  return %0 : tensor<1x4xf32>
}

// -----

// A sample the interpreter cannot run (an index out of range): the failing
// op and the sample are both reported.
// expected-error@+1 {{calibration sample 1 of 3 failed to run}}
func.func @bad_index(%x: tensor<1x4xf32>) -> tensor<1x2x4xf32> {
  %ids = tq.constant dense<[[0, 7]]> : tensor<1x2xi32>
  // expected-error@+1 {{out of range}}
  %0 = tq.embedding %x, %ids : (tensor<1x4xf32>, tensor<1x2xi32>) -> tensor<1x2x4xf32>
  return %0 : tensor<1x2x4xf32>
}
