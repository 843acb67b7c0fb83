"""Inputs and reference integers for numpy-qkernels.mlir.

An independent Python implementation of TFLite's integer arithmetic
(QuantizeMultiplier, SaturatingRoundingDoublingHighMul, RoundingDivideByPOT,
MultiplyByQuantizedMultiplier in its int32 and int64 forms) and of the
reference kernels (requantize, FULLY_CONNECTED, ADD, SUB, MUL, ...; the
`*-more` commands cover SUM, the 4-D MEAN path, power-of-two int16
LOGISTIC/TANH, DIV, EXP and NCHW conv/pool), in exact Python integers and,
where TFLite computes in float, np.float32. Scales are rounded to float32 as
TFLite stores them.

  numpy_qkernels.py make DIR    writes the inputs
  numpy_qkernels.py check DIR   compares DIR/out/*.npy with this model
  numpy_qkernels.py make-more DIR / check-more DIR   the same for
                                numpy-qkernels-more.mlir
  numpy_qkernels.py make-gelu DIR / check-gelu DIR   the same for
                                numpy-qkernels-gelu.mlir (GELU, SiLU)
"""
import math
import sys

import numpy as np

I8 = (-128, 127)
I16 = (-32768, 32767)
U8 = (0, 255)


def f32(s):
    return float(np.float32(s))


def wrap32(v):
    return (v + 2**31) % 2**32 - 2**31


def trunc_div(n, d):
    return n // d if n >= 0 else -((-n) // d)


def round_away_div_pot(x, e):
    """x / 2^e rounded half away from zero (gemmlowp RoundingDivideByPOT)."""
    if e <= 0:
        return x
    q, r = divmod(abs(x), 2**e)
    if 2 * r >= 2**e:
        q += 1
    return q if x >= 0 else -q


def quantize_multiplier(real):
    if real == 0.0:
        return 0, 0
    m, e = math.frexp(real)
    q = math.floor(m * 2**31 + 0.5)  # m > 0: half away from zero
    if q == 2**31:
        q //= 2
        e += 1
    if e < -31:
        return 0, 0
    return q, e


def srdhm(a, b):
    if a == b == -2**31:
        return 2**31 - 1
    ab = a * b
    nudge = 2**30 if ab >= 0 else 1 - 2**30
    return trunc_div(ab + nudge, 2**31)


def mbqm(x, mult):
    m, s = mult
    x = wrap32(x * 2**max(s, 0))
    return round_away_div_pot(srdhm(x, m), max(-s, 0))


def mbqm64(x, mult):
    m, s = mult
    red = (m + 2**15) >> 16 if m < 0x7FFF0000 else 0x7FFF
    total = 15 - s
    return wrap32((x * red + 2**(total - 1)) >> total)


def clamp(v, lo, hi):
    return max(lo, min(hi, v))


def requantize(q, s_in, zp_in, s_out, zp_out, rng):
    mult = quantize_multiplier(f32(s_in) / f32(s_out))
    return [clamp(mbqm(wrap32(int(v) - zp_in), mult) + zp_out, *rng) for v in q]


def fully_connected(x, w, bias, s_x, zp_x, s_w, s_out, zp_out, rng, wide,
                    act_min=None):
    rows, k = x.shape
    out_dim = w.shape[0]
    lo = rng[0] if act_min is None else max(rng[0], act_min)
    res = np.zeros((rows, out_dim), dtype=np.int64)
    for c in range(out_dim):
        sw = s_w[c] if isinstance(s_w, list) else s_w
        mult = quantize_multiplier(f32(s_x) * f32(sw) / f32(s_out))
        for r in range(rows):
            acc = sum(int(w[c, i]) * (int(x[r, i]) - zp_x) for i in range(k))
            acc += int(bias[c])
            # int16 with a bias: fully_connected.cc's float-scale
            # reference path, round(acc * s_x s_w / s_out) half away.
            v = (int(round_half_away(acc * (f32(s_x) * f32(sw) / f32(s_out))))
                 if wide else mbqm(wrap32(acc), mult))
            res[r, c] = clamp(v + zp_out, lo, rng[1])
    return res


def add_sub(a, b, s1, z1, s2, z2, so, zo, rng, sign):
    left = 15 if rng == I16 else 20
    twice = 2 * max(f32(s1), f32(s2))
    m1 = quantize_multiplier(f32(s1) / twice)
    m2 = quantize_multiplier(f32(s2) / twice)
    m2 = (sign * m2[0], m2[1])
    mo = quantize_multiplier(twice / (2**left * f32(so)))
    a, b = np.broadcast_arrays(a, b)
    out = []
    for x, y in zip(a.ravel(), b.ravel()):
        sx = mbqm(wrap32((int(x) - z1) * 2**left), m1)
        sy = mbqm(wrap32((int(y) - z2) * 2**left), m2)
        out.append(clamp(mbqm(wrap32(sx + sy), mo) + zo, *rng))
    return np.array(out).reshape(a.shape)


