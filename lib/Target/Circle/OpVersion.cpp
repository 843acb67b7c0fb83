//===- OpVersion.cpp - OperatorCode versions for builtin ops --------------===//
//
// One function per op family. The branches follow TFLite's
// GetBuiltinOperatorVersion in its order, because the first rule that
// matches wins; each branch says which rule it is ("vN: ..."). The rules
// are those of the converter's copy,
// tensorflow/compiler/mlir/lite/tools/versioning/op_version.cc, which is
// newer than tensorflow/lite/tools/versioning/op_version.cc (it adds e.g.
// FULLY_CONNECTED 13, float16 ADD 6 / MUL 8, int4 TRANSPOSE, SLICE and
// CONCATENATION, int16 EQUAL 5 / NOT_EQUAL 4). What the rules look at is
// what op_signature.cc gathers from the written model, read here from the
// IR:
//
// - a tensor's type is its Circle TensorType, so a quantized element type
//   counts as its storage type (i8, ui8, i16, i4, ...);
// - an absent optional input (circle.no_value) is written as index -1: the
//   slot exists but has no type;
// - dims are the shape as written (a dynamic dimension is written as 1);
// - per-channel means the scale count of the tensor's quantization equals
//   one of its dimensions, which dimension depending on the op, as in
//   op_signature.cc;
// - "input is quantized" (ADD and MUL) is a !quant element type. TFLite
//   tests whether the tensor has a quantization table at all, but its
//   converter, like tico, writes an empty table for every unquantized
//   tensor; the rule's intent (int16 integer arithmetic vs quantized int16)
//   is what is tested here.
//
//===----------------------------------------------------------------------===//

#include "OpVersion.h"

#include "CircleTypes.h"
#include "tico/Dialect/Circle/IR/CircleOps.h"

#include "mlir/Dialect/Quant/IR/QuantTypes.h"
#include "mlir/IR/TypeUtilities.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/TypeSwitch.h"

#include <initializer_list>
#include <optional>

using namespace mlir;
using namespace mlir::tico::circle;
namespace fb = ::circle;

namespace {

using CT = fb::TensorType;
constexpr CT F16 = fb::TensorType_FLOAT16;
constexpr CT F32 = fb::TensorType_FLOAT32;
constexpr CT F64 = fb::TensorType_FLOAT64;
constexpr CT BOOL = fb::TensorType_BOOL;
constexpr CT I4 = fb::TensorType_INT4;
constexpr CT U4 = fb::TensorType_UINT4;
constexpr CT I8 = fb::TensorType_INT8;
constexpr CT U8 = fb::TensorType_UINT8;
constexpr CT I16 = fb::TensorType_INT16;
constexpr CT U16 = fb::TensorType_UINT16;
constexpr CT I32 = fb::TensorType_INT32;
constexpr CT U32 = fb::TensorType_UINT32;
constexpr CT I64 = fb::TensorType_INT64;

//===----------------------------------------------------------------------===//
// Tensor facts
//===----------------------------------------------------------------------===//

/// The Circle type of a tensor value; nullopt for an absent input (none).
std::optional<CT> circleTypeOf(Value value) {
  auto shaped = dyn_cast<ShapedType>(value.getType());
  if (!shaped)
    return std::nullopt;
  return lookupCircleTensorType(shaped.getElementType());
}

/// The shape as the exporter writes it: dynamic dimensions become 1,
/// unranked tensors have no shape.
SmallVector<int64_t> writtenDims(Value value) {
  SmallVector<int64_t> dims;
  if (auto ranked = dyn_cast<RankedTensorType>(value.getType()))
    for (int64_t dim : ranked.getShape())
      dims.push_back(ShapedType::isDynamic(dim) ? 1 : dim);
  return dims;
}

/// Dimension `index` as written, or nullopt when the tensor has no such
/// dimension.
std::optional<int64_t> writtenDim(Value value, int64_t index) {
  SmallVector<int64_t> dims = writtenDims(value);
  if (index < 0 || index >= int64_t(dims.size()))
    return std::nullopt;
  return dims[index];
}

quant::QuantizedType getQuantizedType(Value value) {
  return dyn_cast<quant::QuantizedType>(getElementTypeOrSelf(value.getType()));
}

bool isQuantized(Value value) { return bool(getQuantizedType(value)); }

/// The length of the written `scale` vector: one per-tensor, one per channel
/// per-axis, none for unquantized tensors.
size_t numScales(Value value) {
  quant::QuantizedType type = getQuantizedType(value);
  if (auto perAxis = dyn_cast_or_null<quant::UniformQuantizedPerAxisType>(type))
    return perAxis.getScales().size();
  if (isa_and_nonnull<quant::UniformQuantizedType>(type))
    return 1;
  return 0;
}

/// scale[0] of the written quantization, 0 when there is none.
double firstScale(Value value) {
  quant::QuantizedType type = getQuantizedType(value);
  if (auto perAxis = dyn_cast_or_null<quant::UniformQuantizedPerAxisType>(type))
    return perAxis.getScales().empty() ? 0.0 : perAxis.getScales().front();
  if (auto uniform = dyn_cast_or_null<quant::UniformQuantizedType>(type))
    return uniform.getScale();
  return 0.0;
}

/// The written `quantized_dimension` (0 unless per-axis).
int64_t quantizedDimension(Value value) {
  if (auto perAxis = dyn_cast_or_null<quant::UniformQuantizedPerAxisType>(
          getQuantizedType(value)))
    return perAxis.getQuantizedDimension();
  return 0;
}

/// op_signature.cc's per-channel test for DEQUANTIZE/QUANTIZE/FC: more
/// than one scale, one per entry of dimension `dim`.
bool hasScalePerEntryOf(Value value, int64_t dim) {
  size_t scales = numScales(value);
  return scales > 1 && writtenDim(value, dim) == int64_t(scales);
}

/// The inputs and outputs of one operator as op_signature.cc sees them.
class Signature {
public:
  explicit Signature(Operation *op) : op(op) {}

