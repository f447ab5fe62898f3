// Round 19 probe, numbers part 8: number input that PostgreSQL 16+ reads and 15 rejects
// (underscores, 0x/0o/0b prefixes), reaching the input function by every path: constants,
// text values computed at run time, table columns, parameters, arrays, records, JSON, COPY-like
// INSERT ... SELECT; and the 16+ input-checking functions 15 does not have.
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases('r19 numbers: input: ');
const each = (exprs: readonly string[]) => {
  for (const expr of exprs) list.select(expr, expr);
};

each([
  "('1_000' || '')::int",
  "concat('0x', '1F')::int",
  "concat('1', '_000')::bigint",
  "concat('0o', '17')::smallint",
  "concat('0b', '101')::int",
  "concat('1_0', '.5')::numeric",
  "concat('1_0', '.5')::float8",
  "concat('0x', '10')::numeric",
  "('1' || '_000')::text::int",
  "lower('0X1F')::int",
  "upper('0x1f')::int8",
  "trim(' 0x1F ')::int",
  "int4(concat('1_000', ''))",
  "numeric(concat('1_000', ''))",
  "(SELECT '1_000'::text)::int",
  "(SELECT '0x1F'::text)::numeric",
  "x::int FROM (VALUES ('0x1F')) AS t(x)",
  "x::int FROM (VALUES ('1_000')) AS t(x)",
  "x::bigint FROM (VALUES ('0b11')) AS t(x)",
  "x::numeric FROM (VALUES ('1_000.000_1')) AS t(x)",
  "x::int FROM (VALUES ('12'), ('0x1F')) AS t(x)",
  "x::float8 FROM (VALUES ('1_000')) AS t(x)",
  "x::real FROM (VALUES ('1_000')) AS t(x)",
  "x::money FROM (VALUES ('1_000')) AS t(x)",
  "x::int FROM (VALUES (' 12 ')) AS t(x)",
  '(\'{"a": "0x1F"}\'::jsonb ->> \'a\')::int',
  '(\'{"a": "1_000"}\'::jsonb ->> \'a\')::numeric',
  "('{\"a\": 1000}'::jsonb -> 'a')::int",
  "('{\"a\": 10.5}'::jsonb -> 'a')::int",
  "('{\"a\": 10.5}'::jsonb -> 'a')::numeric",
  '(\'{"a": "10"}\'::jsonb -> \'a\')::int',
  "('{\"a\": 1e400}'::jsonb -> 'a')::float8",
  "('{\"a\": true}'::jsonb -> 'a')::int",
  "('{\"a\": 3000000000}'::jsonb -> 'a')::int",
  "jsonb_build_object('a', 0.1::float8)",
  'to_jsonb(1e100::float8)',
  "to_jsonb('NaN'::numeric)",
  "to_jsonb('Infinity'::float8)",
  'to_json(0.1::real)',
  '\'{"a": 0x1F}\'::jsonb',
  '\'{"a": 1_000}\'::json',
  "jsonb_populate_record(null::record, '{}')",
  "string_to_array('1_000,2', ',')::int[]",
  "ARRAY['0x1F']::int[]",
  "ARRAY[concat('1', '_0')]::int[]",
  "'{1_000, 2}'::int[]",
  "'{0x1F}'::numeric[]",
  "'{1, 2.5}'::int[]",
  "'{1_0}'::float8[]",
  "regexp_split_to_array('0x1F 2', ' ')::int[]",
  "ROW('0x1F')::text",
  "pg_input_is_valid('12', 'int')",
  "pg_input_is_valid('1_000', 'int4')",
  "pg_input_error_info('x', 'int')",
  "to_number('1_000', '9999')",
  "to_number('0x1F', '9999')",
  "format('%s', 0.1::float8)",
  "0.1::float8 || ''",
  "1e100::float8 || 'x'",
  'ARRAY[0.1::float8, 1/3::float8]',
  'ARRAY[0.1::real]::text',
  'ROW(0.1::float8, 1.50)::text',
  'ARRAY[1.50, 2]',
  "ARRAY['NaN'::numeric, 'Infinity']",
  'ARRAY[1::money]',
  "ARRAY[B'101']",
]);
// Function-style casts (`int4(x)`) of text values computed at run time: PostgreSQL reads them as
// the I/O cast, so they work wherever `x::int4` does.
for (const fn of ['int4', 'int8', 'int2', 'oid', 'date', 'timestamptz', '"timestamp"', 'float8', 'float4']) {
  const value = /date|time/.test(fn) ? '2020-01-02' : '12';
  for (const source of ['text', 'varchar', 'char(10)', 'name']) {
    list.select(`${fn}() of a ${source} value`, `${fn}(t) FROM (VALUES ('${value}'::${source})) AS s(t)`);
  }
  list.select(`${fn}() of a text value 15 refuses`, `${fn}(t) FROM (VALUES ('0x1F'::text)) AS s(t)`);
  list.select(`${fn}() of a literal`, `${fn}('${value}')`);
}
list.select('int4() of a text expression', "int4('1' || '2')");
list.select(
  'int8() of a text column in where',
  "1 AS v FROM (VALUES ('12'::text)) AS s(t) WHERE int8(t) = 12",
);
list.select('pg_typeof of int4() of text', "pg_typeof(int4(t)) FROM (VALUES ('12'::text)) AS s(t)");
list.select('interval() of a text value', '"interval"(t) FROM (VALUES (\'1 day\'::text)) AS s(t)');

