#!/usr/bin/python3
"""Writes the malformed .circle corpus of test/Malformed/Inputs/circle/.

Every file starts from the valid base model of
scripts/gen_malformed_circle.py (y = neg(x + c), built by flatc from JSON)
and gets exactly one thing wrong: the JSON is edited before flatc builds it
(indices, shapes, quantization, buffers, operators) or the built bytes are
mutated afterwards (truncation, identifier, root/vtable offsets). The cases
here are the ones test/Target/Circle/malformed does not cover; together the
two corpora are what docs/reliability.md lists.

Usage: gen_circle.py [--schema FILE] [--flatc FLATC] OUTPUT_DIR
Standard library only; output is deterministic (flatc is).
"""

import argparse
import os
import struct
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "scripts"))
import gen_malformed_circle as base  # noqa: E402

sg = base.sg
INT32_MAX = 2**31 - 1


def json_cases():
    cases, case = base.case_registry()

    # -- shapes and sizes ---------------------------------------------------
    @case
    def shape_product_overflow(m):
        # (2^31-1)^3 elements: more than int64 can count.
        sg(m)["tensors"][2]["shape"] = [INT32_MAX] * 3

    @case
    def constant_byte_size_overflow(m):
        # ~2^62 float64 elements: the count fits int64, the bytes do not.
        sg(m)["tensors"][1].update(type="FLOAT64",
                                  shape=[INT32_MAX, INT32_MAX, 1])

    @case
    def constant_terabytes(m):
        # 2^40 bytes of constant claimed by an 8-byte buffer.
        sg(m)["tensors"][1]["shape"] = [65536, 65536, 64]

    @case
    def constant_size_mismatch(m):
        sg(m)["tensors"][1]["shape"] = [3]

    @case
    def constant_dynamic_shape(m):
        sg(m)["tensors"][1].update(shape=[2], shape_signature=[-1])

    @case
    def negative_constant_dimension(m):
        sg(m)["tensors"][1]["shape"] = [-2]

    @case
    def unsupported_tensor_type(m):
        sg(m)["tensors"][2]["type"] = "COMPLEX64"

    @case
    def string_tensor_type(m):
        sg(m)["tensors"][0]["type"] = "STRING"

    # -- buffers ------------------------------------------------------------
    @case
    def no_buffers(m):
        m["buffers"] = []
        for t in sg(m)["tensors"]:
            t["buffer"] = 0

    @case
    def sentinel_buffer_not_empty(m):
        m["buffers"][0] = {"data": [1, 2, 3, 4]}

    @case
    def buffer_size_wraps(m):
        # offset + size wraps around 2^64 to a small number.
        m["buffers"][1] = {"offset": 16, "size": 2**64 - 8}

    @case
    def buffer_offset_and_data(m):
        m["buffers"][1]["offset"] = 16
        m["buffers"][1]["size"] = 8

    @case
    def offset_buffer_size_mismatch(m):
        # In bounds, but 4 bytes for a [2] x f32 tensor.
        m["buffers"][1] = {"offset": 16, "size": 4}

    @case
    def negative_buffer_index(m):
        # buffer is a uint32: -1 is 4294967295.
        sg(m)["tensors"][1]["buffer"] = 2**32 - 1

    # -- graph structure ----------------------------------------------------
    @case
    def no_subgraphs(m):
        m["subgraphs"] = []
        del m["signature_defs"]

    @case
    def dangling_operator_input(m):
        # NEG reads a tensor nobody writes and that holds no data.
        sg(m)["tensors"].append(base.tensor("dangling", [2]))
        sg(m)["operators"][1]["inputs"] = [4]

    @case
    def negative_operator_input(m):
        sg(m)["operators"][0]["inputs"] = [0, -7]

    @case
    def negative_operator_output(m):
        sg(m)["operators"][1]["outputs"] = [-3]

    @case
    def subgraph_input_out_of_range(m):
        sg(m)["inputs"] = [12]

    @case
    def subgraph_output_out_of_range(m):
        sg(m)["outputs"] = [-1]

    @case
    def input_listed_twice(m):
        sg(m)["inputs"] = [0, 0]

    @case
    def output_never_produced(m):
        sg(m)["tensors"].append(base.tensor("orphan", [2]))
        sg(m)["outputs"] = [4]
        m["signature_defs"][0]["outputs"][0]["tensor_index"] = 4

    @case
    def operator_writes_input(m):
        sg(m)["operators"][1]["outputs"] = [0]
        sg(m)["outputs"] = [0]
        m["signature_defs"][0]["outputs"][0]["tensor_index"] = 0

    @case
    def signature_input_not_input(m):
        m["signature_defs"][0]["inputs"][0]["tensor_index"] = 2

    # -- operators ----------------------------------------------------------
    @case
    def negative_builtin_code(m):
        m["operator_codes"][1] = {"deprecated_builtin_code": 127,
                                  "version": 1, "builtin_code": -5}
        del sg(m)["operators"][1]["builtin_options_type"]
        del sg(m)["operators"][1]["builtin_options"]

    @case
    def custom_without_code(m):
        m["operator_codes"][1] = {"deprecated_builtin_code": 32,
                                  "version": 1, "builtin_code": "CUSTOM"}
        del sg(m)["operators"][1]["builtin_options_type"]
        del sg(m)["operators"][1]["builtin_options"]

    @case
    def wrong_operand_count(m):
        sg(m)["operators"][1]["inputs"] = [2, 1]

    @case
    def wrong_result_type(m):
        sg(m)["tensors"][3]["type"] = "INT32"

    @case
    def wrong_result_shape(m):
        sg(m)["tensors"][3]["shape"] = [5]

    @case
    def mismatched_options(m):
        # ADD carries the options table of another operator.
        sg(m)["operators"][0]["builtin_options_type"] = "Conv2DOptions"
        sg(m)["operators"][0]["builtin_options"] = {"padding": "VALID"}

    # -- quantization -------------------------------------------------------
    @case
    def quantized_dimension_out_of_range(m):
        sg(m)["tensors"][0].update(type="INT8", quantization={
            "scale": [0.5, 0.25], "zero_point": [0, 0],
            "quantized_dimension": 3})

    @case
    def negative_quantized_dimension(m):
        sg(m)["tensors"][0].update(type="INT8", quantization={
            "scale": [0.5, 0.25], "zero_point": [0, 0],
            "quantized_dimension": -1})

    @case
    def zero_scale(m):
        sg(m)["tensors"][0].update(type="INT8", quantization={
            "scale": [0.0], "zero_point": [0]})

    @case
    def negative_scale(m):
        sg(m)["tensors"][0].update(type="INT8", quantization={
            "scale": [-0.5], "zero_point": [0]})

    @case
    def missing_zero_points(m):
        sg(m)["tensors"][0].update(type="INT8", quantization={
            "scale": [0.5]})

    @case
    def quantized_float_tensor(m):
        sg(m)["tensors"][0]["quantization"] = {
            "scale": [0.5], "zero_point": [0]}

    @case
    def custom_quantization_details(m):
        sg(m)["tensors"][0].update(type="INT8", quantization={
            "scale": [0.5], "zero_point": [0],
            "details_type": "CustomQuantization",
            "details": {"custom": [1, 2, 3]}})

    @case
    def quantized_int64_constant_range(m):
        # A quantized INT64 constant whose value does not fit 32 bits.
        sg(m)["tensors"][1].update(type="INT64", shape=[1], quantization={
            "scale": [0.5], "zero_point": [0]})
        m["buffers"][1] = {"data": list(struct.pack("<q", 2**40))}

    return cases


