// Two entry points sharing every weight, as an LLM's prefill and decode:
// prefill reads 4 tokens, decode 1. The embedding table is also the LM head
// (tied weights). tico-convert writes one .circle with a SignatureDef per
// function; each distinct weight is stored in one buffer both use.
func.func @prefill(%ids: tensor<1x4xi32> {tico.name = "input_ids"})
    -> (tensor<1x4x8xf32> {tico.name = "logits"}) {
  %table = tq.constant dense<[[0.5, -0.25, 0.75, 0.125], [-0.5, 0.25, 0.375, -0.625], [0.875, 0.5, -0.125, 0.25], [-0.75, -0.375, 0.625, 0.5], [0.25, 0.875, -0.5, -0.25], [0.125, -0.875, 0.25, 0.75], [-0.625, 0.125, -0.75, 0.375], [0.375, 0.625, 0.5, -0.875]]> : tensor<8x4xf32>
  %norm = tq.constant dense<[1.0, 0.5, 1.5, 0.75]> : tensor<4xf32>
  %w = tq.constant dense<[[0.5, -0.25, 0.125, 0.0], [0.25, 0.5, -0.125, 0.375], [-0.375, 0.125, 0.5, 0.25], [0.0, -0.5, 0.25, 0.5]]> : tensor<4x4xf32>
  %x = tq.embedding %table, %ids : (tensor<8x4xf32>, tensor<1x4xi32>) -> tensor<1x4x4xf32>
  %h = tq.rms_norm %x, %norm : (tensor<1x4x4xf32>, tensor<4xf32>) -> tensor<1x4x4xf32>
  %y = tq.linear %h, %w : (tensor<1x4x4xf32>, tensor<4x4xf32>) -> tensor<1x4x4xf32>
  %logits = tq.linear %y, %table : (tensor<1x4x4xf32>, tensor<8x4xf32>) -> tensor<1x4x8xf32>
  return %logits : tensor<1x4x8xf32>
}

func.func @decode(%ids: tensor<1x1xi32> {tico.name = "input_ids"})
    -> (tensor<1x1x8xf32> {tico.name = "logits"}) {
  %table = tq.constant dense<[[0.5, -0.25, 0.75, 0.125], [-0.5, 0.25, 0.375, -0.625], [0.875, 0.5, -0.125, 0.25], [-0.75, -0.375, 0.625, 0.5], [0.25, 0.875, -0.5, -0.25], [0.125, -0.875, 0.25, 0.75], [-0.625, 0.125, -0.75, 0.375], [0.375, 0.625, 0.5, -0.875]]> : tensor<8x4xf32>
  %norm = tq.constant dense<[1.0, 0.5, 1.5, 0.75]> : tensor<4xf32>
  %w = tq.constant dense<[[0.5, -0.25, 0.125, 0.0], [0.25, 0.5, -0.125, 0.375], [-0.375, 0.125, 0.5, 0.25], [0.0, -0.5, 0.25, 0.5]]> : tensor<4x4xf32>
  %x = tq.embedding %table, %ids : (tensor<8x4xf32>, tensor<1x1xi32>) -> tensor<1x1x4xf32>
  %h = tq.rms_norm %x, %norm : (tensor<1x1x4xf32>, tensor<4xf32>) -> tensor<1x1x4xf32>
  %y = tq.linear %h, %w : (tensor<1x1x4xf32>, tensor<4x4xf32>) -> tensor<1x1x4xf32>
  %logits = tq.linear %y, %table : (tensor<1x1x4xf32>, tensor<8x4xf32>) -> tensor<1x1x8xf32>
  return %logits : tensor<1x1x8xf32>
}
