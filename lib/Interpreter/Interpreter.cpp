//===- Interpreter.cpp - Run a function op by op ---------------------------===//

#include "tico/Interpreter/Interpreter.h"
#include "tico/Interpreter/KernelRegistry.h"

#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/DialectResourceBlobManager.h"
#include "mlir/IR/BuiltinDialect.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/Support/raw_ostream.h"

#include <cstring>

namespace mlir::tico::interp {

const KernelRegistry &KernelRegistry::get() {
  static const KernelRegistry registry = [] {
    KernelRegistry r;
    registerElementwiseKernels(r);
    registerReductionKernels(r);
    registerLayoutKernels(r);
    registerLinearAlgebraKernels(r);
    registerNormalizationKernels(r);
    registerGatherScatterKernels(r);
    registerQuantizationKernels(r);
    return r;
  }();
  return registry;
}

std::string getArgumentName(func::FuncOp func, unsigned index) {
  if (auto name = func.getArgAttrOfType<StringAttr>(index, "tico.name"))
    return name.getValue().str();
  return "arg" + std::to_string(index);
}

std::string getResultName(func::FuncOp func, unsigned index) {
  if (auto name = func.getResultAttrOfType<StringAttr>(index, "tico.name"))
    return name.getValue().str();
  return "output" + std::to_string(index);
}

static std::string formatShape(ArrayRef<int64_t> shape) {
  std::string text;
  llvm::raw_string_ostream os(text);
  os << "[";
  llvm::interleaveComma(shape, os);
  os << "]";
  return text;
}

/// Whether `bytes` can back a tensor in place: elements read through typed
/// pointers need their natural alignment.
static bool isAligned(ArrayRef<char> bytes, unsigned width) {
  return width && reinterpret_cast<uintptr_t>(bytes.data()) % width == 0;
}

FailureOr<HostTensor> loadConstant(Location loc, ElementsAttr value,
                                   RankedTensorType type) {
  if (!type.hasStaticShape())
    return emitError(loc, "expected a static constant shape, got ") << type;
  Type elementType = type.getElementType();
  if (getElementKind(elementType) == ElementKind::Unknown)
    return emitError(loc, "not supported yet: constant of element type ")
           << elementType;
  unsigned width = getElementByteWidth(elementType);
  int64_t numElements = getCheckedNumElements(elementType, type.getShape());
  size_t bytes = static_cast<size_t>(numElements) * width;
  Type attrElement = value.getElementType();
  unsigned attrBits =
      attrElement.isIntOrFloat() ? attrElement.getIntOrFloatBitWidth() : 0;
  bool rawCompatible = attrBits == width * 8;

  // Constants are read in place (borrowed), not copied: a run over many
  // samples would otherwise copy every weight once per sample. Unaligned
  // data is copied once.
  auto fromRaw = [&](ArrayRef<char> raw) {
    if (isAligned(raw, width) || raw.empty())
      return HostTensor::borrow(elementType, type.getShape(), raw);
    HostTensor tensor(elementType, type.getShape());
    std::memcpy(tensor.getMutableBytes().data(), raw.data(), bytes);
    return tensor;
  };
  if (auto resource = dyn_cast<DenseResourceElementsAttr>(value)) {
    AsmResourceBlob *blob = resource.getRawHandle().getBlob();
    if (!blob)
      return emitError(loc, "expected the data of dense_resource constant '")
             << resource.getRawHandle().getKey() << "', got none (elided?)";
    ArrayRef<char> data = blob->getData();
    if (!rawCompatible || data.size() != bytes)
      return emitError(loc, "expected ")
             << bytes << " bytes in dense_resource constant, got "
             << data.size();
    return fromRaw(data);
  }
  auto dense = dyn_cast<DenseIntOrFPElementsAttr>(value);
  if (!dense)
    return emitError(loc, "not supported yet: constant attribute ") << value;
  if (dense.getNumElements() != numElements)
    return emitError(loc, "expected ")
           << numElements << " constant elements, got "
           << dense.getNumElements();
  if (rawCompatible && attrBits >= 8 && !dense.isSplat())
    return fromRaw(dense.getRawData());
  HostTensor tensor(elementType, type.getShape());
  if (rawCompatible && attrBits >= 8) { // a splat
    ArrayRef<char> raw = dense.getRawData();
    for (int64_t i = 0; i < tensor.getNumElements(); ++i)
      std::memcpy(tensor.getElementPtr(i), raw.data(), width);
    return tensor;
  }
  if (isa<IntegerType>(attrElement)) {
    int64_t i = 0;
    for (const APInt &v : dense.getValues<APInt>())
      tensor.setInt(i++, attrBits == 1 ? static_cast<int64_t>(v.getZExtValue())
                                       : v.getSExtValue());
    return tensor;
  }
  int64_t i = 0;
  for (const APFloat &v : dense.getValues<APFloat>()) {
    bool lost;
    APFloat copy = v;
    copy.convert(APFloat::IEEEdouble(), APFloat::rmNearestTiesToEven, &lost);
    tensor.setDouble(i++, copy.convertToDouble());
  }
  return tensor;
}

/// Checks the static result types and allocates zero-filled results.
static LogicalResult allocateResults(Operation *op,
                                     SmallVectorImpl<HostTensor> &results) {
  for (Type type : op->getResultTypes()) {
    auto tensorType = dyn_cast<RankedTensorType>(type);
    if (!tensorType || !tensorType.hasStaticShape())
      return op->emitOpError("not supported yet: result type ")
             << type << " (the interpreter needs static shapes)";
    if (getElementKind(tensorType.getElementType()) == ElementKind::Unknown)
      return op->emitOpError("not supported yet: element type ")
             << tensorType.getElementType();
    results.emplace_back(tensorType.getElementType(), tensorType.getShape());
  }
  return success();
}

static bool hasQuantized(Operation *op) {
  auto isQuant = [](Type type) {
    auto tensor = dyn_cast<ShapedType>(type);
    return tensor && getElementKind(tensor.getElementType()) ==
                         ElementKind::Quant;
  };
  return llvm::any_of(op->getOperandTypes(), isQuant) ||
         llvm::any_of(op->getResultTypes(), isQuant);
}

FailureOr<SmallVector<HostTensor>>
runFunction(func::FuncOp func, ArrayRef<HostTensor> inputs,
            const OpObserver &observer) {
  if (func.isExternal())
    return func.emitOpError("expected a function body, got a declaration");
  if (!func.getBody().hasOneBlock())
    return func.emitOpError("not supported yet: functions with ")
           << func.getBody().getBlocks().size() << " blocks";
  Block &block = func.getBody().front();
  if (inputs.size() != block.getNumArguments())
    return emitError(func.getLoc(), "expected ")
           << block.getNumArguments() << " inputs, got " << inputs.size();

  llvm::DenseMap<Value, HostTensor> values;
  llvm::DenseMap<Value, unsigned> remainingUses;
  for (auto [index, arg] : llvm::enumerate(block.getArguments())) {
    std::string name = getArgumentName(func, index);
    auto type = dyn_cast<RankedTensorType>(arg.getType());
    if (!type || !type.hasStaticShape())
      return emitError(func.getLoc(), "not supported yet: input '")
             << name << "' of type " << arg.getType()
             << " (the interpreter needs static shapes)";
    const HostTensor &input = inputs[index];
    if (input.isAbsent())
      return emitError(func.getLoc(), "input '")
             << name << "': expected a tensor, got none";
    if (input.getElementType() != type.getElementType())
      return emitError(func.getLoc(), "input '")
             << name << "': expected element type " << type.getElementType()
             << ", got " << input.getElementType();
    if (input.getShape() != type.getShape())
      return emitError(func.getLoc(), "input '")
             << name << "': expected shape " << formatShape(type.getShape())
             << ", got " << formatShape(input.getShape());
    values[arg] = input;
    remainingUses[arg] = std::distance(arg.use_begin(), arg.use_end());
  }

  const KernelRegistry &registry = KernelRegistry::get();
  for (Operation &op : block) {
    if (auto ret = dyn_cast<func::ReturnOp>(op)) {
      SmallVector<HostTensor> outputs;
      for (Value operand : ret.getOperands()) {
        outputs.push_back(values.lookup(operand));
        // Outputs may outlive the module (a pass may release a blob the
        // run borrowed from).
        outputs.back().makeOwned();
      }
      return outputs;
    }
    SmallVector<HostTensor> results;
    StringRef name = op.getName().getStringRef();
    if (name == "tq.constant" || name == "circle.const") {
      auto value = op.getAttrOfType<ElementsAttr>("value");
      auto type = dyn_cast<RankedTensorType>(op.getResult(0).getType());
      if (!value || !type)
        return op.emitOpError("expected a ranked constant with a value");
      FailureOr<HostTensor> tensor = loadConstant(op.getLoc(), value, type);
      if (failed(tensor))
        return failure();
      results.push_back(std::move(*tensor));
    } else if (name == "circle.no_value") {
      results.emplace_back();
    } else if (name == "circle.custom") {
      auto code = op.getAttrOfType<StringAttr>("custom_code");
      return op.emitOpError("not supported yet: custom operator '")
             << (code ? code.getValue() : StringRef()) << "'";
    } else {
      const KernelInfo *kernel = registry.lookup(name);
      if (!kernel)
        return op.emitOpError("not supported yet: no interpreter kernel for '")
               << name << "'";
      if (!kernel->handlesQuantized && hasQuantized(&op))
        return op.emitOpError("not supported yet: quantized ") << name;
      if (failed(allocateResults(&op, results)))
        return failure();
      SmallVector<const HostTensor *> operands;
      for (Value operand : op.getOperands()) {
        auto it = values.find(operand);
        if (it == values.end())
          return op.emitOpError("expected operands defined in the function "
                                "body");
        operands.push_back(&it->second);
      }
      KernelContext context{&op, operands, results};
      if (failed(kernel->fn(context)))
        return failure();
    }
    if (observer)
      observer(&op, results);
    // Release operands that have no further users.
    for (Value operand : op.getOperands()) {
      auto it = remainingUses.find(operand);
      if (it != remainingUses.end() && --it->second == 0) {
        values.erase(operand);
        remainingUses.erase(it);
      }
    }
    for (auto [result, tensor] : llvm::zip(op.getResults(), results)) {
      unsigned uses = std::distance(result.use_begin(), result.use_end());
      if (uses == 0)
        continue;
      values[result] = std::move(tensor);
      remainingUses[result] = uses;
    }
  }
  return func.emitOpError("expected a func.return terminator");
}

} // namespace mlir::tico::interp
