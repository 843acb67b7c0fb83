//===- GQAExpand.cpp - lowering the repeat_kv expand of GQA ---------------===//
//
// Grouped-query attention exports repeat the key/value heads before the
// attention matmuls: `x [.., Hkv, S, D]` is unsqueezed to `[.., Hkv, 1, S, D]`,
// broadcast to `[.., Hkv, n, S, D]` and reshaped to `[.., Hkv * n, S, D]`, so
// query head `h` reads key/value head `h / n`. Left alone this is a rank-5
// BROADCAST_TO that many NPUs reject. The rewrite runs on tq ops before the
// conversion so that the regular patterns lower what it produces.
//
//===----------------------------------------------------------------------===//

#include "GQAExpand.h"

#include "tico/Dialect/TQ/IR/TQOps.h"

#include "mlir/Dialect/Quant/IR/QuantTypes.h"
#include "mlir/IR/Builders.h"

using namespace mlir;
using namespace mlir::tico;

namespace {

/// One matched repeat: `result` (`[pre.., Hkv * n, post..]`) repeats each
/// of the `kvHeads` heads of `source` (`[pre.., Hkv, post..]`) `repeats`
/// times along `axis`.
struct HeadRepeat {
  tq::ReshapeOp reshape;
  tq::BroadcastOp broadcast;
  int64_t axis;
  int64_t kvHeads;
  int64_t repeats;
};

bool isPerAxis(Type type) {
  return isa<quant::UniformQuantizedPerAxisType>(getElementTypeOrSelf(type));
}

std::optional<HeadRepeat> matchHeadRepeat(tq::ReshapeOp reshape) {
  auto broadcast = reshape.getInput().getDefiningOp<tq::BroadcastOp>();
  if (!broadcast)
    return std::nullopt;
  auto in = cast<RankedTensorType>(broadcast.getInput().getType());
  auto expanded = cast<RankedTensorType>(broadcast.getType());
  auto out = cast<RankedTensorType>(reshape.getType());
  if (!in.hasStaticShape() || !expanded.hasStaticShape() ||
      !out.hasStaticShape() || in.getRank() != expanded.getRank() ||
      out.getRank() + 1 != in.getRank() || isPerAxis(in) ||
      in.getElementType() != out.getElementType())
    return std::nullopt;
  // Exactly one broadcast dim, a unit dim right after the head axis.
  std::optional<int64_t> unit;
  for (int64_t d = 0; d < in.getRank(); ++d) {
    if (in.getDimSize(d) == expanded.getDimSize(d))
      continue;
    if (unit || in.getDimSize(d) != 1 || d == 0)
      return std::nullopt;
    unit = d;
  }
  if (!unit)
    return std::nullopt;
  int64_t axis = *unit - 1;
  int64_t repeats = expanded.getDimSize(*unit);
  // The reshape merges the head axis and the repeats, nothing else.
  SmallVector<int64_t> merged(expanded.getShape());
  merged[axis] *= repeats;
  merged.erase(merged.begin() + *unit);
  if (ArrayRef<int64_t>(merged) != out.getShape())
    return std::nullopt;
  return HeadRepeat{reshape, broadcast, axis, in.getDimSize(axis), repeats};
}

/// `x` without the unit dim: the unsqueeze/reshape input when there is one.
Value getSource(OpBuilder &b, HeadRepeat repeat) {
  Value input = repeat.broadcast.getInput();
  auto type = cast<RankedTensorType>(input.getType());
  SmallVector<int64_t> shape(type.getShape());
  shape.erase(shape.begin() + repeat.axis + 1);
  Operation *producer = input.getDefiningOp();
  if (isa_and_present<tq::UnsqueezeOp, tq::ReshapeOp>(producer) &&
      cast<RankedTensorType>(producer->getOperand(0).getType()).getShape() ==
          ArrayRef<int64_t>(shape))
    return producer->getOperand(0);
  return tq::ReshapeOp::create(b, repeat.reshape.getLoc(), type.clone(shape),
                               input);
}

/// Head `kv` of `source` repeated, in order: slices and one concatenation.
Value repeatByConcat(OpBuilder &b, HeadRepeat repeat, Value source) {
  Location loc = repeat.reshape.getLoc();
  auto type = cast<RankedTensorType>(source.getType());
  SmallVector<Value> pieces;
  for (int64_t kv = 0; kv < repeat.kvHeads; ++kv) {
    Value head = source;
    if (repeat.kvHeads > 1) {
      SmallVector<int64_t> start(type.getRank(), 0), end(type.getShape()),
          step(type.getRank(), 1);
      start[repeat.axis] = kv;
      end[repeat.axis] = kv + 1;
      SmallVector<int64_t> shape(type.getShape());
      shape[repeat.axis] = 1;
      head = tq::SliceOp::create(
          b, loc, type.clone(shape), source, b.getDenseI64ArrayAttr(start),
          b.getDenseI64ArrayAttr(end), b.getDenseI64ArrayAttr(step));
    }
    pieces.append(repeat.repeats, head);
  }
  return tq::ConcatOp::create(b, loc, repeat.reshape.getType(), pieces,
                              b.getI64IntegerAttr(repeat.axis));
}

/// True when `matmul` reads the repeated heads as its right operand with
/// the head axis as its last batch dim, and its left operand has the same
/// batch dims: then `lhs [.., Hkv * n, M, K]` is `[.., Hkv, n * M, K]`
/// without moving data, and query head `kv * n + r` meets head `kv`.
bool canFoldIntoMatmul(tq::MatmulOp matmul, Value repeated, int64_t axis) {
  auto lhs = cast<RankedTensorType>(matmul.getLhs().getType());
  auto rhs = cast<RankedTensorType>(repeated.getType());
  auto out = cast<RankedTensorType>(matmul.getType());
  return matmul.getRhs() == repeated && matmul.getLhs() != repeated &&
         !matmul.getTransposeLhs() && axis == rhs.getRank() - 3 &&
         lhs.hasStaticShape() && out.hasStaticShape() &&
         lhs.getRank() == rhs.getRank() && !isPerAxis(lhs) && !isPerAxis(out) &&
         lhs.getShape().take_front(axis + 1) ==
             rhs.getShape().take_front(axis + 1);
}

void foldIntoMatmul(OpBuilder &b, tq::MatmulOp matmul, Value source,
                    HeadRepeat repeat) {
  b.setInsertionPoint(matmul);
  Location loc = matmul.getLoc();
  auto lhsType = cast<RankedTensorType>(matmul.getLhs().getType());
  auto outType = cast<RankedTensorType>(matmul.getType());
  int64_t axis = repeat.axis;
  auto grouped = [&](RankedTensorType type) {
    SmallVector<int64_t> shape(type.getShape());
    shape[axis] = repeat.kvHeads;
    shape[axis + 1] *= repeat.repeats;
    return type.clone(shape);
  };
  Value lhs = tq::ReshapeOp::create(b, loc, grouped(lhsType), matmul.getLhs());
  auto product =
      tq::MatmulOp::create(b, loc, TypeRange{grouped(outType)},
                           ValueRange{lhs, source}, matmul->getAttrs());
  Value result = tq::ReshapeOp::create(b, loc, outType, product.getResult());
  matmul.getResult().replaceAllUsesWith(result);
  matmul.erase();
}

/// Erases `op` and then its producers that lost their last use.
void eraseDeadChain(Operation *op) {
  while (op && op->use_empty() &&
         isa<tq::ReshapeOp, tq::UnsqueezeOp, tq::BroadcastOp>(op)) {
    Operation *producer = op->getOperand(0).getDefiningOp();
    op->erase();
    op = producer;
  }
}

} // namespace

