import { ConcurrencyConflictError, NotFoundError } from '@seams/ports';
import {
  mapPostgresError,
  type PostgresPool,
  type PostgresQueryResult,
  transactionOrPool,
} from '@seams/postgres-adapter';
import type { Order, OrderStatus } from '../domain/order.js';
import type { OrderRepository, PageRequest } from '../domain/order-repository.js';
import { ORDER_COLUMNS, orderFromRow, orderParams } from './order-row.js';

/** Configuration of `PostgresOrderRepository`. */
export interface PostgresOrderRepositoryConfig {
  /** A `pg.Pool` (or the fake's); inside a `PostgresUnitOfWork` on the same pool, calls join its transaction. */
  readonly pool: PostgresPool;
}

const DEFAULT_PAGE_SIZE = 100;
const MAX_PAGE_SIZE = 1_000;

/** `OrderRepository` on PostgreSQL: lines as jsonb, money as int8 minor units, optimistic `version`. */
export class PostgresOrderRepository implements OrderRepository {
  readonly #pool: PostgresPool;

  constructor(config: PostgresOrderRepositoryConfig) {
    this.#pool = config.pool;
  }

  async insert(order: Order): Promise<void> {
    await this.#query(
      `INSERT INTO orders (${ORDER_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
      orderParams(order),
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
    const [id, customerId, currency, lines, total, status, version, , updatedAt, ...payment] =
      orderParams(order);
    const { rows } = await this.#query(
      `UPDATE orders SET customer_id = $3, currency = $4, lines = $5, total_minor = $6, status = $7,
         updated_at = $8, payment_key = $9, payment_fingerprint = $10, payment_lease_until = $11,
         charge_id = $12, version = version + 1
       WHERE id = $1 AND version = $2 RETURNING ${ORDER_COLUMNS}`,
      [id, version, customerId, currency, lines, total, status, updatedAt, ...payment],
      order.id,
    );
    if (rows[0]) return orderFromRow(rows[0]);
    const exists = await this.#query('SELECT 1 FROM orders WHERE id = $1', [order.id], order.id);
    if (exists.rows.length === 0) throw new NotFoundError('order', order.id);
    throw new ConcurrencyConflictError('order', order.id, order.version);
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
