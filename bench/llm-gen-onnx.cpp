//===- llm-gen-onnx.cpp - the tico-llm-gen model as ONNX ------------------===//
//
// The same model as the tq form, written with the ONNX protobuf API as
// PyTorch exports such a decoder (opset 17): Gather for the embedding,
// Reshape + Gemm(transB = 1) + Reshape for each linear layer (so the weight
// keeps its [out, in] bytes), RMSNorm written out as Pow, ReduceMean, Add,
// Sqrt, Div, Mul (what tq-fuse-rms-norm matches), rotate_half as Slice, Neg,
// Concat, and SiLU as Sigmoid, Mul.
//
// Every weight goes to one external-data file next to the model, each at a
// 4096-aligned offset (so the importer's file mapping starts on a page),
// written as it is generated in 4 MiB chunks: the generator never holds a
// whole weight. Small tables (RoPE, mask, shape operands) are inline
// raw_data. The same options give the same two files byte for byte.
//
//===----------------------------------------------------------------------===//

#include "llm-gen.h"

#include "onnx/onnx_pb.h"

#include "llvm/Support/MathExtras.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

#include <map>
#include <vector>

using namespace tico_llm_gen;
using llvm::ArrayRef;
using llvm::SmallVector;
using llvm::StringRef;

namespace {

constexpr uint64_t kDataAlignment = 4096;
constexpr size_t kChunkElements = size_t(1) << 20;

class OnnxEmitter : public Emitter {
public:
  OnnxEmitter(const Config &config, onnx::GraphProto &graph,
              llvm::raw_pwrite_stream &data, StringRef dataLocation)
      : Emitter(config), graph(graph), data(data),
        dataLocation(dataLocation.str()) {}

  Tensor input(StringRef name, ArrayRef<int64_t> shape) override {
    addValueInfo(graph.add_input(), name, onnx::TensorProto::INT32, shape);
    return makeTensor(name.str(), shape);
  }

  void output(StringRef name, const Tensor &value) override {
    // The graph output is the last node's output, renamed.
    onnx::NodeProto &last = *graph.mutable_node(graph.node_size() - 1);
    last.set_output(0, name.str());
    addValueInfo(graph.add_output(), name, onnx::TensorProto::FLOAT,
                 value.shape);
  }

  Tensor constant(ArrayRef<int64_t> shape, ArrayRef<float> values) override {
    std::string name = "const_" + std::to_string(graph.initializer_size());
    addInline(name, onnx::TensorProto::FLOAT, shape, values.data(),
              values.size() * sizeof(float));
    return makeTensor(name, shape);
  }

  Tensor embedding(StringRef name, const Tensor &table,
                   const Tensor &ids) override {
    SmallVector<int64_t, 4> shape(ids.shape);
    shape.push_back(table.shape.back());
    onnx::NodeProto &node = addNode(name, "Gather", {table, ids});
    setInt(node, "axis", 0);
    return result(node, shape);
  }

  Tensor linear(StringRef name, const Tensor &x, const Tensor &w) override {
    // Gemm takes a matrix: [..., in] -> [rows, in] -> [rows, out] -> [..., out].
    int64_t rows = 1;
    for (int64_t d : ArrayRef<int64_t>(x.shape).drop_back())
      rows *= d;
    Tensor x2 = reshapeIn(name, x, {rows, x.shape.back()});
    onnx::NodeProto &gemm = addNode(name, "Gemm", {x2, w});
    setInt(gemm, "transB", 1);
    Tensor y = result(gemm, {rows, w.shape.front()});
    return reshapeIn(name, y, linearShape(x, w));
  }

  Tensor rmsNorm(StringRef name, const Tensor &x, const Tensor &w,
                 double eps) override {
    Tensor square = result(addNode(name, "Pow", {x, scalar(2.0f)}), x.shape);
    onnx::NodeProto &mean = addNode(name, "ReduceMean", {square});
    setInts(mean, "axes", {-1});
    setInt(mean, "keepdims", 1);
    SmallVector<int64_t, 4> meanShape(x.shape);
    meanShape.back() = 1;
    Tensor ms = result(mean, meanShape);
    Tensor shifted =
        result(addNode(name, "Add", {ms, scalar(float(eps))}), meanShape);
    Tensor root = result(addNode(name, "Sqrt", {shifted}), meanShape);
    Tensor normed = result(addNode(name, "Div", {x, root}), x.shape);
    return result(addNode(name, "Mul", {normed, w}), x.shape);
  }

  Tensor reshape(const Tensor &x, ArrayRef<int64_t> shape) override {
    return reshapeIn("", x, shape);
  }

