// Round 25: the writes ORMs emit for ordinary repository work: inserts with RETURNING, upserts, soft
// deletes, optimistic locking, bulk inserts/updates/deletes, and transactions with savepoints named
// as each library names them.
import { ProbeCases, type ProbeStep, withParams as p } from '../probe-kit.js';

const W = `
  CREATE TABLE accounts (id serial PRIMARY KEY, email varchar(255) NOT NULL UNIQUE, name text, status text NOT NULL DEFAULT 'active',
    balance numeric(12,2) NOT NULL DEFAULT 0, version int NOT NULL DEFAULT 1,
    created_at timestamptz NOT NULL DEFAULT '2024-01-01 00:00:00+00', updated_at timestamptz, deleted_at timestamptz, tags text[], data jsonb);
  CREATE TABLE items (id serial PRIMARY KEY, account_id int NOT NULL REFERENCES accounts(id) ON DELETE CASCADE, sku text NOT NULL,
    qty int NOT NULL DEFAULT 0 CHECK (qty >= 0), price numeric(10,2), UNIQUE (account_id, sku));
  CREATE TABLE counters (key text PRIMARY KEY, n bigint NOT NULL DEFAULT 0);
  INSERT INTO accounts (email, name, balance, tags) VALUES ('a@x.io', 'Ann', 10, '{x}'), ('b@x.io', 'Bob', 20, NULL), ('c@x.io', NULL, 0, '{}');
  INSERT INTO items (account_id, sku, qty, price) VALUES (1, 'A', 1, 1.50), (1, 'B', 2, NULL), (2, 'A', 0, 3);
  INSERT INTO counters VALUES ('hits', 5);`;

const l = new ProbeCases('w ');
const after = (...steps: ProbeStep[]) => steps;
const state = 'SELECT id, email, name, status, balance, version, deleted_at, tags FROM accounts ORDER BY id';
const itemsState = 'SELECT id, account_id, sku, qty, price FROM items ORDER BY id';

