// RUN: tico-opt %s -split-input-file -tq-precompute-rope="max-positions=6" | FileCheck %s
// RUN: tico-opt %s -split-input-file -tq-precompute-rope="max-positions=6 remarks=true" -verify-diagnostics -o /dev/null

// M-RoPE (3-D t/h/w position ids [3, B, S]). The frequency channels pick
// their axis; the pass replaces cos/sin by one table gathered per axis and
// merged by constant per-channel masks. Numbers:
// tq-precompute-rope-mrope-numerics.mlir.

// Qwen3-VL interleaved layout, head_dim 16, mrope_section [3, 3, 2]:
// channel i < 8 reads h when i % 3 == 1 and i < 9, w when i % 3 == 2 and
// i < 6, t otherwise; cat(f, f) repeats the map. Attention scaling 0.5.
// CHECK-LABEL: func.func @qwen3_vl_interleaved
// CHECK-SAME: (%[[Q:.*]]: tensor<2x2x3x16xf32>, %[[POS:.*]]: tensor<3x2x3xi64>)
// CHECK-NOT: tq.cos
// CHECK: %[[CT:.*]] = tq.constant dense<{{\[}}[5.000000e-01, 5.000000e-01, 5.000000e-01, 5.000000e-01, 5.000000e-01, 5.000000e-01, 5.000000e-01, 5.000000e-01, 5.000000e-01, 5.000000e-01, 5.000000e-01, 5.000000e-01, 5.000000e-01, 5.000000e-01, 5.000000e-01, 5.000000e-01], [0.270151138,
// CHECK-SAME: tensor<6x16xf32>
// CHECK: %[[PT:.*]] = tq.slice %[[POS]] {end = array<i64: 1, 2, 3>, start = array<i64: 0, 0, 0>, step = array<i64: 1, 1, 1>} : (tensor<3x2x3xi64>) -> tensor<1x2x3xi64>
// CHECK: %[[IT:.*]] = tq.reshape %[[PT]] : (tensor<1x2x3xi64>) -> tensor<2x3xi64>
// CHECK: %[[GT:.*]] = tq.gather %[[CT]], %[[IT]] {axis = 0 : i64} : (tensor<6x16xf32>, tensor<2x3xi64>) -> tensor<2x3x16xf32>
// CHECK: %[[MH:.*]] = tq.constant dense<[false, true, false, false, true, false, false, true, false, true, false, false, true, false, false, true]> : tensor<16xi1>
// CHECK: %[[PH:.*]] = tq.slice %[[POS]] {end = array<i64: 2, 2, 3>, start = array<i64: 1, 0, 0>, step = array<i64: 1, 1, 1>}
// CHECK: %[[IH:.*]] = tq.reshape %[[PH]]
// CHECK: %[[GH:.*]] = tq.gather %[[CT]], %[[IH]] {axis = 0 : i64}
// CHECK: %[[TH:.*]] = tq.where %[[MH]], %[[GH]], %[[GT]] : (tensor<16xi1>, tensor<2x3x16xf32>, tensor<2x3x16xf32>) -> tensor<2x3x16xf32>
// CHECK: %[[MW:.*]] = tq.constant dense<[false, false, true, false, false, true, false, false, false, false, true, false, false, true, false, false]> : tensor<16xi1>
// CHECK: %[[PW:.*]] = tq.slice %[[POS]] {end = array<i64: 3, 2, 3>, start = array<i64: 2, 0, 0>, step = array<i64: 1, 1, 1>}
// CHECK: %[[IW:.*]] = tq.reshape %[[PW]]
// CHECK: %[[GW:.*]] = tq.gather %[[CT]], %[[IW]] {axis = 0 : i64}
// CHECK: %[[COS:.*]] = tq.where %[[MW]], %[[GW]], %[[TH]]
// CHECK: %[[ST:.*]] = tq.constant dense<{{\[}}[0.000000e+00,
// CHECK-SAME: tensor<6x16xf32>
// CHECK-COUNT-3: tq.gather %[[ST]]
// CHECK: %[[SIN:.*]] = tq.where
// CHECK: %[[C:.*]] = tq.unsqueeze %[[COS]] {dims = array<i64: 1>}
// CHECK: %[[S:.*]] = tq.unsqueeze %[[SIN]] {dims = array<i64: 1>}
// CHECK: tq.rope %[[Q]], %[[C]], %[[S]] : (tensor<2x2x3x16xf32>, tensor<2x1x3x16xf32>, tensor<2x1x3x16xf32>) -> tensor<2x2x3x16xf32>
// CHECK-NOT: tq.sin
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

