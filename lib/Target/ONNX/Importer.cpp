//===- Importer.cpp - GraphDesc to a func.func of tq ops ------------------===//
//
// Walks the nodes in their (checked, topological) order, converting each
// with the registered converter. Ops whose operands are all constants and
// whose results are small are evaluated right away with the reference
// interpreter's kernels, so Shape/Gather/Concat/... chains that compute
// static shapes become constants the shape-taking converters can read.
//
//===----------------------------------------------------------------------===//

#include "ImportContext.h"
#include "MaskedScatterPattern.h"

#include "tico/Dialect/TQ/IR/TQDialect.h"
#include "tico/Interpreter/Interpreter.h"
#include "tico/Interpreter/KernelRegistry.h"
#include "tico/Support/CheckedShape.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Quant/IR/Quant.h"
#include "mlir/IR/AsmState.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/DialectResourceBlobManager.h"
#include "mlir/IR/Matchers.h"
#include "mlir/IR/Verifier.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "llvm/ADT/MapVector.h"
#include "llvm/ADT/StringExtras.h"

#include <map>

using namespace mlir;
using namespace mlir::tico;
using namespace mlir::tico::onnx_import;

/// Results of at most this many elements are folded when all operands are
/// constant.
static constexpr int64_t kFoldLimit = 4096;

Type mlir::tico::onnx_import::getElementTypeForOnnx(MLIRContext *context,
                                                    int32_t dataType) {
  Builder b(context);
  switch (dataType) {
  case kFloat:
    return b.getF32Type();
  case kDouble:
    return b.getF64Type();
  case kFloat16:
    return b.getF16Type();
  case kBfloat16:
    return b.getBF16Type();
  case kBool:
    return b.getI1Type();
  case kInt8:
    return b.getIntegerType(8);
  case kInt16:
    return b.getIntegerType(16);
  case kInt32:
    return b.getIntegerType(32);
  case kInt64:
    return b.getIntegerType(64);
  case kUint8:
    return b.getIntegerType(8, /*isSigned=*/false);
  case kUint16:
    return b.getIntegerType(16, false);
  case kUint32:
    return b.getIntegerType(32, false);
  case kUint64:
    return b.getIntegerType(64, false);
  default:
    return {};
  }
}

/// A dense attribute of `type` from little-endian row-major bytes.
static DenseElementsAttr denseFromBytes(RankedTensorType type,
                                        StringRef bytes) {
  if (type.getElementType().isInteger(1)) {
    SmallVector<bool> values;
    for (char c : bytes)
      values.push_back(c != 0);
    return DenseElementsAttr::get(type, values);
  }
  if (type.getNumElements() == 0)
    return DenseElementsAttr::get(type, ArrayRef<Attribute>{});
  return DenseElementsAttr::getFromRawBuffer(
      type, ArrayRef<char>(bytes.data(), bytes.size()));
}

/// A blob name MLIR's printer and parser accept.
static std::string blobName(StringRef tensorName) {
  std::string name;
  for (char c : tensorName)
    name += llvm::isAlnum(c) || c == '_' || c == '.' ? c : '_';
  if (name.empty() || llvm::isDigit(name.front()))
    name = "t_" + name;
  return name;
}

namespace mlir::tico::onnx_import {

class GraphImporter {
public:
  GraphImporter(GraphDesc &graph, MLIRContext *context, Location fileLoc,
                const ONNXImportOptions &options)
      : graph(graph), context(context), fileLoc(fileLoc), options(options),
        builder(context) {}

  OwningOpRef<ModuleOp> run();

  Value lookup(StringRef name);
  const GraphDesc &getGraph() const { return graph; }
  FailureOr<Value> constantFromTensor(TensorData &tensor, Location loc);

private:
  FailureOr<RankedTensorType> valueType(const ValueDesc &desc, Location loc);
  LogicalResult convertNode(const NodeDesc &node);
  void foldNewOps(Block *block, Operation *before,
                  DenseMap<Value, Value> &replaced);

