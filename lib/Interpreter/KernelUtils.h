//===- KernelUtils.h - Helpers shared by interpreter kernels ----*- C++ -*-===//

#ifndef TICO_LIB_INTERPRETER_KERNELUTILS_H
#define TICO_LIB_INTERPRETER_KERNELUTILS_H

#include "tico/Interpreter/KernelRegistry.h"

#include "mlir/IR/BuiltinAttributes.h"
#include "llvm/ADT/SmallVector.h"

#include <cmath>
#include <vector>

namespace mlir::tico::interp {

/// For each element of a result of shape `outShape`, the flat index into a
/// tensor of shape `inShape` broadcast (numpy rules, trailing alignment) to
/// `outShape`.
std::vector<int64_t> broadcastIndexMap(ArrayRef<int64_t> inShape,
                                       ArrayRef<int64_t> outShape);

/// Normalizes `axis` into [0, rank); emits an error and fails otherwise.
FailureOr<int64_t> normalizeAxis(Operation *op, int64_t axis, int64_t rank);

/// The integers of a small operand tensor (shape, axes, perm, ...).
SmallVector<int64_t> readInts(const HostTensor &tensor);

/// Integer attribute `name` (signed), or `fallback` when absent.
int64_t getIntAttr(Operation *op, StringRef name, int64_t fallback = 0);
bool getBoolAttr(Operation *op, StringRef name, bool fallback = false);
double getFloatAttr(Operation *op, StringRef name, double fallback = 0.0);
ArrayRef<int64_t> getI64ArrayAttr(Operation *op, StringRef name);

/// Fails with "not supported yet: <kind> <op>" unless every present operand
/// and result has a float element type.
LogicalResult requireFloat(KernelContext &context);

/// Data movement copies elements bit-exactly; with quantized tensors that is
/// only right when the listed data operands and all results share one
/// quantized type. Fails with "not supported yet" otherwise.
LogicalResult checkMovable(KernelContext &context,
                           ArrayRef<unsigned> dataOperands);

/// Applies the circle `fused_activation_function` of the op (if any) to
/// `values` in place.
LogicalResult applyFusedActivation(KernelContext &context,
                                   MutableArrayRef<double> values);

/// Circle SAME/VALID padding: output size and leading pad.
struct WindowPad {
  int64_t out;
  int64_t before;
};
WindowPad computeWindowPad(bool same, int64_t in, int64_t kernel,
                           int64_t stride, int64_t dilation);

/// Round half away from zero, as TFLite's TfLiteRound (std::round).
inline double roundHalfAwayFromZero(double x) { return std::round(x); }

/// clamp(round(x / scale) + zeroPoint, qmin, qmax); `singlePrecision`
/// divides in float like TFLite's f32 kernels.
int64_t quantizeValue(double x, double scale, int64_t zeroPoint, int64_t qmin,
                      int64_t qmax, bool singlePrecision);

} // namespace mlir::tico::interp

#endif // TICO_LIB_INTERPRETER_KERNELUTILS_H
