//===- ModelCheck.cpp - static consistency checks of .circle files --------===//

#include "tico/Target/Circle/ModelCheck.h"

#include "CircleTypes.h"

#include "tico/Target/Circle/circle_schema_generated.h"

#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/ADT/Twine.h"
#include "llvm/Support/CheckedArithmetic.h"

#include <cmath>

using namespace mlir::tico::circle;
namespace fb = ::circle;

namespace {

class ModelChecker {
public:
  ModelChecker(llvm::StringRef bytes, ModelCheckReport &report)
      : bytes(bytes), report(report) {}
  void run();

private:
  void error(const llvm::Twine &message) { report.errors.push_back(message.str()); }
  void warning(const llvm::Twine &message) {
    report.warnings.push_back(message.str());
  }
  void checkBuffers();
  void checkSubgraph(unsigned index);
  void checkQuantization(const fb::Tensor *tensor, const std::string &where);
  void checkSignatures();

  llvm::StringRef bytes;
  ModelCheckReport &report;
  const fb::Model *model = nullptr;
  std::vector<bool> bufferUsed;
  std::vector<bool> opcodeUsed;
};

} // namespace

/// "subgraph 0 tensor 3 ('name')".
static std::string describeTensor(unsigned subgraph, unsigned index,
                                  const fb::Tensor *tensor) {
  std::string name = tensor && tensor->name() ? tensor->name()->str() : "";
  return ("subgraph " + llvm::Twine(subgraph) + " tensor " +
          llvm::Twine(index) + " ('" + name + "')")
      .str();
}

static bool isIntegerType(fb::TensorType type) {
  switch (type) {
  case fb::TensorType_INT4:
  case fb::TensorType_UINT4:
  case fb::TensorType_INT8:
  case fb::TensorType_UINT8:
  case fb::TensorType_INT16:
    return true;
  default:
    return false;
  }
}

/// The representable range of a quantized storage type.
static bool getStorageRange(fb::TensorType type, int64_t &lo, int64_t &hi) {
  switch (type) {
  case fb::TensorType_INT4:
    lo = -8, hi = 7;
    return true;
  case fb::TensorType_UINT4:
    lo = 0, hi = 15;
    return true;
  case fb::TensorType_INT8:
    lo = -128, hi = 127;
    return true;
  case fb::TensorType_UINT8:
    lo = 0, hi = 255;
    return true;
  case fb::TensorType_INT16:
    lo = -32768, hi = 32767;
    return true;
  case fb::TensorType_INT32:
    lo = INT32_MIN, hi = INT32_MAX;
    return true;
  case fb::TensorType_INT64:
    lo = INT64_MIN, hi = INT64_MAX;
    return true;
  default:
    return false;
  }
}

/// Bits per stored element, 0 for types without a fixed size (strings,
/// resources, ggml blocks).
static unsigned getStoredBits(fb::TensorType type) {
  switch (type) {
  case fb::TensorType_INT4:
  case fb::TensorType_UINT4:
    return 4;
  case fb::TensorType_BOOL:
  case fb::TensorType_INT8:
  case fb::TensorType_UINT8:
    return 8;
  case fb::TensorType_FLOAT16:
  case fb::TensorType_INT16:
  case fb::TensorType_UINT16:
    return 16;
  case fb::TensorType_FLOAT32:
  case fb::TensorType_INT32:
  case fb::TensorType_UINT32:
    return 32;
  case fb::TensorType_FLOAT64:
  case fb::TensorType_INT64:
  case fb::TensorType_UINT64:
  case fb::TensorType_COMPLEX64:
    return 64;
  case fb::TensorType_COMPLEX128:
    return 128;
  default:
    return 0;
  }
}

/// Bytes of a constant of `count` elements of `bits` each, or nullopt when
/// that overflows uint64.
static std::optional<uint64_t> getConstantSize(int64_t count, unsigned bits) {
  if (bits == 4)
    return (uint64_t(count) + 1) / 2;
  std::optional<uint64_t> total =
      llvm::checkedMulUnsigned(uint64_t(count), uint64_t(bits));
  if (!total)
    return std::nullopt;
  return *total / 8;
}

