//===- OnnxGraph.h - an ONNX graph as plain C++ data ------------*- C++ -*-===//
//
// The loader (the only code that includes ONNX and protobuf headers, built
// with exceptions) turns a checked, shape-inferred ModelProto into these
// structs; the MLIR side (built without exceptions) reads only them.
//
//===----------------------------------------------------------------------===//

#ifndef TICO_LIB_TARGET_ONNX_ONNXGRAPH_H
#define TICO_LIB_TARGET_ONNX_ONNXGRAPH_H

#include "tico/Target/ONNX/ONNXImport.h"

#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/MemoryBuffer.h"

#include <memory>
#include <string>
#include <vector>

namespace mlir::tico::onnx_import {

/// ONNX TensorProto.DataType values the importer knows.
enum OnnxDataType : int32_t {
  kUndefined = 0,
  kFloat = 1,
  kUint8 = 2,
  kInt8 = 3,
  kUint16 = 4,
  kInt16 = 5,
  kInt32 = 6,
  kInt64 = 7,
  kString = 8,
  kBool = 9,
  kFloat16 = 10,
  kDouble = 11,
  kUint32 = 12,
  kUint64 = 13,
  kBfloat16 = 16,
};

/// Bytes per element of `dataType`; 0 when the type has no fixed-width
/// numeric layout (string, complex, undefined).
unsigned getOnnxElementBytes(int32_t dataType);
/// The ONNX spelling of a data type (for diagnostics).
std::string getOnnxTypeName(int32_t dataType);

/// A graph value: name, element type and shape (kDynamic for an unknown
/// dim). `hasShape` is false when even the rank is unknown.
struct ValueDesc {
  std::string name;
  int32_t dataType = kUndefined;
  llvm::SmallVector<int64_t, 4> dims;
  bool hasShape = false;
};

struct AttrValue {
  enum Kind { Int, Float, String, Ints, Floats, Strings, Tensor, Other };
  Kind kind = Other;
  int64_t i = 0;
  double f = 0.0;
  std::string s;
  llvm::SmallVector<int64_t, 4> ints;
  llvm::SmallVector<double, 4> floats;
  std::vector<std::string> strings;
  std::shared_ptr<TensorData> tensor;
};

struct NodeDesc {
  std::string name;
  std::string opType;
  std::string domain;
  /// Empty names are omitted optional inputs/outputs.
  std::vector<std::string> inputs;
  std::vector<std::string> outputs;
  llvm::StringMap<AttrValue> attrs;
};

struct GraphDesc {
  std::string name;
  /// The ai.onnx opset the graph was brought to (13..17).
  int64_t opset = 0;
  /// Graph inputs that are not initializers, in order.
  std::vector<ValueDesc> inputs;
  std::vector<ValueDesc> outputs;
  std::vector<std::shared_ptr<TensorData>> initializers;
  std::vector<NodeDesc> nodes;
  /// Inferred types of every intermediate value (and of inputs/outputs).
  llvm::StringMap<ValueDesc> valueInfo;
};

/// (op type, node name) of every node; op types of other domains are
/// spelled `domain.OpType`.
using NodeList = std::vector<std::pair<std::string, std::string>>;

/// Parses `bytes` as a ModelProto, asks `checkOps` about its nodes (a
/// non-empty answer is the error), brings it to a supported opset, fixes
/// input shapes, runs the checker and strict shape inference and fills
/// `graph`. `modelPath` locates external-data files (its directory).
llvm::Error
loadOnnxModel(llvm::StringRef bytes, llvm::StringRef modelPath,
              const ONNXImportOptions &options,
              llvm::function_ref<std::string(const NodeList &)> checkOps,
              GraphDesc &graph);

/// The op types of the main graph with their node names, without checking
/// or inferring anything (for unsupported-op reports of models that would
/// not pass the checker).
llvm::Expected<NodeList> listOnnxNodes(llvm::StringRef bytes);

} // namespace mlir::tico::onnx_import

#endif // TICO_LIB_TARGET_ONNX_ONNXGRAPH_H
