import { createRequire } from 'node:module';
import { DataType, type IMemoryDb } from 'pg-mem';
import { astMapper, type Expr, type ExprCall, type Statement } from 'pgsql-ast-parser';
import { SERVER_VERSION, SERVER_VERSION_NUM } from '../wire/server-version.js';
import { pgError, refuse } from './refusal.js';

/** A value as SET writes it: a quoted string, a number, a plain or quoted identifier. */
type Item = { readonly kind: 'string' | 'number' | 'identifier' | 'quoted'; readonly text: string };

/** SET, RESET or SHOW of one setting, read from a statement sent on its own. */
export type SessionCommand =
  | { readonly kind: 'set'; readonly name: string; readonly items?: readonly Item[]; readonly local: boolean }
  | { readonly kind: 'reset'; readonly name: string }
  | { readonly kind: 'show'; readonly name: string };

interface Setting {
  /** The name SHOW prints as its column. */
  readonly name: string;
  /** The value SHOW prints when nothing set it (a stock server's). */
  readonly initial: string;
  /** What SHOW prints after SET with these items; throws PostgreSQL's error, or a refusal. */
  readonly input: (items: readonly Item[], name: string) => string;
  /** Fixed for the server's life (PGC_INTERNAL): SET and RESET of it fail (55P02). */
  readonly readOnly?: true;
}

// An identifier starts with a letter or `_`, never `$` (`$1` is a parameter, which SET does not take).
const ITEM = /\s*(?:'((?:[^']|'')*)'|(-?\d+(?:\.\d+)?)|"((?:[^"]|"")+)"|([a-z_][\w$]*))\s*/iy;

function items(text: string): Item[] | undefined {
  const found: Item[] = [];
  ITEM.lastIndex = 0;
  for (;;) {
    const match = ITEM.exec(text);
    if (!match) return undefined;
    const [, string, number, quoted, identifier] = match;
    if (string !== undefined) found.push({ kind: 'string', text: string.replaceAll("''", "'") });
    else if (number !== undefined) found.push({ kind: 'number', text: number });
    else if (quoted !== undefined) found.push({ kind: 'quoted', text: quoted.replaceAll('""', '"') });
    else found.push({ kind: 'identifier', text: (identifier ?? '').toLowerCase() });
    if (ITEM.lastIndex === text.length) return found;
    if (text[ITEM.lastIndex] !== ',') return undefined;
    ITEM.lastIndex += 1;
  }
}

const SET =
  /^\s*set\s+(?:(session|local)\s+)?(?:time\s+zone\s+(.+?)|([a-z_][\w$]*)\s*(?:=|\s+to\s+)(.+?))\s*;?\s*$/is;
const RESET = /^\s*reset\s+(all|time\s+zone|[a-z_][\w$]*)\s*;?\s*$/i;
const SHOW = /^\s*show\s+(all|time\s+zone|[a-z_][\w$]*)\s*;?\s*$/i;

/** A SET, RESET or SHOW the engine answers itself; undefined for anything else (or what it cannot read). */
export function sessionCommand(text: string): SessionCommand | undefined {
  const set = SET.exec(text);
  if (set) {
    const [, scope, zone, name = 'timezone', value = zone ?? ''] = set;
    const local = scope?.toLowerCase() === 'local';
    const lowered = value.trim().toLowerCase();
    if (lowered === 'default' || (zone !== undefined && lowered === 'local')) {
      return { kind: 'set', name: name.toLowerCase(), local };
    }
    const parsed = items(value.trim());
    return parsed ? { kind: 'set', name: name.toLowerCase(), items: parsed, local } : undefined;
  }
  const reset = RESET.exec(text);
  if (reset) return { kind: 'reset', name: (reset[1] ?? '').toLowerCase().replace(/\s+/, '') };
  const show = SHOW.exec(text);
  if (show) return { kind: 'show', name: (show[1] ?? '').toLowerCase().replace(/\s+/, '') };
  return undefined;
}

const quoteIdent = (name: string): string =>
  /^[a-z_][a-z0-9_$]*$/.test(name) ? name : `"${name.replaceAll('"', '""')}"`;

function single(items: readonly Item[], name: string): Item {
  const [item] = items;
  if (!item || items.length > 1) throw pgError('22023', `SET ${name} takes only one argument`);
  return item;
}

const UNITS: Readonly<Record<string, number>> = {
  us: 0.001,
  ms: 1,
  s: 1000,
  min: 60_000,
  h: 3_600_000,
  d: 86_400_000,
};
const LARGEST_FIRST = ['d', 'h', 'min', 's'] as const;

