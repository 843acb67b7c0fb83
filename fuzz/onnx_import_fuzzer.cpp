//===- onnx_import_fuzzer.cpp - .onnx bytes -> import, verify -------------===//
//
// Feeds arbitrary bytes to the ONNX importer (protobuf parse, ONNX checker
// and shape inference, our converters); what it accepts must verify.
// External data resolves against the working directory (scripts/fuzz runs
// from the source root), as for a model read from stdin.
//
//===----------------------------------------------------------------------===//

#include "FuzzContext.h"

#include "tico/Target/ONNX/ONNXImport.h"

#include "mlir/IR/Verifier.h"

using namespace mlir;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  static tico_fuzz::FuzzContext fuzzContext;
  static const tico::onnx_import::ONNXImportOptions options;
  MLIRContext &context = fuzzContext.get();
  StringRef bytes(reinterpret_cast<const char *>(data), size);
  Location loc = FileLineColLoc::get(&context, "input.onnx", 0, 0);
  OwningOpRef<ModuleOp> module = tico::onnx_import::importFromONNX(
      bytes, /*modelPath=*/"", &context, loc, options);
  if (module && failed(verify(*module)))
    tico_fuzz::invariantBroken("an imported ONNX model does not verify");
  return 0;
}
