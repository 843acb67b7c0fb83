//===- LinearAlgebraKernels.cpp - FC, matmul, convolution, pooling --------===//
//
// Float FC and matmul: the blocked product of Gemm.h (each output a
// sequential sum in double, weights read in place), rounded once to the
// result type. Quantized FC dispatches to
// the TFLite-exact kernel in QuantizedKernels.cpp. Circle NHWC
// tensors are transposed to NCHW, run through the same direct convolution
// and pooling as tq, and transposed back.
//
//===----------------------------------------------------------------------===//

#include "QuantizedKernels.h"

#include "tico/Dialect/Circle/IR/CircleOps.h"
#include "tico/Interpreter/Gemm.h"

#include "mlir/Dialect/Quant/IR/QuantTypes.h"

#include <optional>

namespace mlir::tico::interp {
namespace {

LogicalResult store(KernelContext &context, std::vector<double> &values) {
  if (failed(applyFusedActivation(context, values)))
    return failure();
  HostTensor &out = context.result();
  out = HostTensor::fromDoubles(out.getElementType(), out.getShape(), values);
  return success();
}

//===----------------------------------------------------------------------===//
// Fully connected and matmul
//===----------------------------------------------------------------------===//

/// y[rows, out] = x[rows, in] * W[out, in]^T + b[out].
LogicalResult linear(KernelContext &context) {
  if (hasQuantizedOperand(context))
    return quantizedFullyConnected(context);
  if (failed(requireFloat(context)))
    return failure();
  const HostTensor &x = context.operand(0);
  const HostTensor &w = context.operand(1);
  const HostTensor *b =
      context.operands.size() > 2 ? &context.operand(2) : nullptr;
  if (w.getRank() != 2)
    return context.op->emitOpError("expected a rank-2 weight, got rank ")
           << w.getRank();
  int64_t outDim = w.getShape()[0], inDim = w.getShape()[1];
  if (x.getRank() == 0 || (inDim && x.getNumElements() % inDim != 0))
    return context.op->emitOpError("expected an input with a multiple of ")
           << inDim << " elements";
  // An empty reduction (in = 0) keeps x's leading dimensions as the rows.
  int64_t rows = inDim ? x.getNumElements() / inDim
                       : getNumElements(x.getShape().drop_back());
  if (rows * outDim != context.result().getNumElements())
    return context.op->emitOpError("expected ")
           << rows * outDim << " result elements";
  std::vector<double> xv = x.toDoubles();
  std::vector<double> y(rows * outDim, 0.0);
  if (b && !b->isAbsent()) {
    if (b->getNumElements() != outDim)
      return context.op->emitOpError("expected a bias of ")
             << outDim << " elements, got " << b->getNumElements();
    std::vector<double> bv = b->toDoubles();
    for (int64_t r = 0; r < rows; ++r)
      std::copy(bv.begin(), bv.end(), y.begin() + r * outDim);
  }
  // y = bias + x * W^T, W [out, in] read in place when f32/f64 (an lm_head
  // weight is GBs).
  MatrixView<double> xm{xv.data(), inDim, 1};
  if (w.getElementType().isF32()) {
    gemmAccumulate(xm, MatrixView<float>{w.getData<float>().data(), inDim, 1},
                   y.data(), rows, inDim, outDim);
  } else if (w.getElementType().isF64()) {
    gemmAccumulate(xm,
                   MatrixView<double>{w.getData<double>().data(), inDim, 1},
                   y.data(), rows, inDim, outDim);
  } else { // f16, bf16: widened once
    std::vector<double> wv = w.toDoubles();
    gemmAccumulate(xm, MatrixView<double>{wv.data(), inDim, 1}, y.data(),
                   rows, inDim, outDim);
  }
  return store(context, y);
}

LogicalResult matmul(KernelContext &context, bool transposeLhs,
                     bool transposeRhs) {
  std::optional<QuantizedMatmul> quantized;
  if (hasQuantizedOperand(context)) {
    FailureOr<QuantizedMatmul> params = prepareQuantizedMatmul(context);
    if (failed(params))
      return failure();
    quantized = *params;
  } else if (failed(requireFloat(context))) {
    return failure();
  }
  const HostTensor &lhs = context.operand(0);
  const HostTensor &rhs = context.operand(1);
  HostTensor &out = context.result();
  if (lhs.getRank() < 2 || rhs.getRank() < 2 || out.getRank() < 2)
    return context.op->emitOpError("expected operands of rank >= 2");
  ArrayRef<int64_t> ls = lhs.getShape(), rs = rhs.getShape();
  int64_t m = transposeLhs ? ls.back() : ls[ls.size() - 2];
  int64_t k = transposeLhs ? ls[ls.size() - 2] : ls.back();
  int64_t k2 = transposeRhs ? rs.back() : rs[rs.size() - 2];
  int64_t n = transposeRhs ? rs[rs.size() - 2] : rs.back();
  ArrayRef<int64_t> os = out.getShape();
  if (k != k2 || os[os.size() - 2] != m || os.back() != n)
    return context.op->emitOpError("expected matching contraction sizes, got ")
           << k << " and " << k2;
  ArrayRef<int64_t> batch = os.drop_back(2);
  std::vector<int64_t> lmap = broadcastIndexMap(ls.drop_back(2), batch);
  std::vector<int64_t> rmap = broadcastIndexMap(rs.drop_back(2), batch);
  // A float rhs (often a weight) is read in place; quantized operands are
  // centered storage integers, so the products are exact.
  std::vector<double> lv = lhs.toDoubles(), rv;
  bool rhsInPlace = !quantized && rhs.getElementType().isF32();
  if (!rhsInPlace)
    rv = rhs.toDoubles();
  if (quantized) {
    for (double &v : lv)
      v -= static_cast<double>(quantized->lhsZeroPoint);
    for (double &v : rv)
      v -= static_cast<double>(quantized->rhsZeroPoint);
  }
  int64_t batches = getNumElements(batch);
  std::vector<double> y(batches * m * n, 0.0);
  // y(i, j) = sum over kk of lhs(i, kk) * rhs(kk, j): lhs is the product's
  // x and rhs^T its weight, both through their strides (no transposes).
  MatrixView<double> a{nullptr, transposeLhs ? 1 : k, transposeLhs ? m : 1};
  int64_t rowStride = transposeRhs ? k : 1, colStride = transposeRhs ? 1 : n;
  for (int64_t bi = 0; bi < batches; ++bi) {
    a.data = lv.data() + lmap[bi] * m * k;
    double *out = y.data() + bi * m * n;
    if (rhsInPlace)
      gemmAccumulate(a,
                     MatrixView<float>{rhs.getData<float>().data() +
                                           rmap[bi] * k * n,
                                       rowStride, colStride},
                     out, m, k, n);
    else
      gemmAccumulate(
          a, MatrixView<double>{rv.data() + rmap[bi] * k * n, rowStride,
                                colStride},
          out, m, k, n);
  }
  if (quantized) {
    requantizeMatmul(*quantized, y, out);
    return success();
  }
  return store(context, y);
}

LogicalResult tqMatmul(KernelContext &context) {
  return matmul(context, getBoolAttr(context.op, "transpose_lhs"),
                getBoolAttr(context.op, "transpose_rhs"));
}

LogicalResult circleBatchMatmul(KernelContext &context) {
  return matmul(context, getBoolAttr(context.op, "adjoint_lhs"),
                getBoolAttr(context.op, "adjoint_rhs"));
}

//===----------------------------------------------------------------------===//
// Convolution and pooling (NCHW cores)
//===----------------------------------------------------------------------===//

struct Window {
  int64_t kh, kw, sh, sw, dh, dw, padTop, padLeft;
};

/// out[N, O, OH, OW] = sum over c in the group, kh, kw of in * w (+ bias).
std::vector<double> convNCHW(ArrayRef<double> in, ArrayRef<int64_t> inShape,
                             ArrayRef<double> w, int64_t outChannels,
                             int64_t groups, ArrayRef<double> bias,
                             const Window &win, int64_t oh, int64_t ow) {
  int64_t n = inShape[0], c = inShape[1], h = inShape[2], wd = inShape[3];
  int64_t cg = c / groups, og = outChannels / groups;
  std::vector<double> out(n * outChannels * oh * ow, 0.0);
  for (int64_t b = 0; b < n; ++b)
    for (int64_t o = 0; o < outChannels; ++o) {
      int64_t g = o / og;
      double *plane = out.data() + (b * outChannels + o) * oh * ow;
      double init = bias.empty() ? 0.0 : bias[o];
      for (int64_t i = 0; i < oh * ow; ++i)
        plane[i] = init;
      for (int64_t ci = 0; ci < cg; ++ci) {
        const double *src = in.data() + (b * c + g * cg + ci) * h * wd;
        for (int64_t ky = 0; ky < win.kh; ++ky)
          for (int64_t kx = 0; kx < win.kw; ++kx) {
            double wv = w[((o * cg + ci) * win.kh + ky) * win.kw + kx];
            for (int64_t y = 0; y < oh; ++y) {
              int64_t iy = y * win.sh - win.padTop + ky * win.dh;
              if (iy < 0 || iy >= h)
                continue;
              for (int64_t x = 0; x < ow; ++x) {
                int64_t ix = x * win.sw - win.padLeft + kx * win.dw;
                if (ix < 0 || ix >= wd)
                  continue;
                plane[y * ow + x] += wv * src[iy * wd + ix];
              }
            }
          }
      }
    }
  return out;
}

/// `integerRound` divides integer sums as TFLite's quantized AveragePool
/// (reference/integer_ops/pooling.h): half away from zero, in integers.
/// With `countIncludePad`, padded taps count as `padValue` (a quantized
/// tensor pads with its zero point, as circle PAD does).
std::vector<double> avgPoolNCHW(ArrayRef<double> in, ArrayRef<int64_t> shape,
                                const Window &win, int64_t oh, int64_t ow,
                                bool countIncludePad,
                                bool integerRound = false,
                                double padValue = 0.0) {
  int64_t planes = shape[0] * shape[1], h = shape[2], w = shape[3];
  std::vector<double> out(planes * oh * ow);
  for (int64_t p = 0; p < planes; ++p)
    for (int64_t y = 0; y < oh; ++y)
      for (int64_t x = 0; x < ow; ++x) {
        double sum = 0.0;
        int64_t count = 0;
        for (int64_t ky = 0; ky < win.kh; ++ky)
          for (int64_t kx = 0; kx < win.kw; ++kx) {
            int64_t iy = y * win.sh - win.padTop + ky;
            int64_t ix = x * win.sw - win.padLeft + kx;
            if (iy < 0 || iy >= h || ix < 0 || ix >= w)
              continue;
            sum += in[(p * h + iy) * w + ix];
            ++count;
          }
        int64_t divisor = countIncludePad ? win.kh * win.kw : count;
        if (countIncludePad) // padded taps hold `padValue`
          sum += padValue * static_cast<double>(divisor - count);
        double &result = out[(p * oh + y) * ow + x];
        if (!divisor) {
          result = 0.0;
        } else if (integerRound) {
          auto acc = static_cast<int64_t>(sum);
          result = static_cast<double>(
              acc > 0 ? (acc + divisor / 2) / divisor
                      : (acc - divisor / 2) / divisor);
        } else {
          result = sum / divisor;
        }
      }
  return out;
}

/// Permutes a rank-4 array: out[i0..i3] = in[index at perm].
std::vector<double> permute4(ArrayRef<double> in, ArrayRef<int64_t> shape,
                             std::array<int64_t, 4> perm,
                             SmallVectorImpl<int64_t> &outShape) {
  outShape.clear();
  for (int64_t p : perm)
    outShape.push_back(shape[p]);
  SmallVector<int64_t, 4> inStrides = getStrides(shape);
  std::vector<double> out(in.size());
  int64_t i = 0;
  for (int64_t a = 0; a < outShape[0]; ++a)
    for (int64_t b = 0; b < outShape[1]; ++b)
      for (int64_t c = 0; c < outShape[2]; ++c)
        for (int64_t d = 0; d < outShape[3]; ++d)
          out[i++] = in[a * inStrides[perm[0]] + b * inStrides[perm[1]] +
                        c * inStrides[perm[2]] + d * inStrides[perm[3]]];
  return out;
}

constexpr std::array<int64_t, 4> kNHWCToNCHW = {0, 3, 1, 2};
constexpr std::array<int64_t, 4> kNCHWToNHWC = {0, 2, 3, 1};

FailureOr<std::array<int64_t, 4>> getPads(KernelContext &context) {
  ArrayRef<int64_t> p = getI64ArrayAttr(context.op, "padding");
  if (p.empty())
    return std::array<int64_t, 4>{0, 0, 0, 0};
  if (p.size() == 2)
    return std::array<int64_t, 4>{p[0], p[1], p[0], p[1]};
  if (p.size() == 4)
    return std::array<int64_t, 4>{p[0], p[1], p[2], p[3]};
  return context.op->emitOpError("expected 2 or 4 padding values, got ")
         << p.size();
}

LogicalResult checkRank4(KernelContext &context) {
  for (const HostTensor *t : context.operands)
    if (!t->isAbsent() && t->getRank() != 4 && t->getRank() != 1)
      return context.op->emitOpError("expected rank-4 tensors, got rank ")
             << t->getRank();
  if (context.result().getRank() != 4)
    return context.op->emitOpError("expected a rank-4 result");
  return success();
}

std::vector<double> biasValues(KernelContext &context, unsigned index) {
  if (context.operands.size() <= index || context.operand(index).isAbsent())
    return {};
  return context.operand(index).toDoubles();
}

/// The convolution core on NCHW values. With `quantized`, the input and the
/// filter are centered on their zero points first, so the result holds the
/// exact integer accumulators (plus the integer bias) to requantize.
std::vector<double> convCore(std::vector<double> x, ArrayRef<int64_t> nchwShape,
                             std::vector<double> filterOIHW,
                             int64_t outChannels, int64_t groups,
                             ArrayRef<double> bias, const Window &win,
                             int64_t oh, int64_t ow,
                             const std::optional<QuantizedWeighted> &quantized) {
  if (quantized) {
    for (double &v : x)
      v -= static_cast<double>(quantized->inputZeroPoint);
    size_t block = filterOIHW.size() / outChannels;
    for (size_t i = 0; i < filterOIHW.size(); ++i)
      filterOIHW[i] -=
          static_cast<double>(quantized->filterZeroPoints[i / block]);
  }
  return convNCHW(x, nchwShape, filterOIHW, outChannels, groups, bias, win, oh,
                  ow);
}

/// Quantized convolutions: the TFLite-exact parameters, or float checks.
FailureOr<std::optional<QuantizedWeighted>>
prepareConv(KernelContext &context, int64_t filterAxis) {
  if (failed(checkRank4(context)))
    return failure();
  if (!hasQuantizedOperand(context)) {
    if (failed(requireFloat(context)))
      return failure();
    return std::optional<QuantizedWeighted>();
  }
  FailureOr<QuantizedWeighted> params = prepareQuantizedWeighted(
      context, filterAxis, context.operand(1).getShape()[filterAxis]);
  if (failed(params))
    return failure();
  return std::optional<QuantizedWeighted>(*params);
}

/// Stores NCHW integers into `out` after the NHWC circle requantization
/// (which scales per innermost channel).
void requantizeNCHW(const QuantizedWeighted &params, ArrayRef<double> y,
                    ArrayRef<int64_t> nchwShape, HostTensor &out) {
  SmallVector<int64_t, 4> nhwcShape, back;
  std::vector<double> yNHWC = permute4(y, nchwShape, kNCHWToNHWC, nhwcShape);
  HostTensor nhwc(out.getElementType(), nhwcShape);
  requantizeWeighted(params, yNHWC, nhwc);
  std::vector<int64_t> ints = nhwc.toInts();
  std::vector<double> values(ints.begin(), ints.end());
  std::vector<double> nchw = permute4(values, nhwcShape, kNHWCToNCHW, back);
  for (int64_t i = 0, e = out.getNumElements(); i < e; ++i)
    out.setInt(i, static_cast<int64_t>(nchw[i]));
}

/// tq.conv2d (NCHW, OIHW filter): quantized operands take the same integer
/// core and requantization as CONV_2D / DEPTHWISE_CONV_2D.
LogicalResult tqConv2D(KernelContext &context) {
  FailureOr<std::optional<QuantizedWeighted>> quantized =
      prepareConv(context, /*filterAxis=*/0);
  if (failed(quantized))
    return failure();
  FailureOr<std::array<int64_t, 4>> pads = getPads(context);
  if (failed(pads))
    return failure();
  const HostTensor &in = context.operand(0);
  const HostTensor &w = context.operand(1);
  HostTensor &out = context.result();
  ArrayRef<int64_t> strides = getI64ArrayAttr(context.op, "strides");
  ArrayRef<int64_t> dilations = getI64ArrayAttr(context.op, "dilations");
  int64_t groups = getIntAttr(context.op, "groups", 1);
  int64_t sh = strides.size() == 2 ? strides[0] : 1;
  int64_t sw = strides.size() == 2 ? strides[1] : 1;
  int64_t dh = dilations.size() == 2 ? dilations[0] : 1;
  int64_t dw = dilations.size() == 2 ? dilations[1] : 1;
  if (groups <= 0 || in.getShape()[1] % groups ||
      in.getShape()[1] / groups != w.getShape()[1])
    return context.op->emitOpError("expected input channels = groups * ")
           << w.getShape()[1] << ", got " << in.getShape()[1];
  Window win{w.getShape()[2], w.getShape()[3], sh, sw, dh, dw, (*pads)[0],
             (*pads)[1]};
  std::vector<double> y =
      convCore(in.toDoubles(), in.getShape(), w.toDoubles(), w.getShape()[0],
               groups, biasValues(context, 2), win, out.getShape()[2],
               out.getShape()[3], *quantized);
  if (*quantized) {
    requantizeNCHW(**quantized, y, out.getShape(), out);
    return success();
  }
  return store(context, y);
}

/// Shared by CONV_2D and DEPTHWISE_CONV_2D. With `quantized`, the input and
/// the filter are centered on their zero points, so the core computes exact
/// integer accumulators that are then requantized.
LogicalResult circleConv(KernelContext &context, bool same,
                         std::vector<double> filterOIHW, int64_t outChannels,
                         int64_t groups, int64_t kh, int64_t kw,
                         const std::optional<QuantizedWeighted> &quantized) {
  Operation *op = context.op;
  const HostTensor &in = context.operand(0);
  HostTensor &out = context.result();
  int64_t sh = getIntAttr(op, "stride_h", 1), sw = getIntAttr(op, "stride_w", 1);
  int64_t dh = getIntAttr(op, "dilation_h_factor", 1);
  int64_t dw = getIntAttr(op, "dilation_w_factor", 1);
  WindowPad ph = computeWindowPad(same, in.getShape()[1], kh, sh, dh);
  WindowPad pw = computeWindowPad(same, in.getShape()[2], kw, sw, dw);
  if (ph.out != out.getShape()[1] || pw.out != out.getShape()[2])
    return op->emitOpError("expected output spatial size ")
           << ph.out << "x" << pw.out << ", got " << out.getShape()[1] << "x"
           << out.getShape()[2];
  SmallVector<int64_t, 4> nchwShape, outShape;
  std::vector<double> x =
      permute4(in.toDoubles(), in.getShape(), kNHWCToNCHW, nchwShape);
  Window win{kh, kw, sh, sw, dh, dw, ph.before, pw.before};
  std::vector<double> y =
      convCore(std::move(x), nchwShape, std::move(filterOIHW), outChannels,
               groups, biasValues(context, 2), win, ph.out, pw.out, quantized);
  std::vector<double> yNHWC =
      permute4(y, {nchwShape[0], outChannels, ph.out, pw.out}, kNCHWToNHWC,
               outShape);
  if (quantized) {
    requantizeWeighted(*quantized, yNHWC, out);
    return success();
  }
  return store(context, yNHWC);
}

LogicalResult circleConv2D(KernelContext &context) {
  FailureOr<std::optional<QuantizedWeighted>> quantized =
      prepareConv(context, /*filterAxis=*/0);
  if (failed(quantized))
    return failure();
  const HostTensor &in = context.operand(0);
  const HostTensor &w = context.operand(1); // OHWI
  int64_t c = in.getShape()[3], fi = w.getShape()[3];
  if (fi <= 0 || c % fi)
    return context.op->emitOpError("expected input depth a multiple of ")
           << fi << ", got " << c;
  SmallVector<int64_t, 4> oihwShape;
  std::vector<double> oihw =
      permute4(w.toDoubles(), w.getShape(), {0, 3, 1, 2}, oihwShape);
  bool same = cast<circle::Conv2DOp>(context.op).getPadding() ==
              circle::Padding::SAME;
  return circleConv(context, same, std::move(oihw), w.getShape()[0], c / fi,
                    w.getShape()[1], w.getShape()[2], *quantized);
}

LogicalResult circleDepthwiseConv2D(KernelContext &context) {
  FailureOr<std::optional<QuantizedWeighted>> quantized =
      prepareConv(context, /*filterAxis=*/3);
  if (failed(quantized))
    return failure();
  const HostTensor &in = context.operand(0);
  const HostTensor &w = context.operand(1); // [1, KH, KW, C * M]
  int64_t c = in.getShape()[3], oc = w.getShape()[3];
  if (c <= 0 || oc % c)
    return context.op->emitOpError("expected filter depth a multiple of ")
           << c << ", got " << oc;
  // [1, KH, KW, O] -> [O, 1, KH, KW]; output channel o reads input o / M.
  SmallVector<int64_t, 4> oihwShape;
  std::vector<double> oihw =
      permute4(w.toDoubles(), w.getShape(), {3, 0, 1, 2}, oihwShape);
  bool same = cast<circle::DepthwiseConv2DOp>(context.op).getPadding() ==
              circle::Padding::SAME;
  return circleConv(context, same, std::move(oihw), oc, c, w.getShape()[1],
                    w.getShape()[2], *quantized);
}

/// Quantized average pooling (input and output with the same scale and zero
/// point, as pooling.cc requires): the fused activation range in the
/// quantized domain; std::nullopt for float pooling.
FailureOr<std::optional<std::pair<int32_t, int32_t>>>
preparePool(KernelContext &context) {
  if (!hasQuantizedOperand(context)) {
    if (failed(requireFloat(context)))
      return failure();
    return std::optional<std::pair<int32_t, int32_t>>();
  }
  FailureOr<QParams> inQ =
      getPerTensorQParams(context, context.operand(0), "input");
  if (failed(inQ))
    return failure();
  FailureOr<QParams> outQ =
      getPerTensorQParams(context, context.result(), "result");
  if (failed(outQ))
    return failure();
  if (context.operand(0).getElementType() != context.result().getElementType())
    return context.notSupported("quantized " +
                                context.op->getName().getStringRef() +
                                " with differing input and output "
                                "quantization");
  FailureOr<std::pair<int32_t, int32_t>> range =
      quantizedActivationRange(context, *outQ);
  if (failed(range))
    return failure();
  return std::optional<std::pair<int32_t, int32_t>>(*range);
}

/// Stores pooled values: quantized ones clamped to `range`.
LogicalResult storePooled(KernelContext &context, std::vector<double> &y,
                          std::optional<std::pair<int32_t, int32_t>> range) {
  if (!range)
    return store(context, y);
  HostTensor &out = context.result();
  for (int64_t i = 0, e = out.getNumElements(); i < e; ++i)
    out.setInt(i, std::min<int64_t>(
                      std::max<int64_t>(static_cast<int64_t>(y[i]),
                                        range->first),
                      range->second));
  return success();
}

/// tq.avg_pool2d (NCHW): quantized operands take AVERAGE_POOL_2D's integer
/// rounding; with count_include_pad, padded taps hold the zero point (what
/// the lowering's PAD + VALID pool computes).
LogicalResult tqAvgPool2D(KernelContext &context) {
  FailureOr<std::optional<std::pair<int32_t, int32_t>>> quantRange =
      preparePool(context);
  if (failed(quantRange) || failed(checkRank4(context)))
    return failure();
  FailureOr<std::array<int64_t, 4>> pads = getPads(context);
  if (failed(pads))
    return failure();
  ArrayRef<int64_t> kernel = getI64ArrayAttr(context.op, "kernel");
  ArrayRef<int64_t> strides = getI64ArrayAttr(context.op, "strides");
  if (kernel.size() != 2 || strides.size() != 2)
    return context.op->emitOpError("expected 2 kernel and stride values");
  const HostTensor &in = context.operand(0);
  HostTensor &out = context.result();
  Window win{kernel[0], kernel[1], strides[0], strides[1], 1, 1, (*pads)[0],
             (*pads)[1]};
  double padValue = 0.0;
  if (*quantRange)
    padValue = static_cast<double>(
        cast<quant::UniformQuantizedType>(in.getElementType()).getZeroPoint());
  std::vector<double> y = avgPoolNCHW(
      in.toDoubles(), in.getShape(), win, out.getShape()[2], out.getShape()[3],
      getBoolAttr(context.op, "count_include_pad", true),
      /*integerRound=*/quantRange->has_value(), padValue);
  return storePooled(context, y, *quantRange);
}

/// AVERAGE_POOL_2D divides by the number of in-bounds elements (TFLite).
/// Quantized (input and output with the same scale and zero point, as
/// pooling.cc requires): integer sums, rounded division, fused activation
/// range in the quantized domain.
LogicalResult circleAvgPool2D(KernelContext &context) {
  FailureOr<std::optional<std::pair<int32_t, int32_t>>> quantRange =
      preparePool(context);
  if (failed(quantRange))
    return failure();
  if (failed(checkRank4(context)))
    return failure();
  Operation *op = context.op;
  const HostTensor &in = context.operand(0);
  HostTensor &out = context.result();
  bool same = cast<circle::AveragePool2DOp>(op).getPadding() ==
              circle::Padding::SAME;
  int64_t kh = getIntAttr(op, "filter_height"), kw = getIntAttr(op, "filter_width");
  int64_t sh = getIntAttr(op, "stride_h", 1), sw = getIntAttr(op, "stride_w", 1);
  WindowPad ph = computeWindowPad(same, in.getShape()[1], kh, sh, 1);
  WindowPad pw = computeWindowPad(same, in.getShape()[2], kw, sw, 1);
  if (ph.out != out.getShape()[1] || pw.out != out.getShape()[2])
    return op->emitOpError("expected output spatial size ")
           << ph.out << "x" << pw.out;
  SmallVector<int64_t, 4> nchwShape, outShape;
  std::vector<double> x =
      permute4(in.toDoubles(), in.getShape(), kNHWCToNCHW, nchwShape);
  Window win{kh, kw, sh, sw, 1, 1, ph.before, pw.before};
  std::vector<double> y =
      avgPoolNCHW(x, nchwShape, win, ph.out, pw.out, /*countIncludePad=*/false,
                  /*integerRound=*/quantRange->has_value());
  std::vector<double> yNHWC = permute4(
      y, {nchwShape[0], nchwShape[1], ph.out, pw.out}, kNCHWToNHWC, outShape);
  return storePooled(context, yNHWC, *quantRange);
}

} // namespace

void registerLinearAlgebraKernels(KernelRegistry &registry) {
  // Quantized FC is TFLite-exact (QuantizedKernels.cpp).
  registry.add("tq.linear", linear, /*handlesQuantized=*/true);
  registry.add("circle.fully_connected", linear, /*handlesQuantized=*/true);
  registry.add("tq.matmul", tqMatmul, /*handlesQuantized=*/true);
  registry.add("circle.batch_matmul", circleBatchMatmul,
               /*handlesQuantized=*/true);
  registry.add("tq.conv2d", tqConv2D, /*handlesQuantized=*/true);
  registry.add("circle.conv_2d", circleConv2D, /*handlesQuantized=*/true);
  registry.add("circle.depthwise_conv_2d", circleDepthwiseConv2D,
               /*handlesQuantized=*/true);
  registry.add("tq.avg_pool2d", tqAvgPool2D, /*handlesQuantized=*/true);
  registry.add("circle.average_pool_2d", circleAvgPool2D,
               /*handlesQuantized=*/true);
}

} // namespace mlir::tico::interp