/** Units from the largest down, as PostgreSQL's table for a setting in milliseconds lists them. */
const SMALLER_UNIT: Readonly<Record<string, string>> = { d: 'h', h: 'min', min: 's', s: 'ms', ms: 'us' };

/** C's rint() in its default mode: to the nearest integer, a half to the even one. */
export function rint(value: number): number {
  const rounded = Math.round(value);
  return Math.abs(value % 1) === 0.5 && rounded % 2 !== 0 ? rounded - 1 : rounded;
}

/**
 * A duration in whole milliseconds as guc.c's parse_int reads it: the value times its unit, first
 * rounded to a multiple of the next smaller unit (convert_to_base_unit: '0.0025s' is 2.5ms, then
 * 2ms), then rint(): 2.5 is 2 and 0.5 is 0, halves to even.
 */
function baseMilliseconds(amount: number, unit: string): number {
  let value = amount * (UNITS[unit] ?? 1);
  const smaller = SMALLER_UNIT[unit];
  const size = smaller === undefined ? undefined : UNITS[smaller];
  if (size !== undefined) value = rint(value / size) * size;
  return rint(value);
}

/**
 * The number at the start of a setting's value as guc.c's parse_int reads it, and the text after
 * it (a unit): strtol() with base 0 (so '010' is octal 8 and '0x10' is 16), read again by strtod()
 * when it stopped at '.', 'e' or 'E' ('2.5e1' is 25, '.5' is 0.5). An unquoted integer was read by
 * the SQL scanner first, in decimal (SET x = 010 is 10). Undefined where parse_int finds no number.
 */
