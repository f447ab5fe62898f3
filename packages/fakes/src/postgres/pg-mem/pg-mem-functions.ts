import { createHash, randomUUID } from 'node:crypto';
import { DataType, type IMemoryDb, type PlainResult } from 'pg-mem';
import type { FakePostgresError } from '../fake-postgres-error.js';
import { roundDecimal } from './input-text.js';
import { arrayIndex, isEmptyContainer } from './jsonb-functions.js';
import { registerNumericAssignment } from './numeric-assignment.js';
import { jsonbOut } from './output-text.js';
import { pgError, refuse } from './refusal.js';

/** Raises 21000 when evaluated: the value of a scalar subquery that returned several rows. */
export const CARDINALITY_VIOLATION = 'seams_cardinality_violation';

/** Raises, when evaluated, the error its argument holds (JSON): one a scalar subquery raised as it ran ahead (subquery-errors.ts). */
export const SUBQUERY_ERROR = 'seams_subquery_error';

/** The error a held subquery error's JSON stands for. */
export function subqueryErrorOf(json: string): FakePostgresError {
  const held = JSON.parse(json) as { code: string; message: string; fields: FakePostgresError['details'] };
  return pgError(held.code, held.message, held.fields);
}

/** float8 arithmetic checked for overflow and underflow, and numeric division at PostgreSQL's scale. */
export const CHECKED_ARITHMETIC = 'seams_checked_arithmetic';

/** An advisory lock's mode: `_shared` functions take shared ones, which only exclusive ones conflict with. */
export type LockMode = 'exclusive' | 'shared';

/** The running session's lock_timeout and statement_timeout in milliseconds (0: off). */
export interface WaitLimits {
  readonly lockMs: number;
  readonly statementMs: number;
}

/**
 * The advisory locks each connection's session holds: key → holder and how many times taken (they
 * nest, as in PostgreSQL). Another connection's try fails and its unlock frees nothing; its wait
 * cannot end while the fake runs one statement at a time, so it ends as PostgreSQL's would with a
 * lock_timeout or statement_timeout set (55P03 or 57014), and is refused without either.
 */
export class AdvisoryLocks {
  /** Session-level holds by key: each connection's in each mode, with how many times taken. */
  readonly #session = new Map<
    string,
    { readonly holder: number; readonly mode: LockMode; count: number }[]
  >();
  /** The open transaction's holds by key (one transaction at a time: its connection's). */
  readonly #transaction = new Map<string, { readonly holder: number; readonly mode: LockMode }[]>();
  /** The connection whose statement runs now (0 for the fake's own). */
  current = 0;

  constructor(private readonly limits: () => WaitLimits = () => ({ lockMs: 0, statementMs: 0 })) {}

  /** Takes the lock, or ends the wait PostgreSQL would start; returns nothing, like pg_advisory_lock. */
  lock(key: string, scope: 'session' | 'transaction', mode: LockMode = 'exclusive'): undefined {
    if (this.#take(key, scope, mode)) return undefined;
    const { lockMs, statementMs } = this.limits();
    // The sooner ends it; on a tie statement_timeout, whose clock started with the statement.
    if (lockMs > 0 && (statementMs <= 0 || lockMs < statementMs))
      throw pgError('55P03', 'canceling statement due to lock timeout');
    if (statementMs > 0) throw pgError('57014', 'canceling statement due to statement timeout');
    throw refuse(
      'waiting for an advisory lock another connection holds (PostgreSQL waits until it is freed)',
    );
  }

  /** pg_try_advisory_lock: false when another connection holds the key in a conflicting mode. */
  tryLock(key: string, scope: 'session' | 'transaction', mode: LockMode = 'exclusive'): boolean {
    return this.#take(key, scope, mode);
  }

  /** Frees one session-level hold of this connection in `mode`; false when it has none. */
  unlock(key: string, mode: LockMode = 'exclusive'): boolean {
    const holds = this.#session.get(key) ?? [];
    const hold = holds.find(({ holder, mode: held }) => holder === this.current && held === mode);
    if (!hold) return false;
    hold.count -= 1;
    if (hold.count === 0) holds.splice(holds.indexOf(hold), 1);
    if (holds.length === 0) this.#session.delete(key);
    return true;
  }

  #take(key: string, scope: 'session' | 'transaction', mode: LockMode): boolean {
    // Another connection's exclusive hold conflicts with anything, its shared one with exclusive only.
    const holds = [...(this.#session.get(key) ?? []), ...(this.#transaction.get(key) ?? [])];
    if (
      holds.some(
        ({ holder, mode: held }) => holder !== this.current && (mode === 'exclusive' || held === 'exclusive'),
      )
    )
      return false;
    if (scope === 'transaction') {
      const mine = this.#transaction.get(key) ?? [];
      if (!mine.some(({ holder, mode: held }) => holder === this.current && held === mode))
        mine.push({ holder: this.current, mode });
      this.#transaction.set(key, mine);
      return true;
    }
    const mine = this.#session.get(key) ?? [];
    const hold = mine.find(({ holder, mode: held }) => holder === this.current && held === mode);
    if (hold) hold.count += 1;
    else mine.push({ holder: this.current, mode, count: 1 });
    this.#session.set(key, mine);
    return true;
  }

  /** A transaction's locks end with it. */
  endTransaction(): void {
    this.#transaction.clear();
  }

  /** A connection's session locks end with it. */
  endSession(session: number): void {
    for (const [key, holds] of this.#session) {
      const kept = holds.filter(({ holder }) => holder !== session);
      if (kept.length === 0) this.#session.delete(key);
      else this.#session.set(key, kept);
    }
  }

  /** Every lock ends (the database is reset). */
  clear(): void {
    this.#session.clear();
    this.#transaction.clear();
  }
}

const ascii = (name: string, value: string): string => {
  // PostgreSQL's case mapping beyond ASCII depends on the database's locale; pg-mem has none.
  if (/[^ -~\t\n\r]/.test(value))
    throw refuse(`${name}() on non-ASCII text (its result depends on the locale)`);
  return value;
};

/**
 * PostgreSQL's jsonb containment: an object contains an object whose every pair it contains; an
 * array contains an array each of whose elements some element contains (order and duplicates do
 * not matter); at the top level only, an array also contains a bare scalar it has.
 */
export function jsonbContains(container: unknown, contained: unknown, topLevel = false): boolean {
  if (Array.isArray(container)) {
    if (Array.isArray(contained))
      return contained.every((item) => container.some((c) => jsonbContains(c, item)));
    if (topLevel && (contained === null || typeof contained !== 'object'))
      return container.some((c) => c === contained);
    return false;
  }
  if (typeof container === 'object' && container !== null) {
    if (typeof contained !== 'object' || contained === null || Array.isArray(contained)) return false;
    return Object.entries(contained).every(
      ([key, value]) => Object.hasOwn(container, key) && jsonbContains(Reflect.get(container, key), value),
    );
  }
  return container === contained;
}

/**
 * PostgreSQL's jsonb equality: same kind, numbers by value, arrays in order, objects with the same
 * keys. pg-mem holds a JSON null as its own symbol, nested or not; it equals only another.
 */
export function jsonbEqual(a: unknown, b: unknown): boolean {
  const isNull = (value: unknown) => value === null || typeof value === 'symbol';
  if (isNull(a) || isNull(b)) return isNull(a) && isNull(b);
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, index) => jsonbEqual(item, b[index]));
  }
  if (typeof a === 'object' && typeof b === 'object' && a !== null && b !== null) {
    const keys = Object.keys(a);
    if (keys.length !== Object.keys(b).length) return false;
    return keys.every((key) => Object.hasOwn(b, key) && jsonbEqual(Reflect.get(a, key), Reflect.get(b, key)));
  }
  return a === b;
}