def byte_cases(valid):
    """Mutations of the built base model."""
    root = struct.unpack_from("<I", valid, 0)[0]
    vtable = root - struct.unpack_from("<i", valid, root)[0]
    cases = {}
    cases["not-flatbuffer-text"] = b"this is a text file, not a model\n"
    cases["too-short"] = valid[:7]
    cases["identifier-only"] = valid[:8]
    cases["zero-identifier"] = valid[:4] + b"\0\0\0\0" + valid[8:]
    cases["tail-cut"] = valid[:len(valid) - 16]
    cases["root-offset-past-end"] = struct.pack("<I", 0xFFFFFF00) + valid[4:]
    cases["vtable-offset-past-end"] = (
        valid[:root] + struct.pack("<i", -0x7FFFFFF0) + valid[root + 4:])
    # Field 2 (subgraphs) of the root table at offset 0xFFF0 of the table.
    field = vtable + 4 + 2 * 2
    cases["vtable-field-past-table"] = (
        valid[:field] + struct.pack("<H", 0xFFF0) + valid[field + 2:])
    # The right identifier, then deterministic noise.
    noise, x = bytearray(), 12345
    for _ in range(256):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        noise.append(x >> 16 & 0xFF)
    cases["identifier-then-noise"] = struct.pack("<I", 16) + b"CIR0" + bytes(noise)
    return cases


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output")
    parser.add_argument("--schema", default=base.DEFAULT_SCHEMA)
    parser.add_argument("--flatc", default="flatc")
    args = parser.parse_args()
    os.makedirs(args.output, exist_ok=True)

    files = {}
    with tempfile.TemporaryDirectory() as work:
        valid = base.build(args.schema, args.flatc, base.base_model(), work,
                           "valid")
        for name, edit in json_cases().items():
            model = base.base_model()
            edit(model)
            files[name] = base.build(args.schema, args.flatc, model, work, name)
    files.update(byte_cases(valid))

    for name, data in sorted(files.items()):
        with open(os.path.join(args.output, name + ".circle"), "wb") as f:
            f.write(data)
    print("wrote %d files to %s" % (len(files), args.output))


if __name__ == "__main__":
    main()
