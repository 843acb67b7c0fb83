//===- TQOps.cpp - tq op verifiers ----------------------------------------===//

#include "tico/Dialect/TQ/IR/TQOps.h"
#include "tico/Dialect/Common/ShapeUtils.h"
#include "tico/Dialect/Common/StorageType.h"

#include "mlir/Dialect/Quant/IR/QuantTypes.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/OpImplementation.h"
#include "mlir/IR/TypeUtilities.h"

#include <cmath>

using namespace mlir;
using namespace mlir::tico;
using namespace mlir::tico::tq;

//===----------------------------------------------------------------------===//
// Shared verifier helpers
//===----------------------------------------------------------------------===//

/// SameElementKind over the data values of an op that also takes integer
/// indices or a bool condition.
static LogicalResult verifyDataKind(Operation *op,
                                    std::initializer_list<Value> values) {
  SmallVector<Type> types;
  for (Value value : values)
    if (value)
      types.push_back(value.getType());
  return verifySameElementKind(op, types);
}

static RankedTensorType tensorType(Value value) {
  return cast<RankedTensorType>(value.getType());
}

/// Emits "expected <what> of rank R, got Q" unless `type` has that rank.
static LogicalResult verifyRank(Operation *op, RankedTensorType type,
                                int64_t rank, StringRef what) {
  if (type.getRank() == rank)
    return success();
  return op->emitOpError("expected ")
         << what << " of rank " << rank << ", got " << type.getRank();
}

/// Emits "expected <what> of rank at least R, got Q" when `type` is smaller.
static LogicalResult verifyMinRank(Operation *op, RankedTensorType type,
                                   int64_t rank, StringRef what) {
  if (type.getRank() >= rank)
    return success();
  return op->emitOpError("expected ")
         << what << " of rank at least " << rank << ", got " << type.getRank();
}

/// Emits "<what> size A does not match <other> size B" unless compatible.
static LogicalResult verifyDimMatch(Operation *op, int64_t size,
                                    StringRef what, int64_t expected,
                                    StringRef other) {
  if (isCompatibleDim(size, expected))
    return success();
  return op->emitOpError() << what << " size " << size << " does not match "
                           << other << " size " << expected;
}

/// An optional 1-D per-channel parameter (norm weight/bias, linear and conv
/// bias) must have `channels` entries.
static LogicalResult verifyChannelVector(Operation *op, Value value,
                                         int64_t channels, StringRef what) {
  if (!value)
    return success();
  RankedTensorType type = tensorType(value);
  if (failed(verifyRank(op, type, 1, what)))
    return failure();
  return verifyDimMatch(op, type.getDimSize(0), what, channels, "channel");
}

/// Checks that every entry of `values` is at least `min`.
static LogicalResult verifyAtLeast(Operation *op, ArrayRef<int64_t> values,
                                   int64_t min, StringRef what) {
  for (int64_t value : values)
    if (value < min)
      return op->emitOpError("expected ")
             << what << " >= " << min << ", got " << value;
  return success();
}

/// Checks that an array attribute has `size` entries.
static LogicalResult verifyArraySize(Operation *op, ArrayRef<int64_t> values,
                                     size_t size, StringRef what) {
  if (values.size() == size)
    return success();
  return op->emitOpError("expected ")
         << size << " " << what << " values, got " << values.size();
}

/// Shape of `input` with dimension `axis` replaced by `replacement`.
static SmallVector<int64_t> replaceDim(ArrayRef<int64_t> shape, int64_t axis,
                                       ArrayRef<int64_t> replacement) {
  SmallVector<int64_t> result(shape.take_front(axis));
  llvm::append_range(result, replacement);
  llvm::append_range(result, shape.drop_front(axis + 1));
  return result;
}

//===----------------------------------------------------------------------===//
// ConstantOp
//===----------------------------------------------------------------------===//

LogicalResult ConstantOp::verify() {
  auto valueType = cast<ShapedType>(getValue().getType());
  if (!isStorageTypeOf(valueType, getOutput().getType()))
    return emitOpError("value of type ")
           << valueType << " cannot initialize a tensor of type "
           << getOutput().getType();
  return success();
}

//===----------------------------------------------------------------------===//
// ReshapeOp
//===----------------------------------------------------------------------===//