// Inserts, each library's spelling of RETURNING.
const inserts: [string, string, unknown[]][] = [
  [
    'typeorm insert returning id',
    'INSERT INTO "accounts"("email", "name", "balance") VALUES ($1, $2, $3) RETURNING "id", "status", "version", "created_at"',
    ['d@x.io', 'Dee', '5.5'],
  ],
  [
    'typeorm insert default values',
    'INSERT INTO "accounts"("id", "email", "name", "status", "balance", "version") VALUES (DEFAULT, $1, DEFAULT, DEFAULT, DEFAULT, DEFAULT) RETURNING "id", "name", "status", "balance", "version"',
    ['e@x.io'],
  ],
  [
    'sequelize insert default id',
    'INSERT INTO "accounts" ("id","email","name","created_at") VALUES (DEFAULT,$1,$2,$3) RETURNING "id","email","name","status","balance","version","created_at","updated_at","deleted_at","tags","data";',
    ['f@x.io', 'Fay', '2024-05-05 05:05:05.555 +00:00'],
  ],
  [
    'sequelize insert returning star',
    'INSERT INTO "accounts" ("id","email","created_at") VALUES (DEFAULT,$1,$2) RETURNING *;',
    ['g@x.io', '2024-01-01T00:00:00.000Z'],
  ],
  [
    'prisma create',
    'INSERT INTO "public"."accounts" ("email","name","balance") VALUES ($1,$2,$3) RETURNING "public"."accounts"."id", "public"."accounts"."email", "public"."accounts"."balance"::text',
    ['h@x.io', 'Hal', '1.005'],
  ],
  [
    'prisma create cast params',
    'INSERT INTO "public"."accounts" ("email","balance","tags") VALUES (CAST($1::text AS varchar(255)),CAST($2::text AS DECIMAL(65,30)),CAST($3 AS text[])) RETURNING "public"."accounts"."id", "public"."accounts"."balance", "public"."accounts"."tags"',
    ['i@x.io', '2.345', ['p', 'q']],
  ],
  [
    'drizzle insert returning',
    'insert into "accounts" ("id", "email", "name", "status", "balance", "version", "created_at", "updated_at", "deleted_at", "tags", "data") values (default, $1, $2, default, default, default, default, default, default, $3, $4) returning "id", "email", "tags", "data"',
    ['j@x.io', 'Jo', ['a', 'b'], JSON.stringify({ k: 1 })],
  ],
  [
    'kysely insert returning all',
    'insert into "accounts" ("email", "name") values ($1, $2) returning *',
    ['k@x.io', "O'Neil"],
  ],
  [
    'mikroorm insert returning',
    'insert into "accounts" ("email", "name", "created_at") values ($1, $2, $3) returning "id", "version", "status"',
    ['l@x.io', 'Lu', new Date(Date.UTC(2024, 6, 1, 12, 0, 0, 250))],
  ],
  [
    'knex insert returning star',
    'insert into "accounts" ("email", "name") values ($1, $2) returning *',
    ['m@x.io', null],
  ],
  [
    'knex insert returning id only',
    'insert into "accounts" ("email") values ($1) returning "id"',
    ['n@x.io'],
  ],
  [
    'insert returning expression',
    'INSERT INTO accounts (email, balance) VALUES ($1, $2) RETURNING id, balance * 2 AS doubled, upper(email) AS e, accounts.*',
    ['o@x.io', 7.25],
  ],
  [
    'insert numeric param rounding',
    'INSERT INTO accounts (email, balance) VALUES ($1, $2) RETURNING balance',
    ['p@x.io', 1.005],
  ],
  [
    'insert numeric param rounding half',
    'INSERT INTO accounts (email, balance) VALUES ($1, $2) RETURNING balance',
    ['q@x.io', '2.675'],
  ],
  [
    'insert numeric param negative half',
    'INSERT INTO accounts (email, balance) VALUES ($1, $2) RETURNING balance',
    ['r@x.io', '-0.125'],
  ],
  [
    'insert numeric overflow',
    'INSERT INTO accounts (email, balance) VALUES ($1, $2) RETURNING balance',
    ['s@x.io', '12345678901.5'],
  ],
  ['insert varchar too long', 'INSERT INTO accounts (email) VALUES ($1) RETURNING id', ['x'.repeat(256)]],
  [
    'insert varchar trailing spaces trimmed',
    'INSERT INTO accounts (email) VALUES ($1) RETURNING length(email) AS n',
    [`${'y'.repeat(255)}   `],
  ],
  [
    'insert text array param',
    'INSERT INTO accounts (email, tags) VALUES ($1, $2) RETURNING tags',
    ['t@x.io', ['a b', 'c,d', 'e"f', '', 'NULL']],
  ],
  [
    'insert text array with null element',
    'INSERT INTO accounts (email, tags) VALUES ($1, $2) RETURNING tags, array_length(tags, 1) AS n',
    ['u@x.io', ['a', null]],
  ],
  [
    'insert empty array param',
    'INSERT INTO accounts (email, tags) VALUES ($1, $2) RETURNING tags, cardinality(tags) AS n, array_length(tags, 1) AS l',
    ['v@x.io', []],
  ],
  [
    'insert json object param',
    'INSERT INTO accounts (email, data) VALUES ($1, $2) RETURNING data',
    ['w@x.io', { b: 1, a: [true, null], c: { d: 'e' } }],
  ],
  [
    'insert json array param stringified',
    'INSERT INTO accounts (email, data) VALUES ($1, $2) RETURNING data',
    ['x@x.io', JSON.stringify([1, 'a', null])],
  ],
  [
    'insert json string param',
    'INSERT INTO accounts (email, data) VALUES ($1, $2) RETURNING data',
    ['y@x.io', '"just text"'],
  ],
  [
    'insert json bad param',
    'INSERT INTO accounts (email, data) VALUES ($1, $2) RETURNING data',
    ['z@x.io', 'not json'],
  ],
  [
    'insert date param',
    'INSERT INTO accounts (email, created_at) VALUES ($1, $2) RETURNING created_at',
    ['aa@x.io', new Date(Date.UTC(2023, 11, 31, 23, 59, 59, 999))],
  ],
  [
    'insert iso string with offset',
    'INSERT INTO accounts (email, created_at) VALUES ($1, $2) RETURNING created_at',
    ['ab@x.io', '2024-03-10T02:30:00-05:00'],
  ],
  [
    'insert timestamp bad text',
    'INSERT INTO accounts (email, created_at) VALUES ($1, $2) RETURNING created_at',
    ['ac@x.io', '2024-02-30T00:00:00Z'],
  ],
  [
    'insert null into not null',
    'INSERT INTO "accounts" ("email", "name") VALUES ($1, $2) RETURNING "id"',
    [null, 'nobody'],
  ],
  ['insert duplicate email', 'INSERT INTO "accounts" ("email") VALUES ($1) RETURNING "id"', ['a@x.io']],
  [
    'insert fk violation',
    'INSERT INTO "items" ("account_id", "sku") VALUES ($1, $2) RETURNING "id"',
    [99, 'Z'],
  ],
  [
    'insert check violation',
    'INSERT INTO "items" ("account_id", "sku", "qty") VALUES ($1, $2, $3) RETURNING "id"',
    [1, 'Z', -1],
  ],
  [
    'insert composite unique violation',
    'INSERT INTO "items" ("account_id", "sku") VALUES ($1, $2) RETURNING "id"',
    [1, 'A'],
  ],
  [
    'insert int param as float text',
    'INSERT INTO "items" ("account_id", "sku", "qty") VALUES ($1, $2, $3) RETURNING qty',
    [1, 'F', '2.5'],
  ],
  [
    'insert int param as float number',
    'INSERT INTO "items" ("account_id", "sku", "qty") VALUES ($1, $2, $3) RETURNING qty',
    [1, 'G', 2.5],
  ],
  [
    'insert int param overflow',
    'INSERT INTO "items" ("account_id", "sku", "qty") VALUES ($1, $2, $3) RETURNING qty',
    [1, 'H', 2147483648],
  ],
  [
    'insert bigint param as bigint string',
    'INSERT INTO counters VALUES ($1, $2) RETURNING n, n + 1 AS m',
    ['big', '9223372036854775807'],
  ],
  [
    'insert bigint param overflow',
    'INSERT INTO counters VALUES ($1, $2) RETURNING n',
    ['big', '9223372036854775808'],
  ],
  [
    'insert boolean-ish into text',
    'INSERT INTO accounts (email, name) VALUES ($1, $2) RETURNING name',
    ['ad@x.io', true],
  ],
  [
    'insert number into text',
    'INSERT INTO accounts (email, name) VALUES ($1, $2) RETURNING name',
    ['ae@x.io', 1.5e-7],
  ],
];
for (const [name, sql, params] of inserts) {
  l.add(name, after(p(sql, ...params), state), W);
}
l.add(
  'sequence advances after failed insert',
  after(
    p('INSERT INTO accounts (email) VALUES ($1) RETURNING id', 'a@x.io'),
    p('INSERT INTO accounts (email) VALUES ($1) RETURNING id', 'new@x.io'),
  ),
  W,
);
l.add(
  'sequence advances after failed check',
  after(
    p('INSERT INTO items (account_id, sku, qty) VALUES ($1, $2, $3) RETURNING id', 1, 'Q', -5),
    p('INSERT INTO items (account_id, sku) VALUES ($1, $2) RETURNING id', 1, 'Q'),
  ),
  W,
);
l.add(
  'multi row insert returning order',
  after(
    "INSERT INTO accounts (email, name) VALUES ('z1@x.io', 'z1'), ('z0@x.io', 'z0'), ('z2@x.io', NULL) RETURNING id, email",
  ),
  W,
);
l.add(
  'multi row insert one duplicate',
  after(
    "INSERT INTO accounts (email) VALUES ('n1@x.io'), ('a@x.io') RETURNING id",
    p('INSERT INTO accounts (email) VALUES ($1) RETURNING id', 'n2@x.io'),
  ),
  W,
);
l.add(
  'multi row insert duplicates within',
  after("INSERT INTO accounts (email) VALUES ('d1@x.io'), ('d1@x.io') RETURNING id"),
  W,
);
l.add(
  'insert select returning',
  after(
    "INSERT INTO items (account_id, sku, qty) SELECT id, 'NEW', 1 FROM accounts WHERE balance > 0 ORDER BY id RETURNING account_id, sku, qty",
  ),
  W,
);
l.add(
  'insert returning count tag only',
  after(p('INSERT INTO accounts (email) VALUES ($1), ($2)', 'r1@x.io', 'r2@x.io'), state),
  W,
);

