// RUN: tico-opt %s -split-input-file --tq-fold-fake-quant | FileCheck %s
// RUN: tico-opt %s -split-input-file --tq-fold-fake-quant="input-type=int output-type=int" | FileCheck %s --check-prefix=INT

// Activations: the relu produces the quantized type directly; float only at
// the boundaries.
// CHECK-LABEL: func.func @activation_i8
// CHECK: %[[Q:.*]] = tq.quantize %arg0 : tensor<4xf32> to tensor<4x!quant.uniform<i8:f32, 1.000000e-01:-3>>
// CHECK: %[[R:.*]] = tq.relu %[[Q]] : (tensor<4x!quant.uniform<i8:f32, 1.000000e-01:-3>>) -> tensor<4x!quant.uniform<i8:f32, 5.000000e-02:-128>>
// CHECK: %[[D:.*]] = tq.dequantize %[[R]]
// CHECK: return %[[D]] : tensor<4xf32>
// CHECK-NOT: tq.fake_quant
// INT-LABEL: func.func @activation_i8
// INT-SAME: (%[[A:.*]]: tensor<4x!quant.uniform<i8:f32, 1.000000e-01:-3>>) -> tensor<4x!quant.uniform<i8:f32, 5.000000e-02:-128>>
// INT: %[[R:.*]] = tq.relu %[[A]]
// INT: return %[[R]]
func.func @activation_i8(%x: tensor<4xf32>) -> tensor<4xf32> {
  %0 = tq.fake_quant %x {scale = array<f64: 0.1>, zero_point = array<i64: -3>, quant_min = -128 : i64, quant_max = 127 : i64, storage_type = i8} : tensor<4xf32>
  %1 = tq.relu %0 : (tensor<4xf32>) -> tensor<4xf32>
  %2 = tq.fake_quant %1 {scale = array<f64: 0.05>, zero_point = array<i64: -128>, quant_min = -128 : i64, quant_max = 127 : i64, storage_type = i8} : tensor<4xf32>
  return %2 : tensor<4xf32>
}

// -----

// int16 is symmetric and always gets the narrow +-32767 range.
// CHECK-LABEL: func.func @activation_i16
// CHECK: tq.quantize %arg0 : tensor<2x3xf32> to tensor<2x3x!quant.uniform<i16<-32767:32767>:f32, 2.500000e-04>>
// CHECK: tq.neg %{{.*}} -> tensor<2x3x!quant.uniform<i16<-32767:32767>:f32, 2.500000e-04>>
func.func @activation_i16(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
  %0 = tq.fake_quant %x {scale = array<f64: 2.5e-4>, zero_point = array<i64: 0>, quant_min = -32768 : i64, quant_max = 32767 : i64, storage_type = i16} : tensor<2x3xf32>
  %1 = tq.neg %0 : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %2 = tq.fake_quant %1 {scale = array<f64: 2.5e-4>, zero_point = array<i64: 0>, quant_min = -32767 : i64, quant_max = 32767 : i64, storage_type = i16} : tensor<2x3xf32>
  return %2 : tensor<2x3xf32>
}

// -----

// A fake_quant of a constant is quantized at compile time, per axis here:
// row 0 scale 0.5: 0.25 -> 0.5 rounds away from zero to 1, -0.25 -> -1,
// 100 clamps to 127; row 1 scale 0.25, zp 2: 0.25 -> 3, -1 -> -2, 0 -> 2.
// CHECK-LABEL: func.func @constant_per_axis
// CHECK: %[[W:.*]] = tq.constant dense<{{\[}}[1, -1, 127], [3, -2, 2]]> : tensor<2x3xi8> -> tensor<2x3x!quant.uniform<i8:f32:0, {5.000000e-01,2.500000e-01:2}>>
// CHECK: tq.linear %{{.*}}, %[[W]]
func.func @constant_per_axis(%x: tensor<1x3xf32>) -> tensor<1x2xf32> {
  %w = tq.constant dense<[[0.25, -0.25, 100.0], [0.25, -1.0, 0.0]]> : tensor<2x3xf32>
  %wq = tq.fake_quant %w {scale = array<f64: 0.5, 0.25>, zero_point = array<i64: 0, 2>, quant_min = -128 : i64, quant_max = 127 : i64, storage_type = i8, axis = 0 : i64} : tensor<2x3xf32>
  %xq = tq.fake_quant %x {scale = array<f64: 0.1>, zero_point = array<i64: 0>, quant_min = -128 : i64, quant_max = 127 : i64, storage_type = i8} : tensor<1x3xf32>
  %y = tq.linear %xq, %wq : (tensor<1x3xf32>, tensor<2x3xf32>) -> tensor<1x2xf32>
  %yq = tq.fake_quant %y {scale = array<f64: 0.2>, zero_point = array<i64: 0>, quant_min = -128 : i64, quant_max = 127 : i64, storage_type = i8} : tensor<1x2xf32>
  return %yq : tensor<1x2xf32>
}

