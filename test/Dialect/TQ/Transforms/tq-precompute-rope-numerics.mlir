// Numerical proof on seeded random inputs: positions are random in [0, 7]
// and the tables have 8 rows; batch 2.
// RUN: tico-pass-check %s --split-input-file --seeds 8 --rtol 1e-6 --pass-pipeline='builtin.module(func.func(tq-precompute-rope{max-positions=8}))' | FileCheck %s
// CHECK-NOT: {{FAIL|SKIP}}

// CHECK: PASS text_rope
func.func @text_rope(%x: tensor<2x3x2x4xf32>, %pos: tensor<2x3xi32>) -> tensor<2x3x2x4xf32> {
  %inv = tq.constant dense<[1.0, 0.5]> : tensor<2xf32>
  %pf = tq.cast %pos : (tensor<2x3xi32>) -> tensor<2x3xf32>
  %p3 = tq.unsqueeze %pf {dims = array<i64: -1>} : (tensor<2x3xf32>) -> tensor<2x3x1xf32>
  %f = tq.mul %p3, %inv : (tensor<2x3x1xf32>, tensor<2xf32>) -> tensor<2x3x2xf32>
  %emb = tq.concat %f, %f {axis = -1 : i64} : (tensor<2x3x2xf32>, tensor<2x3x2xf32>) -> tensor<2x3x4xf32>
  %cos0 = tq.cos %emb : (tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
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

// CHECK: PASS constant_positions
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

// CHECK: PASS interleaved_rotate
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

// CHECK: PASS gemma4_vision_2d
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
  %cosx = tq.cos %ex : (tensor<1x5x4xf32>) -> tensor<1x5x4xf32>
  %cosy = tq.cos %ey : (tensor<1x5x4xf32>) -> tensor<1x5x4xf32>
  %sinx = tq.sin %ex : (tensor<1x5x4xf32>) -> tensor<1x5x4xf32>
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

// HF's matmul form of the frequencies (the ONNX export), batch 2.
// CHECK: PASS hf_matmul_rope
func.func @hf_matmul_rope(%x: tensor<2x2x3x4xf32>, %pos: tensor<2x3xi64>) -> tensor<2x2x3x4xf32> {
  %inv = tq.constant dense<[[[1.0], [0.5]], [[1.0], [0.5]]]> : tensor<2x2x1xf32>
  %p = tq.unsqueeze %pos {dims = array<i64: 1>} : (tensor<2x3xi64>) -> tensor<2x1x3xi64>
  %pf = tq.cast %p : (tensor<2x1x3xi64>) -> tensor<2x1x3xf32>
  %mm = tq.matmul %inv, %pf : (tensor<2x2x1xf32>, tensor<2x1x3xf32>) -> tensor<2x2x3xf32>
  %f = tq.transpose %mm {perms = array<i64: 0, 2, 1>} : (tensor<2x2x3xf32>) -> tensor<2x3x2xf32>
  %emb = tq.concat %f, %f {axis = 2 : i64} : (tensor<2x3x2xf32>, tensor<2x3x2xf32>) -> tensor<2x3x4xf32>
  %cos0 = tq.cos %emb : (tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
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

// Gemma4 vision 2-D RoPE as exported: per-axis HF-form frequencies over
// the clamped (x, y) patch ids, cos = cat(cos_x, cos_y), each half of the
// head rotated separately. Batch 2, 3 patches, head dim 8.
// CHECK: PASS gemma_vision_2d
func.func @gemma_vision_2d(%q: tensor<2x1x3x8xf32>, %ids: tensor<2x3x2xi64>) -> tensor<2x1x3x8xf32> {
  %zero = tq.constant dense<0> : tensor<i64>
  %one = tq.constant dense<1> : tensor<i64>
  %neg = tq.compare %ids, %zero {direction = #tq<cmp lt>} : (tensor<2x3x2xi64>, tensor<i64>) -> tensor<2x3x2xi1>
  %clamped = tq.where %neg, %zero, %ids : (tensor<2x3x2xi1>, tensor<i64>, tensor<2x3x2xi64>) -> tensor<2x3x2xi64>
  %px = tq.gather %clamped, %zero {axis = 2 : i64} : (tensor<2x3x2xi64>, tensor<i64>) -> tensor<2x3xi64>
  %py = tq.gather %clamped, %one {axis = 2 : i64} : (tensor<2x3x2xi64>, tensor<i64>) -> tensor<2x3xi64>
  %inv = tq.constant dense<[[[1.0], [0.1]], [[1.0], [0.1]]]> : tensor<2x2x1xf32>
  %ux = tq.unsqueeze %px {dims = array<i64: 1>} : (tensor<2x3xi64>) -> tensor<2x1x3xi64>
  %fx = tq.cast %ux : (tensor<2x1x3xi64>) -> tensor<2x1x3xf32>
  %mx = tq.matmul %inv, %fx : (tensor<2x2x1xf32>, tensor<2x1x3xf32>) -> tensor<2x2x3xf32>
  %tx = tq.transpose %mx {perms = array<i64: 0, 2, 1>} : (tensor<2x2x3xf32>) -> tensor<2x3x2xf32>
  %ex = tq.concat %tx, %tx {axis = 2 : i64} : (tensor<2x3x2xf32>, tensor<2x3x2xf32>) -> tensor<2x3x4xf32>
  %cx = tq.cos %ex : (tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  %sx = tq.sin %ex : (tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  %uy = tq.unsqueeze %py {dims = array<i64: 1>} : (tensor<2x3xi64>) -> tensor<2x1x3xi64>
  %fy = tq.cast %uy : (tensor<2x1x3xi64>) -> tensor<2x1x3xf32>
  %my = tq.matmul %inv, %fy : (tensor<2x2x1xf32>, tensor<2x1x3xf32>) -> tensor<2x2x3xf32>
  %ty = tq.transpose %my {perms = array<i64: 0, 2, 1>} : (tensor<2x2x3xf32>) -> tensor<2x3x2xf32>
  %ey = tq.concat %ty, %ty {axis = 2 : i64} : (tensor<2x3x2xf32>, tensor<2x3x2xf32>) -> tensor<2x3x4xf32>
  %cy = tq.cos %ey : (tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  %sy = tq.sin %ey : (tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  %c8 = tq.concat %cx, %cy {axis = 2 : i64} : (tensor<2x3x4xf32>, tensor<2x3x4xf32>) -> tensor<2x3x8xf32>
  %s8 = tq.concat %sx, %sy {axis = 2 : i64} : (tensor<2x3x4xf32>, tensor<2x3x4xf32>) -> tensor<2x3x8xf32>
  %cos = tq.unsqueeze %c8 {dims = array<i64: 1>} : (tensor<2x3x8xf32>) -> tensor<2x1x3x8xf32>
  %sin = tq.unsqueeze %s8 {dims = array<i64: 1>} : (tensor<2x3x8xf32>) -> tensor<2x1x3x8xf32>
  %h0 = tq.slice %q {start = array<i64: 0, 0, 0, 0>, end = array<i64: 2, 1, 3, 4>, step = array<i64: 1, 1, 1, 1>} : (tensor<2x1x3x8xf32>) -> tensor<2x1x3x4xf32>
  %c0 = tq.slice %cos {start = array<i64: 0, 0, 0, 0>, end = array<i64: 2, 1, 3, 4>, step = array<i64: 1, 1, 1, 1>} : (tensor<2x1x3x8xf32>) -> tensor<2x1x3x4xf32>
  %s0 = tq.slice %sin {start = array<i64: 0, 0, 0, 0>, end = array<i64: 2, 1, 3, 4>, step = array<i64: 1, 1, 1, 1>} : (tensor<2x1x3x8xf32>) -> tensor<2x1x3x4xf32>
  %a0 = tq.mul %h0, %c0 : (tensor<2x1x3x4xf32>, tensor<2x1x3x4xf32>) -> tensor<2x1x3x4xf32>
  %h0b = tq.slice %h0 {start = array<i64: 0, 0, 0, 2>, end = array<i64: 2, 1, 3, 4>, step = array<i64: 1, 1, 1, 1>} : (tensor<2x1x3x4xf32>) -> tensor<2x1x3x2xf32>
  %n0 = tq.neg %h0b : (tensor<2x1x3x2xf32>) -> tensor<2x1x3x2xf32>
  %h0a = tq.slice %h0 {start = array<i64: 0, 0, 0, 0>, end = array<i64: 2, 1, 3, 2>, step = array<i64: 1, 1, 1, 1>} : (tensor<2x1x3x4xf32>) -> tensor<2x1x3x2xf32>
  %r0 = tq.concat %n0, %h0a {axis = 3 : i64} : (tensor<2x1x3x2xf32>, tensor<2x1x3x2xf32>) -> tensor<2x1x3x4xf32>
  %b0 = tq.mul %r0, %s0 : (tensor<2x1x3x4xf32>, tensor<2x1x3x4xf32>) -> tensor<2x1x3x4xf32>
  %o0 = tq.add %a0, %b0 : (tensor<2x1x3x4xf32>, tensor<2x1x3x4xf32>) -> tensor<2x1x3x4xf32>
  %h1 = tq.slice %q {start = array<i64: 0, 0, 0, 4>, end = array<i64: 2, 1, 3, 8>, step = array<i64: 1, 1, 1, 1>} : (tensor<2x1x3x8xf32>) -> tensor<2x1x3x4xf32>
  %c1 = tq.slice %cos {start = array<i64: 0, 0, 0, 4>, end = array<i64: 2, 1, 3, 8>, step = array<i64: 1, 1, 1, 1>} : (tensor<2x1x3x8xf32>) -> tensor<2x1x3x4xf32>
  %s1 = tq.slice %sin {start = array<i64: 0, 0, 0, 4>, end = array<i64: 2, 1, 3, 8>, step = array<i64: 1, 1, 1, 1>} : (tensor<2x1x3x8xf32>) -> tensor<2x1x3x4xf32>
  %a1 = tq.mul %h1, %c1 : (tensor<2x1x3x4xf32>, tensor<2x1x3x4xf32>) -> tensor<2x1x3x4xf32>
  %h1b = tq.slice %h1 {start = array<i64: 0, 0, 0, 2>, end = array<i64: 2, 1, 3, 4>, step = array<i64: 1, 1, 1, 1>} : (tensor<2x1x3x4xf32>) -> tensor<2x1x3x2xf32>
  %n1 = tq.neg %h1b : (tensor<2x1x3x2xf32>) -> tensor<2x1x3x2xf32>
  %h1a = tq.slice %h1 {start = array<i64: 0, 0, 0, 0>, end = array<i64: 2, 1, 3, 2>, step = array<i64: 1, 1, 1, 1>} : (tensor<2x1x3x4xf32>) -> tensor<2x1x3x2xf32>
  %r1 = tq.concat %n1, %h1a {axis = 3 : i64} : (tensor<2x1x3x2xf32>, tensor<2x1x3x2xf32>) -> tensor<2x1x3x4xf32>
  %b1 = tq.mul %r1, %s1 : (tensor<2x1x3x4xf32>, tensor<2x1x3x4xf32>) -> tensor<2x1x3x4xf32>
  %o1 = tq.add %a1, %b1 : (tensor<2x1x3x4xf32>, tensor<2x1x3x4xf32>) -> tensor<2x1x3x4xf32>
  %out = tq.concat %o0, %o1 {axis = 3 : i64} : (tensor<2x1x3x4xf32>, tensor<2x1x3x4xf32>) -> tensor<2x1x3x8xf32>
  return %out : tensor<2x1x3x8xf32>
}