function settingNumber(item: Item): { value: number; rest: string } | undefined {
  const text = item.kind === 'number' && /^-?\d+$/.test(item.text) ? String(Number(item.text)) : item.text;
  const integer = /^\s*([+-]?)(?:0[xX]([0-9a-fA-F]+)|(0[0-7]*)|([1-9]\d*))/.exec(text);
  const stop = text.slice(integer?.[0].length ?? text.search(/\S|$/));
  if (integer && !/^[.eE]/.test(stop)) {
    const [, sign, hex, octal, decimal] = integer;
    const magnitude =
      hex !== undefined
        ? Number.parseInt(hex, 16)
        : octal !== undefined
          ? Number.parseInt(octal, 8)
          : Number(decimal);
    return { value: sign === '-' ? -magnitude : magnitude, rest: stop };
  }
  if (/^\s*[+-]?0[xX]/.test(text)) return undefined;
  const float = /^\s*[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/.exec(text);
  if (!float) return undefined;
  const value = Number(float[0]);
  if (!Number.isFinite(value)) return undefined;
  return { value, rest: text.slice(float[0].length) };
}

/** A duration in milliseconds, shown as PostgreSQL shows it: in the largest unit that divides it. */
function milliseconds(items: readonly Item[], name: string): string {
  const item = single(items, name);
  const read = settingNumber(item);
  const unit = read?.rest.trim() ?? '';
  if (!read || (unit !== '' && !Object.hasOwn(UNITS, unit))) {
    const hint = read
      ? { hint: 'Valid units for this parameter are "us", "ms", "s", "min", "h", and "d".' }
      : {};
    throw pgError('22023', `invalid value for parameter "${name}": "${item.text}"`, hint);
  }
  const value = baseMilliseconds(read.value, unit || 'ms');
  // parse_int's own overflow check, before the parameter's range is: its hint is fixed.
  if (value < -2_147_483_648 || value > 2_147_483_647)
    throw pgError('22023', `invalid value for parameter "${name}": "${item.text}"`, {
      hint: 'Value exceeds integer range.',
    });
  if (value < 0) {
    throw pgError(
      '22023',
      `${value} ms is outside the valid range for parameter "${name}" (0 .. 2147483647)`,
    );
  }
  if (value === 0) return '0';
  for (const unit of LARGEST_FIRST) {
    const size = UNITS[unit] ?? 1;
    if (value % size === 0) return `${value / size}${unit}`;
  }
  return `${value}ms`;
}

/** NAMEDATALEN - 1: the most bytes a name (GUC_IS_NAME setting) keeps. */
const NAME_BYTES = 63;

/** A name cut to 63 bytes of UTF-8 at a character boundary, as truncate_identifier cuts it. */
function clippedName(text: string): string {
  let bytes = 0;
  let kept = '';
  for (const char of text) {
    bytes += Buffer.byteLength(char);
    if (bytes > NAME_BYTES) break;
    kept += char;
  }
  return kept;
}

/** pg_clean_ascii: every byte outside printable ASCII (32..126) becomes '?' (é, two bytes, is '??'). */
function cleanAscii(text: string): string {
  return Array.from(text, (char) => {
    const code = char.codePointAt(0) ?? 0;
    return code >= 32 && code <= 126 ? char : '?'.repeat(Buffer.byteLength(char));
  }).join('');
}

const LEVELS = ['debug5', 'debug4', 'debug3', 'debug2', 'debug1', 'log', 'notice', 'warning', 'error'];

// UTC under the names a stock tz database accepts for it: pg-mem computes in UTC only.
const UTC_NAMES = new Map(
  [
    'UTC',
    'Etc/UTC',
    'GMT',
    'Etc/GMT',
    'UCT',
    'Etc/UCT',
    'Universal',
    'Etc/Universal',
    'Zulu',
    'Etc/Zulu',
  ].map((name) => [name.toLowerCase(), name]),
);

const cannotChange = (_items: readonly Item[], name: string): string => {
  throw pgError('55P02', `parameter "${name}" cannot be changed`);
};

const SETTINGS: readonly Setting[] = [
  // The fake's version, on both engines and the wire (see wire/server-version.ts).
  { name: 'server_version', initial: SERVER_VERSION, input: cannotChange, readOnly: true },
  { name: 'server_version_num', initial: SERVER_VERSION_NUM, input: cannotChange, readOnly: true },
  {
    name: 'application_name',
    initial: '',
    input: (items, name) => cleanAscii(clippedName(single(items, name).text)),
  },
  { name: 'statement_timeout', initial: '0', input: milliseconds },
  { name: 'lock_timeout', initial: '0', input: milliseconds },
  { name: 'idle_in_transaction_session_timeout', initial: '0', input: milliseconds },
  {
    name: 'client_min_messages',
    initial: 'notice',
    input: (items, name) => {
      const level = single(items, name).text.toLowerCase();
      if (LEVELS.includes(level)) return level;
      // Hidden values of client_message_level_options: debug is debug2, info stays info.
      if (level === 'debug') return 'debug2';
      if (level === 'info') return level;
      throw pgError('22023', `invalid value for parameter "${name}": "${single(items, name).text}"`, {
        hint: `Available values: ${LEVELS.join(', ')}.`,
      });
    },
  },
  {
    name: 'search_path',
    initial: '"$user", public',
    input: (items) => {
      const schemas = items.map((item) => (item.kind === 'identifier' ? item.text : item.text));
      // Schemas pg-mem has not (all but public) are skipped by PostgreSQL too when they do not exist;
      // without public, names would resolve nowhere, which pg-mem cannot answer as PostgreSQL does.
      if (!schemas.includes('public'))
        throw refuse('a search_path without public (pg-mem has the public schema only)');
      return schemas.map(quoteIdent).join(', ');
    },
  },
  {
    name: 'TimeZone',
    initial: 'Etc/UTC',
    input: (items, name) => {
      const zone = single(items, name).text;
      const utc = UTC_NAMES.get(zone.toLowerCase());
      if (!utc) throw refuse(`the time zone ${zone} (pg-mem computes in UTC only)`);
      return utc;
    },
  },
];

const BY_NAME = new Map(SETTINGS.map((setting) => [setting.name.toLowerCase(), setting]));

interface SavedSettings {
  readonly name: string;
  readonly session: ReadonlyMap<string, string>;
  /** The SET LOCAL values then: ROLLBACK TO undoes a later SET LOCAL too. */
  readonly local: ReadonlyMap<string, string>;
}

/**
 * The settings of each connection's session that pg-mem can honour (timeouts it does not enforce,
 * names it does not read, UTC and the public schema under other spellings), with PostgreSQL's
 * rules: a SET in a transaction is undone by its ROLLBACK (or ROLLBACK TO), SET LOCAL lasts until
 * the transaction ends. Anything else is refused.
 */
export class SessionSettings {
  readonly #sessions = new Map<number, Map<string, string>>();
  /** Each session's startup settings (what RESET returns to). */
  readonly #startup = new Map<number, ReadonlyMap<string, string>>();
  /** Sessions whose startup settings pg-mem cannot honour (a time zone other than UTC): why. */
  readonly #unanswerable = new Map<number, Error>();
  /** SET LOCAL values of the open transaction. */
  #local = new Map<string, string>();
  /** The session's settings as BEGIN and each savepoint found them. */
  #marks: SavedSettings[] = [];
  current = 0;

  /** Answers a SET, RESET or SHOW: the rows of a SHOW, nothing for the others; `warn` hears PostgreSQL's warnings. */
  run(
    command: SessionCommand,
    inTransaction: boolean,
    warn: (code: string, message: string) => void,
  ): { name: string; value: string } | undefined {
    if (command.kind === 'show') {
      if (command.name === 'all') throw refuse('SHOW ALL');
      const setting = this.#setting(command.name);
      return { name: setting.name, value: this.#value(setting) };
    }
    const startup = this.#startup.get(this.current);
    if (command.name === 'all') {
      this.#local.clear();
      this.#sessions.set(this.current, new Map(startup));
      return undefined;
    }
    const setting = this.#setting(command.name);
    const key = setting.name.toLowerCase();
    if (setting.readOnly) {
      // PostgreSQL warns of SET LOCAL outside a transaction before it looks at the setting.
      if (command.kind === 'set' && command.local && !inTransaction)
        warn('25P01', 'SET LOCAL can only be used in transaction blocks');
      cannotChange([], setting.name);
    }
    if (command.kind === 'reset' || command.items === undefined) {
      // RESET returns to the value the connection started with, else the server's.
      this.#local.delete(key);
      const initial = startup?.get(key);
      if (initial === undefined) this.#session().delete(key);
      else this.#session().set(key, initial);
      return undefined;
    }
    const value = setting.input(command.items, setting.name);
    if (command.local) {
      if (!inTransaction) {
        warn('25P01', 'SET LOCAL can only be used in transaction blocks');
        return undefined;
      }
      this.#local.set(key, value);
    } else {
      this.#local.delete(key);
      this.#session().set(key, value);
    }
    return undefined;
  }

  /** A connection starts with pg's startup settings; one pg-mem cannot honour makes its statements refused. */
  open(session: number, settings: readonly (readonly [string, string])[]): void {
    const startup = new Map<string, string>();
    for (const [name, value] of settings) {
      const setting = BY_NAME.get(name.toLowerCase());
      if (!setting || setting.readOnly) continue; // one pg-mem's answers do not depend on (work_mem); SHOW of it is refused
      try {
        startup.set(
          setting.name.toLowerCase(),
          setting.input([{ kind: 'string', text: value }], setting.name),
        );
      } catch (error) {
        this.#unanswerable.set(session, error instanceof Error ? error : new Error(String(error)));
      }
    }
    this.#startup.set(session, startup);
    this.#sessions.set(session, new Map(startup));
  }

  /** Throws the refusal for a session started with settings pg-mem cannot honour. */
  checkAnswerable(): void {
    const reason = this.#unanswerable.get(this.current);
    if (reason) throw reason;
  }

  begin(): void {
    this.#marks = [{ name: '', session: new Map(this.#session()), local: new Map() }];
  }

  savepoint(name: string): void {
    this.#marks.push({ name, session: new Map(this.#session()), local: new Map(this.#local) });
  }

  rollbackTo(name: string): void {
    const index = this.#marks.findLastIndex((mark) => mark.name === name);
    const mark = this.#marks[index];
    if (!mark) return;
    this.#marks = this.#marks.slice(0, index + 1);
    this.#sessions.set(this.current, new Map(mark.session));
    this.#local = new Map(mark.local);
  }

  release(name: string): void {
    const index = this.#marks.findLastIndex((mark) => mark.name === name);
    if (index > 0) this.#marks = this.#marks.slice(0, index);
  }

  /** The transaction ended: SET LOCAL ends with it, and a rollback undoes its SETs. */
  end(committed: boolean): void {
    const [first] = this.#marks;
    if (!committed && first) this.#sessions.set(this.current, new Map(first.session));
    this.#marks = [];
    this.#local.clear();
  }

  endSession(session: number): void {
    this.#sessions.delete(session);
    this.#startup.delete(session);
    this.#unanswerable.delete(session);
  }

  /** The database was reset: each open connection is back to its startup settings. */
  clear(): void {
    this.#sessions.clear();
    for (const [session, startup] of this.#startup) this.#sessions.set(session, new Map(startup));
    this.#local.clear();
    this.#marks = [];
  }

  /**
   * `current_setting(name, missing_ok)`: what SHOW of the setting prints in this session. The name
   * was checked before the statement ran (`withCheckedCurrentSetting`): a setting pg-mem does not
   * keep is refused whether PostgreSQL knows it or not (pg-mem has no list of PostgreSQL's settings
   * to tell a 42704 from a value it cannot give), `missing_ok` or not.
   */
  currentSetting(name: string): string {
    const setting = BY_NAME.get(name.toLowerCase());
    if (!setting) throw refuse(`current_setting('${name}')`);
    return this.#value(setting);
  }

  /** A time setting of the running session in milliseconds (lock_timeout, statement_timeout); 0 is off. */
  milliseconds(name: string): number {
    const match = /^(\d+)([a-z]*)$/.exec(this.currentSetting(name));
    return match ? Number(match[1]) * (UNITS[match[2] || 'ms'] ?? 1) : 0;
  }

  #setting(name: string): Setting {
    const setting = BY_NAME.get(name);
    if (setting) return setting;
    // PostgreSQL knows hundreds of settings; those the engine cannot honour are refused, never 42704.
    throw refuse(`the setting ${name}`);
  }

  #value(setting: Setting): string {
    const key = setting.name.toLowerCase();
    return this.#local.get(key) ?? this.#sessions.get(this.current)?.get(key) ?? setting.initial;
  }

  #session(): Map<string, string> {
    let session = this.#sessions.get(this.current);
    if (!session) {
      session = new Map();
      this.#sessions.set(this.current, session);
    }
    return session;
  }
}

