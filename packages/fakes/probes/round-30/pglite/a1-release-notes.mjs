// Round 30: items from the PostgreSQL 16-18 release notes that earlier rounds' probes did not name.
const c = (name, setup, ...steps) => ({ name, ...(setup ? { setup } : {}), steps });
const s = (name, ...steps) => c(name, undefined, ...steps);
const p = (name, sql, ...params) => s(name, { sql, params });
const cases = [];
// age() of one timestamp: strict on 15
for (const t of ['timestamp', 'timestamptz']) {
  cases.push(s(`age null ${t}`, `SELECT age(NULL::${t}) AS v, age(NULL::${t}) IS NULL AS n`));
  cases.push(p(`age null param ${t}`, `SELECT age($1::${t}) IS NULL AS v`, null));
  cases.push(
    c(
      `age null column ${t}`,
      `CREATE TABLE a (t ${t}); INSERT INTO a VALUES (NULL)`,
      'SELECT age(t) IS NULL AS v, count(*) FROM a GROUP BY 1',
    ),
  );
  cases.push(s(`age infinity ${t}`, `SELECT age('infinity'::${t}) AS v`));
  cases.push(s(`age -infinity ${t}`, `SELECT age('-infinity'::${t}) AS v`));
  cases.push(s(`age two infinity ${t}`, `SELECT age('infinity'::${t}, '2020-01-01'::${t}) AS v`));
  cases.push(s(`age two -infinity ${t}`, `SELECT age('2020-01-01'::${t}, '-infinity'::${t}) AS v`));
}
// 18: session time zone abbreviations before timezone_abbreviations
for (const [zone, abbr] of [
  ['Asia/Kolkata', 'IST'],
  ['Europe/Dublin', 'IST'],
  ['America/Sao_Paulo', 'BRT'],
  ['Asia/Manila', 'PST'],
  ['Australia/Sydney', 'AEDT'],
  ['America/Havana', 'CST'],
  ['Asia/Shanghai', 'CST'],
  ['Europe/Lisbon', 'WEST'],
  ['Asia/Karachi', 'PKT'],
  ['Africa/Lagos', 'WAT'],
  ['Pacific/Auckland', 'NZST'],
  ['Asia/Jerusalem', 'IDT'],
  ['America/Anchorage', 'AKST'],
]) {
  cases.push(
    c(
      `session abbrev ${zone} ${abbr}`,
      `SET TimeZone = '${zone}'`,
      `SELECT '2024-01-15 12:00 ${abbr}'::timestamptz::text AS v`,
      `SELECT '2024-07-15 12:00 ${abbr}'::timestamptz::text AS v`,
    ),
  );
  cases.push(
    c(
      `session abbrev to_timestamp ${zone} ${abbr}`,
      `SET TimeZone = '${zone}'`,
      `SELECT to_timestamp('2024-01-15 12:00 ${abbr}', 'YYYY-MM-DD HH24:MI TZ')::text AS v`,
    ),
  );
  cases.push(
    c(
      `session abbrev at time zone ${zone} ${abbr}`,
      `SET TimeZone = '${zone}'`,
      `SELECT '2024-01-15 12:00+00'::timestamptz AT TIME ZONE '${abbr}' AS v`,
    ),
  );
  cases.push(
    c(
      `session abbrev timetz ${zone} ${abbr}`,
      `SET TimeZone = '${zone}'`,
      `SELECT '12:00 ${abbr}'::timetz AS v`,
    ),
  );
  cases.push(
    c(`session abbrev param ${zone} ${abbr}`, `SET TimeZone = '${zone}'`, {
      sql: 'SELECT $1::timestamptz::text AS v',
      params: [`2024-01-15 12:00 ${abbr}`],
    }),
  );
  cases.push(
    c(
      `session abbrev to_char ${zone}`,
      `SET TimeZone = '${zone}'`,
      `SELECT to_char('2024-01-15 12:00+00'::timestamptz, 'TZ tz OF') AS v, to_char('2024-07-15 12:00+00'::timestamptz, 'TZ') AS w`,
    ),
  );
  cases.push(
    c(
      `session abbrev pg_timezone_abbrevs ${zone} ${abbr}`,
      `SET TimeZone = '${zone}'`,
      `SELECT abbrev, utc_offset, is_dst FROM pg_timezone_abbrevs WHERE abbrev = '${abbr}'`,
    ),
  );
}
// 18: Roman numerals in to_number
for (const [v, f] of [
  ['XIV', 'RN'],
  ['xiv', 'rn'],
  ['MMXXIV', 'RN'],
  [' XIV', 'FMRN'],
  ['IV', 'RN'],
  ['12', '99'],
  ['12.5', '99.9'],
  ['1,234', '9,999'],
  ['-12', 'S99'],
  ['12-', '99MI'],
  ['<12>', '99PR'],
  ['$12', 'L99'],
  ['12th', '99th'],
  ['1e3', '9EEEE'],
  ['1.2e3', '9.9EEEE'],
  ['abc', '999'],
  ['', '99'],
  ['1 2', '9 9'],
  ['12', 'V99'],
  ['1.5', '9V9'],
]) {
  cases.push(s(`to_number ${v} ${f}`, `SELECT to_number('${v}', '${f}') AS v`));
}
// 18: named arguments of the regexp functions
const named = [
  "regexp_replace(string => 'abc', pattern => 'b', replacement => 'x')",
  "regexp_replace('abc', pattern => 'b', replacement => 'x')",
  "regexp_count(string => 'abcb', pattern => 'b')",
  "regexp_instr(string => 'abcb', pattern => 'b')",
  "regexp_like(string => 'abc', pattern => 'b')",
  "regexp_substr(string => 'abc', pattern => 'b')",
  "regexp_match(string => 'abc', pattern => 'b')",
  "regexp_matches(string => 'abc', pattern => 'b')",
  "regexp_split_to_array(string => 'a,b', pattern => ',')",
  "regexp_split_to_table(string => 'a,b', pattern => ',')",
  "regexp_replace('abcb', 'b', 'x', start => 1)",
  "regexp_replace('abcb', 'b', 'x', 1, N => 2)",
  "regexp_replace('abcb', 'b', 'x', 1, 2, flags => 'i')",
  "regexp_count('abcb', 'b', start => 2)",
  "regexp_instr('abcb', 'b', start => 1, N => 2)",
  "regexp_substr('abcb', 'b', 1, 2, 'i', subexpr => 0)",
  "regexp_replace('abcb', 'b', 'x', 2)",
  "regexp_replace('abcb', 'b', 'x', 1, 2)",
  "regexp_replace('abcb', 'b', 'x', 1, 0, 'g')",
  "regexp_replace('abcb', 'B', 'x', 'gi')",
  "regexp_replace('abcb', 'b', 'x', 1, 2, 'i')",
];
for (const e of named) cases.push(s(`named ${e}`, `SELECT ${e} AS v`));
cases.push(
  s(
    'pg_get_function_arguments regexp',
    "SELECT pg_get_function_arguments(oid) AS a, proargnames FROM pg_proc WHERE proname LIKE 'regexp%' ORDER BY proname, pronargs, oid::regprocedure::text",
  ),
);
cases.push(
  s(
    'proargnames of 16-18 named builtins',
    "SELECT proname, proargnames FROM pg_proc WHERE proargnames IS NOT NULL AND pronamespace = 'pg_catalog'::regnamespace AND proname IN ('regexp_replace','jsonb_strip_nulls','json_strip_nulls','date_add','date_subtract','make_interval','random','jsonb_set','jsonb_insert','array_fill','generate_series','jsonb_path_query','substring','overlay','position','normalize','encode','decode','to_char','trim_scale','jsonb_build_object','json_populate_record','pg_get_viewdef','pg_get_indexdef','format_type','has_table_privilege','pg_sleep_for','pg_size_pretty','string_to_array','array_position','width_bucket','round','trunc','log','ln','gcd','lcm') ORDER BY 1, 2::text",
  ),
);
// 18: strip_in_arrays argument
cases.push(s('jsonb_strip_nulls two args', `SELECT jsonb_strip_nulls('[1,null,{"a":null}]', true) AS v`));
cases.push(s('json_strip_nulls two args', `SELECT json_strip_nulls('[1,null,{"a":null}]', true) AS v`));
cases.push(s('jsonb_strip_nulls named', `SELECT jsonb_strip_nulls(target => '[1,null]') AS v`));
// 16: bound cursor variables' portal names
cases.push(
  c(
    'bound cursor portal name',
    `CREATE TABLE cur (a int); INSERT INTO cur VALUES (1), (2);
CREATE FUNCTION curname() RETURNS text LANGUAGE plpgsql AS $$ DECLARE c CURSOR FOR SELECT a FROM cur; BEGIN OPEN c; RETURN c::text; END $$`,
    'BEGIN',
    'SELECT curname() AS v',
    'SELECT name, statement, is_holdable, is_binary, is_scrollable FROM pg_cursors ORDER BY name',
    'COMMIT',
  ),
);
cases.push(
  c(
    'bound cursor fetch by variable name',
    `CREATE TABLE cur (a int); INSERT INTO cur VALUES (1), (2);
CREATE FUNCTION curopen() RETURNS void LANGUAGE plpgsql AS $$ DECLARE c CURSOR FOR SELECT a FROM cur ORDER BY a; BEGIN OPEN c; END $$`,
    'BEGIN',
    'SELECT curopen()',
    'FETCH ALL FROM c',
    'COMMIT',
  ),
);
cases.push(
  c(
    'bound cursor with args portal name',
    `CREATE TABLE cur (a int); INSERT INTO cur VALUES (1), (2);
CREATE FUNCTION curname2(k int) RETURNS refcursor LANGUAGE plpgsql AS $$ DECLARE mycur CURSOR (x int) FOR SELECT a FROM cur WHERE a >= x ORDER BY a; BEGIN OPEN mycur(k); RETURN mycur; END $$`,
    'BEGIN',
    'SELECT curname2(1)::text AS v',
    'FETCH ALL FROM mycur',
    'COMMIT',
  ),
);
cases.push(
  c(
    'bound cursor in DO',
    `CREATE TABLE cur (a int); INSERT INTO cur VALUES (1), (2)`,
    'BEGIN',
    `DO $$ DECLARE c2 CURSOR FOR SELECT a FROM cur ORDER BY a; BEGIN OPEN c2; END $$`,
    'FETCH ALL FROM c2',
    'COMMIT',
  ),
);
cases.push(
  c(
    'bound cursor opened twice in one transaction',
    `CREATE TABLE cur (a int); INSERT INTO cur VALUES (1), (2);
CREATE FUNCTION curopen() RETURNS text LANGUAGE plpgsql AS $$ DECLARE c CURSOR FOR SELECT a FROM cur ORDER BY a; BEGIN OPEN c; RETURN c; END $$`,
    'BEGIN',
    'SELECT curopen() AS v',
    'SELECT curopen() AS v',
    'ROLLBACK',
  ),
);
cases.push(
  c(
    'bound cursor unnamed portal',
    `CREATE TABLE cur (a int); INSERT INTO cur VALUES (1);
CREATE FUNCTION curcount() RETURNS bigint LANGUAGE plpgsql AS $$ DECLARE c CURSOR FOR SELECT a FROM cur; BEGIN OPEN c; RETURN (SELECT count(*) FROM pg_cursors WHERE name = 'c'); END $$`,
    'BEGIN',
    'SELECT curcount() AS v',
    'COMMIT',
  ),
);
// 18: MIN/MAX on composites, records
cases.push(s('max of rows', 'SELECT max(ROW(a, b)) AS v FROM (VALUES (1, 2), (1, 3)) t(a, b)'));
cases.push(
  c(
    'max of composite',
    'CREATE TYPE pair AS (a int, b int)',
    'SELECT max(ROW(a, b)::pair) AS v, min(ROW(a, b)::pair) AS w FROM (VALUES (1, 2), (1, 3)) t(a, b)',
  ),
);
cases.push(
  s('max of arrays', 'SELECT max(a) AS v, min(a) AS w FROM (VALUES (ARRAY[1,2]), (ARRAY[1,3])) t(a)'),
);
cases.push(s('max of text arrays', "SELECT max(a) AS v FROM (VALUES (ARRAY['a']), (ARRAY['b'])) t(a)"));
cases.push(s('min of record literal', "SELECT min(x) FROM (SELECT ROW(1, 'a') AS x) s"));
cases.push(s('max over window of arrays', 'SELECT max(a) OVER () AS v FROM (VALUES (ARRAY[1])) t(a)'));
// 18: casefold, pg_unicode_fast, unicode functions
for (const e of [
  "casefold('ABC')",
  "'a' COLLATE pg_unicode_fast < 'B'",
  'unicode_version()',
  'icu_unicode_version()',
  "unicode_assigned('abc')",
  "normalize('abc', NFC)",
  "'abc' IS NFC NORMALIZED",
  "lower('ẞ')",
  "upper('ß')",
  "initcap('ǆemal')",
  "upper('ǆ')",
  "lower('İ')",
  "'İ' ILIKE 'i̇'",
  "length(lower('İ'))",
  "upper('ŉ')",
  "to_tsvector('simple', 'Straße ÉCOLE')",
  "to_tsvector('english', 'Östliche Ämter')",
  "ts_debug('simple', 'Ünïcödé')::text",
])
  cases.push(s(`unicode ${e}`, `SELECT ${e} AS v`));