  GraphDesc &graph;
  MLIRContext *context;
  Location fileLoc;
  const ONNXImportOptions &options;
  OpBuilder builder;
  llvm::StringMap<Value> values;
  llvm::StringMap<TensorData *> initializers;
  llvm::StringMap<const NodeDesc *> producers;
  friend class NodeContext;
};

} // namespace mlir::tico::onnx_import

FailureOr<RankedTensorType> GraphImporter::valueType(const ValueDesc &desc,
                                                     Location loc) {
  Type element = getElementTypeForOnnx(context, desc.dataType);
  if (!element)
    return emitError(loc, "value '")
           << desc.name << "' has unsupported element type "
           << getOnnxTypeName(desc.dataType);
  if (!desc.hasShape)
    return emitError(loc, "value '")
           << desc.name
           << "' has an unknown rank after shape inference (fix the input "
              "shapes with --input-shape)";
  return RankedTensorType::get(desc.dims, element);
}

FailureOr<Value> GraphImporter::constantFromTensor(TensorData &tensor,
                                                   Location loc) {
  Type element = getElementTypeForOnnx(context, tensor.dataType);
  if (!element)
    return emitError(loc, "tensor '")
           << tensor.name << "' has unsupported element type "
           << getOnnxTypeName(tensor.dataType);
  auto type = RankedTensorType::get(tensor.dims, element);
  ElementsAttr attr;
  unsigned width = getOnnxElementBytes(tensor.dataType);
  bool aligned = reinterpret_cast<uintptr_t>(tensor.bytes.data()) % width == 0;
  if (tensor.bytes.size() >= options.resourceThreshold &&
      !element.isInteger(1)) {
    AsmResourceBlob blob;
    ArrayRef<char> data(tensor.bytes.data(), tensor.bytes.size());
    if (aligned && (tensor.owned || tensor.mapped)) {
      // Hand the loaded (or mapped) bytes to the blob: no copy. The
      // TensorData is shared by the graph and kept alive by the deleter.
      auto keep = std::make_shared<std::pair<std::unique_ptr<std::string>,
                                             std::unique_ptr<llvm::MemoryBuffer>>>();
      keep->first = std::move(tensor.owned);
      keep->second = std::move(tensor.mapped);
      blob = AsmResourceBlob(
          data, width, [keep](void *, size_t, size_t) mutable { keep.reset(); },
          /*dataIsMutable=*/false);
    } else {
      blob = HeapAsmResourceBlob::allocateAndCopyWithAlign(data, width);
    }
    attr = DenseResourceElementsAttr::get(type, blobName(tensor.name),
                                          std::move(blob));
  } else {
    attr = denseFromBytes(type, tensor.bytes);
  }
  OpBuilder::InsertionGuard guard(builder);
  return tq::ConstantOp::create(builder, loc, type, attr).getResult();
}

Value GraphImporter::lookup(StringRef name) {
  auto it = values.find(name);
  if (it != values.end())
    return it->second;
  auto init = initializers.find(name);
  if (init == initializers.end())
    return {};
  // Initializers become constants where first used.
  Location loc = NameLoc::get(StringAttr::get(context, name), fileLoc);
  FailureOr<Value> value = constantFromTensor(*init->second, loc);
  if (failed(value))
    return {};
  values[name] = *value;
  return *value;
}

