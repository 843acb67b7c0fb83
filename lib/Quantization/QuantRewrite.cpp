//===- QuantRewrite.cpp - IR helpers shared by the quantization passes ----===//

#include "QuantRewrite.h"

#include "tico/Dialect/Common/ElementsUtils.h"
#include "tico/Dialect/TQ/IR/TQOps.h"

#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/DialectResourceBlobManager.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"

#include <algorithm>
#include <cmath>
#include <type_traits>

using namespace mlir;
using namespace mlir::tico;
using namespace mlir::tico::quantization;

bool mlir::tico::quantization::isFloatTensor(Type type) {
  auto tensor = dyn_cast<RankedTensorType>(type);
  return tensor && isa<FloatType>(tensor.getElementType());
}

Value mlir::tico::quantization::getDequantizeSource(Value value) {
  if (auto dq = value.getDefiningOp<tq::DequantizeOp>())
    return dq.getInput();
  return {};
}

std::optional<SmallVector<double>>
mlir::tico::quantization::readFloatElements(ElementsAttr value) {
  SmallVector<double> data;
  if (auto dense = dyn_cast<DenseFPElementsAttr>(value)) {
    data.reserve(dense.getNumElements());
    for (APFloat v : dense.getValues<APFloat>())
      data.push_back(v.convertToDouble());
    return data;
  }
  if (auto resource = dyn_cast<DenseF32ResourceElementsAttr>(value)) {
    std::optional<ArrayRef<float>> values = resource.tryGetAsArrayRef();
    if (!values)
      return std::nullopt;
    data.assign(values->begin(), values->end());
    return data;
  }
  return std::nullopt;
}

bool FloatElements::allFinite() const {
  for (size_t i = 0, e = size(); i < e; ++i)
    if (!std::isfinite((*this)[i]))
      return false;
  return true;
}

std::pair<double, double> FloatElements::minMax() const {
  if (size() == 0)
    return {0.0, 0.0};
  double min = (*this)[0], max = min;
  for (size_t i = 1, e = size(); i < e; ++i) {
    min = std::min(min, (*this)[i]);
    max = std::max(max, (*this)[i]);
  }
  return {min, max};
}

std::optional<FloatElements>
mlir::tico::quantization::viewFloatElements(ElementsAttr value) {
  if (auto resource = dyn_cast<DenseF32ResourceElementsAttr>(value)) {
    std::optional<ArrayRef<float>> values = resource.tryGetAsArrayRef();
    if (!values)
      return std::nullopt;
    return FloatElements(*values);
  }
  if (std::optional<SmallVector<double>> data = readFloatElements(value))
    return FloatElements(std::move(*data));
  return std::nullopt;
}

std::optional<SmallVector<double>>
mlir::tico::quantization::readAdditiveMaskElements(ElementsAttr value) {
  auto dense = dyn_cast<DenseFPElementsAttr>(value);
  if (!dense)
    return std::nullopt;
  DenseElementsAttr legal = legalizeAdditiveMask(dense, kMaskFillValue);
  if (!legal)
    return std::nullopt;
  return readFloatElements(legal);
}

ElementsAttr mlir::tico::quantization::getFloatConstant(Value value) {
  auto constant = value.getDefiningOp<tq::ConstantOp>();
  if (!constant || !isFloatTensor(constant.getType()))
    return {};
  return constant.getValue();
}

ElementsAttr mlir::tico::quantization::foldLayoutOfConstant(Value value) {
  if (ElementsAttr constant = getFloatConstant(value))
    return constant;
  Operation *op = value.getDefiningOp();
  if (!op || !isFloatTensor(value.getType()))
    return {};
  if (auto transpose = dyn_cast<tq::TransposeOp>(op))
    if (ElementsAttr input = foldLayoutOfConstant(transpose.getInput()))
      return transposeElements(input, transpose.getPerms());
  if (auto reshape = dyn_cast<tq::ReshapeOp>(op))
    if (ElementsAttr input = foldLayoutOfConstant(reshape.getInput()))
      return reshapeElements(input, reshape.getType().getShape());
  return {};
}

/// Quantized constants with more elements than this are dense_resource
/// blobs: a DenseElementsAttr would be hashed and copied into the context
/// (and, built from APInts, take 16+ bytes per element on the way).
static constexpr int64_t kResourceThreshold = 4096;