  /// Type of input/output `i`; nullopt when absent or out of range.
  std::optional<CT> in(unsigned i) const {
    return i < op->getNumOperands() ? circleTypeOf(op->getOperand(i))
                                    : std::nullopt;
  }
  std::optional<CT> out(unsigned i) const {
    return i < op->getNumResults() ? circleTypeOf(op->getResult(i))
                                   : std::nullopt;
  }
  bool inIs(unsigned i, std::initializer_list<CT> types) const {
    std::optional<CT> type = in(i);
    return type && llvm::is_contained(types, *type);
  }
  bool outIs(unsigned i, std::initializer_list<CT> types) const {
    std::optional<CT> type = out(i);
    return type && llvm::is_contained(types, *type);
  }
  /// input 0, input 1 and output 0 have these types (the
  /// activation/weights/result triples of the conv and FC rules).
  bool is(CT input, CT weights, CT output) const {
    return in(0) == input && in(1) == weights && out(0) == output;
  }
  /// The version of the first (type, version) rule input `i` matches, in
  /// TFLite's order, else `otherwise`: the rule ladders that test one input
  /// type only.
  int32_t byInputType(unsigned i,
                      std::initializer_list<std::pair<CT, int32_t>> rules,
                      int32_t otherwise = 1) const {
    for (auto [type, version] : rules)
      if (inIs(i, {type}))
        return version;
    return otherwise;
  }
  int64_t inRank(unsigned i) const {
    return i < op->getNumOperands() ? writtenDims(op->getOperand(i)).size()
                                    : 0;
  }
  /// NeedBroadcastForBinaryInputs: the first two inputs' shapes differ.
  bool needsBroadcast() const {
    return op->getNumOperands() >= 2 &&
           writtenDims(op->getOperand(0)) != writtenDims(op->getOperand(1));
  }
  /// GetInputMaxDims.
  int64_t maxInputRank() const {
    int64_t rank = 0;
    for (unsigned i = 0, e = op->getNumOperands(); i < e; ++i)
      rank = std::max(rank, inRank(i));
    return rank;
  }

private:
  Operation *op;
};

//===----------------------------------------------------------------------===//
// Elementwise arithmetic
//===----------------------------------------------------------------------===//

int32_t addVersion(AddOp op) {
  Signature sig(op);
  // v6: float16.
  if (sig.inIs(0, {F16}))
    return 6;
  // v5: int16 that is not quantized (integer arithmetic).
  if (sig.inIs(0, {I16}) && !isQuantized(op.getLhs()))
    return 5;
  // v4: int64.
  if (sig.inIs(0, {I64}))
    return 4;
  // v3: int16 in and out with pot_scale_int16 = false (general scales).
  if (sig.inIs(0, {I16}) && sig.outIs(0, {I16}) && !op.getPotScaleInt16())
    return 3;
  // v2: int8.
  if (sig.inIs(0, {I8}))
    return 2;
  return 1;
}

int32_t subVersion(SubOp op) {
  Signature sig(op);
  // v5: int16 in and out with pot_scale_int16 = false (general scales);
  // unlike ADD, quantized and plain int16 are not told apart.
  if (sig.inIs(0, {I16}) && sig.outIs(0, {I16}) && !op.getPotScaleInt16())
    return 5;
  // v4: int64.
  if (sig.inIs(0, {I64}))
    return 4;
  // v3: broadcasting with an input of rank > 4.
  if (sig.needsBroadcast() && sig.maxInputRank() > 4)
    return 3;
  // v2: int8.
  if (sig.inIs(0, {I8}))
    return 2;
  return 1;
}

int32_t mulVersion(MulOp op) {
  Signature sig(op);
  bool inputQuantized = isQuantized(op.getLhs()) || isQuantized(op.getRhs());
  // v8: float16.
  if (sig.inIs(0, {F16}))
    return 8;
  // v7: plain (unquantized) int16, or uint32.
  if ((sig.inIs(0, {I16}) && !inputQuantized) || sig.inIs(0, {U32}))
    return 7;
  // v6 is complex64, which tico does not express.
  // v5: int64.
  if (sig.inIs(0, {I64}))
    return 5;
  // v4: (quantized) int16.
  if (sig.inIs(0, {I16}))
    return 4;
  // v3: all three tensors have scales and the rescale
  // scale(lhs) * scale(rhs) / scale(output) is >= 1.
  double lhsScale = firstScale(op.getLhs()), rhsScale = firstScale(op.getRhs());
  double outScale = firstScale(op.getOutput());
  if (lhsScale != 0 && rhsScale != 0 && outScale != 0 &&
      lhsScale * rhsScale / outScale >= 1.0)
    return 3;
  // v2: int8.
  if (sig.inIs(0, {I8}))
    return 2;
  return 1;
}

int32_t divVersion(DivOp op) {
  Signature sig(op);
  // v2: broadcasting with an input of rank > 4.
  if (sig.needsBroadcast() && sig.maxInputRank() > 4)
    return 2;
  return 1;
}

//===----------------------------------------------------------------------===//
// Elementwise unary
//===----------------------------------------------------------------------===//

/// EXP, LOG, SQRT: v2 for int8 or int16 input.
int32_t expLogSqrtVersion(Operation *op) {
  return Signature(op).inIs(0, {I8, I16}) ? 2 : 1;
}

/// TANH, LOGISTIC, AVERAGE_POOL_2D (and MAX_POOL_2D): v3 int16 input and
/// output, v2 int8 input.
int32_t int16InOutOr8Version(Operation *op) {
  Signature sig(op);
  if (sig.inIs(0, {I16}) && sig.outIs(0, {I16}))
    return 3;
  if (sig.inIs(0, {I8}))
    return 2;
  return 1;
}

/// RELU: v3 int16, v2 int8 or uint8.
int32_t reluVersion(ReluOp op) {
  return Signature(op).byInputType(0, {{I16, 3}, {I8, 2}, {U8, 2}});
}

/// GELU: v2 int8 or uint8.
int32_t geluVersion(GeluOp op) {
  return Signature(op).inIs(0, {I8, U8}) ? 2 : 1;
}

/// SOFTMAX, MEAN, REDUCE_MAX, RSQRT (TFLite's shared rule, also MIRROR_PAD,
/// REDUCE_MIN, RELU6): v3 int16 input, v2 int8 input.
int32_t int16Or8Version(Operation *op) {
  return Signature(op).byInputType(0, {{I16, 3}, {I8, 2}});
}

/// SUM, SPLIT_V, GREATER, LESS_EQUAL (TFLite's shared rule with
/// SPACE_TO_DEPTH, LOG_SOFTMAX, ...): v2 int8 input.
int32_t int8Version(Operation *op) {
  return Signature(op).inIs(0, {I8}) ? 2 : 1;
}

/// SELECT_V2: v2 when input 0 is uint32. Input 0 is the condition, which
/// the dialect requires to be bool, so this is always 1; the rule is kept
/// as TFLite states it.
int32_t selectV2Version(SelectV2Op op) {
  return Signature(op).inIs(0, {U32}) ? 2 : 1;
}

/// MAXIMUM, MINIMUM: v4 int16 input and output, v3 broadcast beyond rank 4,
/// v2 int8 input.
int32_t maximumMinimumVersion(Operation *op) {
  Signature sig(op);
  if (sig.inIs(0, {I16}) && sig.outIs(0, {I16}))
    return 4;
  if (sig.needsBroadcast() && sig.maxInputRank() > 4)
    return 3;
  return sig.inIs(0, {I8}) ? 2 : 1;
}

//===----------------------------------------------------------------------===//
// Comparison
//===----------------------------------------------------------------------===//

/// EQUAL: v5 int16, v3 string (not expressible), v2 int8. (The older
/// tensorflow/lite copy has int16 at 4.)
int32_t equalVersion(EqualOp op) {
  return Signature(op).byInputType(0, {{I16, 5}, {I8, 2}});
}

/// NOT_EQUAL: v4 int16, v3 string (not expressible), v2 int8.
int32_t notEqualVersion(NotEqualOp op) {
  return Signature(op).byInputType(0, {{I16, 4}, {I8, 2}});
}

/// LESS, GREATER_EQUAL: v3 int16, v2 int8. (GREATER and LESS_EQUAL only
/// have the int8 rule: int8Version.)
int32_t lessGreaterEqualVersion(Operation *op) { return int16Or8Version(op); }

//===----------------------------------------------------------------------===//
// Conversion and quantization
//===----------------------------------------------------------------------===//

int32_t castVersion(CastOp op) {
  Signature sig(op);
  auto either = [&](std::initializer_list<CT> types) {
    return sig.inIs(0, types) || sig.outIs(0, types);
  };
  // v8: uint4 (or int2, which Circle cannot hold) on either side.
  if (either({U4}))
    return 8;
  // v7 is bfloat16, which Circle cannot hold.
  // v6: int4 to float32.
  if (sig.inIs(0, {I4}) && sig.outIs(0, {F32}))
    return 6;
  // v5: float64 or float16 on either side.
  if (either({F64, F16}))
    return 5;
  // v4: uint16 on either side.
  if (either({U16}))
    return 4;
  // v3: int8 on either side.
  if (either({I8}))
    return 3;
  // v2: uint32 on either side.
  if (either({U32}))
    return 2;
  return 1;
}

int32_t quantizeVersion(QuantizeOp op) {
  Signature sig(op);
  // v5: uint4 input or output.
  if (sig.inIs(0, {U4}) || sig.outIs(0, {U4}))
    return 5;
  // v4: int4 input or output.
  if (sig.inIs(0, {I4}) || sig.outIs(0, {I4}))
    return 4;
  // v3: per-channel output (scale count > 1 and equal to the size of the
  // quantized dimension).
  Value output = op.getOutput();
  if (hasScalePerEntryOf(output, quantizedDimension(output)))
    return 3;
  // v2: int16 output.
  if (sig.outIs(0, {I16}))
    return 2;
  return 1;
}

int32_t dequantizeVersion(DequantizeOp op) {
  Signature sig(op);
  // v8: uint4 input (v7 is int2, which Circle cannot hold).
  if (sig.inIs(0, {U4}))
    return 8;
  // v6: int4 input.
  if (sig.inIs(0, {I4}))
    return 6;
  // v3: int16 or float16 input.
  if (sig.inIs(0, {I16, F16}))
    return 3;
  // v5 / v2: int8 input, per-channel or not.
  if (sig.inIs(0, {I8})) {
    Value input = op.getInput();
    return hasScalePerEntryOf(input, quantizedDimension(input)) ? 5 : 2;
  }
  return 1;
}

//===----------------------------------------------------------------------===//
// Matrix multiplication and convolution
//===----------------------------------------------------------------------===//

// Not reachable from tico's IR, so not tested below: FULLY_CONNECTED v8
// (sparse weights: tico writes no sparsity), v11 and CONV_2D v8
// (quantized_bias_type: tico never writes it, see Export.cpp), and
// FULLY_CONNECTED v6 (exactly two inputs: an absent bias is written as
// input -1, so there are always three).

int32_t fullyConnectedVersion(FullyConnectedOp op) {
  Signature sig(op);
  // v14 is int2 weights, which Circle cannot hold.
  // v13: int16 activations, int4 weights.
  if (sig.is(I16, I4, I16))
    return 13;
  // v12: hybrid (float32 input, int8 weights, float32 output) with
  // per-channel weights (scale count > 1 and equal to the output units,
  // weights dimension 0).
  if (sig.is(F32, I8, F32) && hasScalePerEntryOf(op.getFilter(), 0))
    return 12;
  // v7: int16 activations and weights.
  if (sig.is(I16, I16, I16))
    return 7;
  // v5: keep_num_dims.
  if (op.getKeepNumDims())
    return 5;
  // v4: int8 activations and weights.
  if (sig.is(I8, I8, I8))
    return 4;
  // v10: int8 activations, int4 weights.
  if (sig.is(I8, I4, I8))
    return 10;
  // v9 / v3: per-tensor hybrid, with or without asymmetric_quantize_inputs.
  if (sig.is(F32, I8, F32))
    return op.getAsymmetricQuantizeInputs() ? 9 : 3;
  // v2: float or uint8 with SHUFFLED4x16INT8 weights. (Circle's
  // SHUFFLED16x1FLOAT32 has no TFLite rule and stays 1.)
  if (op.getWeightsFormat() ==
      FullyConnectedOptionsWeightsFormat::SHUFFLED4x16INT8)
    return 2;
  // Note that int16 activations with int8 weights (16x8) have no rule of
  // their own: without quantized_bias_type they are version 1.
  return 1;
}

int32_t batchMatMulVersion(BatchMatMulOp op) {
  Signature sig(op);
  // v3: int16 lhs.
  if (sig.inIs(0, {I16}))
    return 3;
  // v2: int8 lhs.
  if (sig.inIs(0, {I8}))
    return 2;
  // v4: hybrid (float32 lhs, int8 rhs, float32 output) with
  // asymmetric_quantize_inputs. adjoint_lhs/adjoint_rhs do not affect the
  // version.
  if (sig.is(F32, I8, F32) && op.getAsymmetricQuantizeInputs())
    return 4;
  return 1;
}

int32_t conv2DVersion(Conv2DOp op) {
  Signature sig(op);
  // v6: grouped convolution (input channels differ from the filter's,
  // NHWC / OHWI dimension 3).
  std::optional<int64_t> inputChannels = writtenDim(op.getInput(), 3);
  if (inputChannels && inputChannels != writtenDim(op.getFilter(), 3))
    return 6;
  // v4: int16 input, filter and output. (TFLite tests outputs.at(1), a
  // typo for the only output: it is read as output 0 here.)
  if (sig.is(I16, I16, I16))
    return 4;
  // v3: int8 input, filter and output, per-tensor or per-channel alike.
  if (sig.is(I8, I8, I8))
    return 3;
  // v7: int8 input and output, int4 filter.
  if (sig.is(I8, I4, I8))
    return 7;
  // v5 / v2: hybrid (float32 input and output, int8 filter), per-channel
  // or not. op_signature.cc calls it per-channel when the scale count
  // equals the number of filters (dimension 0), even when that is 1.
  if (sig.is(F32, I8, F32)) {
    size_t scales = numScales(op.getFilter());
    return scales > 0 && writtenDim(op.getFilter(), 0) == int64_t(scales) ? 5
                                                                          : 2;
  }
  // int16 activations with int8 filters (16x8) match no rule: version 1
  // unless quantized_bias_type were written (v8).
  return 1;
}

int32_t depthwiseConv2DVersion(DepthwiseConv2DOp op) {
  Signature sig(op);
  // v5: int16 input, filter and output (same outputs.at(1) typo as CONV_2D).
  if (sig.is(I16, I16, I16))
    return 5;
  // v6 / v4: hybrid, per-channel when the scale count equals the filter's
  // channel dimension (1HWC, dimension 3).
  if (sig.is(F32, I8, F32)) {
    size_t scales = numScales(op.getFilter());
    return scales > 0 && writtenDim(op.getFilter(), 3) == int64_t(scales) ? 6
                                                                          : 4;
  }
  // v3: int8 input, filter and output.
  if (sig.is(I8, I8, I8))
    return 3;
  // v7: int8 input and output, int4 filter.
  if (sig.is(I8, I4, I8))
    return 7;
  // v2: dilation other than 1.
  if (op.getDilationWFactor() != 1 || op.getDilationHFactor() != 1)
    return 2;
  return 1;
}

//===----------------------------------------------------------------------===//
// Shape manipulation
//===----------------------------------------------------------------------===//

int32_t transposeVersion(TransposeOp op) {
  Signature sig(op);
  // v8: rank > 6 (or bfloat16, which Circle cannot hold).
  if (sig.inRank(0) > 6)
    return 8;
  // v7: int4.
  if (sig.inIs(0, {I4}))
    return 7;
  // v6: rank 6.
  if (sig.inRank(0) > 5)
    return 6;
  // v5: int16.
  if (sig.inIs(0, {I16}))
    return 5;
  // v4: rank 5.
  if (sig.inRank(0) > 4)
    return 4;
  // v3: bool; v2: int8.
  return sig.byInputType(0, {{BOOL, 3}, {I8, 2}});
}

int32_t stridedSliceVersion(StridedSliceOp op) {
  Signature sig(op);
  // v8: offset.
  if (op.getOffset())
    return 8;
  // v7: uint32.
  if (sig.inIs(0, {U32}))
    return 7;
  // v6: ellipsis_mask or new_axis_mask.
  if (op.getEllipsisMask() != 0 || op.getNewAxisMask() != 0)
    return 6;
  // v5 is string input (not expressible).
  // v4: input rank > 4.
  if (sig.inRank(0) > 4)
    return 4;
  // v3: bool; v2: int8.
  return sig.byInputType(0, {{BOOL, 3}, {I8, 2}});
}

int32_t sliceVersion(SliceOp op) {
  Signature sig(op);
  // v7: int4.
  if (sig.inIs(0, {I4}))
    return 7;
  // v6: uint32.
  if (sig.inIs(0, {U32}))
    return 6;
  // v5: input rank > 4.
  if (sig.inRank(0) > 4)
    return 5;
  // v4: int16.
  if (sig.inIs(0, {I16}))
    return 4;
  // v3 is string input (not expressible); v2: int8.
  if (sig.inIs(0, {I8}))
    return 2;
  return 1;
}

/// CONCATENATION (first input): v5 int4, v4 uint32, v3 int16, v2 int8.
int32_t concatenationVersion(ConcatenationOp op) {
  return Signature(op).byInputType(0, {{I4, 5}, {U32, 4}, {I16, 3}, {I8, 2}});
}

/// SPLIT (the data is input 1; input 0 is the axis): v4 int16, v3 int32,
/// v2 int8.
int32_t splitVersion(SplitOp op) {
  return Signature(op).byInputType(1, {{I16, 4}, {I32, 3}, {I8, 2}});
}

/// PAD (and PADV2): v5 bool, v4 rank > 4, v3 int16, v2 int8.
int32_t padVersion(PadOp op) {
  Signature sig(op);
  if (sig.inIs(0, {BOOL}))
    return 5;
  if (sig.inRank(0) > 4)
    return 4;
  if (sig.inIs(0, {I16}))
    return 3;
  if (sig.inIs(0, {I8}))
    return 2;
  return 1;
}

/// TILE: v3 int8, v2 string (not expressible).
int32_t tileVersion(TileOp op) { return Signature(op).inIs(0, {I8}) ? 3 : 1; }

/// BROADCAST_TO starts at version 2 (version 1 was rolled back and its code
/// reassigned); v3 int8 or int16.
int32_t broadcastToVersion(BroadcastToOp op) {
  return Signature(op).inIs(0, {I8, I16}) ? 3 : 2;
}

//===----------------------------------------------------------------------===//
// Gather
//===----------------------------------------------------------------------===//

int32_t gatherVersion(GatherOp op) {
  Signature sig(op);
  // v7: int4 params.
  if (sig.inIs(0, {I4}))
    return 7;
  // v6: int16 indices (the dialect only has int32/int64 indices).
  if (sig.inIs(1, {I16}))
    return 6;
  // v5: batch_dims != 0.
  if (op.getBatchDims() != 0)
    return 5;
  // v4: int16 params; v3: bool params; v2: int8 params.
  return sig.byInputType(0, {{I16, 4}, {BOOL, 3}, {I8, 2}});
}

int32_t gatherNdVersion(GatherNdOp op) {
  Signature sig(op);
  // v5: bool params.
  if (sig.inIs(0, {BOOL}))
    return 5;
  // v4: int16 indices (not expressible in the dialect).
  if (sig.inIs(1, {I16}))
    return 4;
  // v3: int16 params; v2 is string params (not expressible).
  if (sig.inIs(0, {I16}))
    return 3;
  return 1;
}

} // namespace

