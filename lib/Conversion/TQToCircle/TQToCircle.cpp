//===- TQToCircle.cpp - tq to circle lowering patterns --------------------===//
//
// One pattern per tq op (or op family). Shape, axis and permutation operands
// of Circle operators are int32 constants; NCHW convolutions and pools run
// as NHWC operators between transposes; constant operands of layout changes
// are transposed at compile time.
//
//===----------------------------------------------------------------------===//

#include "tico/Conversion/TQToCircle/TQToCircle.h"

#include "ConstantUtils.h"
#include "tico/Dialect/Circle/IR/CircleOps.h"
#include "tico/Dialect/Common/ElementsUtils.h"
#include "tico/Dialect/Common/ShapeUtils.h"
#include "tico/Dialect/TQ/IR/TQOps.h"
#include "tico/Quantization/QParams.h"

#include "mlir/Dialect/Quant/IR/QuantTypes.h"
#include "mlir/IR/TypeUtilities.h"

#include <cmath>

using namespace mlir;
using namespace mlir::tico;

namespace {

//===----------------------------------------------------------------------===//
// Helpers
//===----------------------------------------------------------------------===//

RankedTensorType getRanked(Value value) {
  return dyn_cast<RankedTensorType>(value.getType());
}

bool isFloatTensor(Value value) {
  return isa<FloatType>(getElementTypeOrSelf(value.getType()));
}

/// Creates a circle op through its generic builder.
template <typename OpTy>
OpTy createOp(OpBuilder &b, Location loc, TypeRange results,
              ValueRange operands, ArrayRef<NamedAttribute> attrs = {}) {
  return OpTy::create(b, loc, results, operands, attrs);
}

/// `x` with dimensions permuted; constants are permuted at compile time.
Value transpose(OpBuilder &b, Location loc, Value x, ArrayRef<int64_t> perm) {
  auto type = getRanked(x);
  SmallVector<int64_t> shape;
  for (int64_t p : perm)
    shape.push_back(type.getDimSize(p));
  auto resultType = RankedTensorType::get(
      shape, permuteElementType(type.getElementType(), perm));
  if (ElementsAttr constant = getConstantValue(x))
    if (ElementsAttr permuted = transposeElements(constant, perm))
      return circle::ConstOp::create(b, loc, resultType, permuted);
  return createOp<circle::TransposeOp>(b, loc, resultType,
                                       {x, createI32Constant(b, loc, perm)});
}

Value reshape(OpBuilder &b, Location loc, Value x, ArrayRef<int64_t> shape) {
  auto resultType = getRanked(x).clone(shape);
  SmallVector<int64_t> dims;
  for (int64_t d : shape)
    dims.push_back(ShapedType::isDynamic(d) ? -1 : d);
  return createOp<circle::ReshapeOp>(b, loc, resultType,
                                     {x, createI32Constant(b, loc, dims)});
}

/// A float constant of `type` filled with `value`.
Value floatSplat(OpBuilder &b, Location loc, RankedTensorType type,
                 double value) {
  auto attr = DenseElementsAttr::get(
      type, FloatAttr::get(type.getElementType(), value).getValue());
  return circle::ConstOp::create(b, loc, type, attr);
}

Value noValue(OpBuilder &b, Location loc) {
  return circle::NoValueOp::create(b, loc, b.getNoneType());
}

NamedAttribute boolAttr(OpBuilder &b, StringRef name, bool value) {
  return b.getNamedAttr(name, b.getBoolAttr(value));
}
NamedAttribute i32Attr(OpBuilder &b, StringRef name, int64_t value) {
  return b.getNamedAttr(name, b.getI32IntegerAttr(value));
}

//===----------------------------------------------------------------------===//
// One-to-one ops
//===----------------------------------------------------------------------===//

template <typename SrcOp, typename DstOp>
struct OneToOne : OpConversionPattern<SrcOp> {
  using OpConversionPattern<SrcOp>::OpConversionPattern;
  LogicalResult
  matchAndRewrite(SrcOp op, typename SrcOp::Adaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    rewriter.replaceOp(op, createOp<DstOp>(rewriter, op.getLoc(),
                                           op->getResultTypes(),
                                           adaptor.getOperands())
                               ->getResults());
    return success();
  }
};

/// pow(x, 2) is x * x: cheaper, and exact for quantized runtimes.
struct PowOfTwoToMul : OpConversionPattern<tq::PowOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(tq::PowOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto exponent = dyn_cast_if_present<DenseFPElementsAttr>(
        getConstantValue(op.getRhs()));
    if (!exponent || !exponent.isSplat() ||
        exponent.getSplatValue<APFloat>().convertToDouble() != 2.0 ||
        op.getLhs().getType() != op.getType())
      return rewriter.notifyMatchFailure(op, "not pow(x, 2)");
    rewriter.replaceOp(op, createOp<circle::MulOp>(
                               rewriter, op.getLoc(), op.getType(),
                               {adaptor.getLhs(), adaptor.getLhs()}));
    return success();
  }
};

struct CompareLowering : OpConversionPattern<tq::CompareOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(tq::CompareOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Type type = op.getType();
    ValueRange operands = adaptor.getOperands();
    Operation *result = nullptr;
    switch (op.getDirection()) {
    case tq::CompareDirection::eq:
      result = createOp<circle::EqualOp>(rewriter, loc, type, operands);
      break;
    case tq::CompareDirection::ne:
      result = createOp<circle::NotEqualOp>(rewriter, loc, type, operands);
      break;
    case tq::CompareDirection::lt:
      result = createOp<circle::LessOp>(rewriter, loc, type, operands);
      break;
    case tq::CompareDirection::le:
      result = createOp<circle::LessEqualOp>(rewriter, loc, type, operands);
      break;
    case tq::CompareDirection::gt:
      result = createOp<circle::GreaterOp>(rewriter, loc, type, operands);
      break;
    case tq::CompareDirection::ge:
      result = createOp<circle::GreaterEqualOp>(rewriter, loc, type, operands);
      break;
    }
    rewriter.replaceOp(op, result->getResults());
    return success();
  }
};

struct GeluLowering : OpConversionPattern<tq::GeluOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(tq::GeluOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    bool tanh = op.getApproximate() == tq::GeluApproximation::tanh;
    rewriter.replaceOp(
        op, createOp<circle::GeluOp>(rewriter, op.getLoc(), op.getType(),
                                     {adaptor.getInput()},
                                     {boolAttr(rewriter, "approximate", tanh)})
                ->getResults());
    return success();
  }
};

/// silu(x) = x * logistic(x). Quantized, the LOGISTIC output takes the
/// fixed qparams TFLite requires for the input's dtype and the MUL requantizes
/// into the silu's result type (the interpreter's quantized tq.silu computes
/// the same two steps).
struct SiluLowering : OpConversionPattern<tq::SiluOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(tq::SiluOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Type sigmoidType = op.getType();
    if (!isFloatTensor(op.getInput())) {
      auto inputType = cast<RankedTensorType>(op.getInput().getType());
      auto element = dyn_cast<quant::QuantizedType>(inputType.getElementType());
      quant::UniformQuantizedType fixed =
          element ? quantization::getFixedOutputType(
                        quantization::FixedOutputKind::Logistic, element)
                  : nullptr;
      if (!fixed)
        return rewriter.notifyMatchFailure(
            op, "silu input without a fixed logistic output type");
      sigmoidType = inputType.clone(fixed);
    }
    Location loc = op.getLoc();
    Value sigmoid = createOp<circle::LogisticOp>(rewriter, loc, sigmoidType,
                                                 {adaptor.getInput()})
                        ->getResult(0);
    rewriter.replaceOp(op, createOp<circle::MulOp>(rewriter, loc, op.getType(),
                                                   {adaptor.getInput(), sigmoid})
                               ->getResults());
    return success();
  }
};

