#!/usr/bin/python3
"""Writes the small .onnx models the lit tests in test/Target/ONNX import.

Run by hand (not by the build) with Debian's python3-onnx:
    /usr/bin/python3 test/Target/ONNX/Inputs/make_models.py
and commit the outputs. Every model is deterministic.
"""
import os

import numpy as np
import onnx
from onnx import TensorProto as T
from onnx import helper, numpy_helper

HERE = os.path.dirname(os.path.abspath(__file__))


def vi(name, elem, shape):
    return helper.make_tensor_value_info(name, elem, shape)


def model(nodes, inputs, outputs, inits=(), opset=14, name="g"):
    g = helper.make_graph(nodes, name, inputs, outputs, initializer=list(inits))
    m = helper.make_model(g, opset_imports=[helper.make_opsetid("", opset)],
                          producer_name="make_models.py")
    m.ir_version = 8
    return m


def save(m, name, check=True):
    if check:
        onnx.checker.check_model(m)
    onnx.save(m, os.path.join(HERE, name))


def const(name, array):
    return numpy_helper.from_array(np.asarray(array), name)


n = helper.make_node

# Elementwise arithmetic, math, comparisons, logic; a dynamic batch dim.
save(model([
    n("Add", ["x", "y"], ["add"], name="add0"),
    n("Sub", ["add", "y"], ["sub"], name="sub0"),
    n("Mul", ["sub", "two"], ["mul"], name="mul0"),
    n("Div", ["mul", "two"], ["div"], name="div0"),
    n("Pow", ["div", "two"], ["pow"], name="pow0"),
    n("Sqrt", ["pow"], ["sqrt"], name="sqrt0"),
    n("Reciprocal", ["sqrt"], ["rec"], name="rec0"),
    n("Neg", ["rec"], ["neg"], name="neg0"),
    n("Abs", ["neg"], ["abs"], name="abs0"),
    n("Exp", ["abs"], ["exp"], name="exp0"),
    n("Log", ["exp"], ["log"], name="log0"),
    n("Tanh", ["log"], ["tanh"], name="tanh0"),
    n("Sigmoid", ["tanh"], ["sig"], name="sig0"),
    n("Relu", ["sig"], ["relu"], name="relu0"),
    n("Cos", ["relu"], ["cos"], name="cos0"),
    n("Sin", ["cos"], ["sin"], name="sin0"),
    n("Erf", ["sin"], ["erf"], name="erf0"),
    n("Less", ["x", "y"], ["lt"], name="lt0"),
    n("Greater", ["x", "y"], ["gt"], name="gt0"),
    n("Equal", ["x", "y"], ["eq"], name="eq0"),
    n("Or", ["lt", "eq"], ["le"], name="or0"),
    n("Not", ["gt"], ["ngt"], name="not0"),
    n("And", ["le", "ngt"], ["both"], name="and0"),
    n("Where", ["both", "erf", "x"], ["out"], name="where0"),
    n("Cast", ["both"], ["mask"], name="cast0", to=T.INT32),
    n("Identity", ["mask"], ["mask_out"], name="id0"),
], [vi("x", T.FLOAT, ["N", 4]), vi("y", T.FLOAT, [4])],
   [vi("out", T.FLOAT, ["N", 4]), vi("mask_out", T.INT32, ["N", 4])],
   [const("two", np.float32(2.0))]), "elementwise.onnx")

# A Shape/Gather/Unsqueeze/Concat chain computing Reshape's shape from a
# static input: folded to one constant, one tq.reshape remains.
save(model([
    n("Shape", ["x"], ["shape"], name="shape0"),
    n("Gather", ["shape", "zero"], ["batch"], name="gather0", axis=0),
    n("Unsqueeze", ["batch", "axes0"], ["batch1"], name="unsq0"),
    n("Concat", ["batch1", "minus1"], ["target"], name="concat0", axis=0),
    n("Reshape", ["x", "target"], ["flat"], name="reshape0"),
    n("Transpose", ["flat"], ["t"], name="transpose0", perm=[1, 0]),
    n("Slice", ["t", "starts", "ends", "axes0", "steps"], ["s"], name="slice0"),
    n("Split", ["s", "split"], ["s0", "s1"], name="split0", axis=0),
    n("Squeeze", ["s0", "axes1"], ["sq"], name="squeeze0"),
    n("Expand", ["sq", "eshape"], ["e"], name="expand0"),
    n("ConstantOfShape", ["eshape"], ["ones"], name="cos0",
      value=helper.make_tensor("v", T.FLOAT, [1], [1.0])),
    n("Add", ["e", "ones"], ["out"], name="add0"),
    n("Range", ["r0", "r1", "r2"], ["range"], name="range0"),
    n("Gather", ["x", "idx"], ["g"], name="gather1", axis=1),
    n("GatherElements", ["x", "eidx"], ["ge"], name="gather2", axis=2),
], [vi("x", T.FLOAT, [2, 3, 4])],
   [vi("out", T.FLOAT, [3, 2]), vi("range", T.INT64, [4]),
    vi("g", T.FLOAT, [2, 2, 4]), vi("ge", T.FLOAT, [2, 3, 1])],
   [const("zero", np.int64(0)), const("axes0", np.array([0], np.int64)),
    const("axes1", np.array([0], np.int64)),
    const("minus1", np.array([-1], np.int64)),
    const("starts", np.array([2], np.int64)),
    const("ends", np.array([6], np.int64)),
    const("steps", np.array([2], np.int64)),
    const("split", np.array([1, 1], np.int64)),
    const("eshape", np.array([3, 2], np.int64)),
    const("r0", np.int64(1)), const("r1", np.int64(9)), const("r2", np.int64(2)),
    const("idx", np.array([2, 0], np.int64)),
    const("eidx", np.zeros((2, 3, 1), np.int64))]), "shape.onnx")

