//===- CircleOpTableGen.cpp - Circle op <-> schema operator tables --------===//
//
// `-gen-circle-op-table` reads every Circle_BuiltinOp and emits an X-macro
// list, one row per op:
//
//   CIRCLE_BUILTIN_OP(CppClass, "NAME", code, "OptionsTable", union)
//
// then one row per option field that the op does not store as an attribute
// because its operand and result types determine it (`derivedOptions`):
//
//   CIRCLE_DERIVED_OPTION(CppClass, "field")
//
// The op's other attributes are named like fields of the options table.
// The Circle translation includes the lists to map ops to operator codes and
// options both ways, so nothing is written per op by hand. Define either
// macro or both before including.
//
//===----------------------------------------------------------------------===//

#include "mlir/TableGen/GenInfo.h"
#include "mlir/TableGen/Operator.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/TableGen/Error.h"
#include "llvm/TableGen/Record.h"
#include "llvm/TableGen/TableGenBackend.h"

using namespace llvm;
using mlir::tblgen::Operator;

static bool emitCircleOpTable(const RecordKeeper &records, raw_ostream &os) {
  emitSourceFileHeader("Circle builtin operator table", os, records);
  os << "#if !defined(CIRCLE_BUILTIN_OP) && !defined(CIRCLE_DERIVED_OPTION)\n"
        "#error \"define CIRCLE_BUILTIN_OP(Op, Name, Code, Options, Union) "
        "or CIRCLE_DERIVED_OPTION(Op, Field) before including\"\n#endif\n";

  ArrayRef<const Record *> defs =
      records.getAllDerivedDefinitions("Circle_BuiltinOp");
  std::string derivedRows;
  DenseMap<int64_t, const Record *> byCode;
  os << "#ifdef CIRCLE_BUILTIN_OP\n";
  for (const Record *def : defs) {
    Operator op(def);
    int64_t code = def->getValueAsInt("builtinCode");
    StringRef name = def->getValueAsString("builtinName");
    StringRef options = def->getValueAsString("builtinOptions");
    int64_t optionsUnion = def->getValueAsInt("builtinOptionsUnion");
    auto [it, inserted] = byCode.try_emplace(code, def);
    if (!inserted)
      PrintFatalError(def->getLoc(), "builtin code " + Twine(code) +
                                         " is already used by " +
                                         it->second->getName());
    if (optionsUnion != 1 && optionsUnion != 2)
      PrintFatalError(def->getLoc(), "builtinOptionsUnion must be 1 or 2");
    os << "CIRCLE_BUILTIN_OP(" << op.getQualCppClassName() << ", \"" << name
       << "\", " << code << ", \"" << options << "\", " << optionsUnion
       << ")\n";

    // A derived field is computed, never stored: it must belong to an
    // options table and must not also be an attribute.
    for (StringRef field : def->getValueAsListOfStrings("derivedOptions")) {
      if (options.empty())
        PrintFatalError(def->getLoc(), "derived option '" + field +
                                           "' on an op without options");
      for (const auto &attr : op.getAttributes())
        if (attr.name == field)
          PrintFatalError(def->getLoc(), "derived option '" + field +
                                             "' is also an attribute");
      derivedRows += ("CIRCLE_DERIVED_OPTION(" + op.getQualCppClassName() +
                      ", \"" + field + "\")\n")
                         .str();
    }
  }
  os << "#undef CIRCLE_BUILTIN_OP\n#endif\n";
  os << "#ifdef CIRCLE_DERIVED_OPTION\n"
     << derivedRows << "#undef CIRCLE_DERIVED_OPTION\n#endif\n";
  return false;
}

static mlir::GenRegistration
    genCircleOpTable("gen-circle-op-table",
                     "Generate the Circle op <-> builtin operator table",
                     emitCircleOpTable);
