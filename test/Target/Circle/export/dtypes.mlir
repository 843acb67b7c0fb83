// RUN: tico-translate --to-circle %s -o %t.circle
// RUN: tico-circle dump %t.circle | FileCheck %s

// Every element type Circle stores, as constants: TensorType and the buffer
// bytes (little endian; bool one byte; 4-bit types two per byte, low nibble
// first; splats expanded). Expected bytes are worked out by hand in the
// comments, not copied from the exporter.

func.func @main() -> (tensor<2xf32>, tensor<2xf16>, tensor<1xf64>, tensor<2xi64>, tensor<2xi32>, tensor<2xi16>, tensor<3xi8>, tensor<2xui8>, tensor<1xui16>, tensor<1xui32>, tensor<1xui64>, tensor<3xi1>, tensor<4xi4>, tensor<3xi4>, tensor<3xui4>, tensor<3xi4>, tensor<3xf32>) {
  %0 = circle.const dense<[1.0, -2.0]> : tensor<2xf32> loc("f32")
  %1 = circle.const dense<[1.0, -2.0]> : tensor<2xf16> loc("f16")
  %2 = circle.const dense<1.0> : tensor<1xf64> loc("f64")
  %3 = circle.const dense<[-1, 2]> : tensor<2xi64> loc("i64")
  %4 = circle.const dense<[258, -2]> : tensor<2xi32> loc("i32")
  %5 = circle.const dense<[-3, 256]> : tensor<2xi16> loc("i16")
  %6 = circle.const dense<[-128, 127, -1]> : tensor<3xi8> loc("i8")
  %7 = circle.const dense<[200, 7]> : tensor<2xui8> loc("ui8")
  %8 = circle.const dense<[65534]> : tensor<1xui16> loc("ui16")
  %9 = circle.const dense<[16777216]> : tensor<1xui32> loc("ui32")
  %10 = circle.const dense<[3]> : tensor<1xui64> loc("ui64")
  %11 = circle.const dense<[true, false, true]> : tensor<3xi1> loc("i1")
  %12 = circle.const dense<[-8, 3, -2, -5]> : tensor<4xi4> loc("i4")
  %13 = circle.const dense<[7, -1, 1]> : tensor<3xi4> loc("i4_odd")
  %14 = circle.const dense<[15, 0, 9]> : tensor<3xui4> loc("ui4")
  %15 = circle.const dense<-2> : tensor<3xi4> loc("i4_splat")
  %16 = circle.const dense<1.5> : tensor<3xf32> loc("f32_splat")
  return %0, %1, %2, %3, %4, %5, %6, %7, %8, %9, %10, %11, %12, %13, %14, %15, %16 : tensor<2xf32>, tensor<2xf16>, tensor<1xf64>, tensor<2xi64>, tensor<2xi32>, tensor<2xi16>, tensor<3xi8>, tensor<2xui8>, tensor<1xui16>, tensor<1xui32>, tensor<1xui64>, tensor<3xi1>, tensor<4xi4>, tensor<3xi4>, tensor<3xui4>, tensor<3xi4>, tensor<3xf32>
}

