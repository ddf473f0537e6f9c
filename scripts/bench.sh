#!/usr/bin/env bash
# Benchmarks (not tests): tandem vs runc (latency, throughput, memory, load), tandem's snapshotter vs containerd's, the VM path.
# Each writes its table to docs/bench-*.md.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
npx tsc -p tsconfig.bench.json
# The generated protobuf modules are plain JS, which tsc does not copy (as in post-build.mjs).
mkdir -p dist-bench/src/generated && cp src/generated/*.js dist-bench/src/generated/
echo "== shim: tandem vs runc"
node dist-bench/bench/shim.js
echo "== load: containers per second at concurrency 10, shim daemon memory over 1,000 cycles"
node dist-bench/bench/load.js
echo "== snapshotter: tandem vs containerd's native and overlayfs"
node dist-bench/bench/snapshotter.js --out docs/bench-snapshotter-results.md
echo "== docker endpoint: docker run --rm and docker pull vs ctr, endpoint memory"
node dist-bench/bench/docker.js
echo "== docker build: first and cached vs ctr-level"
node dist-bench/bench/build.js
if [[ -f dist-bench/bench/vm.js ]]; then
  echo "== VM path"
  node dist-bench/bench/vm.js
fi
echo "== foreign architectures: qemu-user in the guest vs a guest of their own"
node dist-bench/bench/platforms.js