function jsonbTypeof(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  switch (typeof value) {
    case 'object':
      return 'object';
    case 'string':
    case 'number':
    case 'boolean':
      return typeof value;
    default:
      // pg-mem hands a JSON null reached through -> over as undefined: it cannot tell it from SQL NULL.
      throw refuse('a JSON null read through -> (pg-mem does not tell it from SQL NULL)');
  }
}

/**
 * The engine's own functions, registered on each pg-mem database: what pg-mem lacks or answers
 * differently from PostgreSQL (integer division truncates and raises 22012 on zero, length counts
 * code points, advisory locks). The engine's analysis rewrites calls and operators to them.
 */
export function registerEngineFunctions(db: IMemoryDb, locks: AdvisoryLocks): void {
  const fn = db.public.registerFunction.bind(db.public);
  // Array containment and overlap as array_contain_compare runs them: duplicates do not count, a
  // NULL element equals nothing (so `@>` a NULL is false), and the result is NULL only for a NULL array.
  // One name per element type: pg-mem's overload resolution casts between them and fails.
  const elements = [
    ['text', DataType.text],
    ['int4', DataType.integer],
    ['int8', DataType.bigint],
  ] as const;
  for (const [suffix, element] of elements) {
    const array = db.public.getType(element).asArray();
    fn({
      name: `seams_array_contains_${suffix}`,
      args: [array, array],
      returns: DataType.bool,
      implementation: (container: unknown[], contained: unknown[]) => {
        const held = new Set(flatElements(container).filter((item) => item !== null));
        return flatElements(contained).every((item) => item !== null && held.has(item));
      },
    });
    fn({
      name: `seams_array_overlaps_${suffix}`,
      args: [array, array],
      returns: DataType.bool,
      implementation: (left: unknown[], right: unknown[]) => {
        const held = new Set(flatElements(left).filter((item) => item !== null));
        return flatElements(right).some((item) => item !== null && held.has(item));
      },
    });
  }
  for (const type of [DataType.integer, DataType.bigint]) {
    fn({
      name: 'seams_int_div',
      args: [type, type],
      returns: type,
      implementation: (a: number, b: number) => {
        if (b === 0) throw pgError('22012', 'division by zero');
        return Math.trunc(a / b);
      },
    });
    fn({
      name: 'seams_int_mod',
      args: [type, type],
      returns: type,
      implementation: (a: number, b: number) => {
        if (b === 0) throw pgError('22012', 'division by zero');
        return a % b;
      },
    });
  }
  // Integer +, - and * checked against the result type's range, as PostgreSQL's int2pl, int4mul
  // and friends are (22003); pg-mem computes in doubles and never overflows. An int8 result past
  // 2^53 cannot be computed exactly in a double: refused, like an int8 literal that large.
  const ranges = [
    ['int2', DataType.integer, 32_767, 'smallint'],
    ['int4', DataType.integer, 2_147_483_647, 'integer'],
    ['int8', DataType.bigint, Number.MAX_SAFE_INTEGER, 'bigint'],
  ] as const;
  const operations = [
    ['add', (a: number, b: number) => a + b],
    ['sub', (a: number, b: number) => a - b],
    ['mul', (a: number, b: number) => a * b],
  ] as const;
  for (const [name, type, max, label] of ranges) {
    const checked = (value: number): number => {
      if (value >= -max - 1 && value <= max) return value === 0 ? 0 : value;
      if (name === 'int8' && Math.abs(value) < 2 ** 63) throw refuse('an int8 result beyond 2^53');
      throw pgError('22003', `${label} out of range`);
    };
    for (const [operation, apply] of operations) {
      fn({
        name: `seams_${name}_${operation}`,
        args: [type, type],
        returns: type,
        implementation: (a: number, b: number) => checked(apply(a, b)),
      });
    }
    fn({ name: `seams_to_${name}`, args: [DataType.bigint], returns: type, implementation: checked });
  }
  // pg-mem computes numeric in doubles: 0.1 + 0.2 is 0.30000000000000004, which then differs from
  // 0.3. A numeric result whose scale PostgreSQL knows (+, -, *, sum) is rounded to it, and a cast
  // to numeric(p, s) checks p as PostgreSQL's typmod does (numeric-assignment.ts).
  fn({ name: 'seams_text_key', args: [DataType.text], returns: DataType.text, implementation: codePointKey });
  // pg-mem sorts booleans otherwise than PostgreSQL's false < true; an integer key sorts as it does.
  fn({
    name: 'seams_bool_key',
    args: [DataType.bool],
    returns: DataType.integer,
    implementation: (value: boolean) => (value ? 1 : 0),
  });
  fn({
    name: 'seams_text_unkey',
    args: [DataType.text],
    returns: DataType.text,
    implementation: fromCodePointKey,
  });
  fn({
    name: 'seams_text_cmp',
    args: [DataType.text, DataType.text],
    returns: DataType.integer,
    implementation: compareCodePoints,
  });
  fn({
    name: 'seams_like',
    args: [DataType.text, DataType.text],
    returns: DataType.bool,
    implementation: (value: string, pattern: string) => likePattern(pattern, 'su').test(value),
  });
  // PostgreSQL's ILIKE lowercases both sides character by character, then matches: a regular
  // expression's case folding would also take ς for σ and ſ for s, which lower() keeps apart.
  fn({
    name: 'seams_ilike',
    args: [DataType.text, DataType.text],
    returns: DataType.bool,
    implementation: (value: string, pattern: string) =>
      likePattern(lowerEach(pattern), 'su').test(lowerEach(value)),
  });
  fn({
    name: 'seams_jsonb_text',
    args: [DataType.jsonb],
    returns: DataType.text,
    // A JSON null (pg-mem's own symbol) gives SQL NULL, as PostgreSQL's ->> does.
    implementation: (value: unknown) =>
      typeof value === 'string'
        ? value
        : value === null || typeof value === 'symbol'
          ? null
          : jsonbOut(value),
  });
  fn({
    name: 'seams_jsonb_key',
    args: [DataType.jsonb, DataType.text],
    returns: DataType.jsonb,
    implementation: (value: unknown, key: string) =>
      typeof value === 'object' && value !== null && !Array.isArray(value) && Object.hasOwn(value, key)
        ? (Reflect.get(value, key) ?? null)
        : null,
  });
  fn({
    name: 'seams_jsonb_first',
    args: [DataType.jsonb],
    returns: DataType.jsonb,
    // An array's first element as pg-mem's own -> 0 gives it (its JSON null symbol included); an
    // object has none; a scalar (a JSON null too) is its own element 0 in PostgreSQL's jsonb.
    implementation: (value: unknown) =>
      Array.isArray(value) ? (value[0] ?? null) : typeof value === 'object' && value !== null ? null : value,
  });
  fn({
    name: 'seams_numeric_round',
    args: [DataType.decimal, DataType.integer],
    returns: DataType.decimal,
    implementation: (value: number, scale: number) => {
      const rounded = roundDecimal(String(value), scale);
      // 99999.999 * 99999.999 is 9999999800.000001: the double pg-mem computed it in is
      // 9999999800, which the scale would print as 9999999800.000000.
      if (significantDigits(rounded) > DOUBLE_DIGITS)
        throw refuse(
          `a numeric result of more than ${DOUBLE_DIGITS} digits at its scale (${rounded}: pg-mem computed it as a float)`,
        );
      return Number(rounded);
    },
  });
  // round(double precision) is the C library's rint: halves go to the even neighbour, and a
  // negative value rounded to zero stays -0.
  fn({
    name: 'seams_float8_rint',
    args: [DataType.float],
    returns: DataType.float,
    implementation: (value: number) => {
      const floor = Math.floor(value);
      const fraction = value - floor;
      const rounded =
        fraction < 0.5 ? floor : fraction > 0.5 ? floor + 1 : floor % 2 === 0 ? floor : floor + 1;
      return rounded === 0 && (value < 0 || Object.is(value, -0)) ? -0 : rounded;
    },
  });
  registerNumericAssignment(db);
  // sum() over a numeric without a declared scale: pg-mem adds doubles (0.1 + 0.2 is
  // 0.30000000000000004); the exact sum has the largest scale among the values, so the double sum
  // rounded to it is the exact one while it keeps within a double's digits.
  fn({
    name: 'seams_numeric_scale',
    args: [DataType.decimal],
    returns: DataType.integer,
    implementation: (value: number | null) => (value === null ? null : decimalOf(value).scale),
  });
  fn({
    name: 'seams_numeric_sum',
    args: [DataType.decimal, DataType.integer],
    returns: DataType.decimal,
    implementation: (sum: number | null, scale: number | null) => {
      if (sum === null || scale === null) return sum;
      const rounded = roundDecimal(String(sum), scale);
      if (significantDigits(rounded) > DOUBLE_DIGITS)
        throw refuse(
          `a numeric sum of more than ${DOUBLE_DIGITS} digits (${rounded}: pg-mem adds it as a float)`,
        );
      return Number(rounded);
    },
  });
  fn({
    name: CHECKED_ARITHMETIC,
    args: [DataType.float, DataType.float, DataType.text, DataType.integer, DataType.integer],
    returns: DataType.float,
    implementation: numericOperation,
  });
  fn({
    name: 'seams_jsonb_equal',
    args: [DataType.jsonb, DataType.jsonb],
    returns: DataType.bool,
    implementation: (a: unknown, b: unknown) => jsonbEqual(a, b),
  });
  fn({
    name: 'seams_jsonb_contains',
    args: [DataType.jsonb, DataType.jsonb],
    returns: DataType.bool,
    implementation: (container: unknown, contained: unknown) => jsonbContains(container, contained, true),
  });
  // jsonb ?, ?| and ?&: a key of a top-level object, or a string element of a top-level array (a
  // scalar string counts as an array of one); NULL elements of the key array are skipped.
  fn({
    name: 'seams_jsonb_exists',
    args: [DataType.jsonb, DataType.text],
    returns: DataType.bool,
    implementation: (value: unknown, key: string) => jsonbHasKey(value, key),
  });
  const textArray = db.public.getType(DataType.text).asArray();
  fn({
    name: 'seams_jsonb_exists_any',
    args: [DataType.jsonb, textArray],
    returns: DataType.bool,
    implementation: (value: unknown, keys: readonly (string | null)[]) =>
      flatElements(keys).some((key) => typeof key === 'string' && jsonbHasKey(value, key)),
  });
  fn({
    name: 'seams_jsonb_exists_all',
    args: [DataType.jsonb, textArray],
    returns: DataType.bool,
    implementation: (value: unknown, keys: readonly (string | null)[]) =>
      flatElements(keys).every((key) => typeof key !== 'string' || jsonbHasKey(value, key)),
  });
  // jsonb - text, - int, - text[] (the typer resolves which): PostgreSQL deletes nothing from a scalar.
  const deletable = (value: unknown): unknown[] | object => {
    if (Array.isArray(value) || (typeof value === 'object' && value !== null)) return value;
    throw pgError('22023', 'cannot delete from scalar');
  };
  const withoutKeys = (value: unknown, keys: readonly unknown[]): object => {
    const target = deletable(value);
    if (Array.isArray(target))
      return target.filter((item) => typeof item !== 'string' || !keys.includes(item));
    return Object.fromEntries(Object.entries(target).filter(([key]) => !keys.includes(key)));
  };
  fn({
    name: 'seams_jsonb_delete_key',
    args: [DataType.jsonb, DataType.text],
    returns: DataType.jsonb,
    implementation: (value: unknown, key: string) => withoutKeys(value, [key]),
  });
  fn({
    name: 'seams_jsonb_delete_keys',
    args: [DataType.jsonb, textArray],
    returns: DataType.jsonb,
    implementation: (value: unknown, keys: readonly (string | null)[]) =>
      withoutKeys(value, flatElements(keys)),
  });
  fn({
    name: 'seams_jsonb_delete_index',
    args: [DataType.jsonb, DataType.integer],
    returns: DataType.jsonb,
    implementation: (value: unknown, index: number) => {
      const target = deletable(value);
      if (!Array.isArray(target)) throw pgError('22023', 'cannot delete from object using integer index');
      const at = index < 0 ? target.length + index : index;
      return target.filter((_, position) => position !== at);
    },
  });
  // jsonb_build_object() and jsonb_build_array(): each argument made jsonb by a seams_jsonb_of_*
  // call (functions.ts), so SQL NULL arrives as null and becomes a JSON null: the first argument,
  // 'null'::jsonb, is pg-mem's own JSON null symbol, which nothing here could make otherwise.
  fn({
    name: 'seams_jsonb_of_text',
    args: [DataType.text],
    returns: DataType.jsonb,
    implementation: (v: string) => v,
  });
  fn({
    name: 'seams_jsonb_of_integer',
    args: [DataType.bigint],
    returns: DataType.jsonb,
    implementation: (v: number) => Number(v),
  });
  fn({
    name: 'seams_jsonb_of_bool',
    args: [DataType.bool],
    returns: DataType.jsonb,
    implementation: (v: boolean) => v,
  });
  const built = (jsonNull: unknown, value: unknown, name: string): unknown => {
    if (value !== null && value !== undefined) return value;
    if (typeof jsonNull !== 'symbol') throw refuse(`a NULL value in ${name}() (a JSON null)`);
    return jsonNull;
  };
  fn({
    name: 'seams_jsonb_build_object',
    args: [],
    argsVariadic: DataType.jsonb,
    allowNullArguments: true,
    returns: DataType.jsonb,
    implementation: (jsonNull: unknown, ...args: unknown[]): object => {
      const object: Record<string, unknown> = {};
      for (let index = 0; index + 1 < args.length; index += 2) {
        const key = args[index];
        if (typeof key !== 'string') throw pgError('22023', `argument ${index + 1}: key must not be null`);
        object[key] = built(jsonNull, args[index + 1], 'jsonb_build_object');
      }
      return object;
    },
  });
  fn({
    name: 'seams_jsonb_build_array',
    args: [],
    argsVariadic: DataType.jsonb,
    allowNullArguments: true,
    returns: DataType.jsonb,
    implementation: (jsonNull: unknown, ...args: unknown[]): object =>
      args.map((arg) => built(jsonNull, arg, 'jsonb_build_array')),
  });
  fn({
    name: 'seams_jsonb_strip_nulls',
    args: [DataType.jsonb],
    returns: DataType.jsonb,
    // Object fields whose value is a JSON null go, at every depth; array elements stay, nulls too.
    implementation: (value: unknown) => jsonbStripNulls(value),
  });
  fn({
    name: 'seams_jsonb_delete_path',
    args: [DataType.jsonb, textArray],
    returns: DataType.jsonb,
    implementation: (value: unknown, path: readonly (string | null)[]): object => {
      if (!Array.isArray(value) && (typeof value !== 'object' || value === null))
        throw pgError('22023', 'cannot delete path in scalar');
      // jsonb_delete_path returns an empty root before it reads the path (its NULL or non-integer steps).
      if (isEmptyContainer(value)) return value;
      return jsonbDeletePath(value, flatElements(path), 0);
    },
  });
  fn({
    name: 'seams_jsonb_path',
    args: [DataType.jsonb, textArray],
    returns: DataType.jsonb,
    // #> gives the jsonb found (a JSON null as pg-mem's own null symbol), SQL NULL for no such path.
    implementation: (value: unknown, path: readonly (string | null)[]) =>
      jsonbAtPath(value, flatElements(path)) ?? null,
  });
  fn({
    name: 'seams_jsonb_path_text',
    args: [DataType.jsonb, textArray],
    returns: DataType.text,
    implementation: (value: unknown, path: readonly (string | null)[]) => {
      const found = jsonbAtPath(value, flatElements(path));
      // #>> gives SQL NULL for a JSON null, a string as itself, and anything else as jsonb prints it.
      if (found === undefined || found === null || typeof found === 'symbol') return null;
      return typeof found === 'string' ? found : jsonbOut(found);
    },
  });
  fn({
    name: 'seams_add_millis',
    args: [DataType.timestamptz, DataType.float],
    returns: DataType.timestamptz,
    implementation: (at: Date, millis: number) => new Date(at.getTime() + millis),
  });
  fn({
    name: 'seams_md5',
    args: [DataType.text],
    returns: DataType.text,
    implementation: (s: string) => createHash('md5').update(s).digest('hex'),
  });
  fn({
    name: 'seams_jsonb_typeof',
    args: [DataType.jsonb],
    returns: DataType.text,
    implementation: jsonbTypeof,
  });
  fn({
    name: 'seams_jsonb_array_length',
    args: [DataType.jsonb],
    returns: DataType.integer,
    implementation: (value: unknown) => {
      if (!Array.isArray(value))
        throw pgError(
          '22023',
          `cannot get array length of a ${jsonbTypeof(value) === 'object' ? 'non-array' : 'scalar'}`,
        );
      return value.length;
    },
  });
  fn({
    name: 'seams_lower',
    args: [DataType.text],
    returns: DataType.text,
    implementation: (s: string) => ascii('lower', s).toLowerCase(),
  });
  fn({
    name: 'seams_upper',
    args: [DataType.text],
    returns: DataType.text,
    implementation: (s: string) => ascii('upper', s).toUpperCase(),
  });
  fn({
    name: 'seams_length',
    args: [DataType.text],
    returns: DataType.integer,
    implementation: (s: string) => [...s].length,
  });
  // An explicit cast to varchar(n) keeps the first n characters (code points), without an error.
  fn({
    name: 'seams_text_cut',
    args: [DataType.text, DataType.integer],
    returns: DataType.text,
    implementation: (s: string, n: number) => [...s].slice(0, n).join(''),
  });
  fn({
    name: 'seams_octet_length',
    args: [DataType.text],
    returns: DataType.integer,
    implementation: (s: string) => Buffer.byteLength(s),
  });
  // A scalar subquery of several rows fails where its value is read, not before the statement:
  // PostgreSQL runs an InitPlan when first read, so a row never produced or a branch never taken
  // leaves it unread. Impure, so neither pg-mem nor our folding evaluates it ahead of time.
  fn({
    name: CARDINALITY_VIOLATION,
    args: [],
    returns: DataType.bool,
    implementation: () => {
      throw pgError('21000', 'more than one row returned by a subquery used as an expression');
    },
    impure: true,
  });
  // A scalar subquery's own error, raised where its value is read (see subquery-errors.ts).
  fn({
    name: SUBQUERY_ERROR,
    args: [DataType.text],
    returns: DataType.bool,
    implementation: (held: string) => {
      throw subqueryErrorOf(held);
    },
    impure: true,
  });
  fn({
    name: 'seams_gen_random_uuid',
    args: [],
    returns: DataType.uuid,
    implementation: () => randomUUID(),
    impure: true,
  });
  registerAdvisoryLocks(db, locks);
}

