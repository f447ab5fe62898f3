import {
  MAYBE_MALFORMED_ARRAY_LITERAL,
  mayBeMalformedArray,
  pg15MalformedArray,
} from '../array-literal-shape.js';
import { type SqlToken, tokenize } from '../sql-tokens.js';
import { SERVER_LOCALE } from './initdb-cache.js';
import { aclitemEdits } from './pg15-aclitem-input.js';
import { PG15_PG_CAST, withoutFakeCastDependencies } from './pg15-cast-catalog.js';
import {
  CONFLICTING_ABBREVIATION,
  IDENTITY_COLUMN_GUARD,
  INHERITED_NOT_NULL_GUARD,
  INTERVAL_UNIT_RUN,
  LITERAL_GUARD,
  MAINTENANCE_SEARCH_PATH_GUARD,
  MERGE_TARGET_GUARD,
  NEWER_INFINITE_INTERVAL,
  NEWER_INTEGER,
  NEWER_NUMERIC,
  NEWER_OID,
  NOT_NULL_ASIDE,
  NOT_VALID_FK_GUARD,
  PG15_HIDDEN_PREFIX,
  PLUS_INFINITY,
  pg15DatetimeText,
  pg15IntervalText,
  pg15OidText,
  pg15ZoneText,
  SQL_BODY_DDL_GUARD,
} from './pg15-catalog.js';
import { CATALOG_ATTRIBUTES_FUNCTION, PG15_CATALOG_OIDS } from './pg15-catalog-attributes.js';
import { repeatedConstraintName } from './pg15-constraint-names.js';
import { ZONE_DATA_ABBREVIATION } from './pg15-datetime-words.js';
import { redundantDomainNotNullEdits } from './pg15-domain-not-null.js';
import {
  dropEngineExtensionRefusal,
  ENGINE_OBJECT_PREFILTER,
  withoutEngineObjects,
} from './pg15-engine-objects.js';
import { dropNotNullEventGuard, reindexEventGuard, reindexTagError } from './pg15-event-triggers.js';
import { extensionSettingEdits, extensionSettingRefusal } from './pg15-extension-settings.js';
import { icuCollationLocale, isMissingIcuCollation } from './pg15-icu-locale.js';
import {
  IDENTIFIER_HINT,
  type IdentifierType,
  type Pg15Reading,
  pg15ArrayDimensions,
  pg15IdentifierReading,
} from './pg15-identifier-input.js';
import { indeterminateCollationEdits } from './pg15-indeterminate-collation.js';
import {
  libcCollationError,
  localeSettingError,
  SERVER_ICU_COLLATOR_VERSION,
} from './pg15-locale-settings.js';
import { ambiguousNotNullNameGuard, DROPPING_PREFILTER } from './pg15-not-null-constraint-names.js';
import { PARTITION_FOLLOW_UP_PREFILTER, partitionFollowUpGuard } from './pg15-partition-follow-up.js';
import { handlerEdits } from './pg15-plpgsql-handlers.js';
import { PG15_PG_PROC } from './pg15-proc-view.js';
import { roleAdminGuard } from './pg15-role-admin.js';
import { PG15_TYPINPUT } from './pg15-type-input.js';
import { zoneArgumentBodyEdits, zoneArgumentEdits } from './pg15-zone-arguments.js';

export { NEWER_INFINITE_INTERVAL, NEWER_INTEGER, NEWER_NUMERIC, NEWER_OID, PLUS_INFINITY };

import { settingValueError } from './pg15-setting-values.js';
import { LOCALE_SETTINGS, NEWER_SETTINGS, REMOVED_SETTINGS } from './pg15-settings.js';

/**
 * PGlite is PostgreSQL 18; the fake stands in for PostgreSQL 15. This reads each request's text for
 * the constructs 15 reads otherwise (a newer literal, a newer keyword, a subquery without alias, a
 * newer option or setting) and says how to send it so PGlite answers as 15 does: as written, with
 * newer keywords quoted back into the plain identifiers 15 took them for, or as a refusal carrying
 * the error 15 raises.
 */
export interface Pg15Error {
  readonly code: string;
  readonly message: string;
  readonly hint?: string;
  readonly detail?: string;
  /** 1-based, in characters of the request's own text, as PostgreSQL reports it. */
  readonly position?: number;
}

export interface Pg15Request {
  /** The text to send to PGlite instead of the request's. */
  readonly text: string;
  /** Where PGlite's error positions in `text` point in the request's text. */
  readonly originalPosition: (position: number) => number;
  /**
   * The error PostgreSQL 15 raises for this request. `text` then holds a statement raising
   * `REFUSAL_MARKER` (in place of the whole text when 15 fails while parsing, of one statement when
   * it fails while running it, after the ones before it ran).
   */
  readonly refusal?: Pg15Error;
  /** True when `text` is only the refusal: any error PGlite raises for it stands for `refusal`. */
  readonly refusesWholeRequest?: boolean;
  /**
   * Extended protocol: a statement to run before the request's, in the same implicit transaction
   * (under the same Sync). Its result is the reply's first, left out with `addedResults`.
   */
  readonly runFirst?: string;
  /**
   * A check to run as a request of its own before this one; an error it raises is the request's
   * answer. For a lone statement that may not share a transaction block or a pipeline with a guard
   * (REINDEX of a partitioned table: 25001 on 15 and PGlite alike), whose guard would otherwise be
   * joined to it.
   */
  readonly checkFirst?: string;
  /** Results (by their index in PGlite's reply) of statements the rewrite added: not the client's. */
  readonly addedResults?: readonly number[];
  /**
   * The request drops a column's NOT NULL (`ALTER COLUMN a DROP NOT NULL`): where 18 refuses it as
   * an inherited constraint, 15 drops it on this table alone (see pglite-engine.ts).
   */
  readonly dropsNotNull?: boolean;
  /**
   * A SHOW of a setting 18 no longer has, sent as a SELECT whose column is named
   * `SHOWN_SETTING_PREFIX` + the setting: its result is to be reported as that SHOW's.
   */
  readonly showsSetting?: boolean;
  /**
   * The construct a 42P22 for string comparison stands for (pg15-indeterminate-collation.ts):
   * 15's message names it (`ILIKE`, `regular expression`, `lower() function`).
   */
  readonly collationFor?: string;
}

/** See `showsSetting`. */
export const SHOWN_SETTING_PREFIX = 'seams:show ';

/** The message of the stand-in error PGlite raises where PostgreSQL 15 raises `refusal`. */
export const REFUSAL_MARKER = 'seams: PostgreSQL 15 refuses this statement';

/** Any of the constructs below, or a word that may be one: text without a match costs one regex test. */
const PREFILTER = new RegExp(
  [
    CONFLICTING_ABBREVIATION.source,
    INTERVAL_UNIT_RUN.source,
    // After a digit: the word (SET, CAT, WEST...) in date text, not in the statement around a literal.
    `'[^']*?\\d[^']*?${ZONE_DATA_ABBREVIATION.source}`,
    String.raw`\bago\b|\$\d{10}|\d_\d|0[xXoObB][0-9a-fA-F_]|infinity|\bepoch\b|'[^']*?(?<![\w.:-])0\d|\{\s*\{\s*\}|\bcreate\s+collation\b|-x-icu"|\bto_(?:timestamp|date)\b|jsonpath|jsonb_path_|@[?@]|'[^']*\d{10}|'\s*\[|\b(?:xid8?|cid)\b`,
    String.raw`\b(?:json\w*|merge_action|system_user|enforced|indent|period|virtual|convert(?:_to|_from)?|d?cbrt)\b|\|\|/|\b(?:pg_get_(?:view|rule)def|view_definition|pg_(?:mat)?views|exclude|unlogged|overlaps)\b|information_schema\s*\.\s*views\b`,
    String.raw`\b(?:from|join|using|lateral)\s*\(|\bfrom\b[\s\S]*?,\s*\(`,
    String.raw`\bmaterialized\s+view\b|\bforeign\s+table\b|\bcreate\s+(?:unique\s+)?index\b|(?:^|;)\s*(?:do|set|show|reset)\b|\b(?:function|procedure|merge|at\s+local|storage|statistics|method|expression|inherit|admin|with\s+set|set\s+option|large|reindex|vacuum|analy[sz]e|explain|maintain|no\s+inherit|generated|current_setting|set_config|lc_(?:messages|monetary|numeric|time))\b`,
    String.raw`(?:^|;)\s*(?:create|alter|drop)\s+(?:role|user|group)\b|\baclitem\b|\b(?:grant|revoke)\b[^;]*?\b(?:to|from)\b|\bpartition\s+by\b[^;]*?\)\s*using\b`,
    // Pattern matching and case mapping that may meet an indeterminate collation (pg15-indeterminate-collation.ts).
    String.raw`~|\bilike\b|\bsimilar\s+to\b|\bregexp_\w+\s*\(|\b(?:lower|upper|initcap)\s*\((?:[^()]*\|\||\s*(?:coalesce|nullif|greatest|least|case|\())|\bsubstring\s*\(`,
    // A zone argument (pg15-zone-arguments.ts), whatever its operand.
    String.raw`\bat\s+time\s+zone\b|\b(?:timezone|date_trunc|make_timestamptz)\s*\(`,
    // An array literal whose braces 15 may refuse before reading any element (array-literal-shape.ts).
    MAYBE_MALFORMED_ARRAY_LITERAL.source,
    ENGINE_OBJECT_PREFILTER.source,
    DROPPING_PREFILTER.source,
    PARTITION_FOLLOW_UP_PREFILTER.source,
    String.raw`(?:\bconstraint\s+\S+|\badd|[,(])\s*not\s+null\b|\b(?:old|new)"?\s*\.|\bpg_(?:aggregate|cast|constraint|depend|attribute|auth_members|class|collation|database|default_acl|proc|publication|statistic_ext|subscription|ts_config|ts_dict|type)\b|\bconstraint\b|\bdrop\s+not\s+null\b|\bonly\b[^;]*\b(?:set\s+not\s+null|primary\s+key|drop\s+constraint)\b|\bnot\s+valid\b|\breturning\s+with\b|\bdrop\s+value\b|\bdomain\b[^;]*\bnot\s+null\b[^;]*\bnot\s+null\b`,
  ].join('|'),
  'i',
);

/**
 * Words that are keywords in PostgreSQL 18 but plain identifiers in 15, where 18 gives them a
 * meaning 15's grammar lacks. Quoted (and so still identifiers), PGlite parses them as 15 did:
 * `x IS JSON`, `json_table(...)`, `CHECK (...) NOT ENFORCED` fail as in 15, `json_object('{a,1}')`
 * works as in 15. The other newer keywords (`format`, `source`, `path`...) are unreserved: 18 takes
 * them as identifiers wherever 15 did, and only inside the constructs these words open gives them
 * another meaning, so they are left as written.
 */
const NEWER_KEYWORDS = new Set([
  'enforced',
  'indent',
  'json',
  'json_array',
  'json_arrayagg',
  'json_exists',
  'json_object',
  'json_objectagg',
  'json_query',
  'json_scalar',
  'json_serialize',
  'json_table',
  'json_value',
  'merge_action',
  'period',
  'system_user',
  'virtual',
]);

/** PostgreSQL 15's reserved and type/function-name keywords: none can be a bare alias. */
const NOT_ALIASES = new Set(
  (
    'all analyse analyze and any array as asc asymmetric authorization binary both case cast check collate ' +
    'collation column concurrently constraint create cross current_catalog current_date current_role ' +
    'current_schema current_time current_timestamp current_user default deferrable desc distinct do else end ' +
    'except false fetch for foreign freeze from full grant group having ilike in initially inner intersect into ' +
    'is isnull join lateral leading left like limit localtime localtimestamp natural not notnull null offset on ' +
    'only or order outer overlaps placing primary references returning right select session_user similar some ' +
    'symmetric table tablesample then to trailing true union unique user using variadic verbose when where ' +
    'window with'
  ).split(' '),
);

/** Words after which a FROM list is over (at the same parenthesis depth). */
const FROM_LIST_ENDS = new Set([
  'where',
  'group',
  'having',
  'window',
  'order',
  'limit',
  'offset',
  'fetch',
  'for',
  'union',
  'intersect',
  'except',
  'returning',
  'when',
  'set',
]);
const SET_OPERATIONS = new Set(['union', 'intersect', 'except']);
const SELECT_TAILS = new Set(['union', 'intersect', 'except', 'order', 'limit', 'offset', 'fetch', 'for']);

/** Undotted, so PostgreSQL rejects it as unknown rather than taking it for an extension's setting. */
const PG15_UNKNOWN_SETTING_PREFIX = 'pglite18_';
const NEWER_VACUUM_OPTIONS = new Set([
  'buffer_usage_limit',
  'process_main',
  'skip_database_stats',
  'only_database_stats',
]);
const NEWER_EXPLAIN_OPTIONS = new Set(['generic_plan', 'serialize', 'memory']);

/** The words `parseFindings` looks further at; any other token costs one set look-up. */
const PARSE_TRIGGERS = new Set([
  'merge',
  'at',
  'storage',
  'returning',
  'default',
  'expression',
  'generated',
  'not',
  'on',
  'no',
  'with',
  'admin',
  'inherit',
  'set',
  'large',
  'database',
  'system',
  'without',
  'value',
]);

interface Finding extends Pg15Error {
  /** `parse`: 15 fails before running anything; `statement`: when it reaches that statement. */
  readonly stage: 'parse' | 'statement';
  readonly statement: Statement;
}

interface Statement {
  readonly tokens: readonly SqlToken[];
  readonly start: number;
  readonly end: number;
}

interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /**
   * For an edit that rewrites inside a span (a function body): an offset into `text` as the offset
   * into the original span it came from. Without it, a position anywhere in `text` is the span's start.
   */
  readonly inner?: (offset: number) => number;
}

const isWord = (token: SqlToken | undefined, ...words: string[]): boolean =>
  token?.kind === 'word' && (words.length === 0 || words.includes(token.value));
const isPunct = (token: SqlToken | undefined, char: string): boolean =>
  token?.kind === 'punct' && token.value === char;

const syntaxError = (statement: Statement, token: SqlToken | undefined, text: string): Finding => {
  const near = token ? `at or near "${text.slice(token.start, token.end)}"` : 'at end of input';
  return {
    stage: 'parse',
    statement,
    code: '42601',
    message: `syntax error ${near}`,
    position: (token ? token.start : text.length) + 1,
  };
};

/** Texts kept per protocol; past this many the cache starts again (a pool repeats a few texts). */
const CACHE_ENTRIES = 1_000;
/** Longer texts (a bulk INSERT's) are rarely sent twice: kept, they would only hold memory. */
const CACHE_TEXT_LENGTH = 8_192;
const cached: Readonly<Record<'simple' | 'extended', Map<string, Pg15Request | undefined>>> = {
  simple: new Map(),
  extended: new Map(),
};

/**
 * How to send `text` so PGlite answers as PostgreSQL 15; undefined when as written. The answer
 * depends on the text and the protocol alone (the rewrite reads no session or catalog state: what
 * needs the catalog runs in PGlite, as `runFirst` or a guard statement), so it is kept per text:
 * the lexer and the checks run once for a text a pool sends again and again.
 */
export function toPg15(text: string, options: { readonly extended?: boolean } = {}): Pg15Request | undefined {
  const cache = cached[options.extended ? 'extended' : 'simple'];
  const known = cache.get(text);
  if (known !== undefined || cache.has(text)) return known;
  const pg15 = rewriteForPg15(text, options.extended ?? false);
  if (text.length <= CACHE_TEXT_LENGTH) {
    if (cache.size >= CACHE_ENTRIES) cache.clear();
    cache.set(text, pg15 && Object.freeze(pg15));
  }
  return pg15;
}

function rewriteForPg15(text: string, extended: boolean): Pg15Request | undefined {
  if (!PREFILTER.test(text)) return undefined;
  const tokens = tokenize(text);
  const statements = splitStatements(tokens);
  const findings = [
    ...statements.flatMap((statement) => parseFindings(statement, text)),
    ...fromAliasFindings(tokens, statements, text),
  ];
  const parseFailure = findings
    .filter((finding) => finding.stage === 'parse')
    .sort((a, b) => (a.position ?? 0) - (b.position ?? 0))[0];
  if (parseFailure) return refuse(text, parseFailure, undefined);
  // A BEGIN ATOMIC body holds `;`s this split cannot place: its statements are not told apart.
  const split = !tokens.some((token, index) => isWord(token, 'begin') && isWord(tokens[index + 1], 'atomic'));
  const statementFailure = split
    ? statements.map((statement) => statementFinding(statement, extended)).find(Boolean)
    : undefined;
  const failedAt = statementFailure ? statements.indexOf(statementFailure.statement) : statements.length;
  // A lone REINDEX runs its guard apart (`checkFirst`): joined, a REINDEX of a partitioned table
  // failed 25001 ("cannot run inside a transaction block") where 15 reindexes it.
  const lone = split && statements.length === 1 && failedAt === 1 ? statements[0] : undefined;
  const checkFirst = lone ? (reindexEventGuard(lone) ?? concurrentIndexGuard(lone, text)) : undefined;
  const guards = split
    ? statements.slice(0, failedAt).flatMap((statement, index) => {
        const guard = oneGuard(
          [
            notNullGuard,
            mergeTargetGuard,
            maintenanceSearchPathGuard,
            identityColumnGuard,
            inheritedNotNullGuard,
            notValidForeignKeyGuard,
            literalGuard,
            sqlBodyDdlGuard,
            roleAdminGuard,
            ...(checkFirst ? [] : [reindexEventGuard]),
            dropNotNullEventGuard,
            ambiguousNotNullNameGuard,
          ]
            .map((guardOf) => guardOf(statement, text))
            .concat(partitionFollowUpGuard(statements, index)),
        );
        return guard ? [{ statement, index, guard }] : [];
      })
    : [];
  // Extended protocol takes one statement: its guard goes first under the same Sync (pglite-engine.ts).
  const runFirst = extended && statements.length === 1 ? guards[0]?.guard : undefined;
  const guardEdits = extended
    ? []
    : guards.map(({ statement, guard }) => ({
        start: statement.start,
        end: statement.start,
        text: `${guard}; `,
      }));
  const collation = indeterminateCollationEdits(tokens, text);
  const localeShow = [
    ...localeShowEdits(statements.slice(0, failedAt)),
    ...authorizationShowEdits(statements.slice(0, failedAt)),
    ...statements
      .slice(0, failedAt)
      .flatMap((statement) => extensionSettingEdits(statement, (name) => `${SHOWN_SETTING_PREFIX}${name}`)),
  ];
  const edits = withoutOverlaps(
    [
      ...guardEdits,
      ...quotingEdits(tokens),
      ...aclitemEdits(tokens),
      ...settingNameEdits(tokens),
      ...paramNumberEdits(tokens),
      ...localeShow,
      ...explainEdits(statements.slice(0, failedAt)),
      ...catalogEdits(statements),
      ...namedNotNullEdits(statements.slice(0, failedAt)),
      ...statements.slice(0, failedAt).flatMap(onlyIdentityEdits),
      ...statements.slice(0, failedAt).flatMap(({ tokens: words }) => redundantDomainNotNullEdits(words)),
      ...inputEdits(tokens),
      ...zoneArgumentEdits(tokens),
      ...collation.edits,
      ...rulePrivilegeEdits(statements.slice(0, failedAt)),
      ...boundCursorEdits(statements),
      ...icuLocaleEdits(statements.slice(0, failedAt)),
      // An insertion before a token goes before any edit of that token.
    ].sort((a, b) => a.start - b.start || Number(a.end > a.start) - Number(b.end > b.start)),
  ).filter(
    (edit) =>
      !statementFailure ||
      edit.end <= statementFailure.statement.start ||
      edit.start >= statementFailure.statement.end,
  );
  // Each statement of a simple query gives one result: a guard's is its statement's index, moved
  // on by the guards before it.
  const addedResults = runFirst ? [0] : guardEdits.map((_, order) => (guards[order]?.index ?? 0) + order);
  const dropsNotNull = statements
    .slice(0, failedAt)
    .some(({ tokens: words }) => isWord(words[0], 'alter') && dropsColumnNotNull(words));
  const extras: Partial<Pg15Request> = {
    ...(runFirst && { runFirst }),
    ...(checkFirst && { checkFirst }),
    ...(addedResults.length > 0 && { addedResults }),
    ...(dropsNotNull && { dropsNotNull }),
    ...(localeShow.length > 0 && { showsSetting: true }),
    ...(collation.collationFor !== undefined && { collationFor: collation.collationFor }),
  };
  if (statementFailure) return { ...refuse(text, statementFailure, edits), ...extras };
  if (edits.length === 0 && Object.keys(extras).length === 0) return undefined;
  return {
    text: applyEdits(text, edits),
    originalPosition: (position) => originalPosition(edits, position),
    ...extras,
  };
}

