//===- OnnxLoader.cpp - ModelProto to GraphDesc ---------------------------===//
//
// The only file that calls into ONNX and protobuf, which report errors with
// exceptions: it is compiled with -fexceptions and every exception stops
// here, turned into an llvm::Error.
//
//===----------------------------------------------------------------------===//

#include "OnnxGraph.h"

#include "mlir/IR/BuiltinTypeInterfaces.h"

#include "onnx/checker.h"
#include "onnx/onnx_pb.h"
#include "onnx/shape_inference/implementation.h"
#include "onnx/version_converter/convert.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/ADT/Twine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

#include <climits>
#include <cstring>
#include <exception>

using namespace mlir::tico::onnx_import;
using llvm::StringRef;
using llvm::Twine;

static constexpr int64_t kMinOpset = 13;
static constexpr int64_t kMaxOpset = 17;

static llvm::Error makeError(const Twine &message) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(), message);
}

unsigned mlir::tico::onnx_import::getOnnxElementBytes(int32_t dataType) {
  switch (dataType) {
  case kBool:
  case kInt8:
  case kUint8:
    return 1;
  case kInt16:
  case kUint16:
  case kFloat16:
  case kBfloat16:
    return 2;
  case kFloat:
  case kInt32:
  case kUint32:
    return 4;
  case kInt64:
  case kUint64:
  case kDouble:
    return 8;
  default:
    return 0;
  }
}

std::string mlir::tico::onnx_import::getOnnxTypeName(int32_t dataType) {
  if (onnx::TensorProto_DataType_IsValid(dataType))
    return onnx::TensorProto_DataType_Name(
        static_cast<onnx::TensorProto_DataType>(dataType));
  return "type " + std::to_string(dataType);
}

static std::string shapeString(llvm::ArrayRef<int64_t> dims) {
  if (dims.empty())
    return "scalar";
  std::string s;
  for (auto [i, d] : llvm::enumerate(dims))
    s += (i ? "x" : "") + std::to_string(d);
  return s;
}

/// Resolves an external-data location relative to `baseDir`: only plain
/// relative paths inside the model's directory are accepted.
static llvm::Expected<std::string> resolveExternalPath(StringRef location,
                                                       StringRef baseDir,
                                                       StringRef tensor) {
  if (location.empty() || llvm::sys::path::is_absolute(location))
    return makeError("tensor '" + tensor + "': external data location '" +
                     location + "' must be a relative path");
  for (auto it = llvm::sys::path::begin(location),
            end = llvm::sys::path::end(location);
       it != end; ++it)
    if (*it == "..")
      return makeError("tensor '" + tensor + "': external data location '" +
                       location + "' leaves the model's directory");
  llvm::SmallString<256> path(baseDir);
  llvm::sys::path::append(path, location);
  llvm::sys::fs::file_status status;
  if (llvm::sys::fs::status(path, status) ||
      !llvm::sys::fs::exists(status))
    return makeError("tensor '" + tensor + "': external data file '" + path +
                     "' does not exist");
  if (!llvm::sys::fs::is_regular_file(status))
    return makeError("tensor '" + tensor + "': external data file '" + path +
                     "' is not a regular file");
  return std::string(path);
}

