import { defineGroup } from '../sql-case.js';

const ACCOUNTS = `
  CREATE TABLE accounts (
    id int PRIMARY KEY,
    owner text NOT NULL,
    balance numeric(12, 2) NOT NULL DEFAULT 0,
    version int NOT NULL DEFAULT 1,
    status text NOT NULL DEFAULT 'open'
  );
  INSERT INTO accounts (id, owner, balance) VALUES (1, 'ada', 100), (2, 'bob', 50), (3, 'cy', 0);`;

const PARENTS = `
  CREATE TABLE parents (id int PRIMARY KEY);
  CREATE TABLE kids (
    id int PRIMARY KEY,
    parent_id int REFERENCES parents (id) ON DELETE CASCADE,
    guardian_id int REFERENCES parents (id) ON DELETE SET NULL
  );
  INSERT INTO parents VALUES (1), (2);
  INSERT INTO kids VALUES (10, 1, 2), (11, 2, 1), (12, 1, NULL);`;

/** UPDATE and DELETE forms a repository writes: RETURNING, FROM/USING joins, optimistic versions, cascades. */
export const updateDeleteCases = defineGroup('updates-deletes', [
  {
    name: 'UPDATE RETURNING gives the new values and counts the rows',
    setup: ACCOUNTS,
    steps: ["UPDATE accounts SET balance = balance + 10 WHERE owner <> 'cy' RETURNING id, balance"],
  },
  {
    name: 'an UPDATE that matches nothing reports rowCount 0',
    setup: ACCOUNTS,
    steps: [{ sql: 'UPDATE accounts SET status = $1 WHERE id = $2', params: ['closed', 99] }],
  },
  {
    name: 'an optimistic update checks and bumps the version',
    setup: ACCOUNTS,
    steps: [
      {
        sql: 'UPDATE accounts SET balance = $1, version = version + 1 WHERE id = $2 AND version = $3 RETURNING version',
        params: ['1.5', 1, 1],
      },
      {
        sql: 'UPDATE accounts SET balance = $1, version = version + 1 WHERE id = $2 AND version = $3 RETURNING version',
        params: ['2.5', 1, 1],
      },
    ],
  },
  {
    name: 'UPDATE ... FROM joins another table',
    setup: `${ACCOUNTS} CREATE TABLE deposits (account_id int, amount numeric);
            INSERT INTO deposits VALUES (1, 5), (3, 7.25);`,
    steps: [
      'UPDATE accounts a SET balance = a.balance + d.amount FROM deposits d WHERE d.account_id = a.id RETURNING a.id, a.balance',
    ],
  },
  {
    name: 'UPDATE SET (a, b) = (x, y) assigns a row',
    setup: ACCOUNTS,
    steps: ["UPDATE accounts SET (owner, status) = ('ann', 'frozen') WHERE id = 1 RETURNING owner, status"],
  },
  {
    name: 'UPDATE SET col = DEFAULT restores the default',
    setup: `${ACCOUNTS} UPDATE accounts SET status = 'frozen';`,
    steps: ['UPDATE accounts SET status = DEFAULT WHERE id = 2 RETURNING status'],
  },
  {
    name: 'UPDATE SET a = b, b = a swaps using the old values',
    setup: 'CREATE TABLE pairs (id int PRIMARY KEY, a int, b int); INSERT INTO pairs VALUES (1, 1, 2);',
    steps: ['UPDATE pairs SET a = b, b = a RETURNING a, b'],
  },
  {
    name: 'UPDATE with a CASE expression sets per-row values',
    setup: ACCOUNTS,
    steps: [
      "UPDATE accounts SET status = CASE WHEN balance = 0 THEN 'empty' ELSE 'funded' END RETURNING id, status",
    ],
  },
  {
    name: 'UPDATE SET from a correlated subquery computes per row',
    setup: `CREATE TABLE carts (id int PRIMARY KEY, total numeric);
            CREATE TABLE lines (cart_id int, amount numeric);
            INSERT INTO carts VALUES (1, 0), (2, 0);
            INSERT INTO lines VALUES (1, 2.5), (1, 3), (2, 1);`,
    steps: [
      'UPDATE carts SET total = (SELECT sum(amount) FROM lines WHERE lines.cart_id = carts.id)',
      'SELECT id, total FROM carts ORDER BY id',
    ],
  },
  {
    name: 'DELETE RETURNING gives the deleted rows',
    setup: ACCOUNTS,
    steps: ['DELETE FROM accounts WHERE balance < 60 RETURNING id, owner'],
  },
  {
    name: 'DELETE ... USING joins another table',
    setup: `${ACCOUNTS} CREATE TABLE closures (account_id int); INSERT INTO closures VALUES (2);`,
    steps: [
      'DELETE FROM accounts a USING closures c WHERE c.account_id = a.id',
      'SELECT id FROM accounts ORDER BY id',
    ],
  },
  {
    name: 'DELETE without WHERE counts every row',
    setup: ACCOUNTS,
    steps: ['DELETE FROM accounts'],
  },
  {
    name: 'ON DELETE CASCADE removes the children',
    setup: PARENTS,
    steps: ['DELETE FROM parents WHERE id = 1', 'SELECT id, parent_id, guardian_id FROM kids ORDER BY id'],
  },
  {
    name: 'ON DELETE SET NULL clears the reference',
    setup: `${PARENTS} DELETE FROM kids WHERE parent_id = 2;`,
    steps: [
      'DELETE FROM kids WHERE id = 12',
      'UPDATE kids SET parent_id = 1',
      'DELETE FROM parents WHERE id = 2',
      'SELECT id, guardian_id FROM kids ORDER BY id',
    ],
  },
  {
    name: 'TRUNCATE empties the table',
    setup: ACCOUNTS,
    steps: ['TRUNCATE accounts', 'SELECT count(*) FROM accounts'],
  },
  {
    name: 'UPDATE ... WHERE EXISTS (correlated) updates only matching rows',
    setup: `${ACCOUNTS} CREATE TABLE flags (account_id int); INSERT INTO flags VALUES (1), (3);`,
    steps: [
      "UPDATE accounts SET status = 'flagged' WHERE EXISTS (SELECT 1 FROM flags f WHERE f.account_id = accounts.id)",
      'SELECT id, status FROM accounts ORDER BY id',
    ],
  },
  {
    name: 'UPDATE with a parameter in SET and WHERE keeps numeric scale',
    setup: ACCOUNTS,
    steps: [
      { sql: 'UPDATE accounts SET balance = balance - $1 WHERE id = $2 RETURNING balance', params: [0.1, 1] },
    ],
  },
  {
    name: 'UPDATE checks a computed value against the numeric(p,s) column precision (22003)',
    setup: `CREATE TABLE m (id int PRIMARY KEY, v numeric(5, 2));
            INSERT INTO m VALUES (1, 999.50), (2, 10.25);`,
    steps: [
      'UPDATE m SET v = v + 1',
      'UPDATE m SET v = v - 1 RETURNING id, v',
      'UPDATE m SET v = v * 100 WHERE id = 2',
    ],
  },
  {
    name: 'a self-referencing foreign key with ON DELETE CASCADE deletes a whole subtree',
    setup: `CREATE TABLE n (id int PRIMARY KEY, parent int REFERENCES n (id) ON DELETE CASCADE);
            INSERT INTO n VALUES (1, NULL), (2, 1), (3, 2), (4, 3), (5, NULL);`,
    steps: ['DELETE FROM n WHERE id = 2', 'SELECT id FROM n ORDER BY id'],
  },
  {
    name: 'UPDATE ... FROM and DELETE ... USING a subquery without an alias are syntax errors',
    setup:
      "CREATE TABLE items (id int PRIMARY KEY, name text, qty int); INSERT INTO items VALUES (1, 'a', 10), (2, 'b', 20)",
    steps: [
      'UPDATE items SET qty = 0 FROM (SELECT 1 AS x) WHERE id = x',
      'DELETE FROM items USING (SELECT 1 AS id) WHERE items.id = 1',
    ],
  },
  {
    name: 'RETURNING old.x is a missing FROM-clause entry',
    setup:
      "CREATE TABLE items (id int PRIMARY KEY, name text, qty int); INSERT INTO items VALUES (1, 'a', 10), (2, 'b', 20)",
    steps: ['UPDATE items SET qty = 0 WHERE id = 1 RETURNING old.qty, new.qty'],
  },
  {
    name: 'an ON UPDATE CASCADE of a statement that then fails leaves the referencing rows as they were',
    setup:
      'CREATE TABLE parent (id int PRIMARY KEY);\n      CREATE TABLE child (id int PRIMARY KEY, parent_id int REFERENCES parent (id) ON UPDATE CASCADE);\n      INSERT INTO parent VALUES (1), (2), (3); INSERT INTO child VALUES (1, 1), (2, 1), (3, 2);',
    steps: ['UPDATE parent SET id = id + 1', 'SELECT * FROM child ORDER BY id'],
  },
  {
    name: 'ON DELETE SET NULL of a rolled-back transaction is undone with it',
    setup:
      'CREATE TABLE parent (id int PRIMARY KEY);\n      CREATE TABLE child (id int PRIMARY KEY, parent_id int REFERENCES parent (id) ON DELETE SET NULL);\n      INSERT INTO parent VALUES (1), (2); INSERT INTO child VALUES (1, 1), (2, 2);',
    steps: ['BEGIN', 'DELETE FROM parent WHERE id = 1', 'ROLLBACK', 'SELECT * FROM child ORDER BY id'],
  },
  {
    name: 'NO ACTION is checked at the end of the statement: a key shift that leaves every key present passes',
    setup:
      'CREATE TABLE parent (id int PRIMARY KEY);\n      CREATE TABLE child (id int PRIMARY KEY, parent_id int REFERENCES parent (id));\n      INSERT INTO parent VALUES (1), (2), (3); INSERT INTO child VALUES (1, 1), (2, 2);',
    steps: ['UPDATE parent SET id = id - 1 RETURNING id', 'SELECT * FROM parent ORDER BY id'],
  },
  {
    name: 'a computed value assigned to a smallint column is narrowed (22003 past its range)',
    setup: 'CREATE TABLE t (id int PRIMARY KEY, n smallint, b bigint); INSERT INTO t VALUES (1, 5, 40000)',
    steps: [
      'UPDATE t SET n = n + 1 RETURNING n',
      'UPDATE t SET n = b',
      'UPDATE t SET n = n * 10000',
      'SELECT * FROM t',
    ],
  },
  {
    name: 'DELETE and UPDATE with <> over an indexed column leave the rows whose column is NULL',
    setup:
      "\n  CREATE TABLE customers (id int PRIMARY KEY, email text UNIQUE, city text);\n  CREATE INDEX ON customers (city);\n  INSERT INTO customers VALUES (1, 'a@x', 'Rome'), (2, NULL, 'Rome'), (3, NULL, NULL), (4, 'b@x', 'Oslo'), (5, 'c@x', NULL), (6, 'd@x', 'Rome');\n  CREATE TABLE orders (id int PRIMARY KEY, customer_id int REFERENCES customers (id), status text);\n  CREATE INDEX ON orders (customer_id);\n  CREATE INDEX ON orders (status);\n  INSERT INTO orders VALUES (1, 1, 'paid'), (2, 1, 'open'), (3, 4, NULL), (4, 5, 'paid'), (5, 6, NULL), (6, NULL, 'open');",
    steps: [
      "DELETE FROM orders WHERE status <> 'paid' RETURNING id",
      'SELECT id FROM orders ORDER BY id',
      "UPDATE customers SET city = 'x' WHERE email <> 'a@x' RETURNING id",
    ],
  },
  {
    name: "an untyped '1_000' given to a numeric column by UPDATE is 22P02",
    setup: 'CREATE TABLE t (id int PRIMARY KEY, amount numeric); INSERT INTO t VALUES (1, 1);',
    steps: ["UPDATE t SET amount = '1_000' WHERE id = 1", 'SELECT amount FROM t'],
  },
  {
    name: 'MERGE into a view is 0A000 "This operation is not supported for views."',
    setup:
      "CREATE TABLE t (id int PRIMARY KEY, v text); INSERT INTO t VALUES (1, 'a'); CREATE VIEW tv AS SELECT * FROM t;",
    steps: [
      "MERGE INTO tv USING (VALUES (1, 'b')) s(id, v) ON tv.id = s.id WHEN MATCHED THEN UPDATE SET v = s.v",
      "MERGE INTO t USING (VALUES (1, 'b')) s(id, v) ON t.id = s.id WHEN MATCHED THEN UPDATE SET v = s.v",
      'SELECT * FROM t',
    ],
  },
  {
    name: 'MERGE inside WITH is 0A000 in 15',
    setup: 'CREATE TABLE t (id int PRIMARY KEY);',
    steps: [
      'WITH m AS (MERGE INTO t USING (VALUES (1)) s(id) ON t.id = s.id WHEN MATCHED THEN DELETE) SELECT 1',
    ],
  },
  {
    name: 'an UPDATE guarded by IS DISTINCT FROM its new value counts only the rows it changes',
    setup:
      "\n  CREATE TABLE accounts (id int PRIMARY KEY, email text NOT NULL, name varchar(40), active boolean, verified boolean NOT NULL DEFAULT false, balance numeric(10,2), org_id int);\n  INSERT INTO accounts VALUES\n    (1, 'a@x.io', 'Ann', true, true, 10.50, 1),\n    (2, 'b@x.io', NULL, false, false, NULL, 1),\n    (3, 'c@x.io', 'Cy', NULL, true, 3.25, 2),\n    (4, 'd@x.io', 'Di', true, false, 7.00, NULL),\n    (5, 'e@x.io', 'ann', false, true, 0.00, 2);",
    steps: [
      {
        sql: 'UPDATE accounts SET name = $1 WHERE org_id = 1 AND name IS DISTINCT FROM $1 RETURNING id',
        params: ['Ann'],
      },
    ],
  },
  {
    name: 'check violation detail through index update 3',
    setup:
      "CREATE TABLE t (id int PRIMARY KEY, v int CHECK (v < 10), w text); INSERT INTO t VALUES (1, 1, 'a'), (2, 2, 'b'), (3, 3, 'c');",
    steps: ["UPDATE t SET v = 50, w = 'z' WHERE id IN (3, 1)"],
  },
  {
    name: 'check: UPDATE t SET qty = qty - 1',
    setup:
      'CREATE TABLE t (id int PRIMARY KEY, qty int CHECK (qty >= 0), price numeric(8,2) CONSTRAINT price_pos CHECK (price > 0), lo int, hi int, CHECK (lo <= hi));\nINSERT INTO t VALUES (1, 5, 1.5, 1, 2), (2, 0, 3, 2, 3);',
    steps: ['UPDATE t SET qty = qty - 1'],
  },
  {
    name: 'unique: UPDATE u SET id = id + 1',
    setup:
      "CREATE TABLE u (id int PRIMARY KEY, email text UNIQUE, a int, b int, UNIQUE (a, b));\nINSERT INTO u VALUES (1, 'x', 1, 1), (2, NULL, 1, NULL);",
    steps: ['UPDATE u SET id = id + 1'],
  },
  {
    name: 'detail via secondary index after update',
    setup:
      "CREATE TABLE t (id int PRIMARY KEY, v int CHECK (v < 10), w text NOT NULL, u int UNIQUE); CREATE INDEX t_w ON t (w); INSERT INTO t VALUES (1, 1, 'a', 1), (2, 2, 'b', 2), (3, 3, 'c', 3), (4, 4, 'a', 4), (5, 5, 'b', 5);",
    steps: ['UPDATE t SET v = 0 WHERE id = 2', "UPDATE t SET v = 20 WHERE w = 'b'"],
  },
  {
    name: 'detail via OR of keys',
    setup:
      "CREATE TABLE t (id int PRIMARY KEY, v int CHECK (v < 10), w text NOT NULL, u int UNIQUE); CREATE INDEX t_w ON t (w); INSERT INTO t VALUES (1, 1, 'a', 1), (2, 2, 'b', 2), (3, 3, 'c', 3), (4, 4, 'a', 4), (5, 5, 'b', 5);",
    steps: ['UPDATE t SET v = 20 WHERE id = 4 OR id = 2'],
  },
  {
    name: 'not null detail via index',
    setup:
      "CREATE TABLE t (id int PRIMARY KEY, v int CHECK (v < 10), w text NOT NULL, u int UNIQUE); CREATE INDEX t_w ON t (w); INSERT INTO t VALUES (1, 1, 'a', 1), (2, 2, 'b', 2), (3, 3, 'c', 3), (4, 4, 'a', 4), (5, 5, 'b', 5);",
    steps: ['UPDATE t SET w = NULL WHERE id IN (5, 2)'],
  },
  {
    name: 'unique detail multi row update',
    setup:
      "CREATE TABLE t (id int PRIMARY KEY, v int CHECK (v < 10), w text NOT NULL, u int UNIQUE); CREATE INDEX t_w ON t (w); INSERT INTO t VALUES (1, 1, 'a', 1), (2, 2, 'b', 2), (3, 3, 'c', 3), (4, 4, 'a', 4), (5, 5, 'b', 5);",
    steps: ['UPDATE t SET u = 9 WHERE id IN (4, 2)'],
  },
  {
    name: 'non-hot: indexed change moves index position',
    setup:
      "CREATE TABLE t (id int PRIMARY KEY, v int CHECK (v < 10), w text NOT NULL, u int UNIQUE); CREATE INDEX t_w ON t (w); INSERT INTO t VALUES (1, 1, 'a', 1), (2, 2, 'b', 2), (3, 3, 'c', 3), (4, 4, 'a', 4), (5, 5, 'b', 5);",
    steps: ['UPDATE t SET u = 20 WHERE id = 2', "UPDATE t SET v = 20 WHERE w = 'b'"],
  },
  {
    name: 'check which row expression index',
    setup:
      "CREATE TABLE t (id int PRIMARY KEY, v int CHECK (v < 10), s text); CREATE INDEX t_s ON t (lower(s)); INSERT INTO t VALUES (1, 1, 'x'), (2, 2, 'x');",
    steps: ["UPDATE t SET s = 'X' WHERE id = 1", 'UPDATE t SET v = 20 WHERE id IN (1, 2)'],
  },
  {
    name: 'hot twice',
    setup:
      "CREATE TABLE t (id int PRIMARY KEY, v int CHECK (v < 10), w text NOT NULL, u int UNIQUE); CREATE INDEX t_w ON t (w); INSERT INTO t VALUES (1, 1, 'a', 1), (2, 2, 'b', 2), (3, 3, 'c', 3), (4, 4, 'a', 4), (5, 5, 'b', 5);",
    steps: [
      'UPDATE t SET v = 0 WHERE id = 2',
      'UPDATE t SET v = 1 WHERE id = 2',
      'UPDATE t SET v = 20 WHERE id IN (5, 2)',
    ],
  },
  {
    name: 'fk delete detail multi',
    setup:
      'CREATE TABLE p (id int PRIMARY KEY); CREATE TABLE c (id int, pid int REFERENCES p); INSERT INTO p VALUES (1), (2), (3); INSERT INTO c VALUES (1, 3), (2, 1);',
    steps: ['DELETE FROM p WHERE id IN (3, 1)'],
  },
  {
    name: 'update key in IN list halloween',
    setup:
      "CREATE TABLE t (id int PRIMARY KEY, v int CHECK (v < 10), w text NOT NULL, u int UNIQUE); CREATE INDEX t_w ON t (w); INSERT INTO t VALUES (1, 1, 'a', 1), (2, 2, 'b', 2), (3, 3, 'c', 3), (4, 4, 'a', 4), (5, 5, 'b', 5);",
    steps: ['UPDATE t SET id = id + 1 WHERE id IN (5, 4) RETURNING id'],
  },
  {
    name: 'update multiple columns row syntax',
    setup:
      "CREATE TABLE users (\n  id serial PRIMARY KEY,\n  email text NOT NULL UNIQUE,\n  name text,\n  age int CHECK (age >= 0),\n  score numeric(6,2) DEFAULT 0,\n  active boolean NOT NULL DEFAULT true,\n  created_at timestamptz NOT NULL DEFAULT '2024-01-01 00:00:00+00',\n  tags text[] DEFAULT '{}'\n);",
    steps: [
      "INSERT INTO users (email) VALUES ('a@x')",
      "UPDATE users SET (name, age) = ('N', 3) RETURNING name, age",
    ],
  },
  {
    name: 'update no rows rowcount',
    setup:
      "CREATE TABLE users (\n  id serial PRIMARY KEY,\n  email text NOT NULL UNIQUE,\n  name text,\n  age int CHECK (age >= 0),\n  score numeric(6,2) DEFAULT 0,\n  active boolean NOT NULL DEFAULT true,\n  created_at timestamptz NOT NULL DEFAULT '2024-01-01 00:00:00+00',\n  tags text[] DEFAULT '{}'\n);",
    steps: ['UPDATE users SET age = 1 WHERE false'],
  },
  {
    name: 'update unique violation',
    setup:
      "CREATE TABLE users (\n  id serial PRIMARY KEY,\n  email text NOT NULL UNIQUE,\n  name text,\n  age int CHECK (age >= 0),\n  score numeric(6,2) DEFAULT 0,\n  active boolean NOT NULL DEFAULT true,\n  created_at timestamptz NOT NULL DEFAULT '2024-01-01 00:00:00+00',\n  tags text[] DEFAULT '{}'\n);",
    steps: [
      "INSERT INTO users (email) VALUES ('a@x'), ('b@x')",
      "UPDATE users SET email = 'a@x' WHERE email = 'b@x'",
    ],
  },
  {
    name: 'update with subquery in where',
    setup:
      "CREATE TABLE users (\n  id serial PRIMARY KEY,\n  email text NOT NULL UNIQUE,\n  name text,\n  age int CHECK (age >= 0),\n  score numeric(6,2) DEFAULT 0,\n  active boolean NOT NULL DEFAULT true,\n  created_at timestamptz NOT NULL DEFAULT '2024-01-01 00:00:00+00',\n  tags text[] DEFAULT '{}'\n);",
    steps: [
      "INSERT INTO users (email, age) VALUES ('a@x', 1), ('b@x', 2), ('c@x', 3)",
      "UPDATE users SET name = 'max' WHERE age = (SELECT max(age) FROM users) RETURNING email",
    ],
  },
  {
    name: 'delete returning all',
    setup:
      "CREATE TABLE users (\n  id serial PRIMARY KEY,\n  email text NOT NULL UNIQUE,\n  name text,\n  age int CHECK (age >= 0),\n  score numeric(6,2) DEFAULT 0,\n  active boolean NOT NULL DEFAULT true,\n  created_at timestamptz NOT NULL DEFAULT '2024-01-01 00:00:00+00',\n  tags text[] DEFAULT '{}'\n);",
    steps: [
      "INSERT INTO users (email, age) VALUES ('a@x', 1), ('b@x', 2)",
      'DELETE FROM users WHERE age > 1 RETURNING email, age',
    ],
  },
  {
    name: 'delete all rowcount',
    setup: 'CREATE TABLE a (id int, v int);',
    steps: ['INSERT INTO a VALUES (1, 0), (2, 0), (3, 0)', 'DELETE FROM a'],
  },
  {
    name: 'delete fk cascade',
    setup:
      'CREATE TABLE parent (id int PRIMARY KEY); CREATE TABLE child (id int, pid int REFERENCES parent(id) ON DELETE CASCADE);',
    steps: [
      'INSERT INTO parent VALUES (1), (2)',
      'INSERT INTO child VALUES (1, 1), (2, 2)',
      'DELETE FROM parent WHERE id = 1',
      'SELECT * FROM child',
    ],
  },
  {
    name: 'update fk cascade',
    setup:
      'CREATE TABLE parent (id int PRIMARY KEY); CREATE TABLE child (id int, pid int REFERENCES parent(id) ON UPDATE CASCADE);',
    steps: [
      'INSERT INTO parent VALUES (1)',
      'INSERT INTO child VALUES (1, 1)',
      'UPDATE parent SET id = 2',
      'SELECT * FROM child',
    ],
  },
  {
    name: 'truncate continue identity',
    setup:
      "CREATE TABLE users (\n  id serial PRIMARY KEY,\n  email text NOT NULL UNIQUE,\n  name text,\n  age int CHECK (age >= 0),\n  score numeric(6,2) DEFAULT 0,\n  active boolean NOT NULL DEFAULT true,\n  created_at timestamptz NOT NULL DEFAULT '2024-01-01 00:00:00+00',\n  tags text[] DEFAULT '{}'\n);",
    steps: [
      "INSERT INTO users (email) VALUES ('a@x')",
      'TRUNCATE users',
      "INSERT INTO users (email) VALUES ('b@x') RETURNING id",
    ],
  },
  {
    name: 'Update from join (PGlite round 13)',
    steps: [
      'CREATE TABLE adj (sku text, delta int)',
      "INSERT INTO adj VALUES ('a', 2), ('c', -2)",
      'UPDATE items i SET qty = i.qty + a.delta FROM adj a WHERE a.sku = i.sku RETURNING i.sku, i.qty',
    ],
    setup:
      "CREATE TABLE items (id serial PRIMARY KEY, sku text UNIQUE NOT NULL, qty int NOT NULL DEFAULT 0, price numeric(8,2), tags text[], updated_at timestamptz);\nINSERT INTO items (sku, qty, price, tags) VALUES ('a', 5, 1.50, '{x,y}'), ('b', 0, 2.00, '{}'), ('c', 12, NULL, NULL);",
  },
  {
    name: 'Update multiple column set row (PGlite round 13)',
    steps: [
      "UPDATE items SET (qty, price) = (SELECT 7, 9.99) WHERE sku = 'b' RETURNING qty, price",
      "UPDATE items SET (qty, price) = ROW(1, 2) WHERE sku = 'a' RETURNING qty, price",
    ],
    setup:
      "CREATE TABLE items (id serial PRIMARY KEY, sku text UNIQUE NOT NULL, qty int NOT NULL DEFAULT 0, price numeric(8,2), tags text[], updated_at timestamptz);\nINSERT INTO items (sku, qty, price, tags) VALUES ('a', 5, 1.50, '{x,y}'), ('b', 0, 2.00, '{}'), ('c', 12, NULL, NULL);",
  },
  {
    name: 'Delete using returning (PGlite round 13)',
    steps: [
      'CREATE TABLE gone (sku text)',
      "INSERT INTO gone VALUES ('a'), ('zz')",
      'DELETE FROM items USING gone WHERE gone.sku = items.sku RETURNING items.*',
    ],
    setup:
      "CREATE TABLE items (id serial PRIMARY KEY, sku text UNIQUE NOT NULL, qty int NOT NULL DEFAULT 0, price numeric(8,2), tags text[], updated_at timestamptz);\nINSERT INTO items (sku, qty, price, tags) VALUES ('a', 5, 1.50, '{x,y}'), ('b', 0, 2.00, '{}'), ('c', 12, NULL, NULL);",
  },
  {
    name: 'Update not null violation detail (PGlite round 13)',
    steps: ["UPDATE items SET sku = NULL WHERE sku = 'a'"],
    setup:
      "CREATE TABLE items (id serial PRIMARY KEY, sku text UNIQUE NOT NULL, qty int NOT NULL DEFAULT 0, price numeric(8,2), tags text[], updated_at timestamptz);\nINSERT INTO items (sku, qty, price, tags) VALUES ('a', 5, 1.50, '{x,y}'), ('b', 0, 2.00, '{}'), ('c', 12, NULL, NULL);",
  },
  {
    name: 'Fk on delete set null columns (PGlite round 13)',
    steps: [
      'CREATE TABLE p2 (id int PRIMARY KEY)',
      'CREATE TABLE c2 (id int, pid int, other int, FOREIGN KEY (pid) REFERENCES p2 ON DELETE SET NULL (pid))',
      'INSERT INTO p2 VALUES (1)',
      'INSERT INTO c2 VALUES (1, 1, 5)',
      'DELETE FROM p2',
      'SELECT * FROM c2',
    ],
  },
  {
    name: 'Fk on delete set default (PGlite round 13)',
    steps: [
      'CREATE TABLE p2 (id int PRIMARY KEY)',
      'INSERT INTO p2 VALUES (0), (1)',
      'CREATE TABLE c2 (pid int DEFAULT 0 REFERENCES p2 ON DELETE SET DEFAULT)',
      'INSERT INTO c2 VALUES (1)',
      'DELETE FROM p2 WHERE id = 1',
      'SELECT * FROM c2',
    ],
  },
  {
    name: 'Merge basic (PGlite round 13)',
    steps: [
      'CREATE TABLE src (sku text, qty int)',
      "INSERT INTO src VALUES ('a', 100), ('new', 1)",
      'MERGE INTO items i USING src s ON i.sku = s.sku WHEN MATCHED AND s.qty > 50 THEN UPDATE SET qty = s.qty WHEN NOT MATCHED THEN INSERT (sku, qty) VALUES (s.sku, s.qty)',
      'SELECT sku, qty FROM items ORDER BY sku',
    ],
    setup:
      "CREATE TABLE items (id serial PRIMARY KEY, sku text UNIQUE NOT NULL, qty int NOT NULL DEFAULT 0, price numeric(8,2), tags text[], updated_at timestamptz);\nINSERT INTO items (sku, qty, price, tags) VALUES ('a', 5, 1.50, '{x,y}'), ('b', 0, 2.00, '{}'), ('c', 12, NULL, NULL);",
  },
  {
    name: 'Merge delete and do nothing (PGlite round 13)',
    steps: [
      'CREATE TABLE src (sku text)',
      "INSERT INTO src VALUES ('b'), ('zz')",
      'MERGE INTO items USING src ON items.sku = src.sku WHEN MATCHED THEN DELETE WHEN NOT MATCHED THEN DO NOTHING',
      'SELECT sku FROM items ORDER BY sku',
    ],
    setup:
      "CREATE TABLE items (id serial PRIMARY KEY, sku text UNIQUE NOT NULL, qty int NOT NULL DEFAULT 0, price numeric(8,2), tags text[], updated_at timestamptz);\nINSERT INTO items (sku, qty, price, tags) VALUES ('a', 5, 1.50, '{x,y}'), ('b', 0, 2.00, '{}'), ('c', 12, NULL, NULL);",
  },
  {
    name: 'Merge returning refused (PGlite round 13)',
    steps: [
      'CREATE TABLE src (sku text)',
      'MERGE INTO items USING src ON items.sku = src.sku WHEN MATCHED THEN DELETE RETURNING *',
    ],
    setup:
      "CREATE TABLE items (id serial PRIMARY KEY, sku text UNIQUE NOT NULL, qty int NOT NULL DEFAULT 0, price numeric(8,2), tags text[], updated_at timestamptz);\nINSERT INTO items (sku, qty, price, tags) VALUES ('a', 5, 1.50, '{x,y}'), ('b', 0, 2.00, '{}'), ('c', 12, NULL, NULL);",
  },
  {
    name: 'Merge not matched by source (PGlite round 13)',
    steps: [
      'CREATE TABLE src (sku text)',
      'MERGE INTO items USING src ON items.sku = src.sku WHEN NOT MATCHED BY SOURCE THEN DELETE',
    ],
    setup:
      "CREATE TABLE items (id serial PRIMARY KEY, sku text UNIQUE NOT NULL, qty int NOT NULL DEFAULT 0, price numeric(8,2), tags text[], updated_at timestamptz);\nINSERT INTO items (sku, qty, price, tags) VALUES ('a', 5, 1.50, '{x,y}'), ('b', 0, 2.00, '{}'), ('c', 12, NULL, NULL);",
  },
  {
    name: 'Merge multiple matches error (PGlite round 13)',
    steps: [
      'CREATE TABLE src (sku text)',
      "INSERT INTO src VALUES ('a'), ('a')",
      'MERGE INTO items USING src ON items.sku = src.sku WHEN MATCHED THEN UPDATE SET qty = 1',
    ],
    setup:
      "CREATE TABLE items (id serial PRIMARY KEY, sku text UNIQUE NOT NULL, qty int NOT NULL DEFAULT 0, price numeric(8,2), tags text[], updated_at timestamptz);\nINSERT INTO items (sku, qty, price, tags) VALUES ('a', 5, 1.50, '{x,y}'), ('b', 0, 2.00, '{}'), ('c', 12, NULL, NULL);",
  },
  {
    name: 'Returning with params and casts (PGlite round 13)',
    steps: [
      {
        sql: 'INSERT INTO items (sku, qty, price, tags) VALUES ($1, $2, $3, $4) RETURNING *',
        params: ['p', '7', '3.456', ['a', 'b c', null]],
      },
    ],
    setup:
      "CREATE TABLE items (id serial PRIMARY KEY, sku text UNIQUE NOT NULL, qty int NOT NULL DEFAULT 0, price numeric(8,2), tags text[], updated_at timestamptz);\nINSERT INTO items (sku, qty, price, tags) VALUES ('a', 5, 1.50, '{x,y}'), ('b', 0, 2.00, '{}'), ('c', 12, NULL, NULL);",
  },
  {
    name: 'an optimistic-lock UPDATE with a stale version changes nothing and reports rowCount 0 (round 18)',
    setup:
      "CREATE TABLE docs (id int PRIMARY KEY, title text NOT NULL, version int NOT NULL DEFAULT 1); INSERT INTO docs (id, title) VALUES (1, 'one')",
    steps: [
      {
        sql: 'UPDATE docs SET title = $1, version = version + 1 WHERE id = $2 AND version = $3 RETURNING version',
        params: ['new', 1, 1],
      },
      {
        sql: 'UPDATE docs SET title = $1, version = version + 1 WHERE id = $2 AND version = $3 RETURNING version',
        params: ['newer', 1, 1],
      },
      'SELECT title, version FROM docs',
    ],
  },
  {
    name: 'a counter decrement guarded by WHERE stops at zero (round 18)',
    setup: 'CREATE TABLE stock (id int PRIMARY KEY, n int NOT NULL); INSERT INTO stock VALUES (1, 1)',
    steps: [
      'UPDATE stock SET n = n - 1 WHERE id = 1 AND n > 0 RETURNING n',
      'UPDATE stock SET n = n - 1 WHERE id = 1 AND n > 0 RETURNING n',
    ],
  },
  {
    name: 'UPDATE ... FROM a VALUES list of cast parameters updates each matched row (round 18)',
    setup:
      "CREATE TABLE orders (id int PRIMARY KEY, status text NOT NULL); INSERT INTO orders VALUES (10, 'new'), (11, 'new'), (12, 'new')",
    steps: [
      {
        sql: 'UPDATE orders AS o SET status = v.status FROM (VALUES ($1::int, $2::text), ($3::int, $4::text)) AS v(id, status) WHERE v.id = o.id RETURNING o.id, o.status',
        params: [10, 'paid', 12, 'shipped'],
      },
    ],
  },
  {
    name: 'DELETE ... USING an unnest of an id array parameter (round 18)',
    setup:
      "CREATE TABLE orders (id int PRIMARY KEY, status text NOT NULL); INSERT INTO orders VALUES (10, 'new'), (11, 'new'), (12, 'new')",
    steps: [
      {
        sql: 'DELETE FROM orders o USING unnest($1::int[]) AS u(id) WHERE o.id = u.id RETURNING o.id',
        params: [[11, 12, 99]],
      },
    ],
  },
  {
    name: 'MERGE with conditional WHEN clauses tried in order reports the rows it touched (round 18)',
    setup:
      "CREATE TABLE t (id int PRIMARY KEY, v text, n int DEFAULT 0);\nINSERT INTO t VALUES (1, 'a', 10), (2, 'b', 20), (3, 'c', 30);\nCREATE TABLE s (id int, v text, n int);\nINSERT INTO s VALUES (2, 'B', 200), (3, 'C', 300), (4, 'D', 400);",
    steps: [
      "MERGE INTO t USING s ON t.id = s.id WHEN MATCHED AND s.n > 250 THEN UPDATE SET v = 'big' WHEN MATCHED THEN DELETE WHEN NOT MATCHED AND s.n > 1000 THEN INSERT VALUES (s.id, 'huge', s.n) WHEN NOT MATCHED THEN INSERT (id) VALUES (s.id)",
      'SELECT id, v, n FROM t ORDER BY id',
    ],
  },
]);
