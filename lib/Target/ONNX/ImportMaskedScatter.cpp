//===- ImportMaskedScatter.cpp - masked_scatter export forms, ScatterND ---===//
//
// torch 1.13 exports masked_scatter and boolean index_put (docs/onnx-models.md
// shows the exact graphs) as
//
//   A. idx = Transpose<1,0>(NonZero(mask))                       [N, r]
//      upd = Slice(Reshape(f, [-1]) (one or more), starts [0],
//                  ends Unsqueeze(Gather(Shape(idx), 0), [0]), axes [0])
//      out = ScatterND(data, idx, upd)              mask has data's shape
//
//   B. q   = Squeeze<[1]>(Transpose<1,0>(NonZero(mask)))         [N], mask 1-D
//      idx = Unsqueeze(q, [-1] or [1])                           [N, 1]
//      upd = Reshape(f, Concat(Shape(q), Slice(Shape(data), [1], [>= r], [0])))
//      out = ScatterND(data, idx, upd)
//
// NonZero lists the true positions in row-major order and ScatterND writes
// the i-th update slice to the i-th of them, so both are
// masked_scatter(data, mask + trailing unit dims, f as rows) -- the order
// torch.masked_scatter consumes its source in. Expand nodes in front of the
// mask are looked through: tq.masked_scatter broadcasts the mask itself, and
// the fusion passes want the [B, S, 1] row mask. Anything else is left as
// it is: its NonZero then has no converter and is reported as unsupported.
//
//===----------------------------------------------------------------------===//

#include "ImportContext.h"
#include "MaskedScatterPattern.h"

#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/StringSet.h"

#include <cstring>
#include <map>

using namespace mlir;
using namespace mlir::tico;
using namespace mlir::tico::onnx_import;

namespace {

//===----------------------------------------------------------------------===//
// Graph-level matching
//===----------------------------------------------------------------------===//

bool isFloatDataType(int32_t t) {
  return t == kFloat || t == kDouble || t == kFloat16 || t == kBfloat16;
}

/// The integers of an int32/int64 tensor.
std::optional<SmallVector<int64_t>> tensorInts(const TensorData &t) {
  unsigned width = t.dataType == kInt64 ? 8 : t.dataType == kInt32 ? 4 : 0;
  if (!width || t.bytes.size() % width)
    return std::nullopt;
  SmallVector<int64_t> out;
  for (size_t i = 0; i < t.bytes.size(); i += width) {
    if (width == 8) {
      int64_t v;
      std::memcpy(&v, t.bytes.data() + i, 8);
      out.push_back(v);
    } else {
      int32_t v;
      std::memcpy(&v, t.bytes.data() + i, 4);
      out.push_back(v);
    }
  }
  return out;
}

/// Producers, users and constants of a graph's values, by name.
class GraphIndex {
public:
  explicit GraphIndex(const GraphDesc &graph) : graph(graph) {
    for (const auto &init : graph.initializers)
      initializers[init->name] = init.get();
    for (const NodeDesc &node : graph.nodes) {
      for (const std::string &out : node.outputs)
        if (!out.empty())
          producers[out] = &node;
      for (const std::string &in : node.inputs)
        if (!in.empty())
          users[in].push_back(&node);
    }
    for (const ValueDesc &out : graph.outputs)
      graphOutputs.insert(out.name);
  }

  /// The node of type `opType` that defines `value`, or null.
  const NodeDesc *producer(StringRef value, StringRef opType) const {
    auto it = producers.find(value);
    if (it == producers.end() || it->second->opType != opType ||
        !(it->second->domain.empty() || it->second->domain == "ai.onnx"))
      return nullptr;
    return it->second;
  }
  const NodeDesc *producer(StringRef value) const {
    auto it = producers.find(value);
    return it == producers.end() ? nullptr : it->second;
  }

  /// The elements of an integer Constant node or initializer.
  std::optional<SmallVector<int64_t>> constInts(StringRef value) const {
    if (auto init = initializers.find(value); init != initializers.end())
      return tensorInts(*init->second);
    const NodeDesc *node = producer(value, "Constant");
    if (!node)
      return std::nullopt;
    if (auto it = node->attrs.find("value");
        it != node->attrs.end() && it->second.kind == AttrValue::Tensor)
      return tensorInts(*it->second.tensor);
    if (auto it = node->attrs.find("value_int"); it != node->attrs.end())
      return SmallVector<int64_t>{it->second.i};
    if (auto it = node->attrs.find("value_ints"); it != node->attrs.end())
      return SmallVector<int64_t>(it->second.ints.begin(),
                                  it->second.ints.end());
    return std::nullopt;
  }
  bool isConst(StringRef value, ArrayRef<int64_t> expected) const {
    std::optional<SmallVector<int64_t>> v = constInts(value);
    return v && ArrayRef<int64_t>(*v) == expected;
  }

