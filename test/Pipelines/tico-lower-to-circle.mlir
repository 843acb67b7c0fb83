// RUN: tico-opt %s --tico-lower-to-circle | FileCheck %s
// RUN: tico-opt %s --tico-lower-to-circle="decompose-rms-norm=true mask-fill-value=-50.0" | FileCheck %s --check-prefix=OPTS
// RUN: not tico-opt %s --tico-lower-to-circle="no-such-option=1" 2>&1 | FileCheck %s --check-prefix=BADOPT

// The weight transpose of a matmul by a constant is folded into a constant.
// CHECK-LABEL: func.func @f
// CHECK-NOT: circle.transpose
// CHECK: circle.fully_connected
// CHECK: circle.rms_norm
// OPTS-NOT: circle.rms_norm
// OPTS-DAG: circle.rsqrt
// OPTS-DAG: -5.000000e+01
// BADOPT: no-such-option
func.func @f(%x: tensor<2x3xf32>) -> (tensor<2x2xf32>, tensor<2x2xf32>) {
  %w = tq.constant dense<[[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]> : tensor<3x2xf32>
  %0 = tq.matmul %x, %w : (tensor<2x3xf32>, tensor<3x2xf32>) -> tensor<2x2xf32>
  %1 = tq.rms_norm %0 : (tensor<2x2xf32>) -> tensor<2x2xf32>
  %m = tq.constant dense<[[0.0, 0xFF800000], [0.0, 0.0]]> : tensor<2x2xf32>
  %2 = tq.add %1, %m : (tensor<2x2xf32>, tensor<2x2xf32>) -> tensor<2x2xf32>
  return %1, %2 : tensor<2x2xf32>, tensor<2x2xf32>
}
