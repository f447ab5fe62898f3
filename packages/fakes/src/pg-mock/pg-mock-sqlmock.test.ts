import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { startTestServer } from '../http/test-server.js';
import { connectionRefusedError } from '../system-error.js';
import { createPgMock } from './create-pg-mock.js';
import { pgError } from './pg-error.js';

const BY_ID = 'SELECT id, status FROM orders WHERE id = $1';
const byId = (id: string) => ({ name: 'order-by-id', text: BY_ID, values: [id] });

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => new Error('resolved'),
    (e: unknown) => e as Error,
  );

describe('createPgMock: expectPrepare (named statements, as go-sqlmock ExpectPrepare)', () => {
  it('expects one Parse per connection, then only executions', async () => {
    const { pool, mock } = createPgMock();
    const prepared = mock.expectPrepare('order-by-id', BY_ID);
    prepared
      .expectQuery()
      .withArgs('o-1')
      .willReturnRows([{ id: 'o-1', status: 'paid' }]);
    prepared.expectQuery().withArgs('o-2').willReturnRows([]);
    mock.expectPrepare('order-by-id', BY_ID).expectQuery().withArgs('o-3').willReturnRows([]);
    expect((await pool.query(byId('o-1'))).rows).toEqual([{ id: 'o-1', status: 'paid' }]);
    expect((await pool.query(byId('o-2'))).rowCount).toBe(0); // the same connection: no second Parse
    const client = await pool.connect();
    await client.query(byId('o-3')); // another connection parses again
    client.release();
    mock.verify();
  });

  it('a failed Parse rejects the call and leaves the name unprepared', async () => {
    const { pool, mock } = createPgMock();
    const syntax = pgError('42601', 'syntax error at or near "FORM"');
    mock.expectPrepare('order-by-id', BY_ID).willReturnError(syntax);
    const retried = mock.expectPrepare('order-by-id', BY_ID);
    retried.expectQuery().withArgs('o-1').willReturnRows([]);
    expect(await failure(pool.query(byId('o-1')))).toBe(syntax);
    await pool.query(byId('o-1'));
    mock.verify();
  });

  it('refuses a name reused for another text on one connection, with the error pg throws', async () => {
    const { pool, mock } = createPgMock();
    mock.expectQuery(BY_ID).willReturnRows([]);
    await pool.query(byId('o-1')); // a name the test never prepared is matched as a plain statement
    const error = await failure(pool.query({ name: 'order-by-id', text: 'SELECT 1', values: [] }));
    expect(error).toEqual(
      new Error("Prepared statements must be unique - 'order-by-id' was used for a different statement"),
    );
  });

  it('fails an execution sent unnamed where the prepared statement was expected, saying so', async () => {
    const { pool, mock } = createPgMock();
    mock.expectPrepare('order-by-id', BY_ID).expectQuery();
    const error = await failure(pool.query(BY_ID, ['o-1']));
    expect(error.message).toBe(
      [
        'pg-mock: unexpected query via pool.query',
        `  sql:  ${BY_ID}`,
        "  args: [$1 'o-1']",
        'next expected:',
        `  expected: expectPrepare #1: "order-by-id" ${BY_ID}`,
        '  statement name: expected "order-by-id", got an unnamed statement',
      ].join('\n'),
    );
  });

  it('names the statement when another one was expected, in order or not', async () => {
    for (const inOrder of [true, false]) {
      const { pool, mock } = createPgMock({ inOrder });
      mock.expectPrepare('order-by-ref', BY_ID);
      expect((await failure(pool.query(byId('o-1')))).message).toContain(
        'statement name: expected "order-by-ref", got "order-by-id"',
      );
    }
  });

  it('expects a second Parse where a connection first uses the name', async () => {
    const { pool, mock } = createPgMock();
    mock.expectPrepare('order-by-id', BY_ID).expectQuery().willReturnRows([]);
    mock.expectQuery('SELECT 1').willReturnRows([]);
    await pool.query(byId('o-1'));
    const client = await pool.connect();
    const error = await failure(client.query(byId('o-2')));
    expect(error.message).toContain(
      'pg-mock: unexpected Parse of a named statement (statement "order-by-id") via client #1',
    );
    expect(error.message).toContain('it waits for a statement, not the Parse of a named statement');
  });
});

