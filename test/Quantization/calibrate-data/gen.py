#!/usr/bin/python3
"""Writes the calibration data of test/Quantization/calibrate*.mlir.

Three samples of x: tensor<1x4xf32> (the expected qparams in the tests are
computed by hand from these numbers), in every layout tq-calibrate reads,
plus broken files for the error tests. Run: /usr/bin/python3 gen.py
"""
import os

import numpy as np

here = os.path.dirname(os.path.abspath(__file__))
samples = np.array([[[0, 1, 2, 3]],
                    [[-2, 0, 1, -1]],
                    [[1, 1, -3, 0.5]]], dtype=np.float32)  # [3, 1, 4]


def path(name):
    return os.path.join(here, name)


os.makedirs(path("dir"), exist_ok=True)
for i, s in enumerate(samples):
    np.save(path(f"dir/x{i}.npy"), s)             # one sample per file
np.save(path("stacked.npy"), samples)              # [3, 1, 4]: new axis
np.save(path("concat.npy"), samples.reshape(3, 4))  # [3, 4]: 3 x [1, 4]
np.savez(path("stored.npz"), x=samples)            # stored zip entries
np.savez_compressed(path("deflated.npz"), samples)  # arr_0, deflate
np.save(path("single.npy"), samples[0])

# Broken inputs.
np.save(path("bad-dtype.npy"), samples[0].astype(np.float64))
np.save(path("bad-shape.npy"), np.zeros((1, 5), np.float32))
np.savez(path("bad-key.npz"), y=samples[0])
with open(path("not-zip.npz"), "wb") as f:  # a .npy under an .npz name
    f.write(open(path("single.npy"), "rb").read())
# Two-argument function: x holds 3 samples, y only 2.
np.savez(path("bad-count.npz"), x=samples, y=samples[:2])
