//===- LayoutTest.cpp - reshape, transpose, slices, concat, split ---------===//

#include "RunHelper.h"

#include "tico/Dialect/TQ/IR/TQOps.h"

#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/DialectResourceBlobManager.h"

using namespace mlir;
using namespace mlir::tico::interp;
using namespace mlir::tico::interp::test;

namespace {

using LayoutTest = InterpreterTest;

TEST_F(LayoutTest, TransposeAndReshape) {
  const char *ir = R"mlir(
    func.func @main(%x: tensor<2x3xi32>, %perm: tensor<2xi32>, %shape: tensor<1xi32>) -> (tensor<3x2xi32>, tensor<6xi32>) {
      %0 = tq.transpose %x {perms = array<i64: 1, 0>} : (tensor<2x3xi32>) -> tensor<3x2xi32>
      %1 = circle.transpose %x, %perm : (tensor<2x3xi32>, tensor<2xi32>) -> tensor<3x2xi32>
      %2 = circle.reshape %1, %shape : (tensor<3x2xi32>, tensor<1xi32>) -> tensor<6xi32>
      return %0, %2 : tensor<3x2xi32>, tensor<6xi32>
    })mlir";
  std::vector<HostTensor> inputs = {ints(32, {2, 3}, {0, 1, 2, 3, 4, 5}),
                                    ints(32, {2}, {1, 0}), ints(32, {1}, {6})};
  expectInts(ir, inputs, {0, 3, 1, 4, 2, 5}, 0);
  expectInts(ir, inputs, {0, 3, 1, 4, 2, 5}, 1);
}

TEST_F(LayoutTest, TorchSlice) {
  const char *ir = R"mlir(
    func.func @main(%x: tensor<2x8xi32>) -> tensor<2x2xi32> {
      %0 = tq.slice %x {start = array<i64: 0, -4>, end = array<i64: 2, 8>, step = array<i64: 1, 2>} : (tensor<2x8xi32>) -> tensor<2x2xi32>
      return %0 : tensor<2x2xi32>
    })mlir";
  std::vector<int64_t> x(16);
  for (int i = 0; i < 16; ++i)
    x[i] = i;
  expectInts(ir, {ints(32, {2, 8}, x)}, {4, 6, 12, 14});
}

TEST_F(LayoutTest, StridedSliceNegativeStrideAndMasks) {
  const char *ir = R"mlir(
    func.func @main(%x: tensor<6xi32>, %b: tensor<1xi32>, %e: tensor<1xi32>, %s: tensor<1xi32>, %s1: tensor<1xi32>) -> (tensor<3xi32>, tensor<6xi32>) {
      %0 = circle.strided_slice %x, %b, %e, %s : (tensor<6xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
      %1 = circle.strided_slice %x, %e, %b, %s1 {begin_mask = 1 : i32, end_mask = 1 : i32} : (tensor<6xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<6xi32>
      return %0, %1 : tensor<3xi32>, tensor<6xi32>
    })mlir";
  std::vector<HostTensor> inputs = {
      ints(32, {6}, {0, 1, 2, 3, 4, 5}), ints(32, {1}, {-1}),
      ints(32, {1}, {0}), ints(32, {1}, {-2}), ints(32, {1}, {-1})};
  // begin -1 (= 5), end 0 (exclusive), stride -2 -> 5, 3, 1.
  expectInts(ir, inputs, {5, 3, 1}, 0);
  // Both masks with stride -1: the whole axis reversed.
  expectInts(ir, inputs, {5, 4, 3, 2, 1, 0}, 1);
}

TEST_F(LayoutTest, StridedSliceEndMaskNegativeStride) {
  const char *ir = R"mlir(
    func.func @main(%x: tensor<6xi32>, %b: tensor<1xi32>, %e: tensor<1xi32>, %s: tensor<1xi32>) -> tensor<4xi32> {
      %0 = circle.strided_slice %x, %b, %e, %s {end_mask = 1 : i32} : (tensor<6xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
      return %0 : tensor<4xi32>
    })mlir";
  // begin 3, end ignored (masked: past the start), stride -1 -> 3, 2, 1, 0.
  expectInts(ir,
             {ints(32, {6}, {10, 11, 12, 13, 14, 15}), ints(32, {1}, {3}),
              ints(32, {1}, {2}), ints(32, {1}, {-1})},
             {13, 12, 11, 10});
}

TEST_F(LayoutTest, StridedSliceShrinkAndBeginMask) {
  const char *ir = R"mlir(
    func.func @main(%x: tensor<2x3xi32>, %b: tensor<2xi32>, %e: tensor<2xi32>, %s: tensor<2xi32>, %b1: tensor<2xi32>, %e1: tensor<2xi32>) -> (tensor<3xi32>, tensor<2x2xi32>) {
      %0 = circle.strided_slice %x, %b, %e, %s {shrink_axis_mask = 1 : i32} : (tensor<2x3xi32>, tensor<2xi32>, tensor<2xi32>, tensor<2xi32>) -> tensor<3xi32>
      %1 = circle.strided_slice %x, %b1, %e1, %s {begin_mask = 1 : i32, end_mask = 2 : i32} : (tensor<2x3xi32>, tensor<2xi32>, tensor<2xi32>, tensor<2xi32>) -> tensor<2x2xi32>
      return %0, %1 : tensor<3xi32>, tensor<2x2xi32>
    })mlir";
  // x = [[0, 1, 2], [3, 4, 5]].
  // %0: begin [1, 0], end [2, 3], shrink dim 0 -> row 1 = [3, 4, 5].
  // %1: begin [1, 1], end [2, 2]; begin_mask bit 0 starts dim 0 at 0 and
  //     end_mask bit 1 runs dim 1 to its end -> rows 0..1, cols 1..2.
  std::vector<HostTensor> inputs = {
      ints(32, {2, 3}, {0, 1, 2, 3, 4, 5}), ints(32, {2}, {1, 0}),
      ints(32, {2}, {2, 3}), ints(32, {2}, {1, 1}), ints(32, {2}, {1, 1}),
      ints(32, {2}, {2, 2})};
  expectInts(ir, inputs, {3, 4, 5}, 0);
  expectInts(ir, inputs, {1, 2, 4, 5}, 1);
}

