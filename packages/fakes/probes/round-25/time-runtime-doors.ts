// Round 25 probe (helper b), date/time part 2: the doors text reaches by the date/time input functions at run
// time (PostgreSQL 15 manual 8.5.1 input, 8.5.1.4 special values, 8.5.3 time zones), reaching them
// through every door repository code opens: casts of text columns, arrays, ranges, composites,
// json(b)_populate_record(set), json(b)_to_record(set), PL/pgSQL assignments, EXECUTE, prepared
// statements, domains, ALTER COLUMN ... USING, and zone abbreviations under session zones.
import { ProbeCases, withParams } from '../probe-kit.js';

const list = new ProbeCases('r25 time runtime doors: ');
const tz = (zone: string) => `SET TimeZone = '${zone}'`;

const TYPES = ['date', 'timestamp', 'timestamptz'] as const;

// The remaining doors, over a smaller set of words.
const FEW: readonly string[] = [
  '+infinity',
  'epoch 01:01:01',
  '2024-07-01 12:00 PMT',
  '2024-07-01 12:00 LMT',
  'infinity',
];
for (const word of FEW) {
  const q = word.replaceAll("'", "''");
  const jsonText = JSON.stringify(word);
  for (const type of TYPES) {
    const label = `${type} <- "${word}"`;
    const range = type === 'date' ? 'daterange' : type === 'timestamp' ? 'tsrange' : 'tstzrange';
    list.add(`${label}: range literal`, [tz('Europe/Paris'), `SELECT '["${q}",)'::${range}::text AS v`]);
    list.add(`${label}: range from column`, [
      tz('Europe/Paris'),
      `SELECT ('[' || t || ',)')::${range}::text AS v FROM (VALUES ('${q}')) x(t)`,
    ]);
    list.add(`${label}: range constructor from column`, [
      tz('Europe/Paris'),
      `SELECT ${range}(t::${type}, NULL)::text AS v FROM (VALUES ('${q}')) x(t)`,
    ]);
    list.add(`${label}: array from column`, [
      tz('Europe/Paris'),
      `SELECT ('{' || t || '}')::${type}[]::text AS v FROM (VALUES ('${q}')) x(t)`,
    ]);
    list.add(`${label}: string_to_array`, [
      tz('Europe/Paris'),
      `SELECT string_to_array(t, ';')::${type}[]::text AS v FROM (VALUES ('${q};2024-01-01')) x(t)`,
    ]);
    list.add(`${label}: unnest`, [
      tz('Europe/Paris'),
      `SELECT u::${type}::text AS v FROM unnest(ARRAY['${q}']) u`,
    ]);
    list.add(
      `${label}: json_populate_record`,
      [tz('Europe/Paris'), `SELECT (json_populate_record(NULL::c, '{"d": ${jsonText}}')).d::text AS v`],
      `CREATE TYPE c AS (d ${type})`,
    );
    list.add(
      `${label}: jsonb_populate_recordset`,
      [
        tz('Europe/Paris'),
        `SELECT d::text AS v FROM jsonb_populate_recordset(NULL::c, '[{"d": ${jsonText}}]')`,
      ],
      `CREATE TYPE c AS (d ${type})`,
    );
    list.add(`${label}: jsonb ->> cast`, [
      tz('Europe/Paris'),
      `SELECT (j ->> 'd')::${type}::text AS v FROM (VALUES ('{"d": ${jsonText}}'::jsonb)) x(j)`,
    ]);
    list.add(
      `${label}: plpgsql assignment`,
      [tz('Europe/Paris'), `SELECT f()::text AS v`],
      `CREATE FUNCTION f() RETURNS ${type} LANGUAGE plpgsql AS $$ DECLARE d ${type}; BEGIN d := '${q}'; RETURN d; END $$`,
    );
    list.add(
      `${label}: plpgsql text variable`,
      [tz('Europe/Paris'), `SELECT f()::text AS v`],
      `CREATE FUNCTION f() RETURNS ${type} LANGUAGE plpgsql AS $$ DECLARE s text := '${q}'; BEGIN RETURN s::${type}; END $$`,
    );
    list.add(
      `${label}: EXECUTE format %L`,
      [tz('Europe/Paris'), `SELECT f()::text AS v`],
      `CREATE FUNCTION f() RETURNS ${type} LANGUAGE plpgsql AS $$ DECLARE r ${type}; BEGIN EXECUTE format('SELECT %L::${type}', '${q}') INTO r; RETURN r; END $$`,
    );
    list.add(`${label}: prepared statement`, [
      tz('Europe/Paris'),
      `PREPARE p(${type}) AS SELECT $1::text AS v`,
      `EXECUTE p('${q}')`,
    ]);
    list.add(
      `${label}: domain cast`,
      [tz('Europe/Paris'), `SELECT '${q}'::d::text AS v`],
      `CREATE DOMAIN d AS ${type}`,
    );
    list.add(
      `${label}: domain from column`,
      [tz('Europe/Paris'), `SELECT t::d::text AS v FROM (VALUES ('${q}')) x(t)`],
      `CREATE DOMAIN d AS ${type}`,
    );
    list.add(`${label}: column default`, [
      tz('Europe/Paris'),
      `CREATE TABLE t (id int, d ${type} DEFAULT '${q}')`,
      'INSERT INTO t (id) VALUES (1)',
      'SELECT d::text AS v FROM t',
    ]);
    list.add(
      `${label}: ALTER COLUMN USING`,
      [
        tz('Europe/Paris'),
        `ALTER TABLE t ALTER COLUMN d TYPE ${type} USING d::${type}`,
        'SELECT d::text AS v FROM t',
      ],
      `CREATE TABLE t (d text); INSERT INTO t VALUES ('${q}')`,
    );
    list.add(
      `${label}: INSERT SELECT from text`,
      [
        tz('Europe/Paris'),
        `INSERT INTO t SELECT s::${type} FROM (VALUES ('${q}')) x(s)`,
        'SELECT d::text AS v FROM t',
      ],
      `CREATE TABLE t (d ${type})`,
    );
    list.add(
      `${label}: compared with untyped literal`,
      [tz('Europe/Paris'), `SELECT count(*) AS v FROM t WHERE d < '${q}'`],
      `CREATE TABLE t (d ${type}); INSERT INTO t VALUES ('2000-01-01')`,
    );
    list.add(
      `${label}: CASE branch`,
      [tz('Europe/Paris'), `SELECT (CASE WHEN d IS NULL THEN '${q}' ELSE d END)::text AS v FROM t`],
      `CREATE TABLE t (d ${type}); INSERT INTO t VALUES (NULL)`,
    );
    list.add(
      `${label}: COALESCE`,
      [tz('Europe/Paris'), `SELECT COALESCE(d, '${q}')::text AS v FROM t`],
      `CREATE TABLE t (d ${type}); INSERT INTO t VALUES (NULL)`,
    );
    list.add(
      `${label}: IN list`,
      [tz('Europe/Paris'), `SELECT count(*) AS v FROM t WHERE d IN ('2000-01-01', '${q}')`],
      `CREATE TABLE t (d ${type}); INSERT INTO t VALUES ('2000-01-01')`,
    );
    list.add(`${label}: parameter`, [tz('Europe/Paris'), withParams(`SELECT $1::${type}::text AS v`, word)]);
    list.add(
      `${label}: parameter into column`,
      [tz('Europe/Paris'), withParams('INSERT INTO t VALUES ($1) RETURNING d::text AS v', word)],
      `CREATE TABLE t (d ${type})`,
    );
    list.add(
      `${label}: row constructor text cast`,
      [tz('Europe/Paris'), `SELECT (ROW(t)::text)::c AS v FROM (VALUES ('${q}')) x(t)`],
      `CREATE TYPE c AS (d ${type})`,
    );
  }
}

