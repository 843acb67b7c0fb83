#!/usr/bin/env bash
# README command 2: installs what is missing, builds, and runs every test
# (lit suites, gtest binaries, docs check) through ctest.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${TICO_BUILD_DIR:-$root/build}
"$root/scripts/build.sh"
cd "$build"
ctest --output-on-failure -j "$(nproc)"
