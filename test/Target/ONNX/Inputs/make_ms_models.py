#!/usr/bin/python3
"""Writes the small hand-made ONNX models of test/Target/ONNX/ms-*.test.

Run by hand with Debian's Python (python3-onnx, python3-numpy); the outputs
are committed:

    /usr/bin/python3 test/Target/ONNX/Inputs/make_ms_models.py

Each model goes to Inputs/ms/<name>/model.onnx. Models that import get
inputs/<name>.npy and expected/<name>.npy, computed here with NumPy from the
ONNX operator definitions (never by tico). The `nm_*` models are close
non-matches of torch's masked_scatter export forms: their NonZero must be
reported as unsupported.
"""
import pathlib
import shutil

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

OUT = pathlib.Path(__file__).resolve().parent / "ms"
rng = np.random.default_rng(7)
F, I64, BOOL = TensorProto.FLOAT, TensorProto.INT64, TensorProto.BOOL


def const(name, values, dtype=np.int64):
    return helper.make_node("Constant", [], [name], name=name,
                            value=numpy_helper.from_array(np.array(values, dtype=dtype)))


def save(name, nodes, inputs, outputs, feeds=None, expected=None, opset=14,
         check=True):
    graph = helper.make_graph(nodes, name, inputs, outputs)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", opset)],
                              producer_name="make_ms_models")
    model.ir_version = 7
    if check:
        onnx.checker.check_model(model, full_check=True)
    d = OUT / name
    shutil.rmtree(d, ignore_errors=True)
    d.mkdir(parents=True)
    onnx.save(model, d / "model.onnx")
    for sub, arrays in (("inputs", feeds), ("expected", expected)):
        if arrays:
            (d / sub).mkdir()
            for k, v in arrays.items():
                np.save(d / sub / f"{k}.npy", v)


def form_a_nodes(mask, data, feats, out, slice_start=0, reduction=None,
                 extra_outputs=()):
    """torch.masked_scatter's export: ScatterND(data, T(NonZero(mask)), flat[:N])."""
    scatter_attrs = {"reduction": reduction} if reduction else {}
    return [
        helper.make_node("NonZero", [mask], ["nz"], name="nonzero"),
        helper.make_node("Transpose", ["nz"], ["idx"], name="transpose", perm=[1, 0]),
        const("minus1", [-1]),
        helper.make_node("Reshape", [feats, "minus1"], ["flat"], name="flatten"),
        helper.make_node("Shape", ["idx"], ["idx_shape"], name="idx_shape"),
        const("zero", 0),
        helper.make_node("Gather", ["idx_shape", "zero"], ["count"], name="count", axis=0),
        const("axes0", [0]),
        helper.make_node("Unsqueeze", ["count", "axes0"], ["end"], name="end"),
        const("start", [slice_start]),
        helper.make_node("Slice", ["flat", "start", "end", "axes0"], ["upd"], name="take"),
        helper.make_node("ScatterND", [data, "idx", "upd"], [out], name="scatter",
                         **scatter_attrs),
    ]


def masked_scatter_ref(data, mask, feats):
    out = data.copy()
    idx = np.argwhere(np.broadcast_to(mask, data.shape))
    out[tuple(idx.T)] = feats.reshape(-1)[: len(idx)]
    return out


