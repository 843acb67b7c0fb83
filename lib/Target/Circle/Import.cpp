//===- Import.cpp - .circle flatbuffer to circle dialect ------------------===//
//
// Every check that keeps a malformed file from reaching MLIR happens before
// an op is built: the flatbuffers verifier, then index ranges, buffer bounds,
// producers and types. Ops are then created generically from the operator
// table (code -> op name) and the generated options readers, and the module
// is verified.
//
//===----------------------------------------------------------------------===//

#include "tico/Target/Circle/CircleImport.h"

#include "CircleTypes.h"
#include "tico/Dialect/Circle/IR/CircleOpInfo.h"
#include "tico/Dialect/Circle/IR/CircleOps.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Quant/IR/QuantTypes.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/Verifier.h"
#include "llvm/ADT/StringSet.h"

using namespace mlir;
using namespace mlir::tico::circle;
namespace fb = ::circle;

#define GEN_CIRCLE_OPTION_READERS
#include "tico/Dialect/Circle/IR/CircleOptions.inc"

namespace {

/// The operator code of an OperatorCode entry, as ONE's readers decode it:
/// deprecated_builtin_code unless it is the 127 placeholder.
int32_t getBuiltinCode(const fb::OperatorCode *code) {
  if (code->deprecated_builtin_code() != 127)
    return code->deprecated_builtin_code();
  return code->builtin_code();
}

class ModelReader {
public:
  ModelReader(StringRef bytes, MLIRContext *context, Location loc,
              size_t referenceThreshold)
      : bytes(bytes), context(context), loc(loc), builder(context),
        referenceThreshold(referenceThreshold) {}

  OwningOpRef<ModuleOp> read();

private:
  InFlightDiagnostic error() { return emitError(loc); }
  LogicalResult checkBuffers();
  FailureOr<ArrayRef<char>> getBufferBytes(uint32_t index);
  FailureOr<Type> getTensorType(const fb::Tensor *tensor, unsigned subgraph,
                                unsigned index);
  FailureOr<Type> getQuantizedType(const fb::Tensor *tensor, Type storage,
                                   ArrayRef<int64_t> shape, unsigned subgraph,
                                   unsigned index);
  LogicalResult readSubgraph(unsigned index, ModuleOp module,
                             StringRef funcName);

  StringRef bytes;
  MLIRContext *context;
  Location loc;
  OpBuilder builder;
  size_t referenceThreshold;
  const fb::Model *model = nullptr;
};

} // namespace

LogicalResult ModelReader::checkBuffers() {
  const auto *buffers = model->buffers();
  if (!buffers || buffers->size() == 0)
    return error() << "model has no buffers; buffer 0 must be the empty "
                      "sentinel";
  const fb::Buffer *sentinel = buffers->Get(0);
  if ((sentinel->data() && sentinel->data()->size() != 0) ||
      sentinel->offset() > 1)
    return error() << "buffer 0 must be empty";
  for (unsigned i = 1; i < buffers->size(); ++i) {
    const fb::Buffer *buffer = buffers->Get(i);
    if (buffer->offset() <= 1)
      continue;
    uint64_t end = buffer->offset() + buffer->size();
    if (end < buffer->offset() || end > bytes.size())
      return error() << "buffer " << i << " at offset " << buffer->offset()
                     << " with size " << buffer->size()
                     << " extends past the end of the file (" << bytes.size()
                     << " bytes)";
  }
  return success();
}

FailureOr<ArrayRef<char>> ModelReader::getBufferBytes(uint32_t index) {
  const fb::Buffer *buffer = model->buffers()->Get(index);
  if (buffer->offset() > 1)
    return ArrayRef<char>(bytes.data() + buffer->offset(), buffer->size());
  if (!buffer->data())
    return ArrayRef<char>();
  return ArrayRef<char>(reinterpret_cast<const char *>(buffer->data()->data()),
                        buffer->data()->size());
}

