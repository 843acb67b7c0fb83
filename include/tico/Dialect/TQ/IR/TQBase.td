//===- TQBase.td - tq dialect, constraints and base classes -*- tablegen -*-===//
//
// The `tq` dialect models the tensor programs that exported LLM/VLM graphs
// use, with quantization parameters carried by upstream `!quant.uniform`
// element types. This file holds the dialect, the named type constraints and
// the op base classes; the ops themselves live in TQOps.td.
//
//===----------------------------------------------------------------------===//

#ifndef TICO_DIALECT_TQ_IR_TQBASE_TD
#define TICO_DIALECT_TQ_IR_TQBASE_TD

include "mlir/IR/OpBase.td"
include "mlir/IR/AttrTypeBase.td"
include "mlir/IR/EnumAttr.td"
include "mlir/IR/BuiltinAttributeInterfaces.td"
include "mlir/Interfaces/SideEffectInterfaces.td"
include "mlir/Interfaces/InferTypeOpInterface.td"
include "mlir/Dialect/Quant/IR/QuantBase.td"

//===----------------------------------------------------------------------===//
// Dialect
//===----------------------------------------------------------------------===//

def TQ_Dialect : Dialect {
  let name = "tq";
  let cppNamespace = "::mlir::tico::tq";
  let summary = "Tensor ops of exported LLM/VLM graphs, with quantization";
  let description = [{
    `tq` holds the tensor operations that exported large-language and
    vision-language model graphs are made of (embedding, linear, matmul,
    norms, RoPE, softmax, masked_scatter, ...) together with the
    quantization ops (`fake_quant`, `observe`, `quantize`, `dequantize`).
    Quantization parameters are never stored in `tq` attributes: they ride on
    the upstream `!quant.uniform<...>` element types.
  }];
  let dependentDialects = ["::mlir::quant::QuantDialect"];
  let useDefaultAttributePrinterParser = 1;
  let hasConstantMaterializer = 1;
}

//===----------------------------------------------------------------------===//
// Type constraints
//===----------------------------------------------------------------------===//

def TQ_Bool : I<1>;
def TQ_Int : AnyTypeOf<[AnySignlessInteger, AnyUnsignedInteger], "integer">;
def TQ_IndexInt : AnyTypeOf<[I32, I64], "32/64-bit signless integer">;
def TQ_Float : AnyTypeOf<[F16, BF16, F32, F64], "floating-point">;
def TQ_QType : Type<quant_QuantizedType.predicate, "quantized type">;

// Every element type a tq tensor may hold.
def TQ_AnyElement : AnyTypeOf<[TQ_Float, TQ_Int, TQ_QType],
                             "float, integer, bool or quantized">;
// Element types on which arithmetic is defined (bool excluded).
def TQ_NumericElement : AnyTypeOf<[TQ_Float, I8, I16, I32, I64,
                                   AnyUnsignedInteger, TQ_QType],
                                  "float, integer or quantized">;
def TQ_FloatOrQuantElement : AnyTypeOf<[TQ_Float, TQ_QType], "float or quantized">;

def TQ_Tensor : RankedTensorOf<[TQ_AnyElement]>;
def TQ_NumericTensor : RankedTensorOf<[TQ_NumericElement]>;
def TQ_FloatTensor : RankedTensorOf<[TQ_Float]>;
def TQ_FloatOrQuantTensor : RankedTensorOf<[TQ_FloatOrQuantElement]>;
def TQ_QuantTensor : RankedTensorOf<[TQ_QType]>;
def TQ_BoolTensor : RankedTensorOf<[I1]>;
def TQ_IndexTensor : RankedTensorOf<[TQ_IndexInt]>;
def TQ_IntTensor : RankedTensorOf<[TQ_Int]>;

//===----------------------------------------------------------------------===//
// Enums
//===----------------------------------------------------------------------===//

