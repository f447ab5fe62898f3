import { DataType, type IMemoryDb } from 'pg-mem';
import { pgError } from './refusal.js';

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
  // currval() is per session; the engine has one.
  readonly #current = new Map<string, number>();

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
    if (this.#sequences.has(name)) throw pgError('42P07', `relation "${name}" already exists`);
    const { min, max, start, increment } = Sequences.bounds(options);
    this.#sequences.set(name, { increment, min, max, next: start });
  }

  has(name: string): boolean {
    return this.#sequences.has(name);
  }

  nextval(name: string): number {
    const sequence = this.#get(name);
    const value = sequence.next;
    if (BigInt(value) > sequence.max)
      throw pgError('2200H', `nextval: reached maximum value of sequence "${name}" (${sequence.max})`);
    if (BigInt(value) < sequence.min)
      throw pgError('2200H', `nextval: reached minimum value of sequence "${name}" (${sequence.min})`);
    sequence.next += sequence.increment;
    this.#current.set(name, value);
    return value;
  }

  currval(name: string): number {
    this.#get(name);
    const value = this.#current.get(name);
    if (value === undefined)
      throw pgError('55000', `currval of sequence "${name}" is not yet defined in this session`);
    return value;
  }

  /** setval(name, value, isCalled): with isCalled false, the next nextval() returns value itself. */
  setval(name: string, value: number, isCalled = true): number {
    const sequence = this.#get(name);
    if (!Number.isSafeInteger(value) || BigInt(value) < sequence.min || BigInt(value) > sequence.max)
      throw pgError(
        '22003',
        `setval: value ${value} is out of bounds for sequence "${name}" (${sequence.min}..${sequence.max})`,
      );
    sequence.next = isCalled ? value + sequence.increment : value;
    // PostgreSQL sets currval() only when the value counts as returned (is_called true).
    if (isCalled) this.#current.set(name, value);
    return value;
  }

  /** A copy of every sequence's position, for the engine's reset(). */
  snapshot(): Map<string, Sequence> {
    return new Map([...this.#sequences].map(([name, s]) => [name, { ...s }]));
  }

  restore(snapshot: Map<string, Sequence>): void {
    this.#sequences = new Map([...snapshot].map(([name, s]) => [name, { ...s }]));
    this.#current.clear();
  }

  #get(name: string): Sequence {
    const sequence = this.#sequences.get(name);
    if (!sequence) throw pgError('42P01', `relation "${name}" does not exist`);
    return sequence;
  }
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
    implementation: (name: string) => sequences.nextval(name),
  });
  db.public.registerFunction({
    ...common,
    name: 'seams_currval',
    args: [DataType.text],
    returns: DataType.bigint,
    implementation: (name: string) => sequences.currval(name),
  });
  db.public.registerFunction({
    ...common,
    name: 'seams_setval',
    args: [DataType.text, DataType.bigint],
    returns: DataType.bigint,
    implementation: (name: string, value: number) => sequences.setval(name, value),
  });
  db.public.registerFunction({
    ...common,
    name: 'seams_setval',
    args: [DataType.text, DataType.bigint, DataType.bool],
    returns: DataType.bigint,
    implementation: (name: string, value: number, isCalled: boolean | null) =>
      sequences.setval(name, value, isCalled !== false),
  });
}
