/** The slice of a `pg` query config the corpus sends. */
export interface CorpusQueryConfig {
  readonly text: string;
  readonly values?: unknown[];
  readonly rowMode?: 'array';
  readonly name?: string;
}

/** The slice of a `pg.PoolClient` the corpus uses: every engine's client, and pg's own, fit it. */
export interface CorpusClient {
  query(config: CorpusQueryConfig): Promise<unknown>;
  release(error?: Error | boolean): void;
}

/** The slice of a `pg.Pool` the corpus uses. */
export interface CorpusPool {
  query(text: string): Promise<unknown>;
  connect(): Promise<CorpusClient>;
}

/** A database in its fresh state, for one case. */
export interface CorpusDatabase {
  readonly pool: CorpusPool;
  /** Ends the pool and frees what the case left (locks, open transactions, settings). */
  close(): Promise<void>;
}

/** Something the corpus runs on: PostgreSQL itself, or an embedded engine. */
export interface CorpusTarget {
  /** The engine's name in the counts: `pg-mem`, `PGlite`, `PostgreSQL 15`. */
  readonly name: string;
  /** A database in a fresh state (no tables, no settings, no sequences), one per case. */
  open(): Promise<CorpusDatabase>;
}