LogicalResult ReshapeOp::verify() {
  auto inType = getInput().getType();
  auto outType = getOutput().getType();
  if (!inType.hasStaticShape() || !outType.hasStaticShape())
    return success(); // element counts are checked once shapes are known
  if (inType.getNumElements() != outType.getNumElements())
    return emitOpError("expected the same number of elements, got ")
           << inType.getNumElements() << " and " << outType.getNumElements();
  return success();
}

//===----------------------------------------------------------------------===//
// Quantization ops
//===----------------------------------------------------------------------===//

LogicalResult FakeQuantOp::verify() {
  int64_t qmin = getQuantMinAttr().getInt();
  int64_t qmax = getQuantMaxAttr().getInt();
  if (qmin >= qmax)
    return emitOpError("expected quant_min < quant_max, got ")
           << qmin << " and " << qmax;
  auto storage = cast<IntegerType>(getStorageType());
  unsigned width = storage.getWidth();
  bool isSigned = !storage.isUnsigned();
  int64_t lo = isSigned ? -(int64_t(1) << (width - 1)) : 0;
  int64_t hi = isSigned ? (int64_t(1) << (width - 1)) - 1
                        : (int64_t(1) << width) - 1;
  if (width > 32 || qmin < lo || qmax > hi)
    return emitOpError("quant range [")
           << qmin << ", " << qmax << "] does not fit storage type " << storage;

  ArrayRef<double> scales = getScale();
  ArrayRef<int64_t> zeroPoints = getZeroPoint();
  if (scales.size() != zeroPoints.size())
    return emitOpError("expected as many zero points as scales, got ")
           << zeroPoints.size() << " and " << scales.size();
  auto type = getInput().getType();
  if (auto axisAttr = getAxisAttr()) {
    int64_t axis = axisAttr.getInt();
    if (axis < 0 || axis >= type.getRank())
      return emitOpError("axis ") << axis << " out of range for rank "
                                  << type.getRank();
    int64_t dim = type.getDimSize(axis);
    if (!ShapedType::isDynamic(dim) && int64_t(scales.size()) != dim)
      return emitOpError("expected ")
             << dim << " scales along axis " << axis << ", got "
             << scales.size();
  } else if (scales.size() != 1) {
    return emitOpError("per-tensor fake_quant expects one scale, got ")
           << scales.size();
  }
  for (double scale : scales)
    if (!(scale > 0.0))
      return emitOpError("scales must be positive, got ") << scale;
  for (int64_t zp : zeroPoints)
    if (zp < qmin || zp > qmax)
      return emitOpError("zero point ")
             << zp << " outside [" << qmin << ", " << qmax << "]";
  return success();
}

/// A quantize/dequantize float side must be the expressed type of the
/// quantized side.
static LogicalResult verifyExpressedType(Operation *op, Type floatElement,
                                         quant::QuantizedType quantized) {
  if (quantized.getExpressedType() != floatElement)
    return op->emitOpError("expected float type ")
           << quantized.getExpressedType() << " expressed by " << quantized
           << ", got " << floatElement;
  return success();
}

LogicalResult QuantizeOp::verify() {
  auto outElement =
      cast<quant::QuantizedType>(getOutput().getType().getElementType());
  Type inElement = getInput().getType().getElementType();
  if (auto inQuant = dyn_cast<quant::QuantizedType>(inElement))
    inElement = inQuant.getExpressedType();
  return verifyExpressedType(*this, inElement, outElement);
}

LogicalResult DequantizeOp::verify() {
  auto inElement =
      cast<quant::QuantizedType>(getInput().getType().getElementType());
  return verifyExpressedType(*this, getOutput().getType().getElementType(),
                             inElement);
}

//===----------------------------------------------------------------------===//
// Normalization and softmax
//===----------------------------------------------------------------------===//

LogicalResult SoftmaxOp::verify() {
  return verifyAxis(*this, getAxisAttr().getInt(),
                    getInput().getType().getRank());
}

/// Shared by rms_norm and layer_norm: rank >= 1, epsilon >= 0, 1-D weight and
/// bias of the last-dim size, result shaped like the input.
static LogicalResult verifyLastDimNorm(Operation *op, Value input, Value weight,
                                       Value bias, FloatAttr epsilon,
                                       Value output) {
  RankedTensorType type = tensorType(input);
  if (failed(verifyMinRank(op, type, 1, "input")))
    return failure();
  double eps = epsilon.getValueAsDouble();
  if (!(eps >= 0.0))
    return op->emitOpError("expected epsilon >= 0, got ") << eps;
  int64_t channels = type.getShape().back();
  if (failed(verifyChannelVector(op, weight, channels, "weight")) ||
      failed(verifyChannelVector(op, bias, channels, "bias")))
    return failure();
  return verifyShape(op, type.getShape(), tensorType(output));
}

