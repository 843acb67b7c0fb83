//===- FoldFakeQuant.cpp - fake_quant and QDQ pairs to quantized types ----===//

#include "QuantRewrite.h"

#include "tico/Dialect/TQ/IR/TQOps.h"
#include "tico/Quantization/Passes.h"

#include "mlir/Dialect/Quant/IR/Quant.h"

#include <cmath>

namespace mlir::tico {
#define GEN_PASS_DEF_TQFOLDFAKEQUANTPASS
#include "tico/Quantization/Passes.h.inc"
} // namespace mlir::tico

using namespace mlir;
using namespace mlir::tico;
using namespace mlir::tico::quantization;

namespace {

/// The quantized element type a fake_quant stands for, or a located error.
FailureOr<quant::QuantizedType> getFakeQuantType(tq::FakeQuantOp op,
                                                 bool isConstant) {
  auto storage = cast<IntegerType>(op.getStorageType());
  unsigned width = storage.getWidth();
  bool isUnsigned = storage.isUnsigned();
  int64_t qmin = op.getQuantMinAttr().getInt();
  int64_t qmax = op.getQuantMaxAttr().getInt();
  std::optional<QDType> dtype;
  if (width == 8)
    dtype = isUnsigned ? QDType::UInt8 : QDType::Int8;
  else if (width == 16 && !isUnsigned)
    dtype = QDType::Int16;
  else if (width == 4)
    dtype = isUnsigned ? QDType::UInt4 : QDType::Int4;
  if (!dtype)
    return op.emitOpError("unsupported storage type ")
           << storage << " (expected ui8, i8, i16, ui4 or i4)";
  if (bitWidth(*dtype) == 4 && !isConstant)
    return op.emitOpError("4-bit storage is only supported for constant "
                          "weights, got a fake_quant of an activation");

  int64_t lo = isUnsigned ? 0 : -(int64_t(1) << (width - 1));
  int64_t hi = isUnsigned ? (int64_t(1) << width) - 1
                          : (int64_t(1) << (width - 1)) - 1;
  bool full = qmin == lo && qmax == hi;
  bool narrow = !isUnsigned && qmin == -hi && qmax == hi;
  if (!full && !narrow) {
    auto diag = op.emitOpError("unsupported quant range [")
                << qmin << ", " << qmax << "] for " << storage
                << ": expected the full range [" << lo << ", " << hi << "]";
    if (!isUnsigned)
      diag << " or the narrow range [" << -hi << ", " << hi << "]";
    return diag;
  }

  ArrayRef<int64_t> zeroPoints = op.getZeroPoint();
  QRange range{qmin, qmax};
  if (*dtype == QDType::Int16) {
    if (llvm::any_of(zeroPoints, [](int64_t zp) { return zp != 0; }))
      return op.emitOpError("int16 quantization must be symmetric (zero point "
                            "0), got zero point ")
             << *llvm::find_if(zeroPoints, [](int64_t zp) { return zp != 0; });
    range = getRange(QDType::Int16); // always the narrow +-32767 range
  }

  SmallVector<QParam> params;
  for (auto [scale, zp] : llvm::zip_equal(op.getScale(), zeroPoints))
    params.push_back({scale, zp});
  std::optional<int32_t> axis;
  if (auto axisAttr = op.getAxisAttr())
    axis = int32_t(axisAttr.getInt());
  Type expressed = op.getInput().getType().getElementType();
  return makeQuantizedType(expressed, *dtype, params, axis, range);
}

/// fake_quant(gather(table, ids)) of a constant float table (RoPE cos/sin
/// tables, embedding rows) with per-tensor qparams: gathering copies
/// elements and quantizing is elementwise, so gather(quantized table, ids)
/// gives the same values without leaving a float tensor in the graph.
/// Null when `op` does not read such a gather.
Value quantizeGatheredTable(OpBuilder &builder, tq::FakeQuantOp op,
                            quant::QuantizedType type) {
  auto gather = op.getInput().getDefiningOp<tq::GatherOp>();
  if (!gather || !isa<quant::UniformQuantizedType>(type))
    return {};
  ElementsAttr table = foldLayoutOfConstant(gather.getInput());
  if (!table)
    return {};
  std::optional<SmallVector<double>> data = readFloatElements(table);
  if (!data || !llvm::all_of(*data, [](double v) { return std::isfinite(v); }))
    return {};
  auto tableType = cast<RankedTensorType>(gather.getInput().getType());
  Value quantizedTable = createQuantizedConstant(
      builder, gather.getLoc(), tableType.getShape(), *data, type);
  return tq::GatherOp::create(
      builder, gather.getLoc(),
      cast<RankedTensorType>(gather.getType()).clone(type), quantizedTable,
      gather.getIndices(), gather.getAxisAttr());
}

struct TQFoldFakeQuantPass
    : public mlir::tico::impl::TQFoldFakeQuantPassBase<TQFoldFakeQuantPass> {
  using Base::Base;

  void runOnOperation() override {
    func::FuncOp func = getOperation();
    if (inputType != "float" && inputType != "int") {
      func.emitError("input-type must be float or int, got '") << inputType
                                                               << "'";
      return signalPassFailure();
    }
    if (outputType != "float" && outputType != "int") {
      func.emitError("output-type must be float or int, got '") << outputType
                                                                << "'";
      return signalPassFailure();
    }
    if (failed(expandFakeQuants(func)))
      return signalPassFailure();
    absorbQuantization(func);
    setBoundaryTypes(func);
    cleanupQuantization(func);
  }

  /// fake_quant(x) -> dequantize(quantize(x)); fake_quant(constant) ->
  /// dequantize(quantized constant).
  LogicalResult expandFakeQuants(func::FuncOp func) {
    SmallVector<tq::FakeQuantOp> fakeQuants;
    func.walk([&](tq::FakeQuantOp op) { fakeQuants.push_back(op); });
    bool failedAny = false;
    for (tq::FakeQuantOp op : fakeQuants) {
      ElementsAttr constant = foldLayoutOfConstant(op.getInput());
      std::optional<SmallVector<double>> data;
      if (constant)
        data = readFloatElements(constant);
      // A fake-quantized -inf mask: quantize the finite fill value instead.
      if (data && !llvm::all_of(*data, [](double v) { return std::isfinite(v); }))
        if (std::optional<SmallVector<double>> mask =
                readAdditiveMaskElements(constant))
          data = mask;
      FailureOr<quant::QuantizedType> type =
          getFakeQuantType(op, data.has_value());
      if (failed(type)) {
        failedAny = true;
        continue;
      }
      OpBuilder builder(op);
      RankedTensorType floatType = op.getInput().getType();
      Value quantized;
      if (data)
        quantized = createQuantizedConstant(builder, op.getLoc(),
                                            floatType.getShape(), *data, *type);
      else if (Value gathered = quantizeGatheredTable(builder, op, *type))
        quantized = gathered;
      else
        quantized = tq::QuantizeOp::create(builder, op.getLoc(),
                                           floatType.clone(*type),
                                           op.getInput());
      op.getResult().replaceAllUsesWith(
          createDequantize(builder, op.getLoc(), quantized));
      op.erase();
    }
    return failure(failedAny);
  }

  /// input-type=int: an argument read only by quantizes to one type takes
  /// that type; output-type=int: a dequantized result is returned quantized.
  void setBoundaryTypes(func::FuncOp func) {
    if (func.isExternal())
      return;
    if (inputType == "int") {
      for (BlockArgument arg : func.getArguments()) {
        if (!isFloatTensor(arg.getType()) || arg.use_empty())
          continue;
        Type type = getUniqueQuantizeType(arg);
        if (!type)
          continue;
        arg.setType(type);
        replaceQuantizeUsers(arg);
      }
    }
    if (outputType == "int")
      func.walk([&](func::ReturnOp ret) {
        for (OpOperand &operand : ret->getOpOperands())
          if (Value source = getDequantizeSource(operand.get()))
            operand.set(source);
      });
    SmallVector<Type> results;
    func.walk([&](func::ReturnOp ret) {
      results.assign(ret.getOperandTypes().begin(), ret.getOperandTypes().end());
    });
    func.setType(FunctionType::get(func.getContext(),
                                   func.getBody().getArgumentTypes(), results));
  }
};

} // namespace
