import { pg15ArrayShapeDetail } from '../array-literal-shape.js';
import type { PostgresErrorFields } from '../postgres-engine.js';
import { PG15_CONTRIB_VERSIONS, SERVER_ONLY_EXTENSIONS, WITHHELD_CONTRIB } from './contrib-extensions.js';
import { PG15_ACL_LETTERS, PG18_ACL_LETTERS } from './pg15-aclitem-input.js';
import { pg15IntervalText } from './pg15-catalog.js';
import { pg15ContribError, withoutExtensionScriptFrame } from './pg15-contrib-errors.js';
import { pg15DdlError } from './pg15-ddl-errors.js';
import { withExtensionSettingNames } from './pg15-extension-settings.js';
import { pg15CopiedTypeError } from './pg15-plpgsql-errors.js';
import { nullKeyArgument } from './pg15-plpgsql-handlers.js';
import { pg15RoleAdminError } from './pg15-role-admin.js';
import { pg15TriggerError } from './pg15-trigger-errors.js';

/**
 * PGlite's (PostgreSQL 18's) error reports where PostgreSQL 15 reports the same failure otherwise:
 * another SQLSTATE, or a field 16-18 added or reworded. A client branches on the SQLSTATE and reads
 * the fields (pg's `DatabaseError.code`, `.detail`), so each is put back as 15 reports it. Messages
 * are for people and are left as PGlite wrote them, except where the SQLSTATE changes with them.
 */
export function asPg15Error(error: PostgresErrorFields, text = ''): PostgresErrorFields {
  for (const rewrite of REWRITES) {
    const rewritten = rewrite(error, text);
    if (rewritten) return withPg15Context(withPg15Hint(rewritten));
  }
  return withPg15Context(withPg15Hint(error));
}

/** 16 names a PL/pgSQL expression's frame `PL/pgSQL expression "..."`; 15 `SQL expression "..."`. */
const PLPGSQL_EXPRESSION_FRAME = /^PL\/pgSQL expression "/gm;

/**
 * A SQL function's frame: 18 parses and plans each statement of the body just before running it and
 * names that statement; 15 parsed and planned the whole body first, "during startup". Only the
 * innermost frame (the first line) is the one that failed: an outer function was running.
 */
const SQL_FUNCTION_STATEMENT_FRAME = /^(SQL function "[^"\n]+") statement \d+(?=\n|$)/;

/**
 * Whether the SQLSTATE is one only parse analysis raises in a SQL function body (class 42 but a
 * missing privilege, which the executor checks; 0A000 for what a body may not hold): 15 raised it
 * during startup. Other errors keep 18's statement number, as 15 does for what the executor raises;
 * what 15's planner raised while folding a constant (1/0 in a body that is not inlined) is a
 * difference the report cannot tell, and is left.
 */
function raisedBeforeRunning(code: string): boolean {
  return (code.startsWith('42') && code !== '42501') || code === '0A000';
}

/**
 * pg_catalog's SQL-language functions (15's pg_proc, prolang sql). Their bodies always parse: an
 * error in their frame is their statement's, raised as it runs (date_part(text, date)'s `unit
 * "timezone" not supported`, 0A000), which 15 names "statement 1" as 18 does.
 */
const BUILT_IN_SQL_FUNCTIONS = new Set(
  (
    'age anytextcat bit_length col_description date_part int8pl_inet integer_pl_date interval_pl_date ' +
    'interval_pl_time interval_pl_timestamp interval_pl_timestamptz interval_pl_timetz log log10 lpad ' +
    'numeric_pl_pg_lsn obj_description overlaps path_contain_pt pg_relation_size pg_sleep_for ' +
    'pg_sleep_until polygon quote_literal quote_nullable round rpad shobj_description substring ' +
    'textanycat timedate_pl timestamptz timetzdate_pl trunc ts_debug xpath xpath_exists'
  ).split(' '),
);

function withPg15Context(error: PostgresErrorFields): PostgresErrorFields {
  let where = withoutExtensionScriptFrame(error.where)?.replace(PLPGSQL_EXPRESSION_FRAME, 'SQL expression "');
  if (where !== undefined && raisedBeforeRunning(error.code)) {
    where = where.replace(SQL_FUNCTION_STATEMENT_FRAME, (frame: string, head: string) =>
      BUILT_IN_SQL_FUNCTIONS.has(head.slice('SQL function "'.length, -1)) ? frame : `${head} during startup`,
    );
  }
  if (where === error.where) return error;
  const { where: _where, ...rest } = error;
  return where === undefined ? rest : { ...rest, where };
}

