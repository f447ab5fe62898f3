/** A JSON value: what the snapshot stores. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** One column as node-pg describes it; a type the database created (enum, domain) has no stable OID. */
export interface FieldOutcome {
  readonly name: string;
  readonly dataTypeID: number | 'user-defined';
}

/** A statement that answered, as node-pg reports it. */
export interface ResultOutcome {
  readonly kind: 'result';
  readonly command: string | null;
  readonly rowCount: number | null;
  readonly fields: readonly FieldOutcome[];
  readonly rows: readonly Json[];
}

/** A simple-protocol string of several statements: node-pg answers with one result each. */
export interface ResultsOutcome {
  readonly kind: 'results';
  readonly results: readonly ResultOutcome[];
}

/**
 * The error fields PostgreSQL fills and the comparison checks, when present: all a client can act
 * on or show. A hint or a position is what a tool shows its user (an editor underlines the cursor
 * position), and `where` is the context a PL/pgSQL or SQL-function error carries. Left out: the
 * message (wording differs between versions), severity (ERROR for every error a statement raises)
 * and file/line/routine (the server's own source).
 */
export const COMPARED_ERROR_FIELDS = [
  'schema',
  'table',
  'column',
  'dataType',
  'constraint',
  'detail',
  'hint',
  'position',
  'where',
  'internalPosition',
  'internalQuery',
] as const;

export type ErrorField = (typeof COMPARED_ERROR_FIELDS)[number];

/**
 * The fields a client shows rather than acts on. An engine may leave one out (it says less, nothing
 * wrong: the verdict stays SAME and the omission is counted), but one it gives must be PostgreSQL's.
 */
export const INFORMATIONAL_ERROR_FIELDS: ReadonlySet<ErrorField> = new Set<ErrorField>([
  'hint',
  'position',
  'where',
  'internalPosition',
  'internalQuery',
]);

/** A statement that failed: its SQLSTATE, the fields present, and the message (shown, never compared). */
export interface ErrorOutcome {
  readonly kind: 'error';
  readonly code: string;
  readonly fields: Partial<Record<ErrorField, string>>;
  readonly message: string;
}

export type StepOutcome = ResultOutcome | ResultsOutcome | ErrorOutcome;

/** A whole case: the set-up's error if it failed (then no steps ran), else each statement's outcome. */
export interface CaseOutcome {
  readonly setupError?: ErrorOutcome;
  readonly steps: readonly StepOutcome[];
}

// node-pg parses these from wall-clock text into a Date in the process's time zone: encoding their
// local components keeps the snapshot the same whatever TZ records or replays it.
const WALL_CLOCK_TYPES = new Set([1082, 1114, 1182, 1115]);
// PostgreSQL's FirstNormalObjectId: OIDs from here on belong to objects the database created.
const FIRST_USER_OID = 16_384;

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

function wallClock(date: Date): string {
  return (
    `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T` +
    `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}.${pad(date.getMilliseconds(), 3)}`
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** A value as node-pg handed it over, as JSON: Dates, Buffers, intervals and non-finite numbers tagged. */
export function encodeValue(value: unknown, typeOid: number): Json {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : { $number: String(value) };
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'bigint') return { $bigint: value.toString() };
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return { $date: 'invalid' };
    return WALL_CLOCK_TYPES.has(typeOid) ? { $wallClock: wallClock(value) } : { $date: value.toISOString() };
  }
  if (Buffer.isBuffer(value)) return { $bytes: value.toString('hex') };
  if (Array.isArray(value)) return value.map((item) => encodeValue(item, typeOid));
  if (isRecord(value)) {
    const toPostgres = value.toPostgres;
    if (typeof toPostgres === 'function' && Object.getPrototypeOf(value) !== Object.prototype) {
      return { $interval: String(toPostgres.call(value)) };
    }
    const encoded: { [key: string]: Json } = {};
    for (const [key, item] of Object.entries(value)) encoded[key] = encodeValue(item, typeOid);
    return encoded;
  }
  return { $unknown: String(value) };
}

function field(raw: unknown): FieldOutcome {
  const name = isRecord(raw) && typeof raw.name === 'string' ? raw.name : '?';
  const oid = isRecord(raw) && typeof raw.dataTypeID === 'number' ? raw.dataTypeID : -1;
  return { name, dataTypeID: oid >= FIRST_USER_OID ? 'user-defined' : oid };
}

function typeOids(raw: unknown): number[] {
  if (!isRecord(raw) || !Array.isArray(raw.fields)) return [];
  return raw.fields.map((item: unknown) =>
    isRecord(item) && typeof item.dataTypeID === 'number' ? item.dataTypeID : 0,
  );
}

function row(raw: unknown, oids: readonly number[], names: readonly string[]): Json {
  if (Array.isArray(raw)) return raw.map((value, index) => encodeValue(value, oids[index] ?? 0));
  if (!isRecord(raw)) return encodeValue(raw, 0);
  const encoded: { [key: string]: Json } = {};
  for (const [key, value] of Object.entries(raw)) {
    encoded[key] = encodeValue(value, oids[names.lastIndexOf(key)] ?? 0);
  }
  return encoded;
}

function singleResult(raw: unknown): ResultOutcome {
  if (!isRecord(raw)) throw new TypeError(`not a query result: ${String(raw)}`);
  const fields = Array.isArray(raw.fields) ? raw.fields.map(field) : [];
  const oids = typeOids(raw);
  const names = fields.map((f) => f.name);
  return {
    kind: 'result',
    command: typeof raw.command === 'string' ? raw.command : null,
    rowCount: typeof raw.rowCount === 'number' ? raw.rowCount : null,
    fields,
    rows: Array.isArray(raw.rows) ? raw.rows.map((r: unknown) => row(r, oids, names)) : [],
  };
}

/** What `client.query` resolved with: one result, or (several statements, simple protocol) one per statement. */
export function resultOutcome(raw: unknown): ResultOutcome | ResultsOutcome {
  if (Array.isArray(raw)) return { kind: 'results', results: raw.map(singleResult) };
  return singleResult(raw);
}

/** What `client.query` rejected with: the SQLSTATE (or a marker when there is none) and the fields present. */
export function errorOutcome(error: unknown): ErrorOutcome {
  const message = error instanceof Error ? error.message : String(error);
  const code = isRecord(error) && typeof error.code === 'string' ? error.code : 'no SQLSTATE';
  const fields: Partial<Record<ErrorField, string>> = {};
  for (const name of COMPARED_ERROR_FIELDS) {
    const value = isRecord(error) ? error[name] : undefined;
    if (typeof value === 'string') fields[name] = value;
  }
  return { kind: 'error', code, fields, message };
}