FailureOr<Type> ModelReader::getQuantizedType(const fb::Tensor *tensor,
                                              Type storage,
                                              ArrayRef<int64_t> shape,
                                              unsigned subgraph,
                                              unsigned index) {
  const fb::QuantizationParameters *q = tensor->quantization();
  const auto *scales = q->scale();
  const auto *zeroPoints = q->zero_point();
  auto where = [&]() {
    return error() << "subgraph " << subgraph << " tensor " << index << " ('"
                   << (tensor->name() ? tensor->name()->str() : "") << "'): ";
  };
  if (q->details_type() != fb::QuantizationDetails_NONE)
    return where() << "quantization details (custom or MX) are not supported";
  if (!zeroPoints || zeroPoints->size() != scales->size())
    return where() << "expected " << scales->size()
                   << " zero points, one per scale, got "
                   << (zeroPoints ? zeroPoints->size() : 0);
  auto integer = dyn_cast<IntegerType>(storage);
  if (!integer || integer.getWidth() < 4 || integer.getWidth() > 64)
    return where() << "quantization on a tensor of type " << storage;
  // `!quant.uniform` storage stops at 32 bits: INT64 (the biases of int16
  // models) is read into 32-bit storage; its constant data is narrowed
  // with a range check (getConstant).
  unsigned width = std::min(integer.getWidth(), 32u);
  bool isSigned = !integer.isUnsigned();
  int64_t qmin = isSigned ? -(int64_t(1) << (width - 1)) : 0;
  int64_t qmax = isSigned ? (int64_t(1) << (width - 1)) - 1
                          : (int64_t(1) << width) - 1;
  Type storageType = builder.getIntegerType(width);
  unsigned flags = isSigned ? quant::QuantizationFlags::Signed : 0;
  SmallVector<double> scaleValues;
  SmallVector<int64_t> zpValues;
  for (unsigned i = 0; i < scales->size(); ++i) {
    float scale = scales->Get(i);
    int64_t zp = zeroPoints->Get(i);
    if (!(scale > 0.0f) || !std::isfinite(scale))
      return where() << "scale " << scale << " must be positive and finite";
    if (zp < qmin || zp > qmax)
      return where() << "zero point " << zp << " outside [" << qmin << ", "
                     << qmax << "] of its type";
    scaleValues.push_back(scale);
    zpValues.push_back(zp);
  }
  int32_t axis = q->quantized_dimension();
  bool perAxis = scaleValues.size() > 1 || axis != 0;
  if (!perAxis)
    return Type(quant::UniformQuantizedType::get(
        flags, storageType, builder.getF32Type(), scaleValues[0], zpValues[0],
        qmin, qmax));
  if (axis < 0 || axis >= int32_t(shape.size()))
    return where() << "quantized_dimension " << axis
                   << " out of range for rank " << shape.size();
  if (!ShapedType::isDynamic(shape[axis]) &&
      shape[axis] != int64_t(scaleValues.size()))
    return where() << "expected " << shape[axis]
                   << " scales along quantized_dimension " << axis << ", got "
                   << scaleValues.size();
  return Type(quant::UniformQuantizedPerAxisType::get(
      flags, storageType, builder.getF32Type(), scaleValues, zpValues, axis,
      qmin, qmax));
}

