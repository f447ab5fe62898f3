import type { SqlToken } from '../sql-tokens.js';
import { ADDED_END, ADDED_START } from './pg15-body-marks.js';
import { PG15_HIDDEN_PREFIX, pg15ZoneArgument } from './pg15-catalog.js';
import { ZONE_DATA_ABBREVIATIONS } from './pg15-datetime-words.js';

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

/** The SQL function reading a zone argument as 15 does (pg15-catalog.ts's `zoneArgumentStatements`). */
export const ZONE_FUNCTION = `pg_catalog.${PG15_HIDDEN_PREFIX}zone15`;

const ZONE_DATA_WORDS: ReadonlySet<string> = new Set(
  ZONE_DATA_ABBREVIATIONS.map((word) => word.toLowerCase()),
);

/** The index of the `)` closing the `(` at `open`, or undefined. */
function closing(tokens: readonly SqlToken[], open: number): number | undefined {
  let depth = 0;
  for (let at = open; at < tokens.length; at += 1) {
    if (isPunct(tokens[at], '(') || isPunct(tokens[at], '[')) depth += 1;
    else if (isPunct(tokens[at], ')') || isPunct(tokens[at], ']')) {
      depth -= 1;
      if (depth === 0) return at;
    }
  }
  return undefined;
}

/** The last token of the operand of AT TIME ZONE starting at `first`, or undefined where it is none the fake reads. */
function operandEnd(tokens: readonly SqlToken[], first: number): number | undefined {
  const token = tokens[first];
  let last: number | undefined;
  if (token?.kind === 'param' || token?.kind === 'string') last = first;
  else if (isPunct(token, '(')) last = closing(tokens, first);
  else if (token?.kind === 'word' || token?.kind === 'quoted') {
    // A typed constant (`INTERVAL '1 hour'`) is not a zone's text.
    if (tokens[first + 1]?.kind === 'string') return undefined;
    last = first;
    while (isPunct(tokens[last + 1], '.') && ['word', 'quoted'].includes(tokens[last + 2]?.kind ?? ''))
      last += 2;
    if (isPunct(tokens[last + 1], '(')) last = closing(tokens, last + 1);
  }
  // A cast binds tighter than AT TIME ZONE: `z::text` is the operand.
  while (last !== undefined && isPunct(tokens[last + 1], '::') && tokens[last + 2]?.kind === 'word') {
    last += 2;
    while (isPunct(tokens[last + 1], '.') && tokens[last + 2]?.kind === 'word') last += 2;
    if (isPunct(tokens[last + 1], '(')) last = closing(tokens, last + 1);
  }
  return last;
}

/** Each zone argument's first and last token, and whether it is read as a POSIX zone (all but make_timestamptz's). */
function zoneSpans(tokens: readonly SqlToken[]): { first: number; last: number; posix: boolean }[] {
  const spans: { first: number; last: number; posix: boolean }[] = [];
  for (const [index, token] of tokens.entries()) {
    if (isWord(token, 'zone') && isWord(tokens[index - 1], 'time') && isWord(tokens[index - 2], 'at')) {
      const last = operandEnd(tokens, index + 1);
      if (last !== undefined) spans.push({ first: index + 1, last, posix: true });
      continue;
    }
    const place = token.kind === 'word' ? ZONE_ARGUMENTS.get(token.value) : undefined;
    if (place === undefined || !isPunct(tokens[index + 1], '(')) continue;
    const end = closing(tokens, index + 1);
    if (end === undefined) continue;
    let depth = 0;
    let argument = 0;
    let first = index + 2;
    for (let at = index + 2; at <= end; at += 1) {
      const current = tokens[at];
      if (isPunct(current, '(') || isPunct(current, '[')) depth += 1;
      else if ((isPunct(current, ')') || isPunct(current, ']')) && at !== end) depth -= 1;
      else if (depth === 0 && (isPunct(current, ',') || at === end)) {
        if (argument === place && at > first) {
          spans.push({ first, last: at - 1, posix: token.value !== 'make_timestamptz' });
          break;
        }
        argument += 1;
        first = at + 1;
      }
    }
  }
  return spans;
}

/**
 * Zone arguments (AT TIME ZONE's operand, timezone()'s, date_trunc()'s and make_timestamptz()'s)
 * read as 15 reads them. 18 looks a zone's text up in the session time zone's own data before
 * timezone_abbreviations' set: under Asia/Kolkata `IST` is +05:30 (15: the set's +02), under
 * Europe/Paris `PMT` is read (15: 22023, not recognized), under America/Sao_Paulo `-03` is that
 * zone's abbreviation, three hours west (15: a POSIX offset, three hours east). A string constant is
 * rewritten where it is one of those (the set's offset as a POSIX zone, `UTC` before a numeric
 * offset, or the function below for a zone 15 does not know); any other operand (a parameter, a
 * column, an expression) is handed to `ZONE_FUNCTION`, which reads its text so at run time. (A
 * column's value: round 25; a constant's and a parameter's, round 16.)
 */
export function zoneArgumentEdits(
  tokens: readonly SqlToken[],
): { start: number; end: number; text: string }[] {
  return zoneSpans(tokens).flatMap(({ first, last, posix }) => {
    const head = tokens[first];
    const tail = tokens[last];
    if (!head || !tail) return [];
    if (first === last && head.kind === 'string' && head.value.startsWith("'")) {
      const text = head.value.slice(1, -1);
      const zone = pg15ZoneArgument(text);
      if (zone !== undefined) return [{ start: head.start, end: head.end, text: `'${zone}'` }];
      if (posix && /^[+-]\d/.test(text)) return [{ start: head.start, end: head.end, text: `'UTC${text}'` }];
      if (!ZONE_DATA_WORDS.has(text.toLowerCase())) return [];
    }
    return [
      { start: head.start, end: head.start, text: `${ZONE_FUNCTION}(` },
      { start: tail.end, end: tail.end, text: `, ${posix})` },
    ];
  });
}

/**
 * The zone arguments of a function or DO body (SQL or PL/pgSQL, as the text between its quotes),
 * read as 15 reads them when the body runs: each one 18 may read otherwise (a constant of those
 * listed above, or any other operand) is handed to `ZONE_FUNCTION`. A constant is wrapped, not
 * replaced, and what is added is marked (pg15-body-marks.ts), so that pg_proc.prosrc and
 * pg_get_functiondef show the body as written.
 */
export function zoneArgumentBodyEdits(
  tokens: readonly SqlToken[],
): { start: number; end: number; text: string }[] {
  return zoneSpans(tokens).flatMap(({ first, last, posix }) => {
    const head = tokens[first];
    const tail = tokens[last];
    if (!head || !tail) return [];
    if (first === last && head.kind === 'string' && head.value.startsWith("'")) {
      const text = head.value.slice(1, -1);
      const differs =
        pg15ZoneArgument(text) !== undefined ||
        (posix && /^[+-]\d/.test(text)) ||
        ZONE_DATA_WORDS.has(text.toLowerCase());
      if (!differs) return [];
    }
    return [
      { start: head.start, end: head.start, text: `${ADDED_START}${ZONE_FUNCTION}(${ADDED_END}` },
      { start: tail.end, end: tail.end, text: `${ADDED_START}, ${posix})${ADDED_END}` },
    ];
  });
}
