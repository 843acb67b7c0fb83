//===- LayoutKernels.cpp - Reshape, transpose, slice, concat, ... ---------===//
//
// Data movement copies elements bit-exactly, so it works on every element
// type. Quantized tensors are accepted when the data operands and results
// share one quantized type (moving integers with other qparams would need a
// requantization, which is not supported yet).
//
//===----------------------------------------------------------------------===//

#include "KernelUtils.h"

#include "tico/Dialect/Circle/IR/CircleOps.h"

#include "mlir/Dialect/Quant/IR/QuantTypes.h"

#include <cstring>

namespace mlir::tico::interp {
namespace {

/// Copies `in` into `out` reading input element `map[i]` for output `i`.
void gatherBytes(const HostTensor &in, HostTensor &out,
                 ArrayRef<int64_t> map) {
  unsigned width = out.getElementByteWidth();
  for (int64_t i = 0, e = out.getNumElements(); i < e; ++i)
    std::memcpy(out.getElementPtr(i), in.getElementPtr(map[i]), width);
}

/// Input flat indices of a strided box: dim d starts at `begin[d]` and steps
/// by `stride[d]` (may be negative) for `sizes[d]` elements.
std::vector<int64_t> stridedMap(ArrayRef<int64_t> inShape,
                                ArrayRef<int64_t> begin,
                                ArrayRef<int64_t> stride,
                                ArrayRef<int64_t> sizes) {
  SmallVector<int64_t, 4> inStrides = getStrides(inShape);
  int64_t rank = inShape.size();
  int64_t total = getNumElements(sizes);
  std::vector<int64_t> map(total);
  SmallVector<int64_t, 4> index(rank, 0);
  for (int64_t i = 0; i < total; ++i) {
    int64_t offset = 0;
    for (int64_t d = 0; d < rank; ++d)
      offset += (begin[d] + index[d] * stride[d]) * inStrides[d];
    map[i] = offset;
    for (int64_t d = rank - 1; d >= 0; --d) {
      if (++index[d] < sizes[d])
        break;
      index[d] = 0;
    }
  }
  return map;
}

LogicalResult checkCount(KernelContext &context, int64_t count) {
  if (count != context.result().getNumElements())
    return context.op->emitOpError("expected ")
           << count << " result elements, got "
           << context.result().getNumElements();
  return success();
}

//===----------------------------------------------------------------------===//
// Reshape-like ops (reshape, squeeze, unsqueeze, expand_dims)
//===----------------------------------------------------------------------===//

LogicalResult reshapeKernel(KernelContext &context) {
  if (failed(checkMovable(context, {0})))
    return failure();
  const HostTensor &in = context.operand(0);
  HostTensor &out = context.result();
  if (in.getNumElements() != out.getNumElements())
    return checkCount(context, in.getNumElements());
  // The same bytes: a reshaped constant keeps reading the module's data.
  if (in.getElementType() == out.getElementType()) {
    out = in.reshaped(out.getShape());
    return success();
  }
  // std::copy, not memcpy: an empty tensor may have no storage at all.
  llvm::copy(in.getBytes(), out.getMutableBytes().begin());
  return success();
}

//===----------------------------------------------------------------------===//
// Transpose
//===----------------------------------------------------------------------===//

LogicalResult transpose(KernelContext &context, ArrayRef<int64_t> perm) {
  if (failed(checkMovable(context, {0})))
    return failure();
  const HostTensor &in = context.operand(0);
  HostTensor &out = context.result();
  int64_t rank = in.getRank();
  if (static_cast<int64_t>(perm.size()) != rank)
    return context.op->emitOpError("expected ")
           << rank << " permutation entries, got " << perm.size();
  SmallVector<int64_t, 4> inStrides = getStrides(in.getShape());
  SmallVector<int64_t, 4> stride(rank), sizes(rank), begin(rank, 0);
  for (int64_t d = 0; d < rank; ++d) {
    FailureOr<int64_t> p = normalizeAxis(context.op, perm[d], rank);
    if (failed(p))
      return failure();
    sizes[d] = in.getShape()[*p];
    stride[d] = 1;
    // Build the map through a permuted-strides walk below.
    begin[d] = *p;
  }
  if (failed(checkCount(context, getNumElements(sizes))))
    return failure();
  int64_t total = out.getNumElements();
  std::vector<int64_t> map(total);
  SmallVector<int64_t, 4> index(rank, 0);
  for (int64_t i = 0; i < total; ++i) {
    int64_t offset = 0;
    for (int64_t d = 0; d < rank; ++d)
      offset += index[d] * inStrides[begin[d]];
    map[i] = offset;
    for (int64_t d = rank - 1; d >= 0; --d) {
      if (++index[d] < sizes[d])
        break;
      index[d] = 0;
    }
  }
  gatherBytes(in, out, map);
  return success();
}

LogicalResult tqTranspose(KernelContext &context) {
  return transpose(context, getI64ArrayAttr(context.op, "perms"));
}

LogicalResult circleTranspose(KernelContext &context) {
  return transpose(context, readInts(context.operand(1)));
}

//===----------------------------------------------------------------------===//
// Slices
//===----------------------------------------------------------------------===//

LogicalResult runStrided(KernelContext &context, ArrayRef<int64_t> begin,
                         ArrayRef<int64_t> stride, ArrayRef<int64_t> sizes) {
  const HostTensor &in = context.operand(0);
  if (failed(checkCount(context, getNumElements(sizes))))
    return failure();
  gatherBytes(in, context.result(),
              stridedMap(in.getShape(), begin, stride, sizes));
  return success();
}

/// tq.slice: torch slicing, negative start/end count from the end, both
/// clamped to [0, dim], positive step.
LogicalResult tqSlice(KernelContext &context) {
  if (failed(checkMovable(context, {0})))
    return failure();
  ArrayRef<int64_t> shape = context.operand(0).getShape();
  ArrayRef<int64_t> start = getI64ArrayAttr(context.op, "start");
  ArrayRef<int64_t> end = getI64ArrayAttr(context.op, "end");
  ArrayRef<int64_t> step = getI64ArrayAttr(context.op, "step");
  size_t rank = shape.size();
  if (start.size() != rank || end.size() != rank || step.size() != rank)
    return context.op->emitOpError("expected ")
           << rank << " start/end/step entries";
  SmallVector<int64_t, 4> begin(rank), sizes(rank);
  for (size_t d = 0; d < rank; ++d) {
    if (step[d] <= 0)
      return context.op->emitOpError("expected a positive step, got ")
             << step[d];
    auto norm = [&](int64_t v) {
      if (v < 0)
        v += shape[d];
      return std::min(std::max<int64_t>(v, 0), shape[d]);
    };
    int64_t b = norm(start[d]), e = norm(end[d]);
    begin[d] = b;
    sizes[d] = e > b ? (e - b + step[d] - 1) / step[d] : 0;
  }
  return runStrided(context, begin, step, sizes);
}

/// circle.slice: begin and size, size -1 meaning "to the end".
LogicalResult circleSlice(KernelContext &context) {
  if (failed(checkMovable(context, {0})))
    return failure();
  ArrayRef<int64_t> shape = context.operand(0).getShape();
  SmallVector<int64_t> begin = readInts(context.operand(1));
  SmallVector<int64_t> size = readInts(context.operand(2));
  if (begin.size() != shape.size() || size.size() != shape.size())
    return context.op->emitOpError("expected ")
           << shape.size() << " begin and size entries";
  SmallVector<int64_t, 4> stride(shape.size(), 1);
  for (size_t d = 0; d < shape.size(); ++d) {
    if (size[d] == -1)
      size[d] = shape[d] - begin[d];
    if (begin[d] < 0 || size[d] < 0 || begin[d] + size[d] > shape[d])
      return context.op->emitOpError("expected slice [")
             << begin[d] << ", " << begin[d] + size[d] << ") within [0, "
             << shape[d] << ") in dimension " << d;
  }
  return runStrided(context, begin, stride, size);
}

/// circle.strided_slice with TensorFlow mask semantics.
LogicalResult circleStridedSlice(KernelContext &context) {
  if (failed(checkMovable(context, {0})))
    return failure();
  Operation *op = context.op;
  ArrayRef<int64_t> shape = context.operand(0).getShape();
  int64_t rank = shape.size();
  SmallVector<int64_t> begins = readInts(context.operand(1));
  SmallVector<int64_t> ends = readInts(context.operand(2));
  SmallVector<int64_t> strides = readInts(context.operand(3));
  int64_t n = begins.size();
  if (static_cast<int64_t>(ends.size()) != n ||
      static_cast<int64_t>(strides.size()) != n)
    return op->emitOpError("expected begin, end and strides of one length");
  uint32_t beginMask = getIntAttr(op, "begin_mask");
  uint32_t endMask = getIntAttr(op, "end_mask");
  uint32_t ellipsisMask = getIntAttr(op, "ellipsis_mask");
  uint32_t newAxisMask = getIntAttr(op, "new_axis_mask");
  uint32_t shrinkMask = getIntAttr(op, "shrink_axis_mask");
  bool offset = getBoolAttr(op, "offset");
  auto bit = [](uint32_t mask, int64_t i) { return (mask >> i) & 1; };

  // Number of dense dims the sparse entries consume (ellipsis and new axes
  // consume none).
  int64_t consuming = 0;
  for (int64_t i = 0; i < n; ++i)
    if (!bit(ellipsisMask, i) && !bit(newAxisMask, i))
      ++consuming;
  if (consuming > rank)
    return op->emitOpError("expected at most ")
           << rank << " sliced dimensions, got " << consuming;

  SmallVector<int64_t, 4> begin(rank, 0), stride(rank, 1), sizes(shape);
  int64_t dim = 0;
  auto sliceDim = [&](int64_t i) -> LogicalResult {
    int64_t size = shape[dim];
    int64_t s = strides[i];
    if (s == 0)
      return op->emitOpError("expected non-zero strides");
    int64_t b = begins[i], e = ends[i];
    if (bit(shrinkMask, i)) {
      if (b < 0)
        b += size;
      if (b < 0 || b >= size)
        return op->emitOpError("expected shrink index in [0, ")
               << size << "), got " << begins[i];
      begin[dim] = b;
      stride[dim] = 1;
      sizes[dim] = 1;
      ++dim;
      return success();
    }
    auto clampIndex = [&](int64_t v, int64_t lo, int64_t hi) {
      if (v < 0)
        v += size;
      return std::min(std::max(v, lo), hi);
    };
    if (s > 0) {
      b = bit(beginMask, i) ? 0 : clampIndex(b, 0, size);
      if (offset)
        e = std::min(std::max<int64_t>(b + e, 0), size);
      else
        e = bit(endMask, i) ? size : clampIndex(e, 0, size);
      sizes[dim] = e > b ? (e - b + s - 1) / s : 0;
    } else {
      b = bit(beginMask, i) ? size - 1 : clampIndex(b, -1, size - 1);
      if (offset)
        e = std::min(std::max<int64_t>(b + e, -1), size - 1);
      else
        e = bit(endMask, i) ? -1 : clampIndex(e, -1, size - 1);
      sizes[dim] = b > e ? (b - e + (-s) - 1) / (-s) : 0;
    }
    begin[dim] = b;
    stride[dim] = s;
    ++dim;
    return success();
  };
  for (int64_t i = 0; i < n; ++i) {
    if (bit(ellipsisMask, i)) {
      dim += rank - consuming; // full dims
      continue;
    }
    if (bit(newAxisMask, i))
      continue;
    if (failed(sliceDim(i)))
      return failure();
  }
  return runStrided(context, begin, stride, sizes);
}

//===----------------------------------------------------------------------===//
// Concatenation and split
//===----------------------------------------------------------------------===//

LogicalResult concat(KernelContext &context, int64_t axis) {
  SmallVector<unsigned> all;
  for (unsigned i = 0; i < context.operands.size(); ++i)
    all.push_back(i);
  if (failed(checkMovable(context, all)))
    return failure();
  HostTensor &out = context.result();
  FailureOr<int64_t> a = normalizeAxis(context.op, axis, out.getRank());
  if (failed(a))
    return failure();
  ArrayRef<int64_t> shape = out.getShape();
  auto [outer, axisSize, inner] = splitAtAxis(shape, *a);
  unsigned width = out.getElementByteWidth();
  int64_t outRow = axisSize * inner * width;
  int64_t offset = 0;
  for (const HostTensor *in : context.operands) {
    int64_t row = in->getShape()[*a] * inner * width;
    if (offset + row > outRow)
      return context.op->emitOpError("expected inputs that fit the result");
    for (int64_t o = 0; o < outer; ++o)
      std::memcpy(out.getMutableBytes().data() + o * outRow + offset,
                  in->getBytes().data() + o * row, row);
    offset += row;
  }
  auto act = context.op->getAttrOfType<circle::ActivationFunctionTypeAttr>(
      "fused_activation_function");
  if (!act || act.getValue() == circle::ActivationFunctionType::NONE)
    return success();
  if (out.getKind() != ElementKind::Float)
    return context.notSupported("fused activation on a non-float " +
                                context.op->getName().getStringRef());
  std::vector<double> values = out.toDoubles();
  if (failed(applyFusedActivation(context, values)))
    return failure();
  out = HostTensor::fromDoubles(out.getElementType(), shape, values);
  return success();
}

LogicalResult tqConcat(KernelContext &context) {
  return concat(context, getIntAttr(context.op, "axis"));
}

LogicalResult circleConcat(KernelContext &context) {
  return concat(context, getIntAttr(context.op, "axis"));
}

/// Splits operand `inputIndex` along `axis`; the piece sizes are the
/// results' sizes along the axis.
LogicalResult split(KernelContext &context, unsigned inputIndex,
                    int64_t axis) {
  if (failed(checkMovable(context, {inputIndex})))
    return failure();
  const HostTensor &in = context.operand(inputIndex);
  FailureOr<int64_t> a = normalizeAxis(context.op, axis, in.getRank());
  if (failed(a))
    return failure();
  ArrayRef<int64_t> shape = in.getShape();
  auto [outer, axisSize, inner] = splitAtAxis(shape, *a);
  unsigned width = in.getElementByteWidth();
  int64_t inRow = axisSize * inner * width;
  int64_t offset = 0;
  for (HostTensor &out : context.results) {
    int64_t row = out.getShape()[*a] * inner * width;
    if (offset + row > inRow)
      return context.op->emitOpError("expected results that fit the input");
    // An empty piece may have no storage at all (memcpy from null is UB).
    for (int64_t o = 0; row != 0 && o < outer; ++o)
      std::memcpy(out.getMutableBytes().data() + o * row,
                  in.getBytes().data() + o * inRow + offset, row);
    offset += row;
  }
  if (offset != inRow)
    return context.op->emitOpError(
        "expected results that cover the input along the axis");
  return success();
}

LogicalResult tqSplit(KernelContext &context) {
  return split(context, 0, getIntAttr(context.op, "axis"));
}

LogicalResult circleSplit(KernelContext &context) {
  SmallVector<int64_t> axis = readInts(context.operand(0));
  if (axis.size() != 1)
    return context.op->emitOpError("expected one axis value, got ")
           << axis.size();
  return split(context, 1, axis[0]);
}

LogicalResult circleSplitV(KernelContext &context) {
  SmallVector<int64_t> axis = readInts(context.operand(2));
  if (axis.size() != 1)
    return context.op->emitOpError("expected one axis value, got ")
           << axis.size();
  return split(context, 0, axis[0]);
}

//===----------------------------------------------------------------------===//
// Broadcast, pad, tile, slice_update
//===----------------------------------------------------------------------===//

LogicalResult broadcastKernel(KernelContext &context) {
  if (failed(checkMovable(context, {0})))
    return failure();
  const HostTensor &in = context.operand(0);
  HostTensor &out = context.result();
  gatherBytes(in, out, broadcastIndexMap(in.getShape(), out.getShape()));
  return success();
}

/// circle.pad: zeros (the zero point for a quantized tensor) around the
/// input; paddings is [rank, 2].
LogicalResult circlePad(KernelContext &context) {
  if (failed(checkMovable(context, {0})))
    return failure();
  const HostTensor &in = context.operand(0);
  HostTensor &out = context.result();
  SmallVector<int64_t> pads = readInts(context.operand(1));
  int64_t rank = in.getRank();
  if (static_cast<int64_t>(pads.size()) != 2 * rank)
    return context.op->emitOpError("expected ")
           << 2 * rank << " padding values, got " << pads.size();
  if (auto quantType = dyn_cast<quant::UniformQuantizedType>(
          out.getElementType())) {
    for (int64_t i = 0, e = out.getNumElements(); i < e; ++i)
      out.setInt(i, quantType.getZeroPoint());
  } else if (out.getKind() == ElementKind::Quant) {
    return context.notSupported("per-axis quantized circle.pad");
  }
  SmallVector<int64_t, 4> outStrides = getStrides(out.getShape());
  for (int64_t d = 0; d < rank; ++d)
    if (pads[2 * d] < 0 || pads[2 * d + 1] < 0 ||
        in.getShape()[d] + pads[2 * d] + pads[2 * d + 1] != out.getShape()[d])
      return context.op->emitOpError("expected non-negative paddings that "
                                     "give the result shape");
  SmallVector<int64_t, 4> index(rank, 0);
  unsigned width = in.getElementByteWidth();
  for (int64_t i = 0, e = in.getNumElements(); i < e; ++i) {
    int64_t offset = 0;
    for (int64_t d = 0; d < rank; ++d)
      offset += (index[d] + pads[2 * d]) * outStrides[d];
    std::memcpy(out.getElementPtr(offset), in.getElementPtr(i), width);
    for (int64_t d = rank - 1; d >= 0; --d) {
      if (++index[d] < in.getShape()[d])
        break;
      index[d] = 0;
    }
  }
  return success();
}

LogicalResult circleTile(KernelContext &context) {
  if (failed(checkMovable(context, {0})))
    return failure();
  const HostTensor &in = context.operand(0);
  HostTensor &out = context.result();
  int64_t rank = in.getRank();
  SmallVector<int64_t> multiples = readInts(context.operand(1));
  if (static_cast<int64_t>(multiples.size()) != rank)
    return context.op->emitOpError("expected ")
           << rank << " multiples, got " << multiples.size();
  for (int64_t d = 0; d < rank; ++d)
    if (in.getShape()[d] * multiples[d] != out.getShape()[d])
      return context.op->emitOpError("expected multiples that give the "
                                     "result shape");
  SmallVector<int64_t, 4> inStrides = getStrides(in.getShape());
  std::vector<int64_t> map(out.getNumElements());
  SmallVector<int64_t, 4> index(rank, 0);
  for (int64_t i = 0, e = out.getNumElements(); i < e; ++i) {
    int64_t offset = 0;
    for (int64_t d = 0; d < rank; ++d)
      offset += (index[d] % in.getShape()[d]) * inStrides[d];
    map[i] = offset;
    for (int64_t d = rank - 1; d >= 0; --d) {
      if (++index[d] < out.getShape()[d])
        break;
      index[d] = 0;
    }
  }
  gatherBytes(in, out, map);
  return success();
}

LogicalResult tqSliceUpdate(KernelContext &context) {
  if (failed(checkMovable(context, {0, 1})))
    return failure();
  const HostTensor &dest = context.operand(0);
  const HostTensor &update = context.operand(1);
  HostTensor &out = context.result();
  ArrayRef<int64_t> start = getI64ArrayAttr(context.op, "start");
  int64_t rank = dest.getRank();
  if (static_cast<int64_t>(start.size()) != rank || update.getRank() != rank)
    return context.op->emitOpError("expected start and update of rank ")
           << rank;
  for (int64_t d = 0; d < rank; ++d)
    if (start[d] < 0 || start[d] + update.getShape()[d] > dest.getShape()[d])
      return context.op->emitOpError("expected the update to fit in dimension ")
             << d;
  std::memcpy(out.getMutableBytes().data(), dest.getBytes().data(),
              dest.getBytes().size());
  SmallVector<int64_t, 4> ones(rank, 1);
  std::vector<int64_t> map =
      stridedMap(dest.getShape(), start, ones, update.getShape());
  unsigned width = out.getElementByteWidth();
  for (int64_t i = 0, e = update.getNumElements(); i < e; ++i)
    std::memcpy(out.getElementPtr(map[i]), update.getElementPtr(i), width);
  return success();
}

} // namespace

void registerLayoutKernels(KernelRegistry &registry) {
  constexpr bool q = true; // data movement handles quantized tensors
  for (StringRef name : {"tq.reshape", "tq.squeeze", "tq.unsqueeze",
                         "circle.reshape", "circle.squeeze",
                         "circle.expand_dims"})
    registry.add(name, reshapeKernel, q);
  registry.add("tq.transpose", tqTranspose, q);
  registry.add("circle.transpose", circleTranspose, q);
  registry.add("tq.slice", tqSlice, q);
  registry.add("circle.slice", circleSlice, q);
  registry.add("circle.strided_slice", circleStridedSlice, q);
  registry.add("tq.concat", tqConcat, q);
  registry.add("circle.concatenation", circleConcat, q);
  registry.add("tq.split", tqSplit, q);
  registry.add("circle.split", circleSplit, q);
  registry.add("circle.split_v", circleSplitV, q);
  registry.add("tq.broadcast", broadcastKernel, q);
  registry.add("circle.broadcast_to", broadcastKernel, q);
  registry.add("circle.pad", circlePad, q);
  registry.add("circle.tile", circleTile, q);
  registry.add("tq.slice_update", tqSliceUpdate, q);
}

} // namespace mlir::tico::interp
