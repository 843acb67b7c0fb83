//===- Calibrate.cpp - observed qparams from calibration samples ----------===//
//
// Runs the reference interpreter over calibration samples, records the range
// of every activation through the interpreter's after-op callback, and
// inserts tq.fake_quant ops with the resulting qparams, which
// --tico-quantize then folds into quantized types.
//
//===----------------------------------------------------------------------===//

#include "CalibrationConfig.h"
#include "CalibrationData.h"
#include "QuantRewrite.h"

#include "tico/Dialect/TQ/IR/TQOps.h"
#include "tico/Interpreter/Interpreter.h"
#include "tico/Quantization/Observers.h"
#include "tico/Quantization/Passes.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/Support/raw_ostream.h"

#include <cmath>

namespace mlir::tico {
#define GEN_PASS_DEF_TQCALIBRATEPASS
#include "tico/Quantization/Passes.h.inc"
} // namespace mlir::tico

using namespace mlir;
using namespace mlir::tico;
using namespace mlir::tico::quantization;

namespace {

/// One recorded value: its observer and the qparams' dtype/axis.
struct Site {
  Value value;
  /// Replaced by the fake_quant (an observe op), or null.
  tq::ObserveOp observe;
  QDType dtype;
  std::optional<int64_t> axis;
  Observer observer;
};

/// A fake_quant of `input` with `params` in `dtype` (per axis when `axis`).
Value createFakeQuant(OpBuilder &builder, Location loc, Value input,
                      QDType dtype, ArrayRef<QParam> params,
                      std::optional<int64_t> axis) {
  SmallVector<double> scales;
  SmallVector<int64_t> zeroPoints;
  for (const QParam &p : params) {
    scales.push_back(p.scale);
    zeroPoints.push_back(p.zeroPoint);
  }
  QRange range = getRange(dtype);
  MLIRContext *context = builder.getContext();
  auto storage = IntegerType::get(
      context, bitWidth(dtype),
      isSigned(dtype) ? IntegerType::Signless : IntegerType::Unsigned);
  return tq::FakeQuantOp::create(
      builder, loc, input, builder.getDenseF64ArrayAttr(scales),
      builder.getDenseI64ArrayAttr(zeroPoints),
      builder.getI64IntegerAttr(range.qmin),
      builder.getI64IntegerAttr(range.qmax), TypeAttr::get(storage),
      axis ? builder.getI64IntegerAttr(*axis) : IntegerAttr());
}

/// The constant weight operand of `op` and its channel axis, as
/// --tq-quantize-weights chooses them.
std::optional<std::pair<OpOperand *, int64_t>> getWeightOperand(Operation *op) {
  if (auto linear = dyn_cast<tq::LinearOp>(op))
    return std::make_pair(&linear.getWeightMutable(), int64_t(0));
  if (auto conv = dyn_cast<tq::Conv2DOp>(op))
    return std::make_pair(&conv.getWeightMutable(), int64_t(0));
  if (auto matmul = dyn_cast<tq::MatmulOp>(op))
    if (!matmul.getTransposeLhs() &&
        cast<RankedTensorType>(matmul.getRhs().getType()).getRank() == 2)
      return std::make_pair(&matmul.getRhsMutable(),
                            int64_t(matmul.getTransposeRhs() ? 0 : 1));
  return std::nullopt;
}

/// Values computed from constants only (folded at compile time, so they
/// are weights, not activations).
llvm::DenseSet<Value> getConstantValues(Block &block) {
  llvm::DenseSet<Value> constants;
  for (Operation &op : block)
    if (isa<tq::ConstantOp>(op) ||
        (op.getNumOperands() > 0 &&
         llvm::all_of(op.getOperands(),
                      [&](Value v) { return constants.contains(v); })))
      constants.insert(op.result_begin(), op.result_end());
  return constants;
}

struct TQCalibratePass
    : public mlir::tico::impl::TQCalibratePassBase<TQCalibratePass> {
  using Base::Base;

  void runOnOperation() override {
    ModuleOp module = getOperation();
    func::FuncOp func = selectFunction(module);
    if (!func)
      return signalPassFailure();

    // Options.
    std::optional<ObserverKind> kind = parseObserverKind(observer);
    if (!kind) {
      module.emitError("observer must be minmax, ema or percentile, got '")
          << observer << "'";
      return signalPassFailure();
    }
    if (!(momentum > 0 && momentum < 1) ||
        !(percentile > 0 && percentile <= 100)) {
      module.emitError("expected momentum in (0, 1) and percentile in "
                       "(0, 100], got ")
          << momentum << " and " << percentile;
      return signalPassFailure();
    }
    std::optional<QDType> activation = parseActivationDType(activationType);
    if (!activation) {
      module.emitError("activation-type must be u8, i8 or i16, got '")
          << activationType << "'";
      return signalPassFailure();
    }
    std::optional<QDType> weight =
        weightType.empty() ? defaultWeightDType(*activation)
                           : parseWeightDType(weightType);
    if (!weight) {
      module.emitError("weight-type must be u8, i8, i16 or i4, got '")
          << weightType << "'";
      return signalPassFailure();
    }
    if (granularity != "per-channel" && granularity != "per-tensor") {
      module.emitError("granularity must be per-channel or per-tensor, got '")
          << granularity << "'";
      return signalPassFailure();
    }
    if (failed(checkDTypePair(module.getLoc(), *activation, *weight)))
      return signalPassFailure();
    OpSettings defaults{*activation, *weight, granularity == "per-channel"};
    ObserverOptions observerOptions;
    observerOptions.kind = *kind;
    observerOptions.momentum = momentum;
    observerOptions.percentile = percentile;

    // Per-op settings (config overrides), checked before anything changes.
    Block &block = func.getBody().front();
    llvm::DenseMap<Operation *, OpSettings> settings;
    if (!config.empty()) {
      FailureOr<CalibrationConfig> parsed =
          CalibrationConfig::load(config, module.getLoc());
      if (failed(parsed) ||
          failed(parsed->apply(block, defaults, settings)))
        return signalPassFailure();
    }
    auto settingsOf = [&](Operation *op) {
      auto it = settings.find(op);
      return it == settings.end() ? defaults : it->second;
    };
    for (auto &[op, s] : settings)
      if (!s.keepFloat && getWeightOperand(op) &&
          failed(checkDTypePair(op->getLoc(), s.activation, s.weight)))
        return signalPassFailure();

    // Sites: explicit observe ops if any, else every float activation.
    std::vector<Site> sites;
    llvm::DenseMap<Operation *, SmallVector<std::pair<unsigned, size_t>>>
        sitesOf;
    bool explicitSites = !block.getOps<tq::ObserveOp>().empty();
    llvm::DenseSet<Value> constants = getConstantValues(block);
    // Float model inputs are activations too.
    SmallVector<std::pair<unsigned, size_t>> argumentSites;
    for (BlockArgument arg : block.getArguments()) {
      if (explicitSites || !isFloatTensor(arg.getType()))
        continue;
      argumentSites.push_back({arg.getArgNumber(), sites.size()});
      sites.push_back(Site{arg, nullptr, defaults.activation, std::nullopt,
                           Observer(observerOptions)});
    }
    SmallVector<tq::ObserveOp> floatObserves;
    for (Operation &op : block) {
      OpSettings s = settingsOf(&op);
      if (s.keepFloat) {
        if (auto observe = dyn_cast<tq::ObserveOp>(op))
          floatObserves.push_back(observe);
        continue;
      }
      if (auto observe = dyn_cast<tq::ObserveOp>(op)) {
        FailureOr<Site> site = makeObserveSite(observe, s);
        if (failed(site))
          return signalPassFailure();
        sitesOf[&op].push_back({0, sites.size()});
        sites.push_back(std::move(*site));
        continue;
      }
      if (explicitSites ||
          isa<tq::ConstantOp, tq::FakeQuantOp, tq::QuantizeOp,
              tq::DequantizeOp, func::ReturnOp>(op))
        continue;
      for (OpResult result : op.getResults()) {
        if (!isFloatTensor(result.getType()) || constants.contains(result) ||
            llvm::any_of(result.getUsers(), [](Operation *user) {
              return isa<tq::FakeQuantOp>(user);
            }))
          continue;
        sitesOf[&op].push_back({result.getResultNumber(), sites.size()});
        sites.push_back(
            Site{result, nullptr, s.activation, std::nullopt,
                 Observer(observerOptions)});
      }
    }

    // Calibration runs.
    llvm::Expected<std::vector<Sample>> samples =
        loadCalibrationSamples(func, data, stacked);
    if (!samples) {
      func.emitError("calibration data: ")
          << llvm::toString(samples.takeError());
      return signalPassFailure();
    }
    auto record = [&](Operation *op, ArrayRef<interp::HostTensor> results) {
      auto it = sitesOf.find(op);
      if (it == sitesOf.end())
        return;
      for (auto [index, site] : it->second)
        sites[site].observer.update(results[index].toDoubles(),
                                    results[index].getShape());
    };
    for (size_t i = 0; i < samples->size(); ++i) {
      if (progress)
        llvm::errs() << "calibrating sample " << i + 1 << "/"
                     << samples->size() << "\n";
      for (auto [index, site] : argumentSites)
        sites[site].observer.update((*samples)[i][index].toDoubles(),
                                    (*samples)[i][index].getShape());
      if (failed(interp::runFunction(func, (*samples)[i], record))) {
        func.emitError("calibration sample ")
            << i + 1 << " of " << samples->size() << " failed to run";
        return signalPassFailure();
      }
    }

    // Materialize: a fake_quant after every site, then on weights.
    OpBuilder builder(module.getContext());
    for (Site &site : sites) {
      if (site.observer.sawNonFinite()) {
        // -inf/NaN would be clamped into the range: keep the value float.
        emitWarning(site.observe ? site.observe.getLoc() : site.value.getLoc(),
                    "kept float: calibration saw non-finite values here");
        if (site.observe) {
          site.observe.replaceAllUsesWith(site.observe.getInput());
          site.observe.erase();
        }
        continue;
      }
      SmallVector<QParam> params;
      for (auto [min, max] : site.observer.getRanges())
        params.push_back(computeQParam(site.dtype, /*symmetric=*/false, min,
                                       max));
      builder.setInsertionPointAfterValue(site.value);
      Location loc = site.value.getLoc();
      if (site.observe) {
        builder.setInsertionPoint(site.observe);
        Value fq = createFakeQuant(builder, site.observe.getLoc(),
                                   site.observe.getInput(), site.dtype, params,
                                   site.axis);
        site.observe.replaceAllUsesWith(fq);
        site.observe.erase();
        continue;
      }
      Value fq = createFakeQuant(builder, loc, site.value, site.dtype, params,
                                 site.axis);
      site.value.replaceAllUsesExcept(fq, fq.getDefiningOp());
    }
    for (tq::ObserveOp observe : floatObserves) {
      observe.replaceAllUsesWith(observe.getInput());
      observe.erase();
    }
    for (Operation &op : llvm::make_early_inc_range(block)) {
      OpSettings s = settingsOf(&op);
      if (!s.keepFloat)
        if (auto operand = getWeightOperand(&op))
          quantizeWeight(&op, *operand->first, operand->second, s);
    }
  }

  func::FuncOp selectFunction(ModuleOp module) {
    SmallVector<func::FuncOp> funcs;
    for (auto f : module.getOps<func::FuncOp>())
      if (!f.isExternal() && (function.empty() || f.getSymName() == function))
        funcs.push_back(f);
    if (funcs.size() == 1)
      return funcs.front();
    if (funcs.empty())
      module.emitError("no function ")
          << (function.empty() ? std::string("with a body")
                               : "named '" + function + "'")
          << " to calibrate";
    else
      module.emitError("several functions to calibrate; choose one with "
                       "function=NAME");
    return nullptr;
  }

  FailureOr<Site> makeObserveSite(tq::ObserveOp op, const OpSettings &s) {
    ObserverOptions options;
    switch (op.getKind()) {
    case tq::ObserverKind::minmax:
      options.kind = ObserverKind::MinMax;
      break;
    case tq::ObserverKind::ema:
      options.kind = ObserverKind::Ema;
      break;
    case tq::ObserverKind::percentile:
      options.kind = ObserverKind::Percentile;
      break;
    }
    if (auto m = op.getMomentum())
      options.momentum = m->convertToDouble();
    if (auto p = op.getPercentile())
      options.percentile = p->convertToDouble();
    if (op.getGranularity() == tq::Granularity::per_channel) {
      if (options.kind == ObserverKind::Percentile)
        return op.emitOpError("not supported yet: a per_channel percentile "
                              "observer");
      options.axis = int64_t(*op.getAxis());
    }
    IntegerType type = op.getDtype();
    std::optional<QDType> dtype;
    if (type.getWidth() == 8)
      dtype = type.isUnsigned() ? QDType::UInt8 : QDType::Int8;
    else if (type.getWidth() == 16 && !type.isUnsigned())
      dtype = QDType::Int16;
    if (!dtype)
      return op.emitOpError("observed dtype ")
             << type << " is not an activation dtype (ui8, i8 or i16)";
    // A config override of the dtype wins over the op's.
    if (s.activationOverridden)
      dtype = s.activation;
    return Site{op.getOutput(), op, *dtype, options.axis, Observer(options)};
  }

  void quantizeWeight(Operation *op, OpOperand &operand, int64_t axis,
                      const OpSettings &s) {
    Value value = operand.get();
    ElementsAttr constant = foldLayoutOfConstant(value);
    if (!constant)
      return;
    // f32 blobs are read in place, as --tq-quantize-weights does: a double
    // copy of the tied embedding / lm_head would be 2.5 GB.
    std::optional<FloatElements> values = viewFloatElements(constant);
    if (!values || !values->allFinite())
      return;
    auto type = cast<RankedTensorType>(value.getType());
    bool symmetric = isSigned(s.weight);
    SmallVector<QParam> params;
    std::optional<int64_t> channelAxis;
    if (s.perChannel && type.getRank() > 0) {
      params = values->visit([&](auto data) {
        return computePerChannelOf(data, type.getShape(), axis, s.weight,
                                   symmetric);
      });
      channelAxis = axis;
    } else {
      auto [min, max] = values->minMax();
      params.push_back(computeQParam(s.weight, symmetric, min, max));
    }
    OpBuilder builder(op);
    operand.set(createFakeQuant(builder, value.getLoc(), value, s.weight,
                                params, channelAxis));
  }
};

} // namespace
