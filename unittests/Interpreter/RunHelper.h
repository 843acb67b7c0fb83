//===- RunHelper.h - Parse a small module and run its main ------*- C++ -*-===//

#ifndef TICO_UNITTESTS_INTERPRETER_RUNHELPER_H
#define TICO_UNITTESTS_INTERPRETER_RUNHELPER_H

#include "tico/InitAllDialects.h"
#include "tico/Interpreter/Interpreter.h"

#include "mlir/Dialect/Quant/IR/QuantTypes.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/Parser/Parser.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace mlir::tico::interp::test {

class InterpreterTest : public ::testing::Test {
protected:
  InterpreterTest() {
    DialectRegistry registry;
    registerAllDialects(registry);
    context.appendDialectRegistry(registry);
    context.loadAllAvailableDialects();
    context.printOpOnDiagnostic(false);
    handler.emplace(&context, [this](Diagnostic &diag) {
      llvm::raw_string_ostream os(diagnostics);
      os << diag.getLocation() << ": " << diag.str() << "\n";
      return success();
    });
  }

  /// Parses `ir` and runs @main on `inputs`; failure leaves the message in
  /// `diagnostics`.
  FailureOr<SmallVector<HostTensor>> run(StringRef ir,
                                         ArrayRef<HostTensor> inputs) {
    module = parseSourceString<ModuleOp>(ir, &context);
    if (!module) {
      ADD_FAILURE() << "cannot parse:\n" << ir.str() << diagnostics;
      return failure();
    }
    auto func = module->lookupSymbol<func::FuncOp>("main");
    if (!func) {
      ADD_FAILURE() << "no @main";
      return failure();
    }
    return runFunction(func, inputs);
  }

  /// Runs and expects one float result equal to `expected`.
  void expectFloats(StringRef ir, ArrayRef<HostTensor> inputs,
                    ArrayRef<double> expected, double tolerance = 1e-5,
                    unsigned resultIndex = 0) {
    FailureOr<SmallVector<HostTensor>> results = run(ir, inputs);
    ASSERT_TRUE(succeeded(results)) << diagnostics;
    ASSERT_LT(resultIndex, results->size());
    std::vector<double> values = (*results)[resultIndex].toDoubles();
    ASSERT_EQ(values.size(), expected.size());
    for (size_t i = 0; i < values.size(); ++i) {
      if (values[i] != expected[i]) { // equal infinities pass
        EXPECT_NEAR(values[i], expected[i], tolerance) << "element " << i;
      }
    }
  }

  void expectInts(StringRef ir, ArrayRef<HostTensor> inputs,
                  ArrayRef<int64_t> expected, unsigned resultIndex = 0) {
    FailureOr<SmallVector<HostTensor>> results = run(ir, inputs);
    ASSERT_TRUE(succeeded(results)) << diagnostics;
    ASSERT_LT(resultIndex, results->size());
    std::vector<int64_t> values = (*results)[resultIndex].toInts();
    EXPECT_EQ(values, std::vector<int64_t>(expected.begin(), expected.end()));
  }

  /// Runs and expects failure with `message` in the diagnostics.
  void expectError(StringRef ir, ArrayRef<HostTensor> inputs,
                   StringRef message) {
    FailureOr<SmallVector<HostTensor>> results = run(ir, inputs);
    EXPECT_TRUE(failed(results));
    EXPECT_NE(diagnostics.find(message.str()), std::string::npos)
        << diagnostics;
  }

  HostTensor f32(ArrayRef<int64_t> shape, ArrayRef<double> values) {
    return HostTensor::fromDoubles(Float32Type::get(&context), shape, values);
  }
  HostTensor ints(unsigned width, ArrayRef<int64_t> shape,
                  ArrayRef<int64_t> values) {
    return HostTensor::fromInts(IntegerType::get(&context, width), shape,
                                values);
  }

  MLIRContext context{MLIRContext::Threading::DISABLED};
  std::optional<ScopedDiagnosticHandler> handler;
  OwningOpRef<ModuleOp> module;
  std::string diagnostics;
};

} // namespace mlir::tico::interp::test

#endif // TICO_UNITTESTS_INTERPRETER_RUNHELPER_H