/** A statement's guards (each `SELECT fn(...)`) as one statement, run in order; undefined for none. */
function oneGuard(guards: readonly (string | undefined)[]): string | undefined {
  const calls = guards.filter((guard) => guard !== undefined).map((guard) => guard.replace(/^SELECT /, ''));
  return calls.length === 0 ? undefined : `SELECT ${calls.join(', ')}`;
}

/**
 * The number PostgreSQL 15 reads from a parameter `$n` past 2^31 - 1: its scanner keeps C's
 * `atol` (which stops at the 64-bit maximum) cut to a 32-bit int, so `$100000000000` is
 * `$1215752192` (42P02 "there is no parameter"), `$4294967297` is `$1`, and `$2147483648` is
 * `$-2147483648`; 16 refuses them all as "parameter number too large" (42601). Undefined for
 * any other token.
 */
function pg15ParamNumber(token: SqlToken): number | undefined {
  if (token.kind !== 'param' || token.value.length < 11) return undefined;
  const number = BigInt(token.value.slice(1));
  if (number <= 2_147_483_647n) return undefined;
  const long = number > 9_223_372_036_854_775_807n ? 9_223_372_036_854_775_807n : number;
  return Number(BigInt.asIntN(32, long));
}

/** A parameter number 16+ refuses that 15 reads as a positive one, written as 15 reads it. */
function paramNumberEdits(tokens: readonly SqlToken[]): Edit[] {
  return tokens.flatMap((token): Edit[] => {
    const number = pg15ParamNumber(token);
    return number !== undefined && number > 0
      ? [{ start: token.start, end: token.end, text: `$${number}` }]
      : [];
  });
}

/** Sorted edits without any starting inside an earlier one (a word quoted inside a removed span). */
function withoutOverlaps(edits: readonly Edit[]): Edit[] {
  const kept: Edit[] = [];
  for (const edit of edits) {
    const last = kept[kept.length - 1];
    if (!last || edit.start >= last.end) kept.push(edit);
  }
  return kept;
}

function refuse(text: string, finding: Finding, edits: readonly Edit[] | undefined): Pg15Request {
  const { stage: _stage, statement, ...error } = finding;
  const raise = `DO $seams$ BEGIN RAISE EXCEPTION USING ERRCODE = '${error.code}', MESSAGE = '${REFUSAL_MARKER}'; END $seams$`;
  if (!edits) return { text: raise, originalPosition: () => 0, refusal: error, refusesWholeRequest: true };
  const all = [...edits, { start: statement.start, end: statement.end, text: raise }].sort(
    (a, b) => a.start - b.start,
  );
  return {
    text: applyEdits(text, all),
    originalPosition: (position) => originalPosition(all, position),
    refusal: error,
  };
}

function applyEdits(text: string, edits: readonly Edit[]): string {
  let out = '';
  let at = 0;
  for (const edit of edits) {
    out += text.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return out + text.slice(at);
}

function originalPosition(edits: readonly Edit[], position: number): number {
  let shift = 0;
  const index = position - 1;
  for (const edit of edits) {
    const newStart = edit.start + shift;
    if (index < newStart) break;
    if (index < newStart + edit.text.length) return edit.start + (edit.inner?.(index - newStart) ?? 0) + 1;
    shift += edit.text.length - (edit.end - edit.start);
  }
  return index - shift + 1;
}

function splitStatements(tokens: readonly SqlToken[]): Statement[] {
  const statements: Statement[] = [];
  let depth = 0;
  let first = 0;
  const close = (end: number): void => {
    const part = tokens.slice(first, end);
    const head = part[0];
    const tail = part[part.length - 1];
    if (head && tail) statements.push({ tokens: part, start: head.start, end: tail.end });
  };
  tokens.forEach((token, index) => {
    if (isPunct(token, '(')) depth += 1;
    else if (isPunct(token, ')')) depth = Math.max(0, depth - 1);
    else if (isPunct(token, ';') && depth === 0) {
      close(index);
      first = index + 1;
    }
  });
  close(tokens.length);
  return statements;
}

/** Newer keywords turned back into the identifiers PostgreSQL 15 read them as. */
function quotingEdits(tokens: readonly SqlToken[]): Edit[] {
  return tokens
    .filter((token) => token.kind === 'word' && NEWER_KEYWORDS.has(token.value))
    .map((token) => ({ start: token.start, end: token.end, text: `"${token.value}"` }));
}

/** Constructs PostgreSQL 15's scanner or grammar rejects, by position in the statement. */
function parseFindings(statement: Statement, text: string): Finding[] {
  const findings: Finding[] = [];
  const { tokens } = statement;
  const repeatedName = repeatedConstraintName(tokens);
  if (repeatedName) findings.push(syntaxError(statement, repeatedName, text));
  const words = tokens.map((token) => (token.kind === 'word' ? token.value : ''));
  const head = words[0];
  const isCreateTable =
    head === 'create' && words.slice(1, 4).some((word, index) => word === 'table' && index <= 2);
  tokens.forEach((token, index) => {
    const next = tokens[index + 1];
    const previous = tokens[index - 1];
    if (token.kind === 'number') {
      const junk = numberJunk(text, token);
      if (junk) {
        findings.push({
          stage: 'parse',
          statement,
          code: '42601',
          message: `trailing junk after numeric literal at or near "${junk}"`,
          position: token.start + 1,
        });
      }
      return;
    }
    if (token.kind !== 'word') return;
    if (token.value === 'only' && (head === 'vacuum' || head === 'analyze' || head === 'analyse')) {
      // 18's `VACUUM ONLY parent` / `ANALYZE ONLY parent`: 15's grammar has no ONLY there.
      findings.push(syntaxError(statement, token, text));
      return;
    }
    if (!PARSE_TRIGGERS.has(token.value)) return;
    const word = token.value;
    if (word === 'merge' && isWord(next, 'into')) findings.push(...mergeFindings(statement, index, text));
    else if (word === 'at' && isWord(next, 'local')) findings.push(syntaxError(statement, next, text));
    else if (
      // 16's `STORAGE mode` in a column definition (CREATE TABLE, ADD COLUMN); a column may be named storage.
      word === 'storage' &&
      (isCreateTable || head === 'alter') &&
      !isWord(previous, 'set') &&
      isWord(next, 'plain', 'external', 'extended', 'main', 'default')
    )
      findings.push(syntaxError(statement, token, text));
    else if (word === 'returning' && isWord(next, 'with') && isPunct(tokens[index + 2], '('))
      // 18's `RETURNING WITH (OLD AS o, NEW AS n)`.
      findings.push(syntaxError(statement, next as SqlToken, text));
    else if (
      word === 'default' &&
      isWord(previous, 'statistics', 'method', 'storage') &&
      isWord(tokens[index - 2], 'set', 'access')
    )
      findings.push(syntaxError(statement, token, text));
    else if (word === 'without' && isWord(next, 'overlaps'))
      // 18's temporal keys (`PRIMARY KEY (id, valid WITHOUT OVERLAPS)`).
      findings.push(syntaxError(statement, token, text));
    else if (
      isWord(previous) &&
      isWord(tokens[index - 2], 'constraint') &&
      isWord(tokens[index - 3], 'alter') &&
      (word === 'inherit' || (word === 'no' && isWord(next, 'inherit')))
    )
      // 18's `ALTER CONSTRAINT c [NO] INHERIT`; 15 reads NO INHERIT as a foreign key's attribute.
      findings.push(
        word === 'no'
          ? {
              stage: 'parse',
              statement,
              code: '0A000',
              message: 'FOREIGN KEY constraints cannot be marked NO INHERIT',
            }
          : syntaxError(statement, token, text),
      );
    else if (word === 'expression' && isWord(previous, 'set') && isWord(next, 'as'))
      findings.push(syntaxError(statement, token, text));
    else if (
      word === 'generated' &&
      isWord(next, 'always') &&
      isWord(tokens[index + 2], 'as') &&
      isPunct(tokens[index + 3], '(')
    ) {
      // 18 makes `GENERATED ALWAYS AS (expr)` a virtual column; 15's grammar wants STORED after it.
      const close = closingParen(tokens, index + 3);
      const after = close === undefined ? undefined : tokens[close + 1];
      if (close !== undefined && !isWord(after, 'stored')) findings.push(syntaxError(statement, after, text));
    } else if (word === 'not' && isWord(next, 'null') && tableConstraintStarts(tokens, index, head))
      findings.push(syntaxError(statement, token, text));
    else if (word === 'on' && isWord(previous, 'statistics') && isWord(tokens[index - 2], 'create'))
      findings.push(syntaxError(statement, token, text));
    else if (
      word === 'no' &&
      isWord(next, 'inherit') &&
      isWord(previous, 'null') &&
      isWord(tokens[index - 2], 'not')
    )
      findings.push(syntaxError(statement, token, text));
    else if (head === 'grant' && word === 'with' && isWord(next, 'inherit', 'set'))
      findings.push(syntaxError(statement, next, text));
    else if (
      head === 'grant' &&
      word === 'admin' &&
      isWord(previous, 'with') &&
      next &&
      !isWord(next, 'option')
    )
      findings.push(syntaxError(statement, next, text));
    else if (head === 'revoke' && index === 1 && isWord(token, 'inherit', 'set') && isWord(next, 'option'))
      findings.push(syntaxError(statement, next, text));
    else if (word === 'large' && isWord(next, 'objects') && head === 'alter' && words[1] === 'default')
      findings.push(syntaxError(statement, token, text));
    else if (head === 'reindex' && index === 1 && isWord(token, 'database', 'system') && !next)
      findings.push(syntaxError(statement, semicolonAfter(statement, text), text));
    else if (word === 'value' && isWord(previous, 'drop') && head === 'alter' && words[1] === 'type')
      // 18's `ALTER TYPE e DROP VALUE 'x'` (which it refuses as not implemented); 15's grammar has none.
      findings.push(syntaxError(statement, token, text));
  });
  return findings;
}

function closingParen(tokens: readonly SqlToken[], open: number): number | undefined {
  let depth = 0;
  for (let index = open; index < tokens.length; index += 1) {
    if (isPunct(tokens[index], '(')) depth += 1;
    else if (isPunct(tokens[index], ')')) {
      depth -= 1;
      if (depth === 0) return index;
    }
  }
  return undefined;
}

/**
 * True when the NOT NULL at `index` starts a table constraint (`ADD CONSTRAINT nn NOT NULL a`,
 * `CREATE TABLE t (a int, NOT NULL a)`): 18's syntax; 15 has NOT NULL only after a column's type.
 */
function tableConstraintStarts(
  tokens: readonly SqlToken[],
  index: number,
  head: string | undefined,
): boolean {
  const named = isWord(tokens[index - 2], 'constraint') ? index - 2 : index;
  const before = tokens[named - 1];
  if (head === 'alter') return isWord(before, 'add');
  if (head !== 'create') return false;
  let depth = 0;
  for (let at = 0; at < named; at += 1) {
    if (isPunct(tokens[at], '(')) depth += 1;
    else if (isPunct(tokens[at], ')')) depth -= 1;
  }
  return depth === 1 && (isPunct(before, ',') || isPunct(before, '('));
}

/** The `;` that ends the statement, if one does (the error is then there, not at the end of input). */
function semicolonAfter(statement: Statement, text: string): SqlToken | undefined {
  const at = text.indexOf(';', statement.end);
  return at === -1 ? undefined : { kind: 'punct', start: at, end: at + 1, value: ';' };
}

/** PostgreSQL 15's error text for a literal only 16+ reads as a number (`0x1F`, `1_000`). */
function numberJunk(text: string, token: SqlToken): string | undefined {
  const literal = token.value;
  if (!literal.includes('_') && !/^0[xob]/i.test(literal)) return undefined;
  // Followed by more identifier characters, 16+ rejects it as well (its own trailing junk).
  if (/[A-Za-z0-9_$\u0080-\uffff]/.test(text[token.end] ?? '')) return undefined;
  // 15 reads the longest number of its own grammar, then reports it with the identifier glued on.
  const number = /^(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/.exec(literal)?.[0] ?? '';
  const rest = /^[A-Za-z_\u0080-\uffff][A-Za-z0-9_$\u0080-\uffff]*/.exec(
    text.slice(token.start + number.length),
  );
  return rest ? number + rest[0] : undefined;
}

/** MERGE ... RETURNING and WHEN NOT MATCHED BY ...: 17's syntax, errors in 15's grammar. */
function mergeFindings(statement: Statement, mergeIndex: number, text: string): Finding[] {
  const { tokens } = statement;
  let depth = 0;
  for (let index = mergeIndex + 1; index < tokens.length; index += 1) {
    const token = tokens[index];
    if (isPunct(token, '(')) depth += 1;
    else if (isPunct(token, ')')) {
      if (depth === 0) return [];
      depth -= 1;
    } else if (depth === 0 && isWord(token, 'returning')) return [syntaxError(statement, token, text)];
    else if (depth === 0 && isWord(token, 'by') && isWord(tokens[index - 1], 'matched'))
      return [syntaxError(statement, token, text)];
  }
  return [];
}

interface Frame {
  query: boolean;
  inFrom: boolean;
}

/** `FROM (SELECT ...)` without an alias: allowed since 16, a syntax error in 15. */
function fromAliasFindings(
  tokens: readonly SqlToken[],
  statements: readonly Statement[],
  text: string,
): Finding[] {
  const findings: Finding[] = [];
  const closes = matchingParens(tokens);
  const statementOf = (index: number): Statement =>
    statements.find(
      (statement) =>
        statement.start <= (tokens[index]?.start ?? 0) && (tokens[index]?.end ?? 0) <= statement.end,
    ) ??
    statements[0] ?? { tokens, start: 0, end: text.length };
  const checkTableRef = (index: number): void => {
    const open = tokens[index];
    if (!open || !isPunct(open, '(')) return;
    const subquery = selectInParens(tokens, closes, index);
    if (!subquery) {
      // A parenthesized join: its first item is a table reference too.
      checkTableRef(index + 1);
      return;
    }
    const after = tokens[subquery.close + 1];
    const aliased =
      after?.kind === 'quoted' ||
      (after?.kind === 'word' && !NOT_ALIASES.has(after.value)) ||
      isWord(after, 'as');
    if (aliased) return;
    const values = subquery.values;
    findings.push({
      stage: 'parse',
      statement: statementOf(index),
      code: '42601',
      message: `${values ? 'VALUES' : 'subquery'} in FROM must have an alias`,
      hint: `For example, FROM (${values ? 'VALUES' : 'SELECT'} ...) [AS] foo.`,
      position: open.start + 1,
    });
  };
  const frames: Frame[] = [{ query: false, inFrom: false }];
  tokens.forEach((token, index) => {
    const frame = frames[frames.length - 1] ?? { query: false, inFrom: false };
    if (isPunct(token, '(')) frames.push({ query: false, inFrom: false });
    else if (isPunct(token, ')')) {
      if (frames.length > 1) frames.pop();
    } else if (isPunct(token, ';') && frames.length === 1) {
      frame.query = false;
      frame.inFrom = false;
    } else if (isPunct(token, ',') && frame.inFrom) checkTableRef(index + 1);
    else if (token.kind === 'word') {
      const word = token.value;
      if (word === 'select' || word === 'delete' || word === 'update' || word === 'merge') {
        frame.query = true;
        frame.inFrom = false;
      } else if (word === 'from' && frame.query && !isWord(tokens[index - 1], 'distinct')) {
        frame.inFrom = true;
        checkTableRef(index + 1);
      } else if (
        word === 'join' ||
        (word === 'lateral' && frame.inFrom) ||
        (word === 'using' && frame.query)
      ) {
        checkTableRef(index + 1);
      } else if (FROM_LIST_ENDS.has(word)) frame.inFrom = false;
    }
  });
  return findings;
}

function matchingParens(tokens: readonly SqlToken[]): Map<number, number> {
  const closes = new Map<number, number>();
  const open: number[] = [];
  tokens.forEach((token, index) => {
    if (isPunct(token, '(')) open.push(index);
    else if (isPunct(token, ')')) {
      const from = open.pop();
      if (from !== undefined) closes.set(from, index);
    }
  });
  return closes;
}

/** The query in the parentheses opening at `index`, if they hold one (not a parenthesized join). */
function selectInParens(
  tokens: readonly SqlToken[],
  closes: ReadonlyMap<number, number>,
  index: number,
): { close: number; values: boolean } | undefined {
  const close = closes.get(index);
  if (close === undefined) return undefined;
  const first = tokens[index + 1];
  if (isWord(first, 'select', 'values', 'with', 'table')) {
    return { close, values: first?.value === 'values' && !hasSetOperation(tokens, index + 1, close) };
  }
  if (!isPunct(first, '(')) return undefined;
  const inner = selectInParens(tokens, closes, index + 1);
  if (!inner) return undefined;
  const after = tokens[inner.close + 1];
  if (inner.close + 1 === close) return { close, values: inner.values };
  if (after?.kind === 'word' && SELECT_TAILS.has(after.value)) {
    return { close, values: inner.values && !SET_OPERATIONS.has(after.value) };
  }
  return undefined;
}

function hasSetOperation(tokens: readonly SqlToken[], from: number, to: number): boolean {
  let depth = 0;
  for (let index = from; index < to; index += 1) {
    const token = tokens[index];
    if (isPunct(token, '(')) depth += 1;
    else if (isPunct(token, ')')) depth -= 1;
    else if (depth === 0 && token?.kind === 'word' && SET_OPERATIONS.has(token.value)) return true;
  }
  return false;
}

/** Errors PostgreSQL 15 raises only once it runs the statement (the ones before it have run). */
/** The encoding of `SET [SESSION|LOCAL] client_encoding TO x` or `SET NAMES x` when PGlite cannot convert to it. */
function foreignClientEncoding(tokens: readonly SqlToken[]): string | undefined {
  if (!isWord(tokens[0], 'set')) return undefined;
  const at = isWord(tokens[1], 'session', 'local') ? 2 : 1;
  let value: SqlToken | undefined;
  if (isWord(tokens[at], 'names')) value = tokens[at + 1];
  else if (isWord(tokens[at], 'client_encoding')) value = tokens[at + 2];
  else return undefined;
  if (!value || isWord(value, 'default')) return undefined;
  const name =
    value.kind === 'string' ? /^'(.*)'$/s.exec(value.value)?.[1] : isWord(value) ? value.value : undefined;
  return name !== undefined && CONVERTIBLE.has(name.toLowerCase()) ? undefined : (name ?? value.value);
}

/** `cbrt(...)` or the `||/` operator (a run of exactly those operator characters), as written. */
function cubeRootCall(tokens: readonly SqlToken[]): string | undefined {
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index];
    // A table, type or function of that name is defined, not called.
    const defined = isWord(
      tokens[index - 1],
      'table',
      'into',
      'exists',
      'references',
      'view',
      'function',
      'type',
    );
    // dcbrt is the same built-in under its C name, which pg_proc also lists (15 and 18 alike).
    if (isWord(token, 'cbrt', 'dcbrt') && isPunct(tokens[index + 1], '(') && !defined) {
      return `${token?.value.toLowerCase()}()`;
    }
    if (token?.kind !== 'op' || (index > 0 && isAdjacentOp(tokens[index - 1], token))) continue;
    let run = '';
    for (
      let at = index;
      tokens[at]?.kind === 'op' && (at === index || isAdjacentOp(tokens[at - 1], tokens[at]));
      at += 1
    )
      run += tokens[at]?.value ?? '';
    if (run === '||/') return 'the operator ||/';
  }
  return undefined;
}

