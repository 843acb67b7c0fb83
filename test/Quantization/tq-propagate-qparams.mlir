// RUN: tico-opt %s -split-input-file --tq-propagate-qparams | FileCheck %s

// A reshape/transpose chain carries its input's qparams; the return reads
// the result through one dequantize.
// CHECK-LABEL: func.func @layout_chain
// CHECK: %[[Q:.*]] = tq.quantize %arg0
// CHECK: %[[R:.*]] = tq.reshape %[[Q]] : {{.*}} -> tensor<4x2x!quant.uniform<i16<-32767:32767>:f32, 5.000000e-03>>
// CHECK: %[[T:.*]] = tq.transpose %[[R]] {{.*}} -> tensor<2x4x!quant.uniform<i16<-32767:32767>:f32, 5.000000e-03>>
// CHECK: %[[D:.*]] = tq.dequantize %[[T]]
// CHECK: return %[[D]]
func.func @layout_chain(%x: tensor<8xf32>) -> tensor<2x4xf32> {
  %q = tq.quantize %x : tensor<8xf32> to tensor<8x!quant.uniform<i16<-32767:32767>:f32, 0.005>>
  %d = tq.dequantize %q : tensor<8x!quant.uniform<i16<-32767:32767>:f32, 0.005>> to tensor<8xf32>
  %r = tq.reshape %d : (tensor<8xf32>) -> tensor<4x2xf32>
  %t = tq.transpose %r {perms = array<i64: 1, 0>} : (tensor<4x2xf32>) -> tensor<2x4xf32>
  return %t : tensor<2x4xf32>
}

// -----

// An observed output type that differs from the input's becomes an explicit
// requantize after the reshape (never a requantizing reshape).
// CHECK-LABEL: func.func @layout_observed
// CHECK: %[[R:.*]] = tq.reshape %{{.*}} -> tensor<2x2x!quant.uniform<u8:f32, 1.000000e-01:128>>
// CHECK: tq.quantize %[[R]] : tensor<2x2x!quant.uniform<u8:f32, 1.000000e-01:128>> to tensor<2x2x!quant.uniform<u8:f32, 2.000000e-01:100>>
func.func @layout_observed(%x: tensor<4xf32>) -> tensor<2x2xf32> {
  %q = tq.quantize %x : tensor<4xf32> to tensor<4x!quant.uniform<u8:f32, 0.1:128>>
  %d = tq.dequantize %q : tensor<4x!quant.uniform<u8:f32, 0.1:128>> to tensor<4xf32>
  %r = tq.reshape %d : (tensor<4xf32>) -> tensor<2x2xf32>
  %q2 = tq.quantize %r : tensor<2x2xf32> to tensor<2x2x!quant.uniform<u8:f32, 0.2:100>>
  %d2 = tq.dequantize %q2 : tensor<2x2x!quant.uniform<u8:f32, 0.2:100>> to tensor<2x2xf32>
  return %d2 : tensor<2x2xf32>
}

// -----

// Close non-match: a float input gives nothing to propagate.
// CHECK-LABEL: func.func @float_layout
// CHECK: tq.reshape %arg0 : (tensor<4xf32>) -> tensor<2x2xf32>
// CHECK-NOT: quant.uniform
func.func @float_layout(%x: tensor<4xf32>) -> tensor<2x2xf32> {
  %r = tq.reshape %x : (tensor<4xf32>) -> tensor<2x2xf32>
  return %r : tensor<2x2xf32>
}

// -----

