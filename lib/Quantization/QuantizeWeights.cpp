//===- QuantizeWeights.cpp - quantize float constant weights and biases ---===//

#include "QuantRewrite.h"

#include "tico/Dialect/Common/ResourceMemory.h"
#include "tico/Dialect/TQ/IR/TQOps.h"
#include "tico/Quantization/Passes.h"

#include "mlir/Dialect/Quant/IR/Quant.h"
#include "mlir/IR/DialectResourceBlobManager.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"

#include <cmath>
#include <limits>
#include <map>
#include <tuple>

namespace mlir::tico {
#define GEN_PASS_DEF_TQQUANTIZEWEIGHTSPASS
#include "tico/Quantization/Passes.h.inc"
} // namespace mlir::tico

using namespace mlir;
using namespace mlir::tico;
using namespace mlir::tico::quantization;

namespace {

/// What a use asks of a constant: the source constant (after layout folds)
/// and either an explicit type or (dtype, axis or -1, additive mask). Equal
/// requests give equal quantized constants.
using QuantizeRequest =
    std::tuple<const void *, const void *, int, int64_t, bool>;

struct TQQuantizeWeightsPass
    : public mlir::tico::impl::TQQuantizeWeightsPassBase<TQQuantizeWeightsPass> {
  using Base::Base;

  QDType weight = QDType::Int8;
  bool perChannel = true;
  std::optional<QDType> activation; // nullopt: auto
  bool failedAny = false;
  /// Tied weights: the quantized constant made for each request, so a
  /// table shared by an embedding and the lm_head is quantized once.
  std::map<QuantizeRequest, Value> quantized;
  /// release-float-weights: operations of the module referencing each
  /// resource blob; a blob is released when its count drops to zero.
  DenseMap<const void *, int64_t> blobUsers;

  void runOnOperation() override {
    ModuleOp module = getOperation();
    // Option errors point at the first function: an implicit module has no
    // source line.
    Operation *at = module;
    for (func::FuncOp func : module.getOps<func::FuncOp>()) {
      at = func;
      break;
    }
    std::optional<QDType> parsed = parseQDType(weightDtype);
    if (!parsed || *parsed == QDType::Int32 || *parsed == QDType::UInt4) {
      at->emitError("weight-dtype must be int8, int16, uint8 or int4, got '")
          << weightDtype << "'";
      return signalPassFailure();
    }
    weight = *parsed;
    if (granularity != "per-channel" && granularity != "per-tensor") {
      at->emitError("granularity must be per-channel or per-tensor, got '")
          << granularity << "'";
      return signalPassFailure();
    }
    perChannel = granularity == "per-channel";
    if (activationDtype != "auto") {
      activation = parseQDType(activationDtype);
      if (!activation || (*activation != QDType::UInt8 &&
                          *activation != QDType::Int8 &&
                          *activation != QDType::Int16)) {
        at->emitError("activation-dtype must be auto, uint8, int8 or int16, "
                         "got '")
            << activationDtype << "'";
        return signalPassFailure();
      }
    }
    if (releaseFloatWeights)
      module.walk([&](Operation *op) {
        forEachBlob(op, [&](const void *blob) { ++blobUsers[blob]; });
      });
    for (func::FuncOp func : module.getOps<func::FuncOp>())
      quantizeFunction(func);
    if (failedAny)
      return signalPassFailure();
  }

  /// Calls f once per resource blob an attribute of `op` references.
  template <typename F> static void forEachBlob(Operation *op, F &&f) {
    llvm::SmallPtrSet<const void *, 2> seen;
    op->getAttrDictionary().walk([&](DenseResourceElementsAttr attr) {
      const void *blob = attr.getRawHandle().getResource();
      if (seen.insert(blob).second)
        f(blob);
    });
  }

  void quantizeFunction(func::FuncOp func) {
    quantized.clear();
    func.walk([&](Operation *op) {
      if (auto linear = dyn_cast<tq::LinearOp>(op)) {
        quantizeWeight(op, linear.getWeightMutable(), 0);
        if (linear.getBias())
          quantizeBias(op, linear.getInput(), linear.getWeight(),
                       *linear.getBiasMutable().begin());
      } else if (auto conv = dyn_cast<tq::Conv2DOp>(op)) {
        quantizeWeight(op, conv.getWeightMutable(), 0);
        if (conv.getBias())
          quantizeBias(op, conv.getInput(), conv.getWeight(),
                       *conv.getBiasMutable().begin());
      } else if (auto matmul = dyn_cast<tq::MatmulOp>(op)) {
        if (!matmul.getTransposeLhs() &&
            cast<RankedTensorType>(matmul.getRhs().getType()).getRank() == 2)
          quantizeWeight(op, matmul.getRhsMutable(),
                         matmul.getTransposeRhs() ? 0 : 1);
      } else if (auto embedding = dyn_cast<tq::EmbeddingOp>(op)) {
        quantizeTable(embedding);
      } else if (isa<tq::AddOp, tq::SubOp, tq::MulOp, tq::DivOp,
                     tq::ConcatOp>(op)) {
        quantizeConstInputs(op);
      } else if (auto norm = dyn_cast<tq::RmsNormOp>(op)) {
        if (norm.getWeight() && foldUnitOffset(norm))
          quantizeNormParam(op, norm.getInput(),
                            *norm.getWeightMutable().begin());
      } else if (auto norm = dyn_cast<tq::LayerNormOp>(op)) {
        if (norm.getWeight())
          quantizeNormParam(op, norm.getInput(),
                            *norm.getWeightMutable().begin());
        if (norm.getBias())
          quantizeNormParam(op, norm.getInput(), *norm.getBiasMutable().begin());
      }
    });
    if (!failedAny)
      absorbQuantization(func);
  }

  /// Erases `value`'s producer when nothing uses it any more, and then its
  /// dead operands' producers (a float constant seen through transposes);
  /// with release-float-weights, the blob of an erased constant that no
  /// other operation references is released.
  void eraseIfDead(Value value) {
    Operation *op = value.getDefiningOp();
    if (!op || !isOpTriviallyDead(op))
      return;
    SmallVector<Value> operands(op->getOperands());
    if (releaseFloatWeights)
      forEachBlob(op, [&](const void *blob) {
        auto it = blobUsers.find(blob);
        if (it != blobUsers.end() && --it->second == 0)
          op->getAttrDictionary().walk([&](DenseResourceElementsAttr attr) {
            if (attr.getRawHandle().getResource() == blob)
              releaseResourceBlob(attr);
          });
      });
    op->erase();
    for (Value operand : operands)
      eraseIfDead(operand);
  }

  /// Replaces the float constant in `operand` by dequantize(quantized
  /// constant of `type`).
  /// The request's float constant replaced by dequantize(quantized), and
  /// erased when that was its last use.
  void useQuantized(Operation *op, OpOperand &operand, Value quantized) {
    OpBuilder builder(op);
    Value old = operand.get();
    operand.set(createDequantize(builder, old.getLoc(), quantized));
    eraseIfDead(old);
  }

  /// Uses the constant an equal request already made; false when there is
  /// none in `op`'s block (one made in another block might not dominate).
  bool reuseQuantized(Operation *op, OpOperand &operand,
                      const QuantizeRequest &request) {
    auto it = quantized.find(request);
    if (it == quantized.end() || it->second.getParentBlock() != op->getBlock())
      return false;
    useQuantized(op, operand, it->second);
    return true;
  }

  template <typename Data>
  void replaceWithQuantized(Operation *op, OpOperand &operand,
                            const Data &data, quant::QuantizedType type,
                            std::optional<QuantizeRequest> request = {}) {
    OpBuilder builder(op);
    auto floatType = cast<RankedTensorType>(operand.get().getType());
    Value value = createQuantizedConstant(
        builder, operand.get().getLoc(), floatType.getShape(), data, type);
    if (request)
      quantized[*request] = value;
    useQuantized(op, operand, value);
  }

  /// `additiveMask`: a -inf mask constant (the operand of an add) is
  /// quantized with its masked entries at kMaskFillValue, on its own range
  /// [fill, 0] so that both 0 and the fill value are exact.
  void quantizeWithDtype(Operation *op, OpOperand &operand, QDType dtype,
                         bool channelwise, int64_t axis,
                         bool additiveMask = false) {
    ElementsAttr constant = foldLayoutOfConstant(operand.get());
    if (!constant)
      return;
    auto floatType = cast<RankedTensorType>(operand.get().getType());
    bool channels = channelwise && floatType.getRank() > 0;
    QuantizeRequest request{constant.getAsOpaquePointer(), nullptr,
                            int(dtype), channels ? axis : -1, additiveMask};
    if (reuseQuantized(op, operand, request))
      return;
    // f32 weights are read in place: no double copy of a GB table.
    std::optional<FloatElements> data = viewFloatElements(constant);
    if (data && additiveMask && !data->allFinite())
      if (std::optional<SmallVector<double>> mask =
              readAdditiveMaskElements(constant))
        data.emplace(std::move(*mask));
    if (!data)
      return;
    // One pass over the data for the finiteness check and the ranges.
    int64_t numChannels = 1, inner = int64_t(data->size());
    std::optional<int32_t> quantAxis;
    if (channels) {
      ArrayRef<int64_t> shape = floatType.getShape();
      numChannels = shape[axis];
      inner = 1;
      for (size_t d = axis + 1; d < shape.size(); ++d)
        inner *= shape[d];
      quantAxis = int32_t(axis);
    }
    auto ranges = data->visit([&](auto values) {
      return getFiniteChannelRanges(values, numChannels, inner);
    });
    if (!ranges)
      return;
    SmallVector<QParam> params;
    for (auto [min, max] : *ranges)
      params.push_back(computeQParam(dtype, isSigned(dtype), min, max));
    replaceWithQuantized(
        op, operand, *data,
        makeQuantizedType(floatType.getElementType(), dtype, params, quantAxis),
        request);
    dropSourcePages(constant);
  }

  /// release-float-weights: the pages of a float blob in a mapped input
  /// file leave the process as soon as one quantization has read them,
  /// even while other uses remain (a tied table stays referenced until the
  /// lm_head at the end): a later read faults them back from the page cache.
  void dropSourcePages(ElementsAttr constant) {
    if (!releaseFloatWeights)
      return;
    if (auto resource = dyn_cast<DenseResourceElementsAttr>(constant))
      if (AsmResourceBlob *blob = resource.getRawHandle().getBlob())
        dropMappedPages(blob->getData());
  }

  void quantizeWeight(Operation *op, OpOperand &operand, int64_t axis) {
    quantizeWithDtype(op, operand, weight, perChannel, axis);
  }

  /// An embedding whose output is quantized to one per-tensor type gets a
  /// table of exactly that type (the gather is exact); otherwise per row.
  void quantizeTable(tq::EmbeddingOp op) {
    OpOperand &operand = op.getTableMutable();
    ElementsAttr constant = foldLayoutOfConstant(operand.get());
    if (!constant)
      return;
    Type outType = getUniqueQuantizeType(op.getResult());
    if (outType)
      if (auto uniform = dyn_cast<quant::UniformQuantizedType>(
              cast<ShapedType>(outType).getElementType()))
        if (std::optional<FloatElements> data = viewFloatElements(constant)) {
          QuantizeRequest request{constant.getAsOpaquePointer(),
                                  uniform.getAsOpaquePointer(), 0, -1, false};
          if (!reuseQuantized(op, operand, request)) {
            replaceWithQuantized(op, operand, *data, uniform, request);
            dropSourcePages(constant);
          }
          return;
        }
    quantizeWeight(op, operand, 0);
  }

  /// Constant operands of elementwise ops and concats whose other operands
  /// are quantized take those operands' dtype, per tensor (luci's
  /// QuantizeConstInputActivation); an added -inf mask too, made finite.
  void quantizeConstInputs(Operation *op) {
    std::optional<QDType> dtype;
    for (Value operand : op->getOperands())
      if (Value source = getDequantizeSource(operand))
        if (auto type = dyn_cast<quant::UniformQuantizedType>(
                cast<ShapedType>(source.getType()).getElementType()))
          dtype = getQDType(type);
    if (!dtype)
      return;
    for (OpOperand &operand : op->getOpOperands())
      quantizeWithDtype(op, operand, *dtype, /*channelwise=*/false, 0,
                        /*additiveMask=*/isa<tq::AddOp>(op));
  }

  /// Gemma's `x * (1 + w)`: a quantized runtime cannot add the 1, so a
  /// constant weight becomes `1 + w` with add_unit_offset cleared. False
  /// when the offset stays (non-constant weight, float activations).
  bool foldUnitOffset(tq::RmsNormOp norm) {
    if (!norm.getAddUnitOffset())
      return true;
    if (!getDequantizeSource(norm.getInput()) && !activation)
      return false;
    ElementsAttr constant = foldLayoutOfConstant(norm.getWeight());
    std::optional<SmallVector<double>> data =
        constant ? readFloatElements(constant) : std::nullopt;
    if (!data)
      return false;
    auto type = cast<RankedTensorType>(norm.getWeight().getType());
    SmallVector<APFloat> shifted;
    for (double v : *data) {
      APFloat value(v + 1.0);
      bool lost;
      value.convert(cast<FloatType>(type.getElementType()).getFloatSemantics(),
                    APFloat::rmNearestTiesToEven, &lost);
      shifted.push_back(value);
    }
    OpBuilder builder(norm);
    Value weight = tq::ConstantOp::create(builder, norm.getWeight().getLoc(),
                                          type,
                                          DenseElementsAttr::get(type, shifted));
    Value old = norm.getWeight();
    norm.getWeightMutable().assign(weight);
    norm.setAddUnitOffset(false);
    eraseIfDead(old);
    return true;
  }

  /// Norm weight/bias: per-tensor with the activation dtype.
  void quantizeNormParam(Operation *op, Value input, OpOperand &operand) {
    std::optional<QDType> dtype = activation;
    if (!dtype)
      if (Value source = getDequantizeSource(input))
        dtype = getQDType(cast<quant::QuantizedType>(
            cast<ShapedType>(source.getType()).getElementType()));
    if (!dtype)
      return; // float activations: the norm stays float
    quantizeWithDtype(op, operand, *dtype, /*channelwise=*/false, 0);
  }

  /// bias -> int32 with scale[c] = s_in * s_w[c], zero point 0.
  void quantizeBias(Operation *op, Value input, Value weightValue,
                    OpOperand &operand) {
    ElementsAttr constant = getFloatConstant(operand.get());
    Value inputSource = getDequantizeSource(input);
    Value weightSource = getDequantizeSource(weightValue);
    if (!constant || !inputSource || !weightSource)
      return;
    quant::QuantizedType biasType = getBiasType(
        cast<ShapedType>(inputSource.getType()).getElementType(),
        cast<ShapedType>(weightSource.getType()).getElementType());
    if (!biasType)
      return;
    std::optional<SmallVector<double>> data = readFloatElements(constant);
    if (!data)
      return;
    auto perAxis = dyn_cast<quant::UniformQuantizedPerAxisType>(biasType);
    // Values beyond int32 would be clamped silently: refuse instead.
    for (size_t i = 0; i < data->size(); ++i) {
      double scale =
          perAxis ? perAxis.getScales()[i % perAxis.getScales().size()]
                  : cast<quant::UniformQuantizedType>(biasType).getScale();
      double q = std::round((*data)[i] / scale);
      if (std::fabs(q) > double(std::numeric_limits<int32_t>::max())) {
        op->emitOpError("bias element ")
            << i << " (" << (*data)[i] << ") does not fit int32 with scale "
            << scale;
        failedAny = true;
        return;
      }
    }
    replaceWithQuantized(op, operand, *data, biasType);
  }
};

} // namespace