def mul(a, b, s1, z1, s2, z2, so, zo, rng):
    mult = quantize_multiplier(f32(s1) * f32(s2) / f32(so))
    a, b = np.broadcast_arrays(a, b)
    out = [clamp(mbqm(wrap32((int(x) - z1) * (int(y) - z2)), mult) + zo, *rng)
           for x, y in zip(a.ravel(), b.ravel())]
    return np.array(out).reshape(a.shape)


def batch_matmul(lhs, rhs, s1, z1, s2, z2, so, zo, rng, wide):
    mult = quantize_multiplier(f32(s1) * f32(s2) / f32(so))
    bsz, m, k = lhs.shape
    n = rhs.shape[2]
    res = np.zeros((bsz, m, n), dtype=np.int64)
    for b in range(bsz):
        for i in range(m):
            for j in range(n):
                acc = sum((int(lhs[b, i, t]) - z1) * (int(rhs[b, t, j]) - z2)
                          for t in range(k))
                v = mbqm64(acc, mult) if wide else mbqm(wrap32(acc), mult)
                res[b, i, j] = clamp(v + zo, *rng)
    return res


def relu(x, si, zi, so, zo, rng):
    mult = quantize_multiplier(f32(si) / f32(so))
    lo = max(rng[0], zo)
    return np.array([clamp(zo + mbqm(wrap32(int(v) - zi), mult), lo, rng[1])
                     for v in x.ravel()]).reshape(x.shape)