function registerAdvisoryLocks(db: IMemoryDb, locks: AdvisoryLocks): void {
  // pg_advisory_lock returns void, which PostgreSQL prints as an empty string.
  const functions: ReadonlyArray<readonly [string, DataType, (key: string) => string | boolean]> = [
    ['seams_advisory_lock', DataType.text, (key) => locks.lock(key, 'session') ?? ''],
    ['seams_advisory_xact_lock', DataType.text, (key) => locks.lock(key, 'transaction') ?? ''],
    ['seams_try_advisory_lock', DataType.bool, (key) => locks.tryLock(key, 'session')],
    ['seams_try_advisory_xact_lock', DataType.bool, (key) => locks.tryLock(key, 'transaction')],
    ['seams_advisory_unlock', DataType.bool, (key) => locks.unlock(key)],
    ['seams_advisory_lock_shared', DataType.text, (key) => locks.lock(key, 'session', 'shared') ?? ''],
    [
      'seams_advisory_xact_lock_shared',
      DataType.text,
      (key) => locks.lock(key, 'transaction', 'shared') ?? '',
    ],
    ['seams_try_advisory_lock_shared', DataType.bool, (key) => locks.tryLock(key, 'session', 'shared')],
    [
      'seams_try_advisory_xact_lock_shared',
      DataType.bool,
      (key) => locks.tryLock(key, 'transaction', 'shared'),
    ],
    ['seams_advisory_unlock_shared', DataType.bool, (key) => locks.unlock(key, 'shared')],
  ];
  for (const args of [[DataType.bigint], [DataType.integer, DataType.integer]]) {
    for (const [name, returns, run] of functions) {
      db.public.registerFunction({
        name,
        args,
        returns,
        impure: true,
        implementation: (...key: number[]) => run(key.join(',')),
      });
    }
  }
}

