/** The source text of each numeric literal, by its node: the parser keeps only a JavaScript number. */
const writtenText = new WeakMap<object, string>();

/**
 * Notes the written text of every numeric literal in a statement tree parsed with location
 * tracking, and removes the locations (pg-mem's coverage check would count them as unread parts).
 * `1.50` is numeric with scale 2 in PostgreSQL, and prints so; the parser hands over 1.5.
 */
export function noteNumericLiterals(node: unknown, sql: string): void {
  if (Array.isArray(node)) {
    for (const item of node) noteNumericLiterals(item, sql);
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  const location: unknown = Reflect.get(node, '_location');
  if (location !== undefined) {
    if (Reflect.get(node, 'type') === 'numeric' && typeof location === 'object' && location !== null) {
      const start: unknown = Reflect.get(location, 'start');
      const end: unknown = Reflect.get(location, 'end');
      if (typeof start === 'number' && typeof end === 'number') writtenText.set(node, sql.slice(start, end));
    }
    Reflect.deleteProperty(node, '_location');
  }
  for (const value of Object.values(node)) noteNumericLiterals(value, sql);
}

/** A numeric literal's text as written (`1.50`, `-0.10`), when its statement was noted. */
export function writtenNumeric(node: object): string | undefined {
  return writtenText.get(node);
}
