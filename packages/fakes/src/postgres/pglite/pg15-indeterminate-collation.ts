import type { SqlToken } from '../sql-tokens.js';

/**
 * 15's 42P22 for ILIKE, regular expressions and lower()/upper()/initcap() over an indeterminate
 * collation: two operands of different non-default implicit collations (a `"C"` column against a
 * `"POSIX"` or ICU one). 15 raises it where the function runs; 18 runs these functions with no
 * collation and answers. Nothing inside PGlite can see a call's missing collation (a SQL or
 * PL/pgSQL wrapper's parameters take the default one), but 18 still raises 42P22 for a string
 * comparison under one: where the operands are plain column references, the first is written as
 * `(CASE WHEN pg_catalog.text_lt(a, b) THEN a ELSE a END)`, the same value with the same implicit
 * collation, which compares the two under their merged collation first (and, both being strict,
 * only where 15's function would run: never for a NULL, never on an empty table). The engine then
 * gives the error 15's wording for the construct (`collationFor`). Operands that are expressions
 * (`a || 'x' ILIKE b`) are left as PGlite answers them.
 */

const isPunct = (token: SqlToken | undefined, char: string): boolean =>
  token?.kind === 'punct' && token.value === char;
const isWord = (token: SqlToken | undefined, word: string): boolean =>
  token?.kind === 'word' && token.value === word;

/** Keywords that end or open an operand: never a column's name here. */
const NOT_COLUMNS = new Set([
  'select',
  'where',
  'and',
  'or',
  'not',
  'when',
  'then',
  'else',
  'end',
  'case',
  'on',
  'having',
  'from',
  'as',
  'by',
  'escape',
  'similar',
  'to',
  'ilike',
  'like',
  'in',
  'is',
  'null',
  'true',
  'false',
  'any',
  'all',
  'some',
  'array',
  'return',
  'returning',
  'set',
  'values',
  'distinct',
  'order',
  'group',
  'limit',
]);

const REGEX_FUNCTIONS = new Set([
  'regexp_replace',
  'regexp_match',
  'regexp_matches',
  'regexp_like',
  'regexp_count',
  'regexp_instr',
  'regexp_substr',
  'regexp_split_to_array',
  'regexp_split_to_table',
]);
const CASE_FUNCTIONS = new Set(['lower', 'upper', 'initcap']);

export const ILIKE = 'ILIKE';
export const REGULAR_EXPRESSION = 'regular expression';

interface Chain {
  readonly first: number;
  readonly last: number;
}

const isName = (token: SqlToken | undefined): boolean =>
  token?.kind === 'quoted' || (token?.kind === 'word' && !NOT_COLUMNS.has(token.value));

/** A column reference (`a`, `t.a`, `"T"."a"`) starting at `first`. */
function chainFrom(tokens: readonly SqlToken[], first: number): Chain | undefined {
  if (!isName(tokens[first])) return undefined;
  let last = first;
  while (isPunct(tokens[last + 1], '.') && isName(tokens[last + 2])) last += 2;
  return { first, last };
}

/** A column reference ending at `last`. */
function chainTo(tokens: readonly SqlToken[], last: number): Chain | undefined {
  if (!isName(tokens[last])) return undefined;
  let first = last;
  while (isPunct(tokens[first - 1], '.') && isName(tokens[first - 2])) first -= 2;
  return { first, last };
}

/** Whether the tokens at `at` and after it are `||`. */
const isConcat = (tokens: readonly SqlToken[], at: number): boolean =>
  tokens[at]?.kind === 'op' &&
  tokens[at]?.value === '|' &&
  tokens[at + 1]?.value === '|' &&
  tokens[at + 1]?.start === tokens[at]?.end;

/** Whether the token after an operand ends it (so the operand is the column alone). */
const endsOperand = (token: SqlToken | undefined): boolean =>
  token === undefined ||
  isPunct(token, ',') ||
  isPunct(token, ')') ||
  isPunct(token, ';') ||
  (token.kind === 'word' && NOT_COLUMNS.has(token.value) && token.value !== 'escape' && token.value !== 'is');

/** Whether the token before an operand starts it. */
const startsOperand = (token: SqlToken | undefined): boolean =>
  token === undefined ||
  isPunct(token, ',') ||
  isPunct(token, '(') ||
  (token.kind === 'word' && NOT_COLUMNS.has(token.value));

