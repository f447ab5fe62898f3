// Round 17 probe, json part J: time zones in json output and jsonpath datetime (the forms
// .datetime() recognises, templates, _tz comparisons), and operator grouping of || and the
// other operators next to arithmetic, LIKE and comparisons.
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases('r17 json: ');
const q = (name: string, expr: string, setup?: string) => list.select(name, expr, setup);

const zoned = (name: string, zone: string, expr: string) =>
  list.add(name, [`SET TIME ZONE '${zone}'`, `SELECT ${expr} AS v`]);
for (const zone of ['UTC', 'America/New_York', 'Asia/Kolkata', '+02:30']) {
  zoned(`tz ${zone} to_json timestamptz`, zone, `to_json('2024-07-01 12:00:00.5+00'::timestamptz)`);
  zoned(`tz ${zone} to_jsonb timestamptz`, zone, `to_jsonb('2024-01-01 00:00:00+00'::timestamptz)`);
  zoned(
    `tz ${zone} row_to_json timestamptz`,
    zone,
    `row_to_json(row('2024-01-01 00:00:00+00'::timestamptz, '2024-01-01'::date))`,
  );
  zoned(`tz ${zone} jsonb_build_object timetz`, zone, `jsonb_build_object('t', '10:00:00+03'::timetz)`);
  zoned(
    `tz ${zone} path datetime tz output`,
    zone,
    `jsonb_path_query_array('["2024-01-01 10:00:00+05"]', '$[*].datetime()')`,
  );
  zoned(
    `tz ${zone} path _tz compare`,
    zone,
    `jsonb_path_query_array_tz('["2024-01-01 10:00:00", "2024-01-02 10:00:00"]', '$[*] ? (@.datetime() < "2024-01-01 12:00:00+00".datetime())')`,
  );
  zoned(
    `tz ${zone} path _tz cast to timestamptz`,
    zone,
    `jsonb_path_query_first_tz('["2024-01-01"]', '$[0].datetime() ? (@ == "2024-01-01 00:00:00+00".datetime())')`,
  );
}
const dt: [string, string, string?][] = [
  ['iso T separator', '2024-01-02T03:04:05'],
  ['iso T with zone', '2024-01-02T03:04:05+01:00'],
  ['iso T with Z', '2024-01-02T03:04:05Z'],
  ['fraction', '2024-01-02 03:04:05.123456'],
  ['fraction too long', '2024-01-02 03:04:05.1234567'],
  ['zone minutes', '2024-01-02 03:04:05+05:30'],
  ['zone seconds', '2024-01-02 03:04:05+05:30:15'],
  ['date only', '2024-02-29'],
  ['invalid date', '2023-02-29'],
  ['time with fraction', '10:11:12.5'],
  ['time zone', '10:11:12-08'],
  ['template month name', '02 Jan 2024', 'DD Mon YYYY'],
  ['template fraction', '2024-01-02 03:04:05.12', 'YYYY-MM-DD HH24:MI:SS.FF2'],
  ['template TZH', '2024-01-02 03 +05', 'YYYY-MM-DD HH24 TZH'],
  ['template TZH:TZM', '2024-01-02 03 +05:30', 'YYYY-MM-DD HH24 TZH:TZM'],
  ['template 12h', '2024-01-02 03:04 PM', 'YYYY-MM-DD HH12:MI AM'],
  ['template day of year', '2024 060', 'YYYY DDD'],
  ['template trailing text', '2024-01-02 extra', 'YYYY-MM-DD'],
  ['template short input', '2024', 'YYYY-MM-DD'],
  ['template quoted literal', '2024T01', 'YYYY"T"MM'],
  ['template unsupported', '2024', 'YYYY TZ'],
  ['template epoch', '1700000000', 'SSSS'],
];
for (const [name, value, template] of dt) {
  const path = template === undefined ? '$.datetime()' : `$.datetime("${template}")`;
  q(`path datetime ${name}`, `jsonb_path_query_array('"${value}"', '${path}')`);
  q(`path datetime type ${name}`, `jsonb_path_query_array('"${value}"', '${path}.type()')`);
}
q(
  'path datetime compare date and timestamp',
  `jsonb_path_query_array('["2024-01-01", "2024-01-01 00:00:00"]', '$[*] ? (@.datetime() == "2024-01-01".datetime())')`,
);
q(
  'path datetime compare date and time fails quietly',
  `jsonb_path_query_array('["10:00:00"]', '$[*] ? (@.datetime() == "2024-01-01".datetime())')`,
);
q(
  'path datetime strict compare error',
  `jsonb_path_query_array('["10:00:00"]', 'strict $[*] ? (@.datetime() == "2024-01-01".datetime())')`,
);
q('path datetime keyvalue', `jsonb_path_query_array('{"d": "2024-01-01"}', '$.d.datetime().type()')`);
q('path datetime arithmetic fails', `jsonb_path_query_array('["2024-01-01"]', '$[0].datetime() + 1')`);
q('path datetime size', `jsonb_path_query_array('["2024-01-01"]', '$[0].datetime().size()')`);
q(
  'path datetime template variable fails',
  `jsonb_path_query_array('["2024"]', '$[0].datetime($f)', '{"f":"YYYY"}')`,
);

