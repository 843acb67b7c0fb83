#!/usr/bin/env python3
"""Calibration and evaluation inputs of the bundled default model.

The model is models/onnx/gemma4_like_float/model.onnx (batch 2, sequence 32,
vocabulary 128, image placeholder 127, pad 0, a 32x32 image per row cut into
an 8x8 grid of patches pooled to 16 visual tokens). The inputs follow the
layout of scripts/gen_models.py: both rows hold their 16 placeholders in the
slot [2, 18) (what gemma4_like.json's slot_start says), text ids are random
in [1, 127), and a random number of trailing tokens of row 1 is padding (pad
id 0, attention_mask 0). Samples differ in ids, pixels and padding.

Deterministic (numpy's legacy RandomState stream is frozen): run with any
numpy,

    /usr/bin/python3 models/gemma4_like/gen_inputs.py

which rewrites calibration.npz (32 samples, each argument stacked [32, ...],
deflate-compressed)
and eval/<argument>.npy (one sample from a different seed).
"""
import os

import numpy as np

BATCH, SEQ, IMAGE, GRID = 2, 32, 32, 8
IMAGE_TOKEN, PAD, SLOT, VISUAL = 127, 0, 2, 16
CALIBRATION_SAMPLES = 32
CALIBRATION_SEED, EVAL_SEED = 2030, 2031


def sample(rng):
    ids = rng.randint(1, IMAGE_TOKEN, size=(BATCH, SEQ)).astype(np.int64)
    ids[:, SLOT:SLOT + VISUAL] = IMAGE_TOKEN
    attention_mask = np.ones((BATCH, SEQ), dtype=np.int64)
    padded = rng.randint(0, 9)  # row 1 ends with 0..8 pad tokens
    if padded:
        attention_mask[1, SEQ - padded:] = 0
        ids[1, SEQ - padded:] = PAD
    # 8-bit images scaled to [0, 1], as an image processor gives them.
    pixels = rng.randint(0, 256, size=(BATCH, 3, IMAGE, IMAGE)) / 255.0
    p = np.arange(GRID * GRID)
    pix_pos = np.broadcast_to(np.stack((p % GRID, p // GRID), axis=-1),
                              (BATCH, GRID * GRID, 2)).astype(np.int64)
    position_ids = np.broadcast_to(np.arange(SEQ), (BATCH, SEQ)).astype(np.int64)
    return {
        "input_ids": ids,
        "pixel_values": pixels.astype(np.float32),
        "pixel_position_ids": np.ascontiguousarray(pix_pos),
        "position_ids": np.ascontiguousarray(position_ids),
        "attention_mask": attention_mask,
    }


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    rng = np.random.RandomState(CALIBRATION_SEED)
    samples = [sample(rng) for _ in range(CALIBRATION_SAMPLES)]
    stacked = {k: np.stack([s[k] for s in samples]) for k in samples[0]}
    np.savez_compressed(os.path.join(here, "calibration.npz"), **stacked)
    evaluation = sample(np.random.RandomState(EVAL_SEED))
    os.makedirs(os.path.join(here, "eval"), exist_ok=True)
    for name, array in evaluation.items():
        np.save(os.path.join(here, "eval", name + ".npy"), array)
    for name, array in stacked.items():
        print(f"calibration {name}: {list(array.shape)} {array.dtype}")
    print("eval row-1 padding:", int((evaluation["attention_mask"][1] == 0).sum()))


if __name__ == "__main__":
    main()
