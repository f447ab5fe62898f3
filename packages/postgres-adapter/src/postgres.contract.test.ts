import { describeOutboxStoreContract } from '@seams/contracts';
import { createFakePostgres, type FakePostgres } from '@seams/fakes';
import { beforeAll, describe } from 'vitest';
import { migrate } from './migrate.js';
import { outboxContractContext } from './testing/outbox-contract-context.js';

/** The embedded engines the contract runs on in the fast pass; PostgreSQL runs it in the real pass. */
// pg-mem refuses the one-statement claim (a data-modifying CTE): there the store claims in a
// transaction of two statements; PGlite (and PostgreSQL, in the real pass) run the one statement.
const ENGINES = [
  { engine: 'pg-mem', label: 'pg-mem', claims: 'transaction' },
  { engine: 'pglite', label: 'PGlite', claims: 'one-statement' },
] as const;

const ONE_AT_A_TIME =
  'the fake runs one transaction at a time: a second connection waits for the open transaction ' +
  'to end (and times out here, since the case holds it open) where PostgreSQL would';
/** The fake's lock wait giving up (lockTimeoutMs above): SQLSTATE 0A000, a construct it cannot run. */
const LOCK_TIMEOUT = { code: '0A000' } as const;

for (const { engine, label, claims } of ENGINES) {
  describe(`on ${label}`, () => {
    // One database per engine for the file, migrated once by the adapter's own runner (a worker starts
    // PGlite once, which takes seconds); each case starts from the migrated state.
    let fake: FakePostgres;
    beforeAll(async () => {
      fake = await createFakePostgres({ engine, migrations: migrate, lockTimeoutMs: 1_000 });
    }, 120_000);

    describeOutboxStoreContract({
      name: `PostgresOutboxStore on ${label} (@seams/fakes)`,
      setup: async () => {
        await fake.reset();
        const { pool } = fake;
        return {
          ...outboxContractContext(pool, claims),
          teardown: () => {
            if (pool.checkedOutCount !== 0)
              throw new Error(`${pool.checkedOutCount} client(s) never went back to the pool`);
          },
        };
      },
      divergences: {
        'a claim skips events another open transaction has claimed but not committed': {
          reason: `${ONE_AT_A_TIME} skip the locked rows (SKIP LOCKED) at once`,
          fails: LOCK_TIMEOUT,
        },
      },
    });
  });
}
