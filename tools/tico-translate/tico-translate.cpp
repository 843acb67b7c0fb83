//===- tico-translate.cpp - tico's translation driver ---------------------===//
//
// mlirTranslateMain with tico's translations (Circle flatbuffer import and
// export, ONNX import) registered as they land.
//
//===----------------------------------------------------------------------===//

#include "mlir/Tools/mlir-translate/MlirTranslateMain.h"
#include "mlir/Tools/mlir-translate/Translation.h"

#include "tico/InitAllDialects.h"

int main(int argc, char **argv) {
  // Round trip through the tico dialects: parse, verify, print. Useful to
  // check that a file is valid tico IR without running any pass.
  mlir::TranslateFromMLIRRegistration roundtrip(
      "tico-mlir-roundtrip", "parse, verify and print tico IR",
      [](mlir::Operation *op, llvm::raw_ostream &os) {
        op->print(os);
        os << "\n";
        return mlir::success();
      },
      [](mlir::DialectRegistry &registry) {
        mlir::tico::registerAllDialects(registry);
      });
  return mlir::failed(
      mlir::mlirTranslateMain(argc, argv, "tico translation driver\n"));
}
