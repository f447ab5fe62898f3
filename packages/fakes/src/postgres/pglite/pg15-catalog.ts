import { createHash } from 'node:crypto';
import { SERVER_VERSION, SERVER_VERSION_NUM } from '../wire/server-version.js';
import { SERVER_LOCALE } from './initdb-cache.js';
import { AGGREGATE_CATALOG_STATEMENTS } from './pg15-aggregate-catalog.js';
import { ADDED_SPAN } from './pg15-body-marks.js';
import { catalogAttributesStatement } from './pg15-catalog-attributes.js';
import {
  cheapRegex,
  cheapStatements,
  pg15CtypeStatements,
  WRAPPER_COST_STATEMENT,
  ZERO_COST_STATEMENT,
} from './pg15-ctype.js';
import {
  DATETIME_WORD,
  datetimeWordStatements,
  datetimeWordsFunction,
  SPECIAL_WORD_ALONE,
  ZONE_DATA_ABBREVIATION,
  ZONE_DATA_ABBREVIATIONS,
} from './pg15-datetime-words.js';
import { DROPPED_OBJECTS_SIGNATURE, EVENT_TRIGGER_STATEMENTS } from './pg15-event-triggers.js';
import { EXTENSION_NEWER_SETTINGS } from './pg15-extension-settings.js';
import { arrayCastStatements, functionCastStatements } from './pg15-function-casts.js';
import { ICU_WRITTEN_STATEMENT } from './pg15-icu-locale.js';
import { informationSchemaSystemStatements } from './pg15-information-schema.js';
import { pg15LibmStatements } from './pg15-libm.js';
import { NEWER_BUILTIN_STATEMENT } from './pg15-newer-builtins.js';
import { NOT_NULL_NAME_STATEMENTS } from './pg15-not-null-constraint-names.js';
import { PATTERN_COLLATION_STATEMENTS } from './pg15-pattern-collations.js';
import { POSITION_DEPARSE_STATEMENTS } from './pg15-position-deparse.js';
import { ROLE_ADMIN_STATEMENTS } from './pg15-role-admin.js';
import { pg15ServerFunctionStatements, STAND_IN_PRIVILEGES_STATEMENT } from './pg15-server-functions.js';
import { PG15_SETTING_TEXTS } from './pg15-setting-texts-data.js';
import { FIXED_SETTINGS, LOCALE_SETTINGS, NEWER_SETTINGS, REMOVED_SETTING_ROWS } from './pg15-settings.js';
import { typeInputStatements } from './pg15-type-input.js';
import { PG15_VIEWS } from './pg15-views.js';

/**
 * What PGlite's catalog (PostgreSQL 18) has and PostgreSQL 15's lacks, hidden once per database by
 * renaming it under `PG15_HIDDEN_PREFIX`: a call of `any_value(x)` or `random(1, 10)`, a read of
 * `pg_stat_io`, `COLLATE pg_c_utf8` or `GRANT pg_maintain` then fails as on 15, with 15's own error
 * (SQLSTATE, message, hint, position), and a user's own function of the same name is the one found,
 * as on 15. Renamed, not dropped: PostgreSQL refers to its objects by OID, so what uses them inside
 * the server (views over `pg_stat_get_io`, aggregates' support functions) keeps working.
 */
export const PG15_HIDDEN_PREFIX = 'pglite18_';

/** Functions PostgreSQL 16 to 18 added, by signature (only the ones a query names; not support ones). */
export const NEWER_FUNCTIONS: readonly string[] = [
  'any_value(anyelement)',
  'array_reverse(anyarray)',
  'array_sample(anyarray,integer)',
  'array_shuffle(anyarray)',
  'array_sort(anyarray)',
  'array_sort(anyarray,boolean)',
  'array_sort(anyarray,boolean,boolean)',
  'bytea(bigint)',
  'bytea(integer)',
  'bytea(smallint)',
  'casefold(text)',
  'crc32(bytea)',
  'crc32c(bytea)',
  'date_add(timestamp with time zone,interval)',
  'date_add(timestamp with time zone,interval,text)',
  'date_subtract(timestamp with time zone,interval)',
  'date_subtract(timestamp with time zone,interval,text)',
  'erf(double precision)',
  'erfc(double precision)',
  'gamma(double precision)',
  'generate_series(timestamp with time zone,timestamp with time zone,interval,text)',
  'has_largeobject_privilege(name,oid,text)',
  'has_largeobject_privilege(oid,oid,text)',
  'has_largeobject_privilege(oid,text)',
  'icu_unicode_version()',
  'int2(bytea)',
  'int4(bytea)',
  'int8(bytea)',
  'json_agg_strict(anyelement)',
  'json_object_agg_strict("any","any")',
  'json_object_agg_unique("any","any")',
  'json_object_agg_unique_strict("any","any")',
  'jsonb_agg_strict(anyelement)',
  'jsonb_object_agg_strict("any","any")',
  'jsonb_object_agg_unique("any","any")',
  'jsonb_object_agg_unique_strict("any","any")',
  'jsonb_populate_record_valid(anyelement,jsonb)',
  'lgamma(double precision)',
  'max(bytea)',
  'max(record)',
  'min(bytea)',
  'min(record)',
  'pg_available_wal_summaries()',
  'pg_basetype(regtype)',
  'pg_clear_attribute_stats(text,text,text,boolean)',
  'pg_clear_relation_stats(text,text)',
  'pg_column_toast_chunk_id("any")',
  'pg_get_acl(oid,oid,integer)',
  'pg_get_aios()',
  'pg_get_loaded_modules()',
  'pg_get_sequence_data(regclass)',
  'pg_get_wait_events()',
  'pg_get_wal_summarizer_state()',
  'pg_input_error_info(text,text)',
  'pg_input_is_valid(text,text)',
  'pg_log_standby_snapshot()',
  'pg_ls_summariesdir()',
  'pg_numa_available()',
  'pg_read_binary_file(text,boolean)',
  'pg_read_file(text,boolean)',
  'pg_restore_attribute_stats("any")',
  'pg_restore_relation_stats("any")',
  'pg_split_walfile_name(text)',
  'pg_stat_reset_backend_stats(integer)',
  'pg_sync_replication_slots()',
  'pg_wal_summary_contents(bigint,pg_lsn,pg_lsn)',
  'random(bigint,bigint)',
  'random(integer,integer)',
  'random(numeric,numeric)',
  'random_normal(double precision,double precision)',
  'reverse(bytea)',
  '"system_user"()',
  'timezone(time with time zone)',
  'timezone(timestamp with time zone)',
  'timezone(timestamp without time zone)',
  'to_bin(bigint)',
  'to_bin(integer)',
  'to_oct(bigint)',
  'to_oct(integer)',
  'to_regtypemod(text)',
  'unicode_assigned(text)',
  'unicode_version()',
  'uuid_extract_timestamp(uuid)',
  'uuid_extract_version(uuid)',
  'uuidv4()',
  'uuidv7()',
  'uuidv7(interval)',
  'xmltext(text)',
];

/**
 * Built-ins whose parameters 16-18 named (15's have none): a call by name (`regexp_replace(string
 * => ...)`) fails on 15 (42883), and pg_get_function_arguments lists the types alone.
 */
const NAMED_SINCE_16 = [
  'json_object_agg("any","any")',
  'jsonb_object_agg("any","any")',
  'pg_stat_reset_shared(text)',
  'pg_stat_reset_slru(text)',
  'regexp_count(text,text)',
  'regexp_count(text,text,integer)',
  'regexp_count(text,text,integer,text)',
  'regexp_instr(text,text)',
  'regexp_instr(text,text,integer)',
  'regexp_instr(text,text,integer,integer)',
  'regexp_instr(text,text,integer,integer,integer)',
  'regexp_instr(text,text,integer,integer,integer,text)',
  'regexp_instr(text,text,integer,integer,integer,text,integer)',
  'regexp_like(text,text)',
  'regexp_like(text,text,text)',
  'regexp_match(text,text)',
  'regexp_match(text,text,text)',
  'regexp_matches(text,text)',
  'regexp_matches(text,text,text)',
  'regexp_replace(text,text,text)',
  'regexp_replace(text,text,text,integer)',
  'regexp_replace(text,text,text,integer,integer)',
  'regexp_replace(text,text,text,integer,integer,text)',
  'regexp_replace(text,text,text,text)',
  'regexp_split_to_array(text,text)',
  'regexp_split_to_array(text,text,text)',
  'regexp_split_to_table(text,text)',
  'regexp_split_to_table(text,text,text)',
  'regexp_substr(text,text)',
  'regexp_substr(text,text,integer)',
  'regexp_substr(text,text,integer,integer)',
  'regexp_substr(text,text,integer,integer,text)',
  'regexp_substr(text,text,integer,integer,text,integer)',
  'string_agg(bytea,bytea)',
  'string_agg(text,text)',
];

/** Casts 18 added (bytea to and from the integers): 15 has no such cast (42846). */
const NEWER_CAST_FUNCTIONS = [
  'int2(bytea)',
  'int4(bytea)',
  'int8(bytea)',
  'bytea(smallint)',
  'bytea(integer)',
  'bytea(bigint)',
];
export const NEWER_RELATIONS = [
  'pg_catalog.pg_aios',
  'pg_catalog.pg_shmem_allocations_numa',
  'pg_catalog.pg_stat_checkpointer',
  'pg_catalog.pg_stat_io',
  'pg_catalog.pg_wait_events',
];
export const NEWER_COLLATIONS = ['pg_c_utf8', 'pg_unicode_fast', 'unicode'];
/** Text search configurations and dictionaries 16-18 added (17: Snowball's Estonian). */
export const NEWER_TEXT_SEARCH_CONFIGS = ['estonian'];
export const NEWER_TEXT_SEARCH_DICTIONARIES = ['estonian_stem'];
/**
 * libc collations PGlite's cluster imports and a 15 server's does not: its image has no locale but
 * C.UTF-8 (`locale -a`), so `COLLATE "en_US"` fails there (42704), and pg_collation lists neither.
 */
export const UNINSTALLED_LOCALE_COLLATIONS = ['en_US', 'en_US.utf8'];
export const NEWER_ROLES = [
  'pg_create_subscription',
  'pg_maintain',
  'pg_signal_autovacuum_worker',
  'pg_use_reserved_connections',
];

/**
 * Where PGlite reads its own version (18) to a client, the fake's instead (15, see
 * server-version.ts): `version()`, `current_setting('server_version'|'server_version_num')` and
 * `pg_settings`. `SHOW` is answered in C, so the engine puts its rows right (pglite-engine.ts). The
 * built-in functions are renamed, not replaced, so the new ones can call them and what the server
 * itself binds by OID keeps them; each new one is a one-SELECT SQL function, which the planner
 * inlines, so a failing call (an unknown setting) reports the built-in's own error, without a
 * "SQL function" context. Only an internal (built-in) function is renamed: run twice, these are no-ops.
 */
const VERSION_FUNCTIONS = ['version()', 'current_setting(text)', 'current_setting(text,boolean)'];

/** Built-ins whose answers 16-18 changed, wrapped by `PG15_BEHAVIOUR_STATEMENTS`. */
const BEHAVIOUR_BUILTINS = [
  'extract(text,interval)',
  'date_part(text,interval)',
  'interval_mul(interval,double precision)',
  'mul_d_interval(double precision,interval)',
  'age(timestamp without time zone,timestamp without time zone)',
  'age(timestamp with time zone,timestamp with time zone)',
  'has_table_privilege(name,text,text)',
  'has_table_privilege(name,oid,text)',
  'has_table_privilege(oid,text,text)',
  'has_table_privilege(oid,oid,text)',
  'has_table_privilege(text,text)',
  'has_table_privilege(oid,text)',
  'makeaclitem(oid,oid,text,boolean)',
  'pg_has_role(name,name,text)',
  'pg_has_role(name,oid,text)',
  'pg_has_role(oid,name,text)',
  'pg_has_role(oid,oid,text)',
  'pg_has_role(name,text)',
  'pg_has_role(oid,text)',
  'to_number(text,text)',
  'to_timestamp(text,text)',
  'to_date(text,text)',
  'pg_walfile_name(pg_lsn)',
  'pg_walfile_name_offset(pg_lsn)',
  'acldefault("char",oid)',
  'jsonb_strip_nulls(jsonb,boolean)',
  'json_strip_nulls(json,boolean)',
  'make_interval(integer,integer,integer,integer,integer,integer,double precision)',
  'date_trunc(text,timestamp without time zone)',
  'date_trunc(text,timestamp with time zone)',
  'date_trunc(text,timestamp with time zone,text)',
];

/** Built-ins replaced below by a 15-behaved function that calls them under their new name. */
const REPLACED_BUILTINS = [
  ...VERSION_FUNCTIONS,
  'pg_get_keywords()',
  'pg_get_functiondef(oid)',
  'to_regclass(text)',
  'to_regtype(text)',
  'to_regproc(text)',
  'to_regprocedure(text)',
  'to_regoper(text)',
  'to_regoperator(text)',
  'to_regnamespace(text)',
  'to_regrole(text)',
  'to_regcollation(text)',
  'pg_size_bytes(text)',
  DROPPED_OBJECTS_SIGNATURE,
  'timestamp_mi(timestamp without time zone,timestamp without time zone)',
  'timestamptz_mi(timestamp with time zone,timestamp with time zone)',
  'power(numeric,numeric)',
  'pow(numeric,numeric)',
  'numeric_power(numeric,numeric)',
  ...BEHAVIOUR_BUILTINS,
];

/** The signatures of the built-ins the fake renames and stands in for (a frame of one is the fake's). */
export const PG15_REPLACED_SIGNATURES: readonly string[] = [
  ...REPLACED_BUILTINS,
  // jsonbNullCastStatements' stand-ins, declared below (a function, hoisted).
  ...jsonbCastSignatures(),
];

const versionCase = (value: string): string =>
  `CASE pg_catalog.lower(${value}) WHEN 'server_version' THEN '${SERVER_VERSION}' WHEN 'server_version_num' THEN '${SERVER_VERSION_NUM}'`;
/** `versionCase`, and the fixed settings' values as SHOW and current_setting() give them. */
const shownCase = (value: string): string =>
  `${versionCase(value)} ${FIXED_SETTINGS.map(({ shown, row: [name] }) => `WHEN '${name}' THEN '${shown}'`).join(' ')}`;

/**
 * current_setting() also answers 15's locale settings, which 18 no longer has, and
 * session_authorization where PGlite's single-user backend left it unset ('': a server sets it to
 * the connecting user at start-up): the session user, which it names whenever it is set.
 */
const settingCase = (value: string): string =>
  `${shownCase(value)} ${[...LOCALE_SETTINGS].map((name) => `WHEN '${name}' THEN '${SERVER_LOCALE}'`).join(' ')} WHEN 'session_authorization' THEN COALESCE(NULLIF(pg_catalog.${PG15_HIDDEN_PREFIX}current_setting(${value}), ''), SESSION_USER::text)`;

const SETTINGS_COLUMNS =
  'name, setting, unit, category, short_desc, extra_desc, context, vartype, source, min_val, max_val, enumvals, boot_val, reset_val, sourcefile, sourceline, pending_restart';

const sqlText = (value: string | null): string =>
  value === null ? 'NULL::text' : `'${value.replaceAll("'", "''")}'::text`;

/** One of `REMOVED_SETTING_ROWS` as a VALUES row of pg_show_all_settings()'s columns. */
function settingRow(row: (typeof REMOVED_SETTING_ROWS)[number]): string {
  const [
    name,
    setting,
    unit,
    category,
    shortDesc,
    extraDesc,
    context,
    vartype,
    source,
    minVal,
    maxVal,
    enumvals,
  ] = row;
  const [bootVal, resetVal, , , pendingRestart] = row.slice(12) as [string, string, null, null, boolean];
  const values = [
    name,
    setting,
    unit,
    category,
    shortDesc,
    extraDesc,
    context,
    vartype,
    source,
    minVal,
    maxVal,
  ];
  const array =
    enumvals === null ? 'NULL::text[]' : `ARRAY[${enumvals.map((value) => sqlText(value)).join(', ')}]`;
  return `(${values.map(sqlText).join(', ')}, ${array}, ${sqlText(bootVal)}, ${sqlText(resetVal)}, NULL::text, NULL::integer, ${pendingRestart})`;
}

/**
 * 15's defaults that PGlite is started with (initdb-cache.ts), as pg_settings shows them: 15's boot
 * value, and source `default`, not `command line`, unless the session changed them.
 */
const PG15_BOOT_VALUES: Readonly<Record<string, string>> = {
  effective_io_concurrency: '1',
  maintenance_io_concurrency: '10',
};
const PG15_DEFAULTS_STARTED = [...Object.keys(PG15_BOOT_VALUES), 'search_path']
  .map((name) => `'${name}'`)
  .join(', ');

