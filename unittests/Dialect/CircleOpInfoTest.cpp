//===- CircleOpInfoTest.cpp - the generated op <-> builtin table ----------===//

#include "tico/Dialect/Circle/IR/CircleOpInfo.h"
#include "tico/Dialect/Circle/IR/CircleOps.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/MLIRContext.h"

#include <gtest/gtest.h>

#include <set>

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

TEST_F(CircleOpInfoTest, PseudoOpsHaveNoBuiltin) {
  OpBuilder builder(&context);
  auto noValue = NoValueOp::create(builder, builder.getUnknownLoc(),
                                   builder.getNoneType());
  EXPECT_FALSE(lookupBuiltinOp(noValue).has_value());
  noValue->erase();
}

} // namespace
