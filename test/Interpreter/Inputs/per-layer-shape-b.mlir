// The other model of per-layer-shape.test (see per-layer-shape.mlir).
func.func @main(%x: tensor<4xf32> {tico.name = "x"}) -> (tensor<4xf32> {tico.name = "y"}) {
  %s = tq.reshape %x : (tensor<4xf32>) -> tensor<2x2xf32> loc("s")
  %b = tq.reshape %s : (tensor<2x2xf32>) -> tensor<4xf32> loc("only_b")
  %y = tq.add %b, %x : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32> loc("y")
  %u = tq.neg %y : (tensor<4xf32>) -> tensor<4xf32>
  %z = tq.neg %u : (tensor<4xf32>) -> tensor<4xf32>
  return %z : tensor<4xf32>
}