function versionStatements(): CatalogStatement[] {
  const settingOf = (column: string): string => `${versionCase('name')} ELSE ${column} END AS ${column}`;
  // server_version_num is an integer setting whose range is its one value.
  const versionBound = (column: string): string =>
    `CASE WHEN name = 'server_version_num' THEN '${SERVER_VERSION_NUM}' ELSE ${column} END AS ${column}`;
  const bootOf = `${versionCase('name')} ${Object.entries(PG15_BOOT_VALUES)
    .map(([name, value]) => `WHEN '${name}' THEN '${value}'`)
    .join(' ')} ELSE boot_val END AS boot_val`;
  return [
    {
      text: `UPDATE pg_catalog.pg_proc SET proname = $1 || proname
        WHERE oid IN (${procedures('$2')}) AND prolang = (SELECT oid FROM pg_catalog.pg_language WHERE lanname = 'internal')`,
      params: [PG15_HIDDEN_PREFIX, JSON.stringify(REPLACED_BUILTINS)],
    },
    {
      text: `CREATE OR REPLACE FUNCTION pg_catalog.version() RETURNS text LANGUAGE sql STABLE PARALLEL SAFE
        AS $$ SELECT pg_catalog.regexp_replace(pg_catalog.${PG15_HIDDEN_PREFIX}version(), '^PostgreSQL [^ ]+', 'PostgreSQL ${SERVER_VERSION}') $$`,
      params: [],
    },
    // A built-in the fake replaced (lower, version, to_regclass, this one...) is defined as the
    // hidden original it stands for, under its own name, as pg_proc shows it (pg15-dialect.ts).
    {
      text: `CREATE OR REPLACE FUNCTION pg_catalog.pg_get_functiondef(oid) RETURNS text LANGUAGE sql STABLE STRICT PARALLEL SAFE
        AS $$ SELECT pg_catalog.regexp_replace(CASE WHEN h.oid IS NULL THEN pg_catalog.${PG15_HIDDEN_PREFIX}pg_get_functiondef($1)
            -- The built-in's name as 15 writes it: a keyword quoted ("extract", "numeric").
            ELSE pg_catalog.overlay(pg_catalog.${PG15_HIDDEN_PREFIX}pg_get_functiondef(h.oid),
              pg_catalog.quote_ident(p.proname) OPERATOR(pg_catalog.||) '(',
              pg_catalog.strpos(pg_catalog.${PG15_HIDDEN_PREFIX}pg_get_functiondef(h.oid), 'pg_catalog.' OPERATOR(pg_catalog.||) h.proname OPERATOR(pg_catalog.||) '(') OPERATOR(pg_catalog.+) 11,
              pg_catalog.length(h.proname) OPERATOR(pg_catalog.+) 1) END,
            -- The edits a PL/pgSQL body's exception handlers got (pg15-plpgsql-handlers.ts) left out.
            '${ADDED_SPAN}', '', 'g')
          FROM (SELECT) AS one
          LEFT JOIN pg_catalog.pg_proc p ON p.oid OPERATOR(pg_catalog.=) $1
            AND p.pronamespace OPERATOR(pg_catalog.=) 'pg_catalog'::pg_catalog.regnamespace
          LEFT JOIN pg_catalog.pg_proc h ON h.pronamespace OPERATOR(pg_catalog.=) p.pronamespace
            AND h.proname OPERATOR(pg_catalog.=) ('${PG15_HIDDEN_PREFIX}' OPERATOR(pg_catalog.||) p.proname)
            AND h.proargtypes OPERATOR(pg_catalog.=) p.proargtypes $$`,
      params: [],
    },
    // Not STRICT (the built-in is), or the planner would not inline it; the built-in still gives
    // NULL for a NULL name, which is what STRICT gave.
    {
      text: `CREATE OR REPLACE FUNCTION pg_catalog.current_setting(text) RETURNS text LANGUAGE sql STABLE PARALLEL SAFE
        AS $$ SELECT ${settingCase('$1')} ELSE pg_catalog.${PG15_HIDDEN_PREFIX}current_setting($1) END $$`,
      params: [],
    },
    {
      text: `CREATE OR REPLACE FUNCTION pg_catalog.current_setting(text, boolean) RETURNS text LANGUAGE sql STABLE PARALLEL SAFE
        AS $$ SELECT ${settingCase('$1')} ELSE pg_catalog.${PG15_HIDDEN_PREFIX}current_setting($1, $2) END $$`,
      params: [],
    },
    // Ordered as the server lists its settings (by name, letters folded), with 15's locale rows in place.
    // 16 to 18 reworded many settings' descriptions, moved them to new categories and changed a few
    // contexts and minimums: each row is given 15's (pg15-setting-texts-data.ts).
    {
      text: `CREATE OR REPLACE VIEW pg_catalog.pg_settings AS
        SELECT s.name, s.setting, s.unit, COALESCE(o.category, s.category) AS category,
          COALESCE(o.short_desc, s.short_desc) AS short_desc,
          CASE WHEN o.name IS NULL THEN s.extra_desc ELSE o.extra_desc END AS extra_desc,
          COALESCE(o.context, s.context) AS context, s.vartype, s.source,
          COALESCE(o.min_val, s.min_val) AS min_val, s.max_val, s.enumvals, s.boot_val, s.reset_val,
          s.sourcefile, s.sourceline, s.pending_restart
        FROM (
          SELECT name, ${settingOf('setting')}, unit, category, short_desc, extra_desc, context, vartype,
            CASE WHEN source = 'command line' AND name IN (${PG15_DEFAULTS_STARTED}) THEN 'default' ELSE source END,
            ${versionBound('min_val')}, ${versionBound('max_val')}, enumvals, ${bootOf}, ${settingOf('reset_val')}, sourcefile, sourceline, pending_restart
          FROM pg_catalog.pg_show_all_settings() a(${SETTINGS_COLUMNS})
          WHERE name <> ALL ('${sqlArray([...NEWER_SETTINGS, ...EXTENSION_NEWER_SETTINGS, ...FIXED_SETTINGS.map(({ row: [name] }) => name)])}'::text[])
          UNION ALL
          SELECT name, '${SERVER_LOCALE}', NULL, 'Preset Options', short_desc, NULL, 'internal', 'string', 'default',
            NULL, NULL, NULL, 'C', '${SERVER_LOCALE}', NULL, NULL, false
          FROM (VALUES ('lc_collate', 'Shows the collation order locale.'),
                       ('lc_ctype', 'Shows the character classification and case conversion locale.')) l(name, short_desc)
          UNION ALL
          SELECT * FROM (VALUES ${[...REMOVED_SETTING_ROWS, ...FIXED_SETTINGS.map(({ row }) => row)].map(settingRow).join(',\n            ')}) r
        ) s(${SETTINGS_COLUMNS})
        LEFT JOIN (VALUES ${PG15_SETTING_TEXTS.map((row) => `(${row.map(sqlText).join(', ')})`).join(',\n            ')})
          AS o(name, category, short_desc, extra_desc, context, min_val) ON o.name = s.name
        ORDER BY pg_catalog.lower(s.name) COLLATE "C"`,
      params: [],
    },
  ];
}

/**
 * numeric ^ numeric with an integral exponent, as 15 computes it: 16 changed the result's scale
 * (15 gives `power(9.0, 3)` as 729.0000000000000000, 16 to 18 as 729.00000000000000). 15 rounds the
 * power to max(16, the base's scale) digits (power_var_int); here the power is computed exactly by
 * squaring, then rounded there, and a negative exponent divides one by it with four digits to spare.
 * Exponents past 1000, or powers of more than 4000 decimals, are refused rather than approximated;
 * other exponents, zero to a negative power, NaN and infinities run on the built-in (renamed above),
 * which answers them as 15 does. `power`, its alias `pow` and the `^` operator (bound to its
 * function by OID) all come here.
 */
const NUMERIC_POWER_STATEMENTS: readonly CatalogStatement[] = [
  ...['power', 'pow', 'numeric_power'].map((name) => ({
    text: `CREATE OR REPLACE FUNCTION pg_catalog.${name}(numeric, numeric) RETURNS numeric
      LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
      DECLARE
        exponent bigint;
        factor numeric := $1;
        product numeric := 1;
        digits int := LEAST(GREATEST(16, pg_catalog.scale($1)), 1000);
      BEGIN
        IF $1 IN ('NaN', 'Infinity', '-Infinity') OR $2 IN ('NaN', 'Infinity', '-Infinity')
           OR $2 <> pg_catalog.trunc($2) OR ($1 = 0 AND $2 < 0) THEN
          RETURN pg_catalog.${PG15_HIDDEN_PREFIX}${name}($1, $2);
        END IF;
        IF pg_catalog.abs($2) > 1000 OR pg_catalog.scale($1) * pg_catalog.abs($2) > 4000 THEN
          RAISE EXCEPTION USING ERRCODE = '0A000',
            MESSAGE = 'numeric ^ numeric with an integral exponent this large is refused: PGlite (PostgreSQL 18) gives its result another scale than PostgreSQL 15, so the fake cannot answer as 15 does: run this test on the real server';
        END IF;
        exponent := pg_catalog.abs($2);
        WHILE exponent > 0 LOOP
          IF exponent % 2 = 1 THEN product := product * factor; END IF;
          exponent := exponent / 2;
          IF exponent > 0 THEN factor := factor * factor; END IF;
        END LOOP;
        IF $2 < 0 THEN
          RETURN pg_catalog.round(pg_catalog.round(1::numeric, digits + 4) / product, digits);
        END IF;
        RETURN pg_catalog.round(product, digits);
      END $$`,
    params: [],
  })),
  {
    text: `UPDATE pg_catalog.pg_operator SET oprcode = 'pg_catalog.numeric_power(numeric, numeric)'::regprocedure
      WHERE oprname = '^' AND oprleft = 'numeric'::regtype AND oprright = 'numeric'::regtype`,
    params: [],
  },
];

/**
 * `pg_size_bytes` as 15 has it: 17 reads the unit `B` (any case) as bytes, where 15 refuses it
 * (22023, naming the unit). Any other text goes to the built-in (renamed above), whose errors
 * are 15's.
 */
const SIZE_BYTES_STATEMENT: CatalogStatement = {
  text: `CREATE OR REPLACE FUNCTION pg_catalog.pg_size_bytes(text) RETURNS bigint
    LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
    DECLARE
      unit text := pg_catalog.substring($1, '^[[:space:]]*[-+]?[0-9]*[.]?[0-9]*(?:[eE][-+]?[0-9]+)?[[:space:]]*(.*?)[[:space:]]*$');
    BEGIN
      IF unit OPERATOR(pg_catalog.~*) '^b$' THEN
        RAISE EXCEPTION USING ERRCODE = 'invalid_parameter_value',
          MESSAGE = pg_catalog.format('invalid size: "%s"', $1),
          DETAIL = pg_catalog.format('Invalid size unit: "%s".', unit),
          HINT = 'Valid units are "bytes", "kB", "MB", "GB", "TB", and "PB".';
      END IF;
      RETURN pg_catalog.${PG15_HIDDEN_PREFIX}pg_size_bytes($1);
    END $$`,
  params: [],
};

/**
 * timestamp - timestamp as 15 has it: 17 answers an infinite timestamp's difference as an infinite
 * interval (or 0 for infinity - infinity), where 15 raises 22008. The built-ins (renamed above) for
 * finite ones; the operators, bound to their functions by OID, are pointed at these. The raiser
 * is volatile: its arguments are constants, and the planner folding the CASE would otherwise run it
 * (and raise) for finite timestamps too.
 */
/**
 * Below this, two timestamps are less than 2^63 microseconds apart (the earliest is 4714-11-24 BC).
 * 15 subtracts farther ones in wrapping 64-bit arithmetic (a meaningless interval, justified to
 * days), where 17 raises "interval out of range": the wrapped difference is rebuilt in numeric.
 */
const WRAP_FREE_BELOW = '287000-01-01';

const TIMESTAMP_MINUS_STATEMENTS: readonly CatalogStatement[] = [
  {
    text: `CREATE OR REPLACE FUNCTION pg_catalog.${PG15_HIDDEN_PREFIX}raise_22008(message text, result anyelement)
      RETURNS anyelement LANGUAGE plpgsql VOLATILE PARALLEL SAFE AS $$
      BEGIN
        RAISE EXCEPTION USING ERRCODE = 'datetime_field_overflow', MESSAGE = message;
      END $$`,
    params: [],
  },
  ...(['timestamp', 'timestamptz'] as const).flatMap((type): CatalogStatement[] => [
    {
      text: `CREATE OR REPLACE FUNCTION pg_catalog.${type}_mi(${type}, ${type}) RETURNS interval
        LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
        SELECT CASE WHEN pg_catalog.isfinite($1) AND pg_catalog.isfinite($2) THEN
            CASE WHEN $1 < '${WRAP_FREE_BELOW}' AND $2 < '${WRAP_FREE_BELOW}'
              THEN pg_catalog.${PG15_HIDDEN_PREFIX}${type}_mi($1, $2)
              ELSE pg_catalog.justify_hours(CAST((pg_catalog.mod(pg_catalog.mod(
                  (pg_catalog.extract('epoch', $1) - pg_catalog.extract('epoch', $2)) * 1000000
                  + 9223372036854775808, 18446744073709551616) + 18446744073709551616, 18446744073709551616)
                - 9223372036854775808)::pg_catalog.text || ' microseconds' AS pg_catalog.interval)) END
          ELSE pg_catalog.${PG15_HIDDEN_PREFIX}raise_22008('cannot subtract infinite timestamps', NULL::interval) END $$`,
      params: [],
    },
    {
      text: `UPDATE pg_catalog.pg_operator SET oprcode = 'pg_catalog.${type}_mi(${type}, ${type})'::regprocedure
        WHERE oprname = '-' AND oprleft = '${type}'::regtype AND oprright = '${type}'::regtype`,
      params: [],
    },
  ]),
];

const HIDDEN = `pg_catalog.${PG15_HIDDEN_PREFIX}`;
/** A refusal of what PGlite cannot answer as 15 does (0A000, naming PGlite: a loud refusal). */
const pgliteRefusal = (what: string): string =>
  `'${what}: PGlite (PostgreSQL 18) answers it otherwise than PostgreSQL 15, so the fake refuses it: run this test on the real server'`;

/**
 * Built-ins whose answers 16-18 changed, each as 15 answers (or refused where 15's answer is out
 * of reach). Each wrapper is a SQL function over the built-in (renamed above), which the planner
 * inlines; the raiser is volatile so that the planner, folding a CASE over constants, never runs it
 * for an argument that does not need it.
 * - `extract` / `date_part` of `week` from an interval: 15 refuses the unit (0A000), 18 answers 0.
 *   Of `quarter` from a negative interval: 15 divides the months beyond whole years, truncating
 *   toward zero (`-5 months` is quarter 0, `-1 year` quarter 1), 18 counts quarters back from -1.
 * - `date_trunc` of an infinite timestamp: 15 returns it before reading the unit or the zone (any
 *   word, even one no timestamp takes), 18 reads them first and refuses an unknown one (22023).
 * - `interval * float8` by an infinite or NaN factor: 15 raises 22008, 17 gives an infinite interval.
 * - `age()` of an infinite timestamp: 15 answers a wrapped-around interval (INFINITY_FIELDS), 17
 *   an infinite one; rebuilt from a year earlier, refused for a timestamp within that year.
 * - `has_table_privilege(..., 'MAINTAIN')` and `makeaclitem` with 17's MAINTAIN (or, for
 *   makeaclitem, 16's list of privileges): 15 does not know them (22023).
 * - `pg_has_role(..., 'SET')` (and `SET WITH ADMIN OPTION`): 16's SET option; 15 knows MEMBER and
 *   USAGE only (22023, naming the first item it does not know, after the roles are looked up).
 * - `to_number` with `V`: 15 divides by a power of ten computed to 16 decimals (16 fixed it to an
 *   exact result of another scale), and refuses `RN` for input (0A000), which 18 reads.
 * - `jsonb_strip_nulls(x, strip_in_arrays)`: 18's second argument; 15 has the one-argument function.
 * - `pg_walfile_name` / `pg_walfile_name_offset` of an LSN on a segment boundary: 15 names the
 *   segment before it (the one the WAL up to that LSN ends in; `0/0` wraps to the last one), 17 the
 *   segment it starts; the offset is the LSN's own in both.
 * - `acldefault` of a relation: 17 adds MAINTAIN (`m`) to the owner's privileges; 15 has none.
 * - `to_timestamp` / `to_date` with a format holding `TZ`, `tz` or `OF` outside double quotes: 17
 *   reads a zone there, 15 refuses (0A000 formatting field is only supported in to_char). A literal
 *   format is refused by the dialect already; this is for a format in a parameter or a column.
 */
/**
 * Functions 15 has that 17 and 18 replaced: `pg_timezone_abbrevs()` (18 split it into the session
 * zone's abbreviations and the abbreviation set's; 15's lists the set), and the bgwriter's checkpoint
 * counters, which 17 moved to pg_stat_checkpointer's functions. Each is 15's signature over 18's
 * function; one-SELECT SQL functions, which the planner inlines.
 */
const REMOVED_FUNCTION_STATEMENTS: readonly CatalogStatement[] = [
  {
    text: `CREATE OR REPLACE FUNCTION pg_catalog.pg_timezone_abbrevs(OUT abbrev text, OUT utc_offset interval, OUT is_dst boolean)
      RETURNS SETOF record LANGUAGE sql STABLE STRICT PARALLEL SAFE ROWS 1000
      AS $$ SELECT * FROM pg_catalog.pg_timezone_abbrevs_abbrevs() $$`,
    params: [],
  },
  ...(
    [
      ['pg_stat_get_bgwriter_timed_checkpoints', 'bigint', 'pg_stat_get_checkpointer_num_timed'],
      ['pg_stat_get_bgwriter_requested_checkpoints', 'bigint', 'pg_stat_get_checkpointer_num_requested'],
      ['pg_stat_get_bgwriter_buf_written_checkpoints', 'bigint', 'pg_stat_get_checkpointer_buffers_written'],
      ['pg_stat_get_checkpoint_write_time', 'double precision', 'pg_stat_get_checkpointer_write_time'],
      ['pg_stat_get_checkpoint_sync_time', 'double precision', 'pg_stat_get_checkpointer_sync_time'],
    ] as const
  ).map(([fn, type, source]) => ({
    text: `CREATE OR REPLACE FUNCTION pg_catalog.${fn}() RETURNS ${type} LANGUAGE sql STABLE PARALLEL RESTRICTED
      AS $$ SELECT pg_catalog.${source}() $$`,
    params: [],
  })),
];

/**
 * 15's age() reads infinity as the fields of the largest timestamp's microseconds, 294277-01-09
 * 04:00:54.775807 (past the last valid timestamp; for timestamptz in the session's zone), and
 * -infinity as out of range (22008). Those fields a year earlier make a valid timestamp whose age
 * from any earlier one is 15's less a year (the borrow reads the other timestamp's month).
 */
const INFINITY_FIELDS = {
  timestamp: `'294276-01-09 04:00:54.775807'::pg_catalog.timestamp`,
  timestamptz: `CAST('294276-01-09 04:00:54.775807+00'::pg_catalog.timestamptz AS pg_catalog.timestamp)`,
} as const;
/** An argument as age() reads its fields: a timestamptz's in the session's zone. */
const local = (arg: string): string => `CAST(${arg} AS pg_catalog.timestamp)`;

/** A format field 17's to_timestamp / to_date read a zone from, which 15 only formats. */
const ZONE_FORMAT_FIELD = 'TZ(?![HM])|tz(?![hm])|OF';