/**
 * Capitals Unicode 16 added (Node's ICU lowers them) that the server's glibc C.UTF-8 tables do not
 * know, so its lower() and ILIKE keep them: checked against PostgreSQL 15 over U+0080-U+2FFFF.
 */
const GLIBC_UNCASED =
  /^[\u1C89\uA7CB\uA7CC\uA7CE\uA7D2\uA7D4\uA7DA\uA7DC\u{10D50}-\u{10D65}\u{16EA0}-\u{16EB8}]$/u;

/**
 * Text lowered one code point at a time, as lower() does in a UTF-8 database (towlower): Unicode's
 * simple mapping, where İ becomes i; no context (a final Σ is σ, not ς).
 */
export function lowerEach(text: string): string {
  return Array.from(text, (char) => {
    if (char === '\u0130') return 'i';
    if (GLIBC_UNCASED.test(char)) return char;
    const lowered = char.toLowerCase();
    return Array.from(lowered).length === 1 ? lowered : char;
  }).join('');
}

/** Two texts in code point order (C.UTF-8's collation): -1, 0 or 1. */
export function compareCodePoints(a: string, b: string): number {
  // Below U+D800 UTF-16 units are code points; only surrogates and U+E000-U+FFFF disagree.
  if (!/[\uD800-\uFFFF]/.test(a) || !/[\uD800-\uFFFF]/.test(b)) return a < b ? -1 : a > b ? 1 : 0;
  const [x, y] = [Array.from(a), Array.from(b)];
  for (let at = 0; at < Math.min(x.length, y.length); at++) {
    const difference = (x[at]?.codePointAt(0) ?? 0) - (y[at]?.codePointAt(0) ?? 0);
    if (difference !== 0) return Math.sign(difference);
  }
  return Math.sign(x.length - y.length);
}

