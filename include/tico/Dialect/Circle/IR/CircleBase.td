//===- CircleBase.td - circle dialect and base classes -----*- tablegen -*-===//
//
// The `circle` dialect mirrors the Circle flatbuffer schema (0.10): one op
// per builtin operator, attribute names equal to the schema's option field
// names, and the operator code and options table declared next to each op
// (fields of Circle_BuiltinOp) so the flatbuffer translation is generated
// from this file instead of written per op.
//
//===----------------------------------------------------------------------===//

#ifndef TICO_DIALECT_CIRCLE_IR_CIRCLEBASE_TD
#define TICO_DIALECT_CIRCLE_IR_CIRCLEBASE_TD

include "mlir/IR/OpBase.td"
include "mlir/IR/AttrTypeBase.td"
include "mlir/IR/EnumAttr.td"
include "mlir/IR/BuiltinAttributeInterfaces.td"
include "mlir/Interfaces/SideEffectInterfaces.td"
include "mlir/Dialect/Quant/IR/QuantBase.td"

def Circle_Dialect : Dialect {
  let name = "circle";
  let cppNamespace = "::mlir::tico::circle";
  let summary = "Operators of the Circle flatbuffer format";
  let description = [{
    One op per Circle builtin operator that tico emits. Each op records its
    `BuiltinOperator` code and options table; attributes are named after
    the schema fields. Quantized tensors use `!quant.uniform` element types.
  }];
  let dependentDialects = ["::mlir::quant::QuantDialect"];
  let useDefaultAttributePrinterParser = 1;
  let hasConstantMaterializer = 1;
}

//===----------------------------------------------------------------------===//
// Type constraints: what MLIR may express in a Circle tensor
//===----------------------------------------------------------------------===//

def Circle_QType : Type<quant_QuantizedType.predicate, "quantized type">;
// Element types without quantization parameters.
def Circle_PlainElement : AnyTypeOf<[F16, F32, F64, BF16, I1, I<4>, I8, I16, I32,
                                     I64, UI<4>, UI8, UI16, UI32, UI64],
                                    "Circle plain element type">;
def Circle_Element : AnyTypeOf<[Circle_PlainElement, Circle_QType],
                               "Circle element type">;
def Circle_Tensor : TensorOf<[Circle_Element]>;
def Circle_PlainTensor : TensorOf<[Circle_PlainElement]>;
def Circle_FloatTensor : TensorOf<[F16, F32, BF16]>;
def Circle_FloatOrQuantTensor : TensorOf<[F16, F32, BF16, Circle_QType]>;
def Circle_QuantTensor : TensorOf<[Circle_QType]>;
def Circle_QuantOrF16Tensor : TensorOf<[Circle_QType, F16]>;
// Index-like inputs (shapes, axes, permutations, indices). The runtime may
// accept fewer types; `circle-validate` checks that.
def Circle_IntTensor : TensorOf<[I32, I64]>;
def Circle_I32Tensor : TensorOf<[I32]>;
def Circle_BoolTensor : TensorOf<[I1]>;
// An absent optional input is a `circle.no_value` result.
def Circle_TensorOrNone : AnyTypeOf<[Circle_Tensor, NoneType]>;

//===----------------------------------------------------------------------===//
// Attributes and cross-operand rules
//===----------------------------------------------------------------------===//

// A schema `int` field. Unlike I32Attr, the getter sign-extends, so that
// negative axes read back as negative numbers.
def Circle_I32Attr : TypedSignlessIntegerAttrBase<I32, "int32_t",
    "32-bit signless integer attribute (read as signed)"> {
  let convertFromStorage =
      "static_cast<int32_t>($_self.getValue().getSExtValue())";
}
class Circle_I32Default<string value> :
    DefaultValuedAttr<Circle_I32Attr, value>;
def Circle_BoolDefaultFalse : DefaultValuedAttr<BoolAttr, "false">;

// `a` and `b` have the same element type, except that quantized types only
// need the same storage and expressed types (scales may differ).
class Circle_SameElementKind<string a, string b> : PredOpTrait<
    a # " and " # b # " have the same element type up to quantization parameters",
    CPred<"::mlir::tico::circle::isSameElementKind($" # a # ".getType(), $" #
          b # ".getType())">>;

//===----------------------------------------------------------------------===//
// Schema enums (values equal the schema's)
//===----------------------------------------------------------------------===//

def Circle_ActivationFunctionType : I32EnumAttr<"ActivationFunctionType",
    "fused activation", [
      I32EnumAttrCase<"NONE", 0>, I32EnumAttrCase<"RELU", 1>,
      I32EnumAttrCase<"RELU_N1_TO_1", 2>, I32EnumAttrCase<"RELU6", 3>,
      I32EnumAttrCase<"TANH", 4>, I32EnumAttrCase<"SIGN_BIT", 5>]> {
  let cppNamespace = "::mlir::tico::circle";
  let genSpecializedAttr = 0;
}
def Circle_ActivationAttr :
    EnumAttr<Circle_Dialect, Circle_ActivationFunctionType, "act">;
def Circle_ActivationDefaultNone :
    DefaultValuedAttr<Circle_ActivationAttr,
                      "::mlir::tico::circle::ActivationFunctionType::NONE">;

def Circle_Padding : I32EnumAttr<"Padding", "padding scheme", [
      I32EnumAttrCase<"SAME", 0>, I32EnumAttrCase<"VALID", 1>]> {
  let cppNamespace = "::mlir::tico::circle";
  let genSpecializedAttr = 0;
}
def Circle_PaddingAttr : EnumAttr<Circle_Dialect, Circle_Padding, "padding">;
def Circle_PaddingDefaultSame :
    DefaultValuedAttr<Circle_PaddingAttr, "::mlir::tico::circle::Padding::SAME">;

