//===- TranslateRegistration.h - ONNX translations --------------*- C++ -*-===//
#ifndef TICO_TARGET_ONNX_TRANSLATEREGISTRATION_H
#define TICO_TARGET_ONNX_TRANSLATEREGISTRATION_H

#include "tico/Target/ONNX/ONNXImport.h"

namespace mlir::tico::onnx_import {

/// Registers `--from-onnx`; the tool binds its command-line options to
/// `options`, which must outlive the registration.
void registerONNXTranslations(const ONNXImportOptions &options);

} // namespace mlir::tico::onnx_import

#endif // TICO_TARGET_ONNX_TRANSLATEREGISTRATION_H
