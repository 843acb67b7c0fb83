//===- NestingDepth.h - bound the bracket nesting of .mlir text -*- C++ -*-===//
//
// MLIR's parser, verifier and printer recurse once per nested region, type
// or attribute; a few thousand levels overflow the stack (tico-opt crashed
// on 5000 nested `module {`). Tools check the text first and refuse deeper
// input with a located error. Real models nest a few dozen levels.
//
//===----------------------------------------------------------------------===//
#ifndef TICO_SUPPORT_NESTINGDEPTH_H
#define TICO_SUPPORT_NESTINGDEPTH_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/raw_ostream.h"

#include <cstddef>

namespace mlir::tico {

/// The deepest bracket nesting tico tools accept in .mlir text.
constexpr unsigned kMaxNestingDepth = 512;

/// The offset of the first bracket ((, [, {, <) that opens level
/// `maxDepth + 1` outside string literals and comments, or npos. `->` does
/// not close a `<`.
inline size_t findExcessiveNesting(llvm::StringRef text,
                                   unsigned maxDepth = kMaxNestingDepth) {
  unsigned depth = 0;
  for (size_t i = 0, e = text.size(); i < e; ++i) {
    char c = text[i];
    if (c == '"') {
      for (++i; i < e && text[i] != '"'; ++i)
        if (text[i] == '\\')
          ++i;
    } else if (c == '/' && i + 1 < e && text[i + 1] == '/') {
      i = text.find('\n', i);
      if (i == llvm::StringRef::npos)
        break;
    } else if (c == '(' || c == '[' || c == '{' || c == '<') {
      if (++depth > maxDepth)
        return i;
    } else if ((c == ')' || c == ']' || c == '}' ||
                (c == '>' && (i == 0 || text[i - 1] != '-'))) &&
               depth > 0) {
      --depth;
    }
  }
  return llvm::StringRef::npos;
}

/// Reports excessive nesting in the main buffer of `sourceMgr` as
/// "file:line:col: error: ..." on `os`; returns true when the text is fine.
inline bool checkNestingDepth(const llvm::SourceMgr &sourceMgr,
                              llvm::raw_ostream &os) {
  unsigned id = sourceMgr.getMainFileID();
  llvm::StringRef text = sourceMgr.getMemoryBuffer(id)->getBuffer();
  // MLIR bytecode is not text (its bytes are no brackets) and its reader
  // does not recurse per byte; scanning GBs of weights would only cost time.
  if (text.starts_with("ML\xefR"))
    return true;
  size_t at = findExcessiveNesting(text);
  if (at == llvm::StringRef::npos)
    return true;
  sourceMgr.PrintMessage(os, llvm::SMLoc::getFromPointer(text.data() + at),
                         llvm::SourceMgr::DK_Error,
                         "brackets nest deeper than " +
                             llvm::Twine(kMaxNestingDepth) +
                             " levels; tico refuses such input rather than "
                             "overflow the parser's stack");
  return false;
}

} // namespace mlir::tico

#endif // TICO_SUPPORT_NESTINGDEPTH_H