TEST_F(LayoutTest, ConcatSplitAndPad) {
  const char *ir = R"mlir(
    func.func @main(%a: tensor<2x1xf32>, %b: tensor<2x2xf32>, %p: tensor<2x2xi32>) -> (tensor<2x3xf32>, tensor<2x2xf32>, tensor<2x1xf32>, tensor<3x4xf32>) {
      %0 = tq.concat %a, %b {axis = -1 : i64} : (tensor<2x1xf32>, tensor<2x2xf32>) -> tensor<2x3xf32>
      %1, %2 = tq.split %0 {axis = 1 : i64, sizes = array<i64: 2, 1>} : (tensor<2x3xf32>) -> (tensor<2x2xf32>, tensor<2x1xf32>)
      %3 = circle.pad %a, %p : (tensor<2x1xf32>, tensor<2x2xi32>) -> tensor<3x4xf32>
      return %0, %1, %2, %3 : tensor<2x3xf32>, tensor<2x2xf32>, tensor<2x1xf32>, tensor<3x4xf32>
    })mlir";
  std::vector<HostTensor> inputs = {f32({2, 1}, {1, 2}),
                                    f32({2, 2}, {3, 4, 5, 6}),
                                    ints(32, {2, 2}, {1, 0, 2, 1})};
  expectFloats(ir, inputs, {1, 3, 4, 2, 5, 6}, 0.0, 0);
  expectFloats(ir, inputs, {1, 3, 2, 5}, 0.0, 1);
  expectFloats(ir, inputs, {4, 6}, 0.0, 2);
  expectFloats(ir, inputs, {0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 2, 0}, 0.0, 3);
}

TEST_F(LayoutTest, BroadcastTileAndSliceUpdate) {
  const char *ir = R"mlir(
    func.func @main(%x: tensor<2x1xi32>, %m: tensor<2xi32>, %d: tensor<3x3xi32>, %u: tensor<1x2xi32>) -> (tensor<2x2x3xi32>, tensor<4x2xi32>, tensor<3x3xi32>) {
      %0 = tq.broadcast %x : (tensor<2x1xi32>) -> tensor<2x2x3xi32>
      %1 = circle.tile %x, %m : (tensor<2x1xi32>, tensor<2xi32>) -> tensor<4x2xi32>
      %2 = tq.slice_update %d, %u {start = array<i64: 2, 1>} : (tensor<3x3xi32>, tensor<1x2xi32>) -> tensor<3x3xi32>
      return %0, %1, %2 : tensor<2x2x3xi32>, tensor<4x2xi32>, tensor<3x3xi32>
    })mlir";
  std::vector<HostTensor> inputs = {
      ints(32, {2, 1}, {7, 8}), ints(32, {2}, {2, 2}),
      ints(32, {3, 3}, {0, 0, 0, 0, 0, 0, 0, 0, 0}), ints(32, {1, 2}, {5, 6})};
  expectInts(ir, inputs, {7, 7, 7, 8, 8, 8, 7, 7, 7, 8, 8, 8}, 0);
  expectInts(ir, inputs, {7, 7, 8, 8, 7, 7, 8, 8}, 1);
  expectInts(ir, inputs, {0, 0, 0, 0, 0, 0, 0, 5, 6}, 2);
}

