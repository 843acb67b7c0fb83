//===- KernelUtils.cpp - Helpers shared by interpreter kernels ------------===//

#include "KernelUtils.h"

#include "tico/Dialect/Circle/IR/CircleOps.h"

namespace mlir::tico::interp {

LogicalResult KernelContext::notSupported(const Twine &what) const {
  return op->emitOpError("not supported yet: ") << what;
}

std::vector<int64_t> broadcastIndexMap(ArrayRef<int64_t> inShape,
                                       ArrayRef<int64_t> outShape) {
  int64_t outRank = outShape.size();
  int64_t inRank = inShape.size();
  SmallVector<int64_t, 4> inStrides = getStrides(inShape);
  // Stride of each output dim in the input (0 where broadcast).
  SmallVector<int64_t, 4> strides(outRank, 0);
  for (int64_t d = 0; d < inRank; ++d) {
    int64_t outDim = outRank - inRank + d;
    if (inShape[d] != 1)
      strides[outDim] = inStrides[d];
  }
  int64_t total = getNumElements(outShape);
  std::vector<int64_t> map(total);
  SmallVector<int64_t, 4> index(outRank, 0);
  int64_t offset = 0;
  for (int64_t i = 0; i < total; ++i) {
    map[i] = offset;
    for (int64_t d = outRank - 1; d >= 0; --d) {
      ++index[d];
      offset += strides[d];
      if (index[d] < outShape[d])
        break;
      offset -= strides[d] * index[d];
      index[d] = 0;
    }
  }
  return map;
}

FailureOr<int64_t> normalizeAxis(Operation *op, int64_t axis, int64_t rank) {
  if (axis < -rank || axis >= rank)
    return op->emitOpError("expected axis in [")
           << -rank << ", " << rank << "), got " << axis;
  return axis < 0 ? axis + rank : axis;
}

SmallVector<int64_t> readInts(const HostTensor &tensor) {
  SmallVector<int64_t> values;
  for (int64_t i = 0, e = tensor.getNumElements(); i < e; ++i)
    values.push_back(tensor.getInt(i));
  return values;
}

int64_t getIntAttr(Operation *op, StringRef name, int64_t fallback) {
  if (auto attr = op->getAttrOfType<IntegerAttr>(name))
    return attr.getValue().getSExtValue();
  return fallback;
}

bool getBoolAttr(Operation *op, StringRef name, bool fallback) {
  if (auto attr = op->getAttrOfType<BoolAttr>(name))
    return attr.getValue();
  return fallback;
}

double getFloatAttr(Operation *op, StringRef name, double fallback) {
  if (auto attr = op->getAttrOfType<FloatAttr>(name))
    return attr.getValueAsDouble();
  return fallback;
}

ArrayRef<int64_t> getI64ArrayAttr(Operation *op, StringRef name) {
  if (auto attr = op->getAttrOfType<DenseI64ArrayAttr>(name))
    return attr.asArrayRef();
  return {};
}

static StringRef kindName(ElementKind kind) {
  switch (kind) {
  case ElementKind::Float:
    return "float";
  case ElementKind::Signed:
  case ElementKind::Unsigned:
    return "integer";
  case ElementKind::Bool:
    return "bool";
  case ElementKind::Quant:
    return "quantized";
  case ElementKind::Unknown:
    break;
  }
  return "unknown-type";
}

LogicalResult requireFloat(KernelContext &context) {
  auto check = [&](const HostTensor &tensor) -> LogicalResult {
    if (tensor.isAbsent() || tensor.getKind() == ElementKind::Float)
      return success();
    return context.notSupported(kindName(tensor.getKind()) + " " +
                                context.op->getName().getStringRef());
  };
  for (const HostTensor *operand : context.operands)
    if (failed(check(*operand)))
      return failure();
  for (HostTensor &result : context.results)
    if (failed(check(result)))
      return failure();
  return success();
}

LogicalResult applyFusedActivation(KernelContext &context,
                                   MutableArrayRef<double> values) {
  auto attr = context.op->getAttrOfType<circle::ActivationFunctionTypeAttr>(
      "fused_activation_function");
  if (!attr)
    return success();
  switch (attr.getValue()) {
  case circle::ActivationFunctionType::NONE:
    return success();
  case circle::ActivationFunctionType::RELU:
    for (double &v : values)
      v = std::max(v, 0.0);
    return success();
  case circle::ActivationFunctionType::RELU_N1_TO_1:
    for (double &v : values)
      v = std::min(std::max(v, -1.0), 1.0);
    return success();
  case circle::ActivationFunctionType::RELU6:
    for (double &v : values)
      v = std::min(std::max(v, 0.0), 6.0);
    return success();
  case circle::ActivationFunctionType::TANH:
    for (double &v : values)
      v = std::tanh(v);
    return success();
  case circle::ActivationFunctionType::SIGN_BIT:
    break;
  }
  return context.notSupported("fused activation SIGN_BIT");
}

WindowPad computeWindowPad(bool same, int64_t in, int64_t kernel,
                           int64_t stride, int64_t dilation) {
  int64_t effective = (kernel - 1) * dilation + 1;
  if (!same)
    return {(in - effective + stride) / stride, 0};
  int64_t out = (in + stride - 1) / stride;
  int64_t total = std::max<int64_t>((out - 1) * stride + effective - in, 0);
  return {out, total / 2};
}

/// Fails unless every listed data operand and every result has the element
/// type of result 0, whenever one of them is quantized.
LogicalResult checkMovable(KernelContext &context,
                           ArrayRef<unsigned> dataOperands) {
  Type type = context.result(0).getElementType();
  bool anyQuant = false, same = true;
  auto visit = [&](const HostTensor &t) {
    anyQuant |= t.getKind() == ElementKind::Quant;
    same &= t.getElementType() == type;
  };
  for (unsigned i : dataOperands)
    visit(context.operand(i));
  for (HostTensor &r : context.results)
    visit(r);
  if (anyQuant && !same)
    return context.notSupported("quantized " +
                                context.op->getName().getStringRef() +
                                " with differing quantization parameters");
  return success();
}

} // namespace mlir::tico::interp