// ---------------------------------------------------------------- operator grouping beyond jsonb
const groups: [string, string][] = [
  ['text || int + int', `'n: ' || 1 + 1`],
  ['text || int * int', `'n: ' || 2 * 3`],
  ['int + int || text', `1 + 2 || 'x'`],
  ['text || int - int', `'x' || 5 - 2`],
  ['text || int % int', `'x' || 7 % 4`],
  ['text || negative', `'x' || -1`],
  ['text || exponent', `'x' || 2 ^ 3`],
  ['|| then LIKE', `'ab' || 'c' LIKE 'a%c'`],
  ['LIKE then ||', `'abc' LIKE 'a' || '%'`],
  ['|| then IN', `'a' || 'b' IN ('ab', 'x')`],
  ['|| then =', `'a' || 'b' = 'ab'`],
  ['= then ||', `'ab' = 'a' || 'b'`],
  ['|| then BETWEEN', `'b' || '' BETWEEN 'a' AND 'c'`],
  ['|| then IS NULL', `'a' || NULL IS NULL`],
  ['<< then +', `1 << 2 + 1`],
  ['+ then <<', `1 + 1 << 2`],
  ['<< then ||', `(1 << 2) || 'x'`],
  ['& then +', `6 & 3 + 1`],
  ['| then =', `1 | 2 = 3`],
  ['# xor then *', `5 # 1 * 3`],
  ['array || array then =', `ARRAY[1] || ARRAY[2] = ARRAY[1,2]`],
  ['array || element then @>', `ARRAY[1] || 2 @> ARRAY[2]`],
  ['array @> then ||', `ARRAY[1,2] @> ARRAY[1] || ARRAY[3]`],
  ['array && then AND', `ARRAY[1] && ARRAY[1] AND true`],
  ['concat chain with numbers', `1 || 2 || 3`],
  ['concat with cast', `'a' || 1::text || 2`],
  ['concat and minus text', `'a' || 'b' - 'c'`],
];
for (const [name, expr] of groups) q(`grouping ${name}`, expr);
list.add('grouping in WHERE with columns', [
  `CREATE TABLE r17j_gw (id int, first text, last text, n int, j jsonb)`,
  `INSERT INTO r17j_gw VALUES (1, 'Ada', 'Lovelace', 1, '{"a":"x","b":"y"}'), (2, 'Alan', 'Turing', 2, '{"a":"p"}')`,
  `SELECT id AS id, first || ' ' || last AS name, 'n=' || n + 1 AS n1 FROM r17j_gw ORDER BY id`,
  `SELECT id AS id FROM r17j_gw WHERE first || last LIKE 'A%g' ORDER BY id`,
  `SELECT id AS id, j ->> 'a' || '-' || (j ->> 'b') AS ab FROM r17j_gw ORDER BY id`,
  `SELECT id AS id, j ->> 'a' || '-' || j ->> 'b' AS ab FROM r17j_gw ORDER BY id`,
]);

export default list.cases;
