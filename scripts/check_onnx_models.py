#!/usr/bin/python3
"""Checks the ONNX models under models/onnx/ (written by gen_models.py).

For every models/onnx/<name>/manifest.json:
  1. loads model.onnx, runs onnx.checker, and verifies that the manifest's
     inputs/outputs (names, order, shapes, dtypes) match the graph and the
     .npy files, and that the manifest's op histogram matches the graph;
     reports the values strict ONNX shape inference leaves partly unknown;
  2. runs the graph with the small pure-numpy ONNX evaluator below on the
     saved inputs and compares with the saved PyTorch outputs: floats within
     --rtol times max|reference| (plus, for QDQ models, the count of elements
     off by more than that), integers and bools exactly.

Run by hand with Debian's Python:

    /usr/bin/python3 scripts/check_onnx_models.py [--root models/onnx] [NAME...]

Exit status 1 when any check fails. The evaluator is an independent second
reading of the ONNX semantics (it shares no code with tico-mlir), written
for the op set these models use; it raises on anything else.
"""
import argparse
import collections
import json
import math
import os
import sys

import numpy as np
import onnx
import onnx.mapping
import onnx.shape_inference
from onnx import helper, numpy_helper

F32 = np.float32


def np_dtype(onnx_type):
    # onnx 1.12 has no helper.tensor_dtype_to_np_dtype yet.
    return np.dtype(onnx.mapping.TENSOR_TYPE_TO_NP_TYPE[onnx_type])


def _attrs(node):
    return {a.name: helper.get_attribute_value(a) for a in node.attribute}


def _broadcast_axis(param, rank, axis):
    if param.ndim == 0:
        return param
    shape = [1] * rank
    shape[axis] = -1
    return param.reshape(shape)


def _slice(x, starts, ends, axes=None, steps=None):
    axes = list(range(len(starts))) if axes is None else [int(a) % x.ndim for a in axes]
    steps = [1] * len(starts) if steps is None else list(steps)
    index = [slice(None)] * x.ndim
    for start, end, axis, step in zip(starts, ends, axes, steps):
        dim = x.shape[axis]
        start, end = int(start), int(end)
        start = start + dim if start < 0 else start
        end = end + dim if end < 0 else end
        if step > 0:
            start, end = min(max(start, 0), dim), min(max(end, 0), dim)
        else:
            start, end = min(max(start, 0), dim - 1), min(max(end, -1), dim - 1)
        index[axis] = np.arange(start, end, step, dtype=np.int64)
        x = np.take(x, index[axis], axis=axis)
    return x


def _conv(x, w, bias, attrs):
    if attrs.get("group", 1) != 1 or any(d != 1 for d in attrs.get("dilations", [1, 1])):
        raise NotImplementedError("Conv: only group 1, dilation 1")
    if x.ndim != 4:
        raise NotImplementedError("Conv: only 2-D")
    kh, kw = w.shape[2:]
    sh, sw = attrs.get("strides", [1, 1])
    pt, pl, pb, pr = attrs.get("pads", [0, 0, 0, 0])
    x = np.pad(x, ((0, 0), (0, 0), (pt, pb), (pl, pr)))
    oh = (x.shape[2] - kh) // sh + 1
    ow = (x.shape[3] - kw) // sw + 1
    # im2col: [N, C*kh*kw, oh*ow] in the weight's (c, i, j) order.
    cols = np.empty((x.shape[0], x.shape[1], kh, kw, oh, ow), dtype=x.dtype)
    for i in range(kh):
        for j in range(kw):
            cols[:, :, i, j] = x[:, :, i:i + sh * oh:sh, j:j + sw * ow:sw]
    cols = cols.reshape(x.shape[0], -1, oh * ow)
    y = np.matmul(w.reshape(w.shape[0], -1), cols).reshape(x.shape[0], w.shape[0], oh, ow)
    if bias is not None:
        y = y + bias.reshape(1, -1, 1, 1)
    return y.astype(x.dtype)


