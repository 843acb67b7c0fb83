#!/usr/bin/python3
"""Builds tiny Gemma4-like and Qwen3-VL-like vision-language models in plain
PyTorch, exports them to ONNX (float and QDQ variants) together with tiny
standalone models of the forms torch.onnx gives masked_scatter, and saves
reference inputs and PyTorch outputs next to each export.

Run by hand with Debian's Python (python3-torch 1.13, python3-onnx 1.12):

    /usr/bin/python3 scripts/gen_models.py            # writes models/onnx/
    /usr/bin/python3 scripts/gen_models.py --out DIR

Everything is seeded; running it twice gives the same weights, inputs and
reference outputs. Layout per model (see docs/onnx-models.md):

    models/onnx/<name>/model.onnx
    models/onnx/<name>/inputs/<onnx input name>.npy
    models/onnx/<name>/outputs/<onnx output name>.npy
    models/onnx/<name>/manifest.json
"""
import argparse
import collections
import json
import math
import os
import sys

import numpy as np
import onnx
import torch
import torch.nn as nn
import torch.nn.functional as F
from onnx import numpy_helper

OPSET = 14
SEED = 2026
NEG = torch.finfo(torch.float32).min  # HF's additive mask fill

torch.use_deterministic_algorithms(True)
torch.set_num_threads(1)  # one summation order for the reference outputs


# ----------------------------------------------------------------------------
# Fake quantization: calibrate activation ranges, then fake-quantize.

class FakeQuant:
    """Activation and weight fake quantization shared by every layer.

    mode "off": float model. "calib": record per-site activation min/max.
    "quant": uint8 asymmetric per-tensor activations (scales from the
    calibration ranges), int8 symmetric per-channel weights (axis 0).
    Scales are Python floats / constant tensors so the export sees constants.
    """

    def __init__(self):
        self.mode = "off"
        self.ranges = {}
        self.weight_qparams = {}

    def act(self, site, x):
        if self.mode == "off":
            return x
        if self.mode == "calib":
            lo, hi = float(x.min()), float(x.max())
            old = self.ranges.get(site)
            self.ranges[site] = (lo, hi) if old is None else (min(lo, old[0]), max(hi, old[1]))
            return x
        lo, hi = self.ranges[site]
        lo, hi = min(lo, 0.0), max(hi, 0.0)
        scale = (hi - lo) / 255.0 if hi > lo else 1.0
        zero_point = int(min(255, max(0, round(-lo / scale))))
        return torch.fake_quantize_per_tensor_affine(x, scale, zero_point, 0, 255)

    def weight(self, site, w):
        if self.mode != "quant":
            return w
        if site not in self.weight_qparams:
            amax = w.detach().abs().reshape(w.shape[0], -1).amax(dim=1)
            scale = torch.clamp(amax / 127.0, min=1e-8).to(torch.float32)
            self.weight_qparams[site] = (scale, torch.zeros(w.shape[0], dtype=torch.int32))
        scale, zero_point = self.weight_qparams[site]
        return torch.fake_quantize_per_channel_affine(w, scale, zero_point, 0, -128, 127)


class Linear(nn.Module):
    def __init__(self, fq, site, d_in, d_out, bias=False):
        super().__init__()
        self.fq, self.site = fq, site
        self.weight = nn.Parameter(torch.randn(d_out, d_in) * (d_in ** -0.5))
        self.bias = nn.Parameter(torch.randn(d_out) * 0.02) if bias else None

    def forward(self, x):
        x = self.fq.act(self.site + ".in", x)
        return F.linear(x, self.fq.weight(self.site + ".w", self.weight), self.bias)


class RMSNorm(nn.Module):
    """x * rsqrt(mean(x^2) + eps) * w; Gemma scales by (1 + w), a weightless
    norm (Gemma's v_norm, the projector's pre-norm) by nothing."""

    def __init__(self, dim, eps=1e-6, unit_offset=False, with_scale=True):
        super().__init__()
        self.eps, self.unit_offset = eps, unit_offset
        self.weight = nn.Parameter(torch.randn(dim) * 0.1) if with_scale else None

    def forward(self, x):
        x = x * torch.rsqrt(x.pow(2).mean(-1, keepdim=True) + self.eps)
        if self.weight is None:
            return x
        return x * ((1.0 + self.weight) if self.unit_offset else self.weight)


def rotate_half(x):
    half = x.shape[-1] // 2
    return torch.cat((-x[..., half:], x[..., :half]), dim=-1)


def apply_rope(x, cos, sin):
    return x * cos + rotate_half(x) * sin


def repeat_kv(x, n_rep):
    if n_rep == 1:
        return x
    b, n_kv, s, d = x.shape
    return x[:, :, None, :, :].expand(b, n_kv, n_rep, s, d).reshape(b, n_kv * n_rep, s, d)


