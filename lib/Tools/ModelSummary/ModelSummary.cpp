//===- ModelSummary.cpp - summary of a .circle model ----------------------===//

#include "tico/Tools/ModelSummary.h"

#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/JSON.h"

#include <map>

using namespace mlir::tico::circle;
namespace fb = ::circle;

namespace {

/// The operator name of an opcode, as ONE's readers decode the code.
std::string getOpName(const fb::OperatorCode *code) {
  int32_t value = code->deprecated_builtin_code() != 127
                      ? int32_t(code->deprecated_builtin_code())
                      : int32_t(code->builtin_code());
  if (value == fb::BuiltinOperator_CUSTOM && code->custom_code())
    return "CUSTOM(" + code->custom_code()->str() + ")";
  if (value >= fb::BuiltinOperator_MIN && value <= fb::BuiltinOperator_MAX)
    if (const char *name = fb::EnumNameBuiltinOperator(
            static_cast<fb::BuiltinOperator>(value));
        name && *name)
      return name;
  return "UNKNOWN(" + std::to_string(value) + ")";
}

std::string getTypeName(fb::TensorType type) {
  const char *name = fb::EnumNameTensorType(type);
  return name && *name ? name : "TYPE(" + std::to_string(int(type)) + ")";
}

bool isQuantized(const fb::Tensor *tensor) {
  const fb::QuantizationParameters *q = tensor->quantization();
  return q && q->scale() && q->scale()->size();
}

uint64_t getBufferSize(const fb::Model *model, uint32_t index) {
  if (!model->buffers() || index == 0 || index >= model->buffers()->size())
    return 0;
  const fb::Buffer *buffer = model->buffers()->Get(index);
  if (buffer->offset() > 1)
    return buffer->size();
  return buffer->data() ? buffer->data()->size() : 0;
}

std::string formatShape(const fb::Tensor *tensor) {
  std::string text = "[";
  const auto *shape = tensor->shape();
  const auto *signature = tensor->shape_signature();
  for (unsigned d = 0; shape && d < shape->size(); ++d) {
    if (d)
      text += ", ";
    bool dynamic = signature && signature->size() == shape->size() &&
                   signature->Get(d) == -1;
    text += dynamic ? "?" : std::to_string(shape->Get(d));
  }
  return text + "]";
}

std::string formatQuantization(const fb::Tensor *tensor) {
  if (!isQuantized(tensor))
    return "";
  const fb::QuantizationParameters *q = tensor->quantization();
  std::string text;
  llvm::raw_string_ostream os(text);
  unsigned n = q->scale()->size();
  if (n == 1) {
    os << "scale=" << q->scale()->Get(0);
    if (q->zero_point() && q->zero_point()->size())
      os << " zp=" << q->zero_point()->Get(0);
  } else {
    os << "per-axis(" << q->quantized_dimension() << ") x" << n;
  }
  return text;
}

struct Stats {
  std::map<std::string, unsigned> histogram;
  std::map<std::string, uint64_t> constantBytes;
  unsigned tensors = 0, quantized = 0, floats = 0, others = 0;
  unsigned inlineBuffers = 0, offsetBuffers = 0;
  /// Data bytes of all buffers: a buffer shared by several tensors (or
  /// subgraphs) counts once, unlike constantBytes.
  uint64_t bufferBytes = 0;
};

Stats collectStats(const fb::Model *model) {
  Stats stats;
  for (const fb::SubGraph *subgraph : *model->subgraphs()) {
    if (subgraph->operators())
      for (const fb::Operator *op : *subgraph->operators())
        ++stats.histogram[getOpName(
            model->operator_codes()->Get(op->opcode_index()))];
    if (!subgraph->tensors())
      continue;
    for (const fb::Tensor *tensor : *subgraph->tensors()) {
      ++stats.tensors;
      fb::TensorType type = tensor->type();
      if (isQuantized(tensor))
        ++stats.quantized;
      else if (type == fb::TensorType_FLOAT32 || type == fb::TensorType_FLOAT16 ||
               type == fb::TensorType_FLOAT64)
        ++stats.floats;
      else
        ++stats.others;
      if (uint64_t size = getBufferSize(model, tensor->buffer()))
        stats.constantBytes[getTypeName(type)] += size;
    }
  }
  if (model->buffers())
    for (uint32_t b = 0; b < model->buffers()->size(); ++b)
      stats.bufferBytes += getBufferSize(model, b);
  if (model->buffers())
    for (const fb::Buffer *buffer : *model->buffers()) {
      if (buffer->offset() > 1)
        ++stats.offsetBuffers;
      else if (buffer->data() && buffer->data()->size())
        ++stats.inlineBuffers;
    }
  return stats;
}

std::vector<std::string> tensorNames(const fb::SubGraph *subgraph,
                                     const flatbuffers::Vector<int32_t> *list) {
  std::vector<std::string> names;
  if (!list)
    return names;
  for (int32_t t : *list) {
    const fb::Tensor *tensor = subgraph->tensors()->Get(t);
    names.push_back(tensor->name() ? tensor->name()->str() : "");
  }
  return names;
}

void printText(const fb::Model *model, uint64_t fileSize,
               const InspectOptions &options, llvm::raw_ostream &os) {
  Stats stats = collectStats(model);
  os << "model: " << fileSize << " bytes, schema version " << model->version()
     << ", description \""
     << (model->description() ? model->description()->str() : "") << "\"\n";
  os << "subgraphs: " << model->subgraphs()->size() << "\n";
  for (auto [i, subgraph] : llvm::enumerate(*model->subgraphs())) {
    auto join = [](const std::vector<std::string> &names) {
      std::string text;
      for (auto [k, n] : llvm::enumerate(names))
        text += (k ? ", " : "") + n;
      return text;
    };
    os << "  [" << i << "] "
       << (subgraph->name() ? subgraph->name()->str() : "") << ": "
       << (subgraph->tensors() ? subgraph->tensors()->size() : 0)
       << " tensors, "
       << (subgraph->operators() ? subgraph->operators()->size() : 0)
       << " operators, inputs (" << join(tensorNames(subgraph, subgraph->inputs()))
       << "), outputs (" << join(tensorNames(subgraph, subgraph->outputs()))
       << ")\n";
  }
  unsigned numSignatures =
      model->signature_defs() ? model->signature_defs()->size() : 0;
  os << "signatures: " << numSignatures << "\n";
  for (unsigned s = 0; s < numSignatures; ++s) {
    const fb::SignatureDef *signature = model->signature_defs()->Get(s);
    os << "  " << (signature->signature_key() ? signature->signature_key()->str() : "")
       << " -> subgraph " << signature->subgraph_index() << ": "
       << (signature->inputs() ? signature->inputs()->size() : 0)
       << " inputs, "
       << (signature->outputs() ? signature->outputs()->size() : 0)
       << " outputs\n";
  }
  os << "operators:";
  std::vector<std::pair<std::string, unsigned>> ops(stats.histogram.begin(),
                                                    stats.histogram.end());
  std::stable_sort(ops.begin(), ops.end(), [](const auto &a, const auto &b) {
    return a.second > b.second;
  });
  for (const auto &[name, count] : ops)
    os << " " << name << " " << count;
  os << "\n";
  os << "tensors: " << stats.tensors << " (quantized " << stats.quantized
     << ", float " << stats.floats << ", other " << stats.others << ")\n";
  os << "constant bytes:";
  for (const auto &[type, bytes] : stats.constantBytes)
    os << " " << type << " " << bytes;
  os << "\n";
  os << "buffers: " << (model->buffers() ? model->buffers()->size() : 0)
     << " (inline " << stats.inlineBuffers << ", after the flatbuffer "
     << stats.offsetBuffers << "), " << stats.bufferBytes << " data bytes\n";

  for (auto [i, subgraph] : llvm::enumerate(*model->subgraphs())) {
    if (options.tensors && subgraph->tensors()) {
      os << "subgraph " << i << " tensors:\n";
      for (auto [t, tensor] : llvm::enumerate(*subgraph->tensors()))
        os << "  " << t << " " << (tensor->name() ? tensor->name()->str() : "")
           << " " << getTypeName(tensor->type()) << " " << formatShape(tensor)
           << " buffer " << tensor->buffer() << " "
           << formatQuantization(tensor) << "\n";
    }
    if (options.operators && subgraph->operators()) {
      os << "subgraph " << i << " operators:\n";
      for (auto [o, op] : llvm::enumerate(*subgraph->operators())) {
        os << "  " << o << " "
           << getOpName(model->operator_codes()->Get(op->opcode_index()))
           << " (";
        if (op->inputs())
          for (auto [k, t] : llvm::enumerate(*op->inputs()))
            os << (k ? ", " : "") << t;
        os << ") -> (";
        if (op->outputs())
          for (auto [k, t] : llvm::enumerate(*op->outputs()))
            os << (k ? ", " : "") << t;
        os << ")\n";
      }
    }
  }
}

void printJson(const fb::Model *model, uint64_t fileSize,
               const InspectOptions &options, llvm::raw_ostream &os) {
  Stats stats = collectStats(model);
  llvm::json::OStream j(os, 2);
  j.object([&] {
    j.attribute("file_bytes", int64_t(fileSize));
    j.attribute("version", int64_t(model->version()));
    j.attribute("description",
                model->description() ? model->description()->str() : "");
    j.attributeArray("subgraphs", [&] {
      for (const fb::SubGraph *subgraph : *model->subgraphs())
        j.object([&] {
          j.attribute("name", subgraph->name() ? subgraph->name()->str() : "");
          j.attribute("inputs", llvm::json::Value(llvm::json::Array(
                                    tensorNames(subgraph, subgraph->inputs()))));
          j.attribute("outputs", llvm::json::Value(llvm::json::Array(
                                     tensorNames(subgraph, subgraph->outputs()))));
          j.attribute("num_operators", int64_t(subgraph->operators()
                                                   ? subgraph->operators()->size()
                                                   : 0));
          if (options.tensors && subgraph->tensors())
            j.attributeArray("tensors", [&] {
              for (const fb::Tensor *tensor : *subgraph->tensors())
                j.object([&] {
                  j.attribute("name",
                              tensor->name() ? tensor->name()->str() : "");
                  j.attribute("type", getTypeName(tensor->type()));
                  j.attribute("shape", formatShape(tensor));
                  j.attribute("buffer", int64_t(tensor->buffer()));
                  j.attribute("quantization", formatQuantization(tensor));
                });
            });
          if (options.operators && subgraph->operators())
            j.attributeArray("operators", [&] {
              for (const fb::Operator *op : *subgraph->operators())
                j.value(getOpName(
                    model->operator_codes()->Get(op->opcode_index())));
            });
        });
    });
    j.attributeObject("operator_histogram", [&] {
      for (const auto &[name, count] : stats.histogram)
        j.attribute(name, int64_t(count));
    });
    j.attribute("tensors", int64_t(stats.tensors));
    j.attribute("quantized_tensors", int64_t(stats.quantized));
    j.attribute("float_tensors", int64_t(stats.floats));
    j.attributeObject("constant_bytes", [&] {
      for (const auto &[type, bytes] : stats.constantBytes)
        j.attribute(type, int64_t(bytes));
    });
    j.attribute("signatures", int64_t(model->signature_defs()
                                          ? model->signature_defs()->size()
                                          : 0));
  });
  os << "\n";
}

} // namespace

QParamCoverage mlir::tico::circle::getQParamCoverage(
    const fb::Model *model, unsigned unquantizedIntegerActivations) {
  Stats stats = collectStats(model);
  QParamCoverage coverage;
  coverage.tensors = stats.tensors;
  coverage.quantized = stats.quantized;
  coverage.floats = stats.floats;
  coverage.integerActivations = unquantizedIntegerActivations;
  return coverage;
}

void mlir::tico::circle::printSummary(const fb::Model *model, uint64_t fileSize,
                               const InspectOptions &options,
                               llvm::raw_ostream &os) {
  if (options.json)
    printJson(model, fileSize, options, os);
  else
    printText(model, fileSize, options, os);
}
