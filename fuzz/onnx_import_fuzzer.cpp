//===- onnx_import_fuzzer.cpp - .onnx bytes -> import, verify -------------===//
//
// Prepared for the ONNX importer (built only when the TicoONNXTarget library
// exists, see CMakeLists.txt): arbitrary bytes go to the importer; what it
// accepts must verify. Adjust the call if the importer's entry point differs.
//
//===----------------------------------------------------------------------===//

#include "FuzzContext.h"

#include "tico/Target/ONNX/ONNXImport.h"

#include "mlir/IR/Verifier.h"

using namespace mlir;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  static tico_fuzz::FuzzContext fuzzContext;
  MLIRContext &context = fuzzContext.get();
  StringRef bytes(reinterpret_cast<const char *>(data), size);
  Location loc = FileLineColLoc::get(&context, "input.onnx", 0, 0);
  OwningOpRef<ModuleOp> module =
      tico::onnx::importFromONNX(bytes, &context, loc);
  if (module && failed(verify(*module)))
    tico_fuzz::invariantBroken("an imported ONNX model does not verify");
  return 0;
}
