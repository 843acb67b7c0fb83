// REQUIRES: reference-schema
// RUN: rm -rf %t && mkdir -p %t
// RUN: tico-translate --to-circle %s -o %t/model.circle
// RUN: flatc --json --raw-binary --strict-json -o %t %reference_schema -- %t/model.circle
// RUN: FileCheck %s < %t/model.json

// The reference Circle 0.10 schema (not ours) decodes what tico writes:
// the negative RMS_NORM code, its options table, INT4 packing, UINT8
// quantization and the SignatureDef.

func.func @main(%x: tensor<1x4x8xf32> {tico.name = "hidden"}) -> (tensor<1x4x8xf32> {tico.name = "normed"}, tensor<4xi4>, tensor<2x!quant.uniform<u8:f32, 0.25:128>>) {
  %g = circle.const dense<[1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0]> : tensor<8xf32> loc("gamma")
  %0 = circle.rms_norm %x, %g {epsilon = 0.5 : f32} : (tensor<1x4x8xf32>, tensor<8xf32>) -> tensor<1x4x8xf32> loc("rms")
  %p = circle.const dense<[-8, 3, -2, -5]> : tensor<4xi4> loc("packed")
  %q = circle.const dense<[1, 2]> : tensor<2xi8> -> tensor<2x!quant.uniform<u8:f32, 0.25:128>> loc("q")
  return %0, %p, %q : tensor<1x4x8xf32>, tensor<4xi4>, tensor<2x!quant.uniform<u8:f32, 0.25:128>>
}

// CHECK:      "operator_codes": [
// CHECK-NEXT:   {
// CHECK-NEXT:     "deprecated_builtin_code": -6,
// CHECK-NEXT:     "builtin_code": "RMS_NORM"
// CHECK-NEXT:   }
// CHECK-NEXT: ],
// CHECK:      "type": "INT4",
// CHECK-NEXT: "buffer": 2,
// CHECK-NEXT: "name": "packed",
// CHECK:      "type": "UINT8",
// CHECK-NEXT: "buffer": 3,
// CHECK-NEXT: "name": "q",
// CHECK-NEXT: "quantization": {
// CHECK-NEXT:   "scale": [
// CHECK-NEXT:     0.25
// CHECK-NEXT:   ],
// CHECK-NEXT:   "zero_point": [
// CHECK-NEXT:     128
// CHECK-NEXT:   ]
// CHECK-NEXT: },
// CHECK:      "builtin_options_type": "RmsNormOptions",
// CHECK-NEXT: "builtin_options": {
// CHECK-NEXT:   "epsilon": 0.5
// CHECK-NEXT: }
// CHECK:      "description": "tico-mlir",
// Buffer 1 is gamma; buffer 2 is [-8, 3, -2, -5] as INT4, low nibble
// first: 0x38, 0xBE.
// CHECK:      "data": [
// CHECK:      "data": [
// CHECK-NEXT:   56,
// CHECK-NEXT:   190
// CHECK-NEXT: ]
// CHECK:      "signature_defs": [
// CHECK-NEXT:   {
// CHECK-NEXT:     "inputs": [
// CHECK-NEXT:       {
// CHECK-NEXT:         "name": "hidden"
// CHECK-NEXT:       }
// CHECK-NEXT:     ],
// CHECK-NEXT:     "outputs": [
// CHECK-NEXT:       {
// CHECK-NEXT:         "name": "normed",
// CHECK-NEXT:         "tensor_index": 2
// CHECK-NEXT:       },
// CHECK:      "signature_key": "main"
