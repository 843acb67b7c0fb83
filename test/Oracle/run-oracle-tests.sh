#!/usr/bin/env bash
# ctest `oracle-litert`: runs the lit tests of test/Oracle, or exits 77
# (ctest SKIP_RETURN_CODE) with the reason when LiteRT.js or Node is
# missing. Usage: run-oracle-tests.sh LIT BUILD_TEST_ORACLE_DIR
set -euo pipefail
lit=$1 dir=$2
src=$(cd "$(dirname "$0")" && pwd)
if ! command -v node >/dev/null; then
  echo "SKIP: node not found (the LiteRT oracle needs Node.js >= 20)"
  exit 77
fi
if [ ! -f "$src/node_modules/@litertjs/core/package.json" ]; then
  echo "SKIP: @litertjs/core is not installed in $src/node_modules (run scripts/install-oracles.sh)"
  exit 77
fi
exec "$lit" -sv --param oracle=1 "$dir"
