//===- GatherScatterTest.cpp - gather, scatter, masked_scatter ------------===//

#include "RunHelper.h"

using namespace mlir;
using namespace mlir::tico::interp;
using namespace mlir::tico::interp::test;

namespace {

using GatherScatterTest = InterpreterTest;

TEST_F(GatherScatterTest, GatherAlongAxis) {
  const char *ir = R"mlir(
    func.func @main(%x: tensor<2x3xi32>, %i: tensor<2xi32>, %t: tensor<4x2xf32>, %ids: tensor<1x2xi64>) -> (tensor<2x2xi32>, tensor<2x2xi32>, tensor<1x2x2xf32>, tensor<1x2x2xf32>) {
      %0 = tq.gather %x, %i {axis = 1 : i64} : (tensor<2x3xi32>, tensor<2xi32>) -> tensor<2x2xi32>
      %1 = circle.gather %x, %i {axis = 1 : i32} : (tensor<2x3xi32>, tensor<2xi32>) -> tensor<2x2xi32>
      %2 = tq.embedding %t, %ids : (tensor<4x2xf32>, tensor<1x2xi64>) -> tensor<1x2x2xf32>
      %3 = circle.gather %t, %ids {axis = 0 : i32} : (tensor<4x2xf32>, tensor<1x2xi64>) -> tensor<1x2x2xf32>
      return %0, %1, %2, %3 : tensor<2x2xi32>, tensor<2x2xi32>, tensor<1x2x2xf32>, tensor<1x2x2xf32>
    })mlir";
  std::vector<HostTensor> inputs = {
      ints(32, {2, 3}, {0, 1, 2, 3, 4, 5}), ints(32, {2}, {2, 0}),
      f32({4, 2}, {0, 1, 10, 11, 20, 21, 30, 31}), ints(64, {1, 2}, {3, 1})};
  expectInts(ir, inputs, {2, 0, 5, 3}, 0);
  expectInts(ir, inputs, {2, 0, 5, 3}, 1);
  expectFloats(ir, inputs, {30, 31, 10, 11}, 0.0, 2);
  expectFloats(ir, inputs, {30, 31, 10, 11}, 0.0, 3);
}

TEST_F(GatherScatterTest, GatherBatchDims) {
  const char *ir = R"mlir(
    func.func @main(%x: tensor<2x3xi32>, %i: tensor<2x1xi32>) -> tensor<2x1xi32> {
      %0 = circle.gather %x, %i {axis = 1 : i32, batch_dims = 1 : i32} : (tensor<2x3xi32>, tensor<2x1xi32>) -> tensor<2x1xi32>
      return %0 : tensor<2x1xi32>
    })mlir";
  // Row 0 takes column 2, row 1 takes column 0.
  expectInts(ir, {ints(32, {2, 3}, {0, 1, 2, 3, 4, 5}), ints(32, {2, 1}, {2, 0})},
             {2, 3});
}

TEST_F(GatherScatterTest, IndexOutOfRangeIsAnError) {
  const char *ir = R"mlir(
    func.func @main(%t: tensor<4x2xf32>, %ids: tensor<1xi32>) -> tensor<1x2xf32> {
      %0 = circle.gather %t, %ids {axis = 0 : i32} : (tensor<4x2xf32>, tensor<1xi32>) -> tensor<1x2xf32>
      return %0 : tensor<1x2xf32>
    })mlir";
  expectError(ir, {f32({4, 2}, {0, 1, 2, 3, 4, 5, 6, 7}), ints(32, {1}, {4})},
              "index 4 out of range for a dimension of size 4");
}

TEST_F(GatherScatterTest, GatherElementsAndIndexSelect) {
  const char *ir = R"mlir(
    func.func @main(%x: tensor<2x3xi32>, %i: tensor<2x2xi64>, %s: tensor<1xi32>) -> (tensor<2x2xi32>, tensor<1x3xi32>) {
      %0 = tq.gather_elements %x, %i {axis = 1 : i64} : (tensor<2x3xi32>, tensor<2x2xi64>) -> tensor<2x2xi32>
      %1 = tq.index_select %x, %s {axis = 0 : i64} : (tensor<2x3xi32>, tensor<1xi32>) -> tensor<1x3xi32>
      return %0, %1 : tensor<2x2xi32>, tensor<1x3xi32>
    })mlir";
  // out[r][c] = x[r][i[r][c]]; -1 counts from the end (torch-style).
  std::vector<HostTensor> inputs = {ints(32, {2, 3}, {0, 1, 2, 3, 4, 5}),
                                    ints(64, {2, 2}, {2, 2, 0, -1}),
                                    ints(32, {1}, {1})};
  expectInts(ir, inputs, {2, 2, 3, 5}, 0);
  expectInts(ir, inputs, {3, 4, 5}, 1);
}