// Qwen2.5-VL sectioned layout, head_dim 8, mrope_section [2, 1, 1]: cos/sin
// of every axis, split by mrope_section * 2, piece i from axis i % 3. The
// [3, B, S, 8] cos/sin first become table gathers by the stacked ids, then
// the section select becomes per-axis gathers: channels 2 and 6 read h,
// 3 and 7 read w.
// CHECK-LABEL: func.func @qwen2_5_vl_sectioned
// CHECK-SAME: (%[[Q:.*]]: tensor<2x2x3x8xf32>, %[[POS:.*]]: tensor<3x2x3xi32>)
// CHECK-NOT: tq.split
// CHECK: %[[CT:.*]] = tq.constant dense<{{\[}}[1.000000e+00, 1.000000e+00, 1.000000e+00, 1.000000e+00, 1.000000e+00, 1.000000e+00, 1.000000e+00, 1.000000e+00], [0.540302277,
// CHECK-SAME: tensor<6x8xf32>
// CHECK: %[[GT:.*]] = tq.gather %[[CT]], %{{.*}} {axis = 0 : i64} : (tensor<6x8xf32>, tensor<2x3xi32>) -> tensor<2x3x8xf32>
// CHECK: %[[MH:.*]] = tq.constant dense<[false, false, true, false, false, false, true, false]> : tensor<8xi1>
// CHECK: %[[GH:.*]] = tq.gather %[[CT]]
// CHECK: %[[TH:.*]] = tq.where %[[MH]], %[[GH]], %[[GT]]
// CHECK: %[[MW:.*]] = tq.constant dense<[false, false, false, true, false, false, false, true]> : tensor<8xi1>
// CHECK: %[[GW:.*]] = tq.gather %[[CT]]
// CHECK: %[[COS:.*]] = tq.where %[[MW]], %[[GW]], %[[TH]]
// CHECK: %[[C:.*]] = tq.unsqueeze %[[COS]]
// CHECK: %[[S:.*]] = tq.unsqueeze
// CHECK: tq.rope %[[Q]], %[[C]], %[[S]]
// CHECK-NOT: tq.slice %{{.*}} : (tensor<3x2x3x
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

// Other spellings of the pick: per-axis rows from a split along axis 0,
// channels 1 and 2 written from h with slice_update, channel 3 from w by a
// where whose [1, 1, 4] mask broadcasts. Channel axes (t, h, h, w), i32 ids.
// h has most channels and is gathered first; t and w are written over it.
// CHECK-LABEL: func.func @mixed_spellings
// CHECK-SAME: %[[POS:[^:]*]]: tensor<3x2x3xi32>
// CHECK: %[[CT:.*]] = tq.constant {{.*}} : tensor<6x8xf32>
// CHECK: %[[PH:.*]] = tq.slice %[[POS]] {end = array<i64: 2, 2, 3>, start = array<i64: 1, 0, 0>
// CHECK: %[[IH:.*]] = tq.reshape %[[PH]]
// CHECK: %[[GH:.*]] = tq.gather %[[CT]], %[[IH]]
// CHECK: %[[MT:.*]] = tq.constant dense<[true, false, false, false, true, false, false, false]> : tensor<8xi1>
// CHECK: %[[PT:.*]] = tq.slice %[[POS]] {end = array<i64: 1, 2, 3>, start = array<i64: 0, 0, 0>
// CHECK: %[[IT:.*]] = tq.reshape %[[PT]]
// CHECK: %[[GT:.*]] = tq.gather %[[CT]], %[[IT]]
// CHECK: %[[HT:.*]] = tq.where %[[MT]], %[[GT]], %[[GH]]
// CHECK: %[[MW:.*]] = tq.constant dense<[false, false, false, true, false, false, false, true]> : tensor<8xi1>
// CHECK: %[[GW:.*]] = tq.gather %[[CT]]
// CHECK: tq.where %[[MW]], %[[GW]], %[[HT]]
// CHECK: tq.rope
// CHECK-NOT: tq.slice_update
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

