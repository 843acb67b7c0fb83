//===- PrecomputeRopeMRope.cpp - M-RoPE channel selects -------------------===//
//
// Multimodal RoPE (Qwen2.5-VL, Qwen3-VL) computes the frequencies, or the
// cos/sin, of every position axis (t, h, w) and then picks each channel from
// one axis: Qwen3-VL interleaves the axes (channel i from h when i % 3 == 1,
// from w when i % 3 == 2, below three times their section), Qwen2.5-VL
// concatenates sections. Both are a channel -> axis map; this file recovers
// that map from the graph and builds its static replacement: one table
// gather per axis merged by constant per-channel masks.
//
//===----------------------------------------------------------------------===//

#include "PrecomputeRope.h"
#include "TransformUtils.h"

#include "tico/Dialect/TQ/IR/TQOps.h"

#include <map>

using namespace mlir;
using namespace mlir::tico;
using namespace mlir::tico::tq;
using namespace mlir::tico::tq::rope;

namespace {

/// True when `axis` (possibly negative) names the last dim of rank `rank`.
bool isLastAxis(int64_t axis, int64_t rank) {
  return axis == -1 || axis == rank - 1;
}

/// [begin, step] of `slice` on its last dim when every other dim is taken
/// whole with step 1 except dims listed in `except`.
std::optional<std::pair<int64_t, int64_t>>
getLastDimRange(SliceOp slice, ArrayRef<int64_t> except = {}) {
  auto type = cast<RankedTensorType>(slice.getInput().getType());
  if (!type.hasStaticShape())
    return std::nullopt;
  int64_t last = type.getRank() - 1;
  for (int64_t d = 0; d < last; ++d) {
    if (llvm::is_contained(except, d))
      continue;
    auto bounds = SliceOp::normalizeBounds(
        type.getDimSize(d), slice.getStart()[d], slice.getEnd()[d]);
    if (!bounds || bounds->first != 0 || bounds->second != type.getDimSize(d) ||
        slice.getStep()[d] != 1)
      return std::nullopt;
  }
  auto bounds = SliceOp::normalizeBounds(
      type.getDimSize(last), slice.getStart()[last], slice.getEnd()[last]);
  if (!bounds)
    return std::nullopt;
  return std::make_pair(bounds->first, slice.getStep()[last]);
}

/// The per-channel values of a constant mask that broadcasts along every
/// dim but the last, which has `channels` entries (or 1).
std::optional<SmallVector<bool>> getChannelMask(Value mask, int64_t channels) {
  auto onlyLastDim = [](Value v) {
    ArrayRef<int64_t> shape = cast<RankedTensorType>(v.getType()).getShape();
    return llvm::all_of(shape.drop_back(), [](int64_t d) { return d == 1; });
  };
  auto lastDim = [](Value v) -> int64_t {
    auto type = cast<RankedTensorType>(v.getType());
    return type.getRank() == 0 ? 1 : type.getShape().back();
  };
  int64_t width = lastDim(mask);
  if (width != channels && width != 1)
    return std::nullopt;
  Value source = mask;
  while (isa_and_nonnull<BroadcastOp, UnsqueezeOp, ReshapeOp>(
      source.getDefiningOp())) {
    source = source.getDefiningOp()->getOperand(0);
    if (lastDim(source) != width || !onlyLastDim(source))
      return std::nullopt;
  }
  DenseElementsAttr values = getConstantElements(source);
  if (!values || !values.getElementType().isInteger(1))
    return std::nullopt;
  auto range = values.getValues<bool>();
  SmallVector<bool> perChannel(range.begin(), range.end());
  if (perChannel.size() == 1)
    perChannel.assign(channels, perChannel.front());
  if (static_cast<int64_t>(perChannel.size()) != channels)
    return std::nullopt;
  return perChannel;
}

/// A channel of a selected value: channel `channel` of `stacked[axis]`.
struct Source {
  int64_t axis;
  int64_t channel;
};

/// Recursive walk behind traceChannelSelect.
class Tracer {
public:
  Value stacked;
  bool sawPick = false;
  std::string why;

