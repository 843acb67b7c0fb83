//===- KernelRegistry.h - Interpreter kernels keyed by op name --*- C++ -*-===//

#ifndef TICO_INTERPRETER_KERNELREGISTRY_H
#define TICO_INTERPRETER_KERNELREGISTRY_H

#include "tico/Interpreter/HostTensor.h"

#include "mlir/IR/Operation.h"
#include "mlir/Support/LLVM.h"
#include "llvm/ADT/StringMap.h"

namespace mlir::tico::interp {

/// What a kernel sees: the op, its operand values (an absent optional
/// operand, e.g. `circle.no_value`, is an absent HostTensor) and the result
/// tensors to fill, pre-allocated (zero-filled) with the static result types.
struct KernelContext {
  Operation *op;
  ArrayRef<const HostTensor *> operands;
  MutableArrayRef<HostTensor> results;

  const HostTensor &operand(unsigned i) const { return *operands[i]; }
  HostTensor &result(unsigned i = 0) const { return results[i]; }
  /// Emits "not supported yet: <what>" at the op.
  LogicalResult notSupported(const Twine &what) const;
};

using KernelFn = LogicalResult (*)(KernelContext &context);

struct KernelInfo {
  KernelFn fn = nullptr;
  /// Whether the kernel handles `!quant.uniform` operands and results
  /// itself; otherwise the interpreter rejects quantized ops before calling
  /// it.
  bool handlesQuantized = false;
};

class KernelRegistry {
public:
  void add(StringRef opName, KernelFn fn, bool handlesQuantized = false) {
    kernels[opName] = KernelInfo{fn, handlesQuantized};
  }
  const KernelInfo *lookup(StringRef opName) const {
    auto it = kernels.find(opName);
    return it == kernels.end() ? nullptr : &it->second;
  }
  /// The registry with every kernel of the tq and circle dialects.
  static const KernelRegistry &get();

private:
  llvm::StringMap<KernelInfo> kernels;
};

// One registration function per kernel family (one file each).
void registerElementwiseKernels(KernelRegistry &registry);
void registerReductionKernels(KernelRegistry &registry);
void registerLayoutKernels(KernelRegistry &registry);
void registerLinearAlgebraKernels(KernelRegistry &registry);
void registerNormalizationKernels(KernelRegistry &registry);
void registerGatherScatterKernels(KernelRegistry &registry);
void registerQuantizationKernels(KernelRegistry &registry);

} // namespace mlir::tico::interp

#endif // TICO_INTERPRETER_KERNELREGISTRY_H