//===----------------------------------------------------------------------===//
// Softmax, norms, reductions
//===----------------------------------------------------------------------===//

/// Circle's SOFTMAX works on the last axis; other axes are moved there.
struct SoftmaxLowering : OpConversionPattern<tq::SoftmaxOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(tq::SoftmaxOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    auto type = getRanked(op.getInput());
    int64_t rank = type.getRank();
    std::optional<int64_t> axis = normalizeAxis(op.getAxisAttr().getInt(), rank);
    if (!axis)
      return rewriter.notifyMatchFailure(op, "axis out of range");
    NamedAttribute beta =
        rewriter.getNamedAttr("beta", rewriter.getF32FloatAttr(1.0f));
    if (*axis == rank - 1) {
      rewriter.replaceOp(op, createOp<circle::SoftmaxOp>(
                                 rewriter, loc, op.getType(),
                                 {adaptor.getInput()}, {beta})
                                 ->getResults());
      return success();
    }
    SmallVector<int64_t> perm = llvm::to_vector(llvm::seq<int64_t>(0, rank));
    std::swap(perm[*axis], perm[rank - 1]); // its own inverse
    Value moved = transpose(rewriter, loc, adaptor.getInput(), perm);
    Value soft = createOp<circle::SoftmaxOp>(rewriter, loc, moved.getType(),
                                             {moved}, {beta})
                     ->getResult(0);
    rewriter.replaceOp(op, transpose(rewriter, loc, soft, perm));
    return success();
  }
};

/// A quantized [depth] weight of ones for RMS_NORM: the input's storage
/// type with scale 2^-(bits - 2) and zero point 0, so 1.0 is the exact
/// integer 2^(bits - 2). Null for a non-integer storage type.
Value unitQuantizedWeight(OpBuilder &b, Location loc, RankedTensorType type,
                          int64_t depth) {
  auto quantType = dyn_cast<quant::QuantizedType>(type.getElementType());
  auto storage = quantType ? dyn_cast<IntegerType>(quantType.getStorageType())
                           : IntegerType();
  if (!storage || storage.getWidth() < 3 || storage.getWidth() > 32)
    return {};
  unsigned bits = storage.getWidth();
  auto weightType = quant::UniformQuantizedType::get(
      quantType.getFlags(), storage, quantType.getExpressedType(),
      std::ldexp(1.0, -static_cast<int>(bits - 2)), 0,
      quantType.getStorageTypeMin(), quantType.getStorageTypeMax());
  auto storageType = RankedTensorType::get({depth}, storage);
  auto values = DenseElementsAttr::get(
      storageType, APInt(bits, uint64_t{1} << (bits - 2)));
  return circle::ConstOp::create(
      b, loc, RankedTensorType::get({depth}, weightType), values);
}

struct RmsNormLowering : OpConversionPattern<tq::RmsNormOp> {
  RmsNormLowering(MLIRContext *context, bool decompose)
      : OpConversionPattern(context), decompose(decompose) {}
  LogicalResult
  matchAndRewrite(tq::RmsNormOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    auto type = getRanked(op.getInput());
    int64_t depth = type.getDimSize(type.getRank() - 1);
    if (ShapedType::isDynamic(depth))
      return rewriter.notifyMatchFailure(op, "dynamic normalized dimension");
    bool isFloat = isFloatTensor(op.getInput());
    auto gammaType = RankedTensorType::get({depth}, type.getElementType());
    Value gamma = adaptor.getWeight();
    if (!gamma) {
      gamma = isFloat ? floatSplat(rewriter, loc, gammaType, 1.0)
                      : unitQuantizedWeight(rewriter, loc, type, depth);
      if (!gamma)
        return rewriter.notifyMatchFailure(op, "quantized rms_norm without "
                                               "weight on this storage type");
    } else if (op.getAddUnitOffset()) {
      // Gemma's x * (1 + w): fold into a constant weight when possible.
      auto weight =
          dyn_cast_if_present<DenseFPElementsAttr>(getConstantValue(gamma));
      if (weight) {
        SmallVector<APFloat> values;
        for (APFloat v : weight.getValues<APFloat>()) {
          bool lost;
          APFloat one(1.0);
          one.convert(v.getSemantics(), APFloat::rmNearestTiesToEven, &lost);
          v.add(one, APFloat::rmNearestTiesToEven);
          values.push_back(v);
        }
        gamma = circle::ConstOp::create(
            rewriter, loc, gamma.getType(),
            DenseElementsAttr::get(cast<ShapedType>(weight.getType()), values));
      } else if (isFloat) {
        Value one = floatSplat(rewriter, loc, gammaType, 1.0);
        gamma = createOp<circle::AddOp>(rewriter, loc, gamma.getType(),
                                        {gamma, one})
                    ->getResult(0);
      } else {
        return rewriter.notifyMatchFailure(op, "quantized 1 + weight");
      }
    }
    float epsilon = op.getEpsilon().convertToDouble();
    if (!decompose) {
      rewriter.replaceOp(
          op, createOp<circle::RmsNormOp>(
                  rewriter, loc, op.getType(), {adaptor.getInput(), gamma},
                  {rewriter.getNamedAttr("epsilon",
                                         rewriter.getF32FloatAttr(epsilon))})
                  ->getResults());
      return success();
    }
    if (!isFloat)
      return rewriter.notifyMatchFailure(op, "quantized decomposition");
    // x * rsqrt(mean(x * x, -1) + eps) * gamma
    Value x = adaptor.getInput();
    SmallVector<int64_t> reducedShape(type.getShape());
    reducedShape.back() = 1;
    auto reducedType = type.clone(reducedShape);
    Value square = createOp<circle::MulOp>(rewriter, loc, type, {x, x})->getResult(0);
    Value mean = createOp<circle::MeanOp>(
                     rewriter, loc, reducedType,
                     {square, createI32Constant(rewriter, loc, {type.getRank() - 1})},
                     {boolAttr(rewriter, "keep_dims", true)})
                     ->getResult(0);
    Value eps = floatSplat(rewriter, loc,
                           RankedTensorType::get({}, type.getElementType()), epsilon);
    Value sum = createOp<circle::AddOp>(rewriter, loc, reducedType, {mean, eps})->getResult(0);
    Value inv = createOp<circle::RsqrtOp>(rewriter, loc, reducedType, {sum})->getResult(0);
    Value normed = createOp<circle::MulOp>(rewriter, loc, type, {x, inv})->getResult(0);
    rewriter.replaceOp(op, createOp<circle::MulOp>(rewriter, loc, op.getType(),
                                                   {normed, gamma})
                               ->getResults());
    return success();
  }
  bool decompose;
};

