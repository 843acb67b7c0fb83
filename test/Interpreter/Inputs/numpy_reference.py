"""Inputs and numpy reference results for numpy-reference.mlir.

  numpy_reference.py make DIR    writes the inputs
  numpy_reference.py check DIR   compares DIR/out/*.npy with numpy
"""
import sys

import numpy as np

from npy_check import report


def conv_nchw(x, w, b, stride, pads, dilation, groups):
    n, c, h, wd = x.shape
    o, cg, kh, kw = w.shape
    top, left, bottom, right = pads
    xp = np.zeros((n, c, h + top + bottom, wd + left + right), np.float64)
    xp[:, :, top:top + h, left:left + wd] = x
    oh = (h + top + bottom - dilation[0] * (kh - 1) - 1) // stride[0] + 1
    ow = (wd + left + right - dilation[1] * (kw - 1) - 1) // stride[1] + 1
    out = np.zeros((n, o, oh, ow))
    og = o // groups
    for oc in range(o):
        g = oc // og
        for y in range(oh):
            for xx in range(ow):
                ys = y * stride[0]
                xs = xx * stride[1]
                patch = xp[:, g * cg:(g + 1) * cg,
                           ys:ys + dilation[0] * (kh - 1) + 1:dilation[0],
                           xs:xs + dilation[1] * (kw - 1) + 1:dilation[1]]
                out[:, oc, y, xx] = (patch * w[oc]).sum(axis=(1, 2, 3)) + b[oc]
    return out


def avg_pool(x, kernel, stride, pad):
    n, c, h, w = x.shape
    oh = (h + 2 * pad[0] - kernel[0]) // stride[0] + 1
    ow = (w + 2 * pad[1] - kernel[1]) // stride[1] + 1
    out = np.zeros((n, c, oh, ow))
    for y in range(oh):
        for xx in range(ow):
            y0 = max(y * stride[0] - pad[0], 0)
            y1 = min(y * stride[0] - pad[0] + kernel[0], h)
            x0 = max(xx * stride[1] - pad[1], 0)
            x1 = min(xx * stride[1] - pad[1] + kernel[1], w)
            out[:, :, y, xx] = x[:, :, y0:y1, x0:x1].mean(axis=(2, 3))
    return out


def make(d):
    rng = np.random.default_rng(1234)
    np.save(f"{d}/x.npy", rng.standard_normal((2, 4, 7, 6)).astype(np.float32))
    np.save(f"{d}/w.npy", rng.standard_normal((6, 2, 3, 2)).astype(np.float32))
    np.save(f"{d}/b.npy", rng.standard_normal(6).astype(np.float32))
    np.save(f"{d}/p.npy", rng.standard_normal((3, 1, 5, 4)).astype(np.float32))
    np.save(f"{d}/q.npy", rng.standard_normal((2, 6, 4)).astype(np.float32))
    np.save(f"{d}/idx.npy", rng.integers(0, 7, (2, 4, 3, 6)).astype(np.int64))


def check(d):
    x = np.load(f"{d}/x.npy").astype(np.float64)
    w = np.load(f"{d}/w.npy").astype(np.float64)
    b = np.load(f"{d}/b.npy").astype(np.float64)
    p = np.load(f"{d}/p.npy").astype(np.float64)
    q = np.load(f"{d}/q.npy").astype(np.float64)
    idx = np.load(f"{d}/idx.npy")
    conv = conv_nchw(x, w, b, (2, 3), (1, 0, 2, 1), (2, 1), 2)
    mean = x.mean(-1, keepdims=True)
    var = x.var(-1, keepdims=True)
    e = np.exp(x - x.max(1, keepdims=True))
    rev = x[:, ::-2, 5:0:-2, :]
    cum = np.flip(np.cumsum(np.flip(x, 2), 2), 2) - x
    expected = {
        "conv": conv,
        "conv_nhwc": conv.transpose(0, 2, 3, 1),
        "matmul": p @ np.swapaxes(q, -1, -2),
        "layer_norm": (x - mean) / np.sqrt(var + 1e-5),
        "softmax": e / e.sum(1, keepdims=True),
        "avg_pool": avg_pool(x, (3, 2), (2, 2), (1, 0)),
        "reversed": np.concatenate([rev, rev], 2)[:, :, 1:5, :],
        "cumsum": cum,
        "gathered": np.take_along_axis(x, idx, 2),
    }
    report(d, expected)


if __name__ == "__main__":
    {"make": make, "check": check}[sys.argv[1]](sys.argv[2])
