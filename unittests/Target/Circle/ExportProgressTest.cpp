//===- ExportProgressTest.cpp - progress reports of the Circle export -----===//
//
// A module with one constant just over kExportProgressPiece bytes and two
// small ones is exported with and without a progress callback, in both
// buffer modes. The reports must count the constants' bytes (computed here
// from their shapes), grow by at most one piece each time, end at the total,
// and leave the written bytes unchanged.
//
//===----------------------------------------------------------------------===//

#include "tico/Dialect/Circle/IR/CircleDialect.h"
#include "tico/Dialect/Circle/IR/CircleOps.h"
#include "tico/Target/Circle/CircleExport.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/DialectResourceBlobManager.h"
#include "mlir/IR/MLIRContext.h"

#include <gtest/gtest.h>

#include <utility>
#include <vector>

using namespace mlir;
using namespace mlir::tico;

namespace {

class ExportProgressTest : public ::testing::TestWithParam<bool> {
protected:
  static constexpr int64_t kBig = int64_t(circle::kExportProgressPiece) + 5;

  ExportProgressTest() : big(kBig) {
    context.loadDialect<func::FuncDialect, circle::CircleDialect>();
    for (int64_t i = 0; i < kBig; ++i)
      big[i] = char(i * 7 + 3);
    OpBuilder b(&context);
    Location loc = UnknownLoc::get(&context);
    module = ModuleOp::create(loc);
    b.setInsertionPointToEnd(module->getBody());
    auto bigType = RankedTensorType::get({kBig}, b.getI8Type());
    auto floatType = RankedTensorType::get({3}, b.getF32Type());
    auto smallType = RankedTensorType::get({5}, b.getI8Type());
    auto func = func::FuncOp::create(
        b, loc, "main", b.getFunctionType({}, {bigType, floatType, smallType}));
    b.setInsertionPointToEnd(func.addEntryBlock());
    AsmResourceBlob blob =
        UnmanagedAsmResourceBlob::allocateWithAlign(big, alignof(char));
    Value v0 = circle::ConstOp::create(
        b, loc, bigType,
        DenseResourceElementsAttr::get(bigType, "big", std::move(blob)));
    Value v1 = circle::ConstOp::create(
        b, loc, floatType,
        DenseElementsAttr::get(floatType, ArrayRef<float>{1.f, 2.f, 3.f}));
    Value v2 = circle::ConstOp::create(
        b, loc, smallType,
        DenseElementsAttr::get(smallType, ArrayRef<int8_t>{1, 2, 3, 4, 5}));
    func::ReturnOp::create(b, loc, ValueRange{v0, v1, v2});
  }

  std::string exportModule(circle::CircleExportOptions options) {
    options.useBufferOffset = GetParam();
    std::string bytes;
    llvm::raw_string_ostream os(bytes);
    EXPECT_TRUE(succeeded(circle::exportToCircle(*module, os, options)));
    return bytes;
  }

  MLIRContext context;
  std::vector<char> big;
  OwningOpRef<ModuleOp> module;
};

TEST_P(ExportProgressTest, ReportsEveryPieceOfConstantData) {
  std::vector<std::pair<uint64_t, uint64_t>> reports;
  circle::CircleExportOptions options;
  options.progress = [&](uint64_t written, uint64_t total) {
    reports.emplace_back(written, total);
  };
  std::string withProgress = exportModule(options);
  std::string without = exportModule({});
  EXPECT_EQ(withProgress, without);

  const uint64_t total = uint64_t(kBig) + 3 * sizeof(float) + 5;
  // The big constant takes two pieces, each small one one.
  ASSERT_EQ(reports.size(), 4u);
  uint64_t previous = 0;
  for (auto [written, reportedTotal] : reports) {
    EXPECT_EQ(reportedTotal, total);
    EXPECT_GT(written, previous);
    EXPECT_LE(written - previous, circle::kExportProgressPiece);
    previous = written;
  }
  EXPECT_EQ(reports.back().first, total);
}

INSTANTIATE_TEST_SUITE_P(BufferModes, ExportProgressTest,
                         ::testing::Values(false, true),
                         [](const ::testing::TestParamInfo<bool> &info) {
                           return info.param ? "OffsetMode" : "InsideFlatbuffer";
                         });

} // namespace
