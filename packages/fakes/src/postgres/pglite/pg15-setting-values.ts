import type { SqlToken } from '../sql-tokens.js';

/**
 * Values of settings that PGlite (PostgreSQL 18) takes where PostgreSQL 15 answers otherwise:
 * - maintenance_work_mem: 15's minimum is 1024 kB, 17 lowered it to 64 kB, so `SET
 *   maintenance_work_mem = '512kB'` succeeds on PGlite where 15 fails with 22023.
 * - idle_session_timeout: PGlite's one backend cannot be ended, so the fake keeps the engine's at 0
 *   and a non-zero value would be shown as 0 and never end the connection: refused loudly.
 */

/** What 15 answers instead of taking the value. */
export interface SettingValueError {
  readonly code: string;
  readonly message: string;
}

/** 15's lower bound of maintenance_work_mem in kB (guc.c: 1024). */
const PG15_MAINTENANCE_WORK_MEM_MIN = 1024;
const INT_MAX = 2147483647;

/** Units a memory setting in kB takes (guc.c memory_unit_conversion_table), in kB. */
const MEMORY_UNITS: Readonly<Record<string, number>> = {
  B: 1 / 1024,
  kB: 1,
  MB: 1024,
  GB: 1024 ** 2,
  TB: 1024 ** 3,
};
/** Units a time setting in ms takes, in ms. */
const TIME_UNITS: Readonly<Record<string, number>> = {
  us: 1 / 1000,
  ms: 1,
  s: 1000,
  min: 60_000,
  h: 3_600_000,
  d: 86_400_000,
};

/** A decimal number and an optional unit, as parse_int reads one (hexadecimal and octal are left to the engine). */
const NUMBER_WITH_UNIT = /^\s*([+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)\s*([A-Za-z]*)\s*$/;

/** The value in the setting's base unit (rounded as 15's convert_to_base_unit does), or undefined when unreadable. */
function baseValue(text: string, units: Readonly<Record<string, number>>): number | undefined {
  const match = NUMBER_WITH_UNIT.exec(text);
  if (!match) return undefined;
  const number = Number(match[1]);
  const unit = match[2] ?? '';
  const multiplier = unit === '' ? 1 : units[unit];
  if (multiplier === undefined || !Number.isFinite(number)) return undefined;
  return Math.round(number * multiplier);
}

/** A plain or E'' string literal's text, without unescaping (a unit never needs it). */
function literalText(token: SqlToken): string | undefined {
  if (token.kind !== 'string') return undefined;
  const quote = token.value.indexOf("'");
  if (quote < 0 || quote > 1) return undefined;
  return token.value.slice(quote + 1, -1).replaceAll("''", "'");
}

/** The value a SET or set_config() gives the setting, as text, when written as a literal. */
function assignedValue(tokens: readonly SqlToken[], at: number): string | undefined {
  const token = tokens[at];
  if (!token) return undefined;
  if (token.kind === 'number') return token.value;
  if (token.kind === 'op' && (token.value === '-' || token.value === '+')) {
    const next = tokens[at + 1];
    return next?.kind === 'number' ? `${token.value}${next.value}` : undefined;
  }
  return literalText(token);
}

const isWord = (token: SqlToken | undefined, ...words: string[]): boolean =>
  token?.kind === 'word' && words.includes(token.value);

/** Every (setting, value) a statement assigns with SET or set_config() with literals. */
function assignments(tokens: readonly SqlToken[]): { readonly name: string; readonly value: string }[] {
  const found: { name: string; value: string }[] = [];
  if (isWord(tokens[0], 'set')) {
    const index = isWord(tokens[1], 'session', 'local') ? 2 : 1;
    const name = tokens[index];
    const after = tokens[index + 1];
    if (name?.kind === 'word' && (isWord(after, 'to') || (after?.kind === 'op' && after.value === '='))) {
      const value = assignedValue(tokens, index + 2);
      if (value !== undefined) found.push({ name: name.value, value });
    }
  }
  // A routine's `SET name = value` option (CREATE or ALTER FUNCTION / PROCEDURE), which 15 checks
  // as SET does; a BEGIN ATOMIC or RETURN body ends the options (its UPDATE ... SET names columns).
  if (
    isWord(tokens[0], 'create', 'alter') &&
    tokens.slice(1, 5).some((token) => isWord(token, 'function', 'procedure', 'routine'))
  ) {
    let depth = 0;
    for (const [index, token] of tokens.entries()) {
      if (token.value === '(') depth += 1;
      else if (token.value === ')') depth -= 1;
      if (depth > 0) continue;
      if (isWord(token, 'begin', 'return')) break;
      const name = tokens[index + 1];
      const after = tokens[index + 2];
      if (!isWord(token, 'set') || name?.kind !== 'word') continue;
      if (!isWord(after, 'to') && !(after?.kind === 'op' && after.value === '=')) continue;
      const value = assignedValue(tokens, index + 3);
      if (value !== undefined) found.push({ name: name.value, value });
    }
  }
  tokens.forEach((token, index) => {
    if (!isWord(token, 'set_config') || tokens[index + 1]?.value !== '(') return;
    const nameToken = tokens[index + 2];
    const name = nameToken ? literalText(nameToken) : undefined;
    if (name === undefined || tokens[index + 3]?.value !== ',') return;
    const value = assignedValue(tokens, index + 4);
    if (value !== undefined) found.push({ name: name.toLowerCase(), value });
  });
  return found;
}

/** The error 15 (or the fake, for a value it cannot keep) answers a statement's setting assignment with. */
export function settingValueError(tokens: readonly SqlToken[]): SettingValueError | undefined {
  for (const { name, value } of assignments(tokens)) {
    if (name === 'maintenance_work_mem') {
      const kb = baseValue(value, MEMORY_UNITS);
      if (kb !== undefined && kb < PG15_MAINTENANCE_WORK_MEM_MIN) {
        return {
          code: '22023',
          message: `${kb} kB is outside the valid range for parameter "maintenance_work_mem" (${PG15_MAINTENANCE_WORK_MEM_MIN} .. ${INT_MAX})`,
        };
      }
    }
    if (name === 'idle_session_timeout') {
      const ms = baseValue(value, TIME_UNITS);
      if (ms !== undefined && ms > 0 && ms <= INT_MAX) {
        return {
          code: '0A000',
          message: `idle_session_timeout = ${value}: PostgreSQL 15 would keep it and end the connection once it sits idle that long, but PGlite's one backend cannot be ended, so the fake keeps it at 0 and refuses a timeout: run this test on the real server`,
        };
      }
    }
  }
  return undefined;
}
