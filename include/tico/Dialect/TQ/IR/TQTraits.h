//===- TQTraits.h - traits shared by tq ops ---------------------*- C++ -*-===//
#ifndef TICO_DIALECT_TQ_IR_TQTRAITS_H
#define TICO_DIALECT_TQ_IR_TQTRAITS_H

#include "mlir/IR/OpDefinition.h"

namespace mlir::tico::tq {

/// Checks the SameElementKind rule over all operands and results of `op`.
LogicalResult verifySameElementKind(Operation *op);

/// Checks the SameElementKind rule over `types` only; ops with integer index
/// or bool condition operands use it on their data values.
LogicalResult verifySameElementKind(Operation *op, ArrayRef<Type> types);

namespace OpTrait {
/// Float operands/results share one element type; quantized ones share one
/// expressed type. Mixing float and quantized values is an error.
template <typename ConcreteType>
class SameElementKind
    : public ::mlir::OpTrait::TraitBase<ConcreteType, SameElementKind> {
public:
  static LogicalResult verifyTrait(Operation *op) {
    return verifySameElementKind(op);
  }
};
} // namespace OpTrait
} // namespace mlir::tico::tq

#endif // TICO_DIALECT_TQ_IR_TQTRAITS_H
