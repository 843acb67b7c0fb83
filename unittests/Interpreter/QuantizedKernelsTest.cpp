//===- QuantizedKernelsTest.cpp - TFLite-exact integer kernels ------------===//
//
// Expected integers are worked out by hand from TFLite's formulas (see the
// comments); none comes from running the code under test.
//
//===----------------------------------------------------------------------===//

#include "RunHelper.h"

#include "mlir/AsmParser/AsmParser.h"

using namespace mlir;
using namespace mlir::tico::interp;
using namespace mlir::tico::interp::test;

namespace {

class QuantizedKernelsTest : public InterpreterTest {
protected:
  /// @main applying `circle.quantize` from tensor<N x in> to tensor<N x out>.
  static std::string requantizeIr(int64_t n, StringRef in, StringRef out) {
    std::string from = "tensor<" + std::to_string(n) + "x" + in.str() + ">";
    std::string to = "tensor<" + std::to_string(n) + "x" + out.str() + ">";
    return "func.func @main(%x: " + from + ") -> " + to +
           " {\n  %0 = circle.quantize %x : (" + from + ") -> " + to +
           "\n  return %0 : " + to + "\n}";
  }

  /// A tensor of storage integers of the quantized type `type`.
  HostTensor q(StringRef type, ArrayRef<int64_t> shape,
               ArrayRef<int64_t> values) {
    Type elementType = parseType(type, &context);
    EXPECT_TRUE(elementType) << type.str();
    return HostTensor::fromInts(elementType, shape, values);
  }
};

//===----------------------------------------------------------------------===//
// Requantize
//===----------------------------------------------------------------------===//

TEST_F(QuantizedKernelsTest, RequantizeRoundsLikeTFLite) {
  const char *ir = R"mlir(
    func.func @main(%x: tensor<6x!quant.uniform<u8:f32, 0.25:128>>)
        -> (tensor<6x!quant.uniform<i8:f32, 1.0:-1>>, tensor<6x!quant.uniform<i8:f32, 1.0:-1>>) {
      %0 = circle.quantize %x : (tensor<6x!quant.uniform<u8:f32, 0.25:128>>) -> tensor<6x!quant.uniform<i8:f32, 1.0:-1>>
      %1 = tq.quantize %x : tensor<6x!quant.uniform<u8:f32, 0.25:128>> to tensor<6x!quant.uniform<i8:f32, 1.0:-1>>
      return %0, %1 : tensor<6x!quant.uniform<i8:f32, 1.0:-1>>, tensor<6x!quant.uniform<i8:f32, 1.0:-1>>
    })mlir";
  // 0.25 / 1.0 = {2^30, shift -1}: SRDHM (ties up) then RoundingDivideByPOT
  // (ties away from zero). x - 128 = -6, 6, -2, -3, -7, 127:
  //  -6 -> -3 -> -1.5 -> -2;   6 -> 3 -> 1.5 -> 2;   -2 -> -1 -> -0.5 -> -1;
  //  -3 -> -1.5 -> -1 -> -0.5 -> -1;  -7 -> -3.5 -> -3 -> -1.5 -> -2;
  //  127 -> 63.5 -> 64 -> 32. Then + zero point -1.
  HostTensor x = q("!quant.uniform<u8:f32, 0.25:128>", {6},
                   {122, 134, 126, 125, 121, 255});
  expectInts(ir, {x}, {-3, 1, -2, -2, -3, 31}, 0);
  expectInts(ir, {x}, {-3, 1, -2, -2, -3, 31}, 1);
}

TEST_F(QuantizedKernelsTest, RequantizeTiesDifferFromQuantizeDequantize) {
  std::string ir = requantizeIr(4, "!quant.uniform<i8:f32, 0.5>",
                                "!quant.uniform<i8:f32, 1.0>");
  // 0.5 = {2^30, 0}: a single SRDHM, ties toward +inf: 1.5 -> 2, -1.5 -> -1,
  // -0.5 -> 0 (round half away from zero would give -2 and -1).
  expectInts(ir, {q("!quant.uniform<i8:f32, 0.5>", {4}, {3, -3, -1, 1})},
             {2, -1, 0, 1});
}

TEST_F(QuantizedKernelsTest, RequantizeInt16ToInt8Saturates) {
  std::string ir = requantizeIr(5, "!quant.uniform<i16:f32, 0.001>",
                                "!quant.uniform<i8:f32, 0.01>");
  // x * ~0.1: 500 -> 127, -500 -> -128, 1.4 -> 1, -1.6 -> -2, 0.
  expectInts(ir,
             {q("!quant.uniform<i16:f32, 0.001>", {5}, {5000, -5000, 14, -16, 0})},
             {127, -128, 1, -2, 0});
}

TEST_F(QuantizedKernelsTest, RequantizePerAxisIsNotSupported) {
  std::string ir = requantizeIr(2, "!quant.uniform<i8:f32:0, {0.5, 0.25}>",
                                "!quant.uniform<i8:f32, 0.25>");
  expectError(ir, {q("!quant.uniform<i8:f32:0, {0.5, 0.25}>", {2}, {1, 2})},
              "not supported yet: quantized circle.quantize with a per-axis input "
              "(TFLite's QUANTIZE requantizes per-tensor parameters only)");
  std::string toAxis = requantizeIr(2, "!quant.uniform<i8:f32, 0.25>",
                                    "!quant.uniform<i8:f32:0, {0.5, 0.25}>");
  expectError(toAxis, {q("!quant.uniform<i8:f32, 0.25>", {2}, {1, 2})},
              "not supported yet: quantized circle.quantize with a per-axis "
              "result");
}

//===----------------------------------------------------------------------===//
// Fully connected
//===----------------------------------------------------------------------===//

// x: i8 scale 0.5 zp -1; w: i8 scale 0.25; bias i32; out: i8 scale 1 zp 3.
// Multiplier 0.125 = {2^30, -2}. w = [[1, 2, 3], [-4, 1, 0], [127]*3],
// bias = [2, -8, 0].
// Row [1, 3, -1] (x - zp = [2, 4, 0]): acc = 12, -12, 762
//   12 -> 6 -> 1.5 -> 2 -> 5;  -12 -> -6 -> -1.5 -> -2 -> 1;
//   762 -> 381 -> 95.25 -> 95 -> 98.
// Row [127]*3 (x - zp = 128): acc = 770, -392, 48768
//   770 -> 385 -> 96.25 -> 96 -> 99;  -392 -> -196 -> -49 -> -46;
//   48768 -> 6096 -> 6099 -> 127 (saturates).
constexpr const char *kFcPerTensor = R"mlir(
  func.func @main(%x: tensor<2x3x!quant.uniform<i8:f32, 0.5:-1>>)
      -> (tensor<2x3x!quant.uniform<i8:f32, 1.0:3>>, tensor<2x3x!quant.uniform<i8:f32, 1.0:3>>,
          tensor<2x3x!quant.uniform<i8:f32, 1.0:3>>) {
    %w = circle.const dense<[[1, 2, 3], [-4, 1, 0], [127, 127, 127]]> : tensor<3x3xi8> -> tensor<3x3x!quant.uniform<i8:f32, 0.25>>
    %b = circle.const dense<[2, -8, 0]> : tensor<3xi32> -> tensor<3x!quant.uniform<i32:f32, 0.125>>
    %0 = circle.fully_connected %x, %w, %b : (tensor<2x3x!quant.uniform<i8:f32, 0.5:-1>>, tensor<3x3x!quant.uniform<i8:f32, 0.25>>, tensor<3x!quant.uniform<i32:f32, 0.125>>) -> tensor<2x3x!quant.uniform<i8:f32, 1.0:3>>
    %1 = circle.fully_connected %x, %w, %b {fused_activation_function = #circle<act RELU>} : (tensor<2x3x!quant.uniform<i8:f32, 0.5:-1>>, tensor<3x3x!quant.uniform<i8:f32, 0.25>>, tensor<3x!quant.uniform<i32:f32, 0.125>>) -> tensor<2x3x!quant.uniform<i8:f32, 1.0:3>>
    %2 = tq.linear %x, %w, %b : (tensor<2x3x!quant.uniform<i8:f32, 0.5:-1>>, tensor<3x3x!quant.uniform<i8:f32, 0.25>>, tensor<3x!quant.uniform<i32:f32, 0.125>>) -> tensor<2x3x!quant.uniform<i8:f32, 1.0:3>>
    return %0, %1, %2 : tensor<2x3x!quant.uniform<i8:f32, 1.0:3>>, tensor<2x3x!quant.uniform<i8:f32, 1.0:3>>,
        tensor<2x3x!quant.uniform<i8:f32, 1.0:3>>
  })mlir";

TEST_F(QuantizedKernelsTest, FullyConnectedInt8PerTensor) {
  HostTensor x =
      q("!quant.uniform<i8:f32, 0.5:-1>", {2, 3}, {1, 3, -1, 127, 127, 127});
  expectInts(kFcPerTensor, {x}, {5, 1, 98, 99, -46, 127}, 0);
  // RELU clamps at the zero point 3 + round(0 / 1).
  expectInts(kFcPerTensor, {x}, {5, 3, 98, 99, 3, 127}, 1);
  expectInts(kFcPerTensor, {x}, {5, 1, 98, 99, -46, 127}, 2);
}

TEST_F(QuantizedKernelsTest, FullyConnectedInt8PerChannel) {
  const char *ir = R"mlir(
    func.func @main(%x: tensor<2x3x!quant.uniform<i8:f32, 0.5:-1>>) -> tensor<2x3x!quant.uniform<i8:f32, 1.0:3>> {
      %w = circle.const dense<[[1, 2, 3], [-4, 1, 0], [127, 127, 127]]> : tensor<3x3xi8> -> tensor<3x3x!quant.uniform<i8:f32:0, {0.25, 0.5, 1.0}>>
      %b = circle.const dense<[2, -8, 0]> : tensor<3xi32>
      %0 = circle.fully_connected %x, %w, %b : (tensor<2x3x!quant.uniform<i8:f32, 0.5:-1>>, tensor<3x3x!quant.uniform<i8:f32:0, {0.25, 0.5, 1.0}>>, tensor<3xi32>) -> tensor<2x3x!quant.uniform<i8:f32, 1.0:3>>
      return %0 : tensor<2x3x!quant.uniform<i8:f32, 1.0:3>>
    })mlir";
  // Channel multipliers 0.125, 0.25 = {2^30, -1}, 0.5 = {2^30, 0}.
  // Row 1: acc 12 -> 5 (as per tensor); -12 -> -6 -> -3 -> 0;
  //        762 -> 381 -> 384 -> 127.
  // Row 2: 770 -> 99; -392 -> -196 -> -98 -> -95; 48768 -> 127.
  HostTensor x =
      q("!quant.uniform<i8:f32, 0.5:-1>", {2, 3}, {1, 3, -1, 127, 127, 127});
  expectInts(ir, {x}, {5, 0, 127, 99, -95, 127});
}