// -----

// 4-bit weights: uint4 asymmetric constant (-9 clamps to 0, 0 -> 8,
// 7 -> 15; the i4 storage bits of 8 and 15 print as -8 and -1).
// CHECK-LABEL: func.func @constant_u4
// CHECK: tq.constant dense<[0, -8, -1]> : tensor<3xi4> -> tensor<3x!quant.uniform<u4:f32, 1.000000e+00:8>>
func.func @constant_u4() -> tensor<3xf32> {
  %c = tq.constant dense<[-9.0, 0.0, 7.0]> : tensor<3xf32>
  %q = tq.fake_quant %c {scale = array<f64: 1.0>, zero_point = array<i64: 8>, quant_min = 0 : i64, quant_max = 15 : i64, storage_type = ui4} : tensor<3xf32>
  return %q : tensor<3xf32>
}

// -----

// An imported QDQ pair folds like a fake_quant; a second QDQ with other
// qparams becomes an explicit requantize.
// CHECK-LABEL: func.func @qdq_requantize
// CHECK: %[[Q:.*]] = tq.quantize %arg0 : tensor<4xf32> to tensor<4x!quant.uniform<u8:f32, 1.000000e-01:128>>
// CHECK: %[[R:.*]] = tq.quantize %[[Q]] : tensor<4x!quant.uniform<u8:f32, 1.000000e-01:128>> to tensor<4x!quant.uniform<u8:f32, 2.000000e-01:100>>
// CHECK: tq.dequantize %[[R]]
func.func @qdq_requantize(%x: tensor<4xf32>) -> tensor<4xf32> {
  %q = tq.quantize %x : tensor<4xf32> to tensor<4x!quant.uniform<u8:f32, 0.1:128>>
  %d = tq.dequantize %q : tensor<4x!quant.uniform<u8:f32, 0.1:128>> to tensor<4xf32>
  %q2 = tq.quantize %d : tensor<4xf32> to tensor<4x!quant.uniform<u8:f32, 0.2:100>>
  %d2 = tq.dequantize %q2 : tensor<4x!quant.uniform<u8:f32, 0.2:100>> to tensor<4xf32>
  return %d2 : tensor<4xf32>
}

// -----

// Close non-match: the exp result is also returned unquantized, so it
// stays float and the fake_quant becomes an explicit quantize/dequantize.
// CHECK-LABEL: func.func @float_user_keeps_float
// CHECK: %[[D:.*]] = tq.dequantize
// CHECK: %[[E:.*]] = tq.exp %[[D]] : (tensor<4xf32>) -> tensor<4xf32>
// CHECK: %[[Q:.*]] = tq.quantize %[[E]]
// CHECK: tq.dequantize %[[Q]]
// CHECK: return %{{.*}}, %[[E]]
func.func @float_user_keeps_float(%x: tensor<4xf32>) -> (tensor<4xf32>, tensor<4xf32>) {
  %0 = tq.fake_quant %x {scale = array<f64: 0.1>, zero_point = array<i64: 128>, quant_min = 0 : i64, quant_max = 255 : i64, storage_type = ui8} : tensor<4xf32>
  %1 = tq.exp %0 : (tensor<4xf32>) -> tensor<4xf32>
  %2 = tq.fake_quant %1 {scale = array<f64: 0.5>, zero_point = array<i64: 0>, quant_min = 0 : i64, quant_max = 255 : i64, storage_type = ui8} : tensor<4xf32>
  return %2, %1 : tensor<4xf32>, tensor<4xf32>
}

// -----

