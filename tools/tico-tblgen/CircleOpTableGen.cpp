//===- CircleOpTableGen.cpp - Circle op <-> schema operator tables --------===//
//
// `-gen-circle-op-table` reads every Circle_BuiltinOp and emits an X-macro
// list, one row per op:
//
//   CIRCLE_BUILTIN_OP(CppClass, "NAME", code, "OptionsTable", union, attrs...)
//
// where attrs are the op's attributes named like fields of the options table.
// The Circle translation includes the list to map ops to operator codes and
// options both ways, so nothing is written per op by hand.
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
  os << "#ifndef CIRCLE_BUILTIN_OP\n"
        "#error \"define CIRCLE_BUILTIN_OP(Op, Name, Code, Options, Union) "
        "before including\"\n#endif\n";

  DenseMap<int64_t, const Record *> byCode;
  for (const Record *def : records.getAllDerivedDefinitions("Circle_BuiltinOp")) {
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
  }
  os << "#undef CIRCLE_BUILTIN_OP\n";
  return false;
}

static mlir::GenRegistration
    genCircleOpTable("gen-circle-op-table",
                     "Generate the Circle op <-> builtin operator table",
                     emitCircleOpTable);