/// layer_norm has no Circle operator: mean/variance arithmetic.
struct LayerNormLowering : OpConversionPattern<tq::LayerNormOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(tq::LayerNormOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    if (!isFloatTensor(op.getInput()))
      return rewriter.notifyMatchFailure(op, "quantized layer_norm");
    Location loc = op.getLoc();
    auto type = getRanked(op.getInput());
    SmallVector<int64_t> reducedShape(type.getShape());
    reducedShape.back() = 1;
    auto reducedType = type.clone(reducedShape);
    Value axes = createI32Constant(rewriter, loc, {type.getRank() - 1});
    NamedAttribute keep = boolAttr(rewriter, "keep_dims", true);
    Value x = adaptor.getInput();
    Value mean = createOp<circle::MeanOp>(rewriter, loc, reducedType, {x, axes}, {keep})
                     ->getResult(0);
    Value centered = createOp<circle::SubOp>(rewriter, loc, type, {x, mean})->getResult(0);
    Value square =
        createOp<circle::MulOp>(rewriter, loc, type, {centered, centered})->getResult(0);
    Value variance =
        createOp<circle::MeanOp>(rewriter, loc, reducedType, {square, axes}, {keep})
            ->getResult(0);
    Value eps = floatSplat(rewriter, loc,
                           RankedTensorType::get({}, type.getElementType()),
                           op.getEpsilon().convertToDouble());
    Value sum = createOp<circle::AddOp>(rewriter, loc, reducedType, {variance, eps})
                    ->getResult(0);
    Value inv = createOp<circle::RsqrtOp>(rewriter, loc, reducedType, {sum})->getResult(0);
    Value result = createOp<circle::MulOp>(rewriter, loc, type, {centered, inv})->getResult(0);
    if (Value weight = adaptor.getWeight())
      result = createOp<circle::MulOp>(rewriter, loc, type, {result, weight})->getResult(0);
    if (Value bias = adaptor.getBias())
      result = createOp<circle::AddOp>(rewriter, loc, type, {result, bias})->getResult(0);
    rewriter.replaceOp(op, result);
    return success();
  }
};

template <typename SrcOp, typename DstOp>
struct ReduceLowering : OpConversionPattern<SrcOp> {
  using OpConversionPattern<SrcOp>::OpConversionPattern;
  LogicalResult
  matchAndRewrite(SrcOp op, typename SrcOp::Adaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    int64_t rank = getRanked(op.getInput()).getRank();
    SmallVector<int64_t> axes;
    for (int64_t axis : op.getAxes())
      axes.push_back(*normalizeAxis(axis, rank));
    rewriter.replaceOp(
        op, createOp<DstOp>(rewriter, loc, op.getType(),
                            {adaptor.getInput(),
                             createI32Constant(rewriter, loc, axes)},
                            {boolAttr(rewriter, "keep_dims", op.getKeepdim())})
                ->getResults());
    return success();
  }
};

struct CumsumLowering : OpConversionPattern<tq::CumsumOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(tq::CumsumOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    int64_t axis =
        *normalizeAxis(op.getAxisAttr().getInt(), getRanked(op.getInput()).getRank());
    rewriter.replaceOp(
        op, createOp<circle::CumsumOp>(
                rewriter, loc, op.getType(),
                {adaptor.getInput(), createI32Constant(rewriter, loc, {axis}, true)},
                {boolAttr(rewriter, "exclusive", op.getExclusive()),
                 boolAttr(rewriter, "reverse", op.getReverse())})
                ->getResults());
    return success();
  }
};

//===----------------------------------------------------------------------===//
// Linear algebra
//===----------------------------------------------------------------------===//

struct LinearLowering : OpConversionPattern<tq::LinearOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(tq::LinearOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value bias = adaptor.getBias() ? adaptor.getBias() : noValue(rewriter, loc);
    rewriter.replaceOp(
        op, createOp<circle::FullyConnectedOp>(
                rewriter, loc, op.getType(),
                {adaptor.getInput(), adaptor.getWeight(), bias},
                {boolAttr(rewriter, "keep_num_dims", true)})
                ->getResults());
    return success();
  }
};

/// `dequantize(constant)`, before or after its own lowering.
bool isDequantizedConstant(Value value) {
  Operation *op = value.getDefiningOp();
  if (!isa_and_present<tq::DequantizeOp, circle::DequantizeOp>(op))
    return false;
  return bool(getConstantValue(op->getOperand(0)));
}

struct MatmulLowering : OpConversionPattern<tq::MatmulOp> {
  MatmulLowering(MLIRContext *context, bool toFullyConnected)
      : OpConversionPattern(context), toFullyConnected(toFullyConnected) {}
  LogicalResult
  matchAndRewrite(tq::MatmulOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    auto rhsType = getRanked(op.getRhs());
    // A constant [K, N] right operand is a linear layer: FULLY_CONNECTED
    // takes [N, K] and gets per-channel weights when quantized. So is a
    // dequantized constant already [N, K] (transpose_rhs: ONNX Gemm(transB)
    // with weight-only quantization), taken as it is, as tq.linear's is.
    bool linearRhs =
        getConstantValue(adaptor.getRhs()) ||
        (op.getTransposeRhs() && isDequantizedConstant(adaptor.getRhs()));
    if (toFullyConnected && !op.getTransposeLhs() && rhsType.getRank() == 2 &&
        linearRhs) {
      Value weight = op.getTransposeRhs()
                         ? adaptor.getRhs()
                         : transpose(rewriter, loc, adaptor.getRhs(), {1, 0});
      rewriter.replaceOp(
          op, createOp<circle::FullyConnectedOp>(
                  rewriter, loc, op.getType(),
                  {adaptor.getLhs(), weight, noValue(rewriter, loc)},
                  {boolAttr(rewriter, "keep_num_dims", true)})
                  ->getResults());
      return success();
    }
    rewriter.replaceOp(
        op, createOp<circle::BatchMatMulOp>(
                rewriter, loc, op.getType(), {adaptor.getLhs(), adaptor.getRhs()},
                {boolAttr(rewriter, "adjoint_lhs", op.getTransposeLhs()),
                 boolAttr(rewriter, "adjoint_rhs", op.getTransposeRhs())})
                ->getResults());
    return success();
  }
  bool toFullyConnected;
};

/// Padding attributes of a 2-D window op in NHWC form: SAME or VALID when
/// the explicit padding equals what that scheme computes, else a PAD of the
/// input followed by VALID (only when `padValueIsNeutral`).
struct WindowPadding {
  circle::Padding scheme;
  bool needsPad;
};

std::optional<WindowPadding>
choosePadding(ArrayRef<int64_t> inHW, ArrayRef<int64_t> kernel,
              ArrayRef<int64_t> strides, ArrayRef<int64_t> dilations,
              ArrayRef<int64_t> padding /* top, left, bottom, right */) {
  if (llvm::all_of(padding, [](int64_t p) { return p == 0; }))
    return WindowPadding{circle::Padding::VALID, false};
  bool same = true;
  for (int d = 0; d < 2; ++d) {
    int64_t out = (inHW[d] + strides[d] - 1) / strides[d];
    int64_t effective = (kernel[d] - 1) * dilations[d] + 1;
    int64_t total =
        std::max<int64_t>((out - 1) * strides[d] + effective - inHW[d], 0);
    int64_t before = total / 2;
    if (padding[d] != before || padding[d + 2] != total - before)
      same = false;
  }
  if (same)
    return WindowPadding{circle::Padding::SAME, false};
  return WindowPadding{circle::Padding::VALID, true};
}

