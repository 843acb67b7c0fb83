// RUN: tico-translate --to-circle %s -o %t.circle
// RUN: tico-circle dump %t.circle | FileCheck %s

// Subgraph order: --circle-entry overrides the tico.entry_function module
// attribute; the other functions follow in module order.
// RUN: tico-translate --to-circle --circle-entry=decode %s -o %t.decode.circle
// RUN: tico-circle dump %t.decode.circle | FileCheck %s --check-prefix=DECODE
// RUN: not tico-translate --to-circle --circle-entry=missing %s -o %t.missing.circle 2>&1 | FileCheck %s --check-prefix=MISSING
// MISSING: error: entry function 'missing' not found

// Two public functions (prefill and decode, as an LLM exports them) share
// one weight: one buffer. Each public function gets a SignatureDef with its
// tico.signature key (else its name) and tico.name input/output names; the
// private helper is a subgraph without a signature.

module attributes {tico.entry_function = "prefill"} {
  func.func private @helper(%x: tensor<1x4xf32>) -> tensor<1x4xf32> {
    %0 = circle.relu %x : (tensor<1x4xf32>) -> tensor<1x4xf32> loc("helper_relu")
    return %0 : tensor<1x4xf32>
  }
  func.func @decode(%tok: tensor<1x4xf32> {tico.name = "token"}) -> (tensor<1x8xf32> {tico.name = "logits"}) attributes {tico.signature = "decode_step"} {
    %w = circle.const dense<0.5> : tensor<8x4xf32> loc("decode_w")
    %none = circle.no_value
    %0 = circle.fully_connected %tok, %w, %none : (tensor<1x4xf32>, tensor<8x4xf32>, none) -> tensor<1x8xf32> loc("decode_fc")
    return %0 : tensor<1x8xf32>
  }
  func.func @prefill(%ids: tensor<16x4xf32> {tico.name = "tokens"}, %pos: tensor<16xi32>) -> (tensor<16x8xf32> {tico.name = "logits"}, tensor<16xi32>) {
    %w = circle.const dense<0.5> : tensor<8x4xf32> loc("prefill_w")
    %none = circle.no_value
    %0 = circle.fully_connected %ids, %w, %none : (tensor<16x4xf32>, tensor<8x4xf32>, none) -> tensor<16x8xf32> loc("prefill_fc")
    return %0, %pos : tensor<16x8xf32>, tensor<16xi32>
  }
}

// The weight tensors of both subgraphs use buffer 1.
// CHECK-LABEL: subgraphs: [
// CHECK: buffer: 1,
// CHECK-NEXT: name: "prefill_w",
// CHECK: name: "prefill"
// CHECK: name: "helper"
// CHECK: buffer: 1,
// CHECK-NEXT: name: "decode_w",
// CHECK: name: "decode"
// CHECK-NEXT: }
// CHECK-NEXT: ],

// 0.5f = 0x3F000000, 32 times, in a single buffer.
// CHECK-NEXT: description: "tico-mlir",
// CHECK-NEXT: buffers: [
// CHECK-NEXT: {
// CHECK-EMPTY:
// CHECK-NEXT: },
// CHECK-NEXT: {
// CHECK-NEXT: data: [
// CHECK-COUNT-31: 63,
// CHECK: 63
// CHECK-NEXT: ]
// CHECK-NEXT: }
// CHECK-NEXT: ],

// Unnamed arguments and results get input_<i>/output_<i>. Subgraph 0's
// fields with default values (tensor_index 0, subgraph_index 0) are absent.
// CHECK-NEXT: signature_defs: [
// CHECK-NEXT: {
// CHECK-NEXT: inputs: [
// CHECK-NEXT: {
// CHECK-NEXT: name: "tokens"
// CHECK-NEXT: },
// CHECK-NEXT: {
// CHECK-NEXT: name: "input_1",
// CHECK-NEXT: tensor_index: 1
// CHECK-NEXT: }
// CHECK-NEXT: ],
// CHECK-NEXT: outputs: [
// CHECK-NEXT: {
// CHECK-NEXT: name: "logits",
// CHECK-NEXT: tensor_index: 3
// CHECK-NEXT: },
// CHECK-NEXT: {
// CHECK-NEXT: name: "output_1",
// CHECK-NEXT: tensor_index: 1
// CHECK-NEXT: }
// CHECK-NEXT: ],
// CHECK-NEXT: signature_key: "prefill"
// CHECK-NEXT: },
// CHECK-NEXT: {
// CHECK-NEXT: inputs: [
// CHECK-NEXT: {
// CHECK-NEXT: name: "token"
// CHECK-NEXT: }
// CHECK-NEXT: ],
// CHECK-NEXT: outputs: [
// CHECK-NEXT: {
// CHECK-NEXT: name: "logits",
// CHECK-NEXT: tensor_index: 2
// CHECK-NEXT: }
// CHECK-NEXT: ],
// CHECK-NEXT: signature_key: "decode_step",
// CHECK-NEXT: subgraph_index: 2
// CHECK-NEXT: }
// CHECK-NEXT: ]

// DECODE-LABEL: subgraphs: [
// DECODE: name: "decode"
// DECODE: name: "helper"
// DECODE: name: "prefill"
// DECODE-LABEL: signature_defs: [
// DECODE: signature_key: "decode_step"
// DECODE-NOT: subgraph_index
// DECODE: signature_key: "prefill",
// DECODE-NEXT: subgraph_index: 2
