/** The source text of each numeric literal, by its node: the parser keeps only a JavaScript number. */
const writtenText = new WeakMap<object, string>();
/** SELECTs written in parentheses, which the parser does not keep. */
const parenthesized = new WeakSet<object>();

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
    // A SELECT's location reaches its closing parenthesis when written in parentheses, past its
    // last token: `A UNION ALL (B ORDER BY x LIMIT 1)`, where the ORDER BY and LIMIT are B's own.
    const end: unknown = typeof location === 'object' && location !== null && Reflect.get(location, 'end');
    if (Reflect.get(node, 'type') === 'select' && typeof end === 'number' && end > lastTokenEnd(node))
      parenthesized.add(node);
    Reflect.deleteProperty(node, '_location');
  }
  for (const value of Object.values(node)) noteNumericLiterals(value, sql);
}

/** A numeric literal's text as written (`1.50`, `-0.10`), when its statement was noted. */
export function writtenNumeric(node: object): string | undefined {
  return writtenText.get(node);
}

/** True for a SELECT its statement wrote in parentheses, when its statement was noted. */
export function isParenthesized(node: object): boolean {
  return parenthesized.has(node);
}

/** Where the last token under a node ends (its own location left out), -1 when none is known. */
function lastTokenEnd(node: object): number {
  let end = -1;
  for (const [key, value] of Object.entries(node)) {
    if (key === '_location' || typeof value !== 'object' || value === null) continue;
    const location: unknown = Reflect.get(value, '_location');
    if (typeof location === 'object' && location !== null) {
      const child: unknown = Reflect.get(location, 'end');
      if (typeof child === 'number') end = Math.max(end, child);
    }
    end = Math.max(end, lastTokenEnd(value));
  }
  return end;
}