/** 16-17 quote a setting's name in these hints ("DateStyle", "max_prepared_transactions"); 15 did not. */
function withPg15Hint(error: PostgresErrorFields): PostgresErrorFields {
  const hint = error.hint;
  const found = hint === undefined ? undefined : PG15_HINTS.find(([pattern]) => pattern.test(hint));
  return hint !== undefined && found ? { ...error, hint: hint.replace(found[0], found[1]) } : error;
}

type Rewrite = (error: PostgresErrorFields, text: string) => PostgresErrorFields | undefined;

/** 18's detail for a row type mismatch (RETURN QUERY, a record's columns): 15 numbers the column alone. */
const COLUMN_TYPE_MISMATCH =
  /^(Returned type .* does not match expected type .* in column )".*" \(position (\d+)\)\.$/s;

const RESTRICT_MESSAGE =
  /^(update or delete on table ".*" violates) RESTRICT setting of (foreign key constraint ".*" on table ".*")$/s;
const INCOMPATIBLE_KEYS =
  /^Key columns (".*") of the referencing table and (".*") of the referenced table (are of incompatible types: .*)$/s;

const MALFORMED_ARRAY = /^malformed array literal: "(.*)"$/s;
/** The details 17's rewritten array_in gives where 15's ArrayCount found something else. */
const ARRAY_DETAILS_SINCE_17 = new Set([
  'Incorrectly quoted array element.',
  'Multidimensional arrays must have sub-arrays with matching dimensions.',
  'Unexpected array element.',
]);

/** 17's detail naming a character where its reader stopped, which can be another than 15's ArrayCount stops at. */
const UNEXPECTED_CHARACTER = /^Unexpected ".+" character\.$/s;

/** lz4 named where PGlite's build lacks it (a setting's value, a column's compression). */
const LZ4 = /\blz4\b/i;

/** CREATE EXTENSION of one PGlite does not ship in its cluster (the contrib ones a server package has). */
const UNAVAILABLE_EXTENSION = /^extension "(.*)" is not available$/s;

/** The extensions Debian's postgresql-15 package installs (`pg_available_extensions` on one). */
const SERVER_CONTRIB = new Set([
  'plpgsql',
  ...PG15_CONTRIB_VERSIONS.keys(),
  ...SERVER_ONLY_EXTENSIONS.map(([name]) => name),
]);

/** A memory setting's range check as PGlite (a 32-bit build: at most 2097151 kB) reports it. */
const WASM_MEMORY_LIMIT =
  /^(\d+) kB is outside the valid range for parameter "(.*)" \(\d+ kB \.\. 2097151 kB\)$/s;