// Function-style casts over table columns, and with untyped parameters (resolved as 15 does).
const W =
  "CREATE TABLE words (t text, v varchar, d text); INSERT INTO words VALUES ('12', '13', '2020-01-02')";
list.add(
  'function-style casts of text columns',
  [
    'SELECT int4(t) AS a, int8(v) AS b, int2(t) AS c, "numeric"(t) AS n, date(d) AS d, timestamptz(d) AS z, "timestamp"(d) AS s FROM words',
  ],
  W,
);
list.add('function-style cast of a text column 15 refuses', ["SELECT int4(t || '_0') AS v FROM words"], W);
list.add('function-style cast of a hex text expression', ["SELECT int8(concat('0x', t)) AS v FROM words"], W);
list.add('function-style cast of a varchar column 15 refuses', ["SELECT int2(v || 'x') AS v FROM words"], W);
list.add('function-style cast of a text column in where', ['SELECT t FROM words WHERE int4(t) > 10'], W);
list.add('function-style cast of a jsonb text', ['SELECT int4(\'{"a": "7"}\'::jsonb ->> \'a\') AS v']);
list.add('function-style oid of a text column', ['SELECT oid(t) AS v FROM words'], W);
list.add(
  'function-style interval of a text column',
  ['SELECT "interval"(t || \' days\') AS v FROM words'],
  W,
);
list.add('pg_proc lists no int4(text)', [
  "SELECT count(*) AS n FROM pg_proc WHERE proname IN ('int4', 'int8', 'date', 'numeric', 'timestamp')",
]);
for (const fn of [
  'int2',
  'int4',
  'int8',
  '"numeric"',
  'date',
  'timestamptz',
  '"timestamp"',
  'oid',
  '"interval"',
]) {
  list.add(`prepare ${fn} of an untyped parameter`, [
    `PREPARE q AS SELECT ${fn}($1) AS v`,
    'SELECT parameter_types::text AS t FROM pg_prepared_statements',
  ]);
}
list.params('date of an untyped parameter with a zone', 'SELECT date($1) AS v', ['2020-01-02 23:00-05']);
list.params('int4 of an untyped parameter', 'SELECT int4($1) AS v', ['12']);
list.params('int4 of a text parameter', 'SELECT int4($1::text) AS v', ['0x1F']);

// Text cast to an array of numbers (or dates) at run time reads each element as 15 does.
const A = 'CREATE TABLE src (t text, v varchar)';
for (const [value, type] of [
  ['{1_000,2}', 'int'],
  ['{0x10}', 'numeric'],
  ['{0o7}', 'int8'],
  ['{1, 2, NULL}', 'int'],
  ['{ 1 , "2 " }', 'int8'],
  ['[0:1]={1,2}', 'int2'],
  ['{{1,2},{3,4}}', 'int'],
  ['{1,2', 'int'],
  ['{abc}', 'int'],
  ['{1.5}', 'numeric(2,1)'],
  ['{1.55}', 'numeric(2,1)'],
  ['{99999}', 'int2'],
  ['{+infinity}', 'date'],
  ['{2020-01-01}', 'date'],
  ['{012}', 'oid'],
  ['{}', 'int'],
  ['{{}}', 'int'],
  ['{{1},{}}', 'numeric'],
  ['{1e2}', 'numeric'],
  ['{NaN,Infinity}', 'numeric'],
  ['1', 'int'],
]) {
  list.add(
    `text column to ${type}[]: ${value}`,
    [
      `INSERT INTO src VALUES ('${value}', '${value}')`,
      `SELECT t::${type}[] AS a, v::${type}[] AS b FROM src`,
    ],
    A,
  );
}
list.select('constant text to int[] with underscore', "'{1_0}'::text::int[]");
list.select('constant text to int[] with empty inner array', "'{{}}'::text::int[]");
list.select('constant text to int[]', "'{1,2}'::text::int[]");
list.select('text expression to numeric[]', "concat('{1_0', '}')::numeric[]");

