//===- ConvertOptions.cpp - tico-convert's settings -----------------------===//

#include "ConvertOptions.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/YAMLParser.h"
#include "llvm/Support/raw_ostream.h"

#include <algorithm>
#include <cmath>

using namespace llvm;
using namespace tico_convert;

ArrayRef<KeyInfo> tico_convert::getKeys() {
  static const std::vector<KeyInfo> keys = {
      {"input", KeyKind::InputFile, nullptr,
       "the model: .onnx, or .mlir/.mlirbc (tq dialect)"},
      {"output", KeyKind::OutputFile, nullptr,
       "the .circle file (default: out/<input name>.circle)"},
      {"preset", KeyKind::Choice, "preset",
       "model-specific defaults",
       {"none", "gemma4", "qwen3-vl"}},
      {"image_token_id", KeyKind::Int, "image-token-id",
       "image placeholder token id"},
      {"video_token_id", KeyKind::Int, "video-token-id",
       "video placeholder token id"},
      {"audio_token_id", KeyKind::Int, "audio-token-id",
       "audio placeholder token id"},
      {"pad_token_id", KeyKind::Int, "pad-token-id",
       "id looked up instead of the placeholders (-1: none)"},
      {"slot_start", KeyKind::Int, "slot-start",
       "first position of the visual tokens (-1: unknown)"},
      {"slot_size", KeyKind::Int, "num-tokens",
       "visual tokens per row (0: from the features)"},
      {"rope_max_positions", KeyKind::Int, "max-positions",
       "rows of the precomputed RoPE tables"},
      {"mask_fill_value", KeyKind::Number, "mask-fill-value",
       "finite value for masked attention positions"},
      {"decompose_rms_norm", KeyKind::Bool, "decompose-rms-norm",
       "emit RMS_NORM as elementwise operators"},
      {"quantize", KeyKind::Bool, "quantize",
       "run tico-quantize (implied by any quantization key)"},
      {"weight_dtype", KeyKind::Choice, "weight-dtype",
       "dtype of float constant weights",
       {"int8", "int16", "uint8", "int4"}},
      {"granularity", KeyKind::Choice, "granularity",
       "weight qparams granularity",
       {"per-channel", "per-tensor"}},
      {"activation_dtype", KeyKind::Choice, "activation-dtype",
       "activation dtype (decides the bias storage)",
       {"auto", "uint8", "int8", "int16"}},
      {"input_type", KeyKind::Choice, "input-type",
       "model input type", {"float", "int"}},
      {"output_type", KeyKind::Choice, "output-type",
       "model output type", {"float", "int"}},
      {"calibration_data", KeyKind::InputPath, nullptr,
       "calibration samples: an .npz/.npy file or a directory of them "
       "(tq-calibrate's data option)"},
      {"observer", KeyKind::Choice, nullptr,
       "calibration observer", {"minmax", "ema", "percentile"}},
      {"per_op_overrides", KeyKind::InputFile, nullptr,
       "per-op dtype/observer overrides, passed to the calibration step"},
      {"evaluation_inputs", KeyKind::InputDir, nullptr,
       "directory of .npy inputs: compare the .circle with the input model"},
  };
  return keys;
}

std::string tico_convert::flagName(StringRef key) {
  std::string flag = key.str();
  std::replace(flag.begin(), flag.end(), '_', '-');
  return flag;
}

static const KeyInfo *lookupKey(StringRef key) {
  for (const KeyInfo &info : getKeys())
    if (key == info.key)
      return &info;
  return nullptr;
}

static Error error(const Twine &message) {
  return createStringError(inconvertibleErrorCode(), message);
}

static const char *kindName(KeyKind kind) {
  switch (kind) {
  case KeyKind::Int:
    return "an integer";
  case KeyKind::Number:
    return "a number";
  case KeyKind::Bool:
    return "true or false";
  case KeyKind::Choice:
  case KeyKind::InputFile:
  case KeyKind::InputDir:
  case KeyKind::InputPath:
  case KeyKind::OutputFile:
    return "a string";
  }
  return "a value";
}

