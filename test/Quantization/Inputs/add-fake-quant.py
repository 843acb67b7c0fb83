#!/usr/bin/env python3
"""Insert a fake_quant after every float tq op result of a tq model (a
stand-in for calibration, which is not implemented yet): int16 symmetric
with one fixed scale, or uint8 with a fixed scale and zero point 128.
Constants are left to tq-quantize-weights, and ops listed in --skip keep
float outputs. Usage: add-fake-quant.py in.mlir {int16|uint8} [--skip op,...]"""
import re
import sys

path, dtype = sys.argv[1], sys.argv[2]
skip = set()
if len(sys.argv) > 4 and sys.argv[3] == "--skip":
    skip = set(sys.argv[4].split(","))
attrs = {
    "int16": "scale = array<f64: 1.0e-3>, zero_point = array<i64: 0>, "
             "quant_min = -32768 : i64, quant_max = 32767 : i64, storage_type = i16",
    "uint8": "scale = array<f64: 0.05>, zero_point = array<i64: 128>, "
             "quant_min = 0 : i64, quant_max = 255 : i64, storage_type = ui8",
}[dtype]
define = re.compile(r"^(\s*)%(\w+) = tq\.(\w+) .*-> (tensor<[0-9x]*f32>)$")
for line in open(path).read().splitlines():
    m = define.match(line)
    if not m or m.group(3) in skip or m.group(3) == "constant":
        print(line)
        continue
    indent, name, _, ty = m.groups()
    print(line.replace("%" + name + " = ", "%" + name + "_f = ", 1))
    print(f"{indent}%{name} = tq.fake_quant %{name}_f {{{attrs}}} : {ty}")