// -----

// Constant 3-D positions (the static text/image/text template) fold to
// constant cos/sin.
// CHECK-LABEL: func.func @constant_positions
// CHECK-NOT: tq.cos
// CHECK-NOT: tq.gather
// CHECK: %[[C:.*]] = tq.constant dense<{{.*}}> : tensor<1x4x8xf32>
// CHECK: %[[S:.*]] = tq.constant dense<{{.*}}> : tensor<1x4x8xf32>
// CHECK: tq.unsqueeze %[[C]]
// CHECK: tq.unsqueeze %[[S]]
// CHECK: tq.rope
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

// Close non-matches, left unchanged with a remark: the select covers 3 of
// the 4 frequency channels (sections not summing to head_dim / 2), the
// select mask is not a constant, and the channels do not stay in place.
// CHECK-LABEL: func.func @sections_short
// CHECK: tq.cos
// CHECK-LABEL: func.func @mask_not_constant
// CHECK: tq.cos
// CHECK-LABEL: func.func @channels_moved
// CHECK: tq.cos
func.func @sections_short(%pos: tensor<3x1x3xi32>) -> tensor<1x3x6xf32> {
  %inv = tq.constant dense<[1.0, 0.1, 0.01, 0.001]> : tensor<4xf32>
  %pf = tq.cast %pos : (tensor<3x1x3xi32>) -> tensor<3x1x3xf32>
  %p4 = tq.unsqueeze %pf {dims = array<i64: -1>} : (tensor<3x1x3xf32>) -> tensor<3x1x3x1xf32>
  %freqs = tq.mul %p4, %inv : (tensor<3x1x3x1xf32>, tensor<4xf32>) -> tensor<3x1x3x4xf32>
  %ft1 = tq.slice %freqs {start = array<i64: 0, 0, 0, 0>, end = array<i64: 1, 1, 3, 4>, step = array<i64: 1, 1, 1, 1>} : (tensor<3x1x3x4xf32>) -> tensor<1x1x3x4xf32>
  %ft = tq.squeeze %ft1 {dims = array<i64: 0>} : (tensor<1x1x3x4xf32>) -> tensor<1x3x4xf32>
  %fh1 = tq.slice %freqs {start = array<i64: 1, 0, 0, 0>, end = array<i64: 2, 1, 3, 4>, step = array<i64: 1, 1, 1, 1>} : (tensor<3x1x3x4xf32>) -> tensor<1x1x3x4xf32>
  %fh = tq.squeeze %fh1 {dims = array<i64: 0>} : (tensor<1x1x3x4xf32>) -> tensor<1x3x4xf32>
  %fw1 = tq.slice %freqs {start = array<i64: 2, 0, 0, 0>, end = array<i64: 3, 1, 3, 4>, step = array<i64: 1, 1, 1, 1>} : (tensor<3x1x3x4xf32>) -> tensor<1x1x3x4xf32>
  %fw = tq.squeeze %fw1 {dims = array<i64: 0>} : (tensor<1x1x3x4xf32>) -> tensor<1x3x4xf32>
  %a = tq.slice %ft {start = array<i64: 0, 0, 0>, end = array<i64: 1, 3, 1>, step = array<i64: 1, 1, 1>} : (tensor<1x3x4xf32>) -> tensor<1x3x1xf32>
  %b = tq.slice %fh {start = array<i64: 0, 0, 1>, end = array<i64: 1, 3, 2>, step = array<i64: 1, 1, 1>} : (tensor<1x3x4xf32>) -> tensor<1x3x1xf32>
  %c = tq.slice %fw {start = array<i64: 0, 0, 2>, end = array<i64: 1, 3, 3>, step = array<i64: 1, 1, 1>} : (tensor<1x3x4xf32>) -> tensor<1x3x1xf32>
  %f = tq.concat %a, %b, %c {axis = -1 : i64} : (tensor<1x3x1xf32>, tensor<1x3x1xf32>, tensor<1x3x1xf32>) -> tensor<1x3x3xf32>
  %emb = tq.concat %f, %f {axis = -1 : i64} : (tensor<1x3x3xf32>, tensor<1x3x3xf32>) -> tensor<1x3x6xf32>
  // expected-remark@+1 {{left unchanged: m-rope sections cover 3 of 4 channels}}
  %cos = tq.cos %emb : (tensor<1x3x6xf32>) -> tensor<1x3x6xf32>
  return %cos : tensor<1x3x6xf32>
}