TEST_F(QuantizedKernelsTest, FullyConnectedInt16Int8Int64Bias) {
  const char *ir = R"mlir(
    func.func @main(%x: tensor<1x3x!quant.uniform<i16:f32, 0.5>>) -> tensor<1x3x!quant.uniform<i16:f32, 0.5>> {
      %w = circle.const dense<[[1, 2, 3], [-4, 1, 0], [127, 127, 127]]> : tensor<3x3xi8> -> tensor<3x3x!quant.uniform<i8:f32, 0.25>>
      %b = circle.const dense<[4, 1, 0]> : tensor<3xi64>
      %0 = circle.fully_connected %x, %w, %b : (tensor<1x3x!quant.uniform<i16:f32, 0.5>>, tensor<3x3x!quant.uniform<i8:f32, 0.25>>, tensor<3xi64>) -> tensor<1x3x!quant.uniform<i16:f32, 0.5>>
      return %0 : tensor<1x3x!quant.uniform<i16:f32, 0.5>>
    })mlir";
  // With a bias, TFLite requantizes int16 FULLY_CONNECTED in double:
  // round(acc * 0.5 * 0.25 / 0.5), half away from zero.
  // acc = 3998 -> 999.5 -> 1000; -4002 -> -1000.5 -> -1001 (the fixed-point
  // int64 multiplier, which rounds ties up, would give -1000);
  // 127 * 1997 = 253619 -> 63405 -> 32767.
  expectInts(ir, {q("!quant.uniform<i16:f32, 0.5>", {1, 3}, {1000, -3, 1000})},
             {1000, -1001, 32767});
}

TEST_F(QuantizedKernelsTest, FullyConnectedUint8) {
  const char *ir = R"mlir(
    func.func @main(%x: tensor<1x2x!quant.uniform<u8:f32, 1.0:128>>) -> tensor<1x2x!quant.uniform<u8:f32, 4.0:100>> {
      %w = circle.const dense<[[-126, 120], [-1, 0]]> : tensor<2x2xi8> -> tensor<2x2x!quant.uniform<u8:f32, 0.5:128>>
      %none = circle.no_value
      %0 = circle.fully_connected %x, %w, %none : (tensor<1x2x!quant.uniform<u8:f32, 1.0:128>>, tensor<2x2x!quant.uniform<u8:f32, 0.5:128>>, none) -> tensor<1x2x!quant.uniform<u8:f32, 4.0:100>>
      return %0 : tensor<1x2x!quant.uniform<u8:f32, 4.0:100>>
    })mlir";
  // The u8 weights are [[130, 120], [255, 0]] (i8 bit patterns in the
  // constant). Multiplier 0.5 / 4 = 0.125 = {2^30, -2}. x - 128 = [10, -20];
  // w - 128 = [[2, -8], [127, -128]]: acc = 20 + 160 = 180 -> 90 -> 22.5
  // -> 23 -> 123; 1270 + 2560 = 3830 -> 1915 -> 478.75 -> 479 -> 255.
  expectInts(ir, {q("!quant.uniform<u8:f32, 1.0:128>", {1, 2}, {138, 108})},
             {123, 255});
}

//===----------------------------------------------------------------------===//
// ADD / SUB / MUL
//===----------------------------------------------------------------------===//

// a: i8 scale 0.5, b: i8 scale 0.25, out: i8 scale 0.5. twice_max = 1:
// input multipliers 0.5 = {2^30, 0} and 0.25 = {2^30, -1}; output
// 1 / (2^20 * 0.5) = {2^30, -18}. Every step is exact except the last
// RoundingDivideByPOT (ties away from zero).
constexpr const char *kAddSub = R"mlir(
  func.func @main(%a: tensor<6x!quant.uniform<i8:f32, 0.5>>, %b: tensor<6x!quant.uniform<i8:f32, 0.25>>)
      -> (tensor<6x!quant.uniform<i8:f32, 0.5>>, tensor<6x!quant.uniform<i8:f32, 0.5>>) {
    %0 = circle.add %a, %b : (tensor<6x!quant.uniform<i8:f32, 0.5>>, tensor<6x!quant.uniform<i8:f32, 0.25>>) -> tensor<6x!quant.uniform<i8:f32, 0.5>>
    %1 = circle.sub %a, %b : (tensor<6x!quant.uniform<i8:f32, 0.5>>, tensor<6x!quant.uniform<i8:f32, 0.25>>) -> tensor<6x!quant.uniform<i8:f32, 0.5>>
    return %0, %1 : tensor<6x!quant.uniform<i8:f32, 0.5>>, tensor<6x!quant.uniform<i8:f32, 0.5>>
  })mlir";

TEST_F(QuantizedKernelsTest, AddSubInt8) {
  HostTensor a = q("!quant.uniform<i8:f32, 0.5>", {6}, {3, -3, 100, -100, 1, 0});
  HostTensor b = q("!quant.uniform<i8:f32, 0.25>", {6}, {1, -1, 100, -100, 1, -1});
  // add: (0.5 a + 0.25 b) / 0.5 = 3.5 -> 4, -3.5 -> -4, 150 -> 127,
  // -150 -> -128, 1.5 -> 2, -0.5 -> -1.
  expectInts(kAddSub, {a, b}, {4, -4, 127, -128, 2, -1}, 0);
  // sub: 2.5 -> 3, -2.5 -> -3, 50, -50, 0.5 -> 1, 0.5 -> 1.
  expectInts(kAddSub, {a, b}, {3, -3, 50, -50, 1, 1}, 1);
}

TEST_F(QuantizedKernelsTest, AddUint8ZeroPointsBroadcast) {
  const char *ir = R"mlir(
    func.func @main(%a: tensor<2x2x!quant.uniform<u8:f32, 1.0:128>>, %b: tensor<2x!quant.uniform<u8:f32, 1.0:100>>)
        -> tensor<2x2x!quant.uniform<u8:f32, 2.0:10>> {
      %0 = circle.add %a, %b : (tensor<2x2x!quant.uniform<u8:f32, 1.0:128>>, tensor<2x!quant.uniform<u8:f32, 1.0:100>>) -> tensor<2x2x!quant.uniform<u8:f32, 2.0:10>>
      return %0 : tensor<2x2x!quant.uniform<u8:f32, 2.0:10>>
    })mlir";
  // a - 128 = [[2, -2], [127, -128]], b - 100 = [1, -1]: sums 3, -3, 128,
  // -129, halved: 1.5 -> 2, -1.5 -> -2, 64, -64.5 -> -65; + 10 and clamp
  // to [0, 255]: 12, 8, 74, 0.
  expectInts(ir,
             {q("!quant.uniform<u8:f32, 1.0:128>", {2, 2}, {130, 126, 255, 0}),
              q("!quant.uniform<u8:f32, 1.0:100>", {2}, {101, 99})},
             {12, 8, 74, 0});
}

TEST_F(QuantizedKernelsTest, AddInt16GeneralScale) {
  const char *ir = R"mlir(
    func.func @main(%a: tensor<3x!quant.uniform<i16:f32, 0.5>>, %b: tensor<3x!quant.uniform<i16:f32, 0.25>>)
        -> (tensor<3x!quant.uniform<i16:f32, 0.5>>, tensor<3x!quant.uniform<i16:f32, 0.5>>) {
      %0 = circle.add %a, %b : (tensor<3x!quant.uniform<i16:f32, 0.5>>, tensor<3x!quant.uniform<i16:f32, 0.25>>) -> tensor<3x!quant.uniform<i16:f32, 0.5>>
      %1 = circle.add %a, %b {pot_scale_int16 = true} : (tensor<3x!quant.uniform<i16:f32, 0.5>>, tensor<3x!quant.uniform<i16:f32, 0.25>>) -> tensor<3x!quant.uniform<i16:f32, 0.5>>
      return %0, %1 : tensor<3x!quant.uniform<i16:f32, 0.5>>, tensor<3x!quant.uniform<i16:f32, 0.5>>
    })mlir";
  // left_shift 15; output multiplier 1 / (2^15 * 0.5) = {2^30, -13}.
  // 3.5 -> 4, 45000 -> 32767, -3.5 -> -4.
  HostTensor a = q("!quant.uniform<i16:f32, 0.5>", {3}, {3, 30000, -3});
  HostTensor b = q("!quant.uniform<i16:f32, 0.25>", {3}, {1, 30000, -1});
  FailureOr<SmallVector<HostTensor>> results = run(ir, {a, b});
  // Power-of-two scales with zero points 0 and pot_scale_int16 take TFLite's
  // other int16 path, which is not implemented.
  EXPECT_TRUE(failed(results));
  EXPECT_NE(diagnostics.find("pot_scale_int16 (power-of-two path)"),
            std::string::npos)
      << diagnostics;
  const char *general = R"mlir(
    func.func @main(%a: tensor<3x!quant.uniform<i16:f32, 0.5>>, %b: tensor<3x!quant.uniform<i16:f32, 0.25>>)
        -> tensor<3x!quant.uniform<i16:f32, 0.5>> {
      %0 = circle.add %a, %b : (tensor<3x!quant.uniform<i16:f32, 0.5>>, tensor<3x!quant.uniform<i16:f32, 0.25>>) -> tensor<3x!quant.uniform<i16:f32, 0.5>>
      return %0 : tensor<3x!quant.uniform<i16:f32, 0.5>>
    })mlir";
  expectInts(general, {a, b}, {4, 32767, -4});
}

