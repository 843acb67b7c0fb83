//===- ImportContext.h - ONNX op converters and their registry --*- C++ -*-===//
//
// Each ONNX op family has one file (ImportElementwise.cpp, ImportShape.cpp,
// ...) with a `register<Family>Converters` function that maps op types to
// converter functions. A converter sees one node through a NodeContext:
// its inputs as MLIR values, its attributes, the types ONNX shape inference
// gave its outputs, and a builder positioned in the function. It appends
// one value per node output (a null value for an omitted optional output).
//
// To add a family: write Import<Family>.cpp, declare its register function
// below, and call it in ConverterRegistry::get() (ImportContext.cpp).
//
//===----------------------------------------------------------------------===//

#ifndef TICO_LIB_TARGET_ONNX_IMPORTCONTEXT_H
#define TICO_LIB_TARGET_ONNX_IMPORTCONTEXT_H

#include "OnnxGraph.h"

#include "tico/Dialect/TQ/IR/TQOps.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/Diagnostics.h"
#include "llvm/ADT/StringMap.h"

#include <optional>

namespace mlir::tico::onnx_import {

class GraphImporter;

class NodeContext {
public:
  NodeContext(GraphImporter &importer, const NodeDesc &node, Location loc,
              OpBuilder &builder)
      : importer(importer), node(node), loc(loc), builder(builder) {}

  const NodeDesc &getNode() const { return node; }
  Location getLoc() const { return loc; }
  OpBuilder &getBuilder() { return builder; }
  MLIRContext *getContext() const { return builder.getContext(); }
  /// The ai.onnx opset of the model (13..17).
  int64_t getOpset() const;

  unsigned getNumInputs() const { return node.inputs.size(); }
  /// Whether optional input `i` is given.
  bool hasInput(unsigned i) const {
    return i < node.inputs.size() && !node.inputs[i].empty();
  }
  /// Input `i`, or a null value when it is omitted.
  Value input(unsigned i) const;
  RankedTensorType inputType(unsigned i) const;
  unsigned getNumOutputs() const { return node.outputs.size(); }
  /// The type ONNX shape inference gave output `i`; a located error when it
  /// is unknown or not a supported tensor type.
  FailureOr<RankedTensorType> outputType(unsigned i);

  /// The value of graph value `name` converted so far (null if unknown),
  /// and the node that produced it (null for inputs and initializers):
  /// what converters that fuse a subgraph (e.g. GELU) look at.
  Value lookupValue(StringRef name) const;
  const NodeDesc *getProducer(StringRef name) const;

  const AttrValue *getAttr(StringRef name) const;
  bool hasAttr(StringRef name) const { return getAttr(name) != nullptr; }
  int64_t getInt(StringRef name, int64_t defaultValue) const;
  double getFloat(StringRef name, double defaultValue) const;
  std::string getString(StringRef name, StringRef defaultValue) const;
  SmallVector<int64_t> getInts(StringRef name,
                               ArrayRef<int64_t> defaultValue = {}) const;

  /// The elements of input `i` when it is a constant (an initializer, a
  /// Constant node, or a folded shape computation) of integer type.
  std::optional<SmallVector<int64_t>> matchConstantInts(unsigned i) const;
  std::optional<SmallVector<double>> matchConstantFloats(unsigned i) const;
  /// Like matchConstantInts, with a located error when it is not constant.
  FailureOr<SmallVector<int64_t>> requireConstantInts(unsigned i,
                                                      StringRef what);

  /// An error at the node: "<OpType> node '<name>': ...".
  InFlightDiagnostic emitError();
  /// "<OpType> node '<name>': not supported: <what>".
  LogicalResult notSupported(const Twine &what);

  template <typename OpTy, typename... Args> OpTy create(Args &&...args) {
    return OpTy::create(builder, loc, std::forward<Args>(args)...);
  }
  /// A tq.constant holding `values` with the given type.
  Value intConstant(RankedTensorType type, ArrayRef<int64_t> values);
  Value floatConstant(RankedTensorType type, ArrayRef<double> values);
  /// A tq.constant holding an ONNX tensor (an attribute's value).
  FailureOr<Value> tensorConstant(TensorData &tensor);
  /// A rank-0 constant of `elementType` (float or integer) holding `value`.
  Value scalarConstant(Type elementType, double value);

private:
  GraphImporter &importer;
  const NodeDesc &node;
  Location loc;
  OpBuilder &builder;
};

using ConverterFn = LogicalResult (*)(NodeContext &ctx,
                                      SmallVectorImpl<Value> &results);

class ConverterRegistry {
public:
  void add(StringRef opType, ConverterFn fn) { converters[opType] = fn; }
  /// The converter of an ai.onnx op type, or null.
  ConverterFn lookup(StringRef domain, StringRef opType) const {
    if (!domain.empty() && domain != "ai.onnx")
      return nullptr;
    auto it = converters.find(opType);
    return it == converters.end() ? nullptr : it->second;
  }
  /// The registry with every family's converters.
  static const ConverterRegistry &get();

private:
  llvm::StringMap<ConverterFn> converters;
};

// One registration function per op family (one file each).
void registerElementwiseConverters(ConverterRegistry &registry);
void registerShapeConverters(ConverterRegistry &registry);
void registerNNConverters(ConverterRegistry &registry);
void registerReduceConverters(ConverterRegistry &registry);
void registerQuantConverters(ConverterRegistry &registry);
void registerMaskedScatterConverters(ConverterRegistry &registry);
void registerExtraConverters(ConverterRegistry &registry);

//===----------------------------------------------------------------------===//
// Shared helpers
//===----------------------------------------------------------------------===//

/// The largest element count of any tensor the importer creates (2^40, a
/// 4 TiB f32 tensor): shapes computed from a file's constants beyond it are
/// refused before anything is built from them.
constexpr int64_t kMaxImportedElements = int64_t(1) << 40;

/// `axis` in [-rank, rank) made non-negative, or a located error.
FailureOr<int64_t> normalizeAxis(NodeContext &ctx, int64_t axis, int64_t rank);
/// The numpy broadcast of two shapes (dynamic where either is dynamic and
/// the other is not a decisive static size), or failure.
FailureOr<SmallVector<int64_t>> broadcastShapes(ArrayRef<int64_t> a,
                                                ArrayRef<int64_t> b);
/// `value` converted to `elementType` with tq.cast (itself when equal).
Value castTo(NodeContext &ctx, Value value, Type elementType);

} // namespace mlir::tico::onnx_import

#endif // TICO_LIB_TARGET_ONNX_IMPORTCONTEXT_H
