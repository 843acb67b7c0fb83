//===- CircleOps.cpp - circle op verifiers --------------------------------===//
//
// Verifiers check what the Circle runtime requires of an operator's inputs
// beyond the ODS type constraints. Checks that need a value (axes, shapes,
// permutations) run only when that input is a constant.
//
//===----------------------------------------------------------------------===//

#include "tico/Dialect/Circle/IR/CircleOps.h"
#include "tico/Dialect/Common/ShapeUtils.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/Matchers.h"
#include "mlir/IR/OpImplementation.h"
#include "mlir/IR/TypeUtilities.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallBitVector.h"
#include "mlir/Dialect/Traits.h"
#include "llvm/Support/MathExtras.h"

#include <numeric>

using namespace mlir;
using namespace mlir::tico;
using namespace mlir::tico::circle;

bool mlir::tico::circle::isSameElementKind(Type lhs, Type rhs) {
  Type a = getElementTypeOrSelf(lhs);
  Type b = getElementTypeOrSelf(rhs);
  auto qa = dyn_cast<quant::QuantizedType>(a);
  auto qb = dyn_cast<quant::QuantizedType>(b);
  if (qa && qb)
    return qa.getStorageType() == qb.getStorageType() &&
           qa.isSigned() == qb.isSigned() &&
           qa.getExpressedType() == qb.getExpressedType();
  return a == b;
}

//===----------------------------------------------------------------------===//
// Shared helpers
//===----------------------------------------------------------------------===//

/// The rank of `value`'s type, or nullopt when it is unranked or none.
static std::optional<int64_t> getRank(Value value) {
  if (auto ranked = dyn_cast<RankedTensorType>(value.getType()))
    return ranked.getRank();
  return std::nullopt;
}

/// The values of a constant integer tensor, or nullopt when `value` is not
/// a constant.
static std::optional<SmallVector<int64_t>> getConstantInts(Value value) {
  DenseIntElementsAttr attr;
  if (!matchPattern(value, m_Constant(&attr)))
    return std::nullopt;
  return llvm::to_vector(llvm::map_range(
      attr.getValues<APInt>(), [](const APInt &v) { return v.getSExtValue(); }));
}


/// Checks that `value` (named `what`) has the shape `expected`, where
/// dynamic sizes on either side match anything.
static LogicalResult verifyValueShape(Operation *op, StringRef what, Value value,
                                 ArrayRef<int64_t> expected) {
  auto type = dyn_cast<RankedTensorType>(value.getType());
  if (!type)
    return success();
  if (type.getRank() == static_cast<int64_t>(expected.size()) &&
      llvm::all_of(llvm::zip_equal(type.getShape(), expected), [](auto dims) {
        return isCompatibleDim(std::get<0>(dims), std::get<1>(dims));
      }))
    return success();
  return op->emitOpError("expected ")
         << what << " shape " << formatShape(expected) << ", got "
         << formatShape(type.getShape());
}

/// Checks that `value` is a tensor of rank `rank`.
static LogicalResult verifyRank(Operation *op, StringRef what, Value value,
                                int64_t rank) {
  auto actual = getRank(value);
  if (actual && *actual != rank)
    return op->emitOpError("expected a rank-")
           << rank << " " << what << ", got rank " << *actual;
  return success();
}

/// Checks that a result is a tensor of rank `rank`.
static LogicalResult verifyResultRank(Operation *op, Value result,
                                      int64_t rank) {
  auto actual = getRank(result);
  if (actual && *actual != rank)
    return op->emitOpError("expected a result of rank ")
           << rank << ", got rank " << *actual;
  return success();
}

/// Checks that every entry of a constant input (named `what`) is >= 0.
static LogicalResult verifyNonNegative(Operation *op, StringRef what,
                                       ArrayRef<int64_t> values) {
  if (llvm::any_of(values, [](int64_t value) { return value < 0; }))
    return op->emitOpError("expected non-negative ")
           << what << ", got " << formatShape(values);
  return success();
}

/// Checks that `value` is a 1-D tensor, of `length` entries when given.
static LogicalResult verifyVector(Operation *op, StringRef what, Value value,
                                  std::optional<int64_t> length = {}) {
  if (failed(verifyRank(op, what, value, 1)))
    return failure();
  auto type = dyn_cast<RankedTensorType>(value.getType());
  if (!type || !length || ShapedType::isDynamic(type.getDimSize(0)) ||
      type.getDimSize(0) == *length)
    return success();
  return op->emitOpError("expected ")
         << *length << " " << what << " entries, got " << type.getDimSize(0);
}

/// Checks that an axis input holds one value (a scalar or a 1-element
/// vector) and returns that value when it is a constant.
static FailureOr<std::optional<int64_t>> getScalarAxis(Operation *op,
                                                       Value axis) {
  if (auto type = dyn_cast<RankedTensorType>(axis.getType());
      type && type.getNumElements() != 1 && type.hasStaticShape())
    return op->emitOpError("expected a single axis value, got ")
           << axis.getType();
  auto values = getConstantInts(axis);
  if (!values || values->size() != 1)
    return std::optional<int64_t>();
  return std::optional<int64_t>(values->front());
}

