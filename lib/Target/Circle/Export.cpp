//===- Export.cpp - circle dialect to .circle flatbuffer ------------------===//
//
// Each func.func becomes a subgraph (the entry function first), each public
// function a SignatureDef. Constants become buffers, stored once per distinct
// content. Operator codes and options come from the ODS declarations through
// the generated CircleOpTable.inc / CircleOptions.inc.
//
// When the model would not fit in a flatbuffer (2 GiB) or when asked, the
// constant data is written after the flatbuffer, 16-byte aligned, and
// referenced by Buffer.offset/size; the data is then streamed from the
// attributes' own memory without an intermediate copy.
//
// Inside the flatbuffer the data is not copied either: each buffer's data
// vector is reserved uninitialized in a builder sized up front (so it never
// reallocates), and the model is written as the builder's bytes with the
// vectors' ranges taken from the attributes. The reserved pages are never
// touched, so they cost address space, not memory.
//
//===----------------------------------------------------------------------===//

#include "tico/Target/Circle/CircleExport.h"

#include "CircleTypes.h"
#include "OpVersion.h"
#include "tico/Dialect/Circle/IR/CircleOpInfo.h"
#include "tico/Dialect/Circle/IR/CircleOps.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Quant/IR/QuantTypes.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/TypeUtilities.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/Hashing.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/xxhash.h"

#include <map>
#include <memory>
#include <optional>

using namespace mlir;
using namespace mlir::tico::circle;
namespace fb = ::circle;

namespace {

/// An options table and the union it belongs to (1: builtin_options,
/// 2: builtin_options_2).
struct CircleOptionsRef {
  int optionsUnion;
  uint8_t type;
  flatbuffers::Offset<void> table;
};

} // namespace

//===----------------------------------------------------------------------===//
// Option fields derived from types (`derivedOptions` in CircleOps.td)
//===----------------------------------------------------------------------===//

/// The Circle type of a value's elements; unsupported types were already
/// reported when the value's tensor was built.
static fb::TensorType getElementTensorType(Value value) {
  FailureOr<fb::TensorType> type = getCircleTensorType(
      getElementTypeOrSelf(value.getType()), value.getLoc());
  return succeeded(type) ? *type : fb::TensorType_FLOAT32;
}

static fb::TensorType deriveCastOptions_in_data_type(CastOp op,
                                                     flatbuffers::FlatBufferBuilder &) {
  return getElementTensorType(op->getOperand(0));
}
static fb::TensorType deriveCastOptions_out_data_type(CastOp op,
                                                      flatbuffers::FlatBufferBuilder &) {
  return getElementTensorType(op->getResult(0));
}

// quantized_bias_type stays unset (FLOAT32, the default, is not written),
// as the reference converter does: the bias tensor's own type says it.
static fb::TensorType
deriveConv2DOptions_quantized_bias_type(Conv2DOp, flatbuffers::FlatBufferBuilder &) {
  return fb::TensorType_FLOAT32;
}
static fb::TensorType
deriveFullyConnectedOptions_quantized_bias_type(FullyConnectedOp,
                                                flatbuffers::FlatBufferBuilder &) {
  return fb::TensorType_FLOAT32;
}

static flatbuffers::Offset<flatbuffers::Vector<int32_t>>
deriveReshapeOptions_new_shape(ReshapeOp op, flatbuffers::FlatBufferBuilder &fbb) {
  std::vector<int32_t> shape;
  if (auto type = dyn_cast<RankedTensorType>(op->getResult(0).getType()))
    for (int64_t dim : type.getShape())
      shape.push_back(ShapedType::isDynamic(dim) ? -1 : int32_t(dim));
  return fbb.CreateVector(shape);
}

static int32_t deriveSplitOptions_num_splits(SplitOp op,
                                             flatbuffers::FlatBufferBuilder &) {
  return op->getNumResults();
}
static int32_t deriveSplitVOptions_num_splits(SplitVOp op,
                                              flatbuffers::FlatBufferBuilder &) {
  return op->getNumResults();
}

