const S = `CREATE TABLE c(id serial PRIMARY KEY, name text, city text);
INSERT INTO c(name, city) VALUES ('ann','oslo'),('bob','rome'),('cy','oslo'),('dee','paris'),('eve','rome'),('fay','lima'),('gus','oslo'),('hal','lima');
CREATE TABLE o(id serial PRIMARY KEY, cid int, status text, amount int);
INSERT INTO o(cid, status, amount) VALUES (1,'paid',10),(2,'open',10),(3,'paid',20),(1,'void',10),(4,'paid',30),(5,'open',20),(6,'paid',10),(7,'open',30),(8,'paid',20),(2,'paid',10),(3,'open',10),(5,'void',20);`;
const x = (name, ...steps) => ({ name, setup: S, steps });
export default [
  x('g status count order', 'SELECT status, count(*) FROM o GROUP BY status ORDER BY count(*) DESC'),
  x('g city count order ties', 'SELECT city, count(*) AS n FROM c GROUP BY city ORDER BY n DESC'),
  x(
    'g city count order ties limit',
    'SELECT city, count(*) AS n FROM c GROUP BY city ORDER BY n DESC LIMIT 2',
  ),
  x('g cid sum order ties', 'SELECT cid, sum(amount) AS s FROM o GROUP BY cid ORDER BY s DESC'),
  x('g cid sum order ties limit', 'SELECT cid, sum(amount) AS s FROM o GROUP BY cid ORDER BY s DESC LIMIT 3'),
  x('g cid sum order tiebreak', 'SELECT cid, sum(amount) AS s FROM o GROUP BY cid ORDER BY s DESC, cid'),
  x('j order ties', 'SELECT c.name, o.amount FROM o JOIN c ON c.id = o.cid ORDER BY o.amount'),
  x(
    'j order ties limit',
    'SELECT c.name, o.amount FROM o JOIN c ON c.id = o.cid ORDER BY o.amount DESC LIMIT 4',
  ),
  x('j order status', 'SELECT o.id, c.city FROM o JOIN c ON c.id = o.cid ORDER BY c.city'),
  x(
    'lj order ties',
    'SELECT c.name, o.status FROM c LEFT JOIN o ON o.cid = c.id ORDER BY o.status NULLS FIRST',
  ),
  x('sub order ties', "SELECT * FROM (SELECT id, amount FROM o WHERE status <> 'void') s ORDER BY amount"),
  x('cte order ties', 'WITH p AS (SELECT id, amount FROM o) SELECT id FROM p ORDER BY amount'),
  x('distinct order subset', 'SELECT DISTINCT cid, status FROM o ORDER BY status'),
  x('exists order ties', 'SELECT id FROM c WHERE EXISTS (SELECT 1 FROM o WHERE o.cid = c.id) ORDER BY city'),
  x(
    'in sub order ties',
    "SELECT id FROM c WHERE id IN (SELECT cid FROM o WHERE status = 'paid') ORDER BY city",
  ),
  x('agg in order expr', 'SELECT cid FROM o GROUP BY cid ORDER BY max(amount)'),
  x('union order ties', 'SELECT amount, id FROM o UNION ALL SELECT 10, 99 ORDER BY 1'),
  x('g two cols order one', 'SELECT status, cid, count(*) FROM o GROUP BY status, cid ORDER BY status'),
  x('single table order small', 'SELECT id FROM c ORDER BY city'),
  x(
    'single table with scalar sub',
    'SELECT id, (SELECT count(*) FROM o WHERE o.cid = c.id) AS n FROM c ORDER BY n DESC',
  ),
];
