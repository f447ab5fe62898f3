import { describeOutboxStoreContract } from '@seams/contracts';
import { createFakePostgres, type FakePostgres } from '@seams/fakes';
import { migrate } from './migrate.js';
import { outboxContractContext } from './testing/outbox-contract-context.js';

// One pg-mem database for the file, migrated once by the adapter's own runner; each case
// starts from the migrated snapshot (reset is O(1)). Created lazily, inside the first test.
let fake: Promise<FakePostgres> | undefined;

async function setup() {
  fake ??= createFakePostgres({ migrations: (pool) => migrate(pool), lockTimeoutMs: 1_000 });
  const { pool, reset } = await fake;
  await reset();
  return {
    ...outboxContractContext(pool),
    teardown: () => {
      if (pool.checkedOutCount !== 0)
        throw new Error(`${pool.checkedOutCount} client(s) never went back to the pool`);
    },
  };
}

const ONE_AT_A_TIME =
  'the fake runs one transaction at a time: a second connection waits for the open transaction ' +
  'to end (and times out here, since the case holds it open) where PostgreSQL would';
/** The fake's lock wait giving up (lockTimeoutMs above): SQLSTATE 55P03, lock_not_available. */
const LOCK_TIMEOUT = { code: '55P03' } as const;

describeOutboxStoreContract({
  name: 'PostgresOutboxStore on pg-mem (@seams/fakes)',
  setup,
  divergences: {
    'a claim skips events another open transaction has claimed but not committed': {
      reason: `${ONE_AT_A_TIME} skip the locked rows (SKIP LOCKED) at once`,
      fails: LOCK_TIMEOUT,
    },
  },
});