  Tensor transpose(const Tensor &x, ArrayRef<int64_t> perms) override {
    onnx::NodeProto &node = addNode("", "Transpose", {x});
    setInts(node, "perm", perms);
    return result(node, transposeShape(x, perms));
  }

  Tensor rope(StringRef name, const Tensor &x, const Tensor &cos,
              const Tensor &sin) override {
    int64_t d = x.shape.back(), half = d / 2;
    SmallVector<int64_t, 4> halfShape(x.shape);
    halfShape.back() = half;
    Tensor lastAxis = int64s({-1});
    Tensor x1 = result(addNode(name, "Slice",
                               {x, int64s({0}), int64s({half}), lastAxis}),
                       halfShape);
    Tensor x2 = result(addNode(name, "Slice",
                               {x, int64s({half}), int64s({d}), lastAxis}),
                       halfShape);
    Tensor negX2 = result(addNode(name, "Neg", {x2}), halfShape);
    onnx::NodeProto &cat = addNode(name, "Concat", {negX2, x1});
    setInt(cat, "axis", -1);
    Tensor rotated = result(cat, x.shape);
    Tensor a = result(addNode(name, "Mul", {x, cos}), x.shape);
    Tensor b = result(addNode(name, "Mul", {rotated, sin}), x.shape);
    return result(addNode(name, "Add", {a, b}), x.shape);
  }

  Tensor matmul(StringRef name, const Tensor &a, const Tensor &b,
                bool transposeB) override {
    Tensor rhs = b;
    if (transposeB) {
      SmallVector<int64_t, 4> perms;
      for (size_t i = 0; i < b.shape.size(); ++i)
        perms.push_back(int64_t(i));
      std::swap(perms[perms.size() - 2], perms.back());
      onnx::NodeProto &node = addNode(name, "Transpose", {b});
      setInts(node, "perm", perms);
      rhs = result(node, transposeShape(b, perms));
    }
    return result(addNode(name, "MatMul", {a, rhs}),
                  matmulShape(a, b, transposeB));
  }

  Tensor mul(StringRef name, const Tensor &a, const Tensor &b) override {
    return result(addNode(name, "Mul", {a, b}), a.shape);
  }

  Tensor add(StringRef name, const Tensor &a, const Tensor &b) override {
    return result(addNode(name, "Add", {a, b}), a.shape);
  }

  Tensor softmax(StringRef name, const Tensor &x) override {
    onnx::NodeProto &node = addNode(name, "Softmax", {x});
    setInt(node, "axis", -1);
    return result(node, x.shape);
  }

  Tensor silu(StringRef name, const Tensor &x) override {
    Tensor sig = result(addNode(name, "Sigmoid", {x}), x.shape);
    return result(addNode(name, "Mul", {x, sig}), x.shape);
  }

protected:
  Tensor emitWeight(StringRef name, ArrayRef<int64_t> shape,
                    WeightStream &values) override {
    uint64_t count = 1;
    for (int64_t d : shape)
      count *= uint64_t(d);
    // Zero padding up to the next page.
    uint64_t offset = llvm::alignTo(data.tell(), kDataAlignment);
    for (uint64_t pad = offset - data.tell(); pad; --pad)
      data << '\0';
    std::vector<float> chunk(std::min<uint64_t>(count, kChunkElements));
    for (uint64_t done = 0; done < count;) {
      size_t n = size_t(std::min<uint64_t>(count - done, chunk.size()));
      values.fill({chunk.data(), n});
      data.write(reinterpret_cast<const char *>(chunk.data()),
                 n * sizeof(float));
      done += n;
    }
    onnx::TensorProto &t = *graph.add_initializer();
    t.set_name(name.str());
    t.set_data_type(onnx::TensorProto::FLOAT);
    for (int64_t d : shape)
      t.add_dims(d);
    t.set_data_location(onnx::TensorProto::EXTERNAL);
    auto entry = [&](const char *key, const std::string &value) {
      onnx::StringStringEntryProto &e = *t.add_external_data();
      e.set_key(key);
      e.set_value(value);
    };
    entry("location", dataLocation);
    entry("offset", std::to_string(offset));
    entry("length", std::to_string(count * sizeof(float)));
    return makeTensor(name.str(), shape);
  }

private:
  Tensor makeTensor(std::string name, ArrayRef<int64_t> shape) {
    names.push_back(std::move(name));
    return {unsigned(names.size() - 1),
            SmallVector<int64_t, 4>(shape.begin(), shape.end())};
  }

  /// A node named `scope/OpType_N` whose one output has the node's name.
  onnx::NodeProto &addNode(StringRef scope, const char *opType,
                           std::initializer_list<Tensor> inputs) {
    onnx::NodeProto &node = *graph.add_node();
    std::string name = (scope.empty() ? "" : scope.str() + "/") + opType +
                       "_" + std::to_string(graph.node_size());
    node.set_name(name);
    node.set_op_type(opType);
    for (const Tensor &in : inputs)
      node.add_input(names[in.id]);
    node.add_output(name);
    return node;
  }