TEST_F(LayoutTest, QuantizedMoveKeepsStorage) {
  const char *ir = R"mlir(
    func.func @main(%x: tensor<2x2x!quant.uniform<i8:f32, 0.5:3>>) -> tensor<2x2x!quant.uniform<i8:f32, 0.5:3>> {
      %0 = tq.transpose %x {perms = array<i64: 1, 0>} : (tensor<2x2x!quant.uniform<i8:f32, 0.5:3>>) -> tensor<2x2x!quant.uniform<i8:f32, 0.5:3>>
      return %0 : tensor<2x2x!quant.uniform<i8:f32, 0.5:3>>
    })mlir";
  Type q = quant::UniformQuantizedType::get(
      quant::QuantizationFlags::Signed, IntegerType::get(&context, 8),
      Float32Type::get(&context), 0.5, 3, -128, 127);
  expectInts(ir, {HostTensor::fromInts(q, {2, 2}, {-1, 2, -3, 4})},
             {-1, -3, 2, 4});
}

} // namespace

namespace {

using LayoutMaskTest = InterpreterTest;

TEST_F(LayoutMaskTest, StridedSliceEllipsisAndNewAxis) {
  const char *ir = R"mlir(
    func.func @main(%x: tensor<2x3xi32>, %b: tensor<2xi32>, %e: tensor<2xi32>, %s: tensor<2xi32>) -> (tensor<2x2xi32>, tensor<1x2x3xi32>) {
      %0 = circle.strided_slice %x, %b, %e, %s {ellipsis_mask = 1 : i32} : (tensor<2x3xi32>, tensor<2xi32>, tensor<2xi32>, tensor<2xi32>) -> tensor<2x2xi32>
      %1 = circle.strided_slice %x, %b, %e, %s {new_axis_mask = 1 : i32, begin_mask = 2 : i32, end_mask = 2 : i32} : (tensor<2x3xi32>, tensor<2xi32>, tensor<2xi32>, tensor<2xi32>) -> tensor<1x2x3xi32>
      return %0, %1 : tensor<2x2xi32>, tensor<1x2x3xi32>
    })mlir";
  // begin [0, 1], end [0, 3]. %0: entry 0 is the ellipsis (all of dim 0),
  // entry 1 slices dim 1 to [1, 3). %1: entry 0 inserts a new axis, entry 1
  // takes all of dim 0 (masks), dim 1 is implicitly whole.
  std::vector<HostTensor> inputs = {ints(32, {2, 3}, {0, 1, 2, 3, 4, 5}),
                                    ints(32, {2}, {0, 1}), ints(32, {2}, {0, 3}),
                                    ints(32, {2}, {1, 1})};
  expectInts(ir, inputs, {1, 2, 4, 5}, 0);
  expectInts(ir, inputs, {0, 1, 2, 3, 4, 5}, 1);
}

