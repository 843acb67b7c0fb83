//===- ResourceMemory.cpp - releasing the memory of dead weight blobs -----===//

#include "tico/Dialect/Common/ResourceMemory.h"

#include "mlir/IR/DialectResourceBlobManager.h"
#include "llvm/Support/Process.h"

#include <mutex>
#include <vector>

#if defined(__unix__) || defined(__APPLE__)
#include <sys/mman.h>
#define TICO_HAVE_MADVISE 1
#endif

using namespace mlir;

namespace {
struct MappedRanges {
  std::mutex mutex;
  std::vector<std::pair<uintptr_t, uintptr_t>> ranges; // [begin, end)
};
} // namespace

static MappedRanges &getMappedRanges() {
  static MappedRanges ranges;
  return ranges;
}

void mlir::tico::registerMappedInput(const llvm::MemoryBuffer &buffer) {
  if (buffer.getBufferKind() != llvm::MemoryBuffer::MemoryBuffer_MMap)
    return;
  auto begin = reinterpret_cast<uintptr_t>(buffer.getBufferStart());
  MappedRanges &mapped = getMappedRanges();
  std::lock_guard<std::mutex> lock(mapped.mutex);
  mapped.ranges.push_back({begin, begin + buffer.getBufferSize()});
}

size_t mlir::tico::dropMappedPages(ArrayRef<char> bytes) {
#ifdef TICO_HAVE_MADVISE
  auto begin = reinterpret_cast<uintptr_t>(bytes.data());
  uintptr_t end = begin + bytes.size();
  {
    MappedRanges &mapped = getMappedRanges();
    std::lock_guard<std::mutex> lock(mapped.mutex);
    if (llvm::none_of(mapped.ranges, [&](const auto &range) {
          return range.first <= begin && end <= range.second;
        }))
      return 0;
  }
  // Only whole pages: the neighbours' bytes share the partial ones.
  uintptr_t page = llvm::sys::Process::getPageSizeEstimate();
  uintptr_t first = (begin + page - 1) / page * page;
  uintptr_t last = end / page * page;
  if (last <= first)
    return 0;
  if (::madvise(reinterpret_cast<void *>(first), last - first,
                MADV_DONTNEED) != 0)
    return 0;
  return last - first;
#else
  (void)bytes;
  return 0;
#endif
}

size_t mlir::tico::releaseResourceBlob(DenseResourceElementsAttr attr) {
  DenseResourceElementsHandle handle = attr.getRawHandle();
  AsmResourceBlob *blob = handle.getBlob();
  if (!blob)
    return 0;
  ArrayRef<char> bytes = blob->getData();
  dropMappedPages(bytes);
  // Assigning runs the old blob's deleter: a heap blob is freed, a blob
  // into the input buffer lets go of its reference to it.
  handle.getResource()->setBlob(AsmResourceBlob());
  return bytes.size();
}