def main():
    shutil.rmtree(OUT, ignore_errors=True)

    # Form A on an element mask (not constant along rows), rank 2, 1-D
    # features: tq.masked_scatter with the mask as it is.
    data = rng.standard_normal((4, 6)).astype(np.float32)
    mask = rng.random((4, 6)) < 0.5
    feats = rng.standard_normal(int(mask.sum()) + 3).astype(np.float32)
    save("ms_element_mask",
         form_a_nodes("mask", "data", "feats", "out"),
         [helper.make_tensor_value_info("data", F, [4, 6]),
          helper.make_tensor_value_info("mask", BOOL, [4, 6]),
          helper.make_tensor_value_info("feats", F, [len(feats)])],
         [helper.make_tensor_value_info("out", F, [4, 6])],
         {"data": data, "mask": mask, "feats": feats},
         {"out": masked_scatter_ref(data, mask, feats)})

    # Close non-matches of form A.
    ins = [helper.make_tensor_value_info("data", F, [4, 6]),
           helper.make_tensor_value_info("mask", BOOL, [4, 6]),
           helper.make_tensor_value_info("feats", F, [16])]
    out = [helper.make_tensor_value_info("out", F, [4, 6])]
    save("nm_slice_start", form_a_nodes("mask", "data", "feats", "out", slice_start=1),
         ins, out)
    save("nm_reduction_add",
         form_a_nodes("mask", "data", "feats", "out", reduction="add"), ins, out,
         opset=16)
    save("nm_nonzero_used_twice",
         form_a_nodes("mask", "data", "feats", "out"), ins,
         out + [helper.make_tensor_value_info("nz", I64, [2, None])])
    save("nm_two_unsupported",
         form_a_nodes("mask", "data", "feats", "out2", slice_start=1)
         + [helper.make_node("Det", ["sq"], ["det"], name="det"),
            helper.make_node("Identity", ["out2"], ["out"], name="id")],
         ins + [helper.make_tensor_value_info("sq", F, [3, 3])],
         out + [helper.make_tensor_value_info("det", F, [])])

    # A model that does not load (ScatterND reads an undefined value): the
    # load error is reported, not its NonZero, whose form needs the graph.
    save("nm_does_not_load",
         form_a_nodes("mask", "data", "feats", "out")[:-1]
         + [helper.make_node("ScatterND", ["data", "idx", "missing"], ["out"],
                             name="scatter")],
         ins, out, check=False)

    # Form B (Qwen3-VL's _masked_scatter) with the index unsqueezed at the
    # wrong axis: [1, N] indices address rows differently.
    nodes = [
        helper.make_node("NonZero", ["rowmask"], ["nz"], name="nonzero"),
        helper.make_node("Transpose", ["nz"], ["t"], name="transpose", perm=[1, 0]),
        const("one", [1]),
        helper.make_node("Squeeze", ["t", "one"], ["rows"], name="squeeze"),
        const("axis0", [0]),
        helper.make_node("Unsqueeze", ["rows", "axis0"], ["idx"], name="unsqueeze"),
        helper.make_node("ScatterND", ["data", "idx", "feats"], ["out"], name="scatter"),
    ]
    save("nm_form_b_axis0", nodes,
         [helper.make_tensor_value_info("data", F, [4, 6]),
          helper.make_tensor_value_info("rowmask", BOOL, [4]),
          helper.make_tensor_value_info("feats", F, [1, 2, 6])],
         [helper.make_tensor_value_info("out", F, [4, 6])])

    # A ScatterND with constant indices: plain tq.scatter_nd.
    data = rng.standard_normal((4, 3)).astype(np.float32)
    upd = rng.standard_normal((2, 3)).astype(np.float32)
    expected = data.copy()
    expected[[3, 1]] = upd
    save("scatternd_const",
         [const("idx", [[3], [1]]),
          helper.make_node("ScatterND", ["data", "idx", "upd"], ["out"], name="scatter")],
         [helper.make_tensor_value_info("data", F, [4, 3]),
          helper.make_tensor_value_info("upd", F, [2, 3])],
         [helper.make_tensor_value_info("out", F, [4, 3])],
         {"data": data, "upd": upd}, {"out": expected})

    # Clip / Min / Max, NaN included (np.minimum/np.maximum propagate it).
    x = rng.standard_normal((2, 5)).astype(np.float32) * 3
    x[0, 1] = np.nan
    b = rng.standard_normal((5,)).astype(np.float32) * 3
    b[3] = np.nan
    c = np.array(0.25, dtype=np.float32)
    ids = np.array([[-1, 0, 3], [7, -5, 2]], dtype=np.int64)
    nodes = [
        const("lo", -1.0, np.float32), const("hi", 1.5, np.float32),
        const("zero", 0), const("big", 5.0, np.float32), const("small", -5.0, np.float32),
        helper.make_node("Clip", ["x", "lo"], ["clip_min"], name="clip_min"),
        helper.make_node("Clip", ["x", "lo", "hi"], ["clip_both"], name="clip_both"),
        helper.make_node("Clip", ["x", "", "hi"], ["clip_max"], name="clip_max"),
        helper.make_node("Clip", ["x", "big", "small"], ["clip_crossed"], name="clip_crossed"),
        helper.make_node("Clip", ["ids", "zero"], ["clip_int"], name="clip_int"),
        helper.make_node("Min", ["x", "b", "c"], ["min3"], name="min3"),
        helper.make_node("Max", ["x", "b"], ["max2"], name="max2"),
        helper.make_node("Max", ["b"], ["max1"], name="max1"),
        helper.make_node("Min", ["ids", "zero"], ["min_int"], name="min_int"),
    ]
    expected = {
        "clip_min": np.where(x < -1.0, np.float32(-1.0), x),
        "clip_both": np.clip(x, -1.0, 1.5),
        "clip_max": np.where(x > 1.5, np.float32(1.5), x),
        "clip_crossed": np.where(np.isnan(x), x, np.float32(-5.0)),  # min > max: max
        "clip_int": np.maximum(ids, 0),
        "min3": np.minimum(np.minimum(x, b), c),
        "max2": np.maximum(x, b),
        "max1": b,
        "min_int": np.minimum(ids, 0),
    }
    save("clip_min_max", nodes,
         [helper.make_tensor_value_info("x", F, [2, 5]),
          helper.make_tensor_value_info("b", F, [5]),
          helper.make_tensor_value_info("c", F, []),
          helper.make_tensor_value_info("ids", I64, [2, 3])],
         [helper.make_tensor_value_info(k, F if v.dtype == np.float32 else I64,
                                        list(v.shape)) for k, v in expected.items()],
         {"x": x, "b": b, "c": c, "ids": ids}, expected)


if __name__ == "__main__":
    main()