// concat of uint8 inputs with different qparams and no observed output:
// the output covers the union [-12.8, 25.5] (input 0: 0.1 zp 128 gives
// [-12.8, 12.7]; input 1: 0.1 zp 0 gives [0, 25.5]) -> scale 38.3/255 =
// 0.150196, zp round(12.8 / 0.150196) = 85; both inputs are requantized.
// CHECK-LABEL: func.func @concat_union
// CHECK-DAG: %[[A:.*]] = tq.quantize %{{.*}} : tensor<2x!quant.uniform<u8:f32, 1.000000e-01:128>> to tensor<2x!quant.uniform<u8:f32, 0.15019{{[0-9]*}}:85>>
// CHECK-DAG: %[[B:.*]] = tq.quantize %{{.*}} : tensor<2x!quant.uniform<u8:f32, 1.000000e-01>> to tensor<2x!quant.uniform<u8:f32, 0.15019{{[0-9]*}}:85>>
// CHECK: tq.concat %[[A]], %[[B]] {{.*}} -> tensor<4x!quant.uniform<u8:f32, 0.15019{{[0-9]*}}:85>>
func.func @concat_union(%x: tensor<2xf32>, %y: tensor<2xf32>) -> tensor<4xf32> {
  %qa = tq.quantize %x : tensor<2xf32> to tensor<2x!quant.uniform<u8:f32, 0.1:128>>
  %da = tq.dequantize %qa : tensor<2x!quant.uniform<u8:f32, 0.1:128>> to tensor<2xf32>
  %qb = tq.quantize %y : tensor<2xf32> to tensor<2x!quant.uniform<u8:f32, 0.1>>
  %db = tq.dequantize %qb : tensor<2x!quant.uniform<u8:f32, 0.1>> to tensor<2xf32>
  %c = tq.concat %da, %db {axis = 0 : i64} : (tensor<2xf32>, tensor<2xf32>) -> tensor<4xf32>
  return %c : tensor<4xf32>
}

// -----

// concat with an observed output: only the input whose qparams differ is
// requantized; the observed type is kept.
// CHECK-LABEL: func.func @concat_observed
// CHECK: %[[QA:.*]] = tq.quantize %arg0 : tensor<2xf32> to tensor<2x!quant.uniform<i16<-32767:32767>:f32, 1.000000e-03>>
// CHECK: %[[QB:.*]] = tq.quantize %arg1 : tensor<2xf32> to tensor<2x!quant.uniform<i16<-32767:32767>:f32, 2.000000e-03>>
// CHECK: %[[RA:.*]] = tq.quantize %[[QA]] : {{.*}} to tensor<2x!quant.uniform<i16<-32767:32767>:f32, 2.000000e-03>>
// CHECK: tq.concat %[[RA]], %[[QB]] {{.*}} -> tensor<4x!quant.uniform<i16<-32767:32767>:f32, 2.000000e-03>>
func.func @concat_observed(%x: tensor<2xf32>, %y: tensor<2xf32>) -> tensor<4xf32> {
  %qa = tq.quantize %x : tensor<2xf32> to tensor<2x!quant.uniform<i16<-32767:32767>:f32, 0.001>>
  %da = tq.dequantize %qa : tensor<2x!quant.uniform<i16<-32767:32767>:f32, 0.001>> to tensor<2xf32>
  %qb = tq.quantize %y : tensor<2xf32> to tensor<2x!quant.uniform<i16<-32767:32767>:f32, 0.002>>
  %db = tq.dequantize %qb : tensor<2x!quant.uniform<i16<-32767:32767>:f32, 0.002>> to tensor<2xf32>
  %c = tq.concat %da, %db {axis = 0 : i64} : (tensor<2xf32>, tensor<2xf32>) -> tensor<4xf32>
  %qc = tq.quantize %c : tensor<4xf32> to tensor<4x!quant.uniform<i16<-32767:32767>:f32, 0.002>>
  %dc = tq.dequantize %qc : tensor<4x!quant.uniform<i16<-32767:32767>:f32, 0.002>> to tensor<4xf32>
  return %dc : tensor<4xf32>
}

// -----

// Fixed output qparams: uint8 softmax 1/255 zp 0, uint8 tanh 2/256 zp 128,
// int16 sigmoid 1/32768.
// CHECK-LABEL: func.func @fixed_outputs
// CHECK: tq.softmax {{.*}} -> tensor<4x!quant.uniform<u8:f32, 0.0039215686{{[0-9]*}}>>
// CHECK: tq.tanh {{.*}} -> tensor<4x!quant.uniform<u8:f32, 7.812500e-03:128>>
// CHECK: tq.sigmoid {{.*}} -> tensor<4x!quant.uniform<i16<-32767:32767>:f32, 3.0517578125E-5>>
func.func @fixed_outputs(%x: tensor<4xf32>, %y: tensor<4xf32>) -> (tensor<4xf32>, tensor<4xf32>, tensor<4xf32>) {
  %q = tq.quantize %x : tensor<4xf32> to tensor<4x!quant.uniform<u8:f32, 0.1:128>>
  %d = tq.dequantize %q : tensor<4x!quant.uniform<u8:f32, 0.1:128>> to tensor<4xf32>
  %s = tq.softmax %d : (tensor<4xf32>) -> tensor<4xf32>
  %t = tq.tanh %d : (tensor<4xf32>) -> tensor<4xf32>
  %q16 = tq.quantize %y : tensor<4xf32> to tensor<4x!quant.uniform<i16<-32767:32767>:f32, 0.001>>
  %d16 = tq.dequantize %q16 : tensor<4x!quant.uniform<i16<-32767:32767>:f32, 0.001>> to tensor<4xf32>
  %g = tq.sigmoid %d16 : (tensor<4xf32>) -> tensor<4xf32>
  return %s, %t, %g : tensor<4xf32>, tensor<4xf32>, tensor<4xf32>
}

