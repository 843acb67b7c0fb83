//===- GatherLowering.cpp - constant-index gathers as slices --------------===//
//
// NPUs run GATHER poorly (the reference converter turns constant
// index_selects into slices for that reason). A gather whose indices are a
// compile-time constant selects fixed ranges: each run of consecutive
// indices is one STRIDED_SLICE, the runs are joined by one CONCATENATION and
// a RESHAPE restores the index dims (none for 1-D indices, a dropped axis for
// a scalar index).
//
//===----------------------------------------------------------------------===//

#include "GatherLowering.h"

#include "ConstantUtils.h"
#include "tico/Dialect/Circle/IR/CircleOps.h"
#include "tico/Dialect/Common/ShapeUtils.h"
#include "tico/Dialect/TQ/IR/TQOps.h"

#include "mlir/Dialect/Quant/IR/QuantTypes.h"

#include <map>

using namespace mlir;
using namespace mlir::tico;

namespace {

/// The axis a gather-like op selects along.
template <typename SrcOp> int64_t getGatherAxis(SrcOp op) {
  if constexpr (std::is_same_v<SrcOp, tq::EmbeddingOp>)
    return 0;
  else
    return *normalizeAxis(
        op.getAxisAttr().getInt(),
        cast<RankedTensorType>(op->getOperand(0).getType()).getRank());
}

/// The integer values of a constant index operand, or nullopt.
std::optional<SmallVector<int64_t>> getConstantIndices(Value indices) {
  auto attr =
      dyn_cast_if_present<DenseIntElementsAttr>(getConstantValue(indices));
  if (!attr)
    return std::nullopt;
  SmallVector<int64_t> values;
  for (const APInt &v : attr.getValues<APInt>())
    values.push_back(v.getSExtValue());
  return values;
}

/// Half-open ranges of consecutive indices, in order.
SmallVector<std::pair<int64_t, int64_t>> getRuns(ArrayRef<int64_t> indices) {
  SmallVector<std::pair<int64_t, int64_t>> runs;
  for (int64_t i : indices) {
    if (!runs.empty() && runs.back().second == i)
      ++runs.back().second;
    else
      runs.push_back({i, i + 1});
  }
  return runs;
}

template <typename SrcOp> struct GatherToSlices : OpConversionPattern<SrcOp> {
  GatherToSlices(MLIRContext *context, unsigned maxSlices)
      : OpConversionPattern<SrcOp>(context, /*benefit=*/2),
        maxSlices(maxSlices) {}

  LogicalResult
  matchAndRewrite(SrcOp op, typename SrcOp::Adaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Value input = adaptor.getOperands()[0];
    auto inType = cast<RankedTensorType>(op->getOperand(0).getType());
    auto outType = cast<RankedTensorType>(op->getResult(0).getType());
    if (!inType.hasStaticShape() || !outType.hasStaticShape())
      return rewriter.notifyMatchFailure(op, "dynamic shapes");
    if (inType.getElementType() != outType.getElementType())
      return rewriter.notifyMatchFailure(op, "element type changes");
    int64_t axis = getGatherAxis(op);
    // Slicing along the quantized dimension would need new per-axis qparams.
    if (auto perAxis = dyn_cast<quant::UniformQuantizedPerAxisType>(
            inType.getElementType()))
      if (perAxis.getQuantizedDimension() == axis)
        return rewriter.notifyMatchFailure(op,
                                           "per-axis along the gather axis");
    std::optional<SmallVector<int64_t>> indices =
        getConstantIndices(adaptor.getOperands()[1]);
    if (!indices || indices->empty())
      return rewriter.notifyMatchFailure(op,
                                         "indices not a non-empty constant");
    int64_t dim = inType.getDimSize(axis);
    for (int64_t &i : *indices) {
      if (i < 0)
        i += dim;
      if (i < 0 || i >= dim)
        return rewriter.notifyMatchFailure(op, "index out of range");
    }
    SmallVector<std::pair<int64_t, int64_t>> runs = getRuns(*indices);
    if (runs.size() > maxSlices)
      return rewriter.notifyMatchFailure(op, "more runs than gather-to-slices");

    Location loc = op.getLoc();
    // A run that appears again (repeated indices) reuses its slice.
    std::map<std::pair<int64_t, int64_t>, Value> slices;
    SmallVector<Value> pieces;
    for (auto run : runs) {
      Value &slice = slices[run];
      if (!slice)
        slice = sliceRun(rewriter, loc, input, inType, axis, run);
      pieces.push_back(slice);
    }
    SmallVector<int64_t> joinedShape(inType.getShape());
    joinedShape[axis] = indices->size();
    auto joinedType = inType.clone(joinedShape);
    Value joined = pieces.front();
    if (pieces.size() > 1)
      joined = circle::ConcatenationOp::create(
          rewriter, loc, TypeRange{joinedType}, ValueRange(pieces),
          {rewriter.getNamedAttr("axis", rewriter.getI32IntegerAttr(axis))});
    if (joinedType != outType)
      joined = circle::ReshapeOp::create(
          rewriter, loc, TypeRange{outType},
          ValueRange{joined,
                     createI32Constant(rewriter, loc, outType.getShape())});
    rewriter.replaceOp(op, joined);
    return success();
  }

  /// input[.., begin:end, ..] along `axis`; the input itself when the run
  /// covers the whole axis.
  static Value sliceRun(OpBuilder &b, Location loc, Value input,
                        RankedTensorType inType, int64_t axis,
                        std::pair<int64_t, int64_t> run) {
    if (run.first == 0 && run.second == inType.getDimSize(axis))
      return input;
    SmallVector<int64_t> begin(inType.getRank(), 0), end(inType.getShape()),
        strides(inType.getRank(), 1);
    begin[axis] = run.first;
    end[axis] = run.second;
    SmallVector<int64_t> shape(inType.getShape());
    shape[axis] = run.second - run.first;
    return circle::StridedSliceOp::create(
        b, loc, TypeRange{inType.clone(shape)},
        ValueRange{input, createI32Constant(b, loc, begin),
                   createI32Constant(b, loc, end),
                   createI32Constant(b, loc, strides)});
  }

  unsigned maxSlices;
};

} // namespace

