//===- QuantizationTest.cpp - fake_quant, quantize, dequantize ------------===//

#include "RunHelper.h"

using namespace mlir;
using namespace mlir::tico::interp;
using namespace mlir::tico::interp::test;

namespace {

using QuantizationTest = InterpreterTest;

TEST_F(QuantizationTest, FakeQuantRoundsHalfAwayFromZero) {
  const char *ir = R"mlir(
    func.func @main(%x: tensor<8xf32>) -> tensor<8xf32> {
      %0 = tq.fake_quant %x {scale = array<f64: 0.5>, zero_point = array<i64: 0>,
             quant_min = -128 : i64, quant_max = 127 : i64, storage_type = i8} : tensor<8xf32>
      return %0 : tensor<8xf32>
    })mlir";
  // x / 0.5: 2.5 -> 3, -2.5 -> -3, 1.5 -> 2, -0.5 -> -1, 0.5 -> 1 (ties
  // away from zero, not to even); 200 and -200 clamp to 127 and -128.
  expectFloats(ir, {f32({8}, {1.25, -1.25, 0.75, -0.25, 0.25, 100, -100, 0.2})},
               {1.5, -1.5, 1.0, -0.5, 0.5, 63.5, -64, 0.0}, 0.0);
}

TEST_F(QuantizationTest, FakeQuantZeroPointAndPerAxis) {
  const char *ir = R"mlir(
    func.func @main(%x: tensor<2x2xf32>) -> (tensor<2x2xf32>, tensor<2x2xf32>) {
      %0 = tq.fake_quant %x {scale = array<f64: 1.0>, zero_point = array<i64: 10>,
             quant_min = 0 : i64, quant_max = 255 : i64, storage_type = ui8} : tensor<2x2xf32>
      %1 = tq.fake_quant %x {scale = array<f64: 1.0, 0.25>, zero_point = array<i64: 0, 0>,
             quant_min = -8 : i64, quant_max = 7 : i64, storage_type = i4, axis = 0 : i64} : tensor<2x2xf32>
      return %0, %1 : tensor<2x2xf32>, tensor<2x2xf32>
    })mlir";
  // zp 10, [0, 255]: -12.5 -> round -13 + 10 = -3 -> clamp 0 -> -10;
  // 3.5 -> 4 + 10 = 14 -> 4. Per-axis row 0 (scale 1, [-8, 7]): -12.5 -> -8,
  // 3.5 -> 4; row 1 (scale 0.25): 0.3 / 0.25 = 1.2 -> 1 -> 0.25,
  // -0.375 / 0.25 = -1.5 -> -2 -> -0.5.
  HostTensor x = f32({2, 2}, {-12.5, 3.5, 0.3, -0.375});
  expectFloats(ir, {x}, {-10, 4, 0, 0}, 1e-7, 0);
  expectFloats(ir, {x}, {-8, 4, 0.25, -0.5}, 1e-7, 1);
}

TEST_F(QuantizationTest, QuantizeDequantizePerTensor) {
  const char *ir = R"mlir(
    func.func @main(%x: tensor<5xf32>) -> (tensor<5x!quant.uniform<i8:f32, 0.5:-3>>, tensor<5xf32>) {
      %q = tq.quantize %x : tensor<5xf32> to tensor<5x!quant.uniform<i8:f32, 0.5:-3>>
      %d = tq.dequantize %q : tensor<5x!quant.uniform<i8:f32, 0.5:-3>> to tensor<5xf32>
      return %q, %d : tensor<5x!quant.uniform<i8:f32, 0.5:-3>>, tensor<5xf32>
    })mlir";
  // round(x / 0.5) - 3: 1.25 -> 3 - 3 = 0; -1.25 -> -3 - 3 = -6;
  // 100 -> 200 - 3 -> 127; -70 -> -140 - 3 -> -128; 0 -> -3.
  HostTensor x = f32({5}, {1.25, -1.25, 100, -70, 0});
  expectInts(ir, {x}, {0, -6, 127, -128, -3}, 0);
  expectFloats(ir, {x}, {1.5, -1.5, 65, -62.5, 0}, 0.0, 1);
}