const PG15_BEHAVIOUR_STATEMENTS: readonly CatalogStatement[] = [
  {
    text: `CREATE OR REPLACE FUNCTION ${HIDDEN}raise(code text, message text, result anyelement)
      RETURNS anyelement LANGUAGE plpgsql VOLATILE PARALLEL SAFE AS $$
      BEGIN
        RAISE EXCEPTION USING ERRCODE = code, MESSAGE = message;
      END $$`,
    params: [],
  },
  // PL/pgSQL, not SQL: the frame of a SQL function names it without its arguments, and 15's own
  // SQL-language date_part(text, date) has one; this frame names the signature, which
  // pg15-wrapper-frames.ts leaves out of the error's context as 15's C function has none.
  ...['extract', 'date_part'].map((name) => ({
    text: `CREATE OR REPLACE FUNCTION pg_catalog.${name}(text, interval) RETURNS ${name === 'extract' ? 'numeric' : 'double precision'}
      LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
      BEGIN
        IF pg_catalog.lower($1) OPERATOR(pg_catalog.=) ANY ('{week,weeks,w}'::text[]) THEN
          RAISE EXCEPTION USING ERRCODE = 'feature_not_supported',
            MESSAGE = pg_catalog.format('unit "%s" not supported for type interval', pg_catalog.lower($1));
        END IF;
        IF pg_catalog.lower($1) OPERATOR(pg_catalog.=) ANY ('{quarter,qtr}'::text[]) THEN
          RETURN (${HIDDEN}${name}('month', $2)::integer OPERATOR(pg_catalog./) 3) OPERATOR(pg_catalog.+) 1;
        END IF;
        RETURN ${HIDDEN}${name}($1, $2);
      END $$`,
    params: [],
  })),
  ...(
    [
      ['interval_mul', 'interval, double precision', '$2'],
      ['mul_d_interval', 'double precision, interval', '$1'],
    ] as const
  ).flatMap(([name, args, factor]): CatalogStatement[] => [
    {
      text: `CREATE OR REPLACE FUNCTION pg_catalog.${name}(${args}) RETURNS interval
        LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT CASE WHEN ${factor} IN ('Infinity', '-Infinity', 'NaN')
          THEN ${HIDDEN}raise('22008', 'interval out of range', NULL::interval)
          ELSE ${HIDDEN}${name}($1, $2) END $$`,
      params: [],
    },
    {
      text: `UPDATE pg_catalog.pg_operator SET oprcode = 'pg_catalog.${name}(${args})'::regprocedure
        WHERE oprcode = '${HIDDEN}${name}(${args})'::regprocedure`,
      params: [],
    },
  ]),
  // SQL with the arguments' NULLs written out rather than STRICT: the planner inlines it (an index
  // over date_trunc stays possible), and 15's built-ins are strict.
  ...(
    [
      ['timestamp', '', 'IMMUTABLE'],
      ['timestamptz', '', 'STABLE'],
      ['timestamptz', ', text', 'STABLE'],
    ] as const
  ).map(([type, zone, volatility]) => ({
    text: `CREATE OR REPLACE FUNCTION pg_catalog.date_trunc(text, ${type}${zone}) RETURNS ${type}
      LANGUAGE sql ${volatility} PARALLEL SAFE AS $$
      SELECT CASE WHEN $1 IS NULL${zone ? ' OR $3 IS NULL' : ''} THEN NULL
        WHEN ${HIDDEN}cheap_isfinite($2) THEN ${HIDDEN}date_trunc($1, $2${zone ? ', $3' : ''}) ELSE $2 END $$`,
    params: [],
  })),
  ...(['timestamp', 'timestamptz'] as const).flatMap((type): CatalogStatement[] => [
    {
      // PL/pgSQL, not SQL: 15's age(a, b) is C, with no frame; this frame names the signature, which
      // pg15-wrapper-frames.ts leaves out (a SQL function's frame is "age" alone, as 15's age(a) has).
      // COST 1 as 15's (PL/pgSQL's default is 100): 15 orders a WHERE's conditions by cost.
      // STRICT as 15's: the one-argument age() below, STRICT too, is then inlined over it (a
      // strict SQL function inlines only over a strict call), with no frame of its own in errors.
      text: `CREATE OR REPLACE FUNCTION pg_catalog.age(${type}, ${type}) RETURNS interval
        LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE COST 1 AS $$
        BEGIN
          IF $1 IS NULL OR $2 IS NULL THEN RETURN NULL; END IF;
          IF pg_catalog.isfinite($1) AND pg_catalog.isfinite($2) THEN RETURN ${HIDDEN}age($1, $2); END IF;
          IF $1 = '-infinity' OR $2 = '-infinity' THEN
            RAISE EXCEPTION USING ERRCODE = 'datetime_field_overflow', MESSAGE = 'timestamp out of range';
          END IF;
          IF $1 = $2 THEN RETURN '00:00:00'::pg_catalog.interval; END IF;
          IF pg_catalog.isfinite($2) AND ${local('$2')} <= ${INFINITY_FIELDS[type]} THEN
            RETURN ${HIDDEN}age(${INFINITY_FIELDS[type]}, ${local('$2')}) + '1 year'::pg_catalog.interval;
          END IF;
          IF pg_catalog.isfinite($1) AND ${local('$1')} <= ${INFINITY_FIELDS[type]} THEN
            RETURN -(${HIDDEN}age(${INFINITY_FIELDS[type]}, ${local('$1')}) + '1 year'::pg_catalog.interval);
          END IF;
          RAISE EXCEPTION USING ERRCODE = 'feature_not_supported',
            MESSAGE = ${pgliteRefusal('age() of infinity and a timestamp in its last year')};
        END $$`,
      params: [],
    },
    {
      // As 15 defines it (a SQL-standard body, STRICT), over the stand-in above: catalog readers
      // (information_schema.routines, pg_get_functiondef) see 15's definition.
      text: `CREATE OR REPLACE FUNCTION pg_catalog.age(${type}) RETURNS interval
        LANGUAGE sql STABLE STRICT PARALLEL SAFE COST 1
        RETURN pg_catalog.age(CAST(CURRENT_DATE AS ${type}), $1)`,
      params: [],
    },
  ]),
  {
    text: `CREATE OR REPLACE FUNCTION ${HIDDEN}table_privilege(privileges text) RETURNS text
      LANGUAGE plpgsql VOLATILE PARALLEL SAFE AS $$
      DECLARE
        item text;
        kept text[] := '{}';
      BEGIN
        FOREACH item IN ARRAY pg_catalog.string_to_array(privileges, ',') LOOP
          item := pg_catalog.btrim(item, E' \\t\\n\\r\\f\\v');
          CASE pg_catalog.lower(pg_catalog.regexp_replace(item, '[[:space:]]+with[[:space:]]+grant[[:space:]]+option$', '', 'i'))
          WHEN 'maintain' THEN
            RAISE EXCEPTION USING ERRCODE = 'invalid_parameter_value',
              MESSAGE = pg_catalog.format('unrecognized privilege type: "%s"', item);
          -- 15 reads RULE (and RULE WITH GRANT OPTION) as no right: left out of the ones asked.
          WHEN 'rule' THEN NULL;
          ELSE kept := kept || item;
          END CASE;
        END LOOP;
        RETURN NULLIF(pg_catalog.array_to_string(kept, ','), '');
      END $$`,
    params: [],
  },
  ...[
    'name, text, text',
    'name, oid, text',
    'oid, text, text',
    'oid, oid, text',
    'text, text',
    'oid, text',
  ].map((args) => {
    const count = args.split(',').length;
    const privilege = `$${count}`;
    const others = Array.from({ length: count - 1 }, (_, index) => `$${index + 1}`).join(', ');
    return {
      text: `CREATE OR REPLACE FUNCTION pg_catalog.has_table_privilege(${args}) RETURNS boolean
          LANGUAGE sql STABLE PARALLEL SAFE AS $$
          SELECT CASE WHEN ${privilege} IS NULL OR ${privilege} OPERATOR(pg_catalog.!~*) '\\m(maintain|rule)\\M'
            THEN ${HIDDEN}has_table_privilege(${others}, ${privilege})
            -- RULE alone is no right at all on 15: false, once the names are checked as for any privilege.
            WHEN ${HIDDEN}table_privilege(${privilege}) IS NULL
            THEN CASE WHEN ${HIDDEN}has_table_privilege(${others}, 'SELECT') IS NOT NULL THEN false END
            ELSE ${HIDDEN}has_table_privilege(${others}, ${HIDDEN}table_privilege(${privilege})) END $$`,
      params: [],
    };
  }),
  {
    text: `CREATE OR REPLACE FUNCTION ${HIDDEN}role_privilege(privileges text) RETURNS boolean
      LANGUAGE plpgsql VOLATILE PARALLEL SAFE AS $$
      DECLARE
        item text;
      BEGIN
        FOREACH item IN ARRAY pg_catalog.string_to_array(privileges, ',') LOOP
          item := pg_catalog.btrim(item, E' \\t\\n\\r\\f\\v');
          IF pg_catalog.upper(item) NOT IN ('USAGE', 'MEMBER', 'USAGE WITH GRANT OPTION', 'USAGE WITH ADMIN OPTION',
              'MEMBER WITH GRANT OPTION', 'MEMBER WITH ADMIN OPTION') THEN
            RAISE EXCEPTION USING ERRCODE = 'invalid_parameter_value',
              MESSAGE = pg_catalog.format('unrecognized privilege type: "%s"', item);
          END IF;
        END LOOP;
        RETURN NULL;
      END $$`,
    params: [],
  },
  ...[
    'name, name, text',
    'name, oid, text',
    'oid, name, text',
    'oid, oid, text',
    'name, text',
    'oid, text',
  ].map((args) => {
    const count = args.split(',').length;
    const privilege = `$${count}`;
    const others = Array.from({ length: count - 1 }, (_, index) => `$${index + 1}`).join(', ');
    return {
      text: `CREATE OR REPLACE FUNCTION pg_catalog.pg_has_role(${args}) RETURNS boolean
          LANGUAGE sql STABLE PARALLEL SAFE AS $$
          SELECT CASE WHEN ${privilege} IS NULL OR ${privilege} OPERATOR(pg_catalog.!~*) '\\mset\\M'
            THEN ${HIDDEN}pg_has_role(${others}, ${privilege})
            -- A list naming SET holds an item 15 does not know: the roles are looked up first, as on 15.
            WHEN ${HIDDEN}pg_has_role(${others}, 'USAGE') IS NULL THEN NULL
            ELSE ${HIDDEN}role_privilege(${privilege}) END $$`,
      params: [],
    };
  }),
  {
    // STRICT as 15's: a NULL anywhere is NULL before the privilege is read.
    text: `CREATE OR REPLACE FUNCTION pg_catalog.makeaclitem(oid, oid, text, boolean) RETURNS aclitem
      LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
      SELECT CASE WHEN pg_catalog.upper($3) IN ('SELECT', 'INSERT', 'UPDATE', 'DELETE', 'TRUNCATE', 'REFERENCES',
          'TRIGGER', 'EXECUTE', 'USAGE', 'CREATE', 'TEMP', 'TEMPORARY', 'CONNECT')
        THEN ${HIDDEN}makeaclitem($1, $2, $3, $4)
        -- 15 still reads RULE, as no privilege at all.
        WHEN pg_catalog.upper($3) = 'RULE'
        THEN pg_catalog.regexp_replace(${HIDDEN}makeaclitem($1, $2, 'SELECT', $4)::text, '=r[*]?/', '=/')::aclitem
        ELSE ${HIDDEN}raise('22023', pg_catalog.format('unrecognized privilege type: "%s"', $3), NULL::aclitem) END $$`,
    params: [],
  },
  {
    text: `CREATE OR REPLACE FUNCTION pg_catalog.to_number(text, text) RETURNS numeric
      LANGUAGE sql STABLE PARALLEL SAFE AS $$
      SELECT CASE WHEN $2 OPERATOR(pg_catalog.~) '[RrVv]' THEN
        CASE WHEN $2 OPERATOR(pg_catalog.~*) 'rn' THEN ${HIDDEN}raise('0A000', '"RN" not supported for input', NULL::numeric)
          WHEN $2 OPERATOR(pg_catalog.~) '[Vv]' THEN pg_catalog.round(${HIDDEN}to_number($1, $2), 16)
          ELSE ${HIDDEN}to_number($1, $2) END
        ELSE ${HIDDEN}to_number($1, $2) END $$`,
    params: [],
  },
  {
    text: `CREATE OR REPLACE FUNCTION pg_catalog.pg_walfile_name(pg_lsn) RETURNS text
      LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
      SELECT ${HIDDEN}pg_walfile_name(CASE WHEN $1 OPERATOR(pg_catalog.=) '0/0'::pg_catalog.pg_lsn
        THEN 'FFFFFFFF/FFFFFFFF'::pg_catalog.pg_lsn ELSE $1 OPERATOR(pg_catalog.-) 1::pg_catalog.numeric END) $$`,
    params: [],
  },
  {
    text: `CREATE OR REPLACE FUNCTION pg_catalog.pg_walfile_name_offset(lsn pg_lsn, OUT file_name text, OUT file_offset integer)
      RETURNS record LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
      SELECT pg_catalog.pg_walfile_name($1), (SELECT o.file_offset FROM ${HIDDEN}pg_walfile_name_offset($1) o) $$`,
    params: [],
  },
  {
    text: `CREATE OR REPLACE FUNCTION pg_catalog.acldefault("char", oid) RETURNS aclitem[]
      LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
      SELECT CASE WHEN $1 OPERATOR(pg_catalog.<>) 'r' THEN ${HIDDEN}acldefault($1, $2)
        ELSE ARRAY(SELECT pg_catalog.regexp_replace(a::text, '^(.*=[a-zA-Z*]*?)m[*]?', '\\1')::aclitem
                   FROM pg_catalog.unnest(${HIDDEN}acldefault($1, $2)) a) END $$`,
    params: [],
  },
  ...(
    [
      ['to_timestamp', 'timestamp with time zone'],
      ['to_date', 'date'],
    ] as const
  ).map(([fn, type]) => ({
    text: `CREATE OR REPLACE FUNCTION pg_catalog.${fn}(text, text) RETURNS ${type}
      LANGUAGE sql STABLE STRICT PARALLEL SAFE AS $$
      SELECT CASE WHEN $2 OPERATOR(pg_catalog.~) '${ZONE_FORMAT_FIELD}'
          AND pg_catalog.regexp_replace($2, '"[^"]*"?', '', 'g') OPERATOR(pg_catalog.~) '${ZONE_FORMAT_FIELD}'
        THEN ${HIDDEN}raise('0A000', pg_catalog.format('formatting field "%s" is only supported in to_char',
          pg_catalog.substring(pg_catalog.regexp_replace($2, '"[^"]*"?', '', 'g'), '(${ZONE_FORMAT_FIELD})')), NULL::${type})
        ELSE ${HIDDEN}${fn}($1, $2) END $$`,
    params: [],
  })),
  ...['jsonb', 'json'].map((type) => ({
    text: `CREATE OR REPLACE FUNCTION pg_catalog.${type}_strip_nulls(${type}) RETURNS ${type}
      LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$ SELECT ${HIDDEN}${type}_strip_nulls($1, false) $$`,
    params: [],
  })),
];

/**
 * `make_interval` as 15 computes it: 15 multiplies and adds its fields in 32- and 64-bit integers
 * without checking them (C's wrap-around: `make_interval(years => 178956970, months => 8)` is
 * -178956970 years -8 months) and casts the microseconds to a 64-bit integer as x86-64 does (a
 * value past its range is its minimum), where 17 raises 22008. Only infinite and NaN seconds are
 * refused there. In range, the built-in (renamed above); past it, the wrapped fields, refused if
 * they fall on 17's encoding of an infinite interval.
 */
const MAKE_INTERVAL_STATEMENT: CatalogStatement = {
  text: `CREATE OR REPLACE FUNCTION pg_catalog.make_interval(years integer DEFAULT 0, months integer DEFAULT 0,
      weeks integer DEFAULT 0, days integer DEFAULT 0, hours integer DEFAULT 0, mins integer DEFAULT 0,
      secs double precision DEFAULT 0.0) RETURNS interval LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
    DECLARE
      month_count numeric := years::numeric * 12 + months;
      day_count numeric := weeks::numeric * 7 + days;
      rounded double precision;
      micros numeric;
      result interval;
    BEGIN
      IF secs IN ('Infinity', '-Infinity', 'NaN') THEN
        RAISE EXCEPTION USING ERRCODE = 'datetime_field_overflow', MESSAGE = 'interval out of range';
      END IF;
      -- Through bigint, which holds a whole double in its range exactly; a double cast to numeric
      -- keeps 15 digits (-2^63 would read as -9223372036854780000, out of range).
      rounded := pg_catalog.round(secs * 1000000.0::double precision);
      micros := CASE WHEN rounded >= 9223372036854775808::double precision OR rounded < -9223372036854775808::double precision
        THEN -9223372036854775808 ELSE rounded::bigint::numeric END;
      micros := micros + hours::numeric * 3600000000 + mins::numeric * 60000000;
      IF month_count BETWEEN -2147483648 AND 2147483647 AND day_count BETWEEN -2147483648 AND 2147483647
         AND rounded >= -9223372036854775808::double precision AND rounded < 9223372036854775808::double precision
         AND micros BETWEEN -9223372036854775808 AND 9223372036854775807 THEN
        RETURN ${HIDDEN}make_interval(years, months, weeks, days, hours, mins, secs);
      END IF;
      month_count := pg_catalog.mod(pg_catalog.mod(month_count + 2147483648, 4294967296) + 4294967296, 4294967296) - 2147483648;
      day_count := pg_catalog.mod(pg_catalog.mod(day_count + 2147483648, 4294967296) + 4294967296, 4294967296) - 2147483648;
      micros := pg_catalog.mod(pg_catalog.mod(micros + 9223372036854775808, 18446744073709551616) + 18446744073709551616, 18446744073709551616) - 9223372036854775808;
      result := pg_catalog.format('%s months %s days %s microseconds', month_count, day_count, micros)::interval;
      IF NOT pg_catalog.isfinite(result) THEN
        RAISE EXCEPTION USING ERRCODE = 'feature_not_supported', MESSAGE = ${pgliteRefusal('make_interval() past its range')};
      END IF;
      RETURN result;
    END $$`,
  params: [],
};

/**
 * Each replaced built-in's comment (`obj_description`, psql's \\df+) moved from the renamed
 * built-in to the function now answering under its name, as on 15 the built-in has it.
 */
const DESCRIPTIONS_STATEMENT: CatalogStatement = {
  text: `UPDATE pg_catalog.pg_description d SET objoid = n.oid
    FROM pg_catalog.pg_proc h
    JOIN pg_catalog.pg_proc n ON n.pronamespace = h.pronamespace
      AND n.proname = pg_catalog.substr(h.proname, pg_catalog.length($1) + 1) AND n.proargtypes = h.proargtypes
    WHERE d.classoid = 'pg_catalog.pg_proc'::pg_catalog.regclass AND d.objoid = h.oid
      AND h.proname LIKE $1 || '%' AND h.pronamespace = 'pg_catalog'::pg_catalog.regnamespace`,
  params: [PG15_HIDDEN_PREFIX],
};

