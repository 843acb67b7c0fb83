// RUN: tico-opt %s -split-input-file -pass-pipeline='builtin.module(func.func(convert-tq-to-circle))' | FileCheck %s

// CHECK-LABEL: func.func @elementwise
// CHECK-SAME: (%[[A:.*]]: tensor<2x3xf32>, %[[B:.*]]: tensor<3xf32>)
func.func @elementwise(%a: tensor<2x3xf32>, %b: tensor<3xf32>) -> tensor<2x3xf32> {
  // CHECK: %[[ADD:.*]] = circle.add %[[A]], %[[B]] : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  %0 = tq.add %a, %b : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  // CHECK: %[[SUB:.*]] = circle.sub %[[ADD]], %[[B]]
  %1 = tq.sub %0, %b : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  // CHECK: %[[MUL:.*]] = circle.mul %[[SUB]], %[[A]]
  %2 = tq.mul %1, %a : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
  // CHECK: %[[DIV:.*]] = circle.div %[[MUL]], %[[A]]
  %3 = tq.div %2, %a : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
  // CHECK: %[[NEG:.*]] = circle.neg %[[DIV]]
  %4 = tq.neg %3 : (tensor<2x3xf32>) -> tensor<2x3xf32>
  // CHECK: %[[EXP:.*]] = circle.exp %[[NEG]]
  %5 = tq.exp %4 : (tensor<2x3xf32>) -> tensor<2x3xf32>
  // CHECK: %[[LOG:.*]] = circle.log %[[EXP]]
  %6 = tq.log %5 : (tensor<2x3xf32>) -> tensor<2x3xf32>
  // CHECK: %[[SQRT:.*]] = circle.sqrt %[[LOG]]
  %7 = tq.sqrt %6 : (tensor<2x3xf32>) -> tensor<2x3xf32>
  // CHECK: %[[RSQRT:.*]] = circle.rsqrt %[[SQRT]]
  %8 = tq.rsqrt %7 : (tensor<2x3xf32>) -> tensor<2x3xf32>
  // CHECK: %[[TANH:.*]] = circle.tanh %[[RSQRT]]
  %9 = tq.tanh %8 : (tensor<2x3xf32>) -> tensor<2x3xf32>
  // CHECK: %[[SIG:.*]] = circle.logistic %[[TANH]]
  %10 = tq.sigmoid %9 : (tensor<2x3xf32>) -> tensor<2x3xf32>
  // CHECK: %[[COS:.*]] = circle.cos %[[SIG]]
  %11 = tq.cos %10 : (tensor<2x3xf32>) -> tensor<2x3xf32>
  // CHECK: %[[SIN:.*]] = circle.sin %[[COS]]
  %12 = tq.sin %11 : (tensor<2x3xf32>) -> tensor<2x3xf32>
  // CHECK: %[[RELU:.*]] = circle.relu %[[SIN]]
  %13 = tq.relu %12 : (tensor<2x3xf32>) -> tensor<2x3xf32>
  // CHECK: %[[GELU:.*]] = circle.gelu %[[RELU]] {approximate = true}
  %14 = tq.gelu %13 {approximate = #tq<gelu tanh>} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  // CHECK: %[[LOGI:.*]] = circle.logistic %[[GELU]]
  // CHECK: %[[SILU:.*]] = circle.mul %[[GELU]], %[[LOGI]]
  %15 = tq.silu %14 : (tensor<2x3xf32>) -> tensor<2x3xf32>
  // CHECK-NOT: tq.
  // CHECK: return %[[SILU]]
  return %15 : tensor<2x3xf32>
}

// -----

// pow(x, 2) becomes x * x; other exponents stay POW.
// CHECK-LABEL: func.func @pow
// CHECK-SAME: (%[[X:[^:]+]]: tensor<4xf32>
func.func @pow(%x: tensor<4xf32>, %e: tensor<4xf32>) -> (tensor<4xf32>, tensor<4xf32>) {
  %two = tq.constant dense<2.0> : tensor<f32>
  // CHECK: circle.mul %[[X]], %[[X]]
  %0 = tq.pow %x, %two : (tensor<4xf32>, tensor<f32>) -> tensor<4xf32>
  // CHECK: circle.pow %[[X]], %{{.*}}
  %1 = tq.pow %x, %e : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  return %0, %1 : tensor<4xf32>, tensor<4xf32>
}

// -----

// CHECK-LABEL: func.func @compare_select
func.func @compare_select(%a: tensor<4xf32>, %b: tensor<4xf32>, %c: tensor<4xi1>) -> (tensor<4xi1>, tensor<4xi1>, tensor<4xi1>, tensor<4xi1>, tensor<4xi1>, tensor<4xi1>, tensor<4xf32>) {
  // CHECK: circle.equal
  %0 = tq.compare %a, %b {direction = #tq<cmp eq>} : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xi1>
  // CHECK: circle.not_equal
  %1 = tq.compare %a, %b {direction = #tq<cmp ne>} : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xi1>
  // CHECK: circle.less %
  %2 = tq.compare %a, %b {direction = #tq<cmp lt>} : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xi1>
  // CHECK: circle.less_equal
  %3 = tq.compare %a, %b {direction = #tq<cmp le>} : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xi1>
  // CHECK: circle.greater %
  %4 = tq.compare %a, %b {direction = #tq<cmp gt>} : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xi1>
  // CHECK: %[[GE:.*]] = circle.greater_equal
  %5 = tq.compare %a, %b {direction = #tq<cmp ge>} : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xi1>
  // CHECK: %[[AND:.*]] = circle.logical_and %[[GE]], %{{.*}}
  %6 = tq.logical_and %5, %c : (tensor<4xi1>, tensor<4xi1>) -> tensor<4xi1>
  // CHECK: %[[OR:.*]] = circle.logical_or %[[AND]]
  %7 = tq.logical_or %6, %c : (tensor<4xi1>, tensor<4xi1>) -> tensor<4xi1>
  // CHECK: %[[NOT:.*]] = circle.logical_not %[[OR]]
  %8 = tq.logical_not %7 : (tensor<4xi1>) -> tensor<4xi1>
  // CHECK: circle.select_v2 %[[NOT]], %{{.*}}, %{{.*}}
  %9 = tq.where %8, %a, %b : (tensor<4xi1>, tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  return %0, %1, %2, %3, %4, %5, %9 : tensor<4xi1>, tensor<4xi1>, tensor<4xi1>, tensor<4xi1>, tensor<4xi1>, tensor<4xi1>, tensor<4xf32>
}

// -----

// linear -> FULLY_CONNECTED keeping the leading dimensions; the bias is an
// absent input when not given.
// CHECK-LABEL: func.func @linear
// CHECK-SAME: (%[[X:.*]]: tensor<1x3x4xf32>, %[[W:.*]]: tensor<8x4xf32>, %[[B:.*]]: tensor<8xf32>)
func.func @linear(%x: tensor<1x3x4xf32>, %w: tensor<8x4xf32>, %b: tensor<8xf32>) -> (tensor<1x3x8xf32>, tensor<1x3x8xf32>) {
  // CHECK: %[[NONE:.*]] = circle.no_value
  // CHECK: circle.fully_connected %[[X]], %[[W]], %[[NONE]] {keep_num_dims = true}
  %0 = tq.linear %x, %w : (tensor<1x3x4xf32>, tensor<8x4xf32>) -> tensor<1x3x8xf32>
  // CHECK: circle.fully_connected %[[X]], %[[W]], %[[B]] {keep_num_dims = true}
  %1 = tq.linear %x, %w, %b : (tensor<1x3x4xf32>, tensor<8x4xf32>, tensor<8xf32>) -> tensor<1x3x8xf32>
  return %0, %1 : tensor<1x3x8xf32>, tensor<1x3x8xf32>
}

// -----

// A matmul by a constant [K, N] is a FULLY_CONNECTED with the weight
// transposed at compile time to [N, K]; other matmuls are BATCH_MATMUL.
// CHECK-LABEL: func.func @matmul
// CHECK-SAME: (%[[X:.*]]: tensor<2x3xf32>, %[[Y:.*]]: tensor<4x2x3xf32>, %[[Z:.*]]: tensor<4x5x3xf32>)
func.func @matmul(%x: tensor<2x3xf32>, %y: tensor<4x2x3xf32>, %z: tensor<4x5x3xf32>) -> (tensor<2x2xf32>, tensor<4x2x5xf32>) {
  %w = tq.constant dense<[[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]> : tensor<3x2xf32>
  // CHECK-DAG: %[[WT:.*]] = circle.const dense<{{\[}}[1.000000e+00, 3.000000e+00, 5.000000e+00], [2.000000e+00, 4.000000e+00, 6.000000e+00]]> : tensor<2x3xf32>
  // CHECK: circle.fully_connected %[[X]], %[[WT]], %{{.*}} {keep_num_dims = true} : (tensor<2x3xf32>, tensor<2x3xf32>, none) -> tensor<2x2xf32>
  %0 = tq.matmul %x, %w : (tensor<2x3xf32>, tensor<3x2xf32>) -> tensor<2x2xf32>
  // CHECK: circle.batch_matmul %[[Y]], %[[Z]] {adjoint_rhs = true}
  %1 = tq.matmul %y, %z {transpose_rhs = true} : (tensor<4x2x3xf32>, tensor<4x5x3xf32>) -> tensor<4x2x5xf32>
  return %0, %1 : tensor<2x2xf32>, tensor<4x2x5xf32>
}

// -----

// Softmax on the last axis maps directly; another axis is swapped to the
// end and back.
// CHECK-LABEL: func.func @softmax
func.func @softmax(%x: tensor<2x3x4xf32>) -> (tensor<2x3x4xf32>, tensor<2x3x4xf32>) {
  // CHECK: circle.softmax %{{.*}} {beta = 1.000000e+00 : f32} : (tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  %0 = tq.softmax %x {axis = -1 : i64} : (tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  // CHECK: %[[PERM:.*]] = circle.const dense<[0, 2, 1]> : tensor<3xi32>
  // CHECK: %[[T:.*]] = circle.transpose %{{.*}}, %[[PERM]] : (tensor<2x3x4xf32>, tensor<3xi32>) -> tensor<2x4x3xf32>
  // CHECK: %[[S:.*]] = circle.softmax %[[T]]
  // CHECK: circle.transpose %[[S]], %{{.*}} : (tensor<2x4x3xf32>, tensor<3xi32>) -> tensor<2x3x4xf32>
  %1 = tq.softmax %x {axis = 1 : i64} : (tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  return %0, %1 : tensor<2x3x4xf32>, tensor<2x3x4xf32>
}

// -----

// CHECK-LABEL: func.func @rms_norm
func.func @rms_norm(%x: tensor<1x4x8xf32>) -> (tensor<1x4x8xf32>, tensor<1x4x8xf32>) {
  %w = tq.constant dense<0.25> : tensor<8xf32>
  // Without a weight, gamma is ones.
  // CHECK: %[[ONES:.*]] = circle.const dense<1.000000e+00> : tensor<8xf32>
  // CHECK: circle.rms_norm %{{.*}}, %[[ONES]] {epsilon = 9.99999997E-7 : f32}
  %0 = tq.rms_norm %x {epsilon = 1.0e-6 : f64} : (tensor<1x4x8xf32>) -> tensor<1x4x8xf32>
  // Gemma's x * (1 + w) folds 1 + w into the constant.
  // CHECK: %[[GEMMA:.*]] = circle.const dense<1.250000e+00> : tensor<8xf32>
  // CHECK: circle.rms_norm %{{.*}}, %[[GEMMA]]
  %1 = tq.rms_norm %x, %w {epsilon = 1.0e-6 : f64, add_unit_offset = true} : (tensor<1x4x8xf32>, tensor<8xf32>) -> tensor<1x4x8xf32>
  return %0, %1 : tensor<1x4x8xf32>, tensor<1x4x8xf32>
}

// -----

// CHECK-LABEL: func.func @reductions
func.func @reductions(%x: tensor<2x3x4xf32>) -> (tensor<2x1x4xf32>, tensor<2xf32>, tensor<3x4xf32>, tensor<2x3x4xf32>) {
  // CHECK: %[[AX:.*]] = circle.const dense<1> : tensor<1xi32>
  // CHECK: circle.mean %{{.*}}, %[[AX]] {keep_dims = true}
  %0 = tq.reduce_mean %x {axes = array<i64: -2>, keepdim = true} : (tensor<2x3x4xf32>) -> tensor<2x1x4xf32>
  // CHECK: %[[AX2:.*]] = circle.const dense<[1, 2]> : tensor<2xi32>
  // CHECK: circle.sum %{{.*}}, %[[AX2]] :
  %1 = tq.reduce_sum %x {axes = array<i64: 1, 2>} : (tensor<2x3x4xf32>) -> tensor<2xf32>
  // CHECK: circle.reduce_max
  %2 = tq.reduce_max %x {axes = array<i64: 0>} : (tensor<2x3x4xf32>) -> tensor<3x4xf32>
  // CHECK: %[[CAX:.*]] = circle.const dense<2> : tensor<i32>
  // CHECK: circle.cumsum %{{.*}}, %[[CAX]] {exclusive = true, reverse = true}
  %3 = tq.cumsum %x {axis = -1 : i64, exclusive = true, reverse = true} : (tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  return %0, %1, %2, %3 : tensor<2x1x4xf32>, tensor<2xf32>, tensor<3x4xf32>, tensor<2x3x4xf32>
}

// -----

// CHECK-LABEL: func.func @layout
func.func @layout(%x: tensor<2x6xf32>) -> (tensor<3x4xf32>, tensor<6x2xf32>, tensor<1x2x6xf32>, tensor<2x6xf32>, tensor<2x2xf32>, tensor<4x6xf32>, tensor<2x2xf32>, tensor<2x4xf32>, tensor<3x2x6xf32>) {
  // CHECK: %[[S:.*]] = circle.const dense<[3, 4]> : tensor<2xi32>
  // CHECK: circle.reshape %{{.*}}, %[[S]]
  %0 = tq.reshape %x : (tensor<2x6xf32>) -> tensor<3x4xf32>
  // CHECK: %[[P:.*]] = circle.const dense<[1, 0]> : tensor<2xi32>
  // CHECK: circle.transpose %{{.*}}, %[[P]]
  %1 = tq.transpose %x {perms = array<i64: 1, 0>} : (tensor<2x6xf32>) -> tensor<6x2xf32>
  // CHECK: circle.reshape {{.*}} -> tensor<1x2x6xf32>
  %2 = tq.unsqueeze %x {dims = array<i64: 0>} : (tensor<2x6xf32>) -> tensor<1x2x6xf32>
  // CHECK: circle.reshape {{.*}} -> tensor<2x6xf32>
  %3 = tq.squeeze %2 {dims = array<i64: 0>} : (tensor<1x2x6xf32>) -> tensor<2x6xf32>
  // Negative indices are normalized.
  // CHECK-DAG: %[[BEGIN:.*]] = circle.const dense<[0, 2]> : tensor<2xi32>
  // CHECK-DAG: %[[END:.*]] = circle.const dense<[2, 6]> : tensor<2xi32>
  // CHECK-DAG: %[[STEP:.*]] = circle.const dense<[1, 2]> : tensor<2xi32>
  // CHECK: circle.strided_slice %{{.*}}, %[[BEGIN]], %[[END]], %[[STEP]]
  %4 = tq.slice %x {start = array<i64: 0, -4>, end = array<i64: 2, 6>, step = array<i64: 1, 2>} : (tensor<2x6xf32>) -> tensor<2x2xf32>
  // CHECK: circle.concatenation %{{.*}}, %{{.*}} : (tensor<2x6xf32>, tensor<2x6xf32>) -> tensor<4x6xf32>
  %5 = tq.concat %x, %x {axis = -2 : i64} : (tensor<2x6xf32>, tensor<2x6xf32>) -> tensor<4x6xf32>
  // CHECK: circle.split_v %{{.*}}, %{{.*}}, %{{.*}} {num_splits = 2 : i32}
  %6:2 = tq.split %x {axis = 1 : i64, sizes = array<i64: 2, 4>} : (tensor<2x6xf32>) -> (tensor<2x2xf32>, tensor<2x4xf32>)
  // CHECK: %[[SHAPE:.*]] = circle.const dense<[3, 2, 6]> : tensor<3xi32>
  // CHECK: circle.broadcast_to %{{.*}}, %[[SHAPE]]
  %7 = tq.broadcast %x : (tensor<2x6xf32>) -> tensor<3x2x6xf32>
  return %0, %1, %2, %3, %4, %5, %6#0, %6#1, %7 : tensor<3x4xf32>, tensor<6x2xf32>, tensor<1x2x6xf32>, tensor<2x6xf32>, tensor<2x2xf32>, tensor<4x6xf32>, tensor<2x2xf32>, tensor<2x4xf32>, tensor<3x2x6xf32>
}

// -----

// Gathers; constant indices become slices (tq-to-circle-gather-slices.mlir
// has the details and the int32 narrowing of kept GATHER indices).
// CHECK-LABEL: func.func @gathers
func.func @gathers(%t: tensor<10x4xf32>, %ids: tensor<1x3xi64>) -> (tensor<1x3x4xf32>, tensor<10x2xf32>, tensor<2x4xf32>) {
  // CHECK: circle.gather %{{.*}}, %{{.*}} : (tensor<10x4xf32>, tensor<1x3xi64>) -> tensor<1x3x4xf32>
  %0 = tq.embedding %t, %ids : (tensor<10x4xf32>, tensor<1x3xi64>) -> tensor<1x3x4xf32>
  %idx = tq.constant dense<[0, 3]> : tensor<2xi64>
  // CHECK-COUNT-2: circle.strided_slice {{.*}} -> tensor<10x1xf32>
  // CHECK: circle.concatenation {{.*}} {axis = 1 : i32} {{.*}} -> tensor<10x2xf32>
  %1 = tq.index_select %t, %idx {axis = -1 : i64} : (tensor<10x4xf32>, tensor<2xi64>) -> tensor<10x2xf32>
  // CHECK-COUNT-2: circle.strided_slice {{.*}} -> tensor<1x4xf32>
  // CHECK: circle.concatenation {{.*}} -> tensor<2x4xf32>
  %2 = tq.gather %t, %idx {axis = 0 : i64} : (tensor<10x4xf32>, tensor<2xi64>) -> tensor<2x4xf32>
  return %0, %1, %2 : tensor<1x3x4xf32>, tensor<10x2xf32>, tensor<2x4xf32>
}

// -----

// CHECK-LABEL: func.func @cast_iota_observe
// CHECK-SAME: (%[[X:.*]]: tensor<4xf32>)
func.func @cast_iota_observe(%x: tensor<4xf32>) -> (tensor<4xi32>, tensor<4xi64>, tensor<4xf32>) {
  // CHECK: circle.cast %[[X]] : (tensor<4xf32>) -> tensor<4xi32>
  %0 = tq.cast %x : (tensor<4xf32>) -> tensor<4xi32>
  // CHECK: circle.const dense<[2, 5, 8, 11]> : tensor<4xi64>
  %1 = tq.iota {start = 2.0 : f64, step = 3.0 : f64} : tensor<4xi64>
  // observe is only a calibration site: it disappears.
  // CHECK-NOT: observe
  %2 = tq.observe %x {kind = #tq<observer minmax>, dtype = i8, granularity = #tq<granularity per_tensor>} : tensor<4xf32>
  // CHECK: return %{{.*}}, %{{.*}}, %[[X]]
  return %0, %1, %2 : tensor<4xi32>, tensor<4xi64>, tensor<4xf32>
}

// -----

// A static span write becomes a concatenation of the untouched pieces.
// CHECK-LABEL: func.func @slice_update
func.func @slice_update(%text: tensor<2x8x4xf32>, %vis: tensor<2x3x4xf32>) -> tensor<2x8x4xf32> {
  // CHECK: %[[HEAD:.*]] = circle.strided_slice {{.*}} -> tensor<2x2x4xf32>
  // CHECK: %[[TAIL:.*]] = circle.strided_slice {{.*}} -> tensor<2x3x4xf32>
  // CHECK: circle.concatenation %[[HEAD]], %{{.*}}, %[[TAIL]] {axis = 1 : i32}
  %0 = tq.slice_update %text, %vis {start = array<i64: 0, 2, 0>} : (tensor<2x8x4xf32>, tensor<2x3x4xf32>) -> tensor<2x8x4xf32>
  return %0 : tensor<2x8x4xf32>
}

// -----

// Masks built from -inf get a finite fill value (-120 by default).
// CHECK-LABEL: func.func @mask_constant
func.func @mask_constant() -> (tensor<2x2xf32>, tensor<2xf32>) {
  // CHECK: circle.const dense<{{\[}}[0.000000e+00, -1.200000e+02], [0.000000e+00, 0.000000e+00]]>
  %0 = tq.constant dense<[[0.0, 0xFF800000], [0.0, 0.0]]> : tensor<2x2xf32>
  // A constant that is not a mask is kept.
  // CHECK: circle.const dense<[-3.000000e+38, 1.000000e+00]>
  %1 = tq.constant dense<[-3.0e38, 1.0]> : tensor<2xf32>
  return %0, %1 : tensor<2x2xf32>, tensor<2xf32>
}

// -----

// ONNX ScatterND semantics on top of Circle's scatter-into-zeros.
// CHECK-LABEL: func.func @scatter_nd
// CHECK-SAME: (%[[D:.*]]: tensor<4x2xf32>, %[[I:.*]]: tensor<1x1xi32>, %[[U:.*]]: tensor<1x2xf32>)
func.func @scatter_nd(%d: tensor<4x2xf32>, %i: tensor<1x1xi32>, %u: tensor<1x2xf32>) -> tensor<4x2xf32> {
  // CHECK: %[[SHAPE:.*]] = circle.const dense<[4, 2]> : tensor<2xi32>
  // CHECK: %[[VALS:.*]] = circle.scatter_nd %[[I]], %[[U]], %[[SHAPE]]
  // CHECK: %[[ONES:.*]] = circle.const dense<1.000000e+00> : tensor<1x2xf32>
  // CHECK: %[[HITS:.*]] = circle.scatter_nd %[[I]], %[[ONES]], %[[SHAPE]]
  // CHECK: %[[MASK:.*]] = circle.greater %[[HITS]], %{{.*}}
  // CHECK: circle.select_v2 %[[MASK]], %[[VALS]], %[[D]]
  %0 = tq.scatter_nd %d, %i, %u : (tensor<4x2xf32>, tensor<1x1xi32>, tensor<1x2xf32>) -> tensor<4x2xf32>
  return %0 : tensor<4x2xf32>
}

// -----

// gather_elements: GATHER_ND over [row grid, indices] coordinates.
// CHECK-LABEL: func.func @gather_elements
// CHECK-SAME: (%[[X:.*]]: tensor<2x3xf32>, %[[I:.*]]: tensor<2x2xi32>)
func.func @gather_elements(%x: tensor<2x3xf32>, %i: tensor<2x2xi32>) -> tensor<2x2xf32> {
  // CHECK: %[[ROWS:.*]] = circle.const dense<{{\[}}{{\[}}[0], [0]], {{\[}}[1], [1]]]> : tensor<2x2x1xi32>
  // CHECK: %[[COLS:.*]] = circle.reshape %[[I]]
  // CHECK: %[[COORDS:.*]] = circle.concatenation %[[ROWS]], %[[COLS]] {axis = 2 : i32}
  // CHECK: circle.gather_nd %[[X]], %[[COORDS]] : (tensor<2x3xf32>, tensor<2x2x2xi32>) -> tensor<2x2xf32>
  %0 = tq.gather_elements %x, %i {axis = 1 : i64} : (tensor<2x3xf32>, tensor<2x2xi32>) -> tensor<2x2xf32>
  return %0 : tensor<2x2xf32>
}
