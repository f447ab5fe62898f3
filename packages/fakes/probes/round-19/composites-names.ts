// Round 19 probe, composites part K: the column name PostgreSQL gives each unaliased expression of
// the theme (FigureColname): CASE, COALESCE, NULLIF, GREATEST, LEAST, ARRAY, ROW, EXISTS,
// subqueries, subscripts, field selections, ANY/ALL and IN, casts of each, and the type OIDs.
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases('r19 composites: names: ');
const T = `CREATE TYPE mood AS ENUM ('sad', 'ok');
CREATE TYPE pair AS (a int, b text);
CREATE TABLE n (id int, tags text[], ids int[], m mood, p pair, r int4range, q int);
INSERT INTO n VALUES (1, '{x,y}', '{1,2}', 'ok', '(1,z)', '[1,5)', NULL), (2, NULL, '{}', NULL, NULL, NULL, 3);`;

const EXPRS = [
  `CASE WHEN id = 1 THEN 'a' END`,
  `CASE id WHEN 1 THEN 1 ELSE 0 END`,
  `CASE WHEN id = 1 THEN q END::text`,
  `COALESCE(q, 0)`,
  `COALESCE(q, id)::text`,
  `NULLIF(id, 1)`,
  `GREATEST(id, q)`,
  `LEAST(id, 2)`,
  `ARRAY[id, q]`,
  `ARRAY[id]::text[]`,
  `ARRAY(SELECT 1)`,
  `ROW(id, q)`,
  `(id, q)`,
  `EXISTS (SELECT 1)`,
  `NOT EXISTS (SELECT 1)`,
  `(SELECT 1)`,
  `(SELECT id)`,
  `(SELECT max(id) FROM n)`,
  `(SELECT 1 AS x)`,
  `id IN (1, 2)`,
  `id NOT IN (1)`,
  `id = ANY(ids)`,
  `id = ALL('{1}')`,
  `id IN (SELECT 1)`,
  `tags[1]`,
  `ids[1:1]`,
  `tags[1]::varchar`,
  `(p).a`,
  `(p).b::int`,
  `p`,
  `(p).*`,
  `m`,
  `m::text`,
  `r`,
  `lower(r)`,
  `upper(r) - lower(r)`,
  `r @> 2`,
  `isempty(r)`,
  `array_length(ids, 1)`,
  `cardinality(ids)`,
  `array_append(ids, 3)`,
  `ids || 3`,
  `array_to_string(tags, ',')`,
  `unnest(ids)`,
  `array_agg(id)`,
  `enum_first(m)`,
  `enum_range(m)`,
  `id IS DISTINCT FROM q`,
  `q IS NULL`,
  `q ISNULL`,
  `q IS NOT NULL`,
  `(id, q) IS NULL`,
  `(id, q) < (1, 2)`,
  `id BETWEEN 1 AND 2`,
  `COALESCE(tags[1], 'none')`,
  `CAST(q AS text)`,
  `q::bigint`,
  `int4range(id, 5)`,
  `NULLIF(tags, '{}')`,
  `GREATEST(m, 'sad')`,
];
EXPRS.forEach((expr, i) => {
  list.add(`${i} ${expr}`, [`SELECT ${expr} FROM n ORDER BY id`], T);
});
// The same without the composite and range columns, which pg-mem has no types for.
const PLAIN = `CREATE TYPE mood AS ENUM ('sad', 'ok');
CREATE TABLE n (id int, tags text[], ids int[], m mood, q int);
INSERT INTO n VALUES (1, '{x,y}', '{1,2}', 'ok', NULL), (2, NULL, '{}', NULL, 3);`;
EXPRS.filter((expr) => !/\bp\b|\(p\)|\br\b/.test(expr)).forEach((expr, i) => {
  list.add(`plain ${i} ${expr}`, [`SELECT ${expr} FROM n ORDER BY id`], PLAIN);
});
list.add('two unnamed of one name', [`SELECT COALESCE(q, 1), COALESCE(id, 2) FROM n ORDER BY id`], T);
list.add('star with expression', [`SELECT *, ARRAY[id] FROM n ORDER BY id`], T);
list.add('values row names', [`VALUES (ARRAY[1], ROW(1,2), CASE WHEN true THEN 1 END)`]);
list.add('subquery column from case', [
  `SELECT * FROM (SELECT CASE WHEN true THEN 1 END, COALESCE(NULL, 2)) s`,
]);
export default list.cases;
