//===- LinearAlgebraTest.cpp - FC, matmul, convolution, pooling -----------===//

#include "RunHelper.h"

#include <random>

using namespace mlir;
using namespace mlir::tico::interp;
using namespace mlir::tico::interp::test;

namespace {

using LinearAlgebraTest = InterpreterTest;

TEST_F(LinearAlgebraTest, LinearWithBias) {
  const char *ir = R"mlir(
    func.func @main(%x: tensor<1x2xf32>, %w: tensor<3x2xf32>, %b: tensor<3xf32>) -> (tensor<1x3xf32>, tensor<1x3xf32>) {
      %0 = tq.linear %x, %w, %b : (tensor<1x2xf32>, tensor<3x2xf32>, tensor<3xf32>) -> tensor<1x3xf32>
      %none = circle.no_value
      %1 = circle.fully_connected %x, %w, %none {keep_num_dims = true} : (tensor<1x2xf32>, tensor<3x2xf32>, none) -> tensor<1x3xf32>
      return %0, %1 : tensor<1x3xf32>, tensor<1x3xf32>
    })mlir";
  std::vector<HostTensor> inputs = {f32({1, 2}, {1, 2}),
                                    f32({3, 2}, {1, 0, 0, 1, 1, 1}),
                                    f32({3}, {0, 0, 1})};
  expectFloats(ir, inputs, {1, 2, 4}, 1e-6, 0);
  expectFloats(ir, inputs, {1, 2, 3}, 1e-6, 1);
}

TEST_F(LinearAlgebraTest, MatmulTransposeAndBatchBroadcast) {
  const char *ir = R"mlir(
    func.func @main(%a: tensor<2x1x2xf32>, %b: tensor<1x2x2xf32>) -> (tensor<2x1x2xf32>, tensor<2x1x2xf32>) {
      %0 = tq.matmul %a, %b {transpose_rhs = true} : (tensor<2x1x2xf32>, tensor<1x2x2xf32>) -> tensor<2x1x2xf32>
      %1 = circle.batch_matmul %a, %b : (tensor<2x1x2xf32>, tensor<1x2x2xf32>) -> tensor<2x1x2xf32>
      return %0, %1 : tensor<2x1x2xf32>, tensor<2x1x2xf32>
    })mlir";
  // rhs = [[1, 0], [1, 1]]; a @ rhs^T: [1,2] -> [1, 3], [3,4] -> [3, 7];
  // a @ rhs: [1,2] -> [3, 2], [3,4] -> [7, 4].
  std::vector<HostTensor> inputs = {f32({2, 1, 2}, {1, 2, 3, 4}),
                                    f32({1, 2, 2}, {1, 0, 1, 1})};
  expectFloats(ir, inputs, {1, 3, 3, 7}, 1e-6, 0);
  expectFloats(ir, inputs, {3, 2, 7, 4}, 1e-6, 1);
}

TEST_F(LinearAlgebraTest, BlockedMatmulMatchesNaiveLoop) {
  // Sizes that straddle the block boundaries (32, 128, 256).
  constexpr int64_t m = 37, k = 130, n = 260;
  const char *ir = R"mlir(
    func.func @main(%a: tensor<37x130xf32>, %b: tensor<130x260xf32>) -> tensor<37x260xf32> {
      %0 = tq.matmul %a, %b : (tensor<37x130xf32>, tensor<130x260xf32>) -> tensor<37x260xf32>
      return %0 : tensor<37x260xf32>
    })mlir";
  std::mt19937 rng(7);
  std::uniform_int_distribution<int> dist(-4, 4);
  std::vector<double> a(m * k), b(k * n), expected(m * n, 0.0);
  for (double &v : a)
    v = dist(rng);
  for (double &v : b)
    v = dist(rng);
  for (int64_t i = 0; i < m; ++i)
    for (int64_t j = 0; j < n; ++j)
      for (int64_t kk = 0; kk < k; ++kk)
        expected[i * n + j] += a[i * k + kk] * b[kk * n + j];
  // Small integers: every product and sum is exact.
  expectFloats(ir, {f32({m, k}, a), f32({k, n}, b)}, expected, 0.0);
}

