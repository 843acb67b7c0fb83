//===- ObserversTest.cpp - calibration observers on known data ------------===//

#include "tico/Quantization/Observers.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

using namespace mlir::tico::quantization;

namespace {

using Range = std::pair<double, double>;

ObserverOptions options(ObserverKind kind) {
  ObserverOptions o;
  o.kind = kind;
  return o;
}

TEST(ObserversTest, ParseKind) {
  EXPECT_EQ(parseObserverKind("minmax"), ObserverKind::MinMax);
  EXPECT_EQ(parseObserverKind("ema"), ObserverKind::Ema);
  EXPECT_EQ(parseObserverKind("percentile"), ObserverKind::Percentile);
  EXPECT_EQ(parseObserverKind("histogram"), std::nullopt);
}

TEST(ObserversTest, MinMaxIsRunningExtremes) {
  Observer obs(options(ObserverKind::MinMax));
  obs.update({1, -2, 3}, {3});
  obs.update({0.5, 4}, {2});
  EXPECT_EQ(obs.getNumBatches(), 2u);
  EXPECT_EQ(obs.getRanges().front(), Range(-2, 4));
}

TEST(ObserversTest, MinMaxIgnoresNonFinite) {
  constexpr double inf = std::numeric_limits<double>::infinity();
  Observer obs(options(ObserverKind::MinMax));
  EXPECT_FALSE(obs.sawNonFinite());
  obs.update({-inf, 1, 2, NAN}, {4});
  EXPECT_EQ(obs.getRanges().front(), Range(1, 2));
  EXPECT_TRUE(obs.sawNonFinite());
}

TEST(ObserversTest, NothingFiniteGivesZeroRange) {
  Observer obs(options(ObserverKind::MinMax));
  EXPECT_EQ(obs.getRanges().front(), Range(0, 0));
  obs.update({-INFINITY}, {1});
  EXPECT_EQ(obs.getRanges().front(), Range(0, 0));
}

TEST(ObserversTest, MinMaxPerChannel) {
  ObserverOptions o = options(ObserverKind::MinMax);
  o.axis = 1;
  Observer obs(o);
  // [[1, -5], [3, 2]]: channel 0 {1, 3}, channel 1 {-5, 2}.
  obs.update({1, -5, 3, 2}, {2, 2});
  obs.update({0, 0, 7, 0}, {2, 2});
  auto ranges = obs.getRanges();
  ASSERT_EQ(ranges.size(), 2u);
  EXPECT_EQ(ranges[0], Range(0, 7));
  EXPECT_EQ(ranges[1], Range(-5, 2));
}

TEST(ObserversTest, EmaFirstBatchInitializesThenAverages) {
  ObserverOptions o = options(ObserverKind::Ema);
  o.momentum = 0.5;
  Observer obs(o);
  obs.update({-1, 2}, {2});
  EXPECT_EQ(obs.getRanges().front(), Range(-1, 2));
  // 0.5 * -1 + 0.5 * -3 = -2; 0.5 * 2 + 0.5 * 4 = 3.
  obs.update({-3, 4}, {2});
  EXPECT_EQ(obs.getRanges().front(), Range(-2, 3));
  // 0.5 * -2 + 0.5 * 0 = -1; 0.5 * 3 + 0.5 * 0 = 1.5.
  obs.update({0, 0}, {2});
  EXPECT_EQ(obs.getRanges().front(), Range(-1, 1.5));
}

TEST(ObserversTest, EmaDefaultMomentum) {
  Observer obs(options(ObserverKind::Ema));
  obs.update({0, 10}, {2});
  obs.update({0, 0}, {2});
  // 0.9 * 10 + 0.1 * 0 = 9.
  EXPECT_DOUBLE_EQ(obs.getRanges().front().second, 9.0);
}

TEST(ObserversTest, PercentileInterpolatesLikeNumpy) {
  std::vector<double> v = {4, 1, 3, 2};
  // rank 0.5 * 3 = 1.5 between 2 and 3.
  EXPECT_DOUBLE_EQ(computePercentile(v, 50), 2.5);
  EXPECT_DOUBLE_EQ(computePercentile(v, 0), 1);
  EXPECT_DOUBLE_EQ(computePercentile(v, 100), 4);
  std::vector<double> one = {7};
  EXPECT_DOUBLE_EQ(computePercentile(one, 30), 7);
}

std::vector<double> iota(int from, int to) {
  std::vector<double> v;
  for (int i = from; i <= to; ++i)
    v.push_back(i);
  return v;
}

TEST(ObserversTest, PercentileNonNegativeClipsTop) {
  ObserverOptions o = options(ObserverKind::Percentile);
  o.percentile = 90;
  Observer obs(o);
  std::vector<double> data = iota(0, 100); // 101 values, rank 90 = 90
  obs.update(data, {101});
  EXPECT_EQ(obs.getRanges().front(), Range(0, 90));
}

TEST(ObserversTest, PercentileNegativeOnlyClipsBottom) {
  ObserverOptions o = options(ObserverKind::Percentile);
  o.percentile = 80;
  Observer obs(o);
  std::vector<double> data = iota(-10, 0); // q(20): rank 2 -> -8
  obs.update(data, {11});
  EXPECT_EQ(obs.getRanges().front(), Range(-8, 0));
}

TEST(ObserversTest, PercentileMixedSplitsTails) {
  ObserverOptions o = options(ObserverKind::Percentile);
  o.percentile = 90;
  Observer obs(o);
  // -50..50 in two batches; tails of 5% each: q(5) = -45, q(95) = 45.
  std::vector<double> a = iota(-50, 0), b = iota(1, 50);
  obs.update(a, {51});
  obs.update(b, {50});
  EXPECT_EQ(obs.getNumBatches(), 2u);
  EXPECT_EQ(obs.getRanges().front(), Range(-45, 45));
}

TEST(ObserversTest, Percentile100IsMinMax) {
  ObserverOptions o = options(ObserverKind::Percentile);
  o.percentile = 100;
  Observer obs(o);
  obs.update({-3, 0.5, 9, INFINITY}, {4});
  EXPECT_EQ(obs.getRanges().front(), Range(-3, 9));
}

TEST(ObserversTest, PercentileReservoirKeepsExactExtremes) {
  ObserverOptions o = options(ObserverKind::Percentile);
  o.percentile = 90;
  o.maxValues = 1000;
  Observer obs(o);
  // 0..9999 in 10 batches, only 1000 kept: min/max stay exact, q(90) of a
  // uniform sample of 0..9999 is near 9000 (1000 samples: a few percent).
  for (int b = 0; b < 10; ++b) {
    std::vector<double> data = iota(b * 1000, b * 1000 + 999);
    obs.update(data, {1000});
  }
  auto [low, high] = obs.getRanges().front();
  EXPECT_EQ(low, 0);
  EXPECT_NEAR(high, 9000, 400);
  o.percentile = 100;
  Observer all(o);
  for (int b = 0; b < 10; ++b) {
    std::vector<double> data = iota(b * 1000, b * 1000 + 999);
    all.update(data, {1000});
  }
  EXPECT_EQ(all.getRanges().front(), Range(0, 9999));
}

} // namespace
