//===- OutputCompare.cpp - compare two models' outputs --------------------===//

#include "tico/Tools/OutputCompare.h"

#include "tico/Dialect/Common/ShapeUtils.h"
#include "tico/Interpreter/Interpreter.h"

#include "llvm/Support/Format.h"

using namespace mlir;
using namespace mlir::tico;

void interp::printTensorDiff(llvm::raw_ostream &os, StringRef name,
                             ArrayRef<int64_t> shape, const TensorDiff &diff) {
  os << name << ": shape " << formatShape(shape)
     << llvm::format(" Mean |diff| %.6g Max |diff| %.6g PEIR %.6g",
                     diff.meanAbs, diff.maxAbs, diff.peir);
  if (diff.nanMismatches)
    os << " NaN mismatches " << diff.nanMismatches;
  os << "\n";
}

llvm::Expected<SmallVector<interp::TensorDiff>>
interp::compareOutputs(func::FuncOp refFunc, ArrayRef<HostTensor> ref,
                       ArrayRef<HostTensor> other, llvm::raw_ostream &os) {
  auto error = [](const llvm::Twine &message) {
    return llvm::createStringError(llvm::inconvertibleErrorCode(), message);
  };
  if (ref.size() != other.size())
    return error("expected the same number of outputs, got " +
                 llvm::Twine(ref.size()) + " and " + llvm::Twine(other.size()));
  SmallVector<TensorDiff> diffs;
  for (size_t i = 0; i < ref.size(); ++i) {
    const HostTensor &x = ref[i], &y = other[i];
    std::string name = getResultName(refFunc, i);
    if (x.getShape() != y.getShape())
      return error("output '" + name + "': shape mismatch " +
                   formatShape(x.getShape()) + " vs " +
                   formatShape(y.getShape()));
    // Quantized outputs compare as the real values they stand for.
    TensorDiff diff = compareValues(getRealValues(x), getRealValues(y));
    printTensorDiff(os, name, x.getShape(), diff);
    diffs.push_back(diff);
  }
  return diffs;
}
