#!/usr/bin/env bash
# A production install of the order service leaves the test fakes out and still runs on real servers.
#   1. `pnpm deploy --prod` the service (its build and its workspace dependencies' builds, prod deps only);
#   2. neither @seams/fakes nor pg-mem is in that install, nor resolvable from the service;
#   3. with every URL set it starts (creating a database of its own with --create-database), answers
#      /readyz and POST /orders, and stops with exit 0: nothing it loads needs the fakes;
#   4. with DATABASE_URL unset it exits 78 naming the variable to set, not with a missing-module crash.
# Needs the machine's PostgreSQL, RabbitMQ (rabbitmqctl, for a vhost of its own) and Redis on loopback.
# Usage: bash scripts/prod-install-check.sh   (CI runs it after the build)
set -euo pipefail
cd "$(dirname "$0")/.."

PG_ADMIN=${TEST_POSTGRES_URL:-postgres://postgres@127.0.0.1:5432/postgres}
RABBIT=${TEST_RABBITMQ_URL:-amqp://guest:guest@127.0.0.1:5672}
REDIS=${TEST_REDIS_URL:-redis://127.0.0.1:6379}
SUFFIX="$(date +%s)_$$"
DATABASE="seams_prod_check_${SUFFIX}"
VHOST="seams-prod-check-${SUFFIX}"
WORK=$(mktemp -d)
DEPLOY="$WORK/order-service"
SERVER_PID=

fail() { echo "prod-install check: FAILED: $*" >&2; exit 1; }
cleanup() {
  [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null || true
  psql "$PG_ADMIN" -qc "DROP DATABASE IF EXISTS \"$DATABASE\" WITH (FORCE)" >/dev/null 2>&1 || true
  rabbitmqctl -q delete_vhost "$VHOST" >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT
command -v rabbitmqctl >/dev/null || fail "rabbitmqctl is needed to give the check a RabbitMQ vhost of its own"

echo "prod-install check: build, then pnpm deploy --prod of @seams/order-service"
pnpm turbo build --filter=@seams/order-service... --output-logs=errors-only >"$WORK/build.log" 2>&1 ||
  { cat "$WORK/build.log"; fail "the build failed"; }
pnpm --filter @seams/order-service deploy --prod "$DEPLOY" >"$WORK/deploy.log" 2>&1 ||
  { cat "$WORK/deploy.log"; fail "pnpm deploy --prod failed"; }

for package in @seams/fakes pg-mem pgsql-ast-parser @mswjs/interceptors @electric-sql/pglite; do
  if (cd "$DEPLOY" && node --input-type=module -e "import.meta.resolve('$package')" >/dev/null 2>&1); then
    fail "$package is resolvable from the production install"
  fi
done
found=$(find "$DEPLOY/node_modules" -maxdepth 3 \( -name 'pg-mem*' -o -name 'fakes' \) -print -quit)
[ -z "$found" ] || fail "found $found in the production install"
echo "prod-install check: @seams/fakes, pg-mem, pgsql-ast-parser, @mswjs/interceptors, @electric-sql/pglite are not installed"

rabbitmqctl -q add_vhost "$VHOST" >/dev/null
rabbitmqctl -q set_permissions -p "$VHOST" guest '.*' '.*' '.*' >/dev/null
(
  cd "$DEPLOY"
  exec env PORT=0 LOG_LEVEL=info \
    DATABASE_URL="${PG_ADMIN%/*}/$DATABASE" AMQP_URL="$RABBIT/$VHOST" REDIS_URL="$REDIS" \
    PAYMENTS_URL=http://127.0.0.1:9 PAYMENTS_API_KEY=prod-check \
    node dist/server.js --create-database
) >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
address=
# 90 s: CI runs this beside its CPU-bound first run on 2 cores (a guard, not a time target).
for _ in $(seq 1 900); do
  address=$(grep -o '"address":"[^"]*"' "$WORK/server.log" | head -1 | cut -d'"' -f4 || true)
  [ -n "$address" ] && break
  kill -0 "$SERVER_PID" 2>/dev/null || { cat "$WORK/server.log"; fail "the service exited before listening"; }
  sleep 0.1
done
[ -n "$address" ] || { cat "$WORK/server.log"; fail "the service did not listen within 90 s"; }
grep -q '"database":"PostgreSQL' "$WORK/server.log" || fail "the service did not report a real database"
curl -fsS "$address/readyz" | grep -q '"status":"ready"' || fail "/readyz is not ready"
curl -fsS -X POST "$address/orders" -H 'content-type: application/json' \
  -d '{"customerId":"c","currency":"EUR","lines":[{"sku":"A","quantity":1,"unitPrice":100}]}' |
  grep -q '"status":"pending"' || fail "POST /orders did not create an order"
kill -TERM "$SERVER_PID"
wait "$SERVER_PID" || { cat "$WORK/server.log"; fail "the service did not stop with exit 0"; }
SERVER_PID=
echo "prod-install check: on real servers it started, answered /readyz and POST /orders, and stopped cleanly"

set +e
(cd "$DEPLOY" && env -u DATABASE_URL PORT=0 AMQP_URL="$RABBIT/$VHOST" REDIS_URL="$REDIS" \
  PAYMENTS_URL=http://127.0.0.1:9 PAYMENTS_API_KEY=prod-check node dist/server.js) >"$WORK/stdout.log" 2>"$WORK/stderr.log"
code=$?
set -e
expected='invalid configuration:
  - DATABASE_URL must be set: the embedded database (PGlite or pg-mem) comes from @seams/fakes, which this install leaves out'
[ "$code" = 78 ] || { cat "$WORK/stderr.log"; fail "without DATABASE_URL it exited $code, not 78"; }
[ "$(cat "$WORK/stderr.log")" = "$expected" ] || { cat "$WORK/stderr.log"; fail "without DATABASE_URL the message differs"; }
echo "prod-install check: without DATABASE_URL it exits 78 naming the variable"
echo "prod-install check: passed"
