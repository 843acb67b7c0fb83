//===- CircleOps.cpp - circle op verifiers --------------------------------===//
//
// Verifiers check what the Circle runtime requires of an operator's inputs
// beyond the ODS type constraints.
//
//===----------------------------------------------------------------------===//

#include "tico/Dialect/Circle/IR/CircleOps.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/OpImplementation.h"

using namespace mlir;
using namespace mlir::tico;
using namespace mlir::tico::circle;

/// The rank of `value`'s type, or nullopt when it is unranked or none.
static std::optional<int64_t> getRank(Value value) {
  if (auto ranked = dyn_cast<RankedTensorType>(value.getType()))
    return ranked.getRank();
  return std::nullopt;
}

//===----------------------------------------------------------------------===//
// ConstOp
//===----------------------------------------------------------------------===//

LogicalResult ConstOp::verify() {
  auto valueType = cast<ShapedType>(getValue().getType());
  auto resultType = cast<ShapedType>(getOutput().getType());
  if (!isStorageTypeOf(valueType, resultType))
    return emitOpError("value of type ")
           << valueType << " cannot initialize a tensor of type " << resultType;
  return success();
}

//===----------------------------------------------------------------------===//
// CustomOp
//===----------------------------------------------------------------------===//

LogicalResult CustomOp::verify() {
  if (getCustomCode().empty())
    return emitOpError("expected a non-empty custom_code");
  return success();
}

//===----------------------------------------------------------------------===//
// FullyConnectedOp
//===----------------------------------------------------------------------===//

LogicalResult FullyConnectedOp::verify() {
  auto filterRank = getRank(getFilter());
  if (filterRank && *filterRank != 2)
    return emitOpError("expected a rank-2 filter [out, in], got rank ")
           << *filterRank;
  auto filterType = dyn_cast<RankedTensorType>(getFilter().getType());
  auto inputType = dyn_cast<RankedTensorType>(getInput().getType());
  if (filterType && inputType && inputType.getRank() > 0) {
    int64_t in = inputType.getDimSize(inputType.getRank() - 1);
    int64_t filterIn = filterType.getDimSize(1);
    if (!ShapedType::isDynamic(in) && !ShapedType::isDynamic(filterIn) &&
        in != filterIn)
      return emitOpError("input depth ")
             << in << " does not match filter input size " << filterIn;
  }
  if (auto biasRank = getRank(getBias()); biasRank && *biasRank != 1)
    return emitOpError("expected a rank-1 bias, got rank ") << *biasRank;
  return success();
}

//===----------------------------------------------------------------------===//
// RmsNormOp
//===----------------------------------------------------------------------===//

LogicalResult RmsNormOp::verify() {
  if (getEpsilon().convertToFloat() < 0.0f)
    return emitOpError("expected a non-negative epsilon, got ")
           << getEpsilon().convertToFloat();
  auto inputType = dyn_cast<RankedTensorType>(getInput().getType());
  auto gammaType = dyn_cast<RankedTensorType>(getGamma().getType());
  if (!inputType || !gammaType)
    return success();
  if (gammaType.getRank() != 1)
    return emitOpError("expected a rank-1 gamma, got rank ")
           << gammaType.getRank();
  if (inputType.getRank() == 0)
    return emitOpError("expected an input of rank >= 1");
  int64_t depth = inputType.getDimSize(inputType.getRank() - 1);
  int64_t gammaSize = gammaType.getDimSize(0);
  if (!ShapedType::isDynamic(depth) && !ShapedType::isDynamic(gammaSize) &&
      depth != gammaSize)
    return emitOpError("gamma size ")
           << gammaSize << " does not match the last input dimension "
           << depth;
  return success();
}

#define GET_OP_CLASSES
#include "tico/Dialect/Circle/IR/CircleOps.cpp.inc"
