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

/** Functions an operand the check repeats may call: pure, so evaluating it again changes nothing. */
const REPEATABLE_CALLS = new Set(['coalesce', 'nullif', 'greatest', 'least']);
/** Keywords such an operand may hold. */
const REPEATABLE_WORDS = new Set([
  'case',
  'when',
  'then',
  'else',
  'end',
  'is',
  'not',
  'null',
  'and',
  'or',
  'true',
  'false',
  'distinct',
  'from',
  'array',
]);
const REPEATABLE_PUNCT = new Set(['(', ')', ',', '.', '::', '[', ']']);

/** The index of the token closing the `(` or `[` at `open`. */
function closingAt(tokens: readonly SqlToken[], open: number): number | undefined {
  let depth = 0;
  for (let at = open; at < tokens.length; at += 1) {
    const token = tokens[at];
    if (isPunct(token, '(') || isPunct(token, '[')) depth += 1;
    else if (isPunct(token, ')') || isPunct(token, ']')) {
      depth -= 1;
      if (depth === 0) return at;
    }
  }
  return undefined;
}

/** The index of the token opening the `)` at `close`. */
function openingAt(tokens: readonly SqlToken[], close: number): number | undefined {
  let depth = 0;
  for (let at = close; at >= 0; at -= 1) {
    const token = tokens[at];
    if (isPunct(token, ')') || isPunct(token, ']')) depth += 1;
    else if (isPunct(token, '(') || isPunct(token, '[')) {
      depth -= 1;
      if (depth === 0) return at;
    }
  }
  return undefined;
}

/**
 * The columns an operand of these tokens names, or undefined when it is none the check may
 * evaluate again (a call other than COALESCE, NULLIF, GREATEST or LEAST, a subquery, an operator
 * other than concatenation and comparison).
 */
function repeatableColumns(tokens: readonly SqlToken[], { first, last }: Chain): Set<string> | undefined {
  const columns = new Set<string>();
  for (let at = first; at <= last; at += 1) {
    const token = tokens[at];
    if (!token) return undefined;
    if (token.kind === 'string' || token.kind === 'number' || token.kind === 'param') continue;
    if (token.kind === 'punct') {
      if (!REPEATABLE_PUNCT.has(token.value)) return undefined;
      // A type name after `::` is not a column.
      if (token.value === '::' && tokens[at + 1]?.kind === 'word') at += 1;
      continue;
    }
    if (token.kind === 'op') {
      if (!['|', '=', '<', '>', '!'].includes(token.value)) return undefined;
      // `=>`: a named argument (`regexp_count(string => a, ...)`), no operand of its own.
      const next = tokens[at + 1];
      if (token.value === '=' && next?.value === '>' && next.start === token.end) return undefined;
      continue;
    }
    if (token.kind === 'word' && isPunct(tokens[at + 1], '(')) {
      if (!REPEATABLE_CALLS.has(token.value)) return undefined;
      continue;
    }
    if (token.kind === 'word' && REPEATABLE_WORDS.has(token.value)) continue;
    // An explicit COLLATE decides the collation (or conflicts at parse time, 42P21, as PGlite says
    // too): the check would move that error's position.
    if (!isName(token) || isWord(token, 'collate')) return undefined;
    const chain = chainFrom(tokens, at);
    if (!chain) return undefined;
    columns.add(
      tokens
        .slice(chain.first, chain.last + 1)
        .map((part) => part.value)
        .join(''),
    );
    at = chain.last;
  }
  return columns;
}

/** The operand an operator's right side starts at `first`: a column, a string, a parenthesis, a call, a CASE. */
function operandFrom(tokens: readonly SqlToken[], first: number): Chain | undefined {
  const token = tokens[first];
  if (token?.kind === 'string') return { first, last: first };
  if (isPunct(token, '(')) {
    const last = closingAt(tokens, first);
    return last === undefined ? undefined : { first, last };
  }
  if (token?.kind === 'word' && REPEATABLE_CALLS.has(token.value) && isPunct(tokens[first + 1], '(')) {
    const last = closingAt(tokens, first + 1);
    return last === undefined ? undefined : { first, last };
  }
  if (isWord(token, 'case')) {
    let depth = 0;
    for (let at = first; at < tokens.length; at += 1) {
      if (isWord(tokens[at], 'case')) depth += 1;
      else if (isWord(tokens[at], 'end')) {
        depth -= 1;
        if (depth === 0) return { first, last: at };
      }
    }
    return undefined;
  }
  return chainFrom(tokens, first);
}

/** The operand an operator's left side ends at `last`, as `operandFrom` reads one. */
function operandTo(tokens: readonly SqlToken[], last: number): Chain | undefined {
  const token = tokens[last];
  if (token?.kind === 'string') return { first: last, last };
  if (isPunct(token, ')')) {
    const open = openingAt(tokens, last);
    if (open === undefined) return undefined;
    const name = tokens[open - 1];
    return name?.kind === 'word' && REPEATABLE_CALLS.has(name.value)
      ? { first: open - 1, last }
      : { first: open, last };
  }
  if (isWord(token, 'end')) {
    let depth = 0;
    for (let at = last; at >= 0; at -= 1) {
      if (isWord(tokens[at], 'end')) depth += 1;
      else if (isWord(tokens[at], 'case')) {
        depth -= 1;
        if (depth === 0) return { first: at, last };
      }
    }
    return undefined;
  }
  return chainTo(tokens, last);
}

const SPLITTING_WORDS = new Set(['from', 'for', 'similar']);

/**
 * Whether the token at `index` is in a CREATE or ALTER statement, whose expressions are kept as
 * written (an index's, a view's: the catalog shows them), or in an EXPLAIN, whose plan prints them.
 */
