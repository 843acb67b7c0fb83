// Index-taking ops with constant, in-range indices: random integer inputs
// (0..7) would index past these small tensors.

func.func @scatter_nd_const(%d: tensor<4x2xf32>, %u: tensor<2x2xf32>) -> tensor<4x2xf32> {
  %i = tq.constant dense<[[3], [1]]> : tensor<2x1xi32>
  %0 = tq.scatter_nd %d, %i, %u : (tensor<4x2xf32>, tensor<2x1xi32>, tensor<2x2xf32>) -> tensor<4x2xf32>
  return %0 : tensor<4x2xf32>
}

func.func @gather_elements_const(%x: tensor<2x3xf32>) -> tensor<2x2xf32> {
  %i = tq.constant dense<[[2, 0], [1, 1]]> : tensor<2x2xi32>
  %0 = tq.gather_elements %x, %i {axis = 1 : i64} : (tensor<2x3xf32>, tensor<2x2xi32>) -> tensor<2x2xf32>
  return %0 : tensor<2x2xf32>
}

func.func @gather_elements_axis0(%x: tensor<3x2xf32>) -> tensor<2x2xf32> {
  %i = tq.constant dense<[[2, 0], [1, 2]]> : tensor<2x2xi64>
  %0 = tq.gather_elements %x, %i {axis = 0 : i64} : (tensor<3x2xf32>, tensor<2x2xi64>) -> tensor<2x2xf32>
  return %0 : tensor<2x2xf32>
}