/// Checks `axis` against [-rank, rank) and returns it in [0, rank).
static FailureOr<int64_t> normalizeOpAxis(Operation *op, StringRef what,
                                        int64_t axis, int64_t rank) {
  if (axis < -rank || axis >= rank)
    return op->emitOpError("expected ")
           << what << " in [" << -rank << ", " << rank << "), got " << axis;
  return axis < 0 ? axis + rank : axis;
}

/// Checks that a constant shape input equals `result`'s shape; -1 entries
/// (when `allowInferred`) stand for any size.
static LogicalResult verifyShapeInput(Operation *op, StringRef what,
                                      Value shape, Value result,
                                      bool allowInferred) {
  auto resultRank = getRank(result);
  if (failed(verifyVector(op, what, shape, resultRank)))
    return failure();
  auto values = getConstantInts(shape);
  if (!values)
    return success();
  if (allowInferred && llvm::count(*values, -1) > 1)
    return op->emitOpError("expected at most one -1 in ")
           << what << ", got " << formatShape(*values);
  SmallVector<int64_t> expected;
  for (int64_t dim : *values) {
    if (dim < 0 && !(allowInferred && dim == -1))
      return op->emitOpError("expected non-negative ")
             << what << " entries, got " << formatShape(*values);
    expected.push_back(dim == -1 ? ShapedType::kDynamic : dim);
  }
  return verifyValueShape(op, "result", result, expected);
}

//===----------------------------------------------------------------------===//
// ConstOp
//===----------------------------------------------------------------------===//

LogicalResult ConstOp::verify() {
  auto valueType = cast<ShapedType>(getValue().getType());
  auto resultType = cast<ShapedType>(getOutput().getType());
  if (!isStorageTypeOf(valueType, resultType))
    return emitOpError("value of type ")
           << valueType << " cannot initialize a tensor of type " << resultType;
  return success();
}

//===----------------------------------------------------------------------===//
// CustomOp
//===----------------------------------------------------------------------===//

LogicalResult CustomOp::verify() {
  if (getCustomCode().empty())
    return emitOpError("expected a non-empty custom_code");
  return success();
}

//===----------------------------------------------------------------------===//
// FullyConnectedOp
//===----------------------------------------------------------------------===//

LogicalResult FullyConnectedOp::verify() {
  auto filterRank = getRank(getFilter());
  if (filterRank && *filterRank != 2)
    return emitOpError("expected a rank-2 filter [out, in], got rank ")
           << *filterRank;
  auto filterType = dyn_cast<RankedTensorType>(getFilter().getType());
  auto inputType = dyn_cast<RankedTensorType>(getInput().getType());
  if (filterType && inputType && inputType.getRank() > 0) {
    int64_t in = inputType.getDimSize(inputType.getRank() - 1);
    int64_t filterIn = filterType.getDimSize(1);
    if (!ShapedType::isDynamic(in) && !ShapedType::isDynamic(filterIn) &&
        in != filterIn)
      return emitOpError("input depth ")
             << in << " does not match filter input size " << filterIn;
  }
  if (auto biasRank = getRank(getBias()); biasRank && *biasRank != 1)
    return emitOpError("expected a rank-1 bias, got rank ") << *biasRank;
  return success();
}

//===----------------------------------------------------------------------===//
// RmsNormOp
//===----------------------------------------------------------------------===//

LogicalResult RmsNormOp::verify() {
  if (getEpsilon().convertToFloat() < 0.0f)
    return emitOpError("expected a non-negative epsilon, got ")
           << getEpsilon().convertToFloat();
  auto inputType = dyn_cast<RankedTensorType>(getInput().getType());
  auto gammaType = dyn_cast<RankedTensorType>(getGamma().getType());
  if (!inputType || !gammaType)
    return success();
  if (gammaType.getRank() != 1)
    return emitOpError("expected a rank-1 gamma, got rank ")
           << gammaType.getRank();
  if (inputType.getRank() == 0)
    return emitOpError("expected an input of rank >= 1");
  int64_t depth = inputType.getDimSize(inputType.getRank() - 1);
  int64_t gammaSize = gammaType.getDimSize(0);
  if (!ShapedType::isDynamic(depth) && !ShapedType::isDynamic(gammaSize) &&
      depth != gammaSize)
    return emitOpError("gamma size ")
           << gammaSize << " does not match the last input dimension "
           << depth;
  return success();
}

//===----------------------------------------------------------------------===//
// QuantizeOp, DequantizeOp
//===----------------------------------------------------------------------===//

LogicalResult QuantizeOp::verify() {
  Type input = getElementTypeOrSelf(getInput().getType());
  auto output = cast<quant::QuantizedType>(
      getElementTypeOrSelf(getOutput().getType()));
  if (!isa<quant::QuantizedType>(input) && input != output.getExpressedType())
    return emitOpError("expected a float input of the result's expressed type ")
           << output.getExpressedType() << ", got " << input;
  return success();
}

