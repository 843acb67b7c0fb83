// Quantized tq.rope / tq.rms_norm lower to Circle ROPE / RMS_NORM with the
// quantized types (their intermediates have no qparams, so there is no
// decomposition). Refusals: tq-to-circle-quantized-rope-invalid.mlir.
// RUN: tico-opt %s -split-input-file -pass-pipeline='builtin.module(func.func(convert-tq-to-circle))' | FileCheck %s
// The interpreter proves each lowering on seeded random integers (exact;
// quantized RMS_NORM/ROPE run on dequantized values, docs/interpreter.md):
// RUN: tico-pass-check %s --split-input-file --pass-pipeline='builtin.module(func.func(convert-tq-to-circle),canonicalize,cse)' > %t.proof
// RUN: FileCheck %s --check-prefix=PROOF < %t.proof
// RUN: count 6 < %t.proof
// PROOF: PASS rope_rank4
// PROOF-NEXT: PASS rope_rank3_interleaved
// PROOF-NEXT: PASS rope_rank4_narrow_tables
// PROOF-NEXT: PASS rms_norm_weight
// PROOF-NEXT: PASS rms_norm_unit_i8
// PROOF-NEXT: PASS rms_norm_unit_i16

!q = !quant.uniform<i8:f32, 0.02:1>
!t = !quant.uniform<i8:f32, 0.0078125>

// CHECK-LABEL: func.func @rope_rank4
// CHECK-SAME: (%[[X:.*]]: tensor<1x2x3x4x{{.*}}>, %[[COS:.*]]: tensor<1x1x3x4x{{.*}}>, %[[SIN:.*]]: tensor<1x1x3x4x{{.*}}>)
// CHECK: circle.rope %[[X]], %[[SIN]], %[[COS]] : (tensor<1x2x3x4x!quant.uniform<i8:f32, 2.000000e-02:1>>, tensor<1x1x3x4x!quant.uniform<i8:f32, 7.812500e-03>>, tensor<1x1x3x4x!quant.uniform<i8:f32, 7.812500e-03>>) -> tensor<1x2x3x4x!quant.uniform<i8:f32, 2.000000e-02:1>>
func.func @rope_rank4(%x: tensor<1x2x3x4x!q>, %cos: tensor<1x1x3x4x!t>, %sin: tensor<1x1x3x4x!t>) -> tensor<1x2x3x4x!q> {
  %0 = tq.rope %x, %cos, %sin : (tensor<1x2x3x4x!q>, tensor<1x1x3x4x!t>, tensor<1x1x3x4x!t>) -> tensor<1x2x3x4x!q>
  return %0 : tensor<1x2x3x4x!q>
}

// -----

!q = !quant.uniform<i8:f32, 0.02:1>
!t = !quant.uniform<i8:f32, 0.0078125>

