// Round 28 probe (pg-mem): named prepared statements (pg's `name`), whose sixth execution may run
// a generic plan: parameters no longer constants the planner folds or counts.
import { ProbeCases, type ProbeStep } from '../probe-kit.js';

const SHOP = `CREATE TABLE orders (id int PRIMARY KEY, customer_id int, qty int, total numeric(10,2), status text);
INSERT INTO orders VALUES (10, 1, 2, 20.00, 'new'), (11, 1, 0, 5.00, 'paid'), (12, 2, 1, 7.50, 'new'), (13, NULL, 3, 1.00, NULL);
CREATE TABLE customers (id int PRIMARY KEY, name text NOT NULL);
INSERT INTO customers VALUES (1, 'ann'), (2, 'bob'), (3, 'cy');`;

const list = new ProbeCases('generic ');
/** Five executions with `warm`, then three with `last`, of one named statement. */
const sixth = (name: string, sql: string, warm: readonly unknown[], last: readonly unknown[]): void => {
  const steps: ProbeStep[] = [];
  for (let i = 0; i < 5; i++) steps.push({ sql, params: warm, name: 's' });
  for (let i = 0; i < 3; i++) steps.push({ sql, params: last, name: 's' });
  list.add(name, steps, SHOP);
  list.add(`${name} (analysed)`, ['ANALYZE orders', 'ANALYZE customers', ...steps], SHOP);
};

sixth(
  'case else param division',
  'SELECT CASE WHEN id > 0 THEN 1 ELSE 10 / $1::int END AS v FROM orders ORDER BY id',
  [1],
  [0],
);
sixth(
  'where param division on empty match',
  'SELECT id FROM orders WHERE id = 99 AND 10 / $1::int > 0',
  [1],
  [0],
);
sixth(
  'where param false then subquery',
  'SELECT id FROM orders WHERE $1::boolean AND (SELECT id FROM customers) > 0',
  [false],
  [false],
);
sixth(
  'where column division and param any',
  'SELECT id FROM orders WHERE 10 / qty > 1 AND status = ANY($1::text[]) ORDER BY id',
  [['new']],
  [['none']],
);
sixth(
  'where param any then column division',
  'SELECT id FROM orders WHERE status = ANY($1::text[]) AND 10 / qty > 1 ORDER BY id',
  [['x']],
  [['x']],
);
sixth(
  'where param any nine',
  'SELECT id FROM orders WHERE 10 / qty > 1 AND status = ANY($1::text[]) ORDER BY id',
  [['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i']],
  [['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i']],
);
sixth(
  'where param int any',
  'SELECT id FROM orders WHERE 10 / qty > 1 AND customer_id = ANY($1::int[]) ORDER BY id',
  [[7]],
  [[7]],
);
sixth(
  'where param int any unanalysed several',
  'SELECT id FROM orders WHERE 10 / qty > 1 AND customer_id = ANY($1::int[]) ORDER BY id',
  [[7, 8, 9, 10, 11]],
  [[7, 8, 9, 10, 11]],
);
sixth(
  'where column and param null',
  'SELECT id FROM orders WHERE qty / 0 > 1 AND status = $1',
  [null],
  [null],
);
sixth(
  'where param equality then division',
  'SELECT id FROM orders WHERE 10 / qty > 1 AND customer_id = $1 ORDER BY id',
  [9],
  [9],
);
sixth('select param division', 'SELECT id, 10 / $1::int AS v FROM orders WHERE id = 99', [1], [0]);
sixth(
  'coalesce param division',
  'SELECT id, coalesce(1, 10 / $1::int) AS v FROM orders ORDER BY id',
  [1],
  [0],
);
sixth('limit param', 'SELECT id FROM orders ORDER BY id LIMIT $1', [2], [1]);
sixth('update param division', 'UPDATE orders SET qty = qty WHERE id = 99 AND 10 / $1::int > 0', [1], [0]);
sixth(
  'insert select param',
  'INSERT INTO customers SELECT 100 + id, name FROM customers WHERE 10 / $1::int > 100 RETURNING id',
  [1],
  [0],
);
sixth(
  'having param',
  'SELECT customer_id FROM orders GROUP BY customer_id HAVING 10 / $1::int > 0 ORDER BY 1',
  [1],
  [0],
);
sixth(
  'in subquery and param',
  'SELECT id FROM orders WHERE customer_id IN (SELECT id FROM customers WHERE name = $1) AND 10 / qty > 0 ORDER BY id',
  ['zed'],
  ['zed'],
);
sixth('param case when', 'SELECT CASE WHEN $1::int > 0 THEN 1 ELSE 1 / 0 END AS v', [1], [1]);
sixth(
  'param case when row',
  'SELECT CASE WHEN $1::int > 0 THEN qty ELSE 1 / (qty - qty) END AS v FROM orders ORDER BY id',
  [1],
  [1],
);
sixth(
  'param strict null',
  'SELECT id FROM orders WHERE starts_with(status, $1) AND 10 / qty > 0',
  [null],
  [null],
);

export default list.cases;
