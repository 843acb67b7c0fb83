//===- PrecomputeRope.cpp - RoPE tables and tq.rope -----------------------===//
//
// cos/sin(concat(f, f)) of f = positions * inv_freq become constant tables
// gathered by position (or constants for constant positions), and HF
// rotate_half becomes tq.rope. For M-RoPE, f picks each channel from the
// frequencies of one position axis (PrecomputeRopeMRope.cpp); the tables
// are then gathered per axis.
//
//===----------------------------------------------------------------------===//

#include "PrecomputeRope.h"
#include "TransformUtils.h"

#include "tico/Dialect/TQ/IR/TQOps.h"
#include "tico/Dialect/TQ/Transforms/Passes.h"

#include "mlir/Transforms/WalkPatternRewriteDriver.h"

#include <cmath>

namespace mlir::tico::tq {
#define GEN_PASS_DEF_TQPRECOMPUTEROPEPASS
#include "tico/Dialect/TQ/Transforms/Passes.h.inc"
} // namespace mlir::tico::tq

using namespace mlir;
using namespace mlir::tico;
using namespace mlir::tico::tq;
using namespace mlir::tico::tq::rope;

namespace {

//===----------------------------------------------------------------------===//
// Frequency subgraph
//===----------------------------------------------------------------------===//

/// The pieces of `trig(concat(f, f)) [* scaling]` with
/// `f = float(positions)[..., None] * inv_freq` (1-D RoPE), or `f` a
/// channel select of such per-axis frequencies with positions [K, ...]
/// (M-RoPE).
struct RopeFrequencies {
  Value positions;            // integer position ids
  SmallVector<float> invFreq; // d/2 values
  SmallVector<int64_t> axes;  // M-RoPE: position axis of each of the d/2
                              // channels; empty for 1-D RoPE
  float scaling = 1.0f;
  Operation *root; // the op whose result is replaced
};

/// Integer positions behind `value` = cast(positions) with shape ops around,
/// when `value` has shape positions.shape + [1].
Value getIntegerPositions(Value value) {
  auto type = cast<RankedTensorType>(value.getType());
  if (!type.hasStaticShape() || type.getRank() == 0 ||
      type.getShape().back() != 1)
    return {};
  Value source = skipShapeOps(value);
  auto toFloat = source.getDefiningOp<CastOp>();
  if (!toFloat)
    return {};
  Value positions = skipShapeOps(toFloat.getInput());
  auto posType = toFloat.getInput().getType();
  auto rootType = cast<RankedTensorType>(positions.getType());
  if (!isa<IntegerType>(posType.getElementType()) ||
      !rootType.hasStaticShape() ||
      rootType.getNumElements() != type.getNumElements())
    return {};
  unsigned width = rootType.getElementType().getIntOrFloatBitWidth();
  if (width != 32 && width != 64)
    return {};
  return positions;
}

} // namespace

std::optional<SmallVector<int64_t>>
rope::getConstantPositions(Value positions) {
  SmallVector<int64_t> values;
  if (DenseElementsAttr constant = getConstantElements(positions)) {
    for (APInt p : constant.getValues<APInt>())
      values.push_back(p.getSExtValue());
    return values;
  }
  if (auto iota = positions.getDefiningOp<IotaOp>()) {
    double start = iota.getStartAttr().getValueAsDouble();
    double step = iota.getStepAttr().getValueAsDouble();
    for (int64_t i = 0, e = iota.getType().getNumElements(); i < e; ++i)
      values.push_back(static_cast<int64_t>(start + i * step));
    return values;
  }
  return std::nullopt;
}

