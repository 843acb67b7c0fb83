//===- ElementwiseTest.cpp - arithmetic, math, compare, cast kernels ------===//

#include "RunHelper.h"

using namespace mlir;
using namespace mlir::tico::interp;
using namespace mlir::tico::interp::test;

namespace {

using ElementwiseTest = InterpreterTest;

TEST_F(ElementwiseTest, BroadcastAdd) {
  const char *ir = R"mlir(
    func.func @main(%a: tensor<2x3xf32>, %b: tensor<3xf32>) -> tensor<2x3xf32> {
      %0 = tq.add %a, %b : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
      return %0 : tensor<2x3xf32>
    })mlir";
  expectFloats(ir, {f32({2, 3}, {1, 2, 3, 4, 5, 6}), f32({3}, {10, 20, 30})},
               {11, 22, 33, 14, 25, 36});
}

TEST_F(ElementwiseTest, BroadcastBothSides) {
  // [2,1] - [1,3] -> [2,3]
  const char *ir = R"mlir(
    func.func @main(%a: tensor<2x1xf32>, %b: tensor<1x3xf32>) -> tensor<2x3xf32> {
      %0 = circle.sub %a, %b : (tensor<2x1xf32>, tensor<1x3xf32>) -> tensor<2x3xf32>
      return %0 : tensor<2x3xf32>
    })mlir";
  expectFloats(ir, {f32({2, 1}, {10, 20}), f32({1, 3}, {1, 2, 3})},
               {9, 8, 7, 19, 18, 17});
}

TEST_F(ElementwiseTest, FusedRelu6) {
  const char *ir = R"mlir(
    func.func @main(%a: tensor<4xf32>, %b: tensor<4xf32>) -> tensor<4xf32> {
      %0 = circle.mul %a, %b {fused_activation_function = #circle<act RELU6>} : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
      return %0 : tensor<4xf32>
    })mlir";
  expectFloats(ir, {f32({4}, {-1, 1, 2, 3}), f32({4}, {2, 2, 2, 3})},
               {0, 2, 4, 6});
}

TEST_F(ElementwiseTest, IntegerWrapAndTruncatingDivision) {
  const char *ir = R"mlir(
    func.func @main(%a: tensor<3xi8>, %b: tensor<3xi8>) -> (tensor<3xi8>, tensor<3xi8>) {
      %0 = tq.add %a, %b : (tensor<3xi8>, tensor<3xi8>) -> tensor<3xi8>
      %1 = tq.div %a, %b : (tensor<3xi8>, tensor<3xi8>) -> tensor<3xi8>
      return %0, %1 : tensor<3xi8>, tensor<3xi8>
    })mlir";
  // 127 + 1 wraps to -128; -7 / 2 truncates to -3.
  expectInts(ir, {ints(8, {3}, {127, -7, 9}), ints(8, {3}, {1, 2, -4})},
             {-128, -5, 5}, 0);
  expectInts(ir, {ints(8, {3}, {127, -7, 9}), ints(8, {3}, {1, 2, -4})},
             {127, -3, -2}, 1);
}

TEST_F(ElementwiseTest, IntegerDivisionByZeroIsAnError) {
  const char *ir = R"mlir(
    func.func @main(%a: tensor<2xi32>, %b: tensor<2xi32>) -> tensor<2xi32> {
      %0 = circle.div %a, %b : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi32>
      return %0 : tensor<2xi32>
    })mlir";
  expectError(ir, {ints(32, {2}, {1, 2}), ints(32, {2}, {1, 0})},
              "integer division by zero");
}

TEST_F(ElementwiseTest, UnaryMath) {
  const char *ir = R"mlir(
    func.func @main(%x: tensor<3xf32>) -> (tensor<3xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>) {
      %0 = tq.sigmoid %x : (tensor<3xf32>) -> tensor<3xf32>
      %1 = tq.silu %x : (tensor<3xf32>) -> tensor<3xf32>
      %2 = tq.gelu %x : (tensor<3xf32>) -> tensor<3xf32>
      %3 = circle.rsqrt %x : (tensor<3xf32>) -> tensor<3xf32>
      return %0, %1, %2, %3 : tensor<3xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>
    })mlir";
  HostTensor x = f32({3}, {0.0, 1.0, 4.0});
  // sigmoid(1) = 1 / (1 + e^-1) = 0.7310586; sigmoid(4) = 0.9820138.
  expectFloats(ir, {x}, {0.5, 0.7310586, 0.9820138}, 1e-6, 0);
  expectFloats(ir, {x}, {0.0, 0.7310586, 3.9280552}, 1e-6, 1);
  // gelu(1) = 0.5 * (1 + erf(1/sqrt 2)) = 0.8413447.
  expectFloats(ir, {x}, {0.0, 0.8413447, 3.9998733}, 1e-6, 2);
  expectFloats(ir, {x}, {INFINITY, 1.0, 0.5}, 1e-6, 3);
}