// A fake_quant of a transposed constant (torch's `weight.t()`) is evaluated
// and quantized at compile time: the transpose of [[1, 2], [3, 4]] is
// [[1, 3], [2, 4]]; row 0 scale 0.5 -> [2, 6], row 1 scale 0.25 -> [8, 16].
// CHECK-LABEL: func.func @constant_through_transpose
// CHECK-NOT: tq.transpose
// CHECK: tq.constant dense<{{\[}}[2, 6], [8, 16]]> : tensor<2x2xi8> -> tensor<2x2x!quant.uniform<i8:f32:0, {5.000000e-01,2.500000e-01}>>
// CHECK-NOT: tq.transpose
func.func @constant_through_transpose() -> tensor<2x2xf32> {
  %w = tq.constant dense<[[1.0, 2.0], [3.0, 4.0]]> : tensor<2x2xf32>
  %t = tq.transpose %w {perms = array<i64: 1, 0>} : (tensor<2x2xf32>) -> tensor<2x2xf32>
  %q = tq.fake_quant %t {scale = array<f64: 0.5, 0.25>, zero_point = array<i64: 0, 0>, quant_min = -128 : i64, quant_max = 127 : i64, storage_type = i8, axis = 0 : i64} : tensor<2x2xf32>
  return %q : tensor<2x2xf32>
}

// -----

// A fake-quantized -inf attention mask: the masked entries take the finite
// fill value -120 first (what the lowering and --tq-legalize-masks use),
// so with scale 0.01 they are -120 / 0.01 = -12000, not the clamp of -inf
// (-32767). A constant that is not a mask (a 1.0 next to the -inf) keeps
// the clamped -inf.
// CHECK-LABEL: func.func @mask_fake_quant
// CHECK: tq.constant dense<[0, -12000, -12000, 0]> : tensor<4xi16>
// CHECK: tq.constant dense<[100, -32767, 0, 0]> : tensor<4xi16>
func.func @mask_fake_quant() -> (tensor<4xf32>, tensor<4xf32>) {
  %m = tq.constant dense<[0.0, 0xFF800000, -3.40282347E+38, 0.0]> : tensor<4xf32>
  %q = tq.fake_quant %m {scale = array<f64: 0.01>, zero_point = array<i64: 0>, quant_min = -32767 : i64, quant_max = 32767 : i64, storage_type = i16} : tensor<4xf32>
  %n = tq.constant dense<[1.0, 0xFF800000, 0.0, 0.0]> : tensor<4xf32>
  %r = tq.fake_quant %n {scale = array<f64: 0.01>, zero_point = array<i64: 0>, quant_min = -32767 : i64, quant_max = 32767 : i64, storage_type = i16} : tensor<4xf32>
  return %q, %r : tensor<4xf32>, tensor<4xf32>
}

// -----

// A fake-quantized gather of a constant table (a RoPE cos table) becomes a
// gather of the table quantized at compile time: [0.5, -0.25, 1.0] with
// scale 0.25 -> [2, -1, 4]; no float gather is left.
// CHECK-LABEL: func.func @gathered_table
// CHECK: %[[T:.*]] = tq.constant dense<[2, -1, 4]> : tensor<3xi16> -> tensor<3x!quant.uniform<i16<-32767:32767>:f32, 2.500000e-01>>
// CHECK: %[[G:.*]] = tq.gather %[[T]], %arg0 {axis = 0 : i64} : (tensor<3x!quant.uniform<i16<-32767:32767>:f32, 2.500000e-01>>, tensor<2xi32>) -> tensor<2x!quant.uniform<i16<-32767:32767>:f32, 2.500000e-01>>
// CHECK: tq.dequantize %[[G]]
// CHECK-NOT: tq.gather
func.func @gathered_table(%ids: tensor<2xi32>) -> tensor<2xf32> {
  %t = tq.constant dense<[0.5, -0.25, 1.0]> : tensor<3xf32>
  %g = tq.gather %t, %ids {axis = 0 : i64} : (tensor<3xf32>, tensor<2xi32>) -> tensor<2xf32>
  %q = tq.fake_quant %g {scale = array<f64: 0.25>, zero_point = array<i64: 0>, quant_min = -32767 : i64, quant_max = 32767 : i64, storage_type = i16} : tensor<2xf32>
  return %q : tensor<2xf32>
}
