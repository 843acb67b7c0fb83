#!/usr/bin/env python3
"""Write .npy files without numpy (tico-convert's evaluation inputs).

Usage: tico-convert-npy.py DIR NAME:DTYPE:SHAPE:SEED[:START:END:VALUE] [...]
  DTYPE is i32 (uniform in [0, 8)), f32 (uniform in [-1, 1)) or bool;
  SHAPE is like 2x8; START:END:VALUE sets positions [START, END) of the
  last axis to VALUE (image placeholders at their slot). Values come from a
  seeded LCG, so files are the same on every machine."""
import os
import struct
import sys

out = sys.argv[1]
os.makedirs(out, exist_ok=True)
for spec in sys.argv[2:]:
    name, dtype, shape, seed, *fixed = spec.split(":")
    dims = [int(d) for d in shape.split("x")]
    count = 1
    for d in dims:
        count *= d
    state = int(seed) * 2654435761 + 1
    values = []
    for _ in range(count):
        state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
        values.append((state >> 11) / float(2**53))
    descr, fmt, conv = {
        "i32": ("<i4", "<i", lambda u: int(u * 8)),
        "f32": ("<f4", "<f", lambda u: 2.0 * u - 1.0),
        "bool": ("|b1", "<?", lambda u: u < 0.75),
    }[dtype]
    shape_text = "(" + ", ".join(str(d) for d in dims) + ("," if len(dims) == 1 else "") + ")"
    if fixed:
        start, end, value = (int(v) for v in fixed)
        values = [value if start <= i % dims[-1] < end else conv(u)
                  for i, u in enumerate(values)]
        conv = lambda v: v
    header = "{'descr': '%s', 'fortran_order': False, 'shape': %s, }" % (descr, shape_text)
    pad = 64 - (10 + len(header) + 1) % 64
    header = header + " " * pad + "\n"
    with open(os.path.join(out, name + ".npy"), "wb") as f:
        f.write(b"\x93NUMPY\x01\x00" + struct.pack("<H", len(header)) + header.encode())
        for u in values:
            f.write(struct.pack(fmt, conv(u)))