LogicalResult RmsNormOp::verify() {
  return verifyLastDimNorm(*this, getInput(), getWeight(), Value(),
                           getEpsilonAttr(), getOutput());
}

LogicalResult LayerNormOp::verify() {
  return verifyLastDimNorm(*this, getInput(), getWeight(), getBias(),
                           getEpsilonAttr(), getOutput());
}

//===----------------------------------------------------------------------===//
// Reductions and scans
//===----------------------------------------------------------------------===//

/// Shared by the reduce_* ops (called from their ODS extraClassDefinition).
static LogicalResult verifyReduce(Operation *op, RankedTensorType input,
                                  ArrayRef<int64_t> axes, bool keepdim,
                                  RankedTensorType output) {
  if (axes.empty())
    return op->emitOpError("expected at least one axis");
  FailureOr<SmallVector<int64_t>> normalized =
      verifyAxes(op, axes, input.getRank());
  if (failed(normalized))
    return failure();
  SmallVector<int64_t> shape;
  for (auto [dim, size] : llvm::enumerate(input.getShape())) {
    if (!llvm::is_contained(*normalized, int64_t(dim)))
      shape.push_back(size);
    else if (keepdim)
      shape.push_back(1);
  }
  return verifyShape(op, shape, output);
}


LogicalResult CumsumOp::verify() {
  return verifyAxis(*this, getAxisAttr().getInt(),
                    getInput().getType().getRank());
}

//===----------------------------------------------------------------------===//
// Contractions and windows
//===----------------------------------------------------------------------===//

LogicalResult EmbeddingOp::verify() {
  if (failed(verifyDataKind(*this, {getTable(), getOutput()})))
    return failure();
  RankedTensorType table = getTable().getType();
  if (failed(verifyRank(*this, table, 2, "table")))
    return failure();
  SmallVector<int64_t> shape(getIds().getType().getShape());
  shape.push_back(table.getDimSize(1));
  return verifyShape(*this, shape, getOutput().getType());
}

LogicalResult LinearOp::verify() {
  RankedTensorType input = getInput().getType();
  RankedTensorType weight = getWeight().getType();
  if (failed(verifyMinRank(*this, input, 1, "input")) ||
      failed(verifyRank(*this, weight, 2, "weight")) ||
      failed(verifyDimMatch(*this, weight.getDimSize(1), "weight input",
                            input.getShape().back(), "input feature")))
    return failure();
  int64_t outFeatures = weight.getDimSize(0);
  if (failed(verifyChannelVector(*this, getBias(), outFeatures, "bias")))
    return failure();
  SmallVector<int64_t> shape(input.getShape().drop_back());
  shape.push_back(outFeatures);
  return verifyShape(*this, shape, getOutput().getType());
}

LogicalResult MatmulOp::verify() {
  RankedTensorType lhs = getLhs().getType();
  RankedTensorType rhs = getRhs().getType();
  if (failed(verifyMinRank(*this, lhs, 2, "lhs")) ||
      failed(verifyMinRank(*this, rhs, 2, "rhs")))
    return failure();
  // [M, K] and [K, N] after the optional transposes.
  int64_t lhsRows = lhs.getDimSize(lhs.getRank() - 2);
  int64_t lhsCols = lhs.getDimSize(lhs.getRank() - 1);
  int64_t rhsRows = rhs.getDimSize(rhs.getRank() - 2);
  int64_t rhsCols = rhs.getDimSize(rhs.getRank() - 1);
  if (getTransposeLhs())
    std::swap(lhsRows, lhsCols);
  if (getTransposeRhs())
    std::swap(rhsRows, rhsCols);
  if (failed(verifyDimMatch(*this, lhsCols, "lhs contraction", rhsRows,
                            "rhs contraction")))
    return failure();
  std::optional<SmallVector<int64_t>> shape = broadcastShapes(
      lhs.getShape().drop_back(2), rhs.getShape().drop_back(2));
  if (!shape)
    return emitOpError("batch dimensions do not broadcast");
  shape->append({lhsRows, rhsCols});
  return verifyShape(*this, *shape, getOutput().getType());
}

