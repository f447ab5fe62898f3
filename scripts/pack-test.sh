#!/usr/bin/env bash
# Installs the packed @seams/ports and @seams/fakes tarballs into a throwaway npm project outside
# the workspace, as a user would get them from the registry: no workspace links, no src aliases.
# Proves that ESM `import` and CJS `require` both load and work, and that a consumer type-checks
# under moduleResolution node16 (from ESM and from CJS) and bundler, including a repository typed
# against pg.Pool taking the fake's pools (pg-mem and PGlite) and the pg mock's with no cast, without
# PGlite installed.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
started=$(date +%s%N)
lap() { echo "pack-test: $1 ($((($(date +%s%N) - started) / 1000000)) ms)"; }

# The packed manifests point at dist; build what is missing (a turbo cache hit in CI).
pnpm turbo build --filter=@seams/fakes... --output-logs=errors-only >/dev/null
lap built

mkdir -p "$WORK/tarballs" "$WORK/consumer"
for pkg in ports fakes; do
  (cd "packages/$pkg" && pnpm pack --pack-destination "$WORK/tarballs" >/dev/null)
done
lap packed
PORTS_TGZ=$(ls "$WORK"/tarballs/seams-ports-*.tgz)
FAKES_TGZ=$(ls "$WORK"/tarballs/seams-fakes-*.tgz)
# pnpm pack must have turned workspace: ranges into real ones, or npm cannot install the tarball.
if tar -xOzf "$FAKES_TGZ" package/package.json | grep -q '"workspace:'; then
  echo "pack-test: the packed @seams/fakes still names a workspace: range" >&2
  exit 1
fi

# The consumer type-checks with the workspace's tsc: TypeScript 7, the native compiler (the
# workspace's `typescript` package is the 6.0 compatibility one, for tools that need its API).
TS_VERSION=$(node -p "require('./package.json').devDependencies['@typescript/native'].replace(/^npm:typescript@/, '')")
NODE_TYPES_VERSION=$(node -p "require('./package.json').devDependencies['@types/node']")
cd "$WORK/consumer"
cat >package.json <<JSON
{
  "name": "seams-pack-consumer",
  "private": true,
  "dependencies": {
    "@seams/ports": "file:$PORTS_TGZ",
    "@seams/fakes": "file:$FAKES_TGZ"
  },
  "devDependencies": {
    "typescript": "$TS_VERSION",
    "@types/node": "$NODE_TYPES_VERSION"
  }
}
JSON
npm install --no-audit --no-fund --prefer-offline --loglevel=error >/dev/null
lap "installed the tarballs with npm"

# Runtime: the same scenario through both module systems. Each step uses a different part of the
# packages (money, typed errors, FakeClock timers, ids, the idempotency fake, pg-mem underneath the fake pool).
SCENARIO='
  const clock = new FakeClock("2026-01-01T00:00:00Z");
  const ids = new SequentialIdGenerator();
  if (ids.next() !== "00000000-0000-4000-8000-000000000001") throw new Error("SequentialIdGenerator");
  const total = addMoney(money(250, "EUR"), money(250, "EUR"));
  if (total.amount !== 500 || total.currency !== "EUR") throw new Error("addMoney");
  const refused = new InvalidTransitionError("invoice", "void", "issued");
  if (!hasErrorCode(refused, "INVALID_TRANSITION") || refused.message !== "invoice cannot go from void to issued") throw new Error("InvalidTransitionError");
  let woke = false;
  const sleeping = clock.sleep(1000).then(() => { woke = true; });
  await clock.advance(1000);
  await sleeping;
  if (!woke) throw new Error("FakeClock timer did not fire");
  const store = new InMemoryIdempotencyStore({ clock });
  const first = await store.begin("k", "f", 60000);
  const second = await store.begin("k", "f", 60000);
  if (first.kind !== "started" || second.kind !== "in_progress") throw new Error("idempotency store");
  const fake = await createFakePostgres({ migrations: [{ name: "t", sql: "CREATE TABLE t (n int)" }] });
  await fake.pool.query("INSERT INTO t (n) VALUES ($1)", [7]);
  const { rows } = await fake.pool.query("SELECT n FROM t");
  if (rows[0]?.n !== 7) throw new Error("fake postgres");
  const pinned = createPgMock();
  pinned.mock.expectQuery("SELECT n FROM t WHERE n = $1").withArgs(7).willReturnRows([{ n: 7 }]);
  const client = await pinned.pool.connect();
  if ((await client.query("SELECT n FROM t WHERE n = $1", [7])).rows[0]?.n !== 7) throw new Error("pg mock");
  client.release();
  pinned.mock.verify();
  try { money(1.5, "EUR"); throw new Error("money accepted a fraction"); }
  catch (error) { if (!(error instanceof ValidationError) || error.code !== "VALIDATION_FAILED") throw error; }