  /// Element type and dims of a value (shape inference or initializer).
  std::optional<ValueDesc> describe(StringRef value) const {
    if (auto it = graph.valueInfo.find(value); it != graph.valueInfo.end())
      return it->second;
    if (auto init = initializers.find(value); init != initializers.end()) {
      ValueDesc d;
      d.name = value.str();
      d.dataType = init->second->dataType;
      d.dims.assign(init->second->dims.begin(), init->second->dims.end());
      d.hasShape = true;
      return d;
    }
    return std::nullopt;
  }

  /// True when every use of `value` is by a node in `nodes` and it is not
  /// a graph output.
  bool usedOnlyBy(StringRef value, ArrayRef<const NodeDesc *> nodes) const {
    if (graphOutputs.contains(value))
      return false;
    auto it = users.find(value);
    return it == users.end() ||
           llvm::all_of(it->second, [&](const NodeDesc *user) {
             return llvm::is_contained(nodes, user);
           });
  }

private:
  const GraphDesc &graph;
  llvm::StringMap<const NodeDesc *> producers;
  llvm::StringMap<SmallVector<const NodeDesc *, 2>> users;
  llvm::StringMap<const TensorData *> initializers;
  llvm::StringSet<> graphOutputs;
};

bool hasNoAttr(const NodeDesc &node, StringRef a) {
  return !node.attrs.count(a);
}

/// A Shape node over the whole of its input.
bool isWholeShape(const NodeDesc *node) {
  return node && hasNoAttr(*node, "start") && hasNoAttr(*node, "end");
}

/// Slice input `i` (axes or steps) is absent or the constant `expected`.
bool sliceInputIs(const GraphIndex &g, const NodeDesc &slice, unsigned i,
                  ArrayRef<int64_t> expected) {
  return i >= slice.inputs.size() || slice.inputs[i].empty() ||
         g.isConst(slice.inputs[i], expected);
}

struct Match {
  size_t node;
  std::string data, mask, features;
  int64_t maskRank;
};

/// Form A's updates: the first N elements of the flattened features, N
/// read from the indices `idx`. Returns the features (before the flattening
/// Reshapes) and the Shape node that reads `idx`.
std::optional<std::pair<std::string, const NodeDesc *>>
matchFlatUpdates(const GraphIndex &g, StringRef upd, StringRef idx) {
  const NodeDesc *slice = g.producer(upd, "Slice");
  if (!slice || slice->inputs.size() < 3 || !g.isConst(slice->inputs[1], {0}) ||
      !sliceInputIs(g, *slice, 3, {0}) || !sliceInputIs(g, *slice, 4, {1}))
    return std::nullopt;
  const NodeDesc *end = g.producer(slice->inputs[2], "Unsqueeze");
  if (!end || end->inputs.size() != 2 || !g.isConst(end->inputs[1], {0}))
    return std::nullopt;
  const NodeDesc *count = g.producer(end->inputs[0], "Gather");
  if (!count || count->inputs.size() != 2 ||
      (count->attrs.count("axis") && count->attrs.lookup("axis").i != 0) ||
      !g.isConst(count->inputs[1], {0}))
    return std::nullopt;
  const NodeDesc *shape = g.producer(count->inputs[0], "Shape");
  if (!isWholeShape(shape) || shape->inputs[0] != idx)
    return std::nullopt;
  std::string flat = slice->inputs[0];
  unsigned reshapes = 0;
  while (const NodeDesc *r = g.producer(flat, "Reshape")) {
    if (!g.isConst(r->inputs[1], {-1}))
      break;
    flat = r->inputs[0];
    ++reshapes;
  }
  if (!reshapes)
    return std::nullopt;
  return std::make_pair(flat, shape);
}

/// Form B's updates: the features reshaped to [N] + data.shape[1:], N read
/// from the squeezed indices `rows`. Returns the features and the Shape
/// node that reads `rows`.
std::optional<std::pair<std::string, const NodeDesc *>>
matchRowUpdates(const GraphIndex &g, StringRef upd, StringRef rows,
                StringRef data, int64_t rank) {
  const NodeDesc *reshape = g.producer(upd, "Reshape");
  if (!reshape || reshape->inputs.size() != 2)
    return std::nullopt;
  const NodeDesc *concat = g.producer(reshape->inputs[1], "Concat");
  if (!concat || concat->inputs.size() != 2 ||
      concat->attrs.lookup("axis").i != 0)
    return std::nullopt;
  const NodeDesc *count = g.producer(concat->inputs[0], "Shape");
  if (!isWholeShape(count) || count->inputs[0] != rows)
    return std::nullopt;
  const NodeDesc *tail = g.producer(concat->inputs[1], "Slice");
  if (!tail || tail->inputs.size() < 3 || !g.isConst(tail->inputs[1], {1}) ||
      !sliceInputIs(g, *tail, 3, {0}) || !sliceInputIs(g, *tail, 4, {1}))
    return std::nullopt;
  std::optional<SmallVector<int64_t>> end = g.constInts(tail->inputs[2]);
  if (!end || end->size() != 1 || end->front() < rank)
    return std::nullopt;
  const NodeDesc *dataShape = g.producer(tail->inputs[0], "Shape");
  if (!isWholeShape(dataShape) || dataShape->inputs[0] != data)
    return std::nullopt;
  return std::make_pair(reshape->inputs[0], count);
}

std::optional<Match> matchScatter(const GraphIndex &g, const NodeDesc &scatter,
                                  size_t index) {
  if (scatter.opType != "ScatterND" ||
      !(scatter.domain.empty() || scatter.domain == "ai.onnx") ||
      scatter.inputs.size() != 3 || scatter.outputs.size() != 1)
    return std::nullopt;
  if (auto it = scatter.attrs.find("reduction");
      it != scatter.attrs.end() && it->second.s != "none")
    return std::nullopt;
  const std::string &data = scatter.inputs[0], &idx = scatter.inputs[1],
                    &upd = scatter.inputs[2];
  std::optional<ValueDesc> dataDesc = g.describe(data);
  if (!dataDesc || !dataDesc->hasShape || !isFloatDataType(dataDesc->dataType))
    return std::nullopt;
  int64_t rank = dataDesc->dims.size();

  // Indices: Transpose(NonZero(mask)), or form B's Squeeze/Unsqueeze pair.
  const NodeDesc *unsqueeze = g.producer(idx, "Unsqueeze");
  const NodeDesc *squeeze = nullptr;
  std::string transposed = idx;
  if (unsqueeze) {
    if (unsqueeze->inputs.size() != 2 ||
        !(g.isConst(unsqueeze->inputs[1], {-1}) ||
          g.isConst(unsqueeze->inputs[1], {1})))
      return std::nullopt;
    squeeze = g.producer(unsqueeze->inputs[0], "Squeeze");
    if (!squeeze || squeeze->inputs.size() != 2 ||
        !g.isConst(squeeze->inputs[1], {1}))
      return std::nullopt;
    transposed = squeeze->inputs[0];
  }
  const NodeDesc *transpose = g.producer(transposed, "Transpose");
  if (!transpose || !transpose->attrs.count("perm") ||
      ArrayRef<int64_t>(transpose->attrs.lookup("perm").ints) !=
          ArrayRef<int64_t>{1, 0})
    return std::nullopt;
  const NodeDesc *nonzero = g.producer(transpose->inputs[0], "NonZero");
  if (!nonzero)
    return std::nullopt;
  std::string mask = nonzero->inputs[0];
  std::optional<ValueDesc> maskDesc = g.describe(mask);
  if (!maskDesc || !maskDesc->hasShape || maskDesc->dataType != kBool)
    return std::nullopt;
  int64_t maskRank = maskDesc->dims.size();
  if (maskRank < 1 || maskRank > rank || (squeeze && maskRank != 1))
    return std::nullopt;
  for (int64_t d = 0; d < maskRank; ++d) {
    int64_t m = maskDesc->dims[d], x = dataDesc->dims[d];
    if (!ShapedType::isDynamic(m) && !ShapedType::isDynamic(x) && m != x)
      return std::nullopt;
  }

  // Updates, and the index chain used by nothing but the form.
  std::optional<std::pair<std::string, const NodeDesc *>> updates;
  if (!squeeze) {
    if (maskRank != rank)
      return std::nullopt;
    updates = matchFlatUpdates(g, upd, idx);
    if (!updates || !g.usedOnlyBy(idx, {&scatter, updates->second}))
      return std::nullopt;
  } else {
    if (rank < 2)
      return std::nullopt;
    updates = matchRowUpdates(g, upd, squeeze->outputs[0], data, rank);
    if (!updates || !g.usedOnlyBy(idx, {&scatter}) ||
        !g.usedOnlyBy(transposed, {squeeze}) ||
        !g.usedOnlyBy(squeeze->outputs[0], {unsqueeze, updates->second}))
      return std::nullopt;
  }
  if (!g.usedOnlyBy(transpose->inputs[0], {transpose}))
    return std::nullopt;
  std::optional<ValueDesc> featureDesc = g.describe(updates->first);
  if (!featureDesc || featureDesc->dataType != dataDesc->dataType)
    return std::nullopt;

  while (const NodeDesc *expand = g.producer(mask, "Expand"))
    mask = expand->inputs[0];
  return Match{index, data, mask, updates->first, maskRank};
}

} // namespace

