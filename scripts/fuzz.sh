#!/usr/bin/env bash
# The long fuzz run (the test command runs each property TANDEM_FUZZ_RUNS=200 times): every
# *.fuzz.test.ts with many more inputs, then the Docker endpoint's HTTP fuzz against a real
# containerd. A failure prints fast-check's seed and shrunk input; TANDEM_FUZZ_SEED=<seed>
# replays it. Usage: npm run fuzz [-- RUNS [HTTP_RUNS]]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-${TANDEM_FUZZ_RUNS:-20000}}
http_runs=${2:-2000}
echo "== unit fuzzers, $runs runs per property"
TANDEM_FUZZ_RUNS=$runs npx vitest run --project unit $(find src -name '*.fuzz.test.ts' | sort)
echo "== Docker endpoint bodies and query strings, $http_runs requests"
npm run -s build
TANDEM_FUZZ_RUNS=$http_runs npx vitest run --project integration test/faults/docker-endpoint.test.ts -t 'JSON bodies'
