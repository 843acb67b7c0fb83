#!/bin/sh
# byte-identity.sh EXPORT_DIR OUT_DIR [tico-translate --to-circle flags...]
#
# For every export test input that exports (error-*.mlir are the negative
# tests): export it (A), import A and export the result again (B), and
# compare A and B byte by byte; A must also pass `tico-circle verify`.
# Prints one line per file and exits 1 if any file differs, fails the
# checks, or any step fails.
set -eu
dir=$1
out=$2
shift 2
status=0
count=0
for input in "$dir"/*.mlir; do
  name=$(basename "$input" .mlir)
  case $name in error-*) continue ;; esac
  # split-file inputs hold several modules (op-versions.mlir).
  grep -q "split-file" "$input" && continue
  tico-translate --to-circle "$@" "$input" -o "$out/$name.a.circle"
  if ! tico-circle verify "$out/$name.a.circle" > "$out/$name.verify.txt"; then
    echo "VERIFY FAILED: $name"
    status=1
  fi
  tico-translate --from-circle "$out/$name.a.circle" -o "$out/$name.imported.mlir"
  tico-translate --to-circle "$@" "$out/$name.imported.mlir" -o "$out/$name.b.circle"
  if cmp "$out/$name.a.circle" "$out/$name.b.circle"; then
    echo "identical: $name"
  else
    echo "DIFFERENT: $name"
    status=1
  fi
  count=$((count + 1))
done
echo "$count file(s) compared"
exit $status
