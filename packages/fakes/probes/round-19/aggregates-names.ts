// Round 19 probe: how GROUP BY, HAVING and ORDER BY names resolve around aggregates (7.2.3, SELECT's
// GROUP BY clause: an output column name is used only as a bare name, an input column name wins).
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases('r19 aggregates names: ');
const T = `CREATE TABLE t (id int PRIMARY KEY, g text, v int);
INSERT INTO t VALUES (1, 'a', 10), (2, 'a', 20), (3, 'b', 5), (4, 'b', 5), (5, 'c', NULL);`;
const q = (name: string, sql: string) => list.add(name, [sql], T);

q('group by alias inside expression is 42703', `SELECT v AS x, count(*) AS n FROM t GROUP BY x + 1`);
q('group by input column beats output alias', `SELECT g AS v, count(*) AS n FROM t GROUP BY v`);
q('order by output alias beats input column', `SELECT g, -v AS v FROM t ORDER BY v, g`);
q('order by alias inside expression is input column', `SELECT g, -v AS v FROM t ORDER BY v + 0, g`);
q('having on output alias is 42703', `SELECT g, count(*) AS c FROM t GROUP BY 1 HAVING c > 1`);
q('having on grouped column', `SELECT sum(v) AS s FROM t GROUP BY g HAVING g = 'a'`);
q('group by same column twice', `SELECT g FROM t GROUP BY g, g ORDER BY g`);
q('group by constant expression is one group', `SELECT count(*) AS n FROM t GROUP BY 1 + 1`);
q('group by NULL', `SELECT count(*) AS n FROM t GROUP BY NULL`);
q('group by string constant', `SELECT count(*) AS n FROM t GROUP BY 'x'`);
q('select constant with group by', `SELECT 1 AS one FROM t GROUP BY g`);
q('count of boolean expression counts non-null', `SELECT count(v > 5) AS c, count(v > 100) AS d FROM t`);
q('aggregate arithmetic of two aggregates', `SELECT max(v) + min(v) AS s, max(v) - count(*) AS d FROM t`);
q('count over cross join', `SELECT count(*) AS n FROM t, t t2`);
q('aggregate order by aggregate without group', `SELECT count(*) AS n FROM t ORDER BY max(v)`);
q('aggregate with limit 0', `SELECT count(*) AS n FROM t LIMIT 0`);
q('aggregate with offset 1 gives no row', `SELECT sum(v) AS s FROM t OFFSET 1`);
q(
  'group by in IN subquery',
  `SELECT id FROM t WHERE v IN (SELECT v FROM t GROUP BY v HAVING count(*) > 1) ORDER BY id`,
);
q(
  'ungrouped column inside aggregate argument is fine',
  `SELECT g, sum(v * id) AS s FROM t GROUP BY g ORDER BY g`,
);
q(
  'grouped column inside expression',
  `SELECT upper(g) || '!' AS u, count(*) AS n FROM t GROUP BY g ORDER BY 1`,
);
q('expression of grouped expression', `SELECT v + 1 AS w, (v + 1) * 2 AS z FROM t GROUP BY v + 1 ORDER BY 1`);
q('grouped expression not matching is 42803', `SELECT v * 2 AS w FROM t GROUP BY v + 1`);
q('qualified and unqualified group columns match', `SELECT t.g, count(*) AS n FROM t GROUP BY g ORDER BY 1`);
q('table alias qualified group column', `SELECT x.g FROM t x GROUP BY x.g ORDER BY 1`);
q(
  'group by column of join ambiguous is 42702',
  `SELECT count(*) AS n FROM t a JOIN t b USING (id) GROUP BY g`,
);
q(
  'group by using column of join',
  `SELECT id, count(*) AS n FROM t a JOIN t b USING (id) GROUP BY id ORDER BY id`,
);
q('count star column name', `SELECT count(*) FROM t`);
q('aggregate column names with expressions', `SELECT sum(v) + 1, max(g), count(*) * 2 FROM t`);
q(
  'aggregate in order by position of aggregate',
  `SELECT g, sum(v) FROM t GROUP BY g ORDER BY 2 DESC NULLS LAST, 1`,
);
q('distinct on grouped output', `SELECT DISTINCT sum(v) AS s FROM t GROUP BY g ORDER BY 1`);
q('group by ordinal referring to aggregate is 42803', `SELECT count(*) AS n, g FROM t GROUP BY 1`);
q('group by ordinal out of range is 42P10', `SELECT g FROM t GROUP BY 3`);
q('order by ordinal out of range is 42P10', `SELECT g, count(*) AS n FROM t GROUP BY g ORDER BY 3`);
q('having with column not in select', `SELECT g FROM t GROUP BY g HAVING max(id) > 3 ORDER BY g`);
q('having referencing ungrouped in expression is 42803', `SELECT g FROM t GROUP BY g HAVING v + 1 > 2`);
q(
  'aggregate argument referencing outer grouped query',
  `SELECT g, (SELECT count(*) FROM t t2 WHERE t2.g = t.g) AS n FROM t GROUP BY g ORDER BY g`,
);

export default list.cases;