// Bulk inserts as postgres.js, Slonik and hand-written repositories send them.
const bulk: [string, string, unknown[]][] = [
  [
    'unnest bulk insert',
    'INSERT INTO accounts (email, name, balance) SELECT * FROM unnest($1::text[], $2::text[], $3::numeric[]) RETURNING id, email, name, balance',
    [
      ['u1@x.io', 'u2@x.io'],
      ['U1', null],
      ['1.5', '2'],
    ],
  ],
  [
    'unnest bulk insert int4 arrays',
    'INSERT INTO items (account_id, sku, qty) SELECT * FROM unnest($1::int4[], $2::text[], $3::int4[]) RETURNING id, account_id, sku, qty',
    [
      [1, 2, 3],
      ['X', 'X', 'X'],
      [1, 2, 3],
    ],
  ],
  [
    'unnest bulk insert unequal lengths',
    'INSERT INTO items (account_id, sku) SELECT * FROM unnest($1::int[], $2::text[]) AS t(a, s) RETURNING id, account_id, sku',
    [[1, 2], ['P']],
  ],
  [
    'unnest bulk insert with ordinality',
    'INSERT INTO items (account_id, sku, qty) SELECT a, s, o::int FROM unnest($1::int[], $2::text[]) WITH ORDINALITY AS t(a, s, o) RETURNING account_id, sku, qty',
    [
      [3, 3],
      ['M', 'N'],
    ],
  ],
  [
    'unnest bulk insert on conflict',
    'INSERT INTO items (account_id, sku, qty) SELECT * FROM unnest($1::int[], $2::text[], $3::int[]) ON CONFLICT (account_id, sku) DO UPDATE SET qty = items.qty + excluded.qty RETURNING id, account_id, sku, qty',
    [
      [1, 1, 3],
      ['A', 'C', 'C'],
    ],
  ],
  [
    'unnest bulk insert conflict twice',
    'INSERT INTO items (account_id, sku, qty) SELECT * FROM unnest($1::int[], $2::text[], $3::int[]) ON CONFLICT (account_id, sku) DO UPDATE SET qty = excluded.qty RETURNING id',
    [
      [1, 1],
      ['A', 'A'],
      [5, 6],
    ],
  ],
  [
    'unnest bulk insert do nothing duplicates',
    'INSERT INTO items (account_id, sku, qty) SELECT * FROM unnest($1::int[], $2::text[], $3::int[]) ON CONFLICT DO NOTHING RETURNING id, sku',
    [
      [1, 1, 1],
      ['A', 'Y', 'Y'],
      [5, 6, 7],
    ],
  ],
  [
    'jsonb_populate_recordset insert',
    'INSERT INTO items (account_id, sku, qty, price) SELECT account_id, sku, qty, price FROM jsonb_populate_recordset(null::items, $1::jsonb) RETURNING id, account_id, sku, qty, price',
    [
      JSON.stringify([
        { account_id: 2, sku: 'J1', qty: 3, price: 1.25 },
        { account_id: 3, sku: 'J2', qty: 0, price: null },
      ]),
    ],
  ],
  [
    'jsonb_populate_recordset missing keys',
    'INSERT INTO items (account_id, sku) SELECT account_id, sku FROM jsonb_populate_recordset(null::items, $1) RETURNING id, account_id, sku, qty',
    [JSON.stringify([{ account_id: 2, sku: 'J3', extra: true }])],
  ],
  [
    'jsonb_populate_recordset bad type',
    'INSERT INTO items (account_id, sku) SELECT account_id, sku FROM jsonb_populate_recordset(null::items, $1) RETURNING id',
    [JSON.stringify([{ account_id: 'two', sku: 'J4' }])],
  ],
  [
    'jsonb_to_recordset insert',
    'INSERT INTO accounts (email, balance) SELECT x.email, x.balance FROM jsonb_to_recordset($1::jsonb) AS x(email text, balance numeric) RETURNING id, email, balance',
    [
      JSON.stringify([
        { email: 'j1@x.io', balance: 1.1 },
        { email: 'j2@x.io', balance: '2' },
      ]),
    ],
  ],
  [
    'json_to_recordset insert',
    'INSERT INTO accounts (email, tags) SELECT x.email, x.tags FROM json_to_recordset($1::json) AS x(email text, tags text[]) RETURNING id, email, tags',
    [
      JSON.stringify([
        { email: 'k1@x.io', tags: ['a', 'b'] },
        { email: 'k2@x.io', tags: null },
      ]),
    ],
  ],
  [
    'postgres.js values list insert',
    'insert into accounts ("email","name") values ($1,$2),($3,$4),($5,$6) returning *',
    ['pj1@x.io', 'a', 'pj2@x.io', null, 'pj3@x.io', 'c'],
  ],
  [
    'sequelize bulkCreate literals',
    `INSERT INTO "accounts" ("id","email","name","created_at") VALUES (DEFAULT,'sq1@x.io','S1','2024-06-01 10:00:00.000 +00:00'),(DEFAULT,'sq2@x.io',NULL,'2024-06-01 10:00:00.000 +02:00') RETURNING "id","email","name","created_at";`,
    [],
  ],
  [
    'sequelize bulkCreate updateOnDuplicate',
    `INSERT INTO "items" ("id","account_id","sku","qty") VALUES (1,1,'A',10),(DEFAULT,2,'B',4) ON CONFLICT ("id") DO UPDATE SET "qty"=EXCLUDED."qty" RETURNING "id","account_id","sku","qty";`,
    [],
  ],
  [
    'sequelize bulkCreate ignoreDuplicates',
    `INSERT INTO "items" ("id","account_id","sku","qty") VALUES (1,1,'A',10),(DEFAULT,2,'Q',4) ON CONFLICT DO NOTHING RETURNING "id","account_id","sku","qty";`,
    [],
  ],
];
for (const [name, sql, params] of bulk) {
  l.add(name, after(params.length ? p(sql, ...params) : sql, itemsState, state), W);
}

