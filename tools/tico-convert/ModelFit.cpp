//===- ModelFit.cpp - do the options fit the model? -----------------------===//

#include "ModelFit.h"

#include "tico/Dialect/TQ/IR/TQOps.h"

using namespace mlir;
using namespace mlir::tico;
using namespace tico_convert;

/// "'pad_token_id' = 40" or, for a preset's value, "'pad_token_id' = 0
/// (preset gemma4)".
static std::string describe(const ConvertOptions &options, StringRef key,
                            int64_t value) {
  std::string text = "'" + key.str() + "' = " + std::to_string(value);
  if (!options.has(key))
    text += " (preset " + options.get("preset", "none") + ")";
  return text;
}

LogicalResult
tico_convert::checkModelFit(ModuleOp module,
                            const tico::VLMPrepareOptions &prepare,
                            const ConvertOptions &options) {
  SmallVector<int64_t> placeholders;
  for (int64_t id : {int64_t(prepare.imageTokenId),
                     int64_t(prepare.videoTokenId),
                     int64_t(prepare.audioTokenId)})
    if (id >= 0)
      placeholders.push_back(id);
  // The lookups tq-replace-placeholders would pad.
  SmallVector<tq::TokenLookup> lookups;
  module.walk([&](Operation *op) {
    if (std::optional<tq::TokenLookup> lookup = tq::matchTokenLookup(op))
      if (tq::readsTokenIds(*lookup, placeholders))
        lookups.push_back(*lookup);
  });

  std::pair<const char *, int64_t> ids[] = {
      {"image_token_id", prepare.imageTokenId},
      {"video_token_id", prepare.videoTokenId},
      {"audio_token_id", prepare.audioTokenId},
      {"pad_token_id", prepare.padTokenId}};
  for (auto [key, id] : ids) {
    if (id < 0)
      continue;
    if (lookups.empty())
      return emitError(module.getLoc())
             << describe(options, key, id)
             << " does not fit the model: it has no token lookup (a "
                "tq.embedding, or a tq.gather of a constant table by token "
                "ids compared with a placeholder id); drop the key or the "
                "preset";
    for (const tq::TokenLookup &lookup : lookups) {
      auto table = cast<ShapedType>(lookup.table.getType());
      if (table.hasRank() && table.getRank() >= 1 &&
          !table.isDynamicDim(0) && id >= table.getDimSize(0))
        return lookup.op->emitError()
               << describe(options, key, id)
               << " does not fit the model: this embedding table has "
               << table.getDimSize(0) << " rows";
    }
  }

  // The sequence length: the last dimension of the looked-up ids.
  for (const tq::TokenLookup &lookup : lookups) {
    Operation *op = lookup.op;
    auto idsType = cast<ShapedType>(lookup.ids->get().getType());
    if (!idsType.hasRank() || idsType.getRank() < 1 ||
        idsType.isDynamicDim(idsType.getRank() - 1))
      continue;
    int64_t length = idsType.getDimSize(idsType.getRank() - 1);
    int64_t start = prepare.slotStart, size = prepare.numTokens;
    if (start >= length)
      return op->emitError()
             << describe(options, "slot_start", start)
             << " does not fit the model: the sequence has " << length
             << " positions";
    if (start >= 0 && size > 0 && start + size > length)
      return op->emitError()
             << "the slot [" << start << ", " << start + size
             << ") ('slot_start', 'slot_size') does not fit the model: the "
                "sequence has "
             << length << " positions";
    int64_t rows = prepare.maxPositions;
    if (rows > 0 && rows < length)
      return op->emitError()
             << describe(options, "rope_max_positions", rows)
             << " does not fit the model: the sequence has " << length
             << " positions";
  }
  return success();
}
