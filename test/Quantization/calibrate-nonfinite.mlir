// An additive -inf mask: a quantized tensor cannot hold -inf (it would be
// clamped to a finite value and unmask the position), so a value that was
// ever non-finite during calibration keeps float, with a warning; the
// softmax after it is finite and observed as usual.
// RUN: tico-opt %s --tq-calibrate="data=%S/calibrate-data/dir" -verify-diagnostics | FileCheck %s

// CHECK:      %[[A:.*]] = tq.add
// CHECK-NEXT: tq.softmax %[[A]]
// CHECK-NEXT: tq.fake_quant
func.func @main(%x: tensor<1x4xf32>) -> tensor<1x4xf32> {
  %mask = tq.constant dense<[[0.0, 0xFF800000, 0.0, 0xFF800000]]> : tensor<1x4xf32>
  // expected-warning@+1 {{kept float: calibration saw non-finite values here}}
  %a = tq.add %x, %mask : (tensor<1x4xf32>, tensor<1x4xf32>) -> tensor<1x4xf32>
  %s = tq.softmax %a {axis = 1 : i64} : (tensor<1x4xf32>) -> tensor<1x4xf32>
  return %s : tensor<1x4xf32>
}