describe('createPgMock: expectClose (pool.end(), as go-sqlmock ExpectClose)', () => {
  it('expects pool.end() in its place, answering with its error if any', async () => {
    const { pool, mock } = createPgMock();
    mock.expectQuery('SELECT 1').willReturnRows([{ one: 1 }]);
    const closing = new Error('terminating connection');
    mock.expectClose().willReturnError(closing);
    await pool.query('SELECT 1');
    expect(await failure(pool.end())).toBe(closing);
    mock.verify();
    await expect(pool.end()).rejects.toMatchObject({ code: 'PG_MOCK_CLIENT_MISUSE' });
  });

  it('fails pool.end() that was not expected, or came before the statements expected first', async () => {
    const none = createPgMock();
    const error = await failure(none.pool.end());
    expect(error).toMatchObject({ name: 'PgMockError', code: 'PG_MOCK_UNEXPECTED_CLOSE' });
    expect(error.message).toBe('pg-mock: unexpected pool.end()\nno expectation remains (all 0 were met)');
    const early = createPgMock();
    early.mock.expectQuery('SELECT 1');
    early.mock.expectClose();
    expect((await failure(early.pool.end())).message).toBe(
      [
        'pg-mock: unexpected pool.end()',
        'next expected:',
        '  expected: expectQuery #1: SELECT 1',
        '  it waits for a statement, not pool.end()',
      ].join('\n'),
    );
    expect(() => early.mock.assertAllMet()).toThrow(/expectClose #2: pool.end\(\) \(ran 0 of 1\)/);
  });
});

describe('createPgMock: expectConnect', () => {
  it('fails pool.connect() and pool.query as a refused connection does, where expected', async () => {
    const { pool, mock } = createPgMock();
    const refused = connectionRefusedError('127.0.0.1', 5432);
    mock.expectConnect().willReturnError(refused).times(2);
    mock.expectQuery('SELECT 1').willReturnRows([{ one: 1 }]);
    expect(await failure(pool.connect())).toBe(refused);
    expect(await failure(pool.query('SELECT 1'))).toBe(refused);
    expect((await pool.query('SELECT 1')).rows).toEqual([{ one: 1 }]); // connects not expected pass
    mock.verify();
  });

  it('answers a connect after its delay, and a FATAL DatabaseError like a missing database', async () => {
    const { pool, mock } = createPgMock();
    mock.expectConnect().willDelay(5);
    const missing = pgError('3D000', 'database "shop" does not exist', { severity: 'FATAL' });
    mock.expectConnect().willReturnError(missing);
    const started = performance.now();
    (await pool.connect()).release();
    expect(performance.now() - started).toBeGreaterThanOrEqual(4);
    expect(await failure(pool.connect())).toMatchObject({ code: '3D000', severity: 'FATAL' });
    mock.verify();
  });

  it('connectionRefusedError is the error pg gives for a refused connection, field by field', async () => {
    const server = await startTestServer(() => ({}));
    await server.close();
    const port = Number(new URL(server.url).port);
    const real = await failure(new pg.Pool({ host: '127.0.0.1', port }).connect());
    const fields = (error: Error) => ({ class: error.constructor.name, ...error, message: error.message });
    expect(fields(connectionRefusedError('127.0.0.1', port))).toEqual(fields(real));
  });
});

describe('createPgMock: matchers and order (as go-sqlmock QueryMatcherOption, MatchExpectationsInOrder)', () => {
  it('takes a custom matcher function (expected, actual)', async () => {
    const seen: [string, string][] = [];
    const caseInsensitive = (expected: string, actual: string) => {
      seen.push([expected, actual]);
      return expected.toLowerCase() === actual.toLowerCase();
    };
    const { pool, mock } = createPgMock({ matching: caseInsensitive });
    mock.expectQuery('SELECT id FROM orders').willReturnRows([]);
    mock.expectQuery(/^delete/i); // a RegExp stays a regex whatever the matcher
    await pool.query('select ID from ORDERS');
    await pool.query('DELETE FROM orders');
    expect(seen).toEqual([['SELECT id FROM orders', 'select ID from ORDERS']]);
    const error = await failure(pool.query('SELECT 2'));
    expect(error.message).toContain('no expectation remains (all 2 were met)');
  });

  it('inOrder: false meets expectations in any order, statements, Parses and close alike', async () => {
    const { pool, mock } = createPgMock({ inOrder: false });
    mock.expectClose();
    mock.expectQuery('SELECT 2').willReturnRows([]);
    mock.expectPrepare('order-by-id', BY_ID).expectQuery().willReturnRows([]);
    mock.expectQuery('SELECT 1').willReturnRows([]);
    await pool.query('SELECT 1');
    await pool.query(byId('o-1'));
    await pool.query('SELECT 2');
    await pool.end();
    expect(() => mock.verify()).not.toThrow();
  });
});
