//===- TQOps.cpp - tq op verifiers ----------------------------------------===//

#include "tico/Dialect/TQ/IR/TQOps.h"
#include "tico/Dialect/Common/StorageType.h"

#include "mlir/Dialect/Quant/IR/QuantTypes.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/OpImplementation.h"

using namespace mlir;
using namespace mlir::tico;
using namespace mlir::tico::tq;

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

#define GET_OP_CLASSES
#include "tico/Dialect/TQ/IR/TQOps.cpp.inc"
