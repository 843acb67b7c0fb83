//===- GatherScatterKernels.cpp - Gather, scatter, masked_scatter ---------===//
//
// Elements move bit-exactly (quantized data works when its type equals the
// result's). Indices out of range are errors. tq ops accept negative
// indices in [-dim, 0) counted from the end (torch/ONNX); circle ops take
// [0, dim) only, as the TFLite kernels check.
//
//===----------------------------------------------------------------------===//

#include "KernelUtils.h"

#include <cstring>

namespace mlir::tico::interp {
namespace {

FailureOr<int64_t> resolveIndex(Operation *op, int64_t index, int64_t dim,
                                bool allowNegative) {
  int64_t resolved = (allowNegative && index < 0) ? index + dim : index;
  if (resolved < 0 || resolved >= dim)
    return op->emitOpError("index ")
           << index << " out of range for a dimension of size " << dim;
  return resolved;
}

bool isTQ(Operation *op) { return op->getName().getDialectNamespace() == "tq"; }

/// out[b, o, j, :] = params[b, o, idx[b, j], :] with `batchDims` leading
/// batch dims shared by params and indices.
LogicalResult gatherAxis(KernelContext &context, unsigned paramsIndex,
                         unsigned indicesIndex, int64_t axis,
                         int64_t batchDims) {
  if (failed(checkMovable(context, {paramsIndex})))
    return failure();
  const HostTensor &params = context.operand(paramsIndex);
  const HostTensor &indices = context.operand(indicesIndex);
  HostTensor &out = context.result();
  FailureOr<int64_t> a = normalizeAxis(context.op, axis, params.getRank());
  if (failed(a))
    return failure();
  if (batchDims < 0)
    batchDims += indices.getRank();
  ArrayRef<int64_t> shape = params.getShape();
  int64_t batch = getNumElements(shape.take_front(batchDims));
  int64_t outer = getNumElements(shape.slice(batchDims, *a - batchDims));
  int64_t axisSize = shape[*a];
  int64_t inner = getNumElements(shape.drop_front(*a + 1));
  int64_t perBatch = batch ? indices.getNumElements() / batch : 0;
  if (batch * outer * perBatch * inner != out.getNumElements())
    return context.op->emitOpError("expected ")
           << batch * outer * perBatch * inner << " result elements, got "
           << out.getNumElements();
  unsigned width = out.getElementByteWidth();
  std::vector<int64_t> idx = indices.toInts();
  bool allowNegative = isTQ(context.op);
  char *dst = out.getMutableBytes().data();
  for (int64_t b = 0; b < batch; ++b)
    for (int64_t o = 0; o < outer; ++o)
      for (int64_t j = 0; j < perBatch; ++j) {
        FailureOr<int64_t> i = resolveIndex(
            context.op, idx[b * perBatch + j], axisSize, allowNegative);
        if (failed(i))
          return failure();
        const char *src = params.getElementPtr(
            ((b * outer + o) * axisSize + *i) * inner);
        std::memcpy(dst, src, inner * width);
        dst += inner * width;
      }
  return success();
}

LogicalResult tqEmbedding(KernelContext &context) {
  return gatherAxis(context, 0, 1, 0, 0);
}

LogicalResult tqGather(KernelContext &context) {
  return gatherAxis(context, 0, 1, getIntAttr(context.op, "axis"), 0);
}

LogicalResult circleGather(KernelContext &context) {
  return gatherAxis(context, 0, 1, getIntAttr(context.op, "axis"),
                    getIntAttr(context.op, "batch_dims"));
}

/// torch.gather: out[i] = input[i with dim `axis` replaced by indices[i]].
LogicalResult tqGatherElements(KernelContext &context) {
  if (failed(checkMovable(context, {0})))
    return failure();
  const HostTensor &in = context.operand(0);
  const HostTensor &indices = context.operand(1);
  HostTensor &out = context.result();
  int64_t rank = in.getRank();
  FailureOr<int64_t> a =
      normalizeAxis(context.op, getIntAttr(context.op, "axis"), rank);
  if (failed(a))
    return failure();
  if (indices.getRank() != rank)
    return context.op->emitOpError("expected indices of rank ") << rank;
  SmallVector<int64_t, 4> inStrides = getStrides(in.getShape());
  SmallVector<int64_t, 4> index(rank, 0);
  unsigned width = out.getElementByteWidth();
  for (int64_t i = 0, e = indices.getNumElements(); i < e; ++i) {
    FailureOr<int64_t> k = resolveIndex(context.op, indices.getInt(i),
                                        in.getShape()[*a], true);
    if (failed(k))
      return failure();
    int64_t offset = 0;
    for (int64_t d = 0; d < rank; ++d)
      offset += (d == *a ? *k : index[d]) * inStrides[d];
    std::memcpy(out.getElementPtr(i), in.getElementPtr(offset), width);
    for (int64_t d = rank - 1; d >= 0; --d) {
      if (++index[d] < indices.getShape()[d])
        break;
      index[d] = 0;
    }
  }
  return success();
}

/// The flat offsets (in elements of `shape`) of the slices addressed by
/// each K-tuple of `indices` ([..., K]), and the slice size.
FailureOr<std::vector<int64_t>> tupleOffsets(Operation *op,
                                             const HostTensor &indices,
                                             ArrayRef<int64_t> shape,
                                             bool allowNegative,
                                             int64_t &sliceSize) {
  if (indices.getRank() == 0)
    return op->emitOpError("expected indices of rank >= 1");
  int64_t k = indices.getShape().back();
  if (k < 1 || k > static_cast<int64_t>(shape.size()))
    return op->emitOpError("expected an index depth in [1, ")
           << shape.size() << "], got " << k;
  SmallVector<int64_t, 4> strides = getStrides(shape);
  sliceSize = getNumElements(shape.drop_front(k));
  int64_t tuples = indices.getNumElements() / k;
  std::vector<int64_t> offsets(tuples);
  for (int64_t t = 0; t < tuples; ++t) {
    int64_t offset = 0;
    for (int64_t d = 0; d < k; ++d) {
      FailureOr<int64_t> i = resolveIndex(op, indices.getInt(t * k + d),
                                          shape[d], allowNegative);
      if (failed(i))
        return failure();
      offset += *i * strides[d];
    }
    offsets[t] = offset;
  }
  return offsets;
}

/// The addressed slices must cover the `role` tensor's `elements` exactly.
LogicalResult checkSliceElements(Operation *op, size_t tuples, int64_t slice,
                                 int64_t elements, StringRef role) {
  if (static_cast<int64_t>(tuples) * slice == elements)
    return success();
  return op->emitOpError("expected ")
         << static_cast<int64_t>(tuples) * slice << " " << role
         << " elements, got " << elements;
}

LogicalResult circleGatherNd(KernelContext &context) {
  if (failed(checkMovable(context, {0})))
    return failure();
  const HostTensor &params = context.operand(0);
  HostTensor &out = context.result();
  int64_t slice = 0;
  FailureOr<std::vector<int64_t>> offsets = tupleOffsets(
      context.op, context.operand(1), params.getShape(), false, slice);
  if (failed(offsets))
    return failure();
  if (failed(checkSliceElements(context.op, offsets->size(), slice,
                                out.getNumElements(), "result")))
    return failure();
  unsigned width = out.getElementByteWidth();
  for (auto [t, offset] : llvm::enumerate(*offsets))
    std::memcpy(out.getElementPtr(t * slice), params.getElementPtr(offset),
                slice * width);
  return success();
}

/// ONNX ScatterND: a copy of data with the addressed slices replaced
/// (a later duplicate index wins).
LogicalResult tqScatterNd(KernelContext &context) {
  if (failed(checkMovable(context, {0, 2})))
    return failure();
  const HostTensor &data = context.operand(0);
  const HostTensor &updates = context.operand(2);
  HostTensor &out = context.result();
  int64_t slice = 0;
  FailureOr<std::vector<int64_t>> offsets = tupleOffsets(
      context.op, context.operand(1), data.getShape(), true, slice);
  if (failed(offsets))
    return failure();
  if (failed(checkSliceElements(context.op, offsets->size(), slice,
                                updates.getNumElements(), "update")))
    return failure();
  // std::copy, not memcpy: an empty tensor may have no storage at all.
  llvm::copy(data.getBytes(), out.getMutableBytes().begin());
  unsigned width = out.getElementByteWidth();
  for (auto [t, offset] : llvm::enumerate(*offsets))
    std::memcpy(out.getElementPtr(offset), updates.getElementPtr(t * slice),
                slice * width);
  return success();
}

/// TFLite SCATTER_ND: updates added into zeros of the given shape
/// (duplicate indices accumulate).
LogicalResult circleScatterNd(KernelContext &context) {
  const HostTensor &indices = context.operand(0);
  const HostTensor &updates = context.operand(1);
  HostTensor &out = context.result();
  int64_t slice = 0;
  FailureOr<std::vector<int64_t>> offsets =
      tupleOffsets(context.op, indices, out.getShape(), false, slice);
  if (failed(offsets))
    return failure();
  if (failed(checkSliceElements(context.op, offsets->size(), slice,
                                updates.getNumElements(), "update")))
    return failure();
  if (out.getKind() == ElementKind::Float) {
    std::vector<double> acc(out.getNumElements(), 0.0);
    for (auto [t, offset] : llvm::enumerate(*offsets))
      for (int64_t j = 0; j < slice; ++j)
        acc[offset + j] += updates.getDouble(t * slice + j);
    out = HostTensor::fromDoubles(out.getElementType(), out.getShape(), acc);
    return success();
  }
  std::vector<int64_t> acc(out.getNumElements(), 0);
  bool isBool = out.getKind() == ElementKind::Bool;
  for (auto [t, offset] : llvm::enumerate(*offsets))
    for (int64_t j = 0; j < slice; ++j) {
      int64_t v = updates.getInt(t * slice + j);
      acc[offset + j] = isBool ? (acc[offset + j] | v)
                               : static_cast<int64_t>(
                                     static_cast<uint64_t>(acc[offset + j]) +
                                     static_cast<uint64_t>(v));
    }
  out = HostTensor::fromInts(out.getElementType(), out.getShape(), acc);
  return success();
}

/// torch.masked_scatter: the positions where the broadcast mask is true
/// take consecutive feature values in row-major order.
LogicalResult tqMaskedScatter(KernelContext &context) {
  if (failed(checkMovable(context, {0, 2})))
    return failure();
  const HostTensor &embeds = context.operand(0);
  const HostTensor &mask = context.operand(1);
  const HostTensor &features = context.operand(2);
  HostTensor &out = context.result();
  // std::copy, not memcpy: an empty tensor may have no storage at all.
  llvm::copy(embeds.getBytes(), out.getMutableBytes().begin());
  std::vector<int64_t> mmap = broadcastIndexMap(mask.getShape(), out.getShape());
  unsigned width = out.getElementByteWidth();
  int64_t next = 0, available = features.getNumElements();
  for (int64_t i = 0, e = out.getNumElements(); i < e; ++i) {
    if (!mask.getInt(mmap[i]))
      continue;
    if (next >= available)
      return context.op->emitOpError("expected at least ")
             << next + 1 << " feature values for the true mask positions, got "
             << available;
    std::memcpy(out.getElementPtr(i), features.getElementPtr(next++), width);
  }
  return success();
}

} // namespace

void registerGatherScatterKernels(KernelRegistry &registry) {
  constexpr bool q = true; // bit-exact moves handle quantized tensors
  registry.add("tq.embedding", tqEmbedding, q);
  registry.add("tq.gather", tqGather, q);
  registry.add("tq.index_select", tqGather, q);
  registry.add("tq.gather_elements", tqGatherElements, q);
  registry.add("circle.gather", circleGather, q);
  registry.add("circle.gather_nd", circleGatherNd, q);
  registry.add("tq.scatter_nd", tqScatterNd, q);
  registry.add("circle.scatter_nd", circleScatterNd);
  registry.add("tq.masked_scatter", tqMaskedScatter, q);
}

} // namespace mlir::tico::interp
