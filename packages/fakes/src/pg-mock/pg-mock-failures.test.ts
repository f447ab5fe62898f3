import { describe, expect, it } from 'vitest';
import { createPgMock } from './create-pg-mock.js';

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => new Error('resolved'),
    (e: unknown) => e,
  );

describe('createPgMock: failures', () => {
  it('fails an unexpected query at the call with its SQL, args, the next expectation and a word diff', async () => {
    const { pool, mock } = createPgMock();
    mock.expectQuery('SELECT id FROM orders WHERE id = $1').withArgs('o-1');
    const error = await failure(pool.query('SELECT id FROM orders WHERE order_id = $1', ['o-1']));
    expect(error).toMatchObject({ name: 'PgMockError', code: 'PG_MOCK_UNEXPECTED_QUERY' });
    expect((error as Error).message).toBe(
      [
        'pg-mock: unexpected query via pool.query',
        '  sql:  SELECT id FROM orders WHERE order_id = $1',
        "  args: [$1 'o-1']",
        'next expected:',
        "  expected: expectQuery #1: SELECT id FROM orders WHERE id = $1 with args ['o-1']",
        '  sql diff ([-expected-] {+actual+}): SELECT id FROM orders WHERE [-id-] {+order_id+} = $1',
      ].join('\n'),
    );
  });

  it('names each mismatched argument when only the arguments changed', async () => {
    const { pool, mock } = createPgMock();
    mock.expectExec('UPDATE t SET v = $2 WHERE id = $1').withArgs('a', 1).willReturnRowCount(1);
    const error = await failure(pool.query('UPDATE t SET v = $2 WHERE id = $1', ['a', 2]));
    expect((error as Error).message).toContain(
      'the SQL matches; the arguments differ:\n    $2: expected 1, got 2',
    );
  });

  it('says when no expectation remains, and points at the closest one in any-order mode', async () => {
    const none = createPgMock();
    await expect(none.pool.query('SELECT 1')).rejects.toThrow('no expectation remains (all 0 were met)');
    const { pool, mock } = createPgMock({ ordered: false });
    mock.expectQuery('DELETE FROM outbox_events');
    mock.expectQuery('SELECT id FROM orders');
    await expect(pool.query('SELECT id FROM order')).rejects.toThrow(
      /closest remaining expectation:\n {2}expected: expectQuery #2/,
    );
  });

  it('keeps failing after a failure, even when the code under test swallowed it', async () => {
    const { pool, mock } = createPgMock();
    mock.expectQuery('SELECT 1');
    mock.expectQuery('SELECT 2');
    await pool.query('SELECT 9').catch(() => undefined);
    const later = await failure(pool.query('SELECT 1'));
    expect(later).toMatchObject({ code: 'PG_MOCK_EARLIER_FAILURE' });
    expect((later as Error).message).toContain('SELECT 9');
    expect(() => mock.assertAllMet()).toThrow(/and an earlier failure:\n {2}pg-mock: unexpected query/);
  });

  it('assertAllMet lists every unmet expectation with its run count', async () => {
    const { pool, mock } = createPgMock();
    mock.expectBegin();
    mock.expectExec('INSERT INTO t VALUES ($1)').withArgs(1).willReturnRowCount(1).times(2);
    mock.expectCommit();
    await pool.query('BEGIN');
    await pool.query('INSERT INTO t VALUES ($1)', [1]);
    expect(() => mock.assertAllMet()).toThrow(
      [
        'pg-mock: 2 expectation(s) not met:',
        '  - expectExec #2: INSERT INTO t VALUES ($1) with args [1] (ran 1 of 2)',
        '  - expectCommit #3: COMMIT (ran 0 of 1)',
      ].join('\n'),
    );
  });
});

describe('createPgMock: clients', () => {
  it('tracks release, discarding on release(error), and names unreleased clients with what they ran', async () => {
    const { pool, mock } = createPgMock();
    mock.expectBegin();
    mock.expectRollback();
    const first = await pool.connect();
    await first.query('BEGIN');
    expect(() => mock.assertAllReleased()).toThrow('client #1, which ran: BEGIN');
    await first.query('ROLLBACK');
    first.release(new Error('broken'));
    expect(first.discarded).toBe(true);
    mock.verify();
  });

  it('fails a query after release and a second release, as misuse', async () => {
    const { pool, mock } = createPgMock();
    const client = await pool.connect();
    client.release();
    await expect(client.query('SELECT 1')).rejects.toMatchObject({ code: 'PG_MOCK_CLIENT_MISUSE' });
    expect(() => client.release()).toThrow(/release\(\) called twice/);
    expect(() => mock.assertAllMet()).toThrow(/used after release/);
  });
});
