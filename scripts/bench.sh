#!/usr/bin/env bash
# Benchmarks (not tests): tandem vs runc, tandem's snapshotter vs containerd's, the VM path.
# Each writes its table to docs/bench-*.md.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
npx tsc -p tsconfig.bench.json
for b in dist-bench/bench/shim.js dist-bench/src/bench/snapshotter.js dist-bench/bench/vm.js; do
  if [[ -f $b ]]; then echo "== $b"; node "$b"; fi
done
