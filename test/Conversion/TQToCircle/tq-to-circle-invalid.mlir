// RUN: tico-opt %s -split-input-file -verify-diagnostics -pass-pipeline='builtin.module(func.func(convert-tq-to-circle))'

// Every op that cannot be lowered is reported, not only the first.
func.func @unsupported(%x: tensor<4xf32>, %d: tensor<?x2xf32>, %i: tensor<1x1xi32>, %u: tensor<1x2xf32>) -> (tensor<4xf32>, tensor<?x2xf32>) {
  // expected-error@+1 {{cannot lower 'tq.fake_quant' to circle: fold fake_quant into !quant.uniform types first}}
  %0 = tq.fake_quant %x {scale = array<f64: 0.1>, zero_point = array<i64: 0>, quant_min = -128 : i64, quant_max = 127 : i64, storage_type = i8} : tensor<4xf32>
  // expected-error@+1 {{cannot lower 'tq.scatter_nd' to circle: quantized or dynamic scatter_nd}}
  %1 = tq.scatter_nd %d, %i, %u : (tensor<?x2xf32>, tensor<1x1xi32>, tensor<1x2xf32>) -> tensor<?x2xf32>
  return %0, %1 : tensor<4xf32>, tensor<?x2xf32>
}

// -----

func.func @masked_scatter(%e: tensor<1x4x2xf32>, %m: tensor<1x4x1xi1>, %f: tensor<2x2xf32>) -> tensor<1x4x2xf32> {
  // expected-error@+1 {{cannot lower 'tq.masked_scatter' to circle: data-dependent: run --tq-legalize-masked-scatter or --tq-fixed-slot-fusion first}}
  %0 = tq.masked_scatter %e, %m, %f : (tensor<1x4x2xf32>, tensor<1x4x1xi1>, tensor<2x2xf32>) -> tensor<1x4x2xf32>
  return %0 : tensor<1x4x2xf32>
}

// -----

func.func @zero_size_slice(%x: tensor<4xf32>) -> tensor<0xf32> {
  // expected-error@+1 {{cannot lower 'tq.slice' to circle: zero-size result or dynamic input shape}}
  %0 = tq.slice %x {start = array<i64: 2>, end = array<i64: 2>, step = array<i64: 1>} : (tensor<4xf32>) -> tensor<0xf32>
  return %0 : tensor<0xf32>
}

// -----

func.func @dynamic_conv(%x: tensor<?x4x4x4xf32>, %w: tensor<4x2x1x1xf32>) -> tensor<?x4x4x4xf32> {
  // expected-error@+1 {{cannot lower 'tq.conv2d' to circle: dynamic shapes}}
  %0 = tq.conv2d %x, %w {groups = 2 : i64} : (tensor<?x4x4x4xf32>, tensor<4x2x1x1xf32>) -> tensor<?x4x4x4xf32>
  return %0 : tensor<?x4x4x4xf32>
}

// -----

func.func @quantized_silu(%x: tensor<4x!quant.uniform<i4:f32, 0.1>>) -> tensor<4x!quant.uniform<i4:f32, 0.1>> {
  // expected-error@+1 {{cannot lower 'tq.silu' to circle: a quantized input without fixed LOGISTIC output qparams}}
  %0 = tq.silu %x : (tensor<4x!quant.uniform<i4:f32, 0.1>>) -> tensor<4x!quant.uniform<i4:f32, 0.1>>
  return %0 : tensor<4x!quant.uniform<i4:f32, 0.1>>
}

// -----

// A constant gather index outside [-dim, dim) is neither a slice nor a
// valid GATHER index.
func.func @gather_index_out_of_range(%t: tensor<10x4xf32>) -> tensor<2x4xf32> {
  %idx = tq.constant dense<[3, 10]> : tensor<2xi32>
  // expected-error@+1 {{'tq.gather' op constant index 10 out of range [-10, 10) along axis 0}}
  %0 = tq.gather %t, %idx {axis = 0 : i64} : (tensor<10x4xf32>, tensor<2xi32>) -> tensor<2x4xf32>
  return %0 : tensor<2x4xf32>
}