TEST_F(QuantizedKernelsTest, MulInt8) {
  const char *ir = R"mlir(
    func.func @main(%a: tensor<5x!quant.uniform<i8:f32, 0.5:1>>, %b: tensor<5x!quant.uniform<i8:f32, 0.25:-2>>)
        -> (tensor<5x!quant.uniform<i8:f32, 0.25>>, tensor<5x!quant.uniform<i8:f32, 0.25>>) {
      %0 = circle.mul %a, %b : (tensor<5x!quant.uniform<i8:f32, 0.5:1>>, tensor<5x!quant.uniform<i8:f32, 0.25:-2>>) -> tensor<5x!quant.uniform<i8:f32, 0.25>>
      %1 = circle.mul %a, %b {fused_activation_function = #circle<act RELU6>} : (tensor<5x!quant.uniform<i8:f32, 0.5:1>>, tensor<5x!quant.uniform<i8:f32, 0.25:-2>>) -> tensor<5x!quant.uniform<i8:f32, 0.25>>
      return %0, %1 : tensor<5x!quant.uniform<i8:f32, 0.25>>, tensor<5x!quant.uniform<i8:f32, 0.25>>
    })mlir";
  // Multiplier 0.5 * 0.25 / 0.25 = 0.5 = {2^30, 0}: one SRDHM, ties up.
  // (a - 1)(b + 2) = 2, -4, 126 * 129 = 16254, 1, -1 -> 1, -2, 127, 1, 0.
  // RELU6 clamps to [0, round(6 / 0.25)] = [0, 24].
  HostTensor a = q("!quant.uniform<i8:f32, 0.5:1>", {5}, {3, -1, 127, 2, 0});
  HostTensor b = q("!quant.uniform<i8:f32, 0.25:-2>", {5}, {-1, 0, 127, -1, -1});
  expectInts(ir, {a, b}, {1, -2, 127, 1, 0}, 0);
  expectInts(ir, {a, b}, {1, 0, 24, 1, 0}, 1);
}

//===----------------------------------------------------------------------===//
// BATCH_MATMUL, RELU, AVERAGE_POOL_2D
//===----------------------------------------------------------------------===//

TEST_F(QuantizedKernelsTest, BatchMatmulInt8) {
  const char *ir = R"mlir(
    func.func @main(%a: tensor<1x2x3x!quant.uniform<i8:f32, 0.5:1>>, %b: tensor<1x3x2x!quant.uniform<i8:f32, 0.25:-1>>)
        -> tensor<1x2x2x!quant.uniform<i8:f32, 0.25:2>> {
      %0 = circle.batch_matmul %a, %b : (tensor<1x2x3x!quant.uniform<i8:f32, 0.5:1>>, tensor<1x3x2x!quant.uniform<i8:f32, 0.25:-1>>) -> tensor<1x2x2x!quant.uniform<i8:f32, 0.25:2>>
      return %0 : tensor<1x2x2x!quant.uniform<i8:f32, 0.25:2>>
    })mlir";
  // Multiplier 0.5 * 0.25 / 0.25 = 0.5 = {2^30, 0}. a - 1 = [[1, 2, -1],
  // [1, 0, 0]], b + 1 = [[1, -1], [2, 0], [3, 1]]: acc = [[2, -2], [1, -1]]
  // -> [[1, -1], [0.5 -> 1, -0.5 -> 0]] (SRDHM ties up) + 2.
  expectInts(ir,
             {q("!quant.uniform<i8:f32, 0.5:1>", {1, 2, 3}, {2, 3, 0, 2, 1, 1}),
              q("!quant.uniform<i8:f32, 0.25:-1>", {1, 3, 2}, {0, -2, 1, -1, 2, 0})},
             {3, 1, 3, 2});
}

TEST_F(QuantizedKernelsTest, BatchMatmulInt16) {
  const char *ir = R"mlir(
    func.func @main(%a: tensor<1x2x2x!quant.uniform<i16:f32, 0.5>>, %b: tensor<1x2x1x!quant.uniform<i16:f32, 0.5>>)
        -> tensor<1x2x1x!quant.uniform<i16:f32, 1.0>> {
      %0 = circle.batch_matmul %a, %b : (tensor<1x2x2x!quant.uniform<i16:f32, 0.5>>, tensor<1x2x1x!quant.uniform<i16:f32, 0.5>>) -> tensor<1x2x1x!quant.uniform<i16:f32, 1.0>>
      return %0 : tensor<1x2x1x!quant.uniform<i16:f32, 1.0>>
    })mlir";
  // Multiplier 0.25 = {2^30, -1}, int64 path: floor(acc / 4 + 1/2).
  // 300 * 200 - 2 * 3 = 59994 -> 14998.5 -> 14999; 203000 -> 50750 -> 32767.
  expectInts(ir,
             {q("!quant.uniform<i16:f32, 0.5>", {1, 2, 2}, {300, -2, 1000, 1000}),
              q("!quant.uniform<i16:f32, 0.5>", {1, 2, 1}, {200, 3})},
             {14999, 32767});
}

TEST_F(QuantizedKernelsTest, ReluRequantizes) {
  const char *ir = R"mlir(
    func.func @main(%x: tensor<5x!quant.uniform<i8:f32, 0.5:-3>>) -> tensor<5x!quant.uniform<i8:f32, 0.25:-128>> {
      %0 = circle.relu %x : (tensor<5x!quant.uniform<i8:f32, 0.5:-3>>) -> tensor<5x!quant.uniform<i8:f32, 0.25:-128>>
      return %0 : tensor<5x!quant.uniform<i8:f32, 0.25:-128>>
    })mlir";
  // 0.5 / 0.25 = 2 = {2^30, 2}: x + 3 = 0, -7, 3, 63, 130 -> doubled
  // -> -128 + [0, -14, 6, 126, 260], clamped to [-128, 127].
  expectInts(ir,
             {q("!quant.uniform<i8:f32, 0.5:-3>", {5}, {-3, -10, 0, 60, 127})},
             {-128, -128, -122, -2, 127});
}

TEST_F(QuantizedKernelsTest, AveragePoolRoundsAwayFromZero) {
  const char *ir = R"mlir(
    func.func @main(%x: tensor<1x2x2x3x!quant.uniform<i8:f32, 0.5>>)
        -> (tensor<1x1x1x3x!quant.uniform<i8:f32, 0.5>>, tensor<1x1x1x3x!quant.uniform<i8:f32, 0.5>>) {
      %0 = circle.average_pool_2d %x {filter_height = 2 : i32, filter_width = 2 : i32, padding = #circle<padding VALID>, stride_h = 1 : i32, stride_w = 1 : i32} : (tensor<1x2x2x3x!quant.uniform<i8:f32, 0.5>>) -> tensor<1x1x1x3x!quant.uniform<i8:f32, 0.5>>
      %1 = circle.average_pool_2d %x {filter_height = 2 : i32, filter_width = 2 : i32, padding = #circle<padding VALID>, stride_h = 1 : i32, stride_w = 1 : i32, fused_activation_function = #circle<act RELU>} : (tensor<1x2x2x3x!quant.uniform<i8:f32, 0.5>>) -> tensor<1x1x1x3x!quant.uniform<i8:f32, 0.5>>
      return %0, %1 : tensor<1x1x1x3x!quant.uniform<i8:f32, 0.5>>, tensor<1x1x1x3x!quant.uniform<i8:f32, 0.5>>
    })mlir";
  // Channel sums over the 2x2 window: 5, -6, 6 (count 4):
  // (5 + 2) / 4 = 1, (-6 - 2) / 4 = -2, (6 + 2) / 4 = 2. RELU clamps at 0.
  HostTensor x = q("!quant.uniform<i8:f32, 0.5>", {1, 2, 2, 3},
                   {1, -1, 1, 2, -2, 2, 2, -2, 2, 0, -1, 1});
  expectInts(ir, {x}, {1, -2, 2}, 0);
  expectInts(ir, {x}, {1, 0, 2}, 1);
}

TEST_F(QuantizedKernelsTest, ConvAndDepthwisePadWithTheZeroPoint) {
  const char *ir = R"mlir(
    func.func @main(%x: tensor<1x1x2x1x!quant.uniform<i8:f32, 0.5:1>>)
        -> (tensor<1x1x1x1x!quant.uniform<i8:f32, 1.0>>, tensor<1x1x2x1x!quant.uniform<i8:f32, 1.0:3>>) {
      %w = circle.const dense<[[[[3], [1]]]]> : tensor<1x1x2x1xi8> -> tensor<1x1x2x1x!quant.uniform<i8:f32:0, {0.25}>>
      %b = circle.const dense<[2]> : tensor<1xi32>
      %0 = circle.conv_2d %x, %w, %b {padding = #circle<padding VALID>, stride_h = 1 : i32, stride_w = 1 : i32} : (tensor<1x1x2x1x!quant.uniform<i8:f32, 0.5:1>>, tensor<1x1x2x1x!quant.uniform<i8:f32:0, {0.25}>>, tensor<1xi32>) -> tensor<1x1x1x1x!quant.uniform<i8:f32, 1.0>>
      %dw = circle.const dense<[[[[1], [2], [4]]]]> : tensor<1x1x3x1xi8> -> tensor<1x1x3x1x!quant.uniform<i8:f32:3, {0.5}>>
      %none = circle.no_value
      %1 = circle.depthwise_conv_2d %x, %dw, %none {depth_multiplier = 1 : i32, padding = #circle<padding SAME>, stride_h = 1 : i32, stride_w = 1 : i32} : (tensor<1x1x2x1x!quant.uniform<i8:f32, 0.5:1>>, tensor<1x1x3x1x!quant.uniform<i8:f32:3, {0.5}>>, none) -> tensor<1x1x2x1x!quant.uniform<i8:f32, 1.0:3>>
      return %0, %1 : tensor<1x1x1x1x!quant.uniform<i8:f32, 1.0>>, tensor<1x1x2x1x!quant.uniform<i8:f32, 1.0:3>>
    })mlir";
  // x - 1 = [2, -2].
  // conv: 3 * 2 + 1 * -2 + bias 2 = 6; multiplier 0.125 = {2^30, -2}:
  //   6 -> 3 -> 0.75 -> 1.
  // depthwise (SAME, the outside tap is skipped, i.e. padded with the zero
  // point): [2 * 2 + 4 * -2, 1 * 2 + 2 * -2] = [-4, -2]; multiplier 0.25:
  //   -4 -> -2 -> -1; -2 -> -1 -> -0.5 -> -1; + 3.
  HostTensor x = q("!quant.uniform<i8:f32, 0.5:1>", {1, 1, 2, 1}, {3, -1});
  expectInts(ir, {x}, {1}, 0);
  expectInts(ir, {x}, {2, 2}, 1);
}

//===----------------------------------------------------------------------===//
// LOGISTIC / TANH (8-bit lookup table)
//===----------------------------------------------------------------------===//

TEST_F(QuantizedKernelsTest, LogisticAndTanhInt8) {
  const char *ir = R"mlir(
    func.func @main(%x: tensor<5x!quant.uniform<i8:f32, 0.0625>>)
        -> (tensor<5x!quant.uniform<i8:f32, 0.00390625:-128>>, tensor<5x!quant.uniform<i8:f32, 0.0078125>>) {
      %0 = circle.logistic %x : (tensor<5x!quant.uniform<i8:f32, 0.0625>>) -> tensor<5x!quant.uniform<i8:f32, 0.00390625:-128>>
      %1 = circle.tanh %x : (tensor<5x!quant.uniform<i8:f32, 0.0625>>) -> tensor<5x!quant.uniform<i8:f32, 0.0078125>>
      return %0, %1 : tensor<5x!quant.uniform<i8:f32, 0.00390625:-128>>, tensor<5x!quant.uniform<i8:f32, 0.0078125>>
    })mlir";
  // x = q / 16 = 0, 1, -1, 7.9375, -8.
  // sigmoid * 256: 128, 187.15, 68.85, 255.91, 0.086 -> round - 128:
  //   0, 59, -59, 128 -> 127, -128.
  // tanh * 128: 0, 97.48, -97.48, 127.99997 -> 128 -> 127, -127.99997 -> -128.
  HostTensor x = q("!quant.uniform<i8:f32, 0.0625>", {5}, {0, 16, -16, 127, -128});
  expectInts(ir, {x}, {0, 59, -59, 127, -128}, 0);
  expectInts(ir, {x}, {0, 97, -97, 127, -128}, 1);
}

TEST_F(QuantizedKernelsTest, LogisticUint8) {
  const char *ir = R"mlir(
    func.func @main(%x: tensor<2x!quant.uniform<u8:f32, 0.0625:128>>) -> tensor<2x!quant.uniform<u8:f32, 0.00390625>> {
      %0 = circle.logistic %x : (tensor<2x!quant.uniform<u8:f32, 0.0625:128>>) -> tensor<2x!quant.uniform<u8:f32, 0.00390625>>
      return %0 : tensor<2x!quant.uniform<u8:f32, 0.00390625>>
    })mlir";
  // x = (q - 128) / 16 = 1, 0: 187.15 -> 187, 128.
  expectInts(ir, {q("!quant.uniform<u8:f32, 0.0625:128>", {2}, {144, 128})},
             {187, 128});
}

