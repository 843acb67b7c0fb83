//===- RegistryTest.cpp - every tq and circle op has a kernel -------------===//

#include "tico/InitAllDialects.h"
#include "tico/Interpreter/KernelRegistry.h"

#include "mlir/IR/MLIRContext.h"
#include "mlir/IR/OperationSupport.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

using namespace mlir;
using namespace mlir::tico::interp;

namespace {

TEST(KernelRegistryTest, EveryDialectOpHasAKernel) {
  DialectRegistry registry;
  mlir::tico::registerAllDialects(registry);
  MLIRContext context(registry);
  context.loadAllAvailableDialects();
  // Handled by the runner itself: constants, absent operands and CUSTOM
  // (which has no semantics to run).
  std::set<std::string> runnerOps = {"tq.constant", "circle.const",
                                     "circle.no_value", "circle.custom"};
  unsigned checked = 0;
  for (RegisteredOperationName name : context.getRegisteredOperations()) {
    StringRef dialect = name.getDialectNamespace();
    if (dialect != "tq" && dialect != "circle")
      continue;
    std::string op = name.getStringRef().str();
    if (runnerOps.count(op))
      continue;
    EXPECT_NE(KernelRegistry::get().lookup(op), nullptr) << op;
    ++checked;
  }
  // Both dialects have more than 50 ops each.
  EXPECT_GT(checked, 100u);
}

} // namespace