#define GEN_CIRCLE_OPTION_WRITERS
#include "tico/Dialect/Circle/IR/CircleOptions.inc"

namespace {

constexpr uint64_t kFlatbufferLimit = uint64_t(1) << 31;
// Room kept for tensors, operators and names when deciding whether the
// constants still fit inside the flatbuffer.
constexpr uint64_t kFlatbufferReserve = uint64_t(64) << 20;

uint64_t alignTo16(uint64_t value) { return (value + 15) & ~uint64_t(15); }

struct TensorInfo {
  std::string name;
  fb::TensorType type;
  std::vector<int32_t> shape;
  std::vector<int32_t> signature; // empty when every dimension is static
  bool hasRank = true;
  uint32_t buffer = 0;
  Type elementType;
};

struct OperatorInfo {
  uint32_t opcodeIndex;
  std::vector<int32_t> inputs;
  std::vector<int32_t> outputs;
  Operation *op;
};

struct SubgraphInfo {
  func::FuncOp func;
  std::vector<TensorInfo> tensors;
  std::vector<int32_t> inputs;
  std::vector<int32_t> outputs;
  std::vector<OperatorInfo> operators;
};

struct OpCodeKey {
  int32_t code;
  std::string customCode;
  int32_t version;
  bool operator<(const OpCodeKey &other) const {
    return std::tie(code, customCode, version) <
           std::tie(other.code, other.customCode, other.version);
  }
};

/// The name a value gets from its location: `loc("name")` or the first
/// named part of a fused location.
std::string getLocationName(Location loc) {
  if (auto named = dyn_cast<NameLoc>(loc))
    return named.getName().str();
  if (auto fused = dyn_cast<FusedLoc>(loc))
    for (Location part : fused.getLocations())
      if (std::string name = getLocationName(part); !name.empty())
        return name;
  if (auto callSite = dyn_cast<CallSiteLoc>(loc))
    return getLocationName(callSite.getCallee());
  return {};
}

class ModelWriter {
public:
  ModelWriter(ModuleOp module, const CircleExportOptions &options)
      : module(module), options(options) {}

  LogicalResult write(raw_ostream &os);

private:
  LogicalResult collectSubgraphs();
  LogicalResult collectSubgraph(func::FuncOp func);
  FailureOr<int32_t> addTensor(SubgraphInfo &subgraph, Value value,
                               Location loc, std::string name,
                               uint32_t buffer = 0);
  FailureOr<uint32_t> addBuffer(ElementsAttr value, Location loc);
  uint32_t getOpCodeIndex(int32_t code, StringRef customCode, int32_t version);

  flatbuffers::Offset<fb::Tensor> buildTensor(const TensorInfo &tensor);
  flatbuffers::Offset<fb::QuantizationParameters> buildQuantization(Type type);
  FailureOr<flatbuffers::Offset<fb::Operator>>
  buildOperator(const OperatorInfo &info);
  flatbuffers::Offset<fb::SubGraph> buildSubgraph(const SubgraphInfo &info);
  flatbuffers::Offset<fb::SignatureDef> buildSignature(const SubgraphInfo &info,
                                                       uint32_t index);

  ModuleOp module;
  const CircleExportOptions &options;
  flatbuffers::FlatBufferBuilder fbb;

  std::vector<SubgraphInfo> subgraphs;
  // Buffer i + 1 holds constants[i]; buffer 0 is the empty sentinel.
  std::vector<ConstantBytes> constants;
  // Buffers by getSampleKey(); fullHashes[i] is constants[i]'s whole-content
  // hash once a key collision needed it.
  llvm::DenseMap<uint64_t, SmallVector<uint32_t, 1>> buffersByKey;
  std::vector<std::optional<uint64_t>> fullHashes;
  uint64_t constantBytes = 0;
  std::vector<OpCodeKey> opcodes;
  std::map<OpCodeKey, uint32_t> opcodeIndices;
};

} // namespace

uint32_t ModelWriter::getOpCodeIndex(int32_t code, StringRef customCode,
                                     int32_t version) {
  OpCodeKey key{code, customCode.str(), version};
  auto [it, inserted] = opcodeIndices.try_emplace(key, opcodes.size());
  if (inserted)
    opcodes.push_back(key);
  return it->second;
}