/// Expands padding [top, left, bottom, right] given as 2 values [h, w].
SmallVector<int64_t> expandPadding(ArrayRef<int64_t> padding) {
  if (padding.size() == 2)
    return {padding[0], padding[1], padding[0], padding[1]};
  return SmallVector<int64_t>(padding);
}

Value padNHWC(OpBuilder &b, Location loc, Value x, ArrayRef<int64_t> padding) {
  auto type = getRanked(x);
  SmallVector<int64_t> shape(type.getShape());
  shape[1] += padding[0] + padding[2];
  shape[2] += padding[1] + padding[3];
  // PAD takes [rank, 2] (before, after) pairs. Built directly: an op
  // created and then erased behind the conversion driver's back would leave
  // it a dangling pointer.
  int32_t values[] = {0,
                      0,
                      int32_t(padding[0]),
                      int32_t(padding[2]),
                      int32_t(padding[1]),
                      int32_t(padding[3]),
                      0,
                      0};
  auto padsType = RankedTensorType::get({4, 2}, b.getI32Type());
  Value pads = circle::ConstOp::create(
      b, loc, padsType, DenseElementsAttr::get(padsType, ArrayRef(values)));
  return createOp<circle::PadOp>(b, loc, type.clone(shape), {x, pads})
      ->getResult(0);
}

/// Splits `value` along `axis` into `parts` equal pieces: constants are
/// sliced at compile time (axis 0 only), other values with SPLIT_V.
SmallVector<Value> splitEvenly(OpBuilder &b, Location loc, Value value,
                               int64_t axis, int64_t parts) {
  auto type = getRanked(value);
  int64_t size = type.getDimSize(axis) / parts;
  SmallVector<int64_t> shape(type.getShape());
  shape[axis] = size;
  auto pieceType = type.clone(shape);
  SmallVector<Value> pieces;
  if (ElementsAttr constant = getConstantValue(value); constant && axis == 0) {
    for (int64_t g = 0; g < parts; ++g) {
      ElementsAttr slice = sliceLeadingDim(constant, g * size, size);
      if (!slice)
        return {};
      pieces.push_back(circle::ConstOp::create(b, loc, pieceType, slice));
    }
    return pieces;
  }
  SmallVector<Type> types(parts, pieceType);
  auto split = createOp<circle::SplitVOp>(
      b, loc, types,
      {value, createI32Constant(b, loc, SmallVector<int64_t>(parts, size)),
       createI32Constant(b, loc, {axis}, true)},
      {b.getNamedAttr("num_splits", b.getI32IntegerAttr(parts))});
  llvm::append_range(pieces, split->getResults());
  return pieces;
}

/// The zero bias TFLite needs where a convolution has none (its CONV_2D and
/// DEPTHWISE_CONV_2D fail to prepare without one): f32 for float results;
/// for a quantized input and weight, int32 with the bias qparams
/// s_in * s_w[c] (the exporter writes it as INT64 for int16 inputs). Null
/// when neither applies (e.g. integer, not quantized, tensors).
Value createZeroBias(OpBuilder &b, Location loc, Value input, Value oihwWeight,
                     RankedTensorType result) {
  int64_t channels = getRanked(oihwWeight).getDimSize(0);
  Type element = result.getElementType();
  Type storage = element;
  if (!isa<FloatType>(element)) {
    element = quantization::getBiasType(
        getElementTypeOrSelf(input.getType()),
        getElementTypeOrSelf(oihwWeight.getType()));
    if (!element)
      return {};
    storage = b.getI32Type();
  }
  auto storageType = RankedTensorType::get({channels}, storage);
  return circle::ConstOp::create(b, loc,
                                 RankedTensorType::get({channels}, element),
                                 DenseElementsAttr::get(
                                     storageType, b.getZeroAttr(storage)));
}

/// 1 < groups < channels: one CONV_2D per group on a channel slice of the
/// input and a filter slice, concatenated along the channel axis.
Value groupedConv(OpBuilder &b, Location loc, Value nhwcInput,
                  Value oihwWeight, Value bias, int64_t groups,
                  RankedTensorType nhwcResult,
                  ArrayRef<NamedAttribute> attrs) {
  Value filter = transpose(b, loc, oihwWeight, {0, 2, 3, 1}); // OHWI
  SmallVector<Value> inputs = splitEvenly(b, loc, nhwcInput, 3, groups);
  SmallVector<Value> filters = splitEvenly(b, loc, filter, 0, groups);
  SmallVector<Value> biases;
  if (bias)
    biases = splitEvenly(b, loc, bias, 0, groups);
  if (filters.empty() || (bias && biases.empty()))
    return {};
  SmallVector<int64_t> shape(nhwcResult.getShape());
  shape[3] /= groups;
  auto pieceType = nhwcResult.clone(shape);
  SmallVector<Value> outputs;
  for (int64_t g = 0; g < groups; ++g)
    outputs.push_back(
        createOp<circle::Conv2DOp>(
            b, loc, pieceType,
            {inputs[g], filters[g], bias ? biases[g] : noValue(b, loc)}, attrs)
            ->getResult(0));
  return createOp<circle::ConcatenationOp>(
             b, loc, nhwcResult, outputs,
             {b.getNamedAttr("axis", b.getI32IntegerAttr(3))})
      ->getResult(0);
}

