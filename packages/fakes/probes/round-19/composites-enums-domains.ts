// Round 19 probe, composites part D: PostgreSQL 15 docs 8.7 (enums), 8.18 (domains) and 9.18
// (CASE, COALESCE, NULLIF, GREATEST, LEAST: type resolution, NULLs and errors).
import { ProbeCases, type ProbeStep } from '../probe-kit.js';

const list = new ProbeCases('r19 composites: ');
const E = `CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE TYPE happiness AS ENUM ('happy', 'very happy', 'ecstatic');
CREATE TABLE person (name text, current_mood mood);
INSERT INTO person VALUES ('Moe', 'happy'), ('Larry', 'sad'), ('Curly', 'ok'), ('Nobody', NULL);`;

const ENUM_EXPRS: Array<[string, string]> = [
  ['enum literal', `'happy'::mood`],
  ['enum to text', `'happy'::mood::text`],
  ['enum invalid input', `'angry'::mood`],
  ['enum case sensitive', `'Happy'::mood`],
  ['enum whitespace', `' happy'::mood`],
  ['enum empty string', `''::mood`],
  ['enum lt', `'sad'::mood < 'happy'::mood`],
  ['enum gt', `'sad'::mood > 'ok'`],
  ['enum eq text literal', `'ok'::mood = 'ok'`],
  ['enum eq bad literal', `'ok'::mood = 'nope'`],
  ['enum eq text typed', `'ok'::mood = 'ok'::text`],
  ['enum across enums', `'happy'::mood = 'happy'::happiness`],
  ['enum across enums cast text', `'happy'::mood::text = 'happy'::happiness::text`],
  ['enum max', `max(m) FROM (VALUES ('ok'::mood), ('happy'), ('sad')) t(m)`],
  ['enum min', `min(m) FROM (VALUES ('ok'::mood), ('happy'), ('sad')) t(m)`],
  ['enum order by', `m FROM (VALUES ('ok'::mood), ('happy'), ('sad'), (NULL)) t(m) ORDER BY m`],
  ['enum order desc', `m FROM (VALUES ('ok'::mood), ('happy'), ('sad')) t(m) ORDER BY m DESC`],
  ['enum_first', `enum_first(null::mood)`],
  ['enum_last', `enum_last(null::mood)`],
  ['enum_range', `enum_range(null::mood)`],
  ['enum_range text', `enum_range(null::mood)::text`],
  ['enum_range bounds', `enum_range('ok'::mood, 'happy'::mood)`],
  ['enum_range null lower', `enum_range(NULL, 'ok'::mood)`],
  ['enum_range null upper', `enum_range('ok'::mood, NULL)`],
  ['enum_range reversed', `enum_range('happy'::mood, 'sad'::mood)::text`],
  ['enum_range same', `enum_range('ok'::mood, 'ok'::mood)`],
  ['enum_first non-enum', `enum_first(1)`],
  ['enum_first unknown', `enum_first(NULL)`],
  ['enum greatest', `GREATEST('sad'::mood, 'happy', 'ok')`],
  ['enum least', `LEAST('sad'::mood, 'happy', 'ok')`],
  ['enum in', `'ok'::mood IN ('sad', 'ok')`],
  ['enum in bad', `'ok'::mood IN ('sad', 'bad')`],
  ['enum array', `ARRAY['sad','ok']::mood[]`],
  ['enum array bad', `ARRAY['sad','bad']::mood[]`],
  ['enum pg_typeof', `pg_typeof('ok'::mood)::text`],
  ['enum to json', `to_json('ok'::mood)::text`],
  ['enum concat', `'x' || 'ok'::mood`],
  ['enum like', `'happy'::mood::text LIKE 'h%'`],
  ['enum like direct', `'happy'::mood LIKE 'h%'`],
  ['enum between', `'ok'::mood BETWEEN 'sad' AND 'happy'`],
  ['enum case', `CASE 'ok'::mood WHEN 'ok' THEN 1 ELSE 0 END`],
  ['enum cast int', `'ok'::mood::int`],
  [
    'enum catalog',
    `enumlabel, enumsortorder FROM pg_enum WHERE enumtypid = 'mood'::regtype ORDER BY enumsortorder`,
  ],
  ['enum coalesce mixed', `COALESCE('ok'::mood, 'happy'::happiness)`],
];
for (const [name, expr] of ENUM_EXPRS) list.select(`enums: ${name}`, expr, E);