class Attention(nn.Module):
    """Multi-head attention with GQA (num_kv_heads <= num_heads), per-head
    q/k norms, RoPE through a callback, additive mask, fp32 softmax."""

    def __init__(self, fq, site, hidden, heads, kv_heads, head_dim, scaling, norm_kw, v_norm=False, bias=False):
        super().__init__()
        self.fq, self.site = fq, site
        self.heads, self.kv_heads, self.head_dim, self.scaling = heads, kv_heads, head_dim, scaling
        self.q_proj = Linear(fq, site + ".q_proj", hidden, heads * head_dim, bias)
        self.k_proj = Linear(fq, site + ".k_proj", hidden, kv_heads * head_dim, bias)
        self.v_proj = Linear(fq, site + ".v_proj", hidden, kv_heads * head_dim, bias)
        self.o_proj = Linear(fq, site + ".o_proj", heads * head_dim, hidden, bias)
        self.q_norm = RMSNorm(head_dim, **norm_kw)
        self.k_norm = RMSNorm(head_dim, **norm_kw)
        self.v_norm = RMSNorm(head_dim, with_scale=False) if v_norm else None

    def forward(self, x, rope, mask):
        b, s, _ = x.shape
        q = self.q_norm(self.q_proj(x).view(b, s, self.heads, self.head_dim)).transpose(1, 2)
        k = self.k_norm(self.k_proj(x).view(b, s, self.kv_heads, self.head_dim)).transpose(1, 2)
        v = self.v_proj(x).view(b, s, self.kv_heads, self.head_dim)
        if self.v_norm is not None:
            v = self.v_norm(v)
        v = v.transpose(1, 2)
        q, k = rope(q), rope(k)
        rep = self.heads // self.kv_heads
        k, v = repeat_kv(k, rep), repeat_kv(v, rep)
        q = self.fq.act(self.site + ".q", q)
        k = self.fq.act(self.site + ".k", k)
        scores = torch.matmul(q, k.transpose(2, 3))
        if self.scaling != 1.0:
            scores = scores * self.scaling
        if mask is not None:
            scores = scores + mask
        probs = torch.softmax(scores.float(), dim=-1)
        probs = self.fq.act(self.site + ".probs", probs)
        v = self.fq.act(self.site + ".v", v)
        out = torch.matmul(probs, v).transpose(1, 2).reshape(b, s, self.heads * self.head_dim)
        return self.o_proj(out)


class GatedMLP(nn.Module):
    def __init__(self, fq, site, hidden, inter, act):
        super().__init__()
        self.gate = Linear(fq, site + ".gate", hidden, inter)
        self.up = Linear(fq, site + ".up", hidden, inter)
        self.down = Linear(fq, site + ".down", inter, hidden)
        self.act = act

    def forward(self, x):
        return self.down(self.act(self.gate(x)) * self.up(x))


def gelu_tanh(x):
    return F.gelu(x, approximate="tanh")


def rope_freqs(inv_freq, positions):
    """HF form: (inv_freq[None, :, None] @ positions[:, None, :]).T -> [B, S, F]."""
    inv = inv_freq[None, :, None].expand(positions.shape[0], -1, 1)
    return torch.matmul(inv, positions[:, None, :].float()).transpose(1, 2)


def causal_keep(seq):
    return torch.tril(torch.ones(seq, seq, dtype=torch.bool))


# ----------------------------------------------------------------------------
# Gemma4-like.

class GemmaCfg:
    batch, seq, vocab = 2, 32, 128
    image_token_id, pad_token_id = 127, 0
    hidden, heads, kv_heads, head_dim, inter, text_layers = 64, 4, 2, 16, 128, 1
    image, patch, channels = 32, 4, 3
    v_hidden, v_heads, v_head_dim, v_inter, v_layers = 32, 2, 16, 64, 1
    pool = 2
    slot = 2
    rope_theta, v_rope_theta = 10000.0, 100.0

    grid = image // patch  # 8x8 patches
    patches = grid * grid  # 64
    visual_tokens = patches // (pool * pool)  # 16


class GemmaDecoderLayer(nn.Module):
    def __init__(self, fq, site, hidden, heads, kv_heads, head_dim, inter):
        super().__init__()
        gemma_norm = dict(unit_offset=True)
        self.input_layernorm = RMSNorm(hidden, **gemma_norm)
        self.attn = Attention(fq, site + ".attn", hidden, heads, kv_heads, head_dim, 1.0, gemma_norm, v_norm=True)
        self.post_attention_layernorm = RMSNorm(hidden, **gemma_norm)
        self.pre_feedforward_layernorm = RMSNorm(hidden, **gemma_norm)
        self.mlp = GatedMLP(fq, site + ".mlp", hidden, inter, gelu_tanh)
        self.post_feedforward_layernorm = RMSNorm(hidden, **gemma_norm)

    def forward(self, h, rope, mask):
        h = h + self.post_attention_layernorm(self.attn(self.input_layernorm(h), rope, mask))
        return h + self.post_feedforward_layernorm(self.mlp(self.pre_feedforward_layernorm(h)))


