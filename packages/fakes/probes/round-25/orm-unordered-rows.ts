// Round 25: ORM finds without an ORDER BY (`findAll()`, `find()`, `db.select().from(t)`): rows come in
// the order 15 stores them, which updates, deletes and upserts change.
import { ProbeCases, withParams as p } from '../probe-kit.js';

const T = `CREATE TABLE t (id serial PRIMARY KEY, name text, n int NOT NULL DEFAULT 0, email text UNIQUE);
  INSERT INTO t (name, n, email) VALUES ('a', 1, 'a@x'), ('b', 2, 'b@x'), ('c', 3, 'c@x'), ('d', 4, 'd@x');`;
const l = new ProbeCases('rows ');
const all = 'SELECT id, name, n FROM t';
l.add('plain', [all], T);
l.add('after update first', ["UPDATE t SET name = 'A' WHERE id = 1", all], T);
l.add(
  'after update middle twice',
  ['UPDATE t SET n = n + 1 WHERE id = 2', 'UPDATE t SET n = n + 1 WHERE id = 2', all],
  T,
);
l.add('after update all', ['UPDATE t SET n = n * 10', all], T);
l.add(
  'after update in reverse',
  [
    'UPDATE t SET n = n + 1 WHERE id = 4',
    'UPDATE t SET n = n + 1 WHERE id = 3',
    'UPDATE t SET n = n + 1 WHERE id = 1',
    all,
  ],
  T,
);
l.add('after update to same value', ['UPDATE t SET n = n WHERE id = 1', all], T);
l.add('after delete and insert', ['DELETE FROM t WHERE id = 2', "INSERT INTO t (name) VALUES ('e')", all], T);
l.add(
  'after upsert update',
  [
    p(
      'INSERT INTO t (email, name) VALUES ($1, $2) ON CONFLICT (email) DO UPDATE SET name = excluded.name',
      'a@x',
      'A2',
    ),
    all,
  ],
  T,
);
l.add(
  'after upsert do nothing',
  [p('INSERT INTO t (email, name) VALUES ($1, $2) ON CONFLICT (email) DO NOTHING', 'a@x', 'A2'), all],
  T,
);
l.add('after update rolled back', ['BEGIN', "UPDATE t SET name = 'X' WHERE id = 1", 'ROLLBACK', all], T);
l.add(
  'after update in savepoint rolled back',
  ['BEGIN', 'SAVEPOINT s', "UPDATE t SET name = 'X' WHERE id = 1", 'ROLLBACK TO SAVEPOINT s', 'COMMIT', all],
  T,
);
l.add(
  'after failed insert',
  [p('INSERT INTO t (email) VALUES ($1)', 'a@x'), "INSERT INTO t (name) VALUES ('z')", all],
  T,
);
l.add(
  'where filter after update',
  ["UPDATE t SET name = 'A' WHERE id = 1", 'SELECT id FROM t WHERE n > 0'],
  T,
);
l.add('limit 2 after update', ["UPDATE t SET name = 'A' WHERE id = 1", 'SELECT id FROM t LIMIT 2'], T);
l.add(
  'typeorm find no order after update',
  ['UPDATE t SET n = 9 WHERE id = 2', 'SELECT "t"."id" AS "t_id", "t"."n" AS "t_n" FROM "t" "t"'],
  T,
);
l.add(
  'sequelize findAll after update',
  ['UPDATE "t" SET "name"=\'B\' WHERE "id" = 2', 'SELECT "id", "name" FROM "t" AS "T";'],
  T,
);
l.add('update returning order', ['UPDATE t SET n = n + 1 WHERE id IN (3, 1) RETURNING id'], T);
l.add(
  'update returning all after earlier update',
  ["UPDATE t SET name = 'A' WHERE id = 1", 'UPDATE t SET n = 0 RETURNING id'],
  T,
);
l.add(
  'delete returning order after update',
  ["UPDATE t SET name = 'A' WHERE id = 1", 'DELETE FROM t RETURNING id'],
  T,
);
l.add(
  'json_agg no order after update',
  ["UPDATE t SET name = 'A' WHERE id = 1", 'SELECT json_agg(id) FROM t'],
  T,
);
l.add(
  'array_agg no order after update',
  ["UPDATE t SET name = 'A' WHERE id = 1", 'SELECT array_agg(id) FROM t'],
  T,
);
l.add(
  'string_agg no order after update',
  ["UPDATE t SET name = 'A' WHERE id = 1", "SELECT string_agg(name, ',') FROM t"],
  T,
);
l.add(
  'join no order after update',
  ["UPDATE t SET name = 'A' WHERE id = 1", 'SELECT a.id, b.id FROM t a JOIN t b ON b.n = a.n'],
  T,
);
l.add('group by no order', ['SELECT n % 2 AS k, count(*) FROM t GROUP BY 1'], T);
l.add('distinct no order', ['SELECT DISTINCT n % 2 AS k FROM t'], T);
l.add('union no order', ['SELECT n FROM t UNION SELECT n + 1 FROM t'], T);

export default l.cases;
