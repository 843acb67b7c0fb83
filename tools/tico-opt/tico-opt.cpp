//===- tico-opt.cpp - tico's optimizer driver -----------------------------===//
//
// MlirOptMain with the tico dialects and passes, plus the upstream dialects
// and generic passes (canonicalize, cse, ...) that pipelines use.
//
//===----------------------------------------------------------------------===//

#include "mlir/IR/DialectRegistry.h"
#include "mlir/Tools/mlir-opt/MlirOptMain.h"
#include "mlir/Transforms/Passes.h"

#include "tico/InitAllDialects.h"
#include "tico/InitAllPasses.h"

int main(int argc, char **argv) {
  mlir::registerTransformsPasses();
  mlir::tico::registerAllPasses();

  mlir::DialectRegistry registry;
  mlir::tico::registerAllDialects(registry);
  return mlir::asMainReturnCode(
      mlir::MlirOptMain(argc, argv, "tico optimizer driver\n", registry));
}
