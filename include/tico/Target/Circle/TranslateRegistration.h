//===- TranslateRegistration.h - Circle translations ------------*- C++ -*-===//
#ifndef TICO_TARGET_CIRCLE_TRANSLATEREGISTRATION_H
#define TICO_TARGET_CIRCLE_TRANSLATEREGISTRATION_H

#include "tico/Target/Circle/CircleExport.h"

#include <cstddef>

namespace mlir::tico::circle {

/// Settings of the Circle translations; the tool binds its command-line
/// options to one instance that outlives the registrations.
struct CircleTranslateOptions {
  CircleExportOptions exportOptions;
  /// Imported constants of at least this many bytes reference the input
  /// buffer instead of being copied.
  size_t referenceThreshold = size_t(1) << 20;
};

/// Registers `--to-circle`, `--from-circle` and `--test-circle-roundtrip`.
void registerCircleTranslations(const CircleTranslateOptions &options);

} // namespace mlir::tico::circle

#endif // TICO_TARGET_CIRCLE_TRANSLATEREGISTRATION_H