TEST_F(QuantizedKernelsTest, LogisticAndTanhInt16) {
  const char *ir = R"mlir(
    func.func @main(%x: tensor<7x!quant.uniform<i16:f32, 7.32421875e-04>>)
        -> (tensor<7x!quant.uniform<i16:f32, 3.0517578125e-05>>, tensor<7x!quant.uniform<i16:f32, 3.0517578125e-05>>) {
      %0 = circle.logistic %x : (tensor<7x!quant.uniform<i16:f32, 7.32421875e-04>>) -> tensor<7x!quant.uniform<i16:f32, 3.0517578125e-05>>
      %1 = circle.tanh %x : (tensor<7x!quant.uniform<i16:f32, 7.32421875e-04>>) -> tensor<7x!quant.uniform<i16:f32, 3.0517578125e-05>>
      return %0, %1 : tensor<7x!quant.uniform<i16:f32, 3.0517578125e-05>>, tensor<7x!quant.uniform<i16:f32, 3.0517578125e-05>>
    })mlir";
  // s_in = 3/4096 (not a power of two): s_in * 4096 * 3 = 9, doubled 11
  // times to 18432 <= 32767, so x = (q * 18432 + 1024) >> 11 = 9q.
  // T = sigmoid_table_uint16.
  // LOGISTIC: uh = |x| >> 9, ut = |x| & 511, r = (T[uh] << 9) + ut (T[uh+1] -
  // T[uh]); x >= 0: (r + 512) >> 10, else (2^25 - r + 511) >> 10.
  //  q = 0: r = 32768 * 512 -> 16384.
  //  q = 100: x = 900, uh 1, ut 388: r = 33451 * 512 + 388 * 682 = 17391528
  //    -> 17392040 >> 10 = 16984; q = -100: 16163415 >> 10 = 15784.
  //  q = 512 (tie): x = 4608, uh 9, ut 0: r = 38841 * 512 = 19886592 ->
  //    19887104 / 1024 = 19421 exactly (19420.5 up); q = -512: 13668351 >> 10
  //    = 13347 (13347.5 down).
  //  q = 32767: uh >= 255: r = 0x7FFF << 10 -> 32767; q = -32768:
  //    (2^25 - 33553408 + 511) >> 10 = 1.
  // TANH: uh = |x| >> 8, ut = |x| & 255, r = (T[uh] << 8) + ut (T[uh+1] -
  // T[uh]); x >= 0: (r - 2^23 + 128) >> 8, else (2^23 - r + 127) >> 8.
  //  q = 0: 0. q = 100: x = 900, uh 3, ut 132: r = 34813 * 256 + 132 * 680 =
  //    9001888; (9001888 - 8388608 + 128) >> 8 = 613408 / 256 = 2396.1 ->
  //    2396; q = -100: -613153 >> 8 = floor(-2395.1) = -2396.
  //  q = 1408 (tie): x = 12672, uh 49, ut 128: r = 58007 * 256 + 128 * 273 =
  //    14884736; r - 2^23 = 6496128 = 25375.5 * 256, + 128 -> 25376;
  //    q = -1408: (-6496128 + 127) >> 8 = floor(-25375.004) = -25376.
  //  q = 32767: r = 0xFFFF << 8 -> (16776960 - 8388480) >> 8 = 32767;
  //    q = -32768: (-16776960 + 8388735) >> 8 = floor(-32766.5) = -32767.
  HostTensor x = q("!quant.uniform<i16:f32, 7.32421875e-04>", {7},
                   {0, 100, -100, 512, -512, 32767, -32768});
  expectInts(ir, {x}, {16384, 16984, 15784, 19421, 13347, 32767, 1}, 0);
  HostTensor t = q("!quant.uniform<i16:f32, 7.32421875e-04>", {7},
                   {0, 100, -100, 1408, -1408, 32767, -32768});
  expectInts(ir, {t}, {0, 2396, -2396, 25376, -25376, 32767, -32767}, 1);
}

TEST_F(QuantizedKernelsTest, Int16PowerOfTwoScales) {
  // s_in = 2^-12 (and 2^-11 for tanh): Prepare leaves input_multiplier 0,
  // the reference kernels use x = q * (3 << input_left_shift), no rounding.
  const char *ir = R"mlir(
    func.func @main(%x: tensor<2x!quant.uniform<i16:f32, 2.44140625e-04>>, %y: tensor<4x!quant.uniform<i16:f32, 4.8828125e-04>>)
        -> (tensor<2x!quant.uniform<i16:f32, 3.0517578125e-05>>, tensor<2x!quant.uniform<i16:f32, 3.0517578125e-05>>, tensor<4x!quant.uniform<i16:f32, 3.0517578125e-05>>) {
      %0 = circle.logistic %x : (tensor<2x!quant.uniform<i16:f32, 2.44140625e-04>>) -> tensor<2x!quant.uniform<i16:f32, 3.0517578125e-05>>
      %1 = circle.tanh %x : (tensor<2x!quant.uniform<i16:f32, 2.44140625e-04>>) -> tensor<2x!quant.uniform<i16:f32, 3.0517578125e-05>>
      %2 = tq.tanh %y : (tensor<4x!quant.uniform<i16:f32, 4.8828125e-04>>) -> tensor<4x!quant.uniform<i16:f32, 3.0517578125e-05>>
      return %0, %1, %2 : tensor<2x!quant.uniform<i16:f32, 3.0517578125e-05>>, tensor<2x!quant.uniform<i16:f32, 3.0517578125e-05>>, tensor<4x!quant.uniform<i16:f32, 3.0517578125e-05>>
    })mlir";
  // T = sigmoid_table_uint16; T[6] = 36843, T[12] = 40794.
  // LOGISTIC, q = +-1024: x = 3072, uh = 6, ut = 0, r = T[6] << 9 =
  //   18863616; (r + 512) >> 10 = 18422 (18421.5 + 0.5, a tie rounded up);
  //   (2^25 - r + 511) >> 10 = floor(14346.999) = 14346.
  // TANH (2^-12), q = +-1024: x = 3072, uh = 12, r = T[12] << 8 = 10443264;
  //   (r - 2^23 + 128) >> 8 = floor(8026.5) = 8026;
  //   (-r + 2^23 + 127) >> 8 = floor(-8025.5) = -8026.
  // TANH (2^-11, input_left_shift 1): x = 6q; q = +-512 gives x = 3072 as
  //   above; q = 32767, -32768: uh >= 255, r = 0xFFFF << 8 = 16776960:
  //   (r - 8388480) >> 8 = 32767, (-r + 8388735) >> 8 = floor(-32766.5) =
  //   -32767.
  HostTensor x = q("!quant.uniform<i16:f32, 2.44140625e-04>", {2}, {1024, -1024});
  HostTensor y = q("!quant.uniform<i16:f32, 4.8828125e-04>", {4},
                   {512, -512, 32767, -32768});
  expectInts(ir, {x, y}, {18422, 14346}, 0);
  expectInts(ir, {x, y}, {8026, -8026}, 1);
  expectInts(ir, {x, y}, {8026, -8026, 32767, -32767}, 2);
  // TFLite requires the output scale 2^-15 and zero points 0.
  const char *badOut = R"mlir(
    func.func @main(%x: tensor<2x!quant.uniform<i16:f32, 0.001>>) -> tensor<2x!quant.uniform<i16:f32, 0.0001>> {
      %0 = circle.tanh %x : (tensor<2x!quant.uniform<i16:f32, 0.001>>) -> tensor<2x!quant.uniform<i16:f32, 0.0001>>
      return %0 : tensor<2x!quant.uniform<i16:f32, 0.0001>>
    })mlir";
  expectError(badOut, {q("!quant.uniform<i16:f32, 0.001>", {2}, {1, 2})},
              "output scale other than 2^-15");
}