TEST_F(QuantizationTest, QuantizePerAxis) {
  const char *ir = R"mlir(
    func.func @main(%x: tensor<2x2xf32>) -> (tensor<2x2x!quant.uniform<i8:f32:0, {0.5:1, 0.25:-2}>>, tensor<2x2xf32>) {
      %q = circle.quantize %x : (tensor<2x2xf32>) -> tensor<2x2x!quant.uniform<i8:f32:0, {0.5:1, 0.25:-2}>>
      %d = circle.dequantize %q : (tensor<2x2x!quant.uniform<i8:f32:0, {0.5:1, 0.25:-2}>>) -> tensor<2x2xf32>
      return %q, %d : tensor<2x2x!quant.uniform<i8:f32:0, {0.5:1, 0.25:-2}>>, tensor<2x2xf32>
    })mlir";
  // Row 0 (0.5, zp 1): 1.0 -> 2 + 1 = 3; -0.3 -> round(-0.6) = -1 -> 0.
  // Row 1 (0.25, zp -2): 0.125 -> round(0.5) = 1 -> -1; 0.2 -> 1 -> -1.
  HostTensor x = f32({2, 2}, {1.0, -0.3, 0.125, 0.2});
  expectInts(ir, {x}, {3, 0, -1, -1}, 0);
  expectFloats(ir, {x}, {1.0, -0.5, 0.25, 0.25}, 0.0, 1);
}

TEST_F(QuantizationTest, UnsignedStorage) {
  const char *ir = R"mlir(
    func.func @main(%x: tensor<3xf32>) -> tensor<3x!quant.uniform<u8:f32, 0.1:128>> {
      %q = tq.quantize %x : tensor<3xf32> to tensor<3x!quant.uniform<u8:f32, 0.1:128>>
      return %q : tensor<3x!quant.uniform<u8:f32, 0.1:128>>
    })mlir";
  // 12.8 / 0.1 = 128 -> 256 -> clamp 255; -20 -> -200 + 128 -> 0;
  // 0.25 / 0.1 = 2.5 -> 3 -> 131.
  expectInts(ir, {f32({3}, {12.8, -20, 0.25})}, {255, 0, 131});
}

TEST_F(QuantizationTest, ObserveIsIdentity) {
  const char *ir = R"mlir(
    func.func @main(%x: tensor<3xf32>) -> tensor<3xf32> {
      %0 = tq.observe %x {kind = #tq<observer minmax>, dtype = i8} : tensor<3xf32>
      return %0 : tensor<3xf32>
    })mlir";
  expectFloats(ir, {f32({3}, {1.5, -2, 0.1})}, {1.5, -2, 0.1}, 1e-7);
}

TEST_F(QuantizationTest, QuantizedConstantAndDequantize) {
  const char *ir = R"mlir(
    func.func @main() -> tensor<2xf32> {
      %q = tq.constant dense<[1, -2]> : tensor<2xi8> -> tensor<2x!quant.uniform<i8:f32, 0.5>>
      %d = tq.dequantize %q : tensor<2x!quant.uniform<i8:f32, 0.5>> to tensor<2xf32>
      return %d : tensor<2xf32>
    })mlir";
  expectFloats(ir, {}, {0.5, -1.0}, 0.0);
}

TEST_F(QuantizationTest, OpObserverSeesEveryOpResult) {
  const char *ir = R"mlir(
    func.func @main(%x: tensor<2xf32>) -> tensor<2xf32> {
      %c = tq.constant dense<[1.0, 2.0]> : tensor<2xf32>
      %0 = tq.add %x, %c : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
      %1 = tq.neg %0 : (tensor<2xf32>) -> tensor<2xf32>
      return %1 : tensor<2xf32>
    })mlir";
  module = parseSourceString<ModuleOp>(ir, &context);
  ASSERT_TRUE(module) << diagnostics;
  auto func = module->lookupSymbol<func::FuncOp>("main");
  std::vector<std::string> names;
  std::vector<std::vector<double>> values;
  auto results = runFunction(
      func, {f32({2}, {0.5, -4})},
      [&](Operation *op, ArrayRef<HostTensor> outs) {
        names.push_back(op->getName().getStringRef().str());
        values.push_back(outs.front().toDoubles());
      });
  ASSERT_TRUE(succeeded(results)) << diagnostics;
  // The return is not an op with results to observe.
  EXPECT_EQ(names, (std::vector<std::string>{"tq.constant", "tq.add",
                                             "tq.neg"}));
  EXPECT_EQ(values[1], (std::vector<double>{1.5, -2}));
  EXPECT_EQ(values[2], (std::vector<double>{-1.5, 2}));
}

} // namespace
