import { pgError, refuse } from './refusal.js';

/** A savepoint statement sent on its own (pgsql-ast-parser does not parse these). */
export interface SavepointCommand {
  readonly kind: 'savepoint' | 'rollback to' | 'release';
  readonly name: string;
}

const PATTERNS: ReadonlyArray<readonly [RegExp, SavepointCommand['kind']]> = [
  [/^SAVEPOINT\s+("[^"]+"|\w+)$/di, 'savepoint'],
  [/^ROLLBACK(?:\s+(?:WORK|TRANSACTION))?\s+TO\s+(?:SAVEPOINT\s+)?("[^"]+"|\w+)$/di, 'rollback to'],
  [/^RELEASE\s+(?:SAVEPOINT\s+)?("[^"]+"|\w+)$/di, 'release'],
];

/**
 * The savepoint command in `text`, with its name as PostgreSQL reads it: unquoted names folded to
 * lower case, every name truncated to 63 bytes. The grammar takes a ColId: a reserved keyword or a
 * number there is PostgreSQL's syntax error (42601, at the name), raised before anything runs.
 */
export function savepointCommand(text: string): SavepointCommand | undefined {
  const leading = text.length - text.trimStart().length;
  const statement = text.replace(/^\s+|[\s;]+$/g, '');
  for (const [pattern, kind] of PATTERNS) {
    const match = pattern.exec(statement);
    const raw = match?.[1];
    if (raw === undefined) continue;
    if (raw.startsWith('"')) return { kind, name: truncateIdentifier(raw.slice(1, -1)) };
    const name = raw.toLowerCase();
    if (/^\d/.test(name)) {
      // 15's lexer reads `1abc` as a number with trailing junk: only plain digits are the syntax error.
      if (!/^\d+$/.test(name)) throw refuse(`the savepoint name ${raw}`);
      throw syntaxError(raw, leading + (match?.indices?.[1]?.[0] ?? 0));
    }
    if (NOT_COL_ID.has(name)) throw syntaxError(raw, leading + (match?.indices?.[1]?.[0] ?? 0));
    return { kind, name: truncateIdentifier(name) };
  }
  return undefined;
}

function syntaxError(near: string, offset: number): Error {
  return pgError('42601', `syntax error at or near "${near}"`, { position: String(offset + 1) });
}

/** PostgreSQL's NAMEDATALEN - 1: a longer identifier is cut to 63 bytes, never inside a character. */
function truncateIdentifier(name: string): string {
  if (Buffer.byteLength(name) <= 63) return name;
  let cut = '';
  for (const char of name) {
    if (Buffer.byteLength(cut + char) > 63) break;
    cut += char;
  }
  return cut;
}

/** PostgreSQL 15's reserved and type/function-name keywords: a ColId is neither. */
const NOT_COL_ID = new Set(
  `all analyse analyze and any array as asc asymmetric both case cast check collate column constraint create
  current_catalog current_date current_role current_time current_timestamp current_user default deferrable desc
  distinct do else end except false fetch for foreign from grant group having in initially intersect into lateral
  leading limit localtime localtimestamp not null offset on only or order placing primary references returning
  select session_user some symmetric table then to trailing true union unique user using variadic when where window
  with authorization binary collation concurrently cross current_schema freeze full ilike inner is isnull join left
  like natural notnull outer overlaps right similar tablesample verbose`.split(/\s+/),
);

/** `ANALYZE [VERBOSE] [table [, ...]]` sent on its own, with its tables' names as PostgreSQL folds them. */
export function analyzeCommand(text: string): { readonly tables: readonly string[] } | undefined {
  const statement = text.replace(/^\s+|[\s;]+$/g, '');
  const match = /^ANALYZE(?:\s+VERBOSE)?(?:\s+((?:"[^"]+"|\w+)(?:\s*,\s*(?:"[^"]+"|\w+))*))?$/i.exec(
    statement,
  );
  if (!match) return undefined;
  const names = match[1]?.split(/\s*,\s*/) ?? [];
  return { tables: names.map((raw) => (raw.startsWith('"') ? raw.slice(1, -1) : raw.toLowerCase())) };
}