const sqlArray = (items: Iterable<string>): string => `{${[...items].join(',')}}`;

/**
 * Keywords PostgreSQL 16 to 18 added (the SQL/JSON ones, \`merge_action\`, \`system_user\`...), which
 * 15's \`pg_get_keywords()\` does not list; 15's \`recheck\` is back in their place.
 */
export const KEYWORDS_SINCE_16: readonly string[] = [
  'absent',
  'conditional',
  'empty',
  'enforced',
  'error',
  'format',
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
  'keep',
  'keys',
  'merge_action',
  'nested',
  'objects',
  'omit',
  'path',
  'period',
  'plan',
  'quotes',
  'scalar',
  'source',
  'string',
  'system_user',
  'target',
  'unconditional',
  'virtual',
];

const KEYWORDS_STATEMENT: CatalogStatement = {
  text: `CREATE OR REPLACE FUNCTION pg_catalog.pg_get_keywords(OUT word text, OUT catcode "char", OUT barelabel boolean,
      OUT catdesc text, OUT baredesc text) RETURNS SETOF record LANGUAGE sql STABLE STRICT PARALLEL SAFE ROWS 500
    AS $$ SELECT * FROM (
        SELECT * FROM pg_catalog.${PG15_HIDDEN_PREFIX}pg_get_keywords()
        WHERE word <> ALL ('${sqlArray(KEYWORDS_SINCE_16)}'::text[])
        UNION ALL SELECT 'recheck', 'U', true, 'unreserved', 'can be bare label') k
      ORDER BY word COLLATE "C" $$`,
  params: [],
};

/**
 * The to_reg* lookups as 15 has them: 16 made them read a number as an OID (\`to_regclass('1259')\`
 * is pg_class, where 15 looks for a relation named "1259") and give NULL for a name that does not
 * parse, where 15 raises the input function's error (42602 invalid name syntax, 22P02 for a
 * signature without parentheses). Each asks 18's own lookup; only when that finds nothing does the
 * cast to the reg type run, to raise the syntax error 15 raises, the not-found error it would add
 * being caught (15 answers NULL there). to_regtype reads a number as a type name, a syntax error.
 */
const REGISTRY_LOOKUPS: readonly (readonly [fn: string, type: string, notFound: string])[] = [
  ['to_regclass', 'regclass', 'undefined_table OR invalid_schema_name'],
  ['to_regtype', 'regtype', 'undefined_object OR invalid_schema_name'],
  ['to_regproc', 'regproc', 'undefined_function OR ambiguous_function OR invalid_schema_name'],
  ['to_regprocedure', 'regprocedure', 'undefined_function'],
  ['to_regoper', 'regoper', 'undefined_function OR ambiguous_function OR invalid_schema_name'],
  ['to_regoperator', 'regoperator', 'undefined_function'],
  ['to_regnamespace', 'regnamespace', 'invalid_schema_name'],
  ['to_regrole', 'regrole', 'undefined_object'],
  ['to_regcollation', 'regcollation', 'undefined_object OR invalid_schema_name'],
];

function registryLookupStatements(): CatalogStatement[] {
  return REGISTRY_LOOKUPS.map(([fn, type, notFound]) => {
    const number =
      type === 'regtype'
        ? `RAISE EXCEPTION USING ERRCODE = 'syntax_error', MESSAGE = pg_catalog.format('syntax error at or near "%s"', name);`
        : `name := '"' OPERATOR(pg_catalog.||) name OPERATOR(pg_catalog.||) '"';`;
    // A signature's argument types are looked up first, and 15 raises for their missing schema;
    // a missing schema of the function or operator itself is then not found, NULL.
    const signatureSchema =
      type === 'regprocedure' || type === 'regoperator'
        ? `WHEN invalid_schema_name THEN
              IF pg_catalog.split_part(name, '(', 1) OPERATOR(pg_catalog.~) '[.]' THEN RETURN NULL; END IF;
              RAISE;`
        : '';
    return {
      text: `CREATE OR REPLACE FUNCTION pg_catalog.${fn}(text) RETURNS ${type} LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
        AS $$
        DECLARE
          name text := $1;
          hit ${type};
        BEGIN
          IF name OPERATOR(pg_catalog.~) '^[0-9]+$' OR name OPERATOR(pg_catalog.=) '-' THEN ${number} END IF;
          hit := pg_catalog.${PG15_HIDDEN_PREFIX}${fn}(name);
          IF hit IS NULL THEN
            BEGIN
              PERFORM name::pg_catalog.${type};
            EXCEPTION WHEN ${notFound} THEN
              RETURN NULL;
            ${signatureSchema}
            END;
          END IF;
          RETURN hit;
        END $$`,
      params: [],
    };
  });
}

/**
 * information_schema views as PostgreSQL 15 defines them, where 16-18 changed what they show.
 * `check_constraints`: 15 cuts the clause out of `pg_get_constraintdef` (`((a > 0))`, doubly
 * parenthesised) where 16 deparses the expression (`(a > 0)`), and lists every NOT NULL column
 * (of every table, the catalogs' too), where 18 lists its not-null constraints of user tables only.
 * information_schema is an ordinary schema: replacing its views needs no catalog rights.
 */
const INFORMATION_SCHEMA_VIEWS: readonly CatalogStatement[] = [
  {
    text: `CREATE OR REPLACE VIEW information_schema.check_constraints AS
    SELECT CAST(current_database() AS information_schema.sql_identifier) AS constraint_catalog,
           CAST(rs.nspname AS information_schema.sql_identifier) AS constraint_schema,
           CAST(con.conname AS information_schema.sql_identifier) AS constraint_name,
           CAST(substring(pg_get_constraintdef(con.oid) from 7) AS information_schema.character_data) AS check_clause
    FROM pg_constraint con
         LEFT OUTER JOIN pg_namespace rs ON (rs.oid = con.connamespace)
         LEFT OUTER JOIN pg_class c ON (c.oid = con.conrelid)
         LEFT OUTER JOIN pg_type t ON (t.oid = con.contypid)
    WHERE pg_has_role(coalesce(c.relowner, t.typowner), 'USAGE')
      AND con.contype = 'c'
    UNION
    SELECT CAST(current_database() AS information_schema.sql_identifier) AS constraint_catalog,
           CAST(n.nspname AS information_schema.sql_identifier) AS constraint_schema,
           CAST(CAST(n.oid AS text) || '_' || CAST(r.oid AS text) || '_' || CAST(a.attnum AS text) || '_not_null' AS information_schema.sql_identifier) AS constraint_name,
           CAST(a.attname || ' IS NOT NULL' AS information_schema.character_data) AS check_clause
    FROM pg_namespace n, pg_class r, pg_attribute a
    WHERE n.oid = r.relnamespace
      AND r.oid = a.attrelid
      AND a.attnum > 0
      AND NOT a.attisdropped
      AND a.attnotnull
      AND r.relkind IN ('r', 'p')
      AND pg_has_role(r.relowner, 'USAGE')`,
    params: [],
  },
  // `table_constraints`: 15 lists each NOT NULL column as a CHECK named after the schema's and
  // table's OIDs and the column number (`2200_16388_1_not_null`), where 18 lists its not-null
  // constraints under their names (`t_a_not_null`): 15's definition, as it prints it, reading
  // pg_constraint without them.
  {
    text: `CREATE OR REPLACE VIEW information_schema.table_constraints AS
SELECT (current_database())::information_schema.sql_identifier AS constraint_catalog,
    (nc.nspname)::information_schema.sql_identifier AS constraint_schema,
    (c.conname)::information_schema.sql_identifier AS constraint_name,
    (current_database())::information_schema.sql_identifier AS table_catalog,
    (nr.nspname)::information_schema.sql_identifier AS table_schema,
    (r.relname)::information_schema.sql_identifier AS table_name,
    (
        CASE c.contype
            WHEN 'c'::"char" THEN 'CHECK'::text
            WHEN 'f'::"char" THEN 'FOREIGN KEY'::text
            WHEN 'p'::"char" THEN 'PRIMARY KEY'::text
            WHEN 'u'::"char" THEN 'UNIQUE'::text
            ELSE NULL::text
        END)::information_schema.character_data AS constraint_type,
    (
        CASE
            WHEN c.condeferrable THEN 'YES'::text
            ELSE 'NO'::text
        END)::information_schema.yes_or_no AS is_deferrable,
    (
        CASE
            WHEN c.condeferred THEN 'YES'::text
            ELSE 'NO'::text
        END)::information_schema.yes_or_no AS initially_deferred,
    ('YES'::character varying)::information_schema.yes_or_no AS enforced,
    (
        CASE
            WHEN (c.contype = 'u'::"char") THEN
            CASE
                WHEN ( SELECT (NOT pg_index.indnullsnotdistinct)
                   FROM pg_index
                  WHERE (pg_index.indexrelid = c.conindid)) THEN 'YES'::text
                ELSE 'NO'::text
            END
            ELSE NULL::text
        END)::information_schema.yes_or_no AS nulls_distinct
   FROM pg_namespace nc,
    pg_namespace nr,
    (SELECT * FROM pg_catalog.pg_constraint WHERE contype <> 'n') c,
    pg_class r
  WHERE ((nc.oid = c.connamespace) AND (nr.oid = r.relnamespace) AND (c.conrelid = r.oid) AND (c.contype <> ALL (ARRAY['t'::"char", 'x'::"char"])) AND (r.relkind = ANY (ARRAY['r'::"char", 'p'::"char"])) AND (NOT pg_is_other_temp_schema(nr.oid)) AND (pg_has_role(r.relowner, 'USAGE'::text) OR has_table_privilege(r.oid, 'INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER'::text) OR has_any_column_privilege(r.oid, 'INSERT, UPDATE, REFERENCES'::text)))
UNION ALL
 SELECT (current_database())::information_schema.sql_identifier AS constraint_catalog,
    (nr.nspname)::information_schema.sql_identifier AS constraint_schema,
    (((((((nr.oid)::text || '_'::text) || (r.oid)::text) || '_'::text) || (a.attnum)::text) || '_not_null'::text))::information_schema.sql_identifier AS constraint_name,
    (current_database())::information_schema.sql_identifier AS table_catalog,
    (nr.nspname)::information_schema.sql_identifier AS table_schema,
    (r.relname)::information_schema.sql_identifier AS table_name,
    ('CHECK'::character varying)::information_schema.character_data AS constraint_type,
    ('NO'::character varying)::information_schema.yes_or_no AS is_deferrable,
    ('NO'::character varying)::information_schema.yes_or_no AS initially_deferred,
    ('YES'::character varying)::information_schema.yes_or_no AS enforced,
    (NULL::character varying)::information_schema.yes_or_no AS nulls_distinct
   FROM pg_namespace nr,
    pg_class r,
    pg_attribute a
  WHERE ((nr.oid = r.relnamespace) AND (r.oid = a.attrelid) AND a.attnotnull AND (a.attnum > 0) AND (NOT a.attisdropped) AND (r.relkind = ANY (ARRAY['r'::"char", 'p'::"char"])) AND (NOT pg_is_other_temp_schema(nr.oid)) AND (pg_has_role(r.relowner, 'USAGE'::text) OR has_table_privilege(r.oid, 'INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER'::text) OR has_any_column_privilege(r.oid, 'INSERT, UPDATE, REFERENCES'::text)))`,
    params: [],
  },
  // The other views reading pg_constraint (constraint_column_usage, domain_constraints...) list 18's
  // not-null constraints (contype 'n') 15 has no rows for: each is made again from its own
  // definition, reading pg_constraint without them.
  {
    text: `DO $seams$
      DECLARE view record;
      BEGIN
        FOR view IN SELECT c.relname, pg_catalog.pg_get_viewdef(c.oid) AS def FROM pg_catalog.pg_class c
                    WHERE c.relnamespace = 'information_schema'::regnamespace AND c.relkind = 'v'
                      AND c.relname NOT IN ('table_constraints', 'check_constraints')
        LOOP
          IF view.def ~ '[^''.[:alnum:]_]pg_constraint [[:alpha:]_]' THEN
            EXECUTE format('CREATE OR REPLACE VIEW information_schema.%I AS %s', view.relname,
              regexp_replace(
                regexp_replace(view.def, '([^''.[:alnum:]_])pg_constraint ([[:alpha:]_][[:alnum:]_]*)',
                  '\\1(SELECT * FROM pg_catalog.pg_constraint WHERE contype <> ''n'') \\2', 'g'),
                ';[[:space:]]*$', ''));
          END IF;
        END LOOP;
      END $seams$`,
    params: [],
  },
];

/**
 * Called by the dialect's guard (pg15-dialect.ts `notNullGuard`) just before a statement naming a
 * constraint of a table or domain: 18's not-null constraints of those names there get a name no
 * statement writes (`pglite18_not_null_<oid>`), as 15 has no such constraints. Renamed, not
 * dropped: the column stays NOT NULL, and 18 finds its not-null constraints by column, not by name.
 * SECURITY DEFINER, as a session that did `SET ROLE` cannot write the catalog; names resolve on the
 * caller's search_path, as the statement's do.
 */
export const NOT_NULL_ASIDE = `pg_catalog.${PG15_HIDDEN_PREFIX}not_null_aside`;

/**
 * Called by the dialect's guard (pg15-dialect.ts `mergeTargetGuard`) just before `MERGE INTO name`:
 * 15 refuses a view as MERGE's target (17 merges into it). The name resolves on the caller's
 * search_path, as the statement's; one that does not resolve is left to the statement to report.
 */
export const MERGE_TARGET_GUARD = `pg_catalog.${PG15_HIDDEN_PREFIX}merge_target`;

/**
 * Called by the dialect's guard (pg15-dialect.ts `maintenanceSearchPathGuard`) just before a
 * statement that fills a materialized view (CREATE / REFRESH MATERIALIZED VIEW) or builds an index
 * (CREATE INDEX): 17 runs the view's query and the index expressions over the existing rows with
 * search_path `pg_catalog, pg_temp`, 15 with the session's. A query that reads the
 * search path (current_schema(), current_setting('search_path'), a to_reg* lookup, a reg* name as
 * text, a *_is_visible test, format_type() or a pg_get_*def() naming objects by it), in its own text or in the body of a user function it calls (through
 * further user functions), would answer otherwise without an error: refused (0A000). A function
 * with its own SET search_path runs under that on both, and is not looked into.
 */
export const MAINTENANCE_SEARCH_PATH_GUARD = `pg_catalog.${PG15_HIDDEN_PREFIX}maintenance_search_path`;

/**
 * Called by the dialect's guard (pg15-dialect.ts `identityColumnGuard`) just before an ALTER TABLE
 * (not ONLY) adding an identity column: 15 refuses to add one to a table that has children (42P16),
 * 17 adds it to a partitioned table and its partitions. One that does not resolve is left to the
 * statement to report.
 */
export const IDENTITY_COLUMN_GUARD = `pg_catalog.${PG15_HIDDEN_PREFIX}identity_column`;

/**
 * Called by the dialect's guard (pg15-dialect.ts `notValidForeignKeyGuard`) just before an ALTER
 * TABLE adding a NOT VALID foreign key: 15 refuses one on a partitioned table (42809), 18 adds it.
 * Names that do not resolve are left to the statement to report.
 */
export const NOT_VALID_FK_GUARD = `pg_catalog.${PG15_HIDDEN_PREFIX}not_valid_fk`;

/**
 * Called by the dialect's guard (pg15-dialect.ts `literalGuard`) just before a statement giving a
 * column a string literal 16+ reads and 15 refuses in the column's type (`'0x1F'`, `'1_000'` for an
 * integer or numeric, `'+infinity'` for a date or timestamp, `'infinity'` for an interval, `'{{}}'`
 * for any array, and the same as an array's elements): raises 15's error (22P02 / 22007), as 15
 * does while analysing the statement. `columns` holds names, or `#n` for the n-th column of an
 * INSERT without a column list. A table or column that does not resolve is left to the statement.
 */
export const LITERAL_GUARD = `pg_catalog.${PG15_HIDDEN_PREFIX}literal_guard`;

/** Integers 16+ reads and 15 rejects: non-decimal, or with `_` between digits. */
export const NEWER_INTEGER =
  /^\s*[+-]?(?:0[xX](?:_?[0-9a-fA-F])+|0[oO](?:_?[0-7])+|0[bB](?:_?[01])+|\d+(?:_\d+)+)\s*$/;
export const NEWER_NUMERIC =
  /^\s*[+-]?(?:0[xX](?:_?[0-9a-fA-F])+|0[oO](?:_?[0-7])+|0[bB](?:_?[01])+|(?=[\d.eE+-]*_)(?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][+-]?\d(?:_?\d)*)?)\s*$/;
/** `+infinity` as a date or timestamp (16+ reads it; 15 only `infinity` and `-infinity`). */
export const PLUS_INFINITY = /^\s*\+infinity\s*$/i;
/** Date/time text 18 may read and 15 refuses (22007): `+infinity`, or a zone-data-only abbreviation. */
export const NEWER_DATETIME = new RegExp(`${PLUS_INFINITY.source}|${ZONE_DATA_ABBREVIATION.source}`, 'i');
/** An infinite interval (17+); 15 has none. */
export const NEWER_INFINITE_INTERVAL = /^\s*[+-]?infinity\s*$/i;

/** An oid in hex, octal or binary, which 16+ reads (`oidin` takes C's prefixes) and 15 refuses. */
export const NEWER_OID = /^\s*[+-]?0[xXoObB]/;

/**
 * An oid written with leading zeros (`'012'`, an array's or oidvector's `012`): 16 reads it as C
 * does, as octal (`'012'` is 10, `'08'` is refused), where 15 reads decimal. The text with those
 * zeros dropped reads the same on both; undefined when there are none.
 */
