// Numerical proof of the M-RoPE tables on seeded random inputs: the
// position ids are random in [0, 7] (tico-pass-check draws integers there)
// and the tables have 8 rows; batch 2. The second run also lowers to the
// circle dialect, showing the per-axis gathers and selects are static
// Circle ops (GATHER, SELECT_V2).
// RUN: tico-pass-check %s --split-input-file --seeds 8 --rtol 1e-6 --pass-pipeline='builtin.module(func.func(tq-precompute-rope{max-positions=8}))' | FileCheck %s
// RUN: tico-pass-check %s --split-input-file --seeds 8 --rtol 1e-6 --pass-pipeline='builtin.module(func.func(tq-precompute-rope{max-positions=8}),tico-lower-to-circle)' | FileCheck %s
// CHECK-NOT: {{FAIL|SKIP}}

// CHECK: PASS qwen3_vl_interleaved
func.func @qwen3_vl_interleaved(%q: tensor<2x2x3x16xf32>, %pos: tensor<3x2x3xi64>) -> tensor<2x2x3x16xf32> {
  %inv = tq.constant dense<[1.0, 0.5, 0.25, 0.125, 0.0625, 0.03125, 0.015625, 0.0078125]> : tensor<8xf32>
  %pf = tq.cast %pos : (tensor<3x2x3xi64>) -> tensor<3x2x3xf32>
  %p4 = tq.unsqueeze %pf {dims = array<i64: -1>} : (tensor<3x2x3xf32>) -> tensor<3x2x3x1xf32>
  %freqs = tq.mul %p4, %inv : (tensor<3x2x3x1xf32>, tensor<8xf32>) -> tensor<3x2x3x8xf32>
  // apply_interleaved_mrope(freqs, mrope_section = [3, 3, 2]): freqs_t = freqs[0];
  // freqs_t[..., 1:9:3] = freqs[1, ..., 1:9:3];
  // freqs_t[..., 2:6:3] = freqs[2, ..., 2:6:3]. The strided
  // in-place writes are selects with constant channel masks.
  %ft1 = tq.slice %freqs {start = array<i64: 0, 0, 0, 0>, end = array<i64: 1, 2, 3, 8>, step = array<i64: 1, 1, 1, 1>} : (tensor<3x2x3x8xf32>) -> tensor<1x2x3x8xf32>
  %ft = tq.squeeze %ft1 {dims = array<i64: 0>} : (tensor<1x2x3x8xf32>) -> tensor<2x3x8xf32>
  %fh1 = tq.slice %freqs {start = array<i64: 1, 0, 0, 0>, end = array<i64: 2, 2, 3, 8>, step = array<i64: 1, 1, 1, 1>} : (tensor<3x2x3x8xf32>) -> tensor<1x2x3x8xf32>
  %fh = tq.squeeze %fh1 {dims = array<i64: 0>} : (tensor<1x2x3x8xf32>) -> tensor<2x3x8xf32>
  %fw1 = tq.slice %freqs {start = array<i64: 2, 0, 0, 0>, end = array<i64: 3, 2, 3, 8>, step = array<i64: 1, 1, 1, 1>} : (tensor<3x2x3x8xf32>) -> tensor<1x2x3x8xf32>
  %fw = tq.squeeze %fw1 {dims = array<i64: 0>} : (tensor<1x2x3x8xf32>) -> tensor<2x3x8xf32>
  %mh = tq.constant dense<[false, true, false, false, true, false, false, true]> : tensor<8xi1>
  %mw = tq.constant dense<[false, false, true, false, false, true, false, false]> : tensor<8xi1>
  %f1 = tq.where %mh, %fh, %ft : (tensor<8xi1>, tensor<2x3x8xf32>, tensor<2x3x8xf32>) -> tensor<2x3x8xf32>
  %f = tq.where %mw, %fw, %f1 : (tensor<8xi1>, tensor<2x3x8xf32>, tensor<2x3x8xf32>) -> tensor<2x3x8xf32>
  %emb = tq.concat %f, %f {axis = -1 : i64} : (tensor<2x3x8xf32>, tensor<2x3x8xf32>) -> tensor<2x3x16xf32>
  %cos0 = tq.cos %emb : (tensor<2x3x16xf32>) -> tensor<2x3x16xf32>
  %sin0 = tq.sin %emb : (tensor<2x3x16xf32>) -> tensor<2x3x16xf32>
  %scale = tq.constant dense<0.5> : tensor<f32>
  %coss = tq.mul %cos0, %scale : (tensor<2x3x16xf32>, tensor<f32>) -> tensor<2x3x16xf32>
  %sins = tq.mul %sin0, %scale : (tensor<2x3x16xf32>, tensor<f32>) -> tensor<2x3x16xf32>
  %cos = tq.unsqueeze %coss {dims = array<i64: 1>} : (tensor<2x3x16xf32>) -> tensor<2x1x3x16xf32>
  %sin = tq.unsqueeze %sins {dims = array<i64: 1>} : (tensor<2x3x16xf32>) -> tensor<2x1x3x16xf32>
  %x1 = tq.slice %q {start = array<i64: 0, 0, 0, 0>, end = array<i64: 2, 2, 3, 8>, step = array<i64: 1, 1, 1, 1>} : (tensor<2x2x3x16xf32>) -> tensor<2x2x3x8xf32>
  %x2 = tq.slice %q {start = array<i64: 0, 0, 0, 8>, end = array<i64: 2, 2, 3, 16>, step = array<i64: 1, 1, 1, 1>} : (tensor<2x2x3x16xf32>) -> tensor<2x2x3x8xf32>
  %n = tq.neg %x2 : (tensor<2x2x3x8xf32>) -> tensor<2x2x3x8xf32>
  %rot = tq.concat %n, %x1 {axis = -1 : i64} : (tensor<2x2x3x8xf32>, tensor<2x2x3x8xf32>) -> tensor<2x2x3x16xf32>
  %a = tq.mul %q, %cos : (tensor<2x2x3x16xf32>, tensor<2x1x3x16xf32>) -> tensor<2x2x3x16xf32>
  %b = tq.mul %rot, %sin : (tensor<2x2x3x16xf32>, tensor<2x1x3x16xf32>) -> tensor<2x2x3x16xf32>
  %r = tq.add %a, %b : (tensor<2x2x3x16xf32>, tensor<2x2x3x16xf32>) -> tensor<2x2x3x16xf32>
  return %r : tensor<2x2x3x16xf32>
}

