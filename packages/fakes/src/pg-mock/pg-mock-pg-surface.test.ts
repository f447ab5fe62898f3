import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { createPgMock } from './create-pg-mock.js';

/** Calls `call` with a node-style callback; resolves with what the callback received. */
function viaCallback<T>(call: (callback: (error: unknown, result?: T) => void) => unknown) {
  return new Promise<{ error: unknown; result: T | undefined }>((resolve) => {
    expect(call((error, result) => resolve({ error, result }))).toBeUndefined(); // pg returns nothing then
  });
}

describe("createPgMock: the pool and clients are pg's own classes", () => {
  it('is a pg.Pool handing out pg.Clients, and pg-pool reports the pool ended after end()', async () => {
    const { pool, mock } = createPgMock();
    mock.expectClose();
    expect(pool).toBeInstanceOf(pg.Pool);
    expect(pool.on('error', () => undefined)).toBe(pool); // pg's events: listeners taken, none emitted
    const client = await pool.connect();
    expect(client).toBeInstanceOf(pg.Client);
    client.release();
    expect(pool.ended).toBe(false);
    await pool.end();
    expect(pool.ended).toBe(true);
    mock.verify();
  });

  it("answers pg's callback forms of query, connect and end", async () => {
    const { pool, mock } = createPgMock();
    mock
      .expectQuery('SELECT $1::int AS n')
      .withArgs(1)
      .willReturnRows([{ n: 1 }]);
    mock.expectQuery('SELECT 2 AS n').willReturnRows([{ n: 2 }]);
    mock.expectQuery('SELECT 3 AS n').willReturnError(new Error('boom'));
    mock.expectClose();

    const withValues = viaCallback<pg.QueryResult>((done) => pool.query('SELECT $1::int AS n', [1], done));
    expect(await withValues).toMatchObject({ error: undefined, result: { rows: [{ n: 1 }] } });

    const connected = await viaCallback<[pg.PoolClient | undefined, (release?: Error) => void]>((done) =>
      pool.connect((error, client, release) => done(error, [client, release])),
    );
    const [client, release] = connected.result ?? [];
    const fromClient = viaCallback<pg.QueryResult>((done) => client?.query({ text: 'SELECT 2 AS n' }, done));
    expect(await fromClient).toMatchObject({ error: undefined, result: { rows: [{ n: 2 }] } });
    release?.();
    expect(client).toMatchObject({ released: true, discarded: false });

    const failed = await viaCallback<pg.QueryResult>((done) => pool.query('SELECT 3 AS n', done));
    expect(failed.error).toMatchObject({ message: 'boom' });

    await expect(viaCallback((done) => pool.end(done))).resolves.toEqual({
      error: undefined,
      result: undefined,
    });
    mock.verify();
  });
});

describe('createPgMock: what a mock connection cannot do fails loudly', () => {
  it('refuses connect() on a pool client, as pg does, and end(), which it does not model', async () => {
    const { pool, mock } = createPgMock();
    const client = await pool.connect();
    await expect(client.connect()).rejects.toMatchObject({
      code: 'PG_MOCK_CLIENT_MISUSE',
      message: 'pg-mock: client #1 is already connected (pool.connect() connected it; pg rejects this too)',
    });
    await expect(client.end()).rejects.toMatchObject({ code: 'PG_MOCK_UNSUPPORTED' });
    client.release();
    expect(() => mock.verify()).toThrow(/already connected/); // the first failure, even when caught
  });

  it('refuses a cursor or stream (a Submittable) and malformed arguments at the call', () => {
    const { pool, mock } = createPgMock();
    const cursor = new pg.Query('SELECT 1');
    expect(() => pool.query(cursor)).toThrow(
      expect.objectContaining({ code: 'PG_MOCK_UNSUPPORTED', message: expect.stringMatching(/submittable/) }),
    );
    expect(() => mock.assertAllMet()).toThrow(/submittable/);
    const again = createPgMock();
    // A JavaScript caller's mistake, out of TypeScript's reach: the values are not an array.
    expect(() => Reflect.apply(again.pool.query, again.pool, ['SELECT $1', 'o-1'])).toThrow(
      'pg-mock: query values must be an array, got string',
    );
  });
});