  /// Fills `out` with the source of every channel of `value`.
  bool trace(Value value, SmallVectorImpl<Source> &out) {
    auto type = cast<RankedTensorType>(value.getType());
    if (!type.hasStaticShape() || type.getRank() == 0)
      return false;
    Operation *op = value.getDefiningOp();
    if (!op)
      return false;
    int64_t rank = type.getRank();
    int64_t channels = type.getShape().back();

    if (isa<ReshapeOp, SqueezeOp>(op))
      return tracePick(op->getOperand(0), type, out);

    if (auto where = dyn_cast<WhereOp>(op)) {
      if (where.getLhs().getType() != type || where.getRhs().getType() != type)
        return false;
      SmallVector<Source> lhs, rhs;
      bool tracedLhs = trace(where.getLhs(), lhs);
      bool tracedRhs = trace(where.getRhs(), rhs);
      if (!tracedLhs || !tracedRhs)
        return false;
      std::optional<SmallVector<bool>> mask =
          getChannelMask(where.getCondition(), channels);
      if (!mask)
        return mismatch("the condition of a channel select is not a constant "
                        "per-channel mask");
      for (int64_t c = 0; c < channels; ++c)
        out.push_back((*mask)[c] ? lhs[c] : rhs[c]);
      return true;
    }

    if (auto concat = dyn_cast<ConcatOp>(op)) {
      if (!isLastAxis(concat.getAxisAttr().getInt(), rank))
        return false;
      for (Value input : concat.getInputs())
        if (!trace(input, out))
          return false;
      return true;
    }

    if (auto split = dyn_cast<SplitOp>(op)) {
      if (!isLastAxis(split.getAxisAttr().getInt(), rank))
        return false;
      SmallVector<Source> whole;
      if (!trace(split.getInput(), whole))
        return false;
      unsigned index = cast<OpResult>(value).getResultNumber();
      int64_t offset = 0;
      for (unsigned i = 0; i < index; ++i)
        offset += split.getSizes()[i];
      out.append(whole.begin() + offset, whole.begin() + offset + channels);
      return true;
    }

    if (auto slice = dyn_cast<SliceOp>(op)) {
      std::optional<std::pair<int64_t, int64_t>> range = getLastDimRange(slice);
      SmallVector<Source> whole;
      if (!range || !trace(slice.getInput(), whole))
        return false;
      for (int64_t c = 0; c < channels; ++c)
        out.push_back(whole[range->first + c * range->second]);
      return true;
    }

    if (auto update = dyn_cast<SliceUpdateOp>(op)) {
      auto updateType = cast<RankedTensorType>(update.getUpdate().getType());
      ArrayRef<int64_t> start = update.getStart();
      for (int64_t d = 0; d + 1 < rank; ++d)
        if (start[d] != 0 || updateType.getDimSize(d) != type.getDimSize(d))
          return false;
      SmallVector<Source> dest, written;
      if (!trace(update.getDest(), dest) || !trace(update.getUpdate(), written))
        return false;
      llvm::copy(written, dest.begin() + start.back());
      out.append(dest);
      return true;
    }
    return false;
  }

private:
  bool mismatch(const Twine &reason) {
    if (why.empty())
      why = reason.str();
    return false;
  }

  /// `picked` of shape [1] + `type`.shape, a slice or split of a stacked
  /// view along axis 0.
  bool tracePick(Value picked, RankedTensorType type,
                 SmallVectorImpl<Source> &out) {
    auto pickedType = cast<RankedTensorType>(picked.getType());
    SmallVector<int64_t> expected{1};
    llvm::append_range(expected, type.getShape());
    if (pickedType.getShape() != ArrayRef<int64_t>(expected))
      return false;
    int64_t axis, begin = 0, step = 1;
    Value view;
    if (auto slice = picked.getDefiningOp<SliceOp>()) {
      std::optional<std::pair<int64_t, int64_t>> range =
          getLastDimRange(slice, /*except=*/{0});
      if (!range || slice.getStep()[0] != 1)
        return false;
      view = slice.getInput();
      auto viewType = cast<RankedTensorType>(view.getType());
      axis = SliceOp::normalizeBounds(viewType.getDimSize(0),
                                      slice.getStart()[0], slice.getEnd()[0])
                 ->first;
      std::tie(begin, step) = *range;
    } else if (auto split = picked.getDefiningOp<SplitOp>()) {
      if (split.getAxisAttr().getInt() != 0)
        return false;
      view = split.getInput();
      unsigned index = cast<OpResult>(picked).getResultNumber();
      axis = 0;
      for (unsigned i = 0; i < index; ++i)
        axis += split.getSizes()[i];
    } else {
      return false;
    }
    // The view is the stacked tensor, or a last-dim part of it.
    SmallVector<int64_t> map;
    Value root = traceStackedView(view, map);
    if (stacked && stacked != root)
      return mismatch("the channel select picks from two stacked tensors");
    stacked = root;
    sawPick = true;
    for (int64_t c = 0, e = type.getShape().back(); c < e; ++c)
      out.push_back({axis, map[begin + c * step]});
    return true;
  }