/// Fills `out` from `t`, taking ownership of raw_data (no copy) and
/// memory-mapping external data.
static llvm::Error toTensorData(onnx::TensorProto &t, StringRef baseDir,
                                TensorData &out) {
  out.name = t.name();
  out.dataType = t.data_type();
  out.dims.assign(t.dims().begin(), t.dims().end());
  unsigned width = getOnnxElementBytes(out.dataType);
  if (width == 0)
    return makeError("tensor '" + out.name + "': unsupported data type " +
                     getOnnxTypeName(out.dataType));
  uint64_t count = 1;
  for (int64_t d : out.dims) {
    if (d < 0)
      return makeError("tensor '" + out.name + "' has a negative dim " +
                       Twine(d));
    if (d != 0 && count > (uint64_t(1) << 62) / uint64_t(d))
      return makeError("tensor '" + out.name + "' is too large");
    count *= uint64_t(d);
  }
  uint64_t expected = count * width;
  auto checkSize = [&](uint64_t got) -> llvm::Error {
    if (got == expected)
      return llvm::Error::success();
    return makeError("tensor '" + out.name + "' has " + Twine(got) +
                     " bytes of data, expected " + Twine(expected) + " (" +
                     shapeString(out.dims) + " " +
                     getOnnxTypeName(out.dataType) + ")");
  };

  if (t.data_location() == onnx::TensorProto::EXTERNAL) {
    std::string location;
    uint64_t offset = 0;
    std::optional<uint64_t> length;
    for (const auto &entry : t.external_data()) {
      uint64_t value = 0;
      if (entry.key() == "location") {
        location = entry.value();
      } else if (entry.key() == "offset" || entry.key() == "length") {
        if (StringRef(entry.value()).getAsInteger(10, value))
          return makeError("tensor '" + out.name + "': external data " +
                           entry.key() + " '" + entry.value() +
                           "' is not a number");
        if (entry.key() == "offset")
          offset = value;
        else
          length = value;
      }
    }
    llvm::Expected<std::string> path =
        resolveExternalPath(location, baseDir, out.name);
    if (!path)
      return path.takeError();
    uint64_t fileSize = 0;
    if (llvm::sys::fs::file_size(*path, fileSize))
      return makeError("tensor '" + out.name + "': cannot read '" + *path +
                       "'");
    uint64_t size = length.value_or(fileSize >= offset ? fileSize - offset : 0);
    if (offset > fileSize || size > fileSize - offset)
      return makeError("tensor '" + out.name + "': external data range [" +
                       Twine(offset) + ", " + Twine(offset + size) +
                       ") lies outside '" + *path + "' (" + Twine(fileSize) +
                       " bytes)");
    if (llvm::Error e = checkSize(size))
      return e;
    // getFileSlice maps the file when the slice is large enough.
    auto buffer = llvm::MemoryBuffer::getFileSlice(*path, size, offset);
    if (!buffer)
      return makeError("tensor '" + out.name + "': cannot map '" + *path +
                       "': " + buffer.getError().message());
    out.mapped = std::move(*buffer);
    out.bytes = out.mapped->getBuffer();
    return llvm::Error::success();
  }

  if (t.has_raw_data()) {
    if (llvm::Error e = checkSize(t.raw_data().size()))
      return e;
    out.owned.reset(t.release_raw_data());
    out.bytes = *out.owned;
    return llvm::Error::success();
  }

  // Typed fields: each element widened to the field's type.
  auto owned = std::make_unique<std::string>();
  auto append = [&](auto values, auto convert) -> llvm::Error {
    if (llvm::Error e = checkSize(uint64_t(values.size()) * width))
      return e;
    owned->resize(values.size() * width);
    char *dst = owned->data();
    for (auto v : values) {
      auto narrow = convert(v);
      std::memcpy(dst, &narrow, width);
      dst += width;
    }
    return llvm::Error::success();
  };
  llvm::Error status = llvm::Error::success();
  switch (out.dataType) {
  case kFloat:
    status = append(t.float_data(), [](float v) { return v; });
    break;
  case kDouble:
    status = append(t.double_data(), [](double v) { return v; });
    break;
  case kInt64:
    status = append(t.int64_data(), [](int64_t v) { return v; });
    break;
  case kUint32:
  case kUint64:
    // Little-endian: the low bytes of a uint64 are the narrow value.
    status = append(t.uint64_data(), [](uint64_t v) { return v; });
    break;
  default: // int32_data carries every narrower type, f16/bf16 as bits.
    status = append(t.int32_data(), [](int32_t v) { return v; });
    break;
  }
  if (status)
    return status;
  out.owned = std::move(owned);
  out.bytes = *out.owned;
  return llvm::Error::success();
}

static ValueDesc toValueDesc(const onnx::ValueInfoProto &info) {
  ValueDesc desc;
  desc.name = info.name();
  if (!info.type().has_tensor_type())
    return desc;
  const auto &tensorType = info.type().tensor_type();
  desc.dataType = tensorType.elem_type();
  if (!tensorType.has_shape())
    return desc;
  desc.hasShape = true;
  for (const auto &dim : tensorType.shape().dim())
    desc.dims.push_back(dim.has_dim_value() && dim.dim_value() >= 0
                            ? dim.dim_value()
                            : mlir::ShapedType::kDynamic);
  return desc;
}