/** The pattern operator (as 15 names its collation error) whose tokens run from `index` to `end`. */
function patternOperator(tokens: readonly SqlToken[], index: number): [string, number] | undefined {
  const token = tokens[index];
  if (isWord(token, 'ilike')) return [ILIKE, index];
  if (isWord(token, 'similar') && isWord(tokens[index + 1], 'to')) return [REGULAR_EXPRESSION, index + 1];
  if (token?.kind !== 'op') return undefined;
  let text = token.value;
  let end = index;
  while (tokens[end + 1]?.kind === 'op' && tokens[end + 1]?.start === tokens[end]?.end) {
    end += 1;
    text += tokens[end]?.value ?? '';
  }
  if (text === '~~*' || text === '!~~*') return [ILIKE, end];
  if (['~', '~*', '!~', '!~*'].includes(text)) return [REGULAR_EXPRESSION, end];
  return undefined;
}

const source = (text: string, tokens: readonly SqlToken[], { first, last }: Chain): string =>
  text.slice(tokens[first]?.start ?? 0, tokens[last]?.end ?? 0);

export interface CollationEdits {
  readonly edits: { start: number; end: number; text: string }[];
  /** 15's name of the construct in its 42P22 message, when the edits are for one construct only. */
  readonly collationFor?: string;
}

export function indeterminateCollationEdits(tokens: readonly SqlToken[], text: string): CollationEdits {
  const edits: { start: number; end: number; text: string }[] = [];
  const constructs = new Set<string>();
  const check = (left: Chain, right: Chain, construct: string): void => {
    const a = source(text, tokens, left);
    const b = source(text, tokens, right);
    const start = tokens[left.first]?.start ?? 0;
    const end = tokens[left.last]?.end ?? 0;
    if (edits.some((edit) => edit.start < end && start < edit.end)) return;
    edits.push({ start, end, text: `(CASE WHEN pg_catalog.text_lt(${a}, ${b}) THEN ${a} ELSE ${a} END)` });
    constructs.add(construct);
  };
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index];
    const operator = patternOperator(tokens, index);
    if (operator) {
      const [construct, end] = operator;
      const negated = isWord(tokens[index - 1], 'not') ? index - 1 : index;
      const left = chainTo(tokens, negated - 1);
      const right = chainFrom(tokens, end + 1);
      // `a || b ILIKE ...` / `... ~ a || b`: the operand's own two columns.
      const before = left && isConcat(tokens, left.first - 2) ? chainTo(tokens, left.first - 3) : undefined;
      const after = right && isConcat(tokens, right.last + 1) ? chainFrom(tokens, right.last + 3) : undefined;
      if (before && left && startsOperand(tokens[before.first - 1])) check(before, left, construct);
      else if (after && right && endsOperand(tokens[after.last + 1])) check(right, after, construct);
      else if (
        left &&
        right &&
        startsOperand(tokens[left.first - 1]) &&
        endsOperand(tokens[right.last + 1]) &&
        !isWord(tokens[right.last + 1], 'escape')
      )
        check(left, right, construct);
      index = end;
      continue;
    }
    if (token?.kind !== 'word' || !isPunct(tokens[index + 1], '(')) continue;
    if (REGEX_FUNCTIONS.has(token.value)) {
      const left = chainFrom(tokens, index + 2);
      const right =
        left && isPunct(tokens[left.last + 1], ',') ? chainFrom(tokens, left.last + 2) : undefined;
      if (left && right && (isPunct(tokens[right.last + 1], ',') || isPunct(tokens[right.last + 1], ')')))
        check(left, right, REGULAR_EXPRESSION);
    } else if (CASE_FUNCTIONS.has(token.value)) {
      const left = chainFrom(tokens, index + 2);
      const right = left && isConcat(tokens, left.last + 1) ? chainFrom(tokens, left.last + 3) : undefined;
      if (left && right && isPunct(tokens[right.last + 1], ')'))
        check(left, right, `${token.value}() function`);
    }
  }
  const [only] = constructs;
  return constructs.size === 1 && only !== undefined ? { edits, collationFor: only } : { edits };
}
