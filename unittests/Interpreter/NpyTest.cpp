//===- NpyTest.cpp - .npy reading and writing -----------------------------===//

#include "tico/Interpreter/Npy.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/MLIRContext.h"

#include <gtest/gtest.h>

using namespace mlir;
using namespace mlir::tico::interp;

namespace {

/// A v1.0 .npy file with `dict` as header (padded to 64 bytes) and `data`.
std::string makeNpy(const std::string &dict, const std::string &data) {
  std::string header = dict;
  size_t total = 10 + header.size() + 1;
  header.append((total + 63) / 64 * 64 - total, ' ');
  header += '\n';
  std::string out = "\x93NUMPY";
  out += '\x01';
  out += '\x00';
  out += static_cast<char>(header.size() & 0xff);
  out += static_cast<char>(header.size() >> 8);
  return out + header + data;
}

class NpyTest : public ::testing::Test {
protected:
  MLIRContext context;
  Builder b{&context};
};

TEST_F(NpyTest, ParsesHandWrittenFile) {
  // Two little-endian int16 values 1 and -2, shape (2,).
  std::string file = makeNpy(
      "{'descr': '<i2', 'fortran_order': False, 'shape': (2,), }",
      std::string("\x01\x00\xfe\xff", 4));
  llvm::Expected<HostTensor> t = parseNpy(file, &context);
  ASSERT_TRUE(static_cast<bool>(t)) << llvm::toString(t.takeError());
  EXPECT_EQ(t->getElementType(), b.getIntegerType(16));
  EXPECT_EQ(t->getShape(), ArrayRef<int64_t>({2}));
  EXPECT_EQ(t->toInts(), std::vector<int64_t>({1, -2}));
}

TEST_F(NpyTest, WritesNumpyHeader) {
  HostTensor t = HostTensor::fromDoubles(b.getF32Type(), {2, 3},
                                         {1, 2, 3, 4, 5, 6});
  llvm::Expected<std::string> bytes = serializeNpy(t);
  ASSERT_TRUE(static_cast<bool>(bytes));
  // The 58-character dict plus the 10-byte prefix and '\n' is padded with
  // spaces so that the data starts at byte 128 (as numpy does).
  ASSERT_EQ(bytes->size(), 128u + 24u);
  EXPECT_EQ(bytes->substr(0, 8), std::string("\x93NUMPY\x01\x00", 8));
  EXPECT_EQ((*bytes)[8], 118); // 128 - 10
  EXPECT_EQ((*bytes)[9], 0);
  EXPECT_NE(bytes->find("'descr': '<f4', 'fortran_order': False, "
                        "'shape': (2, 3), }"),
            std::string::npos);
  EXPECT_EQ((*bytes)[127], '\n');
}

TEST_F(NpyTest, RoundTripsEveryDtype) {
  std::vector<Type> types = {
      b.getF16Type(),        b.getF32Type(),        b.getF64Type(),
      b.getIntegerType(8),   b.getIntegerType(16),  b.getIntegerType(32),
      b.getIntegerType(64),  b.getI1Type(),
      IntegerType::get(&context, 8, IntegerType::Unsigned),
      IntegerType::get(&context, 16, IntegerType::Unsigned),
      IntegerType::get(&context, 32, IntegerType::Unsigned),
      IntegerType::get(&context, 64, IntegerType::Unsigned)};
  for (Type type : types) {
    HostTensor t = HostTensor::fromInts(type, {3, 1}, {1, 0, 1});
    llvm::Expected<std::string> bytes = serializeNpy(t);
    ASSERT_TRUE(static_cast<bool>(bytes));
    llvm::Expected<HostTensor> back = parseNpy(*bytes, &context);
    ASSERT_TRUE(static_cast<bool>(back)) << llvm::toString(back.takeError());
    EXPECT_EQ(back->getElementType(), type);
    EXPECT_EQ(back->getShape(), ArrayRef<int64_t>({3, 1}));
    EXPECT_EQ(back->toInts(), std::vector<int64_t>({1, 0, 1}));
  }
  // Scalars keep an empty shape tuple.
  HostTensor scalar = HostTensor::fromDoubles(b.getF64Type(), {}, {2.5});
  llvm::Expected<std::string> bytes = serializeNpy(scalar);
  ASSERT_TRUE(static_cast<bool>(bytes));
  EXPECT_NE(bytes->find("'shape': ()"), std::string::npos);
  llvm::Expected<HostTensor> back = parseNpy(*bytes, &context);
  ASSERT_TRUE(static_cast<bool>(back));
  EXPECT_EQ(back->getRank(), 0);
  EXPECT_EQ(back->getDouble(0), 2.5);
}

TEST_F(NpyTest, RejectsFortranOrderAndUnknownDtypes) {
  std::string fortran = makeNpy(
      "{'descr': '<f4', 'fortran_order': True, 'shape': (1,), }",
      std::string(4, '\0'));
  llvm::Expected<HostTensor> t = parseNpy(fortran, &context);
  ASSERT_FALSE(static_cast<bool>(t));
  EXPECT_NE(llvm::toString(t.takeError()).find("fortran_order"),
            std::string::npos);

  std::string bigEndian = makeNpy(
      "{'descr': '>f4', 'fortran_order': False, 'shape': (1,), }",
      std::string(4, '\0'));
  t = parseNpy(bigEndian, &context);
  ASSERT_FALSE(static_cast<bool>(t));
  EXPECT_NE(llvm::toString(t.takeError()).find("dtype '>f4'"),
            std::string::npos);

  std::string complex = makeNpy(
      "{'descr': '<c8', 'fortran_order': False, 'shape': (1,), }",
      std::string(8, '\0'));
  t = parseNpy(complex, &context);
  ASSERT_FALSE(static_cast<bool>(t));
  llvm::consumeError(t.takeError());

  std::string truncated = makeNpy(
      "{'descr': '<f4', 'fortran_order': False, 'shape': (2,), }",
      std::string(4, '\0'));
  t = parseNpy(truncated, &context);
  ASSERT_FALSE(static_cast<bool>(t));
  EXPECT_NE(llvm::toString(t.takeError()).find("expected 8 data bytes"),
            std::string::npos);
}

TEST_F(NpyTest, AcceptsVersion2Header) {
  std::string dict = "{'descr': '|u1', 'fortran_order': False, 'shape': (3,), }";
  size_t total = 12 + dict.size() + 1;
  dict.append((total + 63) / 64 * 64 - total, ' ');
  dict += '\n';
  std::string file = std::string("\x93NUMPY\x02\x00", 8);
  for (int i = 0; i < 4; ++i)
    file += static_cast<char>((dict.size() >> (8 * i)) & 0xff);
  file += dict + std::string("\x01\x02\xff", 3);
  llvm::Expected<HostTensor> t = parseNpy(file, &context);
  ASSERT_TRUE(static_cast<bool>(t)) << llvm::toString(t.takeError());
  EXPECT_EQ(t->toInts(), std::vector<int64_t>({1, 2, 255}));
}

} // namespace
