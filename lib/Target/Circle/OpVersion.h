//===- OpVersion.h - OperatorCode versions for builtin ops ------*- C++ -*-===//
//
// The `version` of a builtin OperatorCode tells a runtime which kernel
// variant the operator needs (e.g. FULLY_CONNECTED 4 is the int8 kernel).
// The rules are TFLite's (tensorflow/lite/tools/versioning/op_version.cc,
// GetBuiltinOperatorVersion, fed by op_signature.cc), applied to what the
// exporter writes for the op: operand and result element types (quantized
// ones by storage type), shapes, quantization parameters and options.
//
//===----------------------------------------------------------------------===//
#ifndef TICO_LIB_TARGET_CIRCLE_OPVERSION_H
#define TICO_LIB_TARGET_CIRCLE_OPVERSION_H

#include "mlir/IR/Operation.h"

#include <cstdint>

namespace mlir::tico::circle {

/// The OperatorCode version of a circle dialect builtin op. Circle-only
/// operators (negative codes) and ops TFLite does not version are 1.
int32_t getBuiltinOpVersion(Operation *op);

} // namespace mlir::tico::circle

#endif // TICO_LIB_TARGET_CIRCLE_OPVERSION_H
