// Quantized GELU and SiLU against the independent Python model
// (Inputs/numpy_qkernels.py, make-gelu / check-gelu): int8 and uint8 GELU,
// exact (erfc) and tanh forms, through gelu.cc's 256-entry float table over
// every input value, on tq.gelu and circle.gelu (scales chosen so that the
// two forms' tables differ in 1 int8 and 2 uint8 entries); int16 GELU (no
// TFLite kernel) as dequantize -> gelu in double -> quantize; tq.silu int8 and
// int16 as LOGISTIC into the fixed qparams (1/256 zp -128, 1/32768 zp 0)
// then MUL, the integers of its lowering.
// REQUIRES: numpy
// RUN: rm -rf %t && mkdir -p %t
// RUN: %numpy_python %S/Inputs/numpy_qkernels.py make-gelu %t
// RUN: tico-run %s --input g8=%t/g8.npy --input gu8=%t/gu8.npy \
// RUN:   --input g16=%t/g16.npy --output-dir %t/out > /dev/null
// RUN: %numpy_python %S/Inputs/numpy_qkernels.py check-gelu %t | FileCheck %s

// CHECK: gelu8 ok
// CHECK: gelu8t ok
// CHECK: geluu8 ok
// CHECK: geluu8t ok
// CHECK: gelu16 ok
// CHECK: silu8 ok
// CHECK: silu16 ok

!g8 = !quant.uniform<i8:f32, 0.05:-10>
!o8 = !quant.uniform<i8:f32, 0.03:-60>
!gu8 = !quant.uniform<u8:f32, 0.04:128>
!ou8 = !quant.uniform<u8:f32, 0.02:30>
!g16 = !quant.uniform<i16:f32, 3.0e-4>
!o16 = !quant.uniform<i16:f32, 2.5e-4>
!s8 = !quant.uniform<i8:f32, 0.02:-100>
!s16 = !quant.uniform<i16:f32, 2.0e-4>
func.func @main(%g8: tensor<2x128x!g8> {tico.name = "g8"},
                %gu8: tensor<2x128x!gu8> {tico.name = "gu8"},
                %g16: tensor<4x32x!g16> {tico.name = "g16"})
    -> (tensor<2x128x!o8> {tico.name = "gelu8"},
        tensor<2x128x!o8> {tico.name = "gelu8t"},
        tensor<2x128x!ou8> {tico.name = "geluu8"},
        tensor<2x128x!ou8> {tico.name = "geluu8t"},
        tensor<4x32x!o16> {tico.name = "gelu16"},
        tensor<2x128x!s8> {tico.name = "silu8"},
        tensor<4x32x!s16> {tico.name = "silu16"}) {
  %0 = tq.gelu %g8 : (tensor<2x128x!g8>) -> tensor<2x128x!o8>
  %1 = circle.gelu %g8 {approximate = true} : (tensor<2x128x!g8>) -> tensor<2x128x!o8>
  %2 = circle.gelu %gu8 : (tensor<2x128x!gu8>) -> tensor<2x128x!ou8>
  %3 = tq.gelu %gu8 {approximate = #tq<gelu tanh>} : (tensor<2x128x!gu8>) -> tensor<2x128x!ou8>
  %4 = tq.gelu %g16 : (tensor<4x32x!g16>) -> tensor<4x32x!o16>
  %5 = tq.silu %g8 : (tensor<2x128x!g8>) -> tensor<2x128x!s8>
  %6 = tq.silu %g16 : (tensor<4x32x!g16>) -> tensor<4x32x!s16>
  return %0, %1, %2, %3, %4, %5, %6
      : tensor<2x128x!o8>, tensor<2x128x!o8>, tensor<2x128x!ou8>,
        tensor<2x128x!ou8>, tensor<4x32x!o16>, tensor<2x128x!s8>,
        tensor<4x32x!s16>
}
