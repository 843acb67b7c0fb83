//===- NormalizationTest.cpp - softmax, norms, RoPE, reductions -----------===//

#include "RunHelper.h"

using namespace mlir;
using namespace mlir::tico::interp;
using namespace mlir::tico::interp::test;

namespace {

using NormalizationTest = InterpreterTest;

TEST_F(NormalizationTest, SoftmaxRow) {
  const char *ir = R"mlir(
    func.func @main(%x: tensor<2x3xf32>) -> (tensor<2x3xf32>, tensor<2x3xf32>) {
      %0 = tq.softmax %x {axis = -1 : i64} : (tensor<2x3xf32>) -> tensor<2x3xf32>
      %1 = circle.softmax %x {beta = 1.0 : f32} : (tensor<2x3xf32>) -> tensor<2x3xf32>
      return %0, %1 : tensor<2x3xf32>, tensor<2x3xf32>
    })mlir";
  // softmax([1, 2, 3]) = e^k / (e + e^2 + e^3); a shifted row gives the same.
  HostTensor x = f32({2, 3}, {1, 2, 3, 101, 102, 103});
  std::vector<double> row = {0.09003057, 0.24472847, 0.66524096};
  std::vector<double> both = row;
  both.insert(both.end(), row.begin(), row.end());
  expectFloats(ir, {x}, both, 1e-6, 0);
  expectFloats(ir, {x}, both, 1e-6, 1);
}

TEST_F(NormalizationTest, SoftmaxAxis0) {
  const char *ir = R"mlir(
    func.func @main(%x: tensor<2x2xf32>) -> tensor<2x2xf32> {
      %0 = tq.softmax %x {axis = 0 : i64} : (tensor<2x2xf32>) -> tensor<2x2xf32>
      return %0 : tensor<2x2xf32>
    })mlir";
  // Columns [0, 0] -> 0.5 each; [0, ln 3] -> 1/4, 3/4.
  expectFloats(ir, {f32({2, 2}, {0, 0, 0, std::log(3.0)})},
               {0.5, 0.25, 0.5, 0.75}, 1e-6);
}

TEST_F(NormalizationTest, RmsNorm) {
  const char *ir = R"mlir(
    func.func @main(%x: tensor<2x2xf32>, %w: tensor<2xf32>, %u: tensor<2xf32>) -> (tensor<2x2xf32>, tensor<2x2xf32>, tensor<2x2xf32>) {
      %0 = tq.rms_norm %x, %w {epsilon = 0.0 : f64} : (tensor<2x2xf32>, tensor<2xf32>) -> tensor<2x2xf32>
      %1 = tq.rms_norm %x, %u {epsilon = 0.0 : f64, add_unit_offset = true} : (tensor<2x2xf32>, tensor<2xf32>) -> tensor<2x2xf32>
      %2 = circle.rms_norm %x, %w {epsilon = 0.0 : f32} : (tensor<2x2xf32>, tensor<2xf32>) -> tensor<2x2xf32>
      return %0, %1, %2 : tensor<2x2xf32>, tensor<2x2xf32>, tensor<2x2xf32>
    })mlir";
  // Row [3, 4]: rms = sqrt(12.5) = 3.5355339; row [1, 1]: rms = 1.
  // Scale [1, 2] (given directly, or as 1 + [0, 1]).
  std::vector<double> expected = {3 / 3.5355339, 8 / 3.5355339, 1, 2};
  std::vector<HostTensor> inputs = {f32({2, 2}, {3, 4, 1, 1}),
                                    f32({2}, {1, 2}), f32({2}, {0, 1})};
  for (unsigned i = 0; i < 3; ++i)
    expectFloats(ir, inputs, expected, 1e-6, i);
}

TEST_F(NormalizationTest, RmsNormEpsilon) {
  const char *ir = R"mlir(
    func.func @main(%x: tensor<1x2xf32>) -> tensor<1x2xf32> {
      %0 = tq.rms_norm %x {epsilon = 1.0 : f64} : (tensor<1x2xf32>) -> tensor<1x2xf32>
      return %0 : tensor<1x2xf32>
    })mlir";
  // mean(x^2) = 3, + eps = 4, sqrt = 2.
  expectFloats(ir, {f32({1, 2}, {1, std::sqrt(5.0)})},
               {0.5, std::sqrt(5.0) / 2}, 1e-6);
}

