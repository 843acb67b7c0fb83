//===- mlir_pipeline_fuzzer.cpp - .mlir text -> parse, lower, export ------===//
//
// Parses arbitrary text as a module, verifies it, runs
// --tico-lower-to-circle and exports what the pipeline accepts to Circle.
// Every stage may reject the input with a diagnostic; none may crash.
//
//===----------------------------------------------------------------------===//

#include "FuzzContext.h"

#include "tico/InitAllPasses.h"
#include "tico/Support/NestingDepth.h"
#include "tico/Target/Circle/CircleExport.h"

#include "mlir/IR/Verifier.h"
#include "mlir/Parser/Parser.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Pass/PassRegistry.h"

using namespace mlir;

extern "C" int LLVMFuzzerInitialize(int *, char ***) {
  tico::registerAllPasses();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  static tico_fuzz::FuzzContext fuzzContext;
  MLIRContext &context = fuzzContext.get();
  // MLIR's lexer reads the NUL after the text, as tools' buffers have it.
  std::string owned(reinterpret_cast<const char *>(data), size);
  StringRef text(owned);
  // tico-opt and tico-translate refuse such text before parsing too.
  if (tico::findExcessiveNesting(text) != StringRef::npos)
    return 0;
  OwningOpRef<ModuleOp> module =
      parseSourceString<ModuleOp>(text, ParserConfig(&context));
  if (!module || failed(verify(*module)))
    return 0;

  PassManager pm = PassManager::on<ModuleOp>(&context);
  if (failed(parsePassPipeline("tico-lower-to-circle", pm)))
    tico_fuzz::invariantBroken("tico-lower-to-circle is not registered");
  if (failed(pm.run(*module)))
    return 0;

  std::string exported;
  llvm::raw_string_ostream os(exported);
  (void)tico::circle::exportToCircle(*module, os);
  return 0;
}