//===----------------------------------------------------------------------===//
// SOFTMAX (8-bit input)
//===----------------------------------------------------------------------===//

TEST_F(QuantizedKernelsTest, SoftmaxInt8) {
  const char *ir = R"mlir(
    func.func @main(%x: tensor<3x2x!quant.uniform<i8:f32, 0.5>>)
        -> (tensor<3x2x!quant.uniform<i8:f32, 0.00390625:-128>>, tensor<3x2x!quant.uniform<i16:f32, 1.52587890625e-05:-32768>>) {
      %0 = circle.softmax %x {beta = 1.0 : f32} : (tensor<3x2x!quant.uniform<i8:f32, 0.5>>) -> tensor<3x2x!quant.uniform<i8:f32, 0.00390625:-128>>
      %1 = tq.softmax %x {axis = 1 : i64} : (tensor<3x2x!quant.uniform<i8:f32, 0.5>>) -> tensor<3x2x!quant.uniform<i16:f32, 1.52587890625e-05:-32768>>
      return %0, %1 : tensor<3x2x!quant.uniform<i8:f32, 0.00390625:-128>>, tensor<3x2x!quant.uniform<i16:f32, 1.52587890625e-05:-32768>>
    })mlir";
  // Rows [0, 0], [2, 0] (x = 1, 0), [127, -128] (x = 63.5, -64).
  // [0, 0]: 1 / (2 s_out) -> 0.5 / s_out = 128 or 32768 -> 0 and 0.
  // [2, 0]: sum = 1 + e^-1; 256 / sum = 187.15 -> 187 - 128 = 59,
  //   256 e^-1 / sum = 68.85 -> 69 - 128 = -59; with 65536: 47910.66 ->
  //   47911 - 32768 = 15143 and 17625.34 -> 17625 - 32768 = -15143.
  // [127, -128]: e^-127.5 is 0 in float: 256 -> 128 -> 127, 0 -> -128;
  //   65536 -> 32768 -> 32767, -32768.
  HostTensor x = q("!quant.uniform<i8:f32, 0.5>", {3, 2}, {0, 0, 2, 0, 127, -128});
  expectInts(ir, {x}, {0, 0, 59, -59, 127, -128}, 0);
  expectInts(ir, {x}, {0, 0, 15143, -15143, 32767, -32768}, 1);
  const char *firstAxis = R"mlir(
    func.func @main(%x: tensor<3x2x!quant.uniform<i8:f32, 0.5>>) -> tensor<3x2x!quant.uniform<i8:f32, 0.00390625:-128>> {
      %0 = tq.softmax %x {axis = 0 : i64} : (tensor<3x2x!quant.uniform<i8:f32, 0.5>>) -> tensor<3x2x!quant.uniform<i8:f32, 0.00390625:-128>>
      return %0 : tensor<3x2x!quant.uniform<i8:f32, 0.00390625:-128>>
    })mlir";
  expectError(firstAxis, {x}, "not supported yet: quantized softmax on a non-last axis");
}

TEST_F(QuantizedKernelsTest, SoftmaxInt16) {
  const char *ir = R"mlir(
    func.func @main(%x: tensor<2x2x!quant.uniform<i16:f32, 1.0>>) -> tensor<2x2x!quant.uniform<i16:f32, 3.0517578125e-05>> {
      %0 = circle.softmax %x {beta = 1.0 : f32} : (tensor<2x2x!quant.uniform<i16:f32, 1.0>>) -> tensor<2x2x!quant.uniform<i16:f32, 3.0517578125e-05>>
      return %0 : tensor<2x2x!quant.uniform<i16:f32, 3.0517578125e-05>>
    })mlir";
  // LUTs (LUTPopulateInt16, 513 entries, step 1/512 of the range):
  //  exp: lut[511] = round(e^(-10/512) 32768 = 32134.2) - bias, with
  //    midpoint interpolation round((32768 + 32134) / 2) = 32451 against
  //    round(e^(-10/1024) 32768 = 32449.6) = 32450: bias round(0.5) = 1,
  //    so 32133; lut[512] = 32768 -> 32767; lut[0] = round(1.488) = 1 minus
  //    bias round((round(1.259) - round(1.502)) / 2) = round(-0.5) = -1: 2.
  //  1/(1+x): lut[511] = round(32768 / (1 + 511/512) = 16400.02) = 16400
  //    (bias 0), lut[512] = 16384.
  // Row [0, 0]: diff 0 -> LUTLookup(32767): entry 511, offset 127:
  //  32133 + (634 * 127 + 64) >> 7 = 32133 + 629 = 32762. sum 65524, clz 16:
  //  ((65524 << 15) + 2^13) >> 14 = 131048; - 98304 = 32744 -> entry 511,
  //  offset 104: 16400 + (-16 * 104 + 64) >> 7 = 16400 - 13 = 16387.
  //  (32762 * 16387 + 2^14) >> 15 = 16384.
  // Row [32767, -32768], s_in = 1: the second diff -65535 * 6553.5
  //  saturates to -32768 -> lut[0] = 2. sum 32764, clz 17: 131056 - 98304 =
  //  32752 -> offset 112: 16400 + floor(-1728 / 128 = -13.5) = 16386.
  //  (32762 * 16386 + 2^13) >> 14 = 32766 (remainder 8180 + 8192 < 16384),
  //  (2 * 16386 + 2^13) >> 14 = 2.
  HostTensor x = q("!quant.uniform<i16:f32, 1.0>", {2, 2}, {0, 0, 32767, -32768});
  expectInts(ir, {x}, {16384, 16384, 32766, 2});
  // A one-element row: sum 32762, clz 17, the same reciprocal 16387;
  // (32762 * 16387 + 2^13) >> 14 = 32768 saturates to 32767.
  const char *one = R"mlir(
    func.func @main(%x: tensor<1x!quant.uniform<i16:f32, 1.0>>) -> tensor<1x!quant.uniform<i16:f32, 3.0517578125e-05>> {
      %0 = tq.softmax %x {axis = 0 : i64} : (tensor<1x!quant.uniform<i16:f32, 1.0>>) -> tensor<1x!quant.uniform<i16:f32, 3.0517578125e-05>>
      return %0 : tensor<1x!quant.uniform<i16:f32, 3.0517578125e-05>>
    })mlir";
  expectInts(one, {q("!quant.uniform<i16:f32, 1.0>", {1}, {5})}, {32767});
  const char *zp = R"mlir(
    func.func @main(%x: tensor<2x!quant.uniform<i16:f32, 1.0:3>>) -> tensor<2x!quant.uniform<i16:f32, 3.0517578125e-05>> {
      %0 = circle.softmax %x {beta = 1.0 : f32} : (tensor<2x!quant.uniform<i16:f32, 1.0:3>>) -> tensor<2x!quant.uniform<i16:f32, 3.0517578125e-05>>
      return %0 : tensor<2x!quant.uniform<i16:f32, 3.0517578125e-05>>
    })mlir";
  expectError(zp, {q("!quant.uniform<i16:f32, 1.0:3>", {2}, {1, 2})},
              "nonzero zero point");
}

//===----------------------------------------------------------------------===//
// MEAN (reference QuantizedMeanOrSum)
//===----------------------------------------------------------------------===//

TEST_F(QuantizedKernelsTest, MeanInt8) {
  const char *ir = R"mlir(
    func.func @main(%x: tensor<5x3x!quant.uniform<i8:f32, 0.5:1>>) -> tensor<5x!quant.uniform<i8:f32, 0.25:-2>> {
      %axes = circle.const dense<[1]> : tensor<1xi32>
      %0 = circle.mean %x, %axes : (tensor<5x3x!quant.uniform<i8:f32, 0.5:1>>, tensor<1xi32>) -> tensor<5x!quant.uniform<i8:f32, 0.25:-2>>
      return %0 : tensor<5x!quant.uniform<i8:f32, 0.25:-2>>
    })mlir";
  // QM(0.5 / 0.25 = 2) = (2^30, shift 2); n = 3: shift = floor(log2 3) = 1,
  // m' = (2^30 << 1) / 3 = 715827882, s' = 1. Per row: sum - 1 * 3, << 1,
  // SRDHM with m', then + (-2), clamped.
  //  [1, 2, 4]: 4 -> 8 * m' = 5726623056 + 2^30 -> / 2^31 = 3.17 -> 3 -> 1.
  //  [-128, 127, 127]: 123 -> 246 * m' + 2^30 = 177167400796 / 2^31 =
  //    82.4999 -> 82 -> 80 (the exact 82 needs m' rounded up).
  //  [127, 127, 127]: 378 -> 756 -> 252.4999 -> 252 -> 250 -> 127.
  //  [-3, 0, 0]: -6 -> -12 * m' + (1 - 2^30) = -9663676407 / 2^31 =
  //    -4.4999 -> -4 -> -6.
  //  [-128, -128, -128]: -387 -> -774 -> -258.4999 -> -258 -> -260 -> -128.
  HostTensor x = q("!quant.uniform<i8:f32, 0.5:1>", {5, 3},
                   {1, 2, 4, -128, 127, 127, 127, 127, 127, -3, 0, 0, -128, -128, -128});
  expectInts(ir, {x}, {1, 80, 127, -6, -128});
}