const isAdjacentOp = (before: SqlToken | undefined, token: SqlToken | undefined): boolean =>
  before?.kind === 'op' && token?.kind === 'op' && before.end === token.start;

/** Encodings PGlite converts with no conversion procedure: its own, and SQL_ASCII's no-op. */
const CONVERTIBLE = new Set(['utf8', 'utf-8', 'unicode', 'sql_ascii']);

/**
 * `convert`, `convert_to` or `convert_from` with an encoding that is not a UTF8 literal: PGlite
 * fails inside its error handling (ERRORDATA_STACK_SIZE exceeded) and answers no statement after.
 * An encoding given as a parameter or a column may be any, so it is refused as well.
 */
function foreignConversion(tokens: readonly SqlToken[]): string | undefined {
  for (let index = 0; index < tokens.length; index += 1) {
    const name = tokens[index];
    if (!isWord(name, 'convert', 'convert_to', 'convert_from') || !isPunct(tokens[index + 1], '(')) continue;
    let depth = 0;
    let afterComma = false;
    for (let at = index + 1; at < tokens.length; at += 1) {
      const token = tokens[at];
      if (isPunct(token, '(')) depth += 1;
      else if (isPunct(token, ')')) depth -= 1;
      if (depth === 0) break;
      if (depth !== 1) continue;
      if (isPunct(token, ',')) {
        afterComma = true;
        continue;
      }
      if (!afterComma) continue;
      afterComma = false;
      const literal = token?.kind === 'string' ? /^'(.*)'$/s.exec(token.value)?.[1] : undefined;
      const next = tokens[at + 1];
      const alone = isPunct(next, ',') || isPunct(next, ')');
      if (literal === undefined || !alone || !CONVERTIBLE.has(literal.toLowerCase())) return name?.value;
    }
  }
  return undefined;
}

function statementFinding(statement: Statement, extended: boolean): Finding | undefined {
  const { tokens } = statement;
  const wrapped = tokens.find((token) => (pg15ParamNumber(token) ?? 1) <= 0);
  if (wrapped) {
    return {
      stage: 'statement',
      statement,
      code: '42P02',
      message: `there is no parameter $${pg15ParamNumber(wrapped)}`,
      position: wrapped.start + 1,
    };
  }
  const [head, second] = tokens;
  if (!head || !isWord(head)) return undefined;
  const at = (token: SqlToken): number => token.start + 1;
  const icuName = tokens.find(
    (token, index) =>
      token.kind === 'quoted' && isMissingIcuCollation(token.value) && namesCollation(tokens, index),
  );
  if (icuName) {
    return {
      stage: 'statement',
      statement,
      code: '0A000',
      message: `the collation "${icuName.value}" exists in PostgreSQL 15 (initdb imports it from ICU) but not in PGlite, whose ICU has only the root collation: run this test on the real server`,
      position: at(icuName),
    };
  }
  if (
    isWord(head, 'create') &&
    isWord(second, 'event') &&
    isWord(tokens[2], 'trigger') &&
    isWord(tokens[4], 'on') &&
    isWord(tokens[5], 'login')
  ) {
    // 17's login event triggers.
    return { stage: 'statement', statement, code: '42601', message: 'unrecognized event name "login"' };
  }
  const engineExtension = dropEngineExtensionRefusal(tokens);
  if (engineExtension) return { stage: 'statement', statement, code: '0A000', message: engineExtension };
  const reindexTag = reindexTagError(tokens);
  // 17 lets an event trigger name REINDEX among its tags; 15 refuses it.
  if (reindexTag) return { stage: 'statement', statement, ...reindexTag };
  const partitioned = isWord(head, 'create') && partitionedTable(tokens);
  const excludes = tokens.some(
    (token, index) =>
      isWord(token, 'exclude') && (isWord(tokens[index + 1], 'using') || isPunct(tokens[index + 1], '(')),
  );
  if (partitioned && excludes) {
    // 17 lets a partitioned table have an exclusion constraint over its partition key; 15 none.
    return {
      stage: 'statement',
      statement,
      code: '0A000',
      message: 'exclusion constraints are not supported on partitioned tables',
    };
  }
  if (partitioned && partitionedAccessMethod(tokens)) {
    // 17 lets a partitioned table name a table access method for its partitions; 15 none.
    return {
      stage: 'statement',
      statement,
      code: '0A000',
      message: 'specifying a table access method is not supported on a partitioned table',
    };
  }
  const generatedPartition = isWord(head, 'create') ? partitionGeneratedColumn(tokens) : undefined;
  if (generatedPartition) {
    // 17 lets a partition give a column its own generation expression; 15 none.
    return {
      stage: 'statement',
      statement,
      code: '0A000',
      message: 'generated columns are not supported on partitions',
    };
  }
  if (partitioned && isWord(second, 'unlogged')) {
    return {
      stage: 'statement',
      statement,
      code: '0A000',
      message:
        'an UNLOGGED partitioned table is refused by PGlite (PostgreSQL 18) where PostgreSQL 15 creates it, so the fake cannot answer as 15 does: run this test on the real server',
    };
  }
  const encoding = foreignClientEncoding(tokens);
  if (encoding) {
    return {
      stage: 'statement',
      statement,
      code: '0A000',
      message: `client_encoding ${encoding} is refused: PGlite has no conversion procedures, and converting its answers leaves its session answering nothing (PostgreSQL 15 converts), so the fake cannot answer as 15 does: run this test on the real server`,
    };
  }
  const cubeRoot = cubeRootCall(tokens);
  if (cubeRoot) {
    return {
      stage: 'statement',
      statement,
      code: '0A000',
      message: `${cubeRoot} is refused: PGlite takes cube roots from its WebAssembly C library, which rounds otherwise than the glibc PostgreSQL 15 runs on (cbrt(27) is 3 there, 3.0000000000000004 on the server), so the fake cannot answer as 15 does: run this test on the real server`,
    };
  }
  const conversion = foreignConversion(tokens);
  if (conversion) {
    return {
      stage: 'statement',
      statement,
      code: '0A000',
      message: `${conversion}() to or from an encoding other than UTF8 is refused: PGlite has no conversion procedures, and such a call leaves its session answering nothing (PostgreSQL 15 converts), so the fake cannot answer as 15 does: run this test on the real server`,
    };
  }
  const viewText = viewDefinitionRead(tokens);
  if (viewText) {
    return {
      stage: 'statement',
      statement,
      code: '0A000',
      message: `${viewText} is a view's definition as PGlite (PostgreSQL 18) prints it, without the table names PostgreSQL 15 puts before a one-table view's columns, so the fake cannot answer as 15 does: run this test on the real server`,
    };
  }
  const extensionSetting = extensionSettingRefusal(tokens);
  if (extensionSetting) return { stage: 'statement', statement, code: '0A000', message: extensionSetting };
  const settingName = settingOf(tokens) ?? routineSettingOf(tokens);
  if (settingName) {
    const name = settingName.value;
    if (NEWER_SETTINGS.has(name)) {
      return {
        stage: 'statement',
        statement,
        code: '42704',
        message: `unrecognized configuration parameter "${name}"`,
      };
    }
    if (LOCALE_SETTINGS.has(name)) {
      // SHOW is answered by localeShowEdits; SET and RESET of a read-only setting fail as on 15.
      if (isWord(head, 'show')) return undefined;
      return cannotBeChanged(statement, name);
    }
    if (REMOVED_SETTINGS.has(name)) {
      return {
        stage: 'statement',
        statement,
        code: '0A000',
        message: `setting "${name}" exists in PostgreSQL 15 but not in PGlite (PostgreSQL 18), so the fake cannot answer as 15 does: run this test on the real server`,
      };
    }
  }
  const valueError = settingValueError(tokens);
  if (valueError) return { stage: 'statement', statement, ...valueError };
  const localeSetting = localeSettingError(tokens);
  if (localeSetting) return { stage: 'statement', statement, ...localeSetting };
  if (isWord(head, 'vacuum', 'analyze', 'analyse', 'explain') && isPunct(second, '(')) {
    const kind = head.value === 'explain' ? 'EXPLAIN' : head.value === 'vacuum' ? 'VACUUM' : 'ANALYZE';
    const newer = kind === 'EXPLAIN' ? NEWER_EXPLAIN_OPTIONS : NEWER_VACUUM_OPTIONS;
    const option = optionWords(tokens).find((token) => newer.has(token.value));
    if (option && kind === 'EXPLAIN' && !extended) {
      const param = tokens.find((token) => token.kind === 'param');
      if (param) {
        return {
          stage: 'statement',
          statement,
          code: '42P02',
          message: `there is no parameter ${param.value}`,
          position: at(param),
        };
      }
    }
    if (option) {
      return {
        stage: 'statement',
        statement,
        code: '42601',
        message: `unrecognized ${kind} option "${option.value}"`,
        position: at(option),
      };
    }
  }
  const body = isWord(head, 'create', 'do') ? bodyFinding(statement) : undefined;
  if (body) return body;
  const sqlBody = isWord(head, 'create') ? sqlBodyAnalysisFinding(statement) : undefined;
  if (sqlBody) return sqlBody;
  const literal = literalFinding(statement);
  if (literal) return literal;
  const returnedOld = returningOldOrNew(tokens);
  if (returnedOld) {
    return {
      stage: 'statement',
      statement,
      code: '42P01',
      message: `missing FROM-clause entry for table "${returnedOld.name}"`,
      position: at(returnedOld.token),
    };
  }
  const removed = tokens.find(
    (token, index) =>
      token.kind === 'string' &&
      isWord(tokens[index - 2], 'current_setting', 'set_config') &&
      REMOVED_SETTINGS.has(stringValue(token)) &&
      isPunct(tokens[index - 1], '(') &&
      isWord(tokens[index - 2], 'current_setting', 'set_config'),
  );
  if (removed) {
    const name = stringValue(removed);
    if (LOCALE_SETTINGS.has(name)) {
      // current_setting() reads it (pg15-catalog.ts); set_config() fails as on 15.
      const call = tokens[tokens.indexOf(removed) - 2];
      if (isWord(call, 'set_config')) return cannotBeChanged(statement, name);
      return undefined;
    }
    return {
      stage: 'statement',
      statement,
      code: '0A000',
      message: `setting "${name}" exists in PostgreSQL 15 but not in PGlite (PostgreSQL 18), so the fake cannot answer as 15 does: run this test on the real server`,
    };
  }
  const merged = mergeInWith(tokens);
  if (merged) {
    return {
      stage: 'statement',
      statement,
      code: '0A000',
      message: 'MERGE not supported in WITH query',
      position: at(merged),
    };
  }
  if (isWord(head, 'create') && isWord(second, 'collation')) {
    const collation = collationFinding(statement);
    if (collation) return collation;
  }
  const foreignLike =
    isWord(head, 'create') && isWord(second, 'foreign') ? foreignTableLike(tokens) : undefined;
  if (foreignLike) {
    // 18 copies the table's columns (and then looks the server up); 15 refuses LIKE while it
    // analyses the statement, before any lookup.
    return {
      stage: 'statement',
      statement,
      code: '0A000',
      message: 'LIKE is not supported for creating foreign tables',
      position: at(foreignLike),
    };
  }
  // `ALTER DEFAULT PRIVILEGES [FOR ...] [IN SCHEMA ...] GRANT|REVOKE ...` lists privileges as GRANT does.
  const grantAt = isWord(head, 'grant', 'revoke')
    ? 0
    : isWord(head, 'alter') && isWord(second, 'default')
      ? tokens.findIndex((token) => isWord(token, 'grant', 'revoke'))
      : -1;
  if (grantAt >= 0) {
    const on = tokens.findIndex((token, index) => index > grantAt && isWord(token, 'on'));
    if (on > 0 && tokens.slice(grantAt + 1, on).some((token) => isWord(token, 'maintain'))) {
      return {
        stage: 'statement',
        statement,
        code: '42601',
        message: 'unrecognized privilege type "maintain"',
      };
    }
    if (rulePrivileges(tokens).alone) {
      return {
        stage: 'statement',
        statement,
        code: '0A000',
        message:
          'RULE as the only privilege of a GRANT or REVOKE: PostgreSQL 15 reads it as no privilege and changes nothing, PGlite (PostgreSQL 18) does not read it, so the fake refuses it: run this test on the real server',
      };
    }
  }
  return undefined;
}

/**
 * The RULE privileges a GRANT / REVOKE lists, which 15 still reads as privileges of no rights (8.2
 * dropped the privilege) and 16+ refuses, by their index in the statement's tokens. `alone`: RULE
 * is the only privilege listed, or a column's (`RULE (a)`).
 */
function rulePrivileges(tokens: readonly SqlToken[]): { rules: number[]; alone: boolean } {
  // `ALTER DEFAULT PRIVILEGES [FOR ...] [IN SCHEMA ...] GRANT|REVOKE ...` lists privileges as GRANT does.
  const grantAt = isWord(tokens[0], 'grant', 'revoke')
    ? 0
    : isWord(tokens[0], 'alter') && isWord(tokens[1], 'default')
      ? tokens.findIndex((token) => isWord(token, 'grant', 'revoke'))
      : -1;
  const on = tokens.findIndex((token, index) => grantAt >= 0 && index > grantAt && isWord(token, 'on'));
  const rules: number[] = [];
  let listed = 0;
  // REVOKE GRANT OPTION FOR <privileges>
  const grantOption =
    isWord(tokens[grantAt + 1], 'grant') &&
    isWord(tokens[grantAt + 2], 'option') &&
    isWord(tokens[grantAt + 3], 'for');
  const first = grantAt + (grantOption ? 4 : 1);
  for (let index = first; grantAt >= 0 && index < on; index += 1) {
    if (index > first && !isPunct(tokens[index - 1], ',')) continue;
    listed += 1;
    if (!isWord(tokens[index], 'rule')) continue;
    if (isPunct(tokens[index + 1], '(')) return { rules: [index], alone: true };
    rules.push(index);
  }
  return { rules, alone: rules.length > 0 && rules.length === listed };
}

/**
 * RULE listed beside other privileges: left out (with its comma), as 15 grants nothing for it.
 * RULE alone is refused where the statement is read (`statementFinding`): 15 changes nothing
 * then, not even the table's ACL, which no 18 privilege standing in for it would leave as it is.
 */
function rulePrivilegeEdits(statements: readonly Statement[]): Edit[] {
  return statements.flatMap(({ tokens }): Edit[] => {
    const { rules, alone } = rulePrivileges(tokens);
    if (alone) return [];
    return rules.flatMap((index): Edit[] => {
      const rule = tokens[index];
      const next = tokens[index + 1];
      const after = tokens[index + 2];
      if (!rule) return [];
      if (isPunct(next, ',') && after) return [{ start: rule.start, end: after.start, text: '' }];
      const comma = tokens[index - 1];
      return comma ? [{ start: comma.start, end: rule.end, text: '' }] : [];
    });
  });
}

/**
 * A SQL or PL/pgSQL body (CREATE FUNCTION / PROCEDURE, DO) holding what 15's parser rejects: 15
 * parses the body when it creates the function (or starts the DO block), so the statement fails
 * there, with the error of the body's text (its position is internal to the body: left out).
 */
function bodyFinding(statement: Statement): Finding | undefined {
  const { tokens } = statement;
  const [head] = tokens;
  const isDo = isWord(head, 'do');
  const isRoutine =
    isWord(head, 'create') && tokens.slice(1, 5).some((token) => isWord(token, 'function', 'procedure'));
  if (!isDo && !isRoutine) return undefined;
  const languageAt = tokens.findIndex((token) => isWord(token, 'language'));
  const language = languageAt === -1 ? undefined : tokens[languageAt + 1];
  const languageName = language?.kind === 'string' ? stringValue(language) : language?.value;
  if (!(languageName === undefined ? isDo : languageName === 'sql' || languageName === 'plpgsql'))
    return undefined;
  const bodies = tokens.filter(
    (token, index) =>
      token.kind === 'string' &&
      (isDo ? index > 0 && index !== languageAt + 1 : isWord(tokens[index - 1], 'as')),
  );
  const plpgsql = languageName === undefined || languageName === 'plpgsql';
  for (const token of bodies) {
    const content = bodyText(token.value);
    const newer = plpgsql && content !== undefined ? newerPlpgsqlMessage(content) : undefined;
    if (newer) return { stage: 'statement', statement, code: '42601', message: newer };
    const returned = content === undefined ? undefined : returnedOldOrNewInBody(content, plpgsql, tokens);
    if (returned && plpgsql && !isDo)
      return {
        stage: 'statement',
        statement,
        code: '0A000',
        message: `RETURNING ${returned.name}.column in a PL/pgSQL function: PostgreSQL 15 creates the function and fails when the statement runs (missing FROM-clause entry for table "${returned.name}"), PGlite (PostgreSQL 18) returns the row's ${returned.name} values, so the fake refuses it: run this test on the real server`,
      };
    if (returned)
      return {
        stage: 'statement',
        statement,
        code: '42P01',
        message: `missing FROM-clause entry for table "${returned.name}"`,
      };
    // A constant 16+ reads and 15 rejects ('infinity'::interval, '0x1F'::int): 15 converts it when it
    // analyses the statement, at creation for a SQL body, when the statement runs in PL/pgSQL.
    const literal =
      content === undefined || !PREFILTER.test(content)
        ? undefined
        : splitStatements(tokenize(content))
            .map((inner) => literalFinding(inner))
            .find(Boolean);
    if (literal && plpgsql && !isDo)
      return {
        stage: 'statement',
        statement,
        code: '0A000',
        message: `a constant PostgreSQL 15 rejects (${literal.message}) in a PL/pgSQL function: 15 creates the function and fails when the statement runs, PGlite (PostgreSQL 18) reads the constant, so the fake refuses it: run this test on the real server`,
      };
    if (literal) {
      const { code, message, detail, hint } = literal;
      return {
        stage: 'statement',
        statement,
        code,
        message,
        ...(detail && { detail }),
        ...(hint && { hint }),
      };
    }
    if (content === undefined || !PREFILTER.test(content)) continue;
    const inner = tokenize(content);
    const innerStatements = splitStatements(inner);
    const [first] = [
      ...innerStatements.flatMap((innerStatement) => parseFindings(innerStatement, content)),
      ...fromAliasFindings(inner, innerStatements, content),
    ].sort((a, b) => (a.position ?? 0) - (b.position ?? 0));
    if (first) return { stage: 'statement', statement, code: first.code, message: first.message };
  }
  return undefined;
}