const MISSING_EQUALS = /^operator does not exist: (.+) = (.+)$/s;
const JOIN_USING = /\bjoin\b[\s\S]*\busing\s*\(|\bnatural\b/i;
const SET_PERSISTENCE = /^ALTER action SET (LOGGED|UNLOGGED) cannot be performed on relation ".*"$/s;
const DATETIME_INPUT =
  /^invalid input syntax for type (date|timestamp|timestamp with time zone|timestamp without time zone): "(.*)"$/s;
/** 15's `y2024m02d29` date form (with or without a time after it). */
const UNIT_LETTER_DATE = /^\s*y\d+m\d+d\d+(?:\s|$)/i;

const INVALID_INTERVAL = /^invalid input syntax for type interval: "(.*)"$/s;

/** A date/time input error of any of the five types, with the text. */
const DATETIME_OR_TIME_INPUT =
  /^invalid input syntax for type (date|timestamp|timestamp with time zone|timestamp without time zone|time|time with time zone|time without time zone): "(.*)"$/s;
/**
 * A unit word of 15's date/time table (`h`, `m`, `s`, `y`, `d`, `mm`, `j`, `julian`, `dow`...) as
 * a word of its own, or glued to its number (`h10`; not `j2460325`, a Julian day both read). 15 gives it to the number after it (`'2024-01-15 h 10'` is 10:00) and reads
 * past one that no number follows (`'2024-01-15 10:30 s'`); 16 refuses both (22007).
 */
const DATETIME_UNIT_WORD =
  /(?:^|[\s,])(?:d|h|j|jd|julian|m|mm|s|y|isodow|dow|doy|isoyear|(?:d|h|m|mm|s|y)\d+)(?=[\s,]|$)/i;

/** 15's SQLSTATE of each XPath report 16 moved to 10608 (invalid_argument_for_xquery). */
const XPATH_CODES_15 = new Map([
  ['empty XPath expression', '22000'],
  ['row path filter must not be empty string', '22000'],
  ['column path filter must not be empty string', '22000'],
  ['could not create XPath object', 'XX000'],
]);
const XMLTABLE = /\bxmltable\s*\(/i;

/** Hints 16-18 reworded (a setting's name quoted or spelt as pg_settings does, a unit added), and 15's wording. */
const PG15_HINTS: readonly (readonly [RegExp, string])[] = [
  [
    /^Perhaps you need a different "DateStyle" setting\.$/,
    'Perhaps you need a different "datestyle" setting.',
  ],
  [
    /^Set "max_prepared_transactions" to a nonzero value\.$/,
    'Set max_prepared_transactions to a nonzero value.',
  ],
  // pg_size_bytes: 17 added the unit "B", which 15 does not take or list.
  [
    /^Valid units are "bytes", "B", "kB", "MB", "GB", "TB", and "PB"\.$/,
    'Valid units are "bytes", "kB", "MB", "GB", "TB", and "PB".',
  ],
  [
    /^You might need to increase "(max_locks_per_transaction|max_pred_locks_per_transaction)"\.$/,
    'You might need to increase $1.',
  ],
];

const UNICODE_ESCAPES_OFF_17 =
  'String constants with Unicode escapes cannot be used when "standard_conforming_strings" is off.';
const UNICODE_ESCAPES_OFF_15 =
  'String constants with Unicode escapes cannot be used when standard_conforming_strings is off.';

/** 17's hint for `UPDATE t SET t.col = ...` (and MERGE's UPDATE SET); 15 gives none. */
const MISSING_SNAPSHOT = /^snapshot "(.*)" does not exist$/s;
const EXAMINE_DENIED = /^permission denied to examine "(.*)"$/s;
const EXAMINE_DETAIL =
  'Only roles with privileges of the "pg_read_all_settings" role may examine this parameter.';
const QUALIFIED_SET_TARGET_HINT = 'SET target columns cannot be qualified with the relation name.';

/** WITH TIES syntax errors 16+ locate and 15 raised with no position. */
const UNPOSITIONED_WITH_TIES: ReadonlySet<string> = new Set([
  'WITH TIES cannot be specified without ORDER BY clause',
  'SKIP LOCKED and WITH TIES options cannot be used together',
]);

const REWRITES: readonly Rewrite[] = [
  // A contrib setting 15 lacks is answered by a stand-in placeholder (pg15-extension-settings.ts).
  withExtensionSettingNames,
  // initcap() under an ICU collation: PGlite's ICU lacks the word-break data its title-casing
  // needs, where 15's ICU has it ('Hello World'). Not an error 15 raises: a loud refusal.
  (error) =>
    error.code === 'XX000' && error.message.startsWith('case conversion failed: U_MISSING_RESOURCE_ERROR')
      ? {
          severity: error.severity,
          code: '0A000',
          message:
            "case mapping under an ICU collation that needs ICU data PGlite's build lacks (initcap's word breaks): PostgreSQL 15's ICU has it, so the fake cannot answer as 15 does: run this test on the real server",
        }
      : undefined,
  // LIKE over an indeterminate collation (two columns of different implicit collations, `a LIKE b`):
  // 18 raises 42P22 where 15 answers, since 15's LIKE looks at the collation only when one is set
  // (like.c, GenericMatchText). Not an error 15 raises: a loud refusal. (The reverse, ILIKE, regular
  // expressions and lower()/upper()/initcap() that 15 refuses with 42P22 and 18 answers, is left:
  // neither a rewrite nor a wrapper sees the call's missing collation; FIDELITY.md says so.)
  (error) =>
    error.code === '42P22' && error.message === 'could not determine which collation to use for LIKE'
      ? {
          severity: error.severity,
          code: '0A000',
          message:
            'LIKE under an indeterminate collation (operands of different implicit collations): PostgreSQL 15 matches without one, PGlite (PostgreSQL 18) refuses it, so the fake cannot answer as 15 does: add a COLLATE clause, or run this test on the real server',
        }
      : undefined,
  // 17 quotes the setting's name in U&'' refused under standard_conforming_strings = off; 15 does not.
  (error) =>
    error.code === '0A000' && error.detail === UNICODE_ESCAPES_OFF_17
      ? { ...error, detail: UNICODE_ESCAPES_OFF_15 }
      : undefined,
  // xmlpi() with the reserved target name `xml`: 15 raised it as a syntax error (42601, "really",
  // says its source), 16+ as an invalid processing instruction (2200T), as the `?>` case always was.
  (error) =>
    error.code === '2200T' && error.detail?.startsWith('XML processing instruction target name cannot be')
      ? { ...error, code: '42601' }
      : undefined,
  // 16 names the setting in a conflicting DateStyle's detail as pg_settings spells it; 15 in lower case.
  (error) =>
    error.code === '22023' && error.detail === 'Conflicting "DateStyle" specifications.'
      ? { ...error, detail: 'Conflicting "datestyle" specifications.' }
      : undefined,
  // 17 tells a well-formed snapshot identifier that names no exported snapshot (SET TRANSACTION
  // SNAPSHOT) by 42704; 15 called every identifier it could not import invalid (22023).
  (error) => {
    const id = error.code === '42704' ? MISSING_SNAPSHOT.exec(error.message)?.[1] : undefined;
    if (id === undefined) return undefined;
    return { ...error, code: '22023', message: `invalid snapshot identifier: "${id}"` };
  },
  (error) => {
    if (error.code !== '42703' || error.hint !== QUALIFIED_SET_TARGET_HINT) return undefined;
    const { hint: _hint, ...without } = error;
    return without;
  },
  // 16 points at WITH TIES without ORDER BY, or beside SKIP LOCKED (a position); 15 reported them with none.
  (error) => {
    if (error.code !== '42601' || error.position === undefined) return undefined;
    if (!UNPOSITIONED_WITH_TIES.has(error.message)) return undefined;
    const { position: _position, ...without } = error;
    return without;
  },
  // A PL/pgSQL `%TYPE` reference naming nothing: 15's syntax error (pg15-plpgsql-errors.ts).
  pg15CopiedTypeError,
  // DDL errors 17 locates or gives a hint for (a domain's, a constraint attribute's, a routine's type).
  pg15DdlError,
  // Trigger DDL errors 16 locates or gives another SQLSTATE.
  pg15TriggerError,
  // Contrib extensions' errors 16-18 reworded (hstore's syntax errors, tablefunc's checks, refint).
  pg15ContribError,
  // 16 reports XPath faults as 10608; 15 as 22000 (an empty path), XX000 (libxml's compile or
  // evaluation failing in xpath(), xpath_exists(), XMLEXISTS). An XPath that does not compile in
  // XMLTABLE was 42601 for the row path and 22000 for a column's, which the report cannot tell
  // apart: refused loudly there.
  (error, text) => {
    if (error.code !== '10608') return undefined;
    const code = XPATH_CODES_15.get(error.message);
    if (code !== undefined) return { ...error, code };
    if (error.message !== 'invalid XPath expression') return undefined;
    if (!XMLTABLE.test(text)) return { ...error, code: 'XX000' };
    return {
      severity: error.severity,
      code: '0A000',
      message:
        'an XPath that does not compile in XMLTABLE: PostgreSQL 15 reports it as 42601 for the row path and 22000 for a column path, PGlite (PostgreSQL 18) as 10608 for both, so the fake cannot answer as 15 does: run this test on the real server',
    };
  },
  // 17 refuses an interval with `ago` before its end, which 15 reads (negating the whole interval),
  // and 16 one with unit words with no number between them, which 15 reads past. Literals and
  // parameters are rewritten to 15's reading (pg15IntervalText); text cast at run time (a column's)
  // cannot be: refused loudly.
  (error) => {
    const text = error.code === '22007' ? INVALID_INTERVAL.exec(error.message)?.[1] : undefined;
    if (text === undefined || pg15IntervalText(text) === undefined) return undefined;
    const what = /(^|\s)ago\s+\S/i.test(text)
      ? 'with "ago" before its end: PostgreSQL 15 reads it (negating the whole interval)'
      : 'with unit words and no number between them: PostgreSQL 15 reads it (a number takes the leftmost unit after it)';
    return {
      severity: error.severity,
      code: '0A000',
      message: `interval "${text}" ${what}, PGlite (PostgreSQL 18) refuses it, so the fake cannot answer as 15 does: run this test on the real server`,
    };
  },
  // 16 refuses a unit word in date/time text that 15 reads past or gives to the number after it.
  (error) => {
    const input = error.code === '22007' ? DATETIME_OR_TIME_INPUT.exec(error.message) : null;
    if (!input || !DATETIME_UNIT_WORD.test(input[2] ?? '')) return undefined;
    return {
      severity: error.severity,
      code: '0A000',
      message: `${input[1]} "${input[2]}" with a unit word such as h, m, s or julian beside the fields: PostgreSQL 15 reads past it (or gives it to the number after it), PGlite (PostgreSQL 18) refuses it, so the fake cannot answer as 15 does: run this test on the real server`,
    };
  },
  // 16 dropped the undocumented `y2024m02d29` form (a unit letter before each field) that 15 reads
  // as a date; refused loudly rather than with an error 15 does not raise.
  (error) => {
    const input = error.code === '22007' ? DATETIME_INPUT.exec(error.message) : null;
    if (!input || !UNIT_LETTER_DATE.test(input[2] ?? '')) return undefined;
    return {
      severity: error.severity,
      code: '0A000',
      message: `${input[1]} "${input[2]}" with a unit letter before each field: PostgreSQL 15 reads it, PGlite (PostgreSQL 18) refuses it, so the fake cannot answer as 15 does: write it as YYYY-MM-DD, or run this test on the real server`,
    };
  },
  // 18 refuses SET LOGGED / SET UNLOGGED on a partitioned table; 15 accepts both and changes nothing.
  (error) => {
    const action = error.code === '42809' ? SET_PERSISTENCE.exec(error.message)?.[1] : undefined;
    if (action === undefined) return undefined;
    return {
      severity: error.severity,
      code: '0A000',
      message: `ALTER TABLE ... SET ${action} on a partitioned table: PostgreSQL 15 accepts it (and changes nothing), PGlite (PostgreSQL 18) refuses it, so the fake cannot answer as 15 does: run this test on the real server`,
    };
  },
  // 17 refuses an identity on a partition's column (a partition takes its partitioned table's); 15
  // adds one, the partition's own. Not an error 15 raises there: a loud refusal.
  (error) =>
    error.code === '42P16' && error.message === 'cannot add identity to a column of a partition'
      ? {
          severity: error.severity,
          code: '0A000',
          message:
            "an identity on a column of a partition: PostgreSQL 15 adds it (the partition's own), PGlite (PostgreSQL 18) refuses it, so the fake cannot answer as 15 does: run this test on the real server",
        }
      : undefined,
  // PGlite is a 32-bit build: its memory settings (work_mem, maintenance_work_mem...) stop at
  // 2097151 kB, where a 64-bit 15 server takes up to 2147483647 kB (`SET work_mem = '4GB'`). A loud
  // refusal, not an error the server would not raise.
  (error) => {
    const limit = error.code === '22023' ? WASM_MEMORY_LIMIT.exec(error.message) : null;
    // Below 2097151 kB the value is out of range on 15 too (below the minimum, which 15 also has).
    if (!limit || Number(limit[1]) <= 2097151 || Number(limit[1]) > 2147483647) return undefined;
    return {
      severity: error.severity,
      code: '0A000',
      message: `${limit[1]} kB for "${limit[2]}": PGlite is a 32-bit build whose memory settings stop at 2097151 kB, where a PostgreSQL 15 server takes up to 2147483647 kB, so the fake refuses it: run this test on the real server`,
    };
  },
  // 16 reports a NULL key of json_build_object or json_object_agg as 22004 "null value not allowed
  // for object key"; 15 as 22023, worded per function (the jsonb ones are unchanged).
  (error, text) => {
    if (error.code !== '22004' || error.message !== 'null value not allowed for object key') return undefined;
    const built = /\bjson_build_object\s*\(/i.test(text);
    if (!built && !/\bjson_object_agg\s*\(/i.test(text)) return undefined;
    return !built
      ? { ...error, code: '22023', message: 'field name must not be null' }
      : {
          ...error,
          code: '22023',
          message: `argument ${nullKeyArgument(text) ?? 1} cannot be null`,
          hint: 'Object keys should be text.',
        };
  },
  // 16 words a superuser-only setting read by another role (SHOW, current_setting) as "permission
  // denied" with a detail; 15 says who may read it, in the message alone.
  (error) => {
    const name = error.code === '42501' ? EXAMINE_DENIED.exec(error.message)?.[1] : undefined;
    if (name === undefined || error.detail !== EXAMINE_DETAIL) return undefined;
    const { detail: _detail, ...rest } = error;
    return {
      ...rest,
      message: `must be superuser or have privileges of pg_read_all_settings to examine "${name}"`,
    };
  },
  // 17 lets a SQL function end with MERGE ... RETURNING, and says so; 15's detail names the others.
  (error) =>
    error.code === '42P13' && error.detail?.includes('INSERT/UPDATE/DELETE/MERGE RETURNING')
      ? {
          ...error,
          detail: error.detail.replace(
            'INSERT/UPDATE/DELETE/MERGE RETURNING',
            'INSERT/UPDATE/DELETE RETURNING',
          ),
        }
      : undefined,
  // 18 names the mismatched column of a row (RETURN QUERY, a function's record) and numbers it; 15
  // numbers it alone.
  (error) => {
    const detail = error.code === '42804' && error.detail ? COLUMN_TYPE_MISMATCH.exec(error.detail) : null;
    return detail ? { ...error, detail: `${detail[1]}${detail[2]}.` } : undefined;
  },
  // A server has the contrib extensions installed with it; the ones PGlite answers as 15 does are
  // installed in its cluster (contrib-extensions.ts). Another a server has is refused loudly, not
  // reported missing; one no server package has is reported as 15 reports it.
  (error) => {
    const name = error.code === '0A000' ? UNAVAILABLE_EXTENSION.exec(error.message)?.[1] : undefined;
    if (name === undefined) return undefined;
    if (!SERVER_CONTRIB.has(name))
      return {
        ...error,
        detail: `Could not open extension control file "/usr/share/postgresql/15/extension/${name}.control": No such file or directory.`,
      };
    const why = WITHHELD_CONTRIB.get(name) ?? "PGlite's cluster does not have it";
    return {
      severity: error.severity,
      code: '0A000',
      message: `extension "${name}" is installed with a PostgreSQL 15 server, but ${why}, so the fake refuses it: run this test on the real server`,
    };
  },
  // 16 refuses a primary key over a NULLS NOT DISTINCT index (its columns are NOT NULL anyway),
  // which 15 adopts: a loud refusal, not an error the server would not raise.
  (error) =>
    error.code === '42P16' && error.message === 'primary keys cannot use NULLS NOT DISTINCT indexes'
      ? {
          severity: error.severity,
          code: '0A000',
          message:
            'PRIMARY KEY USING INDEX on a NULLS NOT DISTINCT index: PostgreSQL 15 adopts it, PGlite (PostgreSQL 18) refuses it, so the fake cannot answer as 15 does: run this test on the real server',
        }
      : undefined,
  // 16 removed turning a table into a view with an ON SELECT rule, which 15 still does: refused loudly.
  (error) =>
    error.code === '42809' && / cannot have ON SELECT rules$/.test(error.message)
      ? {
          severity: error.severity,
          code: '0A000',
          message:
            'an ON SELECT rule making a table a view: PGlite (PostgreSQL 18) no longer has it, where PostgreSQL 15 converts the table, so the fake refuses it: run this test on the real server',
        }
      : undefined,
  // PGlite is built without lz4, which the servers 15 is installed from (Debian's packages, the
  // official images) have: `SET default_toast_compression = lz4` and `COMPRESSION lz4` succeed on
  // them. A loud refusal, rather than an error the server would not raise.
  (error) =>
    (error.code === '22023' || error.code === '0A000') &&
    LZ4.test(error.message) &&
    !/PGlite/.test(error.message)
      ? {
          severity: error.severity,
          code: '0A000',
          message:
            'lz4 compression: PGlite is built without lz4, where PostgreSQL 15 servers have it, so the fake refuses it: run this test on the real server',
        }
      : undefined,
  // 17 rewrote array_in: a malformed literal's detail can name another fault than 15's reader found
  // first ('{a,"b"c}': 15 "Unexpected array element.", 17 "Incorrectly quoted array element.").
  // The literal is in the message: 15's detail is recomputed from it (with ',' as the delimiter,
  // every type's but box's).
  (error) => {
    const literal = error.code === '22P02' ? MALFORMED_ARRAY.exec(error.message)?.[1] : undefined;
    const detail17 = error.detail ?? '';
    if (
      literal === undefined ||
      !(ARRAY_DETAILS_SINCE_17.has(detail17) || UNEXPECTED_CHARACTER.test(detail17))
    )
      return undefined;
    const detail = pg15ArrayShapeDetail(literal);
    return detail && detail !== error.detail ? { ...error, detail } : undefined;
  },
  // 16 gives ON DELETE/UPDATE RESTRICT its own SQLSTATE (23001 restrict_violation); 15 reports it
  // as any other foreign key violation (23503), with NO ACTION's wording.
  (error) => {
    const message = error.code === '23001' ? RESTRICT_MESSAGE.exec(error.message) : null;
    if (!message) return undefined;
    return {
      ...error,
      code: '23503',
      message: `${message[1]} ${message[2]}`,
      ...(error.detail && {
        detail: error.detail.replace(/ is referenced from table /, ' is still referenced from table '),
      }),
    };
  },
  // 18 says which side each of a foreign key's mismatched columns is on; 15 names them alone.
  (error) => {
    const detail = error.code === '42804' && error.detail ? INCOMPATIBLE_KEYS.exec(error.detail) : null;
    return detail
      ? { ...error, detail: `Key columns ${detail[1]} and ${detail[2]} ${detail[3]}` }
      : undefined;
  },
  // 15 gives "There is an entry for table ..., but it cannot be referenced from this part of the
  // query." as the hint of a 42P01 (EXCLUDED in RETURNING, an outer table in a subquery without
  // LATERAL); 16+ gives it as the detail, with a hint to mark the subquery LATERAL.
  (error) => {
    if (error.code !== '42P01' || !error.detail?.startsWith('There is an entry for table ')) return undefined;
    const { detail, ...without } = error;
    return { ...without, hint: detail };
  },
  // The same move for a 42703's "There is a column named ... but it cannot be referenced".
  (error) => {
    if (error.code !== '42703' || !error.detail?.startsWith('There is a column named ')) return undefined;
    const { detail, ...without } = error;
    return { ...without, hint: detail };
  },
  // JOIN ... USING / NATURAL JOIN of columns of types with no common type: 15 refuses while merging
  // the columns (42804, no position); 17 builds the join's = first and reports that it has none
  // (42883, no position either, which tells it from an = written in the query).
  (error, text) => {
    const types =
      error.code === '42883' && error.position === undefined ? MISSING_EQUALS.exec(error.message) : null;
    if (!types || types[1] === types[2] || !JOIN_USING.test(text)) return undefined;
    return {
      severity: error.severity,
      code: '42804',
      message: `JOIN/USING types ${types[1]} and ${types[2]} cannot be matched`,
    };
  },
  // 16 reports a relation of the wrong kind opened by name (nextval of a table) as "cannot open
  // relation" with this detail; 15 said it in the message alone ("x" is not a sequence). Other
  // reports with this detail (an index or ALTER on a view) carry it on 15 too.
  (error) => {
    if (error.code !== '42809' || !error.message.startsWith('cannot open relation ')) return undefined;
    if (!error.detail?.startsWith('This operation is not supported for ')) return undefined;
    const { detail: _detail, ...without } = error;
    return without;
  },
  // Last, so that the particular rewrites above go first. Role administration: 16's messages and
  // details, 16's grantor bookkeeping (pg15-role-admin.ts).
  pg15RoleAdminError,
  // An aclitem's unknown privilege letter: 18's list of letters has 17's MAINTAIN (`m`); 15's not.
  (error) =>
    error.code === '22P02' && error.message.endsWith(PG18_ACL_LETTERS)
      ? { ...error, message: error.message.replace(PG18_ACL_LETTERS, PG15_ACL_LETTERS) }
      : undefined,
];
