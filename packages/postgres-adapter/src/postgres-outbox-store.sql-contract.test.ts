import { createPgMock, FakeClock } from '@seams/fakes';
import { describe, expect, it } from 'vitest';
import { PostgresOutboxStore } from './postgres-outbox-store.js';

const NOW = '2026-01-01T10:00:00.000Z';
const CLAIM_SELECT = `SELECT id FROM outbox_events
  WHERE published_at IS NULL AND next_attempt_at <= $1 AND (locked_until IS NULL OR locked_until <= $1)
  ORDER BY occurred_at, position LIMIT $2
  FOR UPDATE SKIP LOCKED`;
const CLAIM_UPDATE = `UPDATE outbox_events SET locked_until = $1 WHERE id = ANY($2)
  RETURNING id, type, payload, occurred_at, correlation_id, headers, attempts`;
const CLAIM_ONE_STATEMENT = `WITH marked AS (
    UPDATE outbox_events SET published_at = $1, locked_until = NULL WHERE id = ANY($4) AND published_at IS NULL
  ),
  due AS (
    SELECT id FROM outbox_events
    WHERE published_at IS NULL AND next_attempt_at <= $1 AND (locked_until IS NULL OR locked_until <= $1)
      AND NOT (id = ANY($4))
    ORDER BY occurred_at, position LIMIT $3
    FOR UPDATE SKIP LOCKED
  ),
  claimed AS (
    UPDATE outbox_events AS claimed SET locked_until = $2 FROM due WHERE claimed.id = due.id
    RETURNING claimed.id, claimed.type, claimed.payload, claimed.occurred_at, claimed.correlation_id,
      claimed.headers, claimed.attempts, claimed.position
  )
  SELECT id, type, payload, occurred_at, correlation_id, headers, attempts FROM claimed ORDER BY occurred_at, position`;
const MARK_PUBLISHED = `UPDATE outbox_events SET published_at = $1, locked_until = NULL
  WHERE id = ANY($2) AND published_at IS NULL`;

function setup() {
  const { pool, mock } = createPgMock();
  const store = new PostgresOutboxStore({ pool, clock: new FakeClock(NOW), defaultLeaseMs: 30_000 });
  return { mock, store };
}

function outboxRow(id: string, attempts: string) {
  return {
    id,
    type: 'order.paid',
    payload: { orderId: 'ord-1' },
    occurred_at: new Date(NOW),
    correlation_id: null,
    headers: null,
    attempts,
  };
}

describe('PostgresOutboxStore SQL contract', () => {
  it('claim: one transaction, SKIP LOCKED select on the store clock, then a lease in one UPDATE', async () => {
    const { mock, store } = setup();
    mock.expectBegin();
    mock
      .expectQuery(CLAIM_SELECT)
      .withArgs(NOW, 10)
      .willReturnRows([{ id: 'evt-2' }, { id: 'evt-1' }]);
    mock
      .expectQuery(CLAIM_UPDATE)
      .withArgs('2026-01-01T10:00:05.000Z', ['evt-2', 'evt-1'])
      // The database may return RETURNING rows in any order; the store keeps the SELECT's order.
      .willReturnRows([outboxRow('evt-1', '0'), outboxRow('evt-2', '3')]);
    mock.expectCommit();
    const claimed = await store.claim(10, { leaseMs: 5_000 });
    expect(claimed.map((event) => [event.id, event.attempts])).toEqual([
      ['evt-2', 3],
      ['evt-1', 0],
    ]);
    mock.verify();
  });

  it('claim: nothing due commits after the select and sends no UPDATE', async () => {
    const { mock, store } = setup();
    mock.expectBegin();
    mock.expectQuery(CLAIM_SELECT).withArgs(NOW, 5).willReturnRows([]);
    mock.expectCommit();
    await expect(store.claim(5)).resolves.toEqual([]);
    mock.verify();
  });

  it('claim: a limit of 0 sends nothing at all', async () => {
    const { mock, store } = setup();
    await expect(store.claim(0)).resolves.toEqual([]);
    expect(mock.calls).toEqual([]);
  });

  it("claim, 'one-statement': the last batch's mark, the SKIP LOCKED pick and the lease in one autocommit CTE", async () => {
    const { pool, mock } = createPgMock();
    const store = new PostgresOutboxStore({ pool, clock: new FakeClock(NOW), claims: 'one-statement' });
    mock
      .expectQuery(CLAIM_ONE_STATEMENT)
      .withArgs(NOW, '2026-01-01T10:00:05.000Z', 10, ['evt-0'])
      .willReturnRows([outboxRow('evt-2', '3'), outboxRow('evt-1', '0')]);
    const claimed = await store.claim(10, { leaseMs: 5_000, markPublished: ['evt-0'] });
    expect(claimed.map((event) => [event.id, event.attempts])).toEqual([
      ['evt-2', 3],
      ['evt-1', 0],
    ]);
    mock.verify();
    expect(mock.calls).toHaveLength(1);
  });

  it('claim, default: the handed ids are marked first by their own UPDATE, then the claim transaction', async () => {
    const { mock, store } = setup();
    mock.expectExec(MARK_PUBLISHED).withArgs(NOW, ['evt-0']).willReturnRowCount(1);
    mock.expectBegin();
    mock.expectQuery(CLAIM_SELECT).withArgs(NOW, 10).willReturnRows([]);
    mock.expectCommit();
    await expect(store.claim(10, { markPublished: ['evt-0'] })).resolves.toEqual([]);
    mock.verify();
  });

  it('mark-published: one autocommit UPDATE that skips rows already published', async () => {
    const { mock, store } = setup();
    mock.expectExec(MARK_PUBLISHED).withArgs(NOW, ['evt-1', 'evt-2']).willReturnRowCount(2);
    await expect(store.markPublished(['evt-1', 'evt-2'])).resolves.toBeUndefined();
    expect(() => mock.verify()).not.toThrow();
  });
});