TEST_F(GatherScatterTest, GatherNd) {
  const char *ir = R"mlir(
    func.func @main(%p: tensor<2x2x2xi32>, %i: tensor<2x2xi32>) -> tensor<2x2xi32> {
      %0 = circle.gather_nd %p, %i : (tensor<2x2x2xi32>, tensor<2x2xi32>) -> tensor<2x2xi32>
      return %0 : tensor<2x2xi32>
    })mlir";
  // Index tuples (1, 0) and (0, 1) pick rows [4, 5] and [2, 3].
  expectInts(ir,
             {ints(32, {2, 2, 2}, {0, 1, 2, 3, 4, 5, 6, 7}),
              ints(32, {2, 2}, {1, 0, 0, 1})},
             {4, 5, 2, 3});
}

TEST_F(GatherScatterTest, ScatterNd) {
  const char *ir = R"mlir(
    func.func @main(%d: tensor<3x2xf32>, %i: tensor<2x1xi32>, %u: tensor<2x2xf32>, %ci: tensor<3x1xi32>, %cu: tensor<3xf32>, %shape: tensor<1xi32>) -> (tensor<3x2xf32>, tensor<4xf32>) {
      %0 = tq.scatter_nd %d, %i, %u : (tensor<3x2xf32>, tensor<2x1xi32>, tensor<2x2xf32>) -> tensor<3x2xf32>
      %1 = circle.scatter_nd %ci, %cu, %shape : (tensor<3x1xi32>, tensor<3xf32>, tensor<1xi32>) -> tensor<4xf32>
      return %0, %1 : tensor<3x2xf32>, tensor<4xf32>
    })mlir";
  // tq (ONNX): rows 2 and 0 replaced. circle (TFLite): duplicate index 1
  // accumulates into zeros.
  std::vector<HostTensor> inputs = {
      f32({3, 2}, {1, 2, 3, 4, 5, 6}), ints(32, {2, 1}, {2, 0}),
      f32({2, 2}, {10, 11, 12, 13}),   ints(32, {3, 1}, {1, 3, 1}),
      f32({3}, {1, 5, 2}),             ints(32, {1}, {4})};
  expectFloats(ir, inputs, {12, 13, 3, 4, 10, 11}, 0.0, 0);
  expectFloats(ir, inputs, {0, 3, 0, 5}, 0.0, 1);
}

TEST_F(GatherScatterTest, MaskedScatter) {
  const char *ir = R"mlir(
    func.func @main(%e: tensor<1x3x2xf32>, %m: tensor<1x3x1xi1>, %f: tensor<2x2xf32>) -> tensor<1x3x2xf32> {
      %0 = tq.masked_scatter %e, %m, %f : (tensor<1x3x2xf32>, tensor<1x3x1xi1>, tensor<2x2xf32>) -> tensor<1x3x2xf32>
      return %0 : tensor<1x3x2xf32>
    })mlir";
  HostTensor mask = HostTensor::fromInts(IntegerType::get(&context, 1),
                                         {1, 3, 1}, {0, 1, 1});
  expectFloats(ir,
               {f32({1, 3, 2}, {-1, -2, -3, -4, -5, -6}), mask,
                f32({2, 2}, {1, 2, 3, 4})},
               {-1, -2, 1, 2, 3, 4}, 0.0);
}

TEST_F(GatherScatterTest, MaskedScatterNeedsEnoughFeatures) {
  const char *ir = R"mlir(
    func.func @main(%e: tensor<1x3x2xf32>, %m: tensor<1x3x1xi1>, %f: tensor<1x2xf32>) -> tensor<1x3x2xf32> {
      %0 = tq.masked_scatter %e, %m, %f : (tensor<1x3x2xf32>, tensor<1x3x1xi1>, tensor<1x2xf32>) -> tensor<1x3x2xf32>
      return %0 : tensor<1x3x2xf32>
    })mlir";
  HostTensor mask = HostTensor::fromInts(IntegerType::get(&context, 1),
                                         {1, 3, 1}, {1, 1, 0});
  expectError(ir,
              {f32({1, 3, 2}, {0, 0, 0, 0, 0, 0}), mask, f32({1, 2}, {1, 2})},
              "expected at least 3 feature values");
}

} // namespace