const ENUM_STEPS: Array<[string, ProbeStep[]]> = [
  ['person where', [`SELECT name FROM person WHERE current_mood = 'happy'`]],
  ['person where gt', [`SELECT name FROM person WHERE current_mood > 'sad' ORDER BY current_mood`]],
  ['person where bad label', [`SELECT name FROM person WHERE current_mood = 'angry'`]],
  [
    'person min subquery',
    [`SELECT name FROM person WHERE current_mood = (SELECT MIN(current_mood) FROM person)`],
  ],
  ['person insert bad', [`INSERT INTO person VALUES ('x', 'angry')`]],
  ['person insert text typed', [`INSERT INTO person VALUES ('x', 'ok'::text)`]],
  [
    'person insert param',
    [{ sql: `INSERT INTO person VALUES ('x', $1) RETURNING current_mood`, params: ['ok'] }],
  ],
  ['person insert param bad', [{ sql: `INSERT INTO person VALUES ('x', $1)`, params: ['meh'] }]],
  [
    'person group by',
    [`SELECT current_mood, count(*) AS n FROM person GROUP BY current_mood ORDER BY current_mood`],
  ],
  ['person order', [`SELECT name FROM person ORDER BY current_mood DESC NULLS LAST`]],
  ['person compare other enum', [`SELECT name FROM person WHERE current_mood = 'happy'::happiness`]],
  [
    'add value after',
    [`ALTER TYPE mood ADD VALUE 'meh' AFTER 'sad'`, `SELECT enum_range(null::mood)::text AS r`],
  ],
  [
    'add value before',
    [
      `ALTER TYPE mood ADD VALUE 'awful' BEFORE 'sad'`,
      `SELECT enum_first(null::mood) AS f, 'awful'::mood < 'sad'::mood AS lt`,
    ],
  ],
  ['add value end', [`ALTER TYPE mood ADD VALUE 'joyous'`, `SELECT enum_last(null::mood) AS l`]],
  ['add value exists', [`ALTER TYPE mood ADD VALUE 'ok'`]],
  [
    'add value if not exists',
    [`ALTER TYPE mood ADD VALUE IF NOT EXISTS 'ok'`, `SELECT enum_range(null::mood)::text AS r`],
  ],
  ['add value before missing', [`ALTER TYPE mood ADD VALUE 'x' BEFORE 'nope'`]],
  ['add value too long', [`ALTER TYPE mood ADD VALUE '${'x'.repeat(64)}'`]],
  ['add value empty', [`ALTER TYPE mood ADD VALUE ''`]],
  [
    'add value in tx then use',
    [`BEGIN`, `ALTER TYPE mood ADD VALUE 'new'`, `SELECT 'new'::mood AS m`, `ROLLBACK`],
  ],
  [
    'add value in tx no use',
    [`BEGIN`, `ALTER TYPE mood ADD VALUE 'new'`, `COMMIT`, `SELECT 'new'::mood AS m`],
  ],
  [
    'rename value',
    [`ALTER TYPE mood RENAME VALUE 'ok' TO 'fine'`, `SELECT enum_range(null::mood)::text AS r`],
  ],
  ['rename value missing', [`ALTER TYPE mood RENAME VALUE 'nope' TO 'fine'`]],
  ['rename value to existing', [`ALTER TYPE mood RENAME VALUE 'ok' TO 'sad'`]],
  ['create enum empty', [`CREATE TYPE e0 AS ENUM ()`, `SELECT enum_range(null::e0)::text AS r`]],
  ['create enum exists', [`CREATE TYPE mood AS ENUM ('x')`]],
  ['drop enum in use', [`DROP TYPE mood`]],
  [
    'enum as text param compare',
    [{ sql: `SELECT name FROM person WHERE current_mood = $1`, params: ['sad'] }],
  ],
  [
    'enum column type',
    [
      `SELECT format_type(atttypid, atttypmod) AS t FROM pg_attribute WHERE attrelid = 'person'::regclass AND attname = 'current_mood'`,
    ],
  ],
  [
    'enum unique index',
    [`CREATE UNIQUE INDEX ON person (current_mood)`, `INSERT INTO person VALUES ('z', 'ok')`],
  ],
  ['enum check constraint', [`ALTER TABLE person ADD CHECK (current_mood > 'sad')`]],
];
for (const [name, steps] of ENUM_STEPS) list.add(`enums: ${name}`, steps, E);