def Circle_WeightsFormat : I32EnumAttr<"FullyConnectedOptionsWeightsFormat",
    "fully connected weight layout", [
      I32EnumAttrCase<"DEFAULT", 0>, I32EnumAttrCase<"SHUFFLED4x16INT8", 1>,
      I32EnumAttrCase<"SHUFFLED16x1FLOAT32", 127>]> {
  let cppNamespace = "::mlir::tico::circle";
  let genSpecializedAttr = 0;
}
def Circle_WeightsFormatAttr :
    EnumAttr<Circle_Dialect, Circle_WeightsFormat, "weights_format">;

def Circle_RoPEMode : I32EnumAttr<"RoPEMode", "RoPE channel pairing", [
      I32EnumAttrCase<"GPT_NEOX", 0>, I32EnumAttrCase<"GPT_J", 1>]> {
  let cppNamespace = "::mlir::tico::circle";
  let genSpecializedAttr = 0;
}
def Circle_RoPEModeAttr : EnumAttr<Circle_Dialect, Circle_RoPEMode, "rope_mode">;

//===----------------------------------------------------------------------===//
// Base classes
//===----------------------------------------------------------------------===//

class Circle_Op<string mnemonic, list<Trait> traits = []> :
    Op<Circle_Dialect, mnemonic, traits>;

// An op that is one Circle builtin operator.
//   builtinName: the schema's BuiltinOperator enumerator (e.g. "ADD").
//   builtinCode: its value (negative for Circle-only operators).
//   builtinOptions: the schema's options table, "" when the operator has
//     none; the op's attributes named like that table's fields are written
//     into it.
class Circle_BuiltinOp<string mnemonic, string name, int opcode,
                       string options, list<Trait> traits = []> :
    Circle_Op<mnemonic, traits> {
  string builtinName = name;
  int builtinCode = opcode;
  string builtinOptions = options;
  // Which union carries the options: 1 builtin_options, 2 builtin_options_2.
  int builtinOptionsUnion = 1;
  // Fields of the options table that are not stored as attributes because
  // the operand and result types determine them (e.g. CastOptions
  // in_data_type); the exporter computes them.
  list<string> derivedOptions = [];
}

// Elementwise op on two broadcastable operands.
class Circle_BroadcastOp<string mnemonic, string name, int opcode,
                         string options, Type operandType, Type resultType,
                         list<Trait> traits = []> :
    Circle_BuiltinOp<mnemonic, name, opcode, options,
                     !listconcat(traits, [Pure, ResultsBroadcastableShape])> {
  let arguments = (ins operandType:$lhs, operandType:$rhs);
  let results = (outs resultType:$output);
  let assemblyFormat =
      "$lhs `,` $rhs attr-dict `:` functional-type(operands, results)";
}

// Arithmetic on two broadcastable operands of one element type.
class Circle_ArithmeticOp<string mnemonic, string name, int opcode,
                          string options, list<Trait> traits = []> :
    Circle_BroadcastOp<mnemonic, name, opcode, options, Circle_Tensor,
                       Circle_Tensor,
                       !listconcat(traits,
                           [Circle_SameElementKind<"lhs", "rhs">,
                            Circle_SameElementKind<"lhs", "output">])>;

// Arithmetic with a fused activation (ADD, SUB, MUL, DIV).
class Circle_BinaryOp<string mnemonic, string name, int opcode, string options,
                      list<Trait> traits = []> :
    Circle_ArithmeticOp<mnemonic, name, opcode, options, traits> {
  let arguments = (ins Circle_Tensor:$lhs, Circle_Tensor:$rhs,
                       Circle_ActivationDefaultNone:$fused_activation_function);
}

// Comparison: operands of one element type, a boolean result.
class Circle_CompareOp<string mnemonic, string name, int opcode,
                       string options> :
    Circle_BroadcastOp<mnemonic, name, opcode, options, Circle_Tensor,
                       Circle_BoolTensor, [Circle_SameElementKind<"lhs", "rhs">]>;

// Logical connective on booleans.
class Circle_LogicalBinaryOp<string mnemonic, string name, int opcode,
                             string options> :
    Circle_BroadcastOp<mnemonic, name, opcode, options, Circle_BoolTensor,
                       Circle_BoolTensor>;

// Elementwise unary op; the result has the input's shape and element type
// (up to quantization parameters).
class Circle_UnaryOp<string mnemonic, string name, int opcode, string options,
                     Type tensorType = Circle_Tensor, list<Trait> traits = []> :
    Circle_BuiltinOp<mnemonic, name, opcode, options,
                     !listconcat(traits, [Pure, SameOperandsAndResultShape,
                         Circle_SameElementKind<"input", "output">])> {
  let arguments = (ins tensorType:$input);
  let results = (outs tensorType:$output);
  let assemblyFormat =
      "$input attr-dict `:` functional-type(operands, results)";
}

// Reduction over the axes given by the second input (ReducerOptions).
class Circle_ReduceOp<string mnemonic, string name, int opcode> :
    Circle_BuiltinOp<mnemonic, name, opcode, "ReducerOptions",
                     [Pure, Circle_SameElementKind<"input", "output">]> {
  let arguments = (ins Circle_Tensor:$input, Circle_IntTensor:$axes,
                       Circle_BoolDefaultFalse:$keep_dims);
  let results = (outs Circle_Tensor:$output);
  let assemblyFormat =
      "$input `,` $axes attr-dict `:` functional-type(operands, results)";
  let hasVerifier = 1;
}

#endif // TICO_DIALECT_CIRCLE_IR_CIRCLEBASE_TD
