import { describeOutboxStoreContract } from '@seams/contracts';
import { DependencyUnavailableError, SystemClock } from '@seams/ports';
import { createTestDatabase } from '@seams/testenv/vitest';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createPostgresPool } from './create-postgres-pool.js';
import { migrate } from './migrate.js';
import { MigrationChecksumError } from './migration-errors.js';
import { loadMigrations, migrationChecksum, migrationsFingerprint } from './migration-files.js';
import { PostgresOutboxStore } from './postgres-outbox-store.js';
import { PostgresUnitOfWork } from './postgres-unit-of-work.js';
import { outboxContractContext } from './testing/outbox-contract-context.js';

// The template is keyed by the migration files' hash: edit a migration and a new template is built.
async function migratedDatabase(): Promise<string> {
  const { connectionString } = await createTestDatabase({
    templateKey: `postgres-adapter-${migrationsFingerprint()}`,
    migrate: async (url) => {
      const pool = createPostgresPool({ connectionString: url, max: 1 });
      try {
        await migrate(pool);
      } finally {
        await pool.end();
      }
    },
  });
  return connectionString;
}

// Same cases, same adapter, one fresh database per case; no divergences on the real server.
async function setup() {
  const pool = createPostgresPool({ connectionString: await migratedDatabase(), max: 4 });
  return { ...outboxContractContext(pool), teardown: () => pool.end() };
}

describeOutboxStoreContract({ name: 'PostgresOutboxStore on PostgreSQL', setup });

describe('migrate on PostgreSQL', () => {
  it('applies nothing to a migrated database and refuses an edited migration', async () => {
    const pool = createPostgresPool({ connectionString: await migratedDatabase(), max: 2 });
    try {
      await expect(migrate(pool)).resolves.toEqual({ applied: [] });
      const [first, ...rest] = loadMigrations();
      if (!first) throw new Error('no migrations shipped');
      const sql = `${first.sql}\n-- edited`;
      const edited = { ...first, sql, checksum: migrationChecksum(sql) };
      await expect(migrate(pool, { migrations: [edited, ...rest] })).rejects.toBeInstanceOf(
        MigrationChecksumError,
      );
    } finally {
      await pool.end();
    }
  });

  it('lets two instances migrate at once: the advisory lock makes one wait, none fails', async () => {
    const { connectionString } = await createTestDatabase({
      templateKey: 'postgres-adapter-empty',
      migrate: async () => undefined,
    });
    const pool = createPostgresPool({ connectionString, max: 4 });
    try {
      const results = await Promise.all([migrate(pool), migrate(pool)]);
      expect(results.map((result) => result.applied.length).sort()).toEqual([0, loadMigrations().length]);
    } finally {
      await pool.end();
    }
  });
});

describe('a connection dropped by the server', () => {
  it('fails the unit of work holding it, keeps the process alive, and the pool serves the next one', async () => {
    const pool = createPostgresPool({ connectionString: await migratedDatabase(), max: 2 });
    onTestFinished(() => pool.end());
    const clock = new SystemClock();
    const uow = new PostgresUnitOfWork({
      pool,
      scope: () => ({ outbox: new PostgresOutboxStore({ pool, clock }) }),
    });
    const missing = '00000000-0000-4000-8000-000000000000';
    const work = uow.run(async ({ outbox }) => {
      await outbox.markPublished([missing]);
      // Kill this transaction's backend between two statements, as a server restart would: pg then
      // emits 'error' on the checked-out client, which crashed the process before holdClient.
      const { rows } = await pool.query(
        "SELECT pg_terminate_backend(pid) AS killed FROM pg_stat_activity WHERE datname = current_database() AND state = 'idle in transaction'",
      );
      expect(rows).toEqual([{ killed: true }]);
      await outbox.markPublished([missing]);
    });
    await expect(work).rejects.toBeInstanceOf(DependencyUnavailableError);
    await expect(uow.run(async ({ outbox }) => outbox.claim(10))).resolves.toEqual([]);
  });
});