/**
 * What PL/pgSQL 16-18 added to its own grammar, which 15's rejects when it compiles the body:
 * `GET DIAGNOSTICS x = PG_ROUTINE_OID` (16) and arrays of copied types, `t.c%TYPE[]` and
 * `t%ROWTYPE[]` (17). The message 15 gives, or undefined.
 */
export function newerPlpgsqlMessage(body: string): string | undefined {
  if (!/%\s*(?:row)?type\s*\[|\bpg_routine_oid\b|=>/i.test(body)) return undefined;
  const tokens = tokenize(body);
  const arrow = cursorArgumentArrow(tokens);
  if (arrow) return 'syntax error at or near "=>"';
  let diagnostics = false;
  for (const [index, token] of tokens.entries()) {
    if (isPunct(token, ';')) diagnostics = false;
    if (isWord(token, 'diagnostics') && isWord(tokens[index - 1], 'get', 'current')) diagnostics = true;
    if (diagnostics && isWord(token, 'pg_routine_oid'))
      return `unrecognized GET DIAGNOSTICS item at or near "${body.slice(token.start, token.end)}"`;
    const next = tokens[index + 1];
    if (
      token.kind === 'op' &&
      token.value === '%' &&
      isWord(next, 'type', 'rowtype') &&
      isPunct(tokens[index + 2], '[')
    )
      return 'syntax error at or near "["';
  }
  return undefined;
}

/**
 * A bound cursor's argument given by name with `=>` (`OPEN c(k => 1)`, `FOR r IN c(k => 1)`), which
 * 18 added: 15 takes `:=` only there (`=>` stays valid in SQL calls inside the body).
 */
function cursorArgumentArrow(tokens: readonly SqlToken[]): boolean {
  const cursors = new Set<string>();
  for (const [index, token] of tokens.entries()) {
    let next = index + 1;
    if (isWord(tokens[next], 'no')) next += 1;
    if (isWord(tokens[next], 'scroll')) next += 1;
    if (token.kind === 'word' && isWord(tokens[next], 'cursor')) cursors.add(token.value);
  }
  if (cursors.size === 0) return false;
  return tokens.some((token, index) => {
    const name = tokens[index + 1];
    if (!isWord(token, 'open', 'in') || !name || !cursors.has(name.value) || !isPunct(tokens[index + 2], '('))
      return false;
    let depth = 0;
    for (let at = index + 2; at < tokens.length; at += 1) {
      const inner = tokens[at];
      const after = tokens[at + 1];
      if (isPunct(inner, '(')) depth += 1;
      else if (isPunct(inner, ')') && --depth === 0) return false;
      // The lexer here reads `=>` as `=` then `>`.
      else if (
        depth === 1 &&
        inner?.kind === 'op' &&
        inner.value === '=' &&
        after?.value === '>' &&
        after.start === inner.end
      )
        return true;
    }
    return false;
  });
}

/**
 * PL/pgSQL bodies (DO, CREATE FUNCTION / PROCEDURE) declaring bound cursors (`c CURSOR FOR ...`):
 * 15 starts such a variable as its own name, so OPEN names the portal `c` (a caller can FETCH
 * FROM c); 16+ starts it NULL and OPEN makes up `<unnamed portal n>`. 15's start is written in:
 * an assignment of the name first thing in the block that declares it. The newer keywords of SQL and
 * PL/pgSQL bodies are quoted here too, as in a statement (quotingEdits).
 */
function boundCursorEdits(statements: readonly Statement[]): Edit[] {
  return statements.flatMap(({ tokens }): Edit[] => {
    const isDo = isWord(tokens[0], 'do');
    const isRoutine =
      isWord(tokens[0], 'create') &&
      tokens.slice(1, 5).some((token) => isWord(token, 'function', 'procedure'));
    if (!isDo && !isRoutine) return [];
    const languageAt = tokens.findIndex((token) => isWord(token, 'language'));
    const language = languageAt === -1 ? undefined : tokens[languageAt + 1];
    const languageName = language?.kind === 'string' ? stringValue(language) : language?.value;
    const plpgsql = languageName === undefined ? isDo : languageName === 'plpgsql';
    if (!plpgsql && languageName !== 'sql') return [];
    return tokens.flatMap((token, index): Edit[] => {
      const body =
        token.kind === 'string' &&
        (isDo ? index > 0 && index !== languageAt + 1 : isWord(tokens[index - 1], 'as'));
      const content = body ? bodyText(token.value) : undefined;
      if (content === undefined) return [];
      // 15 parses a body when it creates the function (or runs the DO): 16-18's keywords in it
      // (`t IS JSON`, `JSON_OBJECT('a': 1)`) must fail there as they do in a statement.
      // So must its reads of the catalogs whose columns 16-18 changed (catalogEdits).
      const inner = tokenize(content);
      const reads = splitStatements(inner).flatMap((part) => {
        const at = part.tokens.findIndex((word) => isWord(word, 'select', 'with'));
        return at === -1 ? [] : [{ ...part, tokens: part.tokens.slice(at) }];
      });
      const handlers = plpgsql ? handlerEdits(content, inner) : [];
      // A zone argument in the body is read as 15 reads it when the body runs, as in a statement.
      const zones = zoneArgumentBodyEdits(inner);
      const bodyEdits = [...quotingEdits(inner), ...catalogEdits(reads), ...handlers, ...zones].sort(
        (a, b) => a.start - b.start,
      );
      const kept = withoutOverlaps(bodyEdits);
      const quoted = applyEdits(content, kept);
      const rewritten = plpgsql && /\bcursor\b/i.test(quoted) ? withBoundCursorNames(quoted) : quoted;
      if (rewritten === content) return [];
      if (token.value.startsWith("'")) {
        return [{ start: token.start, end: token.end, text: `'${rewritten.replaceAll("'", "''")}'` }];
      }
      // A position 15 reports inside the body (a syntax error, an operator it cannot choose) is
      // carried back through the body's own edits; the cursor names added after them are not mapped.
      const tag = /^\$[^$]*\$/.exec(token.value)?.[0] ?? '$$';
      const positionIn =
        rewritten === quoted
          ? (offset: number): number =>
              offset < tag.length ? offset : tag.length + originalPosition(kept, offset - tag.length + 1) - 1
          : undefined;
      return [
        {
          start: token.start,
          end: token.end,
          text: `${tag}${rewritten}${tag}`,
          ...(positionIn ? { inner: positionIn } : {}),
        },
      ];
    });
  });
}

/** A PL/pgSQL body with `name := 'name';` after the BEGIN of each block declaring bound cursor `name`. */
export function withBoundCursorNames(body: string): string {
  const tokens = tokenize(body);
  const edits: Edit[] = [];
  for (let at = 0; at < tokens.length; at += 1) {
    if (!isWord(tokens[at], 'declare')) continue;
    const names: { readonly text: string; readonly portal: string }[] = [];
    let index = at + 1;
    let declarationStart = true;
    let depth = 0;
    for (; index < tokens.length && !(depth === 0 && isWord(tokens[index], 'begin')); index += 1) {
      const token = tokens[index];
      if (isPunct(token, '(')) depth += 1;
      else if (isPunct(token, ')')) depth -= 1;
      if (declarationStart && token && (token.kind === 'word' || token.kind === 'quoted')) {
        let next = index + 1;
        if (isWord(tokens[next], 'no')) next += 1;
        if (isWord(tokens[next], 'scroll')) next += 1;
        if (isWord(tokens[next], 'cursor')) {
          const portal = token.kind === 'quoted' ? token.value : token.value.toLowerCase();
          names.push({ text: body.slice(token.start, token.end), portal });
        }
      }
      declarationStart = depth === 0 && isPunct(token, ';');
    }
    const begin = tokens[index];
    // A name holding `$` could close a dollar-quoted body it is written into.
    const assignable = names.filter(({ text }) => !text.includes('$'));
    if (!begin || assignable.length === 0) continue;
    const assignments = assignable.map(({ text, portal }) => ` ${text} := ${sqlString(portal)};`);
    edits.push({ start: begin.end, end: begin.end, text: assignments.join('') });
    at = index;
  }
  return applyEdits(body, edits);
}

/** The text of a '...' or $tag$...$tag$ body; undefined for E'' and other prefixed literals. */
function bodyText(literal: string): string | undefined {
  if (literal.startsWith("'")) return literal.slice(1, -1).replaceAll("''", "'");
  const tag = /^\$[^$]*\$/.exec(literal)?.[0];
  return tag && literal.endsWith(tag) && literal.length >= tag.length * 2
    ? literal.slice(tag.length, -tag.length)
    : undefined;
}

/** PostgreSQL 15's name (in its input errors) of the types whose input 16+ widened. */
const LITERAL_TYPES: Readonly<Record<string, string>> = {
  int: 'integer',
  integer: 'integer',
  int4: 'integer',
  bigint: 'bigint',
  int8: 'bigint',
  smallint: 'smallint',
  int2: 'smallint',
  numeric: 'numeric',
  decimal: 'numeric',
  interval: 'interval',
  timestamp: 'timestamp',
  timestamptz: 'timestamp with time zone',
  timetz: 'time with time zone',
  date: 'date',
  oid: 'oid',
};

/**
 * A constant cast (`'0x1F'::int`, `interval 'infinity'`, `CAST('1_000' AS bigint)`) to input 16+
 * accepts and 15 rejects; 15 converts constants while it analyses the statement.
 */
function literalFinding(statement: Statement): Finding | undefined {
  const { tokens } = statement;
  // The first literal both versions refuse: 15 converts constants in order as it analyses the
  // statement, so a refusal found after it is not the statement's error; it is.
  let earlier: Finding | undefined;
  const first = (finding: Finding): Finding => earlier ?? finding;
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index];
    if (token?.kind !== 'string' || !token.value.startsWith("'")) continue;
    const jsonpath = jsonpathFinding(statement, index);
    if (jsonpath) return first(jsonpath);
    const content = token.value.slice(1, -1).replaceAll("''", "'");
    const identifier = identifierLiteral(tokens, index, content);
    if (identifier && 'error' in identifier) {
      return first({ stage: 'statement', statement, ...identifier.error, position: token.start + 1 });
    }
    // box, the one built-in element type whose delimiter is not a comma, is left to the server.
    const malformed =
      castToArray(tokens, index) && !isWord(tokens[index + 2], 'box')
        ? pg15MalformedArray(content)
        : undefined;
    if (malformed) return first({ stage: 'statement', statement, ...malformed, position: token.start + 1 });
    // A constant of a type whose input 16+ widened (`'0x1F'::int`, `'{1_000}'::numeric[]`, a range's
    // bound, `'infinity'::interval`) is left to the server: pg15-type-input.ts's stand-ins refuse it
    // as 15's input functions do, while PGlite analyses the statement, so in 15's order among the
    // statement's other constants (FROM before the select list, then WHERE, ORDER BY...) and with
    // 15's position. A refusal found here could only be raised before all of them. An integer both
    // versions refuse is still noted: it comes before a malformed array literal found after it.
    const type = literalType(tokens, index);
    const integerError =
      type === 'integer' || type === 'bigint' || type === 'smallint'
        ? pg15IntegerInputError(type, content)
        : undefined;
    if (integerError && !NEWER_INTEGER.test(content))
      earlier ??= { stage: 'statement', statement, ...integerError, position: token.start + 1 };
  }
  return formatFinding(statement);
}

const JSONPATH_FUNCTIONS = new Set([
  'jsonb_path_exists',
  'jsonb_path_match',
  'jsonb_path_query',
  'jsonb_path_query_array',
  'jsonb_path_query_first',
  'jsonb_path_exists_tz',
  'jsonb_path_match_tz',
  'jsonb_path_query_tz',
  'jsonb_path_query_array_tz',
  'jsonb_path_query_first_tz',
]);
/** jsonpath item methods 17 added (`.integer()`, `.date()`...); `.datetime()` and the like are 15's. */
export const NEWER_JSONPATH_METHOD =
  /\.\s*(?:bigint|boolean|date|decimal|integer|number|string|time|time_tz|timestamp|timestamp_tz)\s*\(/;
/** jsonpath numbers 16 added: non-decimal, or with `_` between digits. */
export const NEWER_JSONPATH_NUMBER = /(?<![\w.$@])(?:0[xXoObB][0-9a-fA-F_]+|\d+(?:_\d+)+)/;

/** A jsonpath's text with its strings ("...") emptied: they are data, not syntax. */
export const jsonpathSyntax = (path: string): string => path.replace(/"(?:[^"\\]|\\.)*"?/g, '""');

/**
 * The error 15 raises for a jsonpath's text in 16+/17+ syntax (a non-decimal number, an item method
 * 17 added), which it fails to parse; undefined for any other text.
 */
export function pg15JsonpathError(
  text: string,
): { readonly code: '42601'; readonly message: string } | undefined {
  const path = jsonpathSyntax(text);
  if (NEWER_JSONPATH_METHOD.test(path))
    return { code: '42601', message: 'syntax error at or near "(" of jsonpath input' };
  if (NEWER_JSONPATH_NUMBER.test(path))
    return { code: '42601', message: 'syntax error at end of jsonpath input' };
  return undefined;
}

/**
 * A constant jsonpath (`'$.a.integer()'::jsonpath`, a jsonb_path_* function's path, the right of
 * `@?` / `@@`) in 16+/17+ syntax: 15 fails to parse it while it analyses the statement.
 */
function jsonpathFinding(statement: Statement, index: number): Finding | undefined {
  const { tokens } = statement;
  const token = tokens[index];
  if (!token || !isJsonpathConstant(tokens, index)) return undefined;
  const path = jsonpathSyntax(token.value.slice(1, -1).replaceAll("''", "'"));
  const method = NEWER_JSONPATH_METHOD.test(path);
  if (!method && !NEWER_JSONPATH_NUMBER.test(path)) return untemplatedDatetimeFinding(statement, index, path);
  return {
    stage: 'statement',
    statement,
    code: '42601',
    message: method
      ? 'syntax error at or near "(" of jsonpath input'
      : 'syntax error at end of jsonpath input',
    position: token.start + 1,
  };
}

/** `.datetime()` with no template: 15 and 17+ try different lists of formats. */
const UNTEMPLATED_DATETIME = /\.\s*datetime\s*\(\s*\)/;
/** A time of day with its zone in letters (`T03:04:05Z`, `10:00 UTC`): what only 17+ recognises. */
const LETTER_ZONE = /\d:\d\d(?::\d\d(?:\.\d+)?)?\s*[A-Za-z]/;

/**
 * `.datetime()` without a template tries a fixed list of formats; 17 made its zone `TZ` where 15
 * has `TZH:TZM`, so 17+ reads `2024-01-02T03:04:05Z` (JavaScript's toISOString) and zone names
 * where 15 fails with 22031 "datetime format is not recognized". The strings it reads are data
 * (a column's, a parameter's): answered only when the jsonb it reads is a constant of the statement
 * and no constant has a zone in letters, refused loudly otherwise.
 */
function untemplatedDatetimeFinding(statement: Statement, index: number, path: string): Finding | undefined {
  if (!UNTEMPLATED_DATETIME.test(path)) return undefined;
  const { tokens } = statement;
  const letterZone = tokens.some((token) => token.kind === 'string' && LETTER_ZONE.test(token.value));
  const parameters = tokens.some((token) => token.kind === 'param');
  if (!letterZone && !parameters && jsonpathTargetIsConstant(tokens, index)) return undefined;
  return {
    stage: 'statement',
    statement,
    code: '0A000',
    message:
      'jsonpath .datetime() without a template over data the statement does not hold: PostgreSQL 15 recognises zones as numbers only (+01:00) and fails with 22031 on "2024-01-02T03:04:05Z" or a zone name, PGlite (PostgreSQL 18) reads them, so the fake cannot answer as 15 does: give .datetime() a template, or run this test on the real server',
  };
}

/** True for a string constant, bare or cast to jsonb (`'{...}'`, `'{...}'::jsonb`, `jsonb '{...}'`). */
function constantJsonbAt(tokens: readonly SqlToken[], from: number, to: number): boolean {
  const span = tokens.slice(from, to);
  const [first, second, third] = span;
  if (span.length === 1) return first?.kind === 'string';
  if (span.length === 2) return isWord(first, 'jsonb') && second?.kind === 'string';
  return span.length === 3 && first?.kind === 'string' && isPunct(second, '::') && isWord(third, 'jsonb');
}

/**
 * Whether the jsonb a constant path reads is a constant too: the first argument of its jsonb_path_*
 * call, or the left of `@?` / `@@`. A path alone (`'$.datetime()'::jsonpath`) reads nothing.
 */
function jsonpathTargetIsConstant(tokens: readonly SqlToken[], index: number): boolean {
  let at = index - 1;
  if (isWord(tokens[at], 'jsonpath')) at -= 1;
  const previous = tokens[at];
  if (previous?.value === '?' || previous?.value === '@') {
    const end = at - 1;
    const length = [3, 2, 1].find((size) => constantJsonbAt(tokens, end - size, end));
    return length !== undefined && tokens[end - length - 1]?.kind !== 'op';
  }
  if (!isPunct(previous, ',')) return !tokens.some((token) => JSONPATH_FUNCTIONS.has(token.value));
  let depth = 0;
  for (let open = at - 1; open >= 0; open -= 1) {
    const token = tokens[open];
    if (isPunct(token, ')')) depth += 1;
    else if (isPunct(token, '(')) {
      if (depth === 0) return constantJsonbAt(tokens, open + 1, at);
      depth -= 1;
    }
  }
  return false;
}

