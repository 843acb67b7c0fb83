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


# The tiny VLMs of test/models (arguments arg0..: ids [2, 8] i32, patches
# [6, 12] f32, positions [2, 8] i32 (qwen: [3, 2, 8]), valid [2, 8] bool,
# qwen also deepstack [6, 16] f32): 8 calibration samples stacked on a new leading axis
# (np.savez positional arrays arr_0, arr_1, ...), and one held-out sample
# as one .npy per argument for tico-run --compare. Image placeholders (id 9)
# at [1, 4), the slot tico-vlm-prepare assumes; text ids in [1, 16) \ {9};
# the last 0-2 positions of a row are padding (id 0, valid false).
rng = np.random.default_rng(6)


def vlm_sample(qwen):
    ids = rng.integers(1, 15, size=(2, 8)).astype(np.int32)
    ids[ids >= 9] += 1
    ids[:, 1:4] = 9
    valid = np.ones((2, 8), bool)
    for b in range(2):
        pad = rng.integers(0, 3)
        if pad:
            ids[b, 8 - pad:] = 0
            valid[b, 8 - pad:] = False
    pos = np.tile(np.arange(8, dtype=np.int32), (2, 1))
    if qwen:
        # M-RoPE (t, h, w) positions [3, 2, 8]: text tokens share one
        # position on all axes; the three image tokens sit at t = 1 on a
        # small (h, w) grid. No rng draw, so gemma4's data stay the same.
        pos = np.stack([pos, pos, pos])
        pos[0, :, 1:4] = 1
        pos[1, :, 1:4] = [1, 1, 2]
        pos[2, :, 1:4] = [1, 2, 1]
    patches = rng.standard_normal((6, 12)).astype(np.float32)
    arrays = [ids, patches, pos, valid]
    if qwen:
        arrays.append(0.5 * rng.standard_normal((6, 16)).astype(np.float32))
    return arrays


for name, qwen in [("gemma4", False), ("qwen3", True)]:
    samples = [vlm_sample(qwen) for _ in range(8)]
    np.savez(path(f"{name}.npz"), *[np.stack(a) for a in zip(*samples)])
    for i, a in enumerate(vlm_sample(qwen)):
        np.save(path(f"{name}-eval-arg{i}.npy"), a)