// -----

// CHECK: PASS qwen2_5_vl_sectioned
func.func @qwen2_5_vl_sectioned(%q: tensor<2x2x3x8xf32>, %pos: tensor<3x2x3xi32>) -> tensor<2x2x3x8xf32> {
  %inv = tq.constant dense<[1.0, 0.1, 0.01, 0.001]> : tensor<4xf32>
  %pf = tq.cast %pos : (tensor<3x2x3xi32>) -> tensor<3x2x3xf32>
  %p4 = tq.unsqueeze %pf {dims = array<i64: -1>} : (tensor<3x2x3xf32>) -> tensor<3x2x3x1xf32>
  %freqs = tq.mul %p4, %inv : (tensor<3x2x3x1xf32>, tensor<4xf32>) -> tensor<3x2x3x4xf32>
  %emb = tq.concat %freqs, %freqs {axis = -1 : i64} : (tensor<3x2x3x4xf32>, tensor<3x2x3x4xf32>) -> tensor<3x2x3x8xf32>
  %cos3 = tq.cos %emb : (tensor<3x2x3x8xf32>) -> tensor<3x2x3x8xf32>
  %sin3 = tq.sin %emb : (tensor<3x2x3x8xf32>) -> tensor<3x2x3x8xf32>
  // apply_multimodal_rotary_pos_emb, mrope_section = [2, 1, 1]: split by
  // mrope_section * 2 along the channels, piece i from axis i % 3.
  %cosp0, %cosp1, %cosp2, %cosp3, %cosp4, %cosp5 = tq.split %cos3 {axis = -1 : i64, sizes = array<i64: 2, 1, 1, 2, 1, 1>} : (tensor<3x2x3x8xf32>) -> (tensor<3x2x3x2xf32>, tensor<3x2x3x1xf32>, tensor<3x2x3x1xf32>, tensor<3x2x3x2xf32>, tensor<3x2x3x1xf32>, tensor<3x2x3x1xf32>)
  %cosa0 = tq.slice %cosp0 {start = array<i64: 0, 0, 0, 0>, end = array<i64: 1, 2, 3, 2>, step = array<i64: 1, 1, 1, 1>} : (tensor<3x2x3x2xf32>) -> tensor<1x2x3x2xf32>
  %cosm0 = tq.reshape %cosa0 : (tensor<1x2x3x2xf32>) -> tensor<2x3x2xf32>
  %cosa1 = tq.slice %cosp1 {start = array<i64: 1, 0, 0, 0>, end = array<i64: 2, 2, 3, 1>, step = array<i64: 1, 1, 1, 1>} : (tensor<3x2x3x1xf32>) -> tensor<1x2x3x1xf32>
  %cosm1 = tq.reshape %cosa1 : (tensor<1x2x3x1xf32>) -> tensor<2x3x1xf32>
  %cosa2 = tq.slice %cosp2 {start = array<i64: 2, 0, 0, 0>, end = array<i64: 3, 2, 3, 1>, step = array<i64: 1, 1, 1, 1>} : (tensor<3x2x3x1xf32>) -> tensor<1x2x3x1xf32>
  %cosm2 = tq.reshape %cosa2 : (tensor<1x2x3x1xf32>) -> tensor<2x3x1xf32>
  %cosa3 = tq.slice %cosp3 {start = array<i64: 0, 0, 0, 0>, end = array<i64: 1, 2, 3, 2>, step = array<i64: 1, 1, 1, 1>} : (tensor<3x2x3x2xf32>) -> tensor<1x2x3x2xf32>
  %cosm3 = tq.reshape %cosa3 : (tensor<1x2x3x2xf32>) -> tensor<2x3x2xf32>
  %cosa4 = tq.slice %cosp4 {start = array<i64: 1, 0, 0, 0>, end = array<i64: 2, 2, 3, 1>, step = array<i64: 1, 1, 1, 1>} : (tensor<3x2x3x1xf32>) -> tensor<1x2x3x1xf32>
  %cosm4 = tq.reshape %cosa4 : (tensor<1x2x3x1xf32>) -> tensor<2x3x1xf32>
  %cosa5 = tq.slice %cosp5 {start = array<i64: 2, 0, 0, 0>, end = array<i64: 3, 2, 3, 1>, step = array<i64: 1, 1, 1, 1>} : (tensor<3x2x3x1xf32>) -> tensor<1x2x3x1xf32>
  %cosm5 = tq.reshape %cosa5 : (tensor<1x2x3x1xf32>) -> tensor<2x3x1xf32>
  %cosc = tq.concat %cosm0, %cosm1, %cosm2, %cosm3, %cosm4, %cosm5 {axis = -1 : i64} : (tensor<2x3x2xf32>, tensor<2x3x1xf32>, tensor<2x3x1xf32>, tensor<2x3x2xf32>, tensor<2x3x1xf32>, tensor<2x3x1xf32>) -> tensor<2x3x8xf32>
  %cos = tq.unsqueeze %cosc {dims = array<i64: 1>} : (tensor<2x3x8xf32>) -> tensor<2x1x3x8xf32>
  %sinp0, %sinp1, %sinp2, %sinp3, %sinp4, %sinp5 = tq.split %sin3 {axis = -1 : i64, sizes = array<i64: 2, 1, 1, 2, 1, 1>} : (tensor<3x2x3x8xf32>) -> (tensor<3x2x3x2xf32>, tensor<3x2x3x1xf32>, tensor<3x2x3x1xf32>, tensor<3x2x3x2xf32>, tensor<3x2x3x1xf32>, tensor<3x2x3x1xf32>)
  %sina0 = tq.slice %sinp0 {start = array<i64: 0, 0, 0, 0>, end = array<i64: 1, 2, 3, 2>, step = array<i64: 1, 1, 1, 1>} : (tensor<3x2x3x2xf32>) -> tensor<1x2x3x2xf32>
  %sinm0 = tq.reshape %sina0 : (tensor<1x2x3x2xf32>) -> tensor<2x3x2xf32>
  %sina1 = tq.slice %sinp1 {start = array<i64: 1, 0, 0, 0>, end = array<i64: 2, 2, 3, 1>, step = array<i64: 1, 1, 1, 1>} : (tensor<3x2x3x1xf32>) -> tensor<1x2x3x1xf32>
  %sinm1 = tq.reshape %sina1 : (tensor<1x2x3x1xf32>) -> tensor<2x3x1xf32>
  %sina2 = tq.slice %sinp2 {start = array<i64: 2, 0, 0, 0>, end = array<i64: 3, 2, 3, 1>, step = array<i64: 1, 1, 1, 1>} : (tensor<3x2x3x1xf32>) -> tensor<1x2x3x1xf32>
  %sinm2 = tq.reshape %sina2 : (tensor<1x2x3x1xf32>) -> tensor<2x3x1xf32>
  %sina3 = tq.slice %sinp3 {start = array<i64: 0, 0, 0, 0>, end = array<i64: 1, 2, 3, 2>, step = array<i64: 1, 1, 1, 1>} : (tensor<3x2x3x2xf32>) -> tensor<1x2x3x2xf32>
  %sinm3 = tq.reshape %sina3 : (tensor<1x2x3x2xf32>) -> tensor<2x3x2xf32>
  %sina4 = tq.slice %sinp4 {start = array<i64: 1, 0, 0, 0>, end = array<i64: 2, 2, 3, 1>, step = array<i64: 1, 1, 1, 1>} : (tensor<3x2x3x1xf32>) -> tensor<1x2x3x1xf32>
  %sinm4 = tq.reshape %sina4 : (tensor<1x2x3x1xf32>) -> tensor<2x3x1xf32>
  %sina5 = tq.slice %sinp5 {start = array<i64: 2, 0, 0, 0>, end = array<i64: 3, 2, 3, 1>, step = array<i64: 1, 1, 1, 1>} : (tensor<3x2x3x1xf32>) -> tensor<1x2x3x1xf32>
  %sinm5 = tq.reshape %sina5 : (tensor<1x2x3x1xf32>) -> tensor<2x3x1xf32>
  %sinc = tq.concat %sinm0, %sinm1, %sinm2, %sinm3, %sinm4, %sinm5 {axis = -1 : i64} : (tensor<2x3x2xf32>, tensor<2x3x1xf32>, tensor<2x3x1xf32>, tensor<2x3x2xf32>, tensor<2x3x1xf32>, tensor<2x3x1xf32>) -> tensor<2x3x8xf32>
  %sin = tq.unsqueeze %sinc {dims = array<i64: 1>} : (tensor<2x3x8xf32>) -> tensor<2x1x3x8xf32>
  %x1 = tq.slice %q {start = array<i64: 0, 0, 0, 0>, end = array<i64: 2, 2, 3, 4>, step = array<i64: 1, 1, 1, 1>} : (tensor<2x2x3x8xf32>) -> tensor<2x2x3x4xf32>
  %x2 = tq.slice %q {start = array<i64: 0, 0, 0, 4>, end = array<i64: 2, 2, 3, 8>, step = array<i64: 1, 1, 1, 1>} : (tensor<2x2x3x8xf32>) -> tensor<2x2x3x4xf32>
  %n = tq.neg %x2 : (tensor<2x2x3x4xf32>) -> tensor<2x2x3x4xf32>
  %rot = tq.concat %n, %x1 {axis = -1 : i64} : (tensor<2x2x3x4xf32>, tensor<2x2x3x4xf32>) -> tensor<2x2x3x8xf32>
  %a = tq.mul %q, %cos : (tensor<2x2x3x8xf32>, tensor<2x1x3x8xf32>) -> tensor<2x2x3x8xf32>
  %b = tq.mul %rot, %sin : (tensor<2x2x3x8xf32>, tensor<2x1x3x8xf32>) -> tensor<2x2x3x8xf32>
  %r = tq.add %a, %b : (tensor<2x2x3x8xf32>, tensor<2x2x3x8xf32>) -> tensor<2x2x3x8xf32>
  return %r : tensor<2x2x3x8xf32>
}

