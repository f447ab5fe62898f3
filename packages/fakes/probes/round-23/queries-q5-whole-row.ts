type Step = string | { sql: string; params: unknown[] };
const c = (name: string, setup: string, ...steps: Step[]) => ({ name, setup, steps });
const E = `CREATE TABLE emp (id int PRIMARY KEY, name text, dept text, salary int, manager_id int);
INSERT INTO emp VALUES (1,'ann','eng',100,NULL),(2,'bob','eng',90,1),(3,'cy',NULL,NULL,1),(4,'dee','ops',70,1);
CREATE TABLE q (pid int, x int); INSERT INTO q VALUES (NULL, NULL), (1, NULL);`;
const J = 'FROM emp m LEFT JOIN emp e ON e.manager_id = m.id';
export default [
  c('count e.* left join', E, `SELECT m.id, count(e.*) ${J} GROUP BY m.id ORDER BY m.id`),
  c('count distinct e.*', E, `SELECT count(DISTINCT e.*) ${J}`),
  c('count e.* filter', E, `SELECT count(e.*) FILTER (WHERE m.id > 1) ${J}`),
  c('count e.* over', E, `SELECT m.id, count(e.*) OVER () ${J} ORDER BY 1 LIMIT 1`),
  c('count q.* all null fields', E, 'SELECT count(q.*), count(*) FROM q'),
  c('count q.* cross', E, 'SELECT count(q.*) FROM emp LEFT JOIN q ON q.pid = emp.id'),
  c(
    'e.* is null',
    E,
    `SELECT m.id FROM emp m LEFT JOIN emp e ON e.manager_id = m.id WHERE e.* IS NULL ORDER BY 1`,
  ),
  c('e.* is not null', E, `SELECT count(*) ${J} WHERE e.* IS NOT NULL`),
  c('array_agg e.*', E, `SELECT array_agg(e.* ORDER BY e.id)::text FROM emp e`),
  c('json_agg e.*', E, `SELECT json_agg(e.*) FROM emp e WHERE id = 1`),
  c('row_to_json e.*', E, `SELECT row_to_json(e.*) FROM emp e WHERE id = 1`),
  c('e.* cast text', E, `SELECT (e.*)::text FROM emp e WHERE id = 1`),
  c('e.* field select', E, `SELECT (e.*).name FROM emp e WHERE id = 1`),
  c('order by e.*', E, `SELECT id FROM emp e ORDER BY e.* DESC LIMIT 2`),
  c('group by e.*', E, `SELECT count(*) FROM emp e GROUP BY e.*`),
  c('distinct on e.*', E, `SELECT DISTINCT ON (e.*) id FROM emp e ORDER BY e.*`),
  c('e.* in where comparison', E, `SELECT a.id FROM emp a JOIN emp b ON a.* = b.* ORDER BY 1`),
  c('row of e.*', E, `SELECT ROW(e.*) FROM emp e WHERE id = 1`),
  c('count star qualified in select list', E, `SELECT e.*, count(*) OVER () FROM emp e ORDER BY id LIMIT 1`),
  c('sum e.*', E, `SELECT sum(e.*) FROM emp e`),
  c('max of e.* ', E, `SELECT max(e.*)::text FROM emp e`),
  c('coalesce e.*', E, `SELECT coalesce(e.*) FROM emp e WHERE id = 1`),
  c('count star plain', E, `SELECT count(*) ${J}`),
  c('count of m.* inner side', E, `SELECT count(m.*) ${J}`),
  c('returning e.* qualified', E, `UPDATE emp e SET salary = 1 WHERE id = 1 RETURNING e.*`),
  c(
    'insert select t.*',
    `${E} CREATE TABLE e2 (LIKE emp);`,
    `INSERT INTO e2 SELECT e.* FROM emp e WHERE id < 3`,
    'SELECT count(*) FROM e2',
  ),
  c(
    'exists select t.*',
    E,
    `SELECT id FROM emp m WHERE EXISTS (SELECT e.* FROM emp e WHERE e.id = 2) ORDER BY id`,
  ),
  c(
    'in subquery select t.*',
    E,
    `SELECT id FROM emp WHERE (id, name, dept, salary, manager_id) IN (SELECT e.* FROM emp e WHERE e.id = 2)`,
  ),
  c('count of subquery alias star', E, `SELECT count(s.*) FROM (SELECT NULL::int AS a) s`),
  c('count of values alias star', E, `SELECT count(v.*) FROM (VALUES (NULL::int), (1)) v(a)`),
  c('count of function alias star', E, `SELECT count(g.*) FROM generate_series(1, 3) g`),
  c(
    'count of lateral star null',
    E,
    `SELECT count(x.*) FROM emp LEFT JOIN LATERAL (SELECT 1 AS one WHERE emp.id = 1) x ON true`,
  ),
];