struct Conv2DLowering : OpConversionPattern<tq::Conv2DOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(tq::Conv2DOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    auto inType = getRanked(op.getInput());
    auto wType = getRanked(op.getWeight());
    auto outType = getRanked(op.getResult());
    if (!inType.hasStaticShape() || !wType.hasStaticShape())
      return rewriter.notifyMatchFailure(op, "dynamic shapes");
    int64_t channels = inType.getDimSize(1);
    int64_t outChannels = wType.getDimSize(0);
    int64_t groups = op.getGroupsAttr().getInt();
    bool depthwise = groups > 1 && groups == channels &&
                     outChannels % channels == 0 && wType.getDimSize(1) == 1;
    if (groups != 1 && !depthwise &&
        (channels % groups != 0 || outChannels % groups != 0))
      return rewriter.notifyMatchFailure(op, "groups do not divide channels");
    SmallVector<int64_t> padding = expandPadding(op.getPadding());
    std::optional<WindowPadding> pad = choosePadding(
        {inType.getDimSize(2), inType.getDimSize(3)},
        {wType.getDimSize(2), wType.getDimSize(3)}, op.getStrides(),
        op.getDilations(), padding);

    Value x = transpose(rewriter, loc, adaptor.getInput(), {0, 2, 3, 1});
    if (pad->needsPad)
      x = padNHWC(rewriter, loc, x, padding);
    Value bias = adaptor.getBias();
    if (!bias)
      bias = createZeroBias(rewriter, loc, adaptor.getInput(),
                            adaptor.getWeight(), outType);
    SmallVector<int64_t> nhwcShape = {outType.getDimSize(0), outType.getDimSize(2),
                                      outType.getDimSize(3), outType.getDimSize(1)};
    auto nhwcType = RankedTensorType::get(nhwcShape, outType.getElementType());
    SmallVector<NamedAttribute> attrs = {
        rewriter.getNamedAttr("padding", circle::PaddingAttr::get(
                                             getContext(), pad->scheme)),
        i32Attr(rewriter, "stride_h", op.getStrides()[0]),
        i32Attr(rewriter, "stride_w", op.getStrides()[1]),
        i32Attr(rewriter, "dilation_h_factor", op.getDilations()[0]),
        i32Attr(rewriter, "dilation_w_factor", op.getDilations()[1])};
    Value y;
    if (groups != 1 && !depthwise) {
      y = groupedConv(rewriter, loc, x, adaptor.getWeight(), bias,
                      groups, nhwcType, attrs);
      if (!y)
        return rewriter.notifyMatchFailure(op, "grouped convolution weights");
    } else if (depthwise) {
      // OIHW [C*m, 1, kh, kw] -> [1, kh, kw, C*m]
      Value filter = transpose(rewriter, loc, adaptor.getWeight(), {1, 2, 3, 0});
      attrs.push_back(i32Attr(rewriter, "depth_multiplier", outChannels / channels));
      y = createOp<circle::DepthwiseConv2DOp>(
              rewriter, loc, nhwcType,
              {x, filter, bias ? bias : noValue(rewriter, loc)}, attrs)
              ->getResult(0);
    } else {
      // OIHW -> OHWI
      Value filter = transpose(rewriter, loc, adaptor.getWeight(), {0, 2, 3, 1});
      y = createOp<circle::Conv2DOp>(
              rewriter, loc, nhwcType,
              {x, filter, bias ? bias : noValue(rewriter, loc)}, attrs)
              ->getResult(0);
    }
    rewriter.replaceOp(op, transpose(rewriter, loc, y, {0, 3, 1, 2}));
    return success();
  }
};

struct AvgPool2DLowering : OpConversionPattern<tq::AvgPool2DOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(tq::AvgPool2DOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    auto inType = getRanked(op.getInput());
    auto outType = getRanked(op.getResult());
    if (!inType.hasStaticShape())
      return rewriter.notifyMatchFailure(op, "dynamic shapes");
    SmallVector<int64_t> padding = expandPadding(op.getPadding());
    std::optional<WindowPadding> pad =
        choosePadding({inType.getDimSize(2), inType.getDimSize(3)},
                      op.getKernel(), op.getStrides(), {1, 1}, padding);
    // Circle's SAME pool divides by the cells inside the input; explicit
    // zero padding divides by the whole window.
    if (pad->scheme == circle::Padding::SAME && op.getCountIncludePad())
      pad = WindowPadding{circle::Padding::VALID, true};
    if (pad->needsPad && !op.getCountIncludePad())
      return rewriter.notifyMatchFailure(
          op, "padding that excludes pads from the count but is not SAME");
    Value x = transpose(rewriter, loc, adaptor.getInput(), {0, 2, 3, 1});
    if (pad->needsPad)
      x = padNHWC(rewriter, loc, x, padding);
    SmallVector<int64_t> nhwcShape = {outType.getDimSize(0), outType.getDimSize(2),
                                      outType.getDimSize(3), outType.getDimSize(1)};
    Value y = createOp<circle::AveragePool2DOp>(
                  rewriter, loc,
                  RankedTensorType::get(nhwcShape, outType.getElementType()), {x},
                  {rewriter.getNamedAttr("padding", circle::PaddingAttr::get(
                                                        getContext(), pad->scheme)),
                   i32Attr(rewriter, "stride_h", op.getStrides()[0]),
                   i32Attr(rewriter, "stride_w", op.getStrides()[1]),
                   i32Attr(rewriter, "filter_height", op.getKernel()[0]),
                   i32Attr(rewriter, "filter_width", op.getKernel()[1])})
                  ->getResult(0);
    rewriter.replaceOp(op, transpose(rewriter, loc, y, {0, 3, 1, 2}));
    return success();
  }
};

//===----------------------------------------------------------------------===//
// Data movement
//===----------------------------------------------------------------------===//

/// reshape, squeeze and unsqueeze all become RESHAPE to the result shape.
template <typename SrcOp>
struct ToReshape : OpConversionPattern<SrcOp> {
  using OpConversionPattern<SrcOp>::OpConversionPattern;
  LogicalResult
  matchAndRewrite(SrcOp op, typename SrcOp::Adaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto type = getRanked(op->getResult(0));
    if (llvm::count_if(type.getShape(), ShapedType::isDynamic) > 1)
      return rewriter.notifyMatchFailure(op, "more than one dynamic dimension");
    Value input = adaptor.getOperands()[0];
    SmallVector<int64_t> dims;
    for (int64_t d : type.getShape())
      dims.push_back(ShapedType::isDynamic(d) ? -1 : d);
    rewriter.replaceOp(op, createOp<circle::ReshapeOp>(
                               rewriter, op.getLoc(), type,
                               {input, createI32Constant(rewriter, op.getLoc(), dims)})
                               ->getResults());
    return success();
  }
};

struct TransposeLowering : OpConversionPattern<tq::TransposeOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(tq::TransposeOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Value result = transpose(rewriter, op.getLoc(), adaptor.getInput(), op.getPerms());
    if (result.getType() != op.getType()) {
      // The op's declared type wins (e.g. a per-axis type stated explicitly).
      result.setType(op.getType());
    }
    rewriter.replaceOp(op, result);
    return success();
  }
};

struct SliceLowering : OpConversionPattern<tq::SliceOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(tq::SliceOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto inType = getRanked(op.getInput());
    auto outType = getRanked(op.getResult());
    if (!inType.hasStaticShape())
      return rewriter.notifyMatchFailure(op, "dynamic input shape");
    if (outType.getNumElements() == 0)
      return rewriter.notifyMatchFailure(op, "zero-size slice");
    SmallVector<int64_t> begin, end;
    for (int64_t d = 0; d < inType.getRank(); ++d) {
      int64_t size = inType.getDimSize(d);
      auto clamp = [&](int64_t v) {
        if (v < 0)
          v += size;
        return std::clamp<int64_t>(v, 0, size);
      };
      begin.push_back(clamp(op.getStart()[d]));
      end.push_back(clamp(op.getEnd()[d]));
    }
    Location loc = op.getLoc();
    rewriter.replaceOp(
        op, createOp<circle::StridedSliceOp>(
                rewriter, loc, outType,
                {adaptor.getInput(), createI32Constant(rewriter, loc, begin),
                 createI32Constant(rewriter, loc, end),
                 createI32Constant(rewriter, loc, op.getStep())})
                ->getResults());
    return success();
  }
};

struct ConcatLowering : OpConversionPattern<tq::ConcatOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(tq::ConcatOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    int64_t rank = getRanked(op.getResult()).getRank();
    int64_t axis = *normalizeAxis(op.getAxisAttr().getInt(), rank);
    rewriter.replaceOp(op, createOp<circle::ConcatenationOp>(
                               rewriter, op.getLoc(), op.getType(),
                               adaptor.getInputs(), {i32Attr(rewriter, "axis", axis)})
                               ->getResults());
    return success();
  }
};

