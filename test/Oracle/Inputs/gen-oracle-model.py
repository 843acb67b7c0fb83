#!/usr/bin/env python3
"""Writes a fake-quantized tq model for the LiteRT oracle test: independent
branches (one op each, reading only model inputs; the mask merge is a short
chain) on three inputs, each
returned, so one run checks every op and a mismatch names its op. Weights are deterministic floats that
tico-quantize quantizes per channel. Usage: gen-oracle-model.py {int8|uint8|int16}"""
import sys

dtype = sys.argv[1]
# (input qparams, intermediate qparams, storage, qmin, qmax)
params = {
    "int8": ((0.01, -5), (0.04, 3), "i8", -128, 127),
    "uint8": ((0.01, 128), (0.04, 120), "ui8", 0, 255),
    "int16": ((1.0e-4, 0), (2.0e-4, 0), "i16", -32768, 32767),
}[dtype]
(in_scale, in_zp), (mid_scale, mid_zp), storage, qmin, qmax = params


def fq(value, ty, scale=mid_scale, zp=mid_zp):
    return (f"tq.fake_quant {value} {{scale = array<f64: {scale!r}>, "
            f"zero_point = array<i64: {zp}>, quant_min = {qmin} : i64, "
            f"quant_max = {qmax} : i64, storage_type = {storage}}} : {ty}")


def const(shape, seed):
    n = 1
    for d in shape:
        n *= d
    # A fixed, sign-mixed pattern in [-1, 1] (no RNG: reproducible anywhere).
    vals = [f"{((i * 37 + seed * 11) % 41 - 20) / 20.0:.4f}" for i in range(n)]
    for d in reversed(shape[1:]):
        vals = ["[" + ", ".join(vals[i:i + d]) + "]" for i in range(0, len(vals), d)]
    return ("dense<[" + ", ".join(vals) + "]> : tensor<"
            + "x".join(map(str, shape)) + "xf32>")


X = "tensor<1x4x8xf32>"
I = "tensor<1x2x4x4xf32>"
lines = []
emit = lines.append
outs = []  # (value, type, name)


def op(name, expr, ty, scale=mid_scale, zp=mid_zp):
    emit(f"  %{name}_f = {expr}")
    emit(f"  %{name} = {fq('%' + name + '_f', ty, scale, zp)}")


emit(f"  %x = {fq('%x_in', X, in_scale, in_zp)}")
emit(f"  %y = {fq('%y_in', X, mid_scale, mid_zp)}")
emit(f"  %img = {fq('%img_in', I, in_scale, in_zp)}")
emit(f"  %w = tq.constant {const([8, 8], 1)}")
emit(f"  %b = tq.constant {const([8], 2)}")
emit(f"  %wc = tq.constant {const([3, 2, 3, 3], 3)}")
emit(f"  %wd = tq.constant {const([2, 1, 3, 3], 4)}")
# TFLite's CONV_2D and DEPTHWISE_CONV_2D require a bias (their Prepare fails
# on an omitted one), so the convs get one.
emit(f"  %bc = tq.constant {const([3], 5)}")
emit(f"  %bd = tq.constant {const([2], 6)}")
# FULLY_CONNECTED, per-channel weights, with bias.
op("fc", f"tq.linear %x, %w, %b : ({X}, tensor<8x8xf32>, tensor<8xf32>) -> {X}", X)
outs.append(("fc", X))
op("add", f"tq.add %x, %y : ({X}, {X}) -> {X}", X)
outs.append(("add", X))
op("mul", f"tq.mul %x, %y : ({X}, {X}) -> {X}", X)
outs.append(("mul", X))
# Fixed output qparams per dtype (what the kernels require).
fixed = {"int8": {"softmax": (1 / 256, -128), "sigmoid": (1 / 256, -128), "tanh": (1 / 128, 0)},
         "uint8": {"softmax": (1 / 255, 0), "sigmoid": (1 / 256, 0), "tanh": (2 / 256, 128)},
         "int16": {"softmax": (1 / 32767, 0), "sigmoid": (1 / 32768, 0), "tanh": (1 / 32768, 0)}}[dtype]
op("softmax", f"tq.softmax %y {{axis = -1 : i64}} : ({X}) -> {X}", X, *fixed["softmax"])
outs.append(("softmax", X))
op("sigmoid", f"tq.sigmoid %y : ({X}) -> {X}", X, *fixed["sigmoid"])
outs.append(("sigmoid", X))
op("tanh", f"tq.tanh %y : ({X}) -> {X}", X, *fixed["tanh"])
outs.append(("tanh", X))
# GELU: TFLite's table kernel takes int8 and uint8 only (no int16 GELU).
if dtype != "int16":
  op("gelu", f"tq.gelu %y : ({X}) -> {X}", X)
  outs.append(("gelu", X))
  op("gelu_tanh", f"tq.gelu %y {{approximate = #tq<gelu tanh>}} : ({X}) -> {X}", X)
  outs.append(("gelu_tanh", X))
# SiLU lowers to LOGISTIC (fixed qparams) x MUL.
op("silu", f"tq.silu %y : ({X}) -> {X}", X)
outs.append(("silu", X))
M = "tensor<1x4x1xf32>"
op("mean", f"tq.reduce_mean %y {{axes = array<i64: 2>, keepdim = true}} : ({X}) -> {M}", M)
outs.append(("mean", M))
S = "tensor<1x4x4xf32>"
# TFLite's BATCH_MATMUL has no uint8 kernel (int8 and int16 only).
if dtype != "uint8":
  op("bmm", f"tq.matmul %x, %y {{transpose_rhs = true}} : ({X}, {X}) -> {S}", S)
  outs.append(("bmm", S))