/**
 * A text whose UTF-16 order is the original's code point order: U+E000-U+FFFF move down to
 * U+D800-U+F7FF and surrogates up to U+F800-U+FFFF, so an emoji sorts after U+FFFD, as in C.UTF-8.
 */
export function codePointKey(text: string): string {
  if (!/[\uD800-\uFFFF]/.test(text)) return text;
  return Array.from({ length: text.length }, (_, at) => {
    const unit = text.charCodeAt(at);
    return String.fromCharCode(unit >= 0xe000 ? unit - 0x800 : unit >= 0xd800 ? unit + 0x2000 : unit);
  }).join('');
}

export function fromCodePointKey(key: string): string {
  if (!/[\uD800-\uFFFF]/.test(key)) return key;
  return Array.from({ length: key.length }, (_, at) => {
    const unit = key.charCodeAt(at);
    return String.fromCharCode(unit >= 0xf800 ? unit - 0x2000 : unit >= 0xd800 ? unit + 0x800 : unit);
  }).join('');
}

/** The significant decimal digits every double holds exactly. */
const DOUBLE_DIGITS = 15;

/** The digits of a decimal text from its first non-zero one, trailing zeros included. */
function significantDigits(text: string): number {
  return text.replace(/[^\d]/g, '').replace(/^0+/, '').length;
}

