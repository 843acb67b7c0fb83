#!/usr/bin/env bash
# README command 2: installs what is missing, builds, and runs every test
# (lit suites, gtest binaries, docs check, the LiteRT oracle) through ctest.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${TICO_BUILD_DIR:-$root/build}
"$root/scripts/build.sh"
# Third-party runtimes for the oracle tests (npm, into test/Oracle); without
# them ctest reports oracle-litert as skipped.
"$root/scripts/install-oracles.sh" ||
  echo "test.sh: oracle runtimes not installed; oracle-litert will be skipped"
cd "$build"
ctest --output-on-failure -j "$(nproc)"
