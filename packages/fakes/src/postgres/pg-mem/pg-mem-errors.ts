import { FakePostgresError } from '../fake-postgres-error.js';
import type { Catalog, CatalogTable } from './catalog.js';
import { outputText } from './output-text.js';
import { pgError, refuse } from './refusal.js';
import { type CapturedWrite, capturedWrite } from './write-capture.js';

const MAX_FIELD = 64;

function valueText(table: CatalogTable, row: Readonly<Record<string, unknown>>, column: string): string {
  const type = table.columns.find((c) => c.name === column)?.type;
  if (!type) throw refuse(`a constraint error on the unknown column ${column}`);
  return outputText(row[column], type) ?? 'null';
}

/**
 * A value as ExecBuildSlotValueDescription shows it: longer than 64 bytes (of UTF-8, not
 * characters: 32 'é', 16 emoji), cut at the last whole character within 64 bytes (pg_mbcliplen)
 * and followed by "...".
 */
export function clippedValue(text: string): string {
  if (Buffer.byteLength(text) <= MAX_FIELD) return text;
  let bytes = 0;
  let kept = '';
  for (const char of text) {
    bytes += Buffer.byteLength(char);
    if (bytes > MAX_FIELD) break;
    kept += char;
  }
  return `${kept}...`;
}

/** PostgreSQL's "Failing row contains (...)": every column's text, each clipped (clippedValue). */
function failingRow(table: CatalogTable, row: Readonly<Record<string, unknown>>): string {
  const values = table.columns.map((column) => clippedValue(valueText(table, row, column.name)));
  return `Failing row contains (${values.join(', ')}).`;
}

function key(
  table: CatalogTable,
  row: Readonly<Record<string, unknown>>,
  columns: readonly string[],
  name: (column: string) => string = (column) => column,
): string {
  return `(${columns.map(name).join(', ')})=(${columns.map((c) => valueText(table, row, c)).join(', ')})`;
}

/**
 * A column as a unique index's error detail names it: PostgreSQL prints an index's columns
 * through quote_identifier (`Key ("userId")=(1)`), a foreign key's as they are (`Key (authorId)`).
 */
function quoteIdentifier(name: string): string {
  return /^[a-z_][a-z0-9_$]*$/.test(name) && !KEYWORDS.has(name) ? name : `"${name.replaceAll('"', '""')}"`;
}

/** The keywords quote_identifier quotes: PostgreSQL 15's reserved, type/function-name and column-name ones. */
const KEYWORDS = new Set(
  `all analyse analyze and any array as asc asymmetric both case cast check collate column constraint create
  current_catalog current_date current_role current_time current_timestamp current_user default deferrable desc
  distinct do else end except false fetch for foreign from grant group having in initially intersect into lateral
  leading limit localtime localtimestamp not null offset on only or order placing primary references returning
  select session_user some symmetric table then to trailing true union unique user using variadic when where window
  with authorization binary collation concurrently cross current_schema freeze full ilike inner is isnull join left
  like natural notnull outer overlaps right similar tablesample verbose between bigint bit boolean char character
  coalesce dec decimal exists extract float greatest grouping inout int integer interval least national nchar none
  normalize nullif numeric out overlay position precision real row setof smallint substring time timestamp treat
  trim values varchar xmlattributes xmlconcat xmlelement xmlexists xmlforest xmlnamespaces xmlparse xmlpi xmlroot
  xmlserialize xmltable`.split(/\s+/),
);

function write(error: unknown, what: string): CapturedWrite {
  const captured = capturedWrite(error);
  if (!captured) throw refuse(`${what} raised outside a row write`);
  return captured;
}

function tableOf(catalog: Catalog, name: string): CatalogTable {
  const table = catalog.table(name);
  if (!table) throw refuse(`a constraint error on the unknown table ${name}`);
  return table;
}

/**
 * pg-mem's error as PostgreSQL's: constraint violations get PostgreSQL's message, `constraint`,
 * `table`, `column` and `detail` (from the engine's catalog and the row pg-mem was writing); any
 * other pg-mem error is refused with its message, since the engine cannot tell what PostgreSQL
 * would have answered.
 */
export function toPostgresError(error: unknown, catalog: Catalog): FakePostgresError {
  if (error instanceof FakePostgresError) return withoutPgMemTips(error);
  const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
  try {
    return (
      mapped(error, message, catalog) ??
      refuse(`a statement pg-mem itself fails on ("${message.slice(0, 200)}")`)
    );
  } catch (mappingError) {
    if (mappingError instanceof FakePostgresError) return mappingError;
    throw mappingError;
  }
}

/**
 * The engine's own error as it raised it: one thrown while pg-mem runs a statement (a 21000 of an
 * upsert, a refusal in a foreign key check) comes back with pg-mem's tips appended to its message
 * (`\n\n💥 This is a nasty error...`), which PostgreSQL's message never has.
 */