namespace {

/// HF's form of the outer product: `transpose(matmul(inv_freq[..., F, 1],
/// float(positions)[..., 1, S]))` with the last two dims swapped. The inner
/// dim is 1, so every element is the single f32 product inv_freq[i] * p,
/// bitwise what the broadcast multiply gives.
FailureOr<OuterProduct> matchMatmulOuterProduct(TransposeOp transpose,
                                                std::string &why) {
  auto fail = [&](const char *reason) -> FailureOr<OuterProduct> {
    why = reason;
    return failure();
  };
  auto matmul = transpose.getInput().getDefiningOp<MatmulOp>();
  if (!matmul)
    return fail("frequencies are not positions * inv_freq");
  auto productType = cast<RankedTensorType>(matmul.getType());
  int64_t rank = productType.getRank();
  SmallVector<int64_t> swapLast = llvm::to_vector(llvm::seq<int64_t>(0, rank));
  if (rank >= 2)
    std::swap(swapLast[rank - 2], swapLast[rank - 1]);
  if (rank < 2 || transpose.getPerms() != ArrayRef<int64_t>(swapLast))
    return fail("the frequency matmul is not transposed over its last two "
                "dims");
  if (matmul.getTransposeLhs() || matmul.getTransposeRhs())
    return fail("the frequency matmul transposes an operand");
  if (!productType.getElementType().isF32())
    return fail("expected f32 frequencies");
  auto invFreq = dyn_cast_or_null<DenseFPElementsAttr>(
      getConstantElements(matmul.getLhs()));
  auto lhsType = cast<RankedTensorType>(matmul.getLhs().getType());
  if (!invFreq || lhsType.getRank() < 2 || lhsType.getShape().back() != 1)
    return fail("the frequency matmul's lhs is not a constant "
                "inv_freq[..., F, 1]");
  // Every batch slice of the expanded inv_freq holds the same vector.
  int64_t half = lhsType.getDimSize(lhsType.getRank() - 2);
  SmallVector<APFloat> values(invFreq.getValues<APFloat>());
  for (size_t i = half; i < values.size(); ++i)
    if (!values[i].bitwiseIsEqual(values[i % half]))
      return fail("inv_freq differs between batch rows");
  // The rhs is float(positions) shaped [batch..., 1, S] with the result's
  // batch dims, so no position is broadcast.
  auto rhsType = cast<RankedTensorType>(matmul.getRhs().getType());
  if (!rhsType.hasStaticShape() || rhsType.getRank() != rank ||
      rhsType.getDimSize(rank - 2) != 1 ||
      rhsType.getShape().drop_back(2) != productType.getShape().drop_back(2))
    return fail("the frequency matmul's rhs is not positions[..., 1, S]");
  auto toFloat = skipShapeOps(matmul.getRhs()).getDefiningOp<CastOp>();
  if (!toFloat)
    return fail("frequencies are not positions * inv_freq");
  Value positions = skipShapeOps(toFloat.getInput());
  auto posType = cast<RankedTensorType>(positions.getType());
  if (!isa<IntegerType>(posType.getElementType()) ||
      !posType.hasStaticShape() ||
      posType.getNumElements() != rhsType.getNumElements())
    return fail("frequencies are not positions * inv_freq");
  unsigned width = posType.getElementType().getIntOrFloatBitWidth();
  if (width != 32 && width != 64)
    return fail("frequencies are not positions * inv_freq");
  OuterProduct product;
  product.positions = positions;
  for (int64_t i = 0; i < half; ++i)
    product.invFreq.push_back(values[i].convertToFloat());
  return product;
}

} // namespace