LogicalResult DequantizeOp::verify() {
  Type input = getElementTypeOrSelf(getInput().getType());
  Type output = getElementTypeOrSelf(getOutput().getType());
  Type expected = Float32Type::get(getContext());
  if (auto quantized = dyn_cast<quant::QuantizedType>(input))
    expected = quantized.getExpressedType();
  if (output != expected)
    return emitOpError("expected a result element type ")
           << expected << ", got " << output;
  return success();
}

//===----------------------------------------------------------------------===//
// BatchMatMulOp
//===----------------------------------------------------------------------===//

LogicalResult BatchMatMulOp::verify() {
  auto lhsType = dyn_cast<RankedTensorType>(getLhs().getType());
  auto rhsType = dyn_cast<RankedTensorType>(getRhs().getType());
  if (!lhsType || !rhsType)
    return success();
  for (auto [name, type] : {std::pair{"lhs", lhsType}, {"rhs", rhsType}})
    if (type.getRank() < 2)
      return emitOpError("expected ")
             << name << " of rank >= 2, got rank " << type.getRank();
  ArrayRef<int64_t> lhs = lhsType.getShape(), rhs = rhsType.getShape();
  int64_t lhsRank = lhs.size(), rhsRank = rhs.size();
  int64_t rows = lhs[lhsRank - (getAdjointLhs() ? 1 : 2)];
  int64_t lhsDepth = lhs[lhsRank - (getAdjointLhs() ? 2 : 1)];
  int64_t rhsDepth = rhs[rhsRank - (getAdjointRhs() ? 1 : 2)];
  int64_t cols = rhs[rhsRank - (getAdjointRhs() ? 2 : 1)];
  if (!isCompatibleDim(lhsDepth, rhsDepth))
    return emitOpError("lhs contraction size ")
           << lhsDepth << " does not match rhs contraction size " << rhsDepth;
  SmallVector<int64_t> expected;
  if (!OpTrait::util::getBroadcastedShape(lhs.drop_back(2), rhs.drop_back(2),
                                          expected))
    return emitOpError("batch dimensions ")
           << formatShape(lhs.drop_back(2)) << " and "
           << formatShape(rhs.drop_back(2)) << " are not broadcast-compatible";
  expected.append({rows, cols});
  return verifyValueShape(*this, "result", getOutput(), expected);
}

//===----------------------------------------------------------------------===//
// Conv2DOp, DepthwiseConv2DOp, AveragePool2DOp
//===----------------------------------------------------------------------===//

namespace {
/// The sliding window of a convolution or pooling op over an NHWC input.
struct Window {
  int64_t height, width; // kernel size, dynamic when unknown
  int64_t strideH, strideW;
  int64_t dilationH = 1, dilationW = 1;
  Padding padding;
};
} // namespace

/// The output size of one spatial dimension (TFLite's ComputeOutSize).
static int64_t getWindowOutputSize(int64_t in, int64_t kernel, int64_t stride,
                                   int64_t dilation, Padding padding) {
  if (padding == Padding::SAME)
    return ShapedType::isDynamic(in) ? ShapedType::kDynamic
                                     : llvm::divideCeil(in, stride);
  return windowOutputSize(in, kernel, stride, 0, 0, dilation);
}

/// Checks that each named integer option is at least 1.
static LogicalResult
verifyPositive(Operation *op,
               ArrayRef<std::pair<StringRef, int64_t>> namedValues) {
  for (auto [name, value] : namedValues)
    if (value < 1)
      return op->emitOpError("expected a positive ")
             << name << ", got " << value;
  return success();
}

/// Checks the window parameters, the NHWC input, and the result shape
/// [N, outH, outW, channels].
static LogicalResult verifyWindowOp(Operation *op, Value input, Value output,
                                    const Window &window, int64_t channels) {
  if (failed(verifyPositive(op, {{"stride_h", window.strideH},
                                 {"stride_w", window.strideW},
                                 {"dilation_h_factor", window.dilationH},
                                 {"dilation_w_factor", window.dilationW}})))
    return failure();
  if (failed(verifyRank(op, "NHWC input", input, 4)))
    return failure();
  auto inputType = dyn_cast<RankedTensorType>(input.getType());
  if (!inputType)
    return success();
  ArrayRef<int64_t> in = inputType.getShape();
  int64_t expected[] = {
      in[0],
      getWindowOutputSize(in[1], window.height, window.strideH,
                          window.dilationH, window.padding),
      getWindowOutputSize(in[2], window.width, window.strideW,
                          window.dilationW, window.padding),
      channels};
  for (int64_t dim : ArrayRef<int64_t>(expected).slice(1, 2))
    if (!ShapedType::isDynamic(dim) && dim < 1)
      return op->emitOpError("the window does not fit in the input ")
             << formatShape(in) << " with VALID padding";
  return verifyValueShape(op, "result", output, expected);
}

