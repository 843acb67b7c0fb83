//===- CircleOpInfoTest.cpp - the generated op <-> builtin table ----------===//

#include "tico/Dialect/Circle/IR/CircleOpInfo.h"
#include "tico/Dialect/Circle/IR/CircleOps.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/MLIRContext.h"

#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

using namespace mlir;
using namespace mlir::tico::circle;

namespace {

class CircleOpInfoTest : public ::testing::Test {
protected:
  CircleOpInfoTest() { context.loadDialect<CircleDialect>(); }
  MLIRContext context;
};

TEST_F(CircleOpInfoTest, CodesAreUniqueAndNamed) {
  std::set<int32_t> codes;
  for (const BuiltinOpInfo &info : getBuiltinOpInfos()) {
    EXPECT_TRUE(codes.insert(info.builtinCode).second) << info.builtinName.str();
    EXPECT_FALSE(info.builtinName.empty());
    EXPECT_TRUE(info.opName.starts_with("circle.")) << info.opName.str();
    EXPECT_TRUE(info.optionsUnion == 1 || info.optionsUnion == 2);
  }
  EXPECT_GE(codes.size(), 3u);
}

TEST_F(CircleOpInfoTest, SchemaValuesOfKnownOps) {
  // Values from the Circle 0.10 schema's BuiltinOperator enum.
  auto add = lookupBuiltinCode(0);
  ASSERT_TRUE(add.has_value());
  EXPECT_EQ(add->builtinName, "ADD");
  EXPECT_EQ(add->optionsTable, "AddOptions");

  auto fc = lookupBuiltinCode(9);
  ASSERT_TRUE(fc.has_value());
  EXPECT_EQ(fc->opName, "circle.fully_connected");

  auto rms = lookupBuiltinCode(-6);
  ASSERT_TRUE(rms.has_value());
  EXPECT_EQ(rms->builtinName, "RMS_NORM");
  EXPECT_EQ(rms->optionsTable, "RmsNormOptions");

  EXPECT_FALSE(lookupBuiltinCode(100000).has_value());
}

TEST_F(CircleOpInfoTest, OneEntryPerBuiltinOp) {
  // Every registered circle op except the pseudo ops is in the table, once.
  std::set<std::string> tableOps;
  for (const BuiltinOpInfo &info : getBuiltinOpInfos())
    EXPECT_TRUE(tableOps.insert(info.opName.str()).second) << info.opName.str();
  std::set<std::string> dialectOps;
  for (RegisteredOperationName name : context.getRegisteredOperations())
    if (name.getDialectNamespace() == "circle")
      dialectOps.insert(name.getStringRef().str());
  for (const char *pseudo : {"circle.const", "circle.no_value", "circle.custom"})
    EXPECT_EQ(dialectOps.erase(pseudo), 1u) << pseudo;
  EXPECT_EQ(tableOps, dialectOps);
  // ADD, EXP, FULLY_CONNECTED, RMS_NORM and the 54 ops of the full set
  // (MAXIMUM and MINIMUM added for the integer mask clamps).
  EXPECT_EQ(getBuiltinOpInfos().size(), 58u);
}

TEST_F(CircleOpInfoTest, SchemaValuesOfAddedOps) {
  // BuiltinOperator values and the BuiltinOptions table paired with each
  // operator, read from shared/reference/circle_schema.fbs (0.10).
  struct Expected {
    int32_t code;
    const char *name;
    const char *op;
    const char *options;
  };
  const Expected expected[] = {
      {-7, "ROPE", "circle.rope", "RoPEOptions"},
      {126, "BATCH_MATMUL", "circle.batch_matmul", "BatchMatMulOptions"},
      {45, "STRIDED_SLICE", "circle.strided_slice", "StridedSliceOptions"},
      {1, "AVERAGE_POOL_2D", "circle.average_pool_2d", "Pool2DOptions"},
      {4, "DEPTHWISE_CONV_2D", "circle.depthwise_conv_2d",
       "DepthwiseConv2DOptions"},
      {40, "MEAN", "circle.mean", "ReducerOptions"},
      {82, "REDUCE_MAX", "circle.reduce_max", "ReducerOptions"},
      {102, "SPLIT_V", "circle.split_v", "SplitVOptions"},
      {123, "SELECT_V2", "circle.select_v2", "SelectV2Options"},
      {128, "CUMSUM", "circle.cumsum", "CumsumOptions"},
      {130, "BROADCAST_TO", "circle.broadcast_to", "BroadcastToOptions"},
      {150, "GELU", "circle.gelu", "GeluOptions"},
      {47, "EXP", "circle.exp", "ExpOptions"},
      {108, "COS", "circle.cos", "CosOptions"},
      // Operators without an options table in the schema.
      {14, "LOGISTIC", "circle.logistic", ""},
      {66, "SIN", "circle.sin", ""},
      {76, "RSQRT", "circle.rsqrt", ""},
  };
  for (const Expected &e : expected) {
    auto info = lookupBuiltinCode(e.code);
    ASSERT_TRUE(info.has_value()) << e.name;
    EXPECT_EQ(info->builtinName, e.name);
    EXPECT_EQ(info->opName, e.op);
    EXPECT_EQ(info->optionsTable, e.options) << e.name;
    EXPECT_EQ(info->optionsUnion, 1) << e.name;
  }
}

TEST_F(CircleOpInfoTest, DerivedOptions) {
  auto derived = [](StringRef op) {
    std::vector<std::string> fields;
    for (StringRef field : getDerivedOptions(op))
      fields.push_back(field.str());
    return fields;
  };
  using Fields = std::vector<std::string>;
  EXPECT_EQ(derived("circle.reshape"), Fields{"new_shape"});
  EXPECT_EQ(derived("circle.cast"), (Fields{"in_data_type", "out_data_type"}));
  EXPECT_EQ(derived("circle.split"), Fields{"num_splits"});
  EXPECT_EQ(derived("circle.split_v"), Fields{"num_splits"});
  EXPECT_EQ(derived("circle.conv_2d"), Fields{"quantized_bias_type"});
  EXPECT_TRUE(derived("circle.concatenation").empty());
  EXPECT_TRUE(derived("circle.add").empty());
}

TEST_F(CircleOpInfoTest, PseudoOpsHaveNoBuiltin) {
  OpBuilder builder(&context);
  auto noValue = NoValueOp::create(builder, builder.getUnknownLoc(),
                                   builder.getNoneType());
  EXPECT_FALSE(lookupBuiltinOp(noValue).has_value());
  noValue->erase();
}

} // namespace
