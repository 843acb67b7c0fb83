#!/usr/bin/env python3
"""Compares the .npy outputs tico-run wrote with reference .npy files.

usage: compare_npy.py REF_DIR OUT_DIR [--rel R]

Every REF_DIR/*.npy must have a same-named file in OUT_DIR with the same
shape and dtype. Floats must agree within R * max|ref| (R = 0: bitwise);
integers and bools exactly. Prints one line per output; exit 1 on a failure.
"""
import argparse
import pathlib
import sys

import numpy as np


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("ref")
    parser.add_argument("out")
    parser.add_argument("--rel", type=float, default=0.0)
    args = parser.parse_args()
    refs = sorted(pathlib.Path(args.ref).glob("*.npy"))
    if not refs:
        print(f"FAIL: no .npy files in {args.ref}")
        return 1
    failed = False
    for ref_path in refs:
        out_path = pathlib.Path(args.out) / ref_path.name
        name = ref_path.stem
        if not out_path.exists():
            print(f"FAIL {name}: no output {out_path.name}")
            failed = True
            continue
        ref, out = np.load(ref_path), np.load(out_path)
        if ref.shape != out.shape or ref.dtype != out.dtype:
            print(f"FAIL {name}: got {out.dtype}{list(out.shape)}, "
                  f"expected {ref.dtype}{list(ref.shape)}")
            failed = True
            continue
        if ref.dtype.kind != "f":
            bad = int(np.count_nonzero(ref != out))
            print(f"{'FAIL' if bad else 'ok'} {name}: {bad} of {ref.size} "
                  "elements differ (exact)")
            failed |= bad > 0
            continue
        scale = float(np.nanmax(np.abs(ref))) if ref.size else 0.0
        nan = np.isnan(ref) | np.isnan(out)
        diff = np.where(nan, 0.0,
                        np.abs(ref.astype(np.float64) - out.astype(np.float64)))
        worst = float(np.max(diff)) if ref.size else 0.0
        bound = args.rel * scale
        ok = np.array_equal(np.isnan(ref), np.isnan(out)) and worst <= bound
        print(f"{'ok' if ok else 'FAIL'} {name}: max|diff| {worst:.3e} = "
              f"{worst / scale if scale else 0.0:.3e} max|ref| "
              f"(bound {args.rel:g})")
        failed |= not ok
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