TEST_F(LayoutMaskTest, DenseResourceConstant) {
  const char *ir = R"mlir(
    func.func @main() -> tensor<2xf32> {
      %0 = tq.constant dense_resource<blob> : tensor<2xf32>
      return %0 : tensor<2xf32>
    }
    {-#
      dialect_resources: {
        builtin: {
          blob: "0x040000000000803F000020C0"
        }
      }
    #-})mlir";
  // 0x3F800000 = 1.0 and 0xC0200000 = -2.5, little-endian after the
  // 4-byte alignment prefix.
  expectFloats(ir, {}, {1.0, -2.5}, 0.0);
}

TEST_F(LayoutMaskTest, ConstantsAreBorrowedAndOutputsOwned) {
  const char *ir = R"mlir(
    func.func @main() -> (tensor<2xf32>, tensor<1x2xf32>, tensor<2xf32>) {
      %0 = tq.constant dense_resource<blob> : tensor<2xf32>
      %1 = tq.reshape %0 : (tensor<2xf32>) -> tensor<1x2xf32>
      %2 = tq.constant dense<[3.0, 4.0]> : tensor<2xf32>
      return %0, %1, %2 : tensor<2xf32>, tensor<1x2xf32>, tensor<2xf32>
    }
    {-#
      dialect_resources: {
        builtin: {
          blob: "0x040000000000803F000020C0"
        }
      }
    #-})mlir";
  module = parseSourceString<ModuleOp>(ir, &context);
  ASSERT_TRUE(module);
  auto func = module->lookupSymbol<func::FuncOp>("main");
  auto constant = cast<tico::tq::ConstantOp>(func.getBody().front().front());
  auto resource = cast<DenseResourceElementsAttr>(constant.getValue());
  FailureOr<HostTensor> loaded = loadConstant(
      constant.getLoc(), constant.getValue(), constant.getType());
  ASSERT_TRUE(succeeded(loaded));
  // Read in place from the blob: no copy per run.
  EXPECT_TRUE(loaded->isBorrowed());
  EXPECT_EQ(loaded->getBytes().data(),
            resource.getRawHandle().getBlob()->getData().data());
  unsigned borrowedSeen = 0;
  FailureOr<SmallVector<HostTensor>> results =
      runFunction(func, {}, [&](Operation *, ArrayRef<HostTensor> values) {
        for (const HostTensor &value : values)
          borrowedSeen += value.isBorrowed();
      });
  ASSERT_TRUE(succeeded(results)) << diagnostics;
  // Both constants and the reshape of the blob read the module's bytes...
  EXPECT_EQ(borrowedSeen, 3u);
  // ...but what the run returns owns its bytes.
  for (const HostTensor &result : *results)
    EXPECT_FALSE(result.isBorrowed());
  EXPECT_EQ((*results)[1].toDoubles(), std::vector<double>({1.0, -2.5}));
  EXPECT_EQ((*results)[2].toDoubles(), std::vector<double>({3.0, 4.0}));
}

TEST_F(LayoutMaskTest, HalfPrecisionRoundsOnStore) {
  const char *ir = R"mlir(
    func.func @main(%a: tensor<2xf16>, %b: tensor<2xf16>) -> tensor<2xf16> {
      %0 = tq.add %a, %b : (tensor<2xf16>, tensor<2xf16>) -> tensor<2xf16>
      return %0 : tensor<2xf16>
    })mlir";
  // 1 + 2^-11 is a tie between 1 and 1 + 2^-10: to even gives 1.
  // 1 + 1.5 * 2^-11 rounds up to 1 + 2^-10.
  Type f16 = Float16Type::get(&context);
  expectFloats(ir,
               {HostTensor::fromDoubles(f16, {2}, {1.0, 1.0}),
                HostTensor::fromDoubles(f16, {2}, {0x1.0p-11, 0x1.8p-11})},
               {1.0, 1.0 + 0x1.0p-10}, 0.0);
}

} // namespace

namespace {

using QuantPadTest = InterpreterTest;

TEST_F(QuantPadTest, PadFillsTheZeroPoint) {
  const char *ir = R"mlir(
    func.func @main(%x: tensor<2x!quant.uniform<i8:f32, 0.5:-7>>, %p: tensor<1x2xi32>) -> tensor<4x!quant.uniform<i8:f32, 0.5:-7>> {
      %0 = circle.pad %x, %p : (tensor<2x!quant.uniform<i8:f32, 0.5:-7>>, tensor<1x2xi32>) -> tensor<4x!quant.uniform<i8:f32, 0.5:-7>>
      return %0 : tensor<4x!quant.uniform<i8:f32, 0.5:-7>>
    })mlir";
  // Real 0 is stored as the zero point -7.
  Type q = quant::UniformQuantizedType::get(
      quant::QuantizationFlags::Signed, IntegerType::get(&context, 8),
      Float32Type::get(&context), 0.5, -7, -128, 127);
  expectInts(ir, {HostTensor::fromInts(q, {2}, {3, 4}), ints(32, {1, 2}, {1, 1})},
             {-7, 3, 4, -7});
}

} // namespace
