// RUN: tico-translate --to-circle %s -o %t.circle
// RUN: tico-circle dump %t.circle | FileCheck %s

// The output is deterministic: a second export is byte-identical.
// RUN: tico-translate --to-circle %s -o %t.again.circle
// RUN: cmp %t.circle %t.again.circle

// Constants are stored once per distinct content (bytes, not type or
// shape): equal data in different constants shares a buffer, a splat equal
// to expanded data too. Unnamed constants get deterministic unique names,
// and repeated location names get a numeric suffix.

func.func @main() -> (tensor<4xf32>, tensor<4xf32>, tensor<2x2xf32>, tensor<4xf32>, tensor<4xi32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>) {
  %0 = circle.const dense<[1.0, 2.0, 3.0, 4.0]> : tensor<4xf32> loc("a")
  %1 = circle.const dense<[1.0, 2.0, 3.0, 4.0]> : tensor<4xf32> loc("a")
  %2 = circle.const dense<[[1.0, 2.0], [3.0, 4.0]]> : tensor<2x2xf32> loc("a_2x2")
  %3 = circle.const dense<2.0> : tensor<4xf32> loc("splat")
  // 2.0f and 1073741824 have the same bytes (0x40000000).
  %4 = circle.const dense<1073741824> : tensor<4xi32> loc("int_same_bytes")
  %5 = circle.const dense<[2.0, 2.0, 2.0, 2.0]> : tensor<4xf32> loc("expanded")
  %6 = circle.const dense<[4.0, 3.0, 2.0, 1.0]> : tensor<4xf32>
  %7 = circle.const dense<[5.0, 3.0, 2.0, 1.0]> : tensor<4xf32>
  return %0, %1, %2, %3, %4, %5, %6, %7 : tensor<4xf32>, tensor<4xf32>, tensor<2x2xf32>, tensor<4xf32>, tensor<4xi32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>
}

// CHECK-LABEL: tensors: [
// CHECK: buffer: 1,
// CHECK-NEXT: name: "a",
// CHECK: buffer: 1,
// CHECK-NEXT: name: "a_1",
// CHECK: buffer: 1,
// CHECK-NEXT: name: "a_2x2",
// CHECK: buffer: 2,
// CHECK-NEXT: name: "splat",
// CHECK: type: INT32,
// CHECK-NEXT: buffer: 2,
// CHECK-NEXT: name: "int_same_bytes",
// CHECK: buffer: 2,
// CHECK-NEXT: name: "expanded",
// CHECK: buffer: 3,
// CHECK-NEXT: name: "main_t0",
// CHECK: buffer: 4,
// CHECK-NEXT: name: "main_t1",

// Buffers 0 (empty) to 4, no more.
// CHECK-LABEL: buffers: [
// CHECK-NEXT: {
// CHECK-EMPTY:
// CHECK-NEXT: },
// CHECK-COUNT-3: data: [
// CHECK: data: [
// CHECK-NOT: data: [
// CHECK: signature_defs
