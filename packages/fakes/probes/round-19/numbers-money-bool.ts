// Round 19 probe, numbers part 3: PostgreSQL 15 docs 8.2 (money: input and output under the
// C/en_US monetary locale, arithmetic, casts) and 8.6 (boolean: every input spelling and errors).
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases('r19 numbers: money-bool: ');
const each = (exprs: readonly string[]) => {
  for (const expr of exprs) list.select(expr, expr);
};

each([
  "'12.34'::money",
  "'$12.34'::money",
  "'$1,234.56'::money",
  "'1,234.567'::money",
  "'12.345'::money",
  "'12.355'::money",
  "'-12.345'::money",
  "'(12.34)'::money",
  "'-$12.34'::money",
  "'$-12.34'::money",
  "'  12  '::money",
  "'12'::money",
  "'abc'::money",
  "''::money",
  "'1e3'::money",
  "'92233720368547758.07'::money",
  "'-92233720368547758.08'::money",
  "'92233720368547758.08'::money",
  "'-92233720368547758.09'::money",
  "'1_000'::money",
  '12.34::money',
  '12.345::numeric::money',
  '12.345::float8::money',
  '12::money',
  '12::bigint::money',
  '1.5::real::money',
  "'12.34'::money::numeric",
  "'12.34'::money::text",
  "'-12.34'::money::numeric",
  "'12.34'::money::float8",
  "'12.34'::money::int",
  "pg_typeof('12.34'::money::numeric)",
  "'12.34'::money + '1.01'::money",
  "'12.34'::money - '20'::money",
  "'12.34'::money * 2",
  "'12.34'::money * 2.5",
  "2.5 * '12.34'::money",
  "'12.34'::money * 1.005",
  "'12.34'::money * 1.5::float8",
  "'12.34'::money / 2",
  "'12.35'::money / 2",
  "'12.34'::money / 3.0",
  "'12.34'::money / 1.5::float4",
  "'12.34'::money / '2'::money",
  "'12.34'::money / '0'::money",
  "'12.34'::money / 0",
  "'12.34'::money / 0.0",
  "'-12.34'::money / 3",
  "- '12.34'::money",
  "'12.34'::money < '12.35'::money",
  "'12.34'::money = '$12.34'::money",
  "cash_words('12.34'::money)",
  "cash_words('1001.01'::money)",
  "'92233720368547758.07'::money + '0.01'::money",
  "'92233720368547758.07'::money * 2",
  "pg_typeof('1'::money * 2)",
  "pg_typeof('1'::money / '1'::money)",
  "'12.34'::money + 1",
  "'12.34'::money + 1.5",
  "abs('-1'::money)",
  "sum(x) FROM (VALUES ('1.10'::money), ('2.20'::money)) AS t(x)",
  "avg(x) FROM (VALUES ('1.10'::money), ('2.20'::money)) AS t(x)",
  "max(x) FROM (VALUES ('1.10'::money), ('2.20'::money)) AS t(x)",
  "'1.1'::money::text::money",
  "'12.34'::money::money",
]);
list.add('money under lc_monetary C', [
  "SET lc_monetary = 'C'",
  "SELECT '1234.56'::money AS v, '-1234.56'::money AS w",
]);
list.add('money column arithmetic', [
  "CREATE TABLE m (p money); INSERT INTO m VALUES ('1.00'), ('2.50'), ('-3.25')",
  'SELECT p, p * 2 AS d, sum(p) OVER () AS s FROM m ORDER BY p',
]);
list.add('money column from numeric literal', [
  'CREATE TABLE m (p money); INSERT INTO m VALUES (1.005), (2.994) RETURNING p',
]);
list.add('money column from integer', ['CREATE TABLE m (p money); INSERT INTO m VALUES (5) RETURNING p']);
list.add('money column from float', ['CREATE TABLE m (p money); INSERT INTO m VALUES (5.5::float8)']);
list.params('money parameter', 'SELECT $1::money AS v', ['$1,000.10']);
list.params('money parameter as result', 'SELECT $1::money * 3 AS v', ['0.10']);

