//===- ConvertOptions.h - tico-convert's settings ---------------*- C++ -*-===//
//
// Every setting of tico-convert has one key, given in a JSON or YAML config
// (`"pad_token_id": 0`, `pad_token_id: 0`) or as a flag (`--pad-token-id=0`;
// flags win). One key table, shared by both readers and the flags, says its
// type and, for pipeline settings, the tico-pipeline option it becomes, so
// the pipeline's own parser applies the preset.
//
//===----------------------------------------------------------------------===//
#ifndef TICO_TOOLS_TICO_CONVERT_CONVERTOPTIONS_H
#define TICO_TOOLS_TICO_CONVERT_CONVERTOPTIONS_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/Error.h"

#include <optional>
#include <string>
#include <vector>

namespace tico_convert {

enum class KeyKind {
  Int,
  Number,
  Bool,
  Choice,
  InputFile,
  InputDir,
  InputPath, // a file or a directory
  OutputFile
};

struct KeyInfo {
  const char *key;            // config key (snake_case); the flag is kebab-case
  KeyKind kind;
  const char *pipelineOption; // tico-pipeline option, or null (tool only)
  const char *help;
  std::vector<const char *> choices = {};
};

/// The known keys, in the order `--help` and the docs list them.
llvm::ArrayRef<KeyInfo> getKeys();

/// `pad_token_id` -> `pad-token-id`.
std::string flagName(llvm::StringRef key);

/// The settings, each as validated text ("9", "true", "int16", a path).
class ConvertOptions {
public:
  /// Reads a config: a JSON object, or a YAML mapping for `.yaml`/`.yml`,
  /// with the same keys. An unknown key, a value of the wrong type or a
  /// choice not in the list is an error naming the key and its location.
  llvm::Error loadConfig(llvm::StringRef path);
  /// Sets `key` from a flag's text (same checks as the config).
  llvm::Error set(llvm::StringRef key, llvm::StringRef text,
                  llvm::StringRef origin);

  bool has(llvm::StringRef key) const { return values.count(key); }
  std::string get(llvm::StringRef key, llvm::StringRef fallback = "") const;
  int64_t getInt(llvm::StringRef key, int64_t fallback) const;

  /// Paths given in the config are relative to the config's directory.
  /// Checks the files and directories the keys name exist (and that an
  /// output's directory does).
  llvm::Error checkPaths() const;

  /// `preset=gemma4 pad-token-id=0 ...` for TicoPipelineOptions.
  std::string getPipelineOptions() const;

private:
  llvm::Error loadJson(llvm::StringRef path, llvm::StringRef buffer,
                       llvm::StringRef base);
  llvm::Error loadYaml(llvm::StringRef path, llvm::StringRef buffer,
                       llvm::StringRef base);
  /// Sets a key read from a config at `where`: `text` is the value as text,
  /// or none when it is not of the key's type (`got` shows it).
  llvm::Error setFromConfig(const KeyInfo &info,
                            std::optional<std::string> text,
                            llvm::StringRef got, llvm::StringRef where,
                            llvm::StringRef base);
  llvm::Error setValue(const KeyInfo &info, llvm::StringRef text,
                       llvm::StringRef origin);
  llvm::StringMap<std::string> values;
};

} // namespace tico_convert

#endif // TICO_TOOLS_TICO_CONVERT_CONVERTOPTIONS_H
