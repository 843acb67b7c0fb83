//===- StorageTypeTest.cpp - quantized constant storage types -------------===//

#include "tico/Dialect/Common/StorageType.h"

#include "mlir/Dialect/Quant/IR/Quant.h"
#include "mlir/Dialect/Quant/IR/QuantTypes.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/MLIRContext.h"

#include <gtest/gtest.h>

using namespace mlir;

namespace {

class StorageTypeTest : public ::testing::Test {
protected:
  StorageTypeTest() : builder(&context) {
    context.loadDialect<quant::QuantDialect>();
  }
  quant::UniformQuantizedType int8Type(double scale) {
    return quant::UniformQuantizedType::get(
        quant::QuantizationFlags::Signed, builder.getIntegerType(8),
        builder.getF32Type(), scale, /*zeroPoint=*/0, -128, 127);
  }
  MLIRContext context;
  Builder builder;
};

TEST_F(StorageTypeTest, QuantizedElementsStoreIntegers) {
  Type q = int8Type(0.5);
  EXPECT_EQ(tico::getStorageElementType(q), builder.getIntegerType(8));
  EXPECT_EQ(tico::getStorageElementType(builder.getF32Type()),
            builder.getF32Type());
}

TEST_F(StorageTypeTest, StorageMatchesShapeAndElement) {
  auto q = RankedTensorType::get({2, 3}, int8Type(0.5));
  auto i8 = RankedTensorType::get({2, 3}, builder.getIntegerType(8));
  auto i8Other = RankedTensorType::get({3, 2}, builder.getIntegerType(8));
  auto i16 = RankedTensorType::get({2, 3}, builder.getIntegerType(16));
  EXPECT_TRUE(tico::isStorageTypeOf(i8, q));
  EXPECT_TRUE(tico::isStorageTypeOf(i8, i8));
  EXPECT_FALSE(tico::isStorageTypeOf(i8Other, q));
  EXPECT_FALSE(tico::isStorageTypeOf(i16, q));
}

} // namespace
