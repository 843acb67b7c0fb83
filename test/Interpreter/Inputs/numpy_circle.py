"""Inputs and numpy reference results for numpy-circle.mlir.

  numpy_circle.py make DIR    writes the inputs
  numpy_circle.py check DIR   compares DIR/out/*.npy with numpy
"""
import sys

import numpy as np

from npy_check import report


def same_pad(size, k, s):
    out = -(-size // s)
    total = max((out - 1) * s + k - size, 0)
    return out, total // 2


def depthwise(x, f, sh, sw):
    n, h, w, c = x.shape
    _, kh, kw, oc = f.shape
    mult = oc // c
    oh, pt = same_pad(h, kh, sh)
    ow, pl = same_pad(w, kw, sw)
    out = np.zeros((n, oh, ow, oc))
    for y in range(oh):
        for xx in range(ow):
            for ky in range(kh):
                for kx in range(kw):
                    iy, ix = y * sh - pt + ky, xx * sw - pl + kx
                    if 0 <= iy < h and 0 <= ix < w:
                        for o in range(oc):
                            out[:, y, xx, o] += x[:, iy, ix, o // mult] * f[0, ky, kx, o]
    return np.maximum(out, 0)


def avg_pool_same(x, kh, kw, sh, sw):
    n, h, w, c = x.shape
    oh, pt = same_pad(h, kh, sh)
    ow, pl = same_pad(w, kw, sw)
    out = np.zeros((n, oh, ow, c))
    for y in range(oh):
        for xx in range(ow):
            y0, x0 = max(y * sh - pt, 0), max(xx * sw - pl, 0)
            y1, x1 = min(y * sh - pt + kh, h), min(xx * sw - pl + kw, w)
            out[:, y, xx, :] = x[:, y0:y1, x0:x1, :].mean(axis=(1, 2))
    return out


def make(d):
    rng = np.random.default_rng(42)
    np.save(f"{d}/x.npy", rng.standard_normal((1, 5, 6, 3)).astype(np.float32))
    np.save(f"{d}/f.npy", rng.standard_normal((1, 3, 2, 6)).astype(np.float32))
    np.save(f"{d}/s.npy", rng.standard_normal((1, 1, 5, 6)).astype(np.float32))
    np.save(f"{d}/c.npy", rng.standard_normal((1, 1, 5, 6)).astype(np.float32))
    ids = np.stack([rng.integers(0, 5, 5), rng.integers(0, 6, 5)], 1)
    np.save(f"{d}/ids.npy", ids.astype(np.int32))


def check(d):
    x = np.load(f"{d}/x.npy").astype(np.float64)
    f = np.load(f"{d}/f.npy").astype(np.float64)
    s = np.load(f"{d}/s.npy").astype(np.float64)
    c = np.load(f"{d}/c.npy").astype(np.float64)
    ids = np.load(f"{d}/ids.npy")
    w = f.reshape(12, 3)[:4]
    x3 = x.reshape(5, 6, 3)
    xr = x.reshape(1, 5, 3, 6)
    sin, cos = s[:, :, 1:4, :], c[:, :, 1:4, :]
    neox = np.concatenate([-xr[..., 3:], xr[..., :3]], -1)
    gptj = np.empty_like(xr)
    gptj[..., 0::2] = -xr[..., 1::2]
    gptj[..., 1::2] = xr[..., 0::2]
    expected = {
        "depthwise": depthwise(x, f, 2, 3),
        "pool": avg_pool_same(x, 3, 2, 2, 3),
        "fc": x.reshape(30, 3) @ w.T + np.array([0.5, -1.0, 0.0, 2.0]),
        "bmm": np.swapaxes(x3, 1, 2) @ np.swapaxes(s.reshape(1, 5, 6), 1, 2),
        "rope_neox": (xr * cos + neox * sin).reshape(1, 5, 6, 3),
        "rope_j": (xr * cos + gptj * sin).reshape(1, 5, 6, 3),
        "rms": x / np.sqrt((x * x).mean(-1, keepdims=True) + 1e-3)
               * np.array([1.0, 0.5, -2.0]),
        "gather_b": np.stack([x3[b, ids[b]] for b in range(5)]).reshape(1, 5, 2, 3),
        "gather_nd": x3[ids[:, 0], ids[:, 1]],
        "tiled": np.tile(x, (2, 1, 2, 1)),
        "part": x[:, :, 1:5, :],
        "mean": x.mean(axis=(3, 1), keepdims=True),
    }
    report(d, expected)


if __name__ == "__main__":
    {"make": make, "check": check}[sys.argv[1]](sys.argv[2])