/** pg-mem's own version, named in version() where PostgreSQL names its build. */
const PG_MEM_VERSION = String(
  (createRequire(import.meta.url)('pg-mem/package.json') as { version?: unknown }).version ?? 'unknown',
);

/**
 * `version()` in PostgreSQL's shape, with the fake's version (wire/server-version.ts) first, as
 * PGlite's says `PostgreSQL 15.0 (PGlite 0.5.17) on wasm32-unknown-emscripten, compiled by ...`: a
 * client parsing the number reads 15.0 on either engine, a person reading it sees pg-mem.
 */
export const PG_MEM_SERVER_VERSION_TEXT = `PostgreSQL ${SERVER_VERSION} (pg-mem ${PG_MEM_VERSION}) on ${process.arch}-${process.platform}, compiled by Node.js ${process.version}, 64-bit`;

/**
 * `version()` and `current_setting(name, missing_ok)` on the pg-mem database. Registered after the
 * engine starts recording user functions (user-functions.ts), so the analysis types them from these
 * signatures (text), as it types a function the user registered; impure, so pg-mem computes them
 * per call (a session's SET changes current_setting's answer). `current_setting(name)` is sent as
 * `current_setting(name, false)` (`withCheckedCurrentSetting`): one signature per name there.
 */
export function registerSettingFunctions(db: IMemoryDb, settings: SessionSettings): void {
  db.public.registerFunction({
    name: 'version',
    args: [],
    returns: DataType.text,
    implementation: () => PG_MEM_SERVER_VERSION_TEXT,
  });
  db.public.registerFunction({
    name: 'current_setting',
    args: [DataType.text, DataType.bool],
    returns: DataType.text,
    implementation: (name: string) => settings.currentSetting(name),
    impure: true,
  });
}