struct SplitLowering : OpConversionPattern<tq::SplitOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(tq::SplitOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    int64_t rank = getRanked(op.getInput()).getRank();
    int64_t axis = *normalizeAxis(op.getAxisAttr().getInt(), rank);
    rewriter.replaceOp(
        op, createOp<circle::SplitVOp>(
                rewriter, loc, op->getResultTypes(),
                {adaptor.getInput(), createI32Constant(rewriter, loc, op.getSizes()),
                 createI32Constant(rewriter, loc, {axis}, true)},
                {i32Attr(rewriter, "num_splits", op->getNumResults())})
                ->getResults());
    return success();
  }
};

struct BroadcastLowering : OpConversionPattern<tq::BroadcastOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(tq::BroadcastOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto type = getRanked(op.getResult());
    if (!type.hasStaticShape())
      return rewriter.notifyMatchFailure(op, "dynamic result shape");
    rewriter.replaceOp(
        op, createOp<circle::BroadcastToOp>(
                rewriter, op.getLoc(), type,
                {adaptor.getInput(),
                 createI32Constant(rewriter, op.getLoc(), type.getShape())})
                ->getResults());
    return success();
  }
};

/// Index operands: int64 constants that fit become int32 (what NPUs take);
/// negative constant indices count from the end in tq but not in Circle's
/// GATHER, so they are normalized with the static `dimSize`.
Value narrowIndices(OpBuilder &b, Location loc, Value indices,
                    int64_t dimSize) {
  auto attr = dyn_cast_if_present<DenseIntElementsAttr>(getConstantValue(indices));
  if (!attr)
    return indices;
  bool negative = false;
  SmallVector<int32_t> values;
  for (const APInt &v : attr.getValues<APInt>()) {
    int64_t x = v.getSExtValue();
    if (x < 0 && !ShapedType::isDynamic(dimSize)) {
      x += dimSize;
      negative = true;
    }
    if (x < INT32_MIN || x > INT32_MAX)
      return indices;
    values.push_back(int32_t(x));
  }
  if (!negative && !attr.getElementType().isInteger(64))
    return indices;
  auto type = attr.getType().clone(b.getI32Type());
  return circle::ConstOp::create(b, loc, type,
                                 DenseElementsAttr::get(type, ArrayRef(values)));
}

template <typename SrcOp>
struct ToGather : OpConversionPattern<SrcOp> {
  using OpConversionPattern<SrcOp>::OpConversionPattern;
  LogicalResult
  matchAndRewrite(SrcOp op, typename SrcOp::Adaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    ValueRange operands = adaptor.getOperands();
    int64_t axis = 0;
    if constexpr (!std::is_same_v<SrcOp, tq::EmbeddingOp>)
      axis = *normalizeAxis(op.getAxisAttr().getInt(),
                            getRanked(operands[0]).getRank());
    Value indices = narrowIndices(rewriter, loc, operands[1],
                                  getRanked(operands[0]).getDimSize(axis));
    rewriter.replaceOp(op, createOp<circle::GatherOp>(
                               rewriter, loc, op->getResultTypes(),
                               {operands[0], indices},
                               {i32Attr(rewriter, "axis", axis)})
                               ->getResults());
    return success();
  }
};

struct IotaLowering : OpConversionPattern<tq::IotaOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(tq::IotaOp op, OpAdaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto type = getRanked(op.getResult());
    if (!type.hasStaticShape())
      return rewriter.notifyMatchFailure(op, "dynamic length");
    double start = op.getStart().convertToDouble();
    double step = op.getStep().convertToDouble();
    Type element = type.getElementType();
    SmallVector<Attribute> values;
    for (int64_t i = 0; i < type.getNumElements(); ++i) {
      double v = start + double(i) * step;
      if (isa<FloatType>(element))
        values.push_back(FloatAttr::get(element, v));
      else
        values.push_back(IntegerAttr::get(element, int64_t(v)));
    }
    rewriter.replaceOpWithNewOp<circle::ConstOp>(
        op, type, DenseElementsAttr::get(type, values));
    return success();
  }
};

/// A span write `dest[..., s:s+n, ...] = update` where the update covers
/// every other dimension: concatenation of the untouched pieces and update.
struct SliceUpdateLowering : OpConversionPattern<tq::SliceUpdateOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(tq::SliceUpdateOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto destType = getRanked(op.getDest());
    auto updateType = getRanked(op.getUpdate());
    if (!destType.hasStaticShape() || !updateType.hasStaticShape())
      return rewriter.notifyMatchFailure(op, "dynamic shapes");
    std::optional<int64_t> axis;
    for (int64_t d = 0; d < destType.getRank(); ++d) {
      if (updateType.getDimSize(d) == destType.getDimSize(d) &&
          op.getStart()[d] == 0)
        continue;
      if (axis)
        return rewriter.notifyMatchFailure(op, "update differs in several axes");
      axis = d;
    }
    if (!axis) {
      rewriter.replaceOp(op, adaptor.getUpdate());
      return success();
    }
    Location loc = op.getLoc();
    int64_t start = op.getStart()[*axis];
    int64_t length = updateType.getDimSize(*axis);
    int64_t size = destType.getDimSize(*axis);
    auto piece = [&](int64_t from, int64_t to) -> Value {
      SmallVector<int64_t> begin(destType.getRank(), 0), end(destType.getShape());
      SmallVector<int64_t> strides(destType.getRank(), 1), shape(destType.getShape());
      begin[*axis] = from;
      end[*axis] = to;
      shape[*axis] = to - from;
      return createOp<circle::StridedSliceOp>(
                 rewriter, loc, destType.clone(shape),
                 {adaptor.getDest(), createI32Constant(rewriter, loc, begin),
                  createI32Constant(rewriter, loc, end),
                  createI32Constant(rewriter, loc, strides)})
          ->getResult(0);
    };
    SmallVector<Value> pieces;
    if (start > 0)
      pieces.push_back(piece(0, start));
    pieces.push_back(adaptor.getUpdate());
    if (start + length < size)
      pieces.push_back(piece(start + length, size));
    rewriter.replaceOp(op, createOp<circle::ConcatenationOp>(
                               rewriter, loc, op.getType(), pieces,
                               {i32Attr(rewriter, "axis", *axis)})
                               ->getResults());
    return success();
  }
};

/// ONNX ScatterND replaces slices of `data`; Circle's SCATTER_ND writes
/// updates into zeros. The written positions come from scattering ones:
/// out = select(scatter(ones) > 0, scatter(updates), data).
struct ScatterNdLowering : OpConversionPattern<tq::ScatterNdOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(tq::ScatterNdOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto dataType = getRanked(op.getData());
    auto updatesType = getRanked(op.getUpdates());
    if (!isFloatTensor(op.getData()) || !dataType.hasStaticShape() ||
        !updatesType.hasStaticShape())
      return rewriter.notifyMatchFailure(op, "quantized or dynamic scatter_nd");
    Location loc = op.getLoc();
    Value shape = createI32Constant(rewriter, loc, dataType.getShape());
    Value scattered = createOp<circle::ScatterNdOp>(
                          rewriter, loc, dataType,
                          {adaptor.getIndices(), adaptor.getUpdates(), shape})
                          ->getResult(0);
    Value ones = floatSplat(rewriter, loc, updatesType, 1.0);
    Value hits = createOp<circle::ScatterNdOp>(
                     rewriter, loc, dataType, {adaptor.getIndices(), ones, shape})
                     ->getResult(0);
    Value zero = floatSplat(rewriter, loc,
                            RankedTensorType::get({}, dataType.getElementType()), 0.0);
    Value written = createOp<circle::GreaterOp>(
                        rewriter, loc, dataType.clone(rewriter.getI1Type()),
                        {hits, zero})
                        ->getResult(0);
    rewriter.replaceOp(op, createOp<circle::SelectV2Op>(
                               rewriter, loc, op.getType(),
                               {written, scattered, adaptor.getData()})
                               ->getResults());
    return success();
  }
};