/// `[top, left, bottom, right]`, from either that form or `[pad_h, pad_w]`.
static FailureOr<std::array<int64_t, 4>>
verifyPadding2D(Operation *op, ArrayRef<int64_t> padding) {
  if (failed(verifyAtLeast(op, padding, 0, "padding")))
    return failure();
  if (padding.size() == 2)
    return std::array<int64_t, 4>{padding[0], padding[1], padding[0],
                                  padding[1]};
  if (padding.size() == 4)
    return std::array<int64_t, 4>{padding[0], padding[1], padding[2],
                                  padding[3]};
  return op->emitOpError("expected 2 or 4 padding values, got ")
         << padding.size();
}

/// Spatial output sizes of a 2-D window op over an NCHW input, given its
/// `[top, left, bottom, right]` padding; checks the attribute sizes and
/// ranges shared by conv2d and avg_pool2d.
static FailureOr<std::array<int64_t, 2>>
verifyWindow2D(Operation *op, RankedTensorType input,
               ArrayRef<int64_t> kernel, ArrayRef<int64_t> strides,
               const std::array<int64_t, 4> &pads,
               ArrayRef<int64_t> dilations) {
  if (failed(verifyRank(op, input, 4, "input")) ||
      failed(verifyArraySize(op, strides, 2, "strides")) ||
      failed(verifyArraySize(op, dilations, 2, "dilations")) ||
      failed(verifyAtLeast(op, strides, 1, "strides")) ||
      failed(verifyAtLeast(op, dilations, 1, "dilations")))
    return failure();
  std::array<int64_t, 2> sizes;
  for (int i = 0; i < 2; ++i)
    sizes[i] = windowOutputSize(input.getDimSize(2 + i), kernel[i], strides[i],
                                pads[i], pads[2 + i], dilations[i]);
  if (llvm::is_contained(sizes, 0))
    return op->emitOpError("window does not fit the padded input");
  return sizes;
}

LogicalResult Conv2DOp::verify() {
  RankedTensorType input = getInput().getType();
  RankedTensorType weight = getWeight().getType();
  if (failed(verifyRank(*this, input, 4, "input")) ||
      failed(verifyRank(*this, weight, 4, "weight")))
    return failure();
  int64_t groups = getGroupsAttr().getInt();
  if (groups < 1)
    return emitOpError("expected groups >= 1, got ") << groups;
  int64_t inChannels = input.getDimSize(1);
  int64_t outChannels = weight.getDimSize(0);
  for (auto [channels, what] : {std::pair{inChannels, "input"},
                                std::pair{outChannels, "output"}})
    if (!ShapedType::isDynamic(channels) && channels % groups != 0)
      return emitOpError() << what << " channels " << channels
                           << " are not a multiple of groups " << groups;
  int64_t groupChannels = ShapedType::isDynamic(inChannels)
                              ? ShapedType::kDynamic
                              : inChannels / groups;
  if (failed(verifyDimMatch(*this, weight.getDimSize(1), "weight input channel",
                            groupChannels, "input channels / groups")) ||
      failed(verifyChannelVector(*this, getBias(), outChannels, "bias")))
    return failure();
  FailureOr<std::array<int64_t, 4>> pads = verifyPadding2D(*this, getPadding());
  if (failed(pads))
    return failure();
  FailureOr<std::array<int64_t, 2>> spatial =
      verifyWindow2D(*this, input, weight.getShape().take_back(2),
                     getStrides(), *pads, getDilations());
  if (failed(spatial))
    return failure();
  return verifyShape(*this,
                     {input.getDimSize(0), outChannels, (*spatial)[0],
                      (*spatial)[1]},
                     getOutput().getType());
}

LogicalResult AvgPool2DOp::verify() {
  ArrayRef<int64_t> kernel = getKernel();
  if (failed(verifyArraySize(*this, kernel, 2, "kernel")) ||
      failed(verifyAtLeast(*this, kernel, 1, "kernel")))
    return failure();
  FailureOr<std::array<int64_t, 4>> pads = verifyPadding2D(*this, getPadding());
  if (failed(pads))
    return failure();
  for (int i = 0; i < 4; ++i)
    if (2 * (*pads)[i] > kernel[i % 2])
      return emitOpError("expected padding at most half the kernel, got ")
             << (*pads)[i] << " for kernel " << kernel[i % 2];
  RankedTensorType input = getInput().getType();
  FailureOr<std::array<int64_t, 2>> spatial =
      verifyWindow2D(*this, input, kernel, getStrides(), *pads, {1, 1});
  if (failed(spatial))
    return failure();
  return verifyShape(*this,
                     {input.getDimSize(0), input.getDimSize(1), (*spatial)[0],
                      (*spatial)[1]},
                     getOutput().getType());
}