void GraphImporter::foldNewOps(Block *block, Operation *before,
                               DenseMap<Value, Value> &replaced) {
  auto begin = before ? std::next(before->getIterator()) : block->begin();
  const interp::KernelRegistry &kernels = interp::KernelRegistry::get();
  for (Operation &op : llvm::make_early_inc_range(llvm::make_range(
           begin, block->end()))) {
    if (isa<tq::ConstantOp>(op) || op.getNumResults() == 0)
      continue;
    auto isPlain = [](Type type) {
      auto tensor = dyn_cast<RankedTensorType>(type);
      return tensor && tensor.hasStaticShape() &&
             !isa<quant::QuantizedType>(tensor.getElementType()) &&
             tensor.getNumElements() <= kFoldLimit;
    };
    if (!llvm::all_of(op.getResultTypes(), isPlain) ||
        !llvm::all_of(op.getOperands(), [&](Value v) {
          return v.getDefiningOp<tq::ConstantOp>() && isPlain(v.getType());
        }))
      continue;
    const interp::KernelInfo *kernel = kernels.lookup(op.getName().getStringRef());
    if (!kernel)
      continue;
    // A kernel that refuses leaves the op for the real run to report.
    ScopedDiagnosticHandler silence(context, [](Diagnostic &) {
      return success();
    });
    SmallVector<interp::HostTensor> operands;
    bool ok = true;
    for (Value v : op.getOperands()) {
      auto constant = v.getDefiningOp<tq::ConstantOp>();
      FailureOr<interp::HostTensor> t = interp::loadConstant(
          op.getLoc(), constant.getValue(), cast<RankedTensorType>(v.getType()));
      if (failed(t)) {
        ok = false;
        break;
      }
      operands.push_back(std::move(*t));
    }
    if (!ok)
      continue;
    SmallVector<const interp::HostTensor *> operandPtrs;
    for (auto &t : operands)
      operandPtrs.push_back(&t);
    SmallVector<interp::HostTensor> results;
    for (Type type : op.getResultTypes()) {
      auto tensor = cast<RankedTensorType>(type);
      results.emplace_back(tensor.getElementType(), tensor.getShape());
    }
    interp::KernelContext kc{&op, operandPtrs, results};
    if (failed(kernel->fn(kc)))
      continue;
    OpBuilder::InsertionGuard guard(builder);
    builder.setInsertionPoint(&op);
    for (auto [result, value] : llvm::zip_equal(op.getResults(), results)) {
      auto type = cast<RankedTensorType>(result.getType());
      StringRef bytes(value.getBytes().data(), value.getBytes().size());
      Value folded = tq::ConstantOp::create(builder, op.getLoc(), type,
                                            denseFromBytes(type, bytes));
      result.replaceAllUsesWith(folded);
      replaced[result] = folded;
    }
    op.erase();
  }
}

/// Converters compute result shapes from the file's constants; a negative
/// entry or an element count past kMaxImportedElements is refused here,
/// before folding or any later pass allocates for it.
static LogicalResult checkNewResultTypes(NodeContext &ctx, Block *block,
                                         Operation *before) {
  auto begin = before ? std::next(before->getIterator()) : block->begin();
  for (Operation &op : llvm::make_range(begin, block->end()))
    for (Type type : op.getResultTypes()) {
      auto tensor = dyn_cast<RankedTensorType>(type);
      if (!tensor)
        continue;
      SmallVector<int64_t> dims;
      for (int64_t d : tensor.getShape())
        if (!ShapedType::isDynamic(d))
          dims.push_back(d);
      std::optional<int64_t> count = getCheckedNumElements(dims);
      if (!count || *count > kMaxImportedElements)
        return ctx.emitError() << "computed result type " << tensor
                               << " has a negative size or more than "
                               << kMaxImportedElements << " elements";
    }
  return success();
}

LogicalResult GraphImporter::convertNode(const NodeDesc &node) {
  StringRef name = node.name.empty() && !node.outputs.empty()
                       ? StringRef(node.outputs.front())
                       : StringRef(node.name);
  Location loc = NameLoc::get(StringAttr::get(context, name), fileLoc);
  ConverterFn fn = ConverterRegistry::get().lookup(node.domain, node.opType);
  if (!fn) // listed by the unsupported-op check before; kept for safety
    return emitError(loc, "unsupported ONNX op ") << node.opType;
  for (auto [i, in] : llvm::enumerate(node.inputs))
    if (!in.empty() && !lookup(in))
      return emitError(loc, node.opType + " node '" + name + "': input '" +
                                in + "' is not defined");
  Block *block = builder.getInsertionBlock();
  Operation *before = block->empty() ? nullptr : &block->back();
  NodeContext ctx(*this, node, loc, builder);
  SmallVector<Value> results;
  if (failed(fn(ctx, results)))
    return failure();
  if (results.size() > node.outputs.size())
    return ctx.emitError() << "converter produced " << results.size()
                           << " values for " << node.outputs.size()
                           << " outputs";
  if (failed(checkNewResultTypes(ctx, block, before)))
    return failure();
  DenseMap<Value, Value> replaced;
  foldNewOps(block, before, replaced);
  for (auto [i, out] : llvm::enumerate(node.outputs)) {
    if (out.empty())
      continue;
    Value v = i < results.size() ? results[i] : Value();
    if (!v)
      return ctx.emitError() << "output " << i << " ('" << out
                             << "') is not supported";
    if (Value r = replaced.lookup(v))
      v = r;
    values[out] = v;
  }
  return success();
}

