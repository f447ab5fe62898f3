import type { PostgresErrorFields } from '../postgres-engine.js';

/** One name of a `%TYPE` reference: a quoted identifier or a plain word (folded to lower case). */
const NAME = String.raw`(?:"(?:[^"]|"")+"|[A-Za-z_][\w$]*)`;
const COPIED_TYPE = new RegExp(String.raw`(${NAME}(?:\s*\.\s*${NAME}){0,2})\s*%\s*type\b`, 'gi');
const NAME_PART = new RegExp(NAME, 'g');

function nameValue(part: string): string {
  return part.startsWith('"') ? part.slice(1, -1).replaceAll('""', '"') : part.toLowerCase();
}

/** The `a.b%TYPE` references of a statement, each as its names (`['item', 'price']`). */
function copiedTypeReferences(text: string): string[][] {
  if (!/%\s*type\b/i.test(text)) return [];
  return Array.from(text.matchAll(COPIED_TYPE), (match) =>
    Array.from((match[1] ?? '').matchAll(NAME_PART), ([part]) => nameValue(part)),
  );
}

const MISSING_VARIABLE = /^variable "(.*)" does not exist$/s;
const MISSING_RELATION = /^relation "(.*)" does not exist$/s;
const MISSING_SCHEMA = /^schema "(.*)" does not exist$/s;
const MISSING_COLUMN = /^column "(.*)" of relation "(.*)" does not exist$/s;

/**
 * A PL/pgSQL `%TYPE` reference naming nothing (`n item.nope%TYPE`, `n nope%TYPE`), as 15 reports it.
 * 15 falls back to reading the reference as a type name, and fails with a syntax error at the `%`
 * when that is not one either; 17 reports what is missing (42P01, 3F000, 42703, 42704). A single
 * word that is no variable is a type in 15 when a type has that name (`int4%TYPE` compiles): which
 * one it is needs the catalog, so that case is refused loudly rather than answered.
 */
export function pg15CopiedTypeError(
  error: PostgresErrorFields,
  text: string,
): PostgresErrorFields | undefined {
  if (!['42704', '42P01', '3F000', '42703'].includes(error.code)) return undefined;
  const references = copiedTypeReferences(text);
  if (references.length === 0) return undefined;
  const syntaxError = { severity: error.severity, code: '42601', message: 'syntax error at or near "%"' };
  const variable = error.code === '42704' ? MISSING_VARIABLE.exec(error.message)?.[1] : undefined;
  if (variable !== undefined && references.some((names) => names.length === 1 && names[0] === variable))
    return {
      severity: error.severity,
      code: '0A000',
      message: `${variable}%TYPE where ${variable} is no variable: PostgreSQL 15 reads it as a type name (or fails with a syntax error when no type has that name), PGlite (PostgreSQL 18) refuses it, so the fake cannot answer as 15 does: declare the type itself, or run this test on the real server`,
    };
  const relation = error.code === '42P01' ? MISSING_RELATION.exec(error.message)?.[1] : undefined;
  if (
    relation !== undefined &&
    references.some((names) => names.length > 1 && names.slice(0, -1).join('.') === relation)
  )
    return syntaxError;
  const schema = error.code === '3F000' ? MISSING_SCHEMA.exec(error.message)?.[1] : undefined;
  if (schema !== undefined && references.some((names) => names.length === 3 && names[0] === schema))
    return syntaxError;
  const column = error.code === '42703' ? MISSING_COLUMN.exec(error.message) : null;
  if (
    column &&
    references.some((names) => names.length > 1 && names.at(-1) === column[1] && names.at(-2) === column[2])
  )
    return syntaxError;
  return undefined;
}