// -----

func.func @mask_not_constant(%pos: tensor<3x1x3xi32>, %m: tensor<4xi1>) -> tensor<1x3x8xf32> {
  %inv = tq.constant dense<[1.0, 0.1, 0.01, 0.001]> : tensor<4xf32>
  %pf = tq.cast %pos : (tensor<3x1x3xi32>) -> tensor<3x1x3xf32>
  %p4 = tq.unsqueeze %pf {dims = array<i64: -1>} : (tensor<3x1x3xf32>) -> tensor<3x1x3x1xf32>
  %freqs = tq.mul %p4, %inv : (tensor<3x1x3x1xf32>, tensor<4xf32>) -> tensor<3x1x3x4xf32>
  %ft1 = tq.slice %freqs {start = array<i64: 0, 0, 0, 0>, end = array<i64: 1, 1, 3, 4>, step = array<i64: 1, 1, 1, 1>} : (tensor<3x1x3x4xf32>) -> tensor<1x1x3x4xf32>
  %ft = tq.squeeze %ft1 {dims = array<i64: 0>} : (tensor<1x1x3x4xf32>) -> tensor<1x3x4xf32>
  %fh1 = tq.slice %freqs {start = array<i64: 1, 0, 0, 0>, end = array<i64: 2, 1, 3, 4>, step = array<i64: 1, 1, 1, 1>} : (tensor<3x1x3x4xf32>) -> tensor<1x1x3x4xf32>
  %fh = tq.squeeze %fh1 {dims = array<i64: 0>} : (tensor<1x1x3x4xf32>) -> tensor<1x3x4xf32>
  %fw1 = tq.slice %freqs {start = array<i64: 2, 0, 0, 0>, end = array<i64: 3, 1, 3, 4>, step = array<i64: 1, 1, 1, 1>} : (tensor<3x1x3x4xf32>) -> tensor<1x1x3x4xf32>
  %fw = tq.squeeze %fw1 {dims = array<i64: 0>} : (tensor<1x1x3x4xf32>) -> tensor<1x3x4xf32>
  %f = tq.where %m, %fh, %ft : (tensor<4xi1>, tensor<1x3x4xf32>, tensor<1x3x4xf32>) -> tensor<1x3x4xf32>
  %emb = tq.concat %f, %f {axis = -1 : i64} : (tensor<1x3x4xf32>, tensor<1x3x4xf32>) -> tensor<1x3x8xf32>
  // expected-remark@+1 {{left unchanged: the condition of a channel select is not a constant per-channel mask}}
  %cos = tq.cos %emb : (tensor<1x3x8xf32>) -> tensor<1x3x8xf32>
  return %cos : tensor<1x3x8xf32>
}

