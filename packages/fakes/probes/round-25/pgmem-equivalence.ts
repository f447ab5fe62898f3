// Round 25 probe, equivalence classes: PostgreSQL's planner puts a column and everything it is
// compared with by `=` in one class, and compares the class's members that read no column with its
// constant once, before the first row. Scalar subqueries of several rows (21000) or failing ones
// (22012) there, with literals, parameters, joins, data changes and subqueries nested in them.
import { ProbeCases, withParams } from '../probe-kit.js';

const S =
  "CREATE TABLE m(v int); INSERT INTO m VALUES (1),(2); CREATE TABLE t(id bigint, name text); INSERT INTO t VALUES (1, 'a'); CREATE TABLE e(id int, name text); CREATE TABLE u(id int primary key, t_id bigint); INSERT INTO u VALUES (1, 1);";
const list = new ProbeCases('equivalence: ');
const shapes: [string, string][] = [
  ['literal first', 'SELECT id FROM t WHERE id = 2 AND id = (SELECT v FROM m)'],
  ['literal after', 'SELECT id FROM t WHERE id = (SELECT v FROM m) AND id = 2'],
  ['subquery on the left', 'SELECT id FROM t WHERE (SELECT v FROM m) = id AND 2 = id'],
  ['qualified and not', 'SELECT id FROM t WHERE t.id = 2 AND id = (SELECT v FROM m)'],
  ['alias', 'SELECT x.id FROM t AS x WHERE x.id = 2 AND x.id = (SELECT v FROM m)'],
  ['empty table', 'SELECT id FROM e WHERE id = 2 AND id = (SELECT v FROM m)'],
  ['empty table, no constant', 'SELECT id FROM e WHERE id = (SELECT v FROM m)'],
  ['two subqueries', 'SELECT id FROM t WHERE id = (SELECT v FROM m WHERE v = 1) AND id = (SELECT v FROM m)'],
  [
    'two subqueries, empty table',
    'SELECT id FROM e WHERE id = (SELECT v FROM m WHERE v = 1) AND id = (SELECT v FROM m)',
  ],
  ['two literals that differ', 'SELECT id FROM t WHERE id = 2 AND id = 3 AND id = (SELECT v FROM m)'],
  ['two literals that agree', 'SELECT id FROM t WHERE id = 2 AND id = 2 AND id = (SELECT v FROM m)'],
  ['one row that matches', 'SELECT id FROM t WHERE id = 1 AND id = (SELECT v FROM m WHERE v = 1)'],
  ['one row that differs', 'SELECT id FROM t WHERE id = 5 AND id = (SELECT v FROM m WHERE v = 1)'],
  ['no row', 'SELECT id FROM t WHERE id = 1 AND id = (SELECT v FROM m WHERE v = 9)'],
  ['another column', "SELECT id FROM t WHERE name = 'z' AND id = (SELECT v FROM m)"],
  ['text class', "SELECT id FROM t WHERE name = 'z' AND name = (SELECT 'x' FROM m)"],
  ['less than', 'SELECT id FROM t WHERE id = 2 AND id < (SELECT v FROM m)'],
  ['not distinct', 'SELECT id FROM e WHERE id = 2 AND id IS NOT DISTINCT FROM (SELECT v FROM m)'],
  ['or', 'SELECT id FROM t WHERE id = 2 OR id = (SELECT v FROM m)'],
  ['division in the subquery', 'SELECT id FROM e WHERE id = 2 AND id = (SELECT v / 0 FROM m LIMIT 1)'],
  ['division, one row', 'SELECT id FROM e WHERE id = 2 AND id = (SELECT v / (v - 1) FROM m WHERE v = 1)'],
  ['join, literal', 'SELECT u.id FROM u JOIN t ON t.id = u.t_id WHERE t.id = 2 AND t.id = (SELECT v FROM m)'],
  [
    'join through the class',
    'SELECT u.id FROM u JOIN t ON t.id = u.t_id WHERE u.t_id = 2 AND t.id = (SELECT v FROM m)',
  ],
  [
    'left join',
    'SELECT u.id FROM u LEFT JOIN t ON t.id = u.t_id WHERE u.id = 2 AND u.id = (SELECT v FROM m)',
  ],
  [
    'in a subquery of the select list',
    'SELECT (SELECT id FROM t WHERE id = 2 AND id = (SELECT v FROM m)) AS c',
  ],
  [
    'in a subquery of the select list, empty outer',
    'SELECT (SELECT id FROM t WHERE id = 2 AND id = (SELECT v FROM m)) AS c FROM e',
  ],
  ['in a CTE read', 'WITH c AS (SELECT id FROM t WHERE id = 2 AND id = (SELECT v FROM m)) SELECT * FROM c'],
  ['in a CTE not read', 'WITH c AS (SELECT id FROM t WHERE id = 2 AND id = (SELECT v FROM m)) SELECT 1 AS x'],
  ['in EXISTS', 'SELECT EXISTS (SELECT 1 FROM t WHERE id = 2 AND id = (SELECT v FROM m)) AS x'],
  ['update', 'UPDATE t SET name = name WHERE id = 2 AND id = (SELECT v FROM m)'],
  ['delete', 'DELETE FROM t WHERE id = 2 AND id = (SELECT v FROM m)'],
  ['update of an empty table', 'UPDATE e SET name = name WHERE id = 2 AND id = (SELECT v FROM m)'],
  ['limit 0', 'SELECT id FROM t WHERE id = 2 AND id = (SELECT v FROM m) LIMIT 0'],
  ['false first', 'SELECT id FROM t WHERE false AND id = 2 AND id = (SELECT v FROM m)'],
  [
    'false one-time filter first',
    'SELECT id FROM t WHERE (SELECT false) AND id = 2 AND id = (SELECT v FROM m)',
  ],
  ['cast column', 'SELECT id FROM t WHERE id::int = 2 AND id::int = (SELECT v FROM m)'],
  ['numeric literal', 'SELECT id FROM t WHERE id = 2.0 AND id = (SELECT v FROM m)'],
  ['null literal', 'SELECT id FROM t WHERE id = NULL AND id = (SELECT v FROM m)'],
  ['group by', 'SELECT id, count(*) FROM t WHERE id = 2 AND id = (SELECT v FROM m) GROUP BY id'],
  ['aggregate over nothing', 'SELECT count(*) FROM t WHERE id = 2 AND id = (SELECT v FROM m)'],
];
for (const [name, sql] of shapes) list.add(name, [sql], S);
list.add('parameter', [withParams('SELECT id FROM t WHERE id = $1 AND id = (SELECT v FROM m)', 2)], S);
list.add(
  'parameter, empty table',
  [withParams('SELECT id FROM e WHERE id = $1 AND id = (SELECT v FROM m)', 2)],
  S,
);
list.add(
  'parameter, one row',
  [withParams('SELECT id FROM t WHERE id = $1 AND id = (SELECT v FROM m WHERE v = 1)', 1)],
  S,
);
list.add(
  'parameter text',
  [withParams("SELECT id FROM t WHERE name = $1 AND name = (SELECT 'x' FROM m)", 'z')],
  S,
);
export default list.cases;
