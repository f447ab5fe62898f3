import { type SqlToken, tokenize } from '../sql-tokens.js';
import { ADDED_END, ADDED_START } from './pg15-body-marks.js';
import { wrapperFramesPattern } from './pg15-wrapper-frames.js';

/**
 * What a PL/pgSQL exception handler reads, as PostgreSQL 15 would have it. PGlite (PostgreSQL 18)
 * raises some errors with another SQLSTATE, message or detail than 15 (RESTRICT's 23001, a NULL
 * json key's 22004, XPath faults' 10608); pg15-errors.ts puts an error back as 15 reports it when
 * it reaches the client, but a handler catches it inside the engine first. So the handlers of a
 * body are rewritten where they read the error: `SQLSTATE` and `SQLERRM` become the value 15 would
 * give, and so do the items of `GET STACKED DIAGNOSTICS` (assigned again after the statement); a
 * handler's conditions catch what 16-18 raise in place of 15's code; and where 15's answer cannot
 * be computed inside the engine (a date 15 reads and 18 refuses, an array literal's detail) a
 * handler that could catch the error refuses loudly instead of handling an error 15 never raised.
 * A fake's refusal caught by `WHEN OTHERS` is raised again, not swallowed. Every edit stays on
 * its line, so line numbers in context lines are unchanged.
 */

/** One text edit of a body (as pg15-dialect.ts's). */
export interface HandlerEdit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

const isWord = (token: SqlToken | undefined, ...words: string[]): boolean =>
  token?.kind === 'word' && words.includes(token.value);
const isPunct = (token: SqlToken | undefined, value: string): boolean =>
  token?.kind === 'punct' && token.value === value;
const literal = (value: string): string => `'${value.replaceAll("'", "''")}'`;
const stringText = (token: SqlToken | undefined): string | undefined =>
  token?.kind === 'string' && token.value.startsWith("'")
    ? token.value.slice(1, -1).replaceAll("''", "'")
    : undefined;

const RESTRICT_MESSAGE =
  '^(update or delete on table ".*" violates) RESTRICT setting of (foreign key constraint ".*" on table ".*")$';
const NULL_KEY_MESSAGE = 'null value not allowed for object key';
/** 15's SQLSTATE of each XPath report 16 moved to 10608 (as pg15-errors.ts's XPATH_CODES_15). */
const XPATH_CODES_15: readonly (readonly [string, string])[] = [
  ['empty XPath expression', '22000'],
  ['row path filter must not be empty string', '22000'],
  ['column path filter must not be empty string', '22000'],
  ['could not create XPath object', 'XX000'],
  ['invalid XPath expression', 'XX000'],
];
/** Text a fake's refusal carries (the engines' "not supported by the fake" errors). */
const REFUSAL_TEXT = 'so the fake (cannot answer as 15 does|refuses it)|not supported by the fake';
const UNIT_LETTER_DATE = String.raw`^invalid input syntax for type (date|timestamp|timestamp with time zone|timestamp without time zone): "\s*y\d+m\d+d\d+(\s|")`;
const AGO_BEFORE_END = String.raw`^invalid input syntax for type interval: ".*\mago\M\s+\S.*"$`;
/** The details 17's rewritten array_in gives where 15's reader may have found something else. */
const ARRAY_DETAILS_SINCE_17 = [
  'Incorrectly quoted array element.',
  'Multidimensional arrays must have sub-arrays with matching dimensions.',
  'Unexpected array element.',
];

/** A SQL function's innermost frame: 15 parsed the whole body "during startup" (as pg15-errors.ts). */
const SQL_STATEMENT_FRAME = String.raw`^(SQL function "[^"\n]+") statement \d+(\n|$)`;
const DURING_STARTUP = String.raw`\1 during startup\2`;

function refusal(what: string): string {
  return `RAISE EXCEPTION USING ERRCODE = '0A000', MESSAGE = ${literal(`${what}, so the fake cannot answer as 15 does: run this test on the real server`)};`;
}

/**
 * The key argument `json_build_object` found NULL, as 15 numbers it: the first literal NULL in a key
 * place of the text's first call (18 no longer says which).
 */
export function nullKeyArgument(text: string): number | undefined {
  const start = /\bjson_build_object\s*\(/i.exec(text);
  if (!start) return undefined;
  const args: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of text.slice(start.index + start[0].length)) {
    if (char === '(') depth += 1;
    if (char === ')' && depth-- === 0) break;
    if (char === ',' && depth === 0) {
      args.push(current);
      current = '';
    } else current += char;
  }
  args.push(current);
  const index = args.findIndex((arg, at) => at % 2 === 0 && /^\s*null\s*$/i.test(arg));
  return index < 0 ? undefined : index + 1;
}

