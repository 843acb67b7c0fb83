//===- Evaluation.cpp - the .circle against the input model ---------------===//

#include "Evaluation.h"

#include "tico/Interpreter/Interpreter.h"
#include "tico/Interpreter/Npy.h"
#include "tico/Tools/OutputCompare.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

using namespace mlir;
using namespace mlir::tico;
using namespace tico_convert;

static std::string typeText(Type type) {
  std::string text;
  llvm::raw_string_ostream os(text);
  os << type;
  return text;
}

FailureOr<std::vector<EvaluationSample>>
tico_convert::loadEvaluationInputs(ModuleOp module, StringRef dir) {
  std::vector<EvaluationSample> samples;
  for (func::FuncOp func : module.getOps<func::FuncOp>()) {
    if (func.isDeclaration())
      continue;
    SmallString<256> base(dir);
    SmallString<256> sub(dir);
    llvm::sys::path::append(sub, func.getSymName());
    if (llvm::sys::fs::is_directory(sub))
      base = sub;
    EvaluationSample sample;
    sample.function = func.getSymName().str();
    for (unsigned i = 0, e = func.getNumArguments(); i < e; ++i) {
      std::string name = interp::getArgumentName(func, i);
      SmallString<256> path(base);
      llvm::sys::path::append(path, name + ".npy");
      auto buffer = llvm::MemoryBuffer::getFile(path, /*IsText=*/false);
      if (!buffer)
        return func.emitError()
               << "'evaluation_inputs': no input '" << name << "' for @"
               << func.getSymName() << " (" << path.str() << ": "
               << buffer.getError().message() << ")";
      llvm::Expected<interp::HostTensor> tensor =
          interp::parseNpy((*buffer)->getBuffer(), module.getContext());
      if (!tensor)
        return func.emitError() << "'evaluation_inputs': " << path.str() << ": "
                                << llvm::toString(tensor.takeError());
      auto type = dyn_cast<RankedTensorType>(func.getArgumentTypes()[i]);
      if (!type || type.getShape() != tensor->getShape() ||
          type.getElementType() != tensor->getElementType())
        return func.emitError()
               << "'evaluation_inputs': " << path.str() << " holds "
               << formatShape(tensor->getShape()) << " "
               << typeText(tensor->getElementType()) << ", @"
               << func.getSymName() << " argument " << i << " is "
               << func.getArgumentTypes()[i];
      sample.inputs.push_back(std::move(*tensor));
    }
    samples.push_back(std::move(sample));
  }
  return samples;
}

static func::FuncOp findFunction(ModuleOp module, StringRef name) {
  for (func::FuncOp func : module.getOps<func::FuncOp>()) {
    auto key = func->getAttrOfType<StringAttr>("tico.signature");
    if (func.getSymName() == name || (key && key.getValue() == name))
      return func;
  }
  return nullptr;
}

FailureOr<double> tico_convert::evaluate(ModuleOp reference,
                                         ModuleOp exported,
                                         ArrayRef<EvaluationSample> samples,
                                         llvm::raw_ostream &os,
                                         bool progress) {
  double worst = 0.0;
  for (auto [i, sample] : llvm::enumerate(samples)) {
    if (progress)
      llvm::errs() << "      @" << sample.function << " (" << i + 1 << "/"
                   << samples.size() << ")\n";
    func::FuncOp ref = findFunction(reference, sample.function);
    func::FuncOp out = findFunction(exported, sample.function);
    if (!ref || !out)
      return emitError(exported.getLoc())
             << "no function '" << sample.function
             << "' in the exported model to evaluate";
    FailureOr<SmallVector<interp::HostTensor>> refOut =
        interp::runFunction(ref, sample.inputs);
    if (failed(refOut))
      return failure();
    FailureOr<SmallVector<interp::HostTensor>> outOut =
        interp::runFunction(out, sample.inputs);
    if (failed(outOut))
      return failure();
    if (samples.size() > 1)
      os << "@" << sample.function << ":\n";
    auto diffs = interp::compareOutputs(ref, *refOut, *outOut, os);
    if (!diffs)
      return emitError(exported.getLoc())
             << "@" << sample.function << ": "
             << llvm::toString(diffs.takeError());
    for (const interp::TensorDiff &diff : *diffs)
      worst = std::max(worst, diff.peir);
  }
  return worst;
}