// -----

// CHECK: PASS constant_positions
func.func @constant_positions(%q: tensor<1x1x4x8xf32>) -> tensor<1x1x4x8xf32> {
  // The static template: text [0, 1), a 1x1x2 image grid at 1, text after.
  %pos = tq.constant dense<[[[0, 1, 1, 3]], [[0, 1, 1, 3]], [[0, 1, 2, 3]]]> : tensor<3x1x4xi32>
  %inv = tq.constant dense<[1.0, 0.1, 0.01, 0.001]> : tensor<4xf32>
  %pf = tq.cast %pos : (tensor<3x1x4xi32>) -> tensor<3x1x4xf32>
  %p4 = tq.unsqueeze %pf {dims = array<i64: -1>} : (tensor<3x1x4xf32>) -> tensor<3x1x4x1xf32>
  %freqs = tq.mul %p4, %inv : (tensor<3x1x4x1xf32>, tensor<4xf32>) -> tensor<3x1x4x4xf32>
  // apply_interleaved_mrope(freqs, mrope_section = [2, 1, 1]): freqs_t = freqs[0];
  // freqs_t[..., 1:3:3] = freqs[1, ..., 1:3:3];
  // freqs_t[..., 2:3:3] = freqs[2, ..., 2:3:3]. The strided
  // in-place writes are selects with constant channel masks.
  %ft1 = tq.slice %freqs {start = array<i64: 0, 0, 0, 0>, end = array<i64: 1, 1, 4, 4>, step = array<i64: 1, 1, 1, 1>} : (tensor<3x1x4x4xf32>) -> tensor<1x1x4x4xf32>
  %ft = tq.squeeze %ft1 {dims = array<i64: 0>} : (tensor<1x1x4x4xf32>) -> tensor<1x4x4xf32>
  %fh1 = tq.slice %freqs {start = array<i64: 1, 0, 0, 0>, end = array<i64: 2, 1, 4, 4>, step = array<i64: 1, 1, 1, 1>} : (tensor<3x1x4x4xf32>) -> tensor<1x1x4x4xf32>
  %fh = tq.squeeze %fh1 {dims = array<i64: 0>} : (tensor<1x1x4x4xf32>) -> tensor<1x4x4xf32>
  %fw1 = tq.slice %freqs {start = array<i64: 2, 0, 0, 0>, end = array<i64: 3, 1, 4, 4>, step = array<i64: 1, 1, 1, 1>} : (tensor<3x1x4x4xf32>) -> tensor<1x1x4x4xf32>
  %fw = tq.squeeze %fw1 {dims = array<i64: 0>} : (tensor<1x1x4x4xf32>) -> tensor<1x4x4xf32>
  %mh = tq.constant dense<[false, true, false, false]> : tensor<4xi1>
  %mw = tq.constant dense<[false, false, true, false]> : tensor<4xi1>
  %f1 = tq.where %mh, %fh, %ft : (tensor<4xi1>, tensor<1x4x4xf32>, tensor<1x4x4xf32>) -> tensor<1x4x4xf32>
  %f = tq.where %mw, %fw, %f1 : (tensor<4xi1>, tensor<1x4x4xf32>, tensor<1x4x4xf32>) -> tensor<1x4x4xf32>
  %emb = tq.concat %f, %f {axis = -1 : i64} : (tensor<1x4x4xf32>, tensor<1x4x4xf32>) -> tensor<1x4x8xf32>
  %cos0 = tq.cos %emb : (tensor<1x4x8xf32>) -> tensor<1x4x8xf32>
  %sin0 = tq.sin %emb : (tensor<1x4x8xf32>) -> tensor<1x4x8xf32>
  %cos = tq.unsqueeze %cos0 {dims = array<i64: 1>} : (tensor<1x4x8xf32>) -> tensor<1x1x4x8xf32>
  %sin = tq.unsqueeze %sin0 {dims = array<i64: 1>} : (tensor<1x4x8xf32>) -> tensor<1x1x4x8xf32>
  %x1 = tq.slice %q {start = array<i64: 0, 0, 0, 0>, end = array<i64: 1, 1, 4, 4>, step = array<i64: 1, 1, 1, 1>} : (tensor<1x1x4x8xf32>) -> tensor<1x1x4x4xf32>
  %x2 = tq.slice %q {start = array<i64: 0, 0, 0, 4>, end = array<i64: 1, 1, 4, 8>, step = array<i64: 1, 1, 1, 1>} : (tensor<1x1x4x8xf32>) -> tensor<1x1x4x4xf32>
  %n = tq.neg %x2 : (tensor<1x1x4x4xf32>) -> tensor<1x1x4x4xf32>
  %rot = tq.concat %n, %x1 {axis = -1 : i64} : (tensor<1x1x4x4xf32>, tensor<1x1x4x4xf32>) -> tensor<1x1x4x8xf32>
  %a = tq.mul %q, %cos : (tensor<1x1x4x8xf32>, tensor<1x1x4x8xf32>) -> tensor<1x1x4x8xf32>
  %b = tq.mul %rot, %sin : (tensor<1x1x4x8xf32>, tensor<1x1x4x8xf32>) -> tensor<1x1x4x8xf32>
  %r = tq.add %a, %b : (tensor<1x1x4x8xf32>, tensor<1x1x4x8xf32>) -> tensor<1x1x4x8xf32>
  return %r : tensor<1x1x4x8xf32>
}

