// Quantized tq.silu lowers to LOGISTIC, whose output takes the fixed qparams
// TFLite requires for the input's dtype (int8 1/256 zp -128, uint8 1/256
// zp 0, int16 1/32768 zp 0 on the narrow range), then MUL into the silu's
// result type; quantized tq.gelu lowers to GELU with its types. The refusal
// (int4, no fixed LOGISTIC qparams) is in tq-to-circle-invalid.mlir.
// RUN: tico-opt %s -split-input-file -pass-pipeline='builtin.module(func.func(convert-tq-to-circle))' | FileCheck %s
// The interpreter proves each lowering on seeded random integers, exactly
// (the tq.silu integers themselves are checked against the Python model in
// test/Interpreter/numpy-qkernels-gelu.mlir):
// RUN: tico-pass-check %s --split-input-file --pass-pipeline='builtin.module(func.func(convert-tq-to-circle),canonicalize,cse)' > %t.proof
// RUN: FileCheck %s --check-prefix=PROOF < %t.proof
// RUN: count 6 < %t.proof
// PROOF: PASS silu_i8
// PROOF-NEXT: PASS silu_u8
// PROOF-NEXT: PASS silu_i16
// PROOF-NEXT: PASS gelu_i8
// PROOF-NEXT: PASS gelu_u8_tanh
// PROOF-NEXT: PASS gelu_i16

// CHECK-LABEL: func.func @silu_i8
// CHECK-SAME: (%[[X:.*]]: tensor<2x8x!quant.uniform<i8:f32, 5.000000e-02:-10>>)
// CHECK: %[[S:.*]] = circle.logistic %[[X]] : (tensor<2x8x!quant.uniform<i8:f32, 5.000000e-02:-10>>) -> tensor<2x8x!quant.uniform<i8:f32, 3.906250e-03:-128>>
// CHECK: %[[Y:.*]] = circle.mul %[[X]], %[[S]] {{.*}}-> tensor<2x8x!quant.uniform<i8:f32, 2.000000e-02:-100>>
// CHECK: return %[[Y]]
func.func @silu_i8(%x: tensor<2x8x!quant.uniform<i8:f32, 0.05:-10>>) -> tensor<2x8x!quant.uniform<i8:f32, 0.02:-100>> {
  %0 = tq.silu %x : (tensor<2x8x!quant.uniform<i8:f32, 0.05:-10>>) -> tensor<2x8x!quant.uniform<i8:f32, 0.02:-100>>
  return %0 : tensor<2x8x!quant.uniform<i8:f32, 0.02:-100>>
}

// -----

// CHECK-LABEL: func.func @silu_u8
// CHECK: circle.logistic %{{.*}} -> tensor<2x8x!quant.uniform<u8:f32, 3.906250e-03>>
// CHECK: circle.mul {{.*}}-> tensor<2x8x!quant.uniform<u8:f32, 2.000000e-02:20>>
func.func @silu_u8(%x: tensor<2x8x!quant.uniform<u8:f32, 0.04:128>>) -> tensor<2x8x!quant.uniform<u8:f32, 0.02:20>> {
  %0 = tq.silu %x : (tensor<2x8x!quant.uniform<u8:f32, 0.04:128>>) -> tensor<2x8x!quant.uniform<u8:f32, 0.02:20>>
  return %0 : tensor<2x8x!quant.uniform<u8:f32, 0.02:20>>
}

// -----

// CHECK-LABEL: func.func @silu_i16
// CHECK: circle.logistic %{{.*}} -> tensor<2x8x!quant.uniform<i16<-32767:32767>:f32, 3.0517578125E-5>>
// CHECK: circle.mul {{.*}}-> tensor<2x8x!quant.uniform<i16<-32767:32767>:f32, 2.000000e-04>>
func.func @silu_i16(%x: tensor<2x8x!quant.uniform<i16<-32767:32767>:f32, 3.0e-4>>) -> tensor<2x8x!quant.uniform<i16<-32767:32767>:f32, 2.0e-4>> {
  %0 = tq.silu %x : (tensor<2x8x!quant.uniform<i16<-32767:32767>:f32, 3.0e-4>>) -> tensor<2x8x!quant.uniform<i16<-32767:32767>:f32, 2.0e-4>>
  return %0 : tensor<2x8x!quant.uniform<i16<-32767:32767>:f32, 2.0e-4>>
}

// -----

// CHECK-LABEL: func.func @gelu_i8
// CHECK: circle.gelu %{{.*}} : (tensor<2x8x!quant.uniform<i8:f32, 5.000000e-02:-10>>) -> tensor<2x8x!quant.uniform<i8:f32, 3.000000e-02:-60>>
// CHECK-NOT: circle.logistic
func.func @gelu_i8(%x: tensor<2x8x!quant.uniform<i8:f32, 0.05:-10>>) -> tensor<2x8x!quant.uniform<i8:f32, 0.03:-60>> {
  %0 = tq.gelu %x : (tensor<2x8x!quant.uniform<i8:f32, 0.05:-10>>) -> tensor<2x8x!quant.uniform<i8:f32, 0.03:-60>>
  return %0 : tensor<2x8x!quant.uniform<i8:f32, 0.03:-60>>
}

// -----

// CHECK-LABEL: func.func @gelu_u8_tanh
// CHECK: circle.gelu %{{.*}} {approximate = true} : (tensor<2x8x!quant.uniform<u8:f32, 4.000000e-02:128>>) -> tensor<2x8x!quant.uniform<u8:f32, 2.500000e-02:30>>
func.func @gelu_u8_tanh(%x: tensor<2x8x!quant.uniform<u8:f32, 0.04:128>>) -> tensor<2x8x!quant.uniform<u8:f32, 0.025:30>> {
  %0 = tq.gelu %x {approximate = #tq<gelu tanh>} : (tensor<2x8x!quant.uniform<u8:f32, 0.04:128>>) -> tensor<2x8x!quant.uniform<u8:f32, 0.025:30>>
  return %0 : tensor<2x8x!quant.uniform<u8:f32, 0.025:30>>
}

// -----

// CHECK-LABEL: func.func @gelu_i16
// CHECK: circle.gelu %{{.*}} -> tensor<2x8x!quant.uniform<i16:f32, 2.500000e-04>>
func.func @gelu_i16(%x: tensor<2x8x!quant.uniform<i16:f32, 3.0e-4>>) -> tensor<2x8x!quant.uniform<i16:f32, 2.5e-4>> {
  %0 = tq.gelu %x : (tensor<2x8x!quant.uniform<i16:f32, 3.0e-4>>) -> tensor<2x8x!quant.uniform<i16:f32, 2.5e-4>>
  return %0 : tensor<2x8x!quant.uniform<i16:f32, 2.5e-4>>
}
