#!/usr/bin/env bash
# The whole test suite, from a fresh clone: set-up, generated-code check, lint + type-check,
# unit tests, integration tests (real containerd, ctr, runc and a QEMU guest).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh

echo "== protos are up to date"
before=$(mktemp -d)
cp src/generated/* "$before"/
npm run -s protos >/dev/null
if ! diff -rq "$before" src/generated >/dev/null; then
  echo "src/generated is stale: run npm run protos and commit" >&2
  exit 1
fi
rm -rf "$before"

echo "== lint and type-check"
npm run -s lint

echo "== guest image"
node bin/tandem guest build --arch amd64 >/dev/null

echo "== tests"
npx vitest run "$@"
