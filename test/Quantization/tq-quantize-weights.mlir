// RUN: tico-opt %s -split-input-file --tq-quantize-weights | FileCheck %s
// RUN: tico-opt %s -split-input-file --tq-quantize-weights="weight-dtype=int16 granularity=per-tensor" | FileCheck %s --check-prefix=I16

// Linear weight, symmetric int8 per output channel: row 0 max|w| = 1.27
// -> 0.01 (-0.5 -> -50; int16 per tensor: 1.27/32767, -0.5 -> -12900.39); row 1 is all zero -> the 1e-5 floor and zeros. Bias:
// s_b[c] = s_in * s_w[c] = 0.5 * 0.01 = 0.005 (0.1 -> 20) and
// 0.5 * 1e-5 = 5e-6 (-0.02 -> -4000), int32, zero point 0.
// CHECK-LABEL: func.func @linear
// CHECK-DAG: %[[W:.*]] = tq.constant dense<{{\[}}[127, -50], [0, 0]]> : tensor<2x2xi8> -> tensor<2x2x!quant.uniform<i8:f32:0, {0.0099999998{{[0-9]*}},1.000000e-05}>>
// CHECK-DAG: %[[B:.*]] = tq.constant dense<[20, -4000]> : tensor<2xi32> -> tensor<2x!quant.uniform<i32:f32:0, {0.0049999999{{[0-9]*}},5.000000e-06}>>
// CHECK: tq.linear %{{.*}}, %[[W]], %[[B]] : (tensor<1x2x!quant.uniform<i8:f32, 5.000000e-01>>, {{.*}}) -> tensor<1x2x!quant.uniform<i8:f32, 2.500000e-01>>
// I16-LABEL: func.func @linear
// I16: tq.constant dense<{{\[}}[32767, -12900], [0, 0]]> : tensor<2x2xi16> -> tensor<2x2x!quant.uniform<i16<-32767:32767>:f32, 3.8758{{[0-9]*}}E-5>>
func.func @linear(%x: tensor<1x2xf32>) -> tensor<1x2xf32> {
  %w = tq.constant dense<[[1.27, -0.5], [0.0, 0.0]]> : tensor<2x2xf32>
  %b = tq.constant dense<[0.1, -0.02]> : tensor<2xf32>
  %q = tq.quantize %x : tensor<1x2xf32> to tensor<1x2x!quant.uniform<i8:f32, 0.5>>
  %d = tq.dequantize %q : tensor<1x2x!quant.uniform<i8:f32, 0.5>> to tensor<1x2xf32>
  %y = tq.linear %d, %w, %b : (tensor<1x2xf32>, tensor<2x2xf32>, tensor<2xf32>) -> tensor<1x2xf32>
  %yq = tq.quantize %y : tensor<1x2xf32> to tensor<1x2x!quant.uniform<i8:f32, 0.25>>
  %yd = tq.dequantize %yq : tensor<1x2x!quant.uniform<i8:f32, 0.25>> to tensor<1x2xf32>
  return %yd : tensor<1x2xf32>
}

// -----

// Close non-match: float activations. The weight is quantized but read
// through a dequantize (weight-only); the bias stays float (no input scale).
// CHECK-LABEL: func.func @float_input
// CHECK-DAG: %[[B:.*]] = tq.constant dense<[1.000000e-01, 2.000000e-01]> : tensor<2xf32>
// CHECK-DAG: %[[W:.*]] = tq.constant {{.*}} -> tensor<2x2x!quant.uniform<i8:f32:0
// CHECK: %[[D:.*]] = tq.dequantize %[[W]]
// CHECK: tq.linear %arg0, %[[D]], %[[B]] : (tensor<1x2xf32>, tensor<2x2xf32>, tensor<2xf32>) -> tensor<1x2xf32>
func.func @float_input(%x: tensor<1x2xf32>) -> tensor<1x2xf32> {
  %w = tq.constant dense<[[1.0, 2.0], [3.0, 4.0]]> : tensor<2x2xf32>
  %b = tq.constant dense<[0.1, 0.2]> : tensor<2xf32>
  %y = tq.linear %x, %w, %b : (tensor<1x2xf32>, tensor<2x2xf32>, tensor<2xf32>) -> tensor<1x2xf32>
  return %y : tensor<1x2xf32>
}

// -----

