const S = `CREATE TABLE o(id int PRIMARY KEY, cust int, amount numeric(10,2), status text, created date);
INSERT INTO o VALUES (1,1,10.00,'paid','2024-01-01'),(2,1,20.50,'open','2024-01-02'),(3,2,5.25,'paid','2024-01-02'),(4,null,7.00,null,'2024-01-03'),(5,3,100.00,'void','2024-01-04');
CREATE TABLE c(id int PRIMARY KEY, name text, tier int); INSERT INTO c VALUES (1,'ann',1),(2,'bob',2),(3,'cy',null),(4,'dee',1);`;
const x = (name, ...steps) => ({ name, setup: S, steps });
export default [
  x('exists', 'SELECT name FROM c WHERE EXISTS (SELECT 1 FROM o WHERE o.cust = c.id) ORDER BY 1'),
  x('not exists', 'SELECT name FROM c WHERE NOT EXISTS (SELECT 1 FROM o WHERE o.cust = c.id) ORDER BY 1'),
  x('in subquery', 'SELECT name FROM c WHERE id IN (SELECT cust FROM o) ORDER BY 1'),
  x('not in with null', 'SELECT name FROM c WHERE id NOT IN (SELECT cust FROM o) ORDER BY 1'),
  x(
    'not in without null',
    'SELECT name FROM c WHERE id NOT IN (SELECT cust FROM o WHERE cust IS NOT NULL) ORDER BY 1',
  ),
  x('in null value', 'SELECT tier, tier IN (SELECT 1) AS a, tier NOT IN (SELECT 2) AS b FROM c ORDER BY id'),
  x(
    'in empty subquery null',
    'SELECT NULL::int IN (SELECT 1 WHERE false), NULL::int NOT IN (SELECT 1 WHERE false)',
  ),
  x('in list nulls', 'SELECT 1 IN (2, NULL), 1 NOT IN (2, NULL), 1 IN (1, NULL), NULL IN (1)'),
  x(
    'scalar subquery',
    'SELECT name, (SELECT sum(amount) FROM o WHERE o.cust = c.id) AS total FROM c ORDER BY id',
  ),
  x('scalar subquery multi row', 'SELECT (SELECT id FROM o)'),
  x('scalar subquery multi row where', 'SELECT name FROM c WHERE id = (SELECT cust FROM o)'),
  x('scalar subquery multi col', 'SELECT (SELECT id, cust FROM o LIMIT 1)'),
  x('scalar subquery none', 'SELECT (SELECT id FROM o WHERE false) IS NULL'),
  x('any subquery', 'SELECT name FROM c WHERE id = ANY (SELECT cust FROM o) ORDER BY 1'),
  x('some subquery', 'SELECT name FROM c WHERE id > SOME (SELECT cust FROM o) ORDER BY 1'),
  x(
    'all subquery',
    'SELECT name FROM c WHERE id > ALL (SELECT cust FROM o WHERE cust IS NOT NULL) ORDER BY 1',
  ),
  x('all subquery null', 'SELECT name FROM c WHERE id > ALL (SELECT cust FROM o) ORDER BY 1'),
  x('all empty', 'SELECT name FROM c WHERE id > ALL (SELECT cust FROM o WHERE false) ORDER BY 1'),
  x('any empty', 'SELECT 1 = ANY (SELECT 1 WHERE false), 1 <> ALL (SELECT 1 WHERE false)'),
  x('all values', 'SELECT id, id <> ALL (SELECT cust FROM o) FROM c ORDER BY id'),
  x('any array', 'SELECT name FROM c WHERE id = ANY (ARRAY[1,3]) ORDER BY 1'),
  x('any array param', { sql: 'SELECT name FROM c WHERE id = ANY ($1) ORDER BY 1', params: [[2, 4]] }),
  x('all array param', {
    sql: 'SELECT name FROM c WHERE id <> ALL ($1::int[]) ORDER BY 1',
    params: [[2, 4]],
  }),
  x(
    'any array with null',
    "SELECT 3 = ANY (ARRAY[1,NULL]), 1 = ANY (ARRAY[1,NULL]), 3 <> ALL (ARRAY[1,NULL]), 3 = ANY ('{}'::int[])",
  ),
  x('any like', "SELECT name FROM c WHERE name LIKE ANY (ARRAY['a%','c%']) ORDER BY 1"),
  x('row in subquery', "SELECT id FROM o WHERE (cust, status) IN (SELECT 1, 'paid') ORDER BY 1"),
  x('row = subquery', "SELECT id FROM o WHERE (cust, status) = (SELECT 1, 'open')"),
  x(
    'row not in null',
    'SELECT (1, 2) NOT IN (SELECT 1, NULL::int), (1,2) IN (SELECT 1, NULL::int), (1,2) NOT IN (SELECT 2, NULL::int)',
  ),
  x('exists select star', 'SELECT EXISTS (SELECT * FROM o WHERE amount > 50)'),
  x('exists with limit 0', 'SELECT EXISTS (SELECT 1 FROM o LIMIT 0)'),
  x(
    'correlated max',
    'SELECT id FROM o o1 WHERE amount = (SELECT max(amount) FROM o o2 WHERE o2.cust = o1.cust) ORDER BY 1',
  ),
  x(
    'correlated count in select',
    'SELECT c.id, (SELECT count(*) FROM o WHERE o.cust = c.id) FROM c ORDER BY 1',
  ),
  x('in subquery type mismatch', "SELECT 1 WHERE 1 IN (SELECT 'a')"),
  x('in subquery text int', "SELECT 1 WHERE 'x' IN (SELECT 1)"),
  x('in subquery numeric', 'SELECT id FROM c WHERE id IN (SELECT amount / 10 FROM o) ORDER BY 1'),
  x('subquery in from agg', 'SELECT avg(total) FROM (SELECT cust, sum(amount) total FROM o GROUP BY cust) s'),
  x('array subquery', 'SELECT ARRAY(SELECT id FROM o ORDER BY id DESC)'),
  x('array subquery empty', 'SELECT ARRAY(SELECT id FROM o WHERE false)'),
  x('array subquery multicol', 'SELECT ARRAY(SELECT id, cust FROM o)'),
  x('row compare lt', 'SELECT ROW(1,2) < ROW(1,3), ROW(1,2) < ROW(2,0), (1,2,3) <= (1,2,3), (2,1) > (1,9)'),
  x(
    'row compare null',
    'SELECT ROW(1,NULL) = ROW(1,NULL), ROW(1,NULL) < ROW(2,NULL), ROW(1,NULL) < ROW(1,2), ROW(1,2) <> ROW(1,NULL), ROW(1,2) <> ROW(2,NULL)',
  ),
  x(
    'row is distinct',
    'SELECT ROW(1,NULL) IS DISTINCT FROM ROW(1,NULL), ROW(1,NULL) IS NOT DISTINCT FROM ROW(1,NULL), ROW(1,2) IS DISTINCT FROM ROW(1,NULL)',
  ),
  x(
    'row is null',
    'SELECT ROW(NULL,NULL) IS NULL, ROW(1,NULL) IS NULL, ROW(1,NULL) IS NOT NULL, ROW(1,2) IS NOT NULL, NOT (ROW(1,NULL) IS NULL)',
  ),
  x('row length mismatch', 'SELECT ROW(1,2) = ROW(1,2,3)'),
  x('row compare types', "SELECT (1, 'a') < (1, 'b'), (1.5, now()::date) > (1, '2020-01-01')"),
  x(
    'row compare table keyset',
    "SELECT id FROM o WHERE (created, id) > (DATE '2024-01-02', 2) ORDER BY created, id",
  ),
  x(
    'row compare desc keyset',
    "SELECT id FROM o WHERE (created, id) < (DATE '2024-01-03', 9) ORDER BY created DESC, id DESC LIMIT 2",
  ),
  x('row compare null row', "SELECT id FROM o WHERE (status, id) > ('open', 0) ORDER BY id"),
  x('row compare params', {
    sql: 'SELECT id FROM o WHERE (amount, id) >= ($1, $2) ORDER BY amount, id',
    params: ['10.00', 1],
  }),
  x('row compare table row', "SELECT c FROM c WHERE c = ROW(2, 'bob', 2)::c"),
  x('whole row compare', 'SELECT a.id FROM c a, c b WHERE a = b ORDER BY 1'),
  x('row star', 'SELECT ROW(c.*) FROM c WHERE id = 3'),
  x('row text output', "SELECT ROW(1, 'a b', NULL, '', '\"q\"')"),
  x('row compare lte null', 'SELECT ROW(1,NULL) <= ROW(1,NULL), ROW(NULL,1) < ROW(NULL,2)'),
  x('row operator in', 'SELECT (1,2) IN ((1,2),(3,4)), (1,NULL) IN ((1,2)), (1,NULL) NOT IN ((2,2))'),
  x(
    'exists correlated agg',
    'SELECT name FROM c WHERE EXISTS (SELECT 1 FROM o WHERE o.cust = c.id HAVING sum(amount) > 20) ORDER BY 1',
  ),
  x(
    'subquery order limit in',
    'SELECT name FROM c WHERE id IN (SELECT cust FROM o ORDER BY amount DESC LIMIT 2) ORDER BY 1',
  ),
  x('scalar subquery limit', 'SELECT (SELECT id FROM o ORDER BY amount LIMIT 1)'),
  x('scalar param', { sql: 'SELECT (SELECT name FROM c WHERE id = $1)', params: [2] }),
  x('not exists param', {
    sql: 'SELECT count(*) FROM c WHERE NOT EXISTS (SELECT 1 FROM o WHERE o.cust = c.id AND o.status = $1)',
    params: ['paid'],
  }),
  x(
    'in subquery update',
    "UPDATE o SET status = 'x' WHERE cust IN (SELECT id FROM c WHERE tier = 1) RETURNING id",
  ),
  x('delete not in null', 'DELETE FROM c WHERE id NOT IN (SELECT cust FROM o) RETURNING id'),
  x('any operator <', 'SELECT 5 < ANY (SELECT amount FROM o), 500 < ANY (SELECT amount FROM o)'),
];
