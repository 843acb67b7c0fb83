//===- Interpreter.h - Reference interpreter for tq and circle --*- C++ -*-===//
//
// Executes a func.func of tq or circle ops on host tensors, op by op in SSA
// order. Every op runs through a kernel looked up by op name in the
// KernelRegistry; an op without a kernel, or a kernel asked for a type it
// does not handle, is a located error, never wrong numbers.
//
//===----------------------------------------------------------------------===//

#ifndef TICO_INTERPRETER_INTERPRETER_H
#define TICO_INTERPRETER_INTERPRETER_H

#include "tico/Interpreter/HostTensor.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Support/LLVM.h"
#include "llvm/ADT/SmallVector.h"

#include <functional>
#include <string>

namespace mlir::tico::interp {

/// The name of argument `index` of `func`: its `tico.name` arg attribute,
/// or `arg<index>`.
std::string getArgumentName(func::FuncOp func, unsigned index);
/// The name of result `index`: its `tico.name` result attribute, or
/// `output<index>`.
std::string getResultName(func::FuncOp func, unsigned index);

/// Called after each op of the body has run, with its results (in result
/// order; an unused result is passed too). Lets tools look at intermediate
/// values (per-layer accuracy, statistics) without the interpreter keeping
/// them. Constant results read the module's constant data in place: copy
/// them with HostTensor::makeOwned to keep them past the module's changes.
using OpObserver = std::function<void(Operation *, ArrayRef<HostTensor>)>;

/// Runs `func` (a single block) on `inputs`. Input count, shapes and element
/// types are checked against the signature. Returns the values of the
/// `func.return`; on failure a diagnostic has been emitted. `observer`, when
/// set, sees every op's results.
FailureOr<SmallVector<HostTensor>>
runFunction(func::FuncOp func, ArrayRef<HostTensor> inputs,
            const OpObserver &observer = nullptr);

/// Loads a constant attribute (dense or dense_resource) as a tensor of
/// `type` (whose element type may be quantized: the attribute then holds
/// the storage integers). The tensor reads the attribute's bytes in place
/// when it can (HostTensor::borrow): keep the attribute, and a
/// dense_resource blob, alive while the tensor and its copies are used.
FailureOr<HostTensor> loadConstant(Location loc, ElementsAttr value,
                                   RankedTensorType type);

} // namespace mlir::tico::interp

#endif // TICO_INTERPRETER_INTERPRETER_H
