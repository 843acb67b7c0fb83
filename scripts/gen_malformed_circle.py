#!/usr/bin/python3
"""Writes the malformed .circle corpus of test/Target/Circle/malformed/.

Each file is a small valid model (described as JSON and built with
`flatc -b schema/circle_schema.fbs`) with exactly one thing wrong: either the
JSON is changed before flatc builds it (indices, types, quantization,
signatures) or the built bytes are corrupted afterwards (truncation, file
identifier, vector lengths). `valid.circle` is the unchanged base model, so a
test can show that the only difference is what makes a file bad;
`valid-foreign-order.circle` is valid too, with tensors in another order.

Usage: gen_malformed_circle.py [--schema FILE] [--flatc FLATC] OUTPUT_DIR
Standard library only; output is deterministic (flatc is).
"""

import argparse
import copy
import json
import os
import struct
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_SCHEMA = os.path.join(HERE, "..", "schema", "circle_schema.fbs")


def tensor(name, shape, type_="FLOAT32", buffer=0, **extra):
    t = {"shape": shape, "type": type_, "buffer": buffer, "name": name,
         "quantization": {}}
    t.update(extra)
    return t


def base_model():
    """y = neg(x + c): inputs x, c is a constant, output y (4 tensors)."""
    return {
        "version": 0,
        "operator_codes": [
            {"deprecated_builtin_code": 0, "version": 1, "builtin_code": "ADD"},
            {"deprecated_builtin_code": 59, "version": 1, "builtin_code": "NEG"},
        ],
        "subgraphs": [{
            "tensors": [
                tensor("x", [2]),
                tensor("c", [2], buffer=1),
                tensor("sum", [2]),
                tensor("y", [2]),
            ],
            "inputs": [0],
            "outputs": [3],
            "operators": [
                {"opcode_index": 0, "inputs": [0, 1], "outputs": [2],
                 "builtin_options_type": "AddOptions", "builtin_options": {}},
                {"opcode_index": 1, "inputs": [2], "outputs": [3],
                 "builtin_options_type": "NegOptions", "builtin_options": {}},
            ],
            "name": "main",
        }],
        "description": "malformed corpus",
        # 1.0f, 2.0f little endian
        "buffers": [{}, {"data": [0, 0, 128, 63, 0, 0, 0, 64]}],
        "signature_defs": [{
            "inputs": [{"name": "x", "tensor_index": 0}],
            "outputs": [{"name": "y", "tensor_index": 3}],
            "signature_key": "main",
            "subgraph_index": 0,
        }],
    }


def sg(model):
    return model["subgraphs"][0]


def case_registry():
    """Returns (cases, case): the decorator `case` files a function in the
    dict `cases` under its name, with '-' for '_' (the output file name)."""
    cases = {}

    def case(fn):
        cases[fn.__name__.replace("_", "-")] = fn
        return fn

    return cases, case


