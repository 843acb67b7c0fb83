//===- llm-gen-model.cpp - the decoder tico-llm-gen writes ----------------===//
//
// Token embedding, `layers` x (rms_norm, q/k/v projections, per-head q/k
// rms_norm (Qwen3), RoPE, grouped-query attention with a causal mask, o
// projection, residual add, rms_norm, SiLU-gated MLP, residual add), a final
// rms_norm and the lm_head (tied to the embedding unless untiedLmHead, as in
// Qwen3-VL-2B), described once for every output format.
//
//===----------------------------------------------------------------------===//

#include "llm-gen.h"

#include <cassert>
#include <cmath>
#include <limits>

using namespace tico_llm_gen;
using llvm::ArrayRef;
using llvm::SmallVector;
using llvm::StringRef;

uint64_t tico_llm_gen::xorshift64(uint64_t &state) {
  state ^= state << 13;
  state ^= state >> 7;
  state ^= state << 17;
  return state;
}

uint64_t tico_llm_gen::seedFor(StringRef name, uint64_t baseSeed) {
  // FNV-1a of the name mixed with the base seed.
  uint64_t h = 1469598103934665603ull ^ baseSeed;
  for (char c : name)
    h = (h ^ uint8_t(c)) * 1099511628211ull;
  return h;
}

WeightStream::WeightStream(StringRef name, uint64_t baseSeed, float scale,
                           float center)
    : state(seedFor(name, baseSeed)), scale(scale), center(center) {
  if (!state)
    state = 0x9e3779b97f4a7c15ull;
}

void WeightStream::fill(llvm::MutableArrayRef<float> out) {
  for (float &v : out) {
    // Uniform in [-1, 1) from the top 53 bits.
    float u = float(int64_t(xorshift64(state) >> 11) - (1ll << 52)) * 0x1p-52f;
    v = center + scale * u;
  }
}

Tensor Emitter::weight(StringRef name, ArrayRef<int64_t> shape, float scale,
                       float center) {
  uint64_t count = 1;
  for (int64_t d : shape)
    count *= uint64_t(d);
  weightBytes += count * sizeof(float);
  WeightStream values(name, config.seed, scale, center);
  return emitWeight(name, shape, values);
}

SmallVector<int64_t, 4> tico_llm_gen::linearShape(const Tensor &x,
                                                  const Tensor &w) {
  SmallVector<int64_t, 4> shape(x.shape);
  shape.back() = w.shape.front();
  return shape;
}

SmallVector<int64_t, 4> tico_llm_gen::matmulShape(const Tensor &a,
                                                  const Tensor &b,
                                                  bool transposeB) {
  SmallVector<int64_t, 4> shape(a.shape);
  size_t r = b.shape.size();
  shape.back() = transposeB ? b.shape[r - 2] : b.shape[r - 1];
  return shape;
}

SmallVector<int64_t, 4> tico_llm_gen::transposeShape(const Tensor &x,
                                                     ArrayRef<int64_t> perms) {
  SmallVector<int64_t, 4> shape;
  for (int64_t p : perms)
    shape.push_back(x.shape[p]);
  return shape;
}