unsigned mlir::tico::onnx_import::recognizeMaskedScatter(GraphDesc &graph) {
  SmallVector<Match> matches;
  llvm::DenseSet<size_t> cone;
  {
    GraphIndex g(graph);
    std::map<const NodeDesc *, size_t> position;
    for (auto [i, node] : llvm::enumerate(graph.nodes))
      position[&node] = i;
    for (auto [i, node] : llvm::enumerate(graph.nodes)) {
      std::optional<Match> m = matchScatter(g, node, i);
      if (!m)
        continue;
      // Nodes above the ScatterND: the ones only it used are erased below.
      SmallVector<StringRef> work(node.inputs.begin(), node.inputs.end());
      while (!work.empty()) {
        const NodeDesc *p = g.producer(work.pop_back_val());
        if (!p || !cone.insert(position[p]).second)
          continue;
        work.append(p->inputs.begin(), p->inputs.end());
      }
      matches.push_back(std::move(*m));
    }
  }
  for (const Match &m : matches) {
    NodeDesc &node = graph.nodes[m.node];
    node.opType = kMaskedScatterOpType;
    node.domain.clear();
    node.inputs = {m.data, m.mask, m.features};
    node.attrs.clear();
    AttrValue rankAttr;
    rankAttr.kind = AttrValue::Int;
    rankAttr.i = m.maskRank;
    node.attrs["mask_rank"] = rankAttr;
  }
  if (matches.empty())
    return 0;

  // Erase the cone's nodes left without users, last to first so a node's
  // producers are visited after it.
  llvm::StringMap<unsigned> uses;
  for (const NodeDesc &node : graph.nodes)
    for (const std::string &in : node.inputs)
      ++uses[in];
  for (const ValueDesc &out : graph.outputs)
    ++uses[out.name];
  std::vector<bool> erased(graph.nodes.size(), false);
  for (size_t i = graph.nodes.size(); i-- > 0;) {
    const NodeDesc &node = graph.nodes[i];
    if (!cone.contains(i) || llvm::any_of(node.outputs, [&](const auto &o) {
          return !o.empty() && uses.lookup(o) > 0;
        }))
      continue;
    erased[i] = true;
    for (const std::string &in : node.inputs)
      --uses[in];
  }
  std::vector<NodeDesc> kept;
  kept.reserve(graph.nodes.size());
  for (size_t i = 0; i < graph.nodes.size(); ++i)
    if (!erased[i])
      kept.push_back(std::move(graph.nodes[i]));
  graph.nodes = std::move(kept);
  return matches.size();
}