export function pg15OidText(text: string): string | undefined {
  const decimal = text.replace(/(^|[\s{,"])([+-]?)0+(?=\d)/g, '$1$2');
  return decimal === text ? undefined : decimal;
}

/**
 * A date or timestamp whose text has `epoch`, `infinity` or `-infinity` beside other fields
 * (`'epoch 01:01:01'`): 15 reads the special value and ignores the rest, 16 refuses it (22007).
 * The special word alone, which both read alike, where the other fields are of a shape 15 reads
 * past (SPECIAL_WORD_ALONE); undefined for any other text, which the input function's stand-in
 * (pg15-datetime-words.ts) refuses as 15 does, or loudly.
 */
export function pg15DatetimeText(text: string): string | undefined {
  const words = text.trim().split(/\s+/);
  if (words.length < 2 || !SPECIAL_WORD_ALONE_TEXT.test(text)) return undefined;
  return words.find((word) => /^(?:epoch|-?infinity)$/i.test(word))?.toLowerCase();
}
const SPECIAL_WORD_ALONE_TEXT = new RegExp(SPECIAL_WORD_ALONE, 'i');

/**
 * An interval's text that 16-17 refuse (22007) and 15 reads, as text both read as 15 does; undefined
 * for any other text. Two such readings:
 * - `ago` somewhere before the end, which 15 reads as negating the whole interval wherever it
 *   stands (once or more) and 17 refuses: the text with `ago` once, at its end.
 * - unit words with no number between them (`'1 day hour'`, `'3 mon w'`, `'day 5'`), which 16
 *   refuses. 15 reads an interval's fields from the right, a unit word setting the unit of the
 *   number to its left, so of a run of unit words the leftmost is the one a number gets, and a
 *   run before any number is read by none: the text with only the leftmost word of each run, and
 *   none of a leading run (pg15IntervalUnits).
 */
export function pg15IntervalText(text: string): string | undefined {
  const words = text.trim().split(/\s+/);
  const agos = words.filter((word) => word.toLowerCase() === 'ago').length;
  const rest = words.filter((word) => word.toLowerCase() !== 'ago');
  const read = pg15IntervalUnits(rest);
  const units = read === 'unreadable' ? undefined : read;
  if (units === undefined && (agos === 0 || (agos === 1 && words.at(-1)?.toLowerCase() === 'ago'))) {
    return undefined;
  }
  const fields = units ?? rest;
  if (fields.length === 0) return undefined;
  return agos === 0 ? fields.join(' ') : `${fields.join(' ')} ago`;
}

/**
 * The unit words of 15's interval input (its `deltatktbl`, less `@` and `ago`), which 15 compares
 * on their first 10 letters (`microseconds` is `microsecon`).
 */
const INTERVAL_UNIT_WORDS = new Set(
  (
    'c cent centuries century d day days dec decade decades decs h hour hours hr hrs m microsecon mil ' +
    'millennia millennium millisecon mils min mins minute minutes mon mons month months ms msec ' +
    'msecond mseconds msecs qtr quarter s sec second seconds secs timezone timezone_h timezone_m us ' +
    'usec usecond useconds usecs w week weeks y year years yr yrs'
  ).split(' '),
);

const UNIT_WORD = `(?:${[...INTERVAL_UNIT_WORDS].join('|')}|microsecon[a-z]*|millisecon[a-z]*)(?![a-z_])`;
/**
 * Text that may be an interval 15 reads with unit words 16 refuses (pg15IntervalText): two unit
 * words in a row, or a unit word first. A cheap test before the exact one, in a statement or a
 * parameter; it matches far more than such intervals.
 */
export const INTERVAL_UNIT_RUN = new RegExp(
  `(?<![a-z_])${UNIT_WORD}\\s+(?:@\\s+|ago\\s+)*${UNIT_WORD}|(?:^|')\\s*@?\\s*${UNIT_WORD}\\s+\\S`,
  'i',
);

/**
 * The punctuation both versions' date/time lexer skips between fields (C's ispunct less the signs,
 * `.`, `/` and `:` it reads inside a field): `'1,5 day'` is the fields 1 and 5 day.
 */
const SKIPPED_PUNCTUATION = /[!"#$%&'()*,;<=>?@[\\\]^_`{|}~]+/;

/** A number, time or year-month field 15 and 18 split from letters glued after it (`1.5h`, `12:00h`). */
const INTERVAL_NUMBER = /^[+-]?(?:\d[\d:.-]*|\.\d+)$/;
const INTERVAL_NUMBER_THEN_WORD = /^([+-]?(?:\d[\d:.]*\d|\d|\.\d+))([a-z]+)$/i;

/**
 * An interval's whitespace-separated words (without `ago`) as fields, with the unit words 16
 * refuses dropped as 15 reads past them: undefined when there are none, `'unreadable'` when the
 * text has a form this reading does not follow (signs on their own, punctuation, words that are
 * not units), which is left to the server. Under IntervalStyle sql_standard a leading `-` on the
 * first field negates every field, so dropping a leading run before a `-` field would change
 * that: unreadable too.
 */
function pg15IntervalUnits(words: readonly string[]): string[] | undefined | 'unreadable' {
  const fields: { text: string; unit: boolean }[] = [];
  for (const word of words.flatMap((text) => text.split(SKIPPED_PUNCTUATION))) {
    if (word === '') continue;
    if (/^[a-z]+$/i.test(word)) {
      const unit = INTERVAL_UNIT_WORDS.has(word.toLowerCase().slice(0, 10));
      if (!unit) return 'unreadable';
      fields.push({ text: word, unit });
      continue;
    }
    if (INTERVAL_NUMBER.test(word)) {
      fields.push({ text: word, unit: false });
      continue;
    }
    const glued = INTERVAL_NUMBER_THEN_WORD.exec(word);
    if (!glued?.[1] || !glued[2] || !INTERVAL_UNIT_WORDS.has(glued[2].toLowerCase().slice(0, 10))) {
      return 'unreadable';
    }
    fields.push({ text: glued[1], unit: false }, { text: glued[2], unit: true });
  }
  const kept = fields.filter((field, index) => {
    if (!field.unit) return true;
    const before = fields.slice(0, index);
    return before.some((other) => !other.unit) && before.at(-1)?.unit === false;
  });
  if (kept.length === fields.length) return undefined;
  if (kept.length === 0) return 'unreadable';
  if (fields[0]?.unit && kept[0]?.text.startsWith('-')) return 'unreadable';
  return kept.map((field) => field.text);
}

/**
 * Zone abbreviations of timezone_abbreviations' Default set that some time zone's own data also
 * uses with another offset, with the set's offset. 18 reads an abbreviation by the session's time
 * zone first (`'10:00 IST'` is +05:30 under Asia/Kolkata), 15 by the set alone (+02). Found by
 * reading each abbreviation under each of PGlite's zones. (CAST, Central Australia's, is left out:
 * the word would send every CAST through the dialect.)
 */
const CONFLICTING_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['amt', '-04:00'],
  ['ast', '-04:00'],
  ['bdt', '+06:00'],
  ['bst', '+01:00'],
  ['cdt', '-05:00'],
  ['cst', '-06:00'],
  ['ist', '+02:00'],
  ['mmt', '+06:30'],
  ['mpt', '+10:00'],
  ['mst', '-07:00'],
  ['npt', '+05:45'],
  ['nst', '-03:30'],
  ['pdt', '-07:00'],
  ['pst', '-08:00'],
  ['pwt', '+09:00'],
  ['wast', '+07:00'],
]);
/** CAST, left out above, conflicts too (Africa/Juba's data): as a zone argument alone it is read by the set's offset. */
const ZONE_ONLY_CONFLICTING: ReadonlyMap<string, string> = new Map([['cast', '+09:30']]);
const ABBREVIATION_WORDS = [...CONFLICTING_ABBREVIATIONS.keys()].join('|');
/** One of them as a word of a date/time text (not inside a zone name such as PST8PDT or a/b). */
export const CONFLICTING_ABBREVIATION = new RegExp(`(?<![\\w/+-])(?:${ABBREVIATION_WORDS})(?![\\w/])`, 'i');

/**
 * A timestamptz's text with those abbreviations written as the Default set's offsets, which read
 * as 15 reads them under any session zone; undefined when it has none.
 */
export function pg15ZoneText(text: string): string | undefined {
  if (!CONFLICTING_ABBREVIATION.test(text)) return undefined;
  return text.replace(
    new RegExp(CONFLICTING_ABBREVIATION.source, 'gi'),
    (word) => CONFLICTING_ABBREVIATIONS.get(word.toLowerCase()) ?? word,
  );
}

/**
 * A zone argument (AT TIME ZONE, timezone(), date_trunc's, make_timestamptz's) that is one of those
 * abbreviations alone, as a POSIX zone of the Default set's fixed offset (POSIX counts west, so the
 * sign turns): 15 looks an abbreviation up in the set before any zone, 18 in the session's zone
 * first. Undefined for any other text.
 */
export function pg15ZoneArgument(text: string): string | undefined {
  const word = /^\s*([a-z]+)\s*$/i.exec(text)?.[1];
  const offset =
    word === undefined
      ? undefined
      : (CONFLICTING_ABBREVIATIONS.get(word.toLowerCase()) ?? ZONE_ONLY_CONFLICTING.get(word.toLowerCase()));
  if (word === undefined || offset === undefined) return undefined;
  return `${word.toUpperCase()}${offset.startsWith('-') ? '+' : '-'}${offset.slice(1)}`;
}

/** 15's name of each type whose input 16+ widened, its input error's code, and the text it refuses. */
const GUARDED_TYPES: readonly (readonly [oid: number, name: string, code: string, refused: string])[] = [
  [21, 'smallint', '22P02', NEWER_INTEGER.source],
  [23, 'integer', '22P02', NEWER_INTEGER.source],
  [20, 'bigint', '22P02', NEWER_INTEGER.source],
  [1700, 'numeric', '22P02', NEWER_NUMERIC.source],
  [1082, 'date', '22007', NEWER_DATETIME.source],
  [1114, 'timestamp', '22007', NEWER_DATETIME.source],
  [1184, 'timestamp with time zone', '22007', NEWER_DATETIME.source],
  [1186, 'interval', '22007', NEWER_INFINITE_INTERVAL.source],
  [26, 'oid', '22P02', NEWER_OID.source],
];
/** The rules by type OID, as the guard reads them (JavaScript's patterns are POSIX AREs as well). */
const GUARDED_JSON = JSON.stringify(
  Object.fromEntries(GUARDED_TYPES.map(([oid, name, code, refused]) => [oid, [name, code, refused]])),
);

const PG15_HIDDEN_PREFIX_SQL = `pg_catalog.${PG15_HIDDEN_PREFIX}`;

/**
 * A zone argument's text as 15 reads it, for pg15-zone-arguments.ts's ZONE_FUNCTION (`posix`: the
 * argument is read as a POSIX zone, as AT TIME ZONE, timezone() and date_trunc() read it): an
 * abbreviation some zone's own data uses that 15 does not know fails as 15's does (22023), one of
 * CONFLICTING_ABBREVIATIONS becomes the set's offset, a numeric offset gets `UTC` before it, which
 * reads it as POSIX whatever the session's zone calls it. Immutable as the built-ins it feeds are
 * (an index expression may hold it). The interval form (`AT TIME ZONE INTERVAL ...` from a column)
 * is the value itself.
 */
const ZONE_ARGUMENT_STATEMENTS: readonly CatalogStatement[] = [
  {
    text: `CREATE OR REPLACE FUNCTION ${PG15_HIDDEN_PREFIX_SQL}zone15(zone text, posix boolean) RETURNS text
      LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
      SELECT CASE
        WHEN pg_catalog.lower(zone) OPERATOR(pg_catalog.=) ANY ('{${ZONE_DATA_ABBREVIATIONS.map((word) => word.toLowerCase()).join(',')}}'::pg_catalog.text[])
          THEN ${PG15_HIDDEN_PREFIX_SQL}datetime_words_error('22023', pg_catalog.format('time zone "%s" not recognized', zone), NULL::pg_catalog.text)
        ${[...CONFLICTING_ABBREVIATIONS.keys(), ...ZONE_ONLY_CONFLICTING.keys()].map((word) => `WHEN pg_catalog.lower(zone) OPERATOR(pg_catalog.=) '${word}' THEN '${pg15ZoneArgument(word)}'`).join('\n        ')}
        WHEN posix AND zone OPERATOR(pg_catalog.~) '^[+-][0-9]' THEN 'UTC' OPERATOR(pg_catalog.||) zone
        ELSE zone END $$`,
    params: [],
  },
  {
    text: `CREATE OR REPLACE FUNCTION ${PG15_HIDDEN_PREFIX_SQL}zone15(zone interval, posix boolean) RETURNS interval
      LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$ SELECT zone $$`,
    params: [],
  },
];

/** Text read as a timestamptz in UTC, whose own data uses no abbreviation: by timezone_abbreviations alone, as 15 reads any. */
const BY_ABBREVIATIONS_STATEMENT: CatalogStatement = {
  text: `CREATE OR REPLACE FUNCTION ${PG15_HIDDEN_PREFIX_SQL}timestamptz_by_abbreviations(value text) RETURNS timestamptz
    LANGUAGE sql STABLE SET "TimeZone" = 'UTC' AS $$ SELECT value::pg_catalog.timestamptz $$`,
  params: [],
};

const LITERAL_GUARD_STATEMENT: CatalogStatement = {
  text: `CREATE OR REPLACE FUNCTION ${LITERAL_GUARD}(target text, columns text[], literals text[], shapes text[], newer boolean[]) RETURNS void
    LANGUAGE plpgsql STABLE AS $$
    DECLARE
      relation regclass := pg_catalog.to_regclass(target);
      guarded jsonb := $guarded$${GUARDED_JSON}$guarded$::jsonb;
      type oid;
      failure record;
      refused boolean;
      p_code text;
      p_message text;
      p_detail text;
      p_hint text;
      element oid;
      value text;
      item text;
      rule jsonb;
      fields oid[];
      field int;
      number numeric;
    BEGIN
      IF relation IS NULL THEN RETURN; END IF;
      FOR i IN 1 .. pg_catalog.cardinality(literals) LOOP
        IF columns[i] OPERATOR(pg_catalog.~) '^#[0-9]+$' THEN
          SELECT atttypid INTO type FROM pg_catalog.pg_attribute
            WHERE attrelid = relation AND attnum > 0 AND NOT attisdropped
            ORDER BY attnum OFFSET pg_catalog.substr(columns[i], 2)::int - 1 LIMIT 1;
        ELSE
          SELECT atttypid INTO type FROM pg_catalog.pg_attribute
            WHERE attrelid = relation AND attname = columns[i] AND attnum > 0 AND NOT attisdropped;
        END IF;
        CONTINUE WHEN type IS NULL;
        WHILE (SELECT typtype FROM pg_catalog.pg_type WHERE oid = type) = 'd' LOOP
          type := (SELECT typbasetype FROM pg_catalog.pg_type WHERE oid = type);
        END LOOP;
        value := literals[i];
        -- 15 converts a statement's literals in order while it analyses it: a literal both versions
        -- refuse (p_*: the first, as PGlite reads it) fails before a later one only 15 refuses. Read
        -- as the column's base type without its typmod: a length or precision is coerced later, when
        -- the statement is planned, and a domain's checks later still, when the row is made.
        refused := false;
        IF newer[i] THEN BEGIN <<checks>> BEGIN
        element := (SELECT typelem FROM pg_catalog.pg_type
          WHERE oid = type AND typsubscript = 'pg_catalog.array_subscript_handler'::regproc);
        IF element IS NOT NULL THEN
          -- 15 checks an array's braces (shapes: array-literal-shape.ts) before any element, where
          -- 17 reports the first bad element; box's elements are delimited otherwise.
          IF shapes[i] IS NOT NULL AND (SELECT typdelim FROM pg_catalog.pg_type WHERE oid = element) = ',' THEN
            RAISE EXCEPTION USING ERRCODE = 'invalid_text_representation',
              MESSAGE = pg_catalog.format('malformed array literal: "%s"',
                pg_catalog.substr(value, pg_catalog.strpos(value, '{'))),
              DETAIL = shapes[i];
          END IF;
          -- An array of a domain reads its elements as the domain's base type.
          WHILE (SELECT typtype FROM pg_catalog.pg_type WHERE oid = element) = 'd' LOOP
            element := (SELECT typbasetype FROM pg_catalog.pg_type WHERE oid = element);
          END LOOP;
          rule := guarded -> element::text;
          EXIT checks WHEN rule IS NULL;
          FOREACH item IN ARRAY pg_catalog.regexp_split_to_array(value, '[{},]') LOOP
            item := pg_catalog.regexp_replace(pg_catalog.btrim(item), '^"(.*)"$', '\\1');
            IF item OPERATOR(pg_catalog.~*) (rule ->> 2) THEN
              RAISE EXCEPTION USING ERRCODE = rule ->> 1,
                MESSAGE = pg_catalog.format('invalid input syntax for type %s: "%s"', rule ->> 0, item);
            END IF;
          END LOOP;
        ELSIF (SELECT typtype FROM pg_catalog.pg_type WHERE oid = type) = 'c' THEN
          -- A composite's fields go to their types' input as written (record_in); text with quotes
          -- or escapes is left to the statement.
          EXIT checks WHEN value OPERATOR(pg_catalog.~) '["\\\\]'
            OR value OPERATOR(pg_catalog.!~) '^[[:space:]]*[(].*[)][[:space:]]*$';
          fields := ARRAY(SELECT a.atttypid FROM pg_catalog.pg_attribute a
            JOIN pg_catalog.pg_type t ON a.attrelid = t.typrelid
            WHERE t.oid = type AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum);
          field := 0;
          FOREACH item IN ARRAY pg_catalog.regexp_split_to_array(
              pg_catalog.regexp_replace(value, '^[[:space:]]*[(](.*)[)][[:space:]]*$', '\\1'), ',') LOOP
            field := field + 1;
            element := fields[field];
            WHILE (SELECT typtype FROM pg_catalog.pg_type WHERE oid = element) = 'd' LOOP
              element := (SELECT typbasetype FROM pg_catalog.pg_type WHERE oid = element);
            END LOOP;
            rule := guarded -> element::text;
            IF rule IS NOT NULL AND item OPERATOR(pg_catalog.~*) (rule ->> 2) THEN
              RAISE EXCEPTION USING ERRCODE = rule ->> 1,
                MESSAGE = pg_catalog.format('invalid input syntax for type %s: "%s"', rule ->> 0, item);
            END IF;
          END LOOP;
        ELSIF (SELECT typtype FROM pg_catalog.pg_type WHERE oid = type) IN ('r', 'm') THEN
          -- A range's bounds go to its subtype's input as written, spaces kept (range_parse_bound).
          rule := guarded -> (SELECT rngsubtype FROM pg_catalog.pg_range
            WHERE rngtypid = type OR rngmultitypid = type)::text;
          EXIT checks WHEN rule IS NULL;
          FOREACH item IN ARRAY pg_catalog.regexp_split_to_array(value, '[][(){},]') LOOP
            item := pg_catalog.regexp_replace(item, '^"(.*)"$', '\\1');
            IF item OPERATOR(pg_catalog.~*) (rule ->> 2) THEN
              RAISE EXCEPTION USING ERRCODE = rule ->> 1,
                MESSAGE = pg_catalog.format('invalid input syntax for type %s: "%s"', rule ->> 0, item);
            END IF;
          END LOOP;
        ELSE
          -- Text 15 reads otherwise than 16+ (pg15OidText, pg15DatetimeText): not rewritable here.
          IF (type OPERATOR(pg_catalog.=) 26 AND value OPERATOR(pg_catalog.~) '(^|[[:space:]{,"])[+-]?0[0-9]')
             OR (type OPERATOR(pg_catalog.=) ANY ('{1082,1114,1184}'::oid[])
                 AND value OPERATOR(pg_catalog.~) '[^[:space:]][[:space:]]+[^[:space:]]'
                 AND value OPERATOR(pg_catalog.~*) '(^|[[:space:]])(epoch|-?infinity)([[:space:]]|$)') THEN
            RAISE EXCEPTION USING ERRCODE = 'feature_not_supported',
              MESSAGE = ${pgliteRefusal('this text as a column value (an oid with leading zeros, a special date word with other fields)')};
          END IF;
          IF type OPERATOR(pg_catalog.=) 1184 AND value OPERATOR(pg_catalog.~*) '(^|[^[:alnum:]_/+-])(${ABBREVIATION_WORDS})([^[:alnum:]_/]|$)'
             -- The built-in's reading, as the column gets it (the text cast reads as 15: pg15-datetime-words.ts).
             AND pg_catalog.timestamptz_in(pg_catalog.textout(value), 0, -1)
               IS DISTINCT FROM ${PG15_HIDDEN_PREFIX_SQL}timestamptz_by_abbreviations(value) THEN
            RAISE EXCEPTION USING ERRCODE = 'feature_not_supported',
              MESSAGE = ${pgliteRefusal('a zone abbreviation the session time zone also uses, as a column value')};
          END IF;
          rule := guarded -> type::text;
          IF rule IS NOT NULL AND value OPERATOR(pg_catalog.~*) (rule ->> 2) THEN
            RAISE EXCEPTION USING ERRCODE = rule ->> 1,
              MESSAGE = pg_catalog.format('invalid input syntax for type %s: "%s"', rule ->> 0, value);
          END IF;
          -- Past 31 bits, 15 (64-bit strtoul) and PGlite (32-bit) read these types otherwise
          -- (pg15-identifier-input.ts): a negative oid of 32 bits 15 refuses, the rest PGlite refuses.
          IF type OPERATOR(pg_catalog.=) ANY ('{26,28,29,5069}'::oid[])
             AND value OPERATOR(pg_catalog.~) '^[[:space:]]*[+-]?[0-9]{10,}[[:space:]]*$' THEN
            number := value::numeric;
            IF type OPERATOR(pg_catalog.=) 26 AND number < -2147483648 AND number > -4294967296 THEN
              RAISE EXCEPTION USING ERRCODE = 'numeric_value_out_of_range',
                MESSAGE = pg_catalog.format('value "%s" is out of range for type oid', value);
            END IF;
            IF (type OPERATOR(pg_catalog.=) 26 AND pg_catalog.abs(number) < 18446744073709551616
                AND (number >= 18446744071562067968 OR number <= -18446744069414584321))
               OR (type OPERATOR(pg_catalog.=) ANY ('{28,29}'::oid[]) AND pg_catalog.abs(number) > 4294967295)
               OR (type OPERATOR(pg_catalog.=) 5069 AND pg_catalog.abs(number) > 18446744073709551615) THEN
              RAISE EXCEPTION USING ERRCODE = 'feature_not_supported',
                MESSAGE = ${pgliteRefusal('an oid, xid, cid or xid8 past 32 bits as a column value (PostgreSQL 15 wraps it)')};
            END IF;
          END IF;
        END IF;
        END checks;
        EXCEPTION WHEN OTHERS THEN
          IF p_code IS NULL THEN RAISE; END IF;
          refused := true;
        END; END IF;
        IF NOT refused AND p_code IS NULL THEN
          BEGIN
            -- bit and character without a typmod are named as bit(1) and character(1): varbit and
            -- bpchar read their text alike, of any length.
            SELECT * INTO failure FROM ${PG15_HIDDEN_PREFIX_SQL}pg_input_error_info(value, CASE type
              WHEN 1560 THEN 'varbit' WHEN 1561 THEN 'varbit[]' WHEN 1042 THEN 'bpchar' WHEN 1014 THEN 'bpchar[]'
              ELSE pg_catalog.format_type(type, NULL) END);
            p_code := failure.sql_error_code;
            p_message := failure.message;
            p_detail := failure.detail;
            p_hint := failure.hint;
          EXCEPTION WHEN OTHERS THEN
            -- Some input functions fail outright rather than report.
            GET STACKED DIAGNOSTICS p_code = RETURNED_SQLSTATE, p_message = MESSAGE_TEXT,
              p_detail = PG_EXCEPTION_DETAIL, p_hint = PG_EXCEPTION_HINT;
            p_detail := NULLIF(p_detail, '');
            p_hint := NULLIF(p_hint, '');
          END;
        END IF;
        CONTINUE WHEN NOT refused;
        IF p_detail IS NULL AND p_hint IS NULL THEN
          RAISE EXCEPTION USING ERRCODE = p_code, MESSAGE = p_message;
        ELSIF p_hint IS NULL THEN
          RAISE EXCEPTION USING ERRCODE = p_code, MESSAGE = p_message, DETAIL = p_detail;
        ELSIF p_detail IS NULL THEN
          RAISE EXCEPTION USING ERRCODE = p_code, MESSAGE = p_message, HINT = p_hint;
        ELSE
          RAISE EXCEPTION USING ERRCODE = p_code, MESSAGE = p_message, DETAIL = p_detail, HINT = p_hint;
        END IF;
      END LOOP;
    END $$`,
  params: [],
};

const MERGE_TARGET_STATEMENT: CatalogStatement = {
  text: `CREATE OR REPLACE FUNCTION ${MERGE_TARGET_GUARD}(target text) RETURNS void
    LANGUAGE plpgsql STABLE AS $$
    DECLARE
      relation regclass := pg_catalog.to_regclass(target);
    BEGIN
      IF relation IS NOT NULL AND (SELECT relkind FROM pg_catalog.pg_class WHERE oid = relation) = 'v' THEN
        RAISE EXCEPTION USING ERRCODE = 'feature_not_supported',
          MESSAGE = pg_catalog.format('cannot execute MERGE on relation "%s"', (SELECT relname FROM pg_catalog.pg_class WHERE oid = relation)),
          DETAIL = 'This operation is not supported for views.';
      END IF;
    END $$`,
  params: [],
};

const MAINTENANCE_SEARCH_PATH_STATEMENT: CatalogStatement = {
  text: `CREATE OR REPLACE FUNCTION ${MAINTENANCE_SEARCH_PATH_GUARD}(body text, matview text) RETURNS void
    LANGUAGE plpgsql STABLE AS $$
    DECLARE
      reader CONSTANT text := '\\m(?:current_schemas?|search_path|to_reg\\w+|pg_\\w+_is_visible|format_type|pg_get_\\w+|pg_describe_object|pg_identify_object\\w*)\\M|\\mreg\\w+\\M\\s*\\)?\\s*::\\s*(?:text|varchar|character|name)\\M';
      relation regclass := CASE WHEN matview IS NULL THEN NULL ELSE pg_catalog.to_regclass(matview) END;
      pending text := body;
      seen oid[] := '{}';
      added oid[];
      sources text;
    BEGIN
      IF relation IS NOT NULL THEN
        pending := pending OPERATOR(pg_catalog.||) ' ' OPERATOR(pg_catalog.||) pg_catalog.pg_get_viewdef(relation);
      END IF;
      FOR depth IN 1..8 LOOP
        IF pending OPERATOR(pg_catalog.~*) reader THEN
          RAISE EXCEPTION USING ERRCODE = 'feature_not_supported',
            MESSAGE = 'a materialized view''s query or an index expression that reads the search path (current_schema(), current_setting(''search_path''), to_regclass(), format_type(), a regclass as text, directly or in a function it calls) is not supported by the fake PostgreSQL on its PGlite engine: PostgreSQL 17+ fills materialized views and builds indexes with search_path pg_catalog, pg_temp where PostgreSQL 15 keeps the session''s, so the answer would differ: give the function its own SET search_path, or run this test on the real server';
        END IF;
        SELECT pg_catalog.array_agg(p.oid),
               pg_catalog.string_agg(CASE WHEN p.prosqlbody IS NULL THEN p.prosrc
                                          ELSE pg_catalog.pg_get_function_sqlbody(p.oid) END, ' ')
          INTO added, sources
          FROM pg_catalog.pg_proc p
          WHERE p.pronamespace OPERATOR(pg_catalog.<>) ALL (ARRAY['pg_catalog'::regnamespace, 'information_schema'::regnamespace])
            AND p.prokind OPERATOR(pg_catalog.=) ANY (ARRAY['f', 'p']::"char"[])
            AND p.prolang OPERATOR(pg_catalog.<>) ALL (SELECT l.oid FROM pg_catalog.pg_language l WHERE l.lanname OPERATOR(pg_catalog.=) ANY (ARRAY['c', 'internal']))
            AND NOT COALESCE(pg_catalog.array_to_string(p.proconfig, ' ') OPERATOR(pg_catalog.~*) '^search_path=|\\ssearch_path=', false)
            AND NOT p.oid OPERATOR(pg_catalog.=) ANY (seen)
            AND pending OPERATOR(pg_catalog.~*) ('\\m' OPERATOR(pg_catalog.||) pg_catalog.regexp_replace(p.proname, '(\\W)', '\\\\\\1', 'g') OPERATOR(pg_catalog.||) '\\M');
        EXIT WHEN added IS NULL;
        seen := seen OPERATOR(pg_catalog.||) added;
        pending := sources;
      END LOOP;
    END $$`,
  params: [],
};

const IDENTITY_COLUMN_STATEMENT: CatalogStatement = {
  text: `CREATE OR REPLACE FUNCTION ${IDENTITY_COLUMN_GUARD}(target text) RETURNS void
    LANGUAGE plpgsql STABLE AS $$
    BEGIN
      IF EXISTS (SELECT FROM pg_catalog.pg_inherits
                 WHERE inhparent OPERATOR(pg_catalog.=) pg_catalog.${PG15_HIDDEN_PREFIX}to_regclass(target)) THEN
        RAISE EXCEPTION USING ERRCODE = 'invalid_table_definition',
          MESSAGE = 'cannot recursively add identity column to table that has child tables';
      END IF;
    END $$`,
  params: [],
};

/**
 * Called by the dialect's guard (pg15-dialect.ts `inheritedNotNullGuard`) just before an ALTER TABLE
 * dropping or setting a column's NOT NULL on a table with inheritance children or partitions. 15 has
 * no not-null constraints:
 * - without ONLY, DROP NOT NULL recurses to every descendant and clears the column's NOT NULL there,
 *   failing (42P16) on one whose primary key holds the column. 18 drops the inherited constraints
 *   alone: a descendant's own NOT NULL (declared with the column, set on it, or kept from a second
 *   parent) stays, and the descendant goes on refusing NULLs that 15 stores. The primary key is
 *   refused as 15 refuses it; a NOT NULL 18 would keep is refused clearly.
 * - with ONLY on a partitioned table that has partitions, DROP NOT NULL, and DROP CONSTRAINT of a
 *   CHECK constraint, fail in 15 (42P16) where 18 drops them; SET NOT NULL (and ADD PRIMARY KEY's
 *   own, on its columns) is checked in 15 against every partition, and fails naming the first
 *   without it (18 fails without naming it, or with an internal error for the key) or is set (18
 *   fails): the guard raises 15's error, or sets it through the partitions first, after which 18
 *   takes the ONLY.
 * Names that do not resolve are left to the statement to report.
 */
export const INHERITED_NOT_NULL_GUARD = `pg_catalog.${PG15_HIDDEN_PREFIX}inherited_not_null`;

const INHERITED_NOT_NULL_STATEMENT: CatalogStatement = {
  text: `CREATE OR REPLACE FUNCTION ${INHERITED_NOT_NULL_GUARD}(target text, alone boolean, columns text[], setting text[], checks text[]) RETURNS void
    LANGUAGE plpgsql VOLATILE AS $$
    DECLARE
      relation regclass := pg_catalog.${PG15_HIDDEN_PREFIX}to_regclass(target);
      tree oid[];
      col text;
      lacking name;
    BEGIN
      IF relation IS NULL THEN RETURN; END IF;
      tree := ARRAY(WITH RECURSIVE down(child) AS (
          SELECT inhrelid FROM pg_catalog.pg_inherits WHERE inhparent OPERATOR(pg_catalog.=) relation
          UNION SELECT i.inhrelid FROM pg_catalog.pg_inherits i JOIN down d ON i.inhparent OPERATOR(pg_catalog.=) d.child)
        SELECT child FROM down);
      IF alone THEN
        IF pg_catalog.cardinality(tree) OPERATOR(pg_catalog.=) 0
           OR (SELECT relkind FROM pg_catalog.pg_class WHERE oid OPERATOR(pg_catalog.=) relation) OPERATOR(pg_catalog.<>) 'p' THEN
          RETURN;
        END IF;
        IF pg_catalog.cardinality(columns) OPERATOR(pg_catalog.>) 0 OR EXISTS (SELECT FROM pg_catalog.pg_constraint
             WHERE conrelid OPERATOR(pg_catalog.=) relation AND contype OPERATOR(pg_catalog.=) 'c'
               AND conname OPERATOR(pg_catalog.=) ANY (checks::name[])) THEN
          RAISE EXCEPTION USING ERRCODE = 'invalid_table_definition',
            MESSAGE = 'cannot remove constraint from only the partitioned table when partitions exist',
            HINT = 'Do not specify the ONLY keyword.';
        END IF;
        FOREACH col IN ARRAY setting LOOP
          CONTINUE WHEN NOT EXISTS (SELECT FROM pg_catalog.pg_attribute
            WHERE attrelid OPERATOR(pg_catalog.=) relation AND attname OPERATOR(pg_catalog.=) col AND NOT attisdropped);
          SELECT c.relname INTO lacking FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_class c ON c.oid OPERATOR(pg_catalog.=) a.attrelid
            WHERE a.attrelid OPERATOR(pg_catalog.=) ANY (tree) AND a.attname OPERATOR(pg_catalog.=) col AND NOT a.attnotnull
            ORDER BY pg_catalog.array_position(tree, a.attrelid) LIMIT 1;
          IF lacking IS NOT NULL THEN
            RAISE EXCEPTION USING ERRCODE = 'invalid_table_definition',
              MESSAGE = 'constraint must be added to child tables too',
              DETAIL = pg_catalog.format('Column "%s" of relation "%s" is not already NOT NULL.', col, lacking),
              HINT = 'Do not specify the ONLY keyword.';
          END IF;
          EXECUTE pg_catalog.format('ALTER TABLE %s ALTER COLUMN %I SET NOT NULL', relation, col);
        END LOOP;
        RETURN;
      END IF;
      FOREACH col IN ARRAY columns LOOP
        CONTINUE WHEN NOT EXISTS (SELECT FROM pg_catalog.pg_attribute
          WHERE attrelid OPERATOR(pg_catalog.=) relation AND attname OPERATOR(pg_catalog.=) col AND NOT attisdropped);
        IF EXISTS (SELECT FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_index x
                     ON x.indrelid OPERATOR(pg_catalog.=) a.attrelid AND x.indisprimary
                     AND a.attnum OPERATOR(pg_catalog.=) ANY (x.indkey::pg_catalog.int2[])
                   WHERE a.attrelid OPERATOR(pg_catalog.=) ANY (tree) AND a.attname OPERATOR(pg_catalog.=) col) THEN
          RAISE EXCEPTION USING ERRCODE = 'invalid_table_definition',
            MESSAGE = pg_catalog.format('column "%s" is in a primary key', col);
        END IF;
        IF EXISTS (SELECT FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_constraint c
                     ON c.conrelid OPERATOR(pg_catalog.=) a.attrelid AND c.contype OPERATOR(pg_catalog.=) 'n'
                     AND c.conkey OPERATOR(pg_catalog.=) ARRAY[a.attnum]
                   WHERE a.attrelid OPERATOR(pg_catalog.=) ANY (tree) AND a.attname OPERATOR(pg_catalog.=) col
                     AND (c.conislocal OR EXISTS (SELECT FROM pg_catalog.pg_inherits i JOIN pg_catalog.pg_attribute p
                            ON p.attrelid OPERATOR(pg_catalog.=) i.inhparent AND p.attname OPERATOR(pg_catalog.=) col AND p.attnotnull
                          WHERE i.inhrelid OPERATOR(pg_catalog.=) a.attrelid AND i.inhparent OPERATOR(pg_catalog.<>) relation
                            AND NOT (i.inhparent OPERATOR(pg_catalog.=) ANY (tree))))) THEN
          RAISE EXCEPTION USING ERRCODE = 'feature_not_supported',
            MESSAGE = pg_catalog.format('DROP NOT NULL on column "%s" of a table whose inheritance children or partitions have a NOT NULL of their own on it (declared with the column, set on the child, or kept from another parent): PostgreSQL 15 clears it on every descendant, PGlite (PostgreSQL 18) keeps those as the children''s own constraints, so the fake cannot answer as 15 does: run this test on the real server', col);
        END IF;
      END LOOP;
    END $$`,
  params: [],
};

/**
 * Called by the dialect's guard (pg15-dialect.ts `sqlBodyDdlGuard`) just before creating a SQL
 * function whose body runs DDL before other statements. 15 analyses every statement of such a body
 * before running the first, at creation (check_function_bodies on, as PGlite's validator still
 * does) or at the first call; 18 analyses each when it reaches it, so a later statement reading
 * what the DDL made fails on 15 and works on PGlite. Refused when the body is not checked now.
 */
export const SQL_BODY_DDL_GUARD = `pg_catalog.${PG15_HIDDEN_PREFIX}sql_body_ddl`;

const SQL_BODY_DDL_STATEMENT: CatalogStatement = {
  text: `CREATE OR REPLACE FUNCTION ${SQL_BODY_DDL_GUARD}() RETURNS void LANGUAGE plpgsql STABLE AS $$
    BEGIN
      IF NOT pg_catalog.current_setting('check_function_bodies')::boolean THEN
        RAISE EXCEPTION USING ERRCODE = 'feature_not_supported',
          MESSAGE = 'a SQL function whose body runs DDL before other statements, created with check_function_bodies off: PostgreSQL 15 analyses all its statements before running the first (a later one reading what the DDL made fails), PGlite (PostgreSQL 18) analyses each as it runs, so the fake cannot answer as 15 does: run this test on the real server';
      END IF;
    END $$`,
  params: [],
};

const NOT_VALID_FK_STATEMENT: CatalogStatement = {
  text: `CREATE OR REPLACE FUNCTION ${NOT_VALID_FK_GUARD}(target text, referenced text) RETURNS void
    LANGUAGE plpgsql STABLE AS $$
    DECLARE
      relation regclass := pg_catalog.${PG15_HIDDEN_PREFIX}to_regclass(target);
      other regclass := pg_catalog.${PG15_HIDDEN_PREFIX}to_regclass(referenced);
    BEGIN
      IF other IS NOT NULL AND (SELECT relkind FROM pg_catalog.pg_class WHERE oid OPERATOR(pg_catalog.=) relation) OPERATOR(pg_catalog.=) 'p' THEN
        RAISE EXCEPTION USING ERRCODE = 'wrong_object_type',
          MESSAGE = pg_catalog.format('cannot add NOT VALID foreign key on partitioned table "%s" referencing relation "%s"',
            (SELECT relname FROM pg_catalog.pg_class WHERE oid OPERATOR(pg_catalog.=) relation),
            (SELECT relname FROM pg_catalog.pg_class WHERE oid OPERATOR(pg_catalog.=) other)),
          DETAIL = 'This feature is not yet supported on partitioned tables.';
      END IF;
    END $$`,
  params: [],
};

const NOT_NULL_ASIDE_STATEMENT: CatalogStatement = {
  text: `CREATE OR REPLACE FUNCTION ${NOT_NULL_ASIDE}(relation text, domain text, names text[])
    RETURNS void LANGUAGE sql VOLATILE SECURITY DEFINER
    AS $$ UPDATE pg_catalog.pg_constraint SET conname = '${PG15_HIDDEN_PREFIX}not_null_' OPERATOR(pg_catalog.||) oid::text
      WHERE contype OPERATOR(pg_catalog.=) 'n' AND conname OPERATOR(pg_catalog.=) ANY (names::name[])
        AND (conrelid OPERATOR(pg_catalog.=) pg_catalog.${PG15_HIDDEN_PREFIX}to_regclass(relation)
          OR contypid OPERATOR(pg_catalog.=) pg_catalog.${PG15_HIDDEN_PREFIX}to_regtype(domain)) $$`,
  params: [],
};

/** Renames 18's clones of foreign keys toward a referenced table's partitions as 15 names them (see below). */
export const FK_CLONE_NAMES = `pg_catalog.${PG15_HIDDEN_PREFIX}fk_clone_names`;

/**
 * A foreign key referencing a partitioned table gets a clone toward each of its partitions, on the
 * referencing table. 15 names each as a constraint of that table's own (`<table>_<columns>_fkey`,
 * then `...fkey1`, `...fkey2` on a clash); 17 names it after its parent (`<name>_1`, `<name>_2`),
 * a name errors report (`violates foreign key constraint "r_a_fkey1"`). Run after a statement that
 * may have made some (pglite-engine.ts), this gives 18's clones, in the order they were made, the
 * names 15 would have chosen (ChooseConstraintName: namespace-wide, 63 bytes, label shortened last).
 */
const FK_CLONE_NAMES_STATEMENT: CatalogStatement = {
  text: `CREATE OR REPLACE FUNCTION ${FK_CLONE_NAMES}() RETURNS void LANGUAGE plpgsql VOLATILE SECURITY DEFINER
    SET search_path = pg_catalog AS $$
    DECLARE
      c record; label text; name1 text; name2 text; avail int; candidate text; pass int;
    BEGIN
      FOR c IN SELECT k.oid, k.connamespace, r.relname::text AS relname,
          (SELECT string_agg(a.attname::text, '_' ORDER BY x.n) FROM unnest(k.conkey) WITH ORDINALITY x(attnum, n)
             JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = x.attnum) AS cols
        FROM pg_constraint k JOIN pg_constraint p ON p.oid = k.conparentid JOIN pg_class r ON r.oid = k.conrelid
        WHERE k.contype = 'f' AND p.conrelid = k.conrelid AND k.conrelid <> k.confrelid
          AND starts_with(k.conname::text, p.conname::text || '_') AND substr(k.conname, length(p.conname) + 2) ~ '^[0-9]+$'
        ORDER BY k.oid
      LOOP
        pass := 0;
        LOOP
          label := 'fkey' || CASE WHEN pass = 0 THEN '' ELSE pass::text END;
          name1 := c.relname; name2 := left(c.cols, 63);
          avail := 63 - length(label) - 2;
          WHILE octet_length(name1) + octet_length(name2) > avail LOOP
            IF octet_length(name1) > octet_length(name2) THEN name1 := left(name1, -1); ELSE name2 := left(name2, -1); END IF;
          END LOOP;
          candidate := name1 || '_' || name2 || '_' || label;
          EXIT WHEN NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = candidate AND connamespace = c.connamespace);
          pass := pass + 1;
        END LOOP;
        UPDATE pg_constraint SET conname = candidate WHERE oid = c.oid;
      END LOOP;
    END $$`,
  params: [],
};

/** Takes the identity of a partitioned table's column off its partitions' columns, as 15 has them. */
export const PARTITION_IDENTITY = `pg_catalog.${PG15_HIDDEN_PREFIX}partition_identity`;

/**
 * 17 gives a partition the identity of its partitioned table's column (the parent's sequence): an
 * INSERT straight into the partition draws from it. 15's partition column is a plain NOT NULL one:
 * such an INSERT without it fails (23502), with it takes the value as given. Run after a statement
 * that may have made or attached a partition (pglite-engine.ts); an INSERT through the partitioned
 * table still draws from its own identity. Called with \`restore\` before an ALTER of a partitioned
 * table's identity, which 18 carries on to the partitions and expects there.
 */
const PARTITION_IDENTITY_STATEMENT: CatalogStatement = {
  text: `CREATE OR REPLACE FUNCTION ${PARTITION_IDENTITY}(restore boolean DEFAULT false) RETURNS void LANGUAGE sql VOLATILE SECURITY DEFINER
    SET search_path = pg_catalog AS $$
      UPDATE pg_attribute a SET attidentity = CASE WHEN restore THEN pa.attidentity ELSE '' END
      FROM pg_inherits i, pg_attribute pa, pg_class c
      WHERE a.attidentity IS DISTINCT FROM CASE WHEN restore THEN pa.attidentity ELSE '' END
        AND c.oid = a.attrelid AND c.relispartition
        AND i.inhrelid = a.attrelid AND pa.attrelid = i.inhparent AND pa.attname = a.attname AND pa.attidentity <> ''
    $$`,
  params: [],
};

const QUALIFIED =
  "(SELECT n.nspname FROM pg_catalog.pg_namespace n WHERE n.oid = c.relnamespace) OPERATOR(pg_catalog.||) '.' OPERATOR(pg_catalog.||) c.relname";

/**
 * The system views whose columns 16-18 changed, made again as PostgreSQL 15 defines them
 * (pg15-views.ts): dropped and created, as a view's columns cannot be removed or reordered in place.
 * Each keeps its privileges and options (pg_stats' security_barrier); a view reading one of them
 * that is not in the list (18's pg_stat_replication_slots reads pg_replication_slots) is made again
 * from its own definition. The views get new OIDs (user-range ones): nothing in the server binds
 * them. One statement, with `allow_system_table_mods` on for it alone (a view in pg_catalog is a
 * new system relation); a no-op once run.
 */
export function pg15ViewsStatement(): CatalogStatement {
  const optionsOf = (json: string): string =>
    `CASE WHEN pg_catalog.jsonb_typeof(${json}) = 'array' THEN ARRAY(SELECT pg_catalog.jsonb_array_elements_text(${json})) END`;
  const rows = PG15_VIEWS.map(
    ([name, definition], index) => `(${index}, '${name}', $view$${definition}$view$)`,
  ).join(',\n');
  return {
    text: `DO $seams$
      DECLARE
        names text[];
        kept jsonb;
        dependents jsonb;
        item record;
      BEGIN
        IF EXISTS (SELECT FROM pg_catalog.pg_attribute WHERE attname = 'checkpoints_timed'
                   AND attrelid = 'pg_catalog.pg_stat_bgwriter'::pg_catalog.regclass) THEN
          RETURN;
        END IF;
        PERFORM pg_catalog.set_config('allow_system_table_mods', 'on', true);
        SELECT pg_catalog.array_agg(v.name ORDER BY v.at) INTO names FROM (VALUES ${rows}) v(at, name, definition);
        SELECT pg_catalog.jsonb_object_agg(${QUALIFIED}, pg_catalog.jsonb_build_array(c.relacl::text, c.reloptions))
          INTO kept FROM pg_catalog.pg_class c WHERE c.oid = ANY (SELECT pg_catalog.to_regclass(n) FROM pg_catalog.unnest(names) n);
        SELECT pg_catalog.jsonb_agg(pg_catalog.jsonb_build_array(${QUALIFIED},
                 pg_catalog.rtrim(pg_catalog.pg_get_viewdef(c.oid), ';'), c.relacl::text, c.reloptions) ORDER BY c.oid)
          INTO dependents FROM pg_catalog.pg_class c
          WHERE c.oid IN (SELECT w.ev_class FROM pg_catalog.pg_depend d JOIN pg_catalog.pg_rewrite w ON w.oid = d.objid
                          WHERE d.classid = 'pg_catalog.pg_rewrite'::pg_catalog.regclass
                            AND d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass
                            AND d.refobjid = ANY (SELECT pg_catalog.to_regclass(n) FROM pg_catalog.unnest(names) n))
            AND c.oid <> ALL (SELECT pg_catalog.to_regclass(n) FROM pg_catalog.unnest(names) n);
        EXECUTE 'DROP VIEW ' OPERATOR(pg_catalog.||) pg_catalog.array_to_string(names OPERATOR(pg_catalog.||)
          ARRAY(SELECT d OPERATOR(pg_catalog.->>) 0 FROM pg_catalog.jsonb_array_elements(dependents) d), ', ');
        FOR item IN SELECT * FROM (VALUES ${rows}) v(at, name, definition) ORDER BY v.at LOOP
          EXECUTE pg_catalog.format('CREATE VIEW %s AS %s', item.name, item.definition);
          UPDATE pg_catalog.pg_class SET relacl = (kept -> item.name ->> 0)::aclitem[],
              reloptions = ${optionsOf('kept -> item.name -> 1')}
            WHERE oid = pg_catalog.to_regclass(item.name);
        END LOOP;
        FOR item IN SELECT d ->> 0 AS name, d ->> 1 AS definition, d ->> 2 AS acl, d -> 3 AS options
                    FROM pg_catalog.jsonb_array_elements(dependents) d LOOP
          EXECUTE pg_catalog.format('CREATE VIEW %s AS %s', item.name, item.definition);
          UPDATE pg_catalog.pg_class SET relacl = item.acl::aclitem[],
              reloptions = ${optionsOf('item.options')}
            WHERE oid = pg_catalog.to_regclass(item.name);
        END LOOP;
      END $seams$`,
    params: [],
  };
}

/**
 * Text cast to an integer or numeric (`x::int` of a text column, `(j ->> 'n')::int`,
 * `'0x1F'::text::int`) as 15 reads it: 16 reads integers in hex, octal or binary and with `_`
 * between digits (`0x1F`, `1_000`), and numerics with `_`, where 15 raises 22P02. PostgreSQL casts
 * text to these types through their input functions, which only C can replace: so text and
 * varchar get a cast of their own (an explicit one, as the I/O cast is), a SQL function the
 * planner inlines: text 15 refuses fails with 15's error, anything else goes to the input
 * function. 15 reads no letter (but a numeric's NaN and Infinity) nor `_` in these types, so any
 * is refused here (an out-of-range hex integer too, which 15 calls invalid syntax). Literal casts
 * (`'0x1F'::int`) are the dialect's (pg15-dialect.ts), parameters the engine's (pglite-engine.ts).
 */
const NUMBER_CASTS: readonly (readonly [type: string, name: string, refused: string])[] = [
  ['int2', 'smallint', '[_a-zA-Z]'],
  ['int4', 'integer', '[_a-zA-Z]'],
  ['int8', 'bigint', '[_a-zA-Z]'],
  ['numeric', 'numeric', '_|^[[:space:]]*[+-]?0[xXoObB]'],
];

/**
 * Text cast to oid (`x::oid` of a text column) as 15 reads it: 16 reads a leading 0 as C does, so
 * `'012'` is octal 10 and `'0x1A'` is 26, where 15 reads decimal only (12, and 22P02). The leading
 * zeros of a decimal are dropped before the input function sees them; a hex, octal or binary prefix
 * is refused with 15's error.
 */
const OID_CAST_STATEMENTS: readonly CatalogStatement[] = [
  {
    // Past 31 bits 15's 64-bit strtoul and PGlite's 32-bit one part (pg15-identifier-input.ts): a
    // negative of 32 bits is out of range on 15, and what is past 32 bits but fits after sign
    // extension 15 wraps to 32 bits, where PGlite refuses it. Anything else reads alike.
    text: `CREATE OR REPLACE FUNCTION pg_catalog.${PG15_HIDDEN_PREFIX}wide_oid(input text) RETURNS pg_catalog.oid
      LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
      DECLARE
        number numeric := pg_catalog.numeric_in(pg_catalog.textout(input), 0, -1);
      BEGIN
        IF number < -2147483648 AND number > -4294967296 THEN
          RAISE EXCEPTION USING ERRCODE = 'numeric_value_out_of_range',
            MESSAGE = pg_catalog.format('value "%s" is out of range for type oid', input);
        END IF;
        IF pg_catalog.abs(number) < 18446744073709551616
           AND (number >= 18446744071562067968 OR number <= -18446744069414584321) THEN
          RETURN pg_catalog.mod(pg_catalog.mod(number, 4294967296) + 4294967296, 4294967296)::pg_catalog.int8::pg_catalog.oid;
        END IF;
        RETURN pg_catalog.oidin(pg_catalog.textout(input));
      END $$`,
    params: [],
  },
  {
    text: `CREATE OR REPLACE FUNCTION pg_catalog.${PG15_HIDDEN_PREFIX}text_oid(text) RETURNS pg_catalog.oid
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
      SELECT CASE WHEN $1 OPERATOR(pg_catalog.~) '^[[:space:]]*[+-]?0[xXoObB]'
        THEN pg_catalog.${PG15_HIDDEN_PREFIX}invalid_number('oid', $1, NULL::pg_catalog.oid)
        WHEN $1 OPERATOR(pg_catalog.~) '^[[:space:]]*[+-]?[1-9][0-9]{9,}[[:space:]]*$'
        THEN pg_catalog.${PG15_HIDDEN_PREFIX}wide_oid($1)
        ELSE pg_catalog.oidin(pg_catalog.textout(pg_catalog.regexp_replace($1, '^([[:space:]]*[+-]?)0+([0-9])', '\\1\\2'))) END $$`,
    params: [],
  },
  // No cast of text to oid: oid's input function calls text_oid (pg15-type-input.ts), so text's
  // cast stays 15's I/O conversion, which a function-style `oid(t)` takes as a cast.
];

/**
 * 15 orders a WHERE's ANDed conditions by the planner's cost, and casts text to a number or a date
 * by I/O conversion, costing its output and input functions (2). The casts below are PL/pgSQL of
 * COST 2, not SQL the planner would inline: inlined, their checks and each use of the argument
 * (`(body ->> 'qty')::int` names `body ->> 'qty'` four times) would count, and a cast 15 tests
 * first would go last (or the other way round: `s ~ '^[0-9]+$' AND s::int > 5`).
 */
function numberCastStatements(): CatalogStatement[] {
  const raise: CatalogStatement = {
    text: `CREATE OR REPLACE FUNCTION pg_catalog.${PG15_HIDDEN_PREFIX}invalid_number(type text, input text, result anyelement)
      RETURNS anyelement LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
      BEGIN
        RAISE EXCEPTION USING ERRCODE = 'invalid_text_representation',
          MESSAGE = pg_catalog.format('invalid input syntax for type %s: "%s"', type, input);
      END $$`,
    params: [],
  };
  return [
    raise,
    ...NUMBER_CASTS.flatMap(([type, name, refused]): CatalogStatement[] => {
      const fn = `pg_catalog.${PG15_HIDDEN_PREFIX}text_${type}`;
      return [
        {
          text: `CREATE OR REPLACE FUNCTION ${fn}(text) RETURNS pg_catalog.${type} LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE COST 2
            AS $$ BEGIN RETURN CASE WHEN ${cheapRegex('$1', '~', `'${refused}'`)}
                                AND ('${type}' OPERATOR(pg_catalog.<>) 'numeric' OR ${cheapRegex('$1', '!~*', "'^[[:space:]]*[+-]?(nan|inf|infinity)[[:space:]]*$'")})
              THEN pg_catalog.${PG15_HIDDEN_PREFIX}invalid_number('${name}', $1, NULL::pg_catalog.${type})
              ELSE ${type === 'numeric' ? 'pg_catalog.numeric_in(pg_catalog.textout($1), 0, -1)' : `pg_catalog.${type}in(pg_catalog.textout($1))`} END; END $$`,
          params: [],
        },
        ...['text', 'varchar'].map((source) => ({
          text: `DO $seams$ BEGIN
              IF NOT EXISTS (SELECT FROM pg_catalog.pg_cast WHERE castsource = '${source}'::pg_catalog.regtype
                             AND casttarget = '${type}'::pg_catalog.regtype) THEN
                CREATE CAST (${source} AS pg_catalog.${type}) WITH FUNCTION ${fn}(text);
              END IF;
            END $seams$`,
          params: [],
        })),
      ];
    }),
  ];
}

/**
 * Text cast to a date, timestamp or interval at run time (a column's, `('+' || 'infinity')::date`)
 * as 15 reads it, as the number casts above: `+infinity` (16+) and an infinite interval (17+,
 * `'infinity'`, `'1 week infinity'`) are refused with 15's error; `epoch`, `infinity` or `-infinity` beside other fields, which 16 refuses,
 * is read as that word alone (pg15DatetimeText); an interval with `ago` before its end, which 17
 * refuses, as the same text with one `ago` at its end (pg15IntervalText). Anything else goes to
 * the input function. Stable, as the input functions are (DateStyle, TimeZone).
 */
const DATETIME_CASTS: readonly (readonly [type: string, name: string, input: string])[] = [
  ['date', 'date', 'pg_catalog.date_in(pg_catalog.textout(%s))'],
  ['timestamp', 'timestamp', 'pg_catalog.timestamp_in(pg_catalog.textout(%s), 0, -1)'],
  ['timestamptz', 'timestamp with time zone', 'pg_catalog.timestamptz_in(pg_catalog.textout(%s), 0, -1)'],
  ['interval', 'interval', 'pg_catalog.interval_in(pg_catalog.textout(%s), 0, -1)'],
];

function datetimeCastStatements(): CatalogStatement[] {
  const raise: CatalogStatement = {
    text: `CREATE OR REPLACE FUNCTION pg_catalog.${PG15_HIDDEN_PREFIX}invalid_datetime(type text, input text, result anyelement)
      RETURNS anyelement LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
      BEGIN
        RAISE EXCEPTION USING ERRCODE = 'invalid_datetime_format',
          MESSAGE = pg_catalog.format('invalid input syntax for type %s: "%s"', type, input);
      END $$`,
    params: [],
  };
  // The text as 15 reads it fails with the text as written in the message, as 15's does.
  const ago: CatalogStatement = {
    text: `CREATE OR REPLACE FUNCTION pg_catalog.${PG15_HIDDEN_PREFIX}interval_ago(input text, rewritten text)
      RETURNS pg_catalog.interval LANGUAGE plpgsql STABLE PARALLEL SAFE AS $$
      BEGIN
        RETURN pg_catalog.interval_in(pg_catalog.textout(rewritten), 0, -1);
      EXCEPTION WHEN OTHERS THEN
        RAISE EXCEPTION USING ERRCODE = SQLSTATE, MESSAGE = pg_catalog.replace(SQLERRM, rewritten, input);
      END $$`,
    params: [],
  };
  // 15 reads an interval's fields from the right and refuses an infinity word (22007) as it meets
  // it, or the first field after it: a field out of range to the word's right, read before it,
  // fails first (22015: `'-infinity 26:83'`; `'26:83 infinity'` is 22007).
  const infinity: CatalogStatement = {
    text: `CREATE OR REPLACE FUNCTION pg_catalog.${PG15_HIDDEN_PREFIX}interval_infinity(input text)
      RETURNS pg_catalog.interval LANGUAGE plpgsql STABLE PARALLEL SAFE AS $$
      DECLARE
        after_word text := pg_catalog.regexp_replace(input, '^.*infinity', '', 'i');
      BEGIN
        IF after_word OPERATOR(pg_catalog.~) '[^[:space:]]' THEN
          BEGIN
            PERFORM pg_catalog.interval_in(pg_catalog.textout(after_word), 0, -1);
          EXCEPTION WHEN OTHERS THEN
            IF SQLSTATE OPERATOR(pg_catalog.<>) '22007' THEN
              RAISE EXCEPTION USING ERRCODE = SQLSTATE, MESSAGE = pg_catalog.replace(SQLERRM, after_word, input);
            END IF;
          END;
        END IF;
        RAISE EXCEPTION USING ERRCODE = 'invalid_datetime_format',
          MESSAGE = pg_catalog.format('invalid input syntax for type interval: "%s"', input);
      END $$`,
    params: [],
  };
  const word = (pattern: string): string => `(^|[[:space:]])${pattern}([[:space:]]|$)`;
  return [
    raise,
    ago,
    infinity,
    ...DATETIME_CASTS.flatMap(([type, _name, input]): CatalogStatement[] => {
      const fn = `pg_catalog.${PG15_HIDDEN_PREFIX}text_${type}`;
      const read = (text: string): string => input.replace('%s', text);
      const arms =
        type === 'interval'
          ? // 15 reads no interval with the word anywhere (17 reads it alone, and after fields that
            // do not clash with its date and time ones: '1 week infinity').
            `WHEN pg_catalog.strpos(pg_catalog.lower($1), 'infinity') > 0 THEN pg_catalog.${PG15_HIDDEN_PREFIX}interval_infinity($1)
             WHEN $1 OPERATOR(pg_catalog.~*) '${word('ago')}'
               AND NOT ($1 OPERATOR(pg_catalog.~*) '(^|[[:space:]])ago[[:space:]]*$'
                 AND pg_catalog.regexp_replace($1, '(^|[[:space:]])ago[[:space:]]*$', '', 'i') OPERATOR(pg_catalog.!~*) '${word('ago')}')
               AND pg_catalog.regexp_replace($1, '(^|[[:space:]])ago(?=[[:space:]]|$)', ' ', 'gi') OPERATOR(pg_catalog.~) '[^[:space:]]'
             THEN pg_catalog.${PG15_HIDDEN_PREFIX}interval_ago($1, pg_catalog.btrim(pg_catalog.regexp_replace(pg_catalog.regexp_replace($1, '(^|[[:space:]])ago(?=[[:space:]]|$)', ' ', 'gi'), '[[:space:]]+', ' ', 'g')) OPERATOR(pg_catalog.||) ' ago')`
          : // +infinity, a special word beside other fields, a zone abbreviation: all have letters.
            `WHEN ${cheapRegex('$1', '~', `'${DATETIME_WORD}'`)} THEN ${datetimeWordsFunction(type)}($1, -1)`;
      return [
        {
          // PL/pgSQL of COST 2, as the number casts above.
          text: `CREATE OR REPLACE FUNCTION ${fn}(text) RETURNS pg_catalog.${type} LANGUAGE plpgsql STABLE PARALLEL SAFE COST 2
            AS $$ BEGIN RETURN CASE ${arms} ELSE ${read('$1')} END; END $$`,
          params: [],
        },
        // interval's input function reads as this does (pg15-type-input.ts): its text cast stays
        // 15's I/O conversion, which a function-style `interval(t)` takes as a cast.
        ...(type === 'interval' ? [] : ['text', 'varchar']).map((source) => ({
          text: `DO $seams$ BEGIN
              IF NOT EXISTS (SELECT FROM pg_catalog.pg_cast WHERE castsource = '${source}'::pg_catalog.regtype
                             AND casttarget = '${type}'::pg_catalog.regtype) THEN
                CREATE CAST (${source} AS pg_catalog.${type}) WITH FUNCTION ${fn}(text);
              END IF;
            END $seams$`,
          params: [],
        })),
      ];
    }),
  ];
}

/**
 * A jsonb null cast to a number or a boolean (`(body -> 'qty')::int` where the key holds null) as
 * 15 casts it: 15 raises 22023 "cannot cast jsonb null to type integer", 17 gives SQL NULL. The
 * cast is re-pointed (by its catalog row) at a SQL function that raises 15's error for a jsonb
 * null and hands anything else to the built-in cast function. The raising function is volatile:
 * the planner would otherwise run it on its constant arguments while folding the CASE, and raise
 * for every constant jsonb. The cast's function is also called by its name (`int4(j)`,
 * `pg_catalog.bool(body -> 'on')`), which no cast row reaches: the built-in is renamed with the
 * hidden prefix (as pg15-libm.ts renames its built-ins; the pg_proc view shows it under its own
 * name) and a SQL function of its name calls the same check.
 */
const JSONB_NULL_CASTS: readonly (readonly [type: string, name: string])[] = [
  ['int2', 'smallint'],
  ['int4', 'integer'],
  ['int8', 'bigint'],
  ['numeric', 'numeric'],
  ['float4', 'real'],
  ['float8', 'double precision'],
  ['bool', 'boolean'],
];

/** The built-in cast functions from jsonb the stand-ins replace. */
function jsonbCastSignatures(): string[] {
  return ['int2', 'int4', 'int8', 'numeric', 'float4', 'float8', 'bool'].map((type) => `${type}(jsonb)`);
}

function jsonbNullCastStatements(): CatalogStatement[] {
  const raise: CatalogStatement = {
    text: `CREATE OR REPLACE FUNCTION pg_catalog.${PG15_HIDDEN_PREFIX}jsonb_null_cast(type text, result anyelement)
      RETURNS anyelement LANGUAGE plpgsql VOLATILE PARALLEL SAFE AS $$
      BEGIN
        RAISE EXCEPTION USING ERRCODE = 'invalid_parameter_value',
          MESSAGE = pg_catalog.format('cannot cast jsonb null to type %s', type);
      END $$`,
    params: [],
  };
  const builtins = jsonbCastSignatures();
  return [
    raise,
    {
      // Internal ones only: run twice, a no-op.
      text: `UPDATE pg_catalog.pg_proc SET proname = $1 OPERATOR(pg_catalog.||) proname
        WHERE oid IN (SELECT pg_catalog.to_regprocedure(s) FROM pg_catalog.jsonb_array_elements_text($2::jsonb) AS s)
          AND prolang = (SELECT oid FROM pg_catalog.pg_language WHERE lanname = 'internal')`,
      params: [PG15_HIDDEN_PREFIX, JSON.stringify(builtins)],
    },
    ...JSONB_NULL_CASTS.flatMap(([type, name]): CatalogStatement[] => {
      const fn = `pg_catalog.${PG15_HIDDEN_PREFIX}jsonb_${type}`;
      return [
        {
          // COST 1 as the built-in cast function's (STRICT over a CASE, it is not inlined): 15 orders
          // a WHERE's conditions by cost.
          text: `CREATE OR REPLACE FUNCTION ${fn}(jsonb) RETURNS pg_catalog.${type} LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE COST 1
            AS $$ SELECT CASE WHEN pg_catalog.${PG15_HIDDEN_PREFIX}cheap_texteq(pg_catalog.${PG15_HIDDEN_PREFIX}cheap_jsonb_typeof($1), 'null')
              THEN pg_catalog.${PG15_HIDDEN_PREFIX}jsonb_null_cast('${name}', NULL::pg_catalog.${type})
              ELSE pg_catalog.${PG15_HIDDEN_PREFIX}${type}($1) END $$`,
          params: [],
        },
        {
          text: `CREATE OR REPLACE FUNCTION pg_catalog.${type}(jsonb) RETURNS pg_catalog.${type}
            LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE COST 1 AS $$ SELECT ${fn}($1) $$`,
          params: [],
        },
        {
          // The stand-in of 15's name, which a catalog reader sees as the cast's function.
          text: `UPDATE pg_catalog.pg_cast SET castfunc = 'pg_catalog.${type}(jsonb)'::pg_catalog.regprocedure
            WHERE castsource = 'jsonb'::pg_catalog.regtype AND casttarget = '${type}'::pg_catalog.regtype`,
          params: [],
        },
      ];
    }),
  ];
}

export interface CatalogStatement {
  readonly text: string;
  readonly params: readonly string[];
}

const procedures = (param: string): string =>
  `SELECT to_regprocedure(s) FROM jsonb_array_elements_text(${param}::jsonb) AS s`;
const RELATIONS = 'SELECT to_regclass(s) FROM jsonb_array_elements_text($2::jsonb) AS s';

/**
 * PGlite instances whose cluster already holds the statements' work (loaded from, or saved as, a
 * prepared cluster: initdb-cache.ts): the engine does not run them again.
 */
export const PG15_PREPARED = new WeakSet<object>();

let version: string | undefined;

/** A digest of the statements: a prepared cluster is only loaded by the code that made it. */
export function pg15CatalogVersion(): string {
  version ??= createHash('sha256').update(JSON.stringify(pg15CatalogStatements())).digest('hex').slice(0, 12);
  return version;
}

/** The statements that hide the newer objects; each is a no-op once run (the names no longer resolve). */
export function pg15CatalogStatements(): CatalogStatement[] {
  const list = (items: readonly string[]): string => JSON.stringify(items);
  return [
    // Casts first: they are found through the functions' signatures, which the renaming changes.
    {
      text: `DELETE FROM pg_catalog.pg_cast WHERE castfunc IN (${procedures('$1')})`,
      params: [list(NEWER_CAST_FUNCTIONS)],
    },
    {
      text: `UPDATE pg_catalog.pg_proc SET proname = $1 || proname WHERE oid IN (${procedures('$2')})`,
      params: [PG15_HIDDEN_PREFIX, list(NEWER_FUNCTIONS)],
    },
    {
      text: `UPDATE pg_catalog.pg_type SET typname = $1 || typname
        WHERE typrelid IN (${RELATIONS})
           OR typelem IN (SELECT reltype FROM pg_catalog.pg_class WHERE oid IN (${RELATIONS}))`,
      params: [PG15_HIDDEN_PREFIX, list(NEWER_RELATIONS)],
    },
    {
      text: `UPDATE pg_catalog.pg_proc SET proargnames = NULL WHERE proargmodes IS NULL AND oid IN (${procedures('$1')})`,
      params: [list(NAMED_SINCE_16)],
    },
    // 16 made date_trunc with a time zone IMMUTABLE; 15's is STABLE, so an index or a generated
    // column over it fails (42P17 "functions in index expression must be marked IMMUTABLE").
    {
      text: `UPDATE pg_catalog.pg_proc SET provolatile = 's' WHERE oid IN (${procedures('$1')})`,
      params: [list(['date_trunc(text,timestamp with time zone,text)'])],
    },
    // 17 gave pg_stat_reset_shared and pg_stat_reset_slru a default argument (NULL: all); 15's
    // take one, and pg_stat_reset_shared is strict (a NULL does nothing).
    {
      text: `UPDATE pg_catalog.pg_proc SET pronargdefaults = 0, proargdefaults = NULL,
          proisstrict = (proname = 'pg_stat_reset_shared')
        WHERE oid IN (${procedures('$1')})`,
      params: [list(['pg_stat_reset_shared(text)', 'pg_stat_reset_slru(text)'])],
    },
    {
      text: `UPDATE pg_catalog.pg_class SET relname = $1 || relname WHERE oid IN (${RELATIONS})`,
      params: [PG15_HIDDEN_PREFIX, list(NEWER_RELATIONS)],
    },
    {
      text: `UPDATE pg_catalog.pg_collation SET collname = $1 || collname
        WHERE collnamespace = 'pg_catalog'::regnamespace AND collname IN (SELECT jsonb_array_elements_text($2::jsonb))`,
      params: [PG15_HIDDEN_PREFIX, list([...NEWER_COLLATIONS, ...UNINSTALLED_LOCALE_COLLATIONS])],
    },
    // 17 added Snowball's Estonian stemmer: a text search configuration and dictionary 15 lacks.
    {
      text: `UPDATE pg_catalog.pg_ts_config SET cfgname = $1 || cfgname
        WHERE cfgnamespace = 'pg_catalog'::regnamespace AND cfgname IN (SELECT jsonb_array_elements_text($2::jsonb))`,
      params: [PG15_HIDDEN_PREFIX, list(NEWER_TEXT_SEARCH_CONFIGS)],
    },
    {
      text: `UPDATE pg_catalog.pg_ts_dict SET dictname = $1 || dictname
        WHERE dictnamespace = 'pg_catalog'::regnamespace AND dictname IN (SELECT jsonb_array_elements_text($2::jsonb))`,
      params: [PG15_HIDDEN_PREFIX, list(NEWER_TEXT_SEARCH_DICTIONARIES)],
    },
    // 17 made ucs_basic a collation of its builtin provider; 15's is libc's, over the C locale (the
    // same order and case mapping: code points, ASCII letters only).
    {
      text: `UPDATE pg_catalog.pg_collation
        SET collprovider = 'c', collcollate = 'C', collctype = 'C', colllocale = NULL, collversion = NULL
        WHERE collnamespace = 'pg_catalog'::regnamespace AND collname = $1 AND collprovider = 'b'`,
      params: ['ucs_basic'],
    },
    {
      text: `UPDATE pg_catalog.pg_authid SET rolname = $1 || rolname
        WHERE rolname IN (SELECT jsonb_array_elements_text($2::jsonb))`,
      params: [PG15_HIDDEN_PREFIX, list(NEWER_ROLES)],
    },
    ...versionStatements(),
    // Before the wrappers whose checks call them (see pg15-ctype.ts's CHEAP).
    ...cheapStatements(),
    ...PG15_BEHAVIOUR_STATEMENTS,
    ...REMOVED_FUNCTION_STATEMENTS,
    KEYWORDS_STATEMENT,
    ...registryLookupStatements(),
    ...NUMERIC_POWER_STATEMENTS,
    SIZE_BYTES_STATEMENT,
    ...TIMESTAMP_MINUS_STATEMENTS,
    ...INFORMATION_SCHEMA_VIEWS,
    pg15ViewsStatement(),
    catalogAttributesStatement(),
    ...numberCastStatements(),
    ...datetimeWordStatements(),
    ...datetimeCastStatements(),
    ...OID_CAST_STATEMENTS,
    ...functionCastStatements(),
    ...arrayCastStatements(),
    ...typeInputStatements(),
    ...jsonbNullCastStatements(),
    NOT_NULL_ASIDE_STATEMENT,
    FK_CLONE_NAMES_STATEMENT,
    PARTITION_IDENTITY_STATEMENT,
    MERGE_TARGET_STATEMENT,
    MAINTENANCE_SEARCH_PATH_STATEMENT,
    IDENTITY_COLUMN_STATEMENT,
    INHERITED_NOT_NULL_STATEMENT,
    NOT_VALID_FK_STATEMENT,
    SQL_BODY_DDL_STATEMENT,
    ...ROLE_ADMIN_STATEMENTS,
    ...EVENT_TRIGGER_STATEMENTS,
    ...NOT_NULL_NAME_STATEMENTS,
    BY_ABBREVIATIONS_STATEMENT,
    ...ZONE_ARGUMENT_STATEMENTS,
    LITERAL_GUARD_STATEMENT,
    MAKE_INTERVAL_STATEMENT,
    ...pg15CtypeStatements(),
    ...pg15ServerFunctionStatements(),
    ...PATTERN_COLLATION_STATEMENTS,
    ...POSITION_DEPARSE_STATEMENTS,
    ...informationSchemaSystemStatements(),
    ICU_WRITTEN_STATEMENT,
    ...AGGREGATE_CATALOG_STATEMENTS,
    NEWER_BUILTIN_STATEMENT,
    ...pg15LibmStatements(),
    // Last: every stand-in for a built-in exists by now.
    DESCRIPTIONS_STATEMENT,
    STAND_IN_PRIVILEGES_STATEMENT,
    WRAPPER_COST_STATEMENT,
    ZERO_COST_STATEMENT,
  ];
}
