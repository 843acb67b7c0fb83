#!/usr/bin/env bash
# README command 1, the main job: installs what is missing, builds, and
# converts the bundled default model (models/tiny_vlm) to out/<model>.circle
# with tico-convert, which prints each step's time and a summary: operators,
# bytes by dtype, qparam coverage, the verify result, the signatures, and
# how far the .circle is from the input model on the bundled evaluation
# inputs (Mean |diff|, Max |diff|, PEIR).
#
# The bundled model is float and has no fake-quants; quantization joins the
# flow here once the calibration pass lands (issue 8, docs/user-guide.md).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${TICO_BUILD_DIR:-$root/build}
# A config (.json) or a model (.mlir); the bundled model's config by default.
input=$(realpath "${1:-$root/models/tiny_vlm/tiny_vlm.json}")

"$root/scripts/build.sh"
# Paths relative to the checkout in what tico-convert prints.
cd "$root"
input=$(realpath --relative-to=. "$input")
mkdir -p out
name=$(basename "${input%.*}")
case "$input" in
  *.json) "$build/bin/tico-convert" --config "$input" -o "out/$name.circle" ;;
  *) "$build/bin/tico-convert" "$input" -o "out/$name.circle" ;;
esac