// conv2d OIHW: per output channel (axis 0): max|w| = 2.54 -> 0.02 and
// 0.127 -> 0.001.
// CHECK-LABEL: func.func @conv
// CHECK: tq.constant dense<{{\[}}[{{\[}}[127, -64]]], [{{\[}}[127, 0]]]]> : tensor<2x1x1x2xi8> -> tensor<2x1x1x2x!quant.uniform<i8:f32:0, {0.0199999{{[0-9]*}},0.0010000000{{[0-9]*}}}>>
func.func @conv(%x: tensor<1x1x4x4xf32>) -> tensor<1x2x4x3xf32> {
  %w = tq.constant dense<[[[[2.54, -1.27]]], [[[0.127, 0.0]]]]> : tensor<2x1x1x2xf32>
  %q = tq.quantize %x : tensor<1x1x4x4xf32> to tensor<1x1x4x4x!quant.uniform<i8:f32, 0.5>>
  %d = tq.dequantize %q : tensor<1x1x4x4x!quant.uniform<i8:f32, 0.5>> to tensor<1x1x4x4xf32>
  %y = tq.conv2d %d, %w : (tensor<1x1x4x4xf32>, tensor<2x1x1x2xf32>) -> tensor<1x2x4x3xf32>
  %yq = tq.quantize %y : tensor<1x2x4x3xf32> to tensor<1x2x4x3x!quant.uniform<i8:f32, 0.25>>
  %yd = tq.dequantize %yq : tensor<1x2x4x3x!quant.uniform<i8:f32, 0.25>> to tensor<1x2x4x3xf32>
  return %yd : tensor<1x2x4x3xf32>
}

// -----

// An embedding whose output is quantized takes exactly the output's type
// for its table, so the gather is exact: 0.5 / 0.25 = 2, -1 / 0.25 = -4.
// CHECK-LABEL: func.func @embedding_exact
// CHECK: %[[T:.*]] = tq.constant dense<{{\[}}[2, -4], [0, 4]]> : tensor<2x2xi8> -> tensor<2x2x!quant.uniform<i8:f32, 2.500000e-01>>
// CHECK: tq.embedding %[[T]], %arg0 : {{.*}} -> tensor<3x2x!quant.uniform<i8:f32, 2.500000e-01>>
func.func @embedding_exact(%ids: tensor<3xi32>) -> tensor<3x2xf32> {
  %t = tq.constant dense<[[0.5, -1.0], [0.0, 1.0]]> : tensor<2x2xf32>
  %e = tq.embedding %t, %ids : (tensor<2x2xf32>, tensor<3xi32>) -> tensor<3x2xf32>
  %q = tq.quantize %e : tensor<3x2xf32> to tensor<3x2x!quant.uniform<i8:f32, 0.25>>
  %d = tq.dequantize %q : tensor<3x2x!quant.uniform<i8:f32, 0.25>> to tensor<3x2xf32>
  return %d : tensor<3x2xf32>
}

// -----

// Without an observed output the table is quantized per row (axis 0):
// row 0 max 1.0 -> 1/127, row 1 max 0.5 -> 0.5/127.
// CHECK-LABEL: func.func @embedding_rows
// CHECK: tq.constant dense<{{\[}}[64, -127], [127, 0]]> : tensor<2x2xi8> -> tensor<2x2x!quant.uniform<i8:f32:0, {0.0078740157{{[0-9]*}},0.0039370078{{[0-9]*}}}>>
func.func @embedding_rows(%ids: tensor<3xi32>) -> tensor<3x2xf32> {
  %t = tq.constant dense<[[0.5, -1.0], [0.5, 0.0]]> : tensor<2x2xf32>
  %e = tq.embedding %t, %ids : (tensor<2x2xf32>, tensor<3xi32>) -> tensor<3x2xf32>
  return %e : tensor<3x2xf32>
}

// -----

// Norm weights take the activation dtype, per tensor: int16 symmetric,
// max 2.0 -> 2/32767.
// CHECK-LABEL: func.func @rms_norm
// CHECK: tq.constant dense<[16384, 32767]> : tensor<2xi16> -> tensor<2x!quant.uniform<i16<-32767:32767>:f32, 6.1037{{[0-9]*}}E-5>>
func.func @rms_norm(%x: tensor<1x2xf32>) -> tensor<1x2xf32> {
  %g = tq.constant dense<[1.0, 2.0]> : tensor<2xf32>
  %q = tq.quantize %x : tensor<1x2xf32> to tensor<1x2x!quant.uniform<i16<-32767:32767>:f32, 0.001>>
  %d = tq.dequantize %q : tensor<1x2x!quant.uniform<i16<-32767:32767>:f32, 0.001>> to tensor<1x2xf32>
  %y = tq.rms_norm %d, %g : (tensor<1x2xf32>, tensor<2xf32>) -> tensor<1x2xf32>
  %yq = tq.quantize %y : tensor<1x2xf32> to tensor<1x2x!quant.uniform<i16<-32767:32767>:f32, 0.002>>
  %yd = tq.dequantize %yq : tensor<1x2x!quant.uniform<i16<-32767:32767>:f32, 0.002>> to tensor<1x2xf32>
  return %yd : tensor<1x2xf32>
}


