//===- CircleTypesTest.cpp - element types and constant byte layout -------===//
//
// Expected bytes are worked out from the Circle conventions (little endian,
// bool one byte, 4-bit values two per byte with the even index in the low
// nibble), not taken from the code under test.
//
//===----------------------------------------------------------------------===//

#include "CircleTypes.h"

#include "mlir/Dialect/Quant/IR/Quant.h"
#include "mlir/Dialect/Quant/IR/QuantTypes.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/BuiltinDialect.h"
#include "mlir/IR/DialectResourceBlobManager.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/MLIRContext.h"

#include <gtest/gtest.h>

#include <cstring>

using namespace mlir;
using namespace mlir::tico::circle;
namespace fb = ::circle;

namespace {

std::string str(Type type) {
  std::string text;
  llvm::raw_string_ostream os(text);
  os << type;
  return text;
}

class CircleTypesTest : public ::testing::Test {
protected:
  CircleTypesTest() : builder(&context), loc(UnknownLoc::get(&context)) {
    context.loadDialect<quant::QuantDialect>();
    // Collect diagnostics instead of printing them.
    handler = std::make_unique<ScopedDiagnosticHandler>(
        &context, [this](Diagnostic &diag) {
          diagnostics.push_back(diag.str());
          return success();
        });
  }

  Type i(unsigned width) { return builder.getIntegerType(width); }
  Type ui(unsigned width) {
    return IntegerType::get(&context, width, IntegerType::Unsigned);
  }
  RankedTensorType tensor(ArrayRef<int64_t> shape, Type element) {
    return RankedTensorType::get(shape, element);
  }
  /// A dense attribute of `width`-bit integers (signless or unsigned).
  DenseElementsAttr ints(Type element, ArrayRef<int64_t> values) {
    unsigned width = element.getIntOrFloatBitWidth();
    SmallVector<APInt> apints;
    for (int64_t v : values)
      apints.push_back(APInt(width, uint64_t(v), /*isSigned=*/true,
                             /*implicitTrunc=*/true));
    return DenseElementsAttr::get(
        tensor({int64_t(values.size())}, element), apints);
  }
  std::vector<uint8_t> bytesOf(ElementsAttr value) {
    FailureOr<ConstantBytes> bytes = getConstantBytes(value, loc);
    EXPECT_TRUE(succeeded(bytes));
    if (failed(bytes))
      return {};
    ArrayRef<char> data = bytes->bytes();
    return std::vector<uint8_t>(data.begin(), data.end());
  }
  ElementsAttr decode(std::vector<uint8_t> bytes, RankedTensorType type,
                      bool reference = false) {
    storage.push_back(std::move(bytes));
    ArrayRef<char> data(reinterpret_cast<const char *>(storage.back().data()),
                        storage.back().size());
    FailureOr<ElementsAttr> value =
        decodeConstantBytes(data, type, loc, reference);
    return succeeded(value) ? *value : ElementsAttr();
  }
  std::vector<int64_t> sext(ElementsAttr value) {
    std::vector<int64_t> result;
    for (const APInt &v : cast<DenseElementsAttr>(value).getValues<APInt>())
      result.push_back(v.getSExtValue());
    return result;
  }
  std::vector<int64_t> zext(ElementsAttr value) {
    std::vector<int64_t> result;
    for (const APInt &v : cast<DenseElementsAttr>(value).getValues<APInt>())
      result.push_back(int64_t(v.getZExtValue()));
    return result;
  }

