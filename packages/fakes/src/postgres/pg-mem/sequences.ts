import { DataType, type IMemoryDb } from 'pg-mem';
import { pgError } from './refusal.js';

interface Sequence {
  readonly increment: number;
  /** The value the next nextval() returns. */
  next: number;
}

/**
 * Sequences kept by the engine, outside pg-mem's data: like PostgreSQL's, a value once taken is
 * never given back, not by a failed statement nor by a rolled-back transaction (pg-mem's own
 * serial counters roll back with its data). Serial and identity columns default to them.
 */
export class Sequences {
  #sequences = new Map<string, Sequence>();
  // currval() is per session; the engine has one.
  readonly #current = new Map<string, number>();

  create(name: string, start = 1, increment = 1): void {
    if (this.#sequences.has(name)) throw pgError('42P07', `relation "${name}" already exists`);
    this.#sequences.set(name, { increment, next: start });
  }

  has(name: string): boolean {
    return this.#sequences.has(name);
  }

  nextval(name: string): number {
    const sequence = this.#get(name);
    const value = sequence.next;
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

  setval(name: string, value: number): number {
    const sequence = this.#get(name);
    sequence.next = value + sequence.increment;
    this.#current.set(name, value);
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
}