def _quantize(x, scale, zero_point, axis):
    scale = _broadcast_axis(scale, x.ndim, axis)
    zp = _broadcast_axis(zero_point, x.ndim, axis)
    info = np.iinfo(zero_point.dtype)
    q = np.rint(x / scale).astype(np.int64) + zp.astype(np.int64)
    return np.clip(q, info.min, info.max).astype(zero_point.dtype)


def _dequantize(x, scale, zero_point, axis):
    scale = _broadcast_axis(scale, x.ndim, axis)
    zp = 0 if zero_point is None else _broadcast_axis(zero_point, x.ndim, axis).astype(np.int64)
    return ((x.astype(np.int64) - zp).astype(F32) * scale).astype(F32)


def _scatter_nd(data, indices, updates):
    out = data.copy()
    k = indices.shape[-1]
    flat_idx = indices.reshape(-1, k)
    flat_upd = updates.reshape((flat_idx.shape[0],) + data.shape[k:])
    for idx, upd in zip(flat_idx, flat_upd):
        out[tuple(idx)] = upd
    return out


def _softmax(x, axis):
    e = np.exp(x - x.max(axis=axis, keepdims=True))
    return e / e.sum(axis=axis, keepdims=True)


_erf = np.vectorize(math.erf, otypes=[np.float64])


def _div(a, b):
    if np.issubdtype(a.dtype, np.integer):
        return (np.trunc(a / b)).astype(a.dtype)
    return a / b


def run_node(node, ins):
    op, a = node.op_type, _attrs(node)
    x = ins[0] if ins else None
    if op == "Constant":
        return [numpy_helper.to_array(a["value"])]
    if op == "Identity":
        return [x]
    binary = {"Add": np.add, "Sub": np.subtract, "Mul": np.multiply, "Div": _div, "Pow": np.power,
              "Equal": np.equal, "GreaterOrEqual": np.greater_equal, "Less": np.less,
              "Greater": np.greater, "And": np.logical_and, "Or": np.logical_or}
    if op in binary:
        y = binary[op](x, ins[1])
        return [y.astype(x.dtype) if op in ("Add", "Sub", "Mul", "Pow") else y]
    unary = {"Sqrt": np.sqrt, "Neg": np.negative, "Tanh": np.tanh, "Cos": np.cos, "Sin": np.sin,
             "Exp": np.exp, "Reciprocal": np.reciprocal, "Not": np.logical_not,
             "Sigmoid": lambda v: 1 / (1 + np.exp(-v)), "Erf": lambda v: _erf(v).astype(v.dtype)}
    if op in unary:
        return [unary[op](x)]
    if op == "MatMul":
        return [np.matmul(x, ins[1])]
    if op == "Gemm":
        A = x.T if a.get("transA", 0) else x
        B = ins[1].T if a.get("transB", 0) else ins[1]
        y = a.get("alpha", 1.0) * np.matmul(A, B)
        if len(ins) > 2 and ins[2] is not None:
            y = y + a.get("beta", 1.0) * ins[2]
        return [y.astype(x.dtype)]
    if op == "Conv":
        return [_conv(x, ins[1], ins[2] if len(ins) > 2 else None, a)]
    if op == "Softmax":
        return [_softmax(x, a.get("axis", -1))]
    if op == "ReduceMean":
        return [np.mean(x, axis=tuple(a["axes"]), keepdims=bool(a.get("keepdims", 1))).astype(x.dtype)]
    if op == "Reshape":
        shape = [x.shape[i] if d == 0 else int(d) for i, d in enumerate(ins[1])]
        return [x.reshape(shape)]
    if op == "Transpose":
        return [np.transpose(x, a.get("perm"))]
    if op == "Unsqueeze":
        y = x
        rank = x.ndim + len(ins[1])
        for axis in sorted(int(v) % rank for v in ins[1]):
            y = np.expand_dims(y, axis)
        return [y]
    if op == "Squeeze":
        axes = None if len(ins) < 2 else tuple(int(v) % x.ndim for v in ins[1])
        return [np.squeeze(x, axis=axes)]
    if op == "Concat":
        return [np.concatenate(ins, axis=a["axis"])]
    if op == "Slice":
        return [_slice(x, *ins[1:])]
    if op == "Gather":
        return [np.take(x, ins[1], axis=a.get("axis", 0))]
    if op == "Shape":
        return [np.array(x.shape, dtype=np.int64)]
    if op == "Expand":
        return [np.broadcast_to(x, np.broadcast_shapes(x.shape, tuple(ins[1]))).copy()]
    if op == "Cast":
        return [x.astype(np_dtype(a["to"]))]
    if op == "ConstantOfShape":
        value = numpy_helper.to_array(a["value"]) if "value" in a else np.zeros(1, F32)
        return [np.full(tuple(x), value.reshape(-1)[0], dtype=value.dtype)]
    if op == "Where":
        return [np.where(x, ins[1], ins[2])]
    if op == "Clip":
        lo = ins[1] if len(ins) > 1 and ins[1] is not None else None
        hi = ins[2] if len(ins) > 2 and ins[2] is not None else None
        return [np.clip(x, lo, hi)]
    if op == "NonZero":
        return [np.array(np.nonzero(x), dtype=np.int64).reshape(x.ndim, -1)]
    if op == "ScatterND":
        return [_scatter_nd(x, ins[1], ins[2])]
    if op == "QuantizeLinear":
        return [_quantize(x, ins[1], ins[2], a.get("axis", 1))]
    if op == "DequantizeLinear":
        return [_dequantize(x, ins[1], ins[2] if len(ins) > 2 else None, a.get("axis", 1))]
    raise NotImplementedError(f"numpy evaluator: op {op} (node {node.name})")