// CHECK-LABEL: tensors: [
// CHECK: buffer: 1,
// CHECK-NEXT: name: "f32",
// CHECK: type: FLOAT16,
// CHECK-NEXT: buffer: 2,
// CHECK-NEXT: name: "f16",
// CHECK: type: FLOAT64,
// CHECK-NEXT: buffer: 3,
// CHECK-NEXT: name: "f64",
// CHECK: type: INT64,
// CHECK-NEXT: buffer: 4,
// CHECK-NEXT: name: "i64",
// CHECK: type: INT32,
// CHECK-NEXT: buffer: 5,
// CHECK-NEXT: name: "i32",
// CHECK: type: INT16,
// CHECK-NEXT: buffer: 6,
// CHECK-NEXT: name: "i16",
// CHECK: type: INT8,
// CHECK-NEXT: buffer: 7,
// CHECK-NEXT: name: "i8",
// CHECK: type: UINT8,
// CHECK-NEXT: buffer: 8,
// CHECK-NEXT: name: "ui8",
// CHECK: type: UINT16,
// CHECK-NEXT: buffer: 9,
// CHECK-NEXT: name: "ui16",
// CHECK: type: UINT32,
// CHECK-NEXT: buffer: 10,
// CHECK-NEXT: name: "ui32",
// CHECK: type: UINT64,
// CHECK-NEXT: buffer: 11,
// CHECK-NEXT: name: "ui64",
// CHECK: type: BOOL,
// CHECK-NEXT: buffer: 12,
// CHECK-NEXT: name: "i1",
// CHECK: type: INT4,
// CHECK-NEXT: buffer: 13,
// CHECK-NEXT: name: "i4",
// CHECK: type: INT4,
// CHECK-NEXT: buffer: 14,
// CHECK-NEXT: name: "i4_odd",
// CHECK: type: UINT4,
// CHECK-NEXT: buffer: 15,
// CHECK-NEXT: name: "ui4",
// CHECK: type: INT4,
// CHECK-NEXT: buffer: 16,
// CHECK-NEXT: name: "i4_splat",
// CHECK: buffer: 17,
// CHECK-NEXT: name: "f32_splat",