Error ConvertOptions::setValue(const KeyInfo &info, StringRef text,
                               StringRef origin) {
  auto bad = [&](const Twine &why) {
    return error(origin + ": '" + info.key + "': " + why);
  };
  switch (info.kind) {
  case KeyKind::Int: {
    int64_t value;
    if (text.getAsInteger(10, value))
      return bad("expected an integer, got '" + text + "'");
    values[info.key] = std::to_string(value);
    return Error::success();
  }
  case KeyKind::Number: {
    double value;
    // getAsDouble takes "inf" and "nan"; no option means them.
    if (text.getAsDouble(value) || !std::isfinite(value))
      return bad("expected a finite number, got '" + text + "'");
    values[info.key] = text.str();
    return Error::success();
  }
  case KeyKind::Bool:
    if (text != "true" && text != "false")
      return bad("expected true or false, got '" + text + "'");
    values[info.key] = text.str();
    return Error::success();
  case KeyKind::Choice:
    if (!llvm::is_contained(info.choices, text)) {
      std::string choices;
      for (const char *choice : info.choices)
        choices += (choices.empty() ? "" : ", ") + std::string(choice);
      return bad("expected one of " + Twine(choices) + ", got '" + text + "'");
    }
    values[info.key] = text.str();
    return Error::success();
  case KeyKind::InputFile:
  case KeyKind::InputDir:
  case KeyKind::InputPath:
  case KeyKind::OutputFile:
    if (text.empty())
      return bad("expected a path, got an empty string");
    values[info.key] = text.str();
    return Error::success();
  }
  return Error::success();
}

Error ConvertOptions::set(StringRef key, StringRef text, StringRef origin) {
  const KeyInfo *info = lookupKey(key);
  if (!info)
    return error(origin + ": unknown key '" + key + "'");
  return setValue(*info, text, origin);
}

/// "path:line:col" of `loc` in the buffer `sm` holds.
static std::string describeLocation(StringRef path, const SourceMgr &sm,
                                    SMLoc loc) {
  auto [line, column] = sm.getLineAndColumn(loc);
  return (path + ":" + Twine(line) + ":" + Twine(column)).str();
}

/// The key table's entry for a config key; an unknown key is an error that
/// lists the known ones.
static Expected<const KeyInfo *> lookupConfigKey(StringRef key,
                                                 StringRef where) {
  if (const KeyInfo *info = lookupKey(key))
    return info;
  std::string known;
  for (const KeyInfo &k : getKeys())
    known += (known.empty() ? "" : ", ") + std::string(k.key);
  return error(where + ": unknown key '" + key + "' (known keys: " + known +
               ")");
}

Error ConvertOptions::setFromConfig(const KeyInfo &info,
                                    std::optional<std::string> text,
                                    StringRef got, StringRef where,
                                    StringRef base) {
  if (!text || text->empty())
    return error(where + ": '" + info.key + "': expected " +
                 kindName(info.kind) + ", got " + got);
  switch (info.kind) {
  case KeyKind::InputFile:
  case KeyKind::InputDir:
  case KeyKind::InputPath:
  case KeyKind::OutputFile:
    // Paths in a config are relative to the config's directory.
    if (sys::path::is_relative(*text) && !base.empty()) {
      SmallString<256> resolved(base);
      sys::path::append(resolved, *text);
      *text = resolved.str().str();
    }
    break;
  default:
    break;
  }
  return setValue(info, *text, where);
}

Error ConvertOptions::loadConfig(StringRef path) {
  ErrorOr<std::unique_ptr<MemoryBuffer>> file = MemoryBuffer::getFile(path);
  if (!file)
    return error("cannot open config '" + path +
                 "': " + file.getError().message());
  SmallString<256> base(path);
  sys::path::remove_filename(base);
  StringRef ext = sys::path::extension(path);
  if (ext == ".yaml" || ext == ".yml")
    return loadYaml(path, (*file)->getBuffer(), base);
  return loadJson(path, (*file)->getBuffer(), base);
}