// Rank 3: leading 1s lift input and tables to rank 4, the result is
// reshaped back (data movement, exact for quantized tensors).
// CHECK-LABEL: func.func @rope_rank3_interleaved
// CHECK-SAME: (%[[X:.*]]: tensor<2x3x4x{{.*}}>, %[[COS:.*]]: tensor<3x4x{{.*}}>, %[[SIN:.*]]: tensor<3x4x{{.*}}>)
// CHECK: %[[X4:.*]] = circle.reshape %[[X]], %{{.*}} -> tensor<1x2x3x4x!quant.uniform<i8:f32, 2.000000e-02:1>>
// CHECK: %[[S4:.*]] = circle.reshape %[[SIN]], %{{.*}} -> tensor<1x1x3x4x!quant.uniform<i8:f32, 7.812500e-03>>
// CHECK: %[[C4:.*]] = circle.reshape %[[COS]], %{{.*}} -> tensor<1x1x3x4x!quant.uniform<i8:f32, 7.812500e-03>>
// CHECK: %[[R:.*]] = circle.rope %[[X4]], %[[S4]], %[[C4]] {mode = #circle<rope_mode GPT_J>}
// CHECK: %[[Y:.*]] = circle.reshape %[[R]], %{{.*}} -> tensor<2x3x4x!quant.uniform<i8:f32, 2.000000e-02:1>>
// CHECK: return %[[Y]]
func.func @rope_rank3_interleaved(%x: tensor<2x3x4x!q>, %cos: tensor<3x4x!t>, %sin: tensor<3x4x!t>) -> tensor<2x3x4x!q> {
  %0 = tq.rope %x, %cos, %sin {mode = #tq<rope_mode interleaved>} : (tensor<2x3x4x!q>, tensor<3x4x!t>, tensor<3x4x!t>) -> tensor<2x3x4x!q>
  return %0 : tensor<2x3x4x!q>
}

// -----

!q = !quant.uniform<i8:f32, 0.02:1>
!t = !quant.uniform<i8:f32, 0.0078125>

// Close non-match of the native path (rank-2 tables with a rank-4 input):
// the tables are lifted, the input is not reshaped.
// CHECK-LABEL: func.func @rope_rank4_narrow_tables
// CHECK-SAME: (%[[X:.*]]: tensor<1x2x3x4x{{.*}}>, %[[COS:.*]]: tensor<3x4x{{.*}}>, %[[SIN:.*]]: tensor<3x4x{{.*}}>)
// CHECK: %[[S4:.*]] = circle.reshape %[[SIN]]
// CHECK: %[[C4:.*]] = circle.reshape %[[COS]]
// CHECK: circle.rope %{{.*}}, %[[S4]], %[[C4]] :
// CHECK-NOT: circle.mul
func.func @rope_rank4_narrow_tables(%x: tensor<1x2x3x4x!q>, %cos: tensor<3x4x!t>, %sin: tensor<3x4x!t>) -> tensor<1x2x3x4x!q> {
  %0 = tq.rope %x, %cos, %sin : (tensor<1x2x3x4x!q>, tensor<3x4x!t>, tensor<3x4x!t>) -> tensor<1x2x3x4x!q>
  return %0 : tensor<1x2x3x4x!q>
}

// -----

!q = !quant.uniform<i8:f32, 0.02:1>
!t = !quant.uniform<i8:f32, 0.0078125>

// CHECK-LABEL: func.func @rms_norm_weight
// CHECK: circle.rms_norm %{{.*}}, %{{.*}} {epsilon = 9.99999997E-7 : f32} : (tensor<2x4x!quant.uniform<i8:f32, 2.000000e-02:1>>, tensor<4x!quant.uniform<i8:f32, 7.812500e-03>>) -> tensor<2x4x!quant.uniform<i8:f32, 2.000000e-02:1>>
func.func @rms_norm_weight(%x: tensor<2x4x!q>, %w: tensor<4x!t>) -> tensor<2x4x!q> {
  %0 = tq.rms_norm %x, %w {epsilon = 1.0e-6 : f64} : (tensor<2x4x!q>, tensor<4x!t>) -> tensor<2x4x!q>
  return %0 : tensor<2x4x!q>
}

// -----

// No weight: a quantized weight of ones in the input's storage type, 1.0
// being the exact integer 2^(bits - 2) at scale 2^-(bits - 2).
// CHECK-LABEL: func.func @rms_norm_unit_i8
// CHECK: %[[W:.*]] = circle.const dense<64> : tensor<4xi8> -> tensor<4x!quant.uniform<i8:f32, 1.562500e-02>>
// CHECK: circle.rms_norm %{{.*}}, %[[W]]
func.func @rms_norm_unit_i8(%x: tensor<2x4x!quant.uniform<i8:f32, 0.02:1>>) -> tensor<2x4x!quant.uniform<i8:f32, 0.01>> {
  %0 = tq.rms_norm %x {epsilon = 1.0e-6 : f64} : (tensor<2x4x!quant.uniform<i8:f32, 0.02:1>>) -> tensor<2x4x!quant.uniform<i8:f32, 0.01>>
  return %0 : tensor<2x4x!quant.uniform<i8:f32, 0.01>>
}

// -----

// CHECK-LABEL: func.func @rms_norm_unit_i16
// CHECK: %[[W:.*]] = circle.const dense<16384> : tensor<4xi16> -> tensor<4x!quant.uniform<i16:f32, 6.103515625E-5>>
// CHECK: circle.rms_norm %{{.*}}, %[[W]]
func.func @rms_norm_unit_i16(%x: tensor<2x4x!quant.uniform<i16:f32, 0.001>>) -> tensor<2x4x!quant.uniform<i16:f32, 1.0e-4>> {
  %0 = tq.rms_norm %x {epsilon = 1.0e-6 : f64} : (tensor<2x4x!quant.uniform<i16:f32, 0.001>>) -> tensor<2x4x!quant.uniform<i16:f32, 1.0e-4>>
  return %0 : tensor<2x4x!quant.uniform<i16:f32, 1.0e-4>>
}
