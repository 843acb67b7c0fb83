// mrope-section checks the matched M-RoPE channel map.
// RUN: tico-opt %s -split-input-file -tq-precompute-rope="max-positions=6 mrope-section=3,3,2" -verify-diagnostics -o /dev/null
// RUN: not tico-opt %s -split-input-file -tq-precompute-rope="max-positions=6 mrope-section=4,2,2" 2>&1 | FileCheck %s --check-prefix=LAYOUT
// RUN: not tico-opt %s -tq-precompute-rope="mrope-section=1,2" 2>&1 | FileCheck %s --check-prefix=ENTRIES

// ENTRIES: error: expected mrope-section to have 3 non-negative entries (t, h, w), got [1, 2]

// Qwen3-VL interleaved layout of [3, 3, 2]: accepted with 3,3,2; with
// 4,2,2 (interleaved: h at 1, 4 and w at 2, 5) it is an error.
// LAYOUT: tq-precompute-rope-mrope-invalid.mlir:[[# @LINE + 21]]:{{[0-9]+}}: error: m-rope channel axes [0, 1, 2, 0, 1, 2, 0, 1] follow neither the interleaved nor the sectioned layout of mrope-section [4, 2, 2]
func.func @interleaved_3_3_2(%q: tensor<1x1x3x16xf32>, %pos: tensor<3x1x3xi64>) -> tensor<1x1x3x16xf32> {
  %inv = tq.constant dense<[1.0, 0.5, 0.25, 0.125, 0.0625, 0.03125, 0.015625, 0.0078125]> : tensor<8xf32>
  %pf = tq.cast %pos : (tensor<3x1x3xi64>) -> tensor<3x1x3xf32>
  %p4 = tq.unsqueeze %pf {dims = array<i64: -1>} : (tensor<3x1x3xf32>) -> tensor<3x1x3x1xf32>
  %freqs = tq.mul %p4, %inv : (tensor<3x1x3x1xf32>, tensor<8xf32>) -> tensor<3x1x3x8xf32>
  // apply_interleaved_mrope(freqs, mrope_section = [3, 3, 2]): freqs_t = freqs[0];
  // freqs_t[..., 1:9:3] = freqs[1, ..., 1:9:3];
  // freqs_t[..., 2:6:3] = freqs[2, ..., 2:6:3]. The strided
  // in-place writes are selects with constant channel masks.
  %ft1 = tq.slice %freqs {start = array<i64: 0, 0, 0, 0>, end = array<i64: 1, 1, 3, 8>, step = array<i64: 1, 1, 1, 1>} : (tensor<3x1x3x8xf32>) -> tensor<1x1x3x8xf32>
  %ft = tq.squeeze %ft1 {dims = array<i64: 0>} : (tensor<1x1x3x8xf32>) -> tensor<1x3x8xf32>
  %fh1 = tq.slice %freqs {start = array<i64: 1, 0, 0, 0>, end = array<i64: 2, 1, 3, 8>, step = array<i64: 1, 1, 1, 1>} : (tensor<3x1x3x8xf32>) -> tensor<1x1x3x8xf32>
  %fh = tq.squeeze %fh1 {dims = array<i64: 0>} : (tensor<1x1x3x8xf32>) -> tensor<1x3x8xf32>
  %fw1 = tq.slice %freqs {start = array<i64: 2, 0, 0, 0>, end = array<i64: 3, 1, 3, 8>, step = array<i64: 1, 1, 1, 1>} : (tensor<3x1x3x8xf32>) -> tensor<1x1x3x8xf32>
  %fw = tq.squeeze %fw1 {dims = array<i64: 0>} : (tensor<1x1x3x8xf32>) -> tensor<1x3x8xf32>
  %mh = tq.constant dense<[false, true, false, false, true, false, false, true]> : tensor<8xi1>
  %mw = tq.constant dense<[false, false, true, false, false, true, false, false]> : tensor<8xi1>
  %f1 = tq.where %mh, %fh, %ft : (tensor<8xi1>, tensor<1x3x8xf32>, tensor<1x3x8xf32>) -> tensor<1x3x8xf32>
  %f = tq.where %mw, %fw, %f1 : (tensor<8xi1>, tensor<1x3x8xf32>, tensor<1x3x8xf32>) -> tensor<1x3x8xf32>
  %emb = tq.concat %f, %f {axis = -1 : i64} : (tensor<1x3x8xf32>, tensor<1x3x8xf32>) -> tensor<1x3x16xf32>
  %cos0 = tq.cos %emb : (tensor<1x3x16xf32>) -> tensor<1x3x16xf32>
  %sin0 = tq.sin %emb : (tensor<1x3x16xf32>) -> tensor<1x3x16xf32>
  %cos = tq.unsqueeze %cos0 {dims = array<i64: 1>} : (tensor<1x3x16xf32>) -> tensor<1x1x3x16xf32>
  %sin = tq.unsqueeze %sin0 {dims = array<i64: 1>} : (tensor<1x3x16xf32>) -> tensor<1x1x3x16xf32>
  %x1 = tq.slice %q {start = array<i64: 0, 0, 0, 0>, end = array<i64: 1, 1, 3, 8>, step = array<i64: 1, 1, 1, 1>} : (tensor<1x1x3x16xf32>) -> tensor<1x1x3x8xf32>
  %x2 = tq.slice %q {start = array<i64: 0, 0, 0, 8>, end = array<i64: 1, 1, 3, 16>, step = array<i64: 1, 1, 1, 1>} : (tensor<1x1x3x16xf32>) -> tensor<1x1x3x8xf32>
  %n = tq.neg %x2 : (tensor<1x1x3x8xf32>) -> tensor<1x1x3x8xf32>
  %rot = tq.concat %n, %x1 {axis = -1 : i64} : (tensor<1x1x3x8xf32>, tensor<1x1x3x8xf32>) -> tensor<1x1x3x16xf32>
  %a = tq.mul %q, %cos : (tensor<1x1x3x16xf32>, tensor<1x1x3x16xf32>) -> tensor<1x1x3x16xf32>
  %b = tq.mul %rot, %sin : (tensor<1x1x3x16xf32>, tensor<1x1x3x16xf32>) -> tensor<1x1x3x16xf32>
  %r = tq.add %a, %b : (tensor<1x1x3x16xf32>, tensor<1x1x3x16xf32>) -> tensor<1x1x3x16xf32>
  return %r : tensor<1x1x3x16xf32>
}