TEST_F(QuantizedKernelsTest, MeanInt16RoundsTwice) {
  const char *ir = R"mlir(
    func.func @main(%x: tensor<6x4x!quant.uniform<i16:f32, 0.01>>) -> tensor<6x1x!quant.uniform<i16:f32, 0.01>> {
      %0 = tq.reduce_mean %x {axes = array<i64: -1>, keepdim = true} : (tensor<6x4x!quant.uniform<i16:f32, 0.01>>) -> tensor<6x1x!quant.uniform<i16:f32, 0.01>>
      return %0 : tensor<6x1x!quant.uniform<i16:f32, 0.01>>
    })mlir";
  // QM(1) = (2^30, shift 1); n = 4: shift 2, m' = 2^30, s' = -1, so
  // RoundingDivideByPOT(SRDHM(sum, 2^30), 1): SRDHM halves with ties up,
  // RoundingDivideByPOT halves with ties away from zero.
  //  sum 6: 3.5 -> 3, 1.5 -> 2.   sum -6: -3.5 -> -3, -1.5 -> -2.
  //  sum 5 (mean 1.25): 3 -> 1.5 -> 2.   sum -5: -2.5 -> -2, -1 -> -1.
  //  sum 131068: 65534.5 -> 65534 -> 32767.
  //  sum -131072: -65536.5 -> -65536 -> -32768.
  HostTensor x = q("!quant.uniform<i16:f32, 0.01>", {6, 4},
                   {1, 2, 3, 0, -1, -2, -3, 0, 2, 1, 1, 1, -2, -1, -1, -1,
                    32767, 32767, 32767, 32767, -32768, -32768, -32768, -32768});
  expectInts(ir, {x}, {2, -2, 2, -1, 32767, -32768});
}

TEST_F(QuantizedKernelsTest, MeanSpatialPathNeedsKeepDims) {
  // 4-D int8 over axes {1, 2}: with keep_dims TFLite's optimized Mean, in
  // float t = zp_in s_in / s_out = 3 * 0.5 / 0.4 = 3.75 -> (int)(3.75 + 0.5)
  // = 4, bias = 0 - 4; QM(0.5 / (4 * 0.4) = 0.3125) = (0.625 * 2^31, -1);
  // sum -14: SRDHM = -8.75 - 0.5 -> -9, RoundingDivideByPOT(-9, 1) = -5
  // (ties away), + bias = -9.
  // Without keep_dims the general path: (sum - 3 * 4 = -26) with QM(1.25)
  // folded with 1/4: m' = 0.625 * 2^31, s' = -1: -16.25 -> -16 -> -8.
  const char *ir = R"mlir(
    func.func @main(%x: tensor<1x2x2x1x!quant.uniform<i8:f32, 0.5:3>>)
        -> (tensor<1x1x1x1x!quant.uniform<i8:f32, 0.4>>, tensor<1x1x!quant.uniform<i8:f32, 0.4>>, tensor<1x1x1x1x!quant.uniform<i8:f32, 0.4>>) {
      %axes = circle.const dense<[2, 1, -2]> : tensor<3xi32>
      %0 = circle.mean %x, %axes {keep_dims = true} : (tensor<1x2x2x1x!quant.uniform<i8:f32, 0.5:3>>, tensor<3xi32>) -> tensor<1x1x1x1x!quant.uniform<i8:f32, 0.4>>
      %1 = circle.mean %x, %axes : (tensor<1x2x2x1x!quant.uniform<i8:f32, 0.5:3>>, tensor<3xi32>) -> tensor<1x1x!quant.uniform<i8:f32, 0.4>>
      %2 = tq.reduce_mean %x {axes = array<i64: -3, -2>, keepdim = true} : (tensor<1x2x2x1x!quant.uniform<i8:f32, 0.5:3>>) -> tensor<1x1x1x1x!quant.uniform<i8:f32, 0.4>>
      return %0, %1, %2 : tensor<1x1x1x1x!quant.uniform<i8:f32, 0.4>>, tensor<1x1x!quant.uniform<i8:f32, 0.4>>, tensor<1x1x1x1x!quant.uniform<i8:f32, 0.4>>
    })mlir";
  HostTensor x = q("!quant.uniform<i8:f32, 0.5:3>", {1, 2, 2, 1}, {-4, -4, -4, -2});
  expectInts(ir, {x}, {-9}, 0);
  expectInts(ir, {x}, {-8}, 1);
  expectInts(ir, {x}, {-9}, 2);
  // uint8 takes the same path (optimized_ops::Mean). Output zero point 10,
  // bias 10 - 4 = 6; sum 1: SRDHM(1, 0.625 * 2^31) = 0.625 + 0.5 -> 1,
  // RoundingDivideByPOT(1, 1) = 0.5 -> 1; 1 + 6 = 7. The general path:
  // (1 - 12) -> -7.375 -> -7 -> -3.5 -> -4; 10 - 4 = 6.
  const char *u8 = R"mlir(
    func.func @main(%x: tensor<1x2x2x1x!quant.uniform<u8:f32, 0.5:3>>)
        -> (tensor<1x1x1x1x!quant.uniform<u8:f32, 0.4:10>>, tensor<1x1x!quant.uniform<u8:f32, 0.4:10>>) {
      %axes = circle.const dense<[1, 2]> : tensor<2xi32>
      %0 = circle.mean %x, %axes {keep_dims = true} : (tensor<1x2x2x1x!quant.uniform<u8:f32, 0.5:3>>, tensor<2xi32>) -> tensor<1x1x1x1x!quant.uniform<u8:f32, 0.4:10>>
      %1 = circle.mean %x, %axes : (tensor<1x2x2x1x!quant.uniform<u8:f32, 0.5:3>>, tensor<2xi32>) -> tensor<1x1x!quant.uniform<u8:f32, 0.4:10>>
      return %0, %1 : tensor<1x1x1x1x!quant.uniform<u8:f32, 0.4:10>>, tensor<1x1x!quant.uniform<u8:f32, 0.4:10>>
    })mlir";
  HostTensor xu = q("!quant.uniform<u8:f32, 0.5:3>", {1, 2, 2, 1}, {0, 0, 0, 1});
  expectInts(u8, {xu}, {7}, 0);
  expectInts(u8, {xu}, {6}, 1);
}

TEST_F(QuantizedKernelsTest, SumRescalesInFloatWithoutSaturation) {
  const char *ir = R"mlir(
    func.func @main(%x: tensor<4x2x!quant.uniform<i8:f32, 0.5:1>>, %y: tensor<4x2x!quant.uniform<i16:f32, 0.5>>,
                    %u: tensor<4x2x!quant.uniform<u8:f32, 0.5:128>>)
        -> (tensor<4x!quant.uniform<i8:f32, 1.0:-2>>, tensor<4x!quant.uniform<i16:f32, 0.25>>, tensor<4x!quant.uniform<u8:f32, 1.0:128>>) {
      %axis = circle.const dense<[1]> : tensor<1xi32>
      %0 = tq.reduce_sum %x {axes = array<i64: 1>} : (tensor<4x2x!quant.uniform<i8:f32, 0.5:1>>) -> tensor<4x!quant.uniform<i8:f32, 1.0:-2>>
      %1 = circle.sum %y, %axis : (tensor<4x2x!quant.uniform<i16:f32, 0.5>>, tensor<1xi32>) -> tensor<4x!quant.uniform<i16:f32, 0.25>>
      %2 = circle.sum %u, %axis : (tensor<4x2x!quant.uniform<u8:f32, 0.5:128>>, tensor<1xi32>) -> tensor<4x!quant.uniform<u8:f32, 1.0:128>>
      return %0, %1, %2 : tensor<4x!quant.uniform<i8:f32, 1.0:-2>>, tensor<4x!quant.uniform<i16:f32, 0.25>>, tensor<4x!quant.uniform<u8:f32, 1.0:128>>
    })mlir";
  // int8: scale 0.5, bias = -1 * 0.5 * 2 = -1; round(sum * 0.5 - 1) - 2:
  //   3 -> 0.5 -> 1 -> -1; -3 -> -2.5 -> -3 -> -5; 254 -> 126 -> 124;
  //   -256 -> -129 -> -131, which the cast wraps to 125.
  // int16: scale 2, bias 0: 3 -> 6, -3 -> -6, -1 -> -2, 65534 -> 131068,
  //   wrapped to -4.
  // uint8: scale 0.5, bias = -128; + 128: 255 -> -0.5 -> -1 -> 127;
  //   510 -> 127 -> 255; 1 -> -127.5 -> -128 -> 0; 0 -> -128 -> 0.
  HostTensor x = q("!quant.uniform<i8:f32, 0.5:1>", {4, 2},
                   {1, 2, -3, 0, 127, 127, -128, -128});
  HostTensor y = q("!quant.uniform<i16:f32, 0.5>", {4, 2},
                   {3, 0, -3, 0, -1, 0, 32767, 32767});
  HostTensor u = q("!quant.uniform<u8:f32, 0.5:128>", {4, 2},
                   {0, 255, 255, 255, 0, 1, 0, 0});
  expectInts(ir, {x, y, u}, {-1, -5, 124, 125}, 0);
  expectInts(ir, {x, y, u}, {6, -6, -2, -4}, 1);
  expectInts(ir, {x, y, u}, {127, 255, 0, 0}, 2);
  const char *noAxes = R"mlir(
    func.func @main(%x: tensor<2x!quant.uniform<i8:f32, 0.5>>) -> tensor<2x!quant.uniform<i8:f32, 0.25>> {
      %axes = circle.const dense<> : tensor<0xi32>
      %0 = circle.sum %x, %axes : (tensor<2x!quant.uniform<i8:f32, 0.5>>, tensor<0xi32>) -> tensor<2x!quant.uniform<i8:f32, 0.25>>
      return %0 : tensor<2x!quant.uniform<i8:f32, 0.25>>
    })mlir";
  expectError(noAxes, {q("!quant.uniform<i8:f32, 0.5>", {2}, {1, 2})},
              "without axes");
}

//===----------------------------------------------------------------------===//
// DIV / EXP
//===----------------------------------------------------------------------===//