/// The keys of the top-level object of valid JSON `text`, each with the
/// offset of its opening quote, in file order and with repeats: llvm::json
/// keeps no positions and silently keeps the last value of a repeated key.
static std::vector<std::pair<size_t, std::string>>
scanTopLevelKeys(StringRef text) {
  std::vector<std::pair<size_t, std::string>> keys;
  int depth = 0;
  bool expectKey = false;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '"') {
      size_t start = i;
      for (++i; i < text.size() && text[i] != '"'; ++i)
        if (text[i] == '\\')
          ++i;
      if (depth == 1 && expectKey)
        keys.emplace_back(start, text.slice(start + 1, i).str());
      expectKey = false;
    } else if (c == '{' || c == '[') {
      ++depth;
      expectKey = c == '{' && depth == 1;
    } else if (c == '}' || c == ']') {
      --depth;
    } else if (c == ',' && depth == 1) {
      expectKey = true;
    }
  }
  return keys;
}

Error ConvertOptions::loadJson(StringRef path, StringRef buffer,
                               StringRef base) {
  Expected<json::Value> root = json::parse(buffer);
  if (!root)
    return error(path + ": " + toString(root.takeError()));
  const json::Object *object = root->getAsObject();
  if (!object)
    return error(path + ": expected a JSON object of settings");
  // Keys are located and checked in file order; a repeated key is an
  // error, as in YAML configs.
  SourceMgr sm;
  sm.AddNewSourceBuffer(MemoryBuffer::getMemBuffer(buffer, path, false),
                        SMLoc());
  auto locate = [&](size_t offset) {
    return describeLocation(path, sm,
                            SMLoc::getFromPointer(buffer.data() + offset));
  };
  StringMap<size_t> firstAt;
  for (const auto &[offset, key] : scanTopLevelKeys(buffer)) {
    std::string where = locate(offset);
    if (auto [it, inserted] = firstAt.try_emplace(key, offset); !inserted)
      return error(where + ": duplicate key '" + key + "' (first at " +
                   locate(it->second) + ")");
    Expected<const KeyInfo *> info = lookupConfigKey(key, where);
    if (!info)
      return info.takeError();
    // Known keys have no escapes, so the text is the parsed key.
    const json::Value *found = object->get(key);
    if (!found)
      return error(where + ": cannot read key '" + key + "'");
    const json::Value &value = *found;
    std::optional<std::string> text;
    switch ((*info)->kind) {
    case KeyKind::Int:
      if (std::optional<int64_t> v = value.getAsInteger())
        text = std::to_string(*v);
      break;
    case KeyKind::Number:
      if (std::optional<double> v = value.getAsNumber()) {
        text.emplace();
        raw_string_ostream os(*text);
        os << format("%.17g", *v);
      }
      break;
    case KeyKind::Bool:
      if (std::optional<bool> v = value.getAsBoolean())
        text = *v ? "true" : "false";
      break;
    case KeyKind::Choice:
    case KeyKind::InputFile:
    case KeyKind::InputDir:
    case KeyKind::InputPath:
    case KeyKind::OutputFile:
      if (std::optional<StringRef> v = value.getAsString())
        text = v->str();
      break;
    }
    std::string got;
    raw_string_ostream os(got);
    os << value;
    if (Error e = setFromConfig(**info, text, got, where, base))
      return e;
  }
  return Error::success();
}

