//===- Npy.h - NumPy .npy reading and writing -------------------*- C++ -*-===//
//
// Version 1.0/2.0 headers, little-endian C-order arrays of
// <f2 <f4 <f8 <i1 <i2 <i4 <i8 <u1 <u2 <u4 <u8 |b1 (one-byte types may use
// '|'). Fortran order, big-endian and other dtypes are rejected.
//
//===----------------------------------------------------------------------===//

#ifndef TICO_INTERPRETER_NPY_H
#define TICO_INTERPRETER_NPY_H

#include "tico/Interpreter/HostTensor.h"

#include "llvm/Support/Error.h"

#include <string>

namespace mlir {
class MLIRContext;
} // namespace mlir

namespace mlir::tico::interp {

/// Parses the bytes of a .npy file.
llvm::Expected<HostTensor> parseNpy(llvm::StringRef buffer,
                                    MLIRContext *context);

/// The numpy dtype string of an element type ("<f4", "|b1", ...); a
/// quantized type gives its storage dtype; "" when numpy has none (bf16).
std::string getNpyDtype(Type elementType);

/// Serializes `tensor` as a .npy file (bf16 is widened to <f4).
llvm::Expected<std::string> serializeNpy(const HostTensor &tensor);

} // namespace mlir::tico::interp

#endif // TICO_INTERPRETER_NPY_H
