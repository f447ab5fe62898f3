// Round 25: the errors an ORM turns into its own (Prisma's P2002/P2003/P2011 read the constraint,
// the columns and the detail; TypeORM and Sequelize pass `detail` on): a constraint violated by an
// ORM-shaped write, for each column type the row's "Failing row contains (...)" or the key's
// "Key (...)=(...)" has to print as PostgreSQL prints it.
import { ProbeCases, withParams as p } from '../probe-kit.js';

const l = new ProbeCases('err ');

// One column of each type beside a NOT NULL column left null: the failing row prints every value.
const TYPED: [string, string, string][] = [
  ['int', 'int', '42'],
  ['negative int', 'int', '-7'],
  ['bigint', 'bigint', '9007199254740991'],
  ['smallint', 'smallint', '-32768'],
  ['numeric scale', 'numeric(10,2)', '1.5'],
  ['numeric no scale', 'numeric', '1.500'],
  ['numeric zero', 'numeric(6,3)', '0'],
  ['double', 'double precision', '0.1'],
  ['double integral', 'double precision', '3'],
  ['double exponent', 'double precision', '1e-7'],
  ['text', 'text', "'hello world'"],
  ['text with comma', 'text', "'a,b'"],
  ['text with quote', 'text', `'say "hi"'`],
  ['text with parens', 'text', "'(x)'"],
  ['text empty', 'text', "''"],
  ['text with backslash', 'text', "'a\\b'"],
  ['text with spaces', 'text', "'  padded  '"],
  ['varchar', 'varchar(20)', "'v'"],
  ['boolean true', 'boolean', 'true'],
  ['boolean false', 'boolean', 'false'],
  ['date', 'date', "'2024-02-29'"],
  ['timestamp', 'timestamp', "'2024-01-02 03:04:05'"],
  ['timestamp millis', 'timestamp(3)', "'2024-01-02 03:04:05.678'"],
  ['timestamptz', 'timestamptz', "'2024-01-02 03:04:05+00'"],
  ['timestamptz millis', 'timestamptz', "'2024-01-02 03:04:05.5+02'"],
  ['uuid', 'uuid', "'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'"],
  ['jsonb object', 'jsonb', `'{"b": 1, "a": [1, "x"]}'`],
  ['jsonb string', 'jsonb', `'"s"'`],
  ['json', 'json', `'{"b":1,  "a":2}'`],
  ['text array', 'text[]', '\'{a,"b c",NULL}\''],
  ['int array', 'int[]', "'{1,2,3}'"],
  ['empty array', 'text[]', "'{}'"],
  ['null value', 'text', 'NULL'],
];
for (const [name, type, value] of TYPED) {
  const setup = `CREATE TABLE t (id serial PRIMARY KEY, v ${type}, req text NOT NULL, n int CHECK (n > 0), u ${type} UNIQUE);`;
  l.add(`not null failing row ${name}`, [`INSERT INTO t (v) VALUES (${value})`], setup);
  l.add(
    `not null failing row ${name} returning`,
    [`INSERT INTO "t" ("v", "req") VALUES (${value}, NULL) RETURNING "id"`],
    setup,
  );
  l.add(`check failing row ${name}`, [`INSERT INTO t (v, req, n) VALUES (${value}, 'r', 0)`], setup);
  l.add(
    `check failing row ${name} update`,
    [`INSERT INTO t (v, req, n) VALUES (${value}, 'r', 1)`, 'UPDATE t SET n = -1 WHERE id = 1'],
    setup,
  );
  if (value !== 'NULL') {
    l.add(
      `unique key ${name}`,
      [`INSERT INTO t (req, u) VALUES ('r', ${value})`, `INSERT INTO t (req, u) VALUES ('s', ${value})`],
      setup,
    );
    l.add(
      `unique key ${name} upsert other target`,
      [
        `INSERT INTO t (req, u) VALUES ('r', ${value})`,
        `INSERT INTO t (id, req, u) VALUES (9, 's', ${value}) ON CONFLICT (id) DO NOTHING`,
      ],
      setup,
    );
  }
}

