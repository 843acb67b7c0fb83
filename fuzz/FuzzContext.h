//===- FuzzContext.h - shared MLIR context for the fuzz targets -*- C++ -*-===//
//
// Creating an MLIRContext and loading dialects costs more than most inputs,
// so a target keeps one and replaces it every kInputsPerContext inputs:
// uniqued types and attributes are never freed, and a context that lived for
// millions of inputs would reach libFuzzer's RSS limit. Diagnostics are
// dropped (a rejected input is the normal case); threading is off so a
// crash stack names the input's own thread.
//
//===----------------------------------------------------------------------===//
#ifndef TICO_FUZZ_FUZZCONTEXT_H
#define TICO_FUZZ_FUZZCONTEXT_H

#include "tico/InitAllDialects.h"

#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/MLIRContext.h"

#include <memory>

namespace tico_fuzz {

class FuzzContext {
public:
  mlir::MLIRContext &get() {
    if (!context || ++uses > kInputsPerContext) {
      handler.reset();
      mlir::DialectRegistry registry;
      mlir::tico::registerAllDialects(registry);
      context = std::make_unique<mlir::MLIRContext>(
          registry, mlir::MLIRContext::Threading::DISABLED);
      context->loadAllAvailableDialects();
      handler = std::make_unique<mlir::ScopedDiagnosticHandler>(
          context.get(), [](mlir::Diagnostic &) { return mlir::success(); });
      uses = 0;
    }
    return *context;
  }

private:
  static constexpr unsigned kInputsPerContext = 2000;
  std::unique_ptr<mlir::MLIRContext> context;
  std::unique_ptr<mlir::ScopedDiagnosticHandler> handler;
  unsigned uses = 0;
};

/// Stops the process so libFuzzer records the input: a broken invariant
/// that is not a memory error.
[[noreturn]] inline void invariantBroken(const char *what) {
  fprintf(stderr, "tico fuzz invariant broken: %s\n", what);
  __builtin_trap();
}

} // namespace tico_fuzz

#endif // TICO_FUZZ_FUZZCONTEXT_H
