// RUN: tico-translate --to-circle %s -o %t.circle
// RUN: tico-circle dump %t.circle | FileCheck %s
// RUN: tico-translate --from-circle %t.circle | FileCheck %s --check-prefix=IMPORT

// Quantized constants hold signless storage values; the quantized type
// picks the Circle type (u8 -> UINT8, u4 -> UINT4) and 4-bit storage is
// packed low nibble first like plain int4.

func.func @main() -> (tensor<2x!quant.uniform<u8:f32, 0.25:128>>, tensor<3x!quant.uniform<i4:f32, 0.5:-1>>, tensor<2x3x!quant.uniform<i4:f32:0, {0.5, 0.25}>>, tensor<3x!quant.uniform<u4:f32, 1.0:8>>, tensor<2x!quant.uniform<i16:f32, 0.5>>) {
  %0 = circle.const dense<[-1, 2]> : tensor<2xi8> -> tensor<2x!quant.uniform<u8:f32, 0.25:128>> loc("u8")
  %1 = circle.const dense<[-8, 7, 1]> : tensor<3xi4> -> tensor<3x!quant.uniform<i4:f32, 0.5:-1>> loc("i4")
  %2 = circle.const dense<[[1, 2, 3], [-1, -2, -3]]> : tensor<2x3xi4> -> tensor<2x3x!quant.uniform<i4:f32:0, {0.5, 0.25}>> loc("i4axis")
  %3 = circle.const dense<[-1, 0, 7]> : tensor<3xi4> -> tensor<3x!quant.uniform<u4:f32, 1.0:8>> loc("u4")
  %4 = circle.const dense<[-300, 300]> : tensor<2xi16> -> tensor<2x!quant.uniform<i16:f32, 0.5>> loc("i16")
  return %0, %1, %2, %3, %4 : tensor<2x!quant.uniform<u8:f32, 0.25:128>>, tensor<3x!quant.uniform<i4:f32, 0.5:-1>>, tensor<2x3x!quant.uniform<i4:f32:0, {0.5, 0.25}>>, tensor<3x!quant.uniform<u4:f32, 1.0:8>>, tensor<2x!quant.uniform<i16:f32, 0.5>>
}

// CHECK-LABEL: tensors: [
// CHECK: type: UINT8,
// CHECK-NEXT: buffer: 1,
// CHECK: type: INT4,
// CHECK-NEXT: buffer: 2,
// Per-axis along dimension 0 (the default, so quantized_dimension is absent).
// CHECK: type: INT4,
// CHECK-NEXT: buffer: 3,
// CHECK-NEXT: name: "i4axis",
// CHECK-NEXT: quantization: {
// CHECK-NEXT: scale: [
// CHECK-NEXT: 0.5,
// CHECK-NEXT: 0.25
// CHECK-NEXT: ],
// CHECK: type: UINT4,
// CHECK-NEXT: buffer: 4,
// CHECK: type: INT16,
// CHECK-NEXT: buffer: 5,

// -1 as a byte is 255.
// CHECK-LABEL: buffers: [
// CHECK: data: [
// CHECK-NEXT: 255,
// CHECK-NEXT: 2
// CHECK-NEXT: ]
// [-8, 7, 1]: 0x78, 0x01.
// CHECK: data: [
// CHECK-NEXT: 120,
// CHECK-NEXT: 1
// CHECK-NEXT: ]
// [1, 2, 3, -1, -2, -3] row-major: 0x21, 0xF3, 0xDE.
// CHECK: data: [
// CHECK-NEXT: 33,
// CHECK-NEXT: 243,
// CHECK-NEXT: 222
// CHECK-NEXT: ]
// u4 storage bits of [-1, 0, 7]: 0x0F, 0x07.
// CHECK: data: [
// CHECK-NEXT: 15,
// CHECK-NEXT: 7
// CHECK-NEXT: ]
// -300 = 0xFED4, 300 = 0x012C.
// CHECK: data: [
// CHECK-NEXT: 212,
// CHECK-NEXT: 254,
// CHECK-NEXT: 44,
// CHECK-NEXT: 1
// CHECK-NEXT: ]

// IMPORT: circle.const dense<[-1, 2]> : tensor<2xi8> -> tensor<2x!quant.uniform<u8:f32, 2.500000e-01:128>>
// IMPORT: circle.const dense<[-8, 7, 1]> : tensor<3xi4> -> tensor<3x!quant.uniform<i4:f32, 5.000000e-01:-1>>
// IMPORT: circle.const dense<{{\[\[}}1, 2, 3], [-1, -2, -3]]> : tensor<2x3xi4> -> tensor<2x3x!quant.uniform<i4:f32:0, {5.000000e-01,2.500000e-01}>>
// IMPORT: circle.const dense<[-1, 0, 7]> : tensor<3xi4> -> tensor<3x!quant.uniform<u4:f32, 1.000000e+00:8>>
// IMPORT: circle.const dense<[-300, 300]> : tensor<2xi16> -> tensor<2x!quant.uniform<i16:f32, 5.000000e-01>>