def avg_pool_same(x, kh, kw, rng):
    """NHWC, stride 1, SAME padding (odd pixel after), in-bounds count."""
    n, h, w, c = x.shape
    top, left = (kh - 1) // 2, (kw - 1) // 2
    res = np.zeros_like(x, dtype=np.int64)
    for b in range(n):
        for y in range(h):
            for xx in range(w):
                for ch in range(c):
                    vals = [int(x[b, iy, ix, ch])
                            for iy in range(y - top, y - top + kh)
                            for ix in range(xx - left, xx - left + kw)
                            if 0 <= iy < h and 0 <= ix < w]
                    acc, cnt = sum(vals), len(vals)
                    q = trunc_div(acc + cnt // 2, cnt) if acc > 0 else \
                        trunc_div(acc - cnt // 2, cnt)
                    res[b, y, xx, ch] = clamp(q, *rng)
    return res


def conv(x, w, bias, s_x, zp_x, s_w, s_out, zp_out, rng, wide, same,
         depthwise=False):
    """NHWC conv (OHWI filter) or depthwise conv ([1, KH, KW, C*M] filter),
    stride 1; SAME padding puts the odd pixel after."""
    n, h, wd, c = x.shape
    kh, kw = w.shape[1], w.shape[2]
    out_c = w.shape[3] if depthwise else w.shape[0]
    top, left = ((kh - 1) // 2, (kw - 1) // 2) if same else (0, 0)
    oh, ow = (h, wd) if same else (h - kh + 1, wd - kw + 1)
    mults = [quantize_multiplier(f32(s_x) * f32(s_w[o]) / f32(s_out))
             for o in range(out_c)]
    res = np.zeros((n, oh, ow, out_c), dtype=np.int64)
    for b in range(n):
        for y in range(oh):
            for xx in range(ow):
                for o in range(out_c):
                    acc = int(bias[o])
                    for ky in range(kh):
                        for kx in range(kw):
                            iy, ix = y - top + ky, xx - left + kx
                            if not (0 <= iy < h and 0 <= ix < wd):
                                continue
                            if depthwise:
                                ci = o // (out_c // c)
                                acc += int(w[0, ky, kx, o]) * \
                                    (int(x[b, iy, ix, ci]) - zp_x)
                            else:
                                acc += sum(int(w[o, ky, kx, ci]) *
                                           (int(x[b, iy, ix, ci]) - zp_x)
                                           for ci in range(c))
                    v = mbqm64(acc, mults[o]) if wide else \
                        mbqm(wrap32(acc), mults[o])
                    res[b, y, xx, o] = clamp(v + zp_out, *rng)
    return res


def round_half_away(v):
    """std::round on a double."""
    a = abs(v)
    r = math.floor(a)
    if a - r >= 0.5:
        r += 1
    return r if v >= 0 else -r


def lut_int16(in_scale, in_zp, out_scale, out_zp, fn):
    """common.h LUTPopulateInt16 with FloatT = double (513 entries)."""
    in_min = in_scale * (-32768 - in_zp)
    in_max = in_scale * (32767 - in_zp)
    out_min = out_scale * (-32768 - out_zp)
    out_max = out_scale * (32767 - out_zp)
    step = (in_max - in_min) / 512
    half = step / 2
    inv = 65536.0 / (out_max - out_min)
    lut = []
    for i in range(512):
        val = fn(in_min + i * step)
        mid = fn(in_min + i * step + half)
        nxt = fn(in_min + (i + 1) * step)
        sample = round_half_away(val * inv)
        interp = round_half_away((nxt * inv + round_half_away(val * inv)) / 2)
        bias = round_half_away((interp - round_half_away(mid * inv)) / 2)
        lut.append(clamp(sample - bias, -32768, 32767))
    lut.append(clamp(round_half_away(fn(in_max) * inv), -32768, 32767))
    return lut


def lut_lookup(v, lut):
    """common.h LUTLookup(int16_t)."""
    index = 256 + (v >> 7)
    offset = v & 0x7F
    slope = lut[index + 1] - lut[index]
    return lut[index] + ((slope * offset + 64) >> 7)


def softmax_int16(x, s_in, beta=1.0):
    """activations.cc SoftmaxPrepare (int16) + reference_ops::SoftmaxInt16."""
    exp_lut = lut_int16(10.0 / 65535, 32767, 2.0 / 65535, 0, math.exp)
    rec_lut = lut_int16(1.0 / 65535, -32768, 2.0 / 65535, 0,
                        lambda v: 1.0 / (1.0 + v))
    sb = float(np.float32(np.float32(s_in) * np.float32(beta)))
    mult = quantize_multiplier(sb / (10.0 / 65535.0))
    x = np.asarray(x)
    rows = x.reshape(-1, x.shape[-1]).tolist()
    out = []
    for row in rows:
        mx = max(row)
        exps = [lut_lookup(clamp(mbqm(v - mx, mult) + 32767, -32768, 32767),
                           exp_lut) for v in row]
        total = sum(exps)
        hp1 = 32 - total.bit_length()
        shifted = ((total << (hp1 - 1)) + (1 << 13)) >> 14
        rec = lut_lookup(clamp(shifted - (1 << 15) - (1 << 16), -32768,
                               32767), rec_lut)
        rs = 31 - hp1
        out.append([clamp((e * rec + (1 << (rs - 1))) >> rs, 0, 32767)
                    for e in exps])
    return np.array(out, dtype=np.int64).reshape(x.shape)


def quantized_mean(x, axes, s_in, zp_in, s_out, zp_out, rng):
    """reduce.cc PrepareMeanOrSum + reference_ops::QuantizedMeanOrSum."""
    x = np.asarray(x).astype(np.int64)
    n = 1
    for a in axes:
        n *= x.shape[a]
    sums = x.sum(axis=tuple(axes))
    m, s = quantize_multiplier(f32(s_in) / f32(s_out))
    sh = min(n.bit_length() - 1, 32, 31 + s)
    m = (m << sh) // n
    s -= sh
    out = [clamp(mbqm(wrap32(wrap32(v) - zp_in * n), (m, s)) + zp_out, *rng)
           for v in sums.ravel().tolist()]
    return np.array(out, dtype=np.int64).reshape(sums.shape)


# tensorflow/lite/kernels/internal/common.h sigmoid_table_uint16 (data).
SIGMOID_TABLE = [
    32768, 33451, 34133, 34813, 35493, 36169, 36843, 37513, 38180, 38841, 39498,
    40149, 40794, 41432, 42064, 42688, 43304, 43912, 44511, 45102, 45683, 46255,
    46817, 47369, 47911, 48443, 48964, 49475, 49975, 50464, 50942, 51409, 51865,
    52311, 52745, 53169, 53581, 53983, 54374, 54755, 55125, 55485, 55834, 56174,
    56503, 56823, 57133, 57433, 57724, 58007, 58280, 58544, 58800, 59048, 59288,
    59519, 59743, 59959, 60168, 60370, 60565, 60753, 60935, 61110, 61279, 61441,
    61599, 61750, 61896, 62036, 62172, 62302, 62428, 62549, 62666, 62778, 62886,
    62990, 63090, 63186, 63279, 63368, 63454, 63536, 63615, 63691, 63765, 63835,
    63903, 63968, 64030, 64090, 64148, 64204, 64257, 64308, 64357, 64405, 64450,
    64494, 64536, 64576, 64614, 64652, 64687, 64721, 64754, 64786, 64816, 64845,
    64873, 64900, 64926, 64950, 64974, 64997, 65019, 65039, 65060, 65079, 65097,
    65115, 65132, 65149, 65164, 65179, 65194, 65208, 65221, 65234, 65246, 65258,
    65269, 65280, 65291, 65301, 65310, 65319, 65328, 65337, 65345, 65352, 65360,
    65367, 65374, 65381, 65387, 65393, 65399, 65404, 65410, 65415, 65420, 65425,
    65429, 65433, 65438, 65442, 65445, 65449, 65453, 65456, 65459, 65462, 65465,
    65468, 65471, 65474, 65476, 65479, 65481, 65483, 65485, 65488, 65489, 65491,
    65493, 65495, 65497, 65498, 65500, 65501, 65503, 65504, 65505, 65507, 65508,
    65509, 65510, 65511, 65512, 65513, 65514, 65515, 65516, 65517, 65517, 65518,
    65519, 65520, 65520, 65521, 65522, 65522, 65523, 65523, 65524, 65524, 65525,
    65525, 65526, 65526, 65526, 65527, 65527, 65528, 65528, 65528, 65529, 65529,
    65529, 65529, 65530, 65530, 65530, 65530, 65531, 65531, 65531, 65531, 65531,
    65532, 65532, 65532, 65532, 65532, 65532, 65533, 65533, 65533, 65533, 65533,
    65533, 65533, 65533, 65534, 65534, 65534, 65534, 65534, 65534, 65534, 65534,
    65534, 65534, 65535
]


def checked_log2(x):
    """quantization_util.h CheckedLog2, in float32."""
    l2 = np.float32(np.log(np.float32(x))) * np.float32(1.0 / np.log(np.float32(2.0)))
    l2 = np.float32(l2)
    r = np.float32(np.round(l2))
    return abs(float(l2 - r)) < 1e-3, int(r)


def int16_activation(q, s_in, tanh):
    """activations.cc int16 Prepare + integer_ops/logistic.h, tanh.h (LUT);
    power-of-two input scales take the input_multiplier == 0 branch."""
    pot, l2 = checked_log2(s_in)
    if pot and (12 + l2 == 0 or (tanh and 12 + l2 == 1)):
        # Prepare leaves input_multiplier 0; the reference kernel then uses
        # 3 << input_left_shift and no shift.
        m, shift = 3 << (12 + l2), 0
    else:
        m = f32(s_in) * 4096.0 * 3.0
        shift = 0
        while m <= 32767.0 / 2.0 and shift <= 30:
            shift += 1
            m *= 2.0
        m = int(m)
    rnd = (1 << (shift - 1)) if shift > 0 else 0
    out = []
    for v in np.asarray(q).ravel().tolist():
        x = (v * m + rnd) >> shift
        a = abs(x)
        if not tanh:
            uh = a >> 9
            if uh >= 255:
                r = 0x7FFF << 10
            else:
                r = (SIGMOID_TABLE[uh] << 9) + (a & 511) * (
                    SIGMOID_TABLE[uh + 1] - SIGMOID_TABLE[uh])
            r = r + 512 if x >= 0 else (1 << 25) - r + 511
            out.append(r >> 10)
        else:
            uh = a >> 8
            if uh >= 255:
                r = 0xFFFF << 8
            else:
                r = (SIGMOID_TABLE[uh] << 8) + (a & 255) * (
                    SIGMOID_TABLE[uh + 1] - SIGMOID_TABLE[uh])
            r = r - (1 << 23) + 128 if x >= 0 else -r + (1 << 23) + 127
            out.append(r >> 8)
    return np.array(out, dtype=np.int64).reshape(np.shape(q))


def compare_ints(d, want):
    """Prints "<name> ok" when DIR/out/<name>.npy equals the model exactly."""
    for name, (expected, dtype) in want.items():
        got = np.load(f"{d}/out/{name}.npy")
        if got.dtype != dtype:
            print(name, "dtype", got.dtype)
        elif not np.array_equal(got.astype(np.int64), expected):
            bad = np.argwhere(got.astype(np.int64) != expected)
            print(name, "mismatches", len(bad), "first at", bad[0].tolist())
        else:
            print(name, "ok")


F = np.float32


def narrow(q, bits, signed):
    """static_cast to a `bits`-wide integer (wraps)."""
    q &= (1 << bits) - 1
    if signed and q >= 1 << (bits - 1):
        q -= 1 << bits
    return q


def quantized_sum(x, axes, s_in, zp_in, s_out, zp_out, bits, signed):
    """reduce.cc EvalSum<kGenericOptimized> ->
    optimized_ops::QuantizedMeanOrSum(compute_sum=true), float32 math, no
    saturation."""
    x = np.asarray(x).astype(np.int64)
    n = 1
    for a in axes:
        n *= x.shape[a]
    sums = x.sum(axis=tuple(axes))
    scale = F(F(s_in) / F(s_out))
    bias = F(F(F(-zp_in) * scale) * F(n))
    out = []
    for v in sums.ravel().tolist():
        r = F(F(F(wrap32(v)) * scale) + bias)
        out.append(narrow(round_half_away(float(r)) + zp_out, bits, signed))
    return np.array(out, dtype=np.int64).reshape(sums.shape)


def mean_spatial(x, s_in, zp_in, s_out, zp_out, rng):
    """optimized_integer_ops::Mean / optimized_ops::Mean (4-D, axes {1, 2},
    keep_dims): float32 bias and multiplier, integer sums."""
    b, h, w, c = x.shape
    t = F(F(F(zp_in) * F(s_in)) / F(s_out))
    t = F(t + F(0.5)) if t > 0 else F(t - F(0.5))
    bias = zp_out - int(t)
    real = F(F(s_in) / F(F(h * w) * F(s_out)))
    mult = quantize_multiplier(float(real))
    sums = x.astype(np.int64).sum(axis=(1, 2))
    out = [clamp(mbqm(wrap32(v), mult) + bias, *rng)
           for v in sums.ravel().tolist()]
    return np.array(out, dtype=np.int64).reshape(b, 1, 1, c)


def sat_shl(x, e):
    """gemmlowp SaturatingRoundingMultiplyByPOT<e>, e > 0."""
    thr = (1 << (31 - e)) - 1
    if x > thr:
        return 2**31 - 1
    if x < -thr:
        return -2**31
    return x << e


def one_over_one_plus_x(a):
    """gemmlowp one_over_one_plus_x_for_x_in_0_1 (Q0.31 in and out)."""
    s = a + 2**31 - 1
    half = trunc_div(s + (1 if s >= 0 else -1), 2)
    x = wrap32(1515870810 + srdhm(half, -1010580540))
    for _ in range(3):
        om = wrap32((1 << 29) - srdhm(half, x))
        x = wrap32(x + sat_shl(srdhm(x, om), 2))
    return sat_shl(x, 1)


def get_reciprocal(x, int_digits):
    """common.h GetReciprocal -> (Q0.31 reciprocal, num_bits_over_unit)."""
    hp1 = 32 - x.bit_length()
    shifted = wrap32(((x << hp1) & 0xFFFFFFFF) - 2**31)
    return one_over_one_plus_x(shifted), int_digits - hp1


def clrsb(x):
    v = x if x >= 0 else ~x
    return 31 - v.bit_length()


def div(a, b, s1, z1, s2, z2, so, zo, rng):
    """div.cc Prepare + reference/div.h DivElementwise (8-bit)."""
    m, s = quantize_multiplier(f32(s1) / (f32(s2) * f32(so)))
    a, b = np.broadcast_arrays(a, b)
    out = []
    for x, y in zip(a.ravel().tolist(), b.ravel().tolist()):
        n, d = x - z1, y - z2
        if d < 0:
            n, d = -n, -d
        inv, rs = get_reciprocal(d, 31)
        h = clrsb(n)
        quo = srdhm(wrap32(n << h), inv)
        total = s - rs - h
        out.append(clamp(round_away_div_pot(srdhm(quo, m), -total) + zo, *rng))
    return np.array(out, dtype=np.int64).reshape(a.shape)


def expf(v):
    return F(math.exp(float(v)))


def lut8(x, s_in, zp_in, s_out, zp_out, rng, fn):
    """common.h LUTPopulateInt8 (float32) + LUTLookup."""
    inv = F(F(1.0) / F(s_out))
    table = {}
    for q in range(rng[0], rng[1] + 1):
        y = fn(F(F(s_in) * F(q - zp_in)))
        r = round_half_away(float(F(y * inv)))
        table[q] = clamp(int(F(F(r) + F(zp_out))), *rng)
    return np.array([table[v] for v in np.asarray(x).ravel().tolist()],
                    dtype=np.int64).reshape(np.shape(x))


def lut_int16_f32(in_scale, out_scale, fn):
    """common.h LUTPopulateInt16<float> with zero points 0."""
    in_min = F(F(in_scale) * F(-32768))
    in_max = F(F(in_scale) * F(32767))
    out_min = F(F(out_scale) * F(-32768))
    out_max = F(F(out_scale) * F(32767))
    step = F(F(in_max - in_min) / F(512))
    half = F(step / F(2))
    inv = F(F(65536) / F(out_max - out_min))
    rnd = lambda v: F(round_half_away(float(v)))
    lut = []
    for i in range(512):
        at = F(in_min + F(F(i) * step))
        val, mid = fn(at), fn(F(at + half))
        nxt = fn(F(in_min + F(F(i + 1) * step)))
        sample = rnd(F(val * inv))
        interp = rnd(F(F(F(nxt * inv) + rnd(F(val * inv))) / F(2)))
        bias = rnd(F(F(interp - rnd(F(mid * inv))) / F(2)))
        lut.append(clamp(int(F(sample - bias)), -32768, 32767))
    lut.append(clamp(int(rnd(F(fn(in_max) * inv))), -32768, 32767))
    return lut


def exp16(x, s_in, s_out):
    lut = lut_int16_f32(s_in, s_out, expf)
    return np.array([lut_lookup(v, lut) for v in np.asarray(x).ravel().tolist()],
                    dtype=np.int64).reshape(np.shape(x))


def avg_pool_nchw(x, k, pad, zp, include_pad, rng):
    """tq.avg_pool2d on int8 NCHW, stride 1, symmetric padding: TFLite's
    integer rounding; included padded taps hold the zero point."""
    n, c, h, w = x.shape
    oh, ow = h + 2 * pad - k + 1, w + 2 * pad - k + 1
    res = np.zeros((n, c, oh, ow), dtype=np.int64)
    for b in range(n):
        for ch in range(c):
            for y in range(oh):
                for xx in range(ow):
                    vals = [int(x[b, ch, iy, ix])
                            for iy in range(y - pad, y - pad + k)
                            for ix in range(xx - pad, xx - pad + k)
                            if 0 <= iy < h and 0 <= ix < w]
                    acc, cnt = sum(vals), len(vals)
                    if include_pad:
                        acc += zp * (k * k - cnt)
                        cnt = k * k
                    q = trunc_div(acc + cnt // 2, cnt) if acc > 0 else \
                        trunc_div(acc - cnt // 2, cnt)
                    res[b, ch, y, xx] = clamp(q, *rng)
    return res


def make_more(d):
    rng = np.random.default_rng(77)
    u8 = rng.integers(0, 256, (4, 32)).astype(np.uint8)
    u8[0, :3] = [0, 255, 120]
    d8 = rng.integers(-128, 128, (4, 32)).astype(np.int8)
    d8[d8 == 5] = 6
    d8[0, :3] = [-128, 127, 4]
    du8 = rng.integers(1, 256, (32,)).astype(np.uint8)
    du8[du8 == 10] = 11
    wnchw = rng.integers(-127, 128, (3, 8, 3, 3)).astype(np.int8)
    wdwn = rng.integers(-127, 128, (8, 1, 3, 3)).astype(np.int8)
    for name, v in dict(u8=u8, d8=d8, du8=du8, wnchw=wnchw,
                        wdwn=wdwn).items():
        np.save(f"{d}/{name}.npy", v)


def check_more(d):
    ld = lambda n: np.load(f"{d}/{n}.npy")
    a, x16, u8, d8, du8 = ld("a"), ld("x16"), ld("u8"), ld("d8"), ld("du8")
    wnchw, wdwn, biasconv, biasdw = ld("wnchw"), ld("wdwn"), ld("biasconv"), \
        ld("biasdw")
    a4, u4 = a.reshape(1, 4, 8, 4), u8.reshape(1, 4, 8, 4)
    an = a.reshape(1, 8, 4, 4)
    nhwc = an.transpose(0, 2, 3, 1)
    conv_n = conv(nhwc, wnchw.transpose(0, 2, 3, 1), biasconv, 0.037, -3,
                  CONV_SCALES, 0.2, 1, I8, False, True)
    dw_n = conv(nhwc, wdwn.transpose(1, 2, 3, 0), biasdw, 0.037, -3,
                DW_SCALES, 0.1, -5, I8, False, True, depthwise=True)
    want = {
        "sum8": (quantized_sum(a, [1], 0.037, -3, 1.5, 4, 8, True), np.int8),
        "sum8wrap": (quantized_sum(a, [1], 0.037, -3, 0.01, 0, 8, True),
                     np.int8),
        "sumu8": (quantized_sum(u8, [0], 0.03, 120, 0.5, 7, 8, False),
                  np.uint8),
        "sum16": (quantized_sum(x16, [1], 1.3e-4, 0, 0.005, 0, 16, True),
                  np.int16),
        "meansp8": (mean_spatial(a4, 0.037, -3, 0.02, -5, I8), np.int8),
        "meanspu8": (mean_spatial(u4, 0.03, 120, 0.025, 100, U8), np.uint8),
        "meanflat": (quantized_mean(a4, [1, 2], 0.037, -3, 0.02, -5, I8),
                     np.int8),
        "logistic16p": (int16_activation(x16, 2.44140625e-04, False),
                        np.int16),
        "tanh16p": (int16_activation(x16, 2.44140625e-04, True), np.int16),
        "tanh16p1": (int16_activation(x16, 4.8828125e-04, True), np.int16),
        "div8": (div(a, d8, 0.037, -3, 0.02, 5, 0.5, 3, I8), np.int8),
        "divu8": (div(u8, du8, 0.03, 120, 0.05, 10, 0.1, 128, U8), np.uint8),
        "exp8": (lut8(a, 0.037, -3, 0.5, -128, I8, expf), np.int8),
        "exp16": (exp16(x16, 1.3e-4, 0.0025), np.int16),
        "convnchw": (conv_n.transpose(0, 3, 1, 2), np.int8),
        "dwnchw": (dw_n.transpose(0, 3, 1, 2), np.int8),
        "poolnchw": (avg_pool_nchw(an, 3, 1, -3, True, I8), np.int8),
        "poolnchwx": (avg_pool_nchw(an, 3, 1, -3, False, I8), np.int8),
    }
    compare_ints(d, want)


CONV_SCALES = [0.006, 0.0021, 0.013]
DW_SCALES = [0.004, 0.0071, 0.011, 0.0023, 0.0152, 0.009, 0.0031, 0.0066]


PC_SCALES = [0.004, 0.0071, 0.011, 0.0023, 0.0152, 0.009, 0.0031, 0.0066]


def make(d):
    rng = np.random.default_rng(2024)
    a = rng.integers(-128, 128, (4, 32)).astype(np.int8)
    a[0, :4] = [-128, 127, -3, 0]
    b = rng.integers(-128, 128, (32,)).astype(np.int8)
    w = rng.integers(-127, 128, (16, 32)).astype(np.int8)
    wc = rng.integers(-127, 128, (8, 32)).astype(np.int8)
    bias = rng.integers(-20000, 20000, (16,)).astype(np.int32)
    biasc = rng.integers(-20000, 20000, (8,)).astype(np.int32)
    x16 = rng.integers(-32768, 32768, (4, 32)).astype(np.int16)
    x16[0, :3] = [-32768, 32767, 0]
    y16 = rng.integers(-32768, 32768, (4, 32)).astype(np.int16)
    y16[0, :3] = [-32768, 32767, 5]
    bias16 = rng.integers(-2**22, 2**22, (8,)).astype(np.int64)
    wconv = rng.integers(-127, 128, (3, 3, 3, 4)).astype(np.int8)
    wdw = rng.integers(-127, 128, (1, 3, 3, 8)).astype(np.int8)
    biasconv = rng.integers(-3000, 3000, (3,)).astype(np.int32)
    biasdw = rng.integers(-3000, 3000, (8,)).astype(np.int32)
    bias16c = rng.integers(-2**22, 2**22, (3,)).astype(np.int64)
    for name, v in dict(a=a, b=b, w=w, wc=wc, bias=bias, biasc=biasc,
                        x16=x16, y16=y16, bias16=bias16, wconv=wconv,
                        wdw=wdw, biasconv=biasconv, biasdw=biasdw,
                        bias16c=bias16c).items():
        np.save(f"{d}/{name}.npy", v)


def check(d):
    ld = lambda n: np.load(f"{d}/{n}.npy")
    a, b, w, wc = ld("a"), ld("b"), ld("w"), ld("wc")
    bias, biasc, x16, bias16 = ld("bias"), ld("biasc"), ld("x16"), ld("bias16")
    y16 = ld("y16")
    wconv, wdw = ld("wconv"), ld("wdw")
    biasconv, biasdw, bias16c = ld("biasconv"), ld("biasdw"), ld("bias16c")
    a4, x4 = a.reshape(1, 4, 8, 4), x16.reshape(1, 4, 8, 4)
    want = {
        "add": (add_sub(a, b, 0.037, -3, 0.021, 5, 0.05, 2, I8, 1), np.int8),
        "sub": (add_sub(a, b, 0.037, -3, 0.021, 5, 0.04, -7, I8, -1), np.int8),
        "mul": (mul(a, b, 0.037, -3, 0.021, 5, 0.05, -1, I8), np.int8),
        "add16": (add_sub(x16, y16, 1.3e-4, 0, 2.1e-4, 0, 0.0003, 0, I16,
                          1), np.int16),
        # RELU: act_min = zero point 4.
        "fc": (fully_connected(a, w, bias, 0.037, -3, 0.0071, 0.3, 4, I8,
                               False, act_min=4), np.int8),
        "fc_pc": (fully_connected(a, wc, biasc, 0.037, -3, PC_SCALES, 0.25,
                                  -2, I8, False), np.int8),
        "fc16": (fully_connected(x16, wc, bias16, 1.3e-4, 0, PC_SCALES,
                                 0.004, 0, I16, True), np.int16),
        "bmm": (batch_matmul(a.reshape(2, 2, 32), w.reshape(2, 32, 8),
                             0.037, -3, 0.0071, 0, 0.09, 1, I8, False), np.int8),
        "bmm16": (batch_matmul(x16.reshape(2, 2, 32), y16.reshape(2, 32, 2),
                               1.3e-4, 0, 2.1e-4, 0, 0.003, 0, I16, True),
                  np.int16),
        "relu": (relu(a, 0.037, -3, 0.02, -128, I8), np.int8),
        "pool": (avg_pool_same(a.reshape(1, 4, 8, 4), 3, 2, I8), np.int8),
        "conv": (conv(a4, wconv, biasconv, 0.037, -3, CONV_SCALES, 0.2, 1, I8,
                      False, True), np.int8),
        "dwconv": (conv(a4, wdw, biasdw, 0.037, -3, DW_SCALES, 0.1, -5, I8,
                        False, False, depthwise=True), np.int8),
        "conv16": (conv(x4, wconv, bias16c, 1.3e-4, 0, CONV_SCALES, 0.01, 0,
                        I16, True, True), np.int16),
        "logistic16": (int16_activation(x16, 1.3e-4, False), np.int16),
        "tanh16": (int16_activation(x16, 1.3e-4, True), np.int16),
        "softmax16": (softmax_int16(x16, 1.3e-4), np.int16),
        "softmax16b": (softmax_int16(x16, 1.3e-4, 2.0), np.int16),
        "mean8": (quantized_mean(a, [1], 0.037, -3, 0.01, 5, I8), np.int8),
        "mean16": (quantized_mean(x16, [0], 1.3e-4, 0, 1.0e-4, 0, I16),
                   np.int16),
        "requant_u8": (np.array(requantize(a.ravel(), 0.037, -3, 0.03, 120,
                                           U8)).reshape(a.shape), np.uint8),
        "requant_i8": (np.array(requantize(x16.ravel(), 1.3e-4, 0, 0.02, 0,
                                           I8)).reshape(x16.shape), np.int8),
    }
    compare_ints(d, want)


def gelu_erf_f32(x):
    """reference/gelu.h GeluTransform in float32: 0.5 x erfc(-x / sqrt 2)."""
    x = F(x)
    e = F(math.erfc(float(F(x * F(-1.0 / math.sqrt(2.0))))))
    return F(F(F(0.5) * x) * e)


def gelu_tanh_f32(x):
    """reference/gelu.h GeluTransformApproximate in float32."""
    x = F(x)
    k = F((2.0 / math.sqrt(math.pi)) * (1.0 / math.sqrt(2.0)))
    inner = F(x + F(F(F(F(0.044715) * x) * x) * x))
    t = F(math.tanh(float(F(k * inner))))
    return F(F(F(0.5) * x) * F(F(1.0) + t))


def sigmoid_f32(x):
    return F(F(1.0) / F(F(1.0) + F(math.exp(-float(x)))))


def via_double(q, s_in, s_out, fn, rng):
    """int16 GELU (no TFLite kernel): dequantize, fn in double, quantize with
    round half away from zero, saturate; the scales are the IR's doubles."""
    out = [clamp(round_half_away(fn(s_in * v) / s_out), *rng)
           for v in np.asarray(q).ravel().tolist()]
    return np.array(out, dtype=np.int64).reshape(np.shape(q))


def gelu_erf_f64(x):
    return 0.5 * x * (1.0 + math.erf(x / math.sqrt(2.0)))


def make_gelu(d):
    # Every 8-bit input value, so the whole table is checked.
    np.save(f"{d}/g8.npy", np.arange(-128, 128).reshape(2, 128).astype(np.int8))
    np.save(f"{d}/gu8.npy", np.arange(256).reshape(2, 128).astype(np.uint8))
    rng = np.random.default_rng(11)
    g16 = rng.integers(-32768, 32768, (4, 32)).astype(np.int16)
    g16[0, :3] = [-32768, 32767, 0]
    np.save(f"{d}/g16.npy", g16)


def check_gelu(d):
    ld = lambda n: np.load(f"{d}/{n}.npy")
    g8, gu8, g16 = ld("g8"), ld("gu8"), ld("g16")
    sig8 = lut8(g8, 0.05, -10, 1.0 / 256, -128, I8, sigmoid_f32)
    sig16 = int16_activation(g16, 3e-4, False)
    want = {
        "gelu8": (lut8(g8, 0.05, -10, 0.03, -60, I8, gelu_erf_f32), np.int8),
        "gelu8t": (lut8(g8, 0.05, -10, 0.03, -60, I8, gelu_tanh_f32),
                   np.int8),
        "geluu8": (lut8(gu8, 0.04, 128, 0.02, 30, U8, gelu_erf_f32),
                   np.uint8),
        "geluu8t": (lut8(gu8, 0.04, 128, 0.02, 30, U8, gelu_tanh_f32),
                    np.uint8),
        "gelu16": (via_double(g16, 3e-4, 2.5e-4, gelu_erf_f64, I16),
                   np.int16),
        "silu8": (mul(g8, sig8, 0.05, -10, 1.0 / 256, -128, 0.02, -100, I8),
                  np.int8),
        "silu16": (mul(g16, sig16, 3e-4, 0, 1.0 / 32768, 0, 2e-4, 0, I16),
                   np.int16),
    }
    compare_ints(d, want)


if __name__ == "__main__":
    {"make": make, "check": check, "make-more": make_more,
     "check-more": check_more, "make-gelu": make_gelu,
     "check-gelu": check_gelu}[sys.argv[1]](sys.argv[2])