TEST_F(LinearAlgebraTest, LinearIsTheSequentialDoubleSum) {
  // The float FC kernel streams the weight rows and vectorizes across input
  // rows (blocks of 64): 70 rows straddle a block. Every output must still
  // be bias + sum over i of x * w, added in i order in double and rounded
  // once to f32, bit for bit (what the kernel computed before, through a
  // transposed double copy of the weight).
  constexpr int64_t rows = 70, in = 131, out = 5;
  const char *ir = R"mlir(
    func.func @main(%x: tensor<2x35x131xf32>, %w: tensor<5x131xf32>, %b: tensor<5xf32>) -> (tensor<2x35x5xf32>, tensor<2x35x5xf32>) {
      %0 = tq.linear %x, %w, %b : (tensor<2x35x131xf32>, tensor<5x131xf32>, tensor<5xf32>) -> tensor<2x35x5xf32>
      %1 = circle.fully_connected %x, %w, %b {keep_num_dims = true} : (tensor<2x35x131xf32>, tensor<5x131xf32>, tensor<5xf32>) -> tensor<2x35x5xf32>
      return %0, %1 : tensor<2x35x5xf32>, tensor<2x35x5xf32>
    })mlir";
  std::mt19937 rng(11);
  std::uniform_real_distribution<float> dist(-1.0f, 1.0f);
  std::vector<double> x(rows * in), w(out * in), b(out), expected;
  for (double &v : x)
    v = dist(rng);
  for (double &v : w)
    v = dist(rng);
  for (double &v : b)
    v = dist(rng);
  for (int64_t r = 0; r < rows; ++r)
    for (int64_t o = 0; o < out; ++o) {
      double sum = b[o];
      for (int64_t i = 0; i < in; ++i)
        sum += x[r * in + i] * w[o * in + i];
      expected.push_back(static_cast<float>(sum));
    }
  std::vector<HostTensor> inputs = {f32({2, 35, in}, x), f32({out, in}, w),
                                    f32({out}, b)};
  expectFloats(ir, inputs, expected, 0.0, 0);
  expectFloats(ir, inputs, expected, 0.0, 1);
}

TEST_F(LinearAlgebraTest, Conv2DStridePadGroups) {
  const char *ir = R"mlir(
    func.func @main(%x: tensor<1x2x3x3xf32>, %w: tensor<2x1x2x2xf32>, %b: tensor<2xf32>) -> tensor<1x2x2x2xf32> {
      %0 = tq.conv2d %x, %w, %b {strides = array<i64: 2, 2>, padding = array<i64: 1, 1>, groups = 2 : i64}
             : (tensor<1x2x3x3xf32>, tensor<2x1x2x2xf32>, tensor<2xf32>) -> tensor<1x2x2x2xf32>
      return %0 : tensor<1x2x2x2xf32>
    })mlir";
  // Channel 0 = 1..9, channel 1 = ones. Output (y, x) reads input rows
  // 2y-1..2y and cols 2x-1..2x. Group 0: ones kernel -> [1, 5, 11, 28] + 0.5.
  // Group 1: [[1, 0], [0, -1]] over ones -> [-1, -1, -1, 0].
  expectFloats(ir,
               {f32({1, 2, 3, 3}, {1, 2, 3, 4, 5, 6, 7, 8, 9, 1, 1, 1, 1, 1,
                                   1, 1, 1, 1}),
                f32({2, 1, 2, 2}, {1, 1, 1, 1, 1, 0, 0, -1}),
                f32({2}, {0.5, 0})},
               {1.5, 5.5, 11.5, 28.5, -1, -1, -1, 0}, 1e-6);
}

TEST_F(LinearAlgebraTest, Conv2DDilation) {
  const char *ir = R"mlir(
    func.func @main(%x: tensor<1x1x3x3xf32>, %w: tensor<1x1x2x2xf32>) -> tensor<1x1x1x1xf32> {
      %0 = tq.conv2d %x, %w {dilations = array<i64: 2, 2>}
             : (tensor<1x1x3x3xf32>, tensor<1x1x2x2xf32>) -> tensor<1x1x1x1xf32>
      return %0 : tensor<1x1x1x1xf32>
    })mlir";
  // Taps at the corners 1, 3, 7, 9 with weights 1, 10, 100, 1000.
  expectFloats(ir,
               {f32({1, 1, 3, 3}, {1, 2, 3, 4, 5, 6, 7, 8, 9}),
                f32({1, 1, 2, 2}, {1, 10, 100, 1000})},
               {1 + 30 + 700 + 9000}, 1e-6);
}