function isJsonpathConstant(tokens: readonly SqlToken[], index: number): boolean {
  const next = tokens[index + 1];
  const previous = tokens[index - 1];
  if (next?.value === '::' && isWord(tokens[index + 2], 'jsonpath')) return true;
  if (isWord(previous, 'jsonpath')) return true;
  if (previous?.value === '?' || previous?.value === '@') return tokens[index - 2]?.value === '@';
  if (!isPunct(previous, ',')) return false;
  // The second argument of a jsonb_path_* call: back to its opening parenthesis over one comma.
  let depth = 0;
  for (let at = index - 2; at >= 0; at -= 1) {
    const token = tokens[at];
    if (isPunct(token, ')')) depth += 1;
    else if (isPunct(token, '(')) {
      if (depth === 0)
        return JSONPATH_FUNCTIONS.has(tokens[at - 1]?.value ?? '') && tokens[at - 1]?.kind === 'word';
      depth -= 1;
    } else if (depth === 0 && isPunct(token, ',')) return false;
  }
  return false;
}

const INTEGER_RANGES: Readonly<Record<'smallint' | 'integer' | 'bigint', readonly [bigint, bigint]>> = {
  smallint: [-32_768n, 32_767n],
  integer: [-2_147_483_648n, 2_147_483_647n],
  bigint: [-9_223_372_036_854_775_808n, 9_223_372_036_854_775_807n],
};

/**
 * 15's error for `text` as input of an integer type (int2in, int4in, int8in: decimal digits with a
 * sign and surrounding spaces, within the type's range), undefined when 15 reads it.
 */
export function pg15IntegerInputError(
  type: 'smallint' | 'integer' | 'bigint',
  text: string,
): { code: string; message: string } | undefined {
  const digits = /^[ \t\n\r\v\f]*([+-]?\d+)[ \t\n\r\v\f]*$/.exec(text)?.[1];
  if (digits === undefined)
    return { code: '22P02', message: `invalid input syntax for type ${type}: "${text}"` };
  const [low, high] = INTEGER_RANGES[type];
  const value = BigInt(digits);
  return value < low || value > high
    ? { code: '22003', message: `value "${text}" is out of range for type ${type}` }
    : undefined;
}

const IDENTIFIER_TYPES: readonly IdentifierType[] = ['oid', 'xid', 'cid', 'xid8'];
const identifierType = (word: string): IdentifierType | undefined =>
  IDENTIFIER_TYPES.find((type) => type === word);

/**
 * A string literal cast to an oid, xid, cid or xid8 (`'-2147483649'::oid`, `xid ''`, an array of
 * them, an oidvector) or to any array with dimension decorations (`'[1:0]={}'::int[]`), which
 * PGlite reads otherwise than 15 (pg15-identifier-input.ts): 15's error, or the text PGlite reads
 * as 15's value. Undefined for any other literal.
 */
function identifierLiteral(
  tokens: readonly SqlToken[],
  index: number,
  content: string,
): Pg15Reading | undefined {
  const next = tokens[index + 1];
  const previous = tokens[index - 1];
  const cast =
    isPunct(next, '::') ||
    (isPunct(previous, '(') && isWord(tokens[index - 2], 'cast') && isWord(next, 'as'));
  const name = cast ? tokens[index + 2] : previous;
  if (name?.kind !== 'word') return undefined;
  const array = cast && castToArray(tokens, index);
  const dimensions = array ? pg15ArrayDimensions(content) : undefined;
  if (dimensions && 'error' in dimensions) return dimensions;
  const typed = (shape: 'scalar' | 'array' | 'vector', type: IdentifierType) =>
    pg15IdentifierReading(type, shape, dimensions?.text ?? content) ?? dimensions;
  if (name.value === 'oidvector' && !isPunct(tokens[cast ? index + 3 : index], '['))
    return typed('vector', 'oid');
  const type = identifierType(name.value);
  if (!type) return dimensions;
  if (array) return isPunct(tokens[index + 3], '[') ? typed('array', type) : dimensions;
  return typed('scalar', type);
}

/** True when the string literal at `index` is cast to an array type (`'{}'::int[]`, `CAST('{}' AS text[])`). */
function castToArray(tokens: readonly SqlToken[], index: number): boolean {
  const cast =
    isPunct(tokens[index + 1], '::') ||
    (isPunct(tokens[index - 1], '(') && isWord(tokens[index - 2], 'cast') && isWord(tokens[index + 1], 'as'));
  if (!cast) return false;
  for (let at = index + 2; at < tokens.length && at < index + 8; at += 1) {
    const token = tokens[at];
    if (isPunct(token, '[')) return true;
    // A typmod after the type's name (`varchar(3)[]`, `numeric(5, 2)[]`): numbers and commas only.
    if (isPunct(token, '(') && tokens[at - 1]?.kind === 'word') {
      let close = at + 1;
      while (tokens[close]?.kind === 'number' || isPunct(tokens[close], ',')) close += 1;
      if (!isPunct(tokens[close], ')')) return false;
      at = close;
      continue;
    }
    if (!token || (token.kind !== 'word' && token.kind !== 'quoted' && !isPunct(token, '.'))) return false;
  }
  return false;
}

/**
 * `CREATE COLLATION` with what 16-17 added: the `builtin` provider (17) and ICU tailoring `rules`
 * (16). 15 refuses both when it runs the statement.
 */
function collationFinding(statement: Statement): Finding | undefined {
  const { tokens } = statement;
  const libc = libcCollationError(tokens);
  if (libc) return { stage: 'statement', statement, ...libc };
  const icu = icuCollationLocale(tokens, stringValue);
  if (icu && 'unsupported' in icu) {
    return {
      stage: 'statement',
      statement,
      code: '0A000',
      message: `${icu.unsupported}: PGlite's ICU ignores it where PostgreSQL 15 honours it, so the fake refuses it: run this test on the real server`,
    };
  }
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index];
    if (tokens[index + 1]?.value !== '=') continue;
    if (isWord(token, 'rules')) {
      return {
        stage: 'statement',
        statement,
        code: '42601',
        message: 'collation attribute "rules" not recognized',
      };
    }
    const value = tokens[index + 2];
    if (isWord(token, 'provider') && value && /^'?builtin'?$/i.test(value.value)) {
      return {
        stage: 'statement',
        statement,
        code: '42P17',
        message: 'unrecognized collation provider: builtin',
      };
    }
  }
  return undefined;
}

/** Whether the name at `index` is a collation's: after COLLATE (or `schema.`), or CREATE COLLATION's FROM. */
function namesCollation(tokens: readonly SqlToken[], index: number): boolean {
  const before = isPunct(tokens[index - 1], '.') ? index - 2 : index;
  return (
    isWord(tokens[before - 1], 'collate') ||
    (isWord(tokens[before - 1], 'from') && isWord(tokens[0], 'create') && isWord(tokens[1], 'collation'))
  );
}

/** A CREATE COLLATION's ICU language tag in the keyword form PGlite's ICU honours (pg15-icu-locale.ts). */
function icuLocaleEdits(statements: readonly Statement[]): Edit[] {
  return statements.flatMap(({ tokens }) => {
    if (!isWord(tokens[0], 'create') || !isWord(tokens[1], 'collation')) return [];
    const icu = icuCollationLocale(tokens, stringValue);
    return icu && 'locale' in icu
      ? [{ start: icu.token.start, end: icu.token.end, text: sqlString(icu.locale) }]
      : [];
  });
}

/**
 * The CTE `x` of `WITH x AS (MERGE ...)`: 17 allows it, 15 refuses it while analysing the
 * statement, pointing at the CTE's name (17's own refusal points at the MERGE).
 */
function mergeInWith(tokens: readonly SqlToken[]): SqlToken | undefined {
  if (!tokens.some((token) => isWord(token, 'with'))) return undefined;
  const merge = tokens.findIndex(
    (token, index) =>
      isWord(token, 'merge') &&
      isWord(tokens[index + 1], 'into') &&
      isPunct(tokens[index - 1], '(') &&
      (isWord(tokens[index - 2], 'as') || isWord(tokens[index - 2], 'materialized')),
  );
  if (merge < 0) return undefined;
  // Back over `[NOT] MATERIALIZED`, `AS` and a column list `(a, b)` to the name.
  let at = merge - 2;
  if (isWord(tokens[at], 'materialized')) at -= isWord(tokens[at - 1], 'not') ? 2 : 1;
  at -= 1;
  if (isPunct(tokens[at], ')')) {
    while (at > 0 && !isPunct(tokens[at], '(')) at -= 1;
    at -= 1;
  }
  return tokens[at] ?? tokens[merge];
}

/**
 * `MERGE INTO v` where `v` is a view: 17 merges into an updatable view (or one with INSTEAD OF
 * triggers), where 15 refuses any view (0A000). Whether `v` is one is the catalog's to say: a
 * guard run just before the statement (pg15-catalog.ts) raises 15's error for a view.
 */
function mergeTargetGuard(statement: Statement, text: string): string | undefined {
  const { tokens } = statement;
  if (!isWord(tokens[0], 'merge') || !isWord(tokens[1], 'into')) return undefined;
  const at = isWord(tokens[2], 'only') ? 3 : 2;
  const name = qualifiedName(tokens, at, text);
  return name === undefined ? undefined : `SELECT ${MERGE_TARGET_GUARD}(${sqlString(name)})`;
}

/**
 * `CREATE MATERIALIZED VIEW ... AS query` (with data), `REFRESH MATERIALIZED VIEW name` (not WITH
 * NO DATA) and `CREATE INDEX` with a call in it: 17 runs the query, or the index expressions over the
 * existing rows, with search_path `pg_catalog, pg_temp`, 15 with the session's, so one that reads the
 * search path answers otherwise (`current_schema()` is `pg_catalog`). A guard run just
 * before the statement (pg15-catalog.ts `MAINTENANCE_SEARCH_PATH_GUARD`) looks at the query and the
 * user functions it calls and refuses such a query; a name that fails to resolve there is refused
 * after the fact (pglite-engine.ts `maintenanceSearchPath`).
 */
function maintenanceSearchPathGuard(statement: Statement, text: string): string | undefined {
  const { tokens } = statement;
  const last = tokens.length - 1;
  if (isWord(tokens[last], 'data') && isWord(tokens[last - 1], 'no') && isWord(tokens[last - 2], 'with'))
    return undefined;
  const body = sqlString(text.slice(statement.start, statement.end));
  if (isWord(tokens[0], 'create') && isWord(tokens[1], 'materialized') && isWord(tokens[2], 'view'))
    return `SELECT ${MAINTENANCE_SEARCH_PATH_GUARD}(${body}, NULL)`;
  // An index expression is computed over the table's rows as the index is built. CONCURRENTLY
  // cannot share an implicit transaction with a guard (25001): see concurrentIndexGuard.
  const index = isWord(tokens[1], 'unique') ? 2 : 1;
  if (
    isWord(tokens[0], 'create') &&
    isWord(tokens[index], 'index') &&
    !isWord(tokens[index + 1], 'concurrently') &&
    callsInIndex(tokens)
  )
    return `SELECT ${MAINTENANCE_SEARCH_PATH_GUARD}(${body}, NULL)`;
  if (!isWord(tokens[0], 'refresh') || !isWord(tokens[1], 'materialized') || !isWord(tokens[2], 'view'))
    return undefined;
  const at = isWord(tokens[3], 'concurrently') ? 4 : 3;
  const name = qualifiedName(tokens, at, text);
  return name === undefined
    ? undefined
    : `SELECT ${MAINTENANCE_SEARCH_PATH_GUARD}(${body}, ${sqlString(name)})`;
}

/**
 * `CREATE INDEX CONCURRENTLY` with a call in it, sent alone: the same guard as
 * `maintenanceSearchPathGuard`'s, run as a request of its own before it (`checkFirst`), since
 * CONCURRENTLY refuses an implicit transaction shared with the guard (25001).
 */
function concurrentIndexGuard(statement: Statement, text: string): string | undefined {
  const { tokens } = statement;
  const index = isWord(tokens[1], 'unique') ? 2 : 1;
  if (
    !isWord(tokens[0], 'create') ||
    !isWord(tokens[index], 'index') ||
    !isWord(tokens[index + 1], 'concurrently') ||
    !callsInIndex(tokens)
  )
    return undefined;
  return `SELECT ${MAINTENANCE_SEARCH_PATH_GUARD}(${sqlString(text.slice(statement.start, statement.end))}, NULL)`;
}

/**
 * Whether a CREATE INDEX calls a function in its key expressions (inside its parentheses) or its
 * predicate (after WHERE): `ON t (lower(a))`, not `ON t USING gin (a)`.
 */
function callsInIndex(tokens: readonly SqlToken[]): boolean {
  let depth = 0;
  let predicate = false;
  return tokens.some((token, at) => {
    if (isPunct(token, '(')) depth += 1;
    else if (isPunct(token, ')')) depth -= 1;
    else if (depth === 0 && isWord(token, 'where')) predicate = true;
    return token.kind === 'word' && isPunct(tokens[at + 1], '(') && (depth > 0 || predicate);
  });
}

/** What an ALTER TABLE's `ADD` may add other than a column. */
const ADDED_NON_COLUMNS = new Set([
  'generated',
  'constraint',
  'primary',
  'unique',
  'foreign',
  'check',
  'exclude',
]);

/** `ALTER TABLE name ... ADD [COLUMN] c type ... AS IDENTITY` (not ONLY): see pg15-catalog.ts `IDENTITY_COLUMN_GUARD`. */
function identityColumnGuard(statement: Statement, text: string): string | undefined {
  const { tokens } = statement;
  if (!isWord(tokens[0], 'alter') || !isWord(tokens[1], 'table')) return undefined;
  let at = 2;
  if (isWord(tokens[at], 'if') && isWord(tokens[at + 1], 'exists')) at += 2;
  if (isWord(tokens[at], 'only')) return undefined;
  const name = qualifiedName(tokens, at, text);
  if (name === undefined) return undefined;
  let depth = 0;
  let adding = false;
  let addsIdentity = false;
  tokens.forEach((token, index) => {
    if (isPunct(token, '(')) depth += 1;
    else if (isPunct(token, ')')) depth -= 1;
    else if (depth === 0 && isPunct(token, ',')) adding = false;
    else if (depth === 0 && isWord(token, 'add') && !ADDED_NON_COLUMNS.has(tokens[index + 1]?.value ?? ''))
      adding = true;
    else if (adding && isWord(token, 'as') && isWord(tokens[index + 1], 'identity')) addsIdentity = true;
  });
  return addsIdentity ? `SELECT ${IDENTITY_COLUMN_GUARD}(${sqlString(name)})` : undefined;
}

/**
 * `ALTER TABLE [ONLY] name ... ALTER [COLUMN] c DROP NOT NULL` / `SET NOT NULL`: see pg15-catalog.ts
 * `INHERITED_NOT_NULL_GUARD`, given the columns whose NOT NULL the statement drops and sets.
 */
function inheritedNotNullGuard(statement: Statement, text: string): string | undefined {
  const { tokens } = statement;
  if (!isWord(tokens[0], 'alter') || !isWord(tokens[1], 'table')) return undefined;
  let at = 2;
  if (isWord(tokens[at], 'if') && isWord(tokens[at + 1], 'exists')) at += 2;
  const only = isWord(tokens[at], 'only');
  const name = qualifiedName(tokens, only ? at + 1 : at, text);
  if (name === undefined) return undefined;
  const columnsBefore = (verb: string): string[] =>
    tokens.flatMap((token, index): string[] => {
      if (!(isWord(token, verb) && isWord(tokens[index + 1], 'not') && isWord(tokens[index + 2], 'null')))
        return [];
      const column = identifierOf(tokens[index - 1]);
      const alter = isWord(tokens[index - 2], 'column') ? tokens[index - 3] : tokens[index - 2];
      return column !== undefined && isWord(alter, 'alter') ? [column] : [];
    });
  const dropped = columnsBefore('drop');
  // 15 sets a NOT NULL without ONLY through the children as 18 does: only ONLY's is looked at, and
  // the one ADD PRIMARY KEY sets on its columns.
  const set = only ? [...columnsBefore('set'), ...primaryKeyColumns(tokens)] : [];
  // DROP CONSTRAINT [IF EXISTS] c: with ONLY, 15 refuses a CHECK's on a partitioned table.
  const checks = only
    ? tokens.flatMap((token, index): string[] => {
        if (!(isWord(token, 'drop') && isWord(tokens[index + 1], 'constraint'))) return [];
        const at =
          isWord(tokens[index + 2], 'if') && isWord(tokens[index + 3], 'exists') ? index + 4 : index + 2;
        const constraint = identifierOf(tokens[at]);
        return constraint === undefined ? [] : [constraint];
      })
    : [];
  if (dropped.length === 0 && set.length === 0 && checks.length === 0) return undefined;
  const array = (names: readonly string[]): string => `ARRAY[${names.map(sqlString).join(', ')}]::text[]`;
  return `SELECT ${INHERITED_NOT_NULL_GUARD}(${sqlString(name)}, ${only}, ${array(dropped)}, ${array(set)}, ${array(checks)})`;
}

/** What follows `SET` in an identity column's ALTER: its kind, or a sequence option. */
const IDENTITY_SET_WORDS = new Set([
  'generated',
  'increment',
  'start',
  'minvalue',
  'maxvalue',
  'cycle',
  'cache',
  'restart',
]);

/**
 * `ALTER TABLE ONLY t ALTER [COLUMN] c {ADD GENERATED ... AS IDENTITY | SET GENERATED ... | SET
 * <sequence option> | RESTART | DROP IDENTITY}`, every subcommand one of these: 15's identity
 * commands never recurse, so ONLY changes nothing there; 17+ recurse them into a partitioned
 * table's partitions and refuse ONLY on one (42P16). Without ONLY, 18 changes the partitions too,
 * and the engine gives them back 15's columns after the statement (pg15-partition-follow-up.ts), as
 * for any identity change: so ONLY is left out of the text sent.
 */
function onlyIdentityEdits({ tokens }: Statement): Edit[] {
  if (!isWord(tokens[0], 'alter') || !isWord(tokens[1], 'table')) return [];
  let at = 2;
  if (isWord(tokens[at], 'if') && isWord(tokens[at + 1], 'exists')) at += 2;
  const only = tokens[at];
  if (!only || !isWord(only, 'only')) return [];
  const subcommands: SqlToken[][] = [[]];
  let depth = 0;
  for (const token of tokens.slice(at + 1)) {
    if (isPunct(token, '(')) depth += 1;
    else if (isPunct(token, ')')) depth -= 1;
    if (depth === 0 && isPunct(token, ',')) subcommands.push([]);
    else subcommands.at(-1)?.push(token);
  }
  const identityOnly = subcommands.every((words, index) => {
    // The first holds the table's name (schema-qualified: three tokens) before its ALTER.
    const start = words.findIndex((token) => isWord(token, 'alter'));
    if (start === -1 || (index > 0 && start !== 0)) return false;
    const column = isWord(words[start + 1], 'column') ? start + 2 : start + 1;
    const [verb, object] = [words[column + 1], words[column + 2]];
    return (
      identifierOf(words[column]) !== undefined &&
      (isWord(verb, 'restart') ||
        (isWord(verb, 'add') && isWord(object, 'generated')) ||
        (isWord(verb, 'drop') && isWord(object, 'identity')) ||
        (isWord(verb, 'set') &&
          (IDENTITY_SET_WORDS.has(object?.kind === 'word' ? object.value : '') ||
            (isWord(object, 'no') && isWord(words[column + 3], 'minvalue', 'maxvalue', 'cycle')))))
    );
  });
  return identityOnly ? [{ start: only.start, end: only.end, text: '' }] : [];
}