interface BodyFacts {
  /** json_build_object / json_object_agg called in the body (16 raises their NULL key as 22004). */
  readonly jsonKeys: boolean;
  /** 15's message for a NULL json key in this body. */
  readonly nullKeyMessage: string;
  readonly xmltable: boolean;
}

function bodyFacts(body: string, tokens: readonly SqlToken[]): BodyFacts {
  const built = tokens.some((token) => isWord(token, 'json_build_object'));
  const aggregated = tokens.some((token) => isWord(token, 'json_object_agg'));
  return {
    jsonKeys: built || aggregated,
    nullKeyMessage: built
      ? `argument ${nullKeyArgument(body) ?? 1} cannot be null`
      : 'field name must not be null',
    xmltable: tokens.some((token) => isWord(token, 'xmltable')),
  };
}

/** 15's SQLSTATE of the error a handler caught, as an expression over SQLSTATE and SQLERRM. */
function sqlstateExpression(facts: BodyFacts, state: string, message: string): string {
  const cases = [
    `WHEN ${state} = '23001' AND ${message} ~ ${literal(RESTRICT_MESSAGE)} THEN '23503'`,
    ...(facts.jsonKeys
      ? [`WHEN ${state} = '22004' AND ${message} = ${literal(NULL_KEY_MESSAGE)} THEN '22023'`]
      : []),
    ...XPATH_CODES_15.map(
      ([text, code]) => `WHEN ${state} = '10608' AND ${message} = ${literal(text)} THEN '${code}'`,
    ),
  ];
  return `(CASE ${cases.join(' ')} ELSE ${state} END)`;
}

/** 15's message of the error a handler caught. */
function messageExpression(facts: BodyFacts, state: string, message: string): string {
  const cases = [
    `WHEN ${state} = '23001' AND ${message} ~ ${literal(RESTRICT_MESSAGE)} THEN regexp_replace(${message}, ${literal(RESTRICT_MESSAGE)}, '\\1 \\2')`,
    ...(facts.jsonKeys
      ? [
          `WHEN ${state} = '22004' AND ${message} = ${literal(NULL_KEY_MESSAGE)} THEN ${literal(facts.nullKeyMessage)}`,
        ]
      : []),
  ];
  return `(CASE ${cases.join(' ')} ELSE ${message} END)`;
}

/** The statements that put a GET STACKED DIAGNOSTICS item read into `target` back as 15 has it. */
function diagnosticsFix(facts: BodyFacts, item: string, target: string): string | undefined {
  switch (item) {
    case 'returned_sqlstate':
      return ` ${target} := ${sqlstateExpression(facts, 'SQLSTATE', 'SQLERRM')};`;
    case 'message_text':
      return ` ${target} := ${messageExpression(facts, 'SQLSTATE', 'SQLERRM')};`;
    case 'pg_exception_detail':
      return ` IF SQLSTATE = '22P02' AND SQLERRM LIKE 'malformed array literal: %' AND ${target} IN (${ARRAY_DETAILS_SINCE_17.map(literal).join(', ')}) THEN ${refusal("a malformed array literal's detail read in an exception handler: PGlite (PostgreSQL 18) finds another fault in some literals than PostgreSQL 15's reader")} END IF; IF SQLSTATE = '23001' AND SQLERRM ~ ${literal(RESTRICT_MESSAGE)} THEN ${target} := replace(${target}, ' is referenced from table ', ' is still referenced from table '); END IF;`;
    case 'pg_exception_context':
      // 16 names a PL/pgSQL expression's frame `PL/pgSQL expression "..."`; 15 `SQL expression "..."`.
      return ` ${target} := regexp_replace(regexp_replace(${target}, ${literal(wrapperFramesPattern())}, '', 'gn'), '^PL/pgSQL expression "', 'SQL expression "', 'gn'); IF (SQLSTATE ~ '^42' AND SQLSTATE <> '42501') OR SQLSTATE = '0A000' THEN ${target} := regexp_replace(${target}, ${literal(SQL_STATEMENT_FRAME)}, ${literal(DURING_STARTUP)}); END IF;`;
    case 'pg_exception_hint':
      return ` ${target} := regexp_replace(regexp_replace(${target}, '^Perhaps you need a different "DateStyle" setting\\.$', 'Perhaps you need a different "datestyle" setting.'), '^Valid units are "bytes", "B", ', 'Valid units are "bytes", ');`;
    default:
      return undefined;
  }
}

