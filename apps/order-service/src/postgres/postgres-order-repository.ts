import { type Clock, ConcurrencyConflictError, type EventMessage, NotFoundError } from '@seams/ports';
import {
  mapPostgresError,
  outboxInsert,
  PostgresOutboxStore,
  type PostgresPool,
  type PostgresQueryResult,
  type PostgresRow,
  PostgresUnitOfWork,
  transactionOrPool,
} from '@seams/postgres-adapter';
import type { Order, OrderStatus } from '../domain/order.js';
import type { OrderRepository, PageRequest } from '../domain/order-repository.js';
import { ORDER_COLUMNS, orderFromRow, orderParams } from './order-row.js';

/** Configuration of `PostgresOrderRepository`. */
export interface PostgresOrderRepositoryConfig {
  /** A `pg.Pool` (or the fake's); inside a `PostgresUnitOfWork` on the same pool, calls join its transaction. */
  readonly pool: PostgresPool;
  /** The outbox store's clock: an event written with a change is first due at its `now()`. */
  readonly clock: Clock;
  /**
   * How a change and its event are written: `'one-statement'` (the default) as one data-modifying
   * CTE, one round trip and no explicit transaction; `'transaction'` as `BEGIN`, the change, the
   * outbox insert, `COMMIT` (four round trips), for pg-mem, which refuses data-modifying CTEs.
   */
  readonly eventWrites?: 'one-statement' | 'transaction';
}

const UPDATE_SET = `customer_id = $3, currency = $4, lines = $5, total_minor = $6, status = $7,
         updated_at = $8, payment_key = $9, payment_fingerprint = $10, payment_lease_until = $11,
         charge_id = $12, version = version + 1`;
const UPDATE_PARAMS = 12;
const INSERT_VALUES = '$1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13';
const INSERT_PARAMS = 13;

const DEFAULT_PAGE_SIZE = 100;
const MAX_PAGE_SIZE = 1_000;

/** `OrderRepository` on PostgreSQL: lines as jsonb, money as int8 minor units, optimistic `version`. */
export class PostgresOrderRepository implements OrderRepository {
  readonly #pool: PostgresPool;
  readonly #clock: Clock;
  readonly #oneStatement: boolean;

  constructor(config: PostgresOrderRepositoryConfig) {
    this.#pool = config.pool;
    this.#clock = config.clock;
    this.#oneStatement = (config.eventWrites ?? 'one-statement') === 'one-statement';
  }

