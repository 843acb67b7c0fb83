//===- llm-gen.h - one LLM-shaped model, two file formats -------*- C++ -*-===//
//
// tico-llm-gen writes the same decoder-only model as MLIR bytecode (tq ops,
// llm-gen.cpp) or as ONNX with external data (llm-gen-onnx.cpp). The model
// is described once (buildModel) against the Emitter interface below; each
// format implements the ops, and both take every weight from WeightStream,
// so the two files hold the same bytes.
//
//===----------------------------------------------------------------------===//

#ifndef TICO_BENCH_LLM_GEN_H
#define TICO_BENCH_LLM_GEN_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"

#include <cstdint>
#include <string>

namespace tico_llm_gen {

struct Config {
  unsigned layers, hidden, heads, kvHeads, headDim, mlp, vocab, seq;
  bool untiedLmHead;
  uint64_t seed;
};

/// A value of the model being emitted: the emitter's handle and its shape.
struct Tensor {
  unsigned id = 0;
  llvm::SmallVector<int64_t, 4> shape;
};

/// The deterministic values of one weight: `center + scale * u` with u
/// uniform in [-1, 1) from an xorshift64 stream seeded by the tensor's name
/// (so every tensor is reproducible on its own and no two deduplicate).
class WeightStream {
public:
  WeightStream(llvm::StringRef name, uint64_t baseSeed, float scale,
               float center);
  /// The next `out.size()` values.
  void fill(llvm::MutableArrayRef<float> out);

private:
  uint64_t state;
  float scale, center;
};

/// xorshift64 seeded from a name mixed with the base seed.
uint64_t seedFor(llvm::StringRef name, uint64_t baseSeed);
uint64_t xorshift64(uint64_t &state);

/// The ops the model is made of, in tq's terms. Elementwise results have the
/// shape of their left operand (the right one is a broadcast constant or of
/// the same shape). `name` is the op's location / node name.
class Emitter {
public:
  explicit Emitter(const Config &config) : config(config) {}
  virtual ~Emitter() = default;

  /// A [shape] f32 weight from WeightStream(name); counts weightBytes.
  Tensor weight(llvm::StringRef name, llvm::ArrayRef<int64_t> shape,
                float scale, float center = 0.0f);

  /// The int32 token ids argument and the result.
  virtual Tensor input(llvm::StringRef name, llvm::ArrayRef<int64_t> shape) = 0;
  virtual void output(llvm::StringRef name, const Tensor &value) = 0;
  /// A small f32 constant held inline.
  virtual Tensor constant(llvm::ArrayRef<int64_t> shape,
                          llvm::ArrayRef<float> values) = 0;
  virtual Tensor embedding(llvm::StringRef name, const Tensor &table,
                           const Tensor &ids) = 0;
  /// x [..., in] * w^T for w [out, in].
  virtual Tensor linear(llvm::StringRef name, const Tensor &x,
                        const Tensor &w) = 0;
  /// x / sqrt(mean(x^2, -1) + eps) * w.
  virtual Tensor rmsNorm(llvm::StringRef name, const Tensor &x,
                         const Tensor &w, double eps) = 0;
  virtual Tensor reshape(const Tensor &x, llvm::ArrayRef<int64_t> shape) = 0;
  virtual Tensor transpose(const Tensor &x, llvm::ArrayRef<int64_t> perms) = 0;
  /// x * cos + rotate_half(x) * sin.
  virtual Tensor rope(llvm::StringRef name, const Tensor &x, const Tensor &cos,
                      const Tensor &sin) = 0;
  /// Batched a * b (b^T with `transposeB`).
  virtual Tensor matmul(llvm::StringRef name, const Tensor &a, const Tensor &b,
                        bool transposeB) = 0;
  virtual Tensor mul(llvm::StringRef name, const Tensor &a,
                     const Tensor &b) = 0;
  virtual Tensor add(llvm::StringRef name, const Tensor &a,
                     const Tensor &b) = 0;
  /// Along the last dim.
  virtual Tensor softmax(llvm::StringRef name, const Tensor &x) = 0;
  virtual Tensor silu(llvm::StringRef name, const Tensor &x) = 0;

  const Config &config;
  uint64_t weightBytes = 0;

protected:
  /// Emits a weight whose values `values` produces (in row-major order).
  virtual Tensor emitWeight(llvm::StringRef name, llvm::ArrayRef<int64_t> shape,
                            WeightStream &values) = 0;
};

/// Result shapes shared by the emitters.
llvm::SmallVector<int64_t, 4> linearShape(const Tensor &x, const Tensor &w);
llvm::SmallVector<int64_t, 4> matmulShape(const Tensor &a, const Tensor &b,
                                          bool transposeB);
llvm::SmallVector<int64_t, 4> transposeShape(const Tensor &x,
                                             llvm::ArrayRef<int64_t> perms);

/// The whole decoder through `emitter`.
void buildModel(Emitter &emitter);

/// Writes the model as ONNX (opset 17) to `path`, its weights as external
/// data in `path` + ".data" (each at a 4096-aligned offset). Returns the
/// float weight bytes, or 0 with `error` set.
uint64_t writeOnnxModel(const Config &config, llvm::StringRef path,
                        std::string &error);

} // namespace tico_llm_gen

#endif // TICO_BENCH_LLM_GEN_H
