// RUN: not tico-run %s --function add --input a=%S/Inputs/a-2x3-f32.npy 2>&1 | FileCheck %s --check-prefix=MISSING
// MISSING: tico-run: error: missing input 'b' (pass --input b=FILE.npy or --random-inputs)

// RUN: not tico-run %s --function add --input a=%S/Inputs/b-3-f32.npy --input b=%S/Inputs/b-3-f32.npy 2>&1 | FileCheck %s --check-prefix=SHAPE
// SHAPE: error: input 'a': expected shape [2, 3], got [3]

// RUN: not tico-run %s --function add --input a=%S/Inputs/ids-2x3-i32.npy --input b=%S/Inputs/b-3-f32.npy 2>&1 | FileCheck %s --check-prefix=DTYPE
// DTYPE: error: input 'a': expected element type 'f32', got 'i32'

// RUN: not tico-run %s --function add --input a=%S/Inputs/fortran-2x3-f32.npy --input b=%S/Inputs/b-3-f32.npy 2>&1 | FileCheck %s --check-prefix=FORTRAN
// FORTRAN: tico-run: error: input 'a': not supported yet: fortran_order .npy arrays

// RUN: not tico-run %s --function add --input c=%S/Inputs/b-3-f32.npy --random-inputs 2>&1 | FileCheck %s --check-prefix=UNKNOWN
// UNKNOWN: tico-run: error: unknown input 'c' (the function takes 2 inputs)

// RUN: not tico-run %s --function add --input a=%t.missing.npy --random-inputs 2>&1 | FileCheck %s --check-prefix=NOFILE
// NOFILE: tico-run: error: input 'a': cannot open '{{.*}}missing.npy'

// RUN: not tico-run %s --function quantized --random-inputs 2>&1 | FileCheck %s --check-prefix=QUANT
// QUANT: error: 'tq.neg' op not supported yet: quantized tq.neg

// RUN: not tico-run %s --function nope --random-inputs 2>&1 | FileCheck %s --check-prefix=NOFUNC
// NOFUNC: tico-run: error: no function 'nope'

// RUN: not tico-run %s --random-inputs 2>&1 | FileCheck %s --check-prefix=WHICH
// WHICH: tico-run: error: expected --function or --signature: '{{.*}}errors.mlir' has 2 functions

func.func @add(%a: tensor<2x3xf32> {tico.name = "a"}, %b: tensor<3xf32> {tico.name = "b"}) -> tensor<2x3xf32> {
  %0 = tq.add %a, %b : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

func.func @quantized(%a: tensor<4x!quant.uniform<i8:f32, 0.5>>) -> tensor<4x!quant.uniform<i8:f32, 0.5>> {
  %0 = tq.neg %a : (tensor<4x!quant.uniform<i8:f32, 0.5>>) -> tensor<4x!quant.uniform<i8:f32, 0.5>>
  return %0 : tensor<4x!quant.uniform<i8:f32, 0.5>>
}