  Tensor result(const onnx::NodeProto &node, ArrayRef<int64_t> shape) {
    return makeTensor(node.output(0), shape);
  }

  Tensor reshapeIn(StringRef scope, const Tensor &x, ArrayRef<int64_t> shape) {
    return result(addNode(scope, "Reshape", {x, int64s(shape)}), shape);
  }

  static void setInt(onnx::NodeProto &node, const char *name, int64_t value) {
    onnx::AttributeProto &a = *node.add_attribute();
    a.set_name(name);
    a.set_type(onnx::AttributeProto::INT);
    a.set_i(value);
  }

  static void setInts(onnx::NodeProto &node, const char *name,
                      ArrayRef<int64_t> values) {
    onnx::AttributeProto &a = *node.add_attribute();
    a.set_name(name);
    a.set_type(onnx::AttributeProto::INTS);
    for (int64_t v : values)
      a.add_ints(v);
  }

  static void addValueInfo(onnx::ValueInfoProto *info, StringRef name,
                           int32_t dataType, ArrayRef<int64_t> shape) {
    info->set_name(name.str());
    auto *type = info->mutable_type()->mutable_tensor_type();
    type->set_elem_type(dataType);
    auto *dims = type->mutable_shape();
    for (int64_t d : shape)
      dims->add_dim()->set_dim_value(d);
  }

  void addInline(const std::string &name, int32_t dataType,
                 ArrayRef<int64_t> shape, const void *bytes, size_t size) {
    onnx::TensorProto &t = *graph.add_initializer();
    t.set_name(name);
    t.set_data_type(dataType);
    for (int64_t d : shape)
      t.add_dims(d);
    t.set_raw_data(bytes, size);
  }

  /// A 1-D int64 operand (shapes, slice bounds), one initializer per value.
  Tensor int64s(ArrayRef<int64_t> values) {
    std::vector<int64_t> key(values.begin(), values.end());
    auto it = int64Constants.find(key);
    if (it != int64Constants.end())
      return it->second;
    std::string name = "i64_" + std::to_string(graph.initializer_size());
    int64_t size = int64_t(values.size());
    addInline(name, onnx::TensorProto::INT64, {size}, values.data(),
              values.size() * sizeof(int64_t));
    return int64Constants[key] = makeTensor(name, {size});
  }

  /// An f32 scalar, one initializer per value.
  Tensor scalar(float value) {
    auto it = scalars.find(value);
    if (it != scalars.end())
      return it->second;
    std::string name = "f32_" + std::to_string(graph.initializer_size());
    addInline(name, onnx::TensorProto::FLOAT, {}, &value, sizeof(float));
    return scalars[value] = makeTensor(name, {});
  }

  onnx::GraphProto &graph;
  llvm::raw_pwrite_stream &data;
  std::string dataLocation;
  std::vector<std::string> names;
  std::map<std::vector<int64_t>, Tensor> int64Constants;
  std::map<float, Tensor> scalars;
};

} // namespace

uint64_t tico_llm_gen::writeOnnxModel(const Config &config, StringRef path,
                                      std::string &error) {
  std::string dataPath = (path + ".data").str();
  std::error_code ec;
  llvm::raw_fd_ostream data(dataPath, ec);
  if (ec) {
    error = "cannot write '" + dataPath + "': " + ec.message();
    return 0;
  }
  onnx::ModelProto model;
  model.set_ir_version(8);
  model.set_producer_name("tico-llm-gen");
  onnx::OperatorSetIdProto &opset = *model.add_opset_import();
  opset.set_domain("");
  opset.set_version(17);
  onnx::GraphProto &graph = *model.mutable_graph();
  graph.set_name("main");
  OnnxEmitter emitter(config, graph, data,
                      llvm::sys::path::filename(dataPath));
  buildModel(emitter);
  data.close();
  if (data.has_error()) {
    error = "cannot write '" + dataPath + "': " + data.error().message();
    data.clear_error();
    return 0;
  }

  std::string bytes;
  if (!model.SerializeToString(&bytes)) {
    error = "cannot serialize the ONNX model";
    return 0;
  }
  llvm::raw_fd_ostream os(path, ec);
  if (ec) {
    error = "cannot write '" + path.str() + "': " + ec.message();
    return 0;
  }
  os << bytes;
  os.close();
  if (os.has_error()) {
    error = "cannot write '" + path.str() + "': " + os.error().message();
    os.clear_error();
    return 0;
  }
  return emitter.weightBytes;
}
