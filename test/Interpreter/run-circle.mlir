// REQUIRES: numpy
// RUN: rm -rf %t && mkdir -p %t
// RUN: %numpy_python -c "import numpy as np; np.save('%t/x.npy', np.array([[1, 2]], dtype=np.float32)); np.save('%t/ids.npy', np.array([[2, 0]], dtype=np.int32))"
// RUN: tico-run %s --input x=%t/x.npy --input ids=%t/ids.npy --print-values | FileCheck %s

// The same model through a .circle file, selected by its signature.
// RUN: tico-translate --to-circle %s -o %t/model.circle
// RUN: tico-run %t/model.circle --signature serving --input x=%t/x.npy --input ids=%t/ids.npy --print-values | FileCheck %s

// fc: [1, 2] . W^T + b = [1, 2, 4]; rms = sqrt((1 + 4 + 16) / 3) = sqrt(7),
// so rms_norm gives [0.377964, 0.755929, 1.511858] * gamma [1, 1, 2].
// CHECK: y: shape [1, 3] dtype f32 min 0.377964 max 3.02372 mean 1.38587
// CHECK-NEXT: values: 0.377964 0.755929 3.02372
// gather of rows 2 and 0 of the table.
// CHECK-NEXT: rows: shape [1, 2, 2] dtype f32 min 0 max 21 mean 10.5
// CHECK-NEXT: values: 20 21 0 1

func.func @main(%x: tensor<1x2xf32> {tico.name = "x"}, %ids: tensor<1x2xi32> {tico.name = "ids"})
    -> (tensor<1x3xf32> {tico.name = "y"}, tensor<1x2x2xf32> {tico.name = "rows"})
    attributes {tico.signature = "serving"} {
  %w = circle.const dense<[[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]]> : tensor<3x2xf32>
  %b = circle.const dense<[0.0, 0.0, 1.0]> : tensor<3xf32>
  %g = circle.const dense<[1.0, 1.0, 2.0]> : tensor<3xf32>
  %t = circle.const dense<[[0.0, 1.0], [10.0, 11.0], [20.0, 21.0]]> : tensor<3x2xf32>
  %0 = circle.fully_connected %x, %w, %b {keep_num_dims = true} : (tensor<1x2xf32>, tensor<3x2xf32>, tensor<3xf32>) -> tensor<1x3xf32>
  %1 = circle.rms_norm %0, %g {epsilon = 0.0 : f32} : (tensor<1x3xf32>, tensor<3xf32>) -> tensor<1x3xf32>
  %2 = circle.gather %t, %ids {axis = 0 : i32} : (tensor<3x2xf32>, tensor<1x2xi32>) -> tensor<1x2x2xf32>
  return %1, %2 : tensor<1x3xf32>, tensor<1x2x2xf32>
}
