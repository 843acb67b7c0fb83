//===- GemmTest.cpp - the blocked product against the textbook loop -------===//
//
// The interpreter is the reference, so the blocked product must give the
// textbook loop's numbers bit for bit: every output started from its initial
// value and summed in i order in double. Random full-precision values make
// any other order (or a fused multiply-add) show up in the last bits.
//
//===----------------------------------------------------------------------===//

#include "RunHelper.h"

#include "tico/Interpreter/Gemm.h"

#include <cstring>
#include <random>

using namespace mlir;
using namespace mlir::tico::interp;
using namespace mlir::tico::interp::test;

namespace {

/// The textbook loop the kernel must reproduce.
template <typename W>
std::vector<double> referenceGemm(MatrixView<double> x, MatrixView<W> w,
                                  std::vector<double> y, int64_t rows,
                                  int64_t depth, int64_t outs) {
  for (int64_t r = 0; r < rows; ++r)
    for (int64_t o = 0; o < outs; ++o) {
      double sum = y[r * outs + o];
      for (int64_t i = 0; i < depth; ++i)
        sum += x.data[r * x.rowStride + i * x.colStride] *
               static_cast<double>(w.data[o * w.rowStride + i * w.colStride]);
      y[r * outs + o] = sum;
    }
  return y;
}

bool sameBits(const std::vector<double> &a, const std::vector<double> &b) {
  return a.size() == b.size() &&
         (a.empty() || !std::memcmp(a.data(), b.data(), a.size() * 8));
}

/// Runs the kernel on random data with x and w stored plainly or
/// transposed, single-threaded and with threads forced, against the
/// reference.
template <typename W>
void checkShape(int64_t rows, int64_t depth, int64_t outs, unsigned seed) {
  std::mt19937 rng(seed);
  std::uniform_real_distribution<double> dist(-1.0, 1.0);
  std::vector<double> xs(rows * depth), y0(rows * outs);
  std::vector<W> ws(outs * depth);
  for (double &v : xs)
    v = dist(rng);
  for (W &v : ws)
    v = static_cast<W>(dist(rng));
  for (double &v : y0)
    v = dist(rng);
  for (bool xT : {false, true})
    for (bool wT : {false, true}) {
      // x(r, i): [rows, depth] or stored [depth, rows].
      MatrixView<double> x{xs.data(), xT ? 1 : depth, xT ? rows : 1};
      // w(o, i): [outs, depth] or stored [depth, outs].
      MatrixView<W> w{ws.data(), wT ? 1 : depth, wT ? outs : 1};
      std::vector<double> expected =
          referenceGemm(x, w, y0, rows, depth, outs);
      for (int64_t minParallelWork : {int64_t(1) << 62, int64_t(0)}) {
        std::vector<double> y = y0;
        gemmAccumulate(x, w, y.data(), rows, depth, outs, minParallelWork);
        EXPECT_TRUE(sameBits(y, expected))
            << "rows " << rows << " depth " << depth << " outs " << outs
            << " xT " << xT << " wT " << wT << " threads "
            << (minParallelWork == 0);
      }
    }
}

TEST(GemmTest, OddSizesMatchTheSequentialSum) {
  // Rows around the 8/4/2/1 row blocks, outputs around the 2- and 4-wide
  // output tiles, depths that are not multiples of anything.
  unsigned seed = 1;
  for (int64_t rows : {1, 2, 3, 5, 7, 8, 9, 15, 17, 23})
    for (int64_t depth : {1, 3, 131})
      for (int64_t outs : {1, 2, 3, 5, 9, 33}) {
        checkShape<float>(rows, depth, outs, seed++);
        checkShape<double>(rows, depth, outs, seed++);
      }
}

TEST(GemmTest, PanelsThatDoNotDivideTheOutputs) {
  // depth 4099: a 256 KiB panel holds 8 double or 15 -> 8 float weight
  // rows, so 21 outputs make 3 panels, the last one partial.
  checkShape<double>(3, 4099, 21, 101);
  checkShape<float>(11, 8200, 19, 102);
}

TEST(GemmTest, EmptyShapesLeaveTheInitialValues) {
  std::vector<double> y = {1.5, -2.0};
  std::vector<double> none;
  std::vector<float> noWeights;
  // depth 0: nothing is added.
  gemmAccumulate(MatrixView<double>{none.data(), 0, 1},
                 MatrixView<float>{noWeights.data(), 0, 1}, y.data(), 1, 0, 2,
                 0);
  EXPECT_EQ(y, std::vector<double>({1.5, -2.0}));
  // No rows or no outputs: nothing is read or written.
  gemmAccumulate(MatrixView<double>{none.data(), 3, 1},
                 MatrixView<float>{noWeights.data(), 3, 1}, y.data(), 0, 3, 2,
                 0);
  gemmAccumulate(MatrixView<double>{none.data(), 3, 1},
                 MatrixView<float>{noWeights.data(), 3, 1}, y.data(), 2, 3, 0,
                 0);
  EXPECT_EQ(y, std::vector<double>({1.5, -2.0}));
  checkShape<float>(0, 5, 3, 7);
  checkShape<float>(4, 5, 0, 8);
  checkShape<float>(4, 0, 3, 9);
}

using GemmOpTest = InterpreterTest;

TEST_F(GemmOpTest, BatchMatmulWithTransposesAndBroadcast) {
  // lhs [3, 1, 9, 5] transposed (m = 5, k = 9), rhs [2, 7, 9] transposed
  // (n = 7): batch [3, 2], lhs broadcast over dim 1, rhs over dim 0.
  constexpr int64_t b0 = 3, b1 = 2, m = 5, k = 9, n = 7;
  const char *ir = R"mlir(
    func.func @main(%a: tensor<3x1x9x5xf32>, %b: tensor<2x7x9xf32>) -> tensor<3x2x5x7xf32> {
      %0 = tq.matmul %a, %b {transpose_lhs = true, transpose_rhs = true} : (tensor<3x1x9x5xf32>, tensor<2x7x9xf32>) -> tensor<3x2x5x7xf32>
      return %0 : tensor<3x2x5x7xf32>
    })mlir";
  std::mt19937 rng(5);
  std::uniform_real_distribution<float> dist(-1.0f, 1.0f);
  std::vector<double> a(b0 * k * m), b(b1 * n * k), expected;
  for (double &v : a)
    v = dist(rng);
  for (double &v : b)
    v = dist(rng);
  for (int64_t i0 = 0; i0 < b0; ++i0)
    for (int64_t i1 = 0; i1 < b1; ++i1)
      for (int64_t i = 0; i < m; ++i)
        for (int64_t j = 0; j < n; ++j) {
          double sum = 0.0;
          for (int64_t kk = 0; kk < k; ++kk)
            sum += a[(i0 * k + kk) * m + i] * b[(i1 * n + j) * k + kk];
          expected.push_back(static_cast<float>(sum));
        }
  expectFloats(ir, {f32({b0, 1, k, m}, a), f32({b1, n, k}, b)}, expected, 0.0);
}

TEST_F(GemmOpTest, EmptyMatmulAndLinear) {
  const char *ir = R"mlir(
    func.func @main(%a: tensor<2x0xf32>, %b: tensor<0x3xf32>, %w: tensor<3x0xf32>, %bias: tensor<3xf32>) -> (tensor<2x3xf32>, tensor<2x3xf32>) {
      %0 = tq.matmul %a, %b : (tensor<2x0xf32>, tensor<0x3xf32>) -> tensor<2x3xf32>
      %1 = tq.linear %a, %w, %bias : (tensor<2x0xf32>, tensor<3x0xf32>, tensor<3xf32>) -> tensor<2x3xf32>
      return %0, %1 : tensor<2x3xf32>, tensor<2x3xf32>
    })mlir";
  std::vector<HostTensor> inputs = {f32({2, 0}, {}), f32({0, 3}, {}),
                                    f32({3, 0}, {}), f32({3}, {1, 2, 3})};
  expectFloats(ir, inputs, {0, 0, 0, 0, 0, 0}, 0.0, 0);
  expectFloats(ir, inputs, {1, 2, 3, 1, 2, 3}, 0.0, 1);
}

} // namespace
