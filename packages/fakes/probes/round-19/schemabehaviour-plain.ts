// Round 19 probe, schema behaviour part 7: the same schema objects written in plain SQL (no
// PL/pgSQL, no roles): keys, checks, defaults, ON CONFLICT, cascades and views in the forms an
// application's migrations use, as PostgreSQL 15 chapter 5 describes them.
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases('r19 schemabehaviour: plain: ');
const q = (name: string, steps: string[], setup?: string) => list.add(name, steps, setup);
const O = `CREATE TABLE customers (id int PRIMARY KEY, email text NOT NULL UNIQUE, tier text DEFAULT 'basic' CHECK (tier IN ('basic', 'gold')));
CREATE TABLE orders (id int PRIMARY KEY, customer_id int NOT NULL REFERENCES customers (id) ON DELETE CASCADE, total numeric(10,2) CHECK (total >= 0), status text NOT NULL DEFAULT 'new');
INSERT INTO customers VALUES (1, 'a@x', 'gold'), (2, 'b@x', DEFAULT);
INSERT INTO orders VALUES (10, 1, 5.5, 'paid'), (11, 1, 0, DEFAULT), (12, 2, 7, 'new');`;

q('default applied', ['SELECT id, tier FROM customers ORDER BY id'], O);
q('check in list violation', ["INSERT INTO customers VALUES (3, 'c@x', 'silver')"], O);
q('check on update violation', ["UPDATE customers SET tier = 'platinum' WHERE id = 1"], O);
q('check null tier passes', ['INSERT INTO customers VALUES (3, $$c@x$$, NULL) RETURNING *'], O);
q('numeric check negative', ['INSERT INTO orders VALUES (13, 1, -0.01)'], O);
q('not null email', ['INSERT INTO customers (id) VALUES (3)'], O);
q('not null with default explicit null', ['INSERT INTO orders VALUES (13, 1, 1, NULL)'], O);
q('unique email duplicate', ["INSERT INTO customers VALUES (3, 'a@x')"], O);
q('unique email case differs ok', ["INSERT INTO customers VALUES (3, 'A@x') RETURNING id"], O);
q('cascade delete orders', ['DELETE FROM customers WHERE id = 1', 'SELECT id FROM orders ORDER BY id'], O);
q('cascade delete returning only parent', ['DELETE FROM customers WHERE id = 1 RETURNING id'], O);
q('orphan insert', ['INSERT INTO orders VALUES (13, 99, 1)'], O);
q('update parent pk referenced', ['UPDATE customers SET id = 5 WHERE id = 2'], O);
q(
  'update parent pk unreferenced',
  ["INSERT INTO customers VALUES (3, 'c@x')", 'UPDATE customers SET id = 5 WHERE id = 3 RETURNING *'],
  O,
);
q(
  'upsert on email',
  [
    "INSERT INTO customers VALUES (3, 'a@x', 'basic') ON CONFLICT (email) DO UPDATE SET tier = excluded.tier RETURNING *",
  ],
  O,
);
q(
  'upsert on pk do nothing returning empty',
  ["INSERT INTO customers VALUES (1, 'z@x') ON CONFLICT (id) DO NOTHING RETURNING *"],
  O,
);
q(
  'upsert conflicting on other key',
  ["INSERT INTO customers VALUES (1, 'b@x') ON CONFLICT (id) DO UPDATE SET email = excluded.email"],
  O,
);
q(
  'upsert excluded default',
  [
    "INSERT INTO customers (id, email) VALUES (1, 'a@x') ON CONFLICT (id) DO UPDATE SET tier = excluded.tier RETURNING *",
  ],
  O,
);
q(
  'upsert where excluded',
  [
    "INSERT INTO customers VALUES (1, 'a@x', 'basic'), (2, 'b@x', 'gold') ON CONFLICT (id) DO UPDATE SET tier = excluded.tier WHERE excluded.tier = 'gold' RETURNING *",
  ],
  O,
);
q(
  'upsert check violation in update',
  ["INSERT INTO customers VALUES (1, 'a@x') ON CONFLICT (id) DO UPDATE SET tier = 'x'"],
  O,
);
q(
  'upsert multi row same key',
  [
    "INSERT INTO customers VALUES (5, 'e@x'), (5, 'f@x') ON CONFLICT (id) DO UPDATE SET email = excluded.email",
  ],
  O,
);
q(
  'upsert inference on non unique column',
  ["INSERT INTO customers VALUES (5, 'e@x') ON CONFLICT (tier) DO NOTHING"],
  O,
);
q(
  'upsert on constraint name',
  [
    "INSERT INTO customers VALUES (1, 'q@x') ON CONFLICT ON CONSTRAINT customers_pkey DO UPDATE SET email = excluded.email RETURNING *",
  ],
  O,
);
q(
  'upsert on constraint email key',
  [
    "INSERT INTO customers VALUES (9, 'a@x') ON CONFLICT ON CONSTRAINT customers_email_key DO NOTHING RETURNING *",
    'SELECT count(*) FROM customers',
  ],
  O,
);
q(
  'upsert on missing constraint',
  ["INSERT INTO customers VALUES (9, 'a@x') ON CONFLICT ON CONSTRAINT nope DO NOTHING"],
  O,
);
q(
  'upsert on fk constraint name',
  ['INSERT INTO orders VALUES (10, 1, 1) ON CONFLICT ON CONSTRAINT orders_customer_id_fkey DO NOTHING'],
  O,
);
q(
  'upsert on check constraint name',
  ["INSERT INTO customers VALUES (1, 'a@x') ON CONFLICT ON CONSTRAINT customers_tier_check DO NOTHING"],
  O,
);
q(
  'upsert update fk to missing',
  ['INSERT INTO orders VALUES (10, 1, 1) ON CONFLICT (id) DO UPDATE SET customer_id = 99'],
  O,
);
q(
  'upsert returning excluded qualified column is error',
  [
    'INSERT INTO orders VALUES (10, 1, 1) ON CONFLICT (id) DO UPDATE SET total = excluded.total RETURNING excluded.total',
  ],
  O,
);
q(
  'upsert set using table name',
  [
    'INSERT INTO orders VALUES (10, 1, 1) ON CONFLICT (id) DO UPDATE SET total = orders.total + excluded.total RETURNING total',
  ],
  O,
);
q(
  'upsert unqualified ambiguous column',
  ['INSERT INTO orders VALUES (10, 1, 1) ON CONFLICT (id) DO UPDATE SET total = total + 1'],
  O,
);
q(
  'upsert update pk to existing',
  ['INSERT INTO orders VALUES (10, 1, 1) ON CONFLICT (id) DO UPDATE SET id = 11'],
  O,
);
q(
  'upsert with column list subset',
  [
    'INSERT INTO orders (id, customer_id) VALUES (10, 2) ON CONFLICT (id) DO UPDATE SET customer_id = excluded.customer_id, status = excluded.status RETURNING *',
  ],
  O,
);
q('fk violation detail on update child', ['UPDATE orders SET customer_id = 3 WHERE id = 10'], O);
q('fk error constraint and table fields', ['INSERT INTO orders VALUES (13, 7, 1)'], O);
q('delete parent with restrict default no action', [
  'CREATE TABLE a (id int PRIMARY KEY)',
  'CREATE TABLE b (aid int REFERENCES a)',
  'INSERT INTO a VALUES (1)',
  'INSERT INTO b VALUES (1)',
  'DELETE FROM a',
]);
q('set null action', [
  'CREATE TABLE a (id int PRIMARY KEY)',
  'CREATE TABLE b (id int, aid int REFERENCES a ON DELETE SET NULL)',
  'INSERT INTO a VALUES (1), (2)',
  'INSERT INTO b VALUES (1, 1), (2, 2)',
  'DELETE FROM a WHERE id = 1',
  'SELECT * FROM b ORDER BY id',
]);
q('update cascade', [
  'CREATE TABLE a (id int PRIMARY KEY)',
  'CREATE TABLE b (id int, aid int REFERENCES a ON UPDATE CASCADE)',
  'INSERT INTO a VALUES (1), (2)',
  'INSERT INTO b VALUES (1, 1), (2, 2)',
  'UPDATE a SET id = id * 10',
  'SELECT * FROM b ORDER BY id',
]);
q('update cascade onto existing key fails', [
  'CREATE TABLE a (id int PRIMARY KEY)',
  'CREATE TABLE b (id int, aid int REFERENCES a ON UPDATE CASCADE)',
  'INSERT INTO a VALUES (1), (2)',
  'INSERT INTO b VALUES (1, 1)',
  'UPDATE a SET id = 2 WHERE id = 1',
]);
q('composite fk simple partial null', [
  'CREATE TABLE a (x int, y int, PRIMARY KEY (x, y))',
  'CREATE TABLE b (x int, y int, FOREIGN KEY (x, y) REFERENCES a (x, y))',
  'INSERT INTO b VALUES (1, NULL), (NULL, NULL) RETURNING *',
  'INSERT INTO b VALUES (1, 2)',
]);
q('composite fk referenced in different order', [
  'CREATE TABLE a (x int, y int, PRIMARY KEY (x, y))',
  'INSERT INTO a VALUES (1, 2)',
  'CREATE TABLE b (p int, q int, FOREIGN KEY (p, q) REFERENCES a (y, x))',
  'INSERT INTO b VALUES (2, 1) RETURNING *',
  'INSERT INTO b VALUES (1, 2)',
]);
q('fk to unique not pk', [
  'CREATE TABLE a (id int PRIMARY KEY, code text UNIQUE)',
  "INSERT INTO a VALUES (1, 'x')",
  'CREATE TABLE b (code text REFERENCES a (code) ON UPDATE CASCADE)',
  "INSERT INTO b VALUES ('x')",
  "UPDATE a SET code = 'y'",
  'SELECT * FROM b',
]);
q('fk to unique expression index', [
  'CREATE TABLE a (code text)',
  'CREATE UNIQUE INDEX ON a (lower(code))',
  'CREATE TABLE b (code text REFERENCES a (code))',
]);
q('fk to non unique column', [
  'CREATE TABLE a (code text)',
  'CREATE TABLE b (code text REFERENCES a (code))',
]);
q('fk to deferrable unique', [
  'CREATE TABLE a (code text UNIQUE DEFERRABLE)',
  'CREATE TABLE b (code text REFERENCES a (code))',
]);
q('fk column type mismatch', [
  'CREATE TABLE a (id int PRIMARY KEY)',
  'CREATE TABLE b (aid text REFERENCES a)',
]);
q('fk varchar to text ok', [
  'CREATE TABLE a (id text PRIMARY KEY)',
  'CREATE TABLE b (aid varchar(10) REFERENCES a)',
  "INSERT INTO a VALUES ('k')",
  "INSERT INTO b VALUES ('k') RETURNING *",
]);
q('fk numeric to int ok', [
  'CREATE TABLE a (id int PRIMARY KEY)',
  'CREATE TABLE b (aid numeric REFERENCES a)',
  'INSERT INTO a VALUES (1)',
  'INSERT INTO b VALUES (1) RETURNING *',
  'INSERT INTO b VALUES (1.5)',
]);
q('fk bigint to int ok', [
  'CREATE TABLE a (id int PRIMARY KEY)',
  'CREATE TABLE b (aid bigint REFERENCES a)',
  'INSERT INTO a VALUES (1)',
  'INSERT INTO b VALUES (1) RETURNING *',
]);
q('fk to missing table', ['CREATE TABLE b (aid int REFERENCES nope)']);
q('fk to missing column', [
  'CREATE TABLE a (id int PRIMARY KEY)',
  'CREATE TABLE b (aid int REFERENCES a (nope))',
]);
q('fk local column missing', [
  'CREATE TABLE a (id int PRIMARY KEY)',
  'CREATE TABLE b (x int, FOREIGN KEY (nope) REFERENCES a)',
]);
q('fk self reference insert order', [
  'CREATE TABLE n (id int PRIMARY KEY, up int REFERENCES n)',
  'INSERT INTO n VALUES (1, NULL), (2, 1), (3, 2)',
  'INSERT INTO n VALUES (5, 4), (4, 1) RETURNING id',
  'DELETE FROM n WHERE id = 1',
]);
q('fk self reference delete subtree at once', [
  'CREATE TABLE n (id int PRIMARY KEY, up int REFERENCES n)',
  'INSERT INTO n VALUES (1, NULL), (2, 1), (3, 2)',
  'DELETE FROM n WHERE id IN (2, 3) RETURNING id',
]);
q('unique per row update plus one', [
  'CREATE TABLE s (n int UNIQUE)',
  'INSERT INTO s VALUES (1), (2), (3)',
  'UPDATE s SET n = n + 1',
]);
q('unique per row update minus one', [
  'CREATE TABLE s (n int UNIQUE)',
  'INSERT INTO s VALUES (1), (2), (3)',
  'UPDATE s SET n = n - 1',
  'SELECT n FROM s ORDER BY n',
]);
q('pk update plus one', [
  'CREATE TABLE s (n int PRIMARY KEY)',
  'INSERT INTO s VALUES (1), (2), (3)',
  'UPDATE s SET n = n + 1',
]);
q('unique update swap values', [
  'CREATE TABLE s (id int, n int UNIQUE)',
  'INSERT INTO s VALUES (1, 1), (2, 2)',
  'UPDATE s SET n = 3 - n',
]);
q('unique multi column with null', [
  'CREATE TABLE s (a int, b int, UNIQUE (a, b))',
  'INSERT INTO s VALUES (1, NULL), (1, NULL), (1, 1)',
  'INSERT INTO s VALUES (1, 1)',
]);
q('unique index on lower violation detail', [
  'CREATE TABLE s (e text)',
  'CREATE UNIQUE INDEX s_e ON s (lower(e))',
  "INSERT INTO s VALUES ('A')",
  "INSERT INTO s VALUES ('a')",
]);
q('partial unique where', [
  'CREATE TABLE s (e text, live bool)',
  'CREATE UNIQUE INDEX s_e ON s (e) WHERE live',
  "INSERT INTO s VALUES ('a', true), ('a', false), ('a', false)",
  "INSERT INTO s VALUES ('a', true)",
]);
q('partial unique on conflict with where', [
  'CREATE TABLE s (e text, live bool, n int DEFAULT 0)',
  'CREATE UNIQUE INDEX s_e ON s (e) WHERE live',
  "INSERT INTO s VALUES ('a', true)",
  "INSERT INTO s VALUES ('a', true) ON CONFLICT (e) WHERE live DO UPDATE SET n = s.n + 1 RETURNING *",
]);
q('partial unique on conflict without where', [
  'CREATE TABLE s (e text, live bool)',
  'CREATE UNIQUE INDEX s_e ON s (e) WHERE live',
  "INSERT INTO s VALUES ('a', true) ON CONFLICT (e) DO NOTHING",
]);
q('partial unique is not null predicate', [
  'CREATE TABLE s (e text, gone timestamptz)',
  'CREATE UNIQUE INDEX s_e ON s (e) WHERE gone IS NULL',
  "INSERT INTO s VALUES ('a', NULL), ('a', now())",
  "INSERT INTO s VALUES ('a', NULL) ON CONFLICT (e) WHERE gone IS NULL DO NOTHING RETURNING *",
  'SELECT count(*) FROM s',
]);
q('unique nulls not distinct plain', [
  'CREATE TABLE s (a int, UNIQUE NULLS NOT DISTINCT (a))',
  'INSERT INTO s VALUES (NULL)',
  'INSERT INTO s VALUES (NULL)',
]);
q('alter add unique with duplicates', [
  'CREATE TABLE s (a int)',
  'INSERT INTO s VALUES (1), (1)',
  'ALTER TABLE s ADD CONSTRAINT s_a UNIQUE (a)',
]);
q('alter add pk with nulls', [
  'CREATE TABLE s (a int)',
  'INSERT INTO s VALUES (NULL)',
  'ALTER TABLE s ADD PRIMARY KEY (a)',
]);
q('alter add check with violating rows', [
  'CREATE TABLE s (a int)',
  'INSERT INTO s VALUES (-1)',
  'ALTER TABLE s ADD CONSTRAINT pos CHECK (a > 0)',
]);
q('alter add fk with orphan', [
  'CREATE TABLE a (id int PRIMARY KEY)',
  'CREATE TABLE b (aid int)',
  'INSERT INTO b VALUES (1)',
  'ALTER TABLE b ADD FOREIGN KEY (aid) REFERENCES a',
]);
q('alter drop constraint then duplicate ok', [
  'CREATE TABLE s (a int CONSTRAINT k UNIQUE)',
  'ALTER TABLE s DROP CONSTRAINT k',
  'INSERT INTO s VALUES (1), (1)',
  'SELECT count(*) FROM s',
]);
q('alter drop pk referenced', [
  'CREATE TABLE a (id int PRIMARY KEY)',
  'CREATE TABLE b (aid int REFERENCES a)',
  'ALTER TABLE a DROP CONSTRAINT a_pkey',
]);
q('alter drop pk referenced cascade', [
  'CREATE TABLE a (id int PRIMARY KEY)',
  'CREATE TABLE b (aid int REFERENCES a)',
  'ALTER TABLE a DROP CONSTRAINT a_pkey CASCADE',
  'INSERT INTO b VALUES (5) RETURNING *',
]);
q('drop table referenced', [
  'CREATE TABLE a (id int PRIMARY KEY)',
  'CREATE TABLE b (aid int REFERENCES a)',
  'DROP TABLE a',
]);
q('drop table referenced cascade', [
  'CREATE TABLE a (id int PRIMARY KEY)',
  'CREATE TABLE b (aid int REFERENCES a)',
  'DROP TABLE a CASCADE',
  'INSERT INTO b VALUES (1) RETURNING *',
]);
q('drop both tables in one statement', [
  'CREATE TABLE a (id int PRIMARY KEY)',
  'CREATE TABLE b (aid int REFERENCES a)',
  'DROP TABLE a, b',
  "SELECT count(*) FROM pg_class WHERE relname IN ('a', 'b')",
]);
q('truncate referenced', [
  'CREATE TABLE a (id int PRIMARY KEY)',
  'CREATE TABLE b (aid int REFERENCES a)',
  'TRUNCATE a',
]);
q('truncate both', [
  'CREATE TABLE a (id int PRIMARY KEY)',
  'CREATE TABLE b (aid int REFERENCES a)',
  'INSERT INTO a VALUES (1)',
  'INSERT INTO b VALUES (1)',
  'TRUNCATE a, b',
  'SELECT count(*) FROM b',
]);
q('truncate referenced cascade', [
  'CREATE TABLE a (id int PRIMARY KEY)',
  'CREATE TABLE b (aid int REFERENCES a)',
  'INSERT INTO a VALUES (1)',
  'INSERT INTO b VALUES (1)',
  'TRUNCATE a CASCADE',
  'SELECT count(*) FROM b',
]);
q('truncate referencing only', [
  'CREATE TABLE a (id int PRIMARY KEY)',
  'CREATE TABLE b (aid int REFERENCES a)',
  'INSERT INTO a VALUES (1)',
  'INSERT INTO b VALUES (1)',
  'TRUNCATE b',
  'SELECT count(*) FROM a',
]);
q('check referencing two columns', [
  'CREATE TABLE s (lo int, hi int, CHECK (lo <= hi))',
  'INSERT INTO s VALUES (1, 2), (NULL, 0)',
  'INSERT INTO s VALUES (3, 2)',
]);
q('check constraint name and detail', [
  'CREATE TABLE s (lo int, hi int, CONSTRAINT range_ok CHECK (lo <= hi))',
  'INSERT INTO s VALUES (3, 2)',
]);
q('check with function', [
  "CREATE TABLE s (e text CHECK (length(e) > 2 AND e LIKE '%@%'))",
  "INSERT INTO s VALUES ('a@bc') RETURNING *",
  "INSERT INTO s VALUES ('ab')",
]);
q('check with coalesce', [
  'CREATE TABLE s (a int, CHECK (coalesce(a, 0) >= 0))',
  'INSERT INTO s VALUES (NULL) RETURNING a',
  'INSERT INTO s VALUES (-1)',
]);
q('check with case', [
  "CREATE TABLE s (kind text, v int, CHECK (CASE WHEN kind = 'pos' THEN v > 0 ELSE true END))",
  "INSERT INTO s VALUES ('neg', -1) RETURNING *",
  "INSERT INTO s VALUES ('pos', -1)",
]);
q('column check referencing other column', [
  'CREATE TABLE s (a int CHECK (a > b), b int)',
  'INSERT INTO s VALUES (2, 1) RETURNING *',
  'INSERT INTO s VALUES (1, 2)',
]);
q('default expression now', [
  'CREATE TABLE s (id int, at timestamptz DEFAULT now())',
  'INSERT INTO s (id) VALUES (1)',
  'SELECT at IS NOT NULL AS has FROM s',
]);
q('default from sequence', [
  'CREATE SEQUENCE sq START 5',
  "CREATE TABLE s (id int DEFAULT nextval('sq'), v text)",
  "INSERT INTO s (v) VALUES ('a'), ('b') RETURNING id",
]);
q('default wrong type at create', ["CREATE TABLE s (a int DEFAULT 'abc')"]);
q('default referencing column is error', ['CREATE TABLE s (a int, b int DEFAULT a)']);
q('default with subquery is error', ['CREATE TABLE s (a int DEFAULT (SELECT 1))']);
q('insert default keyword in values', [
  "CREATE TABLE s (a int DEFAULT 5, b text DEFAULT 'x')",
  'INSERT INTO s VALUES (DEFAULT, DEFAULT), (1, DEFAULT) RETURNING *',
]);
q('update set default', [
  'CREATE TABLE s (a int DEFAULT 5)',
  'INSERT INTO s VALUES (1)',
  'UPDATE s SET a = DEFAULT RETURNING a',
]);
q('alter column set default affects later rows only', [
  'CREATE TABLE s (a int, b int)',
  'INSERT INTO s (a) VALUES (1)',
  'ALTER TABLE s ALTER COLUMN b SET DEFAULT 9',
  'INSERT INTO s (a) VALUES (2)',
  'SELECT * FROM s ORDER BY a',
]);
q('add column with default fills rows', [
  'CREATE TABLE s (a int)',
  'INSERT INTO s VALUES (1), (2)',
  "ALTER TABLE s ADD COLUMN b text DEFAULT 'z' NOT NULL",
  'SELECT * FROM s ORDER BY a',
]);
q('add not null column without default on rows', [
  'CREATE TABLE s (a int)',
  'INSERT INTO s VALUES (1)',
  'ALTER TABLE s ADD COLUMN b int NOT NULL',
]);
q('add not null column without default empty table', [
  'CREATE TABLE s (a int)',
  'ALTER TABLE s ADD COLUMN b int NOT NULL',
  'INSERT INTO s (a) VALUES (1)',
]);
q('serial column sequence and insert', [
  'CREATE TABLE s (id serial PRIMARY KEY, v text)',
  "INSERT INTO s (v) VALUES ('a'), ('b') RETURNING id",
  "INSERT INTO s VALUES (3, 'c')",
  "INSERT INTO s (v) VALUES ('d')",
]);
q('bigserial returning type', [
  'CREATE TABLE s (id bigserial, v text)',
  "INSERT INTO s (v) VALUES ('a') RETURNING id",
]);
q('identity always plain', [
  'CREATE TABLE s (id int GENERATED ALWAYS AS IDENTITY, v text)',
  "INSERT INTO s (v) VALUES ('a') RETURNING id",
  "INSERT INTO s VALUES (5, 'b')",
]);
q('identity by default plain', [
  'CREATE TABLE s (id int GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, v text)',
  "INSERT INTO s VALUES (1, 'x')",
  "INSERT INTO s (v) VALUES ('y')",
]);
q('identity update always', [
  'CREATE TABLE s (id int GENERATED ALWAYS AS IDENTITY, v text)',
  "INSERT INTO s (v) VALUES ('a')",
  'UPDATE s SET id = 5',
]);
q('generated stored plain', [
  'CREATE TABLE s (a int, b int GENERATED ALWAYS AS (a * 2) STORED)',
  'INSERT INTO s (a) VALUES (1), (NULL) RETURNING *',
  'UPDATE s SET a = 5 WHERE a = 1 RETURNING b',
]);
q('generated write error plain', [
  'CREATE TABLE s (a int, b int GENERATED ALWAYS AS (a * 2) STORED)',
  'INSERT INTO s VALUES (1, 2)',
]);
q('generated update error plain', [
  'CREATE TABLE s (a int, b int GENERATED ALWAYS AS (a * 2) STORED)',
  'INSERT INTO s (a) VALUES (1)',
  'UPDATE s SET b = 3',
]);
q('generated text concat', [
  "CREATE TABLE s (f text, l text, full_name text GENERATED ALWAYS AS (f || ' ' || l) STORED)",
  "INSERT INTO s (f, l) VALUES ('a', 'b'), ('c', NULL) RETURNING full_name",
]);
q('view insert plain', [
  'CREATE TABLE s (id int PRIMARY KEY, v text, hidden int DEFAULT 1)',
  'CREATE VIEW sv AS SELECT id, v FROM s',
  "INSERT INTO sv VALUES (1, 'a') RETURNING *",
  'SELECT * FROM s',
]);
q('view update plain', [
  'CREATE TABLE s (id int PRIMARY KEY, v text)',
  "INSERT INTO s VALUES (1, 'a'), (2, 'b')",
  'CREATE VIEW sv AS SELECT * FROM s WHERE id > 1',
  "UPDATE sv SET v = 'z' RETURNING *",
  'SELECT * FROM s ORDER BY id',
]);
q('view delete plain', [
  'CREATE TABLE s (id int PRIMARY KEY, v text)',
  "INSERT INTO s VALUES (1, 'a'), (2, 'b')",
  'CREATE VIEW sv AS SELECT * FROM s WHERE id > 1',
  'DELETE FROM sv',
  'SELECT id FROM s',
]);
q('view check option plain', [
  'CREATE TABLE s (id int PRIMARY KEY, v text)',
  'CREATE VIEW sv AS SELECT * FROM s WHERE id > 1 WITH CHECK OPTION',
  "INSERT INTO sv VALUES (1, 'a')",
]);
q('view not updatable plain', [
  'CREATE TABLE s (id int PRIMARY KEY, v text)',
  'CREATE VIEW sv AS SELECT v, count(*) AS n FROM s GROUP BY v',
  "INSERT INTO sv VALUES ('a', 1)",
]);
q('view over join not updatable plain', [
  'CREATE TABLE s (id int PRIMARY KEY, v text)',
  'CREATE VIEW sv AS SELECT a.id, b.v FROM s a JOIN s b ON a.id = b.id',
  "UPDATE sv SET v = 'x'",
]);
q('materialized view not writable', [
  'CREATE TABLE s (id int PRIMARY KEY, v text)',
  'CREATE MATERIALIZED VIEW mv AS SELECT * FROM s',
  "INSERT INTO mv VALUES (1, 'a')",
]);
q('materialized view refresh sees new rows', [
  'CREATE TABLE s (id int PRIMARY KEY, v text)',
  'CREATE MATERIALIZED VIEW mv AS SELECT * FROM s',
  "INSERT INTO s VALUES (1, 'a')",
  'SELECT count(*) FROM mv',
  'REFRESH MATERIALIZED VIEW mv',
  'SELECT count(*) FROM mv',
]);
q('insert into view with default on view', [
  'CREATE TABLE s (id int, v text)',
  'CREATE VIEW sv AS SELECT * FROM s',
  "ALTER VIEW sv ALTER COLUMN v SET DEFAULT 'dv'",
  'INSERT INTO sv (id) VALUES (1) RETURNING *',
]);
q('transaction rollback undoes cascade', [
  'CREATE TABLE a (id int PRIMARY KEY)',
  'CREATE TABLE b (aid int REFERENCES a ON DELETE CASCADE)',
  'INSERT INTO a VALUES (1)',
  'INSERT INTO b VALUES (1), (1)',
  'BEGIN',
  'DELETE FROM a',
  'SELECT count(*) FROM b',
  'ROLLBACK',
  'SELECT count(*) FROM b',
]);
q('savepoint rollback after constraint error', [
  'CREATE TABLE s (a int UNIQUE)',
  'BEGIN',
  'INSERT INTO s VALUES (1)',
  'SAVEPOINT sp',
  'INSERT INTO s VALUES (1)',
  'ROLLBACK TO SAVEPOINT sp',
  'INSERT INTO s VALUES (2)',
  'COMMIT',
  'SELECT a FROM s ORDER BY a',
]);
q('error aborts transaction 25P02', [
  'CREATE TABLE s (a int UNIQUE)',
  'BEGIN',
  'INSERT INTO s VALUES (1), (1)',
  'SELECT 1',
  'ROLLBACK',
]);
q('multi row insert all or nothing', [
  'CREATE TABLE s (a int CHECK (a > 0))',
  'INSERT INTO s VALUES (1), (2), (-3)',
  'SELECT count(*) FROM s',
]);
q('insert select violating unique', [
  'CREATE TABLE s (a int UNIQUE)',
  'INSERT INTO s SELECT 1 FROM generate_series(1, 2)',
]);
q('update from violating check', [
  'CREATE TABLE s (a int CHECK (a < 10))',
  'INSERT INTO s VALUES (1)',
  'UPDATE s SET a = v.x FROM (VALUES (20)) v(x)',
]);
q('inheritance plain select only', [
  'CREATE TABLE p (a int)',
  'CREATE TABLE c (b int) INHERITS (p)',
  'INSERT INTO p VALUES (1)',
  'INSERT INTO c VALUES (2, 3)',
  'SELECT a FROM p ORDER BY a',
  'SELECT a FROM ONLY p',
]);
q('partition plain routing', [
  'CREATE TABLE p (a int, k text) PARTITION BY LIST (k)',
  "CREATE TABLE p_x PARTITION OF p FOR VALUES IN ('x')",
  "INSERT INTO p VALUES (1, 'x')",
  "INSERT INTO p VALUES (2, 'y')",
  'SELECT * FROM p_x',
]);

export default list.cases;