/** A double pg-mem holds for a numeric or float8 value, as a decimal: digits / 10^scale. */
export function decimalOf(value: number): { digits: bigint; scale: number } {
  const [mantissa = '0', exponent = '0'] = String(value).toLowerCase().split('e');
  const [whole = '', fraction = ''] = mantissa.split('.');
  const scale = fraction.length - Number(exponent);
  const digits = BigInt(`${whole}${fraction}`);
  return scale >= 0 ? { digits, scale } : { digits: digits * 10n ** BigInt(-scale), scale: 0 };
}

/**
 * PostgreSQL's select_div_scale: the quotient keeps at least 16 significant digits (counted from
 * its first base-10000 digit), and at least each operand's display scale.
 */
export function divisionScale(
  a: { digits: bigint; scale: number },
  b: { digits: bigint; scale: number },
  scaleA: number,
  scaleB: number,
): number {
  // The weight of the first non-zero base-10000 digit, and that digit (0 and 0 for zero).
  const leading = ({ digits, scale }: { digits: bigint; scale: number }): [number, bigint] => {
    const magnitude = digits < 0n ? -digits : digits;
    if (magnitude === 0n) return [0, 0n];
    const exponent = magnitude.toString().length - 1 - scale;
    const weight = Math.floor(exponent / 4);
    const shift = scale + 4 * weight;
    const first = shift >= 0 ? magnitude / 10n ** BigInt(shift) : magnitude * 10n ** BigInt(-shift);
    return [weight, first];
  };
  const [weightA, firstA] = leading(a);
  const [weightB, firstB] = leading(b);
  let weight = weightA - weightB;
  if (firstA <= firstB) weight -= 1;
  const shown = Math.max(16 - weight * 4, scaleA, scaleB, a.scale, b.scale, 0);
  return Math.min(shown, 1000);
}

