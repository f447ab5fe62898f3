// Session settings PGlite (PostgreSQL 18) keeps otherwise than 15: application_name's cleaning, and
// how a duration in milliseconds is shown (the fake keeps idle_in_transaction_session_timeout itself).

/** NAMEDATALEN - 1: PostgreSQL keeps application_name to 63 bytes. */
const NAME_BYTES = 63;

/**
 * application_name as PostgreSQL 15 keeps it: cut to 63 bytes (at a character's start), then every
 * byte outside printable ASCII (32 to 126) replaced by `?` (16 and later show `\xNN` instead).
 */
export function pg15ApplicationName(value: string | Uint8Array): string {
  const bytes = typeof value === 'string' ? new TextEncoder().encode(value) : value;
  let end = Math.min(bytes.length, NAME_BYTES);
  // A UTF-8 continuation byte (10xxxxxx) at the cut: the character it belongs to does not fit.
  if (bytes.length > NAME_BYTES) while (end > 0 && ((bytes[end] ?? 0) & 0xc0) === 0x80) end -= 1;
  let cleaned = '';
  for (let index = 0; index < end; index += 1) {
    const byte = bytes[index] ?? 0;
    cleaned += byte >= 32 && byte <= 126 ? String.fromCharCode(byte) : '?';
  }
  return cleaned;
}

const LITERAL = String.raw`(?:[eE]'(?:[^'\\]|''|\\[\s\S])*'|'(?:[^']|'')*')`;
// `SET [SESSION | LOCAL] application_name = | TO '...'`, at a statement's start.
const SET_APPLICATION_NAME = new RegExp(
  String.raw`((?:^|;)\s*set\s+(?:(?:session|local)\s+)?application_name\s*(?:=|\bto\b)\s*)(${LITERAL})`,
  'gi',
);
// `set_config('application_name', '...' | $n, ...)`
const SET_CONFIG_APPLICATION_NAME = new RegExp(
  String.raw`(\bset_config\s*\(\s*'application_name'\s*,\s*)(${LITERAL}|\$(\d+))`,
  'gi',
);

/** The bytes a string literal stands for (standard, or E'' with its backslash escapes). */
function literalBytes(literal: string): Uint8Array {
  const encoder = new TextEncoder();
  if (!/^[eE]/.test(literal)) return encoder.encode(literal.slice(1, -1).replaceAll("''", "'"));
  const body = literal.slice(2, -1);
  const bytes: number[] = [];
  const simple: Record<string, number> = { b: 8, f: 12, n: 10, r: 13, t: 9 };
  for (let index = 0; index < body.length; ) {
    const char = body[index] ?? '';
    if (char === "'" && body[index + 1] === "'") {
      bytes.push(39);
      index += 2;
      continue;
    }
    if (char !== '\\') {
      const point = body.codePointAt(index) ?? 0;
      const text = String.fromCodePoint(point);
      bytes.push(...encoder.encode(text));
      index += text.length;
      continue;
    }
    const next = body[index + 1] ?? '';
    const octal = /^[0-7]{1,3}/.exec(body.slice(index + 1));
    const hex = /^x([0-9a-fA-F]{1,2})/.exec(body.slice(index + 1));
    const unicode = /^(?:u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8}))/.exec(body.slice(index + 1));
    if (octal) {
      bytes.push(Number.parseInt(octal[0], 8) & 0xff);
      index += 1 + octal[0].length;
    } else if (hex) {
      bytes.push(Number.parseInt(hex[1] ?? '0', 16));
      index += 1 + hex[0].length;
    } else if (unicode) {
      bytes.push(
        ...encoder.encode(String.fromCodePoint(Number.parseInt(unicode[1] ?? unicode[2] ?? '0', 16))),
      );
      index += 1 + unicode[0].length;
    } else {
      const mapped = simple[next];
      bytes.push(...(mapped === undefined ? encoder.encode(next) : [mapped]));
      index += 2;
    }
  }
  return Uint8Array.from(bytes);
}

/** A standard string literal of a printable ASCII text. */
const quoted = (text: string): string => `'${text.replaceAll("'", "''")}'`;

