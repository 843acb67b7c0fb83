#!/usr/bin/env bash
# README command 1, the main job: installs what is missing, builds, and runs
# the conversion flow on the bundled default model (models/tiny_vlm), writing
# its results into out/ and printing a summary.
#
# The flow runs what exists today: parse + verify, the cleanup pipeline
# (canonicalize, cse) and an op histogram. Later stages (lowering to circle,
# writing out/<model>.circle) plug in here as they land.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${TICO_BUILD_DIR:-$root/build}
model=${1:-$root/models/tiny_vlm/tiny_vlm.mlir}
name=$(basename "$model" .mlir)
out=$root/out

"$root/scripts/build.sh"
mkdir -p "$out"

echo "== tico: $model"
tmp=$(mktemp "$out/.${name}.XXXXXX")
trap 'rm -f "$tmp"' EXIT
"$build/bin/tico-opt" "$model" --canonicalize --cse -o "$tmp" \
  --print-op-stats 2> "$out/$name.opstats.txt"
mv "$tmp" "$out/$name.prepared.mlir"   # atomic: no partial file on failure
trap - EXIT

echo "== op histogram after cleanup"
grep -E "^\s+[a-z_]+\.[a-z_0-9]+\s+,\s+[0-9]+" "$out/$name.opstats.txt" || cat "$out/$name.opstats.txt"
echo "== wrote $out/$name.prepared.mlir"