//===----------------------------------------------------------------------===//
// Converters
//===----------------------------------------------------------------------===//

namespace {

/// The synthetic node recognizeMaskedScatter leaves: (data, mask, features).
LogicalResult convertMaskedScatter(NodeContext &ctx,
                                   SmallVectorImpl<Value> &results) {
  Value embeds = ctx.input(0), mask = ctx.input(1), features = ctx.input(2);
  RankedTensorType embedsType = ctx.inputType(0), maskType = ctx.inputType(1),
                   featureType = ctx.inputType(2);
  int64_t rank = embedsType.getRank();
  int64_t maskRank = ctx.getInt("mask_rank", rank);
  if (!embedsType.hasStaticShape() || !maskType.hasStaticShape() ||
      !featureType.hasStaticShape())
    return ctx.notSupported("masked_scatter with dynamic shapes");
  if (!maskType.getElementType().isInteger(1) ||
      maskType.getRank() > maskRank || maskRank > rank)
    return ctx.emitError() << "expected a bool mask of rank <= " << maskRank
                           << " for data " << embedsType << ", got "
                           << maskType;
  // The slices behind the mask's dims are written whole: trailing unit dims.
  SmallVector<int64_t> maskShape(maskRank - maskType.getRank(), 1);
  llvm::append_range(maskShape, maskType.getShape());
  maskShape.resize(rank, 1);
  for (int64_t d = 0; d < rank; ++d)
    if (maskShape[d] != 1 && maskShape[d] != embedsType.getDimSize(d))
      return ctx.emitError() << "mask " << maskType
                             << " does not broadcast to data " << embedsType;
  if (ArrayRef<int64_t>(maskShape) != maskType.getShape())
    mask = ctx.create<tq::ReshapeOp>(maskType.clone(maskShape), mask);
  // torch reads the source in flat order; rows of the channel width keep it.
  // A partial last row is padded with zeros: ScatterND fails on any input
  // with more true positions than source elements, so they are never read.
  int64_t channels = embedsType.getShape().back();
  if (channels == 0)
    return ctx.notSupported("masked_scatter into a zero-width last dim");
  if (featureType.getRank() != 2 || featureType.getDimSize(1) != channels) {
    int64_t n = featureType.getNumElements();
    if (n % channels != 0) {
      if (!isa<FloatType>(featureType.getElementType()))
        return ctx.notSupported("padding " + Twine(n) +
                                " non-float feature values to rows of " +
                                Twine(channels));
      if (featureType.getRank() != 1)
        features = ctx.create<tq::ReshapeOp>(featureType.clone({n}), features);
      int64_t pad = channels - n % channels;
      auto padType = featureType.clone({pad});
      Value zeros = ctx.floatConstant(padType, SmallVector<double>(pad, 0.0));
      features =
          ctx.create<tq::ConcatOp>(featureType.clone({n + pad}),
                                   ValueRange{features, zeros}, int64_t(0));
      n += pad;
    }
    features = ctx.create<tq::ReshapeOp>(
        featureType.clone({n / channels, channels}), features);
  }
  results.push_back(
      ctx.create<tq::MaskedScatterOp>(embedsType, embeds, mask, features));
  return success();
}

/// A ScatterND that is not a masked_scatter form (indices known without
/// NonZero): tq.scatter_nd.
LogicalResult convertScatterND(NodeContext &ctx,
                               SmallVectorImpl<Value> &results) {
  std::string reduction = ctx.getString("reduction", "none");
  if (reduction != "none")
    return ctx.notSupported("reduction '" + reduction + "'");
  RankedTensorType data = ctx.inputType(0), indices = ctx.inputType(1),
                   updates = ctx.inputType(2);
  int64_t depth = indices.getRank() ? indices.getShape().back() : 0;
  if (indices.getRank() < 1 || ShapedType::isDynamic(depth) || depth < 1 ||
      depth > data.getRank())
    return ctx.emitError()
           << "expected indices [..., K] with a static K in [1, "
           << data.getRank() << "], got " << indices;
  SmallVector<int64_t> expected(indices.getShape().drop_back());
  llvm::append_range(expected, data.getShape().drop_front(depth));
  bool fits = updates.getRank() == int64_t(expected.size()) &&
              updates.getElementType() == data.getElementType();
  for (int64_t d = 0; fits && d < updates.getRank(); ++d)
    fits = ShapedType::isDynamic(expected[d]) ||
           ShapedType::isDynamic(updates.getDimSize(d)) ||
           expected[d] == updates.getDimSize(d);
  if (!fits)
    return ctx.emitError() << "updates " << updates << " do not match data "
                           << data << " and indices " << indices;
  results.push_back(ctx.create<tq::ScatterNdOp>(data, ctx.input(0),
                                                ctx.input(1), ctx.input(2)));
  return success();
}

} // namespace

void mlir::tico::onnx_import::registerMaskedScatterConverters(
    ConverterRegistry &registry) {
  registry.add(kMaskedScatterOpType, convertMaskedScatter);
  registry.add("ScatterND", convertScatterND);
}