// Upserts.
const upserts: [string, string, unknown[]][] = [
  [
    'kysely on conflict do update excluded',
    'insert into "accounts" ("email", "name") values ($1, $2) on conflict ("email") do update set "name" = excluded."name" returning "id", "name", "version"',
    ['a@x.io', 'Ann2'],
  ],
  [
    'kysely on conflict insert path',
    'insert into "accounts" ("email", "name") values ($1, $2) on conflict ("email") do update set "name" = excluded."name" returning "id", "name"',
    ['new@x.io', 'New'],
  ],
  [
    'drizzle onConflictDoUpdate target set',
    'insert into "accounts" ("id", "email", "name", "status", "balance", "version", "created_at", "updated_at", "deleted_at", "tags", "data") values (default, $1, $2, default, default, default, default, default, default, default, default) on conflict ("email") do update set "name" = $3 returning "id", "name"',
    ['b@x.io', 'x', 'Bob2'],
  ],
  [
    'drizzle onConflictDoNothing returning',
    'insert into "accounts" ("email", "name") values ($1, $2) on conflict do nothing returning "id"',
    ['b@x.io', 'x'],
  ],
  [
    'drizzle onConflictDoNothing target',
    'insert into "accounts" ("email", "name") values ($1, $2) on conflict ("email") do nothing returning "id"',
    ['b@x.io', 'x'],
  ],
  [
    'prisma upsert native',
    'INSERT INTO "public"."accounts" ("email","name") VALUES ($1,$2) ON CONFLICT ("email") DO UPDATE SET "name" = $3 WHERE ("public"."accounts"."email" = $4 AND 1=1) RETURNING "public"."accounts"."id", "public"."accounts"."name"',
    ['c@x.io', 'c', 'Cid', 'c@x.io'],
  ],
  [
    'prisma upsert native where false',
    'INSERT INTO "public"."accounts" ("email","name") VALUES ($1,$2) ON CONFLICT ("email") DO UPDATE SET "name" = $3 WHERE ("public"."accounts"."email" = $4 AND 1=1) RETURNING "public"."accounts"."id", "public"."accounts"."name"',
    ['c@x.io', 'c', 'Cid', 'other@x.io'],
  ],
  [
    'typeorm upsert',
    'INSERT INTO "accounts"("email", "name", "balance") VALUES ($1, $2, $3) ON CONFLICT ( "email" ) DO UPDATE SET "name" = EXCLUDED."name", "balance" = EXCLUDED."balance"  RETURNING "id", "version"',
    ['a@x.io', 'A3', 3],
  ],
  [
    'typeorm upsert skip update if no values changed',
    'INSERT INTO "accounts"("email", "name") VALUES ($1, $2) ON CONFLICT ( "email" ) DO UPDATE SET "name" = EXCLUDED."name" WHERE ("accounts"."name" IS DISTINCT FROM EXCLUDED."name") RETURNING "id"',
    ['a@x.io', 'Ann'],
  ],
  [
    'typeorm orIgnore',
    'INSERT INTO "accounts"("email", "name") VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING "id"',
    ['a@x.io', 'zzz'],
  ],
  [
    'sequelize upsert',
    'INSERT INTO "accounts" ("email","name","created_at","updated_at") VALUES ($1,$2,$3,$4) ON CONFLICT ("email") DO UPDATE SET "email"=EXCLUDED."email","name"=EXCLUDED."name","updated_at"=EXCLUDED."updated_at" RETURNING "id","email","name","status","balance","version","created_at","updated_at","deleted_at","tags","data";',
    ['b@x.io', 'B', '2024-07-01 00:00:00.000 +00:00', '2024-07-01 00:00:00.000 +00:00'],
  ],
  [
    'mikroorm upsert',
    'insert into "accounts" ("email", "name") values ($1, $2) on conflict ("email") do update set "name" = excluded."name" returning "id", "created_at", "version"',
    ['c@x.io', 'Cee'],
  ],
  [
    'mikroorm upsert merge fields',
    'insert into "accounts" ("email", "name", "balance") values ($1, $2, $3) on conflict ("email") do update set "balance" = excluded."balance" returning "id", "name", "balance"',
    ['c@x.io', 'ignored', 4.5],
  ],
  [
    'upsert counter increment',
    'INSERT INTO counters (key, n) VALUES ($1, 1) ON CONFLICT (key) DO UPDATE SET n = counters.n + 1 RETURNING n',
    ['hits'],
  ],
  [
    'upsert counter insert',
    'INSERT INTO counters (key, n) VALUES ($1, 1) ON CONFLICT (key) DO UPDATE SET n = counters.n + 1 RETURNING n',
    ['miss'],
  ],
  [
    'upsert excluded expression',
    'INSERT INTO counters AS c (key, n) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET n = c.n + excluded.n * 2 RETURNING key, n',
    ['hits', 10],
  ],
  [
    'upsert on composite key',
    'INSERT INTO items (account_id, sku, qty) VALUES ($1, $2, $3) ON CONFLICT (account_id, sku) DO UPDATE SET qty = items.qty + excluded.qty RETURNING id, qty',
    [1, 'B', 3],
  ],
  [
    'upsert on constraint name',
    'INSERT INTO items (account_id, sku, qty) VALUES ($1, $2, $3) ON CONFLICT ON CONSTRAINT items_account_id_sku_key DO UPDATE SET qty = excluded.qty RETURNING id, qty',
    [1, 'B', 9],
  ],
  [
    'upsert wrong conflict target',
    'INSERT INTO items (account_id, sku, qty) VALUES ($1, $2, $3) ON CONFLICT (sku) DO UPDATE SET qty = excluded.qty RETURNING id',
    [1, 'B', 9],
  ],
  [
    'upsert conflict target reversed columns',
    'INSERT INTO items (account_id, sku, qty) VALUES ($1, $2, $3) ON CONFLICT (sku, account_id) DO UPDATE SET qty = excluded.qty RETURNING id, qty',
    [1, 'B', 4],
  ],
  [
    'upsert violates other unique',
    'INSERT INTO accounts (id, email) VALUES ($1, $2) ON CONFLICT (id) DO UPDATE SET email = excluded.email RETURNING id',
    [2, 'a@x.io'],
  ],
  [
    'upsert updates check violation',
    'INSERT INTO items (account_id, sku, qty) VALUES ($1, $2, $3) ON CONFLICT (account_id, sku) DO UPDATE SET qty = items.qty - 100 RETURNING id',
    [1, 'A', 1],
  ],
  [
    'upsert do update where not matched returns nothing',
    'INSERT INTO counters (key, n) VALUES ($1, 1) ON CONFLICT (key) DO UPDATE SET n = 0 WHERE counters.n > 100 RETURNING n',
    ['hits'],
  ],
  [
    'upsert excluded default value',
    'INSERT INTO counters (key) VALUES ($1) ON CONFLICT (key) DO UPDATE SET n = excluded.n RETURNING n',
    ['hits'],
  ],
  [
    'upsert set version increment',
    'INSERT INTO accounts (email, name) VALUES ($1, $2) ON CONFLICT (email) DO UPDATE SET name = excluded.name, version = accounts.version + 1 RETURNING id, name, version',
    ['b@x.io', 'Bobby'],
  ],
  [
    'upsert on primary key with explicit id then serial',
    'INSERT INTO accounts (id, email) VALUES (4, $1) ON CONFLICT (id) DO NOTHING RETURNING id',
    ['four@x.io'],
  ],
];
for (const [name, sql, params] of upserts) {
  l.add(name, after(p(sql, ...params), state, itemsState, 'SELECT * FROM counters ORDER BY key'), W);
}
l.add(
  'explicit id then serial collides',
  after(
    p('INSERT INTO accounts (id, email) VALUES (4, $1) RETURNING id', 'four@x.io'),
    p('INSERT INTO accounts (email) VALUES ($1) RETURNING id', 'next@x.io'),
  ),
  W,
);
l.add(
  'setval after explicit ids',
  after(
    "SELECT setval(pg_get_serial_sequence('accounts', 'id'), coalesce(max(id), 1)) FROM accounts",
    p('INSERT INTO accounts (email) VALUES ($1) RETURNING id', 'next@x.io'),
  ),
  W,
);
l.add(
  'setval is_called false',
  after(
    "SELECT setval('accounts_id_seq', 10, false)",
    p('INSERT INTO accounts (email) VALUES ($1) RETURNING id', 'ten@x.io'),
  ),
  W,
);

