/**
 * The seam between the pg-shaped layer (a real `pg.Pool` whose connections speak PostgreSQL's wire
 * protocol to an in-process socket) and the SQL engine underneath it (pg-mem or PGlite). An engine
 * answers what a PostgreSQL server puts on the wire: text values, field descriptions with type OIDs,
 * command tags, and errors with their SQLSTATE and fields. node-pg does everything else itself
 * (type parsing, `pg.types` overrides, `rowMode`, `DatabaseError`), so both engines are shaped by
 * the very code production runs.
 */

/** A column of a result, as PostgreSQL describes it in RowDescription. */
export interface EngineField {
  readonly name: string;
  /** The OID of the table the column comes from, or 0. */
  readonly tableID: number;
  /** The column's number in that table, or 0. */
  readonly columnID: number;
  /** The type's OID from `pg_type` (23 int4, 20 int8, 1700 numeric, 1184 timestamptz, 3802 jsonb, ...). */
  readonly dataTypeID: number;
  /** `pg_type.typlen`: 4 for int4, 8 for int8, -1 for variable-length types. */
  readonly dataTypeSize: number;
  /** The type modifier (`varchar(20)` is 24), or -1. */
  readonly dataTypeModifier: number;
}

/** One statement's result. */
export interface EngineResult {
  /** The command tag PostgreSQL sends: `SELECT 2`, `INSERT 0 1`, `UPDATE 3`, `BEGIN`. */
  readonly command: string;
  /** The columns, for a statement that returns rows (even none); undefined for one that cannot (NoData). */
  readonly fields?: readonly EngineField[];
  /** The rows, each value in PostgreSQL's text format, or null. */
  readonly rows: readonly (readonly (string | null)[])[];
}

/** An error or notice report with PostgreSQL's fields (what pg copies onto `DatabaseError`). */
export interface PostgresErrorFields {
  /** `ERROR`, `FATAL`; `WARNING`, `NOTICE` for a notice. */
  readonly severity: string;
  /** The SQLSTATE: `23505`, `42P01`, ... */
  readonly code: string;
  readonly message: string;
  readonly detail?: string;
  readonly hint?: string;
  /** 1-based character offset of the error in the statement text, as a string. */
  readonly position?: string;
  /** The position in `internalQuery`: a query a function ran (PL/pgSQL's PERFORM, EXECUTE), not the client's. */
  readonly internalPosition?: string;
  readonly internalQuery?: string;
  readonly where?: string;
  readonly schema?: string;
  readonly table?: string;
  readonly column?: string;
  readonly dataType?: string;
  readonly constraint?: string;
  readonly file?: string;
  readonly line?: string;
  readonly routine?: string;
}

/** The transaction status PostgreSQL reports after each exchange (ReadyForQuery: `I`, `T`, `E`). */
export type TransactionStatus = 'idle' | 'transaction' | 'failed';

/** A statement for the engine. */
export interface EngineRequest {
  readonly text: string;
  /**
   * The extended protocol (what pg uses when a query has values): exactly one statement, each
   * parameter in text format or null. Undefined: the simple protocol (no parameters, several
   * statements allowed, each with its own result).
   */
  readonly params?: readonly (string | null)[];
  /**
   * The parameters sent in binary format (true at their index): pg sends a Buffer so. Their `params`
   * text is bytea's hex form, right when the parameter is a bytea; as another type PostgreSQL reads
   * the bytes with that type's binary input (the raw bytes of a text), not the hex.
   */
  readonly binaryParams?: readonly boolean[];
  /** Parameter type OIDs the client declared (0 or missing: let the server infer). */
  readonly paramTypes?: readonly number[];
  /**
   * The sixth or later execution of one named prepared statement (pg's `name`): PostgreSQL may
   * run it by a generic plan, where parameters are no constants it folds or counts.
   */
  readonly genericPlan?: boolean;
  /**
   * The connection that sent it, unique within the process, for the state PostgreSQL keeps per
   * session (settings, advisory locks). Undefined for the fake's own requests (a rollback, a reset).
   */
  readonly session?: number;
  /**
   * The fake's own read of the engine's catalog as the engine keeps it, past the face it shows
   * clients (PGlite's PostgreSQL 15 rewrites, pg15-dialect.ts): cheaper, and only for what is the
   * same either way. The wire never sets it; engines without such a face ignore it.
   */
  readonly engineCatalog?: boolean;
}

/** A NOTIFY the request committed (PostgreSQL sends it to every session listening on the channel). */
export interface EngineNotification {
  readonly channel: string;
  readonly payload: string;
  /** The connections listening on the channel; undefined: the session that sent the request, if it listens. */
  readonly sessions?: readonly number[];
}

/** What the engine answers: the results of the statements that ran, then the error that stopped them. */
export interface EngineReply {
  readonly results: readonly EngineResult[];
  readonly error?: PostgresErrorFields;
  /** Warnings and notices raised on the way (`there is no transaction in progress`, RAISE NOTICE). */
  readonly notices?: readonly PostgresErrorFields[];
  /** The session's transaction status after the request. */
  readonly status: TransactionStatus;
  /** NOTIFYs committed by the request, for the sessions listening. */
  readonly notifications?: readonly EngineNotification[];
}

/**
 * An in-process SQL engine with ONE session. The layer above runs one transaction at a time on it
 * (other connections wait for the lock), so the engine never sees two transactions interleave.
 */
export interface PostgresEngine {
  /** `pg-mem`, `pglite`, or a composite such as `pg-mem verified on pglite`. */
  readonly name: string;
  /**
   * True when requests handed to `run` while others are in flight are run strictly one after another,
   * in the order handed (a worker thread's queue): statements outside transactions then need not wait
   * for each other's answers. Engines that may interleave them leave it unset.
   */
  readonly inOrder?: boolean;
  /** Runs one request on the session; never rejects for an SQL error (that is `reply.error`). */
  run(request: EngineRequest): Promise<EngineReply>;
  /** Records the current state (the migrated schema and seed rows) as what `reset()` returns to. */
  snapshot(): Promise<void>;
  /** Back to the state `snapshot()` recorded; only called with no transaction open. */
  reset(): Promise<void>;
  /** A connection started with these settings (its startup packet's), before its first request. */
  openSession?(session: number, settings: readonly (readonly [string, string])[]): void;
  /** A connection ended: what its session held (advisory locks, settings) ends with it. */
  endSession?(session: number): Promise<void>;
  /** Releases what the engine holds; a shared engine may stay alive for the next user. */
  close(): Promise<void>;
}
