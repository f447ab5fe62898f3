#!/usr/bin/env bash
# The first minutes of a newcomer, checked: clones the repo into a temp folder and runs the README's
# two commands as written there (read from the README's first ```sh block, so they cannot drift):
# the first backgrounded until the service logs that it listens, then stopped with SIGINT (Ctrl-C);
# the second (the tests) to completion. Prints how long each step took. Fails when a command fails,
# when the service exits or never listens (within FIRST_RUN_LISTEN_TIMEOUT, default 180 s), or when it
# does not stop cleanly; never on a time: the time target lives in `pnpm bench` (bench/first-run.mjs).
#
# What differs from a newcomer's shell is the environment, not the commands: `npm i -g` installs into
# a temp prefix put first on PATH (the machine's own pnpm is left alone), PORT is a free port (3000
# may be taken on a shared machine), and TMPDIR is an empty folder, so tsx starts with no transform
# cache, as on a newcomer's machine.
#
# FIRST_RUN_SKIP_TEST=1 stops after the first command: `pnpm bench` times `pnpm start` more often than
# it can afford the cold `pnpm test` of a fresh clone (a minute; CI runs the whole script every time).
#
# Usage: bash scripts/first-run.sh [repo]   (default: this checkout's committed HEAD)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
SOURCE=${1:-$ROOT}
LISTEN_TIMEOUT=${FIRST_RUN_LISTEN_TIMEOUT:-180}
WORK=$(mktemp -d)
CLONE="$WORK/seams"
START_PID=

say() { echo "first-run: $*"; }
fail() { echo "first-run: FAILED: $*" >&2; exit 1; }
seconds_since() { awk -v a="$1" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f", b - a }'; }
# CPU seconds (user + system) the live processes of process group $1 have used (Linux /proc): a figure
# that, unlike the wall time, does not grow when other work shares the cores.
group_cpu() {
  cat /proc/[0-9]*/stat 2>/dev/null | awk -v group="$1" -v hz="$(getconf CLK_TCK)" '
    { sub(/^.*\) /, ""); if ($3 == group) ticks += $12 + $13 + $14 + $15 }
    END { printf "%.1f", ticks / hz }'
}
cleanup() {
  [ -n "$START_PID" ] && kill -KILL -- "-$START_PID" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

t=$EPOCHREALTIME
git clone --quiet "$SOURCE" "$CLONE" || fail "git clone $SOURCE"
say "git clone: $(seconds_since "$t") s"
cd "$CLONE"

# The clone's README, first ```sh block, comments and blank lines left out: exactly two commands.
mapfile -t COMMANDS < <(awk '/^```sh$/ { inside = 1; next } inside && /^```/ { exit }
  inside && !/^[[:space:]]*(#|$)/ { print }' README.md)
[ "${#COMMANDS[@]}" = 2 ] || fail "expected two commands in the README's first sh block, found ${#COMMANDS[@]}"
say "the README's commands: (1) ${COMMANDS[0]}  (2) ${COMMANDS[1]}"

export npm_config_prefix="$WORK/npm-global"
export TMPDIR="$WORK/tmp"
mkdir -p "$TMPDIR"
export PATH="$npm_config_prefix/bin:$PATH"
export PORT
PORT=$(node -e "const s = require('node:net').createServer().listen(0, '127.0.0.1', () => { console.log(s.address().port); s.close(); })")

# Command 1 is `a && b && ... && pnpm start`: each part timed; the last one runs in the background.
IFS=$'\n' read -r -d '' -a STEPS < <(printf '%s' "${COMMANDS[0]}" | sed 's/ && /\n/g' && printf '\0') || true
last=$((${#STEPS[@]} - 1))
for step in "${STEPS[@]:0:$last}"; do
  t=$EPOCHREALTIME
  bash -c "$step" >"$WORK/step.log" 2>&1 || { cat "$WORK/step.log"; fail "$step"; }
  say "$step: $(seconds_since "$t") s"
done

t=$EPOCHREALTIME
setsid bash -c "${STEPS[$last]}" >"$WORK/start.log" 2>&1 &
START_PID=$!
until grep -q 'order-service listening' "$WORK/start.log"; do
  kill -0 "$START_PID" 2>/dev/null || { cat "$WORK/start.log"; fail "${STEPS[$last]} exited before listening"; }
  awk -v s="$(seconds_since "$t")" -v max="$LISTEN_TIMEOUT" 'BEGIN { exit !(s > max) }' &&
    { cat "$WORK/start.log"; fail "${STEPS[$last]} did not listen within $LISTEN_TIMEOUT s"; }
  sleep 0.1
done
elapsed=$(seconds_since "$t")
say "${STEPS[$last]}: listening after $elapsed s ($(group_cpu "$START_PID") s of CPU)"
kill -INT -- "-$START_PID"
for _ in $(seq 1 300); do kill -0 "$START_PID" 2>/dev/null || break; sleep 0.1; done
grep -q '"msg":"stopped cleanly"' "$WORK/start.log" || { cat "$WORK/start.log"; fail "Ctrl-C did not stop it cleanly"; }
START_PID=

if [ "${FIRST_RUN_SKIP_TEST:-}" = 1 ]; then
  say "${COMMANDS[1]}: skipped (FIRST_RUN_SKIP_TEST=1)"
  say "passed"
  exit 0
fi

t=$EPOCHREALTIME
bash -c "${COMMANDS[1]}" >"$WORK/test.log" 2>&1 || {
  tail -40 "$WORK/test.log"
  echo "first-run: failing tests:"
  sed 's/\x1b\[[0-9;]*m//g' "$WORK/test.log" | grep -E -A12 '(FAIL|×) ' | head -60
  fail "${COMMANDS[1]}"
}
say "${COMMANDS[1]}: $(seconds_since "$t") s"
# The runner's own count lines, so CI's summary (scripts/test-summary.mjs) sees what this pass ran.
sed 's/\x1b\[[0-9;]*m//g' "$WORK/test.log" | grep -E '^\S*\s*Tests\s' || fail "${COMMANDS[1]} printed no test counts"
say "passed"
