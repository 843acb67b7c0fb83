//===- CircleOptionsGen.cpp - Circle options writers and readers ----------===//
//
// `-gen-circle-options` emits, for every Circle_BuiltinOp, the code that
// writes its attributes into the schema's options table and reads them back:
//
//   #define GEN_CIRCLE_OPTION_WRITERS: writeBuiltinOptions(Operation*, fbb)
//   #define GEN_CIRCLE_OPTION_READERS: readBuiltinOptions(name, Operator*, ...)
//
// Attribute names are the options table's field names, so the generated code
// calls the flatc-generated `add_<field>` / `<field>()` accessors directly: a
// misspelt attribute or a field of another type fails to compile. Fields
// listed in an op's `derivedOptions` come from its types, through a
// hand-written `derive<Table>_<field>(op, fbb)` the includer provides.
//
//===----------------------------------------------------------------------===//

#include "mlir/TableGen/Attribute.h"
#include "mlir/TableGen/GenInfo.h"
#include "mlir/TableGen/Operator.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/TableGen/Error.h"
#include "llvm/TableGen/Record.h"
#include "llvm/TableGen/TableGenBackend.h"

#include <deque>

using namespace llvm;
using mlir::tblgen::Attribute;
using mlir::tblgen::NamedAttribute;
using mlir::tblgen::Operator;

