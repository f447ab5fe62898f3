import { createFakePostgres, type FakePostgres } from '@seams/fakes';
import { describeOrderRepositoryContract } from '../domain/order-repository.contract.js';
import { orderRepositoryContractContext } from '../testing/order-repository-contract-context.js';
import { migrateOrderService } from './order-migrations.js';

// One pg-mem database for the file, migrated once by the service's own migrations; each case
// starts from the migrated snapshot (reset is O(1)). Created lazily, inside the first test.
let fake: Promise<FakePostgres> | undefined;

async function setup() {
  fake ??= createFakePostgres({ migrations: migrateOrderService, lockTimeoutMs: 1_000 });
  const { pool, reset } = await fake;
  reset();
  return {
    ...orderRepositoryContractContext(pool),
    teardown: () => {
      if (pool.checkedOutCount !== 0)
        throw new Error(`${pool.checkedOutCount} client(s) never went back to the pool`);
    },
  };
}

describeOrderRepositoryContract({
  name: 'PostgresOrderRepository on pg-mem (@seams/fakes)',
  setup,
  divergences: {
    'an uncommitted insert is invisible to readers outside the transaction': {
      reason:
        'the fake runs one transaction at a time: a second connection waits for the open transaction ' +
        'to end (and times out here, since the case holds it open) where PostgreSQL would read the last ' +
        'committed state at once',
      // The fake's lock wait giving up (lockTimeoutMs): SQLSTATE 55P03, lock_not_available.
      fails: { code: '55P03' },
    },
  },
});
