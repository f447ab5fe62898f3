import { DataType, type IMemoryDb } from 'pg-mem';
import { compareCodePoints } from './pg-mem-functions.js';
import { refuse } from './refusal.js';
import { quicksortOrder } from './tuple-sort.js';

/**
 * `array_agg(x ORDER BY k)` and `string_agg(x, d ORDER BY k)`, which pg-mem runs ignoring the
 * ORDER BY (and lacks string_agg): each row becomes one text entry (ENTRY_FUNCTION: JSON of the
 * value, the delimiter and the keys as text), pg-mem's array_agg collects the entries, and the
 * functions here sort them as PostgreSQL's sort does and give back the array or the joined text.
 */

/** How a key compares: as a number, as text by code point (C.UTF-8), as a boolean, as a uuid. */
export type SortKind = 'number' | 'text' | 'bool' | 'uuid';

export interface SortKey {
  readonly kind: SortKind;
  readonly descending: boolean;
  readonly nullsFirst: boolean;
}

/** The element types array_agg(... ORDER BY ...) is run for, by the suffix of their function. */
export const ORDERED_ARRAY_ELEMENTS = {
  int4: DataType.integer,
  int8: DataType.bigint,
  numeric: DataType.decimal,
  text: DataType.text,
  bool: DataType.bool,
  uuid: DataType.uuid,
} as const;

export type OrderedArrayElement = keyof typeof ORDERED_ARRAY_ELEMENTS;

/** The most keys an ordered aggregate may have: one entry function per count. */
export const MOST_SORT_KEYS = 4;

export const entryFunction = (keys: number): string => `seams_agg_entry_${keys}`;
export const sortedArrayFunction = (element: OrderedArrayElement): string => `seams_agg_sorted_${element}`;
export const JOINED_FUNCTION = 'seams_agg_joined';

type Entry = readonly (string | null)[];

/**
 * How an ordered aggregate sorts: its keys, and whether its rows come in an order only PostgreSQL's
 * plan knows (a GROUP BY, whose groups PostgreSQL feeds from a sort by the group key, or a join).
 */
export interface AggregateSort {
  readonly keys: readonly SortKey[];
  readonly planOrdered?: boolean;
}

/**
 * The entries (NULL ones are rows a FILTER left out) in the keys' order, tied ones where
 * PostgreSQL's sort (tuple-sort.ts) leaves them from the order the rows came in. Where that order
 * is its plan's, rows that tie and differ are refused.
 */
export function sortedEntries(entries: readonly (string | null)[] | null, spec: string): Entry[] | null {
  if (entries === null) return null;
  const parsed = JSON.parse(spec) as SortKey[] | AggregateSort;
  const { keys, planOrdered } = Array.isArray(parsed) ? { keys: parsed, planOrdered: false } : parsed;
  const rows = entries
    .filter((entry): entry is string => entry !== null)
    .map((entry) => JSON.parse(entry) as Entry);
  if (rows.length === 0) return null;
  const compare = (a: Entry, b: Entry) => {
    for (const [index, key] of keys.entries()) {
      const order = compareKey(a[index + 2] ?? null, b[index + 2] ?? null, key);
      if (order !== 0) return order;
    }
    return 0;
  };
  const sorted = quicksortOrder(rows.length, (a, b) => compare(rows[a] as Entry, rows[b] as Entry)).map(
    (position) => rows[position] as Entry,
  );
  const differ = (a: Entry, b: Entry) => a[0] !== b[0] || a[1] !== b[1];
  if (
    planOrdered &&
    sorted.some((entry, index) => {
      const before = sorted[index - 1];
      return before !== undefined && compare(before, entry) === 0 && differ(before, entry);
    })
  )
    throw refuse(
      "array_agg() or string_agg() ordered with ties over GROUP BY or a join (PostgreSQL's plan decides the order the tied rows come in)",
    );
  return sorted;
}

/** The ordered aggregates' calls in a statement marked as reading rows in an order the plan decides. */
export function planOrderedAggregates<T>(statement: T): T {
  const visit = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(visit);
    if (typeof node !== 'object' || node === null) return node;
    const call = node as { type?: unknown; function?: { name?: unknown }; args?: unknown[] };
    const name = call.function?.name;
    if (
      call.type === 'call' &&
      typeof name === 'string' &&
      (name === JOINED_FUNCTION || name.startsWith('seams_agg_sorted_'))
    ) {
      const [collected, spec] = call.args ?? [];
      const text = (spec as { type?: unknown; value?: unknown } | undefined)?.value;
      if (typeof text === 'string' && text.startsWith('[')) {
        const marked: AggregateSort = { keys: JSON.parse(text) as SortKey[], planOrdered: true };
        return { ...call, args: [visit(collected), { type: 'string', value: JSON.stringify(marked) }] };
      }
    }
    return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, visit(value)]));
  };
  return visit(statement) as T;
}

function compareKey(a: string | null, b: string | null, key: SortKey): number {
  if (a === null || b === null) {
    if (a === b) return 0;
    return (a === null) === key.nullsFirst ? -1 : 1;
  }
  const order =
    key.kind === 'number'
      ? Math.sign(Number(a) - Number(b))
      : key.kind === 'uuid'
        ? compareCodePoints(a.toLowerCase(), b.toLowerCase())
        : compareCodePoints(a, b);
  return key.descending ? -order : order;
}

function elementValue(text: string | null, element: OrderedArrayElement): unknown {
  if (text === null) return null;
  if (element === 'int4' || element === 'int8' || element === 'numeric') return Number(text);
  if (element === 'bool') return text === 'true';
  return text;
}

/** string_agg's text: each non-NULL value, after the first preceded by its own row's delimiter (NULL: none). */
export function joinedEntries(sorted: readonly Entry[] | null): string | null {
  const kept = (sorted ?? []).filter((entry) => entry[0] !== null && entry[0] !== undefined);
  if (kept.length === 0) return null;
  return kept.map((entry, index) => (index === 0 ? '' : (entry[1] ?? '')) + (entry[0] ?? '')).join('');
}

export function registerOrderedAggregates(db: IMemoryDb): void {
  const fn = db.public.registerFunction.bind(db.public);
  // pg-mem types every array_agg as integer[] whatever it collects (the entries are text): taken
  // as declared, since a cast of that array to text[] fails in pg-mem at run time.
  const collected = db.public.getType(DataType.integer).asArray();
  for (let keys = 1; keys <= MOST_SORT_KEYS; keys += 1) {
    fn({
      name: entryFunction(keys),
      args: Array.from({ length: keys + 2 }, () => DataType.text),
      returns: DataType.text,
      allowNullArguments: true,
      implementation: (...parts: (string | null | undefined)[]) =>
        JSON.stringify(parts.map((p) => p ?? null)),
    });
  }
  for (const [element, type] of Object.entries(ORDERED_ARRAY_ELEMENTS) as [OrderedArrayElement, DataType][]) {
    fn({
      name: sortedArrayFunction(element),
      args: [collected, DataType.text],
      returns: db.public.getType(type).asArray(),
      allowNullArguments: true,
      implementation: (entries: (string | null)[] | null, spec: string) =>
        sortedEntries(entries, spec)?.map((entry) => elementValue(entry[0] ?? null, element)) ?? null,
    });
  }
  fn({
    name: JOINED_FUNCTION,
    args: [collected, DataType.text],
    returns: DataType.text,
    allowNullArguments: true,
    implementation: (entries: (string | null)[] | null, spec: string) =>
      joinedEntries(sortedEntries(entries, spec)),
  });
}
