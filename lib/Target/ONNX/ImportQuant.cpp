//===- ImportQuant.cpp - QuantizeLinear / DequantizeLinear ----------------===//
//
// The QDQ form --tq-fold-fake-quant consumes: QuantizeLinear becomes
// tq.quantize to a !quant.uniform type (per-tensor for a scalar scale,
// per-axis for a 1-D one), DequantizeLinear a tq.dequantize of that value
// or of a quantized tq.constant (weights stored as integers). Scales and
// zero points must be constants; the storage type is the zero point's
// (uint8 without one). Rounding follows tq.quantize (half away from zero;
// ONNX rounds half to even).
//
//===----------------------------------------------------------------------===//

#include "ImportContext.h"

#include "mlir/Dialect/Quant/IR/QuantTypes.h"
#include "mlir/IR/Matchers.h"

using namespace mlir;
using namespace mlir::tico;
using namespace mlir::tico::onnx_import;

namespace {

/// The quantized element type described by the node's scale (input 1) and
/// zero point (input 2) for a tensor of `shape`.
FailureOr<quant::QuantizedType> getQuantType(NodeContext &ctx,
                                             ArrayRef<int64_t> shape) {
  std::optional<SmallVector<double>> scales = ctx.matchConstantFloats(1);
  if (!scales)
    return ctx.emitError()
           << "expected the scale (input 1) to be a constant, got a "
              "runtime value";
  Type expressed = ctx.inputType(1).getElementType();
  SmallVector<int64_t> zeroPoints(scales->size(), 0);
  Type zpType = IntegerType::get(ctx.getContext(), 8, IntegerType::Unsigned);
  if (ctx.hasInput(2)) {
    std::optional<SmallVector<int64_t>> zps = ctx.matchConstantInts(2);
    if (!zps)
      return ctx.emitError()
             << "expected the zero point (input 2) to be a constant, got a "
                "runtime value";
    if (zps->size() != scales->size())
      return ctx.emitError() << "expected " << scales->size()
                             << " zero points, got " << zps->size();
    zeroPoints = *zps;
    zpType = ctx.inputType(2).getElementType();
  }
  auto intType = dyn_cast<IntegerType>(zpType);
  if (!intType || intType.getWidth() == 1)
    return ctx.notSupported("zero point of type " + Twine("other than an "
                                                          "integer"));
  bool isSigned = !intType.isUnsigned();
  unsigned width = intType.getWidth();
  int64_t lo = isSigned ? -(int64_t(1) << (width - 1)) : 0;
  int64_t hi = isSigned ? (int64_t(1) << (width - 1)) - 1
                        : (int64_t(1) << width) - 1;
  auto storage = IntegerType::get(ctx.getContext(), width);
  unsigned flags = isSigned ? quant::QuantizationFlags::Signed : 0;
  for (double s : *scales)
    if (!(s > 0.0))
      return ctx.emitError() << "scales must be positive, got " << s;
  if (ctx.inputType(1).getRank() == 0)
    return cast<quant::QuantizedType>(quant::UniformQuantizedType::get(
        flags, storage, expressed, scales->front(), zeroPoints.front(), lo,
        hi));
  FailureOr<int64_t> axis =
      normalizeAxis(ctx, ctx.getInt("axis", 1), int64_t(shape.size()));
  if (failed(axis))
    return failure();
  if (!ShapedType::isDynamic(shape[*axis]) &&
      shape[*axis] != int64_t(scales->size()))
    return ctx.emitError() << "expected " << shape[*axis]
                           << " scales along axis " << *axis << ", got "
                           << scales->size();
  return cast<quant::QuantizedType>(quant::UniformQuantizedPerAxisType::get(
      flags, storage, expressed, *scales, zeroPoints, int32_t(*axis), lo, hi));
}

LogicalResult convertQuantizeLinear(NodeContext &ctx,
                                    SmallVectorImpl<Value> &results) {
  RankedTensorType type = ctx.inputType(0);
  if (!isa<FloatType>(type.getElementType()))
    return ctx.notSupported("QuantizeLinear of a non-float input");
  FailureOr<quant::QuantizedType> qtype = getQuantType(ctx, type.getShape());
  if (failed(qtype))
    return failure();
  if (qtype->getExpressedType() != type.getElementType())
    return ctx.notSupported("a scale type other than the input's");
  results.push_back(
      ctx.create<tq::QuantizeOp>(type.clone(*qtype), ctx.input(0)));
  return success();
}

LogicalResult convertDequantizeLinear(NodeContext &ctx,
                                      SmallVectorImpl<Value> &results) {
  RankedTensorType type = ctx.inputType(0);
  FailureOr<quant::QuantizedType> qtype = getQuantType(ctx, type.getShape());
  if (failed(qtype))
    return failure();
  auto floatType = type.clone(qtype->getExpressedType());
  Value x = ctx.input(0);
  if (auto existing = dyn_cast<quant::QuantizedType>(type.getElementType())) {
    // The integers QuantizeLinear produced, read with the same parameters.
    if (existing != *qtype)
      return ctx.notSupported("DequantizeLinear with parameters other than "
                              "its QuantizeLinear's");
    results.push_back(ctx.create<tq::DequantizeOp>(floatType, x));
    return success();
  }
  DenseElementsAttr values;
  if (!matchPattern(x, m_Constant(&values)))
    return ctx.emitError() << "expected x (input 0) to be a constant or a "
                              "QuantizeLinear result, got a runtime value";
  // A quantized constant holds its storage (signless) integers.
  Type storage = qtype->getStorageType();
  if (values.getElementType().getIntOrFloatBitWidth() !=
      storage.getIntOrFloatBitWidth())
    return ctx.emitError() << "x has element type " << values.getElementType()
                           << ", the zero point " << storage;
  Value constant = ctx.create<tq::ConstantOp>(type.clone(*qtype),
                                              values.bitcast(storage));
  results.push_back(ctx.create<tq::DequantizeOp>(floatType, constant));
  return success();
}

} // namespace

void mlir::tico::onnx_import::registerQuantConverters(
    ConverterRegistry &registry) {
  registry.add("QuantizeLinear", convertQuantizeLinear);
  registry.add("DequantizeLinear", convertDequantizeLinear);
}