def evaluate(model, feeds, float64=False):
    """Runs the graph. float64=True widens every float32 value to float64
    (a differently rounded evaluation, to measure how sensitive the outputs
    are to arithmetic order and rounding); outputs are narrowed back."""
    widen = (lambda v: v.astype(np.float64) if v.dtype == F32 else v) if float64 else (lambda v: v)
    env = {k: widen(v) for k, v in feeds.items()}
    for init in model.graph.initializer:
        env[init.name] = widen(numpy_helper.to_array(init))
    for node in model.graph.node:
        ins = [env[name] if name else None for name in node.input]
        for name, value in zip(node.output, run_node(node, ins)):
            env[name] = widen(np.asarray(value))
    out = {}
    for o in model.graph.output:
        v = env[o.name]
        out[o.name] = v.astype(F32) if float64 and v.dtype == np.float64 else v
    return out


def value_info_shape(vi):
    t = vi.type.tensor_type
    dims = [d.dim_value if d.HasField("dim_value") else None for d in t.shape.dim]
    return dims, np.dtype(np_dtype(t.elem_type)).name


def check_model(folder, rtol, errors, float64=False):
    with open(os.path.join(folder, "manifest.json")) as f:
        manifest = json.load(f)
    name = manifest["name"]

    def fail(msg):
        errors.append(f"{name}: {msg}")
        print(f"  FAIL {msg}")

    model = onnx.load(os.path.join(folder, "model.onnx"))
    onnx.checker.check_model(model, full_check=True)
    if model.opset_import[0].version != manifest["opset"]:
        fail(f"opset {model.opset_import[0].version} != manifest {manifest['opset']}")
    # What an importer relying on ONNX shape inference alone would not know.
    inferred = onnx.shape_inference.infer_shapes(model, check_type=True, strict_mode=True, data_prop=True)
    producer = {out: n.op_type for n in inferred.graph.node for out in n.output}
    partial = collections.Counter(
        producer[v.name] for v in inferred.graph.value_info
        if not v.type.tensor_type.HasField("shape")
        or any(not d.HasField("dim_value") for d in v.type.tensor_type.shape.dim))
    print(f"  shape inference: {sum(partial.values())} of {len(inferred.graph.value_info)} values not fully "
          f"static" + (f" ({', '.join(f'{k} {v}' for k, v in sorted(partial.items()))})" if partial else ""))
    histogram = dict(collections.Counter(n.op_type for n in model.graph.node))
    if histogram != manifest["op_histogram"]:
        fail("op histogram differs from the manifest")
    arrays = {}
    for kind, values in (("inputs", model.graph.input), ("outputs", model.graph.output)):
        names = [v.name for v in values]
        listed = [e["name"] for e in manifest[kind]]
        if names != listed:
            fail(f"graph {kind} {names} != manifest {listed}")
            continue
        for vi, entry in zip(values, manifest[kind]):
            shape, dtype = value_info_shape(vi)
            array = np.load(os.path.join(folder, entry["file"]))
            arrays[vi.name] = array
            if shape != entry["shape"] or dtype != entry["dtype"]:
                fail(f"{vi.name}: graph {shape} {dtype} != manifest {entry['shape']} {entry['dtype']}")
            if list(array.shape) != entry["shape"] or array.dtype.name != entry["dtype"]:
                fail(f"{vi.name}: file {list(array.shape)} {array.dtype} != manifest")

    got = evaluate(model, {e["name"]: arrays[e["name"]] for e in manifest["inputs"]}, float64)
    for entry in manifest["outputs"]:
        ref, out = arrays[entry["name"]], got[entry["name"]]
        if out.shape != ref.shape or out.dtype != ref.dtype:
            fail(f"{entry['name']}: evaluated {out.shape} {out.dtype}, reference {ref.shape} {ref.dtype}")
            continue
        if not np.issubdtype(ref.dtype, np.floating):
            ok = np.array_equal(out, ref)
            print(f"  {entry['name']}: exact {'match' if ok else 'MISMATCH'}")
            if not ok:
                fail(f"{entry['name']}: integer/bool output differs")
            continue
        diff = np.abs(out.astype(np.float64) - ref.astype(np.float64))
        scale = float(np.abs(ref).max()) or 1.0
        bound = rtol * scale
        over = int((diff > bound).sum())
        print(f"  {entry['name']}: max|ref| {scale:.4g}, max|diff| {diff.max():.3g} "
              f"(rel {diff.max() / scale:.3g}), mean|diff| {diff.mean():.3g}, "
              f"{over}/{diff.size} over {rtol:g}*max|ref|")
        if over:
            fail(f"{entry['name']}: {over} elements differ by more than {rtol:g}*max|ref|")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    here = os.path.dirname(os.path.abspath(__file__))
    parser.add_argument("--root", default=os.path.join(here, "..", "models", "onnx"))
    parser.add_argument("--rtol", type=float, default=1e-5,
                        help="float bound for float models, relative to max|reference|")
    parser.add_argument("--qdq-rtol", type=float, default=5e-2,
                        help="float bound for QDQ models, relative to max|reference|")
    parser.add_argument("--float64", action="store_true",
                        help="evaluate float32 tensors in float64 (rounding-sensitivity study)")
    parser.add_argument("names", nargs="*")
    args = parser.parse_args()
    root = os.path.normpath(args.root)
    names = args.names or sorted(d for d in os.listdir(root) if os.path.isfile(os.path.join(root, d, "manifest.json")))
    errors = []
    for name in names:
        folder = os.path.join(root, name)
        with open(os.path.join(folder, "manifest.json")) as f:
            qdq = json.load(f).get("variant") == "qdq"
        print(name)
        try:
            check_model(folder, args.qdq_rtol if qdq else args.rtol, errors, args.float64)
        except Exception as exc:  # report and go on with the other models
            errors.append(f"{name}: {type(exc).__name__}: {exc}")
            print(f"  FAIL {type(exc).__name__}: {exc}")
    print(f"{len(names) - len({e.split(':')[0] for e in errors})}/{len(names)} models pass")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
