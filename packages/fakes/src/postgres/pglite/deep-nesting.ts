/**
 * Parameters nested deeper than PGlite's JavaScript stack allows. PostgreSQL 15 parses json and jsonb
 * recursively on its C stack (2MB `max_stack_depth`): about 14,500 levels parse, deeper ones fail
 * with 54001. PGlite (WASM on the JavaScript stack) overflows near 5,500 levels and is left broken
 * (the request's messages lost, buffer pins held), so such a value must never reach it.
 */

/** The deepest nesting the fake lets through to PGlite: well under where its stack overflows. */
export const PGLITE_SAFE_DEPTH = 4000;
/** Where PostgreSQL 15 surely answers 54001 (it overflows near 14,500 levels of json). */
export const PG15_OVERFLOW_DEPTH = 30_000;

export interface DeepParam {
  /** 1-based parameter number. */
  readonly index: number;
  /** True when PostgreSQL 15 answers 54001 for it (a valid json opening nested past its limit). */
  readonly overflowsPg15: boolean;
}

/** The greatest depth of `[`, `{` and `(` in `value`, outside double-quoted strings. */
export function nestingDepth(value: string): number {
  let depth = 0;
  let deepest = 0;
  let quoted = false;
  for (let at = 0; at < value.length; at++) {
    const char = value.charCodeAt(at);
    if (quoted) {
      if (char === 92) at++;
      else if (char === 34) quoted = false;
    } else if (char === 34) quoted = true;
    else if (char === 91 || char === 123 || char === 40) {
      depth++;
      if (depth > deepest) deepest = depth;
    } else if (char === 93 || char === 125 || char === 41) depth = Math.max(0, depth - 1);
  }
  return deepest;
}

/** How many levels of json a value opens before anything else: `[` or `{"key":`, with whitespace. */
export function validJsonOpening(value: string): number {
  let levels = 0;
  let at = 0;
  const space = () => {
    while (at < value.length && /\s/.test(value.charAt(at))) at++;
  };
  for (;;) {
    space();
    const char = value.charAt(at);
    if (char === '[') {
      at++;
      levels++;
      continue;
    }
    if (char !== '{') return levels;
    at++;
    space();
    if (value.charAt(at) !== '"') return levels + 1;
    at++;
    while (at < value.length && value.charAt(at) !== '"') at += value.charAt(at) === '\\' ? 2 : 1;
    at++;
    space();
    if (value.charAt(at) !== ':') return levels + 1;
    at++;
    levels++;
  }
}

/**
 * The first parameter nested too deeply for PGlite that may be read as json, jsonb or jsonpath (the
 * statement names one, or the value opens as json that deep: an untyped `INSERT ... VALUES ($1)`
 * into a jsonb column); undefined when every parameter is safe. A text value nested as deep is left.
 */
export function deepParam(text: string, params: readonly (string | null)[]): DeepParam | undefined {
  const namesJson = /json/i.test(text);
  for (const [index, value] of params.entries()) {
    if (value === null || value.length <= PGLITE_SAFE_DEPTH) continue;
    if (nestingDepth(value) <= PGLITE_SAFE_DEPTH) continue;
    const opening = validJsonOpening(value);
    if (!namesJson && opening <= PGLITE_SAFE_DEPTH) continue;
    return { index: index + 1, overflowsPg15: opening >= PG15_OVERFLOW_DEPTH };
  }
  return undefined;
}
