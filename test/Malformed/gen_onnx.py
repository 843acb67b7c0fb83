#!/usr/bin/python3
"""Writes the malformed .onnx corpus of test/Malformed/Inputs/onnx/.

Every file starts from a small valid model (y = relu(x + c), built with
python3-onnx's helper API) and gets exactly one thing wrong: the graph is
edited before serialization (dangling or cyclic inputs, unknown ops, bad
initializers, types, opsets, attributes) or the serialized bytes are
mutated (truncation, garbage). The models are not passed through
onnx.checker, which would refuse most of them.

Usage: /usr/bin/python3 gen_onnx.py OUTPUT_DIR
Needs python3-onnx (Debian); output is deterministic.
"""

import os
import struct
import sys

from onnx import TensorProto, helper

F = TensorProto.FLOAT


def base_graph():
    """Returns (nodes, inputs, outputs, initializers) of y = relu(x + c)."""
    c = helper.make_tensor("c", F, [2], [1.0, 2.0])
    nodes = [helper.make_node("Add", ["x", "c"], ["sum"], name="add"),
             helper.make_node("Relu", ["sum"], ["y"], name="relu")]
    inputs = [helper.make_tensor_value_info("x", F, [2])]
    outputs = [helper.make_tensor_value_info("y", F, [2])]
    return nodes, inputs, outputs, [c]


def model(nodes, inputs, outputs, inits, opset=17, ir_version=8, **kw):
    graph = helper.make_graph(nodes, "main", inputs, outputs, inits)
    m = helper.make_model(graph, opset_imports=[helper.make_opsetid("", opset)]
                          if opset is not None else [], **kw)
    m.ir_version = ir_version
    return m