Error ConvertOptions::loadYaml(StringRef path, StringRef buffer,
                               StringRef base) {
  SourceMgr sm;
  std::string parseError;
  sm.setDiagHandler(
      [](const SMDiagnostic &diag, void *context) {
        auto *message = static_cast<std::string *>(context);
        if (message->empty())
          *message = (diag.getFilename() + ":" + Twine(diag.getLineNo()) +
                      ":" + Twine(diag.getColumnNo() + 1) + ": " +
                      diag.getMessage())
                         .str();
      },
      &parseError);
  yaml::Stream stream(MemoryBufferRef(buffer, path), sm,
                      /*ShowColors=*/false);
  auto located = [&](yaml::Node *node) {
    return describeLocation(path, sm, node->getSourceRange().Start);
  };
  yaml::document_iterator doc = stream.begin();
  if (doc == stream.end() || !doc->getRoot())
    return error(path + ": expected a YAML mapping of settings");
  auto *mapping = dyn_cast<yaml::MappingNode>(doc->getRoot());
  if (!mapping) {
    if (!parseError.empty())
      return error(parseError);
    return error(located(doc->getRoot()) +
                 ": expected a YAML mapping of settings");
  }
  // Collect first so a syntax error anywhere wins over a key error. Values
  // are read here: the nodes die with their document (++doc below).
  struct Entry {
    std::string key, where;
    std::optional<std::string> text; // a scalar's text
    std::string got;                 // how the value reads in errors
  };
  std::vector<Entry> entries;
  for (yaml::KeyValueNode &entry : *mapping) {
    auto *key = dyn_cast_or_null<yaml::ScalarNode>(entry.getKey());
    if (!parseError.empty())
      break;
    if (!key)
      return error(located(entry.getKey() ? entry.getKey() : mapping) +
                   ": expected a plain key");
    SmallString<32> storage;
    std::string name = key->getValue(storage).str();
    for (const Entry &seen : entries)
      if (seen.key == name)
        return error(located(key) + ": duplicate key '" + name +
                     "' (first at " + seen.where + ")");
    // Every key takes a scalar; its text is checked like a flag's.
    Entry read{name, located(key), std::nullopt, "a YAML collection"};
    yaml::Node *value = entry.getValue();
    if (auto *scalar = dyn_cast_or_null<yaml::ScalarNode>(value)) {
      SmallString<64> valueStorage;
      read.text = scalar->getValue(valueStorage).str();
      read.got = "'" + *read.text + "'";
    } else if (value && isa<yaml::NullNode>(value)) {
      read.got = "nothing";
    }
    entries.push_back(std::move(read));
  }
  ++doc;
  if (parseError.empty() && doc != stream.end())
    return error(path + ": expected one YAML document of settings");
  if (!parseError.empty() || stream.failed())
    return error(parseError.empty() ? path + ": invalid YAML" : parseError);
  for (const Entry &entry : entries) {
    Expected<const KeyInfo *> info = lookupConfigKey(entry.key, entry.where);
    if (!info)
      return info.takeError();
    if (Error e = setFromConfig(**info, entry.text, entry.got, entry.where,
                                base))
      return e;
  }
  return Error::success();
}

std::string ConvertOptions::get(StringRef key, StringRef fallback) const {
  auto it = values.find(key);
  return it == values.end() ? fallback.str() : it->second;
}

int64_t ConvertOptions::getInt(StringRef key, int64_t fallback) const {
  auto it = values.find(key);
  int64_t value;
  if (it == values.end() || StringRef(it->second).getAsInteger(10, value))
    return fallback;
  return value;
}

Error ConvertOptions::checkPaths() const {
  for (const KeyInfo &info : getKeys()) {
    auto it = values.find(info.key);
    if (it == values.end())
      continue;
    const std::string &path = it->second;
    switch (info.kind) {
    case KeyKind::InputFile:
      if (!sys::fs::is_regular_file(path))
        return error("'" + Twine(info.key) + "': no such file '" + path + "'");
      break;
    case KeyKind::InputPath:
      if (!sys::fs::exists(path))
        return error("'" + Twine(info.key) + "': no such file or directory '" +
                     path + "'");
      break;
    case KeyKind::InputDir:
      if (!sys::fs::is_directory(path))
        return error("'" + Twine(info.key) + "': no such directory '" + path +
                     "'");
      break;
    case KeyKind::OutputFile: {
      StringRef dir = sys::path::parent_path(path);
      if (!dir.empty() && !sys::fs::is_directory(dir))
        return error("'" + Twine(info.key) + "': no such directory '" + dir +
                     "' for '" + path + "'");
      break;
    }
    default:
      break;
    }
  }
  return Error::success();
}

std::string ConvertOptions::getPipelineOptions() const {
  std::string text;
  bool quantize = false;
  for (const KeyInfo &info : getKeys()) {
    auto it = values.find(info.key);
    if (it == values.end() || !info.pipelineOption)
      continue;
    if (StringRef(info.pipelineOption) == "quantize") {
      quantize |= it->second == "true";
      continue;
    }
    // Any quantization setting asks for quantization.
    if (is_contained({"weight-dtype", "granularity", "activation-dtype",
                      "input-type", "output-type"},
                     StringRef(info.pipelineOption)))
      quantize = true;
    text += (text.empty() ? "" : " ") + std::string(info.pipelineOption) +
            "=" + it->second;
  }
  // An explicit quantize=false wins over the implication.
  if (get("quantize") == "false")
    quantize = false;
  if (quantize)
    text += (text.empty() ? "" : " ") + std::string("quantize=true");
  return text;
}
