//===- ElementsUtils.cpp - rearranging constant data ----------------------===//

#include "tico/Dialect/Common/ElementsUtils.h"

#include "mlir/Dialect/Quant/IR/QuantTypes.h"
#include "mlir/IR/DialectResourceBlobManager.h"

#include <cstring>

using namespace mlir;

/// The raw bytes of `value` when they are stored densely, one element per
/// `width` bytes.
static std::optional<ArrayRef<char>> getDenseBytes(ElementsAttr value) {
  if (auto resource = dyn_cast<DenseResourceElementsAttr>(value)) {
    if (AsmResourceBlob *blob = resource.getRawHandle().getBlob())
      return blob->getData();
    return std::nullopt;
  }
  if (auto dense = dyn_cast<DenseElementsAttr>(value))
    if (!dense.isSplat())
      return dense.getRawData();
  return std::nullopt;
}

ElementsAttr mlir::tico::reshapeElements(ElementsAttr value,
                                         ArrayRef<int64_t> shape) {
  ShapedType type = value.getShapedType();
  auto resultType = type.clone(shape);
  if (resultType.getNumElements() != type.getNumElements())
    return {};
  if (auto dense = dyn_cast<DenseElementsAttr>(value))
    return dense.reshape(resultType);
  if (auto resource = dyn_cast<DenseResourceElementsAttr>(value))
    return DenseResourceElementsAttr::get(resultType, resource.getRawHandle());
  return {};
}

ElementsAttr mlir::tico::transposeElements(ElementsAttr value,
                                           ArrayRef<int64_t> perm) {
  ShapedType type = value.getShapedType();
  Type element = type.getElementType();
  if (!element.isIntOrFloat() || element.getIntOrFloatBitWidth() % 8 != 0)
    return {};
  SmallVector<int64_t> shape;
  for (int64_t p : perm)
    shape.push_back(type.getDimSize(p));
  auto resultType = type.clone(shape);
  if (auto dense = dyn_cast<DenseElementsAttr>(value); dense && dense.isSplat())
    return dense.reshape(resultType);
  std::optional<ArrayRef<char>> bytes = getDenseBytes(value);
  if (!bytes)
    return {};
  size_t width = element.getIntOrFloatBitWidth() / 8;
  int64_t rank = type.getRank();
  // Strides of the source, visited in result order.
  SmallVector<int64_t> srcStrides(rank, 1);
  for (int64_t d = rank - 2; d >= 0; --d)
    srcStrides[d] = srcStrides[d + 1] * type.getDimSize(d + 1);
  SmallVector<int64_t> strides;
  for (int64_t p : perm)
    strides.push_back(srcStrides[p]);
  AsmResourceBlob blob =
      HeapAsmResourceBlob::allocate(bytes->size(), std::max<size_t>(width, 8));
  char *out = blob.getMutableData().data();
  SmallVector<int64_t> index(rank, 0);
  int64_t count = type.getNumElements();
  int64_t offset = 0;
  for (int64_t i = 0; i < count; ++i) {
    std::memcpy(out + i * width, bytes->data() + offset * width, width);
    for (int64_t d = rank - 1; d >= 0; --d) {
      offset += strides[d];
      if (++index[d] < shape[d])
        break;
      offset -= strides[d] * shape[d];
      index[d] = 0;
    }
  }
  if (count <= 4096) {
    // Small results stay ordinary dense attributes.
    return DenseElementsAttr::getFromRawBuffer(
        resultType, blob.getData());
  }
  return DenseResourceElementsAttr::get(resultType, "transposed",
                                        std::move(blob));
}

ElementsAttr mlir::tico::sliceLeadingDim(ElementsAttr value, int64_t begin,
                                         int64_t count) {
  ShapedType type = value.getShapedType();
  Type element = type.getElementType();
  if (!type.hasStaticShape() || type.getRank() == 0 ||
      !element.isIntOrFloat() || element.getIntOrFloatBitWidth() % 8 != 0 ||
      begin < 0 || count < 0 || begin + count > type.getDimSize(0))
    return {};
  SmallVector<int64_t> shape(type.getShape());
  shape[0] = count;
  auto resultType = type.clone(shape);
  if (auto dense = dyn_cast<DenseElementsAttr>(value); dense && dense.isSplat())
    return dense.resizeSplat(resultType);
  std::optional<ArrayRef<char>> bytes = getDenseBytes(value);
  if (!bytes)
    return {};
  size_t rowBytes =
      type.getNumElements() / type.getDimSize(0) * element.getIntOrFloatBitWidth() / 8;
  ArrayRef<char> rows = bytes->slice(begin * rowBytes, count * rowBytes);
  return DenseElementsAttr::getFromRawBuffer(resultType, rows);
}

Type mlir::tico::permuteElementType(Type elementType, ArrayRef<int64_t> perm) {
  auto perAxis = dyn_cast<quant::UniformQuantizedPerAxisType>(elementType);
  if (!perAxis)
    return elementType;
  int32_t axis = perAxis.getQuantizedDimension();
  int32_t newAxis = llvm::find(perm, axis) - perm.begin();
  return quant::UniformQuantizedPerAxisType::get(
      perAxis.getFlags(), perAxis.getStorageType(), perAxis.getExpressedType(),
      perAxis.getScales(), perAxis.getZeroPoints(), newAxis,
      perAxis.getStorageTypeMin(), perAxis.getStorageTypeMax());
}

bool mlir::tico::isMaskedSentinel(const APFloat &value) {
  if (!value.isNegative() || value.isNaN())
    return false;
  if (value.isInfinity())
    return true;
  APFloat lowest = APFloat::getLargest(value.getSemantics(), /*Negative=*/true);
  return value.compare(lowest) == APFloat::cmpEqual ||
         value.convertToDouble() <= -1e38;
}

DenseElementsAttr mlir::tico::legalizeAdditiveMask(DenseFPElementsAttr dense,
                                                   double fill) {
  bool masked = false;
  for (APFloat v : dense.getValues<APFloat>()) {
    if (v.isZero())
      continue;
    if (!isMaskedSentinel(v))
      return {};
    masked = true;
  }
  if (!masked)
    return {};
  SmallVector<APFloat> values;
  for (APFloat v : dense.getValues<APFloat>()) {
    if (v.isZero()) {
      values.push_back(v);
      continue;
    }
    APFloat f(fill);
    bool lost;
    f.convert(v.getSemantics(), APFloat::rmNearestTiesToEven, &lost);
    values.push_back(f);
  }
  return DenseElementsAttr::get(dense.getType(), values);
}

LogicalResult mlir::tico::checkMaskFillValue(Operation *op, StringRef option,
                                             double fill) {
  // Written so that NaN fails too.
  if (fill < 0.0 && fill > -1e38)
    return success();
  return op->emitError() << "expected a finite negative " << option
                         << " above -1e38, got " << fill;
}
