//===- OutputCompare.cpp - compare two models' outputs --------------------===//

#include "tico/Tools/OutputCompare.h"

#include "tico/Interpreter/Interpreter.h"

#include "llvm/Support/Format.h"

using namespace mlir;
using namespace mlir::tico;

std::string interp::formatShape(ArrayRef<int64_t> shape) {
  std::string text = "[";
  for (auto [i, dim] : llvm::enumerate(shape))
    text += (i ? ", " : "") + std::to_string(dim);
  return text + "]";
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
    TensorDiff diff = compareTensors(x, y);
    os << name << ": shape " << formatShape(x.getShape())
       << llvm::format(" Mean |diff| %.6g Max |diff| %.6g PEIR %.6g",
                       diff.meanAbs, diff.maxAbs, diff.peir);
    if (diff.nanMismatches)
      os << " NaN mismatches " << diff.nanMismatches;
    os << "\n";
    diffs.push_back(diff);
  }
  return diffs;
}
