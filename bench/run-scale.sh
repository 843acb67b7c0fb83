#!/usr/bin/env bash
# Scale benchmarks on LLM-shaped models (issue 9); see bench/README.md.
#
#   bench/run-scale.sh [--layers N] [--full] [--onnx] [--build DIR] [--tmp DIR] [--keep]
#
# Generates N- and 2N-layer models with tico-llm-gen (Qwen3-VL-2B shapes
# otherwise), then prints, each next to its physical reference measured in
# the same run:
#   (a) export of the lowered float 2N-layer model (.mlirbc -> .circle,
#       offset mode above 2 GiB) with tico-translate --to-circle, against
#       `cp` of a file of the same bytes;
#   (b) the full pipeline with tico-convert (import, prepare, int8
#       per-channel weights, lower, export, verify) on the 2N-layer model,
#       against reading and writing the input model's bytes once through a
#       process (`dd bs=16M`; the verdict) and against `cp` (shown too:
#       coreutils' cp copies with copy_file_range, inside the kernel);
#   (c) the pipeline at N and 2N layers: t(2N) / t(N).
# --onnx adds (b-onnx): the pipeline of (b) on the same model written as
# ONNX with external data, against `dd` and `cp` of its .onnx.data file.
# --full runs (a) and (b) on the 28-layer model (~6.9 GB of f32 weights).
# Peak RSS is /usr/bin/time's maximum resident set size. Every timed step
# starts after `sync`, so writeback of the previous step does not count.
# Run it holding /tmp/tico-build.lock: builds would disturb the timings.
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
build=$here/build
layers=4
full=0
onnx=0
keep=0
tmp=${TMPDIR:-/tmp}/tico-scale.$$
while [[ $# -gt 0 ]]; do
  case $1 in
    --layers) layers=$2; shift 2 ;;
    --layers=*) layers=${1#*=}; shift ;;
    --full) full=1; shift ;;
    --build) build=$2; shift 2 ;;
    --build=*) build=${1#*=}; shift ;;
    --tmp) tmp=$2; shift 2 ;;
    --tmp=*) tmp=${1#*=}; shift ;;
    --keep) keep=1; shift ;;
    --onnx) onnx=1; shift ;;
    -h|--help) sed -n '2,25p' "$0"; exit 0 ;;
    *) echo "run-scale.sh: unknown option '$1'" >&2; exit 2 ;;
  esac
done

bin=$build/bin
for tool in tico-llm-gen tico-opt tico-translate tico-convert; do
  [[ -x $bin/$tool ]] || { echo "run-scale.sh: $bin/$tool not built" >&2; exit 2; }
done
[[ -x /usr/bin/time ]] || { echo "run-scale.sh: needs /usr/bin/time (Debian package 'time')" >&2; exit 2; }
mkdir -p "$tmp"
if [[ $keep == 0 ]]; then trap 'rm -rf "$tmp"' EXIT; fi

