//===- Gemm.cpp - The float matrix product of FC and matmul ---------------===//
//
// Register tiles keep RB x OB accumulators in registers over a chunk of
// the depth and store them into y between chunks, which are walked in
// increasing order: each output's sum is sequential in i by construction.
// Vector lanes hold different outputs, never parts of one sum. The file is
// built with -ffp-contract=off: a fused multiply-add would round
// differently.
// The x rows of a tile are packed as [depth][RB] doubles so the innermost
// loop over rows is contiguous and vectorizes; the weight is read in its
// storage type with its strides, one stream per output of the tile.
//
//===----------------------------------------------------------------------===//

#include "tico/Interpreter/Gemm.h"

#include "llvm/ADT/SmallVector.h"
#include "llvm/Support/Parallel.h"

#include <algorithm>
#include <cstring>
#include <vector>

namespace mlir::tico::interp {
namespace {

/// Weights of one output panel stay within this many bytes, so that every
/// row block reads them from the L2 cache rather than from memory.
constexpr int64_t kPanelBytes = 256 * 1024;
/// The reduction is walked in chunks of this many steps, so the packed x of
/// an 8-row block (8 doubles per step: 32 KiB) stays in the L1 cache.
constexpr int64_t kDepthChunk = 512;

/// Two doubles: a vector register on every target GCC and Clang support
/// (SSE2 on the x86-64 baseline), without target-specific intrinsics.
typedef double Double2 __attribute__((vector_size(16)));

/// One tile: RB rows (packed in `xp` as [depth][RB]) times OB outputs from
/// `o0`; `y` points at the tile's first row. Each lane of `acc[o][v]` is one
/// output: rows 2v and 2v + 1 of output o.
template <int RB, int OB, typename W>
void tile(const double *xp, MatrixView<W> w, int64_t o0, double *y,
          int64_t outs, int64_t depth) {
  static_assert(RB % 2 == 0, "rows go in pairs into vector lanes");
  constexpr int NV = RB / 2;
  Double2 acc[OB][NV];
  for (int o = 0; o < OB; ++o)
    for (int v = 0; v < NV; ++v)
      acc[o][v] = Double2{y[(2 * v) * outs + o0 + o],
                          y[(2 * v + 1) * outs + o0 + o]};
  const W *wRows[OB];
  for (int o = 0; o < OB; ++o)
    wRows[o] = w.data + (o0 + o) * w.rowStride;
  const int64_t step = w.colStride;
  for (int64_t i = 0; i < depth; ++i) {
    Double2 xv[NV];
    std::memcpy(xv, xp + i * RB, sizeof(xv));
    for (int o = 0; o < OB; ++o) {
      double wv = static_cast<double>(wRows[o][i * step]);
      Double2 wb = {wv, wv};
      for (int v = 0; v < NV; ++v)
        acc[o][v] += xv[v] * wb;
    }
  }
  for (int o = 0; o < OB; ++o)
    for (int v = 0; v < NV; ++v) {
      y[(2 * v) * outs + o0 + o] = acc[o][v][0];
      y[(2 * v + 1) * outs + o0 + o] = acc[o][v][1];
    }
}

/// A single row: OB independent scalar sums (no lanes to fill).
template <int OB, typename W>
void rowTile(const double *xp, MatrixView<W> w, int64_t o0, double *y,
             int64_t depth) {
  double acc[OB];
  const W *wRows[OB];
  for (int o = 0; o < OB; ++o) {
    acc[o] = y[o0 + o];
    wRows[o] = w.data + (o0 + o) * w.rowStride;
  }
  const int64_t step = w.colStride;
  for (int64_t i = 0; i < depth; ++i)
    for (int o = 0; o < OB; ++o)
      acc[o] += xp[i] * static_cast<double>(wRows[o][i * step]);
  for (int o = 0; o < OB; ++o)
    y[o0 + o] = acc[o];
}

/// Outputs [p0, p1) for one block of RB rows. 8 rows x 2 outputs is 8
/// accumulator registers plus 4 for x (x86-64 SSE2 has 16).
template <int RB, typename W>
void rowBlock(const double *xp, MatrixView<W> w, int64_t p0, int64_t p1,
              double *y, int64_t outs, int64_t depth) {
  int64_t o = p0;
  if constexpr (RB == 1) {
    for (; o + 4 <= p1; o += 4)
      rowTile<4>(xp, w, o, y, depth);
    for (; o < p1; ++o)
      rowTile<1>(xp, w, o, y, depth);
  } else {
    constexpr int OB = RB == 8 ? 2 : 4;
    for (; o + OB <= p1; o += OB)
      tile<RB, OB>(xp, w, o, y, outs, depth);
    for (; o < p1; ++o)
      tile<RB, 1>(xp, w, o, y, outs, depth);
  }
}

struct RowBlock {
  int64_t first;
  int size; // 8, 4, 2 or 1
};

} // namespace

template <typename W>
void gemmAccumulate(MatrixView<double> x, MatrixView<W> w, double *y,
                    int64_t rows, int64_t depth, int64_t outs,
                    int64_t minParallelWork) {
  if (rows <= 0 || depth <= 0 || outs <= 0)
    return; // nothing to add
  // Blocks of 8 rows, then at most one each of 4, 2 and 1.
  llvm::SmallVector<RowBlock> blocks;
  int64_t r = 0;
  for (; r + 8 <= rows; r += 8)
    blocks.push_back({r, 8});
  for (int size : {4, 2, 1})
    if (r + size <= rows) {
      blocks.push_back({r, size});
      r += size;
    }
  // Block b's rows at xp[first * depth], as [depth][size].
  std::vector<double> xp(static_cast<size_t>(rows * depth));
  for (const RowBlock &block : blocks) {
    double *dst = xp.data() + block.first * depth;
    for (int64_t i = 0; i < depth; ++i)
      for (int k = 0; k < block.size; ++k)
        dst[i * block.size + k] =
            x.data[(block.first + k) * x.rowStride + i * x.colStride];
  }
  int64_t perPanel = kPanelBytes / (depth * int64_t(sizeof(W)));
  perPanel = std::max<int64_t>(8, perPanel / 8 * 8);
  int64_t panels = (outs + perPanel - 1) / perPanel;
  auto runPanel = [&](size_t panel) {
    int64_t p0 = int64_t(panel) * perPanel;
    int64_t p1 = std::min(outs, p0 + perPanel);
    // Depth chunks in increasing order: each output's sum continues from
    // the value the previous chunk stored, so the order is unchanged.
    for (int64_t k0 = 0; k0 < depth; k0 += kDepthChunk) {
      int64_t chunk = std::min(kDepthChunk, depth - k0);
      MatrixView<W> wk{w.data + k0 * w.colStride, w.rowStride, w.colStride};
      for (const RowBlock &block : blocks) {
        const double *bx = xp.data() + block.first * depth + k0 * block.size;
        double *by = y + block.first * outs;
        switch (block.size) {
        case 8:
          rowBlock<8>(bx, wk, p0, p1, by, outs, chunk);
          break;
        case 4:
          rowBlock<4>(bx, wk, p0, p1, by, outs, chunk);
          break;
        case 2:
          rowBlock<2>(bx, wk, p0, p1, by, outs, chunk);
          break;
        default:
          rowBlock<1>(bx, wk, p0, p1, by, outs, chunk);
          break;
        }
      }
    }
  };
  // In double: the product of three int64 sizes may overflow.
  double work = double(rows) * double(depth) * double(outs);
  if (panels > 1 && work >= double(minParallelWork))
    llvm::parallelFor(0, size_t(panels), runPanel);
  else
    for (int64_t panel = 0; panel < panels; ++panel)
      runPanel(size_t(panel));
}

template void gemmAccumulate<float>(MatrixView<double>, MatrixView<float>,
                                    double *, int64_t, int64_t, int64_t,
                                    int64_t);
template void gemmAccumulate<double>(MatrixView<double>, MatrixView<double>,
                                     double *, int64_t, int64_t, int64_t,
                                     int64_t);

} // namespace mlir::tico::interp