/// gather_elements(x, idx, axis): GATHER_ND with full coordinates, the
/// `axis` coordinate from idx and the others from constant grids.
struct GatherElementsLowering : OpConversionPattern<tq::GatherElementsOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(tq::GatherElementsOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto indicesType = getRanked(op.getIndices());
    if (!indicesType.hasStaticShape())
      return rewriter.notifyMatchFailure(op, "dynamic indices");
    Location loc = op.getLoc();
    int64_t rank = indicesType.getRank();
    int64_t axis = *normalizeAxis(op.getAxisAttr().getInt(), rank);
    SmallVector<int64_t> coordShape(indicesType.getShape());
    coordShape.push_back(1);
    auto coordType = indicesType.clone(coordShape);
    Type indexElement = indicesType.getElementType();
    SmallVector<Value> coords;
    for (int64_t d = 0; d < rank; ++d) {
      if (d == axis) {
        coords.push_back(reshape(rewriter, loc, adaptor.getIndices(), coordShape));
        continue;
      }
      // grid[i_0, ..., i_{r-1}, 0] = i_d
      SmallVector<APInt> values;
      int64_t count = indicesType.getNumElements();
      int64_t inner = 1;
      for (int64_t k = d + 1; k < rank; ++k)
        inner *= indicesType.getDimSize(k);
      for (int64_t i = 0; i < count; ++i)
        values.push_back(APInt(indexElement.getIntOrFloatBitWidth(),
                               (i / inner) % indicesType.getDimSize(d)));
      coords.push_back(circle::ConstOp::create(
          rewriter, loc, coordType, DenseElementsAttr::get(coordType, values)));
    }
    SmallVector<int64_t> allShape(indicesType.getShape());
    allShape.push_back(rank);
    Value all = createOp<circle::ConcatenationOp>(
                    rewriter, loc, indicesType.clone(allShape), coords,
                    {i32Attr(rewriter, "axis", rank)})
                    ->getResult(0);
    rewriter.replaceOp(op, createOp<circle::GatherNdOp>(
                               rewriter, loc, op.getType(), {adaptor.getInput(), all})
                               ->getResults());
    return success();
  }
};

//===----------------------------------------------------------------------===//
// RoPE
//===----------------------------------------------------------------------===//

/// Circle's ROPE takes a rank-4 input and sin/cos tables with the head
/// dimension last; other forms are decomposed (float only).
struct RopeLowering : OpConversionPattern<tq::RopeOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(tq::RopeOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    auto type = getRanked(op.getInput());
    auto tableType = getRanked(op.getCos());
    bool half = op.getMode() == tq::RopeMode::half;
    if (type.getRank() == 4 && tableType.getRank() == 4 &&
        tableType.getDimSize(3) == type.getDimSize(3)) {
      auto mode = half ? circle::RoPEMode::GPT_NEOX : circle::RoPEMode::GPT_J;
      rewriter.replaceOp(
          op, createOp<circle::RoPEOp>(
                  rewriter, loc, op.getType(),
                  {adaptor.getInput(), adaptor.getSin(), adaptor.getCos()},
                  {rewriter.getNamedAttr(
                      "mode", circle::RoPEModeAttr::get(getContext(), mode))})
                  ->getResults());
      return success();
    }
    auto sinType = getRanked(op.getSin());
    int64_t depth = type.getDimSize(type.getRank() - 1);
    if (!isFloatTensor(op.getInput()) && type.hasStaticShape() &&
        tableType.hasStaticShape() && sinType.hasStaticShape() &&
        type.getRank() <= 4 && tableType.getRank() <= 4 &&
        sinType.getRank() <= 4 &&
        tableType.getDimSize(tableType.getRank() - 1) == depth &&
        sinType.getDimSize(sinType.getRank() - 1) == depth) {
      // A quantized rope cannot be decomposed (the intermediates have no
      // qparams): leading 1s lift it to ROPE's rank 4 without changing the
      // broadcast, and the data moves exactly.
      auto lift = [&](Value v) {
        ArrayRef<int64_t> shape = getRanked(v).getShape();
        SmallVector<int64_t, 4> lifted(4 - shape.size(), 1);
        lifted.append(shape.begin(), shape.end());
        return reshape(rewriter, loc, v, lifted);
      };
      Value x4 = lift(adaptor.getInput());
      auto mode = half ? circle::RoPEMode::GPT_NEOX : circle::RoPEMode::GPT_J;
      Value rope =
          createOp<circle::RoPEOp>(
              rewriter, loc, x4.getType(),
              {x4, lift(adaptor.getSin()), lift(adaptor.getCos())},
              {rewriter.getNamedAttr(
                  "mode", circle::RoPEModeAttr::get(getContext(), mode))})
              ->getResult(0);
      rewriter.replaceOp(op, reshape(rewriter, loc, rope, type.getShape()));
      return success();
    }
    if (!isFloatTensor(op.getInput()) || !type.hasStaticShape())
      return rewriter.notifyMatchFailure(op, "quantized or dynamic rope");
    // y = x * cos + rotate(x) * sin
    Value x = adaptor.getInput();
    int64_t rank = type.getRank();
    SmallVector<int64_t> shape(type.getShape());
    Value rotated;
    if (half) {
      SmallVector<int64_t> halfShape = shape;
      halfShape.back() = depth / 2;
      auto halfType = type.clone(halfShape);
      auto parts = createOp<circle::SplitVOp>(
          rewriter, loc, TypeRange{halfType, halfType},
          {x, createI32Constant(rewriter, loc, {depth / 2, depth / 2}),
           createI32Constant(rewriter, loc, {rank - 1}, true)},
          {i32Attr(rewriter, "num_splits", 2)});
      Value negated = createOp<circle::NegOp>(rewriter, loc, halfType,
                                              {parts->getResult(1)})
                          ->getResult(0);
      rotated = createOp<circle::ConcatenationOp>(
                    rewriter, loc, type, {negated, parts->getResult(0)},
                    {i32Attr(rewriter, "axis", rank - 1)})
                    ->getResult(0);
    } else {
      SmallVector<int64_t> pairShape = shape;
      pairShape.back() = depth / 2;
      pairShape.push_back(2);
      SmallVector<int64_t> oneShape = pairShape;
      oneShape.back() = 1;
      auto oneType = type.clone(oneShape);
      Value pairs = reshape(rewriter, loc, x, pairShape);
      auto parts = createOp<circle::SplitVOp>(
          rewriter, loc, TypeRange{oneType, oneType},
          {pairs, createI32Constant(rewriter, loc, {1, 1}),
           createI32Constant(rewriter, loc, {rank}, true)},
          {i32Attr(rewriter, "num_splits", 2)});
      Value negated = createOp<circle::NegOp>(rewriter, loc, oneType,
                                              {parts->getResult(1)})
                          ->getResult(0);
      Value swapped = createOp<circle::ConcatenationOp>(
                          rewriter, loc, type.clone(pairShape),
                          {negated, parts->getResult(0)},
                          {i32Attr(rewriter, "axis", rank)})
                          ->getResult(0);
      rotated = reshape(rewriter, loc, swapped, shape);
    }
    Value a = createOp<circle::MulOp>(rewriter, loc, type, {x, adaptor.getCos()})
                  ->getResult(0);
    Value b = createOp<circle::MulOp>(rewriter, loc, type, {rotated, adaptor.getSin()})
                  ->getResult(0);
    rewriter.replaceOp(op, createOp<circle::AddOp>(rewriter, loc, op.getType(), {a, b})
                               ->getResults());
    return success();
  }
};