  async insert(order: Order): Promise<void> {
    await this.#query(
      `INSERT INTO orders (${ORDER_COLUMNS}) VALUES (${INSERT_VALUES})`,
      orderParams(order),
      order.id,
    );
  }

  async insertWithEvent(order: Order, event: EventMessage): Promise<void> {
    if (!this.#oneStatement) {
      await this.#inTransaction((orders, outbox) => orders.insert(order).then(() => outbox.add(event)));
      return;
    }
    const outbox = outboxInsert(event, this.#clock.now(), INSERT_PARAMS + 1, 'created');
    await this.#query(
      `WITH created AS (INSERT INTO orders (${ORDER_COLUMNS}) VALUES (${INSERT_VALUES}) RETURNING id)
       ${outbox.text}`,
      [...orderParams(order), ...outbox.values],
      order.id,
    );
  }

  async find(id: string): Promise<Order | undefined> {
    const { rows } = await this.#query(`SELECT ${ORDER_COLUMNS} FROM orders WHERE id = $1`, [id], id);
    return rows[0] ? orderFromRow(rows[0]) : undefined;
  }

  async get(id: string): Promise<Order> {
    const order = await this.find(id);
    if (!order) throw new NotFoundError('order', id);
    return order;
  }

  async update(order: Order): Promise<Order> {
    const { rows } = await this.#query(
      `UPDATE orders SET ${UPDATE_SET}
       WHERE id = $1 AND version = $2 RETURNING ${ORDER_COLUMNS}`,
      updateParams(order),
      order.id,
    );
    return this.#updated(rows[0], order);
  }

  async updateWithEvent(order: Order, event: EventMessage): Promise<Order> {
    if (!this.#oneStatement) {
      return this.#inTransaction(async (orders, outbox) => {
        const saved = await orders.update(order);
        await outbox.add(event);
        return saved;
      });
    }
    // The event's INSERT reads from `saved`: a stale version matches no row, and no event is written.
    const outbox = outboxInsert(event, this.#clock.now(), UPDATE_PARAMS + 1, 'saved');
    const { rows } = await this.#query(
      `WITH saved AS (UPDATE orders SET ${UPDATE_SET}
         WHERE id = $1 AND version = $2 RETURNING ${ORDER_COLUMNS}),
       event AS (${outbox.text})
       SELECT ${ORDER_COLUMNS} FROM saved`,
      [...updateParams(order), ...outbox.values],
      order.id,
    );
    return this.#updated(rows[0], order);
  }

  /** The saved row as an order; else why nothing was saved: `NotFoundError` or `ConcurrencyConflictError`. */
  async #updated(row: PostgresRow | undefined, order: Order): Promise<Order> {
    if (row) return orderFromRow(row);
    const exists = await this.#query('SELECT 1 FROM orders WHERE id = $1', [order.id], order.id);
    if (exists.rows.length === 0) throw new NotFoundError('order', order.id);
    throw new ConcurrencyConflictError('order', order.id, order.version);
  }

  /** `work` on this repository and an outbox store bound to one transaction (the `'transaction'` writes). */
  #inTransaction<T>(
    work: (orders: PostgresOrderRepository, outbox: PostgresOutboxStore) => Promise<T>,
  ): Promise<T> {
    const clock = this.#clock;
    return new PostgresUnitOfWork({
      pool: this.#pool,
      scope: (transaction) => ({
        orders: new PostgresOrderRepository({ pool: transaction, clock }),
        outbox: new PostgresOutboxStore({ pool: transaction, clock }),
      }),
      asyncContext: false,
    }).run(({ orders, outbox }) => work(orders, outbox));
  }

  async listByStatus(
    status: OrderStatus,
    page: PageRequest = { limit: DEFAULT_PAGE_SIZE },
  ): Promise<Order[]> {
    const limit = Math.min(Math.max(Math.trunc(page.limit), 0), MAX_PAGE_SIZE);
    if (page.after === undefined) {
      const { rows } = await this.#query(
        `SELECT ${ORDER_COLUMNS} FROM orders WHERE status = $1 ORDER BY created_at, id LIMIT $2`,
        [status, limit],
        status,
      );
      return rows.map(orderFromRow);
    }
    // Keyset paging on (created_at, id), spelled out because pg-mem has no row comparison.
    const { rows } = await this.#query(
      `SELECT ${ORDER_COLUMNS} FROM orders WHERE status = $1
         AND (created_at > (SELECT created_at FROM orders WHERE id = $3)
           OR (created_at = (SELECT created_at FROM orders WHERE id = $3) AND id > $3))
       ORDER BY created_at, id LIMIT $2`,
      [status, limit, page.after],
      status,
    );
    return rows.map(orderFromRow);
  }

  async listPaymentLeasesExpired(now: Date, limit: number): Promise<Order[]> {
    const { rows } = await this.#query(
      `SELECT ${ORDER_COLUMNS} FROM orders WHERE payment_lease_until <= $1
       ORDER BY payment_lease_until, id LIMIT $2`,
      [now.toISOString(), Math.min(Math.max(Math.trunc(limit), 0), MAX_PAGE_SIZE)],
      'expired payment leases',
    );
    return rows.map(orderFromRow);
  }

  async #query(text: string, values: unknown[], id: string): Promise<PostgresQueryResult> {
    try {
      return await transactionOrPool(this.#pool).query(text, values);
    } catch (error) {
      throw mapPostgresError(error, { entity: 'order', id });
    }
  }
}

/** `update`'s parameters: id and the expected version first, then the columns it sets. */
function updateParams(order: Order): unknown[] {
  const [id, customerId, currency, lines, total, status, version, , updatedAt, ...payment] =
    orderParams(order);
  return [id, version, customerId, currency, lines, total, status, updatedAt, ...payment];
}