// -----

// CHECK: PASS mixed_spellings
func.func @mixed_spellings(%q: tensor<2x1x3x8xf32>, %pos: tensor<3x2x3xi32>) -> tensor<2x1x3x8xf32> {
  %inv = tq.constant dense<[1.0, 0.1, 0.01, 0.001]> : tensor<4xf32>
  %pf = tq.cast %pos : (tensor<3x2x3xi32>) -> tensor<3x2x3xf32>
  %p4 = tq.unsqueeze %pf {dims = array<i64: -1>} : (tensor<3x2x3xf32>) -> tensor<3x2x3x1xf32>
  %freqs = tq.mul %p4, %inv : (tensor<3x2x3x1xf32>, tensor<4xf32>) -> tensor<3x2x3x4xf32>
  %ft1, %fh1, %fw1 = tq.split %freqs {axis = 0 : i64, sizes = array<i64: 1, 1, 1>} : (tensor<3x2x3x4xf32>) -> (tensor<1x2x3x4xf32>, tensor<1x2x3x4xf32>, tensor<1x2x3x4xf32>)
  %ft = tq.reshape %ft1 : (tensor<1x2x3x4xf32>) -> tensor<2x3x4xf32>
  %fh = tq.reshape %fh1 : (tensor<1x2x3x4xf32>) -> tensor<2x3x4xf32>
  %fw = tq.reshape %fw1 : (tensor<1x2x3x4xf32>) -> tensor<2x3x4xf32>
  %h12 = tq.slice %fh {start = array<i64: 0, 0, 1>, end = array<i64: 2, 3, 3>, step = array<i64: 1, 1, 1>} : (tensor<2x3x4xf32>) -> tensor<2x3x2xf32>
  %fth = tq.slice_update %ft, %h12 {start = array<i64: 0, 0, 1>} : (tensor<2x3x4xf32>, tensor<2x3x2xf32>) -> tensor<2x3x4xf32>
  %m = tq.constant dense<[[[false, false, false, true]]]> : tensor<1x1x4xi1>
  %f = tq.where %m, %fw, %fth : (tensor<1x1x4xi1>, tensor<2x3x4xf32>, tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  %emb = tq.concat %f, %f {axis = -1 : i64} : (tensor<2x3x4xf32>, tensor<2x3x4xf32>) -> tensor<2x3x8xf32>
  %cos0 = tq.cos %emb : (tensor<2x3x8xf32>) -> tensor<2x3x8xf32>
  %sin0 = tq.sin %emb : (tensor<2x3x8xf32>) -> tensor<2x3x8xf32>
  %cos = tq.unsqueeze %cos0 {dims = array<i64: 1>} : (tensor<2x3x8xf32>) -> tensor<2x1x3x8xf32>
  %sin = tq.unsqueeze %sin0 {dims = array<i64: 1>} : (tensor<2x3x8xf32>) -> tensor<2x1x3x8xf32>
  %x1 = tq.slice %q {start = array<i64: 0, 0, 0, 0>, end = array<i64: 2, 1, 3, 4>, step = array<i64: 1, 1, 1, 1>} : (tensor<2x1x3x8xf32>) -> tensor<2x1x3x4xf32>
  %x2 = tq.slice %q {start = array<i64: 0, 0, 0, 4>, end = array<i64: 2, 1, 3, 8>, step = array<i64: 1, 1, 1, 1>} : (tensor<2x1x3x8xf32>) -> tensor<2x1x3x4xf32>
  %n = tq.neg %x2 : (tensor<2x1x3x4xf32>) -> tensor<2x1x3x4xf32>
  %rot = tq.concat %n, %x1 {axis = -1 : i64} : (tensor<2x1x3x4xf32>, tensor<2x1x3x4xf32>) -> tensor<2x1x3x8xf32>
  %a = tq.mul %q, %cos : (tensor<2x1x3x8xf32>, tensor<2x1x3x8xf32>) -> tensor<2x1x3x8xf32>
  %b = tq.mul %rot, %sin : (tensor<2x1x3x8xf32>, tensor<2x1x3x8xf32>) -> tensor<2x1x3x8xf32>
  %r = tq.add %a, %b : (tensor<2x1x3x8xf32>, tensor<2x1x3x8xf32>) -> tensor<2x1x3x8xf32>
  return %r : tensor<2x1x3x8xf32>
}
