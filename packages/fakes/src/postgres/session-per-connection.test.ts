import type pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { createFakePostgres, type FakePostgres } from './create-fake-postgres.js';

const PGLITE_START_MS = 60_000;

async function value(client: pg.PoolClient, sql: string): Promise<unknown> {
  const { rows } = await client.query<Record<string, unknown>>(sql);
  return Object.values(rows[0] ?? {})[0];
}

describe.each([
  { label: 'pglite', thread: 'main' as const },
  { label: 'pglite on a worker thread', thread: 'worker' as const },
])('one session per connection on $label', ({ thread }) => {
  let fake: FakePostgres | undefined;
  afterEach(async () => {
    await fake?.close();
    fake = undefined;
  });

  async function twoClients(): Promise<[pg.PoolClient, pg.PoolClient]> {
    fake = await createFakePostgres({ engine: 'pglite', thread });
    const a = await fake.pool.connect();
    const b = await fake.pool.connect();
    return [a, b];
  }

  it(
    'keeps each connection’s settings to itself, however their statements interleave',
    async () => {
      const [a, b] = await twoClients();
      await a.query("SET search_path TO pg_catalog, public; SET TIME ZONE 'America/New_York'");
      expect(await value(b, 'SHOW search_path')).toBe('"$user", public');
      expect(await value(b, 'SHOW TimeZone')).toBe('Etc/UTC');
      await b.query('SET statement_timeout = 5000');
      expect(await value(a, 'SHOW search_path')).toBe('pg_catalog, public');
      expect(await value(a, 'SHOW statement_timeout')).toBe('0');
      expect(await value(b, 'SHOW statement_timeout')).toBe('5s');
      a.release();
      b.release();
    },
    PGLITE_START_MS,
  );

  it(
    'refuses to read another connection’s custom setting (one session would answer an empty string)',
    async () => {
      const [a, b] = await twoClients();
      await a.query({ text: 'SELECT set_config($1, $2, false)', values: ['app.tenant', 'acme'] });
      await expect(b.query("SELECT current_setting('app.tenant', true)")).rejects.toMatchObject({
        code: '0A000',
        message: expect.stringContaining('app.tenant'),
      });
      await b.query("SELECT set_config('app.tenant', 'globex', false)");
      expect(await value(a, "SELECT current_setting('app.tenant')")).toBe('acme');
      expect(await value(b, "SELECT current_setting('app.tenant')")).toBe('globex');
      a.release();
      b.release();
    },
    PGLITE_START_MS,
  );

  it(
    'refuses advisory locking beside another connection’s lock, and frees a lock when its connection ends',
    async () => {
      const [a, b] = await twoClients();
      await a.query('SELECT pg_advisory_lock(42)');
      await expect(b.query('SELECT pg_try_advisory_lock(42)')).rejects.toMatchObject({ code: '0A000' });
      a.release(true);
      // The refusal waits for the end of a's session, which frees its lock as a disconnect does.
      await expect.poll(() => value(b, 'SELECT pg_try_advisory_lock(42)').catch(() => 'refused')).toBe(true);
      expect(await value(b, 'SELECT pg_advisory_unlock(42)')).toBe(true);
      b.release();
    },
    PGLITE_START_MS,
  );
});

describe('sessions on pglite', () => {
  let fake: FakePostgres | undefined;
  afterEach(async () => {
    await fake?.close();
    fake = undefined;
  });

  it(
    'starts each connection with the pool’s settings, and RESET returns to them',
    async () => {
      fake = await createFakePostgres({
        engine: 'pglite',
        pool: {
          application_name: 'svc',
          statement_timeout: 1234,
          options: '-c search_path=pg_catalog,public',
        },
      });
      const client = await fake.pool.connect();
      expect(await value(client, 'SHOW application_name')).toBe('svc');
      expect(await value(client, 'SHOW search_path')).toBe('pg_catalog,public');
      await client.query('SET statement_timeout = 5');
      expect(await value(client, 'SHOW statement_timeout')).toBe('5ms');
      await client.query('RESET ALL');
      expect(await value(client, 'SHOW statement_timeout')).toBe('1234ms');
      client.release();
    },
    PGLITE_START_MS,
  );

  it(
    'cancels a sleep that overruns statement_timeout, and aborts its transaction',
    async () => {
      fake = await createFakePostgres({ engine: 'pglite' });
      const client = await fake.pool.connect();
      await client.query("SET statement_timeout = '50ms'");
      await expect(client.query('SELECT pg_sleep(0.2)')).rejects.toMatchObject({ code: '57014' });
      await client.query('BEGIN');
      await expect(client.query('SELECT pg_sleep(0.2)')).rejects.toMatchObject({ code: '57014' });
      await expect(client.query('SELECT 1')).rejects.toMatchObject({ code: '25P02' });
      await client.query('ROLLBACK');
      client.release();
    },
    PGLITE_START_MS,
  );

  it(
    'keeps a temporary table to its connection, and drops it when the connection ends',
    async () => {
      fake = await createFakePostgres({ engine: 'pglite' });
      const a = await fake.pool.connect();
      const b = await fake.pool.connect();
      await a.query('CREATE TEMP TABLE scratch (x int)');
      await expect(b.query('SELECT * FROM scratch')).rejects.toMatchObject({ code: '0A000' });
      a.release(true);
      await expect
        .poll(() => b.query('SELECT * FROM scratch').catch((error: { code?: string }) => error.code))
        .toBe('42P01');
      b.release();
    },
    PGLITE_START_MS,
  );
});