FailureOr<Type> ModelReader::getTensorType(const fb::Tensor *tensor,
                                           unsigned subgraph, unsigned index) {
  Type element = getMlirElementType(tensor->type(), context);
  if (!element)
    return error() << "subgraph " << subgraph << " tensor " << index
                   << " has unsupported type "
                   << fb::EnumNameTensorType(tensor->type()) << " ("
                   << int(tensor->type()) << ")";
  const auto *shape = tensor->shape();
  const auto *signature = tensor->shape_signature();
  if (!tensor->has_rank() && (!shape || shape->size() == 0))
    return Type(UnrankedTensorType::get(element));
  SmallVector<int64_t> dims;
  unsigned rank = shape ? shape->size() : 0;
  if (signature && signature->size() != 0 && signature->size() != rank)
    return error() << "subgraph " << subgraph << " tensor " << index
                   << ": shape_signature rank " << signature->size()
                   << " differs from shape rank " << rank;
  for (unsigned d = 0; d < rank; ++d) {
    int32_t dim = shape->Get(d);
    bool dynamic = signature && signature->size() != 0 && signature->Get(d) == -1;
    if (!dynamic && dim < 0)
      return error() << "subgraph " << subgraph << " tensor " << index
                     << " has negative dimension " << dim;
    dims.push_back(dynamic ? ShapedType::kDynamic : dim);
  }
  // MLIR multiplies static dimensions unchecked (getNumElements), so a shape
  // whose element count or byte size overflows stops here.
  SmallVector<int64_t> staticDims(
      llvm::make_filter_range(dims, [](int64_t d) { return d >= 0; }));
  std::optional<int64_t> count = mlir::tico::getCheckedNumElements(staticDims);
  if (!count || !getStoredSize(element, *count))
    return error() << "subgraph " << subgraph << " tensor " << index << ": the "
                   << (count ? "byte size" : "element count") << " of shape ["
                   << ArrayRef<int64_t>(dims) << "] overflows 64 bits";
  if (tensor->quantization() && tensor->quantization()->scale() &&
      tensor->quantization()->scale()->size() != 0) {
    FailureOr<Type> quantized =
        getQuantizedType(tensor, element, dims, subgraph, index);
    if (failed(quantized))
      return failure();
    element = *quantized;
  }
  return Type(RankedTensorType::get(dims, element));
}