  MLIRContext context;
  Builder builder;
  Location loc;
  std::unique_ptr<ScopedDiagnosticHandler> handler;
  std::vector<std::string> diagnostics;
  std::vector<std::vector<uint8_t>> storage;
};

//===----------------------------------------------------------------------===//
// getCircleTensorType / getMlirElementType
//===----------------------------------------------------------------------===//

TEST_F(CircleTypesTest, TensorTypeOfEveryPlainType) {
  struct Case {
    Type type;
    fb::TensorType expected;
  } cases[] = {
      {builder.getF32Type(), fb::TensorType_FLOAT32},
      {builder.getF16Type(), fb::TensorType_FLOAT16},
      {builder.getF64Type(), fb::TensorType_FLOAT64},
      {i(1), fb::TensorType_BOOL},
      {i(4), fb::TensorType_INT4},
      {ui(4), fb::TensorType_UINT4},
      {i(8), fb::TensorType_INT8},
      {ui(8), fb::TensorType_UINT8},
      {i(16), fb::TensorType_INT16},
      {ui(16), fb::TensorType_UINT16},
      {i(32), fb::TensorType_INT32},
      {ui(32), fb::TensorType_UINT32},
      {i(64), fb::TensorType_INT64},
      {ui(64), fb::TensorType_UINT64},
      // Signed integers are stored like signless ones.
      {IntegerType::get(&context, 8, IntegerType::Signed),
       fb::TensorType_INT8},
  };
  for (const Case &c : cases) {
    FailureOr<fb::TensorType> type = getCircleTensorType(c.type, loc);
    ASSERT_TRUE(succeeded(type)) << "for " << str(c.type);
    EXPECT_EQ(*type, c.expected) << "for " << str(c.type);
  }
  EXPECT_TRUE(diagnostics.empty());
}

TEST_F(CircleTypesTest, TensorTypeValuesMatchTheSchema) {
  // Values from schema/circle_schema.fbs (TensorType : byte).
  EXPECT_EQ(int(fb::TensorType_FLOAT32), 0);
  EXPECT_EQ(int(fb::TensorType_BOOL), 6);
  EXPECT_EQ(int(fb::TensorType_INT8), 9);
  EXPECT_EQ(int(fb::TensorType_INT4), 17);
  EXPECT_EQ(int(fb::TensorType_UINT4), -1);
}

TEST_F(CircleTypesTest, TensorTypeOfQuantizedTypesIsTheStorageType) {
  auto u8 = quant::UniformQuantizedType::get(0, i(8), builder.getF32Type(),
                                             0.5, 128, 0, 255);
  auto s16 = quant::UniformQuantizedType::get(
      quant::QuantizationFlags::Signed, i(16), builder.getF32Type(), 0.5, 0,
      -32768, 32767);
  auto s4 = quant::UniformQuantizedPerAxisType::get(
      quant::QuantizationFlags::Signed, i(4), builder.getF32Type(), {0.5, 0.25},
      {0, 1}, 0, -8, 7);
  auto u4 = quant::UniformQuantizedType::get(0, i(4), builder.getF32Type(),
                                             1.0, 8, 0, 15);
  EXPECT_EQ(*getCircleTensorType(u8, loc), fb::TensorType_UINT8);
  EXPECT_EQ(*getCircleTensorType(s16, loc), fb::TensorType_INT16);
  EXPECT_EQ(*getCircleTensorType(s4, loc), fb::TensorType_INT4);
  EXPECT_EQ(*getCircleTensorType(u4, loc), fb::TensorType_UINT4);
}

TEST_F(CircleTypesTest, Bf16AndOtherTypesFailWithADiagnostic) {
  EXPECT_TRUE(failed(getCircleTensorType(builder.getBF16Type(), loc)));
  ASSERT_EQ(diagnostics.size(), 1u);
  EXPECT_NE(diagnostics[0].find("bf16 has no Circle tensor type"),
            std::string::npos);
  EXPECT_TRUE(failed(getCircleTensorType(i(2), loc)));
  EXPECT_TRUE(failed(getCircleTensorType(builder.getIndexType(), loc)));
  EXPECT_TRUE(failed(getCircleTensorType(builder.getF80Type(), loc)));
  EXPECT_EQ(diagnostics.size(), 4u);
}

TEST_F(CircleTypesTest, MlirElementTypeIsTheInverse) {
  Type types[] = {builder.getF32Type(), builder.getF16Type(),
                  builder.getF64Type(), i(1), i(4), ui(4), i(8), ui(8),
                  i(16), ui(16), i(32), ui(32), i(64), ui(64)};
  for (Type type : types) {
    fb::TensorType circleType = *getCircleTensorType(type, loc);
    EXPECT_EQ(getMlirElementType(circleType, &context), type)
        << "for " << str(type);
  }
  EXPECT_FALSE(getMlirElementType(fb::TensorType_STRING, &context));
  EXPECT_FALSE(getMlirElementType(fb::TensorType_GGML_Q4_0, &context));
}

//===----------------------------------------------------------------------===//
// Packing (export)
//===----------------------------------------------------------------------===//

TEST_F(CircleTypesTest, Int4PacksLowNibbleFirst) {
  // -8 = 0x8, 3 = 0x3 -> 0x38; -2 = 0xE, -5 = 0xB -> 0xBE.
  EXPECT_EQ(bytesOf(ints(i(4), {-8, 3, -2, -5})),
            (std::vector<uint8_t>{0x38, 0xBE}));
}

TEST_F(CircleTypesTest, Int4OddCountLeavesTheLastHighNibbleZero) {
  // 7 = 0x7, -1 = 0xF -> 0xF7; 1 -> 0x01.
  EXPECT_EQ(bytesOf(ints(i(4), {7, -1, 1})),
            (std::vector<uint8_t>{0xF7, 0x01}));
  EXPECT_EQ(bytesOf(ints(i(4), {-1})), (std::vector<uint8_t>{0x0F}));
}

TEST_F(CircleTypesTest, Uint4Packs) {
  EXPECT_EQ(bytesOf(ints(ui(4), {15, 0, 9})),
            (std::vector<uint8_t>{0x0F, 0x09}));
  EXPECT_EQ(bytesOf(ints(ui(4), {1, 2, 3, 4})),
            (std::vector<uint8_t>{0x21, 0x43}));
}

TEST_F(CircleTypesTest, BoolIsOneBytePerElement) {
  auto value = DenseElementsAttr::get(tensor({5}, i(1)),
                                      ArrayRef<bool>{true, false, true, true,
                                                     false});
  EXPECT_EQ(bytesOf(value), (std::vector<uint8_t>{1, 0, 1, 1, 0}));
}

TEST_F(CircleTypesTest, SplatsAreExpanded) {
  auto f32 = DenseElementsAttr::get(tensor({3}, builder.getF32Type()), 1.5f);
  // 1.5f = 0x3FC00000, little endian.
  EXPECT_EQ(bytesOf(f32), (std::vector<uint8_t>{0, 0, 0xC0, 0x3F, 0, 0, 0xC0,
                                                0x3F, 0, 0, 0xC0, 0x3F}));
  auto boolean = DenseElementsAttr::get(tensor({2, 2}, i(1)), true);
  EXPECT_EQ(bytesOf(boolean), (std::vector<uint8_t>{1, 1, 1, 1}));
  auto int4 = DenseElementsAttr::get(tensor({5}, i(4)), APInt(4, 0xE));
  EXPECT_EQ(bytesOf(int4), (std::vector<uint8_t>{0xEE, 0xEE, 0x0E}));
  auto int16 = DenseElementsAttr::get(tensor({2}, i(16)), APInt(16, 0x1234));
  EXPECT_EQ(bytesOf(int16), (std::vector<uint8_t>{0x34, 0x12, 0x34, 0x12}));
}

TEST_F(CircleTypesTest, WideTypesAreLittleEndian) {
  EXPECT_EQ(bytesOf(ints(i(32), {258, -2})),
            (std::vector<uint8_t>{2, 1, 0, 0, 0xFE, 0xFF, 0xFF, 0xFF}));
  EXPECT_EQ(bytesOf(ints(i(16), {-3})), (std::vector<uint8_t>{0xFD, 0xFF}));
}

//===----------------------------------------------------------------------===//
// Unpacking (import)
//===----------------------------------------------------------------------===//

TEST_F(CircleTypesTest, Int4UnpacksSignExtended) {
  ElementsAttr value = decode({0x38, 0xBE}, tensor({4}, i(4)));
  ASSERT_TRUE(value);
  EXPECT_EQ(sext(value), (std::vector<int64_t>{-8, 3, -2, -5}));
}

TEST_F(CircleTypesTest, Int4UnpacksOddCounts) {
  ElementsAttr value = decode({0xF7, 0x01}, tensor({3}, i(4)));
  ASSERT_TRUE(value);
  EXPECT_EQ(sext(value), (std::vector<int64_t>{7, -1, 1}));
}

TEST_F(CircleTypesTest, Uint4UnpacksZeroExtended) {
  ElementsAttr value = decode({0xF0, 0x09}, tensor({3}, ui(4)));
  ASSERT_TRUE(value);
  EXPECT_EQ(zext(value), (std::vector<int64_t>{0, 15, 9}));
}

TEST_F(CircleTypesTest, Int4RoundTripsEveryValue) {
  for (int64_t count : {1, 2, 15, 16, 17}) {
    std::vector<int64_t> values;
    for (int64_t k = 0; k < count; ++k)
      values.push_back((k * 5 + 3) % 16 - 8); // covers [-8, 7]
    std::vector<uint8_t> bytes = bytesOf(ints(i(4), values));
    EXPECT_EQ(bytes.size(), size_t((count + 1) / 2));
    ElementsAttr back = decode(bytes, tensor({count}, i(4)));
    ASSERT_TRUE(back);
    EXPECT_EQ(sext(back), values) << "count " << count;
  }
}

TEST_F(CircleTypesTest, BoolBytesReadNonZeroAsTrue) {
  ElementsAttr value = decode({0, 1, 2, 0xFF}, tensor({4}, i(1)));
  ASSERT_TRUE(value);
  auto bools = cast<DenseElementsAttr>(value).getValues<bool>();
  EXPECT_EQ(std::vector<bool>(bools.begin(), bools.end()),
            (std::vector<bool>{false, true, true, true}));
}

TEST_F(CircleTypesTest, DecodeRejectsWrongSizes) {
  EXPECT_FALSE(decode({0x38}, tensor({4}, i(4))));            // needs 2
  EXPECT_FALSE(decode({0x38, 0xBE, 0}, tensor({4}, i(4))));   // needs 2
  EXPECT_FALSE(decode({1, 0}, tensor({3}, i(1))));            // needs 3
  EXPECT_FALSE(decode({0, 0, 0}, tensor({1}, i(32))));        // needs 4
  EXPECT_EQ(diagnostics.size(), 4u);
  EXPECT_NE(diagnostics[0].find("buffer holds 1 bytes"), std::string::npos);
}

TEST_F(CircleTypesTest, DecodeCanReferenceTheBytes) {
  ElementsAttr value =
      decode({0, 0, 0x80, 0x3F, 0, 0, 0, 0x40}, tensor({2}, builder.getF32Type()),
             /*reference=*/true);
  ASSERT_TRUE(value);
  auto resource = dyn_cast<DenseResourceElementsAttr>(value);
  ASSERT_TRUE(resource);
  ArrayRef<char> data = resource.getRawHandle().getBlob()->getData();
  // No copy: the blob points at the caller's bytes.
  EXPECT_EQ(static_cast<const void *>(data.data()),
            static_cast<const void *>(storage.back().data()));
  float values[2];
  std::memcpy(values, data.data(), sizeof(values));
  EXPECT_EQ(values[0], 1.0f);
  EXPECT_EQ(values[1], 2.0f);
}

} // namespace
