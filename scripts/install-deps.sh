#!/usr/bin/env bash
# Installs the Debian packages tico-mlir needs that are not yet installed.
# Idempotent: does nothing (and needs no network) when everything is there.
set -euo pipefail

packages=(
  cmake ninja-build g++ ccache python3 python3-numpy
  llvm-22-dev llvm-22-tools libmlir-22-dev mlir-22-tools
  libzstd-dev zlib1g-dev               # LLVM's CMake package requires them
  flatbuffers-compiler libflatbuffers-dev
  libgtest-dev libbenchmark-dev
  libonnx-dev protobuf-compiler libprotobuf-dev   # the ONNX importer
  libonnx-testdata                     # ONNX node tests (tico-onnx-node-test)
)

missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$p")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

echo "installing: ${missing[*]}"
if [[ $(id -u) -ne 0 ]]; then
  echo "error: missing packages and not root; run: apt-get install ${missing[*]}" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}"