// Updates: optimistic locking, soft deletes, batch updates.
const updates: [string, string, unknown[]][] = [
  [
    'typeorm optimistic update',
    'UPDATE "accounts" SET "name" = $1, "version" = "version" + 1, "updated_at" = CURRENT_TIMESTAMP WHERE "id" IN ($2) RETURNING "version"',
    ['N', 1],
  ],
  [
    'mikroorm optimistic update matched',
    'update "accounts" set "name" = $1, "version" = "version" + 1 where "id" = $2 and "version" = $3 returning "version"',
    ['N', 1, 1],
  ],
  [
    'mikroorm optimistic update stale',
    'update "accounts" set "name" = $1, "version" = "version" + 1 where "id" = $2 and "version" = $3 returning "version"',
    ['N', 1, 7],
  ],
  [
    'sequelize optimistic update',
    'UPDATE "accounts" SET "name"=$1,"version"=$2 WHERE "id" = $3 AND "version" = $4 RETURNING "id","name","version"',
    ['S', 2, 2, 1],
  ],
  [
    'mikroorm batch update case',
    'update "accounts" set "name" = case when ("id" = $1) then $2 when ("id" = $3) then $4 else "name" end, "balance" = case when ("id" = $5) then $6 when ("id" = $7) then $8 else "balance" end where "id" in ($9, $10) returning "id", "version"',
    [1, 'A1', 2, 'B1', 1, 11, 2, 22, 1, 2],
  ],
  [
    'mikroorm batch update case untyped numbers',
    'update "accounts" set "balance" = case when ("id" = $1) then $2 when ("id" = $3) then $4 else "balance" end where "id" in ($5, $6)',
    [1, 1.5, 2, '2.25', 1, 2],
  ],
  [
    'postgres.js bulk update from values',
    'update accounts set name = update_data.name from (values ($1, $2), ($3, $4)) as update_data (id, name) where accounts.id = (update_data.id)::int returning accounts.id, accounts.name',
    ['1', 'V1', '3', 'V3'],
  ],
  [
    'bulk update from values typed',
    'UPDATE accounts AS a SET balance = v.balance FROM (VALUES ($1::int, $2::numeric), ($3, $4)) AS v(id, balance) WHERE a.id = v.id RETURNING a.id, a.balance',
    [1, '1.111', 2, '2.229'],
  ],
  [
    'bulk update from unnest',
    'UPDATE items SET qty = u.qty FROM unnest($1::int[], $2::int[]) AS u(id, qty) WHERE items.id = u.id RETURNING items.id, items.qty',
    [
      [1, 2],
      [7, 8],
    ],
  ],
  [
    'bulk update from unnest duplicate key',
    'UPDATE items SET qty = u.qty FROM unnest($1::int[], $2::int[]) AS u(id, qty) WHERE items.id = u.id RETURNING items.id, items.qty',
    [
      [1, 1],
      [7, 8],
    ],
  ],
  [
    'update from jsonb_to_recordset',
    'UPDATE accounts SET name = x.name FROM jsonb_to_recordset($1::jsonb) AS x(id int, name text) WHERE accounts.id = x.id RETURNING accounts.id, accounts.name',
    [
      JSON.stringify([
        { id: 2, name: 'J2' },
        { id: 9, name: 'none' },
      ]),
    ],
  ],
  [
    'sequelize increment',
    'UPDATE "accounts" SET "balance"="balance"+ 5,"version"="version"+ 1 WHERE "id" = $1 RETURNING *',
    [2],
  ],
  [
    'sequelize decrement negative',
    'UPDATE "accounts" SET "balance"="balance"- -2.5 WHERE "id" = $1 RETURNING "balance"',
    [1],
  ],
  [
    'knex increment',
    'update "accounts" set "balance" = "balance" + $1 where "id" = $2 returning "balance"',
    [0.005, 1],
  ],
  ['update set null param', 'UPDATE "accounts" SET "name" = $1 WHERE "id" = $2 RETURNING "name"', [null, 1]],
  [
    'update set array append',
    'UPDATE accounts SET tags = array_append(tags, $1) WHERE id = $2 RETURNING tags',
    ['y', 1],
  ],
  [
    'update set array append null array',
    'UPDATE accounts SET tags = array_append(tags, $1) WHERE id = $2 RETURNING tags',
    ['y', 2],
  ],
  [
    'update set array cat param',
    'UPDATE accounts SET tags = tags || $1::text[] WHERE id = $2 RETURNING tags',
    [['p', 'q'], 1],
  ],
  [
    'update set array remove',
    'UPDATE accounts SET tags = array_remove(tags, $1) WHERE id = $2 RETURNING tags',
    ['x', 1],
  ],
  ['update no rows returning', 'UPDATE accounts SET name = $1 WHERE id = $2 RETURNING *', ['n', 99]],
  ['update unique violation', 'UPDATE accounts SET email = $1 WHERE id = $2 RETURNING id', ['a@x.io', 2]],
  ['update pk swap violates', 'UPDATE accounts SET id = 4 - id WHERE id IN (1, 3) RETURNING id', []],
  [
    'update returning old and computed',
    'UPDATE accounts SET balance = balance * 2 WHERE balance > $1 RETURNING id, balance, balance / 2 AS was',
    [0],
  ],
  [
    'update with subquery set',
    'UPDATE accounts SET balance = (SELECT coalesce(sum(qty * price), 0) FROM items WHERE items.account_id = accounts.id) RETURNING id, balance',
    [],
  ],
  [
    'update where exists',
    'UPDATE accounts SET status = $1 WHERE EXISTS (SELECT 1 FROM items i WHERE i.account_id = accounts.id AND i.qty = 0) RETURNING id, status',
    ['idle'],
  ],
  [
    'update where in subquery',
    'UPDATE accounts SET status = $1 WHERE id IN (SELECT account_id FROM items WHERE price IS NULL) RETURNING id',
    ['pending'],
  ],
  ['update cascade check', 'UPDATE items SET qty = qty - $1 WHERE account_id = $2 RETURNING id, qty', [1, 1]],
];
for (const [name, sql, params] of updates) {
  l.add(name, after(params.length ? p(sql, ...params) : sql, state, itemsState), W);
}

