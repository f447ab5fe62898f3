// Settings a contrib library defines in PostgreSQL 18 (PGlite) but not in 15. PGlite creates them when
// the library loads (`CREATE EXTENSION pgcrypto` loads pgcrypto's): from then on `SHOW` answers them,
// pg_settings lists them and `SET pgcrypto.builtin_crypto_enabled = off` makes crypt() fail. On 15 the
// name is only a custom placeholder: SHOW and current_setting() fail with 42704 until a SET, SET takes
// any value and changes nothing. Here the session's SET, RESET, SHOW, current_setting() and
// set_config() name a stand-in placeholder instead (`pglite18_isn.weak`, under a prefix no library
// reserves), which PGlite keeps exactly as 15 keeps the real name's; the library's own setting stays
// at its default, unseen (pg15-catalog.ts, pglite-engine.ts leave it out of pg_settings and SHOW ALL).
import type { PostgresErrorFields } from '../postgres-engine.js';
import type { SqlToken } from '../sql-tokens.js';

/** Settings 18's contrib libraries define that 15's do not (compared after loading each one). */
export const EXTENSION_NEWER_SETTINGS: ReadonlySet<string> = new Set([
  'isn.weak',
  'pgcrypto.builtin_crypto_enabled',
]);

/** Before the name's prefix: a dotted name PGlite takes for a placeholder of no loaded library. */
const STAND_IN_PREFIX = 'pglite18_';

/** A text edit of the statement, as pg15-dialect.ts applies them. */
export interface ExtensionSettingEdit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** An identifier's name as PostgreSQL looks settings up (case-insensitively): a word or "quoted" one. */
function identifier(token: SqlToken | undefined): string | undefined {
  if (token?.kind === 'word') return token.value;
  if (token?.kind === 'quoted' && token.value.startsWith('"'))
    return token.value.slice(1, -1).replaceAll('""', '"').toLowerCase();
  return undefined;
}

/** The extension setting named from `tokens[at]` (`isn.weak`, `"isn"."weak"`, `"isn.weak"`) and where it ends. */
function settingAt(tokens: readonly SqlToken[], at: number): { name: string; last: number } | undefined {
  const first = identifier(tokens[at]);
  if (first === undefined) return undefined;
  if (EXTENSION_NEWER_SETTINGS.has(first)) return { name: first, last: at };
  const dot = tokens[at + 1];
  const second = identifier(tokens[at + 2]);
  if (dot?.kind !== 'punct' || dot.value !== '.' || second === undefined) return undefined;
  const name = `${first}.${second}`;
  return EXTENSION_NEWER_SETTINGS.has(name) ? { name, last: at + 2 } : undefined;
}

const isWord = (token: SqlToken | undefined, ...words: string[]): boolean =>
  token?.kind === 'word' && words.includes(token.value);

/** Where the setting's name starts in a session `SET [SESSION | LOCAL] name` / `RESET name` / `SHOW name`. */
function sessionNameIndex(tokens: readonly SqlToken[]): number | undefined {
  const [head, second] = tokens;
  if (isWord(head, 'set')) return isWord(second, 'session', 'local') ? 2 : 1;
  if (isWord(head, 'reset', 'show')) return 1;
  return undefined;
}

/** A plain '...' literal's text ('' for any other token). */
function literal(token: SqlToken | undefined): string {
  return token?.kind === 'string' && token.value.startsWith("'")
    ? token.value.slice(1, -1).replaceAll("''", "'").toLowerCase()
    : '';
}

/**
 * The edits that make one statement name the stand-in: the name of a session SET or RESET, a whole
 * `SHOW name` (a SELECT of current_setting() under the column `shownColumn` names, reported as the
 * SHOW's), and a literal naming the setting as current_setting()'s or set_config()'s first argument.
 */
export function extensionSettingEdits(
  statement: { readonly tokens: readonly SqlToken[]; readonly start: number; readonly end: number },
  shownColumn: (name: string) => string,
): ExtensionSettingEdit[] {
  const { tokens } = statement;
  const edits: ExtensionSettingEdit[] = [];
  const at = sessionNameIndex(tokens);
  const named = at === undefined ? undefined : settingAt(tokens, at);
  if (at !== undefined && named) {
    const start = (tokens[at] as SqlToken).start;
    const end = (tokens[named.last] as SqlToken).end;
    if (isWord(tokens[0], 'show')) {
      if (named.last !== tokens.length - 1) return [];
      edits.push({
        start: statement.start,
        end: statement.end,
        text: `SELECT pg_catalog.current_setting('${STAND_IN_PREFIX}${named.name}') AS "${shownColumn(named.name)}"`,
      });
      return edits;
    }
    edits.push({ start, end, text: `${STAND_IN_PREFIX}${named.name}` });
  }
  for (const [index, token] of tokens.entries()) {
    const name = literal(token);
    if (
      EXTENSION_NEWER_SETTINGS.has(name) &&
      tokens[index - 1]?.kind === 'punct' &&
      tokens[index - 1]?.value === '(' &&
      isWord(tokens[index - 2], 'current_setting', 'set_config')
    )
      edits.push({ start: token.start, end: token.end, text: `'${STAND_IN_PREFIX}${name}'` });
  }
  return edits;
}

/** Whether the statement is a `SHOW` of one of the settings (its reply is reported as SHOW's). */
export function showsExtensionSetting(tokens: readonly SqlToken[]): boolean {
  return isWord(tokens[0], 'show') && settingAt(tokens, 1)?.last === tokens.length - 1;
}

/**
 * Why a statement that stores a SET of one of the settings beyond the session is refused: `ALTER
 * ROLE / DATABASE / SYSTEM ... SET`, a routine's `SET` clause. 15 keeps the placeholder's value there
 * (and sets it, to no effect, where it applies); PGlite would check it against the library's setting
 * and apply it, and a stand-in name would show in the catalogs. Undefined for other statements.
 */
export function extensionSettingRefusal(tokens: readonly SqlToken[]): string | undefined {
  if (sessionNameIndex(tokens) !== undefined) return undefined;
  // UPDATE ... SET a.b = (a composite column's field) and the like name columns, not settings.
  if (!isWord(tokens[0], 'alter', 'create')) return undefined;
  for (const [index, token] of tokens.entries()) {
    if (!isWord(token, 'set', 'reset')) continue;
    const named = settingAt(tokens, index + 1);
    if (named)
      return `setting "${named.name}" outside a session's SET is not supported by the fake PostgreSQL on its PGlite engine (PostgreSQL 15's ${named.name.split('.')[0]} has no such setting and keeps it as a placeholder; PGlite's, from PostgreSQL 18, would apply it): set it in the session, or run this test on the real server`;
  }
  return undefined;
}

/** PGlite's errors name the stand-in (`unrecognized configuration parameter "pglite18_isn.weak"`): 15 names the setting. */
export function withExtensionSettingNames(error: PostgresErrorFields): PostgresErrorFields | undefined {
  if (!error.message.includes(`"${STAND_IN_PREFIX}`)) return undefined;
  let { message } = error;
  for (const name of EXTENSION_NEWER_SETTINGS)
    message = message.replaceAll(`"${STAND_IN_PREFIX}${name}"`, `"${name}"`);
  return message === error.message ? undefined : { ...error, message };
}