def TQ_CompareDirection : I32EnumAttr<"CompareDirection",
    "elementwise comparison", [
      I32EnumAttrCase<"eq", 0>, I32EnumAttrCase<"ne", 1>,
      I32EnumAttrCase<"lt", 2>, I32EnumAttrCase<"le", 3>,
      I32EnumAttrCase<"gt", 4>, I32EnumAttrCase<"ge", 5>]> {
  let cppNamespace = "::mlir::tico::tq";
  let genSpecializedAttr = 0;
}
def TQ_CompareDirectionAttr : EnumAttr<TQ_Dialect, TQ_CompareDirection, "cmp">;

def TQ_GeluApproximation : I32EnumAttr<"GeluApproximation",
    "GELU formula", [
      I32EnumAttrCase<"erf", 0, "none">, I32EnumAttrCase<"tanh", 1>]> {
  let cppNamespace = "::mlir::tico::tq";
  let genSpecializedAttr = 0;
}
def TQ_GeluApproximationAttr : EnumAttr<TQ_Dialect, TQ_GeluApproximation, "gelu">;

def TQ_RopeMode : I32EnumAttr<"RopeMode", "RoPE channel pairing", [
      // Rotate the two halves of the head dimension (GPT-NeoX, Llama, Gemma).
      I32EnumAttrCase<"half", 0>,
      // Rotate adjacent channel pairs (GPT-J, interleaved).
      I32EnumAttrCase<"interleaved", 1>]> {
  let cppNamespace = "::mlir::tico::tq";
  let genSpecializedAttr = 0;
}
def TQ_RopeModeAttr : EnumAttr<TQ_Dialect, TQ_RopeMode, "rope_mode">;

def TQ_ObserverKind : I32EnumAttr<"ObserverKind", "calibration statistic", [
      I32EnumAttrCase<"minmax", 0>, I32EnumAttrCase<"ema", 1>,
      I32EnumAttrCase<"percentile", 2>]> {
  let cppNamespace = "::mlir::tico::tq";
  let genSpecializedAttr = 0;
}
def TQ_ObserverKindAttr : EnumAttr<TQ_Dialect, TQ_ObserverKind, "observer">;

def TQ_Granularity : I32EnumAttr<"Granularity", "qparam granularity", [
      I32EnumAttrCase<"per_tensor", 0>, I32EnumAttrCase<"per_channel", 1>]> {
  let cppNamespace = "::mlir::tico::tq";
  let genSpecializedAttr = 0;
}
def TQ_GranularityAttr : EnumAttr<TQ_Dialect, TQ_Granularity, "granularity">;

//===----------------------------------------------------------------------===//
// Traits
//===----------------------------------------------------------------------===//

// All float operands and results share one element type; quantized ones share
// one expressed type and may differ in scale/zero point (each tensor carries
// its own qparams). Integer/bool operands are left to the op.
def TQ_SameElementKind : NativeOpTrait<"SameElementKind"> {
  let cppNamespace = "::mlir::tico::tq::OpTrait";
}

//===----------------------------------------------------------------------===//
// Base op classes
//===----------------------------------------------------------------------===//

class TQ_Op<string mnemonic, list<Trait> traits = []> :
    Op<TQ_Dialect, mnemonic, traits>;

// `y = f(x)`, elementwise, shape preserved.
class TQ_UnaryOp<string mnemonic, Type tensorType, list<Trait> traits = []> :
    TQ_Op<mnemonic, !listconcat(traits, [Pure, SameOperandsAndResultShape,
                                         TQ_SameElementKind])> {
  let arguments = (ins tensorType:$input);
  let results = (outs tensorType:$output);
  let assemblyFormat =
      "$input attr-dict `:` functional-type(operands, results)";
}

// Numpy-broadcasting binary op.
class TQ_BroadcastBinaryOp<string mnemonic, Type operandType, Type resultType,
                           list<Trait> traits = []> :
    TQ_Op<mnemonic, !listconcat(traits, [Pure, ResultsBroadcastableShape])> {
  let arguments = (ins operandType:$lhs, operandType:$rhs);
  let results = (outs resultType:$output);
  let assemblyFormat =
      "$lhs `,` $rhs attr-dict `:` functional-type(operands, results)";
}

#endif // TICO_DIALECT_TQ_IR_TQBASE_TD
