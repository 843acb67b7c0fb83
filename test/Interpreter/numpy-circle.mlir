// circle kernels on random inputs against numpy implementations.
// REQUIRES: numpy
// RUN: rm -rf %t && mkdir -p %t
// RUN: %numpy_python %S/Inputs/numpy_circle.py make %t
// RUN: tico-run %s --input x=%t/x.npy --input f=%t/f.npy --input s=%t/s.npy \
// RUN:   --input c=%t/c.npy --input ids=%t/ids.npy --output-dir %t/out > /dev/null
// RUN: %numpy_python %S/Inputs/numpy_circle.py check %t | FileCheck %s

// CHECK: depthwise ok
// CHECK: pool ok
// CHECK: fc ok
// CHECK: bmm ok
// CHECK: rope_neox ok
// CHECK: rope_j ok
// CHECK: rms ok
// CHECK: gather_b ok
// CHECK: gather_nd ok
// CHECK: tiled ok
// CHECK: part ok
// CHECK: mean ok

func.func @main(%x: tensor<1x5x6x3xf32> {tico.name = "x"}, %f: tensor<1x3x2x6xf32> {tico.name = "f"},
                %s: tensor<1x1x5x6xf32> {tico.name = "s"}, %c: tensor<1x1x5x6xf32> {tico.name = "c"},
                %ids: tensor<5x2xi32> {tico.name = "ids"})
    -> (tensor<1x3x2x6xf32> {tico.name = "depthwise"}, tensor<1x3x2x3xf32> {tico.name = "pool"},
        tensor<30x4xf32> {tico.name = "fc"}, tensor<5x3x5xf32> {tico.name = "bmm"},
        tensor<1x5x6x3xf32> {tico.name = "rope_neox"}, tensor<1x5x6x3xf32> {tico.name = "rope_j"},
        tensor<1x5x6x3xf32> {tico.name = "rms"}, tensor<1x5x2x3xf32> {tico.name = "gather_b"},
        tensor<5x3xf32> {tico.name = "gather_nd"}, tensor<2x5x12x3xf32> {tico.name = "tiled"},
        tensor<1x5x4x3xf32> {tico.name = "part"}, tensor<1x1x6x1xf32> {tico.name = "mean"}) {
  %none = circle.no_value
  %0 = circle.depthwise_conv_2d %x, %f, %none {depth_multiplier = 2 : i32, padding = #circle<padding SAME>,
         stride_h = 2 : i32, stride_w = 3 : i32, fused_activation_function = #circle<act RELU>}
       : (tensor<1x5x6x3xf32>, tensor<1x3x2x6xf32>, none) -> tensor<1x3x2x6xf32>
  %1 = circle.average_pool_2d %x {filter_height = 3 : i32, filter_width = 2 : i32, padding = #circle<padding SAME>, stride_h = 2 : i32, stride_w = 3 : i32}
       : (tensor<1x5x6x3xf32>) -> tensor<1x3x2x3xf32>
  // fc: rows of x (30 x 3) times the first 4 rows of f reshaped to [4, 3].
  %fshape = circle.const dense<[12, 3]> : tensor<2xi32>
  %w12 = circle.reshape %f, %fshape : (tensor<1x3x2x6xf32>, tensor<2xi32>) -> tensor<12x3xf32>
  %wb = circle.const dense<[0, 0]> : tensor<2xi32>
  %ws = circle.const dense<[4, 3]> : tensor<2xi32>
  %w = circle.slice %w12, %wb, %ws : (tensor<12x3xf32>, tensor<2xi32>, tensor<2xi32>) -> tensor<4x3xf32>
  %bias = circle.const dense<[0.5, -1.0, 0.0, 2.0]> : tensor<4xf32>
  %2 = circle.fully_connected %x, %w, %bias : (tensor<1x5x6x3xf32>, tensor<4x3xf32>, tensor<4xf32>) -> tensor<30x4xf32>
  // bmm: adjoint(x as [5, 6, 3]) times s as [1, 6, 5] (batch broadcast).
  %xs = circle.const dense<[5, 6, 3]> : tensor<3xi32>
  %x3 = circle.reshape %x, %xs : (tensor<1x5x6x3xf32>, tensor<3xi32>) -> tensor<5x6x3xf32>
  %ss = circle.const dense<[1, 5, 6]> : tensor<3xi32>
  %s3 = circle.reshape %s, %ss : (tensor<1x1x5x6xf32>, tensor<3xi32>) -> tensor<1x5x6xf32>
  %s3t = circle.const dense<[0, 2, 1]> : tensor<3xi32>
  %s6 = circle.transpose %s3, %s3t : (tensor<1x5x6xf32>, tensor<3xi32>) -> tensor<1x6x5xf32>
  %3 = circle.batch_matmul %x3, %s6 {adjoint_lhs = true, adjoint_rhs = false}
       : (tensor<5x6x3xf32>, tensor<1x6x5xf32>) -> tensor<5x3x5xf32>
  // rope over x viewed as [1, 5, 3, 6] with head_dim 6.
  %rs = circle.const dense<[1, 5, 3, 6]> : tensor<4xi32>
  %xr = circle.reshape %x, %rs : (tensor<1x5x6x3xf32>, tensor<4xi32>) -> tensor<1x5x3x6xf32>
  %sb = circle.const dense<[1, 1, 3, 6]> : tensor<4xi32>
  %sbeg = circle.const dense<[0, 0, 1, 0]> : tensor<4xi32>
  %s4 = circle.slice %s, %sbeg, %sb : (tensor<1x1x5x6xf32>, tensor<4xi32>, tensor<4xi32>) -> tensor<1x1x3x6xf32>
  %c4 = circle.slice %c, %sbeg, %sb : (tensor<1x1x5x6xf32>, tensor<4xi32>, tensor<4xi32>) -> tensor<1x1x3x6xf32>
  %4 = circle.rope %xr, %s4, %c4 {mode = #circle<rope_mode GPT_NEOX>}
       : (tensor<1x5x3x6xf32>, tensor<1x1x3x6xf32>, tensor<1x1x3x6xf32>) -> tensor<1x5x3x6xf32>
  %5 = circle.rope %xr, %s4, %c4 {mode = #circle<rope_mode GPT_J>}
       : (tensor<1x5x3x6xf32>, tensor<1x1x3x6xf32>, tensor<1x1x3x6xf32>) -> tensor<1x5x3x6xf32>
  %os = circle.const dense<[1, 5, 6, 3]> : tensor<4xi32>
  %rope1 = circle.reshape %4, %os : (tensor<1x5x3x6xf32>, tensor<4xi32>) -> tensor<1x5x6x3xf32>
  %rope2 = circle.reshape %5, %os : (tensor<1x5x3x6xf32>, tensor<4xi32>) -> tensor<1x5x6x3xf32>
  %gamma = circle.const dense<[1.0, 0.5, -2.0]> : tensor<3xf32>
  %6 = circle.rms_norm %x, %gamma {epsilon = 1.0e-3 : f32} : (tensor<1x5x6x3xf32>, tensor<3xf32>) -> tensor<1x5x6x3xf32>
  // gather with batch_dims = 1 over x[0] as [5, 6, 3] along axis 1.
  %7 = circle.gather %x3, %ids {axis = 1 : i32, batch_dims = 1 : i32} : (tensor<5x6x3xf32>, tensor<5x2xi32>) -> tensor<5x2x3xf32>
  %gs = circle.const dense<[1, 5, 2, 3]> : tensor<4xi32>
  %gb = circle.reshape %7, %gs : (tensor<5x2x3xf32>, tensor<4xi32>) -> tensor<1x5x2x3xf32>
  %8 = circle.gather_nd %x3, %ids : (tensor<5x6x3xf32>, tensor<5x2xi32>) -> tensor<5x3xf32>
  %m = circle.const dense<[2, 1, 2, 1]> : tensor<4xi32>
  %9 = circle.tile %x, %m : (tensor<1x5x6x3xf32>, tensor<4xi32>) -> tensor<2x5x12x3xf32>
  %sizes = circle.const dense<[1, 4, -1]> : tensor<3xi32>
  %axis = circle.const dense<2> : tensor<i32>
  %parts:3 = circle.split_v %x, %sizes, %axis : (tensor<1x5x6x3xf32>, tensor<3xi32>, tensor<i32>) -> (tensor<1x5x1x3xf32>, tensor<1x5x4x3xf32>, tensor<1x5x1x3xf32>)
  %axes = circle.const dense<[3, -3]> : tensor<2xi32>
  %mean = circle.mean %x, %axes {keep_dims = true} : (tensor<1x5x6x3xf32>, tensor<2xi32>) -> tensor<1x1x6x1xf32>
  return %0, %1, %2, %3, %rope1, %rope2, %6, %gb, %8, %9, %parts#1, %mean
      : tensor<1x3x2x6xf32>, tensor<1x3x2x3xf32>, tensor<30x4xf32>, tensor<5x3x5xf32>, tensor<1x5x6x3xf32>,
        tensor<1x5x6x3xf32>, tensor<1x5x6x3xf32>, tensor<1x5x2x3xf32>, tensor<5x3xf32>, tensor<2x5x12x3xf32>,
        tensor<1x5x4x3xf32>, tensor<1x1x6x1xf32>
}