TEST_F(QuantizedKernelsTest, DivInt8AndUint8) {
  const char *ir = R"mlir(
    func.func @main(%a: tensor<9x!quant.uniform<i8:f32, 0.5>>, %b: tensor<9x!quant.uniform<i8:f32, 0.25>>,
                    %c: tensor<3x!quant.uniform<u8:f32, 0.5:128>>, %d: tensor<3x!quant.uniform<u8:f32, 0.25:100>>)
        -> (tensor<9x!quant.uniform<i8:f32, 1.0>>, tensor<3x!quant.uniform<u8:f32, 1.0:128>>) {
      %0 = circle.div %a, %b : (tensor<9x!quant.uniform<i8:f32, 0.5>>, tensor<9x!quant.uniform<i8:f32, 0.25>>) -> tensor<9x!quant.uniform<i8:f32, 1.0>>
      %1 = tq.div %c, %d : (tensor<3x!quant.uniform<u8:f32, 0.5:128>>, tensor<3x!quant.uniform<u8:f32, 0.25:100>>) -> tensor<3x!quant.uniform<u8:f32, 1.0:128>>
      return %0, %1 : tensor<9x!quant.uniform<i8:f32, 1.0>>, tensor<3x!quant.uniform<u8:f32, 1.0:128>>
    })mlir";
  // Real quotient 2a / b, QM(0.5 / 0.25) = (2^30, 2).
  //  3/2 -> 3; -3/2 -> -3; 6/-4 (signs flipped) -> -3; -7/3 = -4.67 -> -5;
  //  100/1, -100/1 saturate to 127, -128.
  //  1/4 = 0.5: GetReciprocal(4) = INT32_MAX with 2 bits over unit,
  //    headroom 30: SRDHM(2^30, INT32_MAX) = 2^30, SRDHM(2^30, 2^30) = 2^29,
  //    RoundingDivideByPOT(2^29, 2 - 2 - 30 = -30 -> 30) = 0.5 -> 1.
  //  0/5 and 1/100: the rescale shifts right by more than 31 bits (undefined
  //    in gemmlowp), the exact quotient rounds to 0.
  // uint8 (zero points 128, 100): 6/2 -> 134; 0/-1 -> 128; 127/1 = 254
  //   saturates to 255.
  HostTensor a = q("!quant.uniform<i8:f32, 0.5>", {9}, {3, -3, 6, -7, 100, -100, 1, 0, 1});
  HostTensor b = q("!quant.uniform<i8:f32, 0.25>", {9}, {2, 2, -4, 3, 1, 1, 4, 5, 100});
  HostTensor c = q("!quant.uniform<u8:f32, 0.5:128>", {3}, {134, 128, 255});
  HostTensor d = q("!quant.uniform<u8:f32, 0.25:100>", {3}, {102, 99, 101});
  expectInts(ir, {a, b, c, d}, {3, -3, -3, -5, 127, -128, 1, 0, 0}, 0);
  expectInts(ir, {a, b, c, d}, {134, 128, 255}, 1);
  // A divisor equal to its zero point, and a raw uint8 0 (TFLite's
  // CheckNonZero), are errors.
  HostTensor zeroB = q("!quant.uniform<i8:f32, 0.25>", {9}, {2, 2, 2, 2, 2, 2, 2, 2, 0});
  expectError(ir, {a, zeroB, c, d}, "divisor equal to its zero point");
  diagnostics.clear();
  HostTensor rawZero = q("!quant.uniform<u8:f32, 0.25:100>", {3}, {102, 0, 101});
  expectError(ir, {a, b, c, rawZero}, "without zero storage values");
}

TEST_F(QuantizedKernelsTest, DivAndExpUnsupportedTypes) {
  const char *div16 = R"mlir(
    func.func @main(%a: tensor<2x!quant.uniform<i16:f32, 0.5>>) -> tensor<2x!quant.uniform<i16:f32, 0.5>> {
      %0 = tq.div %a, %a : (tensor<2x!quant.uniform<i16:f32, 0.5>>, tensor<2x!quant.uniform<i16:f32, 0.5>>) -> tensor<2x!quant.uniform<i16:f32, 0.5>>
      return %0 : tensor<2x!quant.uniform<i16:f32, 0.5>>
    })mlir";
  expectError(div16, {q("!quant.uniform<i16:f32, 0.5>", {2}, {1, 2})},
              "not supported yet: quantized tq.div on 16-bit storage (TFLite's "
              "DIV kernel takes uint8 and int8 only)");
  diagnostics.clear();
  const char *expU8 = R"mlir(
    func.func @main(%a: tensor<2x!quant.uniform<u8:f32, 0.5>>) -> tensor<2x!quant.uniform<u8:f32, 0.5>> {
      %0 = circle.exp %a : (tensor<2x!quant.uniform<u8:f32, 0.5>>) -> tensor<2x!quant.uniform<u8:f32, 0.5>>
      return %0 : tensor<2x!quant.uniform<u8:f32, 0.5>>
    })mlir";
  expectError(expU8, {q("!quant.uniform<u8:f32, 0.5>", {2}, {1, 2})},
              "TFLite's EXP takes int8 or int16");
  diagnostics.clear();
  const char *exp16 = R"mlir(
    func.func @main(%a: tensor<2x!quant.uniform<i16:f32, 0.5:3>>) -> tensor<2x!quant.uniform<i16:f32, 0.5>> {
      %0 = tq.exp %a : (tensor<2x!quant.uniform<i16:f32, 0.5:3>>) -> tensor<2x!quant.uniform<i16:f32, 0.5>>
      return %0 : tensor<2x!quant.uniform<i16:f32, 0.5>>
    })mlir";
  expectError(exp16, {q("!quant.uniform<i16:f32, 0.5:3>", {2}, {1, 2})},
              "nonzero zero point");
}

TEST_F(QuantizedKernelsTest, ExpInt8Table) {
  const char *ir = R"mlir(
    func.func @main(%a: tensor<5x!quant.uniform<i8:f32, 0.5>>) -> tensor<5x!quant.uniform<i8:f32, 0.25:-128>> {
      %0 = tq.exp %a : (tensor<5x!quant.uniform<i8:f32, 0.5>>) -> tensor<5x!quant.uniform<i8:f32, 0.25:-128>>
      return %0 : tensor<5x!quant.uniform<i8:f32, 0.25:-128>>
    })mlir";
  // round(exp(q / 2) * 4) - 128: q = 0 -> 4 -> -124; 2 -> 10.87 -> -117;
  // -2 -> 1.47 -> -127; 10 -> 593.65 saturates to 127; -128 -> 0 -> -128.
  expectInts(ir, {q("!quant.uniform<i8:f32, 0.5>", {5}, {0, 2, -2, 10, -128})},
             {-124, -117, -127, 127, -128});
}

//===----------------------------------------------------------------------===//
// NCHW tq.conv2d / tq.avg_pool2d
//===----------------------------------------------------------------------===//

TEST_F(QuantizedKernelsTest, NchwConvAndPool) {
  const char *ir = R"mlir(
    func.func @main(%x: tensor<1x1x1x2x!quant.uniform<i8:f32, 0.5:1>>, %p: tensor<1x1x2x2x!quant.uniform<i8:f32, 0.5:2>>)
        -> (tensor<1x1x1x1x!quant.uniform<i8:f32, 1.0>>, tensor<1x1x3x3x!quant.uniform<i8:f32, 0.5:2>>, tensor<1x1x3x3x!quant.uniform<i8:f32, 0.5:2>>) {
      %w = tq.constant dense<[[[[3, 1]]]]> : tensor<1x1x1x2xi8> -> tensor<1x1x1x2x!quant.uniform<i8:f32:0, {0.25}>>
      %b = tq.constant dense<[2]> : tensor<1xi32> -> tensor<1x!quant.uniform<i32:f32, 0.125>>
      %0 = tq.conv2d %x, %w, %b : (tensor<1x1x1x2x!quant.uniform<i8:f32, 0.5:1>>, tensor<1x1x1x2x!quant.uniform<i8:f32:0, {0.25}>>, tensor<1x!quant.uniform<i32:f32, 0.125>>) -> tensor<1x1x1x1x!quant.uniform<i8:f32, 1.0>>
      %1 = tq.avg_pool2d %p {kernel = array<i64: 2, 2>, strides = array<i64: 1, 1>, padding = array<i64: 1, 1>, count_include_pad = true} : (tensor<1x1x2x2x!quant.uniform<i8:f32, 0.5:2>>) -> tensor<1x1x3x3x!quant.uniform<i8:f32, 0.5:2>>
      %2 = tq.avg_pool2d %p {kernel = array<i64: 2, 2>, strides = array<i64: 1, 1>, padding = array<i64: 1, 1>, count_include_pad = false} : (tensor<1x1x2x2x!quant.uniform<i8:f32, 0.5:2>>) -> tensor<1x1x3x3x!quant.uniform<i8:f32, 0.5:2>>
      return %0, %1, %2 : tensor<1x1x1x1x!quant.uniform<i8:f32, 1.0>>, tensor<1x1x3x3x!quant.uniform<i8:f32, 0.5:2>>, tensor<1x1x3x3x!quant.uniform<i8:f32, 0.5:2>>
    })mlir";
  // conv (as CONV_2D): x - 1 = [2, -2]; 3 * 2 + 1 * -2 + bias 2 = 6;
  //   QM(0.125) = (2^30, -2): 6 -> 3 -> 0.75 -> 1.
  // pool, x = [[5, -1], [3, 4]], 2x2 windows over a 1-pixel border:
  //   count_include_pad: padded taps hold the zero point 2, divisor 4:
  //   corners 5 + 6 = 11 -> (11 + 2) / 4 = 3, -1 + 6 -> 1, 3 + 6 -> 2,
  //   4 + 6 -> 3; edges 5 - 1 + 4 = 8 -> 2, 5 + 3 + 4 -> 3, -1 + 4 + 4 -> 2,
  //   3 + 4 + 4 -> 3; centre 11 -> 3.
  //   excluded: 5, (4 + 1) / 2 = 2, -1, 8 / 2 = 4, 13 / 4 = 3, (3 + 1) / 2 = 2,
  //   3, (7 + 1) / 2 = 4, 4.
  HostTensor x = q("!quant.uniform<i8:f32, 0.5:1>", {1, 1, 1, 2}, {3, -1});
  HostTensor p = q("!quant.uniform<i8:f32, 0.5:2>", {1, 1, 2, 2}, {5, -1, 3, 4});
  expectInts(ir, {x, p}, {1}, 0);
  expectInts(ir, {x, p}, {3, 2, 1, 3, 3, 2, 2, 3, 3}, 1);
  expectInts(ir, {x, p}, {5, 2, -1, 4, 3, 2, 3, 4, 4}, 2);
}