void ModelChecker::checkBuffers() {
  const auto *buffers = model->buffers();
  if (!buffers || buffers->size() == 0) {
    error("model has no buffers: buffer 0 must be an empty sentinel");
    return;
  }
  const fb::Buffer *sentinel = buffers->Get(0);
  if ((sentinel->data() && sentinel->data()->size()) || sentinel->offset() > 1)
    error("buffer 0 must be empty");
  for (unsigned i = 0; i < buffers->size(); ++i) {
    const fb::Buffer *buffer = buffers->Get(i);
    if (buffer->offset() <= 1)
      continue;
    if (buffer->data() && buffer->data()->size())
      error("buffer " + llvm::Twine(i) + " has both inline data and an offset");
    uint64_t end = buffer->offset() + buffer->size();
    if (end < buffer->offset()) // offset + size wraps around 2^64
      error("buffer " + llvm::Twine(i) + " at offset " +
            llvm::Twine(buffer->offset()) + " with size " +
            llvm::Twine(buffer->size()) +
            " extends past the end of the file (" + llvm::Twine(bytes.size()) +
            " bytes)");
    else if (end > bytes.size())
      error("buffer " + llvm::Twine(i) + " [" + llvm::Twine(buffer->offset()) +
            ", " + llvm::Twine(end) + ") extends past the end of the file (" +
            llvm::Twine(bytes.size()) + " bytes)");
  }
  bufferUsed.assign(buffers->size(), false);
  bufferUsed[0] = true;
}

void ModelChecker::checkQuantization(const fb::Tensor *tensor,
                                     const std::string &where) {
  const fb::QuantizationParameters *q = tensor->quantization();
  if (!q)
    return;
  unsigned scales = q->scale() ? q->scale()->size() : 0;
  unsigned zeroPoints = q->zero_point() ? q->zero_point()->size() : 0;
  if (scales == 0 && zeroPoints == 0)
    return;
  if (scales != zeroPoints) {
    error(where + ": " + llvm::Twine(scales) + " scales but " +
          llvm::Twine(zeroPoints) + " zero points");
    return;
  }
  for (unsigned i = 0; i < scales; ++i) {
    float s = q->scale()->Get(i);
    if (!(s > 0.0f) || !std::isfinite(s))
      error(where + ": scale[" + llvm::Twine(i) + "] = " + std::to_string(s) +
            " is not positive and finite");
  }
  int64_t lo, hi;
  if (getStorageRange(tensor->type(), lo, hi))
    for (unsigned i = 0; i < zeroPoints; ++i) {
      int64_t zp = q->zero_point()->Get(i);
      if (zp < lo || zp > hi)
        error(where + ": zero_point[" + llvm::Twine(i) + "] = " +
              llvm::Twine(zp) + " is outside [" + llvm::Twine(lo) + ", " +
              llvm::Twine(hi) + "] of " +
              fb::EnumNameTensorType(tensor->type()));
    }
  unsigned rank = tensor->shape() ? tensor->shape()->size() : 0;
  int32_t axis = q->quantized_dimension();
  if (scales > 1) {
    if (axis < 0 || unsigned(axis) >= rank) {
      error(where + ": quantized_dimension " + llvm::Twine(axis) +
            " is out of range for rank " + llvm::Twine(rank));
      return;
    }
    int32_t channels = tensor->shape()->Get(axis);
    if (channels != int32_t(scales))
      error(where + ": " + llvm::Twine(scales) +
            " scales for dimension " + llvm::Twine(axis) + " of size " +
            llvm::Twine(channels));
  }
  unsigned mins = q->min() ? q->min()->size() : 0;
  unsigned maxs = q->max() ? q->max()->size() : 0;
  if ((mins && mins != scales) || (maxs && maxs != scales))
    error(where + ": min/max must be empty or have one value per scale");
}

