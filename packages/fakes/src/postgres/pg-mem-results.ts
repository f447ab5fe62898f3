import type { EngineField, EngineResult } from './postgres-engine.js';

/** A pg-mem result as its adapter returns it: JS values and pg-mem's own type names. */
export interface PgMemResult {
  readonly command: string;
  readonly rowCount: number;
  readonly fields: ReadonlyArray<{ readonly name: string; readonly type: string }>;
  readonly rows: ReadonlyArray<Record<string, unknown>>;
}

// pg-mem's type names to PostgreSQL's OIDs and lengths. pg-mem reports every integer as `integer`
// and numeric as `float`, so those come back as int4 and float8, what the fake always returned.
const TYPES: Readonly<Record<string, readonly [oid: number, size: number]>> = {
  bool: [16, 1],
  bytea: [17, -1],
  bigint: [20, 8],
  integer: [23, 4],
  text: [25, -1],
  json: [114, -1],
  float: [701, 8],
  date: [1082, 4],
  time: [1083, 8],
  timestamp: [1114, 8],
  timestamptz: [1184, 8],
  interval: [1186, 16],
  uuid: [2950, 16],
  jsonb: [3802, -1],
};
const TEXT_ARRAY = 1009;

/** A pg-mem result in wire form: PostgreSQL's text format, type OIDs, the command tag. */
export function toEngineResult(result: PgMemResult, returnsRows: boolean): EngineResult {
  const fields: EngineField[] = result.fields.map(({ name, type }) => {
    const [dataTypeID, dataTypeSize] = TYPES[type] ?? [type === 'array' ? TEXT_ARRAY : 25, -1];
    return { name, tableID: 0, columnID: 0, dataTypeID, dataTypeSize, dataTypeModifier: -1 };
  });
  const rows = result.rows.map((row) => result.fields.map(({ name, type }) => toText(row[name], type)));
  return { command: commandTag(result), rows, ...(returnsRows ? { fields } : {}) };
}

function commandTag({ command, rowCount }: PgMemResult): string {
  if (command === 'INSERT') return `INSERT 0 ${rowCount}`;
  if (['SELECT', 'UPDATE', 'DELETE', 'MERGE', 'FETCH', 'MOVE', 'COPY'].includes(command)) {
    return `${command} ${rowCount}`;
  }
  return command;
}

/** A JS value as PostgreSQL writes it in text format (`type`: pg-mem's name for the column's type). */
export function toText(value: unknown, type?: string): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (type === 'json' || type === 'jsonb') return JSON.stringify(value);
  if (value instanceof Date) return dateText(value, type);
  if (Buffer.isBuffer(value)) return `\\x${value.toString('hex')}`;
  if (Array.isArray(value)) return `{${value.map(arrayElement).join(',')}}`;
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** `2026-01-02 03:04:05.678+00` for timestamptz, without the offset for timestamp, the day for date. */
function dateText(value: Date, type: string | undefined): string {
  const iso = value.toISOString();
  if (type === 'date') return iso.slice(0, 10);
  const local = `${iso.slice(0, 10)} ${iso.slice(11, 23)}`;
  return type === 'timestamp' ? local : `${local}+00`;
}

function arrayElement(value: unknown): string {
  const text = toText(value);
  if (text === null) return 'NULL';
  return `"${text.replace(/[\\"]/g, '\\$&')}"`;
}