//===----------------------------------------------------------------------===//
// Constants and quantization
//===----------------------------------------------------------------------===//

struct ConstantLowering : OpConversionPattern<tq::ConstantOp> {
  ConstantLowering(MLIRContext *context, bool legalizeMasks, double fill)
      : OpConversionPattern(context), legalizeMasks(legalizeMasks), fill(fill) {}
  LogicalResult
  matchAndRewrite(tq::ConstantOp op, OpAdaptor,
                  ConversionPatternRewriter &rewriter) const override {
    ElementsAttr value = op.getValue();
    if (legalizeMasks)
      if (auto dense = dyn_cast<DenseFPElementsAttr>(value))
        value = legalizeMask(dense);
    rewriter.replaceOpWithNewOp<circle::ConstOp>(op, op.getType(), value);
    return success();
  }

  /// An additive mask (entries 0 or -inf / lowest float) gets `fill` in its
  /// masked entries; other constants are kept.
  ElementsAttr legalizeMask(DenseFPElementsAttr dense) const {
    if (DenseElementsAttr legal = legalizeAdditiveMask(dense, fill))
      return legal;
    return dense;
  }
  bool legalizeMasks;
  double fill;
};

/// observe only marks a calibration site: the lowered graph reads its input.
struct DropObserve : OpConversionPattern<tq::ObserveOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(tq::ObserveOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    rewriter.replaceOp(op, adaptor.getInput());
    return success();
  }
};

} // namespace

void mlir::tico::populateTQToCirclePatterns(RewritePatternSet &patterns,
                                            const TQToCircleOptions &options) {
  MLIRContext *context = patterns.getContext();
  patterns.add<OneToOne<tq::AddOp, circle::AddOp>,
               OneToOne<tq::SubOp, circle::SubOp>,
               OneToOne<tq::MulOp, circle::MulOp>,
               OneToOne<tq::DivOp, circle::DivOp>,
               OneToOne<tq::PowOp, circle::PowOp>,
               OneToOne<tq::MaximumOp, circle::MaximumOp>,
               OneToOne<tq::MinimumOp, circle::MinimumOp>,
               OneToOne<tq::NegOp, circle::NegOp>,
               OneToOne<tq::ReluOp, circle::ReluOp>,
               OneToOne<tq::ExpOp, circle::ExpOp>,
               OneToOne<tq::LogOp, circle::LogOp>,
               OneToOne<tq::SqrtOp, circle::SqrtOp>,
               OneToOne<tq::RsqrtOp, circle::RsqrtOp>,
               OneToOne<tq::TanhOp, circle::TanhOp>,
               OneToOne<tq::SigmoidOp, circle::LogisticOp>,
               OneToOne<tq::CosOp, circle::CosOp>,
               OneToOne<tq::SinOp, circle::SinOp>,
               OneToOne<tq::WhereOp, circle::SelectV2Op>,
               OneToOne<tq::LogicalAndOp, circle::LogicalAndOp>,
               OneToOne<tq::LogicalOrOp, circle::LogicalOrOp>,
               OneToOne<tq::LogicalNotOp, circle::LogicalNotOp>,
               OneToOne<tq::CastOp, circle::CastOp>,
               OneToOne<tq::QuantizeOp, circle::QuantizeOp>,
               OneToOne<tq::DequantizeOp, circle::DequantizeOp>,
               CompareLowering, GeluLowering, SiluLowering, SoftmaxLowering,
               LayerNormLowering,
               ReduceLowering<tq::ReduceMeanOp, circle::MeanOp>,
               ReduceLowering<tq::ReduceSumOp, circle::SumOp>,
               ReduceLowering<tq::ReduceMaxOp, circle::ReduceMaxOp>,
               CumsumLowering, LinearLowering, Conv2DLowering,
               AvgPool2DLowering, ToReshape<tq::ReshapeOp>,
               ToReshape<tq::SqueezeOp>, ToReshape<tq::UnsqueezeOp>,
               TransposeLowering, SliceLowering, ConcatLowering, SplitLowering,
               BroadcastLowering, ToGather<tq::EmbeddingOp>,
               ToGather<tq::GatherOp>, ToGather<tq::IndexSelectOp>,
               IotaLowering, SliceUpdateLowering, ScatterNdLowering,
               GatherElementsLowering, RopeLowering, DropObserve>(
      context);
  patterns.add<PowOfTwoToMul>(context, /*benefit=*/2);
  patterns.add<RmsNormLowering>(context, options.decomposeRmsNorm);
  patterns.add<MatmulLowering>(context, options.matmulToFullyConnected);
  patterns.add<ConstantLowering>(context, options.legalizeMaskConstants,
                                 options.maskFillValue);
}

StringRef mlir::tico::getTQToCircleFailureReason(Operation *op) {
  return llvm::StringSwitch<StringRef>(op->getName().getStringRef())
      .Case("tq.fake_quant", "fold fake_quant into !quant.uniform types "
                             "first (quantization passes)")
      .Case("tq.masked_scatter",
            "data-dependent: run --tq-legalize-masked-scatter or "
            "--tq-fixed-slot-fusion first")
      .Case("tq.scatter_nd", "quantized or dynamic scatter_nd")
      .Case("tq.gather_elements", "dynamic indices")
      .Case("tq.conv2d", "dynamic shapes, or groups that do not divide the "
                         "channels")
      .Case("tq.avg_pool2d", "padding that is neither SAME nor counted in "
                             "the average, or dynamic shapes")
      .Case("tq.slice", "zero-size result or dynamic input shape")
      .Case("tq.slice_update", "the update differs from the destination in "
                               "more than one axis")
      .Case("tq.rope", "dynamic rope, or a quantized rope of rank above 4 "
                       "or with tables narrower than the head dimension")
      .Case("tq.silu", "a quantized input without fixed LOGISTIC output "
                       "qparams (TFLite's LOGISTIC takes uint8, int8, int16)")
      .Case("tq.layer_norm", "the decomposition of a quantized op needs "
                             "qparams for its intermediates")
      .Default("no lowering applies (dynamic shapes or unsupported types?)");
}