//===----------------------------------------------------------------------===//
// Data movement
//===----------------------------------------------------------------------===//

LogicalResult TransposeOp::verify() {
  RankedTensorType input = getInput().getType();
  ArrayRef<int64_t> perms = getPerms();
  SmallVector<int64_t> sorted(perms);
  llvm::sort(sorted);
  bool isPermutation = int64_t(perms.size()) == input.getRank();
  for (auto [i, p] : llvm::enumerate(sorted))
    isPermutation &= p == int64_t(i);
  if (!isPermutation)
    return emitOpError("expected perms to be a permutation of [0, ")
           << input.getRank() << "), got " << formatShape(perms);
  SmallVector<int64_t> shape;
  for (int64_t p : perms)
    shape.push_back(input.getDimSize(p));
  return verifyShape(*this, shape, getOutput().getType());
}

std::optional<std::pair<int64_t, int64_t>>
SliceOp::normalizeBounds(int64_t dimSize, int64_t start, int64_t end) {
  if (ShapedType::isDynamic(dimSize))
    return std::nullopt;
  auto clampIndex = [&](int64_t index) {
    if (index < 0)
      index += dimSize;
    return std::clamp<int64_t>(index, 0, dimSize);
  };
  return std::pair(clampIndex(start), clampIndex(end));
}

LogicalResult SliceOp::verify() {
  RankedTensorType input = getInput().getType();
  int64_t rank = input.getRank();
  ArrayRef<int64_t> starts = getStart(), ends = getEnd(), steps = getStep();
  if (failed(verifyArraySize(*this, starts, rank, "start")) ||
      failed(verifyArraySize(*this, ends, rank, "end")) ||
      failed(verifyArraySize(*this, steps, rank, "step")) ||
      failed(verifyAtLeast(*this, steps, 1, "step")))
    return failure();
  SmallVector<int64_t> shape;
  for (int64_t i = 0; i < rank; ++i) {
    std::optional<std::pair<int64_t, int64_t>> bounds =
        normalizeBounds(input.getDimSize(i), starts[i], ends[i]);
    if (!bounds) {
      shape.push_back(ShapedType::kDynamic);
      continue;
    }
    int64_t span = std::max<int64_t>(0, bounds->second - bounds->first);
    shape.push_back(llvm::divideCeil(span, steps[i]));
  }
  return verifyShape(*this, shape, getOutput().getType());
}

LogicalResult ConcatOp::verify() {
  OperandRange inputs = getInputs();
  if (inputs.empty())
    return emitOpError("expected at least one input");
  RankedTensorType first = tensorType(inputs.front());
  FailureOr<int64_t> axis =
      verifyAxis(*this, getAxisAttr().getInt(), first.getRank());
  if (failed(axis))
    return failure();
  SmallVector<int64_t> shape(first.getShape());
  for (Value input : inputs.drop_front()) {
    RankedTensorType type = tensorType(input);
    if (failed(verifyRank(*this, type, first.getRank(), "every input")))
      return failure();
    for (int64_t d = 0; d < first.getRank(); ++d) {
      int64_t size = type.getDimSize(d);
      if (d == *axis) {
        shape[d] = ShapedType::isDynamic(shape[d]) || ShapedType::isDynamic(size)
                       ? ShapedType::kDynamic
                       : shape[d] + size;
      } else if (!isCompatibleDim(shape[d], size)) {
        return emitOpError("inputs disagree on dimension ")
               << d << ": " << shape[d] << " and " << size;
      }
    }
  }
  return verifyShape(*this, shape, getOutput().getType());
}

LogicalResult SplitOp::verify() {
  RankedTensorType input = getInput().getType();
  FailureOr<int64_t> axis =
      verifyAxis(*this, getAxisAttr().getInt(), input.getRank());
  if (failed(axis))
    return failure();
  ArrayRef<int64_t> sizes = getSizes();
  if (failed(verifyArraySize(*this, sizes, getNumResults(), "sizes")) ||
      failed(verifyAtLeast(*this, sizes, 1, "sizes")))
    return failure();
  int64_t total = 0;
  for (int64_t size : sizes)
    total += size;
  if (failed(verifyDimMatch(*this, total, "sum of sizes",
                            input.getDimSize(*axis), "split axis")))
    return failure();
  for (auto [size, output] : llvm::zip_equal(sizes, getOutputs()))
    if (failed(verifyShape(*this, replaceDim(input.getShape(), *axis, {size}),
                           tensorType(output))))
      return failure();
  return success();
}

