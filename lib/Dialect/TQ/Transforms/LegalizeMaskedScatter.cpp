//===- LegalizeMaskedScatter.cpp - static form of masked_scatter ----------===//
//
// masked_scatter(embeds, mask, features) with a row mask becomes
//   idx = clamp(cumsum(mask) - 1, 0, N - 1)   (+ b * N for (B, N, D))
//   out = where(mask, gather(features, idx), embeds)
// so no data-dependent shape or index is left.
//
//===----------------------------------------------------------------------===//

#include "TransformUtils.h"

#include "tico/Dialect/TQ/IR/TQOps.h"
#include "tico/Dialect/TQ/Transforms/Passes.h"

#include "mlir/Transforms/WalkPatternRewriteDriver.h"

namespace mlir::tico::tq {
#define GEN_PASS_DEF_TQLEGALIZEMASKEDSCATTERPASS
#include "tico/Dialect/TQ/Transforms/Passes.h.inc"
} // namespace mlir::tico::tq

using namespace mlir;
using namespace mlir::tico;
using namespace mlir::tico::tq;

namespace {

/// The mask with a size-1 last dim that `mask` broadcasts along the feature
/// dim, or null when the mask may differ between channels of one row.
Value getRowMask(Value mask, int64_t rank) {
  auto type = cast<RankedTensorType>(mask.getType());
  if (type.getRank() > 0 && type.getShape().back() == 1)
    return mask;
  if (auto broadcast = mask.getDefiningOp<BroadcastOp>()) {
    auto source = cast<RankedTensorType>(broadcast.getInput().getType());
    if (source.getRank() == rank && source.getShape().back() == 1)
      return broadcast.getInput();
  }
  return {};
}

struct LegalizeMaskedScatter : RemarkingPattern<MaskedScatterOp> {
  using RemarkingPattern::RemarkingPattern;

  LogicalResult matchAndRewrite(MaskedScatterOp op,
                                PatternRewriter &rewriter) const override {
    RankedTensorType embeds = op.getEmbeds().getType();
    RankedTensorType features = op.getFeatures().getType();
    if (!embeds.hasStaticShape() || !features.hasStaticShape())
      return leave(rewriter, op, "expected static embeds and features shapes");
    int64_t rank = embeds.getRank();
    Value rowMask = getRowMask(op.getMask(), rank);
    if (!rowMask)
      return leave(
          rewriter, op,
          "expected a mask with a size-1 last dim (or a broadcast of one)");
    if (!cast<RankedTensorType>(rowMask.getType()).hasStaticShape())
      return leave(rewriter, op, "expected a static mask shape");
    bool perBatch = features.getRank() == 3;
    int64_t numFeatures = features.getDimSize(features.getRank() - 2);
    if (numFeatures == 0)
      return leave(rewriter, op, "features have no rows");

    Location loc = op.getLoc();
    ArrayRef<int64_t> embedsShape = embeds.getShape();
    int64_t channels = embedsShape.back();
    SmallVector<int64_t> maskShape(embedsShape.drop_back());
    maskShape.push_back(1);
    auto maskType = RankedTensorType::get(maskShape, rewriter.getI1Type());
    if (rowMask.getType() != maskType)
      rowMask = BroadcastOp::create(rewriter, loc, maskType, rowMask);

    int64_t rows = embeds.getNumElements() / std::max<int64_t>(channels, 1);
    int64_t batch = perBatch ? embedsShape.front() : 1;
    SmallVector<int64_t> countShape = {batch, rows / batch};
    Type i32 = rewriter.getI32Type();
    auto countType = RankedTensorType::get(countShape, i32);
    Value flat = createReshape(rewriter, loc, rowMask, countShape);
    Value counts = CastOp::create(rewriter, loc, countType, flat);
    Value cumsum = CumsumOp::create(
        rewriter, loc, countType, counts, rewriter.getI64IntegerAttr(1),
        rewriter.getBoolAttr(false), rewriter.getBoolAttr(false));
    Value one = createScalarConstant(rewriter, loc, i32, 1);
    Value index = SubOp::create(rewriter, loc, countType, cumsum, one);
    index = createClamp(rewriter, loc, index, 0, numFeatures - 1);
    Value table = op.getFeatures();
    if (perBatch) {
      // Row b reads features[b]: rows b * N .. b * N + N - 1 of the flat table.
      auto offsetType = RankedTensorType::get({batch, 1}, i32);
      SmallVector<int32_t> offsets;
      for (int64_t b = 0; b < batch; ++b)
        offsets.push_back(static_cast<int32_t>(b * numFeatures));
      Value offset = ConstantOp::create(
          rewriter, loc, offsetType,
          DenseElementsAttr::get(offsetType, ArrayRef<int32_t>(offsets)));
      index = AddOp::create(rewriter, loc, countType, index, offset);
      table =
          createReshape(rewriter, loc, table, {batch * numFeatures, channels});
    }
    index = createReshape(rewriter, loc, index, {rows});
    auto gatheredType =
        RankedTensorType::get({rows, channels}, features.getElementType());
    Value gathered = GatherOp::create(rewriter, loc, gatheredType, table, index,
                                      rewriter.getI64IntegerAttr(0));
    gathered = createReshape(rewriter, loc, gathered, embedsShape);
    rewriter.replaceOpWithNewOp<WhereOp>(op, embeds, rowMask, gathered,
                                         op.getEmbeds());
    return success();
  }
};

struct TQLegalizeMaskedScatterPass
    : public tq::impl::TQLegalizeMaskedScatterPassBase<
          TQLegalizeMaskedScatterPass> {
  using Base::Base;

  void runOnOperation() override {
    RewritePatternSet patterns(&getContext());
    patterns.add<LegalizeMaskedScatter>(&getContext(), remarks);
    walkAndApplyPatterns(getOperation(), std::move(patterns));
  }
};

} // namespace