template <typename Data>
static Value createQuantizedConstantOf(OpBuilder &builder, Location loc,
                                       ArrayRef<int64_t> shape,
                                       const Data &data,
                                       quant::QuantizedType type) {
  unsigned width = type.getStorageTypeIntegralWidth();
  // One (scale, zero point) per channel and the [outer, channel, inner]
  // loop bounds, resolved once rather than per element.
  SmallVector<QParam> params;
  int64_t channels = 1, inner = 1;
  if (auto perAxis = dyn_cast<quant::UniformQuantizedPerAxisType>(type)) {
    int32_t axis = perAxis.getQuantizedDimension();
    channels = shape[axis];
    for (size_t d = axis + 1; d < shape.size(); ++d)
      inner *= shape[d];
    for (auto [scale, zp] :
         llvm::zip(perAxis.getScales(), perAxis.getZeroPoints()))
      params.push_back({scale, zp});
  } else {
    auto uniform = cast<quant::UniformQuantizedType>(type);
    params.push_back({uniform.getScale(), uniform.getZeroPoint()});
    inner = int64_t(data.size());
  }
  QRange range{type.getStorageTypeMin(), type.getStorageTypeMax()};
  // Calls storeChunk(start, q) for consecutive chunks of the elements, in
  // order; a row of a channel is quantized a chunk at a time (f32 rows by
  // quantizeValues, two lanes at a time).
  auto forEachQuantizedChunk = [&](auto storeChunk) {
    constexpr int64_t kChunk = 4096;
    int32_t chunk[kChunk];
    int64_t block = channels * inner;
    int64_t outer = block == 0 ? 0 : int64_t(data.size()) / block;
    for (int64_t o = 0; o < outer; ++o)
      for (int64_t c = 0; c < channels; ++c) {
        QParam param = params[c];
        size_t base = size_t(o * block + c * inner);
        for (int64_t j = 0; j < inner; j += kChunk) {
          size_t start = base + size_t(j), n = size_t(std::min(kChunk, inner - j));
          if constexpr (std::is_same_v<Data, ArrayRef<float>>)
            quantizeValues(data.slice(start, n), param, range, chunk);
          else
            for (size_t k = 0; k < n; ++k)
              chunk[k] = int32_t(quantizeValue(double(data[start + k]), param, range));
          storeChunk(start, ArrayRef<int32_t>(chunk, n));
        }
      }
  };
  auto forEachQuantized = [&](auto store) {
    forEachQuantizedChunk([&](size_t start, ArrayRef<int32_t> q) {
      for (size_t k = 0; k < q.size(); ++k)
        store(start + k, int64_t(q[k]));
    });
  };
  auto storageType =
      RankedTensorType::get(shape, builder.getIntegerType(width));
  auto resultType = RankedTensorType::get(shape, type);
  ElementsAttr value;
  if (width % 8 != 0) {
    // Sub-byte storage (i4/u4) keeps the APInt form the attribute packs.
    bool isSignedType = type.isSigned();
    SmallVector<APInt> values(data.size());
    forEachQuantized([&](size_t i, int64_t q) {
      values[i] = APInt(width, uint64_t(q), isSignedType);
    });
    value = DenseElementsAttr::get(storageType, values);
  } else {
    // Little-endian storage integers written once, straight into the
    // buffer the attribute keeps.
    size_t bytes = width / 8;
    AsmResourceBlob blob =
        HeapAsmResourceBlob::allocate(data.size() * bytes, std::max<size_t>(bytes, 8));
    char *out = blob.getMutableData().data();
    if (bytes == 1) // int8/uint8 weights: the common, GB-sized case
      forEachQuantizedChunk([&](size_t start, ArrayRef<int32_t> q) {
        char *to = out + start;
        const int32_t *from = q.data();
        for (size_t k = 0, n = q.size(); k < n; ++k) // a narrowing copy
          to[k] = char(from[k]);
      });
    else
      forEachQuantized([&](size_t i, int64_t q) {
        for (size_t b = 0; b < bytes; ++b)
          out[i * bytes + b] = char((uint64_t(q) >> (8 * b)) & 0xff);
      });
    // int32 biases stay dense: the exporter widens those of int16 models
    // to INT64 from their values.
    if (int64_t(data.size()) <= kResourceThreshold || width == 32)
      value = DenseElementsAttr::getFromRawBuffer(storageType, blob.getData());
    else
      value = DenseResourceElementsAttr::get(storageType, "quantized",
                                             std::move(blob));
  }
  return tq::ConstantOp::create(builder, loc, resultType, value);
}

Value mlir::tico::quantization::createQuantizedConstant(
    OpBuilder &builder, Location loc, ArrayRef<int64_t> shape,
    ArrayRef<double> data, quant::QuantizedType type) {
  return createQuantizedConstantOf(builder, loc, shape, data, type);
}

Value mlir::tico::quantization::createQuantizedConstant(
    OpBuilder &builder, Location loc, ArrayRef<int64_t> shape,
    const FloatElements &data, quant::QuantizedType type) {
  return data.visit([&](auto values) {
    return createQuantizedConstantOf(builder, loc, shape, values, type);
  });
}

Value mlir::tico::quantization::createDequantize(OpBuilder &builder,
                                                 Location loc,
                                                 Value quantized) {
  auto type = cast<RankedTensorType>(quantized.getType());
  auto element = cast<quant::QuantizedType>(type.getElementType());
  return tq::DequantizeOp::create(builder, loc,
                                  type.clone(element.getExpressedType()),
                                  quantized);
}

bool mlir::tico::quantization::isLayoutOp(Operation *op) {
  return isa<tq::ReshapeOp, tq::TransposeOp, tq::SliceOp, tq::SqueezeOp,
             tq::UnsqueezeOp, tq::BroadcastOp, tq::GatherOp,
             tq::IndexSelectOp, tq::SplitOp, tq::ConcatOp, tq::EmbeddingOp>(
      op);
}