  /// The stacked tensor behind `view` through last-dim slices and splits;
  /// `map` receives, per channel of `view`, the stacked channel.
  static Value traceStackedView(Value view, SmallVectorImpl<int64_t> &map) {
    auto type = cast<RankedTensorType>(view.getType());
    for (int64_t c = 0; c < type.getShape().back(); ++c)
      map.push_back(c);
    while (Operation *op = view.getDefiningOp()) {
      int64_t rank = cast<RankedTensorType>(view.getType()).getRank();
      int64_t offset = 0, step = 1;
      if (auto split = dyn_cast<SplitOp>(op)) {
        if (!isLastAxis(split.getAxisAttr().getInt(), rank))
          break;
        for (unsigned i = 0, e = cast<OpResult>(view).getResultNumber(); i < e;
             ++i)
          offset += split.getSizes()[i];
      } else if (auto slice = dyn_cast<SliceOp>(op)) {
        std::optional<std::pair<int64_t, int64_t>> range =
            getLastDimRange(slice);
        if (!range)
          break;
        std::tie(offset, step) = *range;
      } else {
        break;
      }
      for (int64_t &c : map)
        c = offset + c * step;
      view = op->getOperand(0);
    }
    return view;
  }
};

/// Replaces a channel select of per-axis table gathers (the sectioned
/// Qwen2.5-VL layout once its cos/sin became table gathers) by
/// createAxisGather on the table.
template <typename OpTy> struct FoldMRopeSelect : RemarkingPattern<OpTy> {
  FoldMRopeSelect(MLIRContext *context, bool remarks, SectionCheck check)
      : RemarkingPattern<OpTy>(context, remarks), check(check) {}

  LogicalResult matchAndRewrite(OpTy op,
                                PatternRewriter &rewriter) const override {
    Value value = op->getResult(0);
    // An enclosing select rewrites the whole pick at once.
    for (Operation *user : value.getUsers())
      if (isa<ConcatOp, WhereOp, SliceUpdateOp>(user) &&
          traceChannelSelect(user->getResult(0)).kind == ChannelTrace::Select)
        return rewriter.notifyMatchFailure(op, "part of a larger select");
    ChannelTrace trace = traceChannelSelect(value);
    auto gather = trace.select.stacked
                      ? trace.select.stacked.template getDefiningOp<GatherOp>()
                      : GatherOp();
    // Selects of frequencies are the trig patterns' business.
    if (trace.kind == ChannelTrace::NotSelect || !gather)
      return rewriter.notifyMatchFailure(op, "not a select of table gathers");
    if (trace.kind == ChannelTrace::Mismatch)
      return this->leave(rewriter, op, trace.why);
    auto tableType = cast<RankedTensorType>(gather.getInput().getType());
    auto posType = cast<RankedTensorType>(gather.getIndices().getType());
    if (gather.getAxis() != 0 || tableType.getRank() != 2 ||
        !posType.hasStaticShape() || posType.getRank() < 1)
      return this->leave(rewriter, op,
                         "the per-axis tables are not gathered along "
                         "their rows");
    auto type = cast<RankedTensorType>(value.getType());
    if (posType.getShape().drop_front() != type.getShape().drop_back())
      return this->leave(rewriter, op,
                         "the stacked positions do not match the select "
                         "shape");
    // cat(f, f) repeats the axes of the d/2 frequency channels.
    ArrayRef<int64_t> axes = trace.select.axes;
    size_t half = axes.size() / 2;
    if (!check.sections.empty() &&
        (axes.size() % 2 != 0 ||
         axes.take_front(half) != axes.drop_front(half))) {
      *check.failed = true;
      return op->emitError() << "mrope-section is given but the m-rope "
                                "select picks different axes in the two "
                                "halves of head_dim";
    }
    if (failed(checkSections(op, axes.take_front(half), check)))
      return failure();
    rewriter.replaceOp(op,
                       createAxisGather(rewriter, op.getLoc(),
                                        gather.getInput(), gather.getIndices(),
                                        trace.select.axes, type.getShape()));
    return success();
  }

  SectionCheck check;
};

std::string formatList(ArrayRef<int64_t> values) {
  std::string text;
  llvm::raw_string_ostream os(text);
  os << '[';
  llvm::interleaveComma(values, os);
  os << ']';
  return text;
}

} // namespace

