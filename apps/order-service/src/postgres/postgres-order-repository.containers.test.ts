import { createPostgresPool, migrationsFingerprint } from '@seams/postgres-adapter';
import { createTestDatabase } from '@seams/testenv/vitest';
import { describeOrderRepositoryContract } from '../domain/order-repository.contract.js';
import { orderRepositoryContractContext } from '../testing/order-repository-contract-context.js';
import { migrateOrderService, orderServiceMigrations } from './order-migrations.js';

// The template is keyed by the migrations' hash: edit one and a new template is built.
async function migratedDatabase(): Promise<string> {
  const { connectionString } = await createTestDatabase({
    templateKey: `order-service-${migrationsFingerprint(orderServiceMigrations())}`,
    migrate: async (url) => {
      const pool = createPostgresPool({ connectionString: url, max: 1 });
      try {
        await migrateOrderService(pool);
      } finally {
        await pool.end();
      }
    },
  });
  return connectionString;
}

// Same cases, same repository, one fresh database per case; no divergences on the real server.
describeOrderRepositoryContract({
  name: 'PostgresOrderRepository on PostgreSQL',
  setup: async () => {
    const pool = createPostgresPool({ connectionString: await migratedDatabase(), max: 4 });
    return { ...orderRepositoryContractContext(pool), teardown: () => pool.end() };
  },
});
