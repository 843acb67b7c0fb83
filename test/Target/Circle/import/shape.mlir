// RUN: tico-translate --to-circle %s -o - | tico-translate --from-circle | FileCheck %s
// RUN: tico-translate --to-circle --use-buffer-offset %s -o - | tico-translate --from-circle | FileCheck %s

// Reductions, reshapes, slices, concatenation/splits, gather/scatter read back from
// the exported file: every op with its attributes and types, as written.

func.func @main(%x: tensor<2x8xf32>, %m: tensor<4x8xf32>, %b: tensor<2xi32>, %e: tensor<2xi32>, %a: tensor<2x3xf32>, %c: tensor<2x5xf32>, %y: tensor<2x1x3xf32>, %r: tensor<1x3xf32>, %bi: tensor<2x3xi64>, %g: tensor<2x5x6xf32>, %p: tensor<4x5x6xf32>, %i: tensor<3x2xi32>, %si: tensor<3x1xi32>, %u: tensor<3x6xf32>) -> (tensor<2x1xf32>, tensor<2xf32>, tensor<2xf32>, tensor<4x4xf32>, tensor<?x4xf32>, tensor<8x2xf32>, tensor<4xf32>, tensor<2x8xf32>, tensor<2x8xf32>, tensor<4x4xf32>, tensor<4x4xf32>, tensor<4x2xf32>, tensor<4x3xf32>, tensor<4x3xf32>, tensor<4x3xf32>, tensor<1x3x1xf32>, tensor<2x3xf32>, tensor<3x4xf32>, tensor<4x3xf32>, tensor<2x3x6xf32>, tensor<3x6xf32>, tensor<8x6xf32>) {
  %axis1 = circle.const dense<1> : tensor<i32>
  %last = circle.const dense<[-1]> : tensor<1xi32>
  %0 = circle.mean %x, %last {keep_dims = true} : (tensor<2x8xf32>, tensor<1xi32>) -> tensor<2x1xf32>
  %1 = circle.sum %x, %last : (tensor<2x8xf32>, tensor<1xi32>) -> tensor<2xf32>
  %2 = circle.reduce_max %x, %axis1 {keep_dims = false} : (tensor<2x8xf32>, tensor<i32>) -> tensor<2xf32>
  %shape = circle.const dense<[4, 4]> : tensor<2xi32>
  %3 = circle.reshape %x, %shape : (tensor<2x8xf32>, tensor<2xi32>) -> tensor<4x4xf32>
  %dshape = circle.const dense<[-1, 4]> : tensor<2xi64>
  %4 = circle.reshape %x, %dshape : (tensor<2x8xf32>, tensor<2xi64>) -> tensor<?x4xf32>
  %perm = circle.const dense<[1, 0]> : tensor<2xi32>
  %5 = circle.transpose %x, %perm : (tensor<2x8xf32>, tensor<2xi32>) -> tensor<8x2xf32>
  %s = circle.const dense<[1, 1]> : tensor<2xi32>
  %6 = circle.strided_slice %m, %b, %e, %s {begin_mask = 1 : i32, end_mask = 3 : i32, ellipsis_mask = 0 : i32, new_axis_mask = 0 : i32, shrink_axis_mask = 2 : i32, offset = true} : (tensor<4x8xf32>, tensor<2xi32>, tensor<2xi32>, tensor<2xi32>) -> tensor<4xf32>
  %size = circle.const dense<[2, -1]> : tensor<2xi32>
  %7 = circle.slice %m, %b, %size : (tensor<4x8xf32>, tensor<2xi32>, tensor<2xi32>) -> tensor<2x8xf32>
  %8 = circle.concatenation %a, %c {axis = -1 : i32, fused_activation_function = #circle<act RELU>} : (tensor<2x3xf32>, tensor<2x5xf32>) -> tensor<2x8xf32>
  %9:2 = circle.split %axis1, %m : (tensor<i32>, tensor<4x8xf32>) -> (tensor<4x4xf32>, tensor<4x4xf32>)
  %sizes = circle.const dense<[2, 3, 3]> : tensor<3xi32>
  %10:3 = circle.split_v %m, %sizes, %axis1 : (tensor<4x8xf32>, tensor<3xi32>, tensor<i32>) -> (tensor<4x2xf32>, tensor<4x3xf32>, tensor<4x3xf32>)
  %bshape = circle.const dense<[4, 3]> : tensor<2xi32>
  %11 = circle.broadcast_to %r, %bshape : (tensor<1x3xf32>, tensor<2xi32>) -> tensor<4x3xf32>
  %neg1 = circle.const dense<-1> : tensor<i32>
  %12 = circle.expand_dims %r, %neg1 : (tensor<1x3xf32>, tensor<i32>) -> tensor<1x3x1xf32>
  %13 = circle.squeeze %y {squeeze_dims = array<i32: 1>} : (tensor<2x1x3xf32>) -> tensor<2x3xf32>
  %pads = circle.const dense<[[1, 1], [0, 1]]> : tensor<2x2xi32>
  %14 = circle.pad %r, %pads : (tensor<1x3xf32>, tensor<2x2xi32>) -> tensor<3x4xf32>
  %mult = circle.const dense<[4, 1]> : tensor<2xi64>
  %15 = circle.tile %r, %mult : (tensor<1x3xf32>, tensor<2xi64>) -> tensor<4x3xf32>
  %16 = circle.gather %g, %bi {axis = 1 : i32, batch_dims = 1 : i32} : (tensor<2x5x6xf32>, tensor<2x3xi64>) -> tensor<2x3x6xf32>
  %17 = circle.gather_nd %p, %i : (tensor<4x5x6xf32>, tensor<3x2xi32>) -> tensor<3x6xf32>
  %oshape = circle.const dense<[8, 6]> : tensor<2xi32>
  %18 = circle.scatter_nd %si, %u, %oshape : (tensor<3x1xi32>, tensor<3x6xf32>, tensor<2xi32>) -> tensor<8x6xf32>
  return %0, %1, %2, %3, %4, %5, %6, %7, %8, %9#0, %9#1, %10#0, %10#1, %10#2, %11, %12, %13, %14, %15, %16, %17, %18 : tensor<2x1xf32>, tensor<2xf32>, tensor<2xf32>, tensor<4x4xf32>, tensor<?x4xf32>, tensor<8x2xf32>, tensor<4xf32>, tensor<2x8xf32>, tensor<2x8xf32>, tensor<4x4xf32>, tensor<4x4xf32>, tensor<4x2xf32>, tensor<4x3xf32>, tensor<4x3xf32>, tensor<4x3xf32>, tensor<1x3x1xf32>, tensor<2x3xf32>, tensor<3x4xf32>, tensor<4x3xf32>, tensor<2x3x6xf32>, tensor<3x6xf32>, tensor<8x6xf32>
}

// CHECK-LABEL: func.func @main(
// CHECK: circle.const dense<1> : tensor<i32>
// CHECK: circle.const dense<-1> : tensor<1xi32>
// CHECK: circle.mean %arg0, %{{[0-9]+}} {keep_dims = true} : (tensor<2x8xf32>, tensor<1xi32>) -> tensor<2x1xf32>
// CHECK: circle.sum %arg0, %{{[0-9]+}} : (tensor<2x8xf32>, tensor<1xi32>) -> tensor<2xf32>
// CHECK: circle.reduce_max %arg0, %{{[0-9]+}} : (tensor<2x8xf32>, tensor<i32>) -> tensor<2xf32>
// CHECK: circle.const dense<4> : tensor<2xi32>
// CHECK: circle.reshape %arg0, %{{[0-9]+}} : (tensor<2x8xf32>, tensor<2xi32>) -> tensor<4x4xf32>
// CHECK: circle.const dense<[-1, 4]> : tensor<2xi64>
// CHECK: circle.reshape %arg0, %{{[0-9]+}} : (tensor<2x8xf32>, tensor<2xi64>) -> tensor<?x4xf32>
// CHECK: circle.const dense<[1, 0]> : tensor<2xi32>
// CHECK: circle.transpose %arg0, %{{[0-9]+}} : (tensor<2x8xf32>, tensor<2xi32>) -> tensor<8x2xf32>
// CHECK: circle.const dense<1> : tensor<2xi32>
// CHECK: circle.strided_slice %arg1, %arg2, %arg3, %{{[0-9]+}} {begin_mask = 1 : i32, end_mask = 3 : i32, offset = true, shrink_axis_mask = 2 : i32} : (tensor<4x8xf32>, tensor<2xi32>, tensor<2xi32>, tensor<2xi32>) -> tensor<4xf32>
// CHECK: circle.const dense<[2, -1]> : tensor<2xi32>
// CHECK: circle.slice %arg1, %arg2, %{{[0-9]+}} : (tensor<4x8xf32>, tensor<2xi32>, tensor<2xi32>) -> tensor<2x8xf32>
// CHECK: circle.concatenation %arg4, %arg5 {axis = -1 : i32, fused_activation_function = #circle<act RELU>} : (tensor<2x3xf32>, tensor<2x5xf32>) -> tensor<2x8xf32>
// CHECK: circle.split %{{[0-9]+}}, %arg1 : (tensor<i32>, tensor<4x8xf32>) -> (tensor<4x4xf32>, tensor<4x4xf32>)
// CHECK: circle.const dense<[2, 3, 3]> : tensor<3xi32>
// CHECK: circle.split_v %arg1, %{{[0-9]+}}, %{{[0-9]+}} : (tensor<4x8xf32>, tensor<3xi32>, tensor<i32>) -> (tensor<4x2xf32>, tensor<4x3xf32>, tensor<4x3xf32>)
// CHECK: circle.const dense<[4, 3]> : tensor<2xi32>
// CHECK: circle.broadcast_to %arg7, %{{[0-9]+}} : (tensor<1x3xf32>, tensor<2xi32>) -> tensor<4x3xf32>
// CHECK: circle.const dense<-1> : tensor<i32>
// CHECK: circle.expand_dims %arg7, %{{[0-9]+}} : (tensor<1x3xf32>, tensor<i32>) -> tensor<1x3x1xf32>
// CHECK: circle.squeeze %arg6 {squeeze_dims = array<i32: 1>} : (tensor<2x1x3xf32>) -> tensor<2x3xf32>
// CHECK: circle.const dense<{{\[\[}}1, 1], [0, 1]]> : tensor<2x2xi32>
// CHECK: circle.pad %arg7, %{{[0-9]+}} : (tensor<1x3xf32>, tensor<2x2xi32>) -> tensor<3x4xf32>
// CHECK: circle.const dense<[4, 1]> : tensor<2xi64>
// CHECK: circle.tile %arg7, %{{[0-9]+}} : (tensor<1x3xf32>, tensor<2xi64>) -> tensor<4x3xf32>
// CHECK: circle.gather %arg9, %arg8 {axis = 1 : i32, batch_dims = 1 : i32} : (tensor<2x5x6xf32>, tensor<2x3xi64>) -> tensor<2x3x6xf32>
// CHECK: circle.gather_nd %arg10, %arg11 : (tensor<4x5x6xf32>, tensor<3x2xi32>) -> tensor<3x6xf32>
// CHECK: circle.const dense<[8, 6]> : tensor<2xi32>
// CHECK: circle.scatter_nd %arg12, %arg13, %{{[0-9]+}} : (tensor<3x1xi32>, tensor<3x6xf32>, tensor<2xi32>) -> tensor<8x6xf32>