describe('statements that drop a whole session’s objects on pglite', () => {
  it(
    'refuses DISCARD ALL and DEALLOCATE ALL that would drop another connection’s objects, and runs them otherwise',
    async () => {
      const fake = await createFakePostgres({ engine: 'pglite' });
      try {
        const a = await fake.pool.connect();
        const b = await fake.pool.connect();
        await a.query('PREPARE one AS SELECT 1 AS v');
        await expect(b.query('DISCARD ALL')).rejects.toMatchObject({ code: '0A000' });
        await expect(b.query('DEALLOCATE ALL')).rejects.toMatchObject({ code: '0A000' });
        expect(await value(a, 'EXECUTE one')).toBe(1);
        await a.query("SET application_name = 'a'");
        await a.query('DISCARD ALL');
        await expect(a.query('EXECUTE one')).rejects.toMatchObject({ code: '26000' });
        expect(await value(a, 'SHOW application_name')).toBe('');
        await b.query('DISCARD ALL');
        a.release();
        b.release();
      } finally {
        await fake.close();
      }
    },
    PGLITE_START_MS,
  );
});

describe('LISTEN and NOTIFY across connections on pglite', () => {
  it(
    'delivers a committed NOTIFY to every connection listening on its channel, and nothing rolled back',
    async () => {
      const fake = await createFakePostgres({ engine: 'pglite' });
      try {
        const a = await fake.pool.connect();
        const b = await fake.pool.connect();
        const heard: string[] = [];
        a.on('notification', ({ channel, payload, processId }) =>
          heard.push(
            `${channel}:${payload ?? ''}:${processId === Reflect.get(b, 'processID') ? 'from b' : 'elsewhere'}`,
          ),
        );
        await a.query('LISTEN jobs');
        await b.query("NOTIFY jobs, 'one'");
        await b.query('BEGIN');
        await b.query("SELECT pg_notify('jobs', 'rolled back')");
        await b.query('ROLLBACK');
        await b.query('BEGIN');
        await b.query("SELECT pg_notify('jobs', 'two')");
        await expect.poll(() => heard.length, { timeout: 200 }).toBe(1);
        await b.query('COMMIT');
        // b never listened, and its UNLISTEN must not stop a's subscription.
        await b.query('UNLISTEN jobs');
        await b.query("NOTIFY jobs, 'three'");
        await expect.poll(() => heard).toEqual(['jobs:one:from b', 'jobs:two:from b', 'jobs:three:from b']);
        await a.query('UNLISTEN *');
        await b.query("NOTIFY jobs, 'four'");
        await a.query('SELECT 1');
        expect(heard).toHaveLength(3);
        a.release();
        b.release();
      } finally {
        await fake.close();
      }
    },
    PGLITE_START_MS,
  );
});

describe('settings per connection on pg-mem', () => {
  it('starts a connection with the pool’s settings, keeps them through RESET and reset(), and refuses a time zone it cannot honour', async () => {
    const fake = await createFakePostgres({
      engine: 'pg-mem',
      pool: { application_name: 'svc', statement_timeout: 1500 },
    });
    try {
      const a = await fake.pool.connect();
      const b = await fake.pool.connect();
      expect(await value(a, 'SHOW application_name')).toBe('svc');
      await a.query("SET application_name = 'other'");
      expect(await value(b, 'SHOW application_name')).toBe('svc');
      await a.query('RESET ALL');
      expect(await value(a, 'SHOW statement_timeout')).toBe('1500ms');
      await a.query('SET statement_timeout = 0');
      a.release();
      b.release();
      await fake.reset();
      const again = await fake.pool.connect();
      expect(await value(again, 'SHOW statement_timeout')).toBe('1500ms');
      again.release();
    } finally {
      await fake.close();
    }
    const paris = await createFakePostgres({
      engine: 'pg-mem',
      pool: { options: '-c TimeZone=Europe/Paris' },
    });
    try {
      await expect(paris.pool.query('SELECT 1')).rejects.toMatchObject({
        code: '0A000',
        message: expect.stringContaining('Europe/Paris'),
      });
    } finally {
      await paris.close();
    }
  });
});

describe('advisory locks per connection on pg-mem', () => {
  it('gives a key to one connection at a time, as PostgreSQL does', async () => {
    const fake = await createFakePostgres({ engine: 'pg-mem' });
    try {
      const a = await fake.pool.connect();
      const b = await fake.pool.connect();
      expect(await value(a, 'SELECT pg_try_advisory_lock(7)')).toBe(true);
      expect(await value(b, 'SELECT pg_try_advisory_lock(7)')).toBe(false);
      expect(await value(b, 'SELECT pg_advisory_unlock(7)')).toBe(false);
      expect(await value(a, 'SELECT pg_try_advisory_lock(7)')).toBe(true);
      await expect(b.query('SELECT pg_advisory_lock(7)')).rejects.toMatchObject({ code: '0A000' });
      // A transaction-scoped lock taken outside a transaction ends with its statement.
      await b.query('SELECT pg_advisory_xact_lock(8)');
      expect(await value(a, 'SELECT pg_try_advisory_lock(8)')).toBe(true);
      a.release(true);
      await expect.poll(() => value(b, 'SELECT pg_try_advisory_lock(7)')).toBe(true);
      b.release();
    } finally {
      await fake.close();
    }
  });
});
