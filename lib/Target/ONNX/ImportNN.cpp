//===- ImportNN.cpp - contractions, convolution, pooling, normalization ---===//
//
// MatMul, Gemm, Einsum (two operands, no diagonals, every summed letter in
// both operands), Softmax, Conv and AveragePool (2-D), LayerNormalization
// (statistics outputs and any axis for static shapes).
//
//===----------------------------------------------------------------------===//

#include "ImportContext.h"

using namespace mlir;
using namespace mlir::tico;
using namespace mlir::tico::onnx_import;

namespace {

LogicalResult convertMatMul(NodeContext &ctx,
                            SmallVectorImpl<Value> &results) {
  Value lhs = ctx.input(0), rhs = ctx.input(1);
  RankedTensorType lt = ctx.inputType(0), rt = ctx.inputType(1);
  if (lt.getRank() == 0 || rt.getRank() == 0)
    return ctx.emitError() << "operands must not be scalars";
  if (lt.getElementType() != rt.getElementType() ||
      !isa<FloatType>(lt.getElementType()))
    return ctx.notSupported("MatMul of non-float operands");
  // numpy: a 1-D lhs is a row vector, a 1-D rhs a column vector, and the
  // added dim is removed from the result.
  bool lhsVector = lt.getRank() == 1, rhsVector = rt.getRank() == 1;
  if (lhsVector) {
    lt = RankedTensorType::get({1, lt.getDimSize(0)}, lt.getElementType());
    lhs = ctx.create<tq::UnsqueezeOp>(lt, lhs, ArrayRef<int64_t>{0});
  }
  if (rhsVector) {
    rt = RankedTensorType::get({rt.getDimSize(0), 1}, rt.getElementType());
    rhs = ctx.create<tq::UnsqueezeOp>(rt, rhs, ArrayRef<int64_t>{1});
  }
  FailureOr<SmallVector<int64_t>> batch = broadcastShapes(
      lt.getShape().drop_back(2), rt.getShape().drop_back(2));
  if (failed(batch))
    return ctx.emitError() << "batch dims of " << lt << " and " << rt
                           << " do not broadcast";
  SmallVector<int64_t> shape(*batch);
  shape.push_back(lt.getDimSize(lt.getRank() - 2));
  shape.push_back(rt.getDimSize(rt.getRank() - 1));
  auto type = RankedTensorType::get(shape, lt.getElementType());
  Value result = ctx.create<tq::MatmulOp>(type, lhs, rhs, false, false);
  SmallVector<int64_t> drop;
  if (lhsVector)
    drop.push_back(type.getRank() - 2);
  if (rhsVector)
    drop.push_back(type.getRank() - 1);
  if (!drop.empty()) {
    SmallVector<int64_t> squeezed;
    for (int64_t r = 0; r < type.getRank(); ++r)
      if (!llvm::is_contained(drop, r))
        squeezed.push_back(shape[r]);
    result =
        ctx.create<tq::SqueezeOp>(type.clone(squeezed), result, drop);
  }
  results.push_back(result);
  return success();
}

/// Y = alpha * A' B' + beta * C.
LogicalResult convertGemm(NodeContext &ctx, SmallVectorImpl<Value> &results) {
  RankedTensorType at = ctx.inputType(0), bt = ctx.inputType(1);
  if (!isa<FloatType>(at.getElementType()))
    return ctx.notSupported("Gemm of non-float operands");
  bool transA = ctx.getInt("transA", 0) != 0;
  bool transB = ctx.getInt("transB", 0) != 0;
  double alpha = ctx.getFloat("alpha", 1.0), beta = ctx.getFloat("beta", 1.0);
  Type element = at.getElementType();
  auto type = RankedTensorType::get(
      {at.getDimSize(transA ? 1 : 0), bt.getDimSize(transB ? 0 : 1)}, element);
  Value y = ctx.create<tq::MatmulOp>(type, ctx.input(0), ctx.input(1), transA,
                                     transB);
  if (alpha != 1.0)
    y = ctx.create<tq::MulOp>(type, y, ctx.scalarConstant(element, alpha));
  if (ctx.hasInput(2) && beta != 0.0) {
    Value c = ctx.input(2);
    if (beta != 1.0)
      c = ctx.create<tq::MulOp>(c.getType(), c,
                                ctx.scalarConstant(element, beta));
    FailureOr<SmallVector<int64_t>> shape = broadcastShapes(
        type.getShape(), cast<RankedTensorType>(c.getType()).getShape());
    if (failed(shape))
      return ctx.emitError() << "C does not broadcast to " << type;
    y = ctx.create<tq::AddOp>(type.clone(*shape), y, c);
  }
  results.push_back(y);
  return success();
}

LogicalResult convertSoftmax(NodeContext &ctx,
                             SmallVectorImpl<Value> &results) {
  RankedTensorType type = ctx.inputType(0);
  FailureOr<int64_t> axis =
      normalizeAxis(ctx, ctx.getInt("axis", -1), type.getRank());
  if (failed(axis))
    return failure();
  results.push_back(ctx.create<tq::SoftmaxOp>(type, ctx.input(0), *axis));
  return success();
}

/// Pads of a 2-D window op as [top, left, bottom, right], from `pads` or
/// `auto_pad`.
FailureOr<SmallVector<int64_t>>
getPads2D(NodeContext &ctx, RankedTensorType input, ArrayRef<int64_t> kernel,
          ArrayRef<int64_t> strides, ArrayRef<int64_t> dilations) {
  std::string autoPad = ctx.getString("auto_pad", "NOTSET");
  SmallVector<int64_t> pads = ctx.getInts("pads", {0, 0, 0, 0});
  if (pads.size() != 4)
    return ctx.emitError() << "expected 4 pads, got " << pads.size();
  if (autoPad == "NOTSET")
    return pads;
  if (autoPad == "VALID")
    return SmallVector<int64_t>{0, 0, 0, 0};
  if (autoPad != "SAME_UPPER" && autoPad != "SAME_LOWER")
    return ctx.emitError() << "unknown auto_pad '" << autoPad << "'";
  for (int i = 0; i < 2; ++i) {
    int64_t in = input.getDimSize(2 + i);
    if (ShapedType::isDynamic(in))
      return ctx.notSupported("auto_pad on a dynamic spatial dim");
    int64_t out = llvm::divideCeil(in, strides[i]);
    int64_t total = std::max<int64_t>(
        0, (out - 1) * strides[i] + (kernel[i] - 1) * dilations[i] + 1 - in);
    int64_t small = total / 2, large = total - small;
    pads[i] = autoPad == "SAME_UPPER" ? small : large;
    pads[i + 2] = autoPad == "SAME_UPPER" ? large : small;
  }
  return pads;
}

int64_t windowOut(int64_t in, int64_t padBegin, int64_t padEnd, int64_t kernel,
                  int64_t stride, int64_t dilation) {
  if (ShapedType::isDynamic(in))
    return ShapedType::kDynamic;
  return (in + padBegin + padEnd - dilation * (kernel - 1) - 1) / stride + 1;
}

LogicalResult convertConv(NodeContext &ctx, SmallVectorImpl<Value> &results) {
  RankedTensorType xt = ctx.inputType(0), wt = ctx.inputType(1);
  if (xt.getRank() != 4)
    return ctx.notSupported("Conv of rank " + Twine(xt.getRank()) +
                            " (only 2-D, NCHW)");
  if (!wt.hasStaticShape())
    return ctx.notSupported("Conv with a dynamic weight shape");
  SmallVector<int64_t> kernel{wt.getDimSize(2), wt.getDimSize(3)};
  SmallVector<int64_t> strides = ctx.getInts("strides", {1, 1});
  SmallVector<int64_t> dilations = ctx.getInts("dilations", {1, 1});
  int64_t group = ctx.getInt("group", 1);
  FailureOr<SmallVector<int64_t>> pads =
      getPads2D(ctx, xt, kernel, strides, dilations);
  if (failed(pads))
    return failure();
  SmallVector<int64_t> shape{xt.getDimSize(0), wt.getDimSize(0)};
  for (int i = 0; i < 2; ++i)
    shape.push_back(windowOut(xt.getDimSize(2 + i), (*pads)[i],
                              (*pads)[i + 2], kernel[i], strides[i],
                              dilations[i]));
  Value bias = ctx.hasInput(2) ? ctx.input(2) : Value();
  results.push_back(ctx.create<tq::Conv2DOp>(xt.clone(shape), ctx.input(0),
                                             ctx.input(1), bias, strides,
                                             *pads, dilations, group));
  return success();
}

LogicalResult convertAveragePool(NodeContext &ctx,
                                 SmallVectorImpl<Value> &results) {
  RankedTensorType xt = ctx.inputType(0);
  if (xt.getRank() != 4)
    return ctx.notSupported("AveragePool of rank " + Twine(xt.getRank()) +
                            " (only 2-D, NCHW)");
  if (ctx.getInt("ceil_mode", 0) != 0)
    return ctx.notSupported("ceil_mode = 1");
  SmallVector<int64_t> kernel = ctx.getInts("kernel_shape");
  if (kernel.size() != 2)
    return ctx.emitError() << "expected a 2-D kernel_shape";
  SmallVector<int64_t> strides = ctx.getInts("strides", {1, 1});
  SmallVector<int64_t> ones{1, 1};
  FailureOr<SmallVector<int64_t>> pads =
      getPads2D(ctx, xt, kernel, strides, ones);
  if (failed(pads))
    return failure();
  for (int i = 0; i < 4; ++i)
    if (2 * (*pads)[i] > kernel[i % 2])
      return ctx.notSupported("padding larger than half the kernel");
  SmallVector<int64_t> shape{xt.getDimSize(0), xt.getDimSize(1)};
  for (int i = 0; i < 2; ++i)
    shape.push_back(windowOut(xt.getDimSize(2 + i), (*pads)[i],
                              (*pads)[i + 2], kernel[i], strides[i], 1));
  results.push_back(ctx.create<tq::AvgPool2DOp>(
      xt.clone(shape), ctx.input(0), kernel, strides, *pads,
      ctx.getInt("count_include_pad", 0) != 0));
  return success();
}

/// Over the last axis with no statistics outputs this is one
/// tq.layer_norm. Otherwise (static shapes) x is viewed as [outer, inner]
/// with inner = prod(shape[axis:]), normalized over its last dim, and the
/// Mean / InvStdDev outputs are computed from the same view.
LogicalResult convertLayerNorm(NodeContext &ctx,
                               SmallVectorImpl<Value> &results) {
  RankedTensorType xt = ctx.inputType(0);
  int64_t rank = xt.getRank();
  FailureOr<int64_t> axis =
      normalizeAxis(ctx, ctx.getInt("axis", -1), rank);
  if (failed(axis))
    return failure();
  if (ctx.getInt("stash_type", 1) != 1)
    return ctx.notSupported("stash_type other than float");
  bool wantStats = false;
  for (unsigned i = 1; i < ctx.getNumOutputs(); ++i)
    wantStats |= !ctx.getNode().outputs[i].empty();
  bool direct = *axis == rank - 1 && !wantStats;
  if (!direct && !xt.hasStaticShape())
    return ctx.notSupported("a dynamic shape with axis != -1 or the Mean and "
                            "InvStdDev outputs");
  int64_t outer = 1, inner = 1;
  for (int64_t r = 0; r < rank; ++r)
    (r < *axis ? outer : inner) *= xt.getDimSize(r);
  Type element = xt.getElementType();
  // tq.layer_norm takes 1-D weight and bias.
  auto toVector = [&](unsigned i) -> FailureOr<Value> {
    if (!ctx.hasInput(i))
      return Value();
    Value v = ctx.input(i);
    auto t = cast<RankedTensorType>(v.getType());
    if (t.getRank() == 1)
      return v;
    if (!t.hasStaticShape() || t.getNumElements() != inner)
      return ctx.notSupported("a scale or bias that does not cover the "
                              "normalized dims");
    return ctx.create<tq::ReshapeOp>(t.clone({inner}), v).getResult();
  };
  FailureOr<Value> weight = toVector(1), bias = toVector(2);
  if (failed(weight) || failed(bias))
    return failure();
  double epsilon = ctx.getFloat("epsilon", 1e-5);
  FloatAttr epsAttr = ctx.getBuilder().getF64FloatAttr(epsilon);
  if (direct) {
    results.push_back(ctx.create<tq::LayerNormOp>(xt, ctx.input(0), *weight,
                                                  *bias, epsAttr));
    return success();
  }
  auto flat = RankedTensorType::get({outer, inner}, element);
  Value x2 = ctx.create<tq::ReshapeOp>(flat, ctx.input(0));
  Value y2 = ctx.create<tq::LayerNormOp>(flat, x2, *weight, *bias, epsAttr);
  results.push_back(ctx.create<tq::ReshapeOp>(xt, y2));
  if (!wantStats)
    return success();
  SmallVector<int64_t> statShape(xt.getShape().take_front(*axis));
  statShape.append(rank - *axis, 1);
  auto column = RankedTensorType::get({outer, 1}, element);
  auto statType = RankedTensorType::get(statShape, element);
  SmallVector<int64_t> lastAxis{1};
  Value mean = ctx.create<tq::ReduceMeanOp>(column, x2, lastAxis, true);
  Value centered = ctx.create<tq::SubOp>(flat, x2, mean);
  Value square = ctx.create<tq::MulOp>(flat, centered, centered);
  Value var = ctx.create<tq::ReduceMeanOp>(column, square, lastAxis, true);
  Value inv = ctx.create<tq::RsqrtOp>(
      column, ctx.create<tq::AddOp>(column, var,
                                    ctx.scalarConstant(element, epsilon)));
  results.push_back(ctx.create<tq::ReshapeOp>(statType, mean));
  results.push_back(ctx.create<tq::ReshapeOp>(statType, inv));
  return success();
}

/// One operand's letters with "..." expanded to `ellipsis` (right-aligned:
/// an operand with fewer broadcast dims takes the last ones).
FailureOr<std::string> expandEllipsis(NodeContext &ctx, StringRef term,
                                      int64_t rank, StringRef ellipsis) {
  size_t pos = term.find("...");
  if (pos == StringRef::npos) {
    if (int64_t(term.size()) != rank)
      return ctx.emitError() << "term '" << term << "' does not match rank "
                             << rank;
    return term.str();
  }
  int64_t count = rank - int64_t(term.size() - 3);
  if (count < 0 || count > int64_t(ellipsis.size()))
    return ctx.emitError() << "term '" << term << "' does not match rank "
                           << rank;
  return (term.take_front(pos) + ellipsis.take_back(count) +
          term.drop_front(pos + 3))
      .str();
}

Value transposeIfNeeded(NodeContext &ctx, Value v, ArrayRef<int64_t> perm) {
  bool identity = true;
  for (auto [i, p] : llvm::enumerate(perm))
    identity &= int64_t(i) == p;
  if (identity)
    return v;
  auto type = cast<RankedTensorType>(v.getType());
  SmallVector<int64_t> shape;
  for (int64_t p : perm)
    shape.push_back(type.getDimSize(p));
  return ctx.create<tq::TransposeOp>(type.clone(shape), v, perm);
}

/// Sums away the letters of `term` that `keep` rejects.
Value sumLetters(NodeContext &ctx, Value v, std::string &term,
                 function_ref<bool(char)> keep) {
  SmallVector<int64_t> axes;
  std::string kept;
  for (auto [i, c] : llvm::enumerate(term)) {
    if (keep(c))
      kept += c;
    else
      axes.push_back(int64_t(i));
  }
  if (axes.empty())
    return v;
  auto type = cast<RankedTensorType>(v.getType());
  SmallVector<int64_t> shape;
  for (int64_t r = 0; r < type.getRank(); ++r)
    if (!llvm::is_contained(axes, r))
      shape.push_back(type.getDimSize(r));
  term = kept;
  return ctx.create<tq::ReduceSumOp>(type.clone(shape), v, axes, false);
}

/// Einsum with one or two operands: letters only in one operand and not in
/// the output are summed first; two operands become one batched matmul
/// ([batch, lhs-only, summed] x [batch, summed, rhs-only]) on static
/// shapes. No repeated letter within a term (diagonals).
LogicalResult convertEinsum(NodeContext &ctx,
                            SmallVectorImpl<Value> &results) {
  std::string equation;
  for (char c : ctx.getString("equation", ""))
    if (c != ' ')
      equation += c;
  auto [lhsTerms, outTerm] = StringRef(equation).split("->");
  bool explicitOut = StringRef(equation).contains("->");
  SmallVector<StringRef> terms;
  lhsTerms.split(terms, ',');
  unsigned n = ctx.getNumInputs();
  if (terms.size() != n || n < 1 || n > 2)
    return ctx.notSupported("Einsum with " + Twine(n) +
                            " operands (one or two are)");
  int64_t ellipsisRank = 0;
  for (unsigned i = 0; i < n; ++i)
    if (terms[i].contains("..."))
      ellipsisRank = std::max<int64_t>(
          ellipsisRank, ctx.inputType(i).getRank() - (terms[i].size() - 3));
  std::string ellipsis;
  for (int64_t i = 0; i < ellipsisRank; ++i)
    ellipsis += char('A' + i);
  SmallVector<std::string> letters;
  SmallVector<Value> operands;
  for (unsigned i = 0; i < n; ++i) {
    FailureOr<std::string> term = expandEllipsis(
        ctx, terms[i], ctx.inputType(i).getRank(), ellipsis);
    if (failed(term))
      return failure();
    for (size_t a = 0; a < term->size(); ++a)
      if (term->find((*term)[a], a + 1) != std::string::npos)
        return ctx.notSupported("repeated index '" + Twine((*term)[a]) +
                                "' (diagonal) in Einsum");
    letters.push_back(*term);
    operands.push_back(ctx.input(i));
  }
  std::string out;
  if (explicitOut) {
    FailureOr<std::string> expanded =
        expandEllipsis(ctx, outTerm,
                       outTerm.contains("...")
                           ? int64_t(outTerm.size() - 3) + ellipsisRank
                           : int64_t(outTerm.size()),
                       ellipsis);
    if (failed(expanded))
      return failure();
    out = *expanded;
  } else {
    // Implicit output: the ellipsis, then letters seen once, sorted.
    std::string once;
    for (char c = 'a'; c <= 'z'; ++c) {
      int count = 0;
      for (auto &t : letters)
        count += llvm::count(t, c);
      if (count == 1)
        once += c;
    }
    out = ellipsis + once;
  }
  auto in = [](const std::string &s, char c) {
    return s.find(c) != std::string::npos;
  };
  // Sum letters that appear in neither the output nor the other operand.
  for (unsigned i = 0; i < n; ++i) {
    const std::string *other = n == 2 ? &letters[1 - i] : nullptr;
    operands[i] = sumLetters(ctx, operands[i], letters[i], [&](char c) {
      return in(out, c) || (other && in(*other, c));
    });
  }
  Type element = ctx.inputType(0).getElementType();
  if (n == 1) {
    SmallVector<int64_t> perm;
    for (char c : out)
      perm.push_back(int64_t(letters[0].find(c)));
    results.push_back(transposeIfNeeded(ctx, operands[0], perm));
    return success();
  }
  auto lt = cast<RankedTensorType>(operands[0].getType());
  auto rt = cast<RankedTensorType>(operands[1].getType());
  if (!lt.hasStaticShape() || !rt.hasStaticShape())
    return ctx.notSupported("Einsum of dynamic shapes");
  std::string batch, lfree, rfree, contract;
  for (char c : letters[0]) {
    if (in(letters[1], c))
      (in(out, c) ? batch : contract) += c;
    else
      lfree += c;
  }
  for (char c : letters[1])
    if (!in(letters[0], c))
      rfree += c;
  auto dimOf = [&](char c) {
    size_t l = letters[0].find(c);
    if (l != std::string::npos)
      return lt.getDimSize(l);
    return rt.getDimSize(letters[1].find(c));
  };
  for (char c : batch + contract)
    if (lt.getDimSize(letters[0].find(c)) != rt.getDimSize(letters[1].find(c)))
      return ctx.notSupported("Einsum with broadcast index '" + Twine(c) + "'");
  auto product = [&](const std::string &s) {
    int64_t p = 1;
    for (char c : s)
      p *= dimOf(c);
    return p;
  };
  auto permFor = [](const std::string &term, const std::string &order) {
    SmallVector<int64_t> perm;
    for (char c : order)
      perm.push_back(int64_t(term.find(c)));
    return perm;
  };
  int64_t b = product(batch), m = product(lfree), k = product(contract),
          nn = product(rfree);
  Value lhs = transposeIfNeeded(ctx, operands[0],
                                permFor(letters[0], batch + lfree + contract));
  Value rhs = transposeIfNeeded(ctx, operands[1],
                                permFor(letters[1], batch + contract + rfree));
  auto reshape = [&](Value v, ArrayRef<int64_t> shape) -> Value {
    auto type = RankedTensorType::get(shape, element);
    return v.getType() == type ? v : ctx.create<tq::ReshapeOp>(type, v);
  };
  lhs = reshape(lhs, {b, m, k});
  rhs = reshape(rhs, {b, k, nn});
  Value y = ctx.create<tq::MatmulOp>(RankedTensorType::get({b, m, nn}, element),
                                     lhs, rhs, false, false);
  std::string order = batch + lfree + rfree;
  SmallVector<int64_t> shape;
  for (char c : order)
    shape.push_back(dimOf(c));
  y = reshape(y, shape);
  if (order.size() != out.size())
    return ctx.emitError() << "output letters '" << out
                           << "' do not match the operands";
  results.push_back(transposeIfNeeded(ctx, y, permFor(order, out)));
  return success();
}

} // namespace

void mlir::tico::onnx_import::registerNNConverters(
    ConverterRegistry &registry) {
  registry.add("MatMul", convertMatMul);
  registry.add("Gemm", convertGemm);
  registry.add("Softmax", convertSoftmax);
  registry.add("Conv", convertConv);
  registry.add("AveragePool", convertAveragePool);
  registry.add("LayerNormalization", convertLayerNorm);
  registry.add("Einsum", convertEinsum);
}
