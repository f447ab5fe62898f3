#!/usr/bin/env bash
# Soak: are the suites stable under load and when CI shards share the servers? Run before each
# release, on a machine nothing else is using (see CONTRIBUTING.md).
#   1. the fast suite cold (`turbo test --force`) SOAK_RUNS times in a row while a CPU hog keeps
#      every core busy;
#   2. the real-server suites SOAK_SHARDS times at once against the same PostgreSQL, RabbitMQ and
#      Redis (two CI shards sharing servers), then what they left there: every database, vhost,
#      queue, exchange and Redis key carrying one of the shards' testenv run ids.
# Fails on any failed run, and on anything left behind. Prints each run's time.
#
# Knobs (environment):
#   SOAK_RUNS=5      cold fast runs                  SOAK_HOG=1    1: a busy loop per core during them, 0: none
#   SOAK_SHARDS=2    concurrent real-suite runs      SOAK_PHASES="fast real"   which phases run
#   SOAK_FILTER=""   turbo filters for both phases, e.g. "--filter=@seams/redis-adapter" (a small-scale check)
#   TEST_POSTGRES_URL, TEST_RABBITMQ_URL, TEST_REDIS_URL   the servers (default: the local ones)
set -uo pipefail
cd "$(dirname "$0")/.."

RUNS=${SOAK_RUNS:-5}
HOG=${SOAK_HOG:-1}
SHARDS=${SOAK_SHARDS:-2}
PHASES=${SOAK_PHASES:-fast real}
read -r -a FILTER <<<"${SOAK_FILTER:-}"
export TEST_POSTGRES_URL=${TEST_POSTGRES_URL:-postgres://postgres@127.0.0.1:5432/postgres}
export TEST_RABBITMQ_URL=${TEST_RABBITMQ_URL:-amqp://guest:guest@127.0.0.1:5672}
export TEST_REDIS_URL=${TEST_REDIS_URL:-redis://127.0.0.1:6379}
export TURBO_TELEMETRY_DISABLED=1

LOGS=$(mktemp -d "${TMPDIR:-/tmp}/seams-soak.XXXXXX")
HOG_PIDS=()
failures=0

say() { printf 'soak: %s\n' "$*"; }
fail() { say "FAILED: $*"; failures=$((failures + 1)); }
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }

stop_hog() {
  [ "${#HOG_PIDS[@]}" -gt 0 ] || return 0
  kill "${HOG_PIDS[@]}" 2>/dev/null
  wait "${HOG_PIDS[@]}" 2>/dev/null
  HOG_PIDS=()
}
trap stop_hog EXIT

start_hog() {
  local cores
  cores=$(nproc)
  for _ in $(seq 1 "$cores"); do
    node -e 'for (;;) {}' &
    HOG_PIDS+=("$!")
  done
  say "CPU hog: ${#HOG_PIDS[@]} busy loop(s), one per core (pids ${HOG_PIDS[*]})"
}

fast_phase() {
  say "fast suite cold, ${RUNS} run(s), CPU hog $([ "$HOG" = 1 ] && echo on || echo off)"
  [ "$HOG" = 1 ] && start_hog
  local i started status
  for i in $(seq 1 "$RUNS"); do
    started=$(now)
    pnpm turbo test --force "${FILTER[@]}" --output-logs=errors-only >"$LOGS/fast-$i.log" 2>&1
    status=$?
    if [ "$status" -eq 0 ]; then
      say "fast run $i/$RUNS: passed in $(since "$started") s"
    else
      fail "fast run $i/$RUNS (exit $status after $(since "$started") s); its log: $LOGS/fast-$i.log"
      grep -E 'FAIL|×|Error' "$LOGS/fast-$i.log" | head -n 20
    fi
  done
  stop_hog
}

real_phase() {
  say "real suites, ${SHARDS} shard(s) at once on the same servers"
  # Built once up front: two turbo runs building the same dist/ at once would race.
  if ! pnpm turbo build "${FILTER[@]}" --output-logs=errors-only >"$LOGS/build.log" 2>&1; then
    fail "build before the shards; its log: $LOGS/build.log"
    return
  fi
  node scripts/soak-leftovers.mjs snapshot "$LOGS/servers-before.txt" || { fail "snapshot of the servers"; return; }
  local shard started pids=() status
  started=$(now)
  for shard in $(seq 1 "$SHARDS"); do
    # --only: the build ran above; each shard runs its packages one at a time, as CI does.
    pnpm turbo run test:containers --only --concurrency=1 "${FILTER[@]}" --output-logs=full \
      >"$LOGS/shard-$shard.log" 2>&1 &
    pids+=("$!")
  done
  for shard in $(seq 1 "$SHARDS"); do
    wait "${pids[$((shard - 1))]}"
    status=$?
    if [ "$status" -eq 0 ]; then
      say "shard $shard/$SHARDS: passed ($(node scripts/test-summary.mjs "$LOGS/shard-$shard.log" | head -n 1))"
    else
      fail "shard $shard/$SHARDS (exit $status); its log: $LOGS/shard-$shard.log"
      grep -E 'FAIL|×|Error' "$LOGS/shard-$shard.log" | head -n 20
    fi
  done
  say "shards took $(since "$started") s"
  node scripts/soak-leftovers.mjs snapshot "$LOGS/servers-after.txt" || { fail "snapshot of the servers"; return; }
  node scripts/soak-leftovers.mjs compare "$LOGS/servers-before.txt" "$LOGS/servers-after.txt" "$LOGS"/shard-*.log ||
    fail "the shards left names on the servers"
}

for phase in $PHASES; do
  case "$phase" in
    fast) fast_phase ;;
    real) real_phase ;;
    *) fail "unknown phase '$phase' (fast, real)" ;;
  esac
done

if [ "$failures" -eq 0 ]; then
  say "passed (logs in $LOGS)"
  exit 0
fi
say "$failures failure(s) (logs in $LOGS)"
exit 1
