import type { IMemoryDb } from 'pg-mem';
import { toFakePostgresError } from './fake-postgres-error.js';
import { translateQuery } from './translate-query.js';

/** What a query returns, shaped like pg's `QueryResult`. */
export interface FakeQueryResult {
  readonly command: string;
  readonly rowCount: number;
  readonly rows: Record<string, unknown>[];
  readonly fields: unknown[];
}

interface PgMemQuery {
  readonly text: string;
  readonly values?: unknown[];
}

// The two steps of pg-mem's own pg adapter around `db.public.query`, called directly so the
// statement runs synchronously while the fake holds its lock (pg-mem's `query()` resolves on a
// later macrotask). Pinned pg-mem 3.0.14; checked at start-up so an upgrade fails loudly here.
interface PgMemPgInternals {
  adaptQuery(query: PgMemQuery, values: unknown[] | undefined): PgMemQuery;
  adaptResults(query: PgMemQuery, result: unknown): FakeQueryResult;
}

/** Runs one statement on pg-mem, synchronously, with pg's parameter handling and SQLSTATE errors. */
export class PgMemEngine {
  readonly #db: IMemoryDb;
  readonly #pg: PgMemPgInternals;

  constructor(db: IMemoryDb) {
    this.#db = db;
    const { Pool } = db.adapters.createPg() as { Pool: new () => Partial<PgMemPgInternals> };
    const pool = new Pool();
    if (typeof pool.adaptQuery !== 'function' || typeof pool.adaptResults !== 'function') {
      throw new Error('@seams/fakes: this pg-mem version lacks adaptQuery/adaptResults; pin pg-mem 3.0.14');
    }
    this.#pg = pool as PgMemPgInternals;
  }

  execute(text: string, values: unknown[] | undefined): FakeQueryResult {
    try {
      const query = this.#pg.adaptQuery({ text: translateQuery(text), values }, values);
      const result = this.#pg.adaptResults(query, this.#db.public.query(query.text));
      return { command: result.command, rowCount: result.rowCount ?? 0, rows: result.rows, fields: [] };
    } catch (error) {
      throw toFakePostgresError(error);
    }
  }
}