OwningOpRef<ModuleOp> GraphImporter::run() {
  OwningOpRef<ModuleOp> module = ModuleOp::create(fileLoc);
  for (auto &init : graph.initializers)
    initializers[init->name] = init.get();

  SmallVector<Type> argTypes;
  for (const ValueDesc &in : graph.inputs) {
    FailureOr<RankedTensorType> type = valueType(
        in, NameLoc::get(StringAttr::get(context, in.name), fileLoc));
    if (failed(type))
      return nullptr;
    argTypes.push_back(*type);
  }
  builder.setInsertionPointToEnd(module->getBody());
  auto func = func::FuncOp::create(builder, fileLoc, "main",
                                   builder.getFunctionType(argTypes, {}));
  Block *body = func.addEntryBlock();
  for (auto [i, in] : llvm::enumerate(graph.inputs)) {
    values[in.name] = body->getArgument(i);
    body->getArgument(i).setLoc(
        NameLoc::get(StringAttr::get(context, in.name), fileLoc));
    func.setArgAttr(i, "tico.name", builder.getStringAttr(in.name));
  }
  builder.setInsertionPointToEnd(body);
  for (const NodeDesc &node : graph.nodes)
    for (const std::string &out : node.outputs)
      if (!out.empty())
        producers[out] = &node;
  for (const NodeDesc &node : graph.nodes)
    if (failed(convertNode(node)))
      return nullptr;

  SmallVector<Value> results;
  for (const ValueDesc &out : graph.outputs) {
    Value v = lookup(out.name);
    if (!v) {
      emitError(fileLoc, "graph output '") << out.name << "' is not defined";
      return nullptr;
    }
    results.push_back(v);
  }
  func::ReturnOp::create(builder, fileLoc, results);
  func.setFunctionType(builder.getFunctionType(
      argTypes, ValueRange(results).getTypes()));
  // A graph output's producer is named after the output (kept as a NameLoc
  // around the node's location, so diagnostics still name the node): the
  // exported tensor then reads `logits`, as the signature does, rather than
  // `/lm_head/MatMul_2`. A value returned twice keeps its first name.
  llvm::SmallPtrSet<Operation *, 4> renamed;
  for (auto [i, out] : llvm::enumerate(graph.outputs)) {
    func.setResultAttr(i, "tico.name", builder.getStringAttr(out.name));
    Operation *producer = results[i].getDefiningOp();
    if (producer && producer->getNumResults() == 1 &&
        renamed.insert(producer).second)
      producer->setLoc(NameLoc::get(builder.getStringAttr(out.name),
                                    producer->getLoc()));
  }

  // Ops left without users by folding (constants, shape computations);
  // reverse order erases whole chains in one sweep.
  for (Operation &op : llvm::make_early_inc_range(llvm::reverse(*body)))
    if (isOpTriviallyDead(&op))
      op.erase();
  if (failed(verify(*module)))
    return nullptr;
  return module;
}

//===----------------------------------------------------------------------===//
// NodeContext
//===----------------------------------------------------------------------===//

int64_t NodeContext::getOpset() const { return importer.getGraph().opset; }

Value NodeContext::input(unsigned i) const {
  return hasInput(i) ? importer.lookup(node.inputs[i]) : Value();
}

RankedTensorType NodeContext::inputType(unsigned i) const {
  Value v = input(i);
  return v ? cast<RankedTensorType>(v.getType()) : RankedTensorType();
}

FailureOr<RankedTensorType> NodeContext::outputType(unsigned i) {
  if (i >= node.outputs.size())
    return emitError() << "has no output " << i;
  auto it = importer.getGraph().valueInfo.find(node.outputs[i]);
  if (it == importer.getGraph().valueInfo.end())
    return emitError() << "shape inference gave output '" << node.outputs[i]
                       << "' no type";
  return importer.valueType(it->second, loc);
}

