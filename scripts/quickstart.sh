#!/usr/bin/env bash
# README command 1, the main job: installs what is missing, builds, and
# converts the bundled default model (models/tiny_vlm) to out/<model>.circle,
# then prints a summary of the result and its consistency check.
#
# The flow today: tq model -> convert-tq-to-circle + cleanup (tico-opt) ->
# .circle (tico-translate) -> inspect + verify (tico-circle). Quantization and
# the multimodal passes plug in here as they land (issues 5, 6, 8).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${TICO_BUILD_DIR:-$root/build}
model=${1:-$root/models/tiny_vlm/tiny_vlm.mlir}
name=$(basename "$model" .mlir)
out=$root/out
bin=$build/bin

"$root/scripts/build.sh"
mkdir -p "$out"

echo "== tico: converting $model"
start=$(date +%s.%N)
"$bin/tico-opt" "$model" \
  --tico-lower-to-circle \
  -o "$out/$name.circle.mlir"
"$bin/tico-translate" --to-circle "$out/$name.circle.mlir" -o "$out/$name.circle"
end=$(date +%s.%N)
awk -v s="$start" -v e="$end" 'BEGIN { printf "== converted in %.2f s\n", e - s }'

echo "== summary"
"$bin/tico-circle" inspect "$out/$name.circle"
echo "== verify"
"$bin/tico-circle" verify "$out/$name.circle" | tail -n 1
echo "== wrote $out/$name.circle"
