//===- Gemm.h - The float matrix product of FC and matmul -------*- C++ -*-===//
//
// The reference interpreter's float FULLY_CONNECTED / linear and (batch)
// matmul share one product. It is the reference other results are checked
// against, so its numbers are fixed by a rule, not by the blocking: every
// output is one sum in double, started from its initial value and adding
// x(r, i) * w(o, i) for i = 0, 1, ..., depth - 1 in that order (the
// textbook loop), whatever the tile sizes, panels or threads.
//
//===----------------------------------------------------------------------===//

#ifndef TICO_INTERPRETER_GEMM_H
#define TICO_INTERPRETER_GEMM_H

#include <cstdint>

namespace mlir::tico::interp {

/// A read-only matrix with element strides: element (r, c) is
/// data[r * rowStride + c * colStride]. Lets the product read a weight in
/// place in its storage type and layout (an lm_head weight is GBs).
template <typename T> struct MatrixView {
  const T *data;
  int64_t rowStride;
  int64_t colStride;
};

/// y[r * outs + o] += sum over i < depth of x(r, i) * w(o, i), for r < rows
/// and o < outs, each output summed sequentially in double as described
/// above (y holds the initial values: the bias, or zeros).
///
/// Blocked for the cache and the vector units: register tiles of up to 8
/// rows x 4 outputs accumulate over depth chunks of 512 (the packed rows
/// stay in L1); the outputs are cut into panels whose weights stay in the
/// L2 cache while every row block passes over them. When rows * depth * outs >= `minParallelWork`, panels
/// are spread over llvm::parallelFor; each output is still computed by one
/// thread in the same order, so the result does not depend on threads.
template <typename W>
void gemmAccumulate(MatrixView<double> x, MatrixView<W> w, double *y,
                    int64_t rows, int64_t depth, int64_t outs,
                    int64_t minParallelWork = int64_t(1) << 24);

extern template void gemmAccumulate<float>(MatrixView<double>,
                                           MatrixView<float>, double *,
                                           int64_t, int64_t, int64_t,
                                           int64_t);
extern template void gemmAccumulate<double>(MatrixView<double>,
                                            MatrixView<double>, double *,
                                            int64_t, int64_t, int64_t,
                                            int64_t);

} // namespace mlir::tico::interp

#endif // TICO_INTERPRETER_GEMM_H