static llvm::Error applyInputShapes(onnx::ModelProto &model,
                                    const ONNXImportOptions &options) {
  for (const std::string &entry : options.inputShapes) {
    auto [name, spec] = StringRef(entry).split('=');
    if (name.empty() || spec.size() == entry.size() - name.size())
      return makeError("--input-shape '" + entry +
                       "': expected name=DIMxDIM..., e.g. input_ids=1x128");
    llvm::SmallVector<int64_t> dims;
    llvm::SmallVector<StringRef> parts;
    if (!spec.empty() && spec != "scalar")
      spec.split(parts, 'x');
    for (StringRef part : parts) {
      int64_t d;
      if (part.getAsInteger(10, d) || d < 0)
        return makeError("--input-shape '" + entry + "': '" + part +
                         "' is not a non-negative dim");
      dims.push_back(d);
    }
    onnx::ValueInfoProto *input = nullptr;
    for (auto &in : *model.mutable_graph()->mutable_input())
      if (in.name() == name)
        input = &in;
    if (!input)
      return makeError("--input-shape: the model has no input '" + name + "'");
    auto *shape = input->mutable_type()->mutable_tensor_type()->mutable_shape();
    if (shape->dim_size() != 0 && shape->dim_size() != int(dims.size()))
      return makeError("--input-shape '" + entry + "': input '" + name +
                       "' has rank " + Twine(shape->dim_size()) + ", got " +
                       Twine(dims.size()) + " dims");
    shape->clear_dim();
    for (int64_t d : dims)
      shape->add_dim()->set_dim_value(d);
  }
  return llvm::Error::success();
}

/// Turns the graph inputs named by `options.inputValues` into initializers.
static llvm::Error bindInputValues(onnx::ModelProto &model,
                                   const ONNXImportOptions &options) {
  onnx::GraphProto &g = *model.mutable_graph();
  for (const TensorData *value : options.inputValues) {
    auto it = llvm::find_if(g.input(), [&](const onnx::ValueInfoProto &in) {
      return in.name() == value->name;
    });
    if (it == g.input().end())
      return makeError("cannot bind '" + value->name +
                       "': the model has no such input");
    g.mutable_input()->erase(it);
    onnx::TensorProto *init = g.add_initializer();
    init->set_name(value->name);
    init->set_data_type(value->dataType);
    for (int64_t d : value->dims)
      init->add_dims(d);
    init->set_raw_data(value->bytes.data(), value->bytes.size());
  }
  return llvm::Error::success();
}

static llvm::Error parseModel(StringRef bytes, onnx::ModelProto &model) {
  if (bytes.size() > size_t(INT_MAX))
    return makeError("model is larger than 2 GiB; store the weights as "
                     "external data");
  if (!model.ParseFromArray(bytes.data(), int(bytes.size())))
    return makeError("not a valid ONNX model (protobuf parse failed: "
                     "truncated or not a ModelProto)");
  if (!model.has_graph())
    return makeError("not a valid ONNX model (no graph)");
  return llvm::Error::success();
}

static int64_t getDefaultOpset(const onnx::ModelProto &model) {
  for (const auto &opset : model.opset_import())
    if (opset.domain().empty() || opset.domain() == "ai.onnx")
      return opset.version();
  return -1;
}

static NodeList getNodes(const onnx::ModelProto &model) {
  NodeList nodes;
  for (const auto &node : model.graph().node()) {
    std::string type = node.op_type();
    if (!node.domain().empty() && node.domain() != "ai.onnx")
      type = node.domain() + "." + type;
    nodes.emplace_back(type, node.name());
  }
  return nodes;
}

/// ONNX's version converter builds its IR without checking that every graph
/// output has a producer and dereferences the missing one (a crash the
/// checker does not prevent): refuse such a graph before converting.
static llvm::Error checkGraphOutputsDefined(const onnx::GraphProto &graph) {
  llvm::StringSet<> defined;
  for (const auto &input : graph.input())
    defined.insert(input.name());
  for (const auto &init : graph.initializer())
    defined.insert(init.name());
  for (const auto &node : graph.node())
    for (const auto &output : node.output())
      defined.insert(output);
  for (const auto &output : graph.output())
    if (!defined.contains(output.name()))
      return makeError("graph output '" + output.name() +
                       "' is not produced by any node, input or initializer");
  return llvm::Error::success();
}