// Zone abbreviations the session zone's own data uses, at run time under those zones.
const ZONED: readonly (readonly [string, string])[] = [
  ['Europe/Paris', '1900-01-01 00:00 PMT'],
  ['America/Paramaribo', '1920-01-01 00:00 PMT'],
  ['Europe/London', '1944-06-01 00:00 BST'],
  ['Europe/London', '1944-06-01 00:00 BDST'],
  ['Europe/London', '2024-07-01 00:00 BST'],
  ['Africa/Juba', '2024-07-01 00:00 CAST'],
  ['Asia/Jakarta', '2024-07-01 00:00 WIB'],
  ['Asia/Jayapura', '2024-07-01 00:00 WIT'],
  ['Europe/Dublin', '1900-01-01 00:00 DMT'],
  ['Europe/Dublin', '2024-01-01 00:00 GMT'],
  ['America/Denver', '2024-07-01 00:00 MDT'],
  ['America/Denver', '1900-01-01 00:00 LMT'],
  ['Asia/Tokyo', '2024-07-01 00:00 JST'],
  ['Europe/Moscow', '1919-07-01 00:00 MDST'],
  ['Pacific/Auckland', '1900-01-01 00:00 NZMT'],
  ['America/Sao_Paulo', '2024-07-01 00:00 -03'],
  ['Asia/Kolkata', '2024-07-01 00:00 IST'],
  ['Europe/Dublin', '2024-07-01 00:00 IST'],
  ['Asia/Manila', '2024-07-01 00:00 PST'],
  ['America/Los_Angeles', '2024-07-01 00:00 PST'],
];
for (const [zone, text] of ZONED) {
  const abbrev = text.split(' ').at(-1) ?? '';
  const label = `${abbrev} (${text.slice(0, 4)}) under ${zone}`;
  list.add(`${label}: column to timestamptz`, [
    tz(zone),
    `SELECT t::timestamptz::text AS v FROM (VALUES ('${text}')) x(t)`,
  ]);
  list.add(`${label}: column to timestamp`, [
    tz(zone),
    `SELECT t::timestamp::text AS v FROM (VALUES ('${text}')) x(t)`,
  ]);
  list.add(`${label}: literal`, [tz(zone), `SELECT '${text}'::timestamptz::text AS v`]);
  list.add(`${label}: parameter`, [tz(zone), withParams('SELECT $1::timestamptz::text AS v', text)]);
  list.add(`${label}: array`, [tz(zone), `SELECT '{"${text}"}'::timestamptz[]::text AS v`]);
  list.add(`${label}: AT TIME ZONE`, [
    tz(zone),
    `SELECT ('2024-07-01 00:00'::timestamp AT TIME ZONE '${abbrev}')::text AS v`,
  ]);
  list.add(`${label}: AT TIME ZONE from column`, [
    tz(zone),
    `SELECT ('2024-07-01 00:00'::timestamp AT TIME ZONE z)::text AS v FROM (VALUES ('${abbrev}')) x(z)`,
  ]);
  list.add(`${label}: timezone() of timestamptz`, [
    tz(zone),
    `SELECT timezone('${abbrev}', '2024-07-01 00:00+00'::timestamptz)::text AS v`,
  ]);
  list.add(`${label}: SET TIME ZONE abbreviation`, [tz(zone), `SET TIME ZONE '${abbrev}'`, 'SHOW TimeZone']);
  list.add(`${label}: to_char TZ`, [
    tz(zone),
    `SELECT to_char('${text.slice(0, 16)}'::timestamptz, 'TZ OF') AS v`,
  ]);
}

export default list.cases;