// -----

// An already quantized softmax with observed qparams other than the fixed
// ones keeps the observed type behind a requantize.
// CHECK-LABEL: func.func @fixed_requantize
// CHECK: %[[S:.*]] = tq.softmax {{.*}} -> tensor<4x!quant.uniform<i16<-32767:32767>:f32, 3.0518509{{[0-9]*}}E-5>>
// CHECK: tq.quantize %[[S]] : {{.*}} to tensor<4x!quant.uniform<i16<-32767:32767>:f32, 1.000000e-04>>
func.func @fixed_requantize(%x: tensor<4x!quant.uniform<i16<-32767:32767>:f32, 0.001>>) -> tensor<4x!quant.uniform<i16<-32767:32767>:f32, 0.0001>> {
  %s = tq.softmax %x : (tensor<4x!quant.uniform<i16<-32767:32767>:f32, 0.001>>) -> tensor<4x!quant.uniform<i16<-32767:32767>:f32, 0.0001>>
  return %s : tensor<4x!quant.uniform<i16<-32767:32767>:f32, 0.0001>>
}

// -----

// Mixed precision: an int16 add reading a uint8 value gets a bridge
// quantize. uint8 0.1 zp 128 represents [-12.8, 12.7]; in int16 that is
// 12.8 / 32767 = 3.9064e-4.
// CHECK-LABEL: func.func @mixed_precision
// CHECK: %[[B:.*]] = tq.quantize %arg1 : tensor<4x!quant.uniform<u8:f32, 1.000000e-01:128>> to tensor<4x!quant.uniform<i16<-32767:32767>:f32, 3.9063{{[0-9]*}}E-4>>
// CHECK: tq.add %arg0, %[[B]]
func.func @mixed_precision(%a: tensor<4x!quant.uniform<i16<-32767:32767>:f32, 0.001>>, %b: tensor<4x!quant.uniform<u8:f32, 0.1:128>>) -> tensor<4x!quant.uniform<i16<-32767:32767>:f32, 0.002>> {
  %s = tq.add %a, %b : (tensor<4x!quant.uniform<i16<-32767:32767>:f32, 0.001>>, tensor<4x!quant.uniform<u8:f32, 0.1:128>>) -> tensor<4x!quant.uniform<i16<-32767:32767>:f32, 0.002>>
  return %s : tensor<4x!quant.uniform<i16<-32767:32767>:f32, 0.002>>
}

// -----

// int16 -> uint8 bridge (reference: max = 32767 s, s8 = 2 max / 255,
// zp = 128): 0.001 -> 65.534 / 255 = 0.256996.
// CHECK-LABEL: func.func @mixed_to_u8
// CHECK: tq.quantize %arg0 : {{.*}} to tensor<4x!quant.uniform<u8:f32, 0.25699{{[0-9]*}}:128>>
func.func @mixed_to_u8(%a: tensor<4x!quant.uniform<i16<-32767:32767>:f32, 0.001>>, %b: tensor<4x!quant.uniform<u8:f32, 0.1:128>>) -> tensor<4x!quant.uniform<u8:f32, 0.2:128>> {
  %s = tq.mul %a, %b : (tensor<4x!quant.uniform<i16<-32767:32767>:f32, 0.001>>, tensor<4x!quant.uniform<u8:f32, 0.1:128>>) -> tensor<4x!quant.uniform<u8:f32, 0.2:128>>
  return %s : tensor<4x!quant.uniform<u8:f32, 0.2:128>>
}

// -----