FailureOr<OuterProduct> rope::matchOuterProduct(Value freq, std::string &why) {
  auto fail = [&](const char *reason) -> FailureOr<OuterProduct> {
    why = reason;
    return failure();
  };
  if (auto transpose = freq.getDefiningOp<TransposeOp>())
    return matchMatmulOuterProduct(transpose, why);
  auto mul = freq.getDefiningOp<MulOp>();
  if (!mul)
    return fail("frequencies are not positions * inv_freq");
  Value lhs = mul.getLhs(), rhs = mul.getRhs();
  if (!getConstantElements(rhs))
    std::swap(lhs, rhs);
  auto invFreq =
      dyn_cast_or_null<DenseFPElementsAttr>(getConstantElements(rhs));
  Value positions = getIntegerPositions(lhs);
  if (!invFreq || !positions)
    return fail("frequencies are not positions * inv_freq");
  auto invType = cast<RankedTensorType>(invFreq.getType());
  if (!invType.getElementType().isF32() ||
      !mul.getType().getElementType().isF32())
    return fail("expected f32 frequencies");
  int64_t half = invType.getNumElements();
  if (invType.getRank() == 0 || invType.getShape().back() != half)
    return fail("inv_freq is not a vector along the last dim");
  SmallVector<int64_t> expected(
      cast<RankedTensorType>(lhs.getType()).getShape().drop_back());
  expected.push_back(half);
  if (mul.getType().getShape() != ArrayRef<int64_t>(expected))
    return fail("frequencies are not an outer product along the last dim");
  OuterProduct product;
  product.positions = positions;
  for (APFloat v : invFreq.getValues<APFloat>())
    product.invFreq.push_back(v.convertToFloat());
  return product;
}