/// A cheap key for content deduplication: the size and up to 3 x 4 KiB
/// sampled at the start, middle and end. Hashing whole multi-GB weights cost
/// a third of the export time; equal keys are settled by full hashes
/// (computed only then) and a comparison.
static uint64_t getSampleKey(ArrayRef<char> data) {
  constexpr size_t kSample = 4096;
  auto hash = [&](size_t start) {
    size_t len = std::min(kSample, data.size() - start);
    return llvm::xxh3_64bits(ArrayRef<uint8_t>(
        reinterpret_cast<const uint8_t *>(data.data()) + start, len));
  };
  if (data.size() <= kSample)
    return llvm::hash_combine(data.size(), hash(0));
  return llvm::hash_combine(data.size(), hash(0),
                            hash(data.size() / 2 - kSample / 2),
                            hash(data.size() - kSample));
}

static uint64_t getFullHash(ArrayRef<char> data) {
  return llvm::xxh3_64bits(ArrayRef<uint8_t>(
      reinterpret_cast<const uint8_t *>(data.data()), data.size()));
}

/// An int32-quantized bias read only by FULLY_CONNECTED/CONV_2D/
/// DEPTHWISE_CONV_2D with int16 inputs: Circle wants an INT64 bias there
/// (luci's S16 rule), but `!quant.uniform` storage stops at 32 bits, so the
/// exporter widens it. Returns the widened values, else null.
static ElementsAttr getInt16ModelBias(ConstOp constant) {
  auto type = dyn_cast<quant::QuantizedType>(
      getElementTypeOrSelf(constant.getType()));
  if (!type || type.getStorageTypeIntegralWidth() != 32 ||
      constant.getResult().use_empty())
    return {};
  for (OpOperand &use : constant.getResult().getUses()) {
    Operation *user = use.getOwner();
    if (!isa<FullyConnectedOp, Conv2DOp, DepthwiseConv2DOp>(user) ||
        use.getOperandNumber() != 2)
      return {};
    auto input = dyn_cast<quant::QuantizedType>(
        getElementTypeOrSelf(user->getOperand(0).getType()));
    if (!input || input.getStorageTypeIntegralWidth() != 16)
      return {};
  }
  auto values = dyn_cast<DenseIntElementsAttr>(constant.getValue());
  if (!values)
    return {};
  SmallVector<int64_t> wide;
  for (const APInt &v : values.getValues<APInt>())
    wide.push_back(v.getSExtValue());
  auto wideType = RankedTensorType::get(values.getType().getShape(),
                                        IntegerType::get(constant.getContext(), 64));
  return DenseIntElementsAttr::get(wideType, wide);
}

FailureOr<uint32_t> ModelWriter::addBuffer(ElementsAttr value, Location loc) {
  FailureOr<ConstantBytes> bytes = getConstantBytes(value, loc);
  if (failed(bytes))
    return failure();
  ArrayRef<char> data = bytes->bytes();
  SmallVector<uint32_t, 1> &candidates = buffersByKey[getSampleKey(data)];
  std::optional<uint64_t> hash;
  for (uint32_t index : candidates) {
    ArrayRef<char> other = constants[index - 1].bytes();
    if (other.size() != data.size())
      continue;
    if (other.data() != data.data()) {
      if (!hash)
        hash = getFullHash(data);
      std::optional<uint64_t> &otherHash = fullHashes[index - 1];
      if (!otherHash)
        otherHash = getFullHash(other);
      if (*otherHash != *hash || other != data)
        continue;
    }
    return index; // identical content is stored once
  }
  constantBytes += alignTo16(data.size());
  constants.push_back(std::move(*bytes));
  fullHashes.push_back(hash);
  uint32_t index = constants.size();
  candidates.push_back(index);
  return index;
}