/** Condition names whose SQLSTATE the entry checks below need (a class name covers its class). */
const CONDITION_CODES: ReadonlyMap<string, string> = new Map([
  ['data_exception', '22000'],
  ['invalid_datetime_format', '22007'],
  ['feature_not_supported', '0A000'],
  ['invalid_argument_for_xquery', '10608'],
]);

/** Whether a handler with these conditions may catch an error of `code`. */
function mayCatch(conditions: readonly string[], code: string): boolean {
  return conditions.some(
    (condition) =>
      condition === 'others' ||
      condition === code ||
      (condition.endsWith('000') && condition.slice(0, 2) === code.slice(0, 2)),
  );
}

/** The checks a handler starts with: refusals where 15's answer cannot be given. */
function entryChecks(facts: BodyFacts, conditions: readonly string[]): string {
  const checks: string[] = [];
  if (mayCatch(conditions, '0A000'))
    checks.push(`IF SQLSTATE = '0A000' AND SQLERRM ~ ${literal(REFUSAL_TEXT)} THEN RAISE; END IF;`);
  if (mayCatch(conditions, '22007')) {
    checks.push(
      `IF SQLSTATE = '22007' AND SQLERRM ~* ${literal(UNIT_LETTER_DATE)} THEN ${refusal('a date or timestamp with a unit letter before each field (y2024m02d29) caught by an exception handler: PostgreSQL 15 reads it, PGlite (PostgreSQL 18) refuses it')} END IF;`,
      `IF SQLSTATE = '22007' AND SQLERRM ~* ${literal(AGO_BEFORE_END)} THEN ${refusal('an interval with "ago" before its end caught by an exception handler: PostgreSQL 15 reads it (negating the whole interval), PGlite (PostgreSQL 18) refuses it')} END IF;`,
    );
  }
  if (facts.xmltable && conditions.includes('others'))
    checks.push(
      `IF SQLSTATE = '10608' AND SQLERRM = 'invalid XPath expression' THEN ${refusal('an XPath that does not compile in XMLTABLE caught by an exception handler: PostgreSQL 15 reports it as 42601 for the row path and 22000 for a column path, PGlite (PostgreSQL 18) as 10608 for both')} END IF;`,
    );
  return checks.length === 0 ? '' : ` ${checks.join(' ')}`;
}

/**
 * The edits of a PL/pgSQL body's exception handlers (see the module's comment). `body` is the
 * function's source (inside its quotes), `tokens` its tokens.
 */