/// Checks an optional bias against the number of output channels.
static LogicalResult verifyBias(Operation *op, Value bias, int64_t channels) {
  if (failed(verifyRank(op, "bias", bias, 1)))
    return failure();
  auto type = dyn_cast<RankedTensorType>(bias.getType());
  if (type && !isCompatibleDim(type.getDimSize(0), channels))
    return op->emitOpError("bias size ")
           << type.getDimSize(0) << " does not match output depth "
           << channels;
  return success();
}

/// Checks a rank-4 filter and returns its shape (all dynamic if unranked).
static FailureOr<SmallVector<int64_t>> getFilterShape(Operation *op,
                                                      Value filter,
                                                      StringRef layout) {
  if (auto rank = getRank(filter); rank && *rank != 4)
    return op->emitOpError("expected a rank-4 filter ")
           << layout << ", got rank " << *rank;
  if (auto type = dyn_cast<RankedTensorType>(filter.getType()))
    return llvm::to_vector(type.getShape());
  return SmallVector<int64_t>(4, ShapedType::kDynamic);
}

/// The channel count (dimension 3) of an NHWC input, dynamic if unknown.
static int64_t getInputDepth(Value input) {
  auto type = dyn_cast<RankedTensorType>(input.getType());
  return type && type.getRank() == 4 ? type.getDimSize(3)
                                     : ShapedType::kDynamic;
}

/// The bias and window checks shared by CONV_2D and DEPTHWISE_CONV_2D once
/// the filter shape is known; `channels` is the output depth.
template <typename OpTy>
static LogicalResult verifyConvOutput(OpTy op, ArrayRef<int64_t> filter,
                                      int64_t channels) {
  if (failed(verifyBias(op, op.getBias(), channels)))
    return failure();
  Window window{filter[1],
                filter[2],
                op.getStrideH(),
                op.getStrideW(),
                op.getDilationHFactor(),
                op.getDilationWFactor(),
                op.getPadding()};
  return verifyWindowOp(op, op.getInput(), op.getOutput(), window, channels);
}

LogicalResult Conv2DOp::verify() {
  auto filter = getFilterShape(*this, getFilter(), "[O, H, W, I]");
  if (failed(filter))
    return failure();
  int64_t depth = getInputDepth(getInput()), filterDepth = (*filter)[3];
  if (!ShapedType::isDynamic(depth) && !ShapedType::isDynamic(filterDepth) &&
      (filterDepth == 0 || depth % filterDepth != 0))
    return emitOpError("input depth ")
           << depth << " is not a multiple of the filter input depth "
           << filterDepth;
  return verifyConvOutput(*this, *filter, (*filter)[0]);
}

LogicalResult DepthwiseConv2DOp::verify() {
  if (failed(verifyPositive(*this,
                            {{"depth_multiplier", getDepthMultiplier()}})))
    return failure();
  auto filter = getFilterShape(*this, getFilter(), "[1, H, W, C]");
  if (failed(filter))
    return failure();
  if (!isCompatibleDim((*filter)[0], 1))
    return emitOpError("expected filter dimension 0 to be 1, got ")
           << (*filter)[0];
  int64_t depth = getInputDepth(getInput()), channels = (*filter)[3];
  if (!ShapedType::isDynamic(depth) &&
      !isCompatibleDim(channels, depth * getDepthMultiplier()))
    return emitOpError("filter depth ")
           << channels << " does not match input depth " << depth
           << " times depth_multiplier " << getDepthMultiplier();
  return verifyConvOutput(*this, *filter, channels);
}

LogicalResult AveragePool2DOp::verify() {
  if (failed(verifyPositive(*this, {{"filter_height", getFilterHeight()},
                                    {"filter_width", getFilterWidth()}})))
    return failure();
  Window window{getFilterHeight(), getFilterWidth(), getStrideH(),
                getStrideW(),      1,                1,
                getPadding()};
  return verifyWindowOp(*this, getInput(), getOutput(), window,
                        getInputDepth(getInput()));
}

//===----------------------------------------------------------------------===//
// SoftmaxOp, RoPEOp, CumsumOp
//===----------------------------------------------------------------------===//

LogicalResult SoftmaxOp::verify() {
  if (getRank(getInput()) == 0)
    return emitOpError("expected an input of rank >= 1");
  return success();
}

LogicalResult RoPEOp::verify() {
  if (failed(verifyRank(*this, "input [batch, heads, tokens, head_dim]",
                        getInput(), 4)))
    return failure();
  auto inputType = dyn_cast<RankedTensorType>(getInput().getType());
  for (auto [name, table] :
       {std::pair{"sin_table", getSinTable()}, {"cos_table", getCosTable()}}) {
    if (failed(verifyRank(*this, name, table, 4)))
      return failure();
    auto tableType = dyn_cast<RankedTensorType>(table.getType());
    if (inputType && tableType &&
        !isCompatibleDim(tableType.getDimSize(3), inputType.getDimSize(3)))
      return emitOpError()
             << name << " last dimension " << tableType.getDimSize(3)
             << " does not match head_dim " << inputType.getDimSize(3);
  }
  return success();
}

