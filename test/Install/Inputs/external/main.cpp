// A consumer of the installed TicoMLIR package: parses tq/circle IR.
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/Parser/Parser.h"
#include "llvm/Support/raw_ostream.h"

#include "tico/Dialect/Circle/IR/CircleOps.h"
#include "tico/Dialect/TQ/IR/TQOps.h"

static const char *kProgram = R"mlir(
func.func @f(%x: tensor<4xf32>) -> tensor<4xf32> {
  %0 = tq.exp %x : (tensor<4xf32>) -> tensor<4xf32>
  %1 = tq.add %0, %x : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  %2 = circle.exp %1 : (tensor<4xf32>) -> tensor<4xf32>
  return %2 : tensor<4xf32>
}
)mlir";

int main() {
  mlir::MLIRContext context;
  context.loadDialect<mlir::func::FuncDialect, mlir::tico::tq::TQDialect,
                      mlir::tico::circle::CircleDialect>();
  auto module = mlir::parseSourceString<mlir::ModuleOp>(kProgram, &context);
  if (!module)
    return 1;
  int tq = 0, circle = 0;
  module->walk([&](mlir::Operation *op) {
    llvm::StringRef ns = op->getDialect()->getNamespace();
    tq += ns == "tq";
    circle += ns == "circle";
  });
  llvm::outs() << "parsed " << tq << " tq ops and " << circle
               << " circle ops\n";
  return 0;
}