// -----

func.func @channels_moved(%pos: tensor<3x1x3xi32>) -> tensor<1x3x8xf32> {
  %inv = tq.constant dense<[1.0, 0.1, 0.01, 0.001]> : tensor<4xf32>
  %pf = tq.cast %pos : (tensor<3x1x3xi32>) -> tensor<3x1x3xf32>
  %p4 = tq.unsqueeze %pf {dims = array<i64: -1>} : (tensor<3x1x3xf32>) -> tensor<3x1x3x1xf32>
  %freqs = tq.mul %p4, %inv : (tensor<3x1x3x1xf32>, tensor<4xf32>) -> tensor<3x1x3x4xf32>
  %ft1 = tq.slice %freqs {start = array<i64: 0, 0, 0, 0>, end = array<i64: 1, 1, 3, 4>, step = array<i64: 1, 1, 1, 1>} : (tensor<3x1x3x4xf32>) -> tensor<1x1x3x4xf32>
  %ft = tq.squeeze %ft1 {dims = array<i64: 0>} : (tensor<1x1x3x4xf32>) -> tensor<1x3x4xf32>
  %fh1 = tq.slice %freqs {start = array<i64: 1, 0, 0, 0>, end = array<i64: 2, 1, 3, 4>, step = array<i64: 1, 1, 1, 1>} : (tensor<3x1x3x4xf32>) -> tensor<1x1x3x4xf32>
  %fh = tq.squeeze %fh1 {dims = array<i64: 0>} : (tensor<1x1x3x4xf32>) -> tensor<1x3x4xf32>
  %fw1 = tq.slice %freqs {start = array<i64: 2, 0, 0, 0>, end = array<i64: 3, 1, 3, 4>, step = array<i64: 1, 1, 1, 1>} : (tensor<3x1x3x4xf32>) -> tensor<1x1x3x4xf32>
  %fw = tq.squeeze %fw1 {dims = array<i64: 0>} : (tensor<1x1x3x4xf32>) -> tensor<1x3x4xf32>
  %a = tq.slice %fh {start = array<i64: 0, 0, 2>, end = array<i64: 1, 3, 4>, step = array<i64: 1, 1, 1>} : (tensor<1x3x4xf32>) -> tensor<1x3x2xf32>
  %b = tq.slice %ft {start = array<i64: 0, 0, 0>, end = array<i64: 1, 3, 2>, step = array<i64: 1, 1, 1>} : (tensor<1x3x4xf32>) -> tensor<1x3x2xf32>
  %f = tq.concat %a, %b {axis = -1 : i64} : (tensor<1x3x2xf32>, tensor<1x3x2xf32>) -> tensor<1x3x4xf32>
  %emb = tq.concat %f, %f {axis = -1 : i64} : (tensor<1x3x4xf32>, tensor<1x3x4xf32>) -> tensor<1x3x8xf32>
  // expected-remark@+1 {{left unchanged: m-rope channel 0 reads stacked channel 2}}
  %cos = tq.cos %emb : (tensor<1x3x8xf32>) -> tensor<1x3x8xf32>
  return %cos : tensor<1x3x8xf32>
}

// -----