// -----

// Constant inputs of elementwise ops take the other operand's dtype per
// tensor: int16 symmetric, 0.5 -> scale 0.5/32767, q = 32767. An added
// -inf attention mask is quantized too, with -120 for -inf (range
// [-120, 0]: scale 120/32767, q = -32767); the add itself stays float here
// because its result is not quantized.
// CHECK-LABEL: func.func @const_inputs
// CHECK: %[[C:.*]] = tq.constant dense<32767> : tensor<i16> -> tensor<!quant.uniform<i16<-32767:32767>:f32, 1.5259254737998596E-5>>
// CHECK: tq.mul %{{.*}}, %[[C]] : {{.*}} -> tensor<4x!quant.uniform<i16<-32767:32767>:f32, 1.000000e-03>>
// CHECK: %[[M:.*]] = tq.constant dense<[0, -32767, 0, 0]> : tensor<4xi16> -> tensor<4x!quant.uniform<i16<-32767:32767>:f32, 0.0036622211371196631>>
// CHECK: %[[MD:.*]] = tq.dequantize %[[M]]
// CHECK: tq.add %{{.*}}, %[[MD]] : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
func.func @const_inputs(%x: tensor<4xf32>) -> (tensor<4xf32>, tensor<4xf32>) {
  %c = tq.constant dense<0.5> : tensor<f32>
  %m = tq.constant dense<[0.0, 0xFF800000, 0.0, 0.0]> : tensor<4xf32>
  %q = tq.quantize %x : tensor<4xf32> to tensor<4x!quant.uniform<i16<-32767:32767>:f32, 0.001>>
  %d = tq.dequantize %q : tensor<4x!quant.uniform<i16<-32767:32767>:f32, 0.001>> to tensor<4xf32>
  %y = tq.mul %d, %c : (tensor<4xf32>, tensor<f32>) -> tensor<4xf32>
  %yq = tq.quantize %y : tensor<4xf32> to tensor<4x!quant.uniform<i16<-32767:32767>:f32, 0.001>>
  %yd = tq.dequantize %yq : tensor<4x!quant.uniform<i16<-32767:32767>:f32, 0.001>> to tensor<4xf32>
  %z = tq.add %d, %m : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  return %yd, %z : tensor<4xf32>, tensor<4xf32>
}

// -----

// Gemma's x * (1 + w): the constant weight becomes 1 + w = [1.5, 2.0]
// before quantization (int16: 2/32767; 1.5 -> 24575.25 -> 24575) and the
// offset is cleared.
// CHECK-LABEL: func.func @unit_offset
// CHECK: %[[G:.*]] = tq.constant dense<[24575, 32767]> : tensor<2xi16>
// CHECK: tq.rms_norm %{{.*}}, %[[G]] :
// CHECK-NOT: add_unit_offset
func.func @unit_offset(%x: tensor<1x2xf32>) -> tensor<1x2xf32> {
  %g = tq.constant dense<[0.5, 1.0]> : tensor<2xf32>
  %q = tq.quantize %x : tensor<1x2xf32> to tensor<1x2x!quant.uniform<i16<-32767:32767>:f32, 0.001>>
  %d = tq.dequantize %q : tensor<1x2x!quant.uniform<i16<-32767:32767>:f32, 0.001>> to tensor<1x2xf32>
  %y = tq.rms_norm %d, %g {add_unit_offset = true} : (tensor<1x2xf32>, tensor<2xf32>) -> tensor<1x2xf32>
  %yq = tq.quantize %y : tensor<1x2xf32> to tensor<1x2x!quant.uniform<i16<-32767:32767>:f32, 0.002>>
  %yd = tq.dequantize %yq : tensor<1x2x!quant.uniform<i16<-32767:32767>:f32, 0.002>> to tensor<1x2xf32>
  return %yd : tensor<1x2xf32>
}

// -----