'
cat >esm.mjs <<JS
import { FakeClock, SequentialIdGenerator, InMemoryIdempotencyStore, createFakePostgres, createPgMock } from '@seams/fakes';
import { addMoney, hasErrorCode, InvalidTransitionError, money, ValidationError } from '@seams/ports';
$SCENARIO
console.log('pack-test: ESM import ok');
JS
cat >cjs.cjs <<JS
const { FakeClock, SequentialIdGenerator, InMemoryIdempotencyStore, createFakePostgres, createPgMock } = require('@seams/fakes');
const { addMoney, hasErrorCode, InvalidTransitionError, money, ValidationError } = require('@seams/ports');
(async () => {
$SCENARIO
console.log('pack-test: CJS require ok');
})().catch((error) => { console.error(error); process.exit(1); });
JS
node esm.mjs
node cjs.cjs

# Types: one consumer source, checked as ESM and as CJS under node16, and under bundler.
TYPED='
const clock: Clock = new FakeClock();
const ids: IdGenerator = new SeededIdGenerator({ seed: 1, version: 7, clock });
const store: IdempotencyStore = new InMemoryIdempotencyStore({ clock });
const event: EventMessage = { id: ids.next(), type: "invoice.issued", payload: { total: 100 }, occurredAt: clock.now() };
const uow: UnitOfWork<{ readonly outbox: OutboxStore }> = {
  run: (work) => work({ outbox: { add: async () => undefined, claim: async () => [], markPublished: async () => undefined, markFailed: async () => undefined } }),
};
const added: Promise<void> = uow.run(({ outbox }) => outbox.add(event));
const price: Money = money(100, "EUR");
const fake: Promise<FakePostgres> = createFakePostgres();
// A repository typed against pg itself takes either engine'"'"'s pool with no cast.
class CountingRepository {
  constructor(readonly pool: pg.Pool) {}
  async count(): Promise<number> {
    const client: pg.PoolClient = await this.pool.connect();
    try { return (await client.query<{ n: string }>("SELECT count(*) AS n FROM t")).rowCount ?? 0; }
    finally { client.release(); }
  }
}
const onPgMem = fake.then(({ pool }) => new CountingRepository(pool));
const onPglite = createFakePostgres({ engine: "pglite" }).then(({ pool }) => new CountingRepository(pool));
// So does the mock'"'"'s pool, and its clients are pg.PoolClients.
const pinned = createPgMock();
const onMock = new CountingRepository(pinned.pool);
const mockClient: Promise<pg.PoolClient> = pinned.pool.connect();
export { added, fake, mockClient, onMock, onPglite, onPgMem, price, store };
'
IMPORTS_PORTS='type Clock, type EventMessage, type IdGenerator, type IdempotencyStore, type Money, type OutboxStore, type UnitOfWork, money'
IMPORTS_FAKES='type FakePostgres, FakeClock, InMemoryIdempotencyStore, SeededIdGenerator, createFakePostgres, createPgMock'
printf "import type * as pg from 'pg';\nimport { %s } from '@seams/ports';\nimport { %s } from '@seams/fakes';\n%s" \
  "$IMPORTS_PORTS" "$IMPORTS_FAKES" "$TYPED" >consumer.mts
cp consumer.mts consumer.cts
cp consumer.mts consumer.ts
tsc=./node_modules/.bin/tsc
common=(--noEmit --strict --skipLibCheck false --types node --target es2022 --verbatimModuleSyntax false)
# The two checks are independent; run them side by side (most of the time is checking the .d.ts files).
"$tsc" "${common[@]}" --module node16 --moduleResolution node16 consumer.mts consumer.cts >node16.log 2>&1 &
node16=$!
"$tsc" "${common[@]}" --module esnext --moduleResolution bundler consumer.ts >bundler.log 2>&1 &
bundler=$!
failed=0
wait "$node16" || { echo 'pack-test: types FAILED under node16:' >&2; cat node16.log >&2; failed=1; }
wait "$bundler" || { echo 'pack-test: types FAILED under bundler:' >&2; cat bundler.log >&2; failed=1; }
[ "$failed" = 0 ] || exit 1
lap 'types ok under node16 (ESM and CJS consumers) and bundler'
lap passed