# Contractions and NN ops.
rng = np.random.default_rng(0)
save(model([
    n("MatMul", ["x", "w"], ["mm"], name="matmul0"),
    n("Gemm", ["mm", "gw", "gb"], ["gemm"], name="gemm0", transB=1, alpha=0.5),
    n("Softmax", ["gemm"], ["sm"], name="softmax0", axis=-1),
    n("ReduceMean", ["sm"], ["rm"], name="rmean0", axes=[1], keepdims=1),
    n("ReduceMax", ["sm"], ["rx"], name="rmax0", axes=[0], keepdims=0),
    n("ReduceSum", ["sm", "axes"], ["rs"], name="rsum0", keepdims=1),
    n("CumSum", ["sm", "axis"], ["cs"], name="cumsum0", reverse=1),
    n("Trilu", ["cs"], ["tri"], name="trilu0", upper=0),
    n("LayerNormalization", ["tri", "ln_w", "ln_b"], ["ln"], name="ln0",
      epsilon=1e-6),
    n("Einsum", ["ln", "ln"], ["outer"], name="einsum_outer",
      equation="bi,bj->bij"),
    n("Einsum", ["outer", "ew"], ["proj"], name="einsum_matmul",
      equation="bij,jk->bik"),
], [vi("x", T.FLOAT, [2, 8])],
   [vi("proj", T.FLOAT, [2, 4, 3]), vi("rm", T.FLOAT, [2, 1]),
    vi("rx", T.FLOAT, [4]), vi("rs", T.FLOAT, [2, 1])],
   [const("w", rng.standard_normal((8, 6)).astype(np.float32)),
    const("gw", rng.standard_normal((4, 6)).astype(np.float32)),
    const("gb", rng.standard_normal((4,)).astype(np.float32)),
    const("axes", np.array([-1], np.int64)), const("axis", np.int64(1)),
    const("ln_w", np.ones(4, np.float32)), const("ln_b", np.zeros(4, np.float32)),
    const("ew", rng.standard_normal((4, 3)).astype(np.float32))], opset=17),
     "nn.onnx")

save(model([
    n("Conv", ["x", "w", "b"], ["c"], name="conv0", strides=[2, 2],
      pads=[1, 1, 1, 1], kernel_shape=[3, 3]),
    n("AveragePool", ["c"], ["p"], name="pool0", kernel_shape=[2, 2],
      strides=[2, 2]),
], [vi("x", T.FLOAT, [1, 3, 16, 16])], [vi("p", T.FLOAT, [1, 4, 4, 4])],
   [const("w", rng.standard_normal((4, 3, 3, 3)).astype(np.float32)),
    const("b", np.zeros(4, np.float32))]), "conv.onnx")

# QDQ: an activation Q->DQ pair and a per-axis int8 weight.
save(model([
    n("QuantizeLinear", ["x", "xs", "xz"], ["xq"], name="q0"),
    n("DequantizeLinear", ["xq", "xs", "xz"], ["xd"], name="dq0"),
    n("DequantizeLinear", ["wq", "ws", "wz"], ["wd"], name="dqw", axis=1),
    n("MatMul", ["xd", "wd"], ["y"], name="matmul0"),
], [vi("x", T.FLOAT, [2, 4])], [vi("y", T.FLOAT, [2, 3])],
   [const("xs", np.float32(0.05)), const("xz", np.uint8(128)),
    const("wq", np.arange(-6, 6, dtype=np.int8).reshape(4, 3)),
    const("ws", np.array([0.1, 0.2, 0.3], np.float32)),
    const("wz", np.zeros(3, np.int8))]), "qdq.onnx")

# A 64 KiB initializer (dense_resource) and a small one (dense).
save(model([n("MatMul", ["x", "big"], ["y"], name="matmul0"),
            n("Add", ["y", "small"], ["z"], name="add0")],
           [vi("x", T.FLOAT, [1, 128])], [vi("z", T.FLOAT, [1, 128])],
           [const("big", np.full((128, 128), 0.5, np.float32)),
            const("small", np.ones(128, np.float32))]), "large.onnx")