TEST_F(LinearAlgebraTest, CircleConvAndDepthwiseSamePadding) {
  const char *ir = R"mlir(
    func.func @main(%x: tensor<1x2x2x1xf32>, %w: tensor<1x2x2x2xf32>, %wc: tensor<2x2x2x1xf32>) -> (tensor<1x2x2x2xf32>, tensor<1x2x2x2xf32>) {
      %none = circle.no_value
      %0 = circle.depthwise_conv_2d %x, %w, %none {depth_multiplier = 2 : i32, stride_h = 1 : i32, stride_w = 1 : i32}
             : (tensor<1x2x2x1xf32>, tensor<1x2x2x2xf32>, none) -> tensor<1x2x2x2xf32>
      %1 = circle.conv_2d %x, %wc, %none {padding = #circle<padding SAME>, stride_h = 1 : i32, stride_w = 1 : i32}
             : (tensor<1x2x2x1xf32>, tensor<2x2x2x1xf32>, none) -> tensor<1x2x2x2xf32>
      return %0, %1 : tensor<1x2x2x2xf32>, tensor<1x2x2x2xf32>
    })mlir";
  // The depthwise op relies on the default padding (SAME). SAME with a 2x2
  // kernel pads one row/col after. Output channel 0 sums
  // the window (ones), channel 1 takes its top-left tap only.
  // x = [[1, 2], [3, 4]] -> ch0 [[10, 6], [7, 4]], ch1 [[1, 2], [3, 4]].
  std::vector<HostTensor> inputs = {
      f32({1, 2, 2, 1}, {1, 2, 3, 4}),
      f32({1, 2, 2, 2}, {1, 1, 1, 0, 1, 0, 1, 0}),   // [1, KH, KW, O]
      f32({2, 2, 2, 1}, {1, 1, 1, 1, 1, 0, 0, 0})};  // [O, KH, KW, I]
  expectFloats(ir, inputs, {10, 1, 6, 2, 7, 3, 4, 4}, 1e-6, 0);
  expectFloats(ir, inputs, {10, 1, 6, 2, 7, 3, 4, 4}, 1e-6, 1);
}

TEST_F(LinearAlgebraTest, AvgPoolCountIncludePad) {
  const char *ir = R"mlir(
    func.func @main(%x: tensor<1x1x2x2xf32>) -> (tensor<1x1x3x3xf32>, tensor<1x1x3x3xf32>) {
      %0 = tq.avg_pool2d %x {kernel = array<i64: 2, 2>, strides = array<i64: 1, 1>, padding = array<i64: 1, 1>, count_include_pad = true}
             : (tensor<1x1x2x2xf32>) -> tensor<1x1x3x3xf32>
      %1 = tq.avg_pool2d %x {kernel = array<i64: 2, 2>, strides = array<i64: 1, 1>, padding = array<i64: 1, 1>, count_include_pad = false}
             : (tensor<1x1x2x2xf32>) -> tensor<1x1x3x3xf32>
      return %0, %1 : tensor<1x1x3x3xf32>, tensor<1x1x3x3xf32>
    })mlir";
  // x = [[1, 2], [3, 4]] padded by one: window sums
  // [[1, 3, 2], [4, 10, 6], [3, 7, 4]] over 4 cells, or over the
  // in-bounds counts [[1, 2, 1], [2, 4, 2], [1, 2, 1]].
  HostTensor x = f32({1, 1, 2, 2}, {1, 2, 3, 4});
  expectFloats(ir, {x}, {0.25, 0.75, 0.5, 1, 2.5, 1.5, 0.75, 1.75, 1}, 1e-6,
               0);
  expectFloats(ir, {x}, {1, 1.5, 2, 2, 2.5, 3, 3, 3.5, 4}, 1e-6, 1);
}

TEST_F(LinearAlgebraTest, CircleAvgPoolSameExcludesPadding) {
  const char *ir = R"mlir(
    func.func @main(%x: tensor<1x2x2x1xf32>) -> tensor<1x2x2x1xf32> {
      %0 = circle.average_pool_2d %x {filter_height = 2 : i32, filter_width = 2 : i32, padding = #circle<padding SAME>, stride_h = 1 : i32, stride_w = 1 : i32}
             : (tensor<1x2x2x1xf32>) -> tensor<1x2x2x1xf32>
      return %0 : tensor<1x2x2x1xf32>
    })mlir";
  expectFloats(ir, {f32({1, 2, 2, 1}, {1, 2, 3, 4})}, {2.5, 3, 3.5, 4}, 1e-6);
}

} // namespace