// Qwen2.5-VL layout with sections covering 7 of the 8 channels: the cos
// table is formed (1-D over the stacked ids), the select is kept.
// CHECK-LABEL: func.func @sectioned_short
// CHECK: tq.gather %{{.*}} : (tensor<6x8xf32>, tensor<3x1x3xi32>) -> tensor<3x1x3x8xf32>
// CHECK: tq.split
// CHECK: tq.concat
func.func @sectioned_short(%pos: tensor<3x1x3xi32>) -> tensor<1x3x7xf32> {
  %inv = tq.constant dense<[1.0, 0.1, 0.01, 0.001]> : tensor<4xf32>
  %pf = tq.cast %pos : (tensor<3x1x3xi32>) -> tensor<3x1x3xf32>
  %p4 = tq.unsqueeze %pf {dims = array<i64: -1>} : (tensor<3x1x3xf32>) -> tensor<3x1x3x1xf32>
  %freqs = tq.mul %p4, %inv : (tensor<3x1x3x1xf32>, tensor<4xf32>) -> tensor<3x1x3x4xf32>
  %emb = tq.concat %freqs, %freqs {axis = -1 : i64} : (tensor<3x1x3x4xf32>, tensor<3x1x3x4xf32>) -> tensor<3x1x3x8xf32>
  %cos3 = tq.cos %emb : (tensor<3x1x3x8xf32>) -> tensor<3x1x3x8xf32>
  %s0, %s1, %s2, %s3, %s4, %s5 = tq.split %cos3 {axis = -1 : i64, sizes = array<i64: 2, 1, 1, 2, 1, 1>} : (tensor<3x1x3x8xf32>) -> (tensor<3x1x3x2xf32>, tensor<3x1x3x1xf32>, tensor<3x1x3x1xf32>, tensor<3x1x3x2xf32>, tensor<3x1x3x1xf32>, tensor<3x1x3x1xf32>)
  %a0 = tq.slice %s0 {start = array<i64: 0, 0, 0, 0>, end = array<i64: 1, 1, 3, 2>, step = array<i64: 1, 1, 1, 1>} : (tensor<3x1x3x2xf32>) -> tensor<1x1x3x2xf32>
  %m0 = tq.reshape %a0 : (tensor<1x1x3x2xf32>) -> tensor<1x3x2xf32>
  %a1 = tq.slice %s1 {start = array<i64: 1, 0, 0, 0>, end = array<i64: 2, 1, 3, 1>, step = array<i64: 1, 1, 1, 1>} : (tensor<3x1x3x1xf32>) -> tensor<1x1x3x1xf32>
  %m1 = tq.reshape %a1 : (tensor<1x1x3x1xf32>) -> tensor<1x3x1xf32>
  %a2 = tq.slice %s2 {start = array<i64: 2, 0, 0, 0>, end = array<i64: 3, 1, 3, 1>, step = array<i64: 1, 1, 1, 1>} : (tensor<3x1x3x1xf32>) -> tensor<1x1x3x1xf32>
  %m2 = tq.reshape %a2 : (tensor<1x1x3x1xf32>) -> tensor<1x3x1xf32>
  %a3 = tq.slice %s3 {start = array<i64: 0, 0, 0, 0>, end = array<i64: 1, 1, 3, 2>, step = array<i64: 1, 1, 1, 1>} : (tensor<3x1x3x2xf32>) -> tensor<1x1x3x2xf32>
  %m3 = tq.reshape %a3 : (tensor<1x1x3x2xf32>) -> tensor<1x3x2xf32>
  %a4 = tq.slice %s4 {start = array<i64: 1, 0, 0, 0>, end = array<i64: 2, 1, 3, 1>, step = array<i64: 1, 1, 1, 1>} : (tensor<3x1x3x1xf32>) -> tensor<1x1x3x1xf32>
  %m4 = tq.reshape %a4 : (tensor<1x1x3x1xf32>) -> tensor<1x3x1xf32>
  // expected-remark@+1 {{left unchanged: m-rope sections cover 7 of 8 channels}}
  %c = tq.concat %m0, %m1, %m2, %m3, %m4 {axis = -1 : i64} : (tensor<1x3x2xf32>, tensor<1x3x1xf32>, tensor<1x3x1xf32>, tensor<1x3x2xf32>, tensor<1x3x1xf32>) -> tensor<1x3x7xf32>
  return %c : tensor<1x3x7xf32>
}
