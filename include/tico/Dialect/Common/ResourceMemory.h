//===- ResourceMemory.h - releasing the memory of dead weight blobs -*- C++ -*-===//
//
// A pass that replaces a GB-sized float weight (quantization) can give its
// memory back: a heap blob is freed; a blob that points into an input file
// the tool memory-mapped read-only has its pages dropped from the process
// (they stay in the page cache; reading them again would fault them back).
//
//===----------------------------------------------------------------------===//
#ifndef TICO_DIALECT_COMMON_RESOURCEMEMORY_H
#define TICO_DIALECT_COMMON_RESOURCEMEMORY_H

#include "mlir/IR/BuiltinAttributes.h"
#include "llvm/Support/MemoryBuffer.h"

namespace mlir::tico {

/// Records `buffer` as a read-only file mapping whose pages
/// releaseResourceBlob may drop; buffers that are not memory-mapped
/// (read onto the heap, stdin) are ignored. The buffer must stay alive
/// until exit (the tools keep it in their source manager).
void registerMappedInput(const llvm::MemoryBuffer &buffer);

/// Drops the pages wholly inside `bytes` from the process when they lie in
/// a registered mapping (madvise(MADV_DONTNEED)); returns the bytes dropped.
size_t dropMappedPages(ArrayRef<char> bytes);

/// Releases the data of `attr`'s blob: its entry gets an empty blob (a heap
/// blob's deleter frees it) and mapped pages are dropped. Only for a blob
/// that no attribute of any live operation still references; afterwards
/// the blob reads as empty. Returns the bytes the blob held.
size_t releaseResourceBlob(DenseResourceElementsAttr attr);

} // namespace mlir::tico

#endif // TICO_DIALECT_COMMON_RESOURCEMEMORY_H