TEST_F(ElementwiseTest, CompareAndSelect) {
  const char *ir = R"mlir(
    func.func @main(%a: tensor<4xf32>, %b: tensor<f32>) -> tensor<4xf32> {
      %m = tq.compare %a, %b {direction = #tq<cmp lt>} : (tensor<4xf32>, tensor<f32>) -> tensor<4xi1>
      %n = tq.logical_not %m : (tensor<4xi1>) -> tensor<4xi1>
      %r = tq.where %n, %a, %b : (tensor<4xi1>, tensor<4xf32>, tensor<f32>) -> tensor<4xf32>
      return %r : tensor<4xf32>
    })mlir";
  // max(a, b) spelled as where(!(a < b), a, b).
  expectFloats(ir, {f32({4}, {-1, 2, 0.5, 3}), f32({}, {1})}, {1, 2, 1, 3});
}

TEST_F(ElementwiseTest, CastTruncatesTowardZero) {
  const char *ir = R"mlir(
    func.func @main(%x: tensor<4xf32>) -> (tensor<4xi32>, tensor<4xi1>) {
      %0 = tq.cast %x : (tensor<4xf32>) -> tensor<4xi32>
      %1 = circle.cast %x : (tensor<4xf32>) -> tensor<4xi1>
      return %0, %1 : tensor<4xi32>, tensor<4xi1>
    })mlir";
  expectInts(ir, {f32({4}, {-2.7, 2.7, 0.0, -0.5})}, {-2, 2, 0, 0}, 0);
  expectInts(ir, {f32({4}, {-2.7, 2.7, 0.0, -0.5})}, {1, 1, 0, 1}, 1);
}

TEST_F(ElementwiseTest, Iota) {
  const char *ir = R"mlir(
    func.func @main() -> (tensor<4xi32>, tensor<3xf32>) {
      %0 = tq.iota {start = 2.0 : f64, step = 3.0 : f64} : tensor<4xi32>
      %1 = tq.iota {start = 0.5 : f64, step = -0.25 : f64} : tensor<3xf32>
      return %0, %1 : tensor<4xi32>, tensor<3xf32>
    })mlir";
  expectInts(ir, {}, {2, 5, 8, 11}, 0);
  expectFloats(ir, {}, {0.5, 0.25, 0.0}, 0.0, 1);
}

TEST_F(ElementwiseTest, QuantizedNegIsRejected) {
  // add/sub/mul/div/exp have quantized kernels (QuantizedKernelsTest); neg
  // does not.
  const char *ir = R"mlir(
    func.func @main(%a: tensor<2x!quant.uniform<i8:f32, 0.5>>) -> tensor<2x!quant.uniform<i8:f32, 0.5>> {
      %0 = tq.neg %a : (tensor<2x!quant.uniform<i8:f32, 0.5>>) -> tensor<2x!quant.uniform<i8:f32, 0.5>>
      return %0 : tensor<2x!quant.uniform<i8:f32, 0.5>>
    })mlir";
  Type q = quant::UniformQuantizedType::get(
      quant::QuantizationFlags::Signed, IntegerType::get(&context, 8),
      Float32Type::get(&context), 0.5, 0, -128, 127);
  expectError(ir, {HostTensor::fromInts(q, {2}, {1, 2})},
              "not supported yet: quantized tq.neg");
}

TEST_F(ElementwiseTest, InputsAreChecked) {
  const char *ir = R"mlir(
    func.func @main(%a: tensor<2x3xf32> {tico.name = "hidden"}) -> tensor<2x3xf32> {
      return %a : tensor<2x3xf32>
    })mlir";
  expectError(ir, {f32({3, 2}, {1, 2, 3, 4, 5, 6})},
              "input 'hidden': expected shape [2, 3], got [3, 2]");
  diagnostics.clear();
  expectError(ir, {ints(32, {2, 3}, {1, 2, 3, 4, 5, 6})},
              "input 'hidden': expected element type 'f32', got 'i32'");
  diagnostics.clear();
  expectError(ir, {}, "expected 1 inputs, got 0");
}

TEST_F(ElementwiseTest, OpWithoutKernelIsALocatedError) {
  const char *ir = R"mlir(
    func.func @main(%a: tensor<2xf32>) -> tensor<2xf32> {
      %0 = arith.addf %a, %a : tensor<2xf32>
      return %0 : tensor<2xf32>
    })mlir";
  expectError(ir, {f32({2}, {1, 2})},
              "not supported yet: no interpreter kernel for 'arith.addf'");
  // Located at the op (line 3 of the snippet).
  EXPECT_NE(diagnostics.find(":3:"), std::string::npos) << diagnostics;
}

TEST(HalfConversionTest, RoundTripsAndRounds) {
  EXPECT_EQ(floatToHalf(1.0f), 0x3c00);
  EXPECT_EQ(floatToHalf(-2.0f), 0xc000);
  EXPECT_EQ(floatToHalf(65504.0f), 0x7bff);
  EXPECT_EQ(floatToHalf(1e6f), 0x7c00);
  // 1 + 2^-11 is halfway between 1 and the next half (1 + 2^-10): ties to
  // even gives 1.
  EXPECT_EQ(floatToHalf(1.0f + 0x1.0p-11f), 0x3c00);
  EXPECT_EQ(floatToHalf(0x1.0p-24f), 0x0001);
  EXPECT_FLOAT_EQ(halfToFloat(0x0001), 0x1.0p-24f);
  EXPECT_FLOAT_EQ(halfToFloat(0x3555), 0.33325195f);
  EXPECT_EQ(floatToBfloat16(1.0f), 0x3f80);
  EXPECT_FLOAT_EQ(bfloat16ToFloat(0x4049), 3.140625f);
}

} // namespace
