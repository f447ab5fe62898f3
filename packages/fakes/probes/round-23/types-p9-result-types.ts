// Round 23 area C, part 9: result type OIDs node-pg sees, for expressions pg-mem answers.
type Step = string | { sql: string; params: unknown[] };
const cases: { name: string; setup?: string; steps: Step[] }[] = [];
const c = (name: string, steps: Step | Step[], setup?: string) =>
  cases.push({ name, steps: Array.isArray(steps) ? steps : [steps], ...(setup ? { setup } : {}) });
const T =
  "CREATE TABLE t (s smallint, i int, b bigint, n numeric, r numeric(6,2), f float8, x text, v varchar(10), u uuid, d date, ts timestamp, tz timestamptz, o bool, j jsonb, y bytea, ia int[], ta text[]); INSERT INTO t VALUES (1, 2, 3, 4.5, 6.25, 7.5, 'x', 'v', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '2024-01-02', '2024-01-02 03:04:05', '2024-01-02 03:04:05+00', true, '{\"a\": 1}', '\\x01', '{1,2}', '{a,b}')";
const exprs: [string, string][] = [
  ['smallint ops', 's + s, s * s, -s, s / s, s % s, abs(s)'],
  ['smallint with int', 's + i, i - s, s * 2, s + 1::int2'],
  ['bigint ops', 'b + i, b * s, -b, b / 2, abs(b), b % 2'],
  ['numeric ops', 'n + i, n * b, n / s, -n, abs(n), n % 2, r + 1, r * r'],
  ['float ops', 'f + i, f * n::float8, -f, abs(f), f / 2'],
  ['int and float literal', 'i + 1.5, i * 2.0, s + 1.5'],
  ['aggregates int', 'sum(s), sum(i), sum(b), avg(s), avg(i), avg(b), min(s), max(b), count(i)'],
  ['aggregates numeric float', 'sum(n), avg(n), sum(r), min(r), sum(f), avg(f), max(f)'],
  ['aggregates text', "min(x), max(v), string_agg(x, ','), count(DISTINCT v)"],
  ['aggregates other', 'bool_and(o), bool_or(o), min(d), max(ts), max(tz), array_agg(i), array_agg(x)'],
  [
    'jsonb aggregates',
    "jsonb_agg(i), jsonb_object_agg(x, i), jsonb_build_object('a', i), jsonb_build_array(x)",
  ],
  [
    'text functions',
    "length(x), upper(v), lower(x), substr(x, 1), x || v, v || v, concat(x, i), trim(v), replace(v, 'v', 'w'), position('x' in x)",
  ],
  [
    'more text functions',
    "left(x, 1), right(v, 1), lpad(x, 3), rpad(v, 3), repeat(x, 2), reverse(v), initcap(x), md5(x), split_part(x, ',', 1), strpos(x, 'x')",
  ],
  ['char length types', 'char_length(x), octet_length(v), bit_length(x), ascii(x), chr(65)'],
  [
    'coalesce types',
    'coalesce(s, i), coalesce(i, b), coalesce(b, n), coalesce(x, v), coalesce(v, v), coalesce(n, f)',
  ],
  [
    'nullif and greatest types',
    'nullif(s, 1), nullif(v, x), greatest(s, i), greatest(i, b), least(n, i), greatest(v, v)',
  ],
  [
    'case types',
    "CASE WHEN o THEN s ELSE i END, CASE WHEN o THEN v ELSE x END, CASE WHEN o THEN v ELSE 'lit' END, CASE WHEN o THEN 1 ELSE NULL END",
  ],
  [
    'casts',
    'i::int2, s::int8, b::numeric, n::float8, i::text, x::varchar, v::text, d::timestamp, ts::date, tz::date, u::text, j::text',
  ],
  [
    'date time ops',
    "d + 1, d - 1, d - d, d + interval '1 day', ts + interval '1 hour', tz - interval '1 hour', ts - ts, now(), current_date, current_timestamp, localtimestamp",
  ],
  [
    'extract and trunc',
    "extract(year from d), extract(epoch from tz), date_part('day', ts), date_trunc('day', ts), date_trunc('day', tz), date_trunc('day', d)",
  ],
  [
    'comparison and logic types',
    'i = s, x LIKE v, o AND o, NOT o, i IS NULL, x IN (v), i BETWEEN 1 AND 2, u = u',
  ],
  [
    'jsonb ops types',
    "j -> 'a', j ->> 'a', j #> '{a}', j #>> '{a}', j || j, j - 'a', j @> j, j ? 'a', jsonb_typeof(j), jsonb_array_length('[1]')",
  ],
  [
    'array ops types',
    "ia || 3, ta || 'c'::text, array_length(ia, 1), cardinality(ta), ia[1], ta[1], ia @> ia, array_position(ta, 'a'), array_remove(ia, 1), array_append(ta, 'z')",
  ],
  [
    'array functions more',
    "array_to_string(ta, ','), string_to_array(x, ','), array_cat(ia, ia), unnest(ta)",
  ],
  ['bytea types', "y, length(y), y || y, encode(y, 'hex'), decode('00', 'hex'), md5(y)"],
  ['uuid types', 'u, gen_random_uuid() IS NOT NULL, u::text'],
  [
    'round functions types',
    'round(n), round(n, 1), round(f), trunc(n), ceil(f), floor(n), ceil(i), floor(i), round(i), sign(n), sqrt(f)',
  ],
  ['division types', 'i / 2, i / 2.0, b / i, s / s, n / i, f / i'],
  ['power and mod types', 'power(i, 2), power(n, 2), mod(i, 2), mod(b, i), mod(n, 2), div(n, 2)'],
  ['numeric literals types', '1, 1.0, 2147483648, 9223372036854775808, -1, 0.5, 100'],
  ['string literal types', "'x', 'x'::text, 'x'::varchar, 'x'::varchar(2), 'x' || 'y', ''"],
  ['null typed', 'NULL, NULL::int, NULL::text, NULL::jsonb'],
  ['row number window', 'row_number() OVER (), rank() OVER (ORDER BY i), count(*) OVER ()'],
  [
    'exists subquery types',
    'EXISTS (SELECT 1), (SELECT 1), (SELECT x FROM t LIMIT 1), (SELECT count(*) FROM t)',
  ],
];
for (const [name, list] of exprs) c(`types: ${name}`, `SELECT ${list} FROM t`, T);
c('types: params typed', {
  sql: 'SELECT $1::int a, $2::bigint b, $3::numeric c, $4::text d, $5::varchar e, $6::bool f, $7::date g, $8::timestamptz h, $9::jsonb i, $10::uuid j',
  params: [
    1,
    '2',
    '3.5',
    'x',
    'y',
    true,
    '2024-01-01',
    '2024-01-01T00:00:00Z',
    '{}',
    'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11',
  ],
});
c(
  'types: params inferred',
  {
    sql: 'SELECT i + $1 a, x || $2 b, n * $3 c, coalesce(v, $4) d, f + $5 e FROM t',
    params: [1, 'y', '2', 'z', 1.5],
  },
  T,
);
c(
  'types: returning types',
  'INSERT INTO t (s, i, b, n, r, x, v) VALUES (1, 2, 3, 4, 5, 6, 7) RETURNING s, i, b, n, r, x, v',
  T,
);
c('types: update returning expressions', "UPDATE t SET i = i + 1 RETURNING i * 2, s + 1, r * 2, x || '!'", T);
export default cases;
