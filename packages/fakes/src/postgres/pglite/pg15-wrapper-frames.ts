import { PG15_REPLACED_SIGNATURES } from './pg15-catalog.js';
import { CTYPE_REPLACED_SIGNATURES } from './pg15-ctype.js';
import { FUNCTION_CAST_SIGNATURES } from './pg15-function-casts.js';
import { LIBM_BUILTINS } from './pg15-libm.js';
import { PGCRYPTO_REPLACED_SIGNATURES } from './pg15-pgcrypto.js';
import { SERVER_REPLACED_SIGNATURES } from './pg15-server-functions.js';

const SIGNATURES: ReadonlySet<string> = new Set([
  ...PG15_REPLACED_SIGNATURES,
  ...CTYPE_REPLACED_SIGNATURES,
  ...LIBM_BUILTINS,
  ...SERVER_REPLACED_SIGNATURES,
  ...FUNCTION_CAST_SIGNATURES,
  ...PGCRYPTO_REPLACED_SIGNATURES,
]);
/**
 * Names 15 also has a SQL-language built-in of (`substring(text,text,text)`, `age(timestamp)`,
 * `date_part(text,date)`): a SQL function frame of one of these may be 15's own, so it is kept.
 */
const SQL_LANGUAGE_IN_15: ReadonlySet<string> = new Set(['age', 'date_part', 'substring']);
const NAMES: ReadonlySet<string> = new Set(
  [...SIGNATURES]
    .map((signature) => signature.split('(')[0] ?? '')
    .filter((name) => !SQL_LANGUAGE_IN_15.has(name)),
);

const SQL_FRAME = /^SQL function "([^"]+)" (?:statement \d+|during inlining|during startup)$/;
// A keyword's name is quoted in the frame: `PL/pgSQL function "extract"(text,interval) line 4 at RAISE`.
const PLPGSQL_FRAME = /^PL\/pgSQL function ((?:"[^"]+"|[^\s("]+)\([^)]*\)) (?:line \d+ |during )/;

/**
 * True for a context line of one of the fake's stand-ins for a built-in (to_date, power,
 * textregexeq, jsonb_path_query...): PostgreSQL 15 runs the built-in in C, with no frame. A SQL
 * function's frame names the function alone, so any of that name is taken for the stand-in (a
 * user's function of that name is unlikely, and pg_catalog's is found first on the path anyway).
 */
export function isWrapperFrame(line: string): boolean {
  const sql = SQL_FRAME.exec(line)?.[1];
  if (sql !== undefined) return NAMES.has(sql);
  const plpgsql = PLPGSQL_FRAME.exec(line)?.[1];
  return plpgsql !== undefined && SIGNATURES.has(plpgsql.replace(/^"([^"]+)"/, '$1'));
}

/**
 * The stand-ins' frames as one regular expression (PostgreSQL's ARE, newline-sensitive): a
 * PL/pgSQL handler reading PG_EXCEPTION_CONTEXT drops them with it (pg15-plpgsql-handlers.ts).
 */
export function wrapperFramesPattern(): string {
  const escaped = (text: string): string => text.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
  const sql = [...NAMES].map(escaped).join('|');
  const plpgsql = [...SIGNATURES]
    .map((signature) => escaped(signature).replace(/^([^\\(]+)/, '"?$1"?'))
    .join('|');
  return String.raw`^(SQL function "(${sql})" (statement \d+|during inlining|during startup)|PL/pgSQL function (${plpgsql}) (line \d+ |during )[^\n]*)(\n|$)`;
}
