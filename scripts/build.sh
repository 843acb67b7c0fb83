#!/usr/bin/env bash
# Configures (once) and builds tico-mlir into build/ (or $TICO_BUILD_DIR).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${TICO_BUILD_DIR:-$root/build}
"$root/scripts/install-deps.sh"
# ccache keys on paths relative to this directory, so clones share hits.
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$(dirname "$root")}
if [[ ! -f "$build/build.ninja" ]]; then
  cmake -G Ninja -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release
fi
cmake --build "$build" -j "$(nproc)"
