//===- ImportQuant.cpp - QuantizeLinear / DequantizeLinear ----------------===//

#include "ImportContext.h"

using namespace mlir;
using namespace mlir::tico;
using namespace mlir::tico::onnx_import;

void mlir::tico::onnx_import::registerQuantConverters(ConverterRegistry &) {}
