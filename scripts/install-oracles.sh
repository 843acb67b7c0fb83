#!/usr/bin/env bash
# Installs the pinned third-party runtimes the oracle tests compare tico-run
# against (test/Oracle/package.json + package-lock.json: LiteRT.js, Google's
# TFLite runtime as WebAssembly) into test/Oracle/node_modules. Nothing is
# installed globally. Safe to run again: an up-to-date install is left alone
# without touching the network. Without them the oracle tests are skipped.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
dir=$root/test/Oracle

# The installed version of each pinned package must be the locked one.
installed() {
  command -v node >/dev/null || return 1
  node -e '
    const fs = require("fs"), path = require("path");
    const lock = JSON.parse(fs.readFileSync(path.join(process.argv[1], "package-lock.json")));
    for (const [key, entry] of Object.entries(lock.packages)) {
      if (!key) continue;
      const file = path.join(process.argv[1], key, "package.json");
      if (!fs.existsSync(file) || JSON.parse(fs.readFileSync(file)).version !== entry.version)
        process.exit(1);
    }' "$dir"
}

if installed; then
  echo "install-oracles: already installed in $dir/node_modules"
  exit 0
fi
for tool in node npm; do
  if ! command -v "$tool" >/dev/null; then
    echo "install-oracles: '$tool' not found; install Node.js >= 20 (the oracle tests are skipped without it)" >&2
    exit 1
  fi
done
echo "install-oracles: npm ci in $dir"
if ! (cd "$dir" && npm ci --ignore-scripts --no-audit --no-fund); then
  echo "install-oracles: npm ci failed (no registry access?); the oracle tests will be skipped" >&2
  exit 1
fi
installed
echo "install-oracles: installed in $dir/node_modules"