// A tied lm_head: matmul rhs = transpose(embedding table) is evaluated and
// quantized per output channel (rhs axis 1): column 0 = [1, 2] -> 2/127,
// column 1 = [-4, 0.5] -> 4/127.
// CHECK-LABEL: func.func @tied_head
// CHECK: tq.constant dense<{{\[}}[64, -127], [127, 16]]> : tensor<2x2xi8> -> tensor<2x2x!quant.uniform<i8:f32:1, {0.015748031{{[0-9]*}},0.031496062{{[0-9]*}}}>>
// CHECK: tq.matmul {{.*}} -> tensor<1x2x!quant.uniform<i8:f32, 1.000000e-01>>
func.func @tied_head(%x: tensor<1x2xf32>) -> tensor<1x2xf32> {
  %table = tq.constant dense<[[1.0, 2.0], [-4.0, 0.5]]> : tensor<2x2xf32>
  %lm = tq.transpose %table {perms = array<i64: 1, 0>} : (tensor<2x2xf32>) -> tensor<2x2xf32>
  %q = tq.quantize %x : tensor<1x2xf32> to tensor<1x2x!quant.uniform<i8:f32, 0.05>>
  %d = tq.dequantize %q : tensor<1x2x!quant.uniform<i8:f32, 0.05>> to tensor<1x2xf32>
  %y = tq.matmul %d, %lm : (tensor<1x2xf32>, tensor<2x2xf32>) -> tensor<1x2xf32>
  %yq = tq.quantize %y : tensor<1x2xf32> to tensor<1x2x!quant.uniform<i8:f32, 0.1>>
  %yd = tq.dequantize %yq : tensor<1x2x!quant.uniform<i8:f32, 0.1>> to tensor<1x2xf32>
  return %yd : tensor<1x2xf32>
}

// -----

// A quantized attention: the -inf mask becomes a quantized constant and the
// add reads and produces int16, so no float island is left. Hand-computed:
// -120 on the mask's own range [-120, 0] is q = -32767 at scale 120/32767.
// CHECK-LABEL: func.func @quantized_mask
// CHECK: %[[M:.*]] = tq.constant dense<{{\[\[}}0, -32767], [0, 0]]> : tensor<2x2xi16> -> tensor<2x2x!quant.uniform<i16<-32767:32767>:f32, 0.0036622211371196631>>
// CHECK: %[[S:.*]] = tq.add %{{.*}}, %[[M]] : (tensor<2x2x!quant.uniform<i16<-32767:32767>:f32, 1.000000e-03>>, tensor<2x2x!quant.uniform<i16<-32767:32767>:f32, 0.0036622211371196631>>) -> tensor<2x2x!quant.uniform<i16<-32767:32767>:f32, 1.000000e-03>>
// CHECK-NOT: tq.dequantize
// CHECK: return %[[S]]
func.func @quantized_mask(%x: tensor<2x2x!quant.uniform<i16<-32767:32767>:f32, 0.001>>) -> tensor<2x2x!quant.uniform<i16<-32767:32767>:f32, 0.001>> {
  %m = tq.constant dense<[[0.0, 0xFF800000], [0.0, 0.0]]> : tensor<2x2xf32>
  %d = tq.dequantize %x : tensor<2x2x!quant.uniform<i16<-32767:32767>:f32, 0.001>> to tensor<2x2xf32>
  %s = tq.add %d, %m : (tensor<2x2xf32>, tensor<2x2xf32>) -> tensor<2x2xf32>
  %q = tq.quantize %s : tensor<2x2xf32> to tensor<2x2x!quant.uniform<i16<-32767:32767>:f32, 0.001>>
  return %q : tensor<2x2x!quant.uniform<i16<-32767:32767>:f32, 0.001>>
}

// -----

// Close non-matches stay float: a -inf constant that is not a 0/-inf mask
// (it holds a 1.0), and a -inf mask that is multiplied, not added.
// CHECK-LABEL: func.func @not_a_mask
// CHECK: %[[N:.*]] = tq.constant dense<[1.000000e+00, 0xFF800000]> : tensor<2xf32>
// CHECK: %[[M:.*]] = tq.constant dense<[0.000000e+00, 0xFF800000]> : tensor<2xf32>
// CHECK: tq.add %{{.*}}, %[[N]] : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
// CHECK: tq.mul %{{.*}}, %[[M]] : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
func.func @not_a_mask(%x: tensor<2x!quant.uniform<i16<-32767:32767>:f32, 0.001>>) -> (tensor<2x!quant.uniform<i16<-32767:32767>:f32, 0.001>>, tensor<2x!quant.uniform<i16<-32767:32767>:f32, 0.001>>) {
  %n = tq.constant dense<[1.0, 0xFF800000]> : tensor<2xf32>
  %m = tq.constant dense<[0.0, 0xFF800000]> : tensor<2xf32>
  %d = tq.dequantize %x : tensor<2x!quant.uniform<i16<-32767:32767>:f32, 0.001>> to tensor<2xf32>
  %a = tq.add %d, %n : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
  %aq = tq.quantize %a : tensor<2xf32> to tensor<2x!quant.uniform<i16<-32767:32767>:f32, 0.001>>
  %b = tq.mul %d, %m : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
  %bq = tq.quantize %b : tensor<2xf32> to tensor<2x!quant.uniform<i16<-32767:32767>:f32, 0.001>>
  return %aq, %bq : tensor<2x!quant.uniform<i16<-32767:32767>:f32, 0.001>>, tensor<2x!quant.uniform<i16<-32767:32767>:f32, 0.001>>
}
