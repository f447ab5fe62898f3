#!/usr/bin/env bash
# Everything CI runs for this example, from any directory: build and pack the @seams packages,
# install the tarballs with npm, compile with tsc (strict: the type check of the published .d.ts
# files too), then node --test on the fakes (pg-mem and PGlite) and on real PostgreSQL. The server
# comes from TEST_POSTGRES_URL, else from Docker through Testcontainers, as @seams/testenv resolves
# it. Ends with one vitest-style "Tests" line, which scripts/test-summary.mjs counts.
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

# The two passes side by side: the real one mostly waits on the server (its last seconds are
# testenv dropping the run's databases), the fake one on the CPU (PGlite's start above all).
npm run --silent test >"$LOGS/fakes.log" 2>&1 &
fakes=$!
npm run --silent test:containers >"$LOGS/real.log" 2>&1 &
real=$!
status=0
wait "$fakes" || status=1
wait "$real" || status=1
echo '--- node --test on the fakes'
cat "$LOGS/fakes.log"
echo '--- node --test on PostgreSQL'
cat "$LOGS/real.log"
lap 'node --test on the fakes and on PostgreSQL'

# node:test's spec reporter ends each run with "ℹ pass N" and "ℹ fail N".
count() { awk -v key="$1" '$1 == "ℹ" && $2 == key { n += $3 } END { print n + 0 }' "$LOGS"/*.log; }
echo "      Tests  $(count pass) passed | $(count fail) failed (examples/inventory-service, node:test)"
exit "$status"
