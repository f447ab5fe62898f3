/** A row as the driver hands it back: column name → value. */
export type PostgresRow = Record<string, unknown>;

/** The part of a query result the adapters read. */
export interface PostgresQueryResult {
  readonly rows: PostgresRow[];
  readonly rowCount: number | null;
}

/** Anything that runs a parameterised query: a `pg.Pool`, a `pg.PoolClient`, or the pg-mem fake's. */
export interface PostgresQueryable {
  query(text: string, values?: unknown[]): Promise<PostgresQueryResult>;
}

/** A client checked out of a pool; `release(error)` tells the pool to discard it instead of reusing it. */
export interface PostgresPoolClient extends PostgresQueryable {
  release(error?: Error | boolean): void;
  /** pg's clients emit 'error' when their connection drops; fakes without a connection may omit it. */
  on?(event: 'error', listener: (error: Error) => void): unknown;
  removeListener?(event: 'error', listener: (error: Error) => void): unknown;
}

/** The slice of `pg.Pool` the adapters use, so the pg-mem fake (or any pool) fits. */
export interface PostgresPool extends PostgresQueryable {
  connect(): Promise<PostgresPoolClient>;
}