std::optional<GQAExpandMode> mlir::tico::parseGQAExpandMode(StringRef name) {
  return llvm::StringSwitch<std::optional<GQAExpandMode>>(name)
      .Case("none", GQAExpandMode::None)
      .Case("concat", GQAExpandMode::Concat)
      .Case("broadcast", GQAExpandMode::Broadcast)
      .Default(std::nullopt);
}

void mlir::tico::rewriteGQAExpands(func::FuncOp func, GQAExpandMode mode) {
  if (mode == GQAExpandMode::None)
    return;
  SmallVector<HeadRepeat> repeats;
  func.walk([&](tq::ReshapeOp op) {
    if (std::optional<HeadRepeat> repeat = matchHeadRepeat(op))
      repeats.push_back(*repeat);
  });
  OpBuilder b(func.getContext());
  for (HeadRepeat repeat : repeats) {
    Value repeated = repeat.reshape.getResult();
    if (repeated.use_empty())
      continue;
    b.setInsertionPoint(repeat.reshape);
    Value source = getSource(b, repeat);
    bool fold =
        mode == GQAExpandMode::Broadcast &&
        llvm::all_of(repeated.getUsers(), [&](Operation *user) {
          auto matmul = dyn_cast<tq::MatmulOp>(user);
          return matmul && canFoldIntoMatmul(matmul, repeated, repeat.axis);
        });
    if (fold) {
      for (Operation *user : llvm::make_early_inc_range(repeated.getUsers()))
        foldIntoMatmul(b, cast<tq::MatmulOp>(user), source, repeat);
    } else {
      repeated.replaceAllUsesWith(repeatByConcat(b, repeat, source));
    }
    eraseDeadChain(repeat.reshape);
  }
}
