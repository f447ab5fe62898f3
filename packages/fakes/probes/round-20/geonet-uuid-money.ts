// Round 20 probe, UUID and money: PostgreSQL 15 docs 8.12 / 9.14 (uuid input forms, output, errors,
// comparison and ordering, gen_random_uuid checked only through its shape) and 8.2 (money under
// lc_monetary C: input forms, rounding, range, arithmetic, casts to and from numeric), beside
// what round 19's numbers-money-bool.ts already covers.
import { ProbeCases, withParams } from '../probe-kit.js';

const list = new ProbeCases('r20 geonet: uuid-money: ');
const each = (exprs: readonly string[]) => {
  for (const expr of exprs) list.select(expr, expr);
};

// uuid input forms (8.12)
each([
  "'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid",
  "'A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11'::uuid",
  "'{a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11}'::uuid",
  "'a0eebc999c0b4ef8bb6d6bb9bd380a11'::uuid",
  "'a0ee-bc99-9c0b-4ef8-bb6d-6bb9-bd38-0a11'::uuid",
  "'{a0eebc99-9c0b4ef8-bb6d6bb9-bd380a11}'::uuid",
  "'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a1'::uuid",
  "'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a111'::uuid",
  "'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a1g'::uuid",
  "'{a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid",
  "'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11}'::uuid",
  "'a0eebc99--9c0b-4ef8-bb6d-6bb9bd380a11'::uuid",
  "'-a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid",
  "'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11-'::uuid",
  "' a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid",
  "'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11 '::uuid",
  "''::uuid",
  "'00000000-0000-0000-0000-000000000000'::uuid",
  "'ffffffff-ffff-ffff-ffff-ffffffffffff'::uuid",
  "'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid::text",
  "'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid::varchar(10)",
  "'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::text::uuid",
  "uuid 'a0eebc999c0b4ef8bb6d6bb9bd380a11'",
  "'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid::bytea",
  "pg_typeof('a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid)",
  "length('a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid::text)",
]);

// uuid comparisons and ordering
each([
  "'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid = '{A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11}'::uuid",
  "'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid < 'b0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid",
  "'00000000-0000-0000-0000-000000000001'::uuid > '00000000-0000-0000-0000-000000000000'::uuid",
  "'80000000-0000-0000-0000-000000000000'::uuid > '7fffffff-ffff-ffff-ffff-ffffffffffff'::uuid",
  "'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid <> 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a12'::uuid",
  "'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid = 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'",
  "'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid = 'nope'",
  "'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid = 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::text",
  "max(u::text) FROM (VALUES ('a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid), ('b0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid)) t(u)",
  "max(u) FROM (VALUES ('a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid), ('b0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid)) t(u)",
  "'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid + 1",
  "'{a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11,00000000-0000-0000-0000-000000000000}'::uuid[]",
  "ARRAY['a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11']::uuid[]",
]);

// gen_random_uuid through its shape only (9.14)
each([
  'length(gen_random_uuid()::text)',
  'substr(gen_random_uuid()::text, 15, 1)',
  "substr(gen_random_uuid()::text, 20, 1) IN ('8', '9', 'a', 'b')",
  "gen_random_uuid()::text ~ '^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$'",
  'gen_random_uuid() = gen_random_uuid()',
  'pg_typeof(gen_random_uuid())',
  'count(DISTINCT gen_random_uuid()) FROM generate_series(1, 50)',
]);

