import { createHash, randomUUID } from 'node:crypto';
import { DataType, type IMemoryDb } from 'pg-mem';
import { pgError, refuse } from './refusal.js';

/** The advisory locks the session holds: key → how many times taken (they nest, as in PostgreSQL). */
export class AdvisoryLocks {
  readonly #session = new Map<string, number>();
  readonly #transaction = new Set<string>();

  /** Takes the lock (the engine's one session never waits for itself); returns nothing, like pg_advisory_lock. */
  lock(key: string, scope: 'session' | 'transaction'): undefined {
    if (scope === 'transaction') this.#transaction.add(key);
    else this.#session.set(key, (this.#session.get(key) ?? 0) + 1);
    return undefined;
  }

  unlock(key: string): boolean {
    const held = this.#session.get(key) ?? 0;
    if (held === 0) return false;
    if (held === 1) this.#session.delete(key);
    else this.#session.set(key, held - 1);
    return true;
  }

  /** A transaction's locks end with it. */
  endTransaction(): void {
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
  fn({
    name: 'seams_num_div',
    args: [DataType.float, DataType.float],
    returns: DataType.float,
    implementation: (a: number, b: number) => {
      if (b === 0) throw pgError('22012', 'division by zero');
      return a / b;
    },
  });
  fn({
    name: 'seams_jsonb_contains',
    args: [DataType.jsonb, DataType.jsonb],
    returns: DataType.bool,
    implementation: (container: unknown, contained: unknown) => jsonbContains(container, contained, true),
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
  fn({
    name: 'seams_octet_length',
    args: [DataType.text],
    returns: DataType.integer,
    implementation: (s: string) => Buffer.byteLength(s),
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
    ['seams_try_advisory_lock', DataType.bool, (key) => locks.lock(key, 'session') ?? true],
    ['seams_try_advisory_xact_lock', DataType.bool, (key) => locks.lock(key, 'transaction') ?? true],
    ['seams_advisory_unlock', DataType.bool, (key) => locks.unlock(key)],
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
