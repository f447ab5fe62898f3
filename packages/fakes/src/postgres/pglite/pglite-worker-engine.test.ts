import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { openFakePostgres } from '../create-fake-postgres.js';
import { FakePostgresEngineError } from '../fake-postgres-engine-error.js';
import { FakePostgresError } from '../fake-postgres-error.js';
import { FakePostgresSetupError } from '../fake-postgres-setup-error.js';
import { PgliteWorkerEngine } from './pglite-worker-engine.js';
import { reviveError, serializeError } from './pglite-worker-protocol.js';

// The engine's own failure paths, on stand-in threads that start in milliseconds. The engine on
// PGlite itself runs every case of fake-postgres.test.ts and part of the SQL corpus.
const STAND_IN = new URL('./testing/stand-in-thread.mjs', import.meta.url);
const REFUSING = new URL('./testing/refusing-thread.mjs', import.meta.url);

const started: PgliteWorkerEngine[] = [];
async function standIn(): Promise<PgliteWorkerEngine> {
  const engine = await PgliteWorkerEngine.start({ script: STAND_IN });
  started.push(engine);
  return engine;
}

afterEach(async () => {
  await Promise.all(started.splice(0).map((engine) => engine.close()));
});

describe('PgliteWorkerEngine', () => {
  it('answers through the thread, replies intact', async () => {
    const engine = await standIn();
    const reply = await engine.run({ text: 'héllo ✓', params: [null] });
    expect(reply).toMatchObject({ status: 'idle', results: [{ command: 'SELECT 1', rows: [['héllo ✓']] }] });
  });

  it('a thread that exits mid-statement fails that statement and every later one, with a code', async () => {
    const engine = await standIn();
    const crash = engine.run({ text: 'exit 3' });
    await expect(crash).rejects.toBeInstanceOf(FakePostgresEngineError);
    await expect(crash).rejects.toMatchObject({
      code: 'FAKE_PG_ENGINE_STOPPED',
      message: expect.stringContaining('exited (code 3)'),
    });
    await expect(engine.run({ text: 'SELECT 1' })).rejects.toMatchObject({ code: 'FAKE_PG_ENGINE_STOPPED' });
    await expect(engine.reset()).rejects.toMatchObject({ code: 'FAKE_PG_ENGINE_STOPPED' });
    await expect(engine.close()).resolves.toBeUndefined();
  });

  it('an uncaught exception in the thread stops the engine, with the exception as the cause', async () => {
    const engine = await standIn();
    const error = await engine.run({ text: 'throw' }).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(FakePostgresEngineError);
    expect((error as Error).cause).toMatchObject({ message: 'the stand-in thread threw' });
  });

  it('through a pool, a crash fails the query in flight and the next ones instead of hanging', async () => {
    const fake = openFakePostgres(await standIn(), {});
    try {
      await expect(fake.pool.query('SELECT $1::text', ['before'])).resolves.toMatchObject({
        rows: [{ echo: 'before' }],
      });
      await expect(fake.pool.query('exit 9')).rejects.toBeInstanceOf(FakePostgresEngineError);
      await expect(fake.pool.query('SELECT 1')).rejects.toMatchObject({ code: 'FAKE_PG_ENGINE_STOPPED' });
    } finally {
      await fake.close();
    }
  });

  it('statements outside transactions from two connections are in flight together', async () => {
    const fake = openFakePostgres(await standIn(), { lockTimeoutMs: 60_000 });
    try {
      // The stand-in answers the first only once the second has arrived: if the second waited for
      // the first's answer, as statements do on an engine that may interleave them, neither would end.
      const first = fake.pool.query('SELECT $1::text AS echo', ['hold']);
      const second = fake.pool.query('SELECT $1::text AS echo', ['second']);
      expect((await first).rows).toEqual([{ echo: 'hold' }]);
      expect((await second).rows).toEqual([{ echo: 'second' }]);
    } finally {
      await fake.close();
    }
  });

  it('a transaction still has the database alone: a statement waits for it', async () => {
    const fake = openFakePostgres(await standIn(), { lockTimeoutMs: 50 });
    const client = await fake.pool.connect();
    try {
      await client.query('BEGIN');
      await expect(fake.pool.query('SELECT $1::text', ['other'])).rejects.toMatchObject({ code: '0A000' });
    } finally {
      client.release();
      await fake.close();
    }
  });

  it('an error the thread reports keeps its class and code; the engine goes on', async () => {
    const engine = await standIn();
    await expect(engine.run({ text: 'setup error' })).rejects.toMatchObject({
      name: 'FakePostgresSetupError',
      code: 'FAKE_PG_MIGRATION_FAILED',
    });
    await expect(engine.run({ text: 'after' })).resolves.toMatchObject({ results: [{ rows: [['after']] }] });
  });

  it('a start that fails in the thread rejects with its error', async () => {
    const starting = PgliteWorkerEngine.start({ script: REFUSING });
    await expect(starting).rejects.toBeInstanceOf(FakePostgresSetupError);
    await expect(starting).rejects.toMatchObject({ code: 'FAKE_PG_ENGINE_MISSING' });
  });

  it('after close(), calls fail with FAKE_PG_ENGINE_STOPPED; closing again is a no-op', async () => {
    const engine = await standIn();
    await engine.close();
    await expect(engine.run({ text: 'SELECT 1' })).rejects.toMatchObject({
      code: 'FAKE_PG_ENGINE_STOPPED',
      message: expect.stringContaining('was closed'),
    });
    await expect(engine.close()).resolves.toBeUndefined();
  });

  // A node process of its own (tsx's transform, a PGlite start): seconds alone, past vitest's 5 s
  // default in CI's Node 20 pass beside the Testcontainers pass. A guard, not a time target.
  it('an idle engine left open does not keep its process alive', { timeout: 60_000 }, async () => {
    const child = fileURLToPath(new URL('./testing/idle-engine-child.ts', import.meta.url));
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', child]);
    expect(stdout).toBe('[["left open"]]\n');
  });
});

describe('errors across the thread', () => {
  const across = (error: Error) => reviveError(structuredClone(serializeError(error)));

  it('FakePostgresSetupError keeps its class and code', () => {
    const revived = across(new FakePostgresSetupError('FAKE_PG_ENGINE_MISSING', 'install it'));
    expect(revived).toBeInstanceOf(FakePostgresSetupError);
    expect(revived).toMatchObject({ code: 'FAKE_PG_ENGINE_MISSING', message: 'install it' });
  });

  it("FakePostgresError keeps its SQLSTATE and PostgreSQL's fields", () => {
    const error = new FakePostgresError('23505', 'duplicate key', { fields: { constraint: 'items_pkey' } });
    const revived = across(error);
    expect(revived).toBeInstanceOf(FakePostgresError);
    expect((revived as FakePostgresError).fields).toEqual(error.fields);
  });

  it('any other error keeps its name, code and the stack of the thread', () => {
    const error = Object.assign(new TypeError('bad'), { code: 'ERR_X' });
    const revived = across(error);
    expect(revived).toMatchObject({ name: 'TypeError', message: 'bad', code: 'ERR_X' });
    expect(revived.stack).toBe(error.stack);
  });
});