LogicalResult CumsumOp::verify() {
  auto axis = getScalarAxis(*this, getAxis());
  if (failed(axis))
    return failure();
  auto rank = getRank(getInput());
  if (*axis && rank && failed(normalizeOpAxis(*this, "axis", **axis, *rank)))
    return failure();
  return success();
}

//===----------------------------------------------------------------------===//
// Reductions
//===----------------------------------------------------------------------===//

/// MEAN, SUM, REDUCE_MAX: axes is a scalar or a vector; with constant axes
/// the result shape follows from keep_dims.
template <typename OpTy> static LogicalResult verifyReduceOp(OpTy op) {
  if (auto rank = getRank(op.getAxes()); rank && *rank > 1)
    return op.emitOpError("expected a scalar or rank-1 axes, got rank ")
           << *rank;
  auto inputType = dyn_cast<RankedTensorType>(op.getInput().getType());
  auto axes = getConstantInts(op.getAxes());
  if (!inputType || !axes)
    return success();
  int64_t rank = inputType.getRank();
  llvm::SmallBitVector reduced(rank);
  for (int64_t axis : *axes) {
    auto normalized = normalizeOpAxis(op, "axis", axis, rank);
    if (failed(normalized))
      return failure();
    reduced.set(*normalized);
  }
  SmallVector<int64_t> expected;
  for (auto [i, dim] : llvm::enumerate(inputType.getShape())) {
    if (!reduced.test(i))
      expected.push_back(dim);
    else if (op.getKeepDims())
      expected.push_back(1);
  }
  return verifyValueShape(op, "result", op.getOutput(), expected);
}

LogicalResult MeanOp::verify() { return verifyReduceOp(*this); }
LogicalResult SumOp::verify() { return verifyReduceOp(*this); }
LogicalResult ReduceMaxOp::verify() { return verifyReduceOp(*this); }

//===----------------------------------------------------------------------===//
// Shape manipulation
//===----------------------------------------------------------------------===//

LogicalResult ReshapeOp::verify() {
  if (failed(verifyShapeInput(*this, "shape", getShape(), getOutput(),
                              /*allowInferred=*/true)))
    return failure();
  auto inputType = cast<ShapedType>(getInput().getType());
  auto outputType = cast<ShapedType>(getOutput().getType());
  if (inputType.hasStaticShape() && outputType.hasStaticShape() &&
      inputType.getNumElements() != outputType.getNumElements())
    return emitOpError("input has ")
           << inputType.getNumElements() << " elements but the result has "
           << outputType.getNumElements();
  return success();
}

LogicalResult TransposeOp::verify() {
  auto rank = getRank(getInput());
  if (failed(verifyVector(*this, "perm", getPerm(), rank)))
    return failure();
  auto perm = getConstantInts(getPerm());
  if (!rank || !perm)
    return success();
  SmallVector<int64_t> sorted(*perm);
  llvm::sort(sorted);
  SmallVector<int64_t> identity(*rank);
  std::iota(identity.begin(), identity.end(), 0);
  if (sorted != identity)
    return emitOpError("expected perm to be a permutation of [0, ")
           << *rank << "), got " << formatShape(*perm);
  ArrayRef<int64_t> in = cast<RankedTensorType>(getInput().getType()).getShape();
  SmallVector<int64_t> expected =
      llvm::map_to_vector(*perm, [&](int64_t i) { return in[i]; });
  return verifyValueShape(*this, "result", getOutput(), expected);
}

LogicalResult StridedSliceOp::verify() {
  std::optional<int64_t> length;
  for (auto [name, value] : {std::pair{"begin", getBegin()},
                             {"end", getEnd()},
                             {"strides", getStrides()}}) {
    if (failed(verifyVector(*this, name, value, length)))
      return failure();
    auto type = dyn_cast<RankedTensorType>(value.getType());
    if (!length && type && !type.isDynamicDim(0))
      length = type.getDimSize(0);
  }
  if (llvm::popcount(static_cast<uint32_t>(getEllipsisMask())) > 1)
    return emitOpError("expected at most one bit in ellipsis_mask, got ")
           << getEllipsisMask();
  auto rank = getRank(getInput());
  if (length && rank && getEllipsisMask() == 0 && getNewAxisMask() == 0 &&
      *length > *rank)
    return emitOpError("expected at most ")
           << *rank << " slice entries for a rank-" << *rank
           << " input, got " << *length;
  if (auto strides = getConstantInts(getStrides());
      strides && llvm::is_contained(*strides, 0))
    return emitOpError("expected non-zero strides, got ")
           << formatShape(*strides);
  return success();
}

