#!/bin/sh
# Usage: reject.sh OUT CMD...
# Runs CMD, which is told to write OUT, and prints what it printed (stdout
# and stderr) for FileCheck. Fails unless CMD exited with exactly 1, left no
# OUT behind and printed no crash report: `not` alone accepts any non-zero
# exit and says nothing about the output file.
out=$1
shift
rm -f "$out" "$out.log"
"$@" >"$out.log" 2>&1
rc=$?
cat "$out.log"
if [ "$rc" -ne 1 ]; then
  echo "reject.sh: expected exit code 1, got $rc"
  exit 1
fi
if [ -e "$out" ]; then
  echo "reject.sh: $out was written"
  exit 1
fi
if grep -q -e "Stack dump" -e "PLEASE submit" -e "Sanitizer" "$out.log"; then
  echo "reject.sh: crash report"
  exit 1
fi
exit 0