export function handlerEdits(body: string, tokens: readonly SqlToken[] = tokenize(body)): HandlerEdit[] {
  if (!tokens.some((token, index) => isWord(token, 'exception') && isWord(tokens[index + 1], 'when')))
    return [];
  const facts = bodyFacts(body, tokens);
  const edits: HandlerEdit[] = [];
  /** Open blocks and statements; a BEGIN block's frame notes when its EXCEPTION section starts. */
  const stack: { kind: 'begin' | 'other'; handling: boolean }[] = [];
  const statementStart = (index: number): boolean => {
    const previous = tokens[index - 1];
    return (
      previous === undefined ||
      isPunct(previous, ';') ||
      isWord(previous, 'then', 'else', 'loop', 'begin') ||
      (previous.kind === 'op' && previous.value.endsWith('>>'))
    );
  };
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index];
    if (!token) continue;
    const top = stack[stack.length - 1];
    const handling = stack.some((frame) => frame.handling);
    if (isWord(token, 'begin')) stack.push({ kind: 'begin', handling: false });
    else if (isWord(token, 'case') || (isWord(token, 'loop') && !isWord(tokens[index - 1], 'end')))
      stack.push({ kind: 'other', handling: false });
    else if (isWord(token, 'if') && statementStart(index)) stack.push({ kind: 'other', handling: false });
    else if (isWord(token, 'end')) {
      stack.pop();
      if (isWord(tokens[index + 1], 'if', 'loop', 'case')) index += 1;
    } else if (isWord(token, 'exception') && top?.kind === 'begin' && isWord(tokens[index + 1], 'when'))
      top.handling = true;
    else if (isWord(token, 'when') && top?.kind === 'begin' && top.handling) {
      // A handler's conditions, up to its THEN.
      const conditions: string[] = [];
      let at = index + 1;
      for (; at < tokens.length && !isWord(tokens[at], 'then'); at += 1) {
        const condition = tokens[at];
        if (isWord(condition, 'or')) continue;
        if (isWord(condition, 'sqlstate')) {
          const code = stringText(tokens[at + 1]);
          if (code !== undefined) {
            conditions.push(code.toUpperCase());
            if (code === '23503') edits.push(afterToken(tokens[at + 1], ' OR restrict_violation'));
            if (code === '22023' && facts.jsonKeys)
              edits.push(afterToken(tokens[at + 1], ' OR null_value_not_allowed'));
            at += 1;
          }
          continue;
        }
        if (condition?.kind !== 'word') continue;
        conditions.push(CONDITION_CODES.get(condition.value) ?? condition.value);
        if (condition.value === 'foreign_key_violation')
          edits.push(afterToken(condition, ' OR restrict_violation'));
        if (condition.value === 'invalid_parameter_value' && facts.jsonKeys)
          edits.push(afterToken(condition, ' OR null_value_not_allowed'));
      }
      const then = tokens[at];
      if (then) {
        const checks = entryChecks(facts, conditions);
        if (checks) edits.push(afterToken(then, checks));
      }
      index = at;
      continue;
    }
    if (!handling) continue;
    if (isWord(token, 'sqlstate', 'sqlerrm') && !isVariableRead(tokens, index)) continue;
    if (isWord(token, 'sqlstate') && !isWord(tokens[index - 1], 'raise') && !stringText(tokens[index + 1]))
      edits.push(readThrough(body, token, sqlstateExpression(facts, 'SQLSTATE', 'SQLERRM')));
    else if (isWord(token, 'sqlerrm'))
      edits.push(readThrough(body, token, messageExpression(facts, 'SQLSTATE', 'SQLERRM')));
    else if (
      isWord(token, 'get') &&
      isWord(tokens[index + 1], 'stacked') &&
      isWord(tokens[index + 2], 'diagnostics')
    ) {
      const fixes: string[] = [];
      let at = index + 3;
      while (at < tokens.length && !isPunct(tokens[at], ';')) {
        const targetStart = tokens[at];
        let assign = at;
        while (
          assign < tokens.length &&
          !(tokens[assign]?.kind === 'op' && /^:?=$/.test(tokens[assign]?.value ?? ''))
        )
          assign += 1;
        const item = tokens[assign + 1];
        const lastTarget = tokens[isPunct(tokens[assign - 1], ':') ? assign - 2 : assign - 1];
        if (!targetStart || !item || !lastTarget) break;
        const fix = diagnosticsFix(facts, item.value, body.slice(targetStart.start, lastTarget.end));
        if (fix) fixes.push(fix);
        at = assign + 2;
        if (isPunct(tokens[at], ',')) at += 1;
      }
      const end = tokens[at];
      if (end && fixes.length > 0) edits.push(afterToken(end, fixes.join('')));
      index = at;
    }
  }
  return edits.sort((a, b) => a.start - b.start);
}

/**
 * Whether the word at `index` reads the handler's variable rather than naming a column: not
 * qualified (`r.sqlstate`, `sqlstate.x`), not an alias (`AS sqlstate`), not assigned (`sqlstate :=`,
 * `SET sqlstate =`), not in an INSERT's column list (`INSERT INTO log (sqlstate)`).
 */
function isVariableRead(tokens: readonly SqlToken[], index: number): boolean {
  const previous = tokens[index - 1];
  const next = tokens[index + 1];
  if (isPunct(previous, '.') || isPunct(next, '.') || isWord(previous, 'as', 'set')) return false;
  if (isPunct(next, ':') || (next?.kind === 'op' && next.value.startsWith(':='))) return false;
  let depth = 0;
  for (let at = index - 1; at >= 0; at -= 1) {
    const token = tokens[at];
    if (isPunct(token, ')')) depth += 1;
    else if (isPunct(token, '(')) {
      if (depth === 0) {
        let name = at - 1;
        while (
          isPunct(tokens[name], '.') ||
          tokens[name]?.kind === 'quoted' ||
          (tokens[name]?.kind === 'word' && !isWord(tokens[name], 'into'))
        )
          name -= 1;
        return !(name < at - 1 && isWord(tokens[name], 'into'));
      }
      depth -= 1;
    } else if (isPunct(token, ';')) return true;
  }
  return true;
}

function afterToken(token: SqlToken | undefined, text: string): HandlerEdit {
  const at = token?.end ?? 0;
  return { start: at, end: at, text: `${ADDED_START}${text}${ADDED_END}` };
}

/** `token` read through `expression` (a CASE ending `ELSE <value> END)`), the token itself kept as written. */
function readThrough(body: string, token: SqlToken, expression: string): HandlerEdit {
  const head = expression.slice(0, expression.lastIndexOf(' ELSE ') + ' ELSE '.length);
  const original = body.slice(token.start, token.end);
  return {
    start: token.start,
    end: token.end,
    text: `${ADDED_START}${head}${ADDED_END}${original}${ADDED_START} END)${ADDED_END}`,
  };
}