const U = 'CREATE TABLE ids (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), n int)';
list.add(
  'uuid default column',
  ['INSERT INTO ids (n) VALUES (1), (2)', 'SELECT count(DISTINCT id) AS v FROM ids'],
  U,
);
list.add(
  'uuid column forms',
  ["INSERT INTO ids VALUES ('{A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11}', 1) RETURNING id"],
  U,
);
list.add(
  'uuid column duplicate in another form',
  [
    "INSERT INTO ids VALUES ('a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', 1)",
    "INSERT INTO ids VALUES ('A0EEBC999C0B4EF8BB6D6BB9BD380A11', 2)",
  ],
  U,
);
list.add('uuid column bad', ["INSERT INTO ids VALUES ('a0eebc99', 1)"], U);
list.add(
  'uuid ordering',
  [
    "INSERT INTO ids VALUES ('b0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', 1), ('a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', 2), ('0a0eebc9-9c0b-4ef8-bb6d-6bb9bd380a11', 3)",
    'SELECT n FROM ids ORDER BY id',
  ],
  U,
);
list.add('uuid parameter', [withParams('SELECT $1::uuid AS v', '{A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11}')]);
list.add('uuid parameter bad', [withParams('SELECT $1::uuid AS v', 'a0eebc99-9c0b')]);
list.add('uuid parameter compared', [
  withParams(
    "SELECT $1::uuid = 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11' AS v",
    'a0eebc999c0b4ef8bb6d6bb9bd380a11',
  ),
]);
list.add(
  'uuid column where parameter',
  [
    "INSERT INTO ids VALUES ('a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', 7)",
    withParams('SELECT n FROM ids WHERE id = $1', 'A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11'),
  ],
  U,
);

// money under lc_monetary C (8.2), beyond round 19's cases
const moneyC = (name: string, sql: string) => list.add(`money C: ${name}`, ["SET lc_monetary = 'C'", sql]);
moneyC('plain', "SELECT '12.34'::money AS v");
moneyC('dollar sign', "SELECT '$12.34'::money AS v");
moneyC('thousands', "SELECT '1,234,567.89'::money AS v");
moneyC('negative', "SELECT '-1234.5'::money AS v");
moneyC('parentheses', "SELECT '(5.00)'::money AS v");
moneyC('rounding half up', "SELECT '0.005'::money AS v, '0.004'::money AS w");
moneyC('rounding negative', "SELECT '-0.005'::money AS v");
moneyC('max', "SELECT '92233720368547758.07'::money AS v");
moneyC('past max', "SELECT '92233720368547758.08'::money AS v");
moneyC('min', "SELECT '-92233720368547758.08'::money AS v");
moneyC('many decimals', "SELECT '1.23456789'::money AS v");
moneyC('junk', "SELECT '12.34x'::money AS v");
moneyC('two signs', "SELECT '--1'::money AS v");
moneyC('only sign', "SELECT '-'::money AS v");
moneyC('only dollar', "SELECT '$'::money AS v");
moneyC('spaces inside', "SELECT '1 234'::money AS v");
moneyC('to numeric', "SELECT '1234.56'::money::numeric AS v");
moneyC('from numeric', 'SELECT 1234.565::numeric::money AS v');
moneyC('from int8', 'SELECT 9223372036854775807::int8::money AS v');
moneyC('from int4 negative', 'SELECT (-5)::int4::money AS v');
moneyC('sum', "SELECT sum(m) AS v FROM (VALUES ('1.01'::money), ('2.02'::money), (NULL)) t(m)");
moneyC('times numeric', "SELECT '10.00'::money * 0.333 AS v");
moneyC('divide money', "SELECT '10.00'::money / '3.00'::money AS v");
moneyC('divide int', "SELECT '10.00'::money / 3 AS v");
moneyC('divide by zero int', "SELECT '10.00'::money / 0::int AS v");
moneyC('overflow multiply', "SELECT '92233720368547758.07'::money * 1.5 AS v");
moneyC('compare', "SELECT '1.00'::money < '1.01'::money AS v, '1'::money = '1.00'::money AS w");
moneyC('cash_words', "SELECT cash_words('123.45'::money) AS v");
moneyC('text round trip', "SELECT '1234.5'::money::text::money AS v");
moneyC(
  'column insert',
  "CREATE TEMP TABLE mc (m money); INSERT INTO mc VALUES (1.5), ('$2'), (3) RETURNING m",
);
moneyC('parameter', 'SELECT 1 AS v');
list.add('money C: parameter bound', [
  "SET lc_monetary = 'C'",
  withParams('SELECT $1::money AS v', '1,000.5'),
]);
list.add('money C: parameter numeric', [
  "SET lc_monetary = 'C'",
  withParams('SELECT $1::numeric::money AS v', '12.345'),
]);
list.add('money C: lc_monetary shown', ["SET lc_monetary = 'C'", 'SHOW lc_monetary']);
list.add('money: bad lc_monetary', ["SET lc_monetary = 'no_such_locale'"]);

export default list.cases;
