#!/usr/bin/env bash
# Everything CI runs for this example, from any directory: build and pack the @seams packages,
# install the tarballs with npm, compile with tsc (strict: the type check of the published .d.ts
# files too), then node --test on the fakes (pg-mem and PGlite), on real PostgreSQL, and
# @seams/testenv's own node:test example (PostgreSQL, RabbitMQ, Redis) on the same tarballs. The
# servers come from TEST_POSTGRES_URL, TEST_RABBITMQ_URL and TEST_REDIS_URL, else from Docker
# through Testcontainers, as @seams/testenv resolves them. Ends with one vitest-style "Tests" line,
# which scripts/test-summary.mjs counts.
set -euo pipefail
EXAMPLE=$(cd "$(dirname "$0")/.." && pwd)
LOGS=$(mktemp -d)
trap 'rm -rf "$LOGS"' EXIT
started=$(date +%s%N)
lap() { echo "inventory-service: $1 ($((($(date +%s%N) - started) / 1000000)) ms)"; }

bash "$EXAMPLE/scripts/install-packed.sh"
lap 'packed tarballs installed with npm'
cd "$EXAMPLE"
rm -rf dist
npm run --silent build
lap 'compiled with tsc'

# The passes side by side: the real ones mostly wait on the servers (their last seconds are
# testenv dropping the run's databases), the fake one on the CPU (PGlite's start above all).
passes=(test test:containers test:testenv-example)
pids=()
for pass in "${passes[@]}"; do
  npm run --silent "$pass" >"$LOGS/$pass.log" 2>&1 &
  pids+=($!)
done
status=0
for i in "${!passes[@]}"; do
  wait "${pids[$i]}" || status=1
  echo "--- npm run ${passes[$i]}"
  cat "$LOGS/${passes[$i]}.log"
done
lap 'node --test: fakes, PostgreSQL, testenv example'

# node:test's spec reporter ends each run with "ℹ pass N" and "ℹ fail N".
count() { awk -v key="$1" '$1 == "ℹ" && $2 == key { n += $3 } END { print n + 0 }' "$LOGS"/*.log; }
echo "      Tests  $(count pass) passed | $(count fail) failed (examples/inventory-service, node:test)"
exit "$status"