# External data: a good model, a missing file, a path leaving the directory.
def external(location, name, offset=0, length=None, write=True):
    w = np.arange(12, dtype=np.float32).reshape(3, 4)
    t = numpy_helper.from_array(w, "w")
    t.ClearField("raw_data")
    t.data_location = T.EXTERNAL
    for k, v in [("location", location), ("offset", str(offset))] + (
            [("length", str(length))] if length is not None else []):
        e = t.external_data.add()
        e.key, e.value = k, v
    if write:
        with open(os.path.join(HERE, location), "wb") as f:
            f.write(b"\0" * offset + w.tobytes())
    m = model([n("MatMul", ["x", "w"], ["y"], name="matmul0")],
              [vi("x", T.FLOAT, [2, 3])], [vi("y", T.FLOAT, [2, 4])], [t])
    save(m, name, check=False)

external("external.bin", "external.onnx", offset=16, length=48)
external("missing.bin", "external-missing.onnx", write=False)
external("../escape.bin", "external-escape.onnx", write=False)
external("external.bin", "external-short.onnx", offset=16, length=40,
         write=False)

# Unsupported ops: every type, with counts and node names.
save(model([
    n("NonZero", ["x"], ["nz"], name="nz_a"),
    n("NonZero", ["x"], ["nz2"], name="nz_b"),
    n("HardSigmoid", ["x"], ["h"], name="hs"),
    n("Relu", ["x"], ["r"], name="relu_ok"),
], [vi("x", T.FLOAT, [4])],
   [vi("nz", T.INT64, [1, None]), vi("nz2", T.INT64, [1, None]),
    vi("h", T.FLOAT, [4]), vi("r", T.FLOAT, [4])]), "unsupported.onnx")

# Bad inputs.
good = open(os.path.join(HERE, "elementwise.onnx"), "rb").read()
with open(os.path.join(HERE, "truncated.onnx"), "wb") as f:
    f.write(good[: len(good) // 2])
with open(os.path.join(HERE, "not-a-model.onnx"), "wb") as f:
    f.write(b"this is not a protobuf \xff\xff\xff\xff\n")

short = numpy_helper.from_array(np.ones((2, 3), np.float32), "w")
short.raw_data = short.raw_data[:20]
save(model([n("Add", ["x", "w"], ["y"], name="add0")],
           [vi("x", T.FLOAT, [2, 3])], [vi("y", T.FLOAT, [2, 3])], [short]),
     "short-raw-data.onnx", check=False)

save(model([n("Relu", ["b"], ["a"], name="first"),
            n("Relu", ["a"], ["b"], name="second")],
           [vi("x", T.FLOAT, [4])], [vi("b", T.FLOAT, [4])]),
     "cyclic.onnx", check=False)

save(model([n("Relu", ["x"], ["y"], name="relu0")],
           [vi("x", T.FLOAT, [4])], [vi("y", T.FLOAT, [4])], opset=18),
     "opset18.onnx", check=False)

# Opset 11 (axes as an attribute): converted to 13 by the version converter.
save(model([n("Unsqueeze", ["x"], ["y"], name="unsq0", axes=[0])],
           [vi("x", T.FLOAT, [4])], [vi("y", T.FLOAT, [1, 4])], opset=11),
     "opset11.onnx")

# Dynamic input dims fixed with --input-shape.
save(model([n("Shape", ["x"], ["s"], name="shape0"),
            n("Reshape", ["x", "s"], ["y"], name="reshape0")],
           [vi("x", T.FLOAT, ["batch", "seq"])], [vi("y", T.FLOAT, ["batch", "seq"])]),
     "dynamic.onnx")

# torch.nn.GELU() as exported at opset <= 17: fused into tq.gelu. The
# Identity between Erf and Add keeps the same math out of the matcher (the
# lit test compares the two numerically); Div by 2 is a close non-match.
def gelu(name, erf_out="e", extra=(), divisor=np.sqrt(2.0)):
    save(model([
        n("Div", ["x", "s2"], ["d"], name="div0"),
        n("Erf", ["d"], ["e"], name="erf0"),
        *extra,
        n("Add", [erf_out, "one"], ["a"], name="add0"),
        n("Mul", ["x", "a"], ["m"], name="mul0"),
        n("Mul", ["m", "half"], ["y"], name="mul1"),
    ], [vi("x", T.FLOAT, [2, 8])], [vi("y", T.FLOAT, [2, 8])],
       [const("s2", np.float32(divisor)), const("one", np.float32(1.0)),
        const("half", np.float32(0.5))]), name)

gelu("gelu.onnx")
gelu("gelu-identity.onnx", "ei", [n("Identity", ["e"], ["ei"], name="id0")])
gelu("gelu-div2.onnx", divisor=2.0)
