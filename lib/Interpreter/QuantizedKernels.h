//===- QuantizedKernels.h - TFLite-exact integer kernels --------*- C++ -*-===//
//
// Kernels for `!quant.uniform` operands whose integers match TFLite's
// reference kernels (see docs/interpreter.md, "Quantized kernels"). The
// float kernels of each family dispatch here when an operand or result is
// quantized.
//
//===----------------------------------------------------------------------===//

#ifndef TICO_LIB_INTERPRETER_QUANTIZEDKERNELS_H
#define TICO_LIB_INTERPRETER_QUANTIZEDKERNELS_H

#include "KernelUtils.h"

#include "tico/Interpreter/FixedPoint.h"

namespace mlir::tico::interp {

/// Per-element quantization parameters of a tensor shape.
struct QParams {
  SmallVector<double> scales;
  SmallVector<int64_t> zeroPoints;
  int64_t axis = -1; // -1: per tensor
  int64_t qmin = 0, qmax = 0;
  unsigned storageBits = 0;
  bool storageSigned = true;

  bool isPerTensor() const { return axis < 0; }
  /// Which parameter set element `i` of `shape` uses.
  int64_t channel(ArrayRef<int64_t> shape, int64_t i) const {
    if (axis < 0)
      return 0;
    int64_t inner = getNumElements(shape.drop_front(axis + 1));
    return (i / inner) % shape[axis];
  }
};

/// The parameters of a quantized element type, checked against `shape`.
FailureOr<QParams> getQParams(Operation *op, Type elementType,
                              ArrayRef<int64_t> shape);

/// scale * (q - zero_point) of each element, in double (per axis where the
/// type says so).
FailureOr<std::vector<double>> dequantizeValues(Operation *op,
                                                const HostTensor &in);

/// Whether any present operand or result is quantized.
bool hasQuantizedOperand(const KernelContext &context);

/// TFLite CalculateActivationRangeQuantized: the fused activation of the op
/// as a clamp range in the output's integer domain.
FailureOr<std::pair<int32_t, int32_t>>
quantizedActivationRange(KernelContext &context, const QParams &out);

/// The parameters of a per-tensor quantized operand or result (`role` names
/// it in the "not supported yet" error otherwise).
FailureOr<QParams> getPerTensorQParams(KernelContext &context,
                                       const HostTensor &tensor,
                                       StringRef role);

/// Quantized BATCH_MATMUL / tq.matmul: the float matmul core computes the
/// exact integer accumulators of the zero-point-centered operands, then
/// `requantizeMatmul` scales them (TFLite reference BatchMatMul).
struct QuantizedMatmul {
  int64_t lhsZeroPoint = 0, rhsZeroPoint = 0, outZeroPoint = 0;
  fixedpoint::QuantizedMultiplier multiplier;
  bool wide = false; // int16: int64 accumulator and 64-bit multiply
  int32_t lo = 0, hi = 0;
};
FailureOr<QuantizedMatmul> prepareQuantizedMatmul(KernelContext &context);
void requantizeMatmul(const QuantizedMatmul &params, ArrayRef<double> acc,
                      HostTensor &out);

/// FULLY_CONNECTED, CONV_2D, DEPTHWISE_CONV_2D: operand 0 is the input,
/// operand 1 the weight (per tensor or per channel along `filterAxis`),
/// operand 2 the optional integer bias. The float cores compute the exact
/// integer accumulators of the zero-point-centered operands (plus the bias);
/// `requantizeWeighted` scales them per output channel (the innermost
/// result dimension).
struct QuantizedWeighted {
  int64_t inputZeroPoint = 0, outZeroPoint = 0;
  SmallVector<int64_t> filterZeroPoints;                  // per out channel
  SmallVector<fixedpoint::QuantizedMultiplier> multipliers; // per out channel
  SmallVector<double> realScales; // per out channel: s_in * s_w / s_out
  bool wide = false; // int16 activations: int64 accumulator
  /// Scale with round(acc * realScales[c]) in double instead of the
  /// fixed-point multipliers (TFLite's int16 FULLY_CONNECTED).
  bool doubleRequant = false;
  int32_t lo = 0, hi = 0;
};
FailureOr<QuantizedWeighted> prepareQuantizedWeighted(KernelContext &context,
                                                      int64_t filterAxis,
                                                      int64_t outChannels);
void requantizeWeighted(const QuantizedWeighted &params, ArrayRef<double> acc,
                        HostTensor &out);

/// circle.quantize / tq.quantize of a quantized tensor (TFLite Requantize).
LogicalResult quantizedRequantize(KernelContext &context);
/// FULLY_CONNECTED / tq.linear.
LogicalResult quantizedFullyConnected(KernelContext &context);
/// ADD / SUB (general path) and MUL.
enum class QuantBinary { Add, Sub, Mul };
LogicalResult quantizedBinary(KernelContext &context, QuantBinary kind);
/// LOGISTIC / TANH: 8-bit through TFLite's 256-entry lookup table, int16
/// through TFLite's interpolated sigmoid_table_uint16 kernel.
enum class QuantLut { Logistic, Tanh };
LogicalResult quantizedLookupTable(KernelContext &context, QuantLut kind);
/// SOFTMAX on the last axis: 8-bit input (8- or 16-bit result) or int16 to
/// int16 (TFLite SoftmaxInt16).
LogicalResult quantizedSoftmax(KernelContext &context, int64_t axis,
                               double beta);
/// MEAN / SUM of per-tensor quantized 8/16-bit tensors from the int32 sums
/// of the raw storage integers over `count` elements each (reduce.cc
/// EvalMean / EvalSum). `axes` are the op's axes as given.
LogicalResult quantizedMean(KernelContext &context, ArrayRef<int64_t> axes,
                            ArrayRef<int32_t> sums, int64_t count);
LogicalResult quantizedSum(KernelContext &context, ArrayRef<int64_t> axes,
                           ArrayRef<int32_t> sums, int64_t count);
/// DIV (uint8/int8, reference/div.h DivElementwise) and EXP (int8/int16
/// lookup tables of exp.cc).
LogicalResult quantizedDiv(KernelContext &context);
LogicalResult quantizedExp(KernelContext &context);
/// Ops without a TFLite integer kernel (the Circle extensions RMS_NORM and
/// ROPE): quantized operands dequantized to f64, `floatKernel` run on them,
/// quantized results quantized with round half away from zero (x / scale in
/// double) and saturation.
LogicalResult quantizedViaFloat(KernelContext &context, KernelFn floatKernel);
/// GELU: 8-bit through gelu.cc's 256-entry table of reference_ops::
/// GeluTransform(Approximate) (in float); int16, which TFLite lacks, through
/// `floatKernel` on the dequantized values (quantizedViaFloat).
LogicalResult quantizedGelu(KernelContext &context, bool approximate,
                            KernelFn floatKernel);
/// tq.silu (no TFLite kernel): its lowering's LOGISTIC into the fixed
/// output qparams of the input dtype, then MUL into the result type.
LogicalResult quantizedSilu(KernelContext &context);
/// RELU (activations.cc QuantizedReluX).
LogicalResult quantizedRelu(KernelContext &context);

} // namespace mlir::tico::interp

#endif // TICO_LIB_INTERPRETER_QUANTIZEDKERNELS_H