FailureOr<int32_t> ModelWriter::addTensor(SubgraphInfo &subgraph, Value value,
                                          Location loc, std::string name,
                                          uint32_t buffer) {
  auto type = dyn_cast<TensorType>(value.getType());
  if (!type)
    return emitError(loc, "value of type ")
           << value.getType() << " is not a tensor and cannot be exported";
  FailureOr<fb::TensorType> circleType =
      getCircleTensorType(type.getElementType(), loc);
  if (failed(circleType))
    return failure();
  TensorInfo tensor;
  tensor.name = std::move(name);
  tensor.type = *circleType;
  tensor.buffer = buffer;
  tensor.elementType = type.getElementType();
  if (auto ranked = dyn_cast<RankedTensorType>(type)) {
    bool dynamic = false;
    for (int64_t dim : ranked.getShape()) {
      if (!ShapedType::isDynamic(dim) && dim > INT32_MAX)
        return emitError(loc, "dimension ") << dim << " exceeds int32";
      dynamic |= ShapedType::isDynamic(dim);
      tensor.shape.push_back(ShapedType::isDynamic(dim) ? 1 : int32_t(dim));
    }
    if (dynamic)
      for (int64_t dim : ranked.getShape())
        tensor.signature.push_back(ShapedType::isDynamic(dim) ? -1
                                                              : int32_t(dim));
  } else {
    tensor.hasRank = false;
  }
  subgraph.tensors.push_back(std::move(tensor));
  int32_t index = subgraph.tensors.size() - 1;
  return index;
}

