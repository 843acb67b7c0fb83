// RUN: rm -rf %t && mkdir -p %t
// RUN: tico-run %s --input a=%S/Inputs/a-2x3-f32.npy --input b=%S/Inputs/b-3-f32.npy \
// RUN:   --print-values --output-dir %t/out | FileCheck %s
// RUN: %if numpy %{ %numpy_python -c "import numpy as np; y = np.load('%t/out/sum.npy'); p = np.load('%t/out/probs.npy'); print(y.dtype, y.shape, y.ravel().tolist()); print(p.dtype, round(float(p.sum()), 5))" | FileCheck %s --check-prefix=NPY %}

// Inputs by argument index work as well as by tico.name.
// RUN: tico-run %s --input arg0=%S/Inputs/a-2x3-f32.npy --input arg1=%S/Inputs/b-3-f32.npy | FileCheck %s --check-prefix=STATS

// Random inputs are reproducible for one seed.
// RUN: tico-run %s --random-inputs --seed 7 > %t/r1.txt
// RUN: tico-run %s --random-inputs --seed 7 > %t/r2.txt
// RUN: diff %t/r1.txt %t/r2.txt

// a + b = [[11, 22, 33], [14, 25, 36]]; softmax of each row is
// [e^-22, e^-11, 1] / (1 + e^-11 + e^-22).
// CHECK: sum: shape [2, 3] dtype f32 min 11 max 36 mean 23.5
// CHECK-NEXT: values: 11 22 33 14 25 36
// CHECK-NEXT: probs: shape [2, 3] dtype f32 min 2.78942e-10 max 0.999983 mean 0.333333
// CHECK-NEXT: values: 2.78942e-10 1.67014e-05 0.999983 2.78942e-10 1.67014e-05 0.999983

// NPY: float32 (2, 3) [11.0, 22.0, 33.0, 14.0, 25.0, 36.0]
// NPY: float32 2.0

// STATS: sum: shape [2, 3] dtype f32 min 11 max 36 mean 23.5
// STATS-NEXT: probs: shape [2, 3]

func.func @main(%a: tensor<2x3xf32> {tico.name = "a"}, %b: tensor<3xf32> {tico.name = "b"})
    -> (tensor<2x3xf32> {tico.name = "sum"}, tensor<2x3xf32> {tico.name = "probs"}) {
  %0 = tq.add %a, %b : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  %1 = tq.softmax %0 {axis = -1 : i64} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return %0, %1 : tensor<2x3xf32>, tensor<2x3xf32>
}
