// Round 19 probe, strings part 13: string functions and operators under a nondeterministic ICU
// collation (docs 24.2.2.4: equality, grouping and ordering honour it; LIKE, regular expressions
// and substring searches are refused in 15 with 0A000).
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases('r19 strings: nondeterministic: ');
const CI = `CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false)`;
const T = `${CI}; CREATE TABLE n (id int PRIMARY KEY, x text COLLATE ci);
INSERT INTO n VALUES (1, 'abc'), (2, 'ABC'), (3, 'Abd'), (4, 'b'), (5, NULL)`;

const exprs: Array<[string, string]> = [
  ['equality', `'abc' = 'ABC' COLLATE ci`],
  ['inequality', `'abc' <> 'ABD' COLLATE ci`],
  ['less than', `'abc' < 'ABD' COLLATE ci`],
  ['like', `'abc' LIKE 'A%' COLLATE ci`],
  ['not like', `'abc' NOT LIKE 'x%' COLLATE ci`],
  ['ilike', `'abc' ILIKE 'A%' COLLATE ci`],
  ['like exact no wildcard', `'abc' LIKE 'ABC' COLLATE ci`],
  ['similar to', `'abc' SIMILAR TO 'A%' COLLATE ci`],
  ['regex', `'abc' ~ ('b' COLLATE ci)`],
  ['regexp_replace', `regexp_replace('abc' COLLATE ci, 'b', 'x')`],
  ['strpos', `strpos('abc' COLLATE ci, 'B')`],
  ['position', `position('B' in 'abc' COLLATE ci)`],
  ['replace', `replace('abc' COLLATE ci, 'B', 'x')`],
  ['split_part', `split_part('aXb' COLLATE ci, 'x', 2)`],
  ['string_to_array', `string_to_array('aXb' COLLATE ci, 'x')`],
  ['starts_with', `starts_with('abc' COLLATE ci, 'A')`],
  ['starts_with operator', `'abc' COLLATE ci ^@ 'A'`],
  ['upper', `upper('abc' COLLATE ci)`],
  ['lower', `lower('ABC' COLLATE ci)`],
  ['initcap', `initcap('abc' COLLATE ci)`],
  ['length', `length('abc' COLLATE ci)`],
  ['translate', `translate('abc' COLLATE ci, 'B', 'x')`],
  ['btrim', `btrim('xabcx' COLLATE ci, 'X')`],
  ['in list', `'abc' COLLATE ci IN ('ABC', 'x')`],
  ['any array', `'abc' COLLATE ci = ANY (ARRAY['ABC'])`],
  ['greatest', `greatest('abc' COLLATE ci, 'ABC')`],
  ['nullif', `nullif('abc' COLLATE ci, 'ABC')`],
  ['case when equal', `CASE 'abc' COLLATE ci WHEN 'ABC' THEN 'same' ELSE 'diff' END`],
  ['text_pattern_ops less', `'abc' COLLATE ci ~<~ 'ABD'`],
  ['distinct count', `(SELECT count(DISTINCT x COLLATE ci)::int FROM (VALUES ('a'), ('A'), ('b')) s(x))`],
  ['array_position', `array_position(ARRAY['a', 'B'] COLLATE ci, 'b')`],
];
for (const [name, expr] of exprs) list.select(name, expr, CI);

const tbl: Array<[string, string]> = [
  ['where equals', `SELECT id FROM n WHERE x = 'ABC' ORDER BY id`],
  ['group by', `SELECT count(*)::int AS c FROM n GROUP BY x ORDER BY 1`],
  ['distinct', `SELECT count(*)::int AS c FROM (SELECT DISTINCT x FROM n) s`],
  ['order by', `SELECT id FROM n ORDER BY x, id`],
  ['where like', `SELECT id FROM n WHERE x LIKE 'a%' ORDER BY id`],
  ['where in', `SELECT id FROM n WHERE x IN ('B', 'zz') ORDER BY id`],
  ['unique index duplicates', `CREATE UNIQUE INDEX n_x ON n (x)`],
  ['join on ci', `SELECT a.id, b.id AS bid FROM n a JOIN n b ON a.x = b.x AND a.id < b.id ORDER BY 1, 2`],
  ['min max', `SELECT min(x) AS lo, max(x) AS hi FROM n`],
  ['string_agg ordered', `SELECT string_agg(x, ',' ORDER BY x, id) AS v FROM n`],
  ['hash join', `SELECT count(*)::int AS c FROM n a JOIN (VALUES ('ABC'), ('B')) v(y) ON a.x = v.y`],
  ['union dedup', `SELECT x FROM n WHERE id IN (1, 2) UNION SELECT x FROM n WHERE id = 1`],
];
for (const [name, sql] of tbl) list.add(name, [sql], T);

export default list.cases;