LogicalResult ModelWriter::collectSubgraph(func::FuncOp func) {
  if (func.isExternal())
    return func.emitError("function without a body cannot be exported");
  if (!func.getBody().hasOneBlock())
    return func.emitError("expected a function with a single block");

  SubgraphInfo subgraph;
  subgraph.func = func;
  llvm::DenseMap<Value, int32_t> tensorOf;
  llvm::StringSet<> usedNames;
  unsigned anonymous = 0;
  // Deterministic unique names: the preferred name, else `<func>_t<N>`,
  // with `_<k>` appended on collision.
  auto uniqueName = [&](std::string preferred) {
    if (preferred.empty())
      preferred = (func.getSymName() + "_t" + Twine(anonymous++)).str();
    std::string name = preferred;
    for (unsigned k = 1; !usedNames.insert(name).second; ++k)
      name = preferred + "_" + std::to_string(k);
    return name;
  };

  // Values whose tensor could not be built. The failure was reported once;
  // their users and the return are not reported again.
  llvm::DenseSet<Value> failedValues;
  bool failedAny = false;
  auto markFailed = [&](ValueRange values) {
    failedValues.insert(values.begin(), values.end());
    failedAny = true;
  };

  // An argument's tensor is named by its location (what import sets), else
  // by its signature name.
  for (BlockArgument arg : func.getArguments()) {
    std::string name = getLocationName(arg.getLoc());
    if (auto attr = func.getArgAttrOfType<StringAttr>(arg.getArgNumber(),
                                                      "tico.name");
        attr && name.empty())
      name = attr.str();
    FailureOr<int32_t> index =
        addTensor(subgraph, arg, arg.getLoc(), uniqueName(name));
    if (failed(index)) {
      markFailed(arg);
      continue;
    }
    tensorOf[arg] = *index;
    subgraph.inputs.push_back(*index);
  }

  // The name an op result prefers: its location's (with `:<k>` for one of
  // several results), else for a returned value its signature name.
  llvm::DenseMap<Value, std::string> resultNames;
  auto ret = dyn_cast<func::ReturnOp>(func.getBody().front().getTerminator());
  if (ret)
    for (auto [i, v] : llvm::enumerate(ret.getOperands()))
      if (auto attr = func.getResultAttrOfType<StringAttr>(i, "tico.name"))
        resultNames.try_emplace(v, attr.str());
  auto preferredName = [&](OpResult result) {
    Operation *op = result.getOwner();
    std::string name = getLocationName(op->getLoc());
    if (!name.empty() && op->getNumResults() > 1)
      name += ":" + std::to_string(result.getResultNumber());
    if (auto it = resultNames.find(result);
        name.empty() && it != resultNames.end())
      name = it->second;
    return name;
  };
  // Returned values take their names first: when passes leave several ops
  // with one location name (a quantized op and the dequantize after it),
  // the model's output gets the plain name and the others a suffix.
  llvm::DenseMap<Value, std::string> reservedNames;
  if (ret)
    for (Value v : ret.getOperands())
      if (auto result = dyn_cast<OpResult>(v); result && !reservedNames.count(v))
        reservedNames[v] = uniqueName(preferredName(result));
  auto nameOf = [&](OpResult result) {
    auto it = reservedNames.find(result);
    return it != reservedNames.end() ? it->second
                                     : uniqueName(preferredName(result));
  };

  for (Operation &op : func.getBody().front()) {
    if (auto ret = dyn_cast<func::ReturnOp>(op)) {
      for (Value v : ret.getOperands()) {
        if (failedValues.contains(v))
          continue;
        auto it = tensorOf.find(v);
        if (it == tensorOf.end() || it->second < 0) {
          failedAny = true;
          ret.emitError("returned value has no Circle tensor");
          continue;
        }
        subgraph.outputs.push_back(it->second);
      }
      continue;
    }
    if (isa<NoValueOp>(op)) {
      tensorOf[op.getResult(0)] = -1;
      continue;
    }
    if (auto constant = dyn_cast<ConstOp>(op)) {
      ElementsAttr wideBias = getInt16ModelBias(constant);
      FailureOr<uint32_t> buffer = addBuffer(
          wideBias ? wideBias : constant.getValue(), op.getLoc());
      if (failed(buffer)) {
        markFailed(constant.getResult());
        continue;
      }
      FailureOr<int32_t> index =
          addTensor(subgraph, constant.getResult(), op.getLoc(),
                    nameOf(constant->getResult(0)), *buffer);
      if (failed(index)) {
        markFailed(constant.getResult());
        continue;
      }
      if (wideBias)
        subgraph.tensors[*index].type = fb::TensorType_INT64;
      tensorOf[constant.getResult()] = *index;
      continue;
    }

    OperatorInfo info;
    info.op = &op;
    if (auto custom = dyn_cast<CustomOp>(op)) {
      info.opcodeIndex =
          getOpCodeIndex(fb::BuiltinOperator_CUSTOM, custom.getCustomCode(), 1);
    } else if (std::optional<BuiltinOpInfo> builtin = lookupBuiltinOp(&op)) {
      info.opcodeIndex =
          getOpCodeIndex(builtin->builtinCode, "", getBuiltinOpVersion(&op));
    } else {
      op.emitError("op cannot be exported to Circle: it is not a circle "
                   "dialect operator");
      markFailed(op.getResults());
      continue;
    }
    if (op.getNumRegions() != 0) {
      op.emitError("ops with regions cannot be exported to Circle");
      markFailed(op.getResults());
      continue;
    }
    if (llvm::any_of(op.getOperands(), [&](Value operand) {
          return failedValues.contains(operand);
        })) {
      markFailed(op.getResults());
      continue;
    }
    for (Value operand : op.getOperands()) {
      auto it = tensorOf.find(operand);
      if (it == tensorOf.end()) {
        op.emitError("operand is not defined earlier in the function");
        failedAny = true;
        continue;
      }
      info.inputs.push_back(it->second);
    }
    for (OpResult result : op.getResults()) {
      FailureOr<int32_t> index =
          addTensor(subgraph, result, op.getLoc(), nameOf(result));
      if (failed(index)) {
        markFailed(result);
        continue;
      }
      tensorOf[result] = *index;
      info.outputs.push_back(*index);
    }
    subgraph.operators.push_back(std::move(info));
  }
  if (failedAny)
    return failure();
  subgraphs.push_back(std::move(subgraph));
  return success();
}