LogicalResult SliceOp::verify() {
  auto inputType = dyn_cast<RankedTensorType>(getInput().getType());
  std::optional<int64_t> rank = getRank(getInput());
  if (failed(verifyVector(*this, "begin", getBegin(), rank)) ||
      failed(verifyVector(*this, "size", getSize(), rank)))
    return failure();
  auto begin = getConstantInts(getBegin());
  auto size = getConstantInts(getSize());
  if (!inputType || !size)
    return success();
  SmallVector<int64_t> expected;
  for (auto [i, dim] : llvm::enumerate(inputType.getShape())) {
    int64_t start = begin ? (*begin)[i] : ShapedType::kDynamic;
    int64_t count = (*size)[i];
    if (count == -1)
      count = ShapedType::isDynamic(start) || ShapedType::isDynamic(dim)
                  ? ShapedType::kDynamic
                  : dim - start;
    if (!ShapedType::isDynamic(start) && !ShapedType::isDynamic(count) &&
        !ShapedType::isDynamic(dim) &&
        (start < 0 || count < 0 || start + count > dim))
      return emitOpError("slice of size ")
             << count << " at " << start << " is out of bounds of dimension "
             << i << " of size " << dim;
    expected.push_back(count);
  }
  return verifyValueShape(*this, "result", getOutput(), expected);
}

LogicalResult ConcatenationOp::verify() {
  if (getValues().empty())
    return emitOpError("expected at least one input");
  std::optional<SmallVector<int64_t>> expected;
  int64_t axis = 0;
  for (auto [i, value] : llvm::enumerate(getValues())) {
    if (!isSameElementKind(value.getType(), getOutput().getType()))
      return emitOpError("input #")
             << i << " element type " << getElementTypeOrSelf(value)
             << " does not match the result's "
             << getElementTypeOrSelf(getOutput());
    auto type = dyn_cast<RankedTensorType>(value.getType());
    if (!type)
      continue;
    if (!expected) {
      auto normalized =
          normalizeOpAxis(*this, "axis", getAxis(), type.getRank());
      if (failed(normalized))
        return failure();
      axis = *normalized;
      expected = llvm::to_vector(type.getShape());
      continue;
    }
    if (type.getRank() != static_cast<int64_t>(expected->size()))
      return emitOpError("expected inputs of rank ")
             << expected->size() << ", got rank " << type.getRank()
             << " for input #" << i;
    for (auto [d, dim] : llvm::enumerate(type.getShape())) {
      int64_t &merged = (*expected)[d];
      if (static_cast<int64_t>(d) == axis)
        merged = ShapedType::isDynamic(merged) || ShapedType::isDynamic(dim)
                     ? ShapedType::kDynamic
                     : merged + dim;
      else if (!isCompatibleDim(merged, dim))
        return emitOpError("dimension ")
               << d << " of input #" << i << " is " << dim << ", expected "
               << merged;
      else if (ShapedType::isDynamic(merged))
        merged = dim;
    }
  }
  if (!expected)
    return success();
  return verifyValueShape(*this, "result", getOutput(), *expected);
}

/// The input of a split op, its constant axis in [0, rank) if any, and the
/// result element check shared by SPLIT and SPLIT_V.
static FailureOr<std::optional<int64_t>>
verifySplitCommon(Operation *op, Value input, Value axisValue,
                  ResultRange outputs) {
  if (outputs.empty())
    return op->emitOpError("expected at least one result");
  for (auto [i, output] : llvm::enumerate(outputs))
    if (!isSameElementKind(input.getType(), output.getType()))
      return op->emitOpError("result #")
             << i << " element type " << getElementTypeOrSelf(output)
             << " does not match the input's " << getElementTypeOrSelf(input);
  auto axis = getScalarAxis(op, axisValue);
  auto rank = getRank(input);
  if (failed(axis) || !*axis)
    return axis;
  // An unranked input has no shape to check the results against.
  if (!rank)
    return std::optional<int64_t>();
  auto normalized = normalizeOpAxis(op, "axis", **axis, *rank);
  if (failed(normalized))
    return failure();
  return std::optional<int64_t>(*normalized);
}

/// Checks each result against the input shape with dimension `axis`
/// replaced by `sizes[i]`.
static LogicalResult verifySplitResults(Operation *op, Value input,
                                        int64_t axis, ResultRange outputs,
                                        ArrayRef<int64_t> sizes) {
  auto shape = llvm::to_vector(cast<RankedTensorType>(input.getType()).getShape());
  for (auto [i, output] : llvm::enumerate(outputs)) {
    shape[axis] = sizes[i];
    if (failed(verifyValueShape(op, "result #" + std::to_string(i), output, shape)))
      return failure();
  }
  return success();
}

LogicalResult SplitOp::verify() {
  auto axis = verifySplitCommon(*this, getInput(), getAxis(), getOutputs());
  if (failed(axis) || !*axis)
    return failure(failed(axis));
  int64_t count = getOutputs().size();
  int64_t dim = cast<RankedTensorType>(getInput().getType()).getDimSize(**axis);
  if (!ShapedType::isDynamic(dim) && dim % count != 0)
    return emitOpError("input dimension ")
           << dim << " along axis " << **axis << " is not divisible into "
           << count << " results";
  SmallVector<int64_t> sizes(
      count, ShapedType::isDynamic(dim) ? ShapedType::kDynamic : dim / count);
  return verifySplitResults(*this, getInput(), **axis, getOutputs(), sizes);
}

