import { DataType, type IMemoryDb } from 'pg-mem';
import { pgError, refuse } from './refusal.js';

interface Sequence {
  readonly increment: number;
  readonly min: bigint;
  readonly max: bigint;
  /** The value the next nextval() returns. */
  next: number;
}

/** A sequence's options as CREATE SEQUENCE (or a serial column) gives them. */
export interface SequenceOptions {
  readonly start?: number;
  readonly increment?: number;
  /** The type it is AS: serial and integer identity columns make an integer one (max 2^31-1). */
  readonly type?: 'int4' | 'int8';
}

const TYPE_MAX: Readonly<Record<'int4' | 'int8', bigint>> = {
  int4: 2_147_483_647n,
  int8: 9_223_372_036_854_775_807n,
};

/**
 * Sequences kept by the engine, outside pg-mem's data: like PostgreSQL's, a value once taken is
 * never given back, not by a failed statement nor by a rolled-back transaction (pg-mem's own
 * serial counters roll back with its data). Serial and identity columns default to them.
 * Bounds are PostgreSQL's defaults: 1..max of the type ascending, min of the type..-1 descending,
 * starting at the bound the increment moves away from.
 */
export class Sequences {
  #sequences = new Map<string, Sequence>();
  /** currval() per session (connection): each connection sees only the values it took itself. */
  readonly #current = new Map<number, Map<string, number>>();
  /** The connection the running statement came on (the engine sets it per request, as for advisory locks). */
  session = 0;

  /** CREATE SEQUENCE's checks (22023) before the sequence exists; the created sequence's bounds. */
  static bounds(options: SequenceOptions = {}): {
    min: bigint;
    max: bigint;
    start: number;
    increment: number;
  } {
    const increment = options.increment ?? 1;
    if (increment === 0) throw pgError('22023', 'INCREMENT must not be zero');
    const typeMax = TYPE_MAX[options.type ?? 'int8'];
    const min = increment > 0 ? 1n : -typeMax - 1n;
    const max = increment > 0 ? typeMax : -1n;
    const start = options.start ?? Number(increment > 0 ? min : max);
    if (BigInt(start) < min)
      throw pgError('22023', `START value (${start}) cannot be less than MINVALUE (${min})`);
    if (BigInt(start) > max)
      throw pgError('22023', `START value (${start}) cannot be greater than MAXVALUE (${max})`);
    return { min, max, start, increment };
  }