LogicalResult BroadcastOp::verify() {
  ArrayRef<int64_t> from = getInput().getType().getShape();
  ArrayRef<int64_t> to = getOutput().getType().getShape();
  if (isBroadcastableTo(from, to))
    return success();
  return emitOpError("cannot broadcast shape ")
         << formatShape(from) << " to " << formatShape(to);
}

LogicalResult SqueezeOp::verify() {
  RankedTensorType input = getInput().getType();
  FailureOr<SmallVector<int64_t>> dims =
      verifyAxes(*this, getDims(), input.getRank(), "dims");
  if (failed(dims))
    return failure();
  SmallVector<int64_t> shape;
  for (auto [d, size] : llvm::enumerate(input.getShape())) {
    if (!llvm::is_contained(*dims, int64_t(d))) {
      shape.push_back(size);
      continue;
    }
    if (!isCompatibleDim(size, 1))
      return emitOpError("cannot squeeze dimension ")
             << d << " of size " << size;
  }
  return verifyShape(*this, shape, getOutput().getType());
}

LogicalResult UnsqueezeOp::verify() {
  RankedTensorType input = getInput().getType();
  int64_t rank = input.getRank() + int64_t(getDims().size());
  FailureOr<SmallVector<int64_t>> dims =
      verifyAxes(*this, getDims(), rank, "dims");
  if (failed(dims))
    return failure();
  SmallVector<int64_t> shape;
  ArrayRef<int64_t> rest = input.getShape();
  for (int64_t d = 0; d < rank; ++d) {
    if (llvm::is_contained(*dims, d)) {
      shape.push_back(1);
    } else {
      shape.push_back(rest.front());
      rest = rest.drop_front();
    }
  }
  return verifyShape(*this, shape, getOutput().getType());
}

LogicalResult GatherOp::verify() {
  RankedTensorType input = getInput().getType();
  FailureOr<int64_t> axis =
      verifyAxis(*this, getAxisAttr().getInt(), input.getRank());
  if (failed(axis) || failed(verifyDataKind(*this, {getInput(), getOutput()})))
    return failure();
  return verifyShape(
      *this, replaceDim(input.getShape(), *axis, getIndices().getType().getShape()),
      getOutput().getType());
}

LogicalResult GatherElementsOp::verify() {
  RankedTensorType input = getInput().getType();
  RankedTensorType indices = getIndices().getType();
  FailureOr<int64_t> axis =
      verifyAxis(*this, getAxisAttr().getInt(), input.getRank());
  if (failed(axis) || failed(verifyDataKind(*this, {getInput(), getOutput()})) ||
      failed(verifyRank(*this, indices, input.getRank(), "indices")))
    return failure();
  for (int64_t d = 0; d < input.getRank(); ++d) {
    int64_t size = indices.getDimSize(d), bound = input.getDimSize(d);
    if (d != *axis && !ShapedType::isDynamic(size) &&
        !ShapedType::isDynamic(bound) && size > bound)
      return emitOpError("indices dimension ")
             << d << " of size " << size << " exceeds input size " << bound;
  }
  return verifyShape(*this, indices.getShape(), getOutput().getType());
}

LogicalResult IndexSelectOp::verify() {
  RankedTensorType input = getInput().getType();
  FailureOr<int64_t> axis =
      verifyAxis(*this, getAxisAttr().getInt(), input.getRank());
  if (failed(axis) || failed(verifyDataKind(*this, {getInput(), getOutput()})))
    return failure();
  return verifyShape(*this,
                     replaceDim(input.getShape(), *axis,
                                {getIndices().getType().getDimSize(0)}),
                     getOutput().getType());
}

//===----------------------------------------------------------------------===//
// Maximum and minimum
//===----------------------------------------------------------------------===//

/// A quantized max/min selects stored integers, which is only the max/min of
/// the real values when operands and result share one quantized type.
static LogicalResult verifyMinMax(Operation *op) {
  Type result = getElementTypeOrSelf(op->getResult(0).getType());
  for (Value operand : op->getOperands()) {
    Type element = getElementTypeOrSelf(operand.getType());
    if ((isa<quant::QuantizedType>(element) ||
         isa<quant::QuantizedType>(result)) &&
        element != result)
      return op->emitOpError("expected quantized operands of the result "
                             "type ")
             << result << ", got " << element;
  }
  return success();
}

