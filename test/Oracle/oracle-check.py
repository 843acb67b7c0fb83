#!/usr/bin/env python3
"""Runs one quantized .circle model in tico-run and in LiteRT (run-litert.mjs)
on the same random integer inputs (the full storage range of each input)
and requires identical integer outputs. Prints, per output, the number of
mismatching elements and the largest difference.

Usage: oracle-check.py MODEL.circle SIGNATURE.mlir --tico-run PATH
                       --work DIR [--seed N]
SIGNATURE.mlir is the model in the circle dialect (what was exported): its
main signature gives the input shapes and quantized storage types.
Exit codes: 0 all equal, 1 a mismatch or an error, 77 LiteRT not installed.
"""
import argparse
import os
import re
import subprocess
import sys

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
SKIP = 77

parser = argparse.ArgumentParser()
parser.add_argument("model")
parser.add_argument("signature")
parser.add_argument("--tico-run", required=True)
parser.add_argument("--work", required=True)
parser.add_argument("--seed", type=int, default=0)
parser.add_argument("--litert-model",
                    help="run this model in LiteRT instead (to test that "
                         "the check catches a difference)")
parser.add_argument("--known-diff", action="append", default=[],
                    metavar="NAME=MAX",
                    help="an output with a documented, not yet explained "
                         "difference: passes while max |diff| <= MAX")
args = parser.parse_args()
known = {}
for spec in args.known_diff:
    name, _, limit = spec.partition("=")
    known[name] = int(limit)

# Input types from `func.func @main(%arg0: tensor<AxBx!quant.uniform<...>>`.
text = open(args.signature).read()
header = re.search(r"func\.func @main\((.*?)\)\s*->", text, re.S)
if not header:
    sys.exit("oracle-check: no func.func @main in " + args.signature)
# Boolean inputs (`tensor<AxBxi1>`, e.g. a mask) are drawn as 0/1.
arg_re = re.compile(
    r"%arg(\d+): tensor<((?:\d+x)*)(?:!quant\.uniform<(u|i)(\d+)(?:<(-?\d+):(-?\d+)>)?:|(i1)>)")
inputs = []
for m in arg_re.finditer(header.group(1)):
    shape = [int(d) for d in m.group(2).split("x") if d]
    if m.group(7):
        inputs.append((int(m.group(1)), shape, np.dtype(bool), 0, 1))
        continue
    unsigned, bits = m.group(3) == "u", int(m.group(4))
    dtype = np.dtype(("u" if unsigned else "i") + str(bits // 8))
    info = np.iinfo(dtype)
    lo = int(m.group(5)) if m.group(5) else info.min
    hi = int(m.group(6)) if m.group(6) else info.max
    inputs.append((int(m.group(1)), shape, dtype, lo, hi))
if not inputs:
    sys.exit("oracle-check: expected quantized inputs in " + args.signature)

os.makedirs(args.work, exist_ok=True)
rng = np.random.default_rng(args.seed)
files = []
for index, shape, dtype, lo, hi in inputs:
    path = os.path.join(args.work, f"in{index}.npy")
    np.save(path, rng.integers(lo, hi, size=shape, endpoint=True).astype(dtype))
    files.append(path)

tico_dir = os.path.join(args.work, "tico")
run = subprocess.run([args.tico_run, args.model, "--output-dir", tico_dir] +
                     [f"--input=arg{i}={f}" for i, f in enumerate(files)],
                     capture_output=True, text=True)
if run.returncode:
    sys.exit("oracle-check: tico-run failed:\n" + run.stderr)
names = [line.split(":")[0] for line in run.stdout.splitlines()
         if ": shape " in line]

litert_dir = os.path.join(args.work, "litert")
lrt = subprocess.run(["node", os.path.join(HERE, "run-litert.mjs"),
                      args.litert_model or args.model]
                     + files + ["--output-dir", litert_dir],
                     capture_output=True, text=True)
if lrt.returncode == SKIP:
    print("oracle-check: SKIP: " + lrt.stderr.strip())
    sys.exit(SKIP)
if lrt.returncode:
    errors = [l for l in (lrt.stdout + lrt.stderr).splitlines()
              if "ERROR" in l or "error" in l]
    sys.exit("oracle-check: LiteRT failed:\n" + "\n".join(errors))

litert_names = open(os.path.join(litert_dir, "names.txt")).read().split()
if litert_names != names:
    sys.exit(f"oracle-check: output names differ: tico-run {names}, "
             f"LiteRT {litert_names}")
failed = identical = 0
for i, name in enumerate(names):
    safe = re.sub(r"[^A-Za-z0-9_.-]", "_", name)
    ours = np.load(os.path.join(tico_dir, safe + ".npy"))
    theirs = np.load(os.path.join(litert_dir, f"{i}.npy"))
    if ours.dtype != theirs.dtype or ours.shape != theirs.shape:
        print(f"{name}: MISMATCH tico-run {ours.dtype}{list(ours.shape)} "
              f"LiteRT {theirs.dtype}{list(theirs.shape)}")
        failed += 1
        continue
    diff = np.abs(ours.astype(np.int64) - theirs.astype(np.int64))
    bad = int(np.count_nonzero(diff))
    worst = int(diff.max()) if diff.size else 0
    verdict = "identical" if bad == 0 else "DIFFERENT"
    if bad and name in known:
        verdict = ("known difference" if worst <= known[name]
                   else f"DIFFERENT beyond the known {known[name]}")
    print(f"{name}: {ours.dtype}{list(ours.shape)} mismatches {bad}/{diff.size}"
          f" max |diff| {worst}: {verdict}")
    failed += verdict.startswith("DIFFERENT")
    identical += bad == 0
print(f"oracle-check: {identical} of {len(names)} outputs identical, "
      f"{failed} failed")
sys.exit(1 if failed else 0)