function withoutPgMemTips(error: FakePostgresError): FakePostgresError {
  const [message] = error.message.split('\n\n');
  if (message === undefined || message === error.message || !/\n\n(?:💥|🐜|👉)/u.test(error.message))
    return error;
  return new FakePostgresError(error.code, message, { cause: error.cause, fields: error.details });
}

function mapped(error: unknown, message: string, catalog: Catalog): FakePostgresError | undefined {
  if (/duplicate key value violates unique constraint/.test(message)) return uniqueViolation(error, catalog);
  const notNull = /null value in column "([^"]+)" violates not-null constraint/.exec(message);
  if (notNull?.[1]) {
    const captured = write(error, 'a not-null violation');
    const table = tableOf(catalog, captured.table);
    return pgError(
      '23502',
      `null value in column "${notNull[1]}" of relation "${table.name}" violates not-null constraint`,
      {
        schema: 'public',
        table: table.name,
        column: notNull[1],
        detail: failingRow(table, captured.row),
      },
    );
  }
  const check = /check constraint "([^"]+)" is violated by some row/.exec(message);
  if (check?.[1]) {
    const captured = write(error, 'a check violation');
    const table = tableOf(catalog, captured.table);
    return pgError('23514', `new row for relation "${table.name}" violates check constraint "${check[1]}"`, {
      schema: 'public',
      table: table.name,
      constraint: check[1],
      detail: failingRow(table, captured.row),
    });
  }
  const insertFk =
    /insert or update on table "[^"]+" violates foreign key constraint on table "([^"]+)"/.exec(message);
  if (insertFk?.[1]) return foreignKeyMissing(error, insertFk[1], catalog);
  const deleteFk =
    /update or delete on table "[^"]+" violates foreign key constraint on table "([^"]+)"/.exec(message);
  if (deleteFk?.[1]) return foreignKeyReferenced(error, deleteFk[1], catalog);
  const tooLong = /value too long for type character varying\((\d+)\)/.exec(message);
  if (tooLong) return pgError('22001', `value too long for type character varying(${tooLong[1]})`);
  return undefined;
}

function uniqueViolation(error: unknown, catalog: Catalog): FakePostgresError {
  const captured = write(error, 'a unique violation');
  const table = tableOf(catalog, captured.table);
  const data = typeof error === 'object' && error !== null ? Reflect.get(error, 'data') : undefined;
  const details = typeof data === 'object' && data !== null ? Reflect.get(data, 'details') : undefined;
  const columns =
    typeof details === 'string' ? /^Key \(([^)]*)\)=/.exec(details)?.[1]?.split(',') : undefined;
  const constraint = table.constraints.find(
    (c) =>
      (c.kind === 'unique' || c.kind === 'primary key') &&
      columns !== undefined &&
      c.columns.join(',') === columns.join(','),
  );
  if (!constraint)
    throw refuse(`a unique violation on ${table.name} the engine cannot attribute to a constraint`);
  return pgError('23505', `duplicate key value violates unique constraint "${constraint.name}"`, {
    schema: 'public',
    table: table.name,
    constraint: constraint.name,
    detail: `Key ${key(table, captured.row, constraint.columns, quoteIdentifier)} already exists.`,
  });
}

function foreignKeyMissing(error: unknown, name: string, catalog: Catalog): FakePostgresError {
  const captured = write(error, 'a foreign key violation');
  const table = tableOf(catalog, captured.table);
  const fk = table.constraints.find((c) => c.name === name && c.kind === 'foreign key');
  if (!fk?.foreignTable) throw refuse(`the foreign key violation of ${name}`);
  return pgError(
    '23503',
    `insert or update on table "${table.name}" violates foreign key constraint "${name}"`,
    {
      schema: 'public',
      table: table.name,
      constraint: name,
      detail: `Key ${key(table, captured.row, fk.columns)} is not present in table "${fk.foreignTable}".`,
    },
  );
}

function foreignKeyReferenced(error: unknown, name: string, catalog: Catalog): FakePostgresError {
  const captured = write(error, 'a foreign key violation');
  const found = catalog.constraint(name);
  const referenced = tableOf(catalog, captured.table);
  const row = captured.operation === 'update' ? captured.old : captured.row;
  if (!found?.constraint.foreignColumns || !row) throw refuse(`the foreign key violation of ${name}`);
  const referencing = found.table.name;
  return pgError(
    '23503',
    `update or delete on table "${referenced.name}" violates foreign key constraint "${name}" on table "${referencing}"`,
    {
      schema: 'public',
      table: referencing,
      constraint: name,
      detail: `Key ${key(referenced, row, found.constraint.foreignColumns)} is still referenced from table "${referencing}".`,
    },
  );
}