function inDefinition(tokens: readonly SqlToken[], index: number): boolean {
  let at = index;
  while (at > 0 && !isPunct(tokens[at - 1], ';')) at -= 1;
  return isWord(tokens[at], 'create') || isWord(tokens[at], 'alter') || isWord(tokens[at], 'explain');
}

/** The arguments of the call whose `(` is at `open`, each a span of tokens, split at its top-level commas (and FROM). */
function callArguments(tokens: readonly SqlToken[], open: number): Chain[] | undefined {
  const close = closingAt(tokens, open);
  if (close === undefined) return undefined;
  const spans: Chain[] = [];
  let first = open + 1;
  let depth = 0;
  let inCase = 0;
  for (let at = open + 1; at <= close; at += 1) {
    const token = tokens[at];
    if (isPunct(token, '(') || isPunct(token, '[')) depth += 1;
    else if ((isPunct(token, ')') || isPunct(token, ']')) && at !== close) depth -= 1;
    else if (isWord(token, 'case')) inCase += 1;
    else if (isWord(token, 'end')) inCase -= 1;
    else if (
      depth === 0 &&
      (at === close || isPunct(token, ',') || (inCase === 0 && SPLITTING_WORDS.has(token?.value ?? '')))
    ) {
      if (at === first) return undefined;
      spans.push({ first, last: at - 1 });
      // substring(x FROM y FOR z) and SIMILAR: not a regular expression's two arguments.
      if (isWord(token, 'for') || isWord(token, 'similar')) return undefined;
      first = at + 1;
    }
  }
  return spans;
}

export interface CollationEdits {
  readonly edits: { start: number; end: number; text: string }[];
  /** 15's name of the construct in its 42P22 message, when the edits are for one construct only. */
  readonly collationFor?: string;
}

export function indeterminateCollationEdits(tokens: readonly SqlToken[], text: string): CollationEdits {
  const edits: { start: number; end: number; text: string }[] = [];
  const constructs = new Set<string>();
  // The spans already checked: an operand is checked once.
  const covered: { start: number; end: number }[] = [];
  // `plain`: two text columns; `cast`: operands of any type (a non-text one compares under the
  // default collation, which conflicts with none); `any`: the right is ANY/ALL's array. The left
  // operand stays where it was written, as the CASE's THEN, so that an error PGlite places in the
  // CASE's value (42P21 where GROUP BY needs its collation) keeps 15's position.
  const check = (
    left: Chain,
    right: Chain,
    construct: string,
    form: 'plain' | 'cast' | 'any' = 'plain',
  ): void => {
    const a = source(text, tokens, left);
    const b = source(text, tokens, right);
    const start = tokens[left.first]?.start ?? 0;
    const end = tokens[left.last]?.end ?? 0;
    if (covered.some((span) => span.start < end && start < span.end)) return;
    covered.push({ start, end });
    const test =
      form === 'plain'
        ? `pg_catalog.text_lt(${a}, ${b})`
        : form === 'cast'
          ? `pg_catalog.text_lt((${a})::pg_catalog.text, (${b})::pg_catalog.text)`
          : `(${a})::pg_catalog.text OPERATOR(pg_catalog.<) ANY ((${b})::pg_catalog.text[])`;
    const [open, close] = form === 'plain' ? ['', ''] : ['(', ')'];
    edits.push(
      { start, end: start, text: `(CASE WHEN ${test} THEN ${open}` },
      { start: end, end, text: `${close} ELSE ${open}${a}${close} END)` },
    );
    constructs.add(construct);
  };
  // Operands that are expressions (`COALESCE(a, b)`, `a || '-' || b`, a CASE): checked as a whole,
  // evaluated again by the check, so only ones naming two columns or more and calling nothing that
  // an evaluation more could change (repeatableColumns).
  const conflicting = (...spans: Chain[]): boolean => {
    const columns = new Set<string>();
    for (const span of spans) {
      const found = repeatableColumns(tokens, span);
      if (!found) return false;
      for (const column of found) columns.add(column);
    }
    return columns.size >= 2;
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
      else if (!inDefinition(tokens, index)) {
        const subject = operandTo(tokens, negated - 1);
        const quantified =
          (isWord(tokens[end + 1], 'any') ||
            isWord(tokens[end + 1], 'all') ||
            isWord(tokens[end + 1], 'some')) &&
          isPunct(tokens[end + 2], '(');
        const close = quantified ? closingAt(tokens, end + 2) : undefined;
        const pattern =
          close !== undefined
            ? { first: end + 2, last: close }
            : quantified
              ? undefined
              : operandFrom(tokens, end + 1);
        if (
          subject &&
          pattern &&
          startsOperand(tokens[subject.first - 1]) &&
          endsOperand(tokens[pattern.last + 1]) &&
          !isWord(tokens[pattern.last + 1], 'escape') &&
          conflicting(subject, pattern)
        )
          check(subject, pattern, construct, quantified ? 'any' : 'cast');
      }
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
    const isSubstring = token.value === 'substring';
    if (
      (REGEX_FUNCTIONS.has(token.value) || CASE_FUNCTIONS.has(token.value) || isSubstring) &&
      !inDefinition(tokens, index)
    ) {
      const [subject, pattern, ...rest] = callArguments(tokens, index + 1) ?? [];
      if (CASE_FUNCTIONS.has(token.value)) {
        if (subject && !pattern && conflicting(subject))
          check(subject, subject, `${token.value}() function`, 'cast');
      } else if (subject && pattern && !(isSubstring && rest.length > 0) && conflicting(subject, pattern))
        check(subject, pattern, REGULAR_EXPRESSION, 'cast');
    }
  }
  const [only] = constructs;
  return constructs.size === 1 && only !== undefined ? { edits, collationFor: only } : { edits };
}
