//===- ImportShape.cpp - shape computation and data movement --------------===//
//
// Shape, Reshape, Transpose, Slice, Concat, Split, Squeeze, Unsqueeze,
// Expand, Gather, GatherElements, ConstantOfShape, Range, Trilu. Shape operands
// (Reshape's shape, Slice's starts, ...) must be constants; a chain of
// Shape/Gather/Concat/... on static shapes is folded to one by the importer
// before the consumer is converted.
//
//===----------------------------------------------------------------------===//

#include "ImportContext.h"

#include "tico/Support/CheckedShape.h"

#include "llvm/Support/CheckedArithmetic.h"
#include "llvm/Support/MathExtras.h"

using namespace mlir;
using namespace mlir::tico;
using namespace mlir::tico::onnx_import;

namespace {

RankedTensorType i64Type(NodeContext &ctx, ArrayRef<int64_t> shape) {
  return RankedTensorType::get(shape, ctx.getBuilder().getIntegerType(64));
}

LogicalResult convertShape(NodeContext &ctx, SmallVectorImpl<Value> &results) {
  RankedTensorType type = ctx.inputType(0);
  int64_t rank = type.getRank();
  int64_t start = ctx.getInt("start", 0), end = ctx.getInt("end", rank);
  auto clampIndex = [&](int64_t i) {
    return std::clamp<int64_t>(i < 0 ? i + rank : i, 0, rank);
  };
  start = clampIndex(start);
  end = std::max(clampIndex(end), start);
  SmallVector<int64_t> dims(type.getShape().slice(start, end - start));
  for (auto [i, d] : llvm::enumerate(dims))
    if (ShapedType::isDynamic(d))
      return ctx.notSupported("Shape of dynamic dim " + Twine(start + i) +
                              " (fix it with --input-shape)");
  results.push_back(ctx.intConstant(i64Type(ctx, {int64_t(dims.size())}), dims));
  return success();
}

LogicalResult convertReshape(NodeContext &ctx,
                             SmallVectorImpl<Value> &results) {
  RankedTensorType type = ctx.inputType(0);
  FailureOr<SmallVector<int64_t>> spec = ctx.requireConstantInts(1, "shape");
  if (failed(spec))
    return failure();
  if (!type.hasStaticShape())
    return ctx.notSupported("Reshape of a dynamic shape " + Twine("(input ") +
                            ctx.getNode().inputs[0] + ")");
  bool allowZero = ctx.getInt("allowzero", 0) != 0;
  SmallVector<int64_t> shape;
  int64_t inferred = -1, known = 1;
  for (auto [i, d] : llvm::enumerate(*spec)) {
    if (d == 0 && !allowZero) {
      if (int64_t(i) >= type.getRank())
        return ctx.emitError() << "shape entry " << i
                               << " copies a dim the input does not have";
      d = type.getDimSize(i);
    }
    if (d == -1) {
      if (inferred >= 0)
        return ctx.emitError() << "shape has more than one -1";
      inferred = int64_t(i);
      shape.push_back(1);
      continue;
    }
    if (d < 0)
      return ctx.emitError() << "invalid shape entry " << d;
    std::optional<int64_t> product = llvm::checkedMul(known, d);
    if (!product)
      return ctx.emitError() << "shape's element count overflows 64 bits";
    known = *product;
    shape.push_back(d);
  }
  int64_t total = type.getNumElements();
  if (inferred >= 0) {
    if (known == 0 || total % known != 0)
      return ctx.emitError() << "cannot infer the -1 dim of "
                             << type.getNumElements() << " elements";
    shape[inferred] = total / known;
  } else if (known != total) {
    return ctx.emitError() << "shape holds " << known << " elements, input "
                           << total;
  }
  results.push_back(
      ctx.create<tq::ReshapeOp>(type.clone(shape), ctx.input(0)));
  return success();
}

LogicalResult convertTranspose(NodeContext &ctx,
                               SmallVectorImpl<Value> &results) {
  RankedTensorType type = ctx.inputType(0);
  int64_t rank = type.getRank();
  SmallVector<int64_t> perm;
  for (int64_t i = rank - 1; i >= 0; --i)
    perm.push_back(i);
  perm = ctx.getInts("perm", perm);
  SmallVector<int64_t> shape;
  for (int64_t p : perm) {
    if (p < 0 || p >= rank)
      return ctx.emitError() << "perm entry " << p << " out of range";
    shape.push_back(type.getDimSize(p));
  }
  results.push_back(
      ctx.create<tq::TransposeOp>(type.clone(shape), ctx.input(0), perm));
  return success();
}

LogicalResult convertSlice(NodeContext &ctx, SmallVectorImpl<Value> &results) {
  RankedTensorType type = ctx.inputType(0);
  int64_t rank = type.getRank();
  FailureOr<SmallVector<int64_t>> starts = ctx.requireConstantInts(1, "starts");
  FailureOr<SmallVector<int64_t>> ends = ctx.requireConstantInts(2, "ends");
  if (failed(starts) || failed(ends))
    return failure();
  SmallVector<int64_t> axes, steps(starts->size(), 1);
  if (ctx.hasInput(3)) {
    FailureOr<SmallVector<int64_t>> a = ctx.requireConstantInts(3, "axes");
    if (failed(a))
      return failure();
    axes = *a;
  } else {
    for (int64_t i = 0; i < int64_t(starts->size()); ++i)
      axes.push_back(i);
  }
  if (ctx.hasInput(4)) {
    FailureOr<SmallVector<int64_t>> s = ctx.requireConstantInts(4, "steps");
    if (failed(s))
      return failure();
    steps = *s;
  }
  if (axes.size() != starts->size() || ends->size() != starts->size() ||
      steps.size() != starts->size())
    return ctx.emitError() << "starts, ends, axes and steps differ in length";
  SmallVector<int64_t> start(rank, 0), end(type.getShape()), step(rank, 1);
  for (int64_t r = 0; r < rank; ++r)
    if (ShapedType::isDynamic(end[r]))
      end[r] = std::numeric_limits<int64_t>::max();
  for (size_t i = 0; i < axes.size(); ++i) {
    FailureOr<int64_t> axis = normalizeAxis(ctx, axes[i], rank);
    if (failed(axis))
      return failure();
    if (steps[i] <= 0)
      return ctx.notSupported("non-positive slice step " + Twine(steps[i]));
    start[*axis] = (*starts)[i];
    end[*axis] = (*ends)[i];
    step[*axis] = steps[i];
  }
  SmallVector<int64_t> shape;
  for (int64_t r = 0; r < rank; ++r) {
    auto bounds = tq::SliceOp::normalizeBounds(type.getDimSize(r), start[r],
                                               end[r]);
    if (!bounds) {
      bool whole = start[r] == 0 && step[r] == 1 &&
                   end[r] >= std::numeric_limits<int32_t>::max();
      if (!whole)
        return ctx.notSupported("a partial Slice of dynamic dim " + Twine(r));
      shape.push_back(ShapedType::kDynamic);
      continue;
    }
    start[r] = bounds->first;
    end[r] = bounds->second;
    shape.push_back(llvm::divideCeil(
        std::max<int64_t>(0, bounds->second - bounds->first), step[r]));
  }
  results.push_back(ctx.create<tq::SliceOp>(type.clone(shape), ctx.input(0),
                                            start, end, step));
  return success();
}

LogicalResult convertConcat(NodeContext &ctx,
                            SmallVectorImpl<Value> &results) {
  SmallVector<Value> inputs;
  for (unsigned i = 0; i < ctx.getNumInputs(); ++i)
    inputs.push_back(ctx.input(i));
  RankedTensorType first = ctx.inputType(0);
  FailureOr<int64_t> axis =
      normalizeAxis(ctx, ctx.getInt("axis", 0), first.getRank());
  if (failed(axis))
    return failure();
  SmallVector<int64_t> shape(first.getShape());
  shape[*axis] = 0;
  for (Value v : inputs) {
    auto t = cast<RankedTensorType>(v.getType());
    for (int64_t r = 0; r < first.getRank(); ++r) {
      int64_t d = t.getDimSize(r);
      if (r == *axis)
        shape[r] = ShapedType::isDynamic(d) || ShapedType::isDynamic(shape[r])
                       ? ShapedType::kDynamic
                       : shape[r] + d;
      else if (ShapedType::isDynamic(shape[r]))
        shape[r] = d;
    }
  }
  results.push_back(
      ctx.create<tq::ConcatOp>(first.clone(shape), inputs, *axis));
  return success();
}

LogicalResult convertSplit(NodeContext &ctx, SmallVectorImpl<Value> &results) {
  RankedTensorType type = ctx.inputType(0);
  FailureOr<int64_t> axis =
      normalizeAxis(ctx, ctx.getInt("axis", 0), type.getRank());
  if (failed(axis))
    return failure();
  int64_t dim = type.getDimSize(*axis);
  SmallVector<int64_t> sizes;
  if (ctx.hasInput(1)) {
    FailureOr<SmallVector<int64_t>> s = ctx.requireConstantInts(1, "split");
    if (failed(s))
      return failure();
    sizes = *s;
  } else {
    int64_t n = ctx.getNumOutputs();
    if (ShapedType::isDynamic(dim))
      return ctx.notSupported("an even Split of a dynamic dim");
    // Like ONNX 18's num_outputs: the last piece may be smaller.
    int64_t piece = llvm::divideCeil(dim, n);
    for (int64_t i = 0; i < n; ++i)
      sizes.push_back(std::min(piece, dim - i * piece));
  }
  SmallVector<Type> types;
  for (int64_t s : sizes) {
    SmallVector<int64_t> shape(type.getShape());
    shape[*axis] = s;
    types.push_back(type.clone(shape));
  }
  auto op = ctx.create<tq::SplitOp>(types, ctx.input(0), *axis, sizes);
  for (Value v : op.getResults())
    results.push_back(v);
  return success();
}

/// Squeeze/Unsqueeze axes: the `axes` input (opset 13+).
FailureOr<SmallVector<int64_t>> getAxes(NodeContext &ctx, unsigned index) {
  if (!ctx.hasInput(index))
    return SmallVector<int64_t>();
  return ctx.requireConstantInts(index, "axes");
}

LogicalResult convertSqueeze(NodeContext &ctx,
                             SmallVectorImpl<Value> &results) {
  RankedTensorType type = ctx.inputType(0);
  FailureOr<SmallVector<int64_t>> axes = getAxes(ctx, 1);
  if (failed(axes))
    return failure();
  SmallVector<int64_t> dims;
  if (axes->empty()) {
    for (int64_t r = 0; r < type.getRank(); ++r) {
      if (ShapedType::isDynamic(type.getDimSize(r)))
        return ctx.notSupported("Squeeze without axes of a dynamic shape");
      if (type.getDimSize(r) == 1)
        dims.push_back(r);
    }
  } else {
    for (int64_t a : *axes) {
      FailureOr<int64_t> axis = normalizeAxis(ctx, a, type.getRank());
      if (failed(axis))
        return failure();
      dims.push_back(*axis);
    }
  }
  llvm::sort(dims);
  SmallVector<int64_t> shape;
  for (int64_t r = 0; r < type.getRank(); ++r)
    if (!llvm::is_contained(dims, r))
      shape.push_back(type.getDimSize(r));
  results.push_back(
      ctx.create<tq::SqueezeOp>(type.clone(shape), ctx.input(0), dims));
  return success();
}

LogicalResult convertUnsqueeze(NodeContext &ctx,
                               SmallVectorImpl<Value> &results) {
  RankedTensorType type = ctx.inputType(0);
  FailureOr<SmallVector<int64_t>> axes = getAxes(ctx, 1);
  if (failed(axes))
    return failure();
  int64_t rank = type.getRank() + axes->size();
  SmallVector<int64_t> dims;
  for (int64_t a : *axes) {
    FailureOr<int64_t> axis = normalizeAxis(ctx, a, rank);
    if (failed(axis))
      return failure();
    dims.push_back(*axis);
  }
  llvm::sort(dims);
  SmallVector<int64_t> shape;
  const int64_t *next = type.getShape().begin();
  for (int64_t r = 0; r < rank; ++r)
    shape.push_back(llvm::is_contained(dims, r) ? 1 : *next++);
  results.push_back(
      ctx.create<tq::UnsqueezeOp>(type.clone(shape), ctx.input(0), dims));
  return success();
}

LogicalResult convertExpand(NodeContext &ctx,
                            SmallVectorImpl<Value> &results) {
  RankedTensorType type = ctx.inputType(0);
  FailureOr<SmallVector<int64_t>> target = ctx.requireConstantInts(1, "shape");
  if (failed(target))
    return failure();
  FailureOr<SmallVector<int64_t>> shape =
      broadcastShapes(type.getShape(), *target);
  if (failed(shape))
    return ctx.emitError() << "cannot expand " << type << " to the shape ["
                           << llvm::make_range(target->begin(), target->end())
                           << "]";
  results.push_back(
      ctx.create<tq::BroadcastOp>(type.clone(*shape), ctx.input(0)));
  return success();
}

LogicalResult convertGather(NodeContext &ctx,
                            SmallVectorImpl<Value> &results) {
  RankedTensorType type = ctx.inputType(0);
  RankedTensorType indices = ctx.inputType(1);
  FailureOr<int64_t> axis =
      normalizeAxis(ctx, ctx.getInt("axis", 0), type.getRank());
  if (failed(axis))
    return failure();
  SmallVector<int64_t> shape(type.getShape().take_front(*axis));
  llvm::append_range(shape, indices.getShape());
  llvm::append_range(shape, type.getShape().drop_front(*axis + 1));
  results.push_back(ctx.create<tq::GatherOp>(type.clone(shape), ctx.input(0),
                                             ctx.input(1), *axis));
  return success();
}

LogicalResult convertGatherElements(NodeContext &ctx,
                                    SmallVectorImpl<Value> &results) {
  RankedTensorType type = ctx.inputType(0);
  FailureOr<int64_t> axis =
      normalizeAxis(ctx, ctx.getInt("axis", 0), type.getRank());
  if (failed(axis))
    return failure();
  results.push_back(ctx.create<tq::GatherElementsOp>(
      ctx.inputType(1).clone(type.getElementType()), ctx.input(0),
      ctx.input(1), *axis));
  return success();
}

LogicalResult convertConstantOfShape(NodeContext &ctx,
                                     SmallVectorImpl<Value> &results) {
  FailureOr<SmallVector<int64_t>> shape = ctx.requireConstantInts(0, "shape");
  if (failed(shape))
    return failure();
  // Checked here: the splat attribute below is built from the shape.
  if (!getCheckedNumElements(*shape))
    return ctx.emitError() << "invalid shape ["
                           << llvm::make_range(shape->begin(), shape->end())
                           << "]: negative entry or element count over 64 bits";
  Builder &b = ctx.getBuilder();
  Attribute splat = b.getF32FloatAttr(0.0f);
  Type element = b.getF32Type();
  if (const AttrValue *value = ctx.getAttr("value");
      value && value->kind == AttrValue::Tensor) {
    TensorData &t = *value->tensor;
    FailureOr<Value> one = ctx.tensorConstant(t);
    if (failed(one))
      return failure();
    auto attr = cast<DenseElementsAttr>(
        one->getDefiningOp<tq::ConstantOp>().getValue());
    if (attr.getNumElements() != 1)
      return ctx.emitError() << "value must hold one element";
    element = attr.getElementType();
    splat = *attr.value_begin<Attribute>();
    one->getDefiningOp()->erase();
  }
  auto type = RankedTensorType::get(*shape, element);
  results.push_back(
      ctx.create<tq::ConstantOp>(type, DenseElementsAttr::get(type, splat)));
  return success();
}

LogicalResult convertRange(NodeContext &ctx, SmallVectorImpl<Value> &results) {
  Type element = ctx.inputType(0).getElementType();
  double start, limit, delta;
  if (isa<FloatType>(element)) {
    auto s = ctx.matchConstantFloats(0), l = ctx.matchConstantFloats(1),
         d = ctx.matchConstantFloats(2);
    if (!s || !l || !d)
      return ctx.notSupported("Range with runtime bounds");
    start = s->front(), limit = l->front(), delta = d->front();
  } else {
    auto s = ctx.matchConstantInts(0), l = ctx.matchConstantInts(1),
         d = ctx.matchConstantInts(2);
    if (!s || !l || !d)
      return ctx.notSupported("Range with runtime bounds");
    start = double(s->front()), limit = double(l->front()),
    delta = double(d->front());
  }
  if (delta == 0)
    return ctx.emitError() << "delta is 0";
  // In double, as the ONNX reference does; a count that does not fit the
  // largest tensor we accept is refused before it is converted to int64.
  double steps = std::ceil((limit - start) / delta);
  if (!std::isfinite(start) || !std::isfinite(delta) || std::isnan(steps) ||
      steps > double(kMaxImportedElements))
    return ctx.emitError() << "range(" << start << ", " << limit << ", "
                           << delta << ") does not have a finite length of "
                           << "at most " << kMaxImportedElements
                           << " elements";
  int64_t count = std::max<int64_t>(0, int64_t(steps));
  auto type = RankedTensorType::get({count}, element);
  results.push_back(ctx.create<tq::IotaOp>(
      type, ctx.getBuilder().getF64FloatAttr(start),
      ctx.getBuilder().getF64FloatAttr(delta)));
  return success();
}

/// Trilu: where(mask, x, 0) with a constant mask over the last two (static)
/// dims; `k` must be a constant.
LogicalResult convertTrilu(NodeContext &ctx, SmallVectorImpl<Value> &results) {
  RankedTensorType type = ctx.inputType(0);
  int64_t rank = type.getRank();
  if (rank < 2)
    return ctx.emitError() << "expected rank >= 2, got " << rank;
  int64_t rows = type.getDimSize(rank - 2), cols = type.getDimSize(rank - 1);
  if (ShapedType::isDynamic(rows) || ShapedType::isDynamic(cols))
    return ctx.notSupported("Trilu over dynamic matrix dims");
  std::optional<int64_t> matrix = getCheckedNumElements({rows, cols});
  if (!matrix || *matrix > (int64_t(1) << 24))
    return ctx.notSupported("Trilu over more than 2^24 matrix elements");
  int64_t k = 0;
  if (ctx.hasInput(1)) {
    FailureOr<SmallVector<int64_t>> kValue = ctx.requireConstantInts(1, "k");
    if (failed(kValue))
      return failure();
    k = kValue->front();
  }
  bool upper = ctx.getInt("upper", 1) != 0;
  SmallVector<bool> mask;
  for (int64_t i = 0; i < rows; ++i)
    for (int64_t j = 0; j < cols; ++j)
      mask.push_back(upper ? j - i >= k : j - i <= k);
  auto maskType =
      RankedTensorType::get({rows, cols}, ctx.getBuilder().getI1Type());
  Value maskValue = ctx.create<tq::ConstantOp>(
      maskType, DenseElementsAttr::get(maskType, mask));
  Value zero = ctx.scalarConstant(type.getElementType(), 0.0);
  results.push_back(
      ctx.create<tq::WhereOp>(type, maskValue, ctx.input(0), zero));
  return success();
}

} // namespace

void mlir::tico::onnx_import::registerShapeConverters(
    ConverterRegistry &registry) {
  registry.add("Shape", convertShape);
  registry.add("Reshape", convertReshape);
  registry.add("Transpose", convertTranspose);
  registry.add("Slice", convertSlice);
  registry.add("Concat", convertConcat);
  registry.add("Split", convertSplit);
  registry.add("Squeeze", convertSqueeze);
  registry.add("Unsqueeze", convertUnsqueeze);
  registry.add("Expand", convertExpand);
  registry.add("Gather", convertGather);
  registry.add("GatherElements", convertGatherElements);
  registry.add("ConstantOfShape", convertConstantOfShape);
  registry.add("Range", convertRange);
  registry.add("Trilu", convertTrilu);
}
