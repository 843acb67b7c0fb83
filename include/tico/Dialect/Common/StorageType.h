//===- StorageType.h - constants whose values use a storage type -*- C++ -*-===//
//
// A quantized constant stores integers (its storage type) while its result
// has a `!quant.uniform` element type. tq and circle constants share these
// helpers and the `custom<StorageResultType>` assembly directive.
//
//===----------------------------------------------------------------------===//
#ifndef TICO_DIALECT_COMMON_STORAGETYPE_H
#define TICO_DIALECT_COMMON_STORAGETYPE_H

#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/OpImplementation.h"

namespace mlir::tico {

/// The storage type of a quantized element type, else the type itself.
Type getStorageElementType(Type elementType);

/// True when a constant of type `valueType` can initialize a tensor of type
/// `type`: equal, or equal after replacing quantized elements by storage.
bool isStorageTypeOf(ShapedType valueType, ShapedType type);

/// A constant's value, followed by `-> type` only when the result type
/// differs from the value's own type (quantized constants).
ParseResult parseStorageResultType(OpAsmParser &parser, Attribute &value,
                                   Type &type);
void printStorageResultType(OpAsmPrinter &printer, Operation *op,
                            Attribute value, Type type);

} // namespace mlir::tico

#endif // TICO_DIALECT_COMMON_STORAGETYPE_H