void mlir::tico::populateGatherToSlicesPatterns(RewritePatternSet &patterns,
                                                unsigned maxSlices) {
  if (maxSlices == 0)
    return;
  patterns.add<GatherToSlices<tq::GatherOp>, GatherToSlices<tq::IndexSelectOp>,
               GatherToSlices<tq::EmbeddingOp>>(patterns.getContext(),
                                                maxSlices);
}

LogicalResult mlir::tico::verifyConstantGatherIndices(func::FuncOp func) {
  bool failedAny = false;
  auto check = [&](Operation *op, int64_t axis) {
    std::optional<SmallVector<int64_t>> indices =
        getConstantIndices(op->getOperand(1));
    auto inType = cast<RankedTensorType>(op->getOperand(0).getType());
    if (!indices || inType.isDynamicDim(axis))
      return;
    int64_t dim = inType.getDimSize(axis);
    for (int64_t i : *indices)
      if (i < -dim || i >= dim) {
        op->emitOpError("constant index ")
            << i << " out of range [" << -dim << ", " << dim << ") along axis "
            << axis;
        failedAny = true;
        return;
      }
  };
  func.walk([&](Operation *op) {
    if (auto gather = dyn_cast<tq::GatherOp>(op))
      check(op, getGatherAxis(gather));
    else if (auto select = dyn_cast<tq::IndexSelectOp>(op))
      check(op, getGatherAxis(select));
    else if (isa<tq::EmbeddingOp>(op))
      check(op, 0);
  });
  return failure(failedAny);
}
