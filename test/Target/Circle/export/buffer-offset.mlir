// RUN: tico-translate --to-circle --use-buffer-offset %s -o %t.circle
// RUN: tico-circle dump %t.circle > %t.dump
// RUN: /usr/bin/python3 -c "import sys; d = open(sys.argv[1], 'rb').read(); print('file size:', len(d), 'mod 16 =', len(d) % 16); print('tail:', d[-32:].hex())" %t.circle >> %t.dump
// RUN: FileCheck %s < %t.dump
// RUN: tico-circle verify %t.circle | FileCheck %s --check-prefix=VERIFY
// RUN: tico-translate --from-circle %t.circle | FileCheck %s --check-prefix=IMPORT

// Offset mode: Buffer.data is absent, Buffer.offset/size point past the
// flatbuffer, 16-byte aligned; buffer 0 stays empty.

func.func @main(%x: tensor<3xf32>) -> (tensor<3xf32>, tensor<2xi8>) {
  %w = circle.const dense<[1.0, 2.0, 3.0]> : tensor<3xf32> loc("w")
  %0 = circle.add %x, %w : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32> loc("sum")
  %b = circle.const dense<[-1, 5]> : tensor<2xi8> loc("b")
  return %0, %b : tensor<3xf32>, tensor<2xi8>
}

// CHECK-LABEL: buffers: [
// CHECK-NEXT: {
// CHECK-EMPTY:
// CHECK-NEXT: },
// CHECK-NEXT: {
// CHECK-NEXT: offset: [[#OFF1:]],
// CHECK-NEXT: size: 12
// CHECK-NEXT: },
// CHECK-NEXT: {
// CHECK-NEXT: offset: [[#OFF1 + 16]],
// CHECK-NEXT: size: 2
// CHECK-NEXT: }
// CHECK-NEXT: ],
// CHECK-NOT: data:

// VERIFY: 0 error(s), 0 warning(s)

// IMPORT: circle.const dense<[1.000000e+00, 2.000000e+00, 3.000000e+00]> : tensor<3xf32> loc(#[[W:loc[0-9]*]])
// IMPORT: circle.const dense<[-1, 5]> : tensor<2xi8>
// IMPORT: #[[W]] = loc("w")

// The file ends with the two buffers, each padded to 16 bytes: 1.0, 2.0,
// 3.0 as float32 (0x3F800000, 0x40000000, 0x40400000) and 4 zero bytes;
// then 0xFF, 0x05 and 14 zero bytes.
// CHECK: file size: [[#OFF1 + 32]] mod 16 = 0
// CHECK-NEXT: tail: 0000803f000000400000404000000000ff050000000000000000000000000000
