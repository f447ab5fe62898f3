import type pg from 'pg';

/** A row as a test supplies it: column name → the value pg would have parsed. */
export type MockRow = Record<string, unknown>;

// Type OIDs from pg_type, so code that reads `result.fields[i].dataTypeID` sees what PostgreSQL sends.
const OID = {
  bool: 16,
  int8: 20,
  int4: 23,
  text: 25,
  float8: 701,
  timestamptz: 1184,
  jsonb: 3802,
  bytea: 17,
};
const SIZE: Readonly<Record<number, number>> = { 16: 1, 20: 8, 23: 4, 701: 8, 1184: 8 };

/** The type OID PostgreSQL would most likely report for a column holding `value`. */
export function inferTypeOid(value: unknown): number {
  if (typeof value === 'boolean') return OID.bool;
  if (typeof value === 'bigint') return OID.int8;
  if (typeof value === 'number') return Number.isInteger(value) ? OID.int4 : OID.float8;
  if (value instanceof Date) return OID.timestamptz;
  if (Buffer.isBuffer(value)) return OID.bytea;
  if (typeof value === 'object' && value !== null) return OID.jsonb;
  return OID.text;
}

/** Field descriptions for `rows`: names in first-row order, types from the first non-null value. */
export function fieldsFor(
  rows: readonly MockRow[],
  types: Readonly<Record<string, number>> = {},
): pg.FieldDef[] {
  const names = Object.keys(rows[0] ?? {});
  return names.map((name, index) => {
    const sample = rows.find((row) => row[name] !== null && row[name] !== undefined)?.[name];
    const dataTypeID = types[name] ?? inferTypeOid(sample);
    return {
      name,
      tableID: 0,
      columnID: index + 1,
      dataTypeID,
      dataTypeSize: SIZE[dataTypeID] ?? -1,
      dataTypeModifier: -1,
      format: 'text',
    };
  });
}

/** `INSERT`, `UPDATE`, ...: the command tag pg reports, read from the statement's first word. */
export function commandOf(sql: string): string {
  const word = /^\s*(\w+)/.exec(sql)?.[1]?.toUpperCase() ?? '';
  return word === 'WITH' || word === 'VALUES' ? 'SELECT' : word;
}

/** A `pg.QueryResult` as the driver builds it; `rowMode: 'array'` turns rows into value arrays. */
export function buildResult(
  sql: string,
  answer: { rows: readonly MockRow[]; rowCount: number | null; types?: Readonly<Record<string, number>> },
  rowMode?: string,
): pg.QueryResult {
  const fields = fieldsFor(answer.rows, answer.types);
  const rows = answer.rows.map((row) => (rowMode === 'array' ? fields.map((f) => row[f.name]) : { ...row }));
  return { command: commandOf(sql), rowCount: answer.rowCount, oid: 0, fields, rows };
}
