import { inspect } from 'node:util';

/** One value on one line, as a test reader wants to see it (strings quoted, Dates as ISO). */
export function formatValue(value: unknown): string {
  return inspect(value, { depth: 4, breakLength: Number.POSITIVE_INFINITY, compact: true });
}

/** A parameter list as `[$1 'a', $2 2]`, so a mismatch can be named by its placeholder. */
export function formatArgs(values: readonly unknown[]): string {
  if (values.length === 0) return '[]';
  return `[${values.map((value, i) => `$${i + 1} ${formatValue(value)}`).join(', ')}]`;
}