// A linear with uint8 input and int16 output computes in uint8 (the int16
// range re-expressed: 65.534 / 255 = 0.256996, zp 128) and a quantize
// after it produces the int16 value.
// CHECK-LABEL: func.func @linear_u8_to_i16
// CHECK: %[[L:.*]] = tq.linear {{.*}} -> tensor<1x2x!quant.uniform<u8:f32, 0.25699{{[0-9]*}}:128>>
// CHECK: %[[R:.*]] = tq.quantize %[[L]] : {{.*}} to tensor<1x2x!quant.uniform<i16<-32767:32767>:f32, 1.000000e-03>>
// CHECK: return %[[R]]
func.func @linear_u8_to_i16(%x: tensor<1x2x!quant.uniform<u8:f32, 0.1:128>>) -> tensor<1x2x!quant.uniform<i16<-32767:32767>:f32, 0.001>> {
  %w = tq.constant dense<[[1, 2], [3, 4]]> : tensor<2x2xi8> -> tensor<2x2x!quant.uniform<i8:f32, 0.5>>
  %y = tq.linear %x, %w : (tensor<1x2x!quant.uniform<u8:f32, 0.1:128>>, tensor<2x2x!quant.uniform<i8:f32, 0.5>>) -> tensor<1x2x!quant.uniform<i16<-32767:32767>:f32, 0.001>>
  return %y : tensor<1x2x!quant.uniform<i16<-32767:32767>:f32, 0.001>>
}

// -----

// An embedding of a per-tensor quantized table gathers in the table's type;
// a per-row table (per-axis) cannot carry to the output and stays float.
// CHECK-LABEL: func.func @embedding_output
// CHECK: tq.embedding %{{.*}} : (tensor<2x2x!quant.uniform<i8:f32, 2.500000e-01>>, tensor<3xi32>) -> tensor<3x2x!quant.uniform<i8:f32, 2.500000e-01>>
// CHECK: %[[D:.*]] = tq.dequantize %{{.*}} : tensor<2x2x!quant.uniform<i8:f32:0, {2.500000e-01,5.000000e-01}>>
// CHECK: tq.embedding %[[D]], %arg0 : (tensor<2x2xf32>, tensor<3xi32>) -> tensor<3x2xf32>
func.func @embedding_output(%ids: tensor<3xi32>) -> (tensor<3x2xf32>, tensor<3x2xf32>) {
  %t = tq.constant dense<[[2, -4], [0, 4]]> : tensor<2x2xi8> -> tensor<2x2x!quant.uniform<i8:f32, 0.25>>
  %d = tq.dequantize %t : tensor<2x2x!quant.uniform<i8:f32, 0.25>> to tensor<2x2xf32>
  %e = tq.embedding %d, %ids : (tensor<2x2xf32>, tensor<3xi32>) -> tensor<3x2xf32>
  %r = tq.constant dense<[[2, -4], [0, 4]]> : tensor<2x2xi8> -> tensor<2x2x!quant.uniform<i8:f32:0, {0.25, 0.5}>>
  %dr = tq.dequantize %r : tensor<2x2x!quant.uniform<i8:f32:0, {0.25, 0.5}>> to tensor<2x2xf32>
  %er = tq.embedding %dr, %ids : (tensor<2x2xf32>, tensor<3xi32>) -> tensor<3x2xf32>
  return %e, %er : tensor<3x2xf32>, tensor<3x2xf32>
}

// -----

// A quantized where copies stored integers, so a data input whose qparams
// differ from the output's is requantized first; the matching one is not.
// CHECK-LABEL: func.func @where_requantize
// CHECK-SAME: (%[[C:.*]]: tensor<4xi1>, %[[A:.*]]: tensor<4x!quant.uniform<u8:f32, 1.000000e-01:128>>, %[[B:.*]]: tensor<4x!quant.uniform<u8:f32, 2.000000e-01:100>>)
// CHECK: %[[RA:.*]] = tq.quantize %[[A]] : tensor<4x!quant.uniform<u8:f32, 1.000000e-01:128>> to tensor<4x!quant.uniform<u8:f32, 2.000000e-01:100>>
// CHECK: tq.where %[[C]], %[[RA]], %[[B]]
func.func @where_requantize(%c: tensor<4xi1>, %a: tensor<4x!quant.uniform<u8:f32, 0.1:128>>, %b: tensor<4x!quant.uniform<u8:f32, 0.2:100>>) -> tensor<4x!quant.uniform<u8:f32, 0.2:100>> {
  %w = tq.where %c, %a, %b : (tensor<4xi1>, tensor<4x!quant.uniform<u8:f32, 0.1:128>>, tensor<4x!quant.uniform<u8:f32, 0.2:100>>) -> tensor<4x!quant.uniform<u8:f32, 0.2:100>>
  return %w : tensor<4x!quant.uniform<u8:f32, 0.2:100>>
}