def gemma_pooling_matrix(c):
    """W[v, p] = 1/k^2 when patch p (row-major x, y) falls in pooling cell v."""
    w = torch.zeros(c.visual_tokens, c.patches)
    cells = c.grid // c.pool
    for p in range(c.patches):
        x, y = p % c.grid, p // c.grid
        w[(x // c.pool) + cells * (y // c.pool), p] = 1.0 / (c.pool * c.pool)
    return w


class GemmaVision(nn.Module):
    """Patch Conv2d, learned 2-axis position table, encoder layers with 2-D
    RoPE ([x half | y half], each half rotated on its own) and a padding
    mask, a pooling matrix, and the multimodal embedder (norm + projection)."""

    def __init__(self, fq, c):
        super().__init__()
        self.fq, self.c = fq, c
        self.patch_embed = nn.Conv2d(c.channels, c.v_hidden, c.patch, stride=c.patch, bias=False)
        self.pos_table = nn.Parameter(torch.randn(2, c.grid, c.v_hidden) * 0.1)
        self.layers = nn.ModuleList(
            GemmaDecoderLayer(fq, f"vision.{i}", c.v_hidden, c.v_heads, c.v_heads, c.v_head_dim, c.v_inter)
            for i in range(c.v_layers))
        quarter = c.v_head_dim // 4
        self.register_buffer("inv_freq", 1.0 / (c.v_rope_theta ** (torch.arange(quarter).float() / quarter)))
        self.register_buffer("pool", gemma_pooling_matrix(c))
        self.pre_projection_norm = RMSNorm(c.v_hidden, with_scale=False)
        self.projection = Linear(fq, "vision.projection", c.v_hidden, c.hidden)

    def forward(self, pixel_values, pixel_position_ids):
        c = self.c
        px = self.fq.act("vision.pixels", 2.0 * (pixel_values - 0.5))
        w = self.fq.weight("vision.patch_embed.w", self.patch_embed.weight)
        h = F.conv2d(px, w, stride=c.patch)  # [B, D, gy, gx]
        h = h.flatten(2).transpose(1, 2)  # [B, P, D], row-major patches
        pos = pixel_position_ids.clamp(min=0)
        h = h + self.pos_table[0][pos[..., 0]] + self.pos_table[1][pos[..., 1]]

        # 2-D RoPE: per-axis tables cat(f, f) -> [x half | y half].
        cos, sin = [], []
        for axis in range(2):
            f = rope_freqs(self.inv_freq, pos[..., axis])
            emb = torch.cat((f, f), dim=-1)
            cos.append(emb.cos())
            sin.append(emb.sin())
        cos = torch.cat(cos, dim=-1).unsqueeze(1)
        sin = torch.cat(sin, dim=-1).unsqueeze(1)
        half = c.v_head_dim // 2

        def rope(x):
            parts = [apply_rope(x[..., i * half:(i + 1) * half], cos[..., i * half:(i + 1) * half],
                                sin[..., i * half:(i + 1) * half]) for i in range(2)]
            return torch.cat(parts, dim=-1)

        # Bidirectional padding mask: 0 between valid patches, min otherwise.
        valid = (pixel_position_ids[..., 0] >= 0).float()
        mask = ((1.0 - valid[:, :, None] * valid[:, None, :]) * NEG).unsqueeze(1)
        for layer in self.layers:
            h = layer(h, rope, mask)
        pooled = torch.matmul(self.pool, h) * math.sqrt(c.v_hidden)  # [B, V, Dv]
        feats = self.projection(self.pre_projection_norm(pooled))  # [B, V, H]
        return feats.reshape(-1, c.hidden)  # [B*V, H]


class GemmaLike(nn.Module):
    input_names = ["input_ids", "pixel_values", "pixel_position_ids", "position_ids", "attention_mask"]
    output_names = ["logits", "inputs_embeds"]

    def __init__(self, fq, c=GemmaCfg):
        super().__init__()
        self.fq, self.c = fq, c
        self.embed_tokens = nn.Parameter(torch.randn(c.vocab, c.hidden) * 0.5)
        self.vision = GemmaVision(fq, c)
        self.layers = nn.ModuleList(
            GemmaDecoderLayer(fq, f"text.{i}", c.hidden, c.heads, c.kv_heads, c.head_dim, c.inter)
            for i in range(c.text_layers))
        half = c.head_dim // 2
        self.register_buffer("inv_freq", 1.0 / (c.rope_theta ** (torch.arange(0, half).float() * 2 / c.head_dim)))
        self.norm = RMSNorm(c.hidden, unit_offset=True)
        self.lm_head = Linear(fq, "lm_head", c.hidden, c.vocab)

    def forward(self, input_ids, pixel_values, pixel_position_ids, position_ids, attention_mask):
        c = self.c
        table = self.fq.weight("embed_tokens.w", self.embed_tokens)
        embeds = F.embedding(input_ids, table) * math.sqrt(c.hidden)
        feats = self.vision(pixel_values, pixel_position_ids)
        image_mask = (input_ids == c.image_token_id).unsqueeze(-1).expand_as(embeds)
        embeds = embeds.masked_scatter(image_mask, feats.to(embeds.dtype))

        f = rope_freqs(self.inv_freq, position_ids)
        emb = torch.cat((f, f), dim=-1)
        cos, sin = emb.cos().unsqueeze(1), emb.sin().unsqueeze(1)

        def rope(x):
            return apply_rope(x, cos, sin)

        keep = causal_keep(c.seq)[None, None] & attention_mask.bool()[:, None, None, :]
        mask = torch.where(keep, torch.tensor(0.0), torch.tensor(NEG))
        h = embeds
        for layer in self.layers:
            h = layer(h, rope, mask)
        return self.lm_head(self.norm(h)), embeds


def gemma_inputs(c, gen):
    ids = torch.randint(1, c.image_token_id, (c.batch, c.seq), generator=gen)
    ids[:, c.slot:c.slot + c.visual_tokens] = c.image_token_id
    attention_mask = torch.ones(c.batch, c.seq, dtype=torch.int64)
    attention_mask[1, c.seq - 5:] = 0  # right padding on the second row
    ids[1, c.seq - 5:] = c.pad_token_id
    pixels = torch.rand(c.batch, c.channels, c.image, c.image, generator=gen)
    p = torch.arange(c.patches)
    pix_pos = torch.stack((p % c.grid, p // c.grid), dim=-1).expand(c.batch, -1, -1).contiguous()
    position_ids = torch.arange(c.seq).expand(c.batch, -1).contiguous()
    return (ids, pixels, pix_pos, position_ids, attention_mask)


# ----------------------------------------------------------------------------
# Qwen3-VL-like.

class QwenCfg:
    batch, seq, vocab = 2, 32, 128
    image_token_id = 127
    hidden, heads, kv_heads, head_dim, inter, text_layers = 64, 4, 2, 16, 128, 2
    mrope_section = (4, 2, 2)  # t, h, w frequency counts; sum = head_dim / 2
    image, patch, channels, merge = 32, 4, 3, 2
    v_hidden, v_heads, v_inter, v_layers = 32, 2, 64, 2
    deepstack_layers = (0,)  # vision block whose output feeds DeepStack
    slot = 3
    rope_theta, v_rope_theta = 10000.0, 10000.0

    v_head_dim = v_hidden // v_heads
    grid = image // patch
    patches = grid * grid
    visual_tokens = patches // (merge * merge)


class QwenVisionBlock(nn.Module):
    def __init__(self, fq, site, c):
        super().__init__()
        self.fq, self.site, self.c = fq, site, c
        self.norm1 = nn.LayerNorm(c.v_hidden, eps=1e-6)
        self.qkv = Linear(fq, site + ".qkv", c.v_hidden, 3 * c.v_hidden, bias=True)
        self.proj = Linear(fq, site + ".proj", c.v_hidden, c.v_hidden, bias=True)
        self.norm2 = nn.LayerNorm(c.v_hidden, eps=1e-6)
        self.fc1 = Linear(fq, site + ".fc1", c.v_hidden, c.v_inter, bias=True)
        self.fc2 = Linear(fq, site + ".fc2", c.v_inter, c.v_hidden, bias=True)

    def forward(self, h, cos, sin):
        c = self.c
        b, p, _ = h.shape
        qkv = self.qkv(self.norm1(h)).reshape(b, p, 3, c.v_heads, c.v_head_dim).permute(2, 0, 3, 1, 4)
        q, k, v = qkv[0], qkv[1], qkv[2]
        q, k = apply_rope(q, cos, sin), apply_rope(k, cos, sin)
        q, k = self.fq.act(self.site + ".q", q), self.fq.act(self.site + ".k", k)
        scores = torch.matmul(q, k.transpose(2, 3)) * (c.v_head_dim ** -0.5)
        probs = self.fq.act(self.site + ".probs", torch.softmax(scores, dim=-1))
        v = self.fq.act(self.site + ".v", v)
        out = torch.matmul(probs, v).transpose(1, 2).reshape(b, p, c.v_hidden)
        h = h + self.proj(out)
        return h + self.fc2(gelu_tanh(self.fc1(self.norm2(h))))


class QwenMerger(nn.Module):
    """m*m neighbouring tokens -> one text-width token. The DeepStack mergers
    normalize after the shuffle (postshuffle), the main one before."""

    def __init__(self, fq, site, c, postshuffle):
        super().__init__()
        self.c, self.postshuffle = c, postshuffle
        width = c.v_hidden * c.merge * c.merge
        self.norm = nn.LayerNorm(width if postshuffle else c.v_hidden, eps=1e-6)
        self.fc1 = Linear(fq, site + ".fc1", width, width, bias=True)
        self.fc2 = Linear(fq, site + ".fc2", width, c.hidden, bias=True)

    def forward(self, h):
        width = self.c.v_hidden * self.c.merge * self.c.merge
        h = self.norm(h.reshape(-1, width)) if self.postshuffle else self.norm(h).reshape(-1, width)
        return self.fc2(F.gelu(self.fc1(h)))  # [B*V, H]


class QwenVision(nn.Module):
    """Patch Conv2d (bias), tokens reordered to merge-window order, learned
    position embedding, blocks with 2-D RoPE gathered from a frequency table
    (whole-head rotate_half, [row, col, row, col]) and unmasked attention per
    image, a patch merger and one DeepStack merger."""

    def __init__(self, fq, c):
        super().__init__()
        self.fq, self.c = fq, c
        self.patch_embed = nn.Conv2d(c.channels, c.v_hidden, c.patch, stride=c.patch, bias=True)
        self.pos_embed = nn.Parameter(torch.randn(c.patches, c.v_hidden) * 0.1)
        self.blocks = nn.ModuleList(QwenVisionBlock(fq, f"vision.{i}", c) for i in range(c.v_layers))
        dim = c.v_head_dim // 2
        inv_freq = 1.0 / (c.v_rope_theta ** (torch.arange(0, dim, 2).float() / dim))
        self.register_buffer("freq_table", torch.outer(torch.arange(c.grid).float(), inv_freq))
        self.merger = QwenMerger(fq, "vision.merger", c, postshuffle=False)
        self.deepstack_mergers = nn.ModuleList(
            QwenMerger(fq, f"vision.deepstack.{i}", c, postshuffle=True) for i in range(len(c.deepstack_layers)))

    def forward(self, pixel_values, vision_position_ids):
        c = self.c
        b = pixel_values.shape[0]
        px = self.fq.act("vision.pixels", pixel_values)
        w = self.fq.weight("vision.patch_embed.w", self.patch_embed.weight)
        h = F.conv2d(px, w, self.patch_embed.bias, stride=c.patch)  # [B, D, gy, gx]
        cells = c.grid // c.merge
        h = h.reshape(b, c.v_hidden, cells, c.merge, cells, c.merge).permute(0, 2, 4, 3, 5, 1)
        h = h.reshape(b, c.patches, c.v_hidden) + self.pos_embed
        rows = self.freq_table[vision_position_ids[..., 0]]
        cols = self.freq_table[vision_position_ids[..., 1]]
        e = torch.cat((rows, cols), dim=-1)
        emb = torch.cat((e, e), dim=-1)
        cos, sin = emb.cos().unsqueeze(1), emb.sin().unsqueeze(1)
        deepstack = []
        for i, block in enumerate(self.blocks):
            h = block(h, cos, sin)
            if i in c.deepstack_layers:
                deepstack.append(self.deepstack_mergers[c.deepstack_layers.index(i)](h))
        return self.merger(h), deepstack


class QwenDecoderLayer(nn.Module):
    def __init__(self, fq, site, c):
        super().__init__()
        self.input_layernorm = RMSNorm(c.hidden)
        self.attn = Attention(fq, site + ".attn", c.hidden, c.heads, c.kv_heads, c.head_dim, c.head_dim ** -0.5, {})
        self.post_attention_layernorm = RMSNorm(c.hidden)
        self.mlp = GatedMLP(fq, site + ".mlp", c.hidden, c.inter, F.silu)

    def forward(self, h, rope, mask):
        h = h + self.attn(self.input_layernorm(h), rope, mask)
        return h + self.mlp(self.post_attention_layernorm(h))


def interleaved_mrope_select(c):
    """Which position axis (t=0, h=1, w=2) each frequency index takes."""
    axis = torch.zeros(c.head_dim // 2, dtype=torch.int64)
    for i in range(c.head_dim // 2):
        if i % 3 == 1 and i < 3 * c.mrope_section[1]:
            axis[i] = 1
        elif i % 3 == 2 and i < 3 * c.mrope_section[2]:
            axis[i] = 2
    return axis


class QwenLike(nn.Module):
    input_names = ["input_ids", "pixel_values", "vision_position_ids", "position_ids", "attention_mask"]
    output_names = ["logits", "inputs_embeds"]

    def __init__(self, fq, c=QwenCfg):
        super().__init__()
        self.fq, self.c = fq, c
        self.embed_tokens = nn.Parameter(torch.randn(c.vocab, c.hidden) * 0.5)
        self.vision = QwenVision(fq, c)
        self.layers = nn.ModuleList(QwenDecoderLayer(fq, f"text.{i}", c) for i in range(c.text_layers))
        half = c.head_dim // 2
        self.register_buffer("inv_freq", 1.0 / (c.rope_theta ** (torch.arange(0, half).float() * 2 / c.head_dim)))
        axis = interleaved_mrope_select(c)
        self.register_buffer("take_h", axis == 1)
        self.register_buffer("take_w", axis == 2)
        self.norm = RMSNorm(c.hidden)
        self.lm_head = Linear(fq, "lm_head", c.hidden, c.vocab)
        # HF's causal template: -inf above the diagonal.
        self.register_buffer("causal", torch.triu(torch.full((c.seq, c.seq), float("-inf")), 1))

    def forward(self, input_ids, pixel_values, vision_position_ids, position_ids, attention_mask):
        c = self.c
        table = self.fq.weight("embed_tokens.w", self.embed_tokens)
        embeds = F.embedding(input_ids, table)
        feats, deepstack = self.vision(pixel_values, vision_position_ids)
        image_mask = (input_ids == c.image_token_id).unsqueeze(-1).expand_as(embeds)
        embeds = embeds.masked_scatter(image_mask, feats)

        # Interleaved M-RoPE: freqs per axis from [3, B, S] position ids.
        f = torch.stack([rope_freqs(self.inv_freq, position_ids[a]) for a in range(3)])
        f = torch.where(self.take_h, f[1], torch.where(self.take_w, f[2], f[0]))
        emb = torch.cat((f, f), dim=-1)
        cos, sin = emb.cos().unsqueeze(1), emb.sin().unsqueeze(1)

        def rope(x):
            return apply_rope(x, cos, sin)

        padding = (1.0 - attention_mask[:, None, None, :].float()) * NEG
        mask = self.causal + padding
        h = embeds
        for i, layer in enumerate(self.layers):
            h = layer(h, rope, mask)
            if i < len(deepstack):
                # DeepStack: add feature i at the visual positions only.
                h = h + torch.zeros_like(h).masked_scatter(image_mask, deepstack[i])
        return self.lm_head(self.norm(h)), embeds


def qwen_inputs(c, gen):
    ids = torch.randint(1, c.image_token_id, (c.batch, c.seq), generator=gen)
    ids[:, c.slot:c.slot + c.visual_tokens] = c.image_token_id
    attention_mask = torch.ones(c.batch, c.seq, dtype=torch.int64)
    attention_mask[1, c.seq - 4:] = 0
    ids[1, c.seq - 4:] = 0
    pixels = torch.rand(c.batch, c.channels, c.image, c.image, generator=gen)
    # Vision (row, col) per token in merge-window order (br, bc, ir, ic).
    cells = c.grid // c.merge
    rc = [(br * c.merge + ir, bc * c.merge + ic)
          for br in range(cells) for bc in range(cells) for ir in range(c.merge) for ic in range(c.merge)]
    vpos = torch.tensor(rc).expand(c.batch, -1, -1).contiguous()
    # 3-D text positions: text, then (t, h, w) + slot for the image, then text.
    pos = torch.zeros(3, c.seq, dtype=torch.int64)
    pos[:, :c.slot] = torch.arange(c.slot)
    v = torch.arange(c.visual_tokens)
    pos[0, c.slot:c.slot + c.visual_tokens] = c.slot
    pos[1, c.slot:c.slot + c.visual_tokens] = c.slot + v // cells
    pos[2, c.slot:c.slot + c.visual_tokens] = c.slot + v % cells
    tail = c.seq - c.slot - c.visual_tokens
    pos[:, c.slot + c.visual_tokens:] = torch.arange(tail) + int(pos.max()) + 1
    position_ids = pos[:, None, :].expand(3, c.batch, c.seq).contiguous()
    return (ids, pixels, vpos, position_ids, attention_mask)


# ----------------------------------------------------------------------------
# Standalone masked_scatter export forms (batch 2, S 8, D 16, 3 image tokens
# per row at different places in each row).

MS_B, MS_S, MS_D, MS_IMG = 2, 8, 16, 9


def ms_inputs(gen):
    ids = torch.randint(0, MS_IMG, (MS_B, MS_S), generator=gen)
    ids[0, 1:4] = MS_IMG
    ids[1, [2, 5, 6]] = MS_IMG
    embeds = torch.randn(MS_B, MS_S, MS_D, generator=gen)
    feats = torch.randn(6, MS_D, generator=gen)
    return (embeds, ids, feats)


class MaskedScatter(nn.Module):
    """HF form: embeds.masked_scatter(mask[..., None].expand_as(embeds), feats)."""
    input_names = ["inputs_embeds", "input_ids", "image_features"]
    output_names = ["fused"]

    def forward(self, embeds, ids, feats):
        mask = (ids == MS_IMG).unsqueeze(-1).expand_as(embeds)
        return embeds.masked_scatter(mask, feats)


class IndexPutBool(nn.Module):
    """x[mask] = feats.flatten() with a [B, S, D] boolean mask (aten::index_put).

    torch 1.13 exports no [B, S] mask spelling correctly: x[mask] = feats
    fails at export (its masked_scatter rewrite expands the [B, S] mask to
    [B, S, D]) and x[mask, :] = feats exports a ScatterND whose index
    arithmetic adds arange(S) to the NonZero output, which cannot run."""
    input_names = ["inputs_embeds", "input_ids", "image_features"]
    output_names = ["fused"]

    def forward(self, embeds, ids, feats):
        out = embeds.clone()
        out[(ids == MS_IMG).unsqueeze(-1).expand_as(embeds)] = feats.reshape(-1)
        return out


class NonzeroIndexPut(nn.Module):
    """Qwen3-VL eager form: flat[nonzero(mask)] = feats over (B*S, D)."""
    input_names = ["inputs_embeds", "input_ids", "image_features"]
    output_names = ["fused"]

    def forward(self, embeds, ids, feats):
        flat = embeds.reshape(-1, MS_D).clone()
        index = torch.nonzero((ids == MS_IMG).reshape(-1)).squeeze(1)
        flat[index] = feats
        return flat.reshape(MS_B, MS_S, MS_D)


# ----------------------------------------------------------------------------
# Export and reference data.

def fold_weight_quantize(model):
    """QuantizeLinear on a constant weight -> an int8 initializer feeding the
    DequantizeLinear (the usual QDQ weight form). The integers are computed
    with PyTorch's fake-quant arithmetic (round(w * (1/scale))), so the
    dequantized weights equal the ones the PyTorch reference used bit for bit."""
    graph = model.graph
    inits = {t.name: t for t in graph.initializer}
    consts = {n.output[0]: n for n in graph.node if n.op_type == "Constant"}

    def const_value(name):
        if name in inits:
            return numpy_helper.to_array(inits[name])
        if name in consts:
            return numpy_helper.to_array(consts[name].attribute[0].t)
        return None

    removed = []
    for node in list(graph.node):
        if node.op_type != "QuantizeLinear" or node.input[0] not in inits:
            continue
        w = const_value(node.input[0])
        scale = const_value(node.input[1])
        zero_point = const_value(node.input[2])
        axis = next((a.i for a in node.attribute if a.name == "axis"), 1)
        shape = [1] * w.ndim
        if scale.ndim == 1:
            shape[axis] = -1
        inv = (np.float32(1.0) / scale.astype(np.float32)).reshape(shape)
        info = np.iinfo(zero_point.dtype)
        q = np.rint(w.astype(np.float32) * inv) + zero_point.reshape(shape).astype(np.int64)
        q = np.clip(q, info.min, info.max).astype(zero_point.dtype)
        graph.initializer.append(numpy_helper.from_array(q, node.output[0] + "_int"))
        for user in graph.node:
            for i, name in enumerate(user.input):
                if name == node.output[0]:
                    user.input[i] = node.output[0] + "_int"
        removed.append(node)
    for node in removed:
        graph.node.remove(node)
    # Drop initializers and Constant nodes nothing reads any more.
    used = {name for n in graph.node for name in n.input} | {o.name for o in graph.output}
    for init in list(graph.initializer):
        if init.name not in used:
            graph.initializer.remove(init)
    for node in list(graph.node):
        if node.op_type == "Constant" and node.output[0] not in used:
            graph.node.remove(node)
    return len(removed)


def np_dtype_name(array):
    return str(array.dtype)


def export(module, inputs, name, out_root, description, extra=None):
    folder = os.path.join(out_root, name)
    os.makedirs(os.path.join(folder, "inputs"), exist_ok=True)
    os.makedirs(os.path.join(folder, "outputs"), exist_ok=True)
    path = os.path.join(folder, "model.onnx")
    module.eval()
    with torch.no_grad():
        outputs = module(*inputs)
        if isinstance(outputs, torch.Tensor):
            outputs = (outputs,)
        torch.onnx.export(module, inputs, path, opset_version=OPSET, do_constant_folding=True,
                          input_names=module.input_names, output_names=module.output_names,
                          dynamic_axes=None)
    model = onnx.load(path)
    folded = fold_weight_quantize(model)
    model.producer_name, model.producer_version = "tico-mlir scripts/gen_models.py", "torch " + torch.__version__
    model.doc_string = description
    onnx.checker.check_model(model, full_check=True)
    onnx.save(model, path)

    graph_inputs = [i.name for i in model.graph.input]
    graph_outputs = [o.name for o in model.graph.output]
    assert graph_inputs == module.input_names, (name, graph_inputs)
    assert graph_outputs == module.output_names, (name, graph_outputs)
    entries = {"inputs": [], "outputs": []}
    for kind, names, tensors in (("inputs", graph_inputs, inputs), ("outputs", graph_outputs, outputs)):
        for tensor_name, tensor in zip(names, tensors):
            array = tensor.detach().numpy()
            rel = f"{kind}/{tensor_name}.npy"
            np.save(os.path.join(folder, rel), array)
            entries[kind].append({"name": tensor_name, "file": rel, "shape": list(array.shape),
                                  "dtype": np_dtype_name(array)})
    histogram = collections.Counter(n.op_type for n in model.graph.node)
    manifest = {
        "name": name,
        "description": description,
        "opset": model.opset_import[0].version,
        "ir_version": model.ir_version,
        "producer": f"{model.producer_name} ({model.producer_version})",
        "seed": SEED,
        "inputs": entries["inputs"],
        "outputs": entries["outputs"],
        "op_histogram": dict(sorted(histogram.items())),
        "nodes": len(model.graph.node),
        "initializers": len(model.graph.initializer),
        "weight_quantize_folded": folded,
    }
    manifest.update(extra or {})
    with open(os.path.join(folder, "manifest.json"), "w") as f:
        json.dump(manifest, f, indent=1)
        f.write("\n")
    size = os.path.getsize(path)
    print(f"{name}: opset {manifest['opset']}, {len(model.graph.node)} nodes, model.onnx {size} bytes")
    print("  ops: " + " ".join(f"{k} {v}" for k, v in sorted(histogram.items(), key=lambda kv: (-kv[1], kv[0]))))
    return manifest


def build_vlm(cls, cfg, make_inputs, quant, seed):
    torch.manual_seed(seed)
    fq = FakeQuant()
    model = cls(fq, cfg).eval()
    with torch.no_grad():  # LayerNorm's ones/zeros would hide affine bugs
        for m in model.modules():
            if isinstance(m, nn.LayerNorm):
                m.weight.copy_(1.0 + 0.1 * torch.randn(m.weight.shape))
                m.bias.copy_(0.02 * torch.randn(m.bias.shape))
    gen = torch.Generator().manual_seed(seed + 1)
    reference = make_inputs(cfg, gen)
    if quant:
        fq.mode = "calib"
        calib = torch.Generator().manual_seed(seed + 2)
        with torch.no_grad():
            for _ in range(4):
                model(*make_inputs(cfg, calib))
        fq.mode = "quant"
        with torch.no_grad():  # fixes the weight qparams before the manifest counts them
            model(*reference)
    return model, reference, fq


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    here = os.path.dirname(os.path.abspath(__file__))
    parser.add_argument("--out", default=os.path.join(here, "..", "models", "onnx"))
    args = parser.parse_args()
    out = os.path.normpath(args.out)

    for name, cls, cfg, make_inputs, flavour in (
            ("gemma4_like", GemmaLike, GemmaCfg, gemma_inputs, "Gemma4-like"),
            ("qwen3_vl_like", QwenLike, QwenCfg, qwen_inputs, "Qwen3-VL-like")):
        for quant in (False, True):
            model, inputs, fq = build_vlm(cls, cfg, make_inputs, quant, SEED)
            variant = "qdq" if quant else "float"
            extra = {
                "variant": variant,
                "config": {k: v for k, v in vars(cfg).items() if not k.startswith("_")},
            }
            if quant:
                extra["activation_sites"] = len(fq.ranges)
                extra["weight_sites"] = len(fq.weight_qparams)
            export(model, inputs, f"{name}_{variant}", out,
                   f"{flavour} VLM ({variant}); see docs/onnx-models.md", extra)

    gen = torch.Generator().manual_seed(SEED)
    inputs = ms_inputs(gen)
    for name, cls in (("masked_scatter", MaskedScatter), ("index_put_bool", IndexPutBool),
                      ("nonzero_index_put", NonzeroIndexPut)):
        export(cls(), inputs, f"ms_{name}", out, cls.__doc__.split("\n")[0],
               {"variant": "float", "config": {"batch": MS_B, "seq": MS_S, "dim": MS_D, "image_token_id": MS_IMG}})
    return 0


if __name__ == "__main__":
    sys.exit(main())