// -----

// Qwen2.5-VL sectioned layout of [3, 3, 2]: accepted with 3,3,2, an error
// with 4,2,2, at the select.
// LAYOUT: tq-precompute-rope-mrope-invalid.mlir:[[# @LINE + 24]]:{{[0-9]+}}: error: m-rope channel axes [0, 0, 0, 1, 1, 1, 2, 2] follow neither the interleaved nor the sectioned layout of mrope-section [4, 2, 2]
func.func @sectioned_3_3_2(%q: tensor<1x1x3x16xf32>, %pos: tensor<3x1x3xi32>) -> tensor<1x1x3x16xf32> {
  %inv = tq.constant dense<[1.0, 0.5, 0.25, 0.125, 0.0625, 0.03125, 0.015625, 0.0078125]> : tensor<8xf32>
  %pf = tq.cast %pos : (tensor<3x1x3xi32>) -> tensor<3x1x3xf32>
  %p4 = tq.unsqueeze %pf {dims = array<i64: -1>} : (tensor<3x1x3xf32>) -> tensor<3x1x3x1xf32>
  %freqs = tq.mul %p4, %inv : (tensor<3x1x3x1xf32>, tensor<8xf32>) -> tensor<3x1x3x8xf32>
  %emb = tq.concat %freqs, %freqs {axis = -1 : i64} : (tensor<3x1x3x8xf32>, tensor<3x1x3x8xf32>) -> tensor<3x1x3x16xf32>
  %cos3 = tq.cos %emb : (tensor<3x1x3x16xf32>) -> tensor<3x1x3x16xf32>
  %sin3 = tq.sin %emb : (tensor<3x1x3x16xf32>) -> tensor<3x1x3x16xf32>
  // apply_multimodal_rotary_pos_emb, mrope_section = [3, 3, 2]: split by
  // mrope_section * 2 along the channels, piece i from axis i % 3.
  %cosp0, %cosp1, %cosp2, %cosp3, %cosp4, %cosp5 = tq.split %cos3 {axis = -1 : i64, sizes = array<i64: 3, 3, 2, 3, 3, 2>} : (tensor<3x1x3x16xf32>) -> (tensor<3x1x3x3xf32>, tensor<3x1x3x3xf32>, tensor<3x1x3x2xf32>, tensor<3x1x3x3xf32>, tensor<3x1x3x3xf32>, tensor<3x1x3x2xf32>)
  %cosa0 = tq.slice %cosp0 {start = array<i64: 0, 0, 0, 0>, end = array<i64: 1, 1, 3, 3>, step = array<i64: 1, 1, 1, 1>} : (tensor<3x1x3x3xf32>) -> tensor<1x1x3x3xf32>
  %cosm0 = tq.reshape %cosa0 : (tensor<1x1x3x3xf32>) -> tensor<1x3x3xf32>
  %cosa1 = tq.slice %cosp1 {start = array<i64: 1, 0, 0, 0>, end = array<i64: 2, 1, 3, 3>, step = array<i64: 1, 1, 1, 1>} : (tensor<3x1x3x3xf32>) -> tensor<1x1x3x3xf32>
  %cosm1 = tq.reshape %cosa1 : (tensor<1x1x3x3xf32>) -> tensor<1x3x3xf32>
  %cosa2 = tq.slice %cosp2 {start = array<i64: 2, 0, 0, 0>, end = array<i64: 3, 1, 3, 2>, step = array<i64: 1, 1, 1, 1>} : (tensor<3x1x3x2xf32>) -> tensor<1x1x3x2xf32>
  %cosm2 = tq.reshape %cosa2 : (tensor<1x1x3x2xf32>) -> tensor<1x3x2xf32>
  %cosa3 = tq.slice %cosp3 {start = array<i64: 0, 0, 0, 0>, end = array<i64: 1, 1, 3, 3>, step = array<i64: 1, 1, 1, 1>} : (tensor<3x1x3x3xf32>) -> tensor<1x1x3x3xf32>
  %cosm3 = tq.reshape %cosa3 : (tensor<1x1x3x3xf32>) -> tensor<1x3x3xf32>
  %cosa4 = tq.slice %cosp4 {start = array<i64: 1, 0, 0, 0>, end = array<i64: 2, 1, 3, 3>, step = array<i64: 1, 1, 1, 1>} : (tensor<3x1x3x3xf32>) -> tensor<1x1x3x3xf32>
  %cosm4 = tq.reshape %cosa4 : (tensor<1x1x3x3xf32>) -> tensor<1x3x3xf32>
  %cosa5 = tq.slice %cosp5 {start = array<i64: 2, 0, 0, 0>, end = array<i64: 3, 1, 3, 2>, step = array<i64: 1, 1, 1, 1>} : (tensor<3x1x3x2xf32>) -> tensor<1x1x3x2xf32>
  %cosm5 = tq.reshape %cosa5 : (tensor<1x1x3x2xf32>) -> tensor<1x3x2xf32>
  %cosc = tq.concat %cosm0, %cosm1, %cosm2, %cosm3, %cosm4, %cosm5 {axis = -1 : i64} : (tensor<1x3x3xf32>, tensor<1x3x3xf32>, tensor<1x3x2xf32>, tensor<1x3x3xf32>, tensor<1x3x3xf32>, tensor<1x3x2xf32>) -> tensor<1x3x16xf32>
  %cos = tq.unsqueeze %cosc {dims = array<i64: 1>} : (tensor<1x3x16xf32>) -> tensor<1x1x3x16xf32>
  %sinp0, %sinp1, %sinp2, %sinp3, %sinp4, %sinp5 = tq.split %sin3 {axis = -1 : i64, sizes = array<i64: 3, 3, 2, 3, 3, 2>} : (tensor<3x1x3x16xf32>) -> (tensor<3x1x3x3xf32>, tensor<3x1x3x3xf32>, tensor<3x1x3x2xf32>, tensor<3x1x3x3xf32>, tensor<3x1x3x3xf32>, tensor<3x1x3x2xf32>)
  %sina0 = tq.slice %sinp0 {start = array<i64: 0, 0, 0, 0>, end = array<i64: 1, 1, 3, 3>, step = array<i64: 1, 1, 1, 1>} : (tensor<3x1x3x3xf32>) -> tensor<1x1x3x3xf32>
  %sinm0 = tq.reshape %sina0 : (tensor<1x1x3x3xf32>) -> tensor<1x3x3xf32>
  %sina1 = tq.slice %sinp1 {start = array<i64: 1, 0, 0, 0>, end = array<i64: 2, 1, 3, 3>, step = array<i64: 1, 1, 1, 1>} : (tensor<3x1x3x3xf32>) -> tensor<1x1x3x3xf32>
  %sinm1 = tq.reshape %sina1 : (tensor<1x1x3x3xf32>) -> tensor<1x3x3xf32>
  %sina2 = tq.slice %sinp2 {start = array<i64: 2, 0, 0, 0>, end = array<i64: 3, 1, 3, 2>, step = array<i64: 1, 1, 1, 1>} : (tensor<3x1x3x2xf32>) -> tensor<1x1x3x2xf32>
  %sinm2 = tq.reshape %sina2 : (tensor<1x1x3x2xf32>) -> tensor<1x3x2xf32>
  %sina3 = tq.slice %sinp3 {start = array<i64: 0, 0, 0, 0>, end = array<i64: 1, 1, 3, 3>, step = array<i64: 1, 1, 1, 1>} : (tensor<3x1x3x3xf32>) -> tensor<1x1x3x3xf32>
  %sinm3 = tq.reshape %sina3 : (tensor<1x1x3x3xf32>) -> tensor<1x3x3xf32>
  %sina4 = tq.slice %sinp4 {start = array<i64: 1, 0, 0, 0>, end = array<i64: 2, 1, 3, 3>, step = array<i64: 1, 1, 1, 1>} : (tensor<3x1x3x3xf32>) -> tensor<1x1x3x3xf32>
  %sinm4 = tq.reshape %sina4 : (tensor<1x1x3x3xf32>) -> tensor<1x3x3xf32>
  %sina5 = tq.slice %sinp5 {start = array<i64: 2, 0, 0, 0>, end = array<i64: 3, 1, 3, 2>, step = array<i64: 1, 1, 1, 1>} : (tensor<3x1x3x2xf32>) -> tensor<1x1x3x2xf32>
  %sinm5 = tq.reshape %sina5 : (tensor<1x1x3x2xf32>) -> tensor<1x3x2xf32>
  %sinc = tq.concat %sinm0, %sinm1, %sinm2, %sinm3, %sinm4, %sinm5 {axis = -1 : i64} : (tensor<1x3x3xf32>, tensor<1x3x3xf32>, tensor<1x3x2xf32>, tensor<1x3x3xf32>, tensor<1x3x3xf32>, tensor<1x3x2xf32>) -> tensor<1x3x16xf32>
  %sin = tq.unsqueeze %sinc {dims = array<i64: 1>} : (tensor<1x3x16xf32>) -> tensor<1x1x3x16xf32>
  %x1 = tq.slice %q {start = array<i64: 0, 0, 0, 0>, end = array<i64: 1, 1, 3, 8>, step = array<i64: 1, 1, 1, 1>} : (tensor<1x1x3x16xf32>) -> tensor<1x1x3x8xf32>
  %x2 = tq.slice %q {start = array<i64: 0, 0, 0, 8>, end = array<i64: 1, 1, 3, 16>, step = array<i64: 1, 1, 1, 1>} : (tensor<1x1x3x16xf32>) -> tensor<1x1x3x8xf32>
  %n = tq.neg %x2 : (tensor<1x1x3x8xf32>) -> tensor<1x1x3x8xf32>
  %rot = tq.concat %n, %x1 {axis = -1 : i64} : (tensor<1x1x3x8xf32>, tensor<1x1x3x8xf32>) -> tensor<1x1x3x16xf32>
  %a = tq.mul %q, %cos : (tensor<1x1x3x16xf32>, tensor<1x1x3x16xf32>) -> tensor<1x1x3x16xf32>
  %b = tq.mul %rot, %sin : (tensor<1x1x3x16xf32>, tensor<1x1x3x16xf32>) -> tensor<1x1x3x16xf32>
  %r = tq.add %a, %b : (tensor<1x1x3x16xf32>, tensor<1x1x3x16xf32>) -> tensor<1x1x3x16xf32>
  return %r : tensor<1x1x3x16xf32>
}