// Soft deletes and deletes.
const deletes: [string, string, unknown[]][] = [
  [
    'typeorm softDelete',
    'UPDATE "accounts" SET "deleted_at" = $1 WHERE "id" IN ($2) AND "deleted_at" IS NULL',
    ['2024-08-01T00:00:00.000Z', 2],
  ],
  ['typeorm restore', 'UPDATE "accounts" SET "deleted_at" = NULL WHERE "id" IN ($1)', [2]],
  [
    'sequelize paranoid destroy',
    'UPDATE "accounts" SET "deleted_at"=$1 WHERE "deleted_at" IS NULL AND "id" = $2',
    ['2024-08-01 00:00:00.000 +00:00', 1],
  ],
  [
    'sequelize paranoid find',
    'SELECT "id", "email" FROM "accounts" AS "Account" WHERE ("Account"."deleted_at" IS NULL AND "Account"."id" = $1)',
    [1],
  ],
  [
    'typeorm find with soft delete filter',
    'SELECT "Account"."id" AS "Account_id", "Account"."email" AS "Account_email" FROM "accounts" "Account" WHERE ( (("Account"."status" = $1)) ) AND ( "Account"."deleted_at" IS NULL ) ORDER BY "Account"."id" ASC',
    ['active'],
  ],
  ['delete returning star', 'DELETE FROM "items" WHERE "account_id" = $1 RETURNING *', [1]],
  ['delete in list', 'DELETE FROM "items" WHERE "id" IN ($1, $2, $3)', [1, 3, 99]],
  ['delete any array', 'DELETE FROM items WHERE id = ANY($1::int[]) RETURNING id', [[2, 3]]],
  ['delete any untyped array', 'DELETE FROM items WHERE id = ANY($1) RETURNING id', [[2, 3]]],
  ['delete cascades', 'DELETE FROM accounts WHERE id = $1 RETURNING id, email', [1]],
  [
    'delete using join',
    'DELETE FROM items USING accounts WHERE items.account_id = accounts.id AND accounts.email = $1 RETURNING items.id',
    ['a@x.io'],
  ],
  [
    'delete with cte returning',
    'WITH gone AS (DELETE FROM items WHERE qty = $1 RETURNING *) SELECT count(*) AS n, coalesce(sum(price), 0) AS total FROM gone',
    [0],
  ],
  [
    'delete where not exists',
    'DELETE FROM accounts a WHERE NOT EXISTS (SELECT 1 FROM items i WHERE i.account_id = a.id) RETURNING a.id',
    [],
  ],
  ['delete all', 'DELETE FROM "counters"', []],
  ['hard delete soft deleted', 'DELETE FROM accounts WHERE deleted_at IS NOT NULL RETURNING id', []],
];
for (const [name, sql, params] of deletes) {
  l.add(name, after(params.length ? p(sql, ...params) : sql, state, itemsState), W);
}

