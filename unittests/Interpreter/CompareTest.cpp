//===- CompareTest.cpp - real values, diffs and the op observer -----------===//

#include "RunHelper.h"

#include "tico/Interpreter/Compare.h"

#include "mlir/AsmParser/AsmParser.h"

namespace mlir::tico::interp::test {
namespace {

class CompareTest : public InterpreterTest {};

TEST_F(CompareTest, RealValuesDequantizePerTensorAndPerAxis) {
  auto perTensor = cast<quant::QuantizedType>(
      parseType("!quant.uniform<i8:f32, 0.5:-2>", &context));
  HostTensor q = HostTensor::fromInts(perTensor, {3}, {-2, 0, 5});
  // 0.5 * (q + 2)
  EXPECT_EQ(getRealValues(q), (std::vector<double>{0.0, 1.0, 3.5}));

  // Axis 1 of [2, 2]: column 0 has scale 1 zp 0, column 1 scale 0.25 zp 4.
  auto perAxis = cast<quant::QuantizedType>(
      parseType("!quant.uniform<u8:f32:1, {1.0, 0.25:4}>", &context));
  HostTensor p = HostTensor::fromInts(perAxis, {2, 2}, {3, 8, 7, 0});
  EXPECT_EQ(getRealValues(p), (std::vector<double>{3.0, 1.0, 7.0, -1.0}));

  HostTensor f = f32({2}, {1.5, -2.0});
  EXPECT_EQ(getRealValues(f), (std::vector<double>{1.5, -2.0}));
}

TEST_F(CompareTest, DiffOfValues) {
  // |diff| = [0, 0.5, 1.5]: mean 2/3, max 1.5; range 4 - 0 -> PEIR 0.375.
  TensorDiff d = compareValues({0.0, 2.0, 4.0}, {0.0, 2.5, 2.5});
  EXPECT_DOUBLE_EQ(d.meanAbs, 2.0 / 3.0);
  EXPECT_DOUBLE_EQ(d.maxAbs, 1.5);
  EXPECT_DOUBLE_EQ(d.peir, 0.375);
}

TEST_F(CompareTest, ObserverSeesEveryOpInOrder) {
  const char *ir = R"mlir(
    func.func @main(%x: tensor<2xf32>) -> tensor<2xf32> {
      %c = tq.constant dense<[1.0, 2.0]> : tensor<2xf32>
      %0 = tq.add %x, %c : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
      %1 = tq.neg %0 : (tensor<2xf32>) -> tensor<2xf32>
      return %1 : tensor<2xf32>
    })mlir";
  module = parseSourceString<ModuleOp>(ir, &context);
  ASSERT_TRUE(module);
  auto func = module->lookupSymbol<func::FuncOp>("main");
  std::vector<std::string> names;
  std::vector<std::vector<double>> values;
  HostTensor x = f32({2}, {10.0, 20.0});
  FailureOr<SmallVector<HostTensor>> out = runFunction(
      func, {x}, [&](Operation *op, ArrayRef<HostTensor> results) {
        names.push_back(op->getName().getStringRef().str());
        ASSERT_EQ(results.size(), 1u);
        values.push_back(results[0].toDoubles());
      });
  ASSERT_TRUE(succeeded(out)) << diagnostics;
  EXPECT_EQ(names, (std::vector<std::string>{"tq.constant", "tq.add",
                                             "tq.neg"}));
  EXPECT_EQ(values[1], (std::vector<double>{11.0, 22.0}));
  EXPECT_EQ(values[2], (std::vector<double>{-11.0, -22.0}));
}

} // namespace
} // namespace mlir::tico::interp::test
