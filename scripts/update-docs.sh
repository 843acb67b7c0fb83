#!/usr/bin/env bash
# Copy the ODS-generated dialect and pass references from a build into docs/.
# Usage: scripts/update-docs.sh [build-dir]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
cmake --build "$build" --target tico-doc
for dir in dialects passes; do
  mkdir -p "$root/docs/$dir"
  rm -f "$root/docs/$dir"/*.md
  cp "$build/docs/$dir"/*.md "$root/docs/$dir/"
done
echo "docs/dialects and docs/passes refreshed from $build/docs"
