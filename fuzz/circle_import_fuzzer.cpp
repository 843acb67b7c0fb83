//===- circle_import_fuzzer.cpp - .circle bytes -> import, check, export --===//
//
// Feeds arbitrary bytes to the Circle importer and the model checker. A file
// the importer accepts must export again, and the exported file must import
// and pass the checker without errors: the round trip is the invariant
// besides "no crash".
//
//===----------------------------------------------------------------------===//

#include "FuzzContext.h"

#include "tico/Target/Circle/CircleExport.h"
#include "tico/Target/Circle/CircleImport.h"
#include "tico/Target/Circle/ModelCheck.h"

#include "mlir/IR/Location.h"
#include "llvm/Support/MemoryBuffer.h"

using namespace mlir;

/// The importer needs the 16-byte alignment a mapped file has.
static std::unique_ptr<llvm::WritableMemoryBuffer> alignedCopy(const char *data,
                                                               size_t size) {
  auto buffer = llvm::WritableMemoryBuffer::getNewUninitMemBuffer(
      size, "input", llvm::Align(16));
  if (size)
    memcpy(buffer->getBufferStart(), data, size);
  return buffer;
}

static StringRef getBytes(const llvm::MemoryBuffer &buffer) {
  return buffer.getBuffer();
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  static tico_fuzz::FuzzContext fuzzContext;
  MLIRContext &context = fuzzContext.get();
  auto input = alignedCopy(reinterpret_cast<const char *>(data), size);
  StringRef bytes = getBytes(*input);

  (void)tico::circle::checkModel(bytes);
  Location loc = FileLineColLoc::get(&context, "input.circle", 0, 0);
  OwningOpRef<ModuleOp> module =
      tico::circle::importFromCircle(bytes, &context, loc);
  if (!module)
    return 0;

  std::string exported;
  llvm::raw_string_ostream os(exported);
  if (failed(tico::circle::exportToCircle(*module, os)))
    tico_fuzz::invariantBroken("an imported model does not export");
  auto again = alignedCopy(exported.data(), exported.size());
  if (!tico::circle::importFromCircle(getBytes(*again), &context, loc))
    tico_fuzz::invariantBroken("an exported model does not import");
  if (!tico::circle::checkModel(getBytes(*again)).ok())
    tico_fuzz::invariantBroken("an exported model fails the model check");
  return 0;
}
