//===- CalibrationConfig.cpp - per-op calibration settings ----------------===//

#include "CalibrationConfig.h"

#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/Operation.h"
#include "llvm/ADT/StringSwitch.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"

using namespace mlir;
using namespace mlir::tico::quantization;

static std::optional<QDType> parseShortDType(llvm::StringRef name) {
  return llvm::StringSwitch<std::optional<QDType>>(name)
      .Cases({"u8", "uint8"}, QDType::UInt8)
      .Cases({"i8", "int8"}, QDType::Int8)
      .Cases({"i16", "int16"}, QDType::Int16)
      .Cases({"i4", "int4"}, QDType::Int4)
      .Default(std::nullopt);
}

std::optional<QDType>
mlir::tico::quantization::parseActivationDType(llvm::StringRef name) {
  std::optional<QDType> dtype = parseShortDType(name);
  if (dtype == QDType::Int4)
    return std::nullopt;
  return dtype;
}

std::optional<QDType>
mlir::tico::quantization::parseWeightDType(llvm::StringRef name) {
  return parseShortDType(name);
}

std::optional<QDType>
mlir::tico::quantization::defaultWeightDType(QDType activation) {
  return activation == QDType::UInt8 ? QDType::UInt8 : QDType::Int8;
}

LogicalResult mlir::tico::quantization::checkDTypePair(Location loc,
                                                       QDType activation,
                                                       QDType weight) {
  bool ok = activation == QDType::UInt8 ? weight == QDType::UInt8
                                        : weight != QDType::UInt8;
  if (activation == QDType::Int8 && weight == QDType::Int16)
    ok = false;
  if (ok)
    return success();
  return emitError(loc, "Circle has no kernels for ")
         << toString(activation) << " activations with " << toString(weight)
         << " weights (supported: uint8/uint8, int8/int8|int4, "
            "int16/int8|int16|int4)";
}

FailureOr<CalibrationConfig>
CalibrationConfig::load(llvm::StringRef path, Location errorLoc) {
  CalibrationConfig config(path, errorLoc);
  auto fail = [&](const llvm::Twine &message) {
    return emitError(errorLoc, "config '") << path << "': " << message;
  };
  auto file = llvm::MemoryBuffer::getFile(path, /*IsText=*/true);
  if (!file)
    return fail("cannot open: " + file.getError().message());
  llvm::Expected<llvm::json::Value> json =
      llvm::json::parse((*file)->getBuffer());
  if (!json)
    return fail(llvm::toString(json.takeError()));
  llvm::json::Object *root = json->getAsObject();
  llvm::json::Array *entries = root ? root->getArray("overrides") : nullptr;
  if (!entries || root->size() != 1)
    return fail("expected an object with one key, \"overrides\" (an array)");
  for (auto [index, value] : llvm::enumerate(*entries)) {
    std::string where = "override " + std::to_string(index);
    llvm::json::Object *entry = value.getAsObject();
    if (!entry)
      return fail(where + ": expected an object");
    Override o;
    for (auto &[key, field] : *entry) {
      std::optional<llvm::StringRef> text = field.getAsString();
      if (key == "float") {
        std::optional<bool> flag = field.getAsBoolean();
        if (!flag)
          return fail(where + ": \"float\" must be true or false");
        o.keepFloat = *flag;
        continue;
      }
      if (!text)
        return fail(where + ": \"" + key.str() + "\" must be a string");
      if (key == "name") {
        o.name = text->str();
      } else if (key == "location") {
        o.location = text->str();
      } else if (key == "op") {
        o.opName = text->str();
      } else if (key == "dtype") {
        o.activation = parseActivationDType(*text);
        if (!o.activation)
          return fail(where + ": dtype must be u8, i8 or i16, got '" + *text +
                      "'");
      } else if (key == "weight_dtype") {
        o.weight = parseWeightDType(*text);
        if (!o.weight)
          return fail(where + ": weight_dtype must be u8, i8, i16 or i4, "
                              "got '" + *text + "'");
      } else if (key == "granularity") {
        if (*text != "per-channel" && *text != "per-tensor")
          return fail(where + ": granularity must be per-channel or "
                              "per-tensor, got '" + *text + "'");
        o.perChannel = *text == "per-channel";
      } else {
        return fail(where + ": unknown key \"" + key.str() +
                    "\" (expected name, location, op, dtype, "
                    "weight_dtype, granularity, float)");
      }
    }
    if (o.name.empty() + o.location.empty() + o.opName.empty() != 2)
      return fail(where + ": expected exactly one of \"name\", "
                          "\"location\" and \"op\"");
    config.overrides.push_back(std::move(o));
  }
  return config;
}

/// Whether `loc` carries a NameLoc called `name`.
static bool hasName(Location loc, llvm::StringRef name) {
  bool found = false;
  loc->walk([&](Location inner) {
    if (auto named = dyn_cast<NameLoc>(inner))
      found |= named.getName() == name;
    return found ? WalkResult::interrupt() : WalkResult::advance();
  });
  return found;
}

LogicalResult CalibrationConfig::apply(
    Block &block, const OpSettings &defaults,
    llvm::DenseMap<Operation *, OpSettings> &settings) const {
  for (auto [index, o] : llvm::enumerate(overrides)) {
    bool matched = false;
    for (Operation &op : block) {
      if (!o.name.empty()) {
        if (!hasName(op.getLoc(), o.name))
          continue;
      } else if (!o.opName.empty()) {
        if (op.getName().getStringRef() != o.opName)
          continue;
      } else {
        std::string text;
        llvm::raw_string_ostream os(text);
        op.getLoc().print(os);
        if (text.find(o.location) == std::string::npos)
          continue;
      }
      matched = true;
      auto [it, inserted] = settings.try_emplace(&op, defaults);
      OpSettings &s = it->second;
      if (o.activation) {
        s.activation = *o.activation;
        s.activationOverridden = true;
        // The weight follows the activation unless the entry names one.
        if (!o.weight)
          s.weight = *defaultWeightDType(*o.activation);
      }
      if (o.weight)
        s.weight = *o.weight;
      if (o.perChannel)
        s.perChannel = *o.perChannel;
      if (o.keepFloat)
        s.keepFloat = *o.keepFloat;
    }
    if (!matched)
      return emitError(errorLoc, "config '")
             << path << "': override " << index << " ("
             << (!o.name.empty()     ? "name '" + o.name + "'"
                 : !o.opName.empty() ? "op '" + o.opName + "'"
                                     : "location '" + o.location + "'")
             << ") matches no op of the function";
  }
  return success();
}