// ------------------------------------------------------------------ domains
const D = `CREATE DOMAIN posint AS integer CHECK (VALUE > 0);
CREATE DOMAIN us_postal_code AS text CHECK (VALUE ~ '^\\d{5}$' OR VALUE ~ '^\\d{5}-\\d{4}$');
CREATE DOMAIN nn_text AS text NOT NULL;
CREATE DOMAIN named AS int CONSTRAINT must_be_small CHECK (VALUE < 10) CONSTRAINT must_be_pos CHECK (VALUE > 0);
CREATE DOMAIN def_int AS int DEFAULT 42;
CREATE DOMAIN int_arr AS int[] CHECK (cardinality(VALUE) <= 3);
CREATE DOMAIN posint_arr AS posint[];
CREATE TYPE pair AS (a int, b int);
CREATE DOMAIN ordered_pair AS pair CHECK ((VALUE).a < (VALUE).b);
CREATE DOMAIN short_vc AS varchar(3);
CREATE TABLE dt (p posint, z us_postal_code, n nn_text, s named, d def_int, arr int_arr, op ordered_pair, v short_vc);`;
const DOM_EXPRS: Array<[string, string]> = [
  ['domain cast ok', `5::posint`],
  ['domain cast fail', `0::posint`],
  ['domain cast null', `NULL::posint`],
  ['domain cast text fail', `'-1'::posint`],
  ['domain cast bad input', `'x'::posint`],
  ['domain regex ok', `'12345'::us_postal_code`],
  ['domain regex fail', `'1234'::us_postal_code`],
  ['domain not null cast null', `NULL::nn_text`],
  ['domain named first fails', `20::named`],
  ['domain named second fails', `(-1)::named`],
  ['domain arithmetic result base', `pg_typeof(5::posint + 1)::text`],
  ['domain arithmetic not rechecked', `5::posint - 10`],
  ['domain pg_typeof', `pg_typeof(5::posint)::text`],
  ['domain array ok', `'{1,2}'::int_arr`],
  ['domain array fail', `'{1,2,3,4}'::int_arr`],
  ['domain array of domain', `'{1,2}'::posint_arr`],
  ['domain array of domain fail', `'{1,0}'::posint_arr`],
  ['domain array of domain ARRAY', `ARRAY[1,-2]::posint_arr`],
  ['domain composite ok', `ROW(1,2)::ordered_pair`],
  ['domain composite fail', `ROW(2,1)::ordered_pair`],
  ['domain composite literal fail', `'(2,1)'::ordered_pair`],
  ['domain composite field', `(ROW(1,2)::ordered_pair).b`],
  ['domain varchar too long', `'abcd'::short_vc`],
  ['domain varchar output', `'abc'::short_vc`],
  ['domain in array literal', `ARRAY[1::posint, 2::posint]`],
  ['domain compare', `5::posint = 5`],
  ['domain max', `max(x) FROM (VALUES (1::posint),(3::posint)) t(x)`],
  ['domain coalesce type', `pg_typeof(COALESCE(1::posint, 2::posint))::text`],
  ['domain coalesce mixed type', `pg_typeof(COALESCE(1::posint, 2))::text`],
  ['domain case type', `pg_typeof(CASE WHEN true THEN 1::posint END)::text`],
  ['domain union type', `pg_typeof(x)::text FROM (SELECT 1::posint AS x UNION ALL SELECT 2::posint) t`],
  ['domain union mixed', `pg_typeof(x)::text FROM (SELECT 1::posint AS x UNION ALL SELECT 2) t`],
  [
    'domain catalog check',
    `conname, pg_get_constraintdef(oid) AS d FROM pg_constraint WHERE contypid = 'named'::regtype ORDER BY conname`,
  ],
  [
    'domain info schema',
    `domain_name, data_type FROM information_schema.domains WHERE domain_name IN ('posint','nn_text') ORDER BY 1`,
  ],
];
for (const [name, expr] of DOM_EXPRS) list.select(`domains: ${name}`, expr, D);

