//===- ReplacePlaceholders.cpp - pad ids at placeholder tokens ------------===//
//
// ids' = where(ids == image | ids == video | ids == audio, pad, ids) in front
// of every embedding lookup (tq.embedding, or a tq.gather along axis 0 of a
// constant 2-D table) that reads a token-id function argument.
//
//===----------------------------------------------------------------------===//

#include "TransformUtils.h"

#include "tico/Dialect/Common/ShapeUtils.h"
#include "tico/Dialect/TQ/IR/TQOps.h"
#include "tico/Dialect/TQ/Transforms/Passes.h"

#include "llvm/ADT/MapVector.h"

namespace mlir::tico::tq {
#define GEN_PASS_DEF_TQREPLACEPLACEHOLDERSPASS
#include "tico/Dialect/TQ/Transforms/Passes.h.inc"
} // namespace mlir::tico::tq

using namespace mlir;
using namespace mlir::tico;
using namespace mlir::tico::tq;

namespace {

struct TQReplacePlaceholdersPass
    : public tq::impl::TQReplacePlaceholdersPassBase<
          TQReplacePlaceholdersPass> {
  using Base::Base;

  /// `ids` with every placeholder id replaced by the pad id, built at the
  /// start of the function.
  Value buildPaddedIds(OpBuilder &builder, BlockArgument ids,
                       ArrayRef<int64_t> placeholders) {
    Location loc = ids.getLoc();
    auto type = cast<RankedTensorType>(ids.getType());
    auto maskType = type.clone(builder.getI1Type());
    Value mask;
    for (int64_t token : placeholders) {
      Value id = createScalarConstant(builder, loc, type.getElementType(),
                                      static_cast<double>(token));
      Value hit =
          CompareOp::create(builder, loc, maskType, ids, id,
                            CompareDirectionAttr::get(builder.getContext(),
                                                      CompareDirection::eq));
      mask =
          mask ? LogicalOrOp::create(builder, loc, maskType, mask, hit) : hit;
    }
    Value pad = createScalarConstant(builder, loc, type.getElementType(),
                                     static_cast<double>(padTokenId));
    return WhereOp::create(builder, loc, type, mask, pad, ids);
  }

  void runOnOperation() override {
    func::FuncOp func = getOperation();
    SmallVector<int64_t> placeholders;
    for (int64_t token :
         {int64_t(imageTokenId), int64_t(videoTokenId), int64_t(audioTokenId)})
      if (token >= 0)
        placeholders.push_back(token);
    if (placeholders.empty()) {
      func.emitError() << "expected at least one of image-token-id, "
                          "video-token-id, audio-token-id to be >= 0";
      return signalPassFailure();
    }
    if (padTokenId < 0) {
      func.emitError() << "expected pad-token-id >= 0, got "
                       << static_cast<int64_t>(padTokenId);
      return signalPassFailure();
    }

    // Token-id arguments and the lookups that read them, in program order.
    llvm::MapVector<BlockArgument, SmallVector<OpOperand *>> lookups;
    bool invalid = false;
    func.walk([&](Operation *op) {
      std::optional<TokenLookup> lookup = matchTokenLookup(op);
      if (!lookup)
        return;
      if (!readsTokenIds(*lookup, placeholders)) {
        if (!remarks)
          return;
        if (isa<EmbeddingOp>(op))
          op->emitRemark() << "left unchanged: ids are not a token-id "
                              "argument of the function";
        else if (isa<BlockArgument>(lookup->ids->get()))
          op->emitRemark() << "left unchanged: a gather by an argument that "
                              "is never compared with a placeholder id";
        return;
      }
      auto ids = cast<BlockArgument>(lookup->ids->get());
      auto table = cast<RankedTensorType>(lookup->table.getType());
      int64_t vocab = table.getDimSize(0);
      if (!ShapedType::isDynamic(vocab) && padTokenId >= vocab) {
        op->emitError() << "pad-token-id=" << static_cast<int64_t>(padTokenId)
                        << " is outside the embedding table of shape "
                        << formatShape(table.getShape());
        invalid = true;
        return;
      }
      lookups[ids].push_back(lookup->ids);
    });
    if (invalid)
      return signalPassFailure();

    OpBuilder builder(&getContext());
    builder.setInsertionPointToStart(&func.getBody().front());
    for (auto &[ids, uses] : lookups) {
      Value padded = buildPaddedIds(builder, ids, placeholders);
      for (OpOperand *use : uses)
        use->set(padded);
    }
  }
};

} // namespace
