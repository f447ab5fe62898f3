// Round 19 probe, strings part 11: the result type (OID) and column name of string functions and
// operators over varchar(n), text and name columns (docs 9.4: which functions return text, which
// keep their argument's type), aggregates over them, and set operations mixing them.
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases('r19 strings: types: ');
const T = `CREATE TABLE v (id int PRIMARY KEY, vc varchar(10), vn varchar, t text);
INSERT INTO v VALUES (1, 'Abc ', 'x', 'Hello'), (2, NULL, 'yy', NULL), (3, 'zz', NULL, 'w')`;

const exprs = [
  'vc',
  'vn',
  'upper(vc)',
  'lower(vn)',
  'initcap(vc)',
  'trim(vc)',
  'btrim(vc)',
  'ltrim(vc)',
  'rtrim(vc)',
  "trim(both 'z' from vc)",
  'substr(vc, 1, 2)',
  'substring(vc from 1 for 2)',
  "substring(vc from 'b.')",
  'left(vc, 2)',
  'right(vc, 2)',
  'lpad(vc, 6)',
  "rpad(vc, 6, '.')",
  "replace(vc, 'b', 'B')",
  "translate(vc, 'b', 'B')",
  'reverse(vc)',
  'repeat(vc, 2)',
  'vc || vc',
  'vc || t',
  'vc || 1',
  'concat(vc, vn)',
  "concat_ws(',', vc, vn)",
  "format('%s', vc)",
  "split_part(vc, 'b', 1)",
  "regexp_replace(vc, 'b', '')",
  'md5(vc)',
  'quote_literal(vc)',
  'quote_ident(vc)',
  'quote_nullable(vc)',
  'length(vc)',
  'octet_length(vc)',
  "position('b' in vc)",
  "strpos(vc, 'b')",
  "starts_with(vc, 'A')",
  "vc LIKE 'A%'",
  "vc ILIKE 'a%'",
  "vc ~ 'b'",
  'coalesce(vc, vn)',
  'coalesce(vc, t)',
  "coalesce(vc, 'none')",
  "nullif(vc, 'zz')",
  'CASE WHEN id = 1 THEN vc ELSE vn END',
  'CASE WHEN id = 1 THEN vc ELSE t END',
  "CASE WHEN id = 1 THEN vc ELSE 'lit' END",
  'greatest(vc, vn)',
  'least(vc, t)',
  'vc::text',
  'vc::varchar(2)',
  't::varchar(3)',
  'vc::name',
  'vc::char(3)',
  'vc = t',
  'vc < vn',
  'vc COLLATE "C"',
  "vc = 'Abc'",
  "vc = 'Abc '",
  'ascii(vc)',
  "to_char(id, 'FM00') || vc",
];
for (const [index, expr] of exprs.entries()) {
  list.add(`select ${index + 1}: ${expr}`, [`SELECT id, ${expr} FROM v ORDER BY id`], T);
}

const aggs = [
  'min(vc)',
  'max(vn)',
  "string_agg(vc, ',' ORDER BY id)",
  'string_agg(vc, vn ORDER BY id)',
  'array_agg(vc ORDER BY id)',
  'count(DISTINCT vc)',
  'max(vc || t)',
  'min(upper(vc))',
  'max(length(vc))',
  'json_agg(vc ORDER BY id)',
  "bool_and(vc LIKE '%')",
];
for (const [index, agg] of aggs.entries())
  list.add(`aggregate ${index + 1}: ${agg}`, [`SELECT ${agg} FROM v`], T);

const setOps: Array<[string, string]> = [
  ['union varchar and text', `SELECT vc FROM v UNION SELECT t FROM v ORDER BY 1`],
  ['union varchar and literal', `SELECT vc FROM v UNION ALL SELECT 'lit' ORDER BY 1`],
  ['union literal and varchar', `SELECT 'lit' AS x UNION ALL SELECT vc FROM v ORDER BY 1`],
  ['union varchar(10) and varchar', `SELECT vc FROM v UNION ALL SELECT vn FROM v ORDER BY 1`],
  ['values varchar and text', `SELECT x FROM (VALUES ('a'::varchar(3)), ('b'::text)) s(x) ORDER BY 1`],
  ['values varchar typmods', `SELECT x FROM (VALUES ('a'::varchar(3)), ('bb'::varchar(5))) s(x) ORDER BY 1`],
  ['intersect varchar', `SELECT vc FROM v INTERSECT SELECT vc FROM v ORDER BY 1`],
  ['except text from varchar', `SELECT vc FROM v EXCEPT SELECT t FROM v ORDER BY 1`],
  ['subquery varchar column', `SELECT s.vc FROM (SELECT vc FROM v) s ORDER BY 1`],
  ['cte varchar column', `WITH c AS (SELECT vc, upper(vc) AS u FROM v) SELECT * FROM c ORDER BY 1`],
  [
    'insert select returning types',
    `INSERT INTO v SELECT id + 10, t, vc, vn FROM v WHERE t IS NOT NULL RETURNING *`,
  ],
  [
    'update returning expr types',
    `UPDATE v SET vc = upper(vc) WHERE id = 1 RETURNING vc, vc || '!' AS bang, length(vc) AS len`,
  ],
];
for (const [name, sql] of setOps) list.add(name, [sql], T);

export default list.cases;