//===----------------------------------------------------------------------===//
// RMS_NORM / ROPE (no TFLite kernel: dequantize, float, quantize)
//===----------------------------------------------------------------------===//

TEST_F(QuantizedKernelsTest, RmsNormAndRopeOnDequantizedValues) {
  const char *ir = R"mlir(
    func.func @main(%x: tensor<1x4x!quant.uniform<i8:f32, 0.5>>, %w: tensor<4x!quant.uniform<i8:f32, 0.25>>,
                    %r: tensor<1x2x!quant.uniform<i8:f32, 0.5>>, %t: tensor<1x2x!quant.uniform<i8:f32, 0.25>>)
        -> (tensor<1x4x!quant.uniform<i8:f32, 1.0>>, tensor<1x4x!quant.uniform<i8:f32, 0.125>>, tensor<1x2x!quant.uniform<i8:f32, 1.0>>) {
      %0 = circle.rms_norm %x, %w {epsilon = 0.0 : f32} : (tensor<1x4x!quant.uniform<i8:f32, 0.5>>, tensor<4x!quant.uniform<i8:f32, 0.25>>) -> tensor<1x4x!quant.uniform<i8:f32, 1.0>>
      %1 = tq.rms_norm %x, %w {epsilon = 0.0 : f64} : (tensor<1x4x!quant.uniform<i8:f32, 0.5>>, tensor<4x!quant.uniform<i8:f32, 0.25>>) -> tensor<1x4x!quant.uniform<i8:f32, 0.125>>
      %2 = tq.rope %r, %t, %t : (tensor<1x2x!quant.uniform<i8:f32, 0.5>>, tensor<1x2x!quant.uniform<i8:f32, 0.25>>, tensor<1x2x!quant.uniform<i8:f32, 0.25>>) -> tensor<1x2x!quant.uniform<i8:f32, 1.0>>
      return %0, %1, %2 : tensor<1x4x!quant.uniform<i8:f32, 1.0>>, tensor<1x4x!quant.uniform<i8:f32, 0.125>>, tensor<1x2x!quant.uniform<i8:f32, 1.0>>
    })mlir";
  // x = [1, -1, 1, -1] (rms 1), w = [0.5, 1.5, 31.75, -1]:
  // y = [0.5, -1.5, 31.75, 1]; at scale 1 ties round away from zero:
  // [1, -2, 32, 1]; at scale 0.125: [4, -12, 254 -> 127 (saturated), 8].
  // rope (half): x = [1, 2], cos = sin = 0.5: [1 * 0.5 - 2 * 0.5,
  // 2 * 0.5 + 1 * 0.5] = [-0.5, 1.5] -> [-1, 2].
  HostTensor x = q("!quant.uniform<i8:f32, 0.5>", {1, 4}, {2, -2, 2, -2});
  HostTensor w = q("!quant.uniform<i8:f32, 0.25>", {4}, {2, 6, 127, -4});
  HostTensor r = q("!quant.uniform<i8:f32, 0.5>", {1, 2}, {2, 4});
  HostTensor t = q("!quant.uniform<i8:f32, 0.25>", {1, 2}, {2, 2});
  expectInts(ir, {x, w, r, t}, {1, -2, 32, 1}, 0);
  expectInts(ir, {x, w, r, t}, {4, -12, 127, 8}, 1);
  expectInts(ir, {x, w, r, t}, {-1, 2}, 2);
}

//===----------------------------------------------------------------------===//
// GELU (gelu.cc 8-bit table; int16 via double) and tq.silu (LOGISTIC x MUL)
//===----------------------------------------------------------------------===//

TEST_F(QuantizedKernelsTest, GeluInt8AndUint8Tables) {
  const char *ir = R"mlir(
    func.func @main(%a: tensor<6x!quant.uniform<i8:f32, 0.5>>, %u: tensor<4x!quant.uniform<u8:f32, 0.1:128>>)
        -> (tensor<6x!quant.uniform<i8:f32, 0.25:-10>>, tensor<6x!quant.uniform<i8:f32, 0.25:-10>>, tensor<4x!quant.uniform<u8:f32, 0.05:20>>) {
      %0 = tq.gelu %a : (tensor<6x!quant.uniform<i8:f32, 0.5>>) -> tensor<6x!quant.uniform<i8:f32, 0.25:-10>>
      %1 = circle.gelu %a {approximate = true} : (tensor<6x!quant.uniform<i8:f32, 0.5>>) -> tensor<6x!quant.uniform<i8:f32, 0.25:-10>>
      %2 = circle.gelu %u : (tensor<4x!quant.uniform<u8:f32, 0.1:128>>) -> tensor<4x!quant.uniform<u8:f32, 0.05:20>>
      return %0, %1, %2 : tensor<6x!quant.uniform<i8:f32, 0.25:-10>>, tensor<6x!quant.uniform<i8:f32, 0.25:-10>>, tensor<4x!quant.uniform<u8:f32, 0.05:20>>
    })mlir";
  // round(gelu(q / 2) * 4) - 10, gelu(x) = x * Phi(x):
  // q = 0 -> 0 -> -10; 2 -> gelu(1) = 0.841345 -> 3.37 -> -7;
  // -2 -> gelu(-1) = -0.158655 -> -0.63 -> -1 -> -11;
  // 4 -> gelu(2) = 1.954500 -> 7.82 -> -2; -6 -> gelu(-3) = -0.00405 -> 0;
  // 127 -> 63.5 -> 254 saturates to 127. The tanh form gives the same
  // integers here (gelu_tanh(1) = 0.841192, gelu_tanh(2) = 1.954598).
  HostTensor a = q("!quant.uniform<i8:f32, 0.5>", {6}, {0, 2, -2, 4, -6, 127});
  // uint8: x = (q - 128) / 10, round(gelu(x) * 20) + 20:
  // 138 -> 16.83 -> 37; 118 -> -3.17 -> 17; 0 -> x = -12.8 -> 0 -> 20;
  // 255 -> 12.7 -> 254 + 20 saturates to 255.
  HostTensor u = q("!quant.uniform<u8:f32, 0.1:128>", {4}, {138, 118, 0, 255});
  expectInts(ir, {a, u}, {-10, -7, -11, -2, -10, 127}, 0);
  expectInts(ir, {a, u}, {-10, -7, -11, -2, -10, 127}, 1);
  expectInts(ir, {a, u}, {37, 17, 20, 255}, 2);
}

TEST_F(QuantizedKernelsTest, GeluInt16ViaDouble) {
  const char *ir = R"mlir(
    func.func @main(%a: tensor<4x!quant.uniform<i16:f32, 0.001>>) -> tensor<4x!quant.uniform<i16:f32, 0.0005>> {
      %0 = tq.gelu %a : (tensor<4x!quant.uniform<i16:f32, 0.001>>) -> tensor<4x!quant.uniform<i16:f32, 0.0005>>
      return %0 : tensor<4x!quant.uniform<i16:f32, 0.0005>>
    })mlir";
  // round_half_away(gelu(q / 1000) * 2000): 1000 -> 1682.69 -> 1683;
  // -1000 -> -317.31 -> -317; 3 -> gelu(0.003) = 0.0015036 -> 3;
  // 32767 -> 65534 saturates to 32767.
  expectInts(
      ir, {q("!quant.uniform<i16:f32, 0.001>", {4}, {1000, -1000, 3, 32767})},
      {1683, -317, 3, 32767});
}

TEST_F(QuantizedKernelsTest, GeluMixedStorageIsNotSupported) {
  const char *ir = R"mlir(
    func.func @main(%a: tensor<2x!quant.uniform<i8:f32, 0.5>>) -> tensor<2x!quant.uniform<u8:f32, 0.5>> {
      %0 = tq.gelu %a : (tensor<2x!quant.uniform<i8:f32, 0.5>>) -> tensor<2x!quant.uniform<u8:f32, 0.5>>
      return %0 : tensor<2x!quant.uniform<u8:f32, 0.5>>
    })mlir";
  expectError(ir, {q("!quant.uniform<i8:f32, 0.5>", {2}, {1, 2})},
              "not supported yet: quantized tq.gelu from int8 to uint8");
}

TEST_F(QuantizedKernelsTest, SiluInt8IsLogisticTimesInput) {
  const char *ir = R"mlir(
    func.func @main(%a: tensor<4x!quant.uniform<i8:f32, 0.5>>) -> tensor<4x!quant.uniform<i8:f32, 0.25>> {
      %0 = tq.silu %a : (tensor<4x!quant.uniform<i8:f32, 0.5>>) -> tensor<4x!quant.uniform<i8:f32, 0.25>>
      return %0 : tensor<4x!quant.uniform<i8:f32, 0.25>>
    })mlir";
  // LOGISTIC into 1/256 zp -128: round(sigmoid(q / 2) * 256) - 128:
  // 2 -> 187.15 -> 59; -2 -> 68.85 -> -59; 0 -> 0; 20 -> 255.99 -> 128,
  // clamped to 127. MUL: (q - 0) * (s + 128) times QM(0.5 / 256 / 0.25 =
  // 2^-7) = (2^30, -6): 2 * 187 = 374 -> SRDHM 187 -> /64 3 (silu(1) =
  // 0.731); -2 * 69 = -138 -> -69 -> -1; 0; 20 * 255 = 5100 -> 2550 -> 40.
  expectInts(ir, {q("!quant.uniform<i8:f32, 0.5>", {4}, {2, -2, 0, 20})},
             {3, -1, 0, 40});
}

TEST_F(QuantizedKernelsTest, SiluWithoutFixedLogisticTypeIsNotSupported) {
  const char *ir = R"mlir(
    func.func @main(%a: tensor<2x!quant.uniform<i4:f32, 0.5>>) -> tensor<2x!quant.uniform<i4:f32, 0.5>> {
      %0 = tq.silu %a : (tensor<2x!quant.uniform<i4:f32, 0.5>>) -> tensor<2x!quant.uniform<i4:f32, 0.5>>
      return %0 : tensor<2x!quant.uniform<i4:f32, 0.5>>
    })mlir";
  expectError(ir, {q("!quant.uniform<i4:f32, 0.5>", {2}, {1, 2})},
              "no fixed LOGISTIC output qparams");
}

} // namespace
