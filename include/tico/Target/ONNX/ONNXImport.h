//===- ONNXImport.h - ONNX model to the tq dialect --------------*- C++ -*-===//
#ifndef TICO_TARGET_ONNX_ONNXIMPORT_H
#define TICO_TARGET_ONNX_ONNXIMPORT_H

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/OwningOpRef.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/MemoryBuffer.h"

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

namespace mlir::tico::onnx_import {

struct TensorData;

struct ONNXImportOptions {
  /// `name=1x128` entries: the dims of graph input `name`, fixed before
  /// shape inference.
  std::vector<std::string> inputShapes;
  /// Initializers of at least this many bytes become dense_resource blobs
  /// that keep the loaded (or memory-mapped) bytes instead of copying them
  /// into the context.
  size_t resourceThreshold = 64 * 1024;
  /// Graph inputs bound to values: each becomes an initializer before
  /// checking (a static compiler must know shape operands; ONNX's node
  /// tests feed them as inputs). Not owned.
  std::vector<const TensorData *> inputValues;
};

/// One tensor's data, little-endian row-major, exactly as many bytes as the
/// shape and type need. The bytes live in `owned` or `mapped` (or
/// elsewhere, for views).
struct TensorData {
  std::string name;
  int32_t dataType = 0; // ONNX TensorProto.DataType
  llvm::SmallVector<int64_t, 4> dims;
  llvm::StringRef bytes;
  std::unique_ptr<std::string> owned;
  std::unique_ptr<llvm::MemoryBuffer> mapped;
};

/// Parses a serialized TensorProto (e.g. a node test's `input_0.pb`).
/// External data is resolved against `baseDir`.
llvm::Expected<TensorData> parseOnnxTensor(llvm::StringRef bytes,
                                           llvm::StringRef baseDir = "");

/// The MLIR element type of an ONNX data type, or null.
Type getElementTypeForOnnx(MLIRContext *context, int32_t dataType);

/// Imports the model held in `bytes` (read from `modelPath`, whose
/// directory holds its external-data files) into a module with one
/// func.func of tq ops. Every problem (bad protobuf, checker or shape
/// inference failure, unsupported ops, bad tensor data) is one diagnostic at
/// `loc` and a null result.
OwningOpRef<ModuleOp> importFromONNX(llvm::StringRef bytes,
                                     llvm::StringRef modelPath,
                                     MLIRContext *context, Location loc,
                                     const ONNXImportOptions &options);

/// Op types of the model's main graph that have no converter, sorted
/// (empty when all are supported). Only parses the protobuf.
llvm::Expected<std::vector<std::string>>
findUnsupportedOps(llvm::StringRef bytes);

} // namespace mlir::tico::onnx_import

#endif // TICO_TARGET_ONNX_ONNXIMPORT_H