Value mlir::tico::quantization::requantize(OpBuilder &builder,
                                           Operation *before, Value value,
                                           Type element) {
  auto type = cast<RankedTensorType>(value.getType());
  if (type.getElementType() == element)
    return value;
  builder.setInsertionPoint(before);
  return tq::QuantizeOp::create(builder, before->getLoc(), type.clone(element),
                                value);
}

void mlir::tico::quantization::unifySelectInputs(OpBuilder &builder,
                                                 tq::WhereOp op) {
  auto target = dyn_cast<quant::UniformQuantizedType>(
      op.getResult().getType().getElementType());
  if (!target)
    return;
  for (OpOperand *operand : {&op.getLhsMutable(), &op.getRhsMutable()})
    if (isa<quant::UniformQuantizedType>(
            cast<ShapedType>(operand->get().getType()).getElementType()))
      operand->set(requantize(builder, op, operand->get(), target));
}

Type mlir::tico::quantization::getUniqueQuantizeType(Value result) {
  Type type;
  if (result.use_empty())
    return {};
  for (Operation *user : result.getUsers()) {
    auto quantize = dyn_cast<tq::QuantizeOp>(user);
    if (!quantize || (type && type != quantize.getType()))
      return {};
    type = quantize.getType();
  }
  return type;
}

void mlir::tico::quantization::replaceQuantizeUsers(Value value) {
  for (Operation *user : llvm::make_early_inc_range(value.getUsers())) {
    user->getResult(0).replaceAllUsesWith(value);
    user->erase();
  }
}

static bool isAbsorbable(Operation *op) {
  if (op->getDialect()->getNamespace() != "tq" || op->getNumRegions() != 0)
    return false;
  if (isa<tq::QuantizeOp, tq::DequantizeOp, tq::ConstantOp, tq::FakeQuantOp,
          tq::ObserveOp, tq::CastOp>(op))
    return false;
  bool anyFloatResult = false;
  for (Value operand : op->getOperands())
    if (isFloatTensor(operand.getType()) && !getDequantizeSource(operand))
      return false;
  SmallVector<Type> resultTypes;
  for (Value result : op->getResults()) {
    if (!isFloatTensor(result.getType()))
      continue;
    Type type = getUniqueQuantizeType(result);
    if (!type)
      return false;
    anyFloatResult = true;
    resultTypes.push_back(type);
  }
  if (!anyFloatResult)
    return false;
  // A layout op or a gather must not requantize: Circle runs them with the
  // input's qparams.
  if (isLayoutOp(op)) {
    Value source = getDequantizeSource(op->getOperand(0));
    auto sourceElement = cast<ShapedType>(source.getType()).getElementType();
    if (isa<tq::ConcatOp>(op))
      for (Value operand : op->getOperands())
        if (cast<ShapedType>(getDequantizeSource(operand).getType())
                .getElementType() != sourceElement)
          return false;
    for (Type type : resultTypes)
      if (cast<ShapedType>(type).getElementType() != sourceElement ||
          !isa<quant::UniformQuantizedType>(sourceElement))
        return false;
  }
  return true;
}

void mlir::tico::quantization::absorbQuantization(func::FuncOp func) {
  // replaceQuantizeUsers erases tq.quantize ops while the list is walked:
  // they are never absorbable, so they stay out of it (a use after free
  // otherwise, found by the sanitizer build).
  SmallVector<Operation *> ops;
  func.walk([&](Operation *op) {
    if (!isa<tq::QuantizeOp>(op))
      ops.push_back(op);
  });
  for (Operation *op : ops) {
    if (!isAbsorbable(op))
      continue;
    for (OpOperand &operand : op->getOpOperands())
      if (Value source = getDequantizeSource(operand.get()))
        operand.set(source);
    for (Value result : op->getResults()) {
      if (!isFloatTensor(result.getType()))
        continue;
      result.setType(getUniqueQuantizeType(result));
      replaceQuantizeUsers(result);
    }
  }
  cleanupQuantization(func);
}

void mlir::tico::quantization::cleanupQuantization(func::FuncOp func) {
  SmallVector<tq::QuantizeOp> quantizes;
  func.walk([&](tq::QuantizeOp op) { quantizes.push_back(op); });
  for (tq::QuantizeOp op : quantizes) {
    Value source = getDequantizeSource(op.getInput());
    if (!source)
      continue;
    if (source.getType() == op.getType()) {
      op.getResult().replaceAllUsesWith(source);
      op.erase();
      continue;
    }
    // quantize(dequantize(q)) with other qparams: an explicit requantize.
    op.getInputMutable().assign(source);
  }
  // Erase what the rewrites left dead (conversion ops, float constants and
  // the layout ops that fed a folded fake_quant), users before producers.
  SmallVector<Operation *> ops;
  func.walk([&](Operation *op) { ops.push_back(op); });
  for (Operation *op : llvm::reverse(ops))
    if (isOpTriviallyDead(op))
      op->erase();
}