// 17: to_regtypemod, pg_basetype, xmltext, 18 pg_get_loaded_modules etc
for (const e of [
  "to_regtypemod('varchar(10)')",
  "pg_basetype('int4'::regtype)",
  "xmltext('< >')",
  'pg_get_loaded_modules()',
  "pg_column_compression('abc'::text)",
  'pg_stat_get_backend_idset()',
  'pg_get_wal_resource_managers()',
  "pg_input_error_info('x', 'int')",
  'pg_sync_replication_slots()',
  'array_sort(ARRAY[2,1], true)',
  'json_scalar(1)',
  "jsonb_path_query_first('[1]', '$[0].integer()')",
  "jsonb_path_query('\"1.5\"', '$.decimal(3,1)')",
  "jsonb_path_query('\"2024-01-01\"', '$.date()')",
  "jsonb_path_query('1', '$.boolean()')",
  "jsonb_path_query('\"12:00\"', '$.time()')",
  "jsonb_path_query('\"1\"', '$.bigint()')",
  "jsonb_path_query('1.5', '$.number()')",
  "jsonb_path_query('\"2024-01-01 12:00\"', '$.timestamp()')",
  "jsonb_path_query('\"2024-01-01 12:00+01\"', '$.timestamp_tz()')",
  "jsonb_path_query('\"12:00+01\"', '$.time_tz()')",
  "jsonb_path_query('\"2024-01-01\"', '$.datetime()')",
  'jsonb_path_query(\'"2024-01-01"\', \'$.datetime("YYYY-MM-DD")\')',
  'jsonb_path_query(\'"ab"\', \'$ like_regex "A" flag "i"\')',
  "jsonb_path_query('[1,2]', 'strict $[*] ? (@ > 1)')",
  "jsonb_path_query('{\"a\":1}', '$.keyvalue()')",
  "jsonb_path_query('1', '$.type()')",
  "jsonb_path_query('[]', '$.size()')",
  "jsonb_path_query('-1.5', '$.abs().floor()')",
  "jsonb_path_query('1.5', '$.ceiling()')",
  "jsonb_path_query('1', '$.double()')",
  "jsonb_path_query('\"1e1\"', '$.double()')",
  "jsonb_path_query('\"nan\"', '$.double()')",
  "jsonb_path_query('\"inf\"', '$.double()')",
])
  cases.push(s(`newer fn ${e}`, `SELECT ${e} AS v`));
export default cases;
