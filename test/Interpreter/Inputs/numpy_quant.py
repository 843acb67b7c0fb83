"""Inputs and numpy reference results for numpy-quant.mlir.

  numpy_quant.py make DIR    writes the input (with exact .5 ties mixed in)
  numpy_quant.py check DIR   compares DIR/out/*.npy with numpy
"""
import sys

import numpy as np


def round_half_away(v):
    return np.sign(v) * np.floor(np.abs(v) + 0.5)


def quantize(x, scale, zp, qmin, qmax):
    # x / scale in float32, as TFLite's float kernels do.
    q = round_half_away((x / np.float32(scale)).astype(np.float64)) + zp
    return np.clip(q, qmin, qmax)


def make(d):
    rng = np.random.default_rng(99)
    x = rng.uniform(-2, 2, (3, 64)).astype(np.float32)
    # Exact ties for every row's scale: k + 0.5 steps, both signs.
    x[0, :8] = np.array([0.5, -0.5, 1.5, -1.5, 2.5, -2.5, 7.5, -8.5]) * 0.0125
    x[1, :4] = np.array([0.5, -0.5, 2.5, -2.5]) * 0.05
    x[2, :4] = np.array([0.5, -0.5, 2.5, -2.5]) * 0.5
    np.save(f"{d}/x.npy", x)


def check(d):
    x = np.load(f"{d}/x.npy")
    per_tensor = quantize(x, 0.0125, -5, -128, 127)
    scales = [0.01, 0.05, 0.003]
    zps = [128, 3, 250]
    per_axis = np.stack([quantize(x[i], scales[i], zps[i], 0, 255)
                         for i in range(3)])
    fq_scales = [0.02, 0.5, 0.001]
    fq_zps = [0, 1, -2]
    fake = np.stack([(quantize(x[i], fq_scales[i], fq_zps[i], -8, 7) - fq_zps[i])
                     * fq_scales[i] for i in range(3)])
    deq = np.stack([(per_axis[i] - zps[i]) * scales[i] for i in range(3)])
    checks = {
        "per_tensor": (per_tensor, np.int8, 0),
        "per_axis": (per_axis, np.uint8, 0),
        "fake_quant": (fake, np.float32, 1e-7),
        "dequantized": (deq, np.float32, 1e-7),
    }
    for name, (want, dtype, tol) in checks.items():
        got = np.load(f"{d}/out/{name}.npy")
        if got.dtype != dtype:
            print(name, "dtype", got.dtype)
        elif not np.allclose(got.astype(np.float64), want, rtol=0, atol=tol):
            print(name, "max diff", np.abs(got - want).max())
        else:
            print(name, "ok")


if __name__ == "__main__":
    {"make": make, "check": check}[sys.argv[1]](sys.argv[2])