LogicalResult ModelWriter::collectSubgraphs() {
  SmallVector<func::FuncOp> funcs(module.getOps<func::FuncOp>());
  if (funcs.empty())
    return module.emitError("expected at least one func.func to export");

  std::string entryName = options.entryFunction;
  if (entryName.empty())
    if (auto attr = module->getAttrOfType<StringAttr>("tico.entry_function"))
      entryName = attr.str();
  auto entry = llvm::find_if(funcs, [&](func::FuncOp f) {
    return entryName.empty() ? f.getSymName() == "main"
                             : f.getSymName() == entryName;
  });
  if (entry == funcs.end() && !entryName.empty())
    return module.emitError("entry function '") << entryName << "' not found";
  if (entry == funcs.end())
    entry = llvm::find_if(funcs, [](func::FuncOp f) { return f.isPublic(); });
  if (entry == funcs.end())
    entry = funcs.begin();
  std::rotate(funcs.begin(), entry, entry + 1); // entry first, others in order

  bool failedAny = false;
  for (func::FuncOp func : funcs)
    failedAny |= failed(collectSubgraph(func));
  return failure(failedAny);
}

flatbuffers::Offset<fb::QuantizationParameters>
ModelWriter::buildQuantization(Type type) {
  if (auto uniform = dyn_cast<quant::UniformQuantizedType>(type)) {
    std::vector<float> scale{float(uniform.getScale())};
    std::vector<int64_t> zeroPoint{uniform.getZeroPoint()};
    return fb::CreateQuantizationParametersDirect(fbb, nullptr, nullptr, &scale,
                                                  &zeroPoint);
  }
  if (auto perAxis = dyn_cast<quant::UniformQuantizedPerAxisType>(type)) {
    std::vector<float> scale;
    for (double s : perAxis.getScales())
      scale.push_back(float(s));
    std::vector<int64_t> zeroPoint(perAxis.getZeroPoints().begin(),
                                   perAxis.getZeroPoints().end());
    return fb::CreateQuantizationParametersDirect(
        fbb, nullptr, nullptr, &scale, &zeroPoint,
        fb::QuantizationDetails_NONE, 0, perAxis.getQuantizedDimension());
  }
  // TFLite and circle-mlir write an empty table for float tensors too.
  return fb::CreateQuantizationParameters(fbb);
}

flatbuffers::Offset<fb::Tensor>
ModelWriter::buildTensor(const TensorInfo &tensor) {
  auto quantization = buildQuantization(tensor.elementType);
  return fb::CreateTensorDirect(
      fbb, &tensor.shape, tensor.type, tensor.buffer, tensor.name.c_str(),
      quantization, /*is_variable=*/false, /*sparsity=*/0,
      tensor.signature.empty() ? nullptr : &tensor.signature, tensor.hasRank);
}

FailureOr<flatbuffers::Offset<fb::Operator>>
ModelWriter::buildOperator(const OperatorInfo &info) {
  auto inputs = fbb.CreateVector(info.inputs);
  auto outputs = fbb.CreateVector(info.outputs);
  if (auto custom = dyn_cast<CustomOp>(info.op)) {
    StringRef bytes = custom.getCustomOption();
    auto customOptions = fbb.CreateVector(
        reinterpret_cast<const uint8_t *>(bytes.data()), bytes.size());
    return fb::CreateOperator(fbb, info.opcodeIndex, inputs, outputs,
                              fb::BuiltinOptions_NONE, 0, customOptions,
                              fb::CustomOptionsFormat_FLEXBUFFERS);
  }
  CircleOptionsRef options = writeBuiltinOptions(info.op, fbb);
  fb::OperatorBuilder builder(fbb);
  builder.add_opcode_index(info.opcodeIndex);
  builder.add_inputs(inputs);
  builder.add_outputs(outputs);
  if (options.optionsUnion == 2) {
    builder.add_builtin_options_2_type(
        static_cast<fb::BuiltinOptions2>(options.type));
    builder.add_builtin_options_2(options.table);
  } else if (options.type != 0) {
    builder.add_builtin_options_type(
        static_cast<fb::BuiltinOptions>(options.type));
    builder.add_builtin_options(options.table);
  }
  return builder.Finish();
}