# Each case: name -> function that edits a copy of the base model (JSON).
def json_cases():
    cases, case = case_registry()

    @case
    def valid(m):
        pass

    @case
    def valid_foreign_order(m):
        # Valid, but not in the order tico writes: the constant has the
        # highest index and the operators' outputs decrease. A reader must
        # follow the operator order, not the tensor indices.
        t = sg(m)["tensors"]
        sg(m)["tensors"] = [t[0], t[3], t[2], t[1]]  # x, y, sum, c
        sg(m)["outputs"] = [1]
        ops = sg(m)["operators"]
        ops[0]["inputs"] = [0, 3]
        ops[1]["outputs"] = [1]
        m["signature_defs"][0]["outputs"][0]["tensor_index"] = 1

    @case
    def tensor_index_out_of_range(m):
        sg(m)["operators"][1]["inputs"] = [7]

    @case
    def buffer_index_out_of_range(m):
        sg(m)["tensors"][1]["buffer"] = 5

    @case
    def opcode_index_out_of_range(m):
        sg(m)["operators"][1]["opcode_index"] = 2

    @case
    def buffer_offset_past_end(m):
        m["buffers"][1] = {"offset": 4096, "size": 8}

    @case
    def operator_out_of_order(m):
        # The NEG runs first and reads 'sum', which the ADD after it writes.
        # Tensor indices alone would give a valid order (sum < y), so only
        # the operator order is wrong.
        ops = sg(m)["operators"]
        ops.reverse()

    @case
    def operator_cycle(m):
        # ADD reads y, which NEG computes from ADD's own output.
        sg(m)["operators"][0]["inputs"] = [3, 1]

    @case
    def two_producers(m):
        sg(m)["operators"][1]["outputs"] = [2]

    @case
    def unknown_builtin_code(m):
        m["operator_codes"][1] = {"deprecated_builtin_code": 127,
                                  "version": 1, "builtin_code": 1000}
        del sg(m)["operators"][1]["builtin_options_type"]
        del sg(m)["operators"][1]["builtin_options"]

    @case
    def zero_point_out_of_range(m):
        sg(m)["tensors"][0].update(type="INT8", quantization={
            "scale": [0.5], "zero_point": [200]})

    @case
    def scale_zero_point_count(m):
        sg(m)["tensors"][0].update(type="INT8", quantization={
            "scale": [0.5, 0.25], "zero_point": [0], "quantized_dimension": 0})

    @case
    def per_axis_channel_count(m):
        sg(m)["tensors"][0].update(type="INT8", shape=[2], quantization={
            "scale": [0.5, 0.25, 0.125], "zero_point": [0, 0, 0],
            "quantized_dimension": 0})

    @case
    def negative_dimension(m):
        sg(m)["tensors"][2]["shape"] = [-2]

    @case
    def shape_signature_rank(m):
        sg(m)["tensors"][0]["shape_signature"] = [-1, 2]

    @case
    def signature_missing_subgraph(m):
        m["signature_defs"][0]["subgraph_index"] = 3

    @case
    def signature_missing_tensor(m):
        m["signature_defs"][0]["outputs"][0]["tensor_index"] = 9

    return cases


def build(schema, flatc, model, workdir, name):
    path = os.path.join(workdir, name + ".json")
    with open(path, "w") as f:
        json.dump(model, f, indent=1, sort_keys=True)
    subprocess.run([flatc, "-b", "-o", workdir, schema, path], check=True)
    with open(os.path.join(workdir, name + ".circle"), "rb") as f:
        return f.read()


def patch_vector_length(data, marker):
    """Sets the length word of the string `marker` to an absurd value."""
    encoded = marker.encode()
    at = data.find(struct.pack("<I", len(encoded)) + encoded)
    if at < 0 or data.find(encoded, at + 5) >= 0:
        sys.exit("marker %r not found exactly once" % marker)
    return data[:at] + struct.pack("<I", 0x7FFFFFF0) + data[at + 4:]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output")
    parser.add_argument("--schema", default=DEFAULT_SCHEMA)
    parser.add_argument("--flatc", default="flatc")
    args = parser.parse_args()
    os.makedirs(args.output, exist_ok=True)

    files = {}
    with tempfile.TemporaryDirectory() as work:
        for name, edit in json_cases().items():
            model = base_model()
            edit(model)
            files[name] = build(args.schema, args.flatc, model, work, name)

        valid = files["valid"]
        files["empty"] = b""
        # Half of the file: the root table offset points past the end.
        files["truncated"] = valid[:len(valid) // 2]
        # A TFLite identifier on otherwise valid Circle bytes.
        files["wrong-identifier"] = valid[:4] + b"TFL3" + valid[8:]
        # A tensor name whose length prefix claims ~2 GiB.
        model = base_model()
        sg(model)["tensors"][2]["name"] = "absurd_length_marker"
        files["absurd-vector-length"] = patch_vector_length(
            build(args.schema, args.flatc, model, work, "absurd"),
            "absurd_length_marker")

    for name, data in sorted(files.items()):
        with open(os.path.join(args.output, name + ".circle"), "wb") as f:
            f.write(data)
    print("wrote %d files to %s" % (len(files), args.output))


if __name__ == "__main__":
    main()