const DOM_STEPS: Array<[string, ProbeStep[]]> = [
  ['insert ok', [`INSERT INTO dt (p, z, n) VALUES (1, '12345-6789', 'x') RETURNING p, z, n, d`]],
  ['insert check fail', [`INSERT INTO dt (p, n) VALUES (0, 'x')`]],
  ['insert regex fail', [`INSERT INTO dt (z, n) VALUES ('abc', 'x')`]],
  ['insert not null omitted', [`INSERT INTO dt (p) VALUES (1)`]],
  ['insert not null explicit', [`INSERT INTO dt (p, n) VALUES (1, NULL)`]],
  ['insert named fail', [`INSERT INTO dt (n, s) VALUES ('x', 11)`]],
  ['insert default from domain', [`INSERT INTO dt (n) VALUES ('x') RETURNING d`]],
  ['insert array domain fail', [`INSERT INTO dt (n, arr) VALUES ('x', '{1,2,3,4}')`]],
  ['insert composite domain fail', [`INSERT INTO dt (n, op) VALUES ('x', ROW(3,1))`]],
  ['insert varchar domain too long', [`INSERT INTO dt (n, v) VALUES ('x', 'abcd')`]],
  ['insert param fail', [{ sql: `INSERT INTO dt (n, p) VALUES ('x', $1)`, params: [-5] }]],
  ['update check fail', [`INSERT INTO dt (p, n) VALUES (1, 'x')`, `UPDATE dt SET p = p - 1`]],
  ['update not null fail', [`INSERT INTO dt (p, n) VALUES (1, 'x')`, `UPDATE dt SET n = NULL`]],
  [
    'update array element fail',
    [`INSERT INTO dt (n, arr) VALUES ('x', '{1,2,3}')`, `UPDATE dt SET arr[4] = 4`],
  ],
  [
    'update composite field fail',
    [`INSERT INTO dt (n, op) VALUES ('x', ROW(1,2))`, `UPDATE dt SET op.a = 5`],
  ],
  ['left join not null domain', [`SELECT d.n FROM (SELECT 1) x LEFT JOIN dt d ON false`]],
  [
    'alter domain add constraint fail',
    [`INSERT INTO dt (p, n) VALUES (5, 'x')`, `ALTER DOMAIN posint ADD CONSTRAINT lt3 CHECK (VALUE < 3)`],
  ],
  [
    'alter domain add not valid',
    [
      `INSERT INTO dt (p, n) VALUES (5, 'x')`,
      `ALTER DOMAIN posint ADD CONSTRAINT lt3 CHECK (VALUE < 3) NOT VALID`,
      `SELECT 4::posint AS v`,
    ],
  ],
  [
    'alter domain drop constraint',
    [`ALTER DOMAIN named DROP CONSTRAINT must_be_small`, `SELECT 20::named AS v`],
  ],
  ['alter domain drop missing', [`ALTER DOMAIN named DROP CONSTRAINT nope`]],
  ['alter domain set not null fail', [`INSERT INTO dt (n) VALUES ('x')`, `ALTER DOMAIN posint SET NOT NULL`]],
  [
    'alter domain set default',
    [`ALTER DOMAIN posint SET DEFAULT 7`, `INSERT INTO dt (n) VALUES ('x') RETURNING p`],
  ],
  ['drop domain in use', [`DROP DOMAIN posint`]],
  ['create domain check bad type', [`CREATE DOMAIN bad AS int CHECK (VALUE)`]],
  [
    'create domain over domain',
    [`CREATE DOMAIN smallpos AS posint CHECK (VALUE < 5)`, `SELECT 7::smallpos AS v`],
  ],
  [
    'create domain over domain base fail',
    [`CREATE DOMAIN smallpos AS posint CHECK (VALUE < 5)`, `SELECT 0::smallpos AS v`],
  ],
  [
    'domain function arg',
    [`CREATE FUNCTION f(x posint) RETURNS int LANGUAGE sql AS 'SELECT x * 2'`, `SELECT f(0) AS v`],
  ],
  ['domain plpgsql variable', [`DO $$ DECLARE x posint := 1; BEGIN x := 0; END $$`]],
  [
    'domain column type name',
    [
      `SELECT attname, format_type(atttypid, atttypmod) AS t FROM pg_attribute WHERE attrelid = 'dt'::regclass AND attnum > 0 ORDER BY attnum`,
    ],
  ],
  ['domain copy from values', [`INSERT INTO dt (p, n) SELECT g, 'x' FROM generate_series(-1, 1) g`]],
];
for (const [name, steps] of DOM_STEPS) list.add(`domains: ${name}`, steps, D);