void ModelChecker::checkSubgraph(unsigned index) {
  const fb::SubGraph *subgraph = model->subgraphs()->Get(index);
  std::string sg = ("subgraph " + llvm::Twine(index)).str();
  const auto *tensors = subgraph->tensors();
  unsigned numTensors = tensors ? tensors->size() : 0;
  unsigned numBuffers = model->buffers() ? model->buffers()->size() : 0;
  unsigned numOpcodes =
      model->operator_codes() ? model->operator_codes()->size() : 0;

  enum : uint8_t { Unset, Input, Produced, Constant };
  std::vector<uint8_t> state(numTensors, Unset);
  std::vector<bool> used(numTensors, false);
  std::vector<bool> emptyConstant(numTensors, false);
  llvm::StringSet<> names;

  for (unsigned t = 0; t < numTensors; ++t) {
    const fb::Tensor *tensor = tensors->Get(t);
    std::string where = describeTensor(index, t, tensor);
    if (tensor->buffer() >= numBuffers) {
      error(where + " refers to buffer " + llvm::Twine(tensor->buffer()) +
            " of " + llvm::Twine(numBuffers));
    } else if (tensor->buffer() != 0) {
      bufferUsed[tensor->buffer()] = true;
      const fb::Buffer *buffer = model->buffers()->Get(tensor->buffer());
      if ((buffer->data() && buffer->data()->size()) || buffer->offset() > 1)
        state[t] = Constant;
      // A constant without elements has no bytes. (An empty buffer otherwise
      // marks an activation: older TFLite files give each one its own.)
      else if (tensor->shape() && llvm::is_contained(*tensor->shape(), 0))
        emptyConstant[t] = true;
    }
    if (tensor->name() && !names.insert(tensor->name()->str()).second)
      warning(where + " has a duplicate name");
    const auto *shape = tensor->shape();
    const auto *signature = tensor->shape_signature();
    unsigned rank = shape ? shape->size() : 0;
    if (signature && signature->size()) {
      if (signature->size() != rank)
        error(where + ": shape_signature rank " +
              llvm::Twine(signature->size()) + " differs from shape rank " +
              llvm::Twine(rank));
      else
        for (unsigned d = 0; d < rank; ++d)
          if (signature->Get(d) != -1 && signature->Get(d) != shape->Get(d))
            error(where + ": shape_signature[" + llvm::Twine(d) + "] = " +
                  llvm::Twine(signature->Get(d)) + " but shape[" +
                  llvm::Twine(d) + "] = " + llvm::Twine(shape->Get(d)));
    }
    if (shape) {
      for (int32_t dim : *shape)
        if (dim < 0)
          error(where + " has negative dimension " + llvm::Twine(dim));
      llvm::SmallVector<int64_t> dims(shape->begin(), shape->end());
      std::optional<int64_t> count;
      if (llvm::all_of(dims, [](int64_t d) { return d >= 0; }) &&
          !(count = mlir::tico::getCheckedNumElements(dims)))
        error(where + ": the element count of its shape overflows 64 bits");
      // A constant's bytes must match its shape and type.
      unsigned bits = getStoredBits(tensor->type());
      if (count && bits && state[t] == Constant) {
        const fb::Buffer *buffer = model->buffers()->Get(tensor->buffer());
        uint64_t held =
            buffer->offset() > 1 ? buffer->size() : buffer->data()->size();
        uint64_t end = buffer->offset() + buffer->size();
        bool inBounds = buffer->offset() <= 1 ||
                        (end >= buffer->offset() && end <= bytes.size());
        std::optional<uint64_t> needed = getConstantSize(*count, bits);
        // An out-of-bounds buffer is checkBuffers' error already.
        if (inBounds && !needed)
          error(where + ": the byte size of its shape overflows 64 bits");
        else if (inBounds && held != *needed)
          error(where + " has " + llvm::Twine(held) + " bytes of data, its " +
                "shape and type need " + llvm::Twine(*needed));
      }
    }
    checkQuantization(tensor, where);
  }

  auto checkIndex = [&](int32_t t, const llvm::Twine &what) {
    if (t < 0 || unsigned(t) >= numTensors) {
      error(sg + ": " + what + " refers to tensor " + llvm::Twine(t) + " of " +
            llvm::Twine(numTensors));
      return false;
    }
    return true;
  };
  if (subgraph->inputs())
    for (int32_t t : *subgraph->inputs())
      if (checkIndex(t, "an input")) {
        if (state[t] == Constant)
          warning(describeTensor(index, t, tensors->Get(t)) +
                  " is a subgraph input but holds constant data");
        state[t] = Input;
      }

  const auto *operators = subgraph->operators();
  unsigned numOperators = operators ? operators->size() : 0;
  for (unsigned o = 0; o < numOperators; ++o) {
    const fb::Operator *op = operators->Get(o);
    std::string where = sg + " operator " + std::to_string(o);
    if (op->opcode_index() >= numOpcodes)
      error(where + " refers to opcode " + llvm::Twine(op->opcode_index()) +
            " of " + llvm::Twine(numOpcodes));
    else
      opcodeUsed[op->opcode_index()] = true;
    if (op->inputs())
      for (int32_t t : *op->inputs()) {
        if (t == -1)
          continue; // absent optional input
        if (!checkIndex(t, "operator " + llvm::Twine(o) + " input"))
          continue;
        used[t] = true;
        if (state[t] == Unset && !emptyConstant[t])
          error(where + " reads " + describeTensor(index, t, tensors->Get(t)) +
                ", which is not an input, a constant or produced earlier");
      }
    if (op->outputs())
      for (int32_t t : *op->outputs()) {
        if (!checkIndex(t, "operator " + llvm::Twine(o) + " output"))
          continue;
        if (state[t] != Unset)
          error(describeTensor(index, t, tensors->Get(t)) +
                " is written by operator " + llvm::Twine(o) +
                " but already defined");
        state[t] = Produced;
      }
  }
  if (subgraph->outputs())
    for (int32_t t : *subgraph->outputs())
      if (checkIndex(t, "an output")) {
        used[t] = true;
        if (state[t] == Unset && !emptyConstant[t])
          error(describeTensor(index, t, tensors->Get(t)) +
                " is a subgraph output but is never produced");
      }

  for (unsigned t = 0; t < numTensors; ++t) {
    const fb::Tensor *tensor = tensors->Get(t);
    if (!used[t] && state[t] != Input)
      warning(describeTensor(index, t, tensor) + " is unused");
    bool quantized = tensor->quantization() && tensor->quantization()->scale() &&
                     tensor->quantization()->scale()->size();
    if (state[t] != Constant && isIntegerType(tensor->type()) && !quantized) {
      std::string name = tensor->name() ? tensor->name()->str() : "";
      report.unquantizedIntegerActivations.push_back(
          (llvm::Twine(index) + "/" + name).str());
      warning(describeTensor(index, t, tensor) +
              " is an integer activation without quantization parameters");
    }
  }
}