op("sub", f"tq.sub %x, %y : ({X}, {X}) -> {X}", X)
outs.append(("sub", X))
op("relu", f"tq.relu %y : ({X}) -> {X}", X)
outs.append(("relu", X))
# Layout ops carry their input's qparams (no fake_quant of their own).
SL = "tensor<1x2x4xf32>"
emit(f"  %slice = tq.slice %y {{start = array<i64: 0, 1, 2>, end = array<i64: 1, 3, 6>, step = array<i64: 1, 1, 1>}} : ({X}) -> {SL}")
outs.append(("slice", SL))
R = "tensor<1x32xf32>"
emit(f"  %reshape = tq.reshape %y : ({X}) -> {R}")
outs.append(("reshape", R))
T = "tensor<1x8x4xf32>"
emit(f"  %transpose = tq.transpose %y {{perms = array<i64: 0, 2, 1>}} : ({X}) -> {T}")
outs.append(("transpose", T))
C = "tensor<1x4x16xf32>"
op("concat", f"tq.concat %x, %y {{axis = 2 : i64}} : ({X}, {X}) -> {C}", C)
outs.append(("concat", C))
# CONV_2D and DEPTHWISE_CONV_2D (groups = channels), AVERAGE_POOL_2D.
CO = "tensor<1x3x4x4xf32>"
op("conv", f"tq.conv2d %img, %wc, %bc {{padding = array<i64: 1, 1>}} : ({I}, tensor<3x2x3x3xf32>, tensor<3xf32>) -> {CO}", CO)
outs.append(("conv", CO))
op("depthwise", f"tq.conv2d %img, %wd, %bd {{padding = array<i64: 1, 1>, groups = 2 : i64}} : ({I}, tensor<2x1x3x3xf32>, tensor<2xf32>) -> {I}", I)
outs.append(("depthwise", I))
# Bias-less convs: the lowering gives them a zero bias (TFLite's Prepare
# fails without one).
op("conv_nobias", f"tq.conv2d %img, %wc {{padding = array<i64: 1, 1>}} : ({I}, tensor<3x2x3x3xf32>) -> {CO}", CO)
outs.append(("conv_nobias", CO))
op("depthwise_nobias", f"tq.conv2d %img, %wd {{padding = array<i64: 1, 1>, groups = 2 : i64}} : ({I}, tensor<2x1x3x3xf32>) -> {I}", I)
outs.append(("depthwise_nobias", I))
# The attention-mask merge of tq-legalize-masks: a mask select between 0
# and -120 with its own [-120, 0] qparams (both values exact), added to the
# scores, then clamped to [-120, 0]. In the intermediate qparams -120 is
# below the representable range (the lower clamp disappears), 0 is inside
# (MINIMUM). `clamp` is a lower clamp inside the range (MAXIMUM).
mask_q = {"int8": (120 / 255, 127), "uint8": (120 / 255, 255), "int16": (120 / 32767, 0)}[dtype]
MK = "tensor<1x1x4x4xf32>"
emit("  %zero = tq.constant dense<0.0> : tensor<f32>")
emit("  %fill = tq.constant dense<-120.0> : tensor<f32>")
emit("  %bound = tq.constant dense<-0.5> : tensor<f32>")
op("mask", f"tq.where %valid, %zero, %fill : (tensor<1x1x4x4xi1>, tensor<f32>, tensor<f32>) -> {MK}", MK, *mask_q)
op("msum", f"tq.add %img, %mask : ({I}, {MK}) -> {I}", I)
emit(f"  %mlt = tq.compare %msum, %fill {{direction = #tq<cmp lt>}} : ({I}, tensor<f32>) -> tensor<1x2x4x4xi1>")
op("mlo", f"tq.where %mlt, %fill, %msum : (tensor<1x2x4x4xi1>, tensor<f32>, {I}) -> {I}", I)
emit(f"  %mgt = tq.compare %mlo, %zero {{direction = #tq<cmp gt>}} : ({I}, tensor<f32>) -> tensor<1x2x4x4xi1>")
op("masked", f"tq.where %mgt, %zero, %mlo : (tensor<1x2x4x4xi1>, tensor<f32>, {I}) -> {I}", I)
outs.append(("masked", I))
emit(f"  %clt = tq.compare %y, %bound {{direction = #tq<cmp lt>}} : ({X}, tensor<f32>) -> tensor<1x4x8xi1>")
op("clamp", f"tq.where %clt, %bound, %y : (tensor<1x4x8xi1>, tensor<f32>, {X}) -> {X}", X)
outs.append(("clamp", X))
P = "tensor<1x2x2x2xf32>"
# TFLite's quantized AVERAGE_POOL_2D keeps its input's qparams.
op("pool", f"tq.avg_pool2d %img {{kernel = array<i64: 2, 2>, strides = array<i64: 2, 2>}} : ({I}) -> {P}", P,
   in_scale, in_zp)
outs.append(("pool", P))

results = ", ".join(f'{t} {{tico.name = "{n}"}}' for n, t in outs)
print(f'func.func @main(%x_in: {X} {{tico.name = "x"}}, %y_in: {X} {{tico.name = "y"}}, %img_in: {I} {{tico.name = "img"}}, %valid: tensor<1x1x4x4xi1> {{tico.name = "valid"}}) -> ({results}) {{')
print("\n".join(lines))
print("  return " + ", ".join("%" + n for n, _ in outs) + " : " + ", ".join(t for _, t in outs))
print("}")
