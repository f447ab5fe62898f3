import {
  type ClaimedEvent,
  type ClaimOptions,
  type Clock,
  type EventMessage,
  NotFoundError,
  type OutboxStore,
} from '@seams/ports';
import { claimedEventFromRow, OUTBOX_COLUMNS, outboxParams } from './outbox-row.js';
import type { PostgresPool, PostgresQueryable, PostgresQueryResult } from './postgres-client.js';
import { mapPostgresError } from './postgres-errors.js';
import { inTransaction, transactionOrPool } from './transaction-context.js';

/** Configuration of `PostgresOutboxStore`. */
export interface PostgresOutboxStoreConfig {
  /** A `pg.Pool` (or the fake's); inside a `PostgresUnitOfWork` on the same pool, calls join its transaction. */
  readonly pool: PostgresPool;
  /** Due times, leases and retry delays all read this clock, never the database's `now()`. */
  readonly clock: Clock;
  /** Lease of a claim when the caller gives none. Default 30 s. */
  readonly defaultLeaseMs?: number;
  /**
   * How a claim is sent. `'one-statement'`: one data-modifying CTE that marks the ids handed in
   * `markPublished`, picks the due events (`FOR UPDATE SKIP LOCKED`) and leases them: one round
   * trip, no explicit transaction; PostgreSQL and PGlite run it, pg-mem refuses it. `'transaction'`
   * (the default, which every engine runs): the mark on its own, then `BEGIN`, the `SELECT`, the
   * `UPDATE`, `COMMIT` (pg-mem updates every row of `UPDATE ... WHERE id IN (SELECT ...)`).
   */
  readonly claims?: 'one-statement' | 'transaction';
}

const CLAIMED_COLUMNS = OUTBOX_COLUMNS.split(', ')
  .map((column) => `claimed.${column}`)
  .join(', ');

const MAX_ERROR_LENGTH = 2_000;

/** `OutboxStore` on PostgreSQL: claims with `FOR UPDATE SKIP LOCKED` and a lease, so relays never share an event. */
export class PostgresOutboxStore implements OutboxStore {
  readonly #pool: PostgresPool;
  readonly #clock: Clock;
  readonly #defaultLeaseMs: number;
  readonly #oneStatement: boolean;

  constructor(config: PostgresOutboxStoreConfig) {
    this.#pool = config.pool;
    this.#clock = config.clock;
    this.#defaultLeaseMs = config.defaultLeaseMs ?? 30_000;
    this.#oneStatement = config.claims === 'one-statement';
  }

  async add(event: EventMessage): Promise<void> {
    await this.#query(
      transactionOrPool(this.#pool),
      `INSERT INTO outbox_events (id, type, payload, occurred_at, correlation_id, headers, next_attempt_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      outboxParams(event, this.#clock.now()),
      event.id,
    );
  }

  async claim(limit: number, options: ClaimOptions = {}): Promise<ClaimedEvent[]> {
    const marking = [...(options.markPublished ?? [])];
    if (limit <= 0) {
      await this.markPublished(marking);
      return [];
    }
    const now = this.#clock.now();
    const leaseUntil = new Date(now.getTime() + (options.leaseMs ?? this.#defaultLeaseMs));
    if (this.#oneStatement) {
      // The CTEs see one snapshot: `due` leaves out the ids being marked, so no row is changed twice.
      // RETURNING comes in no set order: the outer SELECT sorts the claim oldest first.
      const { rows } = await this.#query(
        transactionOrPool(this.#pool),
        `WITH marked AS (
           UPDATE outbox_events SET published_at = $1, locked_until = NULL
           WHERE id = ANY($4) AND published_at IS NULL
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
           RETURNING ${CLAIMED_COLUMNS}, claimed.position
         )
         SELECT ${OUTBOX_COLUMNS} FROM claimed ORDER BY occurred_at, position`,
        [now.toISOString(), leaseUntil.toISOString(), Math.trunc(limit), marking],
        'claim',
      );
      return rows.map(claimedEventFromRow);
    }
    await this.markPublished(marking);
    // Two statements, not UPDATE ... WHERE id IN (SELECT ...): pg-mem re-runs such a subquery per
    // row and updates every row. The row locks taken by the SELECT hold until the commit.
    // The claim's statements go through `client` alone: nothing needs the async context.
    return inTransaction(
      this.#pool,
      async (client) => {
        const due = await this.#query(
          client,
          `SELECT id FROM outbox_events
         WHERE published_at IS NULL AND next_attempt_at <= $1 AND (locked_until IS NULL OR locked_until <= $1)
         ORDER BY occurred_at, position LIMIT $2
         FOR UPDATE SKIP LOCKED`,
          [now.toISOString(), Math.trunc(limit)],
          'claim',
        );
        const ids = due.rows.map((row) => String(row.id));
        if (ids.length === 0) return [];
        const claimed = await this.#query(
          client,
          `UPDATE outbox_events SET locked_until = $1 WHERE id = ANY($2)
         RETURNING ${OUTBOX_COLUMNS}`,
          [leaseUntil.toISOString(), ids],
          'claim',
        );
        const byId = new Map(claimed.rows.map((row) => [String(row.id), claimedEventFromRow(row)]));
        return ids.flatMap((id) => byId.get(id) ?? []);
      },
      { asyncContext: false },
    );
  }

  async markPublished(ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.#query(
      transactionOrPool(this.#pool),
      `UPDATE outbox_events SET published_at = $1, locked_until = NULL
       WHERE id = ANY($2) AND published_at IS NULL`,
      [this.#clock.now().toISOString(), ids],
      ids.join(','),
    );
  }

  async markFailed(
    id: string,
    failure: { readonly error: string; readonly retryInMs: number },
  ): Promise<void> {
    const nextAttemptAt = new Date(this.#clock.now().getTime() + Math.max(0, failure.retryInMs));
    const { rowCount } = await this.#query(
      transactionOrPool(this.#pool),
      `UPDATE outbox_events SET attempts = attempts + 1, last_error = $2, next_attempt_at = $3, locked_until = NULL
       WHERE id = $1 AND published_at IS NULL`,
      [id, failure.error.slice(0, MAX_ERROR_LENGTH), nextAttemptAt.toISOString()],
      id,
    );
    if (rowCount === 0) throw new NotFoundError('unpublished outbox event', id);
  }

  async #query(
    target: PostgresQueryable,
    text: string,
    values: unknown[],
    id: string,
  ): Promise<PostgresQueryResult> {
    try {
      return await target.query(text, values);
    } catch (error) {
      throw mapPostgresError(error, { entity: 'outbox event', id });
    }
  }
}