namespace {

/// The M-RoPE frequencies: `freq` picks each channel from one axis of
/// per-axis frequencies over stacked positions [K, ...].
LogicalResult matchMRopeFrequencies(Value freq, RopeFrequencies &match,
                                    std::string &why) {
  ChannelTrace trace = traceChannelSelect(freq);
  if (trace.kind == ChannelTrace::NotSelect) {
    why = "frequencies are not positions * inv_freq";
    return failure();
  }
  if (trace.kind == ChannelTrace::Mismatch) {
    why = trace.why;
    return failure();
  }
  FailureOr<OuterProduct> product =
      matchOuterProduct(trace.select.stacked, why);
  if (failed(product))
    return failure();
  auto posType = cast<RankedTensorType>(product->positions.getType());
  auto stackedType = cast<RankedTensorType>(trace.select.stacked.getType());
  if (posType.getShape() != stackedType.getShape().drop_back()) {
    why = "m-rope positions are not stacked along the first dim of the "
          "frequencies";
    return failure();
  }
  match.positions = product->positions;
  match.invFreq = std::move(product->invFreq);
  match.axes = std::move(trace.select.axes);
  return success();
}

template <typename TrigOp>
FailureOr<RopeFrequencies>
matchFrequencies(TrigOp op, PatternRewriter &rewriter, bool remarks) {
  auto fail = [&](const Twine &why) {
    return leaveUnchanged(rewriter, op, remarks, why);
  };
  auto concat = op.getInput().template getDefiningOp<ConcatOp>();
  if (!concat || concat.getInputs().size() != 2 ||
      concat.getInputs()[0] != concat.getInputs()[1])
    return fail("input is not concat(f, f)");
  Value freq = concat.getInputs()[0];
  RopeFrequencies match;
  std::string why;
  if (freq.getDefiningOp<MulOp>() || freq.getDefiningOp<TransposeOp>()) {
    FailureOr<OuterProduct> product = matchOuterProduct(freq, why);
    if (failed(product))
      return fail(why);
    match.positions = product->positions;
    match.invFreq = std::move(product->invFreq);
  } else if (failed(matchMRopeFrequencies(freq, match, why))) {
    return fail(why);
  }
  if (!op.getType().getElementType().isF32())
    return fail("expected f32 frequencies");
  auto freqType = cast<RankedTensorType>(freq.getType());
  int64_t axis = concat.getAxisAttr().getInt();
  if (axis != -1 && axis != freqType.getRank() - 1)
    return fail("frequencies are not an outer product along the last dim");

  match.root = op;
  // Attention scaling: the single user multiplies by a scalar constant.
  if (op->hasOneUse())
    if (auto scale = dyn_cast<MulOp>(*op->user_begin()))
      if (scale.getType() == op.getType()) {
        Value other =
            scale.getLhs() == op.getResult() ? scale.getRhs() : scale.getLhs();
        if (std::optional<double> s = getScalarConstant(other)) {
          match.scaling = static_cast<float>(*s);
          match.root = scale;
        }
      }
  return match;
}

/// Column `column` of the table row of `position`:
/// trig(concat(p * inv_freq, p * inv_freq)) * scaling, in f32 arithmetic
/// like the graph.
template <typename TrigOp>
float tableValue(int64_t position, size_t column,
                 const RopeFrequencies &match) {
  float freq = static_cast<float>(position) *
               match.invFreq[column % match.invFreq.size()];
  float trig = std::is_same_v<TrigOp, CosOp> ? std::cos(freq) : std::sin(freq);
  return trig * match.scaling;
}

template <typename TrigOp> struct PrecomputeTrig : RemarkingPattern<TrigOp> {
  PrecomputeTrig(MLIRContext *context, int64_t maxPositions, bool remarks,
                 SectionCheck check)
      : RemarkingPattern<TrigOp>(context, remarks), maxPositions(maxPositions),
        check(check) {}

  LogicalResult matchAndRewrite(TrigOp op,
                                PatternRewriter &rewriter) const override {
    FailureOr<RopeFrequencies> match =
        matchFrequencies(op, rewriter, this->remarks);
    if (failed(match) ||
        (!match->axes.empty() && failed(checkSections(op, match->axes, check))))
      return failure();
    auto resultType =
        cast<RankedTensorType>(match->root->getResult(0).getType());
    int64_t dim = 2 * match->invFreq.size();
    // Position axis of every table column (M-RoPE; cat(f, f) repeats it).
    SmallVector<int64_t> columnAxes(match->axes);
    llvm::append_range(columnAxes, match->axes);
    Location loc = op.getLoc();
    Value replacement;
    if (std::optional<SmallVector<int64_t>> constant =
            getConstantPositions(match->positions)) {
      // M-RoPE positions are [K, rest]: element i of rest reads axis a at
      // a * rest + i.
      auto posType = cast<RankedTensorType>(match->positions.getType());
      int64_t axes = match->axes.empty() ? 1 : posType.getDimSize(0);
      int64_t rest = posType.getNumElements() / axes;
      SmallVector<float> values;
      for (int64_t i = 0; i < rest; ++i)
        for (int64_t j = 0; j < dim; ++j) {
          int64_t p = columnAxes.empty()
                          ? (*constant)[i]
                          : (*constant)[columnAxes[j] * rest + i];
          values.push_back(tableValue<TrigOp>(p, j, *match));
        }
      replacement = ConstantOp::create(
          rewriter, loc, resultType,
          DenseElementsAttr::get(resultType, ArrayRef<float>(values)));
    } else {
      if (maxPositions <= 0)
        return this->leave(rewriter, op,
                           "positions are not constant and max-positions "
                           "is 0");
      SmallVector<float> values;
      for (int64_t p = 0; p < maxPositions; ++p)
        for (int64_t j = 0; j < dim; ++j)
          values.push_back(tableValue<TrigOp>(p, j, *match));
      auto tableType =
          RankedTensorType::get({maxPositions, dim}, rewriter.getF32Type());
      Value table = ConstantOp::create(
          rewriter, loc, tableType,
          DenseElementsAttr::get(tableType, ArrayRef<float>(values)));
      if (!columnAxes.empty()) {
        replacement = createAxisGather(rewriter, loc, table, match->positions,
                                       columnAxes, resultType.getShape());
      } else {
        auto posType = cast<RankedTensorType>(match->positions.getType());
        SmallVector<int64_t> shape(posType.getShape());
        shape.push_back(dim);
        Value gathered = GatherOp::create(
            rewriter, loc, RankedTensorType::get(shape, rewriter.getF32Type()),
            table, match->positions, rewriter.getI64IntegerAttr(0));
        replacement =
            createReshape(rewriter, loc, gathered, resultType.getShape());
      }
    }
    rewriter.replaceOp(match->root, replacement);
    return success();
  }

  int64_t maxPositions;
  SectionCheck check;
};

//===----------------------------------------------------------------------===//
// rotate_half
//===----------------------------------------------------------------------===//

/// True when `value` is `x[..., begin:end:step]` (every other dim whole).
bool isLastDimSlice(Value value, Value x, int64_t begin, int64_t end,
                    int64_t step) {
  auto slice = value.getDefiningOp<SliceOp>();
  if (!slice || slice.getInput() != x)
    return false;
  auto type = cast<RankedTensorType>(x.getType());
  int64_t last = type.getRank() - 1;
  for (int64_t d = 0; d <= last; ++d) {
    std::optional<std::pair<int64_t, int64_t>> bounds =
        SliceOp::normalizeBounds(type.getDimSize(d), slice.getStart()[d],
                                 slice.getEnd()[d]);
    std::pair<int64_t, int64_t> want =
        d == last ? std::make_pair(begin, end)
                  : std::make_pair(int64_t(0), type.getDimSize(d));
    if (!bounds || *bounds != want ||
        slice.getStep()[d] != (d == last ? step : 1))
      return false;
  }
  return true;
}

/// True when `value` is half `index` of the last dim of `x`: a slice, or
/// the matching result of a two-way even split.
bool isLastDimHalf(Value value, Value x, int64_t index) {
  auto type = cast<RankedTensorType>(x.getType());
  int64_t half = type.getShape().back() / 2;
  if (isLastDimSlice(value, x, index * half, (index + 1) * half, 1))
    return true;
  auto split = value.getDefiningOp<SplitOp>();
  if (!split)
    return false;
  int64_t axis = split.getAxisAttr().getInt();
  return split.getInput() == x && (axis == -1 || axis == type.getRank() - 1) &&
         split.getSizes().size() == 2 && split.getSizes()[0] == half &&
         split.getSizes()[1] == half &&
         cast<OpResult>(value).getResultNumber() == index;
}

/// The sliced tensor behind `value` (a slice or a split result).
Value getSlicedInput(Value value) {
  if (auto slice = value.getDefiningOp<SliceOp>())
    return slice.getInput();
  if (auto split = value.getDefiningOp<SplitOp>())
    return split.getInput();
  return {};
}

/// True when `x` is static with an even, non-empty last dim and `axis`
/// names that dim for a tensor of rank `rank`.
bool isRotatable(Value x, int64_t axis, int64_t rank) {
  auto type = cast<RankedTensorType>(x.getType());
  return type.hasStaticShape() && type.getRank() > 0 &&
         type.getShape().back() % 2 == 0 && (axis == -1 || axis == rank - 1);
}

/// `x` when `value` is concat(-x2, x1) of the two halves of `x`.
Value matchRotateHalf(Value value) {
  auto concat = value.getDefiningOp<ConcatOp>();
  if (!concat || concat.getInputs().size() != 2)
    return {};
  auto neg = concat.getInputs()[0].getDefiningOp<NegOp>();
  if (!neg)
    return {};
  Value x2 = neg.getInput(), x1 = concat.getInputs()[1];
  Value x = getSlicedInput(x1);
  if (!x ||
      !isRotatable(x, concat.getAxisAttr().getInt(),
                   cast<RankedTensorType>(x.getType()).getRank()) ||
      !isLastDimHalf(x1, x, 0) || !isLastDimHalf(x2, x, 1))
    return {};
  return x;
}

/// `x` when `value` is the GPT-J rotation of `x`:
/// reshape(concat(unsqueeze(-x[..., 1::2]), unsqueeze(x[..., 0::2]), -1)).
Value matchRotateInterleaved(Value value) {
  auto reshape = value.getDefiningOp<ReshapeOp>();
  if (!reshape)
    return {};
  auto concat = reshape.getInput().getDefiningOp<ConcatOp>();
  if (!concat || concat.getInputs().size() != 2)
    return {};
  auto pairRank = cast<RankedTensorType>(concat.getType()).getRank();
  SmallVector<Value, 2> parts;
  for (Value input : concat.getInputs()) {
    auto unsqueeze = input.getDefiningOp<UnsqueezeOp>();
    if (!unsqueeze || unsqueeze.getDims().size() != 1 ||
        (unsqueeze.getDims()[0] != -1 &&
         unsqueeze.getDims()[0] != pairRank - 1))
      return {};
    parts.push_back(unsqueeze.getInput());
  }
  auto neg = parts[0].getDefiningOp<NegOp>();
  if (!neg)
    return {};
  Value odd = neg.getInput(), even = parts[1];
  Value x = getSlicedInput(even);
  if (!x || reshape.getType() != x.getType() ||
      !isRotatable(x, concat.getAxisAttr().getInt(), pairRank))
    return {};
  int64_t channels = cast<RankedTensorType>(x.getType()).getShape().back();
  if (!isLastDimSlice(even, x, 0, channels, 2) ||
      !isLastDimSlice(odd, x, 1, channels, 2))
    return {};
  return x;
}

struct FormRope : RemarkingPattern<AddOp> {
  using RemarkingPattern::RemarkingPattern;