# timed NAME CMD...: runs CMD after sync; sets T (seconds) and RSS (MiB).
timed() {
  local name=$1; shift
  sync
  if ! /usr/bin/time -f '%e %M' -o "$tmp/$name.time" "$@" >"$tmp/$name.log" 2>&1; then
    echo "run-scale.sh: '$*' failed:" >&2; tail -20 "$tmp/$name.log" >&2; exit 1
  fi
  read -r T kib <"$tmp/$name.time"
  RSS=$(awk -v k="$kib" 'BEGIN { printf "%.1f", k / 1024 }')
}
# readwrite NAME FILE: reads FILE and writes its bytes once through this
# process (dd, 16 MiB blocks) after sync; sets T. Then `cp` of FILE; sets TCP.
readwrite() {
  timed "dd-$1" dd if="$2" of="$tmp/copy" bs=16M status=none
  rm -f "$tmp/copy"
  local t=$T
  timed "cp-$1" cp "$2" "$tmp/copy"
  rm -f "$tmp/copy"
  TCP=$T; T=$t
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
verdict() { awk -v v="$1" -v t="$2" 'BEGIN { print (v <= t) ? "MET" : "MISSED" }'; }

# gen LAYERS: writes $tmp/model-LAYERS.mlirbc; sets W (float weight bytes).
gen() {
  local out=$tmp/model-$1.mlirbc
  timed gen-$1 "$bin/tico-llm-gen" --layers="$1" -o "$out"
  W=$(sed -n 's/.*, \([0-9]*\) float weight bytes/\1/p' "$tmp/gen-$1.log")
  echo "generated $1 layers: $W float weight bytes, $(stat -c %s "$out") file bytes, ${T} s"
}

echo "== tico scale benchmarks: $(date -u '+%Y-%m-%d %H:%M UTC'), $(git -C "$here" rev-parse --short HEAD 2>/dev/null || echo '?')"
n=$layers; n2=$((2 * layers)); big=$n2
[[ $full == 1 ]] && big=28
gen "$n"; Wn=$W
gen "$n2"; Wn2=$W
if [[ $big != "$n2" ]]; then gen "$big"; fi
Wbig=$W
model=$tmp/model-$big.mlirbc
limit() { awk -v w="$1" 'BEGIN { printf "%.1f", (1.1 * w + 200e6) / 1048576 }'; }

echo
echo "== (a) export of the float $big-layer model to .circle vs cp"
timed lower "$bin/tico-opt" --tico-lower-to-circle --emit-bytecode "$model" -o "$tmp/lowered.mlirbc"
echo "lower (tico-opt --tico-lower-to-circle, not part of the ratio): ${T} s, peak RSS ${RSS} MiB"
timed export "$bin/tico-translate" --to-circle "$tmp/lowered.mlirbc" -o "$tmp/float.circle"
te=$T; re=$RSS
timed cp-export cp "$tmp/lowered.mlirbc" "$tmp/copy"
tc=$T
rm -f "$tmp/copy"
echo "export: ${te} s, peak RSS ${re} MiB, $(stat -c %s "$tmp/float.circle") bytes"
echo "cp of the weight file: ${tc} s"
echo "export / cp = $(ratio "$te" "$tc") (target <= 1.5: $(verdict "$(ratio "$te" "$tc")" 1.5))"
echo "peak RSS ${re} MiB, limit 1.1 x weights + 200 MB = $(limit "$Wbig") MiB ($(verdict "$re" "$(limit "$Wbig")"))"
rm -f "$tmp/lowered.mlirbc" "$tmp/float.circle"

echo
echo "== (b) full pipeline (tico-convert, int8 per-channel weights) on $big layers vs read + write"
# convert LAYERS [INPUT]: the pipeline on INPUT (default the LAYERS .mlirbc).
convert() {
  timed "convert-$1" "$bin/tico-convert" "${2:-$tmp/model-$1.mlirbc}" --weight-dtype=int8 \
    --granularity=per-channel -o "$tmp/q-$1.circle"
  sed -n 's/^\(\[[0-9]\/[0-9]\] .*\)/  \1/p' "$tmp/convert-$1.log"
  rm -f "$tmp/q-$1.circle"
}
convert "$big"; tp=$T; rp=$RSS
readwrite model "$model"
tr=$T
echo "pipeline: ${tp} s, peak RSS ${rp} MiB"
echo "read + write the weights once (dd bs=16M of the model): ${tr} s; cp: ${TCP} s (pipeline / cp = $(ratio "$tp" "$TCP"))"
echo "pipeline / (read + write) = $(ratio "$tp" "$tr") (target <= 3: $(verdict "$(ratio "$tp" "$tr")" 3))"
echo "peak RSS ${rp} MiB, limit $(limit "$Wbig") MiB ($(verdict "$rp" "$(limit "$Wbig")"))"

if [[ $onnx == 1 ]]; then
  echo
  echo "== (b-onnx) the same pipeline on the $big-layer model as ONNX with external data vs read + write"
  onnxModel=$tmp/model-$big.onnx
  timed gen-onnx "$bin/tico-llm-gen" --layers="$big" -o "$onnxModel"
  echo "generated $big layers as ONNX: $(stat -c %s "$onnxModel") + $(stat -c %s "$onnxModel.data") (external data) bytes, ${T} s"
  convert "$big" "$onnxModel"; to=$T; ro=$RSS
  readwrite onnx "$onnxModel.data"
  tro=$T
  rm -f "$onnxModel" "$onnxModel.data"
  echo "pipeline: ${to} s, peak RSS ${ro} MiB (from .mlirbc: ${tp} s, ${rp} MiB)"
  echo "read + write the weights once (dd bs=16M of the .onnx.data): ${tro} s; cp: ${TCP} s"
  echo "pipeline / (read + write) = $(ratio "$to" "$tro") (target <= 3: $(verdict "$(ratio "$to" "$tro")" 3))"
  echo "peak RSS ${ro} MiB, limit $(limit "$Wbig") MiB ($(verdict "$ro" "$(limit "$Wbig")"))"
fi

echo
echo "== (c) pipeline scaling: $n vs $n2 layers"
if [[ $big == "$n2" ]]; then t2=$tp; else convert "$n2"; t2=$T; fi
convert "$n"; t1=$T
echo "t($n) = ${t1} s, t($n2) = ${t2} s, ratio $(ratio "$t2" "$t1") (target <= 2.2: $(verdict "$(ratio "$t2" "$t1")" 2.2))"
echo "weights: $Wn and $Wn2 bytes (the embedding table does not grow with the layers, so the ideal ratio is $(ratio "$Wn2" "$Wn"))"