// --- boolean
each([
  "'t'::boolean",
  "'true'::boolean",
  "'TRUE'::boolean",
  "'True'::boolean",
  "'tr'::boolean",
  "'tru'::boolean",
  "'y'::boolean",
  "'ye'::boolean",
  "'yes'::boolean",
  "'on'::boolean",
  "'1'::boolean",
  "'f'::boolean",
  "'fa'::boolean",
  "'false'::boolean",
  "'n'::boolean",
  "'no'::boolean",
  "'of'::boolean",
  "'off'::boolean",
  "'o'::boolean",
  "'0'::boolean",
  "'  true  '::boolean",
  "' yes'::boolean",
  "'truex'::boolean",
  "'2'::boolean",
  "'00'::boolean",
  "''::boolean",
  "' '::boolean",
  "'t rue'::boolean",
  "'yess'::boolean",
  "'nope'::boolean",
  "'ON'::boolean",
  "'Off'::boolean",
  "bool 'yes'",
  "boolean 'f'",
  'TRUE',
  'FALSE',
  'true AND NULL',
  'false AND NULL',
  'true OR NULL',
  'false OR NULL',
  'NOT NULL::boolean',
  'true::int',
  'false::int',
  '1::boolean',
  '0::boolean',
  '2::boolean',
  '(-1)::boolean',
  '1::bigint::boolean',
  '1::smallint::boolean',
  '1.0::boolean',
  'true::text',
  'false::varchar',
  "true::text = 'true'",
  'true > false',
  'true < NULL',
  'true::char(1)',
  'true::char(3)',
  'false::varchar(2)',
  'true + 1',
  "'yes'::text::boolean",
  "'maybe'::text::boolean",
  'bool_and(x) FROM (VALUES (true), (NULL), (false)) AS t(x)',
  'bool_or(x) FROM (VALUES (false), (NULL)) AS t(x)',
  'every(x) FROM (VALUES (true), (true)) AS t(x)',
  'bool_and(x) FROM (VALUES (NULL::boolean)) AS t(x)',
  'booleq(true, true)',
  'true IS TRUE',
  'NULL::boolean IS NOT FALSE',
  'pg_typeof(true)',
  'max(x) FROM (VALUES (true), (false)) AS t(x)',
  "'t'::boolean = 'yes'",
  "'yes' = true",
  "'maybe' = true",
  "CASE WHEN 'on' THEN 1 ELSE 0 END",
  "CASE WHEN 'x' THEN 1 ELSE 0 END",
  "1 WHERE 'yes'",
  '1 WHERE 1',
  "ARRAY['t', 'off']::boolean[]",
  "'{t,yes,0}'::boolean[]",
  "'{t,maybe}'::boolean[]",
]);
const B = 'CREATE TABLE f (b boolean)';
list.add(
  'bool column spellings',
  ["INSERT INTO f VALUES ('yes'), ('off'), ('1'), ('F'), (NULL) RETURNING b"],
  B,
);
list.add('bool column bad spelling', ["INSERT INTO f VALUES ('yess')"], B);
list.add('bool column from integer', ['INSERT INTO f VALUES (1)'], B);
list.add('bool column from integer cast', ['INSERT INTO f VALUES (1::boolean) RETURNING b'], B);
list.add(
  'bool column order',
  ['INSERT INTO f VALUES (true), (NULL), (false); SELECT b FROM f ORDER BY b'],
  B,
);
list.add(
  'bool column order desc',
  ['INSERT INTO f VALUES (true), (NULL), (false); SELECT b FROM f ORDER BY b DESC'],
  B,
);
list.add(
  'bool where column',
  ['INSERT INTO f VALUES (true), (NULL), (false); SELECT count(*) AS n FROM f WHERE b'],
  B,
);
list.add(
  'bool where not column',
  ['INSERT INTO f VALUES (true), (NULL), (false); SELECT count(*) AS n FROM f WHERE NOT b'],
  B,
);
list.add(
  'bool is unknown',
  ['INSERT INTO f VALUES (true), (NULL), (false); SELECT count(*) AS n FROM f WHERE b IS UNKNOWN'],
  B,
);
list.params('bool parameter yes', 'SELECT $1::boolean AS v', ['yes']);
list.params('bool parameter on', 'SELECT $1::boolean AS v', ['on']);
list.params('bool parameter bad', 'SELECT $1::boolean AS v', ['maybe']);
list.params('bool parameter untyped in where', 'SELECT 1 AS v WHERE $1', ['t']);
list.params('bool parameter number', 'SELECT $1::boolean AS v', ['1']);
list.params('bool parameter into column', 'INSERT INTO f VALUES ($1) RETURNING b', ['off'], B);

export default list.cases;
