import type pg from 'pg';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createFakePostgres, type FakePostgres, migrate, openFakePostgres } from './create-fake-postgres.js';
import { FakePostgresSetupError } from './fake-postgres-setup-error.js';
import { PgliteWorkerEngine } from './pglite/pglite-worker-engine.js';
import type { PostgresEngine } from './postgres-engine.js';
import { SessionPerConnection } from './session-per-connection.js';

const PGLITE_START_MS = 60_000;

async function value(client: pg.PoolClient, sql: string, params?: unknown[]): Promise<unknown> {
  const { rows } = await client.query<Record<string, unknown>>(sql, params);
  return Object.values(rows[0] ?? {})[0];
}

describe.each([
  { label: 'pglite', thread: 'main' as const },
  { label: 'pglite on a worker thread', thread: 'worker' as const },
])('one session per connection on $label', ({ thread }) => {
  let fake: FakePostgres | undefined;
  // A thread's PGlite is the fake's own (createFakePostgres starts one per call, 1.5 s), so this
  // variant keeps one for the file, as the main-thread PGlite is kept per test worker: each test
  // gets it back reset, or a fresh one when the test before changed the schema (reset() refuses).
  // The tests that change the schema (CREATE FUNCTION, a text search configuration) come last.
  let worker: PgliteWorkerEngine | undefined;
  afterEach(async () => {
    await fake?.close();
    fake = undefined;
  });
  afterAll(() => worker?.close());

  async function workerFake(): Promise<FakePostgres> {
    if (worker) {
      try {
        await worker.reset();
      } catch (error) {
        if (!(error instanceof FakePostgresSetupError && error.code === 'FAKE_PG_RESET_REFUSED')) throw error;
        await worker.close();
        worker = undefined;
      }
    }
    if (!worker) {
      worker = await PgliteWorkerEngine.start();
      await migrate(worker, {});
    }
    return openFakePostgres(new SessionPerConnection(keptOpen(worker)), {});
  }

  async function twoClients(): Promise<[pg.PoolClient, pg.PoolClient]> {
    fake = thread === 'worker' ? await workerFake() : await createFakePostgres({ engine: 'pglite' });
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
    'keeps a connection’s settings after its SET TRANSACTION, which is the transaction’s and not carried over',
    async () => {
      const [a, b] = await twoClients();
      await a.query('BEGIN; SET TRANSACTION ISOLATION LEVEL SERIALIZABLE, READ ONLY, DEFERRABLE; COMMIT');
      await a.query("SET work_mem = '64MB'");
      expect(await value(b, 'SHOW work_mem')).toBe('4MB');
      expect(await value(a, 'SHOW work_mem')).toBe('64MB');
      await b.query('BEGIN');
      expect(await value(b, 'SHOW transaction_isolation')).toBe('read committed');
      expect(await value(b, 'SHOW transaction_read_only')).toBe('off');
      await b.query('COMMIT');
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
    'answers advisory locking beside another connection’s lock as PostgreSQL, refuses what names no plain key, and frees a lock when its connection ends',
    async () => {
      const [a, b] = await twoClients();
      await a.query('SELECT pg_advisory_lock(42)');
      expect(await value(b, 'SELECT pg_try_advisory_lock(42)')).toBe(false);
      expect(await value(b, 'SELECT pg_try_advisory_lock($1)', ['42'])).toBe(false);
      expect(await value(b, 'SELECT pg_try_advisory_lock(43)')).toBe(true);
      expect(await value(a, 'SELECT pg_try_advisory_lock(43)')).toBe(false);
      // A contended wait ends as lock_timeout ends it, failing b's transaction.
      await b.query("BEGIN; SET LOCAL lock_timeout = '20ms'");
      await expect(b.query('SELECT pg_advisory_xact_lock(42)')).rejects.toMatchObject({ code: '55P03' });
      await expect(b.query('SELECT 1')).rejects.toMatchObject({ code: '25P02' });
      await b.query('ROLLBACK');
      // Without a timeout PostgreSQL would wait for a; a key from an expression cannot be told.
      await expect(b.query('SELECT pg_advisory_lock(42)')).rejects.toMatchObject({ code: '0A000' });
      await expect(
        b.query('SELECT pg_try_advisory_lock(k) FROM (VALUES (42)) AS v (k)'),
      ).rejects.toMatchObject({ code: '0A000' });
      expect(await value(b, 'SELECT pg_advisory_unlock(43)')).toBe(true);
      a.release(true);
      // The refusal waits for the end of a's session, which frees its lock as a disconnect does.
      await expect.poll(() => value(b, 'SELECT pg_try_advisory_lock(42)').catch(() => 'refused')).toBe(true);
      expect(await value(b, 'SELECT pg_advisory_unlock(42)')).toBe(true);
      b.release();
    },
    PGLITE_START_MS,
  );

  it(
    'takes an advisory call in an aborted transaction as PostgreSQL does (25P02), and attributes a lock taken before the error when the transaction ends',
    async () => {
      const [a, b] = await twoClients();
      await a.query('BEGIN');
      // The lock is taken as the first row is read, the error comes with the second.
      await expect(
        a.query('SELECT pg_advisory_lock(g + 8), 1 / (g - 2) FROM generate_series(1, 2) g'),
      ).rejects.toMatchObject({ code: '22012' });
      await expect(a.query('SELECT pg_advisory_unlock(9)')).rejects.toMatchObject({ code: '25P02' });
      await a.query('ROLLBACK');
      // The session lock outlived the rollback, and is a's: b may not take it, a's end frees it.
      expect(await value(b, 'SELECT pg_try_advisory_lock(9)')).toBe(false);
      await b.query('BEGIN');
      await expect(b.query('SELECT 1/0')).rejects.toMatchObject({ code: '22012' });
      await expect(b.query('SELECT pg_advisory_unlock(9)')).rejects.toMatchObject({ code: '25P02' });
      await b.query('ROLLBACK');
      a.release(true);
      await expect.poll(() => value(b, 'SELECT pg_try_advisory_lock(9)').catch(() => 'refused')).toBe(true);
      expect(await value(b, 'SELECT pg_advisory_unlock(9)')).toBe(true);
      expect(await value(b, 'SELECT pg_try_advisory_lock(10)')).toBe(true);
      b.release();
    },
    PGLITE_START_MS,
  );
  it(
    'fails a connection’s requests loudly when its settings cannot be put back, and the others keep theirs',
    async () => {
      const [a, b] = await twoClients();
      await a.query(
        "CREATE TEXT SEARCH CONFIGURATION gone (COPY = simple); SET default_text_search_config = 'public.gone'",
      );
      await b.query("SET work_mem = '64MB'");
      await b.query('DROP TEXT SEARCH CONFIGURATION gone');
      // a's configuration is gone: putting a's settings back fails midway, after the engine's were reset.
      await expect(a.query('SHOW default_text_search_config')).rejects.toMatchObject({
        code: '0A000',
        message: expect.stringMatching(/could not be put back .*default_text_search_config/),
      });
      expect(await value(b, 'SHOW work_mem')).toBe('64MB');
      await expect(a.query('SELECT 1')).rejects.toMatchObject({ code: '0A000' });
      expect(await value(b, 'SHOW work_mem')).toBe('64MB');
      a.release();
      b.release();
    },
    PGLITE_START_MS,
  );

  it(
    'keeps temporary relations a function, a DO block or CREATE VIEW over a temporary table made to their connection',
    async () => {
      const [a, b] = await twoClients();
      await a.query(
        'CREATE FUNCTION mk() RETURNS void LANGUAGE plpgsql AS $$ BEGIN CREATE TEMP TABLE y (a int); END $$',
      );
      await a.query('SELECT mk()');
      await a.query("DO $$ BEGIN EXECUTE 'CREATE TEMP TABLE x (a int)'; END $$");
      await a.query('SET client_min_messages = warning; CREATE VIEW tv AS SELECT a FROM y');
      for (const name of ['y', 'x', 'tv']) {
        await expect(b.query(`SELECT count(*) FROM ${name}`)).rejects.toMatchObject({ code: '0A000' });
        expect(await value(a, `SELECT count(*)::int FROM ${name}`)).toBe(0);
      }
      a.release();
      b.release();
    },
    PGLITE_START_MS,
  );

  it(
    'keeps a temporary table a trigger’s function made, on an INSERT that names neither, to its connection',
    async () => {
      const [a, b] = await twoClients();
      await a.query(
        'CREATE TABLE ev (v int); CREATE FUNCTION seen_fn() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN CREATE TEMP TABLE IF NOT EXISTS seen (v int); INSERT INTO seen VALUES (NEW.v); RETURN NEW; END $$; CREATE TRIGGER tr AFTER INSERT ON ev FOR EACH ROW EXECUTE FUNCTION seen_fn()',
      );
      await a.query('INSERT INTO ev VALUES (1)');
      await expect(b.query('SELECT count(*) FROM seen')).rejects.toMatchObject({ code: '0A000' });
      expect(await value(a, 'SELECT count(*)::int FROM seen')).toBe(1);
      a.release();
      b.release();
    },
    PGLITE_START_MS,
  );

  it(
    'refuses to read a custom setting another connection’s function set, though the setting’s name ends in the function’s',
    async () => {
      const [a, b] = await twoClients();
      await a.query(
        "CREATE FUNCTION tag() RETURNS text LANGUAGE sql AS $$ SELECT set_config('app.tag', 'x', false) $$",
      );
      await a.query('SELECT tag()');
      await expect(b.query("SELECT current_setting('app.tag', true)")).rejects.toMatchObject({
        code: '0A000',
        message: expect.stringContaining('app.tag'),
      });
      expect(await value(a, "SELECT current_setting('app.tag')")).toBe('x');
      a.release();
      b.release();
    },
    PGLITE_START_MS,
  );

  it(
    'follows advisory locks, currval and temporary tables into SQL-standard bodies, views, defaults and triggers',
    async () => {
      const [a, b] = await twoClients();
      // A RETURN body keeps an empty prosrc: PostgreSQL's other session gets false here, one session true.
      await a.query(
        'CREATE FUNCTION take(k bigint) RETURNS boolean LANGUAGE sql RETURN pg_try_advisory_lock(k)',
      );
      expect(await value(a, 'SELECT take(5)')).toBe(true);
      await expect(b.query('SELECT take(5)')).rejects.toMatchObject({ code: '0A000' });
      await a.query('CREATE VIEW lk AS SELECT pg_try_advisory_lock(7) AS got');
      await expect(b.query('SELECT got FROM lk')).rejects.toMatchObject({ code: '0A000' });
      await a.query(
        'CREATE TABLE ev (id int); CREATE FUNCTION lk() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_advisory_lock(NEW.id); RETURN NEW; END $$; CREATE TRIGGER t BEFORE INSERT ON ev FOR EACH ROW EXECUTE FUNCTION lk()',
      );
      await expect(b.query('INSERT INTO ev VALUES (8)')).rejects.toMatchObject({ code: '0A000' });
      // currval read through a default: PostgreSQL's other session has none (55000), one session a.'s.
      await a.query("CREATE SEQUENCE ps; CREATE TABLE kid (id int, parent bigint DEFAULT currval('ps'))");
      await a.query("SELECT nextval('ps')");
      await expect(b.query('INSERT INTO kid (id) VALUES (1)')).rejects.toMatchObject({ code: '0A000' });
      expect(await value(a, 'INSERT INTO kid (id) VALUES (1) RETURNING parent')).toBe('1');
      await a.query('CREATE TEMP TABLE tt (x int)');
      await a.query(
        'CREATE FUNCTION cnt() RETURNS bigint LANGUAGE sql RETURN (SELECT count(*) FROM pg_temp.tt)',
      );
      await expect(b.query('SELECT cnt()')).rejects.toMatchObject({ code: '0A000' });
      // Two levels deep: a function over a function that locks, a view over a view reading currval.
      await a.query(
        'CREATE FUNCTION outer_take(k bigint) RETURNS boolean LANGUAGE plpgsql AS $$ BEGIN RETURN take(k); END $$',
      );
      expect(await value(a, 'SELECT outer_take(3)')).toBe(true);
      await expect(b.query('SELECT outer_take(3)')).rejects.toMatchObject({ code: '0A000' });
      await a.query("CREATE VIEW c1 AS SELECT currval('ps') AS v; CREATE VIEW c2 AS SELECT v FROM c1");
      await expect(b.query('SELECT v FROM c2')).rejects.toMatchObject({ code: '0A000' });
      expect(await value(a, 'SELECT v FROM c2')).toBe('1');
      // Quoted calls (as ORMs write them) and a prepared statement's body, run by EXECUTE.
      await expect(b.query('SELECT "public"."take" (5)')).rejects.toMatchObject({ code: '0A000' });
      await a.query('PREPARE p(bigint) AS SELECT take($1)');
      expect(await value(a, 'EXECUTE p(11)')).toBe(true);
      expect(await value(b, 'SELECT pg_try_advisory_lock(11)')).toBe(false);
      // A view over pg_listening_channels() would list a's channel on b.
      await a.query('CREATE VIEW lc AS SELECT pg_listening_channels() AS c; LISTEN ch');
      await expect(b.query('SELECT count(*) FROM lc')).rejects.toMatchObject({ code: '0A000' });
      a.release();
      b.release();
    },
    PGLITE_START_MS,
  );
});

/** The file's thread engine for one test: closing the test's fake leaves the thread for the next. */
function keptOpen(engine: PgliteWorkerEngine): PostgresEngine {
  return {
    name: engine.name,
    inOrder: engine.inOrder,
    run: (request) => engine.run(request),
    snapshot: () => engine.snapshot(),
    reset: () => engine.reset(),
    close: async () => {},
  };
}

describe('pg_backend_pid on pglite', () => {
  let fake: FakePostgres | undefined;
  afterEach(async () => {
    await fake?.close();
    fake = undefined;
  });

  it(
    'answers on one open connection, and refuses while another is open (it would read the same pid)',
    async () => {
      fake = await createFakePostgres({ engine: 'pglite' });
      const a = await fake.pool.connect();
      expect(typeof (await value(a, 'SELECT pg_backend_pid()'))).toBe('number');
      const b = await fake.pool.connect();
      await expect(b.query('SELECT pg_backend_pid()')).rejects.toMatchObject({
        code: '0A000',
        message: expect.stringContaining('pg_backend_pid'),
      });
      a.release();
      b.release();
    },
    PGLITE_START_MS,
  );

  it(
    'refuses pg_my_temp_schema and pg_is_other_temp_schema while another connection is open (one temporary schema)',
    async () => {
      fake = await createFakePostgres({ engine: 'pglite' });
      const a = await fake.pool.connect();
      await a.query('CREATE TEMP TABLE tt (x int)');
      expect(await value(a, 'SELECT pg_is_other_temp_schema(pg_my_temp_schema())')).toBe(false);
      const b = await fake.pool.connect();
      for (const sql of [
        'SELECT pg_my_temp_schema()',
        "SELECT pg_is_other_temp_schema('pg_temp_3'::regnamespace)",
      ])
        await expect(b.query(sql), sql).rejects.toMatchObject({
          code: '0A000',
          message: expect.stringContaining('temporary schema'),
        });
      a.release();
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

  it(
    'keeps a function made in pg_temp to its connection, and drops it when the connection ends',
    async () => {
      fake = await createFakePostgres({ engine: 'pglite' });
      const a = await fake.pool.connect();
      const b = await fake.pool.connect();
      await a.query("CREATE FUNCTION pg_temp.tf() RETURNS int LANGUAGE sql AS 'SELECT 7'");
      await a.query("CREATE FUNCTION pg_temp.tf(x int) RETURNS int LANGUAGE sql AS 'SELECT x'");
      expect(await value(a, 'SELECT pg_temp.tf()')).toBe(7);
      await expect(b.query('SELECT pg_temp.tf()')).rejects.toMatchObject({ code: '0A000' });
      a.release(true);
      await expect
        .poll(() => b.query('SELECT pg_temp.tf(1)').catch((error: { code?: string }) => error.code))
        .toMatch(/^(3F000|42883)$/);
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

describe('what else one PGlite session would share between connections', () => {
  let fake: FakePostgres | undefined;
  afterEach(async () => {
    await fake?.close();
    fake = undefined;
  });

  async function twoClients(): Promise<[pg.PoolClient, pg.PoolClient]> {
    fake = await createFakePostgres({ engine: 'pglite' });
    return [await fake.pool.connect(), await fake.pool.connect()];
  }

  it(
    'keeps SET ROLE and SET SESSION AUTHORIZATION to their connection, and puts the user back for reset()',
    async () => {
      const [a, b] = await twoClients();
      await a.query(
        "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'seams_reader') THEN CREATE ROLE seams_reader; END IF; END $$",
      );
      try {
        await a.query('SET ROLE seams_reader');
        expect(await value(b, 'SELECT current_user')).toBe('postgres');
        expect(await value(a, 'SELECT current_user')).toBe('seams_reader');
        await b.query('SET SESSION AUTHORIZATION seams_reader');
        expect(await value(a, 'SELECT session_user')).toBe('postgres');
        expect(await value(b, "SELECT session_user || ' ' || current_setting('role')")).toBe(
          'seams_reader none',
        );
        // PGlite alone would stay seams_reader here.
        await b.query('RESET SESSION AUTHORIZATION');
        expect(await value(b, 'SELECT current_user')).toBe('postgres');
        await b.query('SET SESSION AUTHORIZATION seams_reader');
        a.release();
        b.release();
        await fake?.reset();
        const again = await fake?.pool.connect();
        expect(again && (await value(again, 'SELECT current_user'))).toBe('postgres');
        again?.release();
      } finally {
        await fake?.pool.query('DROP ROLE IF EXISTS seams_reader');
      }
    },
    PGLITE_START_MS,
  );

  it(
    'refuses currval and lastval that another connection’s nextval would answer, and frees them when it ends',
    async () => {
      const [a, b] = await twoClients();
      await a.query('CREATE SEQUENCE IF NOT EXISTS pg_temp.ticket');
      expect(await value(a, "SELECT nextval('ticket')")).toBe('1');
      expect(await value(a, "SELECT currval('ticket')")).toBe('1');
      await expect(b.query("SELECT currval('ticket')")).rejects.toMatchObject({ code: '0A000' });
      await expect(b.query('SELECT lastval()')).rejects.toMatchObject({ code: '0A000' });
      // b's DISCARD SEQUENCES would drop a's: a's later currval is refused, not 55000.
      await b.query('DISCARD SEQUENCES');
      await expect(a.query('SELECT lastval()')).rejects.toMatchObject({ code: '0A000' });
      a.release(true);
      await expect
        .poll(() => b.query('SELECT lastval()').catch((error: { code?: string }) => error.code))
        .toBe('55000');
      b.release();
    },
    PGLITE_START_MS,
  );

  it(
    'keeps listening through a rolled-back UNLISTEN, hears a LISTEN run by a DO block, and refuses pg_listening_channels() of others',
    async () => {
      const [a, b] = await twoClients();
      const heard: string[] = [];
      a.on('notification', ({ channel, payload }) => heard.push(`${channel}:${payload ?? ''}`));
      await a.query('LISTEN kept');
      await a.query('BEGIN');
      await a.query('UNLISTEN kept');
      await a.query('ROLLBACK');
      await a.query("DO $$ BEGIN EXECUTE 'LISTEN dynamic'; END $$");
      await b.query("NOTIFY kept, 'one'");
      await b.query("NOTIFY dynamic, 'two'");
      await expect.poll(() => heard).toEqual(['kept:one', 'dynamic:two']);
      await expect(b.query('SELECT pg_listening_channels()')).rejects.toMatchObject({ code: '0A000' });
      a.release();
      b.release();
    },
    PGLITE_START_MS,
  );

  it(
    'treats a custom setting the pool starts with as each connection’s own, and RESET returns to it',
    async () => {
      fake = await createFakePostgres({ engine: 'pglite', pool: { options: '-c app.tenant=acme' } });
      const a = await fake.pool.connect();
      const b = await fake.pool.connect();
      await a.query("SET app.tenant = 'globex'");
      expect(await value(b, "SELECT current_setting('app.tenant')")).toBe('acme');
      await a.query('RESET app.tenant');
      expect(await value(a, "SELECT current_setting('app.tenant')")).toBe('acme');
      a.release();
      b.release();
    },
    PGLITE_START_MS,
  );

  it(
    'follows settings a migration’s function sets, as if the calling connection set them',
    async () => {
      fake = await createFakePostgres({
        engine: 'pglite',
        migrations: [
          {
            name: 'session functions',
            sql: `CREATE FUNCTION set_tenant(t text) RETURNS void LANGUAGE sql AS $$ SELECT set_config('app.tenant', t, false) $$;
              CREATE FUNCTION use_catalog() RETURNS void LANGUAGE plpgsql AS $$ BEGIN SET search_path = pg_catalog; END $$`,
          },
        ],
      });
      const a = await fake.pool.connect();
      const b = await fake.pool.connect();
      await a.query("SELECT set_tenant('acme'), use_catalog()");
      // One session would answer a's tenant here, where PostgreSQL answers NULL.
      await expect(b.query("SELECT current_setting('app.tenant', true)")).rejects.toMatchObject({
        code: '0A000',
      });
      expect(await value(b, 'SHOW search_path')).toBe('"$user", public');
      expect(
        await value(a, "SELECT current_setting('app.tenant') || ' ' || current_setting('search_path')"),
      ).toBe('acme pg_catalog');
      a.release();
      b.release();
    },
    PGLITE_START_MS,
  );

  it(
    'refuses a statement after its transaction sat idle past idle_in_transaction_session_timeout',
    async () => {
      fake = await createFakePostgres({ engine: 'pglite' });
      const client = await fake.pool.connect();
      // PGlite itself would hang when it fires: the engine keeps 0, the fake keeps the value.
      await client.query("SET idle_in_transaction_session_timeout = '50ms'");
      await client.query('BEGIN');
      await client.query('SELECT 1');
      expect(await value(client, 'SELECT 2')).toBe(2);
      await new Promise((resolve) => setTimeout(resolve, 120));
      // PostgreSQL ends the connection (25P03); one shared session cannot.
      await expect(client.query('SELECT 3')).rejects.toMatchObject({ code: '0A000' });
      await client.query('ROLLBACK');
      await new Promise((resolve) => setTimeout(resolve, 120));
      expect(await value(client, 'SELECT 4')).toBe(4);
      client.release();
    },
    PGLITE_START_MS,
  );

  it(
    'shows the idle_in_transaction_session_timeout it keeps, as PostgreSQL formats it, through commits and rollbacks',
    async () => {
      fake = await createFakePostgres({
        engine: 'pglite',
        pool: { application_name: 'h\u00e9llo\tx', options: '-c idle_in_transaction_session_timeout=60000' },
      });
      const client = await fake.pool.connect();
      // 15 cleans the startup application_name to printable ASCII, byte by byte (18 shows \xNN).
      expect(await value(client, 'SHOW application_name')).toBe('h??llo?x');
      expect(await value(client, 'SHOW idle_in_transaction_session_timeout')).toBe('1min');
      await client.query('SET idle_in_transaction_session_timeout = 2.5');
      expect(await value(client, 'SHOW idle_in_transaction_session_timeout')).toBe('2ms');
      await client.query("SET idle_in_transaction_session_timeout = '90s'");
      expect(await value(client, "SELECT current_setting('idle_in_transaction_session_timeout')")).toBe(
        '90s',
      );
      expect(
        await value(
          client,
          "SELECT setting FROM pg_settings WHERE name = 'idle_in_transaction_session_timeout'",
        ),
      ).toBe('90000');
      await client.query('BEGIN');
      await client.query("SET idle_in_transaction_session_timeout = '1h'");
      expect(await value(client, 'SHOW idle_in_transaction_session_timeout')).toBe('1h');
      await client.query('ROLLBACK');
      expect(await value(client, 'SHOW idle_in_transaction_session_timeout')).toBe('90s');
      await client.query('BEGIN');
      await client.query("SET LOCAL idle_in_transaction_session_timeout = '1d'");
      await client.query('COMMIT');
      expect(await value(client, 'SHOW idle_in_transaction_session_timeout')).toBe('90s');
      await client.query('RESET ALL');
      expect(await value(client, 'SHOW idle_in_transaction_session_timeout')).toBe('1min');
      await client.query("SELECT set_config('application_name', $1, false)", ['~\u007f']);
      expect(await value(client, 'SHOW application_name')).toBe('~?');
      client.release();
    },
    PGLITE_START_MS,
  );

  it(
    'refuses another connection’s custom setting named by a parameter, and attributes advisory locks a function takes',
    async () => {
      const [a, b] = await twoClients();
      await a.query("SET app.tenant = 'acme'");
      await expect(b.query('SELECT current_setting($1, true)', ['app.tenant'])).rejects.toMatchObject({
        code: '0A000',
      });
      await a.query(
        'CREATE OR REPLACE FUNCTION pg_temp.take_job_lock(k bigint) RETURNS void LANGUAGE sql AS $$ SELECT pg_advisory_lock(k) $$',
      );
      await a.query('SELECT pg_temp.take_job_lock(5)');
      await expect(b.query('SELECT pg_cancel_backend(pg_backend_pid())')).rejects.toMatchObject({
        code: '0A000',
      });
      expect(await value(b, 'SELECT pg_try_advisory_lock(5)')).toBe(false);
      a.release(true);
      await expect.poll(() => value(b, 'SELECT pg_try_advisory_lock(5)').catch(() => 'refused')).toBe(true);
      b.release();
    },
    PGLITE_START_MS,
  );
});

describe('SessionPerConnection’s hand-off to the engine', () => {
  /** An engine that answers every request at once with nothing, and records the texts in the order handed. */
  function recordingEngine(): { engine: PostgresEngine; handed: string[] } {
    const handed: string[] = [];
    const engine: PostgresEngine = {
      name: 'recording',
      inOrder: true,
      run: (request) => {
        handed.push(request.text);
        return Promise.resolve({ results: [], status: 'idle' });
      },
      snapshot: () => Promise.resolve(),
      reset: () => Promise.resolve(),
      close: () => Promise.resolve(),
    };
    return { engine, handed };
  }

  it('hands a statement that touches no session state to the engine at once, with nothing read around it', async () => {
    const { engine, handed } = recordingEngine();
    const sessions = new SessionPerConnection(engine);
    await sessions.run({ text: 'SELECT 1', session: 1 });
    handed.length = 0;
    const first = sessions.run({ text: 'SELECT id FROM orders WHERE id = $1', params: ['a'], session: 2 });
    // Handed before run returned: no queue, no microtask hop.
    expect(handed).toEqual(['SELECT id FROM orders WHERE id = $1']);
    await first;
    await sessions.run({ text: 'INSERT INTO orders (id) VALUES ($1)', params: ['b'], session: 1 });
    expect(handed).toEqual(['SELECT id FROM orders WHERE id = $1', 'INSERT INTO orders (id) VALUES ($1)']);
  });

  it('keeps the order handed when a statement that may change session state is still queued', async () => {
    const { engine, handed } = recordingEngine();
    const sessions = new SessionPerConnection(engine);
    await sessions.run({ text: 'SELECT 1', session: 1 });
    handed.length = 0;
    const set = sessions.run({ text: "SET TIME ZONE 'UTC'", session: 1 });
    const plain = sessions.run({ text: 'SELECT 2', session: 1 });
    await Promise.all([set, plain]);
    expect(handed.indexOf("SET TIME ZONE 'UTC'")).toBeLessThan(handed.indexOf('SELECT 2'));
  });
});