const T = 'CREATE TABLE src (t text); CREATE TABLE dst (i int, b bigint, n numeric, f float8, s smallint)';
const cases: Array<[string, string]> = [
  ['text column to int with underscore', "INSERT INTO src VALUES ('1_000'); SELECT t::int AS v FROM src"],
  ['text column to int with hex', "INSERT INTO src VALUES ('0x1F'); SELECT t::int AS v FROM src"],
  [
    'text column to numeric with underscore',
    "INSERT INTO src VALUES ('1_000.5'); SELECT t::numeric AS v FROM src",
  ],
  ['text column to smallint with octal', "INSERT INTO src VALUES ('0o17'); SELECT t::smallint AS v FROM src"],
  ['text column to bigint with binary', "INSERT INTO src VALUES ('0b101'); SELECT t::bigint AS v FROM src"],
  [
    'text column to float with underscore',
    "INSERT INTO src VALUES ('1_000'); SELECT t::float8 AS v FROM src",
  ],
  [
    'text column to int plain',
    "INSERT INTO src VALUES (' 12 '), ('-3'); SELECT t::int AS v FROM src ORDER BY 1",
  ],
  ['text column compare to int', "INSERT INTO src VALUES ('0x1F'); SELECT t::int = 31 AS v FROM src"],
  [
    'insert select text to int column',
    "INSERT INTO src VALUES ('1_000'); INSERT INTO dst (i) SELECT t::int FROM src",
  ],
  [
    'update from text column hex',
    "INSERT INTO src VALUES ('0x1F'); INSERT INTO dst (i) VALUES (1); UPDATE dst SET i = (SELECT t::int FROM src)",
  ],
  ['text column in where hex', "INSERT INTO src VALUES ('0x1F'), ('5'); SELECT t FROM src WHERE t::int > 3"],
  ['text column to int array', "INSERT INTO src VALUES ('{1_000,2}'); SELECT t::int[] AS v FROM src"],
  [
    'text column to numeric array hex',
    "INSERT INTO src VALUES ('{0x10}'); SELECT t::numeric[] AS v FROM src",
  ],
  [
    'json column value to int',
    'INSERT INTO src VALUES (\'{"a": "0x1F"}\'); SELECT (t::jsonb ->> \'a\')::int AS v FROM src',
  ],
  [
    'plpgsql assigns hex text to int',
    "CREATE FUNCTION f(x text) RETURNS int LANGUAGE plpgsql AS $$ DECLARE n int; BEGIN n := x; RETURN n; END $$; SELECT f('0x1F') AS v",
  ],
  [
    'plpgsql assigns underscore text to numeric',
    "CREATE FUNCTION f(x text) RETURNS numeric LANGUAGE plpgsql AS $$ BEGIN RETURN x::numeric; END $$; SELECT f('1_000') AS v",
  ],
  [
    'sql function casts hex text',
    "CREATE FUNCTION f(x text) RETURNS int LANGUAGE sql AS $$ SELECT x::int $$; SELECT f('0x1F') AS v",
  ],
  [
    'sql function casts underscore text',
    "CREATE FUNCTION f(x text) RETURNS bigint LANGUAGE sql AS $$ SELECT x::bigint $$; SELECT f('1_000') AS v",
  ],
  ['domain over int from hex', "CREATE DOMAIN d AS int CHECK (VALUE > 0); SELECT '0x1F'::d AS v"],
  ['domain over numeric from underscore', "CREATE DOMAIN d AS numeric(10,2); SELECT '1_000.5'::d AS v"],
  ['composite type from underscore', "CREATE TYPE c AS (a int, b numeric); SELECT '(1_000,2)'::c AS v"],
  ['composite type from hex', "CREATE TYPE c AS (a int, b numeric); SELECT '(0x1F,2)'::c AS v"],
  ['composite type plain', "CREATE TYPE c AS (a int, b numeric); SELECT '( 12 , 2.50)'::c AS v"],
  [
    'composite row of text to record type',
    "CREATE TYPE c AS (a int, b numeric); SELECT ROW('0x1F', '1')::c AS v",
  ],
  [
    'jsonb_populate_record int from hex string',
    'CREATE TYPE c AS (a int, b numeric); SELECT * FROM jsonb_populate_record(null::c, \'{"a": "0x1F", "b": "1_0"}\')',
  ],
  [
    'jsonb_populate_record int from underscore string',
    'CREATE TYPE c AS (a int, b numeric); SELECT * FROM jsonb_populate_record(null::c, \'{"a": "1_000"}\')',
  ],
  [
    'jsonb_populate_record int from number',
    'CREATE TYPE c AS (a int, b numeric); SELECT * FROM jsonb_populate_record(null::c, \'{"a": 12, "b": 1.50}\')',
  ],
  [
    'jsonb_populate_record int from decimal number',
    'CREATE TYPE c AS (a int, b numeric); SELECT * FROM jsonb_populate_record(null::c, \'{"a": 12.5}\')',
  ],
  ['json_to_record hex', 'SELECT * FROM json_to_record(\'{"a": "0x10"}\') AS t(a int)'],
  ['jsonb_to_recordset underscore', 'SELECT * FROM jsonb_to_recordset(\'[{"a": "1_0"}]\') AS t(a numeric)'],
  [
    'default expression hex text',
    "CREATE TABLE d2 (a int DEFAULT ('0x1F' || '')::int); INSERT INTO d2 DEFAULT VALUES",
  ],
  ['prepare with hex text argument', "PREPARE p(int) AS SELECT $1 + 1 AS v; EXECUTE p('0x1F')"],
  ['prepare with underscore argument', "PREPARE p(numeric) AS SELECT $1 AS v; EXECUTE p('1_000')"],
  ['prepare with plain argument', "PREPARE p(numeric) AS SELECT $1 AS v; EXECUTE p(' 1.50 ')"],
  [
    'set_config then cast',
    "SELECT set_config('my.n', '0x1F', false); SELECT current_setting('my.n')::int AS v",
  ],
  ['format then cast', "SELECT format('%s_%s', 1, 0)::int AS v"],
  ['generate_series with text bounds hex', "SELECT generate_series(concat('0x', '1')::int, 2) AS v"],
];
for (const [name, sql] of cases)
  list.add(name, sql.split('; ').length > 1 && !sql.includes('$$') ? sql.split('; ') : [sql], T);
