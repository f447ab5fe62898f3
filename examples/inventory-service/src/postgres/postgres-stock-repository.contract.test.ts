// The StockRepository contract and the generic OutboxStore contract on the service's own wiring,
// on both engines of @seams/fakes: one migrated database per engine for the file, reset per case.
import { after, before, describe } from 'node:test';
import { outboxStoreContract } from '@seams/contracts';
import { createFakePostgres, type FakePostgres, type FakePostgresEngine } from '@seams/fakes';
import { stockRepositoryContract } from '../domain/stock-repository.contract.js';
import { registerContract } from '../testing/register-contract.js';
import { stockContractContext } from '../testing/stock-contract-context.js';
import { migrateInventory } from './inventory-migrations.js';

/** The fake's lock wait giving up (lockTimeoutMs below): SQLSTATE 0A000, a construct it cannot run. */
const LOCK_TIMEOUT = { code: '0A000' } as const;
const ONE_AT_A_TIME =
  'the fake runs one transaction at a time: a second connection waits for the open transaction ' +
  'to end (and times out here, since the case holds it open) where PostgreSQL would';

for (const engine of ['pg-mem', 'pglite'] satisfies FakePostgresEngine[]) {
  describe(`on ${engine}`, () => {
    let fake: FakePostgres;
    before(async () => {
      fake = await createFakePostgres({ engine, migrations: migrateInventory, lockTimeoutMs: 500 });
    });
    after(() => fake.pool.end());

    const setup = async () => {
      await fake.reset();
      const { pool } = fake;
      return {
        ...stockContractContext(pool),
        teardown: () => {
          if (pool.checkedOutCount !== 0) throw new Error(`${pool.checkedOutCount} client(s) never released`);
        },
      };
    };

    registerContract(stockRepositoryContract, {
      name: `PostgresStockRepository on ${engine} (@seams/fakes)`,
      setup,
      divergences: {
        'a reader outside an open reservation sees the last committed level at once': {
          reason: `${ONE_AT_A_TIME} read the last committed level at once`,
          fails: LOCK_TIMEOUT,
        },
      },
    });
    registerContract(outboxStoreContract, {
      name: `PostgresOutboxStore in the inventory unit of work on ${engine} (@seams/fakes)`,
      setup,
      divergences: {
        'a claim skips events another open transaction has claimed but not committed': {
          reason: `${ONE_AT_A_TIME} skip the locked rows (SKIP LOCKED) at once`,
          fails: LOCK_TIMEOUT,
        },
      },
    });
  });
}