/**
 * A statement that sets application_name to a literal or a parameter, with the value PostgreSQL 15
 * would keep in its place: PGlite then keeps it as is (what it keeps of printable ASCII is the same).
 */
export function pg15ApplicationNameRequest<
  R extends { readonly text: string; readonly params?: readonly (string | null)[] },
>(request: R): R {
  const { text } = request;
  if (!/application_name/i.test(text)) return request;
  let params = request.params;
  const rewritten = text
    .replace(
      SET_APPLICATION_NAME,
      (_all, head: string, literal: string) => head + quoted(pg15ApplicationName(literalBytes(literal))),
    )
    .replace(SET_CONFIG_APPLICATION_NAME, (all, head: string, literal: string, param?: string) => {
      if (param === undefined) return head + quoted(pg15ApplicationName(literalBytes(literal)));
      const index = Number(param) - 1;
      const value = params?.[index];
      if (params && typeof value === 'string') {
        const copy = [...params];
        copy[index] = pg15ApplicationName(value);
        params = copy;
      }
      return all;
    });
  if (rewritten === text && params === request.params) return request;
  return { ...request, text: rewritten, ...(params === undefined ? {} : { params }) };
}

const UNITS: readonly (readonly [string, number])[] = [
  ['d', 86_400_000],
  ['h', 3_600_000],
  ['min', 60_000],
  ['s', 1000],
  ['ms', 1],
];

/** A duration kept in milliseconds as SHOW prints it: in the largest unit that divides it, `0` for 0. */
export function showMilliseconds(ms: number): string {
  if (ms === 0) return '0';
  const [unit, size] = UNITS.find(([, size]) => ms % size === 0) ?? ['ms', 1];
  return `${ms / size}${unit}`;
}

const IDLE = 'idle_in_transaction_session_timeout';
const SHOW_IDLE = /^\s*show\s+idle_in_transaction_session_timeout\s*;?\s*$/i;
const CURRENT_SETTING_IDLE =
  /\bcurrent_setting\s*\(\s*'idle_in_transaction_session_timeout'\s*(?:,\s*(?:true|false)\s*)?\)/gi;
const FROM_PG_SETTINGS =
  /(\b(?:from|join)\s+)(?:pg_catalog\s*\.\s*)?pg_settings\b(?!\s*\.)(\s+(?:as\s+)?([a-z_]\w*))?/gi;
// Words that may follow a FROM item and are not its alias.
const NOT_ALIAS =
  /^(?:where|order|group|limit|offset|fetch|for|window|having|join|inner|left|right|full|cross|natural|on|using|union|except|intersect|returning|tablesample)$/i;

/**
 * A statement that reads idle_in_transaction_session_timeout (`SHOW`, `current_setting`,
 * `pg_settings`) made to read the session's own value, which the fake keeps (PGlite's stays 0: it
 * cannot end a backend when the timeout fires). `show`: the statement was a SHOW, now a SELECT.
 */
export function readingIdleTimeout(
  text: string,
  ms: number,
): { readonly text: string; readonly show: boolean } {
  const shown = showMilliseconds(ms);
  if (SHOW_IDLE.test(text)) return { text: `SELECT '${shown}'::text AS ${IDLE}`, show: true };
  const settings = `(SELECT name, CASE WHEN name = '${IDLE}' THEN '${ms}' ELSE setting END AS setting, unit, category, short_desc, extra_desc, context, vartype, CASE WHEN name = '${IDLE}' THEN 'session' ELSE source END AS source, min_val, max_val, enumvals, boot_val, reset_val, sourcefile, sourceline, pending_restart FROM pg_catalog.pg_settings)`;
  const rewritten = text
    .replace(CURRENT_SETTING_IDLE, `'${shown}'::text`)
    .replace(FROM_PG_SETTINGS, (_all, head: string, tail: string | undefined, alias: string | undefined) =>
      alias !== undefined && !NOT_ALIAS.test(alias)
        ? `${head}${settings}${tail}`
        : `${head}${settings} AS pg_settings${tail ?? ''}`,
    );
  return { text: rewritten, show: false };
}
