//===- ReleaseWeightsTest.cpp - float weight memory freed once quantized --===//

#include "tico/Dialect/Common/ResourceMemory.h"
#include "tico/Dialect/TQ/IR/TQOps.h"
#include "tico/Dialect/TQ/IR/TQDialect.h"
#include "tico/Quantization/Passes.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Quant/IR/Quant.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/DialectResourceBlobManager.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/Parser/Parser.h"
#include "mlir/Pass/PassManager.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/raw_ostream.h"

#include <gtest/gtest.h>

#include <fstream>
#include <vector>

using namespace mlir;
using namespace mlir::tico;

namespace {

class ReleaseWeightsTest : public ::testing::Test {
protected:
  ReleaseWeightsTest() {
    context.loadDialect<tq::TQDialect, func::FuncDialect,
                        quant::QuantDialect>();
  }

  /// Parses `ir` and gives the constant @quantized's weight (the first
  /// tq.constant of each function named in `blobUsers`) the blob "w": two
  /// floats whose deleter sets `freed`.
  void build(StringRef ir, ArrayRef<StringRef> blobUsers) {
    module = parseSourceString<ModuleOp>(ir, &context);
    ASSERT_TRUE(module);
    auto type = RankedTensorType::get({1, 2}, Float32Type::get(&context));
    AsmResourceBlob blob(ArrayRef<float>(weights),
                         [this](float *, size_t, size_t) { freed = true; },
                         /*dataIsMutable=*/false);
    auto attr = DenseResourceElementsAttr::get(type, "w", std::move(blob));
    for (StringRef name : blobUsers) {
      auto func = module->lookupSymbol<func::FuncOp>(name);
      ASSERT_TRUE(func);
      (*func.getOps<tq::ConstantOp>().begin()).setValueAttr(attr);
    }
  }

  LogicalResult quantize(bool release) {
    PassManager pm(&context);
    TQQuantizeWeightsPassOptions options;
    options.releaseFloatWeights = release;
    pm.addPass(createTQQuantizeWeightsPass(options));
    return pm.run(*module);
  }

  MLIRContext context;
  OwningOpRef<ModuleOp> module;
  float weights[2] = {1.0f, -2.0f};
  bool freed = false;
};

constexpr const char *kLinear = R"mlir(
func.func @quantized(%x: tensor<1x2xf32>) -> tensor<1x1xf32> {
  %w = tq.constant dense<0.0> : tensor<1x2xf32>
  %y = tq.linear %x, %w : (tensor<1x2xf32>, tensor<1x2xf32>) -> tensor<1x1xf32>
  return %y : tensor<1x1xf32>
}
func.func @float(%x: tensor<1x2xf32>) -> tensor<1x2xf32> {
  %w = tq.constant dense<0.0> : tensor<1x2xf32>
  %y = tq.add %x, %w : (tensor<1x2xf32>, tensor<1x2xf32>) -> tensor<1x2xf32>
  return %y : tensor<1x2xf32>
}
)mlir";

TEST_F(ReleaseWeightsTest, QuantizedBlobIsFreedWithTheOption) {
  build(kLinear, {"quantized"});
  ASSERT_TRUE(succeeded(quantize(/*release=*/true)));
  // The context (and its blob manager) is still alive: freed by the pass.
  EXPECT_TRUE(freed);
  // The linear reads the quantized weight: row max 2 -> 2/127, 1 -> 64.
  auto func = module->lookupSymbol<func::FuncOp>("quantized");
  auto constant = *func.getOps<tq::ConstantOp>().begin();
  auto values = cast<DenseElementsAttr>(constant.getValue());
  EXPECT_EQ(values.getValues<int8_t>()[0], 64);
  EXPECT_EQ(values.getValues<int8_t>()[1], -127);
}

TEST_F(ReleaseWeightsTest, BlobIsKeptWithoutTheOption) {
  build(kLinear, {"quantized"});
  ASSERT_TRUE(succeeded(quantize(/*release=*/false)));
  EXPECT_FALSE(freed);
}

TEST_F(ReleaseWeightsTest, BlobReadElsewhereIsKept) {
  // @float still reads "w" as float: its data must survive.
  build(kLinear, {"quantized", "float"});
  ASSERT_TRUE(succeeded(quantize(/*release=*/true)));
  EXPECT_FALSE(freed);
  auto func = module->lookupSymbol<func::FuncOp>("float");
  auto attr = cast<DenseF32ResourceElementsAttr>(
      (*func.getOps<tq::ConstantOp>().begin()).getValue());
  std::optional<ArrayRef<float>> data = attr.tryGetAsArrayRef();
  ASSERT_TRUE(data && data->size() == 2);
  EXPECT_EQ((*data)[1], -2.0f);
}

/// Resident pages of the process (/proc/self/statm, second field).
static long residentPages() {
  std::ifstream statm("/proc/self/statm");
  long size = 0, resident = -1;
  statm >> size >> resident;
  return resident;
}

TEST(ResourceMemoryTest, MappedPagesAreDroppedAndReadBack) {
  if (residentPages() < 0)
    GTEST_SKIP() << "no /proc/self/statm";
  llvm::SmallString<128> path;
  ASSERT_FALSE(llvm::sys::fs::createTemporaryFile("tico-release", "bin", path));
  constexpr size_t kBytes = 64 << 20;
  {
    std::error_code ec;
    llvm::raw_fd_ostream os(path, ec);
    ASSERT_FALSE(ec);
    std::vector<char> chunk(1 << 20);
    for (size_t i = 0; i < kBytes; i += chunk.size()) {
      for (size_t j = 0; j < chunk.size(); ++j)
        chunk[j] = char((i + j) * 7 + 3);
      os.write(chunk.data(), chunk.size());
    }
  }
  auto file = llvm::MemoryBuffer::getFile(path, /*IsText=*/false,
                                          /*RequiresNullTerminator=*/false);
  ASSERT_TRUE(bool(file));
  ASSERT_EQ((*file)->getBufferKind(), llvm::MemoryBuffer::MemoryBuffer_MMap);
  ArrayRef<char> bytes((*file)->getBufferStart(), (*file)->getBufferSize());
  // An interior range with partial pages at both ends.
  ArrayRef<char> range = bytes.slice(100, kBytes - 200);

  // Not registered yet: nothing is dropped.
  EXPECT_EQ(dropMappedPages(range), 0u);
  registerMappedInput(**file);

  long untouched = residentPages();
  const volatile char *touch = bytes.data(); // every page mapped in
  for (size_t i = 0; i < bytes.size(); i += 4096)
    (void)touch[i];
  long before = residentPages();
  EXPECT_GE(before - untouched, long(kBytes / 4096) * 9 / 10);
  size_t page = llvm::sys::Process::getPageSizeEstimate();
  size_t dropped = dropMappedPages(range);
  EXPECT_EQ(dropped, kBytes - 2 * page); // the two partial pages stay
  long after = residentPages();
  EXPECT_GE(before - after, long(dropped / page) * 9 / 10);
  // The file's bytes read back unchanged (faulted in again).
  for (size_t i : {size_t(0), size_t(100), page, kBytes / 2, kBytes - 1})
    EXPECT_EQ(bytes[i], char(i * 7 + 3)) << "byte " << i;
  llvm::sys::fs::remove(path);
}

TEST(ResourceMemoryTest, HeapBytesAreNotDropped) {
  std::vector<char> heap(1 << 20, 'x');
  EXPECT_EQ(dropMappedPages(heap), 0u);
  EXPECT_EQ(heap[1 << 19], 'x');
}

} // namespace
