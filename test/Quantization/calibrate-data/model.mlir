// The model the calibrate*.mlir/.test tests calibrate: x (gen.py's three
// samples) -> add -> relu -> mul -> linear.
func.func @main(%x: tensor<1x4xf32> {tico.name = "x"}) -> tensor<1x2xf32> {
  %c = tq.constant dense<[[1.0, -1.0, 0.5, 2.0]]> : tensor<1x4xf32>
  %a = tq.add %x, %c : (tensor<1x4xf32>, tensor<1x4xf32>) -> tensor<1x4xf32> loc("add")
  %r = tq.relu %a : (tensor<1x4xf32>) -> tensor<1x4xf32> loc("relu")
  %m = tq.mul %r, %x : (tensor<1x4xf32>, tensor<1x4xf32>) -> tensor<1x4xf32> loc("block.mul")
  %w = tq.constant dense<[[1.0, -2.0, 0.5, 0.0], [0.25, 0.25, -0.5, 0.1]]> : tensor<2x4xf32> loc("w")
  %y = tq.linear %m, %w : (tensor<1x4xf32>, tensor<2x4xf32>) -> tensor<1x2xf32> loc("fc")
  return %y : tensor<1x2xf32>
}
