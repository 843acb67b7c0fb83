// With tq.observe ops in the function, tq-calibrate records only there,
// with each op's own observer and dtype, and replaces each by a fake_quant;
// nothing else (not x, not mul) is observed. Data: calibrate-data/gen.py.
// RUN: tico-opt %s --tq-calibrate="data=%S/calibrate-data/dir" | FileCheck %s

// add per sample: (0, 5), (-1, 1.5), (-2.5, 2.5); ema 0.5 -> (-1.5, 2.875);
// int16: 2.875 / 32767 = 8.774071e-05.
// relu minmax [0, 5], uint8: 5/255, zp 0.
// Per-channel minmax of relu on axis 1, int8 asymmetric (zp = -128 -
// min/scale): channel 0 [0, 2] 2/255 zp -128; channel 1 all zero: floor
// 1e-5, zp -128; channel 2 [0, 2.5] 2.5/255; channel 3 [0, 5] 5/255.

// Config (calibrate-data/config-observe.json): obs_relu in int16 (the
// override wins over the op's ui8: 5/32767), obs_pc kept float (dropped,
// neg reads relu directly).
// RUN: tico-opt %s --tq-calibrate="data=%S/calibrate-data/dir config=%S/calibrate-data/config-observe.json" | FileCheck %s --check-prefix=CFG
// CFG:      %[[R:.*]] = tq.relu
// CFG-NEXT: %[[FR:.*]] = tq.fake_quant %[[R]] {quant_max = 32767 : i64, quant_min = -32767 : i64, scale = array<f64: 1.5259254737998596E-4>, storage_type = i16, zero_point = array<i64: 0>}
// CFG-NEXT: tq.mul %[[FR]], %arg0
// CFG-NEXT: tq.neg %[[R]]
// CFG-NOT:  tq.observe

// CHECK-LABEL: func.func @main
// CHECK-NOT:   tq.fake_quant %arg0
// CHECK:       %[[A:.*]] = tq.add
// CHECK-NEXT:  %[[FA:.*]] = tq.fake_quant %[[A]] {quant_max = 32767 : i64, quant_min = -32767 : i64, scale = array<f64: 8.7740714743491928E-5>, storage_type = i16, zero_point = array<i64: 0>}
// CHECK-NEXT:  %[[R:.*]] = tq.relu %[[FA]]
// CHECK-NEXT:  %[[FR:.*]] = tq.fake_quant %[[R]] {quant_max = 255 : i64, quant_min = 0 : i64, scale = array<f64: 0.019607843137254902>, storage_type = ui8, zero_point = array<i64: 0>}
// CHECK-NEXT:  %[[PC:.*]] = tq.fake_quant %[[R]] {axis = 1 : i64, quant_max = 127 : i64, quant_min = -128 : i64, scale = array<f64: 0.0078431372549019607, 1.000000e-05, 0.0098039215686274508, 0.019607843137254902>, storage_type = i8, zero_point = array<i64: -128, -128, -128, -128>}
// CHECK-NEXT:  %[[M:.*]] = tq.mul %[[FR]], %arg0
// CHECK-NEXT:  %[[N:.*]] = tq.neg %[[PC]]
// CHECK-NOT:   tq.observe
// CHECK-NOT:   tq.fake_quant
func.func @main(%x: tensor<1x4xf32> {tico.name = "x"}) -> (tensor<1x4xf32>, tensor<1x4xf32>) {
  %c = tq.constant dense<[[1.0, -1.0, 0.5, 2.0]]> : tensor<1x4xf32>
  %a = tq.add %x, %c : (tensor<1x4xf32>, tensor<1x4xf32>) -> tensor<1x4xf32>
  %oa = tq.observe %a {kind = #tq<observer ema>, momentum = 0.5 : f64, dtype = i16} : tensor<1x4xf32>
  %r = tq.relu %oa : (tensor<1x4xf32>) -> tensor<1x4xf32>
  %or = tq.observe %r {kind = #tq<observer minmax>, dtype = ui8} : tensor<1x4xf32> loc("obs_relu")
  %pc = tq.observe %r {kind = #tq<observer minmax>, dtype = i8, granularity = #tq<granularity per_channel>, axis = 1 : i64} : tensor<1x4xf32> loc("obs_pc")
  %m = tq.mul %or, %x : (tensor<1x4xf32>, tensor<1x4xf32>) -> tensor<1x4xf32>
  %n = tq.neg %pc : (tensor<1x4xf32>) -> tensor<1x4xf32>
  return %m, %n : tensor<1x4xf32>, tensor<1x4xf32>
}
