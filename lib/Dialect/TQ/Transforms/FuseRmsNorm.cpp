//===- FuseRmsNorm.cpp - RMSNorm written out as elementwise ops -----------===//
//
// x * (1 / sqrt(mean(x^2, -1) + eps)) [* w] (how torch exports RMSNorm to
// ONNX: Pow, ReduceMean, Add, Sqrt, Div, Mul, Mul), and its rsqrt and
// x / sqrt(...) spellings, become one tq.rms_norm. Quantized, the written
// out form would run pow/sqrt/div on 8/16-bit integers, which Circle kernels
// do not offer (int16 DIV) or do badly; RMS_NORM is one operator.
//
//===----------------------------------------------------------------------===//

#include "TransformUtils.h"

#include "tico/Dialect/TQ/IR/TQOps.h"
#include "tico/Dialect/TQ/Transforms/Passes.h"

#include "mlir/Transforms/WalkPatternRewriteDriver.h"

namespace mlir::tico::tq {
#define GEN_PASS_DEF_TQFUSERMSNORMPASS
#include "tico/Dialect/TQ/Transforms/Passes.h.inc"
} // namespace mlir::tico::tq

using namespace mlir;
using namespace mlir::tico;
using namespace mlir::tico::tq;

namespace {

/// The operand of `op` other than `value`, or null when `value` is neither.
Value otherOperand(Operation *op, Value value) {
  if (op->getOperand(0) == value)
    return op->getOperand(1);
  if (op->getOperand(1) == value)
    return op->getOperand(0);
  return {};
}

/// True when `value` is x^2: pow(x, 2) or x * x.
bool isSquareOf(Value value, Value x) {
  if (auto pow = value.getDefiningOp<PowOp>())
    return pow.getLhs() == x && getScalarConstant(pow.getRhs()) == 2.0;
  if (auto mul = value.getDefiningOp<MulOp>())
    return mul.getLhs() == x && mul.getRhs() == x;
  return false;
}

/// The epsilon when `value` is mean(x^2, last dim, keepdim) + eps.
std::optional<double> matchMeanSquarePlusEps(Value value, Value x,
                                             std::string &why) {
  auto add = value.getDefiningOp<AddOp>();
  if (!add) {
    why = "the root is not of mean(x^2) + eps";
    return std::nullopt;
  }
  for (int side = 0; side < 2; ++side) {
    auto mean = add->getOperand(side).getDefiningOp<ReduceMeanOp>();
    std::optional<double> eps = getScalarConstant(add->getOperand(1 - side));
    if (!mean || !eps)
      continue;
    int64_t rank = cast<RankedTensorType>(x.getType()).getRank();
    ArrayRef<int64_t> axes = mean.getAxes();
    if (axes.size() != 1 || (axes[0] != -1 && axes[0] != rank - 1) ||
        !mean.getKeepdim()) {
      why = "the mean is not over the last dim with keepdim";
      return std::nullopt;
    }
    if (!isSquareOf(mean.getInput(), x)) {
      why = "the mean is not of the square of the normalized input";
      return std::nullopt;
    }
    if (*eps < 0) {
      why = "epsilon is negative";
      return std::nullopt;
    }
    return eps;
  }
  why = "the root is not of mean(x^2) + eps";
  return std::nullopt;
}

/// Matches `x * 1/sqrt(ms + eps)`, `x * rsqrt(ms + eps)` or
/// `x / sqrt(ms + eps)` at `op`; returns x and eps.
std::optional<std::pair<Value, double>> matchNormalize(Operation *op,
                                                       std::string &why) {
  Value x, root;
  if (auto div = dyn_cast<DivOp>(op)) {
    auto sqrt = div.getRhs().getDefiningOp<SqrtOp>();
    if (!sqrt)
      return std::nullopt;
    x = div.getLhs();
    root = sqrt.getInput();
  } else {
    auto mul = cast<MulOp>(op);
    for (int side = 0; side < 2 && !root; ++side) {
      Value inv = mul->getOperand(side);
      if (auto rsqrt = inv.getDefiningOp<RsqrtOp>()) {
        root = rsqrt.getInput();
      } else if (auto div = inv.getDefiningOp<DivOp>()) {
        auto sqrt = div.getRhs().getDefiningOp<SqrtOp>();
        if (sqrt && getScalarConstant(div.getLhs()) == 1.0)
          root = sqrt.getInput();
      }
      if (root)
        x = mul->getOperand(1 - side);
    }
    if (!root)
      return std::nullopt;
  }
  // The reciprocal 1 / sqrt(...) itself, or a normalization broadcast
  // beyond its input: nothing to fuse at this op.
  auto type = cast<RankedTensorType>(x.getType());
  if (type != op->getResult(0).getType() || type.getRank() == 0)
    return std::nullopt;
  if (!type.getElementType().isF32()) {
    why = "expected an f32 input";
    return std::nullopt;
  }
  std::optional<double> eps = matchMeanSquarePlusEps(root, x, why);
  if (!eps)
    return std::nullopt;
  return std::make_pair(x, *eps);
}

template <typename OpTy> struct FuseRmsNorm : RemarkingPattern<OpTy> {
  using RemarkingPattern<OpTy>::RemarkingPattern;

  LogicalResult matchAndRewrite(OpTy op,
                                PatternRewriter &rewriter) const override {
    std::string why;
    std::optional<std::pair<Value, double>> match = matchNormalize(op, why);
    if (!match) {
      // Only near misses (a 1/sqrt was found) deserve a remark.
      if (!why.empty())
        return this->leave(rewriter, op, why);
      return rewriter.notifyMatchFailure(op, "not x * 1/sqrt(...)");
    }
    auto [x, eps] = *match;
    auto type = cast<RankedTensorType>(x.getType());
    int64_t channels = type.getShape().back();
    // A following multiply by a constant [D] (or broadcastable to it)
    // vector is the weight.
    Operation *root = op;
    Value weight;
    if (op->hasOneUse())
      if (auto scale = dyn_cast<MulOp>(*op->user_begin())) {
        Value w = otherOperand(scale, op->getResult(0));
        auto wType = cast<RankedTensorType>(w.getType());
        if (scale.getType() == type && getConstantElements(w) &&
            wType.getNumElements() == channels && wType.getRank() >= 1 &&
            wType.getShape().back() == channels && wType.getRank() <= type.getRank()) {
          weight = createReshape(rewriter, w.getLoc(), w, {channels});
          root = scale;
        }
      }
    rewriter.setInsertionPoint(root);
    auto norm = RmsNormOp::create(rewriter, root->getLoc(), type, x, weight,
                                  rewriter.getF64FloatAttr(eps),
                                  rewriter.getBoolAttr(false));
    rewriter.replaceOp(root, norm.getResult());
    return success();
  }
};

struct TQFuseRmsNormPass
    : public tq::impl::TQFuseRmsNormPassBase<TQFuseRmsNormPass> {
  using Base::Base;

  void runOnOperation() override {
    RewritePatternSet patterns(&getContext());
    patterns.add<FuseRmsNorm<MulOp>, FuseRmsNorm<DivOp>>(&getContext(),
                                                         remarks);
    walkAndApplyPatterns(getOperation(), std::move(patterns));
    eraseDeadOps(getOperation());
  }
};

} // namespace
