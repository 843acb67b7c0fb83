//===- FixedSlotFusion.cpp - fuse visual features at a fixed span ---------===//
//
// With the visual tokens of every row at [s, s + V), masked_scatter and span
// writes become slices of the embeddings around the features, concatenated
// along the sequence axis.
//
//===----------------------------------------------------------------------===//

#include "TransformUtils.h"

#include "tico/Dialect/Common/ShapeUtils.h"
#include "tico/Dialect/TQ/IR/TQOps.h"
#include "tico/Dialect/TQ/Transforms/Passes.h"

#include "mlir/Transforms/WalkPatternRewriteDriver.h"

namespace mlir::tico::tq {
#define GEN_PASS_DEF_TQFIXEDSLOTFUSIONPASS
#include "tico/Dialect/TQ/Transforms/Passes.h.inc"
} // namespace mlir::tico::tq

using namespace mlir;
using namespace mlir::tico;
using namespace mlir::tico::tq;

namespace {

/// True when `mask` is `ids == placeholder` for an integer tensor `ids` and a
/// scalar constant, or a logical_or of such masks, possibly reshaped.
bool isPlaceholderMask(Value mask) {
  mask = skipShapeOps(mask);
  if (auto any = mask.getDefiningOp<LogicalOrOp>())
    return isPlaceholderMask(any.getLhs()) && isPlaceholderMask(any.getRhs());
  auto compare = mask.getDefiningOp<CompareOp>();
  if (!compare || compare.getDirection() != CompareDirection::eq)
    return false;
  Value ids = compare.getLhs(), token = compare.getRhs();
  if (getScalarConstant(ids))
    std::swap(ids, token);
  return getScalarConstant(token) &&
         isa<IntegerType>(getElementTypeOrSelf(ids.getType()));
}

/// `pieces` concatenated along `axis` with the type `type`; a single piece is
/// returned as is.
Value concatPieces(PatternRewriter &rewriter, Location loc,
                   RankedTensorType type, ArrayRef<Value> pieces,
                   int64_t axis) {
  if (pieces.size() == 1)
    return pieces.front();
  return ConcatOp::create(rewriter, loc, type, pieces,
                          rewriter.getI64IntegerAttr(axis));
}

/// `dest` with `update` written at [start, start + update size) of `axis`:
/// concat(dest[.., :start], update, dest[.., start + n:]), empty pieces left
/// out.
Value spliceAlongAxis(PatternRewriter &rewriter, Location loc, Value dest,
                      Value update, int64_t axis, int64_t start) {
  auto type = cast<RankedTensorType>(dest.getType());
  int64_t size = type.getDimSize(axis);
  int64_t end =
      start + cast<RankedTensorType>(update.getType()).getDimSize(axis);
  SmallVector<Value> pieces;
  if (start > 0)
    pieces.push_back(createAxisSlice(rewriter, loc, dest, axis, 0, start));
  pieces.push_back(update);
  if (end < size)
    pieces.push_back(createAxisSlice(rewriter, loc, dest, axis, end, size));
  return concatPieces(rewriter, loc, type, pieces, axis);
}

struct FuseMaskedScatter : RemarkingPattern<MaskedScatterOp> {
  FuseMaskedScatter(MLIRContext *context, int64_t slotStart, int64_t numTokens,
                    bool remarks, bool &invalid)
      : RemarkingPattern(context, remarks), slotStart(slotStart),
        numTokens(numTokens), invalid(invalid) {}