int32_t mlir::tico::circle::getBuiltinOpVersion(Operation *op) {
  return llvm::TypeSwitch<Operation *, int32_t>(op)
      // Elementwise.
      .Case<AddOp>(addVersion)
      .Case<SubOp>(subVersion)
      .Case<MulOp>(mulVersion)
      .Case<DivOp>(divVersion)
      .Case<ExpOp, LogOp, SqrtOp>(
          [](Operation *o) { return expLogSqrtVersion(o); })
      .Case<TanhOp, LogisticOp>(
          [](Operation *o) { return int16InOutOr8Version(o); })
      .Case<ReluOp>(reluVersion)
      .Case<GeluOp>(geluVersion)
      .Case<RsqrtOp, SoftmaxOp, MeanOp, ReduceMaxOp>(
          [](Operation *o) { return int16Or8Version(o); })
      .Case<SumOp, SplitVOp, GreaterOp, LessEqualOp>(
          [](Operation *o) { return int8Version(o); })
      .Case<SelectV2Op>(selectV2Version)
      .Case<MaximumOp, MinimumOp>(maximumMinimumVersion)
      // Comparison.
      .Case<EqualOp>(equalVersion)
      .Case<NotEqualOp>(notEqualVersion)
      .Case<LessOp, GreaterEqualOp>(
          [](Operation *o) { return lessGreaterEqualVersion(o); })
      // Conversion and quantization.
      .Case<CastOp>(castVersion)
      .Case<QuantizeOp>(quantizeVersion)
      .Case<DequantizeOp>(dequantizeVersion)
      // Matrix multiplication, convolution, pooling.
      .Case<FullyConnectedOp>(fullyConnectedVersion)
      .Case<BatchMatMulOp>(batchMatMulVersion)
      .Case<Conv2DOp>(conv2DVersion)
      .Case<DepthwiseConv2DOp>(depthwiseConv2DVersion)
      .Case<AveragePool2DOp>(
          [](Operation *o) { return int16InOutOr8Version(o); })
      // Shape manipulation and gather.
      .Case<TransposeOp>(transposeVersion)
      .Case<StridedSliceOp>(stridedSliceVersion)
      .Case<SliceOp>(sliceVersion)
      .Case<ConcatenationOp>(concatenationVersion)
      .Case<SplitOp>(splitVersion)
      .Case<PadOp>(padVersion)
      .Case<TileOp>(tileVersion)
      .Case<BroadcastToOp>(broadcastToVersion)
      .Case<GatherOp>(gatherVersion)
      .Case<GatherNdOp>(gatherNdVersion)
      // TFLite gives these no rule (its default, 1): POW, NEG, COS,
      // SIN, LOGICAL_AND/OR/NOT, CUMSUM, RESHAPE, EXPAND_DIMS, SCATTER_ND;
      // SQUEEZE's only rule is string input (v2). Circle-only RMS_NORM and
      // ROPE are 1 too.
      .Case<PowOp, NegOp, CosOp, SinOp, LogicalAndOp, LogicalOrOp,
            LogicalNotOp, CumsumOp, ReshapeOp, ExpandDimsOp, ScatterNdOp,
            SqueezeOp, RmsNormOp, RoPEOp>([](Operation *) { return 1; })
      .Default([](Operation *) { return 1; });
}