namespace {

/// The RoPE tables (positions 0..S-1, theta 1e6 as in Qwen3) and the causal
/// mask tiled for `groups` query heads per key/value head.
struct SharedTables {
  Tensor cos, sin, mask, scale;
};

SharedTables buildTables(Emitter &e, int64_t S, int64_t D, int64_t groups) {
  SmallVector<float> cos(S * D), sin(S * D);
  for (int64_t s = 0; s < S; ++s)
    for (int64_t i = 0; i < D / 2; ++i) {
      double inv = std::pow(1e6, -2.0 * double(i) / double(D));
      double angle = double(s) * inv;
      cos[s * D + i] = cos[s * D + i + D / 2] = float(std::cos(angle));
      sin[s * D + i] = sin[s * D + i + D / 2] = float(std::sin(angle));
    }
  SmallVector<float> mask(groups * S * S);
  for (int64_t r = 0; r < groups * S; ++r)
    for (int64_t c = 0; c < S; ++c)
      mask[r * S + c] =
          c <= r % S ? 0.0f : -std::numeric_limits<float>::infinity();
  SharedTables t;
  t.cos = e.constant({1, 1, S, D}, cos);
  t.sin = e.constant({1, 1, S, D}, sin);
  t.mask = e.constant({1, 1, groups * S, S}, mask);
  t.scale = e.constant({}, {float(1.0 / std::sqrt(double(D)))});
  return t;
}

constexpr double kEps = 1e-6;

Tensor rmsNorm(Emitter &e, const std::string &name, const Tensor &x,
               int64_t dim) {
  Tensor w = e.weight(name + ".weight", {dim}, 0.05f, 1.0f);
  return e.rmsNorm(name, x, w, kEps);
}

Tensor linear(Emitter &e, const std::string &name, const Tensor &x,
              int64_t out, int64_t in, float scale) {
  Tensor w = e.weight(name + ".weight", {out, in}, scale);
  return e.linear(name, x, w);
}

Tensor buildLayer(Emitter &e, const SharedTables &t, Tensor h, unsigned l) {
  const Config &c = e.config;
  int64_t S = c.seq, H = c.hidden, Q = c.heads, KV = c.kvHeads, D = c.headDim,
          F = c.mlp, G = Q / KV;
  std::string p = "model.layers." + std::to_string(l) + ".";
  float inScale = float(1.0 / std::sqrt(double(H)));
  // Attention.
  Tensor x = rmsNorm(e, p + "input_layernorm", h, H);
  Tensor q = linear(e, p + "self_attn.q_proj", x, Q * D, H, inScale);
  Tensor k = linear(e, p + "self_attn.k_proj", x, KV * D, H, inScale);
  Tensor v = linear(e, p + "self_attn.v_proj", x, KV * D, H, inScale);
  q = rmsNorm(e, p + "self_attn.q_norm", e.reshape(q, {1, S, Q, D}), D);
  k = rmsNorm(e, p + "self_attn.k_norm", e.reshape(k, {1, S, KV, D}), D);
  q = e.transpose(q, {0, 2, 1, 3}); // [1, Q, S, D]
  k = e.transpose(k, {0, 2, 1, 3}); // [1, KV, S, D]
  v = e.transpose(e.reshape(v, {1, S, KV, D}), {0, 2, 1, 3});
  std::string attn = p + "self_attn";
  q = e.rope(attn, q, t.cos, t.sin);
  k = e.rope(attn, k, t.cos, t.sin);
  // GQA: query head h reads key/value head h / G, so the G heads of a group
  // stack along the rows of one [G*S, D] matrix.
  q = e.reshape(q, {1, KV, G * S, D});
  Tensor scores = e.matmul(attn, q, k, /*transposeB=*/true);
  scores = e.mul(attn, scores, t.scale);
  scores = e.add(attn, scores, t.mask);
  Tensor probs = e.softmax(attn, scores);
  Tensor ctx = e.matmul(attn, probs, v, /*transposeB=*/false);
  ctx = e.reshape(e.transpose(e.reshape(ctx, {1, Q, S, D}), {0, 2, 1, 3}),
                  {1, S, Q * D});
  float ctxScale = float(1.0 / std::sqrt(double(Q * D)));
  std::string oProj = p + "self_attn.o_proj";
  Tensor o = linear(e, oProj, ctx, H, Q * D, ctxScale);
  h = e.add(oProj, h, o);
  // MLP.
  Tensor x2 = rmsNorm(e, p + "post_attention_layernorm", h, H);
  std::string gateProj = p + "mlp.gate_proj", downProj = p + "mlp.down_proj";
  Tensor gate = linear(e, gateProj, x2, F, H, inScale);
  Tensor up = linear(e, p + "mlp.up_proj", x2, F, H, inScale);
  Tensor act = e.silu(gateProj, gate);
  Tensor prod = e.mul(gateProj, act, up);
  Tensor down =
      linear(e, downProj, prod, H, F, float(1.0 / std::sqrt(double(F))));
  return e.add(downProj, h, down);
}

} // namespace

void tico_llm_gen::buildModel(Emitter &e) {
  const Config &c = e.config;
  int64_t S = c.seq, H = c.hidden, V = c.vocab;
  Tensor ids = e.input("input_ids", {1, S});
  Tensor table = e.weight("model.embed_tokens.weight", {V, H}, 0.05f);
  Tensor h = e.embedding("model.embed_tokens", table, ids);
  SharedTables tables = buildTables(e, S, c.headDim, c.heads / c.kvHeads);
  for (unsigned l = 0; l < c.layers; ++l)
    h = buildLayer(e, tables, h, l);
  h = rmsNorm(e, "model.norm", h, H);
  Tensor lmHead =
      c.untiedLmHead ? e.weight("lm_head.weight", {V, H}, 0.05f) : table;
  e.output("logits", e.linear("lm_head", h, lmHead));
}