/** a + b, a - b or a * b, exactly, as a decimal text. */
function exactDecimal(
  a: { digits: bigint; scale: number },
  b: { digits: bigint; scale: number },
  operation: string,
): string {
  const { digits, scale } =
    operation === 'numeric_mul'
      ? { digits: a.digits * b.digits, scale: a.scale + b.scale }
      : (() => {
          const common = Math.max(a.scale, b.scale);
          const x = a.digits * 10n ** BigInt(common - a.scale);
          const y = b.digits * 10n ** BigInt(common - b.scale);
          return { digits: operation === 'numeric_add' ? x + y : x - y, scale: common };
        })();
  const negative = digits < 0n;
  const text = (negative ? -digits : digits).toString().padStart(scale + 1, '0');
  const point = text.length - scale;
  return `${negative ? '-' : ''}${text.slice(0, point)}${scale > 0 ? `.${text.slice(point)}` : ''}`;
}

/** a / b rounded half away from zero to `scale` digits, as a decimal text. */
function roundedQuotient(
  a: { digits: bigint; scale: number },
  b: { digits: bigint; scale: number },
  scale: number,
): string {
  const numerator = a.digits * 10n ** BigInt(b.scale + scale);
  const denominator = b.digits * 10n ** BigInt(a.scale);
  const negative = numerator < 0n !== denominator < 0n && numerator !== 0n;
  const [n, d] = [numerator < 0n ? -numerator : numerator, denominator < 0n ? -denominator : denominator];
  const quotient = n / d + ((n % d) * 2n >= d ? 1n : 0n);
  const text = quotient.toString().padStart(scale + 1, '0');
  const point = text.length - scale;
  return `${negative && quotient !== 0n ? '-' : ''}${text.slice(0, point)}${scale > 0 ? `.${text.slice(point)}` : ''}`;
}

/**
 * The operations seams_checked_arithmetic runs: float8 arithmetic checked as check_float8_val checks it
 * (an infinite result overflows; a zero from non-zero factors or a non-zero dividend underflows),
 * and numeric division as div_var computes it.
 */
function numericOperation(a: number, b: number, operation: string, scaleA: number, scaleB: number): number {
  switch (operation) {
    case 'float8_add':
    case 'float8_sub':
    case 'float8_mul':
    case 'float8_div': {
      if (operation === 'float8_div' && b === 0) throw pgError('22012', 'division by zero');
      const result =
        operation === 'float8_add'
          ? a + b
          : operation === 'float8_sub'
            ? a - b
            : operation === 'float8_mul'
              ? a * b
              : a / b;
      if (!Number.isFinite(result)) throw pgError('22003', 'value out of range: overflow');
      const zeroAllowed =
        operation === 'float8_add' ||
        operation === 'float8_sub' ||
        a === 0 ||
        (operation === 'float8_mul' && b === 0);
      if (result === 0 && !zeroAllowed) throw pgError('22003', 'value out of range: underflow');
      return result;
    }
    case 'numeric_add':
    case 'numeric_sub':
    case 'numeric_mul': {
      // A numeric without a declared scale holds the decimal it was given, as a double: computed on
      // as a decimal, 1.15 * 3 is 3.45 (the double 3.4499999999999997 compares, rounds and
      // truncates otherwise than PostgreSQL's exact numeric).
      const [x, y] = [decimalOf(a), decimalOf(b)];
      const exact = exactDecimal(x, y, operation);
      if (significantDigits(exact.replace(/\.?0+$/, '')) > DOUBLE_DIGITS)
        throw refuse(
          `a numeric result of more than ${DOUBLE_DIGITS} digits (${exact}: pg-mem computes it as a float)`,
        );
      return Number(exact);
    }
    case 'numeric_div':
    case 'numeric_div_exact': {
      if (b === 0) throw pgError('22012', 'division by zero');
      const [x, y] = [decimalOf(a), decimalOf(b)];
      const quotient = roundedQuotient(x, y, divisionScale(x, y, scaleA, scaleB));
      if (
        operation === 'numeric_div_exact' &&
        significantDigits(quotient.replace(/\.?0+$/, '')) > DOUBLE_DIGITS
      )
        throw refuse(`computing on the numeric quotient ${quotient} (pg-mem would compute on it as a float)`);
      return Number(quotient);
    }
    default:
      throw refuse(`the numeric operation ${operation}`);
  }
}