// Transactions as each library nests them.
const ins = (email: string) => p('INSERT INTO accounts (email) VALUES ($1) RETURNING id', email);
const dup = p('INSERT INTO accounts (email) VALUES ($1) RETURNING id', 'a@x.io');
const count = 'SELECT count(*)::int AS n FROM accounts';
const styles: [
  string,
  string,
  (n: string) => string,
  (n: string) => string,
  (n: string) => string,
  string,
  string,
][] = [
  [
    'knex',
    'BEGIN;',
    (n) => `SAVEPOINT ${n};`,
    (n) => `ROLLBACK TO SAVEPOINT ${n};`,
    (n) => `RELEASE SAVEPOINT ${n};`,
    'COMMIT;',
    'trx2',
  ],
  [
    'typeorm',
    'START TRANSACTION',
    (n) => `SAVEPOINT ${n}`,
    (n) => `ROLLBACK TO SAVEPOINT ${n}`,
    (n) => `RELEASE SAVEPOINT ${n}`,
    'COMMIT',
    'typeorm_1',
  ],
  [
    'drizzle',
    'begin',
    (n) => `savepoint ${n}`,
    (n) => `rollback to savepoint ${n}`,
    (n) => `release savepoint ${n}`,
    'commit',
    'sp1',
  ],
  [
    'kysely',
    'begin',
    (n) => `savepoint "${n}"`,
    (n) => `rollback to "${n}"`,
    (n) => `release "${n}"`,
    'commit',
    'sp1',
  ],
  [
    'sequelize',
    'START TRANSACTION;',
    (n) => `SAVEPOINT "${n}";`,
    (n) => `ROLLBACK TO SAVEPOINT "${n}";`,
    (n) => `RELEASE SAVEPOINT "${n}";`,
    'COMMIT;',
    '7f1c1a1e-6e51-4bde-8d6c-2a4c6a0f3b11',
  ],
  [
    'prisma',
    'BEGIN',
    (n) => `SAVEPOINT ${n}`,
    (n) => `ROLLBACK TO SAVEPOINT ${n}`,
    (n) => `RELEASE SAVEPOINT ${n}`,
    'COMMIT',
    'prisma_sp_1',
  ],
  [
    'mikroorm',
    'begin',
    (n) => `savepoint ${n}`,
    (n) => `rollback to savepoint ${n}`,
    (n) => `release savepoint ${n}`,
    'commit',
    'trx1',
  ],
  [
    'isolation serializable',
    'BEGIN ISOLATION LEVEL SERIALIZABLE',
    (n) => `SAVEPOINT ${n}`,
    (n) => `ROLLBACK TO ${n}`,
    (n) => `RELEASE ${n}`,
    'COMMIT',
    's1',
  ],
  [
    'begin then set isolation',
    'BEGIN; SET TRANSACTION ISOLATION LEVEL REPEATABLE READ',
    (n) => `SAVEPOINT ${n}`,
    (n) => `ROLLBACK TO SAVEPOINT ${n}`,
    (n) => `RELEASE SAVEPOINT ${n}`,
    'COMMIT',
    's1',
  ],
  [
    'start transaction read write',
    'START TRANSACTION ISOLATION LEVEL READ COMMITTED, READ WRITE',
    (n) => `SAVEPOINT ${n}`,
    (n) => `ROLLBACK TO SAVEPOINT ${n}`,
    (n) => `RELEASE SAVEPOINT ${n}`,
    'END',
    's1',
  ],
];
for (const [style, begin, sp, rb, rel, commit, name] of styles) {
  l.add(
    `tx ${style} nested rollback keeps outer`,
    after(begin, ins('t1@x.io'), sp(name), ins('t2@x.io'), rb(name), rel(name), commit, count),
    W,
  );
  l.add(
    `tx ${style} error then rollback to savepoint`,
    after(begin, ins('t1@x.io'), sp(name), dup, count, rb(name), count, ins('t3@x.io'), commit, count),
    W,
  );
  l.add(
    `tx ${style} error without savepoint aborts`,
    after(begin, ins('t1@x.io'), dup, count, commit, count),
    W,
  );
  l.add(
    `tx ${style} release then rollback to fails`,
    after(begin, sp(name), rel(name), rb(name), commit, count),
    W,
  );
  l.add(
    `tx ${style} nested twice same name`,
    after(
      begin,
      sp(name),
      ins('t1@x.io'),
      sp(name),
      ins('t2@x.io'),
      rb(name),
      count,
      rel(name),
      count,
      rb(name),
      count,
      commit,
      count,
    ),
    W,
  );
  l.add(`tx ${style} savepoint outside transaction`, after(sp(name), rb(name), rel(name), count), W);
  l.add(
    `tx ${style} commit after rollback to keeps released`,
    after(begin, sp(name), ins('t1@x.io'), rel(name), sp(name), ins('t2@x.io'), rb(name), commit, count),
    W,
  );
  l.add(`tx ${style} error inside savepoint then commit`, after(begin, sp(name), dup, commit, count), W);
}
l.add(
  'tx deep nesting three levels',
  after(
    'BEGIN',
    'SAVEPOINT typeorm_1',
    ins('n1@x.io'),
    'SAVEPOINT typeorm_2',
    ins('n2@x.io'),
    'SAVEPOINT typeorm_3',
    dup,
    'ROLLBACK TO SAVEPOINT typeorm_3',
    'RELEASE SAVEPOINT typeorm_3',
    'ROLLBACK TO SAVEPOINT typeorm_1',
    count,
    'COMMIT',
    count,
  ),
  W,
);
l.add(
  'tx release outer releases inner',
  after('BEGIN', 'SAVEPOINT a', 'SAVEPOINT b', 'RELEASE SAVEPOINT a', 'ROLLBACK TO SAVEPOINT b', 'COMMIT'),
  W,
);
l.add(
  'tx rollback to outer destroys inner',
  after('BEGIN', 'SAVEPOINT a', 'SAVEPOINT b', 'ROLLBACK TO SAVEPOINT a', 'RELEASE SAVEPOINT b', 'ROLLBACK'),
  W,
);
l.add(
  'tx savepoint name case folds',
  after(
    'BEGIN',
    'SAVEPOINT Sp',
    ins('cf@x.io'),
    'ROLLBACK TO SAVEPOINT sp',
    count,
    'ROLLBACK TO SAVEPOINT "Sp"',
    'COMMIT',
  ),
  W,
);
l.add(
  'tx deferred fk fails at commit',
  after(
    'BEGIN',
    'SET CONSTRAINTS ALL DEFERRED',
    p('INSERT INTO items (account_id, sku) VALUES ($1, $2)', 42, 'D'),
    'COMMIT',
    itemsState,
  ),
  W,
);
l.add('tx read only rejects write', after('BEGIN READ ONLY', ins('ro@x.io'), 'ROLLBACK', count), W);
l.add(
  'tx set transaction after query fails',
  after('BEGIN', count, 'SET TRANSACTION ISOLATION LEVEL SERIALIZABLE', 'ROLLBACK'),
  W,
);
l.add('tx commit without begin warns', after('COMMIT', 'ROLLBACK', count), W);
l.add('tx begin twice warns', after('BEGIN', 'BEGIN', ins('bb@x.io'), 'COMMIT', count), W);
l.add(
  'tx select for update in transaction',
  after(
    'BEGIN',
    p('SELECT id, version FROM accounts WHERE id = $1 FOR UPDATE', 1),
    p('UPDATE accounts SET version = version + 1 WHERE id = $1 AND version = $2 RETURNING version', 1, 1),
    'COMMIT',
  ),
  W,
);
l.add(
  'tx for no key update skip locked',
  after('BEGIN', 'SELECT id FROM accounts ORDER BY id LIMIT 2 FOR NO KEY UPDATE SKIP LOCKED', 'COMMIT'),
  W,
);
l.add(
  'tx for update of alias nowait',
  after(
    'BEGIN',
    'SELECT a.id, i.sku FROM accounts a JOIN items i ON i.account_id = a.id ORDER BY i.id FOR UPDATE OF a NOWAIT',
    'COMMIT',
  ),
  W,
);
l.add(
  'tx for update with aggregate fails',
  after('BEGIN', 'SELECT count(*) FROM accounts FOR UPDATE', 'ROLLBACK'),
  W,
);
l.add(
  'tx for share on left join nullable side fails',
  after(
    'BEGIN',
    'SELECT a.id FROM accounts a LEFT JOIN items i ON i.account_id = a.id FOR UPDATE',
    'ROLLBACK',
  ),
  W,
);
l.add('tx insert in failed tx', after('BEGIN', 'SELECT 1/0', ins('f@x.io'), 'ROLLBACK', count), W);

export default l.cases;
