//===- HostTensorTest.cpp - storage and element access --------------------===//

#include "tico/Interpreter/HostTensor.h"

#include "mlir/Dialect/Quant/IR/Quant.h"
#include "mlir/Dialect/Quant/IR/QuantTypes.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/MLIRContext.h"

#include <gtest/gtest.h>

using namespace mlir;
using namespace mlir::tico::interp;

namespace {

class HostTensorTest : public ::testing::Test {
protected:
  HostTensorTest() { context.loadDialect<quant::QuantDialect>(); }
  MLIRContext context;
  Builder b{&context};
};

TEST_F(HostTensorTest, LayoutAndTypedViews) {
  HostTensor t(b.getF32Type(), {2, 3});
  EXPECT_EQ(t.getNumElements(), 6);
  EXPECT_EQ(t.getBytes().size(), 24u);
  t.getMutableData<float>()[4] = 1.5f;
  EXPECT_EQ(t.getDouble(4), 1.5);
  EXPECT_EQ(t.getType(), RankedTensorType::get({2, 3}, b.getF32Type()));
  HostTensor r = t.reshaped({3, 2});
  EXPECT_EQ(r.getShape(), ArrayRef<int64_t>({3, 2}));
  EXPECT_EQ(r.getDouble(4), 1.5);
  SmallVector<int64_t, 4> strides = getStrides({2, 3, 4});
  EXPECT_EQ(ArrayRef<int64_t>(strides), ArrayRef<int64_t>({12, 4, 1}));
}

TEST_F(HostTensorTest, IntegersWrapToTheirWidth) {
  HostTensor i4(b.getIntegerType(4), {3});
  EXPECT_EQ(i4.getElementByteWidth(), 1u);
  i4.setInt(0, 8);   // wraps to -8
  i4.setInt(1, -9);  // wraps to 7
  i4.setInt(2, 15);  // wraps to -1
  EXPECT_EQ(i4.toInts(), std::vector<int64_t>({-8, 7, -1}));

  HostTensor u8(IntegerType::get(&context, 8, IntegerType::Unsigned), {2});
  u8.setInt(0, 255);
  u8.setInt(1, -1);
  EXPECT_EQ(u8.getDouble(0), 255.0);
  EXPECT_EQ(u8.getInt(1), 255);

  HostTensor i1(b.getI1Type(), {2});
  i1.setInt(0, 7);
  i1.setDouble(1, 0.0);
  EXPECT_EQ(i1.getBytes()[0], 1);
  EXPECT_EQ(i1.getInt(1), 0);
}

TEST_F(HostTensorTest, FloatToIntegerStores) {
  HostTensor i8(b.getIntegerType(8), {4});
  i8.setDouble(0, -2.9);   // truncates toward zero
  i8.setDouble(1, 300.0);  // 300 wraps to 44
  i8.setDouble(2, NAN);    // 0
  i8.setDouble(3, 1e30);   // saturates to int64 max, low byte 0xff = -1
  EXPECT_EQ(i8.toInts(), std::vector<int64_t>({-2, 44, 0, -1}));
}

TEST_F(HostTensorTest, QuantizedStorage) {
  Type u8q = quant::UniformQuantizedType::get(
      0, IntegerType::get(&context, 8), b.getF32Type(), 0.5, 128, 0, 255);
  HostTensor t(u8q, {2});
  EXPECT_EQ(t.getKind(), ElementKind::Quant);
  t.setInt(0, 200);
  t.setInt(1, 0);
  EXPECT_EQ(t.toInts(), std::vector<int64_t>({200, 0}));
  EXPECT_EQ(static_cast<uint8_t>(t.getBytes()[0]), 200);

  Type i16q = quant::UniformQuantizedType::get(
      quant::QuantizationFlags::Signed, b.getIntegerType(16), b.getF32Type(),
      0.1, 0, -32768, 32767);
  HostTensor s(i16q, {1});
  EXPECT_EQ(s.getElementByteWidth(), 2u);
  s.setInt(0, -300);
  EXPECT_EQ(s.getInt(0), -300);
}

TEST_F(HostTensorTest, ReducedPrecisionFloats) {
  HostTensor h = HostTensor::fromDoubles(b.getF16Type(), {2}, {0.1, 70000.0});
  // 0.1 in half is 0x2e66 = 0.0999755859375; 70000 overflows to inf.
  EXPECT_EQ(h.getData<uint16_t>()[0], 0x2e66);
  EXPECT_EQ(h.getDouble(0), 0.0999755859375);
  EXPECT_TRUE(std::isinf(h.getDouble(1)));
  HostTensor bf = HostTensor::fromDoubles(b.getBF16Type(), {1}, {1.00390625});
  // 1 + 2^-8 is a tie between 1 and 1 + 2^-7 in bf16: even gives 1.
  EXPECT_EQ(bf.getData<uint16_t>()[0], 0x3f80);
}

TEST_F(HostTensorTest, BorrowedBytesAreReadInPlaceAndCopiedOnWrite) {
  alignas(float) float storage[4] = {1.0f, 2.0f, 3.0f, 4.0f};
  ArrayRef<char> bytes(reinterpret_cast<const char *>(storage),
                       sizeof(storage));
  HostTensor t = HostTensor::borrow(b.getF32Type(), {2, 2}, bytes);
  EXPECT_TRUE(t.isBorrowed());
  EXPECT_EQ(t.getBytes().data(), bytes.data());
  EXPECT_EQ(t.getDouble(3), 4.0);
  // Copies and reshapes share the bytes.
  HostTensor copy = t;
  HostTensor flat = t.reshaped({4});
  EXPECT_EQ(copy.getData<float>().data(), storage);
  EXPECT_EQ(flat.getData<float>().data(), storage);
  // A write copies first: the borrowed bytes and the other views keep
  // their values.
  copy.setDouble(0, -1.0);
  EXPECT_FALSE(copy.isBorrowed());
  EXPECT_EQ(copy.getDouble(0), -1.0);
  EXPECT_EQ(copy.getDouble(1), 2.0);
  EXPECT_EQ(storage[0], 1.0f);
  EXPECT_EQ(t.getDouble(0), 1.0);
  flat.getMutableData<float>()[3] = 9.0f;
  EXPECT_EQ(storage[3], 4.0f);
  EXPECT_EQ(flat.getDouble(3), 9.0);
  t.makeOwned();
  EXPECT_FALSE(t.isBorrowed());
  EXPECT_NE(t.getBytes().data(), bytes.data());
  EXPECT_EQ(t.toDoubles(), std::vector<double>({1.0, 2.0, 3.0, 4.0}));
  // An empty tensor owns its (empty) storage.
  HostTensor empty = HostTensor::borrow(b.getF32Type(), {0, 3}, {});
  EXPECT_FALSE(empty.isBorrowed());
  EXPECT_EQ(empty.getNumElements(), 0);
}

} // namespace