const SHOP = `
  CREATE TABLE customers (id serial PRIMARY KEY, email text NOT NULL, tenant int NOT NULL DEFAULT 1, name text);
  CREATE UNIQUE INDEX customers_tenant_email ON customers (tenant, email);
  CREATE UNIQUE INDEX customers_lower_email ON customers (lower(email));
  CREATE TABLE orders (id serial PRIMARY KEY, customer_id int NOT NULL REFERENCES customers(id), total numeric(10,2) NOT NULL CHECK (total >= 0),
    status text NOT NULL DEFAULT 'new' CONSTRAINT orders_status_check CHECK (status IN ('new', 'paid')));
  CREATE TABLE order_lines (order_id int REFERENCES orders(id) ON DELETE CASCADE, line int, sku text NOT NULL, PRIMARY KEY (order_id, line));
  CREATE TABLE line_notes (order_id int, line int, note text, FOREIGN KEY (order_id, line) REFERENCES order_lines(order_id, line));
  INSERT INTO customers (email, name) VALUES ('a@x.io', 'A'), ('b@x.io', 'B');
  INSERT INTO orders (customer_id, total) VALUES (1, 10), (2, 0);
  INSERT INTO order_lines VALUES (1, 1, 'S1'), (1, 2, 'S2');`;
const shop: [string, string, unknown[]][] = [
  [
    'prisma create unique composite',
    'INSERT INTO "public"."customers" ("email","tenant") VALUES ($1,$2) RETURNING "public"."customers"."id"',
    ['a@x.io', 1],
  ],
  ['unique expression index', 'INSERT INTO customers (email, tenant) VALUES ($1, $2)', ['A@X.IO', 2]],
  ['update into unique expression index', 'UPDATE customers SET email = $1 WHERE id = $2', ['A@x.io', 2]],
  [
    'prisma create fk missing',
    'INSERT INTO "public"."orders" ("customer_id","total") VALUES ($1,$2) RETURNING "public"."orders"."id"',
    [99, '1.00'],
  ],
  ['fk update to missing', 'UPDATE orders SET customer_id = $1 WHERE id = $2', [42, 1]],
  ['fk delete referenced', 'DELETE FROM customers WHERE id = $1', [1]],
  ['fk composite missing', 'INSERT INTO line_notes VALUES ($1, $2, $3)', [1, 9, 'n']],
  [
    'fk composite partly null passes',
    'INSERT INTO line_notes VALUES ($1, $2, $3) RETURNING *',
    [1, null, 'n'],
  ],
  ['fk update referenced key', 'UPDATE customers SET id = $1 WHERE id = $2', [10, 2]],
  ['cascade delete then check lines', 'DELETE FROM orders WHERE id = $1 RETURNING id', [1]],
  ['pk composite duplicate', 'INSERT INTO order_lines VALUES ($1, $2, $3)', [1, 2, 'dup']],
  ['pk composite null', 'INSERT INTO order_lines (order_id, sku) VALUES ($1, $2)', [1, 'x']],
  [
    'check named status',
    'INSERT INTO orders (customer_id, total, status) VALUES ($1, $2, $3)',
    [1, 5, 'void'],
  ],
  [
    'check total negative update',
    'UPDATE "orders" SET "total" = "total" - $1 WHERE "id" = $2 RETURNING "total"',
    [20, 1],
  ],
  [
    'check total negative param text',
    'INSERT INTO orders (customer_id, total) VALUES ($1, $2)',
    [1, '-0.01'],
  ],
  [
    'not null from default null',
    'INSERT INTO orders (customer_id, total, status) VALUES ($1, $2, DEFAULT) RETURNING status',
    [1, 3],
  ],
  [
    'not null explicit null status',
    'INSERT INTO orders (customer_id, total, status) VALUES ($1, $2, $3)',
    [1, 3, null],
  ],
  ['not null update to null', 'UPDATE customers SET email = NULL WHERE id = $1', [1]],
  [
    'multi row insert second fails',
    'INSERT INTO customers (email) VALUES ($1), ($2), ($3)',
    ['c@x.io', 'b@x.io', 'd@x.io'],
  ],
  [
    'upsert do update hits other unique',
    'INSERT INTO customers (id, email) VALUES ($1, $2) ON CONFLICT (id) DO UPDATE SET email = excluded.email',
    [2, 'a@x.io'],
  ],
  [
    'upsert target expression index',
    'INSERT INTO customers (email) VALUES ($1) ON CONFLICT (lower(email)) DO UPDATE SET name = $2 RETURNING id, name',
    ['A@x.io', 'up'],
  ],
  [
    'upsert target composite index',
    'INSERT INTO customers (tenant, email) VALUES ($1, $2) ON CONFLICT (tenant, email) DO UPDATE SET name = $3 RETURNING id, name',
    [1, 'b@x.io', 'up'],
  ],
  [
    'upsert no matching index',
    'INSERT INTO customers (email) VALUES ($1) ON CONFLICT (email) DO NOTHING',
    ['a@x.io'],
  ],
  [
    'upsert same row twice',
    'INSERT INTO customers (tenant, email) VALUES (1, $1), (1, $1) ON CONFLICT (tenant, email) DO UPDATE SET name = excluded.name',
    ['z@x.io'],
  ],
  [
    'string too long prisma',
    'INSERT INTO "public"."order_lines" ("order_id","line","sku") VALUES ($1,$2,CAST($3 AS varchar(3)))',
    [1, 3, 'toolong'],
  ],
  ['numeric overflow', 'INSERT INTO orders (customer_id, total) VALUES ($1, $2)', [1, '123456789.00']],
  ['invalid input int', 'INSERT INTO orders (customer_id, total) VALUES ($1, $2)', ['abc', 1]],
  ['invalid input numeric', 'INSERT INTO orders (customer_id, total) VALUES ($1, $2)', [1, '1,5']],
  ['integer out of range', 'INSERT INTO orders (customer_id, total) VALUES ($1, $2)', ['2147483648', 1]],
  ['division by zero in update', 'UPDATE orders SET total = total / $1 WHERE id = $2', [0, 1]],
];
for (const [name, sql, params] of shop) {
  l.add(
    `shop ${name}`,
    [p(sql, ...params), 'SELECT id, customer_id, total, status FROM orders ORDER BY id'],
    SHOP,
  );
}
l.add(
  'shop fk delete referenced by composite',
  [
    "INSERT INTO line_notes VALUES (1, 1, 'n')",
    p('DELETE FROM order_lines WHERE order_id = $1 AND line = $2', 1, 1),
  ],
  SHOP,
);
l.add(
  'shop deferrable fk checked at commit',
  [
    'ALTER TABLE orders DROP CONSTRAINT orders_customer_id_fkey',
    'ALTER TABLE orders ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES customers(id) DEFERRABLE INITIALLY DEFERRED',
    'BEGIN',
    p('INSERT INTO orders (customer_id, total) VALUES ($1, $2)', 77, 1),
    'SELECT count(*) FROM orders',
    'COMMIT',
    'SELECT count(*) FROM orders',
  ],
  SHOP,
);
l.add(
  'shop deferrable unique swap',
  [
    'ALTER TABLE order_lines DROP CONSTRAINT order_lines_pkey',
    'ALTER TABLE order_lines ADD CONSTRAINT order_lines_pkey PRIMARY KEY (order_id, line) DEFERRABLE INITIALLY IMMEDIATE',
    'BEGIN',
    'SET CONSTRAINTS order_lines_pkey DEFERRED',
    'UPDATE order_lines SET line = 3 - line',
    'COMMIT',
    'SELECT * FROM order_lines ORDER BY line',
  ],
  SHOP,
);
l.add(
  'shop unique swap not deferrable',
  ['UPDATE order_lines SET line = 3 - line', 'SELECT * FROM order_lines ORDER BY line'],
  SHOP,
);
l.add(
  'shop unique swap via offset',
  [
    'UPDATE order_lines SET line = line + 100',
    'UPDATE order_lines SET line = 103 - line',
    'SELECT * FROM order_lines ORDER BY line',
  ],
  SHOP,
);

export default l.cases;