void ModelChecker::checkSignatures() {
  const auto *signatures = model->signature_defs();
  if (!signatures)
    return;
  unsigned numSubgraphs = model->subgraphs()->size();
  llvm::StringSet<> keys;
  for (unsigned s = 0; s < signatures->size(); ++s) {
    const fb::SignatureDef *signature = signatures->Get(s);
    std::string key =
        signature->signature_key() ? signature->signature_key()->str() : "";
    std::string where = "signature '" + key + "'";
    if (!keys.insert(key).second)
      error(where + " is defined twice");
    if (signature->subgraph_index() >= numSubgraphs) {
      error(where + " refers to subgraph " +
            llvm::Twine(signature->subgraph_index()) + " of " +
            llvm::Twine(numSubgraphs));
      continue;
    }
    const fb::SubGraph *subgraph =
        model->subgraphs()->Get(signature->subgraph_index());
    auto checkMaps = [&](const auto *maps, const auto *list,
                         llvm::StringRef kind) {
      if (!maps)
        return;
      llvm::DenseSet<int32_t> allowed;
      if (list)
        for (int32_t t : *list)
          allowed.insert(t);
      for (const fb::TensorMap *map : *maps)
        if (!allowed.count(int32_t(map->tensor_index())))
          error(where + " " + kind + " '" +
                (map->name() ? map->name()->str() : "") + "' maps tensor " +
                llvm::Twine(map->tensor_index()) + ", which is not a subgraph " +
                kind);
    };
    checkMaps(signature->inputs(), subgraph->inputs(), "input");
    checkMaps(signature->outputs(), subgraph->outputs(), "output");
  }
}

void ModelChecker::run() {
  if (bytes.size() < 8 || bytes.substr(4, 4) != fb::ModelIdentifier()) {
    error("not a Circle file: file identifier is not '" +
          llvm::Twine(fb::ModelIdentifier()) + "'");
    return;
  }
  size_t verifySize =
      std::min<size_t>(bytes.size(), FLATBUFFERS_MAX_BUFFER_SIZE - 1);
  flatbuffers::Verifier verifier(
      reinterpret_cast<const uint8_t *>(bytes.data()), verifySize, 64,
      100000000);
  if (!verifier.VerifyBuffer<fb::Model>(fb::ModelIdentifier())) {
    error("the flatbuffers verifier rejects the file (truncated or corrupt)");
    return;
  }
  model = fb::GetModel(bytes.data());
  checkBuffers();
  unsigned numOpcodes =
      model->operator_codes() ? model->operator_codes()->size() : 0;
  opcodeUsed.assign(numOpcodes, false);
  for (unsigned i = 0; i < numOpcodes; ++i) {
    // Decoded as ONE's readers do: deprecated_builtin_code unless it is 127.
    const fb::OperatorCode *code = model->operator_codes()->Get(i);
    int32_t builtin = code->deprecated_builtin_code() != 127
                          ? code->deprecated_builtin_code()
                          : int32_t(code->builtin_code());
    if (!*fb::EnumNameBuiltinOperator(static_cast<fb::BuiltinOperator>(builtin)))
      error("operator code " + llvm::Twine(i) + " has builtin code " +
            llvm::Twine(builtin) + ", which the schema does not define");
  }
  if (!model->subgraphs() || model->subgraphs()->size() == 0) {
    error("model has no subgraphs");
    return;
  }
  for (unsigned i = 0; i < model->subgraphs()->size(); ++i)
    checkSubgraph(i);
  checkSignatures();
  for (unsigned i = 0; i < bufferUsed.size(); ++i)
    if (!bufferUsed[i])
      warning("buffer " + llvm::Twine(i) + " is unused");
  for (unsigned i = 0; i < numOpcodes; ++i)
    if (!opcodeUsed[i])
      warning("operator code " + llvm::Twine(i) + " is unused");
}

ModelCheckReport mlir::tico::circle::checkModel(llvm::StringRef bytes) {
  ModelCheckReport report;
  ModelChecker(bytes, report).run();
  return report;
}
