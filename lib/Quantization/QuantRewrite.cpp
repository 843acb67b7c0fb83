//===- QuantRewrite.cpp - IR helpers shared by the quantization passes ----===//

#include "QuantRewrite.h"

#include "tico/Dialect/Common/ElementsUtils.h"
#include "tico/Dialect/TQ/IR/TQOps.h"

#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/DialectResourceBlobManager.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"

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

Value mlir::tico::quantization::createQuantizedConstant(
    OpBuilder &builder, Location loc, ArrayRef<int64_t> shape,
    ArrayRef<double> data, quant::QuantizedType type) {
  unsigned width = type.getStorageTypeIntegralWidth();
  bool isSignedType = type.isSigned();
  SmallVector<APInt> values;
  values.reserve(data.size());
  auto perAxis = dyn_cast<quant::UniformQuantizedPerAxisType>(type);
  int64_t inner = 1;
  if (perAxis)
    for (size_t d = perAxis.getQuantizedDimension() + 1; d < shape.size(); ++d)
      inner *= shape[d];
  QRange range{type.getStorageTypeMin(), type.getStorageTypeMax()};
  for (size_t i = 0; i < data.size(); ++i) {
    QParam param;
    if (perAxis) {
      int64_t channels = shape[perAxis.getQuantizedDimension()];
      int64_t c = (int64_t(i) / inner) % channels;
      param = {perAxis.getScales()[c], perAxis.getZeroPoints()[c]};
    } else {
      auto uniform = cast<quant::UniformQuantizedType>(type);
      param = {uniform.getScale(), uniform.getZeroPoint()};
    }
    int64_t q = quantizeValue(data[i], param, range);
    values.push_back(APInt(width, uint64_t(q), isSignedType));
  }
  auto storageType =
      RankedTensorType::get(shape, builder.getIntegerType(width));
  auto value = DenseElementsAttr::get(storageType, values);
  return tq::ConstantOp::create(builder, loc,
                                RankedTensorType::get(shape, type), value);
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