export const isCurrentSetting = (expr: ExprCall): boolean =>
  expr.function.name.toLowerCase() === 'current_setting' &&
  (expr.function.schema === undefined || expr.function.schema === 'pg_catalog');

/**
 * The statement with each `current_setting(...)` call as the registered `current_setting(name,
 * missing_ok)` (`current_setting(name)` is that with `false`), checked before anything runs: the
 * name must be a constant naming a setting pg-mem keeps (an error thrown while pg-mem runs the call
 * reaches the client with pg-mem's diagnostics appended), other arities are refused, as the analysis
 * would not name PostgreSQL's candidates in its 42883.
 */
export function withCheckedCurrentSetting(statement: Statement): Statement {
  const mapper = astMapper((map) => ({
    call: (expr) => {
      if (!isCurrentSetting(expr)) return map.super().call(expr);
      const [name, missingOk, ...rest] = expr.args;
      if (!name || rest.length > 0) throw refuse(`current_setting() with ${expr.args.length} arguments`);
      const constant = name.type === 'cast' ? name.operand : name;
      if (constant.type === 'string') {
        if (!BY_NAME.has(constant.value.toLowerCase())) throw refuse(`current_setting('${constant.value}')`);
      } else if (constant.type !== 'null') {
        throw refuse('current_setting() of a name given by a parameter or an expression');
      }
      const second: Expr = missingOk ? (map.expr(missingOk) ?? missingOk) : { type: 'boolean', value: false };
      return { ...expr, args: [name, second] };
    },
  }));
  return mapper.statement(statement) ?? statement;
}