def cases():
    out = {}

    def case(fn):
        out[fn.__name__.replace("_", "-")] = fn
        return fn

    @case
    def dangling_input(n, i, o, c):
        n[1].input[0] = "nowhere"

    @case
    def node_cycle(n, i, o, c):
        n[0].input[0] = "y"

    @case
    def unknown_op(n, i, o, c):
        n[1].op_type = "Frobnicate"

    @case
    def unknown_domain(n, i, o, c):
        n[1].domain = "com.example.nothing"

    @case
    def wrong_arity(n, i, o, c):
        del n[0].input[1]

    @case
    def two_producers(n, i, o, c):
        n[1].output[0] = "sum"

    @case
    def output_never_produced(n, i, o, c):
        o[0].name = "orphan"

    @case
    def initializer_size_mismatch(n, i, o, c):
        c[0].dims[0] = 3

    @case
    def initializer_negative_dim(n, i, o, c):
        c[0].dims[0] = -2

    @case
    def initializer_dims_overflow(n, i, o, c):
        del c[0].dims[:]
        c[0].dims.extend([2**31 - 1] * 3)

    @case
    def initializer_huge_raw(n, i, o, c):
        # Claims 2^40 floats, holds 8 bytes.
        c[0] = helper.make_tensor("c", F, [2], struct.pack("<2f", 1, 2),
                                  raw=True)
        c[0].dims[0] = 2**40

    @case
    def input_without_type(n, i, o, c):
        i[0].ClearField("type")

    @case
    def undefined_elem_type(n, i, o, c):
        i[0].type.tensor_type.elem_type = TensorProto.UNDEFINED

    @case
    def string_input(n, i, o, c):
        i[0].type.tensor_type.elem_type = TensorProto.STRING

    @case
    def negative_input_dim(n, i, o, c):
        i[0].type.tensor_type.shape.dim[0].dim_value = -4

    @case
    def attribute_wrong_type(n, i, o, c):
        n.append(helper.make_node("Transpose", ["y"], ["t"], perm=[0.5]))
        o[0].name = "t"

    @case
    def transpose_perm_out_of_range(n, i, o, c):
        n.append(helper.make_node("Transpose", ["y"], ["t"], perm=[3]))
        o[0].name = "t"

    @case
    def reshape_bad_shape(n, i, o, c):
        c.append(helper.make_tensor("s", TensorProto.INT64, [2], [-2, -2]))
        n.append(helper.make_node("Reshape", ["y", "s"], ["r"]))
        o[0].name = "r"

    @case
    def external_data_missing(n, i, o, c):
        c[0].ClearField("float_data")
        c[0].data_location = TensorProto.EXTERNAL
        entry = c[0].external_data.add()
        entry.key, entry.value = "location", "does-not-exist.bin"

    # Shapes and lengths computed from constants (the importer checks each
    # before it builds a type or an attribute from it).
    I64 = TensorProto.INT64

    def replace_relu(n, o, node, rank, elem=F):
        # The output is declared with unknown dims so that ONNX shape
        # inference does not refuse the model before the importer sees it.
        n[1] = node
        o[0].CopyFrom(helper.make_tensor_value_info("y", elem, [None] * rank))

    @case
    def range_huge_count(n, i, o, c):
        c.extend([helper.make_tensor("s", I64, [], [0]),
                  helper.make_tensor("l", I64, [], [1 << 62]),
                  helper.make_tensor("d", I64, [], [1])])
        replace_relu(n, o, helper.make_node("Range", ["s", "l", "d"], ["y"]), 1, I64)

    @case
    def range_infinite_limit(n, i, o, c):
        c.extend([helper.make_tensor("s", F, [], [0.0]),
                  helper.make_tensor("l", F, [], [float("inf")]),
                  helper.make_tensor("d", F, [], [1.0])])
        replace_relu(n, o, helper.make_node("Range", ["s", "l", "d"], ["y"]), 1)

    @case
    def constant_of_shape_negative(n, i, o, c):
        c.append(helper.make_tensor("s", I64, [2], [2, -3]))
        replace_relu(n, o, helper.make_node("ConstantOfShape", ["s"], ["y"]), 2)

    @case
    def constant_of_shape_overflow(n, i, o, c):
        c.append(helper.make_tensor("s", I64, [2], [1 << 32, 1 << 32]))
        replace_relu(n, o, helper.make_node("ConstantOfShape", ["s"], ["y"]), 2)

    @case
    def expand_negative(n, i, o, c):
        c.append(helper.make_tensor("s", I64, [2], [-4, 2]))
        replace_relu(n, o, helper.make_node("Expand", ["sum", "s"], ["y"]), 2)

    @case
    def trilu_dims_overflow(n, i, o, c):
        i[0].type.tensor_type.shape.dim[0].dim_value = 3037000500
        i[0].type.tensor_type.shape.dim.add().dim_value = 3037000500
        n[0] = helper.make_node("Identity", ["x"], ["sum"])
        replace_relu(n, o, helper.make_node("Trilu", ["x"], ["y"]), 2)

    return out


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    target = sys.argv[1]
    os.makedirs(target, exist_ok=True)
    files = {}
    for name, edit in cases().items():
        n, i, o, c = base_graph()
        edit(n, i, o, c)
        files[name] = model(n, i, o, c).SerializeToString()
    valid = model(*base_graph()).SerializeToString()
    files["no-opset"] = model(*base_graph(), opset=None).SerializeToString()
    files["future-opset"] = model(*base_graph(), opset=999).SerializeToString()
    files["ir-version-zero"] = model(*base_graph(), ir_version=0).SerializeToString()
    no_graph = model(*base_graph())
    no_graph.ClearField("graph")
    files["no-graph"] = no_graph.SerializeToString()
    files["empty"] = b""
    files["text-garbage"] = b"this is a text file, not a model\n"
    files["truncated"] = valid[:len(valid) // 2]
    # The ir_version varint replaced by a huge one (0x0fffffff): a protobuf
    # that parses, from an IR this build does not know.
    files["length-past-end"] = valid[:1] + b"\xff\xff\xff\x7f" + valid[2:]
    for name, data in sorted(files.items()):
        with open(os.path.join(target, name + ".onnx"), "wb") as f:
            f.write(data)
    print("wrote %d files to %s" % (len(files), target))


if __name__ == "__main__":
    main()