const likePatterns = new Map<string, RegExp>();

/** A LIKE pattern without escapes as a regular expression: % any run, _ one code point. */
/**
 * The value at a path, as jsonb_get_element walks it: an object's own key, an array's element at
 * a decimal index (text that is not one finds nothing, as strtol's check does), undefined where
 * nothing is. Negative and signed or spaced indexes, which strtol reads its own way, are refused.
 */
function jsonbAtPath(value: unknown, path: readonly unknown[]): unknown {
  let current = value;
  for (const step of path) {
    if (typeof step !== 'string') return undefined;
    if (Array.isArray(current)) {
      if (/^[\s+-]/.test(step)) throw refuse('#>> with a signed or spaced array index');
      if (!/^\d+$/.test(step)) return undefined;
      current = current[Number(step)];
    } else if (typeof current === 'object' && current !== null && Object.hasOwn(current, step)) {
      current = Reflect.get(current, step);
    } else {
      return undefined;
    }
  }
  return current;
}

/**
 * `#-`: the value without the element at `path` (from `level` on), as PostgreSQL's setPath deletes
 * it: a missing key or index, or a scalar on the way, leaves the value as it is; a NULL step is
 * 22004 and an array step that is no integer 22P02, where the walk reaches them.
 */
function jsonbDeletePath(value: object, path: readonly unknown[], level: number): object {
  const step = path[level];
  if (step === undefined) return value;
  if (typeof step !== 'string') throw pgError('22004', `path element at position ${level + 1} is null`);
  const last = level === path.length - 1;
  const below = (item: unknown): unknown =>
    typeof item === 'object' && item !== null ? jsonbDeletePath(item, path, level + 1) : item;
  if (Array.isArray(value)) {
    const index = arrayIndex(step, level + 1);
    const at = index < 0 ? value.length + index : index;
    if (at < 0 || at >= value.length) return value;
    return last
      ? value.filter((_, position) => position !== at)
      : value.map((item, position) => (position === at ? below(item) : item));
  }
  if (!Object.hasOwn(value, step)) return value;
  return Object.fromEntries(
    Object.entries(value).flatMap(([key, item]): [string, unknown][] =>
      key !== step ? [[key, item]] : last ? [] : [[key, below(item)]],
    ),
  );
}

/** A jsonb value without the object fields that hold a JSON null, at every depth (PlainResult: any jsonb value). */
function jsonbStripNulls(value: unknown): PlainResult {
  if (Array.isArray(value)) return value.map(jsonbStripNulls);
  if (typeof value !== 'object' || value === null) return value as PlainResult;
  return Object.fromEntries(
    Object.entries(value).flatMap(([key, item]): [string, unknown][] =>
      item === null || typeof item === 'symbol' ? [] : [[key, jsonbStripNulls(item)]],
    ),
  );
}

function jsonbHasKey(value: unknown, key: string): boolean {
  if (typeof value === 'string') return value === key;
  if (Array.isArray(value)) return value.some((item) => item === key);
  return typeof value === 'object' && value !== null && Object.hasOwn(value, key);
}

/** An array's elements in storage order, a nested (multidimensional) one's included. */
function flatElements(array: readonly unknown[]): unknown[] {
  return array.flatMap((item) => (Array.isArray(item) ? flatElements(item) : [item]));
}

function likePattern(pattern: string, flags: string): RegExp {
  const key = `${flags}:${pattern}`;
  let compiled = likePatterns.get(key);
  if (!compiled) {
    // A backslash (LIKE's default escape) takes the character after it literally, % and _ included.
    const chars = Array.from(pattern);
    let source = '';
    for (let index = 0; index < chars.length; index += 1) {
      let char = chars[index] as string;
      if (char === '\\') {
        index += 1;
        const escaped = chars[index];
        // The typer refuses such a pattern: PostgreSQL's error depends on the rows it meets.
        if (escaped === undefined) throw refuse('LIKE with a pattern that ends with its escape character');
        char = escaped;
      } else if (char === '%' || char === '_') {
        source += char === '%' ? '.*' : '.';
        continue;
      }
      source += char.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    }
    compiled = new RegExp(`^${source}$`, flags);
    if (likePatterns.size < 1_000) likePatterns.set(key, compiled);
  }
  return compiled;
}
