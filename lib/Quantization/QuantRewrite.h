//===- QuantRewrite.h - IR helpers shared by the quantization passes -*- C++ -*-===//
#ifndef TICO_LIB_QUANTIZATION_QUANTREWRITE_H
#define TICO_LIB_QUANTIZATION_QUANTREWRITE_H

#include "tico/Quantization/QParams.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/PatternMatch.h"

#include <optional>

namespace mlir::tico::tq {
class WhereOp;
} // namespace mlir::tico::tq

namespace mlir::tico::quantization {

/// True for a ranked tensor of a float element type.
bool isFloatTensor(Type type);

/// The quantized value `value` dequantizes (tq.dequantize input), or null.
Value getDequantizeSource(Value value);

/// The float elements of a constant (dense or f32 dense_resource), or
/// nullopt for other payloads.
std::optional<SmallVector<double>> readFloatElements(ElementsAttr value);

/// The float elements of a constant without copying an f32 blob (an
/// embedding table is GBs; a double copy would double the peak memory);
/// other payloads are widened to double once.
class FloatElements {
public:
  explicit FloatElements(ArrayRef<float> data) : f32(data) {}
  explicit FloatElements(SmallVector<double> data) : f64(std::move(data)) {}
  size_t size() const { return f64 ? f64->size() : f32.size(); }
  double operator[](size_t i) const {
    return f64 ? (*f64)[i] : static_cast<double>(f32[i]);
  }
  /// f(ArrayRef<float>) or f(ArrayRef<double>): per-element loops without
  /// a branch per element.
  template <typename F> auto visit(F &&f) const {
    return f64 ? f(ArrayRef<double>(*f64)) : f(f32);
  }
  bool allFinite() const;
  /// {min, max}, or {0, 0} when empty.
  std::pair<double, double> minMax() const;

private:
  ArrayRef<float> f32;
  std::optional<SmallVector<double>> f64;
};

/// FloatElements of a dense or f32 dense_resource constant, or nullopt.
std::optional<FloatElements> viewFloatElements(ElementsAttr value);

/// Masked entries of an additive mask get this finite value before the
/// mask is quantized (the default of --tq-legalize-masks and of the
/// lowering's mask-fill-value): -inf has no quantized value.
constexpr double kMaskFillValue = -120.0;

/// The elements of an additive-mask constant (every entry 0 or -inf /
/// lowest float) with the masked entries set to kMaskFillValue; nullopt for
/// any other constant.
std::optional<SmallVector<double>> readAdditiveMaskElements(ElementsAttr value);

/// The float constant behind `value` (a tq.constant of float type) or null.
ElementsAttr getFloatConstant(Value value);

/// The float constant `value` evaluates to when it is a tq.constant seen
/// through transposes and reshapes (torch exports `weight.t()` like that),
/// else null.
ElementsAttr foldLayoutOfConstant(Value value);

/// A quantized tq.constant holding `data` rounded onto `type`'s grid.
Value createQuantizedConstant(OpBuilder &builder, Location loc,
                              ArrayRef<int64_t> shape, ArrayRef<double> data,
                              quant::QuantizedType type);
Value createQuantizedConstant(OpBuilder &builder, Location loc,
                              ArrayRef<int64_t> shape,
                              const FloatElements &data,
                              quant::QuantizedType type);

/// `tq.dequantize` of a quantized value, to its expressed type.
Value createDequantize(OpBuilder &builder, Location loc, Value quantized);

/// The single type every user of `value` quantizes it to (all users are
/// tq.quantize ops with one result type), or null.
Type getUniqueQuantizeType(Value value);

/// Replaces every tq.quantize user of `value` by `value` (which already has
/// their type) and erases them.
void replaceQuantizeUsers(Value value);

/// In program order, rewrites every tq compute op whose float operands all
/// come from tq.dequantize and whose float results are only quantized (to
/// one type each) to read and produce the quantized values directly.
/// Layout and gather ops are only rewritten when no requantization would
/// hide in them (result type == input type).
void absorbQuantization(func::FuncOp func);

/// quantize(dequantize(q)) -> q (same type) or a requantize; erases
/// trivially dead ops.
void cleanupQuantization(func::FuncOp func);

/// Layout ops: the output is a rearrangement of the (first) input.
bool isLayoutOp(Operation *op);

/// `value` requantized to `element` by a tq.quantize created before
/// `before` (or `value` itself when it already has that element type).
Value requantize(OpBuilder &builder, Operation *before, Value value,
                 Type element);

/// A quantized where copies stored integers (Circle's SELECT_V2 does not
/// rescale), so both data inputs must carry the output's qparams: quantized
/// inputs with others are requantized in place, as for concat.
void unifySelectInputs(OpBuilder &builder, tq::WhereOp op);

/// Patterns that make a float tq.where read only by quantizes integer:
/// the clamp `where(compare(x, lt|le|gt|ge, k), k, x)` of a dequantized x
/// becomes a tq.maximum/minimum with the constant bound (or nothing, when
/// the output type saturates at the bound anyway), and a select between
/// float constants and dequantized values becomes a quantized where.
void populateQuantizeSelectPatterns(RewritePatternSet &patterns);

} // namespace mlir::tico::quantization

#endif // TICO_LIB_QUANTIZATION_QUANTREWRITE_H
