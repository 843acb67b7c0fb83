// RUN: tico-translate --to-circle %s -o %t.circle
// RUN: tico-circle dump %t.circle | FileCheck %s

// Reductions, reshaping, slicing, concatenation/splitting, gather/scatter.
// Options derived from types: RESHAPE new_shape (-1 for a dynamic
// dimension), SPLIT/SPLIT_V num_splits (the result count).

func.func @main(%x: tensor<2x8xf32>, %m: tensor<4x8xf32>, %b: tensor<2xi32>, %e: tensor<2xi32>, %a: tensor<2x3xf32>, %c: tensor<2x5xf32>, %y: tensor<2x1x3xf32>, %r: tensor<1x3xf32>, %bi: tensor<2x3xi64>, %g: tensor<2x5x6xf32>, %p: tensor<4x5x6xf32>, %i: tensor<3x2xi32>, %si: tensor<3x1xi32>, %u: tensor<3x6xf32>) -> (tensor<2x1xf32>, tensor<2xf32>, tensor<2xf32>, tensor<4x4xf32>, tensor<?x4xf32>, tensor<8x2xf32>, tensor<4xf32>, tensor<2x8xf32>, tensor<2x8xf32>, tensor<4x4xf32>, tensor<4x4xf32>, tensor<4x2xf32>, tensor<4x3xf32>, tensor<4x3xf32>, tensor<4x3xf32>, tensor<1x3x1xf32>, tensor<2x3xf32>, tensor<3x4xf32>, tensor<4x3xf32>, tensor<2x3x6xf32>, tensor<3x6xf32>, tensor<8x6xf32>) {
  %axis1 = circle.const dense<1> : tensor<i32> loc("axis1")
  %last = circle.const dense<[-1]> : tensor<1xi32> loc("last")
  %0 = circle.mean %x, %last {keep_dims = true} : (tensor<2x8xf32>, tensor<1xi32>) -> tensor<2x1xf32> loc("mean")
  %1 = circle.sum %x, %last : (tensor<2x8xf32>, tensor<1xi32>) -> tensor<2xf32> loc("sum")
  %2 = circle.reduce_max %x, %axis1 {keep_dims = false} : (tensor<2x8xf32>, tensor<i32>) -> tensor<2xf32> loc("reduce_max")
  %shape = circle.const dense<[4, 4]> : tensor<2xi32> loc("shape")
  %3 = circle.reshape %x, %shape : (tensor<2x8xf32>, tensor<2xi32>) -> tensor<4x4xf32> loc("reshape")
  %dshape = circle.const dense<[-1, 4]> : tensor<2xi64> loc("dshape")
  %4 = circle.reshape %x, %dshape : (tensor<2x8xf32>, tensor<2xi64>) -> tensor<?x4xf32> loc("reshape_dyn")
  %perm = circle.const dense<[1, 0]> : tensor<2xi32> loc("perm")
  %5 = circle.transpose %x, %perm : (tensor<2x8xf32>, tensor<2xi32>) -> tensor<8x2xf32> loc("transpose")
  %s = circle.const dense<[1, 1]> : tensor<2xi32> loc("strides")
  %6 = circle.strided_slice %m, %b, %e, %s {begin_mask = 1 : i32, end_mask = 3 : i32, ellipsis_mask = 0 : i32, new_axis_mask = 0 : i32, shrink_axis_mask = 2 : i32, offset = true} : (tensor<4x8xf32>, tensor<2xi32>, tensor<2xi32>, tensor<2xi32>) -> tensor<4xf32> loc("strided_slice")
  %size = circle.const dense<[2, -1]> : tensor<2xi32> loc("size")
  %7 = circle.slice %m, %b, %size : (tensor<4x8xf32>, tensor<2xi32>, tensor<2xi32>) -> tensor<2x8xf32> loc("slice")
  %8 = circle.concatenation %a, %c {axis = -1 : i32, fused_activation_function = #circle<act RELU>} : (tensor<2x3xf32>, tensor<2x5xf32>) -> tensor<2x8xf32> loc("concat")
  %9:2 = circle.split %axis1, %m : (tensor<i32>, tensor<4x8xf32>) -> (tensor<4x4xf32>, tensor<4x4xf32>) loc("split")
  %sizes = circle.const dense<[2, 3, 3]> : tensor<3xi32> loc("sizes")
  %10:3 = circle.split_v %m, %sizes, %axis1 : (tensor<4x8xf32>, tensor<3xi32>, tensor<i32>) -> (tensor<4x2xf32>, tensor<4x3xf32>, tensor<4x3xf32>) loc("split_v")
  %bshape = circle.const dense<[4, 3]> : tensor<2xi32> loc("bshape")
  %11 = circle.broadcast_to %r, %bshape : (tensor<1x3xf32>, tensor<2xi32>) -> tensor<4x3xf32> loc("broadcast_to")
  %neg1 = circle.const dense<-1> : tensor<i32> loc("neg1")
  %12 = circle.expand_dims %r, %neg1 : (tensor<1x3xf32>, tensor<i32>) -> tensor<1x3x1xf32> loc("expand_dims")
  %13 = circle.squeeze %y {squeeze_dims = array<i32: 1>} : (tensor<2x1x3xf32>) -> tensor<2x3xf32> loc("squeeze")
  %pads = circle.const dense<[[1, 1], [0, 1]]> : tensor<2x2xi32> loc("pads")
  %14 = circle.pad %r, %pads : (tensor<1x3xf32>, tensor<2x2xi32>) -> tensor<3x4xf32> loc("pad")
  %mult = circle.const dense<[4, 1]> : tensor<2xi64> loc("mult")
  %15 = circle.tile %r, %mult : (tensor<1x3xf32>, tensor<2xi64>) -> tensor<4x3xf32> loc("tile")
  %16 = circle.gather %g, %bi {axis = 1 : i32, batch_dims = 1 : i32} : (tensor<2x5x6xf32>, tensor<2x3xi64>) -> tensor<2x3x6xf32> loc("gather")
  %17 = circle.gather_nd %p, %i : (tensor<4x5x6xf32>, tensor<3x2xi32>) -> tensor<3x6xf32> loc("gather_nd")
  %oshape = circle.const dense<[8, 6]> : tensor<2xi32> loc("oshape")
  %18 = circle.scatter_nd %si, %u, %oshape : (tensor<3x1xi32>, tensor<3x6xf32>, tensor<2xi32>) -> tensor<8x6xf32> loc("scatter_nd")
  return %0, %1, %2, %3, %4, %5, %6, %7, %8, %9#0, %9#1, %10#0, %10#1, %10#2, %11, %12, %13, %14, %15, %16, %17, %18 : tensor<2x1xf32>, tensor<2xf32>, tensor<2xf32>, tensor<4x4xf32>, tensor<?x4xf32>, tensor<8x2xf32>, tensor<4xf32>, tensor<2x8xf32>, tensor<2x8xf32>, tensor<4x4xf32>, tensor<4x4xf32>, tensor<4x2xf32>, tensor<4x3xf32>, tensor<4x3xf32>, tensor<4x3xf32>, tensor<1x3x1xf32>, tensor<2x3xf32>, tensor<3x4xf32>, tensor<4x3xf32>, tensor<2x3x6xf32>, tensor<3x6xf32>, tensor<8x6xf32>
}

// BROADCAST_TO is 130: the byte field holds the 127 placeholder.
// CHECK-LABEL: operator_codes: [
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 40,
// CHECK-NEXT: builtin_code: MEAN
// CHECK-NEXT: },
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 74,
// CHECK-NEXT: builtin_code: SUM
// CHECK-NEXT: },
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 82,
// CHECK-NEXT: builtin_code: REDUCE_MAX
// CHECK-NEXT: },
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 22,
// CHECK-NEXT: builtin_code: RESHAPE
// CHECK-NEXT: },
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 39,
// CHECK-NEXT: builtin_code: TRANSPOSE
// CHECK-NEXT: },
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 45,
// offset = true: STRIDED_SLICE version 8 (TFLite op_version).
// CHECK-NEXT: version: 8,
// CHECK-NEXT: builtin_code: STRIDED_SLICE
// CHECK-NEXT: },
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 65,
// CHECK-NEXT: builtin_code: SLICE
// CHECK-NEXT: },
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 2,
// CHECK-NEXT: builtin_code: CONCATENATION
// CHECK-NEXT: },
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 49,
// CHECK-NEXT: builtin_code: SPLIT
// CHECK-NEXT: },
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 102,
// CHECK-NEXT: builtin_code: SPLIT_V
// CHECK-NEXT: },
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 127,
// BROADCAST_TO starts at version 2 (version 1 was the custom op) (TFLite op_version).
// CHECK-NEXT: version: 2,
// CHECK-NEXT: builtin_code: BROADCAST_TO
// CHECK-NEXT: },
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 70,
// CHECK-NEXT: builtin_code: EXPAND_DIMS
// CHECK-NEXT: },
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 43,
// CHECK-NEXT: builtin_code: SQUEEZE
// CHECK-NEXT: },
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 34,
// CHECK-NEXT: builtin_code: PAD
// CHECK-NEXT: },
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 69,
// CHECK-NEXT: builtin_code: TILE
// CHECK-NEXT: },
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 36,
// batch_dims != 0: GATHER version 5 (TFLite op_version).
// CHECK-NEXT: version: 5,
// CHECK-NEXT: builtin_code: GATHER
// CHECK-NEXT: },
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 107,
// CHECK-NEXT: builtin_code: GATHER_ND
// CHECK-NEXT: },
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 122,
// CHECK-NEXT: builtin_code: SCATTER_ND
// CHECK-NEXT: }
// CHECK-NEXT: ],

// Results of a multi-result op are named <loc>:<index>.
// CHECK: name: "split:0",
// CHECK: name: "split:1",
// CHECK: name: "split_v:2",


// keep_dims = false is the default and is not stored. The dynamic reshape
// (shape given as i64 data) gets -1 in new_shape.
// CHECK-LABEL: operators: [
// CHECK: builtin_options_type: ReducerOptions,
// CHECK-NEXT: builtin_options: {
// CHECK-NEXT: keep_dims: true
// CHECK-NEXT: }
// CHECK: opcode_index: 1,
// CHECK: builtin_options_type: ReducerOptions,
// CHECK-NEXT: builtin_options: {
// CHECK-EMPTY:
// CHECK-NEXT: }
// CHECK: opcode_index: 2,
// CHECK: builtin_options_type: ReducerOptions,
// CHECK-NEXT: builtin_options: {
// CHECK-EMPTY:
// CHECK-NEXT: }
// CHECK: opcode_index: 3,
// CHECK: builtin_options_type: ReshapeOptions,
// CHECK-NEXT: builtin_options: {
// CHECK-NEXT: new_shape: [
// CHECK-NEXT: 4,
// CHECK-NEXT: 4
// CHECK-NEXT: ]
// CHECK-NEXT: }
// CHECK: opcode_index: 3,
// CHECK: builtin_options_type: ReshapeOptions,
// CHECK-NEXT: builtin_options: {
// CHECK-NEXT: new_shape: [
// CHECK-NEXT: -1,
// CHECK-NEXT: 4
// CHECK-NEXT: ]
// CHECK-NEXT: }
// CHECK: opcode_index: 4,
// CHECK: builtin_options_type: TransposeOptions,
// CHECK-NEXT: builtin_options: {
// CHECK-EMPTY:
// CHECK-NEXT: }
// CHECK: opcode_index: 5,
// CHECK: builtin_options_type: StridedSliceOptions,
// CHECK-NEXT: builtin_options: {
// CHECK-NEXT: begin_mask: 1,
// CHECK-NEXT: end_mask: 3,
// CHECK-NEXT: shrink_axis_mask: 2,
// CHECK-NEXT: offset: true
// CHECK-NEXT: }
// CHECK: opcode_index: 6,
// CHECK: builtin_options_type: SliceOptions,
// CHECK-NEXT: builtin_options: {
// CHECK-EMPTY:
// CHECK-NEXT: }
// CHECK: opcode_index: 7,
// CHECK: builtin_options_type: ConcatenationOptions,
// CHECK-NEXT: builtin_options: {
// CHECK-NEXT: axis: -1,
// CHECK-NEXT: fused_activation_function: RELU
// CHECK-NEXT: }
// CHECK: opcode_index: 8,
// CHECK: builtin_options_type: SplitOptions,
// CHECK-NEXT: builtin_options: {
// CHECK-NEXT: num_splits: 2
// CHECK-NEXT: }
// CHECK: opcode_index: 9,
// CHECK: builtin_options_type: SplitVOptions,
// CHECK-NEXT: builtin_options: {
// CHECK-NEXT: num_splits: 3
// CHECK-NEXT: }
// CHECK: opcode_index: 10,
// CHECK: builtin_options_type: BroadcastToOptions,
// CHECK-NEXT: builtin_options: {
// CHECK-EMPTY:
// CHECK-NEXT: }
// CHECK: opcode_index: 11,
// CHECK: builtin_options_type: ExpandDimsOptions,
// CHECK-NEXT: builtin_options: {
// CHECK-EMPTY:
// CHECK-NEXT: }
// CHECK: opcode_index: 12,
// CHECK: builtin_options_type: SqueezeOptions,
// CHECK-NEXT: builtin_options: {
// CHECK-NEXT: squeeze_dims: [
// CHECK-NEXT: 1
// CHECK-NEXT: ]
// CHECK-NEXT: }
// CHECK: opcode_index: 13,
// CHECK: builtin_options_type: PadOptions,
// CHECK-NEXT: builtin_options: {
// CHECK-EMPTY:
// CHECK-NEXT: }
// CHECK: opcode_index: 14,
// CHECK: builtin_options_type: TileOptions,
// CHECK-NEXT: builtin_options: {
// CHECK-EMPTY:
// CHECK-NEXT: }
// CHECK: opcode_index: 15,
// CHECK: builtin_options_type: GatherOptions,
// CHECK-NEXT: builtin_options: {
// CHECK-NEXT: axis: 1,
// CHECK-NEXT: batch_dims: 1
// CHECK-NEXT: }
// CHECK: opcode_index: 16,
// CHECK: builtin_options_type: GatherNdOptions,
// CHECK-NEXT: builtin_options: {
// CHECK-EMPTY:
// CHECK-NEXT: }
// CHECK: opcode_index: 17,
// CHECK: builtin_options_type: ScatterNdOptions,
// CHECK-NEXT: builtin_options: {
// CHECK-EMPTY:
// CHECK-NEXT: }
