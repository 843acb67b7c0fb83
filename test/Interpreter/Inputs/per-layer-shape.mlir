// Shares the name "s" with per-layer-shape-b.mlir under another shape, and
// has "only_a", which the other lacks.
func.func @main(%x: tensor<4xf32> {tico.name = "x"}) -> (tensor<4xf32> {tico.name = "y"}) {
  %s = tq.neg %x : (tensor<4xf32>) -> tensor<4xf32> loc("s")
  %a = tq.neg %s : (tensor<4xf32>) -> tensor<4xf32> loc("only_a")
  %y = tq.add %a, %x : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32> loc("y")
  return %y : tensor<4xf32>
}
