//===- tico-tblgen.cpp - mlir-tblgen with tico's backends -----------------===//

#include "mlir/Tools/mlir-tblgen/MlirTblgenMain.h"

int main(int argc, char **argv) { return mlir::MlirTblgenMain(argc, argv); }