list.params('int parameter hex text', 'SELECT $1::text::int AS v', ['0x1F']);
list.params('numeric parameter underscore text', 'SELECT $1::text::numeric AS v', ['1_000']);
list.params('int parameter octal', 'SELECT $1::int AS v', ['0o17']);
list.params('int parameter binary', 'SELECT $1::int2 AS v', ['0b11']);
list.params('bigint parameter underscore', 'SELECT $1::bigint AS v', ['9_223']);
list.params('float parameter underscore', 'SELECT $1::float8 AS v', ['1_0']);
list.params('money parameter underscore', 'SELECT $1::money AS v', ['1_0']);
list.params('int array parameter hex', 'SELECT $1::int[] AS v', ['{0x1F}']);
list.params('int array parameter underscore', 'SELECT $1::int[] AS v', ['{1_000}']);
list.params('int parameter in where hex', 'SELECT 1 AS v WHERE 31 = $1', ['0x1F']);
list.params('int parameter in arithmetic underscore', 'SELECT 1 + $1 AS v', ['1_000']);
list.params('numeric parameter into column hex', 'INSERT INTO dst (n) VALUES ($1) RETURNING n', ['0x10'], T);
list.params(
  'smallint parameter into column underscore',
  'INSERT INTO dst (s) VALUES ($1) RETURNING s',
  ['1_0'],
  T,
);
list.params('bigint parameter into column octal', 'INSERT INTO dst (b) VALUES ($1) RETURNING b', ['0o7'], T);
list.params(
  'float parameter into column underscore',
  'INSERT INTO dst (f) VALUES ($1) RETURNING f',
  ['1_0'],
  T,
);
list.params(
  'int parameter update hex',
  'INSERT INTO dst (i) VALUES (1); UPDATE dst SET i = $1 RETURNING i',
  ['0x1F'],
  T,
);
list.params('jsonb parameter with hex number', 'SELECT $1::jsonb AS v', ['{"a": 0x1F}']);
list.params('record parameter composite hex', 'SELECT ($1::text)::int AS v', ['0b1']);

export default list.cases;
