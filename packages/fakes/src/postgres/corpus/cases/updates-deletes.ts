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
  {
    name: 'sysfuncs: suppress_redundant_updates_trigger skips unchanged rows (round 19)',
    setup:
      "CREATE TABLE t (id int PRIMARY KEY, v text); INSERT INTO t VALUES (1, 'a'), (2, 'b'); CREATE TRIGGER z BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION suppress_redundant_updates_trigger();",
    steps: ["UPDATE t SET v = 'a'", "UPDATE t SET v = v || '!' WHERE id = 2 RETURNING v"],
  },
  {
    name: 'schemabehaviour: unique checked per row, deferrable per statement (round 19)',
    setup:
      'CREATE TABLE s1 (id int UNIQUE); CREATE TABLE s2 (id int UNIQUE DEFERRABLE); INSERT INTO s1 VALUES (1), (2), (3); INSERT INTO s2 VALUES (1), (2), (3);',
    steps: ['UPDATE s1 SET id = id + 1', 'UPDATE s2 SET id = id + 1', 'SELECT id FROM s2 ORDER BY id'],
  },
  {
    name: 'schemabehaviour: view with cascaded check option 44000 (round 19)',
    setup:
      'CREATE TABLE t (id int PRIMARY KEY, qty int); CREATE VIEW v1 AS SELECT * FROM t WHERE qty > 5; CREATE VIEW v2 AS SELECT * FROM v1 WHERE qty < 100 WITH CASCADED CHECK OPTION;',
    steps: [
      'INSERT INTO v2 VALUES (1, 50) RETURNING *',
      'INSERT INTO v2 VALUES (2, 1)',
      'UPDATE v2 SET qty = 500',
    ],
  },
  {
    name: 'schemabehaviour: INSTEAD OF trigger makes a join view writable (round 19)',
    setup:
      'CREATE TABLE t (id int PRIMARY KEY, name text);\nCREATE VIEW jv AS SELECT a.id, b.name FROM t a JOIN t b USING (id);\nCREATE FUNCTION jv_ins() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO t VALUES (NEW.id, upper(NEW.name)); RETURN NEW; END $$;\nCREATE TRIGGER jv_t INSTEAD OF INSERT ON jv FOR EACH ROW EXECUTE FUNCTION jv_ins();',
    steps: ["INSERT INTO jv VALUES (1, 'x') RETURNING *", 'SELECT * FROM jv', "UPDATE jv SET name = 'y'"],
  },
  {
    name: 'schemabehaviour: trigger firing order by name and returning null skips (round 19)',
    setup:
      'CREATE TABLE t (id int PRIMARY KEY, name text); CREATE TABLE log (seq serial, msg text);\nCREATE FUNCTION l() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO log(msg) VALUES (TG_NAME); IF NEW.id < 0 THEN RETURN NULL; END IF; RETURN NEW; END $$;\nCREATE TRIGGER zeta BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION l();\nCREATE TRIGGER alpha BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION l();',
    steps: ["INSERT INTO t VALUES (1, 'a'), (-1, 'b') RETURNING id", 'SELECT msg FROM log ORDER BY seq'],
  },
  {
    name: 'schemabehaviour: statement trigger with transition tables (round 19)',
    setup:
      "CREATE TABLE t (id int PRIMARY KEY, qty int); INSERT INTO t VALUES (1, 1), (2, 2); CREATE TABLE log (msg text);\nCREATE FUNCTION tt() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO log SELECT string_agg(o.id || ':' || o.qty || '->' || n.qty, ',' ORDER BY o.id) FROM oldtab o JOIN newtab n USING (id); RETURN NULL; END $$;\nCREATE TRIGGER tt AFTER UPDATE ON t REFERENCING OLD TABLE AS oldtab NEW TABLE AS newtab FOR EACH STATEMENT EXECUTE FUNCTION tt();",
    steps: ['UPDATE t SET qty = qty * 10', 'SELECT msg FROM log'],
  },
  {
    name: 'schemabehaviour: foreign key actions cascade, set null with column list (round 19)',
    setup:
      'CREATE TABLE t2 (tenant int, id int, PRIMARY KEY (tenant, id)); INSERT INTO t2 VALUES (1, 1), (1, 2); CREATE TABLE c2 (tenant int, pid int, FOREIGN KEY (tenant, pid) REFERENCES t2 ON DELETE SET NULL (pid)); INSERT INTO c2 VALUES (1, 1), (1, 2);',
    steps: ['DELETE FROM t2 WHERE id = 1', 'SELECT * FROM c2 ORDER BY pid NULLS FIRST', 'DELETE FROM t2'],
  },
  {
    name: 'triggers: UPDATE OF col triggers follow the SET list, not columns a BEFORE trigger changed (round 20)',
    setup:
      "CREATE TABLE t (id int PRIMARY KEY, name text, qty int DEFAULT 7);\nINSERT INTO t VALUES (1, 'a', 10), (2, 'b', 20), (3, 'c', 30);\nCREATE TABLE log (seq serial PRIMARY KEY, msg text);",
    steps: [
      'CREATE FUNCTION chg() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.qty := 0; RETURN NEW; END $$',
      "CREATE FUNCTION lg() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO log(msg) VALUES ('q' || NEW.id); RETURN NULL; END $$",
      'CREATE TRIGGER a BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION chg()',
      'CREATE TRIGGER b AFTER UPDATE OF qty ON t FOR EACH ROW EXECUTE FUNCTION lg()',
      "UPDATE t SET name = 'z' WHERE id = 1",
      'SELECT msg FROM log ORDER BY seq',
      'SELECT * FROM t ORDER BY id',
    ],
  },
  {
    name: 'triggers: an UPDATE moving a row to another partition fires BEFORE UPDATE, then DELETE triggers on the old and INSERT triggers on the new partition (round 20)',
    setup:
      'CREATE TABLE p (id int, k int, v text) PARTITION BY RANGE (k);\nCREATE TABLE p1 PARTITION OF p FOR VALUES FROM (0) TO (10);\nCREATE TABLE p2 PARTITION OF p FOR VALUES FROM (10) TO (20);\nCREATE TABLE log (seq serial PRIMARY KEY, msg text);',
    steps: [
      "CREATE FUNCTION lg() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO log(msg) VALUES (TG_TABLE_NAME || ' ' || TG_WHEN || ' ' || TG_OP); IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END $$",
      "INSERT INTO p VALUES (1, 5, 'a')",
      'CREATE TRIGGER r1 BEFORE INSERT OR UPDATE OR DELETE ON p FOR EACH ROW EXECUTE FUNCTION lg()',
      'CREATE TRIGGER r2 AFTER INSERT OR UPDATE OR DELETE ON p FOR EACH ROW EXECUTE FUNCTION lg()',
      'UPDATE p SET k = 15 WHERE id = 1',
      'SELECT msg FROM log ORDER BY seq',
      'SELECT tableoid::regclass::text, * FROM p',
    ],
  },
  {
    name: 'triggers: suppress_redundant_updates_trigger leaves unchanged rows out of the UPDATE and its RETURNING (round 20)',
    setup:
      "CREATE TABLE t (id int PRIMARY KEY, name text, qty int DEFAULT 7);\nINSERT INTO t VALUES (1, 'a', 10), (2, 'b', 20), (3, 'c', 30);\nCREATE TABLE log (seq serial PRIMARY KEY, msg text);",
    steps: [
      'CREATE TRIGGER z BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION suppress_redundant_updates_trigger()',
      'WITH u AS (UPDATE t SET qty = CASE WHEN id = 2 THEN 99 ELSE qty END RETURNING id) SELECT array_agg(id ORDER BY id) FROM u',
      'SELECT * FROM t ORDER BY id',
    ],
  },
  {
    name: 'triggers: MERGE fires statement triggers for every action it names and row triggers for the actions taken (round 20)',
    setup:
      "CREATE TABLE t (id int PRIMARY KEY, name text, qty int DEFAULT 7);\nINSERT INTO t VALUES (1, 'a', 10), (2, 'b', 20), (3, 'c', 30);\nCREATE TABLE log (seq serial PRIMARY KEY, msg text);",
    steps: [
      "CREATE FUNCTION lg() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO log(msg) VALUES (TG_WHEN || ' ' || TG_OP || ' ' || TG_LEVEL); IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END $$",
      'CREATE TRIGGER r1 BEFORE INSERT OR UPDATE OR DELETE ON t FOR EACH ROW EXECUTE FUNCTION lg()',
      'CREATE TRIGGER s1 BEFORE INSERT OR UPDATE OR DELETE ON t FOR EACH STATEMENT EXECUTE FUNCTION lg()',
      "MERGE INTO t USING (VALUES (1, 'm'), (5, 'n')) AS s(id, name) ON t.id = s.id WHEN MATCHED THEN UPDATE SET name = s.name WHEN NOT MATCHED THEN INSERT VALUES (s.id, s.name, 0)",
      'SELECT msg FROM log ORDER BY seq',
      'SELECT * FROM t ORDER BY id',
    ],
  },
  {
    name: 'triggers: a DO ALSO action of a DELETE rule runs before the DELETE itself and sees the rows still there (round 20)',
    setup:
      "CREATE TABLE t (id int PRIMARY KEY, name text, qty int);\nINSERT INTO t VALUES (1, 'a', 10), (2, 'b', 20), (3, 'c', 30);\nCREATE TABLE log (seq serial PRIMARY KEY, op text, id int, qty int);",
    steps: [
      "CREATE RULE r AS ON DELETE TO t DO ALSO INSERT INTO log(op, id, qty) SELECT 'cnt', OLD.id, count(*) FROM t",
      'DELETE FROM t WHERE id = 1',
      'SELECT op, id, qty FROM log ORDER BY seq',
    ],
  },
  {
    name: 'privileges: UPDATE without WHERE needs no SELECT, with WHERE it does (round 20)',
    setup:
      "CREATE TABLE t (a int, b text, c int); INSERT INTO t VALUES (1, 'x', 10), (2, 'y', 20); GRANT USAGE ON SCHEMA public TO PUBLIC; GRANT UPDATE ON t TO PUBLIC;",
    steps: [
      'SET ROLE pg_monitor',
      'UPDATE t SET c = 0',
      'UPDATE t SET c = 1 WHERE a = 1',
      'RESET ROLE',
      'SELECT sum(c) FROM t',
    ],
  },
  {
    name: 'partitions: an UPDATE of the partition key moves the row and RETURNING shows its new partition (round 20)',
    setup:
      "CREATE TABLE lp (id int, k text) PARTITION BY LIST (k); CREATE TABLE lp_ab PARTITION OF lp FOR VALUES IN ('a', 'b'); CREATE TABLE lp_c PARTITION OF lp FOR VALUES IN ('c'); CREATE TABLE lp_def PARTITION OF lp DEFAULT; INSERT INTO lp VALUES (1, 'a'), (2, 'a'), (3, 'a')",
    steps: [
      "UPDATE lp SET k = CASE id WHEN 1 THEN 'c' WHEN 2 THEN 'x' ELSE 'b' END",
      'SELECT tableoid::regclass AS part, id, k FROM lp ORDER BY id',
    ],
  },
  {
    name: 'partitions: ON UPDATE CASCADE follows a referenced row that moves to another partition (round 20)',
    setup:
      'CREATE TABLE pr (id int, k int, PRIMARY KEY (id, k)) PARTITION BY LIST (k); CREATE TABLE pr1 PARTITION OF pr FOR VALUES IN (1); CREATE TABLE pr2 PARTITION OF pr FOR VALUES IN (2); INSERT INTO pr VALUES (10, 1); CREATE TABLE ch (id int, k int, FOREIGN KEY (id, k) REFERENCES pr ON UPDATE CASCADE); INSERT INTO ch VALUES (10, 1)',
    steps: ['UPDATE pr SET k = 2 RETURNING tableoid::regclass', 'SELECT * FROM ch'],
  },
  {
    name: 'constraints: ON DELETE SET NULL with a column list nulls only the listed columns (round 20)',
    setup:
      'CREATE TABLE tenants (tenant_id int PRIMARY KEY); CREATE TABLE users (tenant_id int REFERENCES tenants ON DELETE CASCADE, user_id int NOT NULL, PRIMARY KEY (tenant_id, user_id)); CREATE TABLE posts (tenant_id int REFERENCES tenants ON DELETE CASCADE, post_id int NOT NULL, author_id int, PRIMARY KEY (tenant_id, post_id), FOREIGN KEY (tenant_id, author_id) REFERENCES users ON DELETE SET NULL (author_id)); INSERT INTO tenants VALUES (1); INSERT INTO users VALUES (1, 10), (1, 11); INSERT INTO posts VALUES (1, 100, 10), (1, 101, 11)',
    steps: [
      'DELETE FROM users WHERE tenant_id = 1 AND user_id = 10',
      'SELECT tenant_id, post_id, author_id FROM posts ORDER BY post_id',
    ],
  },
  {
    name: 'utility: UPDATE ... WHERE CURRENT OF a FOR UPDATE cursor changes the fetched row (round 20)',
    setup:
      "CREATE TABLE t (id int PRIMARY KEY, v text); INSERT INTO t SELECT g, 'v' || g FROM generate_series(1, 5) g",
    steps: [
      'BEGIN',
      'DECLARE c CURSOR FOR SELECT id FROM t ORDER BY id FOR UPDATE',
      'FETCH 2 c',
      "UPDATE t SET v = 'cur' WHERE CURRENT OF c",
      'COMMIT',
      'SELECT id, v FROM t ORDER BY id',
    ],
  },
  {
    name: "violations: ON UPDATE CASCADE runs after the parent's own unique check, which is reported first (round 21)",
    setup:
      'CREATE TABLE l1 (id int PRIMARY KEY);\n      CREATE TABLE l2 (id int PRIMARY KEY, l1 int UNIQUE REFERENCES l1 ON UPDATE CASCADE);\n      INSERT INTO l1 VALUES (1), (2); INSERT INTO l2 VALUES (10, 1), (20, 2);',
    steps: ['UPDATE l1 SET id = 2 WHERE id = 1', 'SELECT id, l1 FROM l2 ORDER BY id'],
  },
  {
    name: 'violations: ON DELETE SET NULL (column) clears only the listed column (15) (round 21)',
    setup:
      'CREATE TABLE tenants (tenant_id int PRIMARY KEY);\n      CREATE TABLE users (tenant_id int REFERENCES tenants, user_id int, PRIMARY KEY (tenant_id, user_id));\n      CREATE TABLE posts (tenant_id int, post_id int, author_id int, PRIMARY KEY (tenant_id, post_id),\n        FOREIGN KEY (tenant_id, author_id) REFERENCES users ON DELETE SET NULL (author_id));\n      INSERT INTO tenants VALUES (1); INSERT INTO users VALUES (1, 100), (1, 101);\n      INSERT INTO posts VALUES (1, 1, 100), (1, 2, 101);',
    steps: [
      'DELETE FROM users WHERE user_id = 100',
      'SELECT tenant_id, post_id, author_id FROM posts ORDER BY post_id',
    ],
  },
  {
    name: 'violations: ON DELETE SET DEFAULT fails when the default has no parent row (round 21)',
    setup:
      'CREATE TABLE pa (id int PRIMARY KEY);\n      CREATE TABLE ch (id int, pa_id int DEFAULT 0 REFERENCES pa ON DELETE SET DEFAULT);\n      INSERT INTO pa VALUES (1); INSERT INTO ch VALUES (10, 1);',
    steps: ['DELETE FROM pa WHERE id = 1', 'SELECT id, pa_id FROM ch'],
  },
  {
    name: 'violations: a cascade stopped by RESTRICT deeper down undoes the whole delete (round 21)',
    setup:
      'CREATE TABLE l1 (id int PRIMARY KEY);\n      CREATE TABLE l2 (id int PRIMARY KEY, l1 int REFERENCES l1 ON DELETE CASCADE);\n      CREATE TABLE l3 (id int PRIMARY KEY, l2 int REFERENCES l2 ON DELETE RESTRICT);\n      INSERT INTO l1 VALUES (1); INSERT INTO l2 VALUES (10, 1); INSERT INTO l3 VALUES (100, 10);',
    steps: ['DELETE FROM l1', 'SELECT count(*)::int AS n FROM l2'],
  },
  {
    name: 'violations: WITH CHECK OPTION refuses an update moving a row out of the view (round 21)',
    setup:
      'CREATE TABLE vb (a int); CREATE VIEW vpos AS SELECT a FROM vb WHERE a > 0 WITH LOCAL CHECK OPTION; INSERT INTO vb VALUES (1);',
    steps: ['UPDATE vpos SET a = 0'],
  },
  {
    name: 'one-time filters: DELETE whose false EXISTS comes first deletes nothing and does not fail (round 21)',
    setup:
      'CREATE TABLE otf_m (v int); INSERT INTO otf_m VALUES (1), (2); CREATE TABLE otf_t (id int); INSERT INTO otf_t VALUES (1); CREATE TABLE otf_e (id int);',
    steps: [
      'DELETE FROM otf_e WHERE EXISTS (SELECT 1 FROM otf_m WHERE v = 3) AND (SELECT v FROM otf_m) = 1',
      'SELECT count(*) FROM otf_m',
    ],
  },
  {
    name: 'RETURNING old.v inside a WITH query names a table missing from FROM in PostgreSQL 15 (round 23)',
    setup:
      'CREATE TABLE t (k int PRIMARY KEY, v int); INSERT INTO t VALUES (1, 10), (2, 20); CREATE TABLE u (k int, w int); INSERT INTO u VALUES (1, 100);',
    steps: [
      'WITH x AS (UPDATE t SET v = 0 WHERE k = 1 RETURNING old.v) SELECT * FROM x',
      'SELECT v FROM t WHERE k = 1',
    ],
  },
  {
    name: 'RETURNING old.v after a WITH clause, even one naming a CTE old, is a missing FROM-clause entry (round 23)',
    setup:
      'CREATE TABLE t (k int PRIMARY KEY, v int); INSERT INTO t VALUES (1, 10), (2, 20); CREATE TABLE u (k int, w int); INSERT INTO u VALUES (1, 100);',
    steps: [
      'WITH x AS (SELECT 1) DELETE FROM t WHERE k = 1 RETURNING new.v',
      'WITH old AS (SELECT 1 AS k) UPDATE t SET v = 5 WHERE k = 1 RETURNING old.k',
      'SELECT count(*) FROM t',
    ],
  },
  {
    name: "a subquery in RETURNING reads its own table aliased old, and an INSERT's RETURNING does not see its query's alias old (round 23)",
    setup:
      'CREATE TABLE t (k int PRIMARY KEY, v int); INSERT INTO t VALUES (1, 10), (2, 20); CREATE TABLE u (k int, w int); INSERT INTO u VALUES (1, 100);',
    steps: [
      'UPDATE t SET v = v + 1 RETURNING k, (SELECT max(old.v) FROM t old) AS m',
      'INSERT INTO t SELECT old.k + 10, old.w FROM u AS old RETURNING old.k',
      'UPDATE t SET v = 1 WHERE k IN (SELECT old.k FROM u old) RETURNING old.k',
    ],
  },
  {
    name: 'SET (col) = (expr) with one column is 0A000: the source of a multiple-column item must be a sub-SELECT or ROW() (dml 27)',
    setup:
      "CREATE TABLE t (k int PRIMARY KEY, st text DEFAULT 'd', v int); INSERT INTO t VALUES (1, 's', 1);",
    steps: [
      "UPDATE t SET (st) = ('p') WHERE k = 1 RETURNING st",
      'UPDATE t SET v = 2, (v) = (v + 1) WHERE k = 1',
      { sql: 'UPDATE t SET (st) = ($1) WHERE k = 1', params: ['p'] },
      "INSERT INTO t VALUES (1, 'n', 5) ON CONFLICT (k) DO UPDATE SET (v) = (excluded.v)",
      'SELECT * FROM t',
    ],
  },
  {
    name: 'SET (a, b) takes a two-item list, a sub-SELECT or ROW(); (col) = (SELECT ...) assigns one column (dml 27)',
    setup:
      "CREATE TABLE t (k int PRIMARY KEY, st text DEFAULT 'd', v int); INSERT INTO t VALUES (1, 's', 1);",
    steps: [
      "UPDATE t SET (st) = (SELECT 'q') WHERE k = 1 RETURNING st",
      'UPDATE t SET (st, v) = (DEFAULT, v + 1) WHERE k = 1 RETURNING st, v',
      "UPDATE t SET (st, v) = ('p') WHERE k = 1",
      'SELECT * FROM t',
    ],
  },
]);