LogicalResult rope::checkSections(Operation *op, ArrayRef<int64_t> axes,
                                  const SectionCheck &check) {
  if (check.sections.empty())
    return success();
  auto error = [&]() {
    *check.failed = true;
    return op->emitError();
  };
  ArrayRef<int64_t> freqAxes = axes;
  int64_t sum = 0;
  for (int64_t s : check.sections)
    sum += s;
  if (sum != static_cast<int64_t>(freqAxes.size())) {
    error() << "mrope-section " << formatList(check.sections) << " sums to "
            << sum << ", expected head_dim / 2 = " << freqAxes.size()
            << " frequency channels";
    return failure();
  }
  // Qwen3-VL: channel i reads h when i % 3 == 1 and i < 3 * section_h, w
  // when i % 3 == 2 and i < 3 * section_w, t otherwise. Qwen2.5-VL:
  // consecutive sections t, h, w.
  SmallVector<int64_t> interleaved, sectioned;
  for (int64_t i = 0, e = freqAxes.size(); i < e; ++i) {
    int64_t axis = 0;
    if (i % 3 == 1 && i < 3 * check.sections[1])
      axis = 1;
    else if (i % 3 == 2 && i < 3 * check.sections[2])
      axis = 2;
    interleaved.push_back(axis);
    sectioned.push_back(i < check.sections[0]                       ? 0
                        : i < check.sections[0] + check.sections[1] ? 1
                                                                    : 2);
  }
  if (freqAxes != ArrayRef<int64_t>(interleaved) &&
      freqAxes != ArrayRef<int64_t>(sectioned)) {
    error() << "m-rope channel axes " << formatList(freqAxes)
            << " follow neither the interleaved nor the sectioned layout of "
               "mrope-section "
            << formatList(check.sections);
    return failure();
  }
  return success();
}

ChannelTrace rope::traceChannelSelect(Value value) {
  Tracer tracer;
  SmallVector<Source> sources;
  ChannelTrace result;
  bool traced = tracer.trace(value, sources);
  result.select.stacked = tracer.stacked;
  if (!tracer.sawPick)
    return result;
  result.kind = ChannelTrace::Mismatch;
  if (!traced) {
    result.why = tracer.why.empty()
                     ? "the channel select reads a value that is not a pick "
                       "of the stacked axes"
                     : tracer.why;
    return result;
  }
  int64_t width =
      cast<RankedTensorType>(tracer.stacked.getType()).getShape().back();
  if (static_cast<int64_t>(sources.size()) != width) {
    result.why = "m-rope sections cover " + std::to_string(sources.size()) +
                 " of " + std::to_string(width) + " channels";
    return result;
  }
  for (auto [c, source] : llvm::enumerate(sources)) {
    if (source.channel != static_cast<int64_t>(c)) {
      result.why = "m-rope channel " + std::to_string(c) +
                   " reads stacked channel " + std::to_string(source.channel);
      return result;
    }
    result.select.axes.push_back(source.axis);
  }
  result.kind = ChannelTrace::Select;
  return result;
}

Value rope::createAxisGather(OpBuilder &builder, Location loc, Value table,
                             Value positions, ArrayRef<int64_t> axes,
                             ArrayRef<int64_t> shape) {
  auto tableType = cast<RankedTensorType>(table.getType());
  auto posType = cast<RankedTensorType>(positions.getType());
  ArrayRef<int64_t> rest = posType.getShape().drop_front();
  SmallVector<int64_t> gatheredShape(rest);
  gatheredShape.push_back(tableType.getShape().back());
  auto gatheredType =
      RankedTensorType::get(gatheredShape, tableType.getElementType());
  auto gatherAxis = [&](int64_t axis) -> Value {
    Value picked = createAxisSlice(builder, loc, positions, 0, axis, axis + 1);
    Value ids = createReshape(builder, loc, picked, rest);
    return GatherOp::create(builder, loc, gatheredType, table, ids,
                            builder.getI64IntegerAttr(0));
  };
  // The axis with most channels is the base; the others are written over it.
  std::map<int64_t, int64_t> counts;
  for (int64_t axis : axes)
    ++counts[axis];
  int64_t base = axes.front();
  for (auto [axis, count] : counts)
    if (count > counts[base])
      base = axis;
  Value result = gatherAxis(base);
  int64_t width = tableType.getShape().back();
  auto maskType = RankedTensorType::get({width}, builder.getI1Type());
  for (auto [axis, count] : counts) {
    if (axis == base)
      continue;
    SmallVector<bool> mask;
    for (int64_t a : axes)
      mask.push_back(a == axis);
    Value maskValue = ConstantOp::create(
        builder, loc, maskType,
        DenseElementsAttr::get(maskType, ArrayRef<bool>(mask)));
    result = WhereOp::create(builder, loc, gatheredType, maskValue,
                             gatherAxis(axis), result);
  }
  return createReshape(builder, loc, result, shape);
}

void rope::populateMRopeSelectPatterns(RewritePatternSet &patterns,
                                       bool remarks,
                                       const SectionCheck &check) {
  patterns.add<FoldMRopeSelect<ConcatOp>, FoldMRopeSelect<WhereOp>,
               FoldMRopeSelect<SliceUpdateOp>>(patterns.getContext(), remarks,
                                               check);
}
