// RUN: tico-translate --to-circle %s -o - | tico-translate --from-circle | FileCheck %s

// Subgraphs become functions in subgraph order; functions with a
// SignatureDef are public with tico.name on arguments and results and
// tico.signature when the key differs from the name; the others are
// private. Subgraph 0 is recorded as tico.entry_function when it is not
// `main` (or there are several); the shared weight reads back in both.

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

// CHECK: module attributes {tico.entry_function = "prefill"}
// CHECK: func.func @prefill(%arg0: tensor<16x4xf32> {tico.name = "tokens"} loc("{{[^"]*}}"), %arg1: tensor<16xi32> {tico.name = "input_1"} loc("{{[^"]*}}")) -> (tensor<16x8xf32> {tico.name = "logits"}, tensor<16xi32> {tico.name = "output_1"})
// CHECK-NOT: tico.signature
// CHECK: circle.const dense<5.000000e-01> : tensor<8x4xf32>
// CHECK: circle.fully_connected %arg0
// CHECK: return %{{[0-9]+}}, %arg1
// CHECK: func.func private @helper(%arg0: tensor<1x4xf32> loc("{{[^"]*}}")) -> tensor<1x4xf32>
// CHECK: circle.relu %arg0
// CHECK: func.func @decode(%arg0: tensor<1x4xf32> {tico.name = "token"} loc("{{[^"]*}}")) -> (tensor<1x8xf32> {tico.name = "logits"}) attributes {tico.signature = "decode_step"}
// CHECK: circle.const dense<5.000000e-01> : tensor<8x4xf32>
// CHECK: circle.fully_connected %arg0