static llvm::Error
loadImpl(StringRef bytes, StringRef modelPath,
         const ONNXImportOptions &options,
         llvm::function_ref<std::string(const NodeList &)> checkOps,
         GraphDesc &graph) {
  onnx::ModelProto model;
  if (llvm::Error e = parseModel(bytes, model))
    return e;
  // A newer IR may change what fields mean; the checker does not refuse it.
  if (model.ir_version() > onnx::Version::IR_VERSION)
    return makeError("unsupported ONNX IR version " +
                     Twine(model.ir_version()) + " (this build reads up to " +
                     Twine(int(onnx::Version::IR_VERSION)) + ")");
  // Before the checker, which stops at the first op it does not know.
  std::string unsupported = checkOps(getNodes(model));
  if (!unsupported.empty())
    return makeError(unsupported);
  int64_t opset = getDefaultOpset(model);
  if (opset < 0)
    return makeError("the model imports no ai.onnx opset");
  if (opset > kMaxOpset)
    return makeError("unsupported ai.onnx opset " + Twine(opset) +
                     " (supported: " + Twine(kMinOpset) + " to " +
                     Twine(kMaxOpset) + "; older ones are converted)");
  if (opset < kMinOpset) {
    if (llvm::Error e = checkGraphOutputsDefined(model.graph()))
      return e;
    try {
      model = onnx::version_conversion::ConvertVersion(model, kMinOpset);
    } catch (const std::exception &e) {
      return makeError("cannot convert the model from opset " + Twine(opset) +
                       " to " + Twine(kMinOpset) + ": " + e.what());
    }
    opset = kMinOpset;
  }
  graph.opset = opset;
  if (llvm::Error e = applyInputShapes(model, options))
    return e;
  if (llvm::Error e = bindInputValues(model, options))
    return e;

  llvm::SmallString<256> baseDir(modelPath);
  llvm::sys::path::remove_filename(baseDir);
  if (baseDir.empty())
    baseDir = ".";

  // Our own external-data path rules first: the checker only asks whether
  // the file exists.
  for (const auto &init : model.graph().initializer()) {
    if (init.data_location() != onnx::TensorProto::EXTERNAL)
      continue;
    for (const auto &entry : init.external_data())
      if (entry.key() == "location")
        if (auto path = resolveExternalPath(entry.value(), baseDir, init.name());
            !path)
          return path.takeError();
  }
  try {
    onnx::checker::CheckerContext ctx;
    ctx.set_ir_version(int(model.ir_version()));
    std::unordered_map<std::string, int> opsets;
    for (const auto &entry : model.opset_import())
      opsets[entry.domain()] = int(entry.version());
    ctx.set_opset_imports(opsets);
    ctx.set_model_dir(std::string(baseDir));
    ctx.set_is_main_graph(true);
    if (model.ir_version() <= 0)
      return makeError("the model has no ir_version");
    onnx::checker::LexicalScopeContext lexical;
    onnx::checker::check_graph(model.graph(), ctx, lexical);
  } catch (const std::exception &e) {
    return makeError(Twine("the ONNX checker rejects the model: ") + e.what());
  }
  try {
    onnx::ShapeInferenceOptions inferOptions(/*check_type=*/true,
                                             /*strict_mode=*/1,
                                             /*data_prop=*/true);
    onnx::shape_inference::InferShapes(
        model, onnx::OpSchemaRegistry::Instance(), inferOptions);
  } catch (const std::exception &e) {
    return makeError(Twine("ONNX shape inference failed: ") + e.what());
  }

  onnx::GraphProto &g = *model.mutable_graph();
  graph.name = g.name();
  llvm::StringSet<> initializerNames;
  for (auto &init : *g.mutable_initializer()) {
    auto data = std::make_shared<TensorData>();
    if (llvm::Error e = toTensorData(init, baseDir, *data))
      return e;
    initializerNames.insert(data->name);
    graph.initializers.push_back(std::move(data));
  }
  for (const auto &in : g.input()) {
    ValueDesc desc = toValueDesc(in);
    graph.valueInfo[desc.name] = desc;
    if (!initializerNames.contains(in.name()))
      graph.inputs.push_back(desc);
  }
  for (const auto &out : g.output()) {
    ValueDesc desc = toValueDesc(out);
    graph.valueInfo[desc.name] = desc;
    graph.outputs.push_back(desc);
  }
  for (const auto &info : g.value_info()) {
    ValueDesc desc = toValueDesc(info);
    graph.valueInfo.try_emplace(desc.name, desc);
  }

  for (auto &node : *g.mutable_node()) {
    NodeDesc desc;
    desc.name = node.name();
    desc.opType = node.op_type();
    desc.domain = node.domain() == "ai.onnx" ? "" : node.domain();
    desc.inputs.assign(node.input().begin(), node.input().end());
    desc.outputs.assign(node.output().begin(), node.output().end());
    for (auto &attr : *node.mutable_attribute()) {
      AttrValue value;
      switch (attr.type()) {
      case onnx::AttributeProto::INT:
        value.kind = AttrValue::Int;
        value.i = attr.i();
        break;
      case onnx::AttributeProto::FLOAT:
        value.kind = AttrValue::Float;
        value.f = attr.f();
        break;
      case onnx::AttributeProto::STRING:
        value.kind = AttrValue::String;
        value.s = attr.s();
        break;
      case onnx::AttributeProto::INTS:
        value.kind = AttrValue::Ints;
        value.ints.assign(attr.ints().begin(), attr.ints().end());
        break;
      case onnx::AttributeProto::FLOATS:
        value.kind = AttrValue::Floats;
        value.floats.assign(attr.floats().begin(), attr.floats().end());
        break;
      case onnx::AttributeProto::STRINGS:
        value.kind = AttrValue::Strings;
        value.strings.assign(attr.strings().begin(), attr.strings().end());
        break;
      case onnx::AttributeProto::TENSOR: {
        value.kind = AttrValue::Tensor;
        value.tensor = std::make_shared<TensorData>();
        if (llvm::Error e =
                toTensorData(*attr.mutable_t(), baseDir, *value.tensor))
          return makeError("node '" + node.name() + "' (" + node.op_type() +
                           ") attribute '" + attr.name() +
                           "': " + llvm::toString(std::move(e)));
        break;
      }
      default:
        value.kind = AttrValue::Other;
        break;
      }
      desc.attrs[attr.name()] = std::move(value);
    }
    graph.nodes.push_back(std::move(desc));
  }
  return llvm::Error::success();
}