LogicalResult SplitVOp::verify() {
  int64_t count = getOutputs().size();
  if (failed(verifyVector(*this, "size_splits", getSizeSplits(), count)))
    return failure();
  auto axis = verifySplitCommon(*this, getInput(), getAxis(), getOutputs());
  if (failed(axis) || !*axis)
    return failure(failed(axis));
  auto sizes = getConstantInts(getSizeSplits());
  if (!sizes)
    return success();
  int64_t dim = cast<RankedTensorType>(getInput().getType()).getDimSize(**axis);
  if (llvm::count(*sizes, -1) > 1 ||
      llvm::any_of(*sizes, [](int64_t size) { return size < -1; }))
    return emitOpError("expected non-negative size_splits with at most one "
                       "-1, got ")
           << formatShape(*sizes);
  int64_t known = 0;
  for (int64_t size : *sizes)
    known += size == -1 ? 0 : size;
  bool inferred = llvm::is_contained(*sizes, -1);
  if (!ShapedType::isDynamic(dim) &&
      (inferred ? known > dim : known != dim))
    return emitOpError("size_splits ")
           << formatShape(*sizes) << " do not add up to the input dimension "
           << dim << " along axis " << **axis;
  for (int64_t &size : *sizes)
    if (size == -1)
      size = ShapedType::isDynamic(dim) ? ShapedType::kDynamic : dim - known;
  return verifySplitResults(*this, getInput(), **axis, getOutputs(), *sizes);
}

LogicalResult BroadcastToOp::verify() {
  if (failed(verifyShapeInput(*this, "shape", getShape(), getOutput(),
                              /*allowInferred=*/false)))
    return failure();
  auto inputType = dyn_cast<RankedTensorType>(getInput().getType());
  auto outputType = dyn_cast<RankedTensorType>(getOutput().getType());
  if (!inputType || !outputType)
    return success();
  ArrayRef<int64_t> in = inputType.getShape(), out = outputType.getShape();
  bool broadcastable =
      in.size() <= out.size() &&
      llvm::all_of(llvm::zip(llvm::reverse(in), llvm::reverse(out)),
                   [](auto dims) {
                     auto [from, to] = dims;
                     return from == 1 || isCompatibleDim(from, to);
                   });
  if (!broadcastable)
    return emitOpError("input shape ")
           << formatShape(in) << " cannot be broadcast to "
           << formatShape(out);
  return success();
}

LogicalResult ExpandDimsOp::verify() {
  auto axis = getScalarAxis(*this, getAxis());
  if (failed(axis))
    return failure();
  auto inputType = dyn_cast<RankedTensorType>(getInput().getType());
  if (!inputType)
    return success();
  SmallVector<int64_t> expected = llvm::to_vector(inputType.getShape());
  int64_t rank = inputType.getRank();
  if (!*axis)
    return verifyResultRank(*this, getOutput(), rank + 1);
  auto normalized = normalizeOpAxis(*this, "axis", **axis, rank + 1);
  if (failed(normalized))
    return failure();
  expected.insert(expected.begin() + *normalized, 1);
  return verifyValueShape(*this, "result", getOutput(), expected);
}

LogicalResult SqueezeOp::verify() {
  auto inputType = dyn_cast<RankedTensorType>(getInput().getType());
  if (!inputType)
    return success();
  int64_t rank = inputType.getRank();
  llvm::SmallBitVector squeezed(rank);
  for (int32_t dim : getSqueezeDims()) {
    auto normalized = normalizeOpAxis(*this, "squeeze_dims entry", dim, rank);
    if (failed(normalized))
      return failure();
    int64_t size = inputType.getDimSize(*normalized);
    if (!isCompatibleDim(size, 1))
      return emitOpError("cannot squeeze dimension ")
             << *normalized << " of size " << size;
    squeezed.set(*normalized);
  }
  if (getSqueezeDims().empty()) {
    // Which dimensions go depends on sizes only known at run time.
    if (!inputType.hasStaticShape())
      return success();
    for (auto [i, size] : llvm::enumerate(inputType.getShape()))
      if (size == 1)
        squeezed.set(i);
  }
  SmallVector<int64_t> expected;
  for (auto [i, size] : llvm::enumerate(inputType.getShape()))
    if (!squeezed.test(i))
      expected.push_back(size);
  return verifyValueShape(*this, "result", getOutput(), expected);
}