namespace {

/// How an options field is stored in the IR.
enum class FieldKind { Bool, F32, I32, I64, Enum, I32Array, I64Array, String };

struct OptionField {
  StringRef name;       // attribute name == schema field name
  std::string getter;   // C++ getter of the attribute's value
  FieldKind kind;
  bool optional;        // OptionalAttr: written only when present
  std::string attrType; // C++ storage type (enum attributes)
  std::string enumName; // schema/ODS enum class name
  std::string enumNamespace;
};

/// Strips DefaultValuedAttr/OptionalAttr/ConfinedAttr wrappers.
Attribute getInnermostAttr(Attribute attr) {
  for (;;) {
    Attribute base = attr.getBaseAttr();
    if (&base.getDef() == &attr.getDef())
      return attr;
    attr = base;
  }
}

OptionField classify(const Operator &op, const NamedAttribute &named) {
  OptionField field;
  field.name = named.name;
  field.getter = op.getGetterName(named.name);
  field.optional = named.attr.isOptional();
  Attribute base = getInnermostAttr(named.attr);
  const Record &def = base.getDef();
  StringRef defName = def.getName();
  if (def.isSubClassOf("EnumAttr")) {
    const Record *info = def.getValueAsDef("enum");
    field.kind = FieldKind::Enum;
    field.enumName = info->getValueAsString("className").str();
    field.enumNamespace = info->getValueAsString("cppNamespace").str();
    field.attrType = base.getStorageType().str();
  } else if (defName == "BoolAttr") {
    field.kind = FieldKind::Bool;
  } else if (defName == "F32Attr") {
    field.kind = FieldKind::F32;
  } else if (defName == "I32Attr" || defName == "SI32Attr" ||
             defName == "Circle_I32Attr") {
    field.kind = FieldKind::I32;
  } else if (defName == "I64Attr" || defName == "SI64Attr") {
    field.kind = FieldKind::I64;
  } else if (defName == "DenseI32ArrayAttr") {
    field.kind = FieldKind::I32Array;
  } else if (defName == "DenseI64ArrayAttr") {
    field.kind = FieldKind::I64Array;
  } else if (defName == "StrAttr") {
    field.kind = FieldKind::String;
  } else {
    PrintFatalError(op.getLoc(), "attribute '" + named.name +
                                     "' of kind " + defName +
                                     " cannot be an options field");
  }
  return field;
}

struct OptionsOp {
  Operator op;
  StringRef table;
  int64_t optionsUnion;
  SmallVector<OptionField> fields;
  SmallVector<StringRef> derived;
};

std::deque<OptionsOp> collectOps(const RecordKeeper &records) {
  std::deque<OptionsOp> ops;
  for (const Record *def :
       records.getAllDerivedDefinitions("Circle_BuiltinOp")) {
    OptionsOp entry{Operator(def), def->getValueAsString("builtinOptions"),
                    def->getValueAsInt("builtinOptionsUnion"), {}, {}};
    if (def->getValue("derivedOptions"))
      for (StringRef name : def->getValueAsListOfStrings("derivedOptions"))
        entry.derived.push_back(name);
    for (const NamedAttribute &named : entry.op.getAttributes()) {
      if (named.attr.isDerivedAttr())
        continue;
      entry.fields.push_back(classify(entry.op, named));
    }
    if (entry.table.empty() && (!entry.fields.empty() || !entry.derived.empty()))
      PrintFatalError(def->getLoc(),
                      "op has option attributes but no builtinOptions table");
    ops.push_back(std::move(entry));
  }
  return ops;
}

std::string unionEnum(const OptionsOp &entry) {
  return formatv("::circle::{0}_{1}",
                 entry.optionsUnion == 2 ? "BuiltinOptions2" : "BuiltinOptions",
                 entry.table)
      .str();
}

void emitWriters(const std::deque<OptionsOp> &ops, raw_ostream &os) {
  os << "#ifdef GEN_CIRCLE_OPTION_WRITERS\n#undef GEN_CIRCLE_OPTION_WRITERS\n\n";
  for (const OptionsOp &entry : ops) {
    if (entry.table.empty())
      continue;
    std::string cls = entry.op.getQualCppClassName();
    os << formatv("static ::flatbuffers::Offset<void>\nwriteOptionsOf{0}({1} op, "
                  "::flatbuffers::FlatBufferBuilder &fbb) {{\n  (void)op;\n",
                  entry.op.getCppClassName(), cls);
    // Nested objects (vectors, strings, derived values) come first: a
    // flatbuffer table cannot be open while they are built.
    for (const OptionField &f : entry.fields) {
      switch (f.kind) {
      case FieldKind::I32Array:
      case FieldKind::I64Array:
        os << formatv("  auto v_{0} = fbb.CreateVector(op.{1}().data(), "
                      "op.{1}().size());\n",
                      f.name, f.getter);
        break;
      case FieldKind::String:
        os << formatv("  auto v_{0} = fbb.CreateString(op.{1}().str());\n",
                      f.name, f.getter);
        break;
      default:
        break;
      }
    }
    for (StringRef d : entry.derived)
      os << formatv("  auto v_{0} = derive{1}_{0}(op, fbb);\n", d, entry.table);
    os << formatv("  ::circle::{0}Builder b(fbb);\n", entry.table);
    for (const OptionField &f : entry.fields) {
      std::string value = "op." + f.getter + "()";
      if (f.optional)
        value = "*" + value;
      switch (f.kind) {
      case FieldKind::Bool:
        break;
      case FieldKind::F32:
        value = "(" + value + ").convertToFloat()";
        break;
      case FieldKind::I32:
        value = "static_cast<int32_t>(" + value + ")";
        break;
      case FieldKind::I64:
        value = "static_cast<int64_t>(" + value + ")";
        break;
      case FieldKind::Enum:
        value = "static_cast<::circle::" + f.enumName + ">(" + value + ")";
        break;
      case FieldKind::I32Array:
      case FieldKind::I64Array:
      case FieldKind::String:
        value = "v_" + f.name.str();
        break;
      }
      if (f.optional)
        os << formatv("  if (op.{0}())\n  ", f.getter);
      os << formatv("  b.add_{0}({1});\n", f.name, value);
    }
    for (StringRef d : entry.derived)
      os << formatv("  b.add_{0}(v_{0});\n", d);
    os << "  return b.Finish().Union();\n}\n\n";
  }

  os << "/// The options of a builtin op: union type and table (NONE, 0 when "
        "the\n/// operator has none).\n"
        "static CircleOptionsRef\n"
        "writeBuiltinOptions(::mlir::Operation *op, "
        "::flatbuffers::FlatBufferBuilder &fbb) {\n";
  for (const OptionsOp &entry : ops) {
    if (entry.table.empty())
      continue;
    os << formatv("  if (auto typed = ::llvm::dyn_cast<{0}>(op))\n"
                  "    return {{{1}, static_cast<uint8_t>({2}), "
                  "writeOptionsOf{3}(typed, fbb)};\n",
                  entry.op.getQualCppClassName(), entry.optionsUnion,
                  unionEnum(entry), entry.op.getCppClassName());
  }
  os << "  return {1, 0, 0};\n}\n\n#endif // GEN_CIRCLE_OPTION_WRITERS\n\n";
}

void emitReaders(const std::deque<OptionsOp> &ops, raw_ostream &os) {
  os << "#ifdef GEN_CIRCLE_OPTION_READERS\n#undef GEN_CIRCLE_OPTION_READERS\n\n";
  for (const OptionsOp &entry : ops) {
    if (entry.table.empty())
      continue;
    const char *accessor =
        entry.optionsUnion == 2 ? "builtin_options_2_as_" : "builtin_options_as_";
    os << formatv(
        "static ::mlir::LogicalResult\nreadOptionsOf{2}(const ::circle::Operator "
        "*fbOp, ::mlir::Builder &b,\n"
        "    ::llvm::SmallVectorImpl<::mlir::NamedAttribute> &attrs, "
        "::mlir::Location loc) {{\n"
        "  (void)b; (void)attrs; (void)loc;\n"
        "  const ::circle::{0} *opts = fbOp->{1}{0}();\n"
        "  if (!opts)\n    return ::mlir::success(); // absent: IR defaults\n",
        entry.table, accessor, entry.op.getCppClassName());
    for (const OptionField &f : entry.fields) {
      std::string value;
      switch (f.kind) {
      case FieldKind::Bool:
        value = formatv("b.getBoolAttr(opts->{0}())", f.name);
        break;
      case FieldKind::F32:
        value = formatv("b.getF32FloatAttr(opts->{0}())", f.name);
        break;
      case FieldKind::I32:
        value = formatv("b.getI32IntegerAttr(opts->{0}())", f.name);
        break;
      case FieldKind::I64:
        value = formatv("b.getI64IntegerAttr(opts->{0}())", f.name);
        break;
      case FieldKind::Enum:
        os << formatv(
            "  auto e_{0} = {1}::symbolize{2}(static_cast<uint32_t>("
            "static_cast<int32_t>(opts->{0}())));\n"
            "  if (!e_{0})\n"
            "    return ::mlir::emitError(loc) << \"invalid {2} value \" << "
            "static_cast<int64_t>(opts->{0}()) << \" in {3}.{0}\";\n",
            f.name, f.enumNamespace, f.enumName, entry.table);
        value = formatv("{0}::get(b.getContext(), *e_{1})", f.attrType, f.name);
        break;
      case FieldKind::I32Array:
      case FieldKind::I64Array: {
        const char *elt = f.kind == FieldKind::I32Array ? "int32_t" : "int64_t";
        const char *get = f.kind == FieldKind::I32Array ? "getDenseI32ArrayAttr"
                                                        : "getDenseI64ArrayAttr";
        value = formatv("b.{2}(opts->{0}() ? ::llvm::ArrayRef<{1}>(opts->{0}()"
                        "->data(), opts->{0}()->size()) : "
                        "::llvm::ArrayRef<{1}>())",
                        f.name, elt, get);
        break;
      }
      case FieldKind::String:
        value = formatv("b.getStringAttr(opts->{0}() ? opts->{0}()->str() : "
                        "std::string())",
                        f.name);
        break;
      }
      os << formatv("  attrs.emplace_back(b.getStringAttr(\"{0}\"), {1});\n",
                    f.name, value);
    }
    os << "  return ::mlir::success();\n}\n\n";
  }
  os << "/// Reads the options of operator `fbOp` into the attributes of the op\n"
        "/// named `opName`.\n"
        "static ::mlir::LogicalResult\n"
        "readBuiltinOptions(::llvm::StringRef opName, const ::circle::Operator "
        "*fbOp,\n    ::mlir::Builder &b, "
        "::llvm::SmallVectorImpl<::mlir::NamedAttribute> &attrs,\n"
        "    ::mlir::Location loc) {\n";
  for (const OptionsOp &entry : ops) {
    if (entry.table.empty())
      continue;
    os << formatv("  if (opName == {0}::getOperationName())\n"
                  "    return readOptionsOf{1}(fbOp, b, attrs, loc);\n",
                  entry.op.getQualCppClassName(), entry.op.getCppClassName());
  }
  os << "  return ::mlir::success();\n}\n\n#endif // GEN_CIRCLE_OPTION_READERS\n";
}

bool emitCircleOptions(const RecordKeeper &records, raw_ostream &os) {
  emitSourceFileHeader("Circle options writers and readers", os, records);
  std::deque<OptionsOp> ops = collectOps(records);
  emitWriters(ops, os);
  emitReaders(ops, os);
  return false;
}

mlir::GenRegistration genCircleOptions(
    "gen-circle-options",
    "Generate writers and readers of Circle operator options", emitCircleOptions);

} // namespace
