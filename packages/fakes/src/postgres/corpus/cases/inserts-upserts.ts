import { defineGroup } from '../sql-case.js';

const COUNTERS = `
  CREATE TABLE counters (
    key text PRIMARY KEY,
    hits integer NOT NULL DEFAULT 0,
    note text
  );
  INSERT INTO counters (key, hits, note) VALUES ('a', 5, 'first');`;

const ITEMS = `
  CREATE TABLE items (
    id serial PRIMARY KEY,
    sku text NOT NULL UNIQUE,
    qty integer NOT NULL DEFAULT 1,
    price numeric(10, 2),
    tags text[] NOT NULL DEFAULT '{}'
  );`;

/** INSERT forms (defaults, multi-row, INSERT ... SELECT, RETURNING) and ON CONFLICT variants. */
export const insertUpsertCases = defineGroup('inserts-upserts', [
  {
    name: 'INSERT RETURNING * gives the defaults the row received',
    setup: ITEMS,
    steps: [{ sql: 'INSERT INTO items (sku) VALUES ($1) RETURNING *', params: ['A-1'] }],
  },
  {
    name: 'a multi-row VALUES insert returns every row in order',
    setup: ITEMS,
    steps: [
      {
        sql: 'INSERT INTO items (sku, qty) VALUES ($1, $2), ($3, $4), ($5, $6) RETURNING id, sku, qty',
        params: ['A', 1, 'B', 2, 'C', 3],
      },
    ],
  },
  {
    name: 'DEFAULT inside VALUES takes the column default',
    setup: ITEMS,
    steps: ["INSERT INTO items (sku, qty, tags) VALUES ('A', DEFAULT, DEFAULT) RETURNING qty, tags"],
  },
  {
    name: 'INSERT DEFAULT VALUES fills every column from its default',
    setup: 'CREATE TABLE events (id serial PRIMARY KEY, kind text DEFAULT $$created$$, n int);',
    steps: [
      'INSERT INTO events DEFAULT VALUES RETURNING *',
      'INSERT INTO events DEFAULT VALUES RETURNING id',
    ],
  },
  {
    name: 'INSERT ... SELECT copies rows and counts them',
    setup: `${ITEMS} CREATE TABLE archive (sku text, qty int);
            INSERT INTO items (sku, qty) VALUES ('A', 1), ('B', 2), ('C', 3);`,
    steps: [
      'INSERT INTO archive (sku, qty) SELECT sku, qty FROM items WHERE qty >= 2',
      'SELECT * FROM archive ORDER BY sku',
    ],
  },
  {
    name: 'INSERT ... SELECT that selects nothing reports INSERT with rowCount 0',
    setup: `${ITEMS} CREATE TABLE archive (sku text);`,
    steps: ['INSERT INTO archive (sku) SELECT sku FROM items WHERE false'],
  },
  {
    name: 'a column list in another order than the table binds by name',
    setup: ITEMS,
    steps: ["INSERT INTO items (qty, price, sku) VALUES (4, '2.5', 'Z') RETURNING sku, qty, price"],
  },
  {
    name: 'serial ids count up from 1 across inserts',
    setup: ITEMS,
    steps: [
      "INSERT INTO items (sku) VALUES ('A') RETURNING id",
      "INSERT INTO items (sku) VALUES ('B'), ('C') RETURNING id",
    ],
  },
  {
    name: 'a failed insert still consumes its serial value',
    setup: `${ITEMS} INSERT INTO items (sku) VALUES ('A');`,
    steps: ["INSERT INTO items (sku) VALUES ('A')", "INSERT INTO items (sku) VALUES ('B') RETURNING id"],
  },
  {
    name: 'RETURNING computes expressions with aliases',
    setup: ITEMS,
    steps: [
      "INSERT INTO items (sku, qty, price) VALUES ('A', 3, 2.5) RETURNING qty * price AS line_total, upper(sku) AS code",
    ],
  },
  {
    name: 'a scalar subquery inside VALUES is evaluated',
    setup: `${ITEMS} INSERT INTO items (sku, qty) VALUES ('A', 7);`,
    steps: ["INSERT INTO items (sku, qty) VALUES ('B', (SELECT max(qty) + 1 FROM items)) RETURNING qty"],
  },
  {
    name: 'ON CONFLICT DO NOTHING on an existing key inserts nothing and returns no row',
    setup: COUNTERS,
    steps: [
      "INSERT INTO counters (key, hits) VALUES ('a', 1) ON CONFLICT DO NOTHING RETURNING *",
      'SELECT * FROM counters',
    ],
  },
  {
    name: 'ON CONFLICT (key) DO NOTHING on a new key inserts it',
    setup: COUNTERS,
    steps: [
      "INSERT INTO counters (key, hits) VALUES ('b', 1) ON CONFLICT (key) DO NOTHING RETURNING key, hits",
    ],
  },
  {
    name: 'ON CONFLICT DO UPDATE increments from the existing row',
    setup: COUNTERS,
    steps: [
      {
        sql: 'INSERT INTO counters (key, hits) VALUES ($1, 1) ON CONFLICT (key) DO UPDATE SET hits = counters.hits + 1 RETURNING key, hits',
        params: ['a'],
      },
    ],
  },
  {
    name: 'ON CONFLICT DO UPDATE SET col = excluded.col takes the proposed value',
    setup: COUNTERS,
    steps: [
      "INSERT INTO counters (key, hits, note) VALUES ('a', 42, 'new') ON CONFLICT (key) DO UPDATE SET hits = excluded.hits, note = excluded.note RETURNING *",
    ],
  },
  {
    name: 'excluded holds the column default for a column the INSERT left out',
    setup: COUNTERS,
    steps: [
      "INSERT INTO counters (key) VALUES ('a') ON CONFLICT (key) DO UPDATE SET hits = excluded.hits RETURNING hits",
    ],
  },
  {
    name: 'ON CONFLICT DO UPDATE ... WHERE false updates nothing and returns no row',
    setup: COUNTERS,
    steps: [
      "INSERT INTO counters (key, hits) VALUES ('a', 1) ON CONFLICT (key) DO UPDATE SET hits = excluded.hits WHERE counters.hits < excluded.hits RETURNING *",
      'SELECT hits FROM counters',
    ],
  },
  {
    name: 'ON CONFLICT DO UPDATE ... WHERE true updates and returns the row',
    setup: COUNTERS,
    steps: [
      "INSERT INTO counters (key, hits) VALUES ('a', 9) ON CONFLICT (key) DO UPDATE SET hits = excluded.hits WHERE counters.hits < excluded.hits RETURNING hits",
    ],
  },
  {
    name: 'ON CONFLICT ON CONSTRAINT names the arbiter by constraint',
    setup: COUNTERS,
    steps: [
      "INSERT INTO counters (key, hits) VALUES ('a', 3) ON CONFLICT ON CONSTRAINT counters_pkey DO UPDATE SET hits = counters.hits + excluded.hits RETURNING hits",
    ],
  },
  {
    name: 'ON CONFLICT on a composite key updates the matching row only',
    setup: `CREATE TABLE stock (warehouse text, sku text, qty int NOT NULL, PRIMARY KEY (warehouse, sku));
            INSERT INTO stock VALUES ('w1', 'A', 1), ('w2', 'A', 1);`,
    steps: [
      "INSERT INTO stock VALUES ('w1', 'A', 5) ON CONFLICT (warehouse, sku) DO UPDATE SET qty = stock.qty + excluded.qty RETURNING *",
      'SELECT * FROM stock ORDER BY warehouse',
    ],
  },
  {
    name: 'a multi-row upsert inserts new keys and updates existing ones in one statement',
    setup: COUNTERS,
    steps: [
      "INSERT INTO counters (key, hits) VALUES ('a', 1), ('b', 1), ('c', 1) ON CONFLICT (key) DO UPDATE SET hits = counters.hits + excluded.hits RETURNING key, hits",
    ],
  },
  {
    name: 'ON CONFLICT DO NOTHING without a target skips a violation of any unique constraint',
    setup: `${ITEMS} INSERT INTO items (sku) VALUES ('A');`,
    steps: [
      "INSERT INTO items (id, sku) VALUES (50, 'A') ON CONFLICT DO NOTHING",
      'SELECT count(*) FROM items',
    ],
  },
  {
    name: 'ON CONFLICT DO UPDATE affecting one row twice is 21000',
    setup: COUNTERS,
    steps: [
      "INSERT INTO counters (key, hits) VALUES ('z', 1), ('z', 2) ON CONFLICT (key) DO UPDATE SET hits = excluded.hits",
    ],
  },
  {
    name: 'ON CONFLICT with a partial unique index names its predicate',
    setup: `CREATE TABLE accounts (id int PRIMARY KEY, email text, deleted_at timestamptz);
            CREATE UNIQUE INDEX accounts_live_email ON accounts (email) WHERE deleted_at IS NULL;
            INSERT INTO accounts VALUES (1, 'a@x.io', NULL), (2, 'b@x.io', '2024-01-01');`,
    steps: [
      "INSERT INTO accounts VALUES (3, 'a@x.io', NULL) ON CONFLICT (email) WHERE deleted_at IS NULL DO NOTHING RETURNING id",
      "INSERT INTO accounts VALUES (4, 'b@x.io', NULL) ON CONFLICT (email) WHERE deleted_at IS NULL DO NOTHING RETURNING id",
    ],
  },
  {
    name: 'upsert RETURNING (xmax = 0) tells inserted rows from updated ones',
    setup: COUNTERS,
    steps: [
      "INSERT INTO counters (key, hits) VALUES ('a', 1), ('b', 1) ON CONFLICT (key) DO UPDATE SET hits = counters.hits + 1 RETURNING key, (xmax = 0) AS inserted",
    ],
  },
  {
    name: 'INSERT ... SELECT ... ON CONFLICT DO UPDATE merges a staging table',
    setup: `${COUNTERS} CREATE TABLE staging (key text, hits int);
            INSERT INTO staging VALUES ('a', 10), ('q', 1);`,
    steps: [
      'INSERT INTO counters (key, hits) SELECT key, hits FROM staging ON CONFLICT (key) DO UPDATE SET hits = excluded.hits',
      'SELECT key, hits FROM counters ORDER BY key',
    ],
  },
  {
    name: 'an identity column GENERATED ALWAYS refuses an explicit value with 428C9',
    setup: 'CREATE TABLE tickets (id int GENERATED ALWAYS AS IDENTITY PRIMARY KEY, title text);',
    steps: ["INSERT INTO tickets (id, title) VALUES (7, 'x')"],
  },
  {
    name: 'OVERRIDING SYSTEM VALUE inserts an explicit identity value',
    setup: 'CREATE TABLE tickets (id int GENERATED ALWAYS AS IDENTITY PRIMARY KEY, title text);',
    steps: ["INSERT INTO tickets (id, title) OVERRIDING SYSTEM VALUE VALUES (7, 'x') RETURNING id"],
  },
  {
    name: 'a jsonb column takes an object parameter as JSON text',
    setup: 'CREATE TABLE docs (id int PRIMARY KEY, body jsonb NOT NULL);',
    steps: [
      {
        sql: 'INSERT INTO docs VALUES ($1, $2) RETURNING body',
        params: [1, { a: 1, nested: { b: [true, null] } }],
      },
    ],
  },
  {
    name: 'MERGE inserts, updates and reports the rows it touched',
    setup: `${COUNTERS} CREATE TABLE incoming (key text, hits int);
            INSERT INTO incoming VALUES ('a', 1), ('n', 2);`,
    steps: [
      `MERGE INTO counters c USING incoming i ON c.key = i.key
       WHEN MATCHED THEN UPDATE SET hits = c.hits + i.hits
       WHEN NOT MATCHED THEN INSERT (key, hits) VALUES (i.key, i.hits)`,
      'SELECT key, hits FROM counters ORDER BY key',
    ],
  },
  {
    name: 'an insert into a text[] column from a JS array parameter stores the elements',
    setup: ITEMS,
    steps: [
      {
        sql: 'INSERT INTO items (sku, tags) VALUES ($1, $2) RETURNING tags',
        params: ['A', ['red', 'big box', 'a,b']],
      },
    ],
  },
  {
    name: 'ON CONFLICT (key) DO NOTHING on an existing key counts 0 and returns no row, alone or beside a new key',
    setup: COUNTERS,
    steps: [
      "INSERT INTO counters (key, hits) VALUES ('a', 1) ON CONFLICT (key) DO NOTHING",
      "INSERT INTO counters (key, hits) VALUES ('a', 1) ON CONFLICT (key) DO NOTHING RETURNING key",
      "INSERT INTO counters (key, hits) VALUES ('b', 1), ('a', 2) ON CONFLICT (key) DO NOTHING RETURNING key, hits",
      "INSERT INTO counters (key, hits) VALUES ('c', 1), ('a', 2) ON CONFLICT ON CONSTRAINT counters_pkey DO NOTHING",
      'SELECT key, hits FROM counters ORDER BY key',
    ],
  },
  {
    name: 'INSERT ... SELECT ... ON CONFLICT (key) DO NOTHING counts only the rows it inserts',
    setup: COUNTERS,
    steps: [
      "INSERT INTO counters (key, hits) SELECT k, 1 FROM (VALUES ('a'), ('x'), ('y')) AS v(k) ON CONFLICT (key) DO NOTHING",
      'SELECT key, hits FROM counters ORDER BY key',
    ],
  },
  {
    name: 'ON CONFLICT (sku) DO NOTHING on a table with a second unique key still fails on that key',
    setup: `${ITEMS} INSERT INTO items (id, sku) VALUES (1, 'A');`,
    steps: ["INSERT INTO items (id, sku) VALUES (1, 'B') ON CONFLICT (sku) DO NOTHING"],
  },
  {
    name: 'ON CONFLICT (email) DO NOTHING beside a serial key: the skipped row still takes a sequence value',
    setup: `CREATE TABLE users (id serial PRIMARY KEY, email text NOT NULL UNIQUE, name text);
            INSERT INTO users (email, name) VALUES ('a@x.io', 'A'), ('b@x.io', 'B');`,
    steps: [
      {
        sql: 'INSERT INTO users (email, name) VALUES ($1, $2) ON CONFLICT (email) DO NOTHING RETURNING id, email',
        params: ['a@x.io', 'again'],
      },
      {
        sql: 'INSERT INTO users (email, name) VALUES ($1, $2) ON CONFLICT (email) DO NOTHING RETURNING id, email',
        params: ['c@x.io', 'C'],
      },
      "INSERT INTO users (email) VALUES ('d@x.io'), ('a@x.io'), ('d@x.io'), ('e@x.io') ON CONFLICT (email) DO NOTHING RETURNING id, email",
      'SELECT id, email, name FROM users ORDER BY id',
    ],
  },
  {
    name: 'ON CONFLICT (id) DO NOTHING skips only conflicts on id: one on another unique key is still 23505',
    setup: `CREATE TABLE items (id int PRIMARY KEY, sku text UNIQUE, qty int NOT NULL DEFAULT 0);
            INSERT INTO items VALUES (1, 'S1', 1), (2, 'S2', 2);`,
    steps: [
      "INSERT INTO items (id, sku) VALUES (1, 'S2'), (3, 'S3') ON CONFLICT (id) DO NOTHING RETURNING id, sku",
      "INSERT INTO items (id, sku) VALUES (4, 'S1') ON CONFLICT (id) DO NOTHING",
      'INSERT INTO items (id, sku) VALUES (5, NULL), (6, NULL) ON CONFLICT ON CONSTRAINT items_sku_key DO NOTHING RETURNING id',
      'SELECT id, sku, qty FROM items ORDER BY id',
    ],
  },
  {
    name: 'INSERT ... SELECT of untyped constants assigns them by position and checks unique keys',
    setup: `CREATE TABLE items (id int PRIMARY KEY, sku text UNIQUE);
            INSERT INTO items VALUES (1, 'S1');`,
    steps: [
      "INSERT INTO items (id, sku) SELECT 9, 'S1'",
      "INSERT INTO items (id, sku) SELECT 2, 'S2' RETURNING id, sku",
      'SELECT id, sku FROM items ORDER BY id',
    ],
  },
  {
    name: 'DEFAULT in a VALUES list of several rows gives each row the column default',
    setup: `CREATE TABLE kv (k text PRIMARY KEY, v int NOT NULL DEFAULT 0, note text DEFAULT 'dv');
            CREATE TABLE s (id serial PRIMARY KEY, v text DEFAULT 'dv');`,
    steps: [
      "INSERT INTO kv (k, v) VALUES ('c', 5), ('d', DEFAULT) RETURNING *",
      "INSERT INTO kv VALUES ('e', DEFAULT, DEFAULT), ('f', 7, 'x') RETURNING *",
      "INSERT INTO s VALUES (DEFAULT, 'a'), (DEFAULT, DEFAULT) RETURNING *",
    ],
  },
  {
    name: 'ON CONFLICT checks NOT NULL on the proposed row before looking for a conflict (23502)',
    setup: `CREATE TABLE kv (k text PRIMARY KEY, v int NOT NULL DEFAULT 0);
            INSERT INTO kv VALUES ('a', 1);`,
    steps: [
      "INSERT INTO kv (k, v) VALUES ('a', NULL) ON CONFLICT DO NOTHING",
      {
        sql: 'INSERT INTO kv (k, v) VALUES ($1, $2) ON CONFLICT (k) DO UPDATE SET v = kv.v + 1 RETURNING v',
        params: ['a', null],
      },
      'SELECT k, v FROM kv',
    ],
  },
  {
    name: 'ON CONFLICT DO NOTHING checks foreign keys only on the rows it inserts',
    setup: `CREATE TABLE p (id int PRIMARY KEY);
            CREATE TABLE c (k int PRIMARY KEY, pid int REFERENCES p (id));
            INSERT INTO p VALUES (1); INSERT INTO c VALUES (1, 1);`,
    steps: [
      'INSERT INTO c VALUES (1, 99) ON CONFLICT DO NOTHING',
      'INSERT INTO c VALUES (1, 99) ON CONFLICT (k) DO NOTHING',
      'INSERT INTO c VALUES (2, 99) ON CONFLICT DO NOTHING',
      'SELECT k, pid FROM c',
    ],
  },
  {
    name: 'ON CONFLICT ON CONSTRAINT cannot name a unique index that is not a constraint (42704)',
    setup: `CREATE TABLE u (id int, email text);
            CREATE UNIQUE INDEX u_email ON u (email);
            INSERT INTO u VALUES (1, 'a');`,
    steps: [
      "INSERT INTO u VALUES (2, 'a') ON CONFLICT ON CONSTRAINT u_email DO NOTHING",
      "INSERT INTO u VALUES (2, 'a') ON CONFLICT ON CONSTRAINT u_email DO UPDATE SET id = EXCLUDED.id",
    ],
  },
  {
    name: 'INSERT ... SELECT checks a selected value against the numeric(p,s) column precision (22003)',
    setup: `CREATE TABLE m (v numeric(5, 2));
            CREATE TABLE src (x int);
            INSERT INTO src VALUES (999), (123456);`,
    steps: [
      'INSERT INTO m SELECT x FROM src',
      'INSERT INTO m SELECT x FROM src WHERE x < 1000 RETURNING v',
      'SELECT count(*) FROM m',
    ],
  },
  {
    name: 'INSERT without a column list fills the leading columns of a shorter VALUES row and defaults the rest',
    setup: "CREATE TABLE t (id int PRIMARY KEY, name text DEFAULT 'x', n int);",
    steps: [
      'INSERT INTO t VALUES (1) RETURNING *',
      "INSERT INTO t VALUES (2, 'b') RETURNING *",
      "INSERT INTO t VALUES (4, 'a', 1, 5)",
      "INSERT INTO t VALUES (5), (6, 'z')",
    ],
  },
  {
    name: 'a timestamptz assigned to a timestamp column is its UTC wall-clock time; a date is midnight',
    setup: 'CREATE TABLE t (id int PRIMARY KEY, at timestamp, z timestamptz)',
    steps: [
      "INSERT INTO t (id, at) VALUES (1, '2024-03-05 10:00:00+02'::timestamptz) RETURNING at",
      'UPDATE t SET z = at RETURNING z',
      "UPDATE t SET z = '2024-01-02'::date, at = '2024-01-03'::date RETURNING z, at",
    ],
  },
  {
    name: 'MERGE ... RETURNING is a syntax error',
    setup:
      "CREATE TABLE items (id int PRIMARY KEY, name text, qty int); INSERT INTO items VALUES (1, 'a', 10), (2, 'b', 20)",
    steps: [
      'MERGE INTO items USING (SELECT 1 AS id) s ON items.id = s.id WHEN MATCHED THEN UPDATE SET qty = qty + 1 RETURNING items.qty',
      'SELECT qty FROM items WHERE id = 1',
    ],
  },
  {
    name: 'MERGE ... WHEN NOT MATCHED BY SOURCE is a syntax error',
    setup:
      "CREATE TABLE items (id int PRIMARY KEY, name text, qty int); INSERT INTO items VALUES (1, 'a', 10), (2, 'b', 20)",
    steps: [
      'MERGE INTO items USING (SELECT 1 AS id) s ON items.id = s.id WHEN NOT MATCHED BY SOURCE THEN DELETE',
    ],
  },
  {
    name: 'INSERT ... DEFAULT VALUES fills every column with its default',
    setup:
      "CREATE TABLE settings (id serial PRIMARY KEY, created_at timestamp NOT NULL DEFAULT '2024-01-01', flag boolean DEFAULT false, note text); CREATE TABLE strict (id int PRIMARY KEY, x int)",
    steps: [
      'INSERT INTO settings DEFAULT VALUES RETURNING *',
      'insert into "public"."settings" default values returning "id"',
      'INSERT INTO settings AS s DEFAULT VALUES ON CONFLICT DO NOTHING RETURNING s.id, s.flag',
      'SELECT id, note FROM settings ORDER BY id',
      'INSERT INTO strict DEFAULT VALUES',
    ],
  },
  {
    name: 'a multi-row upsert reports an earlier row NOT NULL violation before 21000',
    setup: "CREATE TABLE t (id int PRIMARY KEY, code text NOT NULL, n int); INSERT INTO t VALUES (1, 'a', 1)",
    steps: [
      "INSERT INTO t VALUES (3, 'x', 1), (3, NULL, 1) ON CONFLICT (id) DO UPDATE SET n = t.n + 1",
      "INSERT INTO t VALUES (1, 'x', 1), (1, 'y', 1) ON CONFLICT (id) DO UPDATE SET n = t.n + 1",
    ],
  },
  {
    name: 'INSERT ... SELECT ... ON CONFLICT DO UPDATE updates, and proposing one key twice is 21000',
    setup: "CREATE TABLE t (id int PRIMARY KEY, code text, n int); INSERT INTO t VALUES (1, 'a', 1)",
    steps: [
      "INSERT INTO t SELECT 1, 'q', 7 UNION ALL SELECT 5, 'r', 2 ON CONFLICT (id) DO UPDATE SET n = EXCLUDED.n RETURNING *",
      "INSERT INTO t SELECT 6, 'q', 1 UNION ALL SELECT 6, 'r', 2 ON CONFLICT (id) DO UPDATE SET n = EXCLUDED.n",
      'SELECT * FROM t ORDER BY id',
    ],
  },
  {
    name: 'an upsert whose update fails a CHECK leaves the existing row unchanged',
    setup:
      "CREATE TABLE t (id int PRIMARY KEY, code text UNIQUE, n int CHECK (n >= 0)); INSERT INTO t VALUES (1, 'a', 1), (2, 'b', 2)",
    steps: [
      "INSERT INTO t VALUES (1, 'z', 0) ON CONFLICT (id) DO UPDATE SET n = -1",
      "INSERT INTO t VALUES (1, 'z', 0) ON CONFLICT (id) DO UPDATE SET code = 'b'",
      'SELECT * FROM t ORDER BY id',
      "SELECT * FROM t WHERE code = 'a'",
    ],
  },
  {
    name: 'UNIQUE NULLS NOT DISTINCT (PostgreSQL 15) is refused on pg-mem',
    setup: 'CREATE TABLE t (k int UNIQUE NULLS NOT DISTINCT)',
    steps: ['INSERT INTO t VALUES (NULL)', 'INSERT INTO t VALUES (NULL)'],
  },
  {
    name: "an untyped '0x1A' given to an integer column is 22P02 (15 reads decimal only)",
    setup: 'CREATE TABLE t (id int PRIMARY KEY, n int, note text);',
    steps: ["INSERT INTO t (id, n) VALUES (1, '0x1A')", "INSERT INTO t VALUES (2, 3, '0x1A') RETURNING note"],
  },
  {
    name: 'upsert update non hot',
    setup:
      "CREATE TABLE t (id int PRIMARY KEY, v int CHECK (v < 10), w text NOT NULL, u int UNIQUE); CREATE INDEX t_w ON t (w); INSERT INTO t VALUES (1, 1, 'a', 1), (2, 2, 'b', 2), (3, 3, 'c', 3), (4, 4, 'a', 4), (5, 5, 'b', 5);",
    steps: [
      "INSERT INTO t VALUES (2, 0, 'b', 2) ON CONFLICT (id) DO UPDATE SET u = 30",
      'UPDATE t SET v = 20 WHERE id IN (5, 2)',
    ],
  },
  {
    name: 'group by returning with serial unordered',
    setup:
      "CREATE TABLE s (k text, v int); CREATE TABLE tot (id serial, k text, v bigint); INSERT INTO s VALUES ('b', 1), ('a', 2), ('c', 3), ('a', 1);",
    steps: [
      'INSERT INTO tot (k, v) SELECT k, sum(v) FROM s GROUP BY k RETURNING id, k, v',
      'SELECT id, k FROM tot ORDER BY id',
    ],
  },
  {
    name: 'distinct returning with serial',
    setup:
      "CREATE TABLE s (k text); CREATE TABLE tot (id serial, k text); INSERT INTO s VALUES ('b'), ('a'), ('c'), ('a');",
    steps: [
      'INSERT INTO tot (k) SELECT DISTINCT k FROM s RETURNING id, k',
      'SELECT id, k FROM tot ORDER BY id',
    ],
  },
  {
    name: 'union returning with serial',
    setup:
      "CREATE TABLE s (k text); CREATE TABLE tot (id serial, k text); INSERT INTO s VALUES ('b'), ('a'), ('c'), ('a');",
    steps: [
      "INSERT INTO tot (k) SELECT k FROM s UNION SELECT 'z' RETURNING id, k",
      'SELECT id, k FROM tot ORDER BY id',
    ],
  },
  {
    name: 'insert select seq order by serial',
    setup:
      "CREATE TABLE s (k text); CREATE TABLE tot (id serial, k text); INSERT INTO s VALUES ('b'), ('a'), ('c');",
    steps: ['INSERT INTO tot (k) SELECT k FROM s', 'SELECT id, k FROM tot ORDER BY id'],
  },
  {
    name: 'serial join insert',
    setup:
      "CREATE TABLE s (k text, v int); CREATE TABLE r (k text, w int); CREATE TABLE tot (id serial, k text, v bigint); CREATE SEQUENCE q; INSERT INTO s VALUES ('b', 1), ('a', 2), ('c', 3), ('a', 1); INSERT INTO r VALUES ('c', 30), ('a', 10), ('b', 20);",
    steps: [
      'INSERT INTO tot (k, v) SELECT s.k, r.w FROM s JOIN r ON r.k = s.k',
      'SELECT id, k, v FROM tot ORDER BY id',
    ],
  },
  {
    name: 'serial subquery group',
    setup:
      "CREATE TABLE s (k text, v int); CREATE TABLE r (k text, w int); CREATE TABLE tot (id serial, k text, v bigint); CREATE SEQUENCE q; INSERT INTO s VALUES ('b', 1), ('a', 2), ('c', 3), ('a', 1); INSERT INTO r VALUES ('c', 30), ('a', 10), ('b', 20);",
    steps: [
      'INSERT INTO tot (k, v) SELECT k, n FROM (SELECT k, count(*) AS n FROM s GROUP BY k) g',
      'SELECT id, k, v FROM tot ORDER BY id',
    ],
  },
  {
    name: 'serial cte group',
    setup:
      "CREATE TABLE s (k text, v int); CREATE TABLE r (k text, w int); CREATE TABLE tot (id serial, k text, v bigint); CREATE SEQUENCE q; INSERT INTO s VALUES ('b', 1), ('a', 2), ('c', 3), ('a', 1); INSERT INTO r VALUES ('c', 30), ('a', 10), ('b', 20);",
    steps: [
      'INSERT INTO tot (k, v) WITH g AS (SELECT k, count(*) n FROM s GROUP BY k) SELECT k, n FROM g',
      'SELECT id, k, v FROM tot ORDER BY id',
    ],
  },
  {
    name: 'serial insert subquery ordered',
    setup:
      "CREATE TABLE s (k text, v int); CREATE TABLE r (k text, w int); CREATE TABLE tot (id serial, k text, v bigint); CREATE SEQUENCE q; INSERT INTO s VALUES ('b', 1), ('a', 2), ('c', 3), ('a', 1); INSERT INTO r VALUES ('c', 30), ('a', 10), ('b', 20);",
    steps: [
      'INSERT INTO tot (k, v) SELECT k, v FROM (SELECT k, v FROM s ORDER BY v DESC) x',
      'SELECT id, k, v FROM tot ORDER BY id',
    ],
  },
  {
    name: 'insert nextval select order by',
    setup:
      "CREATE TABLE s (k text, v int); CREATE TABLE r (k text, w int); CREATE TABLE tot (id serial, k text, v bigint); CREATE SEQUENCE q; INSERT INTO s VALUES ('b', 1), ('a', 2), ('c', 3), ('a', 1); INSERT INTO r VALUES ('c', 30), ('a', 10), ('b', 20);",
    steps: [
      "INSERT INTO tot (id, k, v) SELECT nextval('q'), k, v FROM s ORDER BY k, v",
      'SELECT id, k, v FROM tot ORDER BY id',
    ],
  },
  {
    name: 'insert returning defaults',
    setup:
      "CREATE TABLE users (\n  id serial PRIMARY KEY,\n  email text NOT NULL UNIQUE,\n  name text,\n  age int CHECK (age >= 0),\n  score numeric(6,2) DEFAULT 0,\n  active boolean NOT NULL DEFAULT true,\n  created_at timestamptz NOT NULL DEFAULT '2024-01-01 00:00:00+00',\n  tags text[] DEFAULT '{}'\n);",
    steps: ["INSERT INTO users (email) VALUES ('a@x') RETURNING *"],
  },
  {
    name: 'insert default values',
    setup: 'CREATE TABLE d (id serial, v int DEFAULT 7, w text);',
    steps: ['INSERT INTO d DEFAULT VALUES RETURNING *'],
  },
  {
    name: 'insert param text not int error',
    setup:
      "CREATE TABLE users (\n  id serial PRIMARY KEY,\n  email text NOT NULL UNIQUE,\n  name text,\n  age int CHECK (age >= 0),\n  score numeric(6,2) DEFAULT 0,\n  active boolean NOT NULL DEFAULT true,\n  created_at timestamptz NOT NULL DEFAULT '2024-01-01 00:00:00+00',\n  tags text[] DEFAULT '{}'\n);",
    steps: [{ sql: 'INSERT INTO users (email, age) VALUES ($1, $2) RETURNING age', params: ['a@x', 'x'] }],
  },
  {
    name: 'insert param number into numeric',
    setup:
      "CREATE TABLE users (\n  id serial PRIMARY KEY,\n  email text NOT NULL UNIQUE,\n  name text,\n  age int CHECK (age >= 0),\n  score numeric(6,2) DEFAULT 0,\n  active boolean NOT NULL DEFAULT true,\n  created_at timestamptz NOT NULL DEFAULT '2024-01-01 00:00:00+00',\n  tags text[] DEFAULT '{}'\n);",
    steps: [
      { sql: 'INSERT INTO users (email, score) VALUES ($1, $2) RETURNING score', params: ['a@x', 3.5] },
    ],
  },
  {
    name: 'insert int column from text expression error',
    setup:
      "CREATE TABLE users (\n  id serial PRIMARY KEY,\n  email text NOT NULL UNIQUE,\n  name text,\n  age int CHECK (age >= 0),\n  score numeric(6,2) DEFAULT 0,\n  active boolean NOT NULL DEFAULT true,\n  created_at timestamptz NOT NULL DEFAULT '2024-01-01 00:00:00+00',\n  tags text[] DEFAULT '{}'\n);",
    steps: ["INSERT INTO users (email, age) VALUES ('a@x', '7'::text) RETURNING age"],
  },
  {
    name: 'insert bool column from int error',
    setup:
      "CREATE TABLE users (\n  id serial PRIMARY KEY,\n  email text NOT NULL UNIQUE,\n  name text,\n  age int CHECK (age >= 0),\n  score numeric(6,2) DEFAULT 0,\n  active boolean NOT NULL DEFAULT true,\n  created_at timestamptz NOT NULL DEFAULT '2024-01-01 00:00:00+00',\n  tags text[] DEFAULT '{}'\n);",
    steps: ["INSERT INTO users (email, active) VALUES ('a@x', 1)"],
  },
  {
    name: 'insert select returning',
    setup:
      "CREATE TABLE users (\n  id serial PRIMARY KEY,\n  email text NOT NULL UNIQUE,\n  name text,\n  age int CHECK (age >= 0),\n  score numeric(6,2) DEFAULT 0,\n  active boolean NOT NULL DEFAULT true,\n  created_at timestamptz NOT NULL DEFAULT '2024-01-01 00:00:00+00',\n  tags text[] DEFAULT '{}'\n);",
    steps: [
      "INSERT INTO users (email, age) SELECT 'u' || g || '@x', g FROM generate_series(1, 3) g RETURNING id, email, age",
    ],
  },
  {
    name: 'insert returning with table alias',
    setup:
      "CREATE TABLE users (\n  id serial PRIMARY KEY,\n  email text NOT NULL UNIQUE,\n  name text,\n  age int CHECK (age >= 0),\n  score numeric(6,2) DEFAULT 0,\n  active boolean NOT NULL DEFAULT true,\n  created_at timestamptz NOT NULL DEFAULT '2024-01-01 00:00:00+00',\n  tags text[] DEFAULT '{}'\n);",
    steps: ["INSERT INTO users AS u (email) VALUES ('a@x') RETURNING u.id, u.email"],
  },
  {
    name: 'insert rowcount no returning',
    setup:
      "CREATE TABLE users (\n  id serial PRIMARY KEY,\n  email text NOT NULL UNIQUE,\n  name text,\n  age int CHECK (age >= 0),\n  score numeric(6,2) DEFAULT 0,\n  active boolean NOT NULL DEFAULT true,\n  created_at timestamptz NOT NULL DEFAULT '2024-01-01 00:00:00+00',\n  tags text[] DEFAULT '{}'\n);",
    steps: ["INSERT INTO users (email) VALUES ('a@x'), ('b@x')"],
  },
  {
    name: 'on conflict do update excluded',
    setup:
      "CREATE TABLE users (\n  id serial PRIMARY KEY,\n  email text NOT NULL UNIQUE,\n  name text,\n  age int CHECK (age >= 0),\n  score numeric(6,2) DEFAULT 0,\n  active boolean NOT NULL DEFAULT true,\n  created_at timestamptz NOT NULL DEFAULT '2024-01-01 00:00:00+00',\n  tags text[] DEFAULT '{}'\n);",
    steps: [
      "INSERT INTO users (email, age) VALUES ('a@x', 1)",
      "INSERT INTO users (email, age) VALUES ('a@x', 5) ON CONFLICT (email) DO UPDATE SET age = users.age + EXCLUDED.age RETURNING id, age",
    ],
  },
  {
    name: 'on conflict no matching constraint error',
    setup:
      "CREATE TABLE users (\n  id serial PRIMARY KEY,\n  email text NOT NULL UNIQUE,\n  name text,\n  age int CHECK (age >= 0),\n  score numeric(6,2) DEFAULT 0,\n  active boolean NOT NULL DEFAULT true,\n  created_at timestamptz NOT NULL DEFAULT '2024-01-01 00:00:00+00',\n  tags text[] DEFAULT '{}'\n);",
    steps: ["INSERT INTO users (email, name) VALUES ('a@x', 'N') ON CONFLICT (name) DO NOTHING"],
  },
  {
    name: 'on conflict excluded default value',
    setup:
      "CREATE TABLE users (\n  id serial PRIMARY KEY,\n  email text NOT NULL UNIQUE,\n  name text,\n  age int CHECK (age >= 0),\n  score numeric(6,2) DEFAULT 0,\n  active boolean NOT NULL DEFAULT true,\n  created_at timestamptz NOT NULL DEFAULT '2024-01-01 00:00:00+00',\n  tags text[] DEFAULT '{}'\n);",
    steps: [
      "INSERT INTO users (email, score) VALUES ('a@x', 5)",
      "INSERT INTO users (email) VALUES ('a@x') ON CONFLICT (email) DO UPDATE SET score = EXCLUDED.score RETURNING score",
    ],
  },
  {
    name: 'on conflict do update set pk',
    setup: 'CREATE TABLE two (id int PRIMARY KEY, u text UNIQUE);',
    steps: [
      "INSERT INTO two VALUES (1, 'a')",
      "INSERT INTO two VALUES (1, 'z') ON CONFLICT (id) DO UPDATE SET id = two.id + 10 RETURNING *",
    ],
  },
  {
    name: 'Upsert do update excluded (PGlite round 13)',
    steps: [
      {
        sql: 'INSERT INTO items (sku, qty) VALUES ($1, $2) ON CONFLICT (sku) DO UPDATE SET qty = items.qty + EXCLUDED.qty RETURNING id, sku, qty, (xmax = 0) AS inserted',
        params: ['a', 3],
      },
      {
        sql: 'INSERT INTO items (sku, qty) VALUES ($1, $2) ON CONFLICT (sku) DO UPDATE SET qty = items.qty + EXCLUDED.qty RETURNING sku, qty',
        params: ['z', 3],
      },
    ],
    setup:
      "CREATE TABLE items (id serial PRIMARY KEY, sku text UNIQUE NOT NULL, qty int NOT NULL DEFAULT 0, price numeric(8,2), tags text[], updated_at timestamptz);\nINSERT INTO items (sku, qty, price, tags) VALUES ('a', 5, 1.50, '{x,y}'), ('b', 0, 2.00, '{}'), ('c', 12, NULL, NULL);",
  },
  {
    name: 'Upsert on constraint where (PGlite round 13)',
    steps: [
      "INSERT INTO items (sku, qty) VALUES ('a', 1) ON CONFLICT ON CONSTRAINT items_sku_key DO UPDATE SET qty = 99 WHERE items.qty > 100 RETURNING *",
      "SELECT qty FROM items WHERE sku = 'a'",
    ],
    setup:
      "CREATE TABLE items (id serial PRIMARY KEY, sku text UNIQUE NOT NULL, qty int NOT NULL DEFAULT 0, price numeric(8,2), tags text[], updated_at timestamptz);\nINSERT INTO items (sku, qty, price, tags) VALUES ('a', 5, 1.50, '{x,y}'), ('b', 0, 2.00, '{}'), ('c', 12, NULL, NULL);",
  },
  {
    name: 'Upsert no matching constraint (PGlite round 13)',
    steps: ["INSERT INTO items (sku, qty) VALUES ('a', 1) ON CONFLICT (qty) DO NOTHING"],
    setup:
      "CREATE TABLE items (id serial PRIMARY KEY, sku text UNIQUE NOT NULL, qty int NOT NULL DEFAULT 0, price numeric(8,2), tags text[], updated_at timestamptz);\nINSERT INTO items (sku, qty, price, tags) VALUES ('a', 5, 1.50, '{x,y}'), ('b', 0, 2.00, '{}'), ('c', 12, NULL, NULL);",
  },
  {
    name: 'Upsert affects row twice (PGlite round 13)',
    steps: [
      "INSERT INTO items (sku, qty) VALUES ('q', 1), ('q', 2) ON CONFLICT (sku) DO UPDATE SET qty = EXCLUDED.qty",
    ],
    setup:
      "CREATE TABLE items (id serial PRIMARY KEY, sku text UNIQUE NOT NULL, qty int NOT NULL DEFAULT 0, price numeric(8,2), tags text[], updated_at timestamptz);\nINSERT INTO items (sku, qty, price, tags) VALUES ('a', 5, 1.50, '{x,y}'), ('b', 0, 2.00, '{}'), ('c', 12, NULL, NULL);",
  },
  {
    name: 'Upsert partial index inference (PGlite round 13)',
    steps: [
      'CREATE UNIQUE INDEX items_qty_pos ON items (qty) WHERE qty > 10',
      "INSERT INTO items (sku, qty) VALUES ('n', 12) ON CONFLICT (qty) WHERE qty > 10 DO UPDATE SET sku = EXCLUDED.sku RETURNING sku, qty",
    ],
    setup:
      "CREATE TABLE items (id serial PRIMARY KEY, sku text UNIQUE NOT NULL, qty int NOT NULL DEFAULT 0, price numeric(8,2), tags text[], updated_at timestamptz);\nINSERT INTO items (sku, qty, price, tags) VALUES ('a', 5, 1.50, '{x,y}'), ('b', 0, 2.00, '{}'), ('c', 12, NULL, NULL);",
  },
  {
    name: 'Insert default values returning (PGlite round 13)',
    steps: [
      'INSERT INTO items (sku) VALUES (DEFAULT)',
      "CREATE TABLE d (a int DEFAULT 1, b text DEFAULT 'x')",
      'INSERT INTO d DEFAULT VALUES RETURNING *',
    ],
    setup:
      "CREATE TABLE items (id serial PRIMARY KEY, sku text UNIQUE NOT NULL, qty int NOT NULL DEFAULT 0, price numeric(8,2), tags text[], updated_at timestamptz);\nINSERT INTO items (sku, qty, price, tags) VALUES ('a', 5, 1.50, '{x,y}'), ('b', 0, 2.00, '{}'), ('c', 12, NULL, NULL);",
  },
  {
    name: 'Insert too many values (PGlite round 13)',
    steps: ["INSERT INTO items (sku) VALUES ('x', 1)"],
    setup:
      "CREATE TABLE items (id serial PRIMARY KEY, sku text UNIQUE NOT NULL, qty int NOT NULL DEFAULT 0, price numeric(8,2), tags text[], updated_at timestamptz);\nINSERT INTO items (sku, qty, price, tags) VALUES ('a', 5, 1.50, '{x,y}'), ('b', 0, 2.00, '{}'), ('c', 12, NULL, NULL);",
  },
  {
    name: 'Insert select with cte returning (PGlite round 13)',
    steps: [
      "WITH moved AS (DELETE FROM items WHERE qty = 0 RETURNING sku) INSERT INTO items (sku, qty) SELECT sku || '2', 1 FROM moved RETURNING sku",
    ],
    setup:
      "CREATE TABLE items (id serial PRIMARY KEY, sku text UNIQUE NOT NULL, qty int NOT NULL DEFAULT 0, price numeric(8,2), tags text[], updated_at timestamptz);\nINSERT INTO items (sku, qty, price, tags) VALUES ('a', 5, 1.50, '{x,y}'), ('b', 0, 2.00, '{}'), ('c', 12, NULL, NULL);",
  },
  {
    name: 'Insert check detail with array (PGlite round 13)',
    steps: ['CREATE TABLE t2 (a int[] CHECK (cardinality(a) < 2))', "INSERT INTO t2 VALUES ('{1,2}')"],
  },
  {
    name: 'RETURNING, defaults and ON CONFLICT: returning default',
    setup:
      "CREATE TABLE t (id int PRIMARY KEY, name text NOT NULL, n int DEFAULT 0, created date DEFAULT '2024-01-01');",
    steps: ["INSERT INTO t (id, name) VALUES (1, 'a') RETURNING id, n, created"],
  },
  {
    name: 'RETURNING, defaults and ON CONFLICT: returning expression over default',
    setup:
      "CREATE TABLE t (id int PRIMARY KEY, name text NOT NULL, n int DEFAULT 0, created date DEFAULT '2024-01-01');",
    steps: ["INSERT INTO t (id, name) VALUES (1, 'a') RETURNING n + 10 AS m, created + 1 AS d"],
  },
  {
    name: 'RETURNING, defaults and ON CONFLICT: returning generated',
    setup:
      "CREATE TABLE g (id int PRIMARY KEY, a int, b int GENERATED ALWAYS AS (a * 2) STORED, c text DEFAULT 'x');",
    steps: ['INSERT INTO g (id, a) VALUES (1, 5) RETURNING b, c'],
  },
  {
    name: 'RETURNING, defaults and ON CONFLICT: returning generated expr',
    setup:
      "CREATE TABLE g (id int PRIMARY KEY, a int, b int GENERATED ALWAYS AS (a * 2) STORED, c text DEFAULT 'x');",
    steps: ['INSERT INTO g (id, a) VALUES (1, 5) RETURNING b * a AS p, upper(c) AS u'],
  },
  {
    name: 'RETURNING, defaults and ON CONFLICT: update returning generated',
    setup:
      "CREATE TABLE g (id int PRIMARY KEY, a int, b int GENERATED ALWAYS AS (a * 2) STORED, c text DEFAULT 'x');",
    steps: ['INSERT INTO g (id, a) VALUES (1, 5)', 'UPDATE g SET a = 7 RETURNING a, b'],
  },
  {
    name: 'RETURNING, defaults and ON CONFLICT: generated null input',
    setup:
      "CREATE TABLE g (id int PRIMARY KEY, a int, b int GENERATED ALWAYS AS (a * 2) STORED, c text DEFAULT 'x');",
    steps: ['INSERT INTO g (id) VALUES (1) RETURNING a, b'],
  },
  {
    name: 'RETURNING, defaults and ON CONFLICT: upsert excluded expr',
    setup: 'CREATE TABLE u (k text PRIMARY KEY, hits int NOT NULL DEFAULT 0, note text);',
    steps: [
      "INSERT INTO u VALUES ('a', 1)",
      "INSERT INTO u VALUES ('a', 5) ON CONFLICT (k) DO UPDATE SET hits = u.hits + EXCLUDED.hits RETURNING *",
    ],
  },
  {
    name: 'RETURNING, defaults and ON CONFLICT: upsert excluded where false',
    setup: 'CREATE TABLE u (k text PRIMARY KEY, hits int NOT NULL DEFAULT 0, note text);',
    steps: [
      "INSERT INTO u VALUES ('a', 10)",
      "INSERT INTO u VALUES ('a', 5) ON CONFLICT (k) DO UPDATE SET hits = EXCLUDED.hits WHERE u.hits < EXCLUDED.hits RETURNING *",
      'SELECT * FROM u',
    ],
  },
  {
    name: 'RETURNING, defaults and ON CONFLICT: upsert excluded where true',
    setup: 'CREATE TABLE u (k text PRIMARY KEY, hits int NOT NULL DEFAULT 0, note text);',
    steps: [
      "INSERT INTO u VALUES ('a', 1)",
      "INSERT INTO u VALUES ('a', 5) ON CONFLICT (k) DO UPDATE SET hits = EXCLUDED.hits WHERE u.hits < EXCLUDED.hits RETURNING *",
    ],
  },
  {
    name: 'RETURNING, defaults and ON CONFLICT: upsert excluded default',
    setup: 'CREATE TABLE u (k text PRIMARY KEY, hits int NOT NULL DEFAULT 0, note text);',
    steps: [
      "INSERT INTO u VALUES ('a', 7)",
      "INSERT INTO u (k) VALUES ('a') ON CONFLICT (k) DO UPDATE SET hits = EXCLUDED.hits + 1 RETURNING hits",
    ],
  },
  {
    name: 'RETURNING, defaults and ON CONFLICT: upsert excluded note coalesce',
    setup: 'CREATE TABLE u (k text PRIMARY KEY, hits int NOT NULL DEFAULT 0, note text);',
    steps: [
      "INSERT INTO u VALUES ('a', 1, 'old')",
      "INSERT INTO u (k, note) VALUES ('a', NULL) ON CONFLICT (k) DO UPDATE SET note = coalesce(EXCLUDED.note, u.note) RETURNING note",
    ],
  },
  {
    name: 'RETURNING, defaults and ON CONFLICT: upsert returning old vs new',
    setup: 'CREATE TABLE u (k text PRIMARY KEY, hits int NOT NULL DEFAULT 0, note text);',
    steps: [
      "INSERT INTO u VALUES ('a', 1)",
      "INSERT INTO u VALUES ('a', 2) ON CONFLICT (k) DO UPDATE SET hits = u.hits + 100 RETURNING hits, (xmax = 0) AS inserted",
    ],
  },
  {
    name: 'RETURNING, defaults and ON CONFLICT: upsert excluded in returning',
    setup: 'CREATE TABLE u (k text PRIMARY KEY, hits int NOT NULL DEFAULT 0, note text);',
    steps: ["INSERT INTO u VALUES ('a', 2) ON CONFLICT (k) DO UPDATE SET hits = 1 RETURNING EXCLUDED.hits"],
  },
  {
    name: 'RETURNING, defaults and ON CONFLICT: upsert excluded generated',
    setup:
      "CREATE TABLE g (id int PRIMARY KEY, a int, b int GENERATED ALWAYS AS (a * 2) STORED, c text DEFAULT 'x');",
    steps: [
      'INSERT INTO g (id, a) VALUES (1, 1)',
      'INSERT INTO g (id, a) VALUES (1, 9) ON CONFLICT (id) DO UPDATE SET a = EXCLUDED.b RETURNING a, b',
    ],
  },
  {
    name: 'RETURNING, defaults and ON CONFLICT: upsert where on excluded only',
    setup: 'CREATE TABLE u (k text PRIMARY KEY, hits int NOT NULL DEFAULT 0, note text);',
    steps: [
      "INSERT INTO u VALUES ('a', 1)",
      "INSERT INTO u VALUES ('a', 0) ON CONFLICT (k) DO UPDATE SET hits = 9 WHERE EXCLUDED.hits > 0 RETURNING *",
      'SELECT hits FROM u',
    ],
  },
  {
    name: 'upsert RETURNING xmax = 0 tells the inserted rows from the updated ones (round 18)',
    setup: "CREATE TABLE kv (k text PRIMARY KEY, v int NOT NULL); INSERT INTO kv VALUES ('a', 1), ('b', 2)",
    steps: [
      "INSERT INTO kv (k, v) VALUES ('a', 5), ('c', 6) ON CONFLICT (k) DO UPDATE SET v = EXCLUDED.v RETURNING k, (xmax = 0) AS inserted",
    ],
  },
  {
    name: 'upsert DO UPDATE ... WHERE IS DISTINCT FROM skips unchanged rows in rowCount and RETURNING (round 18)',
    setup: "CREATE TABLE kv (k text PRIMARY KEY, v int NOT NULL); INSERT INTO kv VALUES ('a', 1), ('b', 2)",
    steps: [
      {
        sql: 'INSERT INTO kv (k, v) VALUES ($1, $2), ($3, $4) ON CONFLICT (k) DO UPDATE SET v = EXCLUDED.v WHERE kv.v IS DISTINCT FROM EXCLUDED.v RETURNING k',
        params: ['a', 1, 'b', 3],
      },
    ],
  },
  {
    name: 'upsert on a partial expression unique index needs the index predicate in the conflict target (round 18)',
    setup:
      "CREATE TABLE members (id serial PRIMARY KEY, org int NOT NULL, email text NOT NULL, deleted_at timestamptz, role text); CREATE UNIQUE INDEX members_live_email ON members (org, lower(email)) WHERE deleted_at IS NULL; INSERT INTO members (org, email, role) VALUES (1, 'A@x', 'admin')",
    steps: [
      {
        sql: 'INSERT INTO members (org, email, role) VALUES ($1, $2, $3) ON CONFLICT (org, lower(email)) WHERE deleted_at IS NULL DO UPDATE SET role = EXCLUDED.role RETURNING id, role',
        params: [1, 'a@X', 'owner'],
      },
      "INSERT INTO members (org, email) VALUES (1, 'a@x') ON CONFLICT (org, lower(email)) DO NOTHING",
    ],
  },
  {
    name: 'upsert DO NOTHING still burns a serial value for the skipped row (round 18)',
    setup: 'CREATE TABLE s (id serial PRIMARY KEY, k text UNIQUE)',
    steps: [
      "INSERT INTO s (k) VALUES ('a')",
      "INSERT INTO s (k) VALUES ('a') ON CONFLICT DO NOTHING",
      "INSERT INTO s (k) VALUES ('b') RETURNING id",
    ],
  },
  {
    name: 'a bulk insert through unnest of typed array parameters, nulls and quotes included (round 18)',
    setup: 'CREATE TABLE b (id int, name text)',
    steps: [
      {
        sql: 'INSERT INTO b (id, name) SELECT * FROM unnest($1::int[], $2::text[]) RETURNING id, name',
        params: [
          [1, 2, null],
          ['a,b', 'say "hi"', null],
        ],
      },
    ],
  },
  {
    name: 'GENERATED ALWAYS identity refuses an explicit value (428C9 with its hint) unless OVERRIDING SYSTEM VALUE (round 18)',
    setup: 'CREATE TABLE events (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, kind text NOT NULL)',
    steps: [
      "INSERT INTO events (id, kind) VALUES (1, 'x')",
      "INSERT INTO events (id, kind) OVERRIDING SYSTEM VALUE VALUES (10, 'x') RETURNING id",
      "INSERT INTO events (kind) VALUES ('y') RETURNING id",
    ],
  },
  {
    name: 'MERGE INSERT OVERRIDING SYSTEM VALUE into a GENERATED ALWAYS identity, and 428C9 without it (round 18)',
    setup:
      "CREATE TABLE g (id int GENERATED ALWAYS AS IDENTITY, w text); INSERT INTO g (w) VALUES ('first');",
    steps: [
      "MERGE INTO g USING (VALUES (100, 'x')) v(id, w) ON g.id = v.id WHEN NOT MATCHED THEN INSERT (id, w) VALUES (v.id, v.w)",
      "MERGE INTO g USING (VALUES (100, 'x')) v(id, w) ON g.id = v.id WHEN NOT MATCHED THEN INSERT (id, w) OVERRIDING SYSTEM VALUE VALUES (v.id, v.w)",
      'SELECT id, w FROM g ORDER BY id',
    ],
  },
  {
    name: 'sysfuncs: GENERATED ALWAYS refuses an explicit value, OVERRIDING SYSTEM VALUE takes it (round 19)',
    setup: 'CREATE TABLE t (id int GENERATED ALWAYS AS IDENTITY, v text);',
    steps: [
      "INSERT INTO t (id, v) VALUES (10, 'a')",
      "INSERT INTO t (id, v) OVERRIDING SYSTEM VALUE VALUES (10, 'a') RETURNING id",
      "INSERT INTO t (v) VALUES ('b') RETURNING id",
    ],
  },
  {
    name: 'sysfuncs: BY DEFAULT identity with OVERRIDING USER VALUE (round 19)',
    setup: 'CREATE TABLE t (id int GENERATED BY DEFAULT AS IDENTITY, v text);',
    steps: [
      "INSERT INTO t (id, v) OVERRIDING USER VALUE VALUES (10, 'a') RETURNING id",
      "INSERT INTO t (id, v) VALUES (7, 'b') RETURNING id",
    ],
  },
  {
    name: 'sysfuncs: ON CONFLICT DO NOTHING still takes an identity value (round 19)',
    setup: 'CREATE TABLE t (id int GENERATED ALWAYS AS IDENTITY, v text UNIQUE);',
    steps: [
      "INSERT INTO t (v) VALUES ('a')",
      "INSERT INTO t (v) VALUES ('a') ON CONFLICT DO NOTHING",
      "INSERT INTO t (v) VALUES ('b') RETURNING id",
    ],
  },
  {
    name: 'schemabehaviour: unique nulls not distinct rejects a second null (round 19)',
    setup: 'CREATE TABLE s (a int UNIQUE NULLS NOT DISTINCT, v int);',
    steps: [
      'INSERT INTO s VALUES (NULL, 1)',
      'INSERT INTO s VALUES (NULL, 2)',
      'INSERT INTO s VALUES (NULL, 3) ON CONFLICT (a) DO UPDATE SET v = excluded.v RETURNING *',
    ],
  },
  {
    name: 'schemabehaviour: on conflict inference against a partial unique index (round 19)',
    setup:
      "CREATE TABLE p (id int, email text, active bool, n int DEFAULT 0); CREATE UNIQUE INDEX p_email_active ON p (email) WHERE active; INSERT INTO p VALUES (1, 'A@x', true);",
    steps: [
      "INSERT INTO p VALUES (3, 'A@x', true) ON CONFLICT (email) DO NOTHING",
      "INSERT INTO p VALUES (3, 'A@x', true) ON CONFLICT (email) WHERE active DO UPDATE SET n = p.n + 1 RETURNING *",
    ],
  },
  {
    name: 'schemabehaviour: on conflict on constraint and a same-row-twice 21000 (round 19)',
    setup: "CREATE TABLE u (id int PRIMARY KEY, code text UNIQUE, n int); INSERT INTO u VALUES (1, 'a', 1);",
    steps: [
      "INSERT INTO u VALUES (1, 'zz', 5) ON CONFLICT ON CONSTRAINT u_pkey DO UPDATE SET n = excluded.n + u.n RETURNING *",
      "INSERT INTO u VALUES (9, 'x', 1), (9, 'y', 2) ON CONFLICT (id) DO UPDATE SET code = excluded.code",
      "INSERT INTO u VALUES (9, 'a', 5) ON CONFLICT ON CONSTRAINT nope DO NOTHING",
    ],
  },
  {
    name: 'triggers: a BEFORE INSERT row trigger returning OLD (NULL there) silently skips every row and RETURNING yields nothing (round 20)',
    setup:
      "CREATE TABLE t (id int PRIMARY KEY, name text, qty int DEFAULT 7);\nINSERT INTO t VALUES (1, 'a', 10), (2, 'b', 20), (3, 'c', 30);\nCREATE TABLE log (seq serial PRIMARY KEY, msg text);",
    steps: [
      'CREATE FUNCTION nul() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN OLD; END $$',
      'CREATE TRIGGER k BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION nul()',
      "INSERT INTO t VALUES (4, 'd', 4), (5, 'e', 5) RETURNING id",
      'SELECT count(*) FROM t',
    ],
  },
  {
    name: 'triggers: ON CONFLICT DO UPDATE fires BEFORE INSERT, then BEFORE UPDATE and AFTER UPDATE row triggers, not AFTER INSERT (round 20)',
    setup:
      "CREATE TABLE t (id int PRIMARY KEY, name text, qty int DEFAULT 7);\nINSERT INTO t VALUES (1, 'a', 10), (2, 'b', 20), (3, 'c', 30);\nCREATE TABLE log (seq serial PRIMARY KEY, msg text);",
    steps: [
      "CREATE FUNCTION lg() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO log(msg) VALUES (TG_WHEN || ' ' || TG_OP || ' ' || NEW.qty); RETURN NEW; END $$",
      'CREATE TRIGGER b1 BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION lg()',
      'CREATE TRIGGER b2 BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION lg()',
      'CREATE TRIGGER a1 AFTER INSERT ON t FOR EACH ROW EXECUTE FUNCTION lg()',
      'CREATE TRIGGER a2 AFTER UPDATE ON t FOR EACH ROW EXECUTE FUNCTION lg()',
      "INSERT INTO t VALUES (2, 'b', 5) ON CONFLICT (id) DO UPDATE SET qty = t.qty + excluded.qty RETURNING *",
      'SELECT msg FROM log ORDER BY seq',
    ],
  },
  {
    name: 'triggers: a BEFORE INSERT trigger that changes the key decides the conflict check: the row is inserted under the new key (round 20)',
    setup:
      "CREATE TABLE t (id int PRIMARY KEY, name text, qty int DEFAULT 7);\nINSERT INTO t VALUES (1, 'a', 10), (2, 'b', 20), (3, 'c', 30);\nCREATE TABLE log (seq serial PRIMARY KEY, msg text);",
    steps: [
      'CREATE FUNCTION mv() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.id := NEW.id + 100; RETURN NEW; END $$',
      'CREATE TRIGGER m BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION mv()',
      "INSERT INTO t VALUES (1, 'x', 0) ON CONFLICT (id) DO UPDATE SET name = 'conflict' RETURNING *",
      'SELECT * FROM t ORDER BY id',
    ],
  },
  {
    name: "triggers: RETURNING on a view with an INSTEAD OF INSERT trigger shows the trigger's modified NEW row (round 20)",
    setup:
      "CREATE TABLE t (id int PRIMARY KEY, name text, qty int);\nINSERT INTO t VALUES (1, 'a', 10), (2, 'b', 20);\nCREATE TABLE log (seq serial PRIMARY KEY, msg text);\nCREATE VIEW v AS SELECT id, name, qty, qty * 2 AS dbl FROM t;",
    steps: [
      "CREATE FUNCTION vi() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO t VALUES (NEW.id, NEW.name, NEW.qty); NEW.dbl := -1; NEW.name := 'changed'; RETURN NEW; END $$",
      'CREATE TRIGGER vi INSTEAD OF INSERT ON v FOR EACH ROW EXECUTE FUNCTION vi()',
      "INSERT INTO v (id, name, qty) VALUES (3, 'c', 30) RETURNING *",
      'SELECT * FROM t ORDER BY id',
    ],
  },
  {
    name: 'triggers: a statement trigger NEW TABLE holds the rows after BEFORE triggers, without the rows they skipped (round 20)',
    setup:
      "CREATE TABLE t (id int PRIMARY KEY, name text, qty int);\nINSERT INTO t VALUES (1, 'a', 10), (2, 'b', 20), (3, 'c', 30);\nCREATE TABLE log (seq serial PRIMARY KEY, msg text);",
    steps: [
      'CREATE FUNCTION skip() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW.id = 4 THEN RETURN NULL; END IF; RETURN NEW; END $$',
      "CREATE FUNCTION st() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO log(msg) SELECT 'n:' || coalesce(string_agg(id || '=' || coalesce(qty::text, 'null'), ',' ORDER BY id), '') FROM n; RETURN NULL; END $$",
      'CREATE TRIGGER b BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION skip()',
      'CREATE TRIGGER s AFTER INSERT ON t REFERENCING NEW TABLE AS n FOR EACH STATEMENT EXECUTE FUNCTION st()',
      "INSERT INTO t VALUES (4, 'd', 4), (5, 'e', 5)",
      'SELECT msg FROM log ORDER BY seq',
    ],
  },
  {
    name: 'triggers: ON CONFLICT DO UPDATE splits its rows between the INSERT and the UPDATE transition tables (round 20)',
    setup:
      "CREATE TABLE t (id int PRIMARY KEY, name text, qty int);\nINSERT INTO t VALUES (1, 'a', 10), (2, 'b', 20), (3, 'c', 30);\nCREATE TABLE log (seq serial PRIMARY KEY, msg text);",
    steps: [
      "CREATE FUNCTION ins() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO log(msg) SELECT 'n:' || coalesce(string_agg(id || '=' || coalesce(qty::text, 'null'), ',' ORDER BY id), '') FROM n; RETURN NULL; END $$",
      "CREATE FUNCTION upd() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO log(msg) SELECT 'o:' || coalesce(string_agg(id || '=' || coalesce(qty::text, 'null'), ',' ORDER BY id), '') FROM o; INSERT INTO log(msg) SELECT 'n:' || coalesce(string_agg(id || '=' || coalesce(qty::text, 'null'), ',' ORDER BY id), '') FROM n; RETURN NULL; END $$",
      'CREATE TRIGGER i AFTER INSERT ON t REFERENCING NEW TABLE AS n FOR EACH STATEMENT EXECUTE FUNCTION ins()',
      'CREATE TRIGGER u AFTER UPDATE ON t REFERENCING OLD TABLE AS o NEW TABLE AS n FOR EACH STATEMENT EXECUTE FUNCTION upd()',
      "INSERT INTO t VALUES (1, 'x', 0), (7, 'g', 70) ON CONFLICT (id) DO UPDATE SET qty = excluded.qty",
      'SELECT msg FROM log ORDER BY seq',
    ],
  },
  {
    name: "triggers: INSERT ... RETURNING through a DO INSTEAD rule returns the rule action's RETURNING row (round 20)",
    setup:
      "CREATE TABLE t (id int PRIMARY KEY, name text, qty int);\nINSERT INTO t VALUES (1, 'a', 10), (2, 'b', 20), (3, 'c', 30);\nCREATE TABLE log (seq serial PRIMARY KEY, op text, id int, qty int);",
    steps: [
      'CREATE TABLE other (id int, name text)',
      'CREATE RULE r AS ON INSERT TO t DO INSTEAD INSERT INTO other VALUES (NEW.id, NEW.name) RETURNING id, name, NULL::int',
      "INSERT INTO t VALUES (4, 'd', 40) RETURNING *",
      'SELECT * FROM other',
    ],
  },
  {
    name: "triggers: WITH LOCAL CHECK OPTION checks only the view's own condition (round 20)",
    setup:
      "CREATE TABLE t (id int PRIMARY KEY, name text, qty int);\nINSERT INTO t VALUES (1, 'a', 10), (2, 'b', 20), (3, 'c', 30);",
    steps: [
      'CREATE VIEW inner_v AS SELECT * FROM t WHERE qty > 15',
      'CREATE VIEW outer_v AS SELECT * FROM inner_v WHERE qty < 100 WITH LOCAL CHECK OPTION',
      "INSERT INTO outer_v VALUES (4, 'd', 1)",
      'SELECT * FROM t ORDER BY id',
    ],
  },
  {
    name: 'privileges: INSERT ... RETURNING needs SELECT; a serial insert needs USAGE on its sequence (round 20)',
    setup:
      'GRANT USAGE ON SCHEMA public TO PUBLIC; CREATE TABLE s1 (id serial, v int); GRANT INSERT ON s1 TO PUBLIC;',
    steps: [
      'SET ROLE pg_monitor',
      'INSERT INTO s1 (v) VALUES (1)',
      'RESET ROLE',
      'GRANT USAGE ON SEQUENCE s1_id_seq TO PUBLIC',
      'SET ROLE pg_monitor',
      'INSERT INTO s1 (v) VALUES (1)',
      'INSERT INTO s1 (v) VALUES (2) RETURNING id',
      'RESET ROLE',
    ],
  },
  {
    name: 'privileges: row security WITH CHECK refuses a new row (42501 new row violates row-level security policy) (round 20)',
    setup:
      "CREATE TABLE acc (id int PRIMARY KEY, owner text, amount int); INSERT INTO acc VALUES (1, 'alice', 10), (2, 'bob', 20), (3, 'alice', 30); ALTER TABLE acc ENABLE ROW LEVEL SECURITY; GRANT ALL ON acc TO PUBLIC; GRANT USAGE ON SCHEMA public TO PUBLIC; CREATE POLICY p ON acc USING (true) WITH CHECK (owner = 'alice');",
    steps: [
      'SET ROLE pg_monitor',
      "INSERT INTO acc VALUES (4, 'bob', 1)",
      "INSERT INTO acc VALUES (5, 'alice', 1)",
      'RESET ROLE',
      'SELECT count(*) FROM acc',
    ],
  },
  {
    name: 'partitions: two-column range bounds with MINVALUE and MAXVALUE route rows by the first column then the second (round 20)',
    setup:
      'CREATE TABLE r2 (a int, b int) PARTITION BY RANGE (a, b); CREATE TABLE r2_lo PARTITION OF r2 FOR VALUES FROM (MINVALUE, MINVALUE) TO (10, 0); CREATE TABLE r2_mid PARTITION OF r2 FOR VALUES FROM (10, 0) TO (10, MAXVALUE); CREATE TABLE r2_hi PARTITION OF r2 FOR VALUES FROM (10, MAXVALUE) TO (MAXVALUE, MAXVALUE)',
    steps: [
      'INSERT INTO r2 VALUES (-100, 5), (9, 999), (10, -1), (10, 0), (10, 2147483647), (11, -5) RETURNING tableoid::regclass AS part, a, b',
    ],
  },
  {
    name: 'partitions: a row no partition accepts fails with 23514 no partition of relation found for row (round 20)',
    setup:
      "CREATE TABLE m (id int, at date NOT NULL) PARTITION BY RANGE (at); CREATE TABLE m_2006 PARTITION OF m FOR VALUES FROM ('2006-02-01') TO ('2006-03-01')",
    steps: ["INSERT INTO m VALUES (1, '2006-03-01')"],
  },
  {
    name: 'partitions: sub-partitioned LIST then RANGE and HASH tables route each row to a leaf (round 20)',
    setup:
      "CREATE TABLE s (id int, region text, at int) PARTITION BY LIST (region); CREATE TABLE s_eu PARTITION OF s FOR VALUES IN ('eu') PARTITION BY RANGE (at); CREATE TABLE s_eu_lo PARTITION OF s_eu FOR VALUES FROM (0) TO (100); CREATE TABLE s_eu_hi PARTITION OF s_eu FOR VALUES FROM (100) TO (200); CREATE TABLE s_us PARTITION OF s FOR VALUES IN ('us') PARTITION BY HASH (id); CREATE TABLE s_us_0 PARTITION OF s_us FOR VALUES WITH (MODULUS 2, REMAINDER 0); CREATE TABLE s_us_1 PARTITION OF s_us FOR VALUES WITH (MODULUS 2, REMAINDER 1)",
    steps: [
      "INSERT INTO s VALUES (1, 'eu', 5), (2, 'eu', 150), (3, 'us', 0), (4, 'us', 0), (5, 'us', 0)",
      'SELECT tableoid::regclass AS part, id FROM s ORDER BY id',
    ],
  },
  {
    name: 'generated: ON CONFLICT DO UPDATE recomputes the generated column and EXCLUDED carries it (round 20)',
    setup:
      'CREATE TABLE g (k int PRIMARY KEY, a int, b int GENERATED ALWAYS AS (a * 2) STORED); INSERT INTO g (k, a) VALUES (1, 1)',
    steps: ['INSERT INTO g (k, a) VALUES (1, 5) ON CONFLICT (k) DO UPDATE SET a = excluded.b RETURNING a, b'],
  },
  {
    name: 'identity: GENERATED ALWAYS refuses a value (428C9) unless OVERRIDING SYSTEM VALUE; OVERRIDING USER VALUE uses the sequence (round 20)',
    setup: 'CREATE TABLE ia (id int GENERATED ALWAYS AS IDENTITY, v text)',
    steps: [
      "INSERT INTO ia VALUES (10, 'a')",
      "INSERT INTO ia OVERRIDING SYSTEM VALUE VALUES (10, 'a') RETURNING id",
      "INSERT INTO ia OVERRIDING USER VALUE VALUES (10, 'b') RETURNING id",
    ],
  },
  {
    name: 'constraints: UNIQUE NULLS NOT DISTINCT treats nulls as equal, also for ON CONFLICT (round 20)',
    setup: "CREATE TABLE t (a int UNIQUE NULLS NOT DISTINCT, v text); INSERT INTO t VALUES (NULL, 'first')",
    steps: [
      "INSERT INTO t VALUES (NULL, 'second') ON CONFLICT (a) DO UPDATE SET v = excluded.v RETURNING v",
      "INSERT INTO t VALUES (NULL, 'third')",
    ],
  },
  {
    name: 'conversion: assignment casts integer to text and rounds numeric into integer (round 21)',
    setup: 'CREATE TABLE t (s text, i int, n numeric(4,1))',
    steps: ['INSERT INTO t VALUES (12, 2.5, 1.25), (7, 3.5, 1.35)', 'SELECT s, i, n FROM t ORDER BY s'],
  },
  {
    name: 'violations: arrays with NULL elements are equal keys of a unique constraint (round 21)',
    setup: 'CREATE TABLE cu (a text[] UNIQUE)',
    steps: ["INSERT INTO cu VALUES (ARRAY['a', NULL])", "INSERT INTO cu VALUES (ARRAY['a', NULL])"],
  },
  {
    name: 'violations: ON CONFLICT on a partial unique index needs its predicate (round 21)',
    setup:
      "CREATE TABLE pi (email text, active boolean); CREATE UNIQUE INDEX pi_a ON pi (email) WHERE active; INSERT INTO pi VALUES ('a', true);",
    steps: [
      "INSERT INTO pi VALUES ('a', true) ON CONFLICT (email) DO NOTHING",
      "INSERT INTO pi VALUES ('a', true) ON CONFLICT (email) WHERE active DO UPDATE SET active = false RETURNING email, active",
    ],
  },
  {
    name: 'violations: ON CONFLICT (id) does not cover a collision on another unique column (round 21)',
    setup: "CREATE TABLE oc (id int PRIMARY KEY, email text UNIQUE); INSERT INTO oc VALUES (1, 'a');",
    steps: [
      "INSERT INTO oc VALUES (3, 'a') ON CONFLICT (id) DO NOTHING",
      'SELECT count(*)::int AS n FROM oc',
    ],
  },
  {
    name: 'violations: a serial value taken by a failed insert is not given again (round 21)',
    setup: 'CREATE TABLE sq (id serial PRIMARY KEY, v text UNIQUE)',
    steps: [
      "INSERT INTO sq (v) VALUES ('a')",
      "INSERT INTO sq (v) VALUES ('a')",
      "INSERT INTO sq (v) VALUES ('b') RETURNING id",
    ],
  },
  {
    name: 'violations: MERGE reports the unique violation of its INSERT action (round 21)',
    setup:
      "CREATE TABLE tgt (id int PRIMARY KEY, email text UNIQUE, n int NOT NULL);\n      CREATE TABLE src (id int, email text, n int);\n      INSERT INTO tgt VALUES (1, 'a', 1); INSERT INTO src VALUES (3, 'a', 0);",
    steps: [
      'MERGE INTO tgt USING src ON tgt.id = src.id WHEN NOT MATCHED THEN INSERT VALUES (src.id, src.email, src.n)',
    ],
  },
  {
    name: 'decimal parameters: repeated inserts keep numeric scale and int8 extremes (round 21)',
    setup: 'CREATE TABLE dp (a int, b bigint, c numeric)',
    steps: [
      { sql: 'INSERT INTO dp (a, b, c) VALUES ($1, $2, $3)', params: ['1', '9223372036854775807', '1.250'] },
      { sql: 'INSERT INTO dp (a, b, c) VALUES ($1, $2, $3)', params: ['-2147483648', '-1', '.0001'] },
      { sql: 'INSERT INTO dp (a, b, c) VALUES ($1, $2, $3)', params: ['+3', '0', '-12345678.9'] },
      { sql: 'INSERT INTO dp (a, b, c) VALUES ($1, $2, $3)', params: ['2147483648', '0', '0'] },
      'SELECT a, b, c::text AS c FROM dp ORDER BY a',
    ],
  },
  {
    name: 'datetime input: INSERT of an EWT literal into timestamptz under America/New_York is 22007 (round 22)',
    setup: 'CREATE TABLE h129_at (at timestamptz)',
    steps: [
      "SET TimeZone = 'America/New_York'",
      "INSERT INTO h129_at VALUES ('1943-06-01 00:00 EWT')",
      'RESET TimeZone',
    ],
  },
  {
    name: 'dumps: a dumped identity ALWAYS column after OVERRIDING SYSTEM VALUE rows and setval continues from it (round 22)',
    setup:
      "CREATE TABLE public.products (id bigint NOT NULL, sku varchar(32) NOT NULL);\nALTER TABLE public.products ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (SEQUENCE NAME public.products_id_seq START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1);\nINSERT INTO public.products (id, sku) OVERRIDING SYSTEM VALUE VALUES (1, 'A-1');\nINSERT INTO public.products (id, sku) OVERRIDING SYSTEM VALUE VALUES (2, 'B-2');\nSELECT pg_catalog.setval('public.products_id_seq', 2, true);\nALTER TABLE ONLY public.products ADD CONSTRAINT products_pkey PRIMARY KEY (id);",
    steps: [
      "INSERT INTO products (sku) VALUES ('C-3') RETURNING id",
      "INSERT INTO products (id, sku) VALUES (9, 'D-4')",
      "SELECT pg_get_serial_sequence('products', 'id') AS seq",
    ],
  },
  {
    name: 'orm-introspect: an upsert inferring a partial unique index by its predicate, and one without it (42P10) (round 22)',
    setup:
      "\nCREATE TYPE order_status AS ENUM ('pending', 'paid', 'shipped');\nCREATE TABLE users (id serial PRIMARY KEY, email varchar(255) NOT NULL UNIQUE, name text);\nCREATE TABLE orders (\n  id bigserial PRIMARY KEY,\n  user_id integer NOT NULL REFERENCES users (id) ON DELETE CASCADE,\n  status order_status NOT NULL DEFAULT 'pending',\n  total numeric(10,2) NOT NULL DEFAULT 0 CONSTRAINT orders_total_check CHECK (total >= 0),\n  meta jsonb\n);\nCREATE TABLE order_items (\n  order_id bigint NOT NULL,\n  line_no smallint NOT NULL,\n  qty integer NOT NULL DEFAULT 1,\n  PRIMARY KEY (order_id, line_no),\n  CONSTRAINT order_items_order_fk FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED\n);\nINSERT INTO users (email, name) VALUES ('ann@example.com', 'Ann'), ('bob@example.com', 'Bob');\nINSERT INTO orders (user_id, status, total, meta) VALUES (1, 'paid', 20, '{\"source\": \"web\"}'), (1, 'pending', 5.5, '{\"source\": \"app\"}'), (2, 'shipped', 99.99, NULL);\nINSERT INTO order_items VALUES (1, 1, 2), (1, 2, 1);\n CREATE UNIQUE INDEX orders_one_pending ON orders (user_id) WHERE status = 'pending';",
    steps: [
      {
        sql: 'insert into "orders" ("user_id", "status", "total") values ($1, $2, $3) on conflict ("user_id") where "status" = \'pending\' do update set "total" = "orders"."total" + excluded."total" returning "id", "total"',
        params: [1, 'pending', '1.25'],
      },
      {
        sql: 'insert into "orders" ("user_id", "status") values ($1, $2) on conflict ("user_id") do nothing',
        params: [1, 'pending'],
      },
    ],
  },
  {
    name: "orm-introspect: TypeORM's batch insert with DEFAULT holes returns the defaults (round 22)",
    setup:
      "\nCREATE TYPE order_status AS ENUM ('pending', 'paid', 'shipped');\nCREATE TABLE users (id serial PRIMARY KEY, email varchar(255) NOT NULL UNIQUE, name text);\nCREATE TABLE orders (\n  id bigserial PRIMARY KEY,\n  user_id integer NOT NULL REFERENCES users (id) ON DELETE CASCADE,\n  status order_status NOT NULL DEFAULT 'pending',\n  total numeric(10,2) NOT NULL DEFAULT 0 CONSTRAINT orders_total_check CHECK (total >= 0),\n  meta jsonb\n);\nCREATE TABLE order_items (\n  order_id bigint NOT NULL,\n  line_no smallint NOT NULL,\n  qty integer NOT NULL DEFAULT 1,\n  PRIMARY KEY (order_id, line_no),\n  CONSTRAINT order_items_order_fk FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED\n);\nINSERT INTO users (email, name) VALUES ('ann@example.com', 'Ann'), ('bob@example.com', 'Bob');\nINSERT INTO orders (user_id, status, total, meta) VALUES (1, 'paid', 20, '{\"source\": \"web\"}'), (1, 'pending', 5.5, '{\"source\": \"app\"}'), (2, 'shipped', 99.99, NULL);\nINSERT INTO order_items VALUES (1, 1, 2), (1, 2, 1);\n",
    steps: [
      {
        sql: 'INSERT INTO "orders"("user_id", "status", "total", "meta") VALUES ($1, DEFAULT, $2, $3), ($4, $5, DEFAULT, DEFAULT) RETURNING "id", "status", "total", "meta"',
        params: [2, '12.30', '{"source":"api"}', 1, 'paid'],
      },
    ],
  },
  {
    name: 'generated writes: an untargeted DO NOTHING inserts rows outside a partial unique index, and reads find them (round 26)',
    setup:
      "CREATE TABLE p (id int PRIMARY KEY, code text, qty int);\nCREATE UNIQUE INDEX p_code_live ON p (code) WHERE qty > 0;\nINSERT INTO p VALUES (1, 'a', 1), (2, 'b', 0);",
    steps: [
      "INSERT INTO p VALUES (3, 'a', 0), (4, 'a', NULL), (5, 'a', 2), (6, 'b', 5) ON CONFLICT DO NOTHING RETURNING id",
      "SELECT id FROM p WHERE code = 'a' ORDER BY id",
      "UPDATE p SET qty = qty - 1 WHERE code = 'a' RETURNING id, qty",
      'SELECT * FROM p ORDER BY id',
    ],
  },
  {
    name: 'generated writes: a plain partial index serves no lookup outside its predicate (round 26)',
    setup:
      "CREATE TABLE q (id int PRIMARY KEY, code text, qty int);\nCREATE INDEX q_code_live ON q (code) WHERE qty > 0;\nINSERT INTO q VALUES (1, 'a', 1), (2, 'a', 0), (3, 'a', NULL), (4, 'b', 1);",
    steps: [
      "SELECT id FROM q WHERE code = 'a' ORDER BY id",
      "DELETE FROM q WHERE code = 'a' AND qty IS NULL RETURNING id",
      'SELECT id FROM q ORDER BY id',
    ],
  },
  {
    name: 'INSERT ... SELECT of a text into varchar(n) cuts the spaces past n, and fails another character there with 22001 (dml 27)',
    setup:
      "CREATE TABLE v (id int, s varchar(3)); CREATE TABLE src (t text, w varchar(10)); INSERT INTO src VALUES ('ab    ', 'xy     '), ('abcd', 'abcd');",
    steps: [
      "INSERT INTO v SELECT 1, t FROM src WHERE t LIKE 'ab %' RETURNING s, length(s)",
      "INSERT INTO v SELECT 2, w FROM src WHERE t LIKE 'ab %' RETURNING s, length(s)",
      "INSERT INTO v SELECT 3, 'a' || '    ' RETURNING s, length(s)",
      { sql: 'INSERT INTO v SELECT 4, $1::text RETURNING s, length(s)', params: ['zz      '] },
      "INSERT INTO v SELECT 5, t FROM src WHERE t = 'abcd'",
      'SELECT id, s, length(s) FROM v ORDER BY id',
    ],
  },
  {
    name: 'a varchar(n) DEFAULT with spaces past n is stored cut to n, after an explicit varchar(m) cast cut it to m (dml 27)',
    setup:
      "CREATE TABLE d (id int, a varchar(2) DEFAULT 'ab  ', b varchar(2) DEFAULT 'a    '::text, c varchar(3) DEFAULT 'abcdef'::varchar(2));",
    steps: [
      'INSERT INTO d (id) VALUES (1) RETURNING a, length(a) AS la, b, length(b) AS lb, c',
      'INSERT INTO d VALUES (2, DEFAULT, DEFAULT, DEFAULT), (3, DEFAULT, DEFAULT, DEFAULT) RETURNING length(a) AS la, length(b) AS lb',
      "ALTER TABLE d ADD COLUMN e varchar(1) DEFAULT 'q   '",
      'SELECT id, e, length(e) FROM d ORDER BY id',
    ],
  },
]);