Value NodeContext::lookupValue(StringRef name) const {
  return importer.lookup(name);
}

const NodeDesc *NodeContext::getProducer(StringRef name) const {
  return importer.producers.lookup(name);
}

const AttrValue *NodeContext::getAttr(StringRef name) const {
  auto it = node.attrs.find(name);
  return it == node.attrs.end() ? nullptr : &it->second;
}

int64_t NodeContext::getInt(StringRef name, int64_t defaultValue) const {
  const AttrValue *a = getAttr(name);
  return a && a->kind == AttrValue::Int ? a->i : defaultValue;
}

double NodeContext::getFloat(StringRef name, double defaultValue) const {
  const AttrValue *a = getAttr(name);
  return a && a->kind == AttrValue::Float ? a->f : defaultValue;
}

std::string NodeContext::getString(StringRef name,
                                   StringRef defaultValue) const {
  const AttrValue *a = getAttr(name);
  return a && a->kind == AttrValue::String ? a->s : defaultValue.str();
}

SmallVector<int64_t> NodeContext::getInts(StringRef name,
                                          ArrayRef<int64_t> defaultValue) const {
  const AttrValue *a = getAttr(name);
  if (a && a->kind == AttrValue::Ints)
    return SmallVector<int64_t>(a->ints.begin(), a->ints.end());
  return SmallVector<int64_t>(defaultValue.begin(), defaultValue.end());
}

std::optional<SmallVector<int64_t>>
NodeContext::matchConstantInts(unsigned i) const {
  Value v = input(i);
  DenseIntElementsAttr attr;
  if (!v || !matchPattern(v, m_Constant(&attr)))
    return std::nullopt;
  SmallVector<int64_t> out;
  bool isUnsigned = attr.getElementType().isUnsignedInteger();
  for (const APInt &x : attr.getValues<APInt>())
    out.push_back(attr.getElementType().isInteger(1) || isUnsigned
                      ? int64_t(x.getZExtValue())
                      : x.getSExtValue());
  return out;
}

std::optional<SmallVector<double>>
NodeContext::matchConstantFloats(unsigned i) const {
  Value v = input(i);
  DenseFPElementsAttr attr;
  if (!v || !matchPattern(v, m_Constant(&attr)))
    return std::nullopt;
  SmallVector<double> out;
  for (const APFloat &x : attr.getValues<APFloat>())
    out.push_back(x.convertToDouble());
  return out;
}

FailureOr<SmallVector<int64_t>>
NodeContext::requireConstantInts(unsigned i, StringRef what) {
  if (std::optional<SmallVector<int64_t>> values = matchConstantInts(i))
    return *values;
  return emitError() << "expected " << what
                     << " (input " << i
                     << ") to be a constant (or computable from static "
                        "shapes), got a runtime value";
}

InFlightDiagnostic NodeContext::emitError() {
  StringRef name = node.name.empty() && !node.outputs.empty()
                       ? StringRef(node.outputs.front())
                       : StringRef(node.name);
  return mlir::emitError(loc) << node.opType << " node '" << name << "': ";
}

LogicalResult NodeContext::notSupported(const Twine &what) {
  return emitError() << "not supported: " << what;
}

Value NodeContext::intConstant(RankedTensorType type,
                               ArrayRef<int64_t> values) {
  auto element = cast<IntegerType>(type.getElementType());
  SmallVector<APInt> ints;
  for (int64_t v : values)
    ints.push_back(APInt(element.getWidth(), uint64_t(v), /*isSigned=*/true,
                         /*implicitTrunc=*/true));
  return create<tq::ConstantOp>(type, DenseElementsAttr::get(type, ints));
}

Value NodeContext::floatConstant(RankedTensorType type,
                                 ArrayRef<double> values) {
  auto element = cast<FloatType>(type.getElementType());
  SmallVector<APFloat> floats;
  for (double v : values) {
    APFloat f(v);
    bool lost;
    f.convert(element.getFloatSemantics(), APFloat::rmNearestTiesToEven,
              &lost);
    floats.push_back(f);
  }
  return create<tq::ConstantOp>(type, DenseElementsAttr::get(type, floats));
}