  create(name: string, options: SequenceOptions = {}): void {
    // CREATE SEQUENCE checks its name before it gets here: this is a serial or identity column's
    // sequence, whose name PostgreSQL would have chosen free (x_id_seq1) or whose old table's
    // DROP would have dropped the old one with it.
    if (this.#sequences.has(name))
      throw refuse(`a serial or identity column whose sequence name ${name} an existing sequence has`);
    const { min, max, start, increment } = Sequences.bounds(options);
    this.#sequences.set(name, { increment, min, max, next: start });
  }

  has(name: string): boolean {
    return this.#sequences.has(name);
  }

  /** DROP SEQUENCE, or the DROP TABLE of the table owning a serial's or identity's sequence. */
  drop(name: string): void {
    this.#sequences.delete(name);
    for (const values of this.#current.values()) values.delete(name);
  }

  /** A connection closed: its currval() values go with it. */
  endSession(session: number): void {
    this.#current.delete(session);
  }

  nextval(name: string): number {
    const sequence = this.#get(name);
    const value = sequence.next;
    if (BigInt(value) > sequence.max)
      throw pgError('2200H', `nextval: reached maximum value of sequence "${name}" (${sequence.max})`);
    if (BigInt(value) < sequence.min)
      throw pgError('2200H', `nextval: reached minimum value of sequence "${name}" (${sequence.min})`);
    sequence.next += sequence.increment;
    this.#currentValues().set(name, value);
    return value;
  }

  currval(name: string): number {
    this.#get(name);
    const value = this.#currentValues().get(name);
    if (value === undefined)
      throw pgError('55000', `currval of sequence "${name}" is not yet defined in this session`);
    return value;
  }

  /** setval(name, value, isCalled): with isCalled false, the next nextval() returns value itself. */
  setval(name: string, value: number, isCalled = true): number {
    const sequence = this.#get(name);
    // A bigint past 2^53 reached here rounded: its bounds check (or the value kept) would be wrong.
    if (Number.isInteger(value) && !Number.isSafeInteger(value) && Math.abs(value) <= 2 ** 63)
      throw refuse(`setval() with a value beyond 2^53 (${value})`);
    if (!Number.isSafeInteger(value) || BigInt(value) < sequence.min || BigInt(value) > sequence.max)
      throw pgError(
        '22003',
        `setval: value ${value} is out of bounds for sequence "${name}" (${sequence.min}..${sequence.max})`,
      );
    sequence.next = isCalled ? value + sequence.increment : value;
    // PostgreSQL sets currval() only when the value counts as returned (is_called true).
    if (isCalled) this.#currentValues().set(name, value);
    return value;
  }

  /**
   * Which sequences exist, for a transaction's rollback: CREATE SEQUENCE and DROP are transactional
   * in PostgreSQL, the values nextval() took are not.
   */
  existing(): ReadonlyMap<string, Sequence> {
    return new Map(this.#sequences);
  }

  /** Back to the sequences `existing()` saw: the ones made since go, the ones dropped since come back. */
  restoreExisting(existing: ReadonlyMap<string, Sequence>): void {
    for (const name of [...this.#sequences.keys()]) if (!existing.has(name)) this.drop(name);
    for (const [name, sequence] of existing)
      if (!this.#sequences.has(name)) this.#sequences.set(name, sequence);
  }

  /** A copy of every sequence's position, for the engine's reset(). */
  snapshot(): Map<string, Sequence> {
    return new Map([...this.#sequences].map(([name, s]) => [name, { ...s }]));
  }

  restore(snapshot: Map<string, Sequence>): void {
    this.#sequences = new Map([...snapshot].map(([name, s]) => [name, { ...s }]));
    this.#current.clear();
  }

  #currentValues(): Map<string, number> {
    let values = this.#current.get(this.session);
    if (!values) {
      values = new Map();
      this.#current.set(this.session, values);
    }
    return values;
  }

  #get(name: string): Sequence {
    const sequence = this.#sequences.get(name);
    if (!sequence) throw pgError('42P01', `relation "${name}" does not exist`);
    return sequence;
  }
}

/**
 * The sequence a regclass text names, as regclassin reads it: unquoted parts folded to lower case,
 * quoted ones kept, `public.` allowed. Other schemas and malformed names are refused.
 */
export function sequenceName(text: string): string {
  const parts: string[] = [];
  let rest = text.trim();
  for (;;) {
    let part: string;
    if (rest.startsWith('"')) {
      const quoted = /^"((?:[^"]|"")*)"/.exec(rest);
      if (!quoted?.[1]) throw refuse(`the sequence name ${text}`);
      part = quoted[1].replaceAll('""', '"');
      rest = rest.slice(quoted[0].length).trimStart();
    } else {
      const bare = /^[^."\s]+/.exec(rest);
      if (!bare) throw refuse(`the sequence name ${text}`);
      part = bare[0].toLowerCase();
      rest = rest.slice(bare[0].length).trimStart();
    }
    parts.push(part);
    if (rest === '') break;
    if (!rest.startsWith('.')) throw refuse(`the sequence name ${text}`);
    rest = rest.slice(1).trimStart();
  }
  const [first, second] = parts;
  if (parts.length === 1 && first !== undefined) return first;
  if (parts.length === 2 && first === 'public' && second !== undefined) return second;
  throw refuse(`the sequence ${text} outside the public schema`);
}

/** nextval, currval and setval on the engine's sequences, under the names the analysis rewrites to. */
export function registerSequenceFunctions(db: IMemoryDb, sequences: Sequences): void {
  // The write path's other runtime check, registered with these as the engine registers them once per database.
  const common = { impure: true } as const;
  db.public.registerFunction({
    ...common,
    name: 'seams_nextval',
    args: [DataType.text],
    returns: DataType.bigint,
    implementation: (name: string) => sequences.nextval(sequenceName(name)),
  });
  db.public.registerFunction({
    ...common,
    name: 'seams_currval',
    args: [DataType.text],
    returns: DataType.bigint,
    implementation: (name: string) => sequences.currval(sequenceName(name)),
  });
  db.public.registerFunction({
    ...common,
    name: 'seams_setval',
    args: [DataType.text, DataType.bigint],
    returns: DataType.bigint,
    implementation: (name: string, value: number) => sequences.setval(sequenceName(name), value),
  });
  db.public.registerFunction({
    ...common,
    name: 'seams_setval',
    args: [DataType.text, DataType.bigint, DataType.bool],
    returns: DataType.bigint,
    implementation: (name: string, value: number, isCalled: boolean | null) =>
      sequences.setval(sequenceName(name), value, isCalled !== false),
  });
}
