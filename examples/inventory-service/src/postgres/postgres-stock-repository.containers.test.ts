// The same two contracts on real PostgreSQL through @seams/testenv's runner-neutral API: the
// server from TEST_POSTGRES_URL (or a Testcontainers container), a database of its own per case,
// cloned from a template migrated once and kept across runs until a migration changes.
import { after, before } from 'node:test';
import { outboxStoreContract } from '@seams/contracts';
import { createPostgresPool, migrationsFingerprint } from '@seams/postgres-adapter';
import { startTestEnvironment, type TestDatabaseOptions, type TestEnvironment } from '@seams/testenv';
import { stockRepositoryContract } from '../domain/stock-repository.contract.js';
import { registerContract } from '../testing/register-contract.js';
import { stockContractContext } from '../testing/stock-contract-context.js';
import { inventoryMigrations, migrateInventory } from './inventory-migrations.js';

const inventorySchema: TestDatabaseOptions = {
  templateKey: `inventory-${migrationsFingerprint(inventoryMigrations())}`,
  migrate: async (url) => {
    const pool = createPostgresPool({ connectionString: url, max: 1 });
    try {
      await migrateInventory(pool);
    } finally {
      await pool.end();
    }
  },
};

let env: TestEnvironment<'postgres'> | undefined;
before(async () => {
  env = await startTestEnvironment({ services: ['postgres'] });
});
// Absent when no server could be had: the before hook's error then says what to set, alone.
after(() => env?.stop());

async function setup() {
  if (!env) throw new Error('no test environment: see the error of the before hook');
  const db = await env.postgres.createDatabase(inventorySchema);
  return { ...stockContractContext(db.pool), teardown: () => db.release() };
}

// Same cases, same adapters; no divergences on the real server.
registerContract(stockRepositoryContract, { name: 'PostgresStockRepository on PostgreSQL', setup });
registerContract(outboxStoreContract, {
  name: 'PostgresOutboxStore in the inventory unit of work on PostgreSQL',
  setup,
});