flatbuffers::Offset<fb::SubGraph>
ModelWriter::buildSubgraph(const SubgraphInfo &info) {
  std::vector<flatbuffers::Offset<fb::Tensor>> tensors;
  for (const TensorInfo &tensor : info.tensors)
    tensors.push_back(buildTensor(tensor));
  std::vector<flatbuffers::Offset<fb::Operator>> operators;
  for (const OperatorInfo &op : info.operators)
    operators.push_back(*buildOperator(op));
  func::FuncOp func = info.func;
  return fb::CreateSubGraphDirect(fbb, &tensors, &info.inputs, &info.outputs,
                                  &operators, func.getSymName().str().c_str());
}

flatbuffers::Offset<fb::SignatureDef>
ModelWriter::buildSignature(const SubgraphInfo &info, uint32_t index) {
  func::FuncOp func = info.func;
  auto mapTensors = [&](ArrayRef<int32_t> tensorIndices, bool results) {
    std::vector<flatbuffers::Offset<fb::TensorMap>> maps;
    for (auto [i, tensorIndex] : llvm::enumerate(tensorIndices)) {
      StringAttr attr =
          results ? func.getResultAttrOfType<StringAttr>(i, "tico.name")
                  : func.getArgAttrOfType<StringAttr>(i, "tico.name");
      std::string name = attr ? attr.str()
                              : (Twine(results ? "output_" : "input_") +
                                 Twine(i))
                                    .str();
      maps.push_back(fb::CreateTensorMapDirect(fbb, name.c_str(), tensorIndex));
    }
    return maps;
  };
  auto inputs = mapTensors(info.inputs, /*results=*/false);
  auto outputs = mapTensors(info.outputs, /*results=*/true);
  std::string key = func.getSymName().str();
  if (auto attr = func->getAttrOfType<StringAttr>("tico.signature"))
    key = attr.str();
  return fb::CreateSignatureDefDirect(fbb, &inputs, &outputs, key.c_str(),
                                      index);
}

namespace {
/// Writes constant data to `os` in pieces of at most kExportProgressPiece
/// bytes and reports each piece to the options' progress callback.
class DataWriter {
public:
  DataWriter(raw_ostream &os, const CircleExportOptions &options,
             uint64_t total)
      : os(os), progress(options.progress), total(total) {}
  void write(ArrayRef<char> data) {
    if (!progress) {
      os.write(data.data(), data.size());
      return;
    }
    for (uint64_t at = 0; at < data.size(); at += kExportProgressPiece) {
      uint64_t piece = std::min<uint64_t>(kExportProgressPiece,
                                          data.size() - at);
      os.write(data.data() + at, piece);
      written += piece;
      progress(written, total);
    }
  }

private:
  raw_ostream &os;
  const std::function<void(uint64_t, uint64_t)> &progress;
  uint64_t total, written = 0;
};
} // namespace

