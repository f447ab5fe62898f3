import type { SqlToken } from '../sql-tokens.js';
import { pg15ZoneArgument } from './pg15-catalog.js';

const isWord = (token: SqlToken | undefined, word: string): boolean =>
  token?.kind === 'word' && token.value === word;
const isPunct = (token: SqlToken | undefined, char: string): boolean =>
  token?.kind === 'punct' && token.value === char;

/** The functions taking a zone name, and the (0-based) place of that argument. */
const ZONE_ARGUMENTS: ReadonlyMap<string, number> = new Map([
  ['timezone', 0],
  ['date_trunc', 2],
  ['make_timestamptz', 6],
]);

/** The function whose argument the token at `index` is the whole of, and that argument's place. */
function callArgument(tokens: readonly SqlToken[], index: number): [string, number] | undefined {
  if (!isPunct(tokens[index + 1], ',') && !isPunct(tokens[index + 1], ')')) return undefined;
  let depth = 0;
  let place = 0;
  for (let at = index - 1; at >= 0; at -= 1) {
    const token = tokens[at];
    if (isPunct(token, ')') || isPunct(token, ']')) depth += 1;
    else if (isPunct(token, '[')) depth -= 1;
    else if (isPunct(token, '(')) {
      if (depth === 0) {
        const name = tokens[at - 1];
        if (at + 1 !== index && !isPunct(tokens[index - 1], ',')) return undefined;
        return name?.kind === 'word' ? [name.value, place] : undefined;
      }
      depth -= 1;
    } else if (depth === 0 && isPunct(token, ',')) place += 1;
  }
  return undefined;
}

/** Whether the token at `index` is a zone argument: after AT TIME ZONE, or in a zone function's place. */
function isZoneArgument(tokens: readonly SqlToken[], index: number): boolean {
  if (
    isWord(tokens[index - 1], 'zone') &&
    isWord(tokens[index - 2], 'time') &&
    isWord(tokens[index - 3], 'at')
  )
    return true;
  const call = callArgument(tokens, index);
  return call !== undefined && ZONE_ARGUMENTS.get(call[0]) === call[1];
}

/**
 * The numbers of the parameters (`$2` is 2) given as a zone argument: a text bound there that is one
 * of those abbreviations is bound as the set's offset (`pg15ZoneArgument`), as a constant is written.
 */
export function zoneParameters(tokens: readonly SqlToken[]): ReadonlySet<number> {
  const found = new Set<number>();
  for (const [index, token] of tokens.entries()) {
    if (token.kind === 'param' && isZoneArgument(tokens, index)) found.add(Number(token.value.slice(1)));
  }
  return found;
}

/**
 * A zone written as a string constant that is one of the abbreviations 18 reads by the session's
 * zone before the abbreviation set (`AT TIME ZONE 'IST'` under Asia/Kolkata is +05:30 on 18, the
 * set's +02:00 on 15): rewritten as the set's fixed offset, which both read alike (a parameter's
 * value likewise, `zoneParameters`). A zone from a column is read by PGlite as it is.
 */
export function zoneArgumentEdits(
  tokens: readonly SqlToken[],
): { start: number; end: number; text: string }[] {
  return tokens.flatMap((token, index) => {
    if (token.kind !== 'string' || !token.value.startsWith("'")) return [];
    const zone = pg15ZoneArgument(token.value.slice(1, -1));
    if (zone === undefined) return [];
    return isZoneArgument(tokens, index) ? [{ start: token.start, end: token.end, text: `'${zone}'` }] : [];
  });
}
