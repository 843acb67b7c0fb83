"""Shared by the numpy cross-check scripts: compares the outputs tico-run
wrote to DIR/out/<name>.npy with numpy's expected arrays, one line each."""
import numpy as np


def report(d, expected, rtol=1e-5, atol=1e-5):
    for name, want in expected.items():
        got = np.load(f"{d}/out/{name}.npy")
        if got.shape != want.shape:
            print(name, "shape", got.shape, "expected", want.shape)
        elif not np.allclose(got, want, rtol=rtol, atol=atol):
            print(name, "max diff", np.abs(got - want).max())
        else:
            print(name, "ok")
