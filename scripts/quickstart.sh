#!/usr/bin/env bash
# README command 1, the main job: installs what is missing, builds, and
# converts the bundled default model, the tiny Gemma4-like VLM exported from
# PyTorch to ONNX (models/gemma4_like: config, calibration and evaluation
# inputs), to out/<config name>.circle with tico-convert: import, prepare
# (placeholders, fixed-slot fusion, masks, RoPE tables, RMSNorm), calibration,
# int16 quantization, lowering, export. It prints each step's time and a
# summary: operators, bytes by dtype, qparam coverage, the verify result,
# the signatures, and how far the quantized .circle is from the float ONNX
# model on the bundled evaluation inputs (Mean |diff|, Max |diff|, PEIR).
#
# An argument converts another config (.json/.yaml/.yml) or model instead.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${TICO_BUILD_DIR:-$root/build}
# A config or a model; the bundled model's config by default.
input=$(realpath "${1:-$root/models/gemma4_like/gemma4_like.json}")

"$root/scripts/build.sh"
# Paths relative to the checkout in what tico-convert prints.
cd "$root"
input=$(realpath --relative-to=. "$input")
mkdir -p out
name=$(basename "${input%.*}")
case "$input" in
  *.json | *.yaml | *.yml)
    "$build/bin/tico-convert" --config "$input" -o "out/$name.circle" ;;
  *) "$build/bin/tico-convert" "$input" -o "out/$name.circle" ;;
esac