// -----

// head_dim / 2 = 4 frequency channels: sections summing to 8 are an error.
// LAYOUT: error: mrope-section [4, 2, 2] sums to 8, expected head_dim / 2 = 4 frequency channels
func.func @interleaved_2_1_1(%q: tensor<1x1x3x8xf32>, %pos: tensor<3x1x3xi32>) -> tensor<1x1x3x8xf32> {
  %inv = tq.constant dense<[1.0, 0.1, 0.01, 0.001]> : tensor<4xf32>
  %pf = tq.cast %pos : (tensor<3x1x3xi32>) -> tensor<3x1x3xf32>
  %p4 = tq.unsqueeze %pf {dims = array<i64: -1>} : (tensor<3x1x3xf32>) -> tensor<3x1x3x1xf32>
  %freqs = tq.mul %p4, %inv : (tensor<3x1x3x1xf32>, tensor<4xf32>) -> tensor<3x1x3x4xf32>
  // apply_interleaved_mrope(freqs, mrope_section = [2, 1, 1]): freqs_t = freqs[0];
  // freqs_t[..., 1:3:3] = freqs[1, ..., 1:3:3];
  // freqs_t[..., 2:3:3] = freqs[2, ..., 2:3:3]. The strided
  // in-place writes are selects with constant channel masks.
  %ft1 = tq.slice %freqs {start = array<i64: 0, 0, 0, 0>, end = array<i64: 1, 1, 3, 4>, step = array<i64: 1, 1, 1, 1>} : (tensor<3x1x3x4xf32>) -> tensor<1x1x3x4xf32>
  %ft = tq.squeeze %ft1 {dims = array<i64: 0>} : (tensor<1x1x3x4xf32>) -> tensor<1x3x4xf32>
  %fh1 = tq.slice %freqs {start = array<i64: 1, 0, 0, 0>, end = array<i64: 2, 1, 3, 4>, step = array<i64: 1, 1, 1, 1>} : (tensor<3x1x3x4xf32>) -> tensor<1x1x3x4xf32>
  %fh = tq.squeeze %fh1 {dims = array<i64: 0>} : (tensor<1x1x3x4xf32>) -> tensor<1x3x4xf32>
  %fw1 = tq.slice %freqs {start = array<i64: 2, 0, 0, 0>, end = array<i64: 3, 1, 3, 4>, step = array<i64: 1, 1, 1, 1>} : (tensor<3x1x3x4xf32>) -> tensor<1x1x3x4xf32>
  %fw = tq.squeeze %fw1 {dims = array<i64: 0>} : (tensor<1x1x3x4xf32>) -> tensor<1x3x4xf32>
  %mh = tq.constant dense<[false, true, false, false]> : tensor<4xi1>
  %mw = tq.constant dense<[false, false, true, false]> : tensor<4xi1>
  %f1 = tq.where %mh, %fh, %ft : (tensor<4xi1>, tensor<1x3x4xf32>, tensor<1x3x4xf32>) -> tensor<1x3x4xf32>
  %f = tq.where %mw, %fw, %f1 : (tensor<4xi1>, tensor<1x3x4xf32>, tensor<1x3x4xf32>) -> tensor<1x3x4xf32>
  %emb = tq.concat %f, %f {axis = -1 : i64} : (tensor<1x3x4xf32>, tensor<1x3x4xf32>) -> tensor<1x3x8xf32>
  // expected-error@+1 {{mrope-section [3, 3, 2] sums to 8, expected head_dim / 2 = 4 frequency channels}}
  %cos0 = tq.cos %emb : (tensor<1x3x8xf32>) -> tensor<1x3x8xf32>
  // expected-error@+1 {{mrope-section [3, 3, 2] sums to 8, expected head_dim / 2 = 4 frequency channels}}
  %sin0 = tq.sin %emb : (tensor<1x3x8xf32>) -> tensor<1x3x8xf32>
  %cos = tq.unsqueeze %cos0 {dims = array<i64: 1>} : (tensor<1x3x8xf32>) -> tensor<1x1x3x8xf32>
  %sin = tq.unsqueeze %sin0 {dims = array<i64: 1>} : (tensor<1x3x8xf32>) -> tensor<1x1x3x8xf32>
  %x1 = tq.slice %q {start = array<i64: 0, 0, 0, 0>, end = array<i64: 1, 1, 3, 4>, step = array<i64: 1, 1, 1, 1>} : (tensor<1x1x3x8xf32>) -> tensor<1x1x3x4xf32>
  %x2 = tq.slice %q {start = array<i64: 0, 0, 0, 4>, end = array<i64: 1, 1, 3, 8>, step = array<i64: 1, 1, 1, 1>} : (tensor<1x1x3x8xf32>) -> tensor<1x1x3x4xf32>
  %n = tq.neg %x2 : (tensor<1x1x3x4xf32>) -> tensor<1x1x3x4xf32>
  %rot = tq.concat %n, %x1 {axis = -1 : i64} : (tensor<1x1x3x4xf32>, tensor<1x1x3x4xf32>) -> tensor<1x1x3x8xf32>
  %a = tq.mul %q, %cos : (tensor<1x1x3x8xf32>, tensor<1x1x3x8xf32>) -> tensor<1x1x3x8xf32>
  %b = tq.mul %rot, %sin : (tensor<1x1x3x8xf32>, tensor<1x1x3x8xf32>) -> tensor<1x1x3x8xf32>
  %r = tq.add %a, %b : (tensor<1x1x3x8xf32>, tensor<1x1x3x8xf32>) -> tensor<1x1x3x8xf32>
  return %r : tensor<1x1x3x8xf32>
}
