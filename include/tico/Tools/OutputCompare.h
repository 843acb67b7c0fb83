//===- OutputCompare.h - compare two models' outputs ------------*- C++ -*-===//
//
// The report of `tico-run --compare` and of the `tico-convert` evaluation:
// per output, Mean |diff|, Max |diff| and PEIR of a model against the
// reference.
//
//===----------------------------------------------------------------------===//
#ifndef TICO_TOOLS_OUTPUTCOMPARE_H
#define TICO_TOOLS_OUTPUTCOMPARE_H

#include "tico/Dialect/Common/ShapeUtils.h"
#include "tico/Interpreter/Compare.h"
#include "tico/Interpreter/HostTensor.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/raw_ostream.h"

#include <string>

namespace mlir::tico::interp {

/// One report line: `NAME: shape [..] Mean |diff| X Max |diff| Y PEIR Z`.
void printTensorDiff(llvm::raw_ostream &os, StringRef name,
                     ArrayRef<int64_t> shape, const TensorDiff &diff);

/// Compares `other` against the reference outputs `ref` of `refFunc` (whose
/// result names label the lines; quantized tensors as their real values) and
/// prints one printTensorDiff line per output.
/// Fails (printing nothing more) on a count or shape mismatch.
llvm::Expected<SmallVector<TensorDiff>>
compareOutputs(func::FuncOp refFunc, ArrayRef<HostTensor> ref,
               ArrayRef<HostTensor> other, llvm::raw_ostream &os);

} // namespace mlir::tico::interp

#endif // TICO_TOOLS_OUTPUTCOMPARE_H
