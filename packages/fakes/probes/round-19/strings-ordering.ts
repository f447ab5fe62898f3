// Round 19 probe, strings part 14: text ordering under the server's C.UTF-8 collation (code point
// order, docs 24.2): characters outside the BMP against those between U+E000 and U+FFFF (UTF-16
// order puts them the other way round), in ORDER BY, comparisons, min/max, BETWEEN, indexes and
// DISTINCT, on literals, columns and parameters.
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases('r19 strings: ordering: ');
// U+FF71 (halfwidth katakana), U+FFFD, U+E000 (private use) sort before U+1F600 by code point.
const T = `CREATE TABLE o (id int PRIMARY KEY, s text, v varchar(8));
CREATE INDEX o_s ON o (s);
INSERT INTO o VALUES (1, '😀', '😀'), (2, 'ｱ', 'ｱ'), (3, '�', '�'), (4, 'z', 'z'), (5, '', ''), (6, 'é', 'é'), (7, '𝄞', '𝄞'), (8, NULL, NULL)`;

const exprs: Array<[string, string]> = [
  ['emoji vs halfwidth', `'😀' < 'ｱ'`],
  ['emoji vs replacement char', `'😀' > '�'`],
  ['emoji vs private use', `'😀' > U&'\\E000'`],
  ['clef vs halfwidth', `'𝄞' > 'ｱ'`],
  ['greatest mixed', `greatest('😀', 'ｱ', 'z')`],
  ['least mixed', `least('😀', 'ｱ', '𝄞')`],
  ['between', `'ｱ' BETWEEN 'a' AND '😀'`],
  ['compare prefix', `'ｱ😀' < 'ｱｱ'`],
  ['varchar compare', `'😀'::varchar < 'ｱ'::varchar`],
  ['name compare', `'😀'::name < 'ｱ'::name`],
  ['char compare', `'😀'::char(2) < 'ｱ'::char(2)`],
  [
    'order values',
    `(SELECT string_agg(x, ',' ORDER BY x) FROM (VALUES ('😀'), ('ｱ'), ('z'), (U&'\\E000'), ('𝄞')) v(x))`,
  ],
  [
    'order values desc',
    `(SELECT string_agg(x, ',' ORDER BY x DESC) FROM (VALUES ('😀'), ('ｱ'), ('z')) v(x))`,
  ],
  ['max values', `(SELECT max(x) FROM (VALUES ('😀'), ('ｱ')) v(x))`],
  ['min values', `(SELECT min(x) FROM (VALUES ('😀'), ('ｱ')) v(x))`],
  ['array sort via unnest', `(SELECT array_agg(x ORDER BY x) FROM unnest(ARRAY['😀', 'ｱ', 'a']) x)`],
  ['array comparison', `ARRAY['😀'] < ARRAY['ｱ']`],
  ['row comparison', `ROW('😀', 1) < ROW('ｱ', 1)`],
];
for (const [name, expr] of exprs) list.select(name, expr);

const tbl: Array<[string, string]> = [
  ['order by text column', `SELECT id FROM o ORDER BY s, id`],
  ['order by text column desc nulls last', `SELECT id FROM o ORDER BY s DESC NULLS LAST, id`],
  ['order by varchar column', `SELECT id FROM o ORDER BY v, id`],
  ['where greater than halfwidth', `SELECT id FROM o WHERE s > 'ｱ' ORDER BY id`],
  ['where less than emoji', `SELECT id FROM o WHERE s < '😀' ORDER BY id`],
  ['where between', `SELECT id FROM o WHERE s BETWEEN 'a' AND '😀' ORDER BY id`],
  ['min max column', `SELECT min(s) AS lo, max(s) AS hi FROM o`],
  ['order limit', `SELECT s FROM o WHERE s IS NOT NULL ORDER BY s DESC LIMIT 2`],
  ['distinct order', `SELECT DISTINCT s FROM o WHERE s <> '' ORDER BY s`],
  ['window rank', `SELECT id, rank() OVER (ORDER BY s) AS r FROM o WHERE s IS NOT NULL ORDER BY id`],
  ['string_agg ordered column', `SELECT string_agg(s, '|' ORDER BY s) AS v FROM o`],
  ['order by upper', `SELECT id FROM o ORDER BY upper(s), id`],
  ['order by collate C', `SELECT id FROM o ORDER BY s COLLATE "C", id`],
  ['group by ordered', `SELECT s, count(*)::int AS c FROM o GROUP BY s ORDER BY s`],
];
for (const [name, sql] of tbl) list.add(name, [sql], T);

list.params('param less than', `SELECT $1::text < $2::text AS v`, ['😀', 'ｱ']);
list.params('param greatest', `SELECT greatest($1::text, $2::text) AS v`, ['😀', 'ｱ']);
list.add('param where range', [{ sql: `SELECT id FROM o WHERE s >= $1 ORDER BY id`, params: ['ｱ'] }], T);

export default list.cases;