TEST_F(NormalizationTest, LayerNorm) {
  const char *ir = R"mlir(
    func.func @main(%x: tensor<1x4xf32>, %w: tensor<4xf32>, %b: tensor<4xf32>) -> tensor<1x4xf32> {
      %0 = tq.layer_norm %x weight %w bias %b {epsilon = 0.0 : f64} : (tensor<1x4xf32>, tensor<4xf32>, tensor<4xf32>) -> tensor<1x4xf32>
      return %0 : tensor<1x4xf32>
    })mlir";
  // mean 2.5, biased variance 1.25, std 1.1180340.
  expectFloats(ir,
               {f32({1, 4}, {1, 2, 3, 4}), f32({4}, {1, 1, 1, 2}),
                f32({4}, {0, 0, 0, 1})},
               {-1.3416408, -0.4472136, 0.4472136, 2 * 1.3416408 + 1}, 1e-6);
}

TEST_F(NormalizationTest, RopeHalfAndInterleaved) {
  const char *ir = R"mlir(
    func.func @main(%x: tensor<1x1x1x4xf32>, %c: tensor<1x1x1x4xf32>, %s: tensor<1x1x1x4xf32>) -> (tensor<1x1x1x4xf32>, tensor<1x1x1x4xf32>, tensor<1x1x1x4xf32>, tensor<1x1x1x4xf32>) {
      %0 = tq.rope %x, %c, %s {mode = #tq<rope_mode half>} : (tensor<1x1x1x4xf32>, tensor<1x1x1x4xf32>, tensor<1x1x1x4xf32>) -> tensor<1x1x1x4xf32>
      %1 = tq.rope %x, %c, %s {mode = #tq<rope_mode interleaved>} : (tensor<1x1x1x4xf32>, tensor<1x1x1x4xf32>, tensor<1x1x1x4xf32>) -> tensor<1x1x1x4xf32>
      %2 = circle.rope %x, %s, %c {mode = #circle<rope_mode GPT_NEOX>} : (tensor<1x1x1x4xf32>, tensor<1x1x1x4xf32>, tensor<1x1x1x4xf32>) -> tensor<1x1x1x4xf32>
      %3 = circle.rope %x, %s, %c {mode = #circle<rope_mode GPT_J>} : (tensor<1x1x1x4xf32>, tensor<1x1x1x4xf32>, tensor<1x1x1x4xf32>) -> tensor<1x1x1x4xf32>
      return %0, %1, %2, %3 : tensor<1x1x1x4xf32>, tensor<1x1x1x4xf32>, tensor<1x1x1x4xf32>, tensor<1x1x1x4xf32>
    })mlir";
  // x = [1, 2, 3, 4], cos = 0.5, sin = 2.
  // half: rotate = [-3, -4, 1, 2] -> 0.5 x + 2 rotate = [-5.5, -7, 3.5, 6].
  // interleaved: rotate = [-2, 1, -4, 3] -> [-3.5, 3, -6.5, 8].
  std::vector<HostTensor> inputs = {f32({1, 1, 1, 4}, {1, 2, 3, 4}),
                                    f32({1, 1, 1, 4}, {0.5, 0.5, 0.5, 0.5}),
                                    f32({1, 1, 1, 4}, {2, 2, 2, 2})};
  expectFloats(ir, inputs, {-5.5, -7, 3.5, 6}, 1e-6, 0);
  expectFloats(ir, inputs, {-3.5, 3, -6.5, 8}, 1e-6, 1);
  expectFloats(ir, inputs, {-5.5, -7, 3.5, 6}, 1e-6, 2);
  expectFloats(ir, inputs, {-3.5, 3, -6.5, 8}, 1e-6, 3);
}

TEST_F(NormalizationTest, RopeBroadcastsTables) {
  const char *ir = R"mlir(
    func.func @main(%x: tensor<1x2x2x2xf32>, %c: tensor<1x1x2x2xf32>, %s: tensor<1x1x2x2xf32>) -> tensor<1x2x2x2xf32> {
      %0 = tq.rope %x, %c, %s : (tensor<1x2x2x2xf32>, tensor<1x1x2x2xf32>, tensor<1x1x2x2xf32>) -> tensor<1x2x2x2xf32>
      return %0 : tensor<1x2x2x2xf32>
    })mlir";
  // Position 0: identity (cos 1, sin 0); position 1: rotate (cos 0, sin 1),
  // the same for both heads: (a, b) -> (-b, a).
  expectFloats(ir,
               {f32({1, 2, 2, 2}, {1, 2, 3, 4, 5, 6, 7, 8}),
                f32({1, 1, 2, 2}, {1, 1, 0, 0}),
                f32({1, 1, 2, 2}, {0, 0, 1, 1})},
               {1, 2, -4, 3, 5, 6, -8, 7}, 1e-6);
}

TEST_F(NormalizationTest, Reductions) {
  const char *ir = R"mlir(
    func.func @main(%x: tensor<2x3xf32>, %axes: tensor<1xi32>) -> (tensor<2x1xf32>, tensor<3xf32>, tensor<2xf32>) {
      %0 = tq.reduce_mean %x {axes = array<i64: -1>, keepdim = true} : (tensor<2x3xf32>) -> tensor<2x1xf32>
      %1 = circle.sum %x, %axes : (tensor<2x3xf32>, tensor<1xi32>) -> tensor<3xf32>
      %2 = tq.reduce_max %x {axes = array<i64: 1>} : (tensor<2x3xf32>) -> tensor<2xf32>
      return %0, %1, %2 : tensor<2x1xf32>, tensor<3xf32>, tensor<2xf32>
    })mlir";
  std::vector<HostTensor> inputs = {f32({2, 3}, {1, 5, 3, -4, -2, -9}),
                                    ints(32, {1}, {0})};
  expectFloats(ir, inputs, {3, -5}, 1e-6, 0);
  expectFloats(ir, inputs, {-3, 3, -6}, 1e-6, 1);
  expectFloats(ir, inputs, {5, -2}, 1e-6, 2);
}

TEST_F(NormalizationTest, IntegerMeanTruncates) {
  const char *ir = R"mlir(
    func.func @main(%x: tensor<4xi32>) -> tensor<i32> {
      %0 = tq.reduce_mean %x {axes = array<i64: 0>} : (tensor<4xi32>) -> tensor<i32>
      return %0 : tensor<i32>
    })mlir";
  expectInts(ir, {ints(32, {4}, {-1, -2, -2, 0})}, {-1}); // -5 / 4
}

