import type { IMemoryDb } from 'pg-mem';
import { astMapper, type Expr, parse, type Statement } from 'pgsql-ast-parser';
import { FakePostgresError, toFakePostgresError } from './fake-postgres-error.js';
import { translateComparison, translateQuery } from './translate-query.js';

/** What a query returns, shaped like pg's `QueryResult`. */
export interface FakeQueryResult {
  readonly command: string;
  readonly rowCount: number;
  readonly rows: Record<string, unknown>[];
  readonly fields: unknown[];
}

// The step of pg-mem's own pg adapter after `db.public.query`: rows copied without pg-mem's
// symbols. Pinned pg-mem 3.0.14; checked at start-up so an upgrade fails loudly here.
interface PgMemPgInternals {
  adaptResults(query: { readonly text: string }, result: unknown): FakeQueryResult;
}

/** Distinct statement texts kept parsed; an app has a few dozen, so this bound is never reached in practice. */
const PARSED_TEXTS_KEPT = 1_000;

// Shared by every fake database in the process, as pg-mem's own parse cache is: a parsed statement
// is plain data that nothing mutates, and migrations are then parsed once per run, not once per database.
const parsedTexts = new Map<string, Statement[]>();

function parseOnce(text: string): Statement[] {
  const cached = parsedTexts.get(text);
  if (cached) return cached;
  const statements = parse(text);
  if (parsedTexts.size >= PARSED_TEXTS_KEPT) {
    const oldest = parsedTexts.keys().next();
    if (!oldest.done) parsedTexts.delete(oldest.value);
  }
  parsedTexts.set(text, statements);
  return statements;
}

/**
 * Runs one statement on pg-mem, synchronously, with pg's parameter handling and SQLSTATE errors.
 *
 * Each distinct text is parsed once. pg-mem's own pg adapter inlines the values into the text
 * and re-parses it, so every call is new text and its parse cache never hits: parsing was most of
 * the fake's CPU. Here the parsed statements are kept per text and each `$n` is swapped for a
 * literal node holding the value as pg would send it (text, or `null`), which is what pg-mem
 * would have parsed from the inlined text, without a `$1` inside a string literal ever being
 * touched.
 */
export class PgMemEngine {
  readonly #db: IMemoryDb;
  readonly #pg: PgMemPgInternals;

  constructor(db: IMemoryDb) {
    this.#db = db;
    const { Pool } = db.adapters.createPg() as { Pool: new () => Partial<PgMemPgInternals> };
    const pool = new Pool();
    if (typeof pool.adaptResults !== 'function') {
      throw new Error('@seams/fakes: this pg-mem version lacks adaptResults; pin pg-mem 3.0.14');
    }
    this.#pg = pool as PgMemPgInternals;
  }

  execute(text: string, values: readonly unknown[] | undefined): FakeQueryResult {
    try {
      const statements = bindParameters(parseOnce(translateQuery(text)), values ?? []);
      const result = this.#pg.adaptResults({ text }, this.#db.public.prepare(statements).bind().executeAll());
      return { command: result.command, rowCount: result.rowCount ?? 0, rows: result.rows, fields: [] };
    } catch (error) {
      throw toFakePostgresError(error);
    }
  }
}

/**
 * The statements with every `$n` replaced by the literal of `values[n - 1]` (08P01 if one is
 * missing, as PostgreSQL answers) and each comparison put through the fake's tree rules.
 */
function bindParameters(statements: Statement[], values: readonly unknown[]): Statement[] {
  let missing: string | undefined;
  const mapper = astMapper((map) => ({
    binary: (node) => {
      const bound = map.super().binary(node);
      return bound?.type === 'binary' ? translateComparison(bound) : bound;
    },
    parameter: (parameter) => {
      const index = Number(parameter.name.slice(1)) - 1;
      if (!(index >= 0 && index < values.length)) {
        missing ??= parameter.name;
        return parameter;
      }
      return literal(values[index]);
    },
  }));
  const bound = statements.map((statement) => mapper.statement(statement) ?? statement);
  if (missing !== undefined) {
    throw new FakePostgresError(
      '08P01',
      `bind message supplies ${values.length} parameters, but the statement uses ${missing}`,
    );
  }
  return bound;
}

/**
 * A value as pg puts it on the wire, as a literal: null stays null, arrays become `ARRAY[...]` (as
 * pg-mem's adapter has always sent them), everything else goes as text: dates as ISO instants,
 * plain objects as `JSON.stringify` (pg's own rule), buffers in bytea hex.
 */
function literal(value: unknown): Expr {
  if (value === null || value === undefined) return { type: 'null' };
  if (Array.isArray(value)) return { type: 'array', expressions: value.map(literal) };
  if (value instanceof Date) return { type: 'string', value: value.toISOString() };
  if (value instanceof Uint8Array)
    return { type: 'string', value: `\\x${Buffer.from(value).toString('hex')}` };
  if (typeof value === 'object') {
    const custom = (value as { toPostgres?: unknown }).toPostgres;
    if (typeof custom === 'function') return literal(custom.call(value, pgText));
    return { type: 'string', value: JSON.stringify(value) };
  }
  return { type: 'string', value: String(value) };
}

/** pg's `prepareValue` for a `toPostgres` hook that asks to serialise a nested value. */
function pgText(value: unknown): string | null {
  const node = literal(value);
  return node.type === 'string' ? node.value : node.type === 'null' ? null : JSON.stringify(value);
}