// ------------------------------------------------------------------ 9.18 conditional expressions
const COND: Array<[string, string]> = [
  ['case searched', `CASE WHEN 1 > 2 THEN 'a' WHEN 2 > 1 THEN 'b' ELSE 'c' END`],
  ['case no else null', `CASE WHEN false THEN 1 END`],
  ['case simple', `CASE 2 WHEN 1 THEN 'one' WHEN 2 THEN 'two' END`],
  ['case simple null', `CASE NULL::int WHEN NULL THEN 'null' ELSE 'other' END`],
  ['case when null', `CASE WHEN NULL THEN 1 ELSE 2 END`],
  ['case type resolution int numeric', `pg_typeof(CASE WHEN true THEN 1 ELSE 2.5 END)::text`],
  ['case type resolution int bigint', `pg_typeof(CASE WHEN true THEN 1 ELSE 2::int8 END)::text`],
  ['case type unknown', `pg_typeof(CASE WHEN true THEN 'a' ELSE 'b' END)::text`],
  ['case type unknown and int', `CASE WHEN true THEN 1 ELSE '2' END`],
  ['case type mismatch', `CASE WHEN true THEN 1 ELSE 'x' END`],
  ['case type mismatch typed', `CASE WHEN true THEN 1 ELSE 'x'::text END`],
  ['case bool int mismatch', `CASE WHEN true THEN 1 ELSE false END`],
  ['case non-bool condition', `CASE WHEN 1 THEN 'a' END`],
  ['case text condition', `CASE WHEN 'true' THEN 'a' END`],
  ['case text condition bad', `CASE WHEN 'yes please' THEN 'a' END`],
  ['case lazy division', `CASE WHEN 1 > 0 THEN 1 ELSE 1/0 END`],
  ['case lazy column division', `CASE WHEN x > 0 THEN 10/x ELSE 0 END FROM (VALUES (0),(5)) t(x) ORDER BY 1`],
  ['case simple type mismatch', `CASE 1 WHEN 'a' THEN 1 END`],
  ['case simple text vs int', `CASE 'a' WHEN 1 THEN 1 END`],
  ['case nested', `CASE WHEN true THEN CASE WHEN false THEN 1 ELSE 2 END END`],
  ['case varchar lengths', `pg_typeof(CASE WHEN true THEN 'a'::varchar(1) ELSE 'bb'::varchar(2) END)::text`],
  ['case in where', `x FROM (VALUES (1),(2),(3)) t(x) WHERE CASE WHEN x % 2 = 0 THEN true END ORDER BY x`],
  ['case in order by', `x FROM (VALUES (1),(2),(3)) t(x) ORDER BY CASE x WHEN 2 THEN 0 ELSE 1 END, x`],
  ['case with aggregate', `CASE WHEN count(*) > 1 THEN 'many' ELSE 'few' END FROM (VALUES (1),(2)) t(x)`],
  ['case result column name', `CASE WHEN true THEN 1 END`],
  ['coalesce basic', `COALESCE(NULL, 2, 3)`],
  ['coalesce all null', `COALESCE(NULL, NULL)`],
  ['coalesce all null typed', `COALESCE(NULL::int, NULL)`],
  ['coalesce type numeric', `pg_typeof(COALESCE(1, 2.5))::text`],
  ['coalesce type text', `COALESCE(NULL, 'a')`],
  ['coalesce mismatch', `COALESCE(1, 'x')`],
  ['coalesce mismatch typed', `COALESCE(1, 'x'::text)`],
  ['coalesce lazy', `COALESCE(1, 1/0)`],
  ['coalesce one arg', `COALESCE(5)`],
  ['coalesce array', `COALESCE(NULL, ARRAY[1])`],
  ['coalesce column name', `COALESCE(NULL, 1)`],
  ['coalesce int bigint', `pg_typeof(COALESCE(1::int2, 2::int8))::text`],
  ['coalesce date timestamp', `pg_typeof(COALESCE('2024-01-01'::date, now()::timestamp))::text`],
  ['coalesce bool text', `COALESCE(true, 'x'::text)`],
  ['nullif equal', `NULLIF(1, 1)`],
  ['nullif differ', `NULLIF(1, 2)`],
  ['nullif null first', `NULLIF(NULL, 1)`],
  ['nullif null second', `NULLIF(1, NULL)`],
  ['nullif text', `NULLIF('a', 'a')`],
  ['nullif empty string', `NULLIF('', '')`],
  ['nullif type', `pg_typeof(NULLIF(1, 1.0))::text`],
  ['nullif type numeric int', `NULLIF(1.0, 1)`],
  ['nullif mismatch', `NULLIF(1, 'x')`],
  ['nullif mismatch typed', `NULLIF(1, 'x'::text)`],
  ['nullif column name', `NULLIF(2, 1)`],
  ['nullif no equality operator', `NULLIF(point(1,1), point(1,1))`],
  ['nullif division guard', `10 / NULLIF(0, 0)`],
  ['greatest ints', `GREATEST(1, 3, 2)`],
  ['greatest with null', `GREATEST(1, NULL, 2)`],
  ['greatest all null', `GREATEST(NULL, NULL)`],
  ['greatest all null typed', `GREATEST(NULL::int, NULL)`],
  ['greatest mixed numeric', `GREATEST(1, 2.5)`],
  ['greatest type', `pg_typeof(GREATEST(1, 2.5))::text`],
  ['greatest text', `GREATEST('apple', 'banana', 'Cherry')`],
  ['greatest unknown and int', `GREATEST(1, '5')`],
  ['greatest mismatch', `GREATEST(1, 'x')`],
  ['greatest mismatch typed', `GREATEST(1, 'x'::text)`],
  ['greatest dates', `GREATEST('2024-01-01'::date, '2023-12-31')`],
  ['greatest date timestamp', `GREATEST('2024-01-01'::date, '2024-01-01 10:00'::timestamp)`],
  ['greatest bool', `GREATEST(true, false)`],
  ['greatest arrays', `GREATEST(ARRAY[1,2], ARRAY[1,3])`],
  ['greatest rows', `GREATEST(ROW(1,2), ROW(1,3))`],
  ['greatest no comparison', `GREATEST(point(1,1), point(2,2))`],
  ['greatest json', `GREATEST('{}'::json, '[]'::json)`],
  ['greatest jsonb', `GREATEST('{}'::jsonb, '[]'::jsonb)`],
  ['greatest column name', `GREATEST(1, 2)`],
  ['greatest one arg', `GREATEST(7)`],
  ['greatest float nan', `GREATEST(1::float8, 'NaN')`],
  ['greatest numeric nan', `GREATEST(1::numeric, 'NaN')`],
  ['least ints', `LEAST(1, 3, 2)`],
  ['least with null', `LEAST(NULL, 3, 2)`],
  ['least mixed', `LEAST(1.5, 2)`],
  ['least text', `LEAST('b', 'a', 'B')`],
  ['least mismatch', `LEAST(1, 'x')`],
  ['least int and bigint type', `pg_typeof(LEAST(1, 2::int8))::text`],
  ['least over rows', `LEAST(x, y) FROM (VALUES (1, 2), (4, 3), (NULL, 5)) t(x, y) ORDER BY 1`],
  ['least float nan', `LEAST(1::float8, 'NaN')`],
  ['least interval', `LEAST('1 day'::interval, '25 hours')`],
];
for (const [name, expr] of COND) list.select(`cond: ${name}`, expr);
list.params('cond: param coalesce', 'SELECT COALESCE($1::int, 5) AS v', [null]);
list.params('cond: param nullif', 'SELECT NULLIF($1::text, $2::text) AS v', ['a', 'a']);
list.params('cond: param greatest', 'SELECT GREATEST($1::int, $2::int) AS v', [3, null]);
list.params('cond: param case', 'SELECT CASE $1::int WHEN 1 THEN $2::text ELSE $3::text END AS v', [
  1,
  'x',
  'y',
]);

export default list.cases;