llvm::Error mlir::tico::onnx_import::loadOnnxModel(
    StringRef bytes, StringRef modelPath, const ONNXImportOptions &options,
    llvm::function_ref<std::string(const NodeList &)> checkOps,
    GraphDesc &graph) {
  try {
    return loadImpl(bytes, modelPath, options, checkOps, graph);
  } catch (const std::exception &e) {
    return makeError(Twine("ONNX error: ") + e.what());
  } catch (...) {
    return makeError("unknown ONNX error");
  }
}

llvm::Expected<NodeList>
mlir::tico::onnx_import::listOnnxNodes(StringRef bytes) {
  try {
    onnx::ModelProto model;
    if (llvm::Error e = parseModel(bytes, model))
      return std::move(e);
    return getNodes(model);
  } catch (const std::exception &e) {
    return makeError(Twine("ONNX error: ") + e.what());
  }
}

llvm::Expected<TensorData>
mlir::tico::onnx_import::parseOnnxTensor(StringRef bytes, StringRef baseDir) {
  try {
    onnx::TensorProto tensor;
    if (bytes.size() > size_t(INT_MAX) ||
        !tensor.ParseFromArray(bytes.data(), int(bytes.size())))
      return makeError("not a valid TensorProto (protobuf parse failed)");
    TensorData data;
    if (llvm::Error e = toTensorData(tensor, baseDir.empty() ? "." : baseDir,
                                     data))
      return std::move(e);
    return std::move(data);
  } catch (const std::exception &e) {
    return makeError(Twine("ONNX error: ") + e.what());
  }
}