/** The columns of an `ADD [CONSTRAINT c] PRIMARY KEY (a, b)` in an ALTER TABLE. */
function primaryKeyColumns(tokens: readonly SqlToken[]): string[] {
  return tokens.flatMap((token, index): string[] => {
    if (!(isWord(token, 'primary') && isWord(tokens[index + 1], 'key') && isPunct(tokens[index + 2], '(')))
      return [];
    const columns: string[] = [];
    for (let at = index + 3; at < tokens.length && !isPunct(tokens[at], ')'); at += 1) {
      const column = identifierOf(tokens[at]);
      if (column !== undefined) columns.push(column);
      else if (!isPunct(tokens[at], ',')) return [];
    }
    return columns;
  });
}

/**
 * CREATE FUNCTION / PROCEDURE in LANGUAGE sql with a string body whose DDL (CREATE, ALTER, DROP) is
 * followed by another statement: see pg15-catalog.ts `SQL_BODY_DDL_GUARD`.
 */
function sqlBodyDdlGuard(statement: Statement): string | undefined {
  const { tokens } = statement;
  if (
    !isWord(tokens[0], 'create') ||
    !tokens.slice(1, 5).some((token) => isWord(token, 'function', 'procedure'))
  )
    return undefined;
  const languageAt = tokens.findIndex((token) => isWord(token, 'language'));
  const language = languageAt === -1 ? undefined : tokens[languageAt + 1];
  const languageName = language?.kind === 'string' ? stringValue(language) : language?.value;
  if (languageName !== 'sql') return undefined;
  const body = tokens.find((token, index) => token.kind === 'string' && isWord(tokens[index - 1], 'as'));
  const content = body ? bodyText(body.value) : undefined;
  if (content === undefined || !/\b(?:create|alter|drop)\b/i.test(content)) return undefined;
  const inner = splitStatements(tokenize(content)).filter((part) => part.tokens.length > 0);
  const ddl = inner.findIndex((part) => isWord(part.tokens[0], 'create', 'alter', 'drop'));
  if (ddl === -1 || ddl >= inner.length - 1) return undefined;
  // A temporary table named like a relation the later statements can already see: 15 analyses them
  // before it exists (they read the other relation, the creation check passes), 18 after (the temporary one).
  const shadows = inner
    .slice(0, -1)
    .map((part) => temporaryTableName(part.tokens))
    .filter((name) => name !== undefined)
    .map(
      (name) =>
        `CASE WHEN pg_catalog.${PG15_HIDDEN_PREFIX}to_regclass(${sqlString(name)}) IS NOT NULL THEN pg_catalog.${PG15_HIDDEN_PREFIX}raise('0A000', ${sqlString(`a SQL function whose body makes a temporary table ${name} before other statements while ${name} already names a relation: PostgreSQL 15 analyses all of its statements before running the first (they read that relation), PGlite (PostgreSQL 18) analyses each as it runs it (they read the temporary table), so the fake cannot answer as 15 does: run this test on the real server`)}, NULL::int) END`,
    );
  return `SELECT ${[`${SQL_BODY_DDL_GUARD}()`, ...shadows].join(', ')}`;
}

/** The name a `CREATE TEMP TABLE [IF NOT EXISTS] name` makes, as to_regclass reads it. */
function temporaryTableName(tokens: readonly SqlToken[]): string | undefined {
  if (!isWord(tokens[0], 'create')) return undefined;
  let at = 1;
  if (isWord(tokens[at], 'global', 'local')) at += 1;
  if (!isWord(tokens[at], 'temp', 'temporary') || !isWord(tokens[at + 1], 'table')) return undefined;
  at += 2;
  if (isWord(tokens[at], 'if') && isWord(tokens[at + 1], 'not') && isWord(tokens[at + 2], 'exists')) at += 3;
  const name = tokens[at];
  if (name?.kind === 'word') return name.value;
  if (name?.kind === 'quoted') return `"${name.value.replaceAll('"', '""')}"`;
  return undefined;
}

/** Settings whose value changes how a statement is analysed: name lookup, and the reading of date and time literals. */
const ANALYSIS_SETTINGS = new Set(['search_path', 'datestyle', 'timezone', 'intervalstyle']);

/** What a statement of a SQL function's body does that changes how the body's later statements are analysed. */
function changesLaterAnalysis(tokens: readonly SqlToken[]): string | undefined {
  const [head] = tokens;
  if (isWord(head, 'set', 'reset')) {
    const at = isWord(tokens[1], 'session', 'local') ? 2 : 1;
    const name = tokens[at];
    if (isWord(name, 'schema', 'all') || (isWord(name, 'time') && isWord(tokens[at + 1], 'zone')))
      return `${head?.value.toUpperCase()} ${name?.value}`;
    if (name && isWord(name) && ANALYSIS_SETTINGS.has(name.value))
      return `${head?.value.toUpperCase()} ${name.value}`;
  }
  const setConfig = tokens.findIndex(
    (token, index) => isWord(token, 'set_config') && isPunct(tokens[index + 1], '('),
  );
  if (setConfig !== -1) {
    const name = tokens[setConfig + 2];
    const literal =
      name?.kind === 'string' && isPunct(tokens[setConfig + 3], ',') ? stringValue(name) : undefined;
    if (literal === undefined || ANALYSIS_SETTINGS.has(literal))
      return `set_config(${name?.value ?? ''}, ...)`;
  }
  // A dropped object is gone for the later statements (a temporary table's shadow is sqlBodyDdlGuard's).
  if (isWord(head, 'drop')) return 'DROP';
  return undefined;
}

/**
 * A SQL function (not BEGIN ATOMIC: that body is analysed at creation on both) whose body, before
 * its last statement, changes a setting that analysis reads (search_path, DateStyle, TimeZone,
 * IntervalStyle) or drops an object: 15 analyses every statement of the
 * body before running the first, so the later ones see the old search path, settings and tables;
 * 18 analyses each as it reaches it, and sees the new ones (a count of another table, another date).
 * Both may well accept the function: refused at creation, whatever check_function_bodies says.
 */
function sqlBodyAnalysisFinding(statement: Statement): Finding | undefined {
  const { tokens } = statement;
  if (!tokens.slice(1, 5).some((token) => isWord(token, 'function', 'procedure'))) return undefined;
  const languageAt = tokens.findIndex((token) => isWord(token, 'language'));
  const language = languageAt === -1 ? undefined : tokens[languageAt + 1];
  const languageName = language?.kind === 'string' ? stringValue(language) : language?.value;
  if (languageName !== 'sql') return undefined;
  const body = tokens.find((token, index) => token.kind === 'string' && isWord(tokens[index - 1], 'as'));
  const content = body ? bodyText(body.value) : undefined;
  if (content === undefined || !/\b(?:set|reset|set_config|drop|temp(?:orary)?)\b/i.test(content))
    return undefined;
  const inner = splitStatements(tokenize(content)).filter((part) => part.tokens.length > 0);
  for (const [index, part] of inner.entries()) {
    const change = changesLaterAnalysis(part.tokens);
    if (change === undefined) continue;
    // Only a later query is analysed ahead: later DDL and SET run as utility statements on both.
    const query = inner
      .slice(index + 1)
      .some((later) =>
        isWord(later.tokens[0], 'select', 'insert', 'update', 'delete', 'with', 'values', 'merge', 'table'),
      );
    if (!query) continue;
    return {
      stage: 'statement',
      statement,
      code: '0A000',
      message: `a SQL function whose body runs ${change} before other statements: PostgreSQL 15 analyses all of its statements before running the first (the later ones see the search path, settings and tables from before it), PGlite (PostgreSQL 18) analyses each as it runs it, so the fake cannot answer as 15 does: run this test on the real server`,
    };
  }
  return undefined;
}

/** `ALTER TABLE name ADD ... FOREIGN KEY ... REFERENCES other ... NOT VALID`: see pg15-catalog.ts `NOT_VALID_FK_GUARD`. */
function notValidForeignKeyGuard(statement: Statement, text: string): string | undefined {
  const { tokens } = statement;
  if (!isWord(tokens[0], 'alter') || !isWord(tokens[1], 'table')) return undefined;
  let at = 2;
  if (isWord(tokens[at], 'if') && isWord(tokens[at + 1], 'exists')) at += 2;
  if (isWord(tokens[at], 'only')) at += 1;
  const name = qualifiedName(tokens, at, text);
  if (name === undefined) return undefined;
  let depth = 0;
  let referenced: string | undefined;
  for (const [index, token] of tokens.entries()) {
    if (isPunct(token, '(')) depth += 1;
    else if (isPunct(token, ')')) depth -= 1;
    else if (depth === 0 && isPunct(token, ',')) referenced = undefined;
    else if (depth === 0 && isWord(token, 'references')) referenced = qualifiedName(tokens, index + 1, text);
    else if (
      depth === 0 &&
      referenced !== undefined &&
      isWord(token, 'not') &&
      isWord(tokens[index + 1], 'valid')
    )
      return `SELECT ${NOT_VALID_FK_GUARD}(${sqlString(name)}, ${sqlString(referenced)})`;
  }
  return undefined;
}

/**
 * A constant cast whose text 15 reads otherwise than 16+ while both accept some form of it: an oid
 * with leading zeros (decimal on 15, octal on 16: `'012'::oid`, `'{012}'::oid[]`, `'012 7'::oidvector`)
 * and a date or timestamp whose special word has other fields beside it (`'epoch 01:01:01'::timestamp`
 * is the epoch on 15, refused on 16): written as both read 15's meaning.
 */
function inputEdits(tokens: readonly SqlToken[]): Edit[] {
  return tokens.flatMap((token, index): Edit[] => {
    if (token.kind !== 'string' || !token.value.startsWith("'")) return [];
    const content = token.value.slice(1, -1).replaceAll("''", "'");
    const type = literalType(tokens, index);
    const castName = isPunct(tokens[index + 1], '::') ? tokens[index + 2]?.value : undefined;
    const oidText =
      type === 'oid' || castName === 'oidvector' || (castName === 'oid' && castToArray(tokens, index));
    // An array of zoned values: its elements' abbreviations read as in a single value.
    const zonedArray = (castName === 'timestamptz' || castName === 'timetz') && castToArray(tokens, index);
    const identifier = identifierLiteral(tokens, index, content);
    const pg15 = identifier
      ? 'text' in identifier
        ? identifier.text
        : undefined
      : oidText
        ? pg15OidText(content)
        : type === 'timestamp with time zone'
          ? (pg15DatetimeText(content) ?? pg15ZoneText(content))
          : type === 'time with time zone' || zonedArray
            ? pg15ZoneText(content)
            : type === 'date' || type === 'timestamp'
              ? pg15DatetimeText(content)
              : type === 'interval'
                ? pg15IntervalText(content)
                : undefined;
    // Plainly quoted as written (a backslash would read otherwise under standard_conforming_strings off).
    return pg15 === undefined || content.includes('\\')
      ? []
      : [{ start: token.start, end: token.end, text: `'${pg15.replaceAll("'", "''")}'` }];
  });
}

/** Text 16-17 read in some type where 15 refuses it: worth asking the catalog the column's type. */
const NEWER_INPUT = (value: string): boolean =>
  mayBeMalformedArray(value) ||
  IDENTIFIER_HINT.test(value) ||
  pg15DatetimeText(value) !== undefined ||
  CONFLICTING_ABBREVIATION.test(value) ||
  ZONE_DATA_ABBREVIATION.test(value);
// Integers, numerics, oids and intervals 16+ reads and 15 refuses or reads otherwise (`'0x1F'`,
// `'1_000'`, `'012'`, `'infinity'`) are not looked for: pg15-type-input.ts's stand-ins read them as
// 15 as the server converts the literal, in 15's order (an UPDATE's WHERE before its SET) and with
// its position.

/**
 * A plain string literal given as a column's value (`INSERT INTO t (n) VALUES ('0x1F')`, `UPDATE t
 * SET d = '+infinity'`) holding input 16+ reads and 15 refuses in some types: 15 converts it to the
 * column's type while analysing the statement, and refuses it there; which type that is, only the
 * catalog says. The guard (pg15-catalog.ts) runs just before the statement and raises 15's error
 * when the column's type (through domains, and an array's elements) is one that refuses it.
 * Returns undefined (no guard) unless such a literal is there, so ordinary statements pay nothing.
 */
function literalGuard(statement: Statement, text: string): string | undefined {
  const { tokens } = statement;
  const head = tokens[0];
  const pairs: [column: string, literal: string][] = [];
  const plain = (token: SqlToken | undefined): string | undefined =>
    token?.kind === 'string' && token.value.startsWith("'")
      ? token.value.slice(1, -1).replaceAll("''", "'")
      : undefined;
  let name: string | undefined;
  if (isWord(head, 'insert') && isWord(tokens[1], 'into')) {
    name = qualifiedName(tokens, 2, text);
    let at = 2 + ((name?.split('.').length ?? 1) * 2 - 1);
    if (isWord(tokens[at], 'as')) at += 2;
    let columns: string[] | undefined;
    if (isPunct(tokens[at], '(')) {
      const close = closingParen(tokens, at);
      if (close === undefined) return undefined;
      columns = [];
      for (let index = at + 1; index < close; index += 2) {
        const column = identifierOf(tokens[index]);
        if (column === undefined || !(isPunct(tokens[index + 1], ',') || index + 1 === close))
          return undefined;
        columns.push(column);
      }
      at = close + 1;
    }
    if (isWord(tokens[at], 'overriding')) at += 3;
    if (!isWord(tokens[at], 'values')) return undefined;
    for (let row = at + 1; isPunct(tokens[row], '('); ) {
      const close = closingParen(tokens, row);
      if (close === undefined) return undefined;
      let position = 0;
      let depth = 0;
      for (let index = row + 1; index < close; index += 1) {
        const token = tokens[index];
        if (isPunct(token, '(')) depth += 1;
        else if (isPunct(token, ')')) depth -= 1;
        else if (depth === 0 && isPunct(token, ',')) position += 1;
        const literal = depth === 0 ? plain(token) : undefined;
        const alone = isPunct(tokens[index - 1], '(') || isPunct(tokens[index - 1], ',');
        const ends = isPunct(tokens[index + 1], ',') || index + 1 === close;
        if (literal !== undefined && alone && ends) {
          pairs.push([columns ? (columns[position] ?? '') : `#${position + 1}`, literal]);
        }
      }
      row = isPunct(tokens[close + 1], ',') ? close + 2 : close + 1;
    }
  } else if (isWord(head, 'update')) {
    const at = isWord(tokens[1], 'only') ? 2 : 1;
    name = qualifiedName(tokens, at, text);
    let depth = 0;
    tokens.forEach((token, index) => {
      if (isPunct(token, '(')) depth += 1;
      else if (isPunct(token, ')')) depth -= 1;
      const literal = depth === 0 ? plain(token) : undefined;
      if (literal === undefined || tokens[index - 1]?.value !== '=') return;
      const column = identifierOf(tokens[index - 2]);
      const ends =
        !tokens[index + 1] ||
        isPunct(tokens[index + 1], ',') ||
        isWord(tokens[index + 1], 'where', 'from', 'returning');
      if (
        column !== undefined &&
        ends &&
        (isPunct(tokens[index - 3], ',') || isWord(tokens[index - 3], 'set'))
      ) {
        pairs.push([column, literal]);
      }
    });
  }
  // Only a statement with newer input is guarded; its other literals go too, as 15 reads them in
  // order and one failing before the newer one is the statement's error.
  const newer = pairs.map(([, literal]) => NEWER_INPUT(literal));
  if (name === undefined || !newer.includes(true)) return undefined;
  const array = (items: readonly (string | undefined)[]): string =>
    `ARRAY[${items.map((item) => (item === undefined ? 'NULL' : sqlString(item))).join(', ')}]::text[]`;
  // 15's detail for each literal whose braces it refuses, raised when its column is an array.
  const shapes = pairs.map(([, literal]) => pg15MalformedArray(literal)?.detail);
  return `SELECT ${LITERAL_GUARD}(${sqlString(name)}, ${array(pairs.map(([column]) => column))}, ${array(pairs.map(([, literal]) => literal))}, ${array(shapes)}, ARRAY[${newer.join(', ')}]::boolean[])`;
}

/** The type a string literal is cast to (`'x'::int`, `CAST('x' AS int)`, `int 'x'`), in 15's words, if one of LITERAL_TYPES. */
function literalType(tokens: readonly SqlToken[], index: number): string | undefined {
  const next = tokens[index + 1];
  const previous = tokens[index - 1];
  let name: string | undefined;
  let after: SqlToken | undefined;
  if (next?.kind === 'punct' && next.value === '::') {
    name = tokens[index + 2]?.value;
    after = tokens[index + 3];
  } else if (isPunct(previous, '(') && isWord(tokens[index - 2], 'cast') && isWord(next, 'as')) {
    name = tokens[index + 2]?.value;
    after = tokens[index + 3];
  } else if (previous?.kind === 'word') {
    name = previous.value;
    if (name === 'zone' && isWord(tokens[index - 2], 'time')) {
      name = isWord(tokens[index - 3], 'with')
        ? 'timestamptz'
        : isWord(tokens[index - 3], 'without')
          ? 'timestamp'
          : undefined;
    }
  }
  // An array (`'{...}'::int[]`) or a zone-qualified type name is not what is read here.
  if (name && (isPunct(after, '[') || isWord(after, 'with', 'without'))) return undefined;
  const named =
    name === undefined || (tokens[index + 2]?.kind === 'quoted' && next?.value === '::')
      ? undefined
      : LITERAL_TYPES[name];
  // An untyped literal under AT TIME ZONE is resolved as timestamptz (timezone(text, timestamptz)
  // is the preferred candidate for unknown input).
  const atTimeZone =
    named === undefined &&
    next?.value !== '::' &&
    isWord(next, 'at') &&
    isWord(tokens[index + 2], 'time') &&
    isWord(tokens[index + 3], 'zone');
  return atTimeZone ? 'timestamp with time zone' : named;
}

/** The table named by a LIKE element of CREATE FOREIGN TABLE's column list, if it has one. */
function foreignTableLike(tokens: readonly SqlToken[]): SqlToken | undefined {
  if (!isWord(tokens[2], 'table')) return undefined;
  const open = tokens.findIndex((token) => isPunct(token, '('));
  const close = open < 0 ? undefined : closingParen(tokens, open);
  if (close === undefined) return undefined;
  let depth = 0;
  for (let index = open + 1; index < close; index += 1) {
    const token = tokens[index];
    if (isPunct(token, '(')) depth += 1;
    else if (isPunct(token, ')')) depth -= 1;
    else if (depth === 0 && isWord(token, 'like') && (index === open + 1 || isPunct(tokens[index - 1], ',')))
      return tokens[index + 1];
  }
  return undefined;
}