LogicalResult MaximumOp::verify() { return verifyMinMax(*this); }
LogicalResult MinimumOp::verify() { return verifyMinMax(*this); }

//===----------------------------------------------------------------------===//
// Selection, comparison and logic
//===----------------------------------------------------------------------===//

LogicalResult WhereOp::verify() {
  if (failed(verifyDataKind(*this, {getLhs(), getRhs(), getOutput()})))
    return failure();
  std::optional<SmallVector<int64_t>> shape =
      broadcastShapes(getCondition().getType().getShape(),
                      getLhs().getType().getShape());
  if (shape)
    shape = broadcastShapes(*shape, getRhs().getType().getShape());
  if (!shape)
    return emitOpError("operands do not broadcast together");
  return verifyShape(*this, *shape, getOutput().getType());
}

LogicalResult CompareOp::verify() {
  return verifyDataKind(*this, {getLhs(), getRhs()});
}

LogicalResult IotaOp::verify() {
  RankedTensorType type = getOutput().getType();
  if (!type.hasStaticShape())
    return emitOpError("expected a static result length");
  double start = getStartAttr().getValueAsDouble();
  double step = getStepAttr().getValueAsDouble();
  if (step == 0.0)
    return emitOpError("expected a non-zero step");
  if (isa<IntegerType>(type.getElementType()) &&
      (start != std::trunc(start) || step != std::trunc(step)))
    return emitOpError("expected integral start and step for ")
           << type.getElementType() << ", got " << start << " and " << step;
  return success();
}

//===----------------------------------------------------------------------===//
// Scatter and in-place span writes
//===----------------------------------------------------------------------===//

LogicalResult MaskedScatterOp::verify() {
  if (failed(verifyDataKind(*this, {getEmbeds(), getFeatures()})))
    return failure();
  RankedTensorType embeds = getEmbeds().getType();
  RankedTensorType features = getFeatures().getType();
  if (failed(verifyMinRank(*this, embeds, 1, "embeds")))
    return failure();
  if (!isBroadcastableTo(getMask().getType().getShape(), embeds.getShape()))
    return emitOpError("mask does not broadcast to the embeds shape");
  if (features.getRank() != 2 && features.getRank() != 3)
    return emitOpError("expected features of rank 2 or 3, got ")
           << features.getRank();
  if (failed(verifyDimMatch(*this, features.getShape().back(),
                            "features last dim", embeds.getShape().back(),
                            "embeds last dim")))
    return failure();
  if (features.getRank() == 3)
    return verifyDimMatch(*this, features.getDimSize(0), "features batch",
                          embeds.getDimSize(0), "embeds batch");
  return success();
}

LogicalResult SliceUpdateOp::verify() {
  RankedTensorType dest = getDest().getType();
  RankedTensorType update = getUpdate().getType();
  ArrayRef<int64_t> start = getStart();
  if (failed(verifyRank(*this, update, dest.getRank(), "update")) ||
      failed(verifyArraySize(*this, start, dest.getRank(), "start")) ||
      failed(verifyAtLeast(*this, start, 0, "start")))
    return failure();
  for (int64_t d = 0; d < dest.getRank(); ++d) {
    int64_t size = update.getDimSize(d), bound = dest.getDimSize(d);
    if (!ShapedType::isDynamic(size) && !ShapedType::isDynamic(bound) &&
        start[d] + size > bound)
      return emitOpError("update does not fit along dimension ")
             << d << ": " << start[d] << " + " << size << " > " << bound;
  }
  return success();
}

LogicalResult ScatterNdOp::verify() {
  if (failed(verifyDataKind(*this, {getData(), getUpdates(), getOutput()})))
    return failure();
  RankedTensorType data = getData().getType();
  RankedTensorType indices = getIndices().getType();
  if (failed(verifyMinRank(*this, indices, 1, "indices")))
    return failure();
  int64_t depth = indices.getShape().back();
  if (ShapedType::isDynamic(depth))
    return emitOpError("expected a static index depth");
  if (depth < 1 || depth > data.getRank())
    return emitOpError("expected index depth in [1, ")
           << data.getRank() << "], got " << depth;
  SmallVector<int64_t> shape(indices.getShape().drop_back());
  llvm::append_range(shape, data.getShape().drop_front(depth));
  return verifyShape(*this, shape, getUpdates().getType(), "updates");
}