TEST_F(NormalizationTest, CumsumExclusiveReverse) {
  const char *ir = R"mlir(
    func.func @main(%x: tensor<1x4xi32>, %axis: tensor<i32>) -> (tensor<1x4xi32>, tensor<1x4xi32>, tensor<1x4xi32>, tensor<1x4xi32>) {
      %0 = tq.cumsum %x {axis = 1 : i64} : (tensor<1x4xi32>) -> tensor<1x4xi32>
      %1 = tq.cumsum %x {axis = -1 : i64, exclusive = true} : (tensor<1x4xi32>) -> tensor<1x4xi32>
      %2 = circle.cumsum %x, %axis {reverse = true} : (tensor<1x4xi32>, tensor<i32>) -> tensor<1x4xi32>
      %3 = circle.cumsum %x, %axis {exclusive = true, reverse = true} : (tensor<1x4xi32>, tensor<i32>) -> tensor<1x4xi32>
      return %0, %1, %2, %3 : tensor<1x4xi32>, tensor<1x4xi32>, tensor<1x4xi32>, tensor<1x4xi32>
    })mlir";
  std::vector<HostTensor> inputs = {ints(32, {1, 4}, {1, 2, 3, 4}),
                                    ints(32, {}, {1})};
  expectInts(ir, inputs, {1, 3, 6, 10}, 0);
  expectInts(ir, inputs, {0, 1, 3, 6}, 1);
  expectInts(ir, inputs, {10, 9, 7, 4}, 2);
  expectInts(ir, inputs, {9, 7, 4, 0}, 3);
}

TEST_F(NormalizationTest, CumsumFloatAxis0) {
  const char *ir = R"mlir(
    func.func @main(%x: tensor<3x2xf32>) -> tensor<3x2xf32> {
      %0 = tq.cumsum %x {axis = 0 : i64} : (tensor<3x2xf32>) -> tensor<3x2xf32>
      return %0 : tensor<3x2xf32>
    })mlir";
  expectFloats(ir, {f32({3, 2}, {1, 10, 2, 20, 3, 30})}, {1, 10, 3, 30, 6, 60});
}

} // namespace