// CHECK-LABEL: buffers: [
// CHECK-NEXT: {
// CHECK-EMPTY:
// CHECK-NEXT: },
// f32: 1.0 = 0x3F800000, -2.0 = 0xC0000000
// CHECK-NEXT: {
// CHECK-NEXT: data: [
// CHECK-NEXT: 0,
// CHECK-NEXT: 0,
// CHECK-NEXT: 128,
// CHECK-NEXT: 63,
// CHECK-NEXT: 0,
// CHECK-NEXT: 0,
// CHECK-NEXT: 0,
// CHECK-NEXT: 192
// CHECK-NEXT: ]
// CHECK-NEXT: },
// f16: 0x3C00, 0xC000
// CHECK-NEXT: {
// CHECK-NEXT: data: [
// CHECK-NEXT: 0,
// CHECK-NEXT: 60,
// CHECK-NEXT: 0,
// CHECK-NEXT: 192
// CHECK-NEXT: ]
// CHECK-NEXT: },
// f64: 0x3FF0000000000000
// CHECK-NEXT: {
// CHECK-NEXT: data: [
// CHECK-NEXT: 0,
// CHECK-NEXT: 0,
// CHECK-NEXT: 0,
// CHECK-NEXT: 0,
// CHECK-NEXT: 0,
// CHECK-NEXT: 0,
// CHECK-NEXT: 240,
// CHECK-NEXT: 63
// CHECK-NEXT: ]
// CHECK-NEXT: },
// i64
// CHECK-NEXT: {
// CHECK-NEXT: data: [
// CHECK-NEXT: 255,
// CHECK-NEXT: 255,
// CHECK-NEXT: 255,
// CHECK-NEXT: 255,
// CHECK-NEXT: 255,
// CHECK-NEXT: 255,
// CHECK-NEXT: 255,
// CHECK-NEXT: 255,
// CHECK-NEXT: 2,
// CHECK-NEXT: 0,
// CHECK-NEXT: 0,
// CHECK-NEXT: 0,
// CHECK-NEXT: 0,
// CHECK-NEXT: 0,
// CHECK-NEXT: 0,
// CHECK-NEXT: 0
// CHECK-NEXT: ]
// CHECK-NEXT: },
// i32: 258 = 0x102
// CHECK-NEXT: {
// CHECK-NEXT: data: [
// CHECK-NEXT: 2,
// CHECK-NEXT: 1,
// CHECK-NEXT: 0,
// CHECK-NEXT: 0,
// CHECK-NEXT: 254,
// CHECK-NEXT: 255,
// CHECK-NEXT: 255,
// CHECK-NEXT: 255
// CHECK-NEXT: ]
// CHECK-NEXT: },
// i16
// CHECK-NEXT: {
// CHECK-NEXT: data: [
// CHECK-NEXT: 253,
// CHECK-NEXT: 255,
// CHECK-NEXT: 0,
// CHECK-NEXT: 1
// CHECK-NEXT: ]
// CHECK-NEXT: },
// i8
// CHECK-NEXT: {
// CHECK-NEXT: data: [
// CHECK-NEXT: 128,
// CHECK-NEXT: 127,
// CHECK-NEXT: 255
// CHECK-NEXT: ]
// CHECK-NEXT: },
// ui8
// CHECK-NEXT: {
// CHECK-NEXT: data: [
// CHECK-NEXT: 200,
// CHECK-NEXT: 7
// CHECK-NEXT: ]
// CHECK-NEXT: },
// ui16
// CHECK-NEXT: {
// CHECK-NEXT: data: [
// CHECK-NEXT: 254,
// CHECK-NEXT: 255
// CHECK-NEXT: ]
// CHECK-NEXT: },
// ui32: 2^24
// CHECK-NEXT: {
// CHECK-NEXT: data: [
// CHECK-NEXT: 0,
// CHECK-NEXT: 0,
// CHECK-NEXT: 0,
// CHECK-NEXT: 1
// CHECK-NEXT: ]
// CHECK-NEXT: },
// ui64
// CHECK-NEXT: {
// CHECK-NEXT: data: [
// CHECK-NEXT: 3,
// CHECK-NEXT: 0,
// CHECK-NEXT: 0,
// CHECK-NEXT: 0,
// CHECK-NEXT: 0,
// CHECK-NEXT: 0,
// CHECK-NEXT: 0,
// CHECK-NEXT: 0
// CHECK-NEXT: ]
// CHECK-NEXT: },
// i1: one byte per element
// CHECK-NEXT: {
// CHECK-NEXT: data: [
// CHECK-NEXT: 1,
// CHECK-NEXT: 0,
// CHECK-NEXT: 1
// CHECK-NEXT: ]
// CHECK-NEXT: },
// i4: two per byte, low nibble first: 0x38, 0xBE
// CHECK-NEXT: {
// CHECK-NEXT: data: [
// CHECK-NEXT: 56,
// CHECK-NEXT: 190
// CHECK-NEXT: ]
// CHECK-NEXT: },
// i4_odd: 0xF7, then 0x01 with an empty high nibble
// CHECK-NEXT: {
// CHECK-NEXT: data: [
// CHECK-NEXT: 247,
// CHECK-NEXT: 1
// CHECK-NEXT: ]
// CHECK-NEXT: },
// ui4: 0x0F, 0x09
// CHECK-NEXT: {
// CHECK-NEXT: data: [
// CHECK-NEXT: 15,
// CHECK-NEXT: 9
// CHECK-NEXT: ]
// CHECK-NEXT: },
// i4_splat: splat expanded: 0xEE, 0x0E
// CHECK-NEXT: {
// CHECK-NEXT: data: [
// CHECK-NEXT: 238,
// CHECK-NEXT: 14
// CHECK-NEXT: ]
// CHECK-NEXT: },
// f32_splat: splat expanded: 1.5 = 0x3FC00000
// CHECK-NEXT: {
// CHECK-NEXT: data: [
// CHECK-NEXT: 0,
// CHECK-NEXT: 0,
// CHECK-NEXT: 192,
// CHECK-NEXT: 63,
// CHECK-NEXT: 0,
// CHECK-NEXT: 0,
// CHECK-NEXT: 192,
// CHECK-NEXT: 63,
// CHECK-NEXT: 0,
// CHECK-NEXT: 0,
// CHECK-NEXT: 192,
// CHECK-NEXT: 63
// CHECK-NEXT: ]
// CHECK-NEXT: }
// CHECK-NEXT: ],