LogicalResult ModelReader::readSubgraph(unsigned index, ModuleOp module,
                                        StringRef funcName) {
  const fb::SubGraph *subgraph = model->subgraphs()->Get(index);
  const auto *tensors = subgraph->tensors();
  unsigned numTensors = tensors ? tensors->size() : 0;
  unsigned numBuffers = model->buffers()->size();
  unsigned numOpcodes = model->operator_codes() ? model->operator_codes()->size() : 0;

  auto checkTensorIndex = [&](int32_t t, StringRef what) -> LogicalResult {
    if (t < 0 || uint32_t(t) >= numTensors)
      return error() << "subgraph " << index << ": " << what
                     << " refers to tensor " << t << ", but there are "
                     << numTensors;
    return success();
  };

  // Types of every tensor first: a bad tensor fails before any op exists.
  SmallVector<Type> types;
  for (unsigned t = 0; t < numTensors; ++t) {
    const fb::Tensor *tensor = tensors->Get(t);
    if (tensor->buffer() >= numBuffers)
      return error() << "subgraph " << index << " tensor " << t
                     << " refers to buffer " << tensor->buffer()
                     << ", but there are " << numBuffers;
    FailureOr<Type> type = getTensorType(tensor, index, t);
    if (failed(type))
      return failure();
    types.push_back(*type);
  }

  // Who defines each tensor: an input, an operator output, or a constant.
  enum class Def { None, Input, Operator };
  SmallVector<Def> defs(numTensors, Def::None);
  SmallVector<Type> inputTypes, outputTypes;
  const auto *inputs = subgraph->inputs();
  const auto *outputs = subgraph->outputs();
  if (inputs)
    for (int32_t t : *inputs) {
      if (failed(checkTensorIndex(t, "a subgraph input")))
        return failure();
      if (defs[t] != Def::None)
        return error() << "subgraph " << index << ": tensor " << t
                       << " is listed twice as an input";
      defs[t] = Def::Input;
      inputTypes.push_back(types[t]);
    }
  const auto *operators = subgraph->operators();
  unsigned numOperators = operators ? operators->size() : 0;
  for (unsigned o = 0; o < numOperators; ++o) {
    const fb::Operator *op = operators->Get(o);
    if (op->opcode_index() >= numOpcodes)
      return error() << "subgraph " << index << " operator " << o
                     << " refers to opcode " << op->opcode_index()
                     << ", but there are " << numOpcodes;
    if (op->outputs())
      for (int32_t t : *op->outputs()) {
        if (failed(checkTensorIndex(t, "an operator output")))
          return failure();
        if (defs[t] != Def::None)
          return error() << "subgraph " << index << ": tensor " << t
                         << " has more than one producer (operator " << o
                         << ")";
        defs[t] = Def::Operator;
      }
  }
  if (outputs)
    for (int32_t t : *outputs) {
      if (failed(checkTensorIndex(t, "a subgraph output")))
        return failure();
      outputTypes.push_back(types[t]);
    }

  builder.setInsertionPointToEnd(module.getBody());
  auto func = func::FuncOp::create(builder, loc, funcName,
                                   builder.getFunctionType(inputTypes,
                                                           outputTypes));
  Block *body = func.addEntryBlock();
  builder.setInsertionPointToStart(body);

  auto tensorName = [&](unsigned t) -> std::string {
    const fb::Tensor *tensor = tensors->Get(t);
    return tensor->name() ? tensor->name()->str() : std::string();
  };
  auto nameLoc = [&](const std::string &name) -> Location {
    // The file location stays inside while the module is built and
    // verified, so diagnostics name the file; read() strips it afterwards.
    return name.empty()
               ? loc
               : Location(NameLoc::get(builder.getStringAttr(name), loc));
  };

  SmallVector<Value> values(numTensors);
  if (inputs)
    for (auto [i, t] : llvm::enumerate(*inputs)) {
      values[t] = body->getArgument(i);
      body->getArgument(i).setLoc(nameLoc(tensorName(t)));
    }

  Value noValue;
  auto getConstant = [&](unsigned t) -> FailureOr<Value> {
    const fb::Tensor *tensor = tensors->Get(t);
    auto type = dyn_cast<RankedTensorType>(types[t]);
    if (!type || !type.hasStaticShape())
      return error() << "subgraph " << index << " constant tensor " << t
                     << " must have a static shape";
    FailureOr<ArrayRef<char>> data = getBufferBytes(tensor->buffer());
    if (failed(data))
      return failure();
    auto storageType =
        RankedTensorType::get(type.getShape(),
                              tico::getStorageElementType(type.getElementType()));
    if (auto q = dyn_cast<quant::QuantizedType>(type.getElementType());
        q && !q.isSigned())
      storageType = RankedTensorType::get(
          type.getShape(),
          IntegerType::get(context, q.getStorageTypeIntegralWidth()));
    bool narrow = tensor->type() == fb::TensorType_INT64 &&
                  isa<quant::QuantizedType>(type.getElementType());
    if (narrow)
      storageType = storageType.clone(builder.getI64Type());
    FailureOr<ElementsAttr> value =
        decodeConstantBytes(*data, storageType, nameLoc(tensorName(t)),
                            !narrow && data->size() >= referenceThreshold);
    if (failed(value))
      return failure();
    if (narrow) {
      SmallVector<int32_t> narrowed;
      for (const APInt &v : cast<DenseIntElementsAttr>(*value).getValues<APInt>()) {
        int64_t x = v.getSExtValue();
        if (x < INT32_MIN || x > INT32_MAX)
          return error() << "subgraph " << index << " tensor " << t << " ('"
                         << tensorName(t) << "'): quantized INT64 value " << x
                         << " does not fit the 32-bit storage tico reads it into";
        narrowed.push_back(int32_t(x));
      }
      auto i32Type = storageType.clone(builder.getI32Type());
      value = ElementsAttr(DenseElementsAttr::get(i32Type, ArrayRef(narrowed)));
    }
    auto constant =
        ConstOp::create(builder, nameLoc(tensorName(t)), type, *value);
    return constant.getResult();
  };

  // Operators are created in file order, the order a runtime executes
  // them. Constants are created in tensor order, each before the first
  // operator whose first output comes after it -- the order the exporter
  // assigns, so a round trip reproduces the file -- or, in files from other
  // writers, when an operator reads it first.
  SmallVector<bool> isConstant(numTensors, false);
  SmallVector<unsigned> constants;
  for (unsigned t = 0; t < numTensors; ++t) {
    if (defs[t] != Def::None || tensors->Get(t)->buffer() == 0)
      continue;
    isConstant[t] = true;
    constants.push_back(t);
  }
  auto createConstant = [&](unsigned t) -> LogicalResult {
    if (values[t])
      return success();
    FailureOr<Value> constant = getConstant(t);
    if (failed(constant))
      return failure();
    values[t] = *constant;
    return success();
  };
  unsigned nextConstant = 0;

  for (unsigned o = 0; o < numOperators; ++o) {
    const fb::Operator *op = operators->Get(o);
    if (op->outputs() && op->outputs()->size())
      for (; nextConstant < constants.size() &&
             constants[nextConstant] < uint32_t(op->outputs()->Get(0));
           ++nextConstant)
        if (failed(createConstant(constants[nextConstant])))
          return failure();
    const fb::OperatorCode *code =
        model->operator_codes()->Get(op->opcode_index());
    int32_t builtin = getBuiltinCode(code);

    SmallVector<Value> operands;
    if (op->inputs())
      for (int32_t t : *op->inputs()) {
        if (t == -1) {
          if (!noValue) {
            OpBuilder::InsertionGuard guard(builder);
            builder.setInsertionPointToStart(body);
            noValue = NoValueOp::create(builder, loc, builder.getNoneType());
          }
          operands.push_back(noValue);
          continue;
        }
        if (failed(checkTensorIndex(t, "an operator input")))
          return failure();
        if (isConstant[t] && failed(createConstant(t)))
          return failure();
        if (!values[t])
          return error() << "subgraph " << index << " operator " << o
                         << " reads tensor " << t << " ('" << tensorName(t)
                         << "') before it is produced";
        operands.push_back(values[t]);
      }
    SmallVector<Type> resultTypes;
    std::string firstName;
    if (op->outputs())
      for (int32_t t : *op->outputs()) {
        resultTypes.push_back(types[t]);
        if (firstName.empty())
          firstName = tensorName(t);
      }
    // Results named `base:i` come from one location named `base`.
    if (resultTypes.size() > 1 && StringRef(firstName).ends_with(":0"))
      firstName = firstName.substr(0, firstName.size() - 2);

    Location opLoc = nameLoc(firstName);
    OperationState state(opLoc, "");
    SmallVector<NamedAttribute> attrs;
    if (builtin == fb::BuiltinOperator_CUSTOM) {
      if (!code->custom_code())
        return error() << "subgraph " << index << " operator " << o
                       << " is CUSTOM without a custom_code";
      state.name = OperationName(CustomOp::getOperationName(), context);
      attrs.emplace_back(builder.getStringAttr("custom_code"),
                         builder.getStringAttr(code->custom_code()->str()));
      if (op->custom_options() && op->custom_options()->size())
        attrs.emplace_back(
            builder.getStringAttr("custom_option"),
            builder.getStringAttr(StringRef(
                reinterpret_cast<const char *>(op->custom_options()->data()),
                op->custom_options()->size())));
    } else {
      std::optional<BuiltinOpInfo> info = lookupBuiltinCode(builtin);
      if (!info) {
        const char *name =
            builtin >= fb::BuiltinOperator_MIN && builtin <= fb::BuiltinOperator_MAX
                ? fb::EnumNameBuiltinOperator(
                      static_cast<fb::BuiltinOperator>(builtin))
                : "";
        return error() << "subgraph " << index << " operator " << o
                       << ": builtin operator " << builtin
                       << (*name ? " (" + std::string(name) + ")" : std::string())
                       << " is not supported by the circle dialect";
      }
      // The generated readers take an options table of another type for
      // absent options; a file that carries one is corrupt.
      const char *carried =
          info->optionsUnion == 2
              ? fb::EnumNameBuiltinOptions2(op->builtin_options_2_type())
              : fb::EnumNameBuiltinOptions(op->builtin_options_type());
      bool hasOptions = info->optionsUnion == 2
                            ? op->builtin_options_2_type() != 0
                            : op->builtin_options_type() != 0;
      if (!info->optionsTable.empty() && hasOptions &&
          info->optionsTable != carried)
        return error() << "subgraph " << index << " operator " << o << " ("
                       << info->builtinName << ") carries options "
                       << (*carried ? carried : "of an unknown type")
                       << ", expected " << info->optionsTable;
      state.name = OperationName(info->opName, context);
      if (failed(readBuiltinOptions(info->opName, op, builder, attrs, opLoc)))
        return failure();
    }
    state.addOperands(operands);
    state.addTypes(resultTypes);
    state.addAttributes(attrs);
    Operation *created = builder.create(state);
    if (op->outputs())
      for (auto [i, t] : llvm::enumerate(*op->outputs()))
        values[t] = created->getResult(i);
  }
  for (; nextConstant < constants.size(); ++nextConstant)
    if (failed(createConstant(constants[nextConstant])))
      return failure();

  SmallVector<Value> results;
  if (outputs)
    for (int32_t t : *outputs) {
      if (!values[t])
        return error() << "subgraph " << index << " output tensor " << t
                       << " ('" << tensorName(t) << "') is never produced";
      results.push_back(values[t]);
    }
  func::ReturnOp::create(builder, loc, results);
  return success();
}