  LogicalResult matchAndRewrite(MaskedScatterOp op,
                                PatternRewriter &rewriter) const override {
    RankedTensorType embeds = op.getEmbeds().getType();
    RankedTensorType features = op.getFeatures().getType();
    if (!isPlaceholderMask(op.getMask()))
      return leave(rewriter, op,
                   "mask is not a comparison of token ids with a "
                   "placeholder id");
    if (embeds.getRank() != 2 && embeds.getRank() != 3)
      return leave(rewriter, op, "expected embeds of rank 2 or 3");
    if (!embeds.hasStaticShape() || !features.hasStaticShape())
      return leave(rewriter, op, "expected static embeds and features shapes");
    if (slotStart < 0)
      return reject(op, "expected slot-start >= 0 to fuse at a fixed slot, "
                        "got " +
                            Twine(slotStart));

    int64_t seqAxis = embeds.getRank() - 2;
    int64_t batch = embeds.getRank() == 3 ? embeds.getDimSize(0) : 1;
    int64_t seqLen = embeds.getDimSize(seqAxis);
    std::string shapes = "embeds " + formatShape(embeds.getShape()) +
                         ", features " + formatShape(features.getShape());
    // Feature rows per batch row.
    int64_t tokens = features.getRank() == 3 ? features.getDimSize(1)
                                             : features.getDimSize(0) / batch;
    if (numTokens > 0)
      tokens = numTokens;
    int64_t expectedRows = features.getRank() == 3 ? tokens : batch * tokens;
    int64_t rows = features.getDimSize(features.getRank() - 2);
    if (rows != expectedRows)
      return reject(op, "num-tokens=" + Twine(tokens) + " expects " +
                            Twine(expectedRows) + " feature rows, got " +
                            Twine(rows) + " (" + shapes + ")");
    if (slotStart + tokens > seqLen)
      return reject(op, "expected slot-start + num-tokens <= " + Twine(seqLen) +
                            ", got slot-start=" + Twine(slotStart) +
                            " + num-tokens=" + Twine(tokens) + " (" + shapes +
                            ")");

    SmallVector<int64_t> spanShape(embeds.getShape());
    spanShape[seqAxis] = tokens;
    Value span =
        createReshape(rewriter, op.getLoc(), op.getFeatures(), spanShape);
    rewriter.replaceOp(op,
                       spliceAlongAxis(rewriter, op.getLoc(), op.getEmbeds(),
                                       span, seqAxis, slotStart));
    return success();
  }

  LogicalResult reject(Operation *op, const Twine &message) const {
    op->emitError() << message;
    invalid = true;
    return failure();
  }

  int64_t slotStart, numTokens;
  bool &invalid;
};

/// slice_update writing a span along one axis (every other axis whole).
struct FuseSliceUpdate : RemarkingPattern<SliceUpdateOp> {
  using RemarkingPattern::RemarkingPattern;

  LogicalResult matchAndRewrite(SliceUpdateOp op,
                                PatternRewriter &rewriter) const override {
    RankedTensorType dest = op.getDest().getType();
    RankedTensorType update = op.getUpdate().getType();
    if (!dest.hasStaticShape() || !update.hasStaticShape())
      return leave(rewriter, op, "expected static dest and update shapes");
    std::optional<int64_t> axis;
    for (int64_t d = 0; d < dest.getRank(); ++d) {
      if (update.getDimSize(d) == dest.getDimSize(d))
        continue;
      if (axis)
        return leave(rewriter, op,
                     "update is narrower than dest along more than "
                     "one axis");
      axis = d;
    }
    if (!axis) {
      rewriter.replaceOp(op, op.getUpdate());
      return success();
    }
    rewriter.replaceOp(op, spliceAlongAxis(rewriter, op.getLoc(), op.getDest(),
                                           op.getUpdate(), *axis,
                                           op.getStart()[*axis]));
    return success();
  }
};

struct TQFixedSlotFusionPass
    : public tq::impl::TQFixedSlotFusionPassBase<TQFixedSlotFusionPass> {
  using Base::Base;

  void runOnOperation() override {
    if (numTokens < 0) {
      getOperation().emitError() << "expected num-tokens >= 0, got "
                                 << static_cast<int64_t>(numTokens);
      return signalPassFailure();
    }
    bool invalid = false;
    RewritePatternSet patterns(&getContext());
    patterns.add<FuseMaskedScatter>(&getContext(), slotStart, numTokens,
                                    remarks, invalid);
    patterns.add<FuseSliceUpdate>(&getContext(), remarks);
    walkAndApplyPatterns(getOperation(), std::move(patterns));
    eraseDeadOps(getOperation());
    if (invalid)
      signalPassFailure();
  }
};

} // namespace
