//===- ReductionKernels.cpp - Reductions and scans -------------------------===//
//
// Reductions accumulate floats in double. Integer sums wrap to the result
// width; an integer mean is the int64 sum divided by the count, truncated
// toward zero (TFLite's reference kernel).
//
//===----------------------------------------------------------------------===//

#include "KernelUtils.h"
#include "QuantizedKernels.h"

#include "llvm/ADT/SmallBitVector.h"

#include <limits>

namespace mlir::tico::interp {
namespace {

enum class Reduce { Sum, Mean, Max };

/// For each input element, the flat index of the output element it reduces
/// into (reduced dims collapse to 0).
std::vector<int64_t> reductionMap(ArrayRef<int64_t> shape,
                                  const llvm::SmallBitVector &reduced) {
  int64_t rank = shape.size();
  SmallVector<int64_t, 4> kept(shape.begin(), shape.end());
  for (int64_t d = 0; d < rank; ++d)
    if (reduced[d])
      kept[d] = 1;
  SmallVector<int64_t, 4> keptStrides = getStrides(kept);
  SmallVector<int64_t, 4> strides(rank, 0);
  for (int64_t d = 0; d < rank; ++d)
    strides[d] = reduced[d] ? 0 : keptStrides[d];
  int64_t total = getNumElements(shape);
  std::vector<int64_t> map(total);
  SmallVector<int64_t, 4> index(rank, 0);
  int64_t offset = 0;
  for (int64_t i = 0; i < total; ++i) {
    map[i] = offset;
    for (int64_t d = rank - 1; d >= 0; --d) {
      ++index[d];
      offset += strides[d];
      if (index[d] < shape[d])
        break;
      offset -= strides[d] * index[d];
      index[d] = 0;
    }
  }
  return map;
}

LogicalResult reduce(KernelContext &context, Reduce kind,
                     ArrayRef<int64_t> axes) {
  const HostTensor &in = context.operand(0);
  HostTensor &out = context.result();
  int64_t rank = in.getRank();
  llvm::SmallBitVector reduced(rank);
  for (int64_t axis : axes) {
    FailureOr<int64_t> a = normalizeAxis(context.op, axis, rank);
    if (failed(a))
      return failure();
    reduced.set(*a);
  }
  int64_t outCount = 1;
  for (int64_t d = 0; d < rank; ++d)
    if (!reduced[d])
      outCount *= in.getShape()[d];
  if (outCount != out.getNumElements())
    return context.op->emitOpError("expected ")
           << outCount << " result elements, got " << out.getNumElements();
  int64_t count = outCount ? in.getNumElements() / outCount : 0;
  std::vector<int64_t> map = reductionMap(in.getShape(), reduced);
  if (kind != Reduce::Max && hasQuantizedOperand(context)) {
    std::vector<int32_t> sums(outCount, 0);
    std::vector<int64_t> values = in.toInts();
    for (int64_t i = 0, e = in.getNumElements(); i < e; ++i)
      sums[map[i]] = static_cast<int32_t>(static_cast<uint32_t>(sums[map[i]]) +
                                          static_cast<uint32_t>(values[i]));
    return kind == Reduce::Sum ? quantizedSum(context, axes, sums, count)
                               : quantizedMean(context, axes, sums, count);
  }
  if (out.getKind() == ElementKind::Float) {
    std::vector<double> values = in.toDoubles();
    std::vector<double> acc(outCount, kind == Reduce::Max
                                          ? -std::numeric_limits<double>::infinity()
                                          : 0.0);
    for (int64_t i = 0, e = in.getNumElements(); i < e; ++i) {
      if (kind == Reduce::Max)
        acc[map[i]] = std::isnan(values[i]) || std::isnan(acc[map[i]])
                          ? std::nan("")
                          : std::max(acc[map[i]], values[i]);
      else
        acc[map[i]] += values[i];
    }
    if (kind == Reduce::Mean)
      for (double &v : acc)
        v /= static_cast<double>(count);
    out = HostTensor::fromDoubles(out.getElementType(), out.getShape(), acc);
    return success();
  }
  if (out.getKind() != ElementKind::Signed &&
      out.getKind() != ElementKind::Unsigned)
    return context.notSupported("bool " + context.op->getName().getStringRef());
  std::vector<int64_t> values = in.toInts();
  bool isUnsigned = out.getKind() == ElementKind::Unsigned;
  std::vector<int64_t> acc(outCount, 0);
  std::vector<bool> seen(outCount, false);
  for (int64_t i = 0, e = in.getNumElements(); i < e; ++i) {
    int64_t &a = acc[map[i]];
    if (kind == Reduce::Max) {
      bool greater = isUnsigned ? static_cast<uint64_t>(values[i]) >
                                      static_cast<uint64_t>(a)
                                : values[i] > a;
      if (!seen[map[i]] || greater)
        a = values[i];
      seen[map[i]] = true;
    } else {
      a = static_cast<int64_t>(static_cast<uint64_t>(a) +
                               static_cast<uint64_t>(values[i]));
    }
  }
  if (kind == Reduce::Mean && count)
    for (int64_t &v : acc)
      v = isUnsigned ? static_cast<int64_t>(static_cast<uint64_t>(v) /
                                            static_cast<uint64_t>(count))
                     : v / count;
  out = HostTensor::fromInts(out.getElementType(), out.getShape(), acc);
  return success();
}

template <Reduce kind> LogicalResult tqReduce(KernelContext &context) {
  return reduce(context, kind, getI64ArrayAttr(context.op, "axes"));
}

template <Reduce kind> LogicalResult circleReduce(KernelContext &context) {
  return reduce(context, kind, readInts(context.operand(1)));
}

LogicalResult cumsum(KernelContext &context, int64_t axis, bool exclusive,
                     bool reverse) {
  const HostTensor &in = context.operand(0);
  HostTensor &out = context.result();
  FailureOr<int64_t> a = normalizeAxis(context.op, axis, in.getRank());
  if (failed(a))
    return failure();
  ArrayRef<int64_t> shape = in.getShape();
  auto [outer, len, inner] = splitAtAxis(shape, *a);
  bool isFloat = out.getKind() == ElementKind::Float;
  if (!isFloat && out.getKind() != ElementKind::Signed &&
      out.getKind() != ElementKind::Unsigned)
    return context.notSupported("bool " + context.op->getName().getStringRef());
  std::vector<double> fin, fout;
  std::vector<int64_t> iin, iout;
  if (isFloat) {
    fin = in.toDoubles();
    fout.assign(fin.size(), 0.0);
  } else {
    iin = in.toInts();
    iout.assign(iin.size(), 0);
  }
  for (int64_t o = 0; o < outer; ++o) {
    for (int64_t k = 0; k < inner; ++k) {
      double facc = 0.0;
      uint64_t iacc = 0;
      for (int64_t step = 0; step < len; ++step) {
        int64_t j = reverse ? len - 1 - step : step;
        int64_t idx = (o * len + j) * inner + k;
        if (isFloat) {
          if (!exclusive)
            facc += fin[idx];
          fout[idx] = facc;
          if (exclusive)
            facc += fin[idx];
        } else {
          if (!exclusive)
            iacc += static_cast<uint64_t>(iin[idx]);
          iout[idx] = static_cast<int64_t>(iacc);
          if (exclusive)
            iacc += static_cast<uint64_t>(iin[idx]);
        }
      }
    }
  }
  out = isFloat ? HostTensor::fromDoubles(out.getElementType(), shape, fout)
                : HostTensor::fromInts(out.getElementType(), shape, iout);
  return success();
}

LogicalResult tqCumsum(KernelContext &context) {
  Operation *op = context.op;
  return cumsum(context, getIntAttr(op, "axis"), getBoolAttr(op, "exclusive"),
                getBoolAttr(op, "reverse"));
}

LogicalResult circleCumsum(KernelContext &context) {
  SmallVector<int64_t> axis = readInts(context.operand(1));
  if (axis.size() != 1)
    return context.op->emitOpError("expected one axis value, got ")
           << axis.size();
  Operation *op = context.op;
  return cumsum(context, axis[0], getBoolAttr(op, "exclusive"),
                getBoolAttr(op, "reverse"));
}

} // namespace

void registerReductionKernels(KernelRegistry &registry) {
  registry.add("tq.reduce_sum", tqReduce<Reduce::Sum>,
               /*handlesQuantized=*/true);
  registry.add("tq.reduce_mean", tqReduce<Reduce::Mean>,
               /*handlesQuantized=*/true);
  registry.add("tq.reduce_max", tqReduce<Reduce::Max>);
  registry.add("circle.sum", circleReduce<Reduce::Sum>,
               /*handlesQuantized=*/true);
  registry.add("circle.mean", circleReduce<Reduce::Mean>,
               /*handlesQuantized=*/true);
  registry.add("circle.reduce_max", circleReduce<Reduce::Max>);
  registry.add("tq.cumsum", tqCumsum);
  registry.add("circle.cumsum", circleCumsum);
}

} // namespace mlir::tico::interp