/** `to_timestamp(text, 'YYYY TZ')`: TZ, tz and OF parse as input since 17; 15 formats them only. */
function formatFinding(statement: Statement): Finding | undefined {
  const { tokens } = statement;
  for (let index = 0; index < tokens.length; index += 1) {
    if (!isWord(tokens[index], 'to_timestamp', 'to_date') || !isPunct(tokens[index + 1], '(')) continue;
    const format = tokens[index + 4];
    if (!isPunct(tokens[index + 3], ',') || format?.kind !== 'string' || !format.value.startsWith("'"))
      continue;
    // Double-quoted parts of a format are literal text, not fields.
    const fields = format.value.slice(1, -1).replace(/"[^"]*"?/g, '');
    const field = /TZ(?![HM])|tz(?![hm])|OF/.exec(fields)?.[0];
    if (field) {
      return {
        stage: 'statement',
        statement,
        code: '0A000',
        message: `formatting field "${field}" is only supported in to_char`,
      };
    }
  }
  return undefined;
}

/**
 * `RETURNING old.x` / `new.x` (18) in a body's INSERT, UPDATE, DELETE or MERGE. A trigger function's
 * OLD and NEW are its rows in 15 too, and a PL/pgSQL variable named old or new is its own: neither
 * is looked for.
 */
function returnedOldOrNewInBody(
  body: string,
  plpgsql: boolean,
  outer: readonly SqlToken[],
): ReturnedOldOrNew | undefined {
  if (!/\breturning\b/i.test(body) || outer.some((token) => isWord(token, 'trigger'))) return undefined;
  const tokens = tokenize(body);
  if (
    plpgsql &&
    tokens.some((token, index) => isWord(token, 'old', 'new') && !isPunct(tokens[index + 1], '.'))
  )
    return undefined;
  for (const { tokens: inner } of splitStatements(tokens)) {
    const found = returningOldOrNew(inner);
    if (found) return found;
  }
  return undefined;
}

/** A reference to 18's OLD or NEW row in a RETURNING list, which 15 reads as a missing table. */
interface ReturnedOldOrNew {
  readonly token: SqlToken;
  readonly name: 'old' | 'new';
}

/** `old` or `new` as a relation name: a word, or the quoted identifier spelled the same. */
function oldOrNewName(token: SqlToken | undefined): 'old' | 'new' | undefined {
  if (!token || (token.kind !== 'word' && token.kind !== 'quoted')) return undefined;
  // A quoted identifier's value is its name as written, a word's is folded: "OLD" is another name.
  const name = token.value;
  return name === 'old' || name === 'new' ? name : undefined;
}

/**
 * `old.x` / `new.x` (or `"old".x`) in a RETURNING list that no relation in its scope names: 18 reads
 * it as the row before or after the change, 15 as a table missing from FROM (42P01). The data change
 * may sit in a WITH query, after a WITH clause or under EXPLAIN / PREPARE. A relation named old or new
 * is the relation in 15 and 18 alike where it is in scope: the change's own target, alias, FROM or
 * USING items (not a CTE it does not read, nor a subquery's alias in its WHERE), or a subquery of the
 * RETURNING list around the reference.
 */
function returningOldOrNew(tokens: readonly SqlToken[]): ReturnedOldOrNew | undefined {
  // A rule's actions have OLD and NEW in 15 too.
  if (isWord(tokens[0], 'create') && tokens.slice(1, 5).some((token) => isWord(token, 'rule')))
    return undefined;
  if (!tokens.some((token) => isWord(token, 'returning'))) return undefined;
  const closes = matchingParens(tokens);
  // The '(' each token sits in (-1: the statement's top level).
  const enclosing: number[] = [];
  const open: number[] = [];
  for (const [index, token] of tokens.entries()) {
    if (isPunct(token, ')')) open.pop();
    enclosing.push(open.at(-1) ?? -1);
    if (isPunct(token, '(')) open.push(index);
  }
  // A token naming a relation old or new (not `old.x`, not a column set or compared: `old = 1`).
  const names = (index: number, name: string): boolean =>
    oldOrNewName(tokens[index]) === name &&
    !isPunct(tokens[index + 1], '.') &&
    tokens[index + 1]?.value !== '=';
  const declares = (group: number, name: string, from: number, to: number): boolean => {
    for (let index = from; index < to; index++)
      if (enclosing[index] === group && names(index, name)) return true;
    return false;
  };
  for (const [returning, token] of tokens.entries()) {
    if (!isWord(token, 'returning') || isWord(tokens[returning + 1], 'with')) continue;
    const group = enclosing[returning] ?? -1;
    const groupEnd = group === -1 ? tokens.length : (closes.get(group) ?? tokens.length);
    // The change's head is the first INSERT/UPDATE/DELETE/MERGE of its level (ON CONFLICT DO UPDATE
    // and MERGE's actions come after it).
    let head = -1;
    for (let index = group + 1; index < returning; index++) {
      if (enclosing[index] === group && isWord(tokens[index], 'insert', 'update', 'delete', 'merge')) {
        head = index;
        break;
      }
    }
    if (head === -1) continue;
    // INSERT's relations are its target alone: the FROM list of the query it inserts is not in scope.
    let declaredTo = returning;
    if (isWord(tokens[head], 'insert')) {
      for (let index = head + 1; index < returning; index++) {
        if (
          enclosing[index] === group &&
          isWord(tokens[index], 'values', 'select', 'default', 'overriding', 'with', 'table')
        ) {
          declaredTo = index;
          break;
        }
      }
    }
    for (let index = returning + 1; index < groupEnd; index++) {
      const name = oldOrNewName(tokens[index]);
      if (!name || !isPunct(tokens[index + 1], '.')) continue;
      if (declares(group, name, head + 1, declaredTo)) continue;
      let scoped = false;
      for (let around = enclosing[index] ?? -1; around > returning; around = enclosing[around] ?? -1) {
        if (declares(around, name, around + 1, closes.get(around) ?? groupEnd)) scoped = true;
      }
      const found = tokens[index];
      if (!scoped && found) return { token: found, name };
    }
  }
  return undefined;
}

/** The content of a plain '...' literal (the only kind worth reading here). */
function stringValue(token: SqlToken): string {
  return token.value.startsWith("'") ? token.value.slice(1, -1).replaceAll("''", "'").toLowerCase() : '';
}

/**
 * The system catalogs whose columns 16-18 changed, each read as PostgreSQL 15 has it: its columns
 * (by name, type and order) as a subquery over 18's, which the planner pulls up (no cost). A query
 * reading one of them in FROM or JOIN (an ORM's schema introspection, `SELECT *`) then sees 15's
 * columns, a column 16-18 added (`relallfrozen`) is unknown as on 15 (42703), and one 18 narrowed
 * or made nullable (`attstattarget`, -1 on 15 where 18 says NULL) is 15's. The relation itself
 * stays pg_catalog's own (its OID, `'pg_class'::regclass`, views over it). Adapted:
 * - pg_constraint: 18 keeps NOT NULL as constraints (`contype = 'n'`, `t_a_not_null`) where 15
 *   has the column's `attnotnull` only: read without those rows.
 * - pg_depend: without the dependencies of those not-null constraints.
 * - pg_auth_members: without 16's automatic grants to a CREATEROLE role of the roles it creates.
 * - pg_class: `relacl` without 17's MAINTAIN privilege (`m`, which 18 grants a table's owner).
 * - pg_database: the cluster's collation as the server's (C.UTF-8, which collates as PGlite's C).
 * - pg_collation, pg_ts_config, pg_ts_dict: the ones hidden from 15's names (pg15-catalog.ts) are
 *   left out.
 * - 16's `daticulocale`/`colliculocale` are 17's `datlocale`/`colllocale`; 16's `substream` is a
 *   "char" ('f', 't', 'p') where 15's is a boolean.
 */
/** `relacl` without MAINTAIN (`m`, `m*` with grant option) in each item's privileges (between `=` and `/`). */
const PG15_RELACL = String.raw`CASE WHEN relacl IS NULL THEN NULL ELSE ARRAY(SELECT pg_catalog.regexp_replace(a::pg_catalog.text, '^((?:"[^"]*"|[^"=])*=[^/]*?)m\*?', '\1')::pg_catalog.aclitem FROM pg_catalog.unnest(relacl) a) END`;

/**
 * PGlite is 32-bit WebAssembly: its Datum has 4 bytes, so int8, float8, timestamp, timestamptz, time,
 * money, pg_lsn, xid8 (and domains over them) are passed by reference, where a 64-bit PostgreSQL 15
 * passes every 8-byte, double-aligned type by value (macaddr8, int-aligned, stays by reference).
 * `prefix` is the catalog's column prefix (`typ`, `att`).
 */
const PG15_BYVAL = (prefix: 'typ' | 'att'): string =>
  `(${prefix}byval OR (${prefix}len OPERATOR(pg_catalog.=) 8 AND ${prefix}align OPERATOR(pg_catalog.=) 'd'))`;

/** internal and pg_ddl_command: pointer-sized, 4 bytes on PGlite, 8 (double-aligned) on a 64-bit 15. */
const POINTER_TYPE_OIDS: readonly number[] = [2281, 32];

const PG15_CATALOG_READS = new Map<string, string>(
  Object.entries({
    // The catalogs below list their columns as 15's (pg15-catalog-attributes.ts); system columns
    // (attnum < 0) are the same. attmissingval (anyarray, which no function can return) is NULL
    // from pg_attribute itself. A join on attrelid must still scan pg_attribute's index, as 15's
    // plan does: it reads a table's attributes by attnum, where a seq scan reads them in heap order
    // (user columns before system ones), which an unordered array_agg shows (Sequelize's showIndex).
    // So the rows 15 lacks are left out by a column the outer query filters on, not by a WHERE in
    // a branch (a branch with its own WHERE is not pulled up into the join), the function is read
    // through a subquery (a function scan cannot take the join's parameter), and the first branch's
    // filter reads attrelid alone, leaving the planner 15's index-only scans: by attnum, or by
    // attname for a query reading names only (`string_agg(attname, ',')` lists them by name).
    // The catalogs' system columns, the same on 15, come from a second branch.
    pg_attribute: `SELECT attrelid, attname, atttypid, attstattarget, attlen, attnum, attndims, attcacheoff, atttypmod, attbyval, attalign, attstorage, attcompression, attnotnull, atthasdef, atthasmissing, attidentity, attgenerated, attisdropped, attislocal, attinhcount, attcollation, attacl, attoptions, attfdwoptions, attmissingval FROM (SELECT attrelid, attname, atttypid, pg_catalog.int4(COALESCE(attstattarget, -1)) AS attstattarget, attlen, attnum, pg_catalog.int4(attndims) AS attndims, -1 AS attcacheoff, atttypmod, ${PG15_BYVAL('att')} AS attbyval, attalign, attstorage, attcompression, attnotnull, atthasdef, atthasmissing, attidentity, attgenerated, attisdropped, attislocal, pg_catalog.int4(attinhcount) AS attinhcount, attcollation, attacl, attoptions, attfdwoptions, attmissingval, attrelid OPERATOR(pg_catalog.<>) ALL ('{${PG15_CATALOG_OIDS.join(',')}}'::pg_catalog.oid[]) AS pglite18_kept FROM pg_catalog.pg_attribute UNION ALL SELECT attrelid, attname, atttypid, pg_catalog.int4(COALESCE(attstattarget, -1)) AS attstattarget, attlen, attnum, pg_catalog.int4(attndims) AS attndims, -1 AS attcacheoff, atttypmod, ${PG15_BYVAL('att')} AS attbyval, attalign, attstorage, attcompression, attnotnull, atthasdef, atthasmissing, attidentity, attgenerated, attisdropped, attislocal, pg_catalog.int4(attinhcount) AS attinhcount, attcollation, attacl, attoptions, attfdwoptions, attmissingval, attnum OPERATOR(pg_catalog.<) 0 AND attrelid OPERATOR(pg_catalog.=) ANY ('{${PG15_CATALOG_OIDS.join(',')}}'::pg_catalog.oid[]) FROM pg_catalog.pg_attribute UNION ALL SELECT v.attrelid, v.attname, v.atttypid, -1, v.attlen, v.attnum, v.attndims, -1, -1, v.attbyval, v.attalign, v.attstorage, '', v.attnotnull, false, false, '', '', false, true, 0, v.attcollation, v.attacl, NULL, NULL, (SELECT s.attmissingval FROM pg_catalog.pg_attribute s WHERE false), true FROM (SELECT * FROM ${CATALOG_ATTRIBUTES_FUNCTION} OFFSET 0) v) pglite18_attributes WHERE pglite18_kept`,
    // Without the grant 16 makes a CREATEROLE role (not a superuser) of each role it creates:
    // ADMIN, neither INHERIT nor SET, by the bootstrap superuser; 15 makes none, and its GRANT
    // cannot make one with INHERIT and SET both false.
    // Without the aggregates 16-18 added (any_value, json_agg_strict, min(bytea)...), which
    // pg15-catalog.ts hides under their prefixed names.
    pg_aggregate:
      "SELECT * FROM pg_catalog.pg_aggregate WHERE aggfnoid OPERATOR(pg_catalog.<>) ALL (ARRAY(SELECT oid FROM pg_catalog.pg_proc WHERE proname OPERATOR(pg_catalog.~) '^pglite18_'))",
    pg_auth_members:
      'SELECT roleid, member, grantor, admin_option FROM pg_catalog.pg_auth_members WHERE NOT (grantor OPERATOR(pg_catalog.=) 10 AND admin_option AND NOT inherit_option AND NOT set_option)',
    // Without the fake's own casts from text, jsonb casts naming their built-ins (pg15-cast-catalog.ts).
    pg_cast: PG15_PG_CAST,
    pg_class: `SELECT oid, relname, relnamespace, reltype, reloftype, relowner, relam, relfilenode, reltablespace, relpages, reltuples, relallvisible, reltoastrelid, relhasindex, relisshared, relpersistence, relkind, relnatts, relchecks, relhasrules, relhastriggers, relhassubclass, relrowsecurity, relforcerowsecurity, relispopulated, relreplident, relispartition, relrewrite, relfrozenxid, relminmxid, ${PG15_RELACL} AS relacl, reloptions, relpartbound FROM pg_catalog.pg_class`,
    pg_collation: `SELECT oid, collname, collnamespace, collowner, collprovider, collisdeterministic, collencoding, collcollate, collctype, pg_catalog.pglite18_icu_written(colllocale) AS colliculocale, CASE WHEN collprovider OPERATOR(pg_catalog.=) 'i' AND collversion IS NOT NULL THEN '${SERVER_ICU_COLLATOR_VERSION}'::pg_catalog.text ELSE collversion END AS collversion FROM pg_catalog.pg_collation WHERE collname OPERATOR(pg_catalog.!~) '^pglite18_'`,
    pg_constraint:
      "SELECT oid, conname, connamespace, contype, condeferrable, condeferred, convalidated, conrelid, contypid, conindid, conparentid, confrelid, confupdtype, confdeltype, confmatchtype, conislocal, pg_catalog.int4(coninhcount) AS coninhcount, connoinherit, conkey, confkey, conpfeqop, conppeqop, conffeqop, confdelsetcols, conexclop, conbin FROM pg_catalog.pg_constraint WHERE contype OPERATOR(pg_catalog.<>) 'n'",
    // defaclacl without 17's MAINTAIN, as relacl: a default for tables gives their owner 17's `m`.
    pg_default_acl: `SELECT oid, defaclrole, defaclnamespace, defaclobjtype, ${PG15_RELACL.replaceAll('relacl', 'defaclacl')} AS defaclacl FROM pg_catalog.pg_default_acl`,
    pg_database: `SELECT oid, datname, datdba, encoding, datlocprovider, datistemplate, datallowconn, datconnlimit, datfrozenxid, datminmxid, dattablespace, CASE WHEN datcollate OPERATOR(pg_catalog.=) 'C' AND datctype OPERATOR(pg_catalog.=) '${SERVER_LOCALE}' THEN datctype ELSE datcollate END AS datcollate, datctype, datlocale AS daticulocale, datcollversion, datacl FROM pg_catalog.pg_database`,
    pg_depend: withoutFakeCastDependencies(
      "SELECT classid, objid, objsubid, refclassid, refobjid, refobjsubid, deptype FROM pg_catalog.pg_depend WHERE classid OPERATOR(pg_catalog.<>) 'pg_catalog.pg_constraint'::pg_catalog.regclass OR objid OPERATOR(pg_catalog.<>) ALL (SELECT oid FROM pg_catalog.pg_constraint WHERE contype OPERATOR(pg_catalog.=) 'n')",
    ),
    // The fake's own functions hidden, and each built-in it replaced (pg15-catalog.ts, pg15-ctype.ts)
    // shown as the built-in it stands for: internal, strict, its own source.
    pg_proc: PG15_PG_PROC,
    pg_publication:
      'SELECT oid, pubname, pubowner, puballtables, pubinsert, pubupdate, pubdelete, pubtruncate, pubviaroot FROM pg_catalog.pg_publication',
    // Without the text search configuration and dictionary 17 added (pg15-catalog.ts hides them).
    // A 64-bit 15 passes 8-byte types by value, and sizes internal and pg_ddl_command as pointers.
    // Without the row types of the relations pg15-catalog.ts hides and the fake's own domains
    // (pg15-function-casts.ts), with their array types: 15 has none of them.
    pg_type: `SELECT oid, typname, typnamespace, typowner, CASE WHEN oid OPERATOR(pg_catalog.=) ANY ('{${POINTER_TYPE_OIDS.join(',')}}'::pg_catalog.oid[]) THEN 8::pg_catalog.int2 ELSE typlen END AS typlen, ${PG15_BYVAL('typ')} AS typbyval, typtype, typcategory, typispreferred, typisdefined, typdelim, typrelid, typsubscript, typelem, typarray, ${PG15_TYPINPUT} AS typinput, typoutput, typreceive, typsend, typmodin, typmodout, typanalyze, CASE WHEN oid OPERATOR(pg_catalog.=) ANY ('{${POINTER_TYPE_OIDS.join(',')}}'::pg_catalog.oid[]) THEN 'd'::pg_catalog."char" ELSE typalign END AS typalign, typstorage, typnotnull, typbasetype, typtypmod, typndims, typcollation, typdefaultbin, typdefault, typacl FROM pg_catalog.pg_type WHERE typname OPERATOR(pg_catalog.!~) '^_?pglite18_'`,
    pg_ts_config:
      "SELECT oid, cfgname, cfgnamespace, cfgowner, cfgparser FROM pg_catalog.pg_ts_config WHERE cfgname OPERATOR(pg_catalog.!~) '^pglite18_'",
    pg_ts_dict:
      "SELECT oid, dictname, dictnamespace, dictowner, dicttemplate, dictinitoption FROM pg_catalog.pg_ts_dict WHERE dictname OPERATOR(pg_catalog.!~) '^pglite18_'",
    pg_statistic_ext:
      'SELECT oid, stxrelid, stxname, stxnamespace, stxowner, pg_catalog.int4(COALESCE(stxstattarget, -1)) AS stxstattarget, stxkeys, stxkind, stxexprs FROM pg_catalog.pg_statistic_ext',
    pg_subscription:
      "SELECT oid, subdbid, subskiplsn, subname, subowner, subenabled, subbinary, substream OPERATOR(pg_catalog.<>) 'f' AS substream, subtwophasestate, subdisableonerr, subconninfo, subslotname, subsynccommit, subpublications FROM pg_catalog.pg_subscription",
  }),
);
/** The reads above, and those of the fake's own objects (pg15-engine-objects.ts). */
export const PG15_CATALOG_TABLES: ReadonlyMap<string, string> = new Map(
  withoutEngineObjects(PG15_CATALOG_READS),
);