LogicalResult ModelWriter::write(raw_ostream &os) {
  if (failed(collectSubgraphs()))
    return failure();

  bool offsetMode = options.useBufferOffset ||
                    constantBytes + kFlatbufferReserve >= kFlatbufferLimit;

  // Buffers: 0 is the empty sentinel. In offset mode every non-empty buffer
  // gets placeholder offset/size (non-default, so the fields are present and
  // can be patched in place once the flatbuffer size is known).
  // Inside the flatbuffer, the data vectors are left uninitialized (see the
  // file comment); the builder gets room for all of them plus the reserve
  // for the rest, so it allocates once and never copies what it holds.
  if (!offsetMode)
    fbb = flatbuffers::FlatBufferBuilder(constantBytes + 16 * constants.size() +
                                         kFlatbufferReserve);
  std::vector<flatbuffers::Offset<fb::Buffer>> buffers;
  buffers.push_back(fb::CreateBuffer(fbb));
  for (const ConstantBytes &constant : constants) {
    ArrayRef<char> data = constant.bytes();
    if (offsetMode) {
      buffers.push_back(data.empty() ? fb::CreateBuffer(fbb)
                                     : fb::CreateBuffer(fbb, 0, 1, 1));
      continue;
    }
    fbb.ForceVectorAlignment(data.size(), sizeof(uint8_t), 16);
    uint8_t *unused;
    auto vector = fbb.CreateUninitializedVector(data.size(), &unused);
    buffers.push_back(fb::CreateBuffer(fbb, vector));
  }

  std::vector<flatbuffers::Offset<fb::SubGraph>> subgraphOffsets;
  std::vector<flatbuffers::Offset<fb::SignatureDef>> signatures;
  for (auto [index, subgraph] : llvm::enumerate(subgraphs)) {
    subgraphOffsets.push_back(buildSubgraph(subgraph));
    if (subgraph.func.isPublic())
      signatures.push_back(buildSignature(subgraph, index));
  }

  std::vector<flatbuffers::Offset<fb::OperatorCode>> opcodeOffsets;
  for (const OpCodeKey &key : opcodes) {
    // ONE's readers take deprecated_builtin_code unless it is 127, so
    // negative Circle-only codes are stored there as they are.
    int8_t deprecated = key.code < 127 ? int8_t(key.code) : int8_t(127);
    opcodeOffsets.push_back(fb::CreateOperatorCodeDirect(
        fbb, deprecated,
        key.customCode.empty() ? nullptr : key.customCode.c_str(), key.version,
        static_cast<fb::BuiltinOperator>(key.code)));
  }

  std::string description = "tico-mlir";
  if (auto attr = module->getAttrOfType<StringAttr>("tico.description"))
    description = attr.str();
  auto model = fb::CreateModelDirect(fbb, /*version=*/0, &opcodeOffsets,
                                     &subgraphOffsets, description.c_str(),
                                     &buffers, nullptr, nullptr, &signatures);
  fb::FinishModelBuffer(fbb, model);

  uint8_t *base = fbb.GetBufferPointer();
  uint64_t size = fbb.GetSize();
  uint64_t dataBytes = 0;
  for (const ConstantBytes &constant : constants)
    dataBytes += constant.bytes().size();
  DataWriter dataWriter(os, options, dataBytes);
  if (!offsetMode) {
    // The builder's bytes, with each data vector's range (uninitialized in
    // the builder) taken from the constant instead.
    const fb::Model *finished = fb::GetModel(base);
    std::vector<std::pair<uint64_t, ArrayRef<char>>> ranges;
    for (auto [i, constant] : llvm::enumerate(constants)) {
      ArrayRef<char> data = constant.bytes();
      if (data.empty())
        continue;
      const uint8_t *vector = finished->buffers()->Get(i + 1)->data()->data();
      ranges.emplace_back(vector - base, data);
    }
    llvm::sort(ranges, llvm::less_first());
    uint64_t position = 0;
    for (auto &[start, data] : ranges) {
      os.write(reinterpret_cast<const char *>(base) + position,
               start - position);
      dataWriter.write(data);
      position = start + data.size();
    }
    os.write(reinterpret_cast<const char *>(base) + position, size - position);
    return success();
  }

  // Patch the offsets, then stream: flatbuffer, padding, aligned data.
  fb::Model *mutableModel = fb::GetMutableModel(base);
  uint64_t position = alignTo16(size);
  for (auto [i, constant] : llvm::enumerate(constants)) {
    ArrayRef<char> data = constant.bytes();
    if (data.empty())
      continue;
    fb::Buffer *buffer = mutableModel->mutable_buffers()->GetMutableObject(i + 1);
    if (!buffer->mutate_offset(position) || !buffer->mutate_size(data.size()))
      return module.emitError("internal error: buffer offset not patchable");
    position = alignTo16(position + data.size());
  }
  static const char zeros[16] = {};
  os.write(reinterpret_cast<const char *>(base), size);
  os.write(zeros, alignTo16(size) - size);
  for (const ConstantBytes &constant : constants) {
    ArrayRef<char> data = constant.bytes();
    if (data.empty())
      continue;
    dataWriter.write(data);
    os.write(zeros, alignTo16(data.size()) - data.size());
  }
  return success();
}

LogicalResult
mlir::tico::circle::exportToCircle(ModuleOp module, raw_ostream &os,
                                   const CircleExportOptions &options) {
  ModelWriter writer(module, options);
  return writer.write(os);
}
