// RUN: tico-opt %s -split-input-file -tq-precompute-rope="max-positions=6" | FileCheck %s
// RUN: tico-opt %s -split-input-file -tq-precompute-rope="remarks=true" -verify-diagnostics -o /dev/null
// RUN: not tico-opt %s -split-input-file -tq-precompute-rope="max-positions=-2" 2>&1 | FileCheck %s --check-prefix=NEGATIVE

// NEGATIVE: error: expected max-positions >= 0, got -2

// 1-D text RoPE, batch 2, d = 4 (inv_freq = [1, 0.5]), attention scaling 2:
// cos/sin become tables [6, 4] gathered by the position ids, and
// rotate_half becomes tq.rope.
// CHECK-LABEL: func.func @text_rope
// CHECK-SAME: (%[[X:.*]]: tensor<2x3x2x4xf32>, %[[POS:.*]]: tensor<2x3xi32>)
// CHECK-NOT: tq.cos
// CHECK-NOT: tq.sin
// CHECK: %[[CT:.*]] = tq.constant dense<{{\[}}[2.000000e+00, 2.000000e+00, 2.000000e+00, 2.000000e+00], [1.08060455, 1.7551651, 1.08060455, 1.7551651]
// CHECK-SAME: tensor<6x4xf32>
// CHECK: %[[CG:.*]] = tq.gather %[[CT]], %[[POS]] {axis = 0 : i64} : (tensor<6x4xf32>, tensor<2x3xi32>) -> tensor<2x3x4xf32>
// CHECK: %[[ST:.*]] = tq.constant dense<{{\[}}[0.000000e+00, 0.000000e+00, 0.000000e+00, 0.000000e+00], [1.68294191, 0.958851099, 1.68294191, 0.958851099]
// CHECK: %[[SG:.*]] = tq.gather %[[ST]], %[[POS]]
// CHECK: %[[C:.*]] = tq.unsqueeze %[[CG]]
// CHECK: %[[S:.*]] = tq.unsqueeze %[[SG]]
// CHECK: %[[R:.*]] = tq.rope %[[X]], %[[C]], %[[S]] : (tensor<2x3x2x4xf32>, tensor<2x3x1x4xf32>, tensor<2x3x1x4xf32>) -> tensor<2x3x2x4xf32>
// CHECK: return %[[R]]
func.func @text_rope(%x: tensor<2x3x2x4xf32>, %pos: tensor<2x3xi32>) -> tensor<2x3x2x4xf32> {
  %inv = tq.constant dense<[1.0, 0.5]> : tensor<2xf32>
  %pf = tq.cast %pos : (tensor<2x3xi32>) -> tensor<2x3xf32>
  %p3 = tq.unsqueeze %pf {dims = array<i64: -1>} : (tensor<2x3xf32>) -> tensor<2x3x1xf32>
  %f = tq.mul %p3, %inv : (tensor<2x3x1xf32>, tensor<2xf32>) -> tensor<2x3x2xf32>
  %emb = tq.concat %f, %f {axis = -1 : i64} : (tensor<2x3x2xf32>, tensor<2x3x2xf32>) -> tensor<2x3x4xf32>
  // expected-remark@+1 {{left unchanged: positions are not constant and max-positions is 0}}
  %cos0 = tq.cos %emb : (tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  // expected-remark@+1 {{left unchanged: positions are not constant and max-positions is 0}}
  %sin0 = tq.sin %emb : (tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  %scale = tq.constant dense<2.0> : tensor<f32>
  %cos1 = tq.mul %cos0, %scale : (tensor<2x3x4xf32>, tensor<f32>) -> tensor<2x3x4xf32>
  %sin1 = tq.mul %scale, %sin0 : (tensor<f32>, tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  %cos = tq.unsqueeze %cos1 {dims = array<i64: 2>} : (tensor<2x3x4xf32>) -> tensor<2x3x1x4xf32>
  %sin = tq.unsqueeze %sin1 {dims = array<i64: 2>} : (tensor<2x3x4xf32>) -> tensor<2x3x1x4xf32>
  %x1 = tq.slice %x {start = array<i64: 0, 0, 0, 0>, end = array<i64: 2, 3, 2, 2>, step = array<i64: 1, 1, 1, 1>} : (tensor<2x3x2x4xf32>) -> tensor<2x3x2x2xf32>
  %x2 = tq.slice %x {start = array<i64: 0, 0, 0, 2>, end = array<i64: 2, 3, 2, 4>, step = array<i64: 1, 1, 1, 1>} : (tensor<2x3x2x4xf32>) -> tensor<2x3x2x2xf32>
  %n = tq.neg %x2 : (tensor<2x3x2x2xf32>) -> tensor<2x3x2x2xf32>
  %rot = tq.concat %n, %x1 {axis = -1 : i64} : (tensor<2x3x2x2xf32>, tensor<2x3x2x2xf32>) -> tensor<2x3x2x4xf32>
  %a = tq.mul %x, %cos : (tensor<2x3x2x4xf32>, tensor<2x3x1x4xf32>) -> tensor<2x3x2x4xf32>
  %b = tq.mul %sin, %rot : (tensor<2x3x1x4xf32>, tensor<2x3x2x4xf32>) -> tensor<2x3x2x4xf32>
  %r = tq.add %b, %a : (tensor<2x3x2x4xf32>, tensor<2x3x2x4xf32>) -> tensor<2x3x2x4xf32>
  return %r : tensor<2x3x2x4xf32>
}

// -----

// Constant positions (arange) fold to constant cos/sin; split form of the
// halves.
// CHECK-LABEL: func.func @constant_positions
// CHECK-NOT: tq.cos
// CHECK-NOT: tq.gather
// CHECK: %[[C:.*]] = tq.constant dense<{{\[}}[1.000000e+00, 1.000000e+00], [0.540302277, 0.540302277], [-0.416146845, -0.416146845]]> : tensor<3x2xf32>
// CHECK: %[[S:.*]] = tq.constant dense<{{\[}}[0.000000e+00, 0.000000e+00], [0.841470957, 0.841470957], [0.909297406, 0.909297406]]> : tensor<3x2xf32>
// CHECK: tq.rope %{{.*}}, %[[C]], %[[S]]
func.func @constant_positions(%x: tensor<1x3x2xf32>) -> tensor<1x3x2xf32> {
  %pos = tq.iota {start = 0.0 : f64, step = 1.0 : f64} : tensor<3xi64>
  %inv = tq.constant dense<[1.0]> : tensor<1xf32>
  %pf = tq.cast %pos : (tensor<3xi64>) -> tensor<3xf32>
  %p2 = tq.reshape %pf : (tensor<3xf32>) -> tensor<3x1xf32>
  %f = tq.mul %inv, %p2 : (tensor<1xf32>, tensor<3x1xf32>) -> tensor<3x1xf32>
  %emb = tq.concat %f, %f {axis = 1 : i64} : (tensor<3x1xf32>, tensor<3x1xf32>) -> tensor<3x2xf32>
  %cos = tq.cos %emb : (tensor<3x2xf32>) -> tensor<3x2xf32>
  %sin = tq.sin %emb : (tensor<3x2xf32>) -> tensor<3x2xf32>
  %x1, %x2 = tq.split %x {axis = -1 : i64, sizes = array<i64: 1, 1>} : (tensor<1x3x2xf32>) -> (tensor<1x3x1xf32>, tensor<1x3x1xf32>)
  %n = tq.neg %x2 : (tensor<1x3x1xf32>) -> tensor<1x3x1xf32>
  %rot = tq.concat %n, %x1 {axis = 2 : i64} : (tensor<1x3x1xf32>, tensor<1x3x1xf32>) -> tensor<1x3x2xf32>
  %a = tq.mul %cos, %x : (tensor<3x2xf32>, tensor<1x3x2xf32>) -> tensor<1x3x2xf32>
  %b = tq.mul %rot, %sin : (tensor<1x3x2xf32>, tensor<3x2xf32>) -> tensor<1x3x2xf32>
  %r = tq.add %a, %b : (tensor<1x3x2xf32>, tensor<1x3x2xf32>) -> tensor<1x3x2xf32>
  return %r : tensor<1x3x2xf32>
}

// -----

// Close non-matches: runtime positions without max-positions (remark only
// in the remarks run), halves swapped (cat(-x1, x2) is not rotate_half), and
// cos of something that is not concat(f, f).
// CHECK-LABEL: func.func @near_misses
// CHECK: tq.gather
// CHECK: tq.sin
// CHECK-NOT: tq.rope
func.func @near_misses(%x: tensor<1x3x2xf32>, %pos: tensor<3xi32>, %c: tensor<3x2xf32>, %s: tensor<3x2xf32>) -> (tensor<1x3x2xf32>, tensor<3x2xf32>) {
  %inv = tq.constant dense<[1.0]> : tensor<1xf32>
  %pf = tq.cast %pos : (tensor<3xi32>) -> tensor<3xf32>
  %p2 = tq.reshape %pf : (tensor<3xf32>) -> tensor<3x1xf32>
  %f = tq.mul %p2, %inv : (tensor<3x1xf32>, tensor<1xf32>) -> tensor<3x1xf32>
  %emb = tq.concat %f, %f {axis = 1 : i64} : (tensor<3x1xf32>, tensor<3x1xf32>) -> tensor<3x2xf32>
  // expected-remark@+1 {{left unchanged: positions are not constant and max-positions is 0}}
  %cos = tq.cos %emb : (tensor<3x2xf32>) -> tensor<3x2xf32>
  // expected-remark@+1 {{left unchanged: input is not concat(f, f)}}
  %other = tq.sin %c : (tensor<3x2xf32>) -> tensor<3x2xf32>
  %x1, %x2 = tq.split %x {axis = -1 : i64, sizes = array<i64: 1, 1>} : (tensor<1x3x2xf32>) -> (tensor<1x3x1xf32>, tensor<1x3x1xf32>)
  %n = tq.neg %x1 : (tensor<1x3x1xf32>) -> tensor<1x3x1xf32>
  %rot = tq.concat %n, %x2 {axis = 2 : i64} : (tensor<1x3x1xf32>, tensor<1x3x1xf32>) -> tensor<1x3x2xf32>
  %a = tq.mul %x, %cos : (tensor<1x3x2xf32>, tensor<3x2xf32>) -> tensor<1x3x2xf32>
  %b = tq.mul %rot, %s : (tensor<1x3x2xf32>, tensor<3x2xf32>) -> tensor<1x3x2xf32>
  %r = tq.add %a, %b : (tensor<1x3x2xf32>, tensor<1x3x2xf32>) -> tensor<1x3x2xf32>
  %o = tq.add %other, %s : (tensor<3x2xf32>, tensor<3x2xf32>) -> tensor<3x2xf32>
  return %r, %o : tensor<1x3x2xf32>, tensor<3x2xf32>
}

// -----

// GPT-J interleaved rotation (x[..., 0::2], x[..., 1::2] paired back),
// batch 2.
// CHECK-LABEL: func.func @interleaved_rotate
// CHECK: tq.rope %{{.*}}, %{{.*}}, %{{.*}} {mode = #tq<rope_mode interleaved>} : (tensor<2x3x4xf32>, tensor<3x4xf32>, tensor<3x4xf32>) -> tensor<2x3x4xf32>
// CHECK-NOT: tq.neg
func.func @interleaved_rotate(%x: tensor<2x3x4xf32>, %cos: tensor<3x4xf32>, %sin: tensor<3x4xf32>) -> tensor<2x3x4xf32> {
  %even = tq.slice %x {start = array<i64: 0, 0, 0>, end = array<i64: 2, 3, 4>, step = array<i64: 1, 1, 2>} : (tensor<2x3x4xf32>) -> tensor<2x3x2xf32>
  %odd = tq.slice %x {start = array<i64: 0, 0, 1>, end = array<i64: 2, 3, 9223372036854775807>, step = array<i64: 1, 1, 2>} : (tensor<2x3x4xf32>) -> tensor<2x3x2xf32>
  %n = tq.neg %odd : (tensor<2x3x2xf32>) -> tensor<2x3x2xf32>
  %a = tq.unsqueeze %n {dims = array<i64: -1>} : (tensor<2x3x2xf32>) -> tensor<2x3x2x1xf32>
  %b = tq.unsqueeze %even {dims = array<i64: 3>} : (tensor<2x3x2xf32>) -> tensor<2x3x2x1xf32>
  %pairs = tq.concat %a, %b {axis = -1 : i64} : (tensor<2x3x2x1xf32>, tensor<2x3x2x1xf32>) -> tensor<2x3x2x2xf32>
  %rot = tq.reshape %pairs : (tensor<2x3x2x2xf32>) -> tensor<2x3x4xf32>
  %c = tq.mul %x, %cos : (tensor<2x3x4xf32>, tensor<3x4xf32>) -> tensor<2x3x4xf32>
  %s = tq.mul %rot, %sin : (tensor<2x3x4xf32>, tensor<3x4xf32>) -> tensor<2x3x4xf32>
  %r = tq.add %c, %s : (tensor<2x3x4xf32>, tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  return %r : tensor<2x3x4xf32>
}

// -----

// Gemma4 vision 2-D RoPE written out: per-axis frequencies of the clamped
// x/y position ids, cos/sin = cat(axis x, axis y), each channel half rotated
// on its own. It becomes per-axis tables gathered by the clamped ids and one
// tq.rope per half.
// CHECK-LABEL: func.func @gemma4_vision_2d
// CHECK-COUNT-4: tq.gather %{{.*}} {axis = 0 : i64} : (tensor<6x4xf32>, tensor<1x5xi32>) -> tensor<1x5x4xf32>
// CHECK: %[[A:.*]] = tq.rope %{{.*}} : (tensor<1x5x2x4xf32>, tensor<1x5x1x4xf32>, tensor<1x5x1x4xf32>) -> tensor<1x5x2x4xf32>
// CHECK: %[[B:.*]] = tq.rope %{{.*}} : (tensor<1x5x2x4xf32>, tensor<1x5x1x4xf32>, tensor<1x5x1x4xf32>) -> tensor<1x5x2x4xf32>
// CHECK: tq.concat %[[A]], %[[B]] {axis = -1 : i64}
// CHECK-NOT: tq.cos
func.func @gemma4_vision_2d(%x: tensor<1x5x2x8xf32>, %pos: tensor<1x5x2xi32>) -> tensor<1x5x2x8xf32> {
  %zero = tq.constant dense<0> : tensor<i32>
  %inv = tq.constant dense<[1.0, 0.01]> : tensor<2xf32>
  // Per-axis positions, clamped at 0 (padding patches are -1).
  %px2 = tq.slice %pos {start = array<i64: 0, 0, 0>, end = array<i64: 1, 5, 1>, step = array<i64: 1, 1, 1>} : (tensor<1x5x2xi32>) -> tensor<1x5x1xi32>
  %py2 = tq.slice %pos {start = array<i64: 0, 0, 1>, end = array<i64: 1, 5, 2>, step = array<i64: 1, 1, 1>} : (tensor<1x5x2xi32>) -> tensor<1x5x1xi32>
  %px = tq.reshape %px2 : (tensor<1x5x1xi32>) -> tensor<1x5xi32>
  %py = tq.reshape %py2 : (tensor<1x5x1xi32>) -> tensor<1x5xi32>
  %nx = tq.compare %px, %zero {direction = #tq<cmp lt>} : (tensor<1x5xi32>, tensor<i32>) -> tensor<1x5xi1>
  %ny = tq.compare %py, %zero {direction = #tq<cmp lt>} : (tensor<1x5xi32>, tensor<i32>) -> tensor<1x5xi1>
  %cx = tq.where %nx, %zero, %px : (tensor<1x5xi1>, tensor<i32>, tensor<1x5xi32>) -> tensor<1x5xi32>
  %cy = tq.where %ny, %zero, %py : (tensor<1x5xi1>, tensor<i32>, tensor<1x5xi32>) -> tensor<1x5xi32>
  %fx0 = tq.cast %cx : (tensor<1x5xi32>) -> tensor<1x5xf32>
  %fy0 = tq.cast %cy : (tensor<1x5xi32>) -> tensor<1x5xf32>
  %fx1 = tq.unsqueeze %fx0 {dims = array<i64: -1>} : (tensor<1x5xf32>) -> tensor<1x5x1xf32>
  %fy1 = tq.unsqueeze %fy0 {dims = array<i64: -1>} : (tensor<1x5xf32>) -> tensor<1x5x1xf32>
  %fx = tq.mul %fx1, %inv : (tensor<1x5x1xf32>, tensor<2xf32>) -> tensor<1x5x2xf32>
  %fy = tq.mul %fy1, %inv : (tensor<1x5x1xf32>, tensor<2xf32>) -> tensor<1x5x2xf32>
  %ex = tq.concat %fx, %fx {axis = -1 : i64} : (tensor<1x5x2xf32>, tensor<1x5x2xf32>) -> tensor<1x5x4xf32>
  %ey = tq.concat %fy, %fy {axis = -1 : i64} : (tensor<1x5x2xf32>, tensor<1x5x2xf32>) -> tensor<1x5x4xf32>
  // expected-remark@+1 {{left unchanged: positions are not constant and max-positions is 0}}
  %cosx = tq.cos %ex : (tensor<1x5x4xf32>) -> tensor<1x5x4xf32>
  // expected-remark@+1 {{left unchanged: positions are not constant and max-positions is 0}}
  %cosy = tq.cos %ey : (tensor<1x5x4xf32>) -> tensor<1x5x4xf32>
  // expected-remark@+1 {{left unchanged: positions are not constant and max-positions is 0}}
  %sinx = tq.sin %ex : (tensor<1x5x4xf32>) -> tensor<1x5x4xf32>
  // expected-remark@+1 {{left unchanged: positions are not constant and max-positions is 0}}
  %siny = tq.sin %ey : (tensor<1x5x4xf32>) -> tensor<1x5x4xf32>
  %cos3 = tq.concat %cosx, %cosy {axis = -1 : i64} : (tensor<1x5x4xf32>, tensor<1x5x4xf32>) -> tensor<1x5x8xf32>
  %sin3 = tq.concat %sinx, %siny {axis = -1 : i64} : (tensor<1x5x4xf32>, tensor<1x5x4xf32>) -> tensor<1x5x8xf32>
  %cos = tq.unsqueeze %cos3 {dims = array<i64: 2>} : (tensor<1x5x8xf32>) -> tensor<1x5x1x8xf32>
  %sin = tq.unsqueeze %sin3 {dims = array<i64: 2>} : (tensor<1x5x8xf32>) -> tensor<1x5x1x8xf32>
  // Each channel half [x | y] is rotated on its own with its half of cos/sin.
  %xa = tq.slice %x {start = array<i64: 0, 0, 0, 0>, end = array<i64: 1, 5, 2, 4>, step = array<i64: 1, 1, 1, 1>} : (tensor<1x5x2x8xf32>) -> tensor<1x5x2x4xf32>
  %xb = tq.slice %x {start = array<i64: 0, 0, 0, 4>, end = array<i64: 1, 5, 2, 8>, step = array<i64: 1, 1, 1, 1>} : (tensor<1x5x2x8xf32>) -> tensor<1x5x2x4xf32>
  %ca = tq.slice %cos {start = array<i64: 0, 0, 0, 0>, end = array<i64: 1, 5, 1, 4>, step = array<i64: 1, 1, 1, 1>} : (tensor<1x5x1x8xf32>) -> tensor<1x5x1x4xf32>
  %cb = tq.slice %cos {start = array<i64: 0, 0, 0, 4>, end = array<i64: 1, 5, 1, 8>, step = array<i64: 1, 1, 1, 1>} : (tensor<1x5x1x8xf32>) -> tensor<1x5x1x4xf32>
  %sa = tq.slice %sin {start = array<i64: 0, 0, 0, 0>, end = array<i64: 1, 5, 1, 4>, step = array<i64: 1, 1, 1, 1>} : (tensor<1x5x1x8xf32>) -> tensor<1x5x1x4xf32>
  %sb = tq.slice %sin {start = array<i64: 0, 0, 0, 4>, end = array<i64: 1, 5, 1, 8>, step = array<i64: 1, 1, 1, 1>} : (tensor<1x5x1x8xf32>) -> tensor<1x5x1x4xf32>
  %xa1 = tq.slice %xa {start = array<i64: 0, 0, 0, 0>, end = array<i64: 1, 5, 2, 2>, step = array<i64: 1, 1, 1, 1>} : (tensor<1x5x2x4xf32>) -> tensor<1x5x2x2xf32>
  %xa2 = tq.slice %xa {start = array<i64: 0, 0, 0, 2>, end = array<i64: 1, 5, 2, 4>, step = array<i64: 1, 1, 1, 1>} : (tensor<1x5x2x4xf32>) -> tensor<1x5x2x2xf32>
  %na = tq.neg %xa2 : (tensor<1x5x2x2xf32>) -> tensor<1x5x2x2xf32>
  %rota = tq.concat %na, %xa1 {axis = -1 : i64} : (tensor<1x5x2x2xf32>, tensor<1x5x2x2xf32>) -> tensor<1x5x2x4xf32>
  %ma = tq.mul %xa, %ca : (tensor<1x5x2x4xf32>, tensor<1x5x1x4xf32>) -> tensor<1x5x2x4xf32>
  %qa = tq.mul %rota, %sa : (tensor<1x5x2x4xf32>, tensor<1x5x1x4xf32>) -> tensor<1x5x2x4xf32>
  %ra = tq.add %ma, %qa : (tensor<1x5x2x4xf32>, tensor<1x5x2x4xf32>) -> tensor<1x5x2x4xf32>
  %xb1, %xb2 = tq.split %xb {axis = -1 : i64, sizes = array<i64: 2, 2>} : (tensor<1x5x2x4xf32>) -> (tensor<1x5x2x2xf32>, tensor<1x5x2x2xf32>)
  %nb = tq.neg %xb2 : (tensor<1x5x2x2xf32>) -> tensor<1x5x2x2xf32>
  %rotb = tq.concat %nb, %xb1 {axis = -1 : i64} : (tensor<1x5x2x2xf32>, tensor<1x5x2x2xf32>) -> tensor<1x5x2x4xf32>
  %mb = tq.mul %xb, %cb : (tensor<1x5x2x4xf32>, tensor<1x5x1x4xf32>) -> tensor<1x5x2x4xf32>
  %qb = tq.mul %rotb, %sb : (tensor<1x5x2x4xf32>, tensor<1x5x1x4xf32>) -> tensor<1x5x2x4xf32>
  %rb = tq.add %mb, %qb : (tensor<1x5x2x4xf32>, tensor<1x5x2x4xf32>) -> tensor<1x5x2x4xf32>
  %r = tq.concat %ra, %rb {axis = -1 : i64} : (tensor<1x5x2x4xf32>, tensor<1x5x2x4xf32>) -> tensor<1x5x2x8xf32>
  return %r : tensor<1x5x2x8xf32>
}

// -----

// HF's form of the frequencies, as torch exports it to ONNX:
// transpose(matmul(inv_freq[B, F, 1], float(pos)[B, 1, S])). The inner dim
// is 1, so it is the outer product; batch 2, d = 4 (inv_freq = [1, 0.5]).
// CHECK-LABEL: func.func @hf_matmul_rope
// CHECK-SAME: (%[[X:.*]]: tensor<2x2x3x4xf32>, %[[POS:.*]]: tensor<2x3xi64>)
// CHECK-NOT: tq.matmul
// CHECK-NOT: tq.cos
// CHECK: %[[CT:.*]] = tq.constant dense<{{\[}}[1.000000e+00, 1.000000e+00, 1.000000e+00, 1.000000e+00], [0.540302277, 0.87758255, 0.540302277, 0.87758255]
// CHECK-SAME: tensor<6x4xf32>
// CHECK: %[[CG:.*]] = tq.gather %[[CT]], %[[POS]] {axis = 0 : i64} : (tensor<6x4xf32>, tensor<2x3xi64>) -> tensor<2x3x4xf32>
// CHECK: %[[ST:.*]] = tq.constant dense<{{\[}}[0.000000e+00, 0.000000e+00, 0.000000e+00, 0.000000e+00], [0.841470957, 0.47942555, 0.841470957, 0.47942555]
// CHECK: %[[SG:.*]] = tq.gather %[[ST]], %[[POS]]
// CHECK: tq.rope %[[X]]
func.func @hf_matmul_rope(%x: tensor<2x2x3x4xf32>, %pos: tensor<2x3xi64>) -> tensor<2x2x3x4xf32> {
  %inv = tq.constant dense<[[[1.0], [0.5]], [[1.0], [0.5]]]> : tensor<2x2x1xf32>
  %p = tq.unsqueeze %pos {dims = array<i64: 1>} : (tensor<2x3xi64>) -> tensor<2x1x3xi64>
  %pf = tq.cast %p : (tensor<2x1x3xi64>) -> tensor<2x1x3xf32>
  %mm = tq.matmul %inv, %pf : (tensor<2x2x1xf32>, tensor<2x1x3xf32>) -> tensor<2x2x3xf32>
  %f = tq.transpose %mm {perms = array<i64: 0, 2, 1>} : (tensor<2x2x3xf32>) -> tensor<2x3x2xf32>
  %emb = tq.concat %f, %f {axis = 2 : i64} : (tensor<2x3x2xf32>, tensor<2x3x2xf32>) -> tensor<2x3x4xf32>
  // expected-remark@+1 {{left unchanged: positions are not constant and max-positions is 0}}
  %cos0 = tq.cos %emb : (tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  // expected-remark@+1 {{left unchanged: positions are not constant and max-positions is 0}}
  %sin0 = tq.sin %emb : (tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  %cos = tq.unsqueeze %cos0 {dims = array<i64: 1>} : (tensor<2x3x4xf32>) -> tensor<2x1x3x4xf32>
  %sin = tq.unsqueeze %sin0 {dims = array<i64: 1>} : (tensor<2x3x4xf32>) -> tensor<2x1x3x4xf32>
  %x1 = tq.slice %x {start = array<i64: 0, 0, 0, 0>, end = array<i64: 2, 2, 3, 2>, step = array<i64: 1, 1, 1, 1>} : (tensor<2x2x3x4xf32>) -> tensor<2x2x3x2xf32>
  %x2 = tq.slice %x {start = array<i64: 0, 0, 0, 2>, end = array<i64: 2, 2, 3, 4>, step = array<i64: 1, 1, 1, 1>} : (tensor<2x2x3x4xf32>) -> tensor<2x2x3x2xf32>
  %n = tq.neg %x2 : (tensor<2x2x3x2xf32>) -> tensor<2x2x3x2xf32>
  %rot = tq.concat %n, %x1 {axis = -1 : i64} : (tensor<2x2x3x2xf32>, tensor<2x2x3x2xf32>) -> tensor<2x2x3x4xf32>
  %a = tq.mul %x, %cos : (tensor<2x2x3x4xf32>, tensor<2x1x3x4xf32>) -> tensor<2x2x3x4xf32>
  %b = tq.mul %rot, %sin : (tensor<2x2x3x4xf32>, tensor<2x1x3x4xf32>) -> tensor<2x2x3x4xf32>
  %r = tq.add %a, %b : (tensor<2x2x3x4xf32>, tensor<2x2x3x4xf32>) -> tensor<2x2x3x4xf32>
  return %r : tensor<2x2x3x4xf32>
}

// -----

// Close non-matches of HF's form: inv_freq differs between batch rows, the
// transpose is not over the last two dims, the positions are broadcast
// over the batch by the matmul (rhs batch 1), and the matmul transposes
// its lhs. The cos/sin stay.
// CHECK-LABEL: func.func @hf_matmul_near_misses
// CHECK-COUNT-4: tq.cos
func.func @hf_matmul_near_misses(%pos: tensor<2x3xi64>, %pos1: tensor<1x3xi64>) -> (tensor<2x3x4xf32>, tensor<3x2x4xf32>, tensor<2x3x4xf32>, tensor<2x3x4xf32>) {
  %p = tq.unsqueeze %pos {dims = array<i64: 1>} : (tensor<2x3xi64>) -> tensor<2x1x3xi64>
  %pf = tq.cast %p : (tensor<2x1x3xi64>) -> tensor<2x1x3xf32>
  %bad = tq.constant dense<[[[1.0], [0.5]], [[1.0], [0.25]]]> : tensor<2x2x1xf32>
  %mm0 = tq.matmul %bad, %pf : (tensor<2x2x1xf32>, tensor<2x1x3xf32>) -> tensor<2x2x3xf32>
  %f0 = tq.transpose %mm0 {perms = array<i64: 0, 2, 1>} : (tensor<2x2x3xf32>) -> tensor<2x3x2xf32>
  %e0 = tq.concat %f0, %f0 {axis = 2 : i64} : (tensor<2x3x2xf32>, tensor<2x3x2xf32>) -> tensor<2x3x4xf32>
  // expected-remark@+1 {{left unchanged: inv_freq differs between batch rows}}
  %c0 = tq.cos %e0 : (tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  %inv = tq.constant dense<[[[1.0], [0.5]], [[1.0], [0.5]]]> : tensor<2x2x1xf32>
  %mm1 = tq.matmul %inv, %pf : (tensor<2x2x1xf32>, tensor<2x1x3xf32>) -> tensor<2x2x3xf32>
  %f1 = tq.transpose %mm1 {perms = array<i64: 2, 0, 1>} : (tensor<2x2x3xf32>) -> tensor<3x2x2xf32>
  %e1 = tq.concat %f1, %f1 {axis = 2 : i64} : (tensor<3x2x2xf32>, tensor<3x2x2xf32>) -> tensor<3x2x4xf32>
  // expected-remark@+1 {{left unchanged: the frequency matmul is not transposed over its last two dims}}
  %c1 = tq.cos %e1 : (tensor<3x2x4xf32>) -> tensor<3x2x4xf32>
  %q = tq.unsqueeze %pos1 {dims = array<i64: 1>} : (tensor<1x3xi64>) -> tensor<1x1x3xi64>
  %qf = tq.cast %q : (tensor<1x1x3xi64>) -> tensor<1x1x3xf32>
  %mm2 = tq.matmul %inv, %qf : (tensor<2x2x1xf32>, tensor<1x1x3xf32>) -> tensor<2x2x3xf32>
  %f2 = tq.transpose %mm2 {perms = array<i64: 0, 2, 1>} : (tensor<2x2x3xf32>) -> tensor<2x3x2xf32>
  %e2 = tq.concat %f2, %f2 {axis = 2 : i64} : (tensor<2x3x2xf32>, tensor<2x3x2xf32>) -> tensor<2x3x4xf32>
  // expected-remark@+1 {{left unchanged: the frequency matmul's rhs is not positions[..., 1, S]}}
  %c2 = tq.cos %e2 : (tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  %invt = tq.constant dense<[[[1.0, 0.5]], [[1.0, 0.5]]]> : tensor<2x1x2xf32>
  %mm3 = tq.matmul %invt, %pf {transpose_lhs = true} : (tensor<2x1x2xf32>, tensor<2x1x3xf32>) -> tensor<2x2x3xf32>
  %f3 = tq.transpose %mm3 {perms = array<i64: 0, 2, 1>} : (tensor<2x2x3xf32>) -> tensor<2x3x2xf32>
  %e3 = tq.concat %f3, %f3 {axis = 2 : i64} : (tensor<2x3x2xf32>, tensor<2x3x2xf32>) -> tensor<2x3x4xf32>
  // expected-remark@+1 {{left unchanged: the frequency matmul transposes an operand}}
  %c3 = tq.cos %e3 : (tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  return %c0, %c1, %c2, %c3 : tensor<2x3x4xf32>, tensor<3x2x4xf32>, tensor<2x3x4xf32>, tensor<2x3x4xf32>
}