//===----------------------------------------------------------------------===//
// Composite ops
//===----------------------------------------------------------------------===//

LogicalResult RopeOp::verify() {
  RankedTensorType input = getInput().getType();
  if (failed(verifyMinRank(*this, input, 1, "input")))
    return failure();
  int64_t channels = input.getShape().back();
  if (!ShapedType::isDynamic(channels) && channels % 2 != 0)
    return emitOpError("expected an even last dimension, got ") << channels;
  if (getCos().getType().getShape() != getSin().getType().getShape())
    return emitOpError("expected cos and sin of one shape");
  if (!isBroadcastableTo(getCos().getType().getShape(), input.getShape()))
    return emitOpError("cos and sin do not broadcast to the input shape");
  return verifyShape(*this, input.getShape(), getOutput().getType());
}

//===----------------------------------------------------------------------===//
// ObserveOp
//===----------------------------------------------------------------------===//

LogicalResult ObserveOp::verify() {
  ObserverKind kind = getKind();
  if (FloatAttr momentum = getMomentumAttr()) {
    double value = momentum.getValueAsDouble();
    if (kind != ObserverKind::ema)
      return emitOpError("momentum is only valid for an ema observer");
    if (!(value > 0.0 && value < 1.0))
      return emitOpError("expected momentum in (0, 1), got ") << value;
  }
  FloatAttr percentile = getPercentileAttr();
  if (kind == ObserverKind::percentile && !percentile)
    return emitOpError("percentile observer requires a percentile");
  if (percentile) {
    double value = percentile.getValueAsDouble();
    if (kind != ObserverKind::percentile)
      return emitOpError("percentile is only valid for a percentile observer");
    if (!(value > 0.0 && value <= 100.0))
      return emitOpError("expected percentile in (0, 100], got ") << value;
  }
  IntegerAttr axis = getAxisAttr();
  if (getGranularity() == Granularity::per_tensor) {
    if (axis)
      return emitOpError("per_tensor observer takes no axis");
    return success();
  }
  if (!axis)
    return emitOpError("per_channel observer requires an axis");
  return verifyAxis(*this, axis.getInt(), getInput().getType().getRank());
}

std::optional<TokenLookup> tq::matchTokenLookup(Operation *op) {
  if (auto embedding = dyn_cast<EmbeddingOp>(op))
    return TokenLookup{op, embedding.getTable(),
                       &embedding.getIdsMutable()};
  auto gather = dyn_cast<GatherOp>(op);
  if (!gather || gather.getAxis() != 0 ||
      !gather.getInput().getDefiningOp<ConstantOp>())
    return std::nullopt;
  auto table = dyn_cast<RankedTensorType>(gather.getInput().getType());
  if (!table || table.getRank() != 2)
    return std::nullopt;
  return TokenLookup{op, gather.getInput(), &gather.getIndicesMutable()};
}

/// True when `compare` is `value == c` (either side) with `c` a one-value
/// integer constant in `ids`.
static bool comparesWithAny(CompareOp compare, Value value,
                            ArrayRef<int64_t> ids) {
  if (compare.getDirection() != CompareDirection::eq)
    return false;
  Value other = compare.getLhs() == value ? compare.getRhs() : compare.getLhs();
  auto constant = other.getDefiningOp<ConstantOp>();
  if (!constant)
    return false;
  auto values = dyn_cast<DenseIntElementsAttr>(constant.getValue());
  if (!values || values.getNumElements() != 1)
    return false;
  return llvm::is_contained(ids, (*values.value_begin<APInt>()).getSExtValue());
}

bool tq::readsTokenIds(const TokenLookup &lookup,
                       ArrayRef<int64_t> placeholders) {
  auto ids = dyn_cast<BlockArgument>(lookup.ids->get());
  if (!ids || !ids.getOwner()->isEntryBlock())
    return false;
  if (isa<EmbeddingOp>(lookup.op))
    return true;
  return llvm::any_of(ids.getUsers(), [&](Operation *user) {
    auto compare = dyn_cast<CompareOp>(user);
    return compare && comparesWithAny(compare, ids, placeholders);
  });
}

#define GET_OP_CLASSES
#include "tico/Dialect/TQ/IR/TQOps.cpp.inc"