OwningOpRef<ModuleOp> ModelReader::read() {
  if (bytes.size() < 8)
    return (error() << "not a Circle file: " << bytes.size()
                    << " bytes is too short", nullptr);
  if (bytes.substr(4, 4) != fb::ModelIdentifier())
    return (error() << "not a Circle file: file identifier is '"
                    << bytes.substr(4, 4) << "', expected '"
                    << fb::ModelIdentifier() << "'",
            nullptr);
  // The flatbuffer itself is below 2 GiB; offset-mode data may follow it.
  size_t verifySize =
      std::min<size_t>(bytes.size(), FLATBUFFERS_MAX_BUFFER_SIZE - 1);
  flatbuffers::Verifier verifier(
      reinterpret_cast<const uint8_t *>(bytes.data()), verifySize,
      /*max_depth=*/64, /*max_tables=*/100000000);
  if (!verifier.VerifyBuffer<fb::Model>(fb::ModelIdentifier()))
    return (error() << "malformed Circle file: the flatbuffer verifier "
                       "rejected it (truncated or corrupt)",
            nullptr);
  model = fb::GetModel(bytes.data());
  if (failed(checkBuffers()))
    return nullptr;
  if (!model->subgraphs() || model->subgraphs()->size() == 0)
    return (error() << "model has no subgraphs", nullptr);

  OwningOpRef<ModuleOp> module = ModuleOp::create(loc);
  unsigned numSubgraphs = model->subgraphs()->size();
  llvm::StringSet<> usedNames;
  SmallVector<std::string> funcNames;
  for (unsigned i = 0; i < numSubgraphs; ++i) {
    const fb::SubGraph *subgraph = model->subgraphs()->Get(i);
    std::string name = subgraph->name() ? subgraph->name()->str() : "";
    if (name.empty() || !usedNames.insert(name).second)
      name = "subgraph_" + std::to_string(i);
    usedNames.insert(name);
    funcNames.push_back(name);
    if (failed(readSubgraph(i, *module, name)))
      return nullptr;
  }

  // Public functions are those with a SignatureDef; its names label the
  // arguments and results.
  SmallVector<func::FuncOp> funcs(module->getOps<func::FuncOp>());
  SmallVector<bool> hasSignature(numSubgraphs, false);
  if (const auto *signatures = model->signature_defs())
    for (const fb::SignatureDef *signature : *signatures) {
      uint32_t s = signature->subgraph_index();
      if (s >= numSubgraphs)
        return (error() << "signature refers to subgraph " << s
                        << ", but there are " << numSubgraphs,
                nullptr);
      func::FuncOp func = funcs[s];
      const fb::SubGraph *subgraph = model->subgraphs()->Get(s);
      auto label = [&](const auto *maps, const auto *tensorList,
                       bool results) -> LogicalResult {
        if (!maps)
          return success();
        // A tensor listed twice (e.g. returned twice) has one map per
        // position: each map labels the first position not yet labelled.
        SmallVector<bool> labelled(tensorList ? tensorList->size() : 0, false);
        for (const fb::TensorMap *map : *maps) {
          int position = -1, taken = -1;
          if (tensorList)
            for (auto [i, t] : llvm::enumerate(*tensorList))
              if (uint32_t(t) == map->tensor_index()) {
                if (!labelled[i]) {
                  position = i;
                  break;
                }
                taken = i;
              }
          // More maps than positions: the last one wins, as before.
          if (position < 0)
            position = taken;
          if (position >= 0)
            labelled[position] = true;
          std::string name = map->name() ? map->name()->str() : "";
          if (position < 0)
            return error() << "signature '"
                           << (signature->signature_key()
                                   ? signature->signature_key()->str()
                                   : "")
                           << "' maps '" << name << "' to tensor "
                           << map->tensor_index() << ", which is not a "
                           << (results ? "subgraph output" : "subgraph input");
          if (results)
            func.setResultAttr(position, "tico.name",
                               builder.getStringAttr(name));
          else
            func.setArgAttr(position, "tico.name", builder.getStringAttr(name));
        }
        return success();
      };
      if (failed(label(signature->inputs(), subgraph->inputs(), false)) ||
          failed(label(signature->outputs(), subgraph->outputs(), true)))
        return nullptr;
      if (signature->signature_key() &&
          signature->signature_key()->str() != funcNames[s])
        func->setAttr("tico.signature",
                      builder.getStringAttr(signature->signature_key()->str()));
      hasSignature[s] = true;
    }
  for (auto [i, func] : llvm::enumerate(funcs))
    if (!hasSignature[i])
      func.setPrivate();

  if (numSubgraphs > 1 || funcNames[0] != "main")
    (*module)->setAttr("tico.entry_function",
                       builder.getStringAttr(funcNames[0]));
  if (model->description() && model->description()->str() != "tico-mlir")
    (*module)->setAttr("tico.description",
                       builder.getStringAttr(model->description()->str()));
  if (failed(verify(*module)))
    return nullptr;
  // Tensor names are the locations of the result: drop the file location
  // nested in each name (only there for diagnostics above).
  auto strip = [](Location l) -> Location {
    if (auto named = dyn_cast<NameLoc>(l))
      return NameLoc::get(named.getName());
    return l;
  };
  module->walk([&](Operation *op) {
    op->setLoc(strip(op->getLoc()));
    for (Region &region : op->getRegions())
      for (BlockArgument arg : region.getArguments())
        arg.setLoc(strip(arg.getLoc()));
  });
  return module;
}

OwningOpRef<ModuleOp>
mlir::tico::circle::importFromCircle(StringRef bytes, MLIRContext *context,
                                     Location loc, size_t referenceThreshold) {
  context->loadDialect<CircleDialect, func::FuncDialect, quant::QuantDialect>();
  ModelReader reader(bytes, context, loc, referenceThreshold);
  return reader.read();
}