FailureOr<Value> NodeContext::tensorConstant(TensorData &tensor) {
  return importer.constantFromTensor(tensor, loc);
}

Value NodeContext::scalarConstant(Type elementType, double value) {
  auto type = RankedTensorType::get({}, elementType);
  if (isa<FloatType>(elementType))
    return floatConstant(type, {value});
  return intConstant(type, {int64_t(value)});
}

//===----------------------------------------------------------------------===//
// Entry points
//===----------------------------------------------------------------------===//

/// "2 unsupported op types: NonZero (1 node: nz), Foo (2 nodes: a, b)".
static std::string describeUnsupported(const NodeList &nodes) {
  std::map<std::string, std::vector<std::string>> byType;
  for (const auto &[type, name] : nodes) {
    auto [domain, op] = StringRef(type).rsplit('.');
    StringRef opType = op.empty() ? StringRef(type) : op;
    StringRef dom = op.empty() ? StringRef() : domain;
    if (!ConverterRegistry::get().lookup(dom, opType))
      byType[type].push_back(name.empty() ? "<unnamed>" : name);
  }
  if (byType.empty())
    return "";
  std::string s = "cannot import the model: " +
                  std::to_string(byType.size()) + " unsupported op type" +
                  (byType.size() == 1 ? "" : "s") + ": ";
  bool first = true;
  for (const auto &[type, names] : byType) {
    s += (first ? "" : "; ") + type + " x" + std::to_string(names.size()) +
         " (" + llvm::join(names, ", ") + ")";
    first = false;
  }
  return s;
}

OwningOpRef<ModuleOp> mlir::tico::onnx_import::importFromONNX(
    StringRef bytes, StringRef modelPath, MLIRContext *context, Location loc,
    const ONNXImportOptions &options) {
  context->loadDialect<tq::TQDialect, func::FuncDialect,
                       quant::QuantDialect>();
  // Unsupported ops are listed after the multi-node forms are recognized
  // (a NonZero is supported only inside one); when the model does not load
  // (e.g. the checker rejects an unknown op), from the raw nodes, without
  // NonZero, whose form can only be judged on the loaded graph.
  GraphDesc graph;
  llvm::Error loadError = loadOnnxModel(
      bytes, modelPath, options,
      [](const NodeList &) { return std::string(); }, graph);
  NodeList nodes;
  if (!loadError) {
    recognizeMaskedScatter(graph);
    for (const NodeDesc &node : graph.nodes)
      nodes.emplace_back(node.domain.empty() || node.domain == "ai.onnx"
                             ? node.opType
                             : node.domain + "." + node.opType,
                         node.name);
  } else if (auto raw = listOnnxNodes(bytes)) {
    nodes = std::move(*raw);
    llvm::erase_if(nodes, [](const auto &n) { return n.first == "NonZero"; });
  } else {
    llvm::consumeError(raw.takeError());
  }
  std::string unsupported = describeUnsupported(nodes);
  if (!unsupported.empty()) {
    llvm::consumeError(std::move(loadError));
    emitError(loc) << unsupported;
    return nullptr;
  }
  if (loadError) {
    emitError(loc) << llvm::toString(std::move(loadError));
    return nullptr;
  }
  GraphImporter importer(graph, context, loc, options);
  return importer.run();
}

llvm::Expected<std::vector<std::string>>
mlir::tico::onnx_import::findUnsupportedOps(StringRef bytes) {
  auto nodes = listOnnxNodes(bytes);
  if (!nodes)
    return nodes.takeError();
  std::set<std::string> types;
  for (const auto &[type, name] : *nodes) {
    auto [domain, op] = StringRef(type).rsplit('.');
    if (op.empty() ? !ConverterRegistry::get().lookup("", type)
                   : !ConverterRegistry::get().lookup(domain, op))
      types.insert(type);
  }
  return std::vector<std::string>(types.begin(), types.end());
}