  LogicalResult matchAndRewrite(AddOp op,
                                PatternRewriter &rewriter) const override {
    for (int swap = 0; swap < 2; ++swap) {
      auto direct = op->getOperand(swap).getDefiningOp<MulOp>();
      auto rotated = op->getOperand(1 - swap).getDefiningOp<MulOp>();
      if (!direct || !rotated)
        continue;
      for (int side = 0; side < 2; ++side) {
        RopeMode mode = RopeMode::half;
        Value x = matchRotateHalf(rotated->getOperand(side));
        if (!x) {
          mode = RopeMode::interleaved;
          x = matchRotateInterleaved(rotated->getOperand(side));
        }
        if (!x)
          continue;
        Value sin = rotated->getOperand(1 - side);
        Value cos;
        if (direct.getLhs() == x)
          cos = direct.getRhs();
        else if (direct.getRhs() == x)
          cos = direct.getLhs();
        if (!cos)
          return leave(rewriter, op,
                       "x * cos does not multiply the rotated input");
        if (cos.getType() != sin.getType())
          return leave(rewriter, op, "expected cos and sin of one type");
        if (op.getType() != x.getType())
          return leave(rewriter, op,
                       "cos and sin broadcast beyond the input shape");
        rewriter.replaceOpWithNewOp<RopeOp>(
            op, op.getType(), x, cos, sin,
            RopeModeAttr::get(getContext(), mode));
        return success();
      }
    }
    return rewriter.notifyMatchFailure(op, "not x * cos + rotate(x) * sin");
  }
};

struct TQPrecomputeRopePass
    : public tq::impl::TQPrecomputeRopePassBase<TQPrecomputeRopePass> {
  using Base::Base;

  void runOnOperation() override {
    if (maxPositions < 0) {
      getOperation().emitError() << "expected max-positions >= 0, got "
                                 << static_cast<int64_t>(maxPositions);
      return signalPassFailure();
    }
    if (!mropeSection.empty() &&
        (mropeSection.size() != 3 ||
         llvm::any_of(mropeSection, [](int64_t s) { return s < 0; }))) {
      InFlightDiagnostic diag = getOperation().emitError()
                                << "expected mrope-section to have 3 "
                                   "non-negative entries (t, h, w), got [";
      llvm::interleaveComma(mropeSection, diag);
      diag << "]";
      return signalPassFailure();
    }
    bool sectionError = false;
    SmallVector<int64_t> sections(mropeSection.begin(), mropeSection.end());
    SectionCheck check{sections, &sectionError};
    RewritePatternSet patterns(&getContext());
    patterns.add<PrecomputeTrig<CosOp>, PrecomputeTrig<SinOp>>(
        &getContext(), maxPositions, remarks, check);
    patterns.add<FormRope>(&getContext(), remarks);
    populateMRopeSelectPatterns(patterns, remarks, check);
    walkAndApplyPatterns(getOperation(), std::move(patterns));
    if (sectionError)
      return signalPassFailure();
    eraseDeadOps(getOperation());
  }
};

} // namespace