LogicalResult PadOp::verify() {
  auto rank = getRank(getInput());
  if (failed(verifyRank(*this, "paddings", getPaddings(), 2)) ||
      failed(verifyValueShape(*this, "paddings", getPaddings(),
                         {rank ? *rank : ShapedType::kDynamic, 2})))
    return failure();
  auto paddings = getConstantInts(getPaddings());
  if (!rank || !paddings)
    return success();
  if (failed(verifyNonNegative(*this, "paddings", *paddings)))
    return failure();
  ArrayRef<int64_t> in = cast<RankedTensorType>(getInput().getType()).getShape();
  SmallVector<int64_t> expected;
  for (auto [i, dim] : llvm::enumerate(in))
    expected.push_back(ShapedType::isDynamic(dim)
                           ? dim
                           : dim + (*paddings)[2 * i] + (*paddings)[2 * i + 1]);
  return verifyValueShape(*this, "result", getOutput(), expected);
}

LogicalResult TileOp::verify() {
  auto rank = getRank(getInput());
  if (failed(verifyVector(*this, "multiples", getMultiples(), rank)))
    return failure();
  auto multiples = getConstantInts(getMultiples());
  if (!rank)
    return success();
  if (!multiples)
    return verifyResultRank(*this, getOutput(), *rank);
  if (failed(verifyNonNegative(*this, "multiples", *multiples)))
    return failure();
  ArrayRef<int64_t> in = cast<RankedTensorType>(getInput().getType()).getShape();
  SmallVector<int64_t> expected;
  for (auto [dim, m] : llvm::zip_equal(in, *multiples))
    expected.push_back(ShapedType::isDynamic(dim) ? dim : dim * m);
  return verifyValueShape(*this, "result", getOutput(), expected);
}

//===----------------------------------------------------------------------===//
// Gather and scatter
//===----------------------------------------------------------------------===//

LogicalResult GatherOp::verify() {
  auto paramsType = dyn_cast<RankedTensorType>(getParams().getType());
  auto indicesType = dyn_cast<RankedTensorType>(getIndices().getType());
  if (!paramsType)
    return success();
  auto axis = normalizeOpAxis(*this, "axis", getAxis(), paramsType.getRank());
  if (failed(axis) || !indicesType)
    return failure(failed(axis));
  int64_t indicesRank = indicesType.getRank();
  int64_t batchDims = getBatchDims();
  if (batchDims < -indicesRank || batchDims > indicesRank)
    return emitOpError("expected batch_dims in [")
           << -indicesRank << ", " << indicesRank << "], got " << batchDims;
  if (batchDims < 0)
    batchDims += indicesRank;
  if (batchDims > *axis)
    return emitOpError("expected batch_dims <= axis, got batch_dims ")
           << batchDims << " and axis " << *axis;
  ArrayRef<int64_t> params = paramsType.getShape();
  SmallVector<int64_t> expected(params.take_front(*axis));
  llvm::append_range(expected, indicesType.getShape().drop_front(batchDims));
  llvm::append_range(expected, params.drop_front(*axis + 1));
  return verifyValueShape(*this, "result", getOutput(), expected);
}

/// The index depth (last dimension) of a GATHER_ND/SCATTER_ND indices
/// input, dynamic if unknown; fails for a scalar.
static FailureOr<int64_t> getIndexDepth(Operation *op, Value indices) {
  auto type = dyn_cast<RankedTensorType>(indices.getType());
  if (!type)
    return ShapedType::kDynamic;
  if (type.getRank() < 1)
    return op->emitOpError("expected indices of rank >= 1");
  return type.getDimSize(type.getRank() - 1);
}

/// Checks `sliced` (the tensor indexed by GATHER_ND/SCATTER_ND indices) and
/// `gathered` (the tensor of gathered slices): gathered is
/// indices[:-1] + sliced[depth:].
static LogicalResult verifyNdIndexing(Operation *op, Value indices,
                                      Value sliced, StringRef slicedName,
                                      Value gathered, StringRef gatheredName) {
  auto depth = getIndexDepth(op, indices);
  auto slicedType = dyn_cast<RankedTensorType>(sliced.getType());
  auto indicesType = dyn_cast<RankedTensorType>(indices.getType());
  if (failed(depth) || !slicedType || !indicesType ||
      ShapedType::isDynamic(*depth))
    return failure(failed(depth));
  if (*depth > slicedType.getRank())
    return op->emitOpError("index depth ")
           << *depth << " exceeds the " << slicedName << " rank "
           << slicedType.getRank();
  SmallVector<int64_t> expected(indicesType.getShape().drop_back());
  llvm::append_range(expected, slicedType.getShape().drop_front(*depth));
  return verifyValueShape(op, gatheredName, gathered, expected);
}

LogicalResult GatherNdOp::verify() {
  return verifyNdIndexing(*this, getIndices(), getParams(), "params",
                          getOutput(), "result");
}

LogicalResult ScatterNdOp::verify() {
  if (failed(verifyShapeInput(*this, "shape", getShape(), getOutput(),
                              /*allowInferred=*/false)))
    return failure();
  return verifyNdIndexing(*this, getIndices(), getOutput(), "result",
                          getUpdates(), "updates");
}

#define GET_OP_CLASSES
#include "tico/Dialect/Circle/IR/CircleOps.cpp.inc"