function catalogEdits(statements: readonly Statement[]): Edit[] {
  return statements.flatMap(({ tokens }) => {
    const head = tokens[0];
    if (!isWord(head, 'select', 'with', 'create', 'insert', 'explain', 'declare')) return [];
    return tokens.flatMap((token, index): Edit[] => {
      // ORMs quote every name (TypeORM: `FROM "pg_constraint" "cnst"`), which names the same catalog.
      const name = identifierOf(token);
      const columns = name === undefined ? undefined : PG15_CATALOG_TABLES.get(name);
      if (name === undefined || columns === undefined) return [];
      const next = tokens[index + 1];
      if (isPunct(next, '.') || isPunct(next, '(')) return [];
      const qualified = isPunct(tokens[index - 1], '.') && identifierOf(tokens[index - 2]) === 'pg_catalog';
      const first = qualified ? index - 2 : index;
      const before = tokens[first - 1];
      if (!isWord(before, 'from', 'join') && !(isPunct(before, ',') && isFromList(tokens, first))) return [];
      const start = tokens[first]?.start ?? token.start;
      const aliased =
        isWord(next, 'as') ||
        next?.kind === 'quoted' ||
        (next?.kind === 'word' && !NOT_ALIASES.has(next.value));
      const read = `(${columns})`;
      return [{ start, end: token.end, text: aliased ? read : `${read} ${name}` }];
    });
  });
}

/**
 * PostgreSQL 15 keeps a column's NOT NULL as `attnotnull` alone, and drops the name a column or
 * domain constraint gives it (`a int CONSTRAINT nn NOT NULL`); 18 names its not-null constraint
 * `nn`, where `DROP CONSTRAINT nn` would then find it, and a second `nn` on the table clash. Left
 * unnamed, PGlite names it `<table>_<column>_not_null` itself, which `notNullGuard` keeps out of
 * reach as 15 has no constraint of that name. (`CONSTRAINT nn NOT NULL a`, a table constraint and
 * 18's syntax, is refused in `parseFindings`.)
 */
function namedNotNullEdits(statements: readonly Statement[]): Edit[] {
  return statements.flatMap(({ tokens }) => {
    const head = tokens[0];
    if (!isWord(head, 'create', 'alter')) return [];
    return tokens.flatMap((token, index): Edit[] => {
      const not = tokens[index + 2];
      if (!isWord(token, 'constraint') || !isWord(not, 'not') || !isWord(tokens[index + 3], 'null'))
        return [];
      if (identifierOf(tokens[index + 1]) === undefined || !not) return [];
      if (tableConstraintStarts(tokens, index + 2, head?.value)) return [];
      return [{ start: token.start, end: not.start, text: '' }];
    });
  });
}

/**
 * A statement naming a table's or a domain's constraint (`ALTER TABLE t DROP CONSTRAINT c`, `ADD
 * CONSTRAINT c ...`, `RENAME CONSTRAINT c TO d`, `VALIDATE` / `ALTER CONSTRAINT c`, `COMMENT ON
 * CONSTRAINT c ON t`, the same on a domain) may name one of 18's not-null constraints
 * (`t_a_not_null`), which 15 does not have: it would drop, comment, or clash with it where 15 says
 * the constraint does not exist, or adds one of that name. The guard is a call, run just before the
 * statement (in the same transaction, on the catalog as the statements before left it), giving those
 * not-null constraints a name no statement writes (pg15-catalog.ts), so the statement itself then
 * fails or succeeds as on 15, with 15's own words. Only statements of these shapes pay for it.
 */
function notNullGuard(statement: Statement, text: string): string | undefined {
  const { tokens } = statement;
  let target: { readonly kind: 'relation' | 'domain'; readonly at: number } | undefined;
  if (isWord(tokens[0], 'alter') && isWord(tokens[1], 'table')) {
    let at = 2;
    if (isWord(tokens[at], 'if') && isWord(tokens[at + 1], 'exists')) at += 2;
    if (isWord(tokens[at], 'only')) at += 1;
    target = { kind: 'relation', at };
  } else if (isWord(tokens[0], 'alter') && isWord(tokens[1], 'domain')) {
    target = { kind: 'domain', at: 2 };
  } else if (isWord(tokens[0], 'comment') && isWord(tokens[1], 'on') && isWord(tokens[2], 'constraint')) {
    const onDomain = isWord(tokens[5], 'domain');
    if (!isWord(tokens[4], 'on')) return undefined;
    target = { kind: onDomain ? 'domain' : 'relation', at: onDomain ? 6 : 5 };
  }
  if (!target) return undefined;
  const name = qualifiedName(tokens, target.at, text);
  if (name === undefined) return undefined;
  const names = tokens.flatMap((token, index): string[] => {
    if (!isWord(token, 'constraint')) return [];
    const at = isWord(tokens[index + 1], 'if') && isWord(tokens[index + 2], 'exists') ? index + 3 : index + 1;
    const constraint = identifierOf(tokens[at]);
    // `CONSTRAINT nn NOT NULL` names nothing PGlite keeps (namedNotNullEdits).
    if (constraint === undefined || isWord(tokens[at + 1], 'not')) return [];
    const renamed = isWord(tokens[index - 1], 'rename') && isWord(tokens[at + 1], 'to');
    const to = renamed ? identifierOf(tokens[at + 2]) : undefined;
    return to === undefined ? [constraint] : [constraint, to];
  });
  if (names.length === 0) return undefined;
  const relation = target.kind === 'relation' ? sqlString(name) : 'NULL';
  const domain = target.kind === 'domain' ? sqlString(name) : 'NULL';
  return `SELECT ${NOT_NULL_ASIDE}(${relation}, ${domain}, ARRAY[${[...new Set(names)].map(sqlString).join(', ')}])`;
}

/** `ALTER TABLE ... ALTER [COLUMN] a DROP NOT NULL`. */
function dropsColumnNotNull(tokens: readonly SqlToken[]): boolean {
  return (
    isWord(tokens[1], 'table') &&
    tokens.some(
      (token, index) =>
        isWord(token, 'drop') && isWord(tokens[index + 1], 'not') && isWord(tokens[index + 2], 'null'),
    )
  );
}

/** An identifier as PostgreSQL reads it (folded, or as quoted); undefined for anything else. */
function identifierOf(token: SqlToken | undefined): string | undefined {
  if (token?.kind === 'word') return token.value;
  // A U&"..." identifier keeps its escapes in `value`: not read here.
  return token?.kind === 'quoted' && !/^[uU]&/.test(token.value) ? token.value : undefined;
}

/** The (schema-qualified) name starting at `at`, as written: to_regclass / to_regtype read it as the statement does. */
function qualifiedName(tokens: readonly SqlToken[], at: number, text: string): string | undefined {
  const parts: string[] = [];
  let index = at;
  for (;;) {
    const token = tokens[index];
    if (!token || identifierOf(token) === undefined) return undefined;
    parts.push(text.slice(token.start, token.end));
    if (!isPunct(tokens[index + 1], '.')) return parts.join('.');
    index += 2;
  }
}

/** A literal reading as `value` whatever standard_conforming_strings says. */
function sqlString(value: string): string {
  return `E'${value.replaceAll('\\', '\\\\').replaceAll("'", "''")}'`;
}

/** True when the token at `index` follows a FROM at its own parenthesis depth (`FROM a, pg_constraint`). */
function isFromList(tokens: readonly SqlToken[], index: number): boolean {
  let depth = 0;
  for (let at = index - 1; at >= 0; at -= 1) {
    const token = tokens[at];
    if (isPunct(token, ')')) depth += 1;
    else if (isPunct(token, '(')) {
      if (depth === 0) return false;
      depth -= 1;
    } else if (depth === 0 && token?.kind === 'word') {
      if (token.value === 'from') return true;
      if (token.value === 'select' || FROM_LIST_ENDS.has(token.value)) return false;
    }
  }
  return false;
}

/** The GENERATED of `CREATE TABLE x PARTITION OF p (b GENERATED ALWAYS AS (...) STORED) ...`. */
function partitionGeneratedColumn(tokens: readonly SqlToken[]): SqlToken | undefined {
  const partitionOf = tokens.findIndex(
    (token, index) => isWord(token, 'partition') && isWord(tokens[index + 1], 'of'),
  );
  if (partitionOf < 0 || !tokens.slice(0, partitionOf).some((token) => isWord(token, 'table')))
    return undefined;
  const open = tokens.findIndex((token, index) => index > partitionOf && isPunct(token, '('));
  const close = open < 0 ? undefined : closingParen(tokens, open);
  const parent = tokens[open - 1];
  if (
    close === undefined ||
    !(isWord(parent) || parent?.kind === 'quoted') ||
    isWord(parent, 'in', 'from', 'to', 'with')
  )
    return undefined;
  return tokens.slice(open, close).find((token) => isWord(token, 'generated'));
}

/** A CREATE TABLE ending in `PARTITION BY` (outside its column list). */
function partitionedTable(tokens: readonly SqlToken[]): boolean {
  let depth = 0;
  return tokens.some((token, index) => {
    if (isPunct(token, '(')) depth += 1;
    else if (isPunct(token, ')')) depth -= 1;
    return depth === 0 && isWord(token, 'partition') && isWord(tokens[index + 1], 'by');
  });
}

/** `PARTITION BY <strategy> (<key>) USING <method>` at the statement's top level. */
function partitionedAccessMethod(tokens: readonly SqlToken[]): boolean {
  let depth = 0;
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index];
    if (isPunct(token, '(')) depth += 1;
    else if (isPunct(token, ')')) depth -= 1;
    if (depth !== 0 || !isWord(token, 'partition') || !isWord(tokens[index + 1], 'by')) continue;
    // The strategy word, then its key in parentheses: the clause after them decides.
    let at = index + 3;
    if (!isPunct(tokens[at], '(')) return false;
    let inner = 0;
    for (; at < tokens.length; at += 1) {
      if (isPunct(tokens[at], '(')) inner += 1;
      else if (isPunct(tokens[at], ')')) inner -= 1;
      if (inner === 0) break;
    }
    return isWord(tokens[at + 1], 'using');
  }
  return false;
}

/**
 * What reads a view's definition as text: `pg_get_viewdef(...)`, `pg_views.definition` (and
 * `pg_matviews.definition`: a materialized view's query prints the same way),
 * `information_schema.views.view_definition` (a `*` over either). 16 dropped the OLD and NEW
 * entries of a view's stored query, so a one-table view's columns print unqualified (`SELECT id`
 * where 15 printed `SELECT t.id`); a client comparing definitions (to recreate a changed view)
 * would see every such view changed.
 */
function viewDefinitionRead(tokens: readonly SqlToken[]): string | undefined {
  const readsViews = tokens.some(
    (token, index) =>
      isWord(token, 'pg_views', 'pg_matviews') ||
      (isWord(token, 'views') &&
        isPunct(tokens[index - 1], '.') &&
        isWord(tokens[index - 2], 'information_schema')),
  );
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index];
    if (isWord(token, 'pg_get_viewdef') && isPunct(tokens[index + 1], '(')) return 'pg_get_viewdef()';
    // A view's `_RETURN` rule prints its query as pg_get_viewdef does.
    if (isWord(token, 'pg_get_ruledef') && isPunct(tokens[index + 1], '(')) return 'pg_get_ruledef()';
    if (isWord(token, 'view_definition')) return 'information_schema.views.view_definition';
    if (readsViews && isWord(token, 'definition') && !isPunct(tokens[index + 1], '('))
      return 'pg_views.definition';
    if (readsViews && token?.kind === 'op' && token.value === '*' && isWord(tokens[index + 1], 'from'))
      return 'a view definition column';
  }
  return undefined;
}

/** `current_setting('transaction_timeout')`: the name becomes one PGlite does not know either. */
function settingNameEdits(tokens: readonly SqlToken[]): Edit[] {
  return tokens.flatMap((token, index) =>
    token.kind === 'string' &&
    isWord(tokens[index - 2], 'current_setting', 'set_config') &&
    NEWER_SETTINGS.has(stringValue(token)) &&
    isPunct(tokens[index - 1], '(') &&
    isWord(tokens[index - 2], 'current_setting', 'set_config')
      ? [
          {
            start: token.start,
            end: token.end,
            text: `'${PG15_UNKNOWN_SETTING_PREFIX}${stringValue(token)}'`,
          },
        ]
      : [],
  );
}

/**
 * `SHOW lc_collate` / `SHOW lc_ctype`, which 16 removed: 15 shows the database's locale, which here is
 * the stock server's (initdb-cache.ts). Sent as a SELECT of it under a column the engine renames
 * and reports as SHOW's (pglite-engine.ts).
 */
function localeShowEdits(statements: readonly Statement[]): Edit[] {
  return statements.flatMap(({ tokens, start, end }) => {
    const [head, name] = tokens;
    if (
      tokens.length !== 2 ||
      !isWord(head, 'show') ||
      !name ||
      !isWord(name) ||
      !LOCALE_SETTINGS.has(name.value)
    )
      return [];
    return [
      { start, end, text: `SELECT '${SERVER_LOCALE}'::text AS "${SHOWN_SETTING_PREFIX}${name.value}"` },
    ];
  });
}

/**
 * `SHOW session_authorization` / `SHOW SESSION AUTHORIZATION`: PGlite's single-user backend never
 * sets the setting at start-up (a server sets it to the user that connected), so it shows '' until a
 * SET SESSION AUTHORIZATION. Sent as a SELECT of current_setting(), which answers the session user
 * for it then (pg15-catalog.ts), under a column the engine reports as SHOW's (pglite-engine.ts).
 */
function authorizationShowEdits(statements: readonly Statement[]): Edit[] {
  return statements.flatMap(({ tokens, start, end }) => {
    const [head, first, second] = tokens;
    if (!isWord(head, 'show') || !first) return [];
    // A setting's name is found whatever its case, quoted or not; SHOW's column is its own spelling.
    const named =
      (tokens.length === 2 &&
        (first.kind === 'word' || first.kind === 'quoted') &&
        first.value.toLowerCase() === 'session_authorization') ||
      (tokens.length === 3 && isWord(first, 'session') && isWord(second, 'authorization'));
    if (!named) return [];
    return [
      {
        start,
        end,
        text: `SELECT pg_catalog.current_setting('session_authorization') AS "${SHOWN_SETTING_PREFIX}session_authorization"`,
      },
    ];
  });
}

function cannotBeChanged(statement: Statement, name: string): Finding {
  return { stage: 'statement', statement, code: '55P02', message: `parameter "${name}" cannot be changed` };
}

/** The setting a SET, RESET or SHOW names (not `SET ROLE`, `SET TIME ZONE` and the like). */
function settingOf(tokens: readonly SqlToken[]): SqlToken | undefined {
  const [head] = tokens;
  let index = 1;
  if (isWord(head, 'set')) {
    if (isWord(tokens[1], 'session', 'local') && !isWord(tokens[2], 'authorization', 'characteristics'))
      index = 2;
  } else if (!isWord(head, 'reset', 'show')) {
    return undefined;
  }
  const name = tokens[index];
  const after = tokens[index + 1];
  if (!name || !isWord(name) || (after?.kind === 'punct' && after.value === '.')) return undefined;
  if (isWord(head, 'set') && !(isWord(after, 'to') || (after?.kind === 'op' && after.value === '=')))
    return undefined;
  return name;
}

/**
 * The setting a routine's `SET name = value` / `SET name FROM CURRENT` / `RESET name` names
 * (CREATE or ALTER FUNCTION / PROCEDURE / ROUTINE): 15 checks that it exists as SET does. A
 * BEGIN ATOMIC or RETURN body ends the options (its UPDATE ... SET names columns).
 */
function routineSettingOf(tokens: readonly SqlToken[]): SqlToken | undefined {
  if (!isWord(tokens[0], 'create', 'alter')) return undefined;
  if (!tokens.slice(1, 5).some((token) => isWord(token, 'function', 'procedure', 'routine')))
    return undefined;
  let depth = 0;
  for (const [index, token] of tokens.entries()) {
    if (isPunct(token, '(')) depth += 1;
    else if (isPunct(token, ')')) depth -= 1;
    if (depth > 0) continue;
    if (isWord(token, 'begin', 'return')) return undefined;
    const name = tokens[index + 1];
    const after = tokens[index + 2];
    if (!name || !isWord(name) || isPunct(after, '.')) continue;
    if (isWord(token, 'reset') && !isWord(name, 'all')) return name;
    if (
      isWord(token, 'set') &&
      (isWord(after, 'to', 'from') || (after?.kind === 'op' && after.value === '='))
    )
      return name;
  }
  return undefined;
}

/** The option names of `VACUUM (a, b 1)` / `EXPLAIN (a true, b)`: the first word of each item. */
/**
 * `EXPLAIN ANALYZE` without a BUFFERS option: 18 reports buffers by default (15 only when asked),
 * so the option is written out as off. The rest of 18's plan text (`rows=1.00`, `Index Searches`)
 * is put right on the way back (pglite-engine.ts).
 */
function explainEdits(statements: readonly Statement[]): Edit[] {
  return statements.flatMap(({ tokens }): Edit[] => {
    if (!isWord(tokens[0], 'explain')) return [];
    const second = tokens[1];
    if (isPunct(second, '(')) {
      const options = optionWords(tokens);
      const analyze = options.find((token) => isWord(token, 'analyze', 'analyse'));
      if (!analyze || options.some((token) => isWord(token, 'buffers'))) return [];
      const value = tokens[tokens.indexOf(analyze) + 1];
      if (isWord(value, 'false', 'off') || (value?.kind === 'number' && value.value === '0')) return [];
      const close = closingParen(tokens, 1);
      const end = close === undefined ? undefined : tokens[close];
      return end ? [{ start: end.start, end: end.start, text: ', BUFFERS OFF' }] : [];
    }
    if (!isWord(second, 'analyze', 'analyse') || !second) return [];
    const verbose = isWord(tokens[2], 'verbose') ? tokens[2] : undefined;
    const last = verbose ?? second;
    return [
      {
        start: second.start,
        end: last.end,
        text: `(ANALYZE${verbose ? ', VERBOSE' : ''}, BUFFERS OFF)`,
      },
    ];
  });
}

function optionWords(tokens: readonly SqlToken[]): SqlToken[] {
  const options: SqlToken[] = [];
  let depth = 0;
  for (let index = 1; index < tokens.length; index += 1) {
    const token = tokens[index];
    if (isPunct(token, '(')) depth += 1;
    else if (isPunct(token, ')')) {
      depth -= 1;
      if (depth === 0) break;
    }
    const previous = tokens[index - 1];
    if (token && depth === 1 && isWord(token) && (isPunct(previous, '(') || isPunct(previous, ',')))
      options.push(token);
  }
  return options;
}
