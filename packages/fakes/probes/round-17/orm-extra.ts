// Round 17 ORM probe, the sharper edges of what ORMs emit: Prisma's column types as Migrate writes
// them (DECIMAL(65,30), TIMESTAMP(3), BYTEA, DOUBLE PRECISION), drizzle-kit's PostgreSQL 15 DDL
// (NULLS NOT DISTINCT, table-qualified CHECK, generated columns, parenthesised views), upsert
// helpers' `RETURNING (xmax = 0)`, row assignments, parameters of the "wrong" JS type as node-pg
// sends them, and tuple IN lists.
import { ProbeCases, withParams } from '../probe-kit.js';

const list = new ProbeCases('r17 orm extra: ');
const p = (name: string, setup: string, sql: string, ...params: unknown[]) =>
  list.add(name, [withParams(sql, ...params)], setup);

const PRISMA_TYPES = `CREATE TABLE "Item" (
    "id" TEXT NOT NULL DEFAULT gen_random_uuid(),
    "seq" SERIAL NOT NULL,
    "price" DECIMAL(65,30) NOT NULL DEFAULT 0,
    "money" DECIMAL(10,2),
    "ratio" DOUBLE PRECISION,
    "blob" BYTEA,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "atz" TIMESTAMPTZ(6),
    "day" DATE,
    "label" VARCHAR(5),
    "big" BIGINT,
    "small" SMALLINT,
    "flag" BOOLEAN NOT NULL DEFAULT true,
    "doc" JSONB,
    CONSTRAINT "Item_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "Item_seq_key" ON "Item"("seq");`;
const ITEM = `INSERT INTO "Item" ("id", "price", "money", "ratio", "blob", "at", "atz", "day", "label", "big", "small", "doc") VALUES ('a', 12.5, 3.10, 0.1, '\\x00ff', '2024-01-01 00:00:00.5', '2024-01-01 00:00:00.123456+00', '2024-02-29', 'abc', 42, 7, '{"k": [1, 2.50, "x"]}');`;
const DATA = `${PRISMA_TYPES}${ITEM}`;
p(
  'prisma decimal 65,30 prints 30 digits',
  DATA,
  `SELECT "public"."Item"."price", "public"."Item"."money" FROM "public"."Item" WHERE "public"."Item"."id" = $1`,
  'a',
);
p(
  'prisma decimal 65,30 insert param',
  PRISMA_TYPES,
  `INSERT INTO "public"."Item" ("id","price") VALUES ($1,$2) RETURNING "public"."Item"."price"`,
  'b',
  '0.000000000000000000000000000001',
);
p(
  'prisma decimal 65,30 rounds 31st digit',
  PRISMA_TYPES,
  `INSERT INTO "public"."Item" ("id","price") VALUES ($1,$2) RETURNING "public"."Item"."price"`,
  'b',
  '1.0000000000000000000000000000005',
);
p(
  'prisma decimal sum keeps scale',
  DATA,
  `SELECT SUM("price") AS "_sum.price", SUM("money") AS "_sum.money" FROM (SELECT "public"."Item"."price", "public"."Item"."money" FROM "public"."Item" WHERE 1=1 OFFSET $1) AS "sub"`,
  0,
);
p(
  'prisma decimal increment',
  DATA,
  `UPDATE "public"."Item" SET "money" = ("public"."Item"."money" + $1) WHERE ("public"."Item"."id" = $2 AND 1=1) RETURNING "public"."Item"."money"`,
  '0.005',
  'a',
);
p('prisma float read', DATA, `SELECT "public"."Item"."ratio" FROM "public"."Item"`);
p(
  'prisma float param sum',
  DATA,
  `UPDATE "public"."Item" SET "ratio" = ("public"."Item"."ratio" + $1) WHERE 1=1 RETURNING "public"."Item"."ratio"`,
  0.2,
);
p(
  'prisma bytes param',
  PRISMA_TYPES,
  `INSERT INTO "public"."Item" ("id","blob") VALUES ($1,$2) RETURNING "public"."Item"."blob"`,
  'b',
  '\\x68656c6c6f',
);
p(
  'prisma bytes read',
  DATA,
  `SELECT "public"."Item"."blob", length("public"."Item"."blob") AS "len" FROM "public"."Item"`,
);
p(
  'prisma timestamp(3) read half millis',
  DATA,
  `SELECT "public"."Item"."at", "public"."Item"."atz" FROM "public"."Item"`,
);
p(
  'prisma timestamptz(6) param with offset',
  PRISMA_TYPES,
  `INSERT INTO "public"."Item" ("id","atz") VALUES ($1,$2) RETURNING "public"."Item"."atz"`,
  'b',
  '2024-06-01T12:00:00.1234567+02:00',
);
p(
  'prisma timestamp param with offset ignored',
  PRISMA_TYPES,
  `INSERT INTO "public"."Item" ("id","at") VALUES ($1,$2) RETURNING "public"."Item"."at"`,
  'b',
  '2024-06-01T12:00:00.000+02:00',
);
p(
  'prisma date param',
  PRISMA_TYPES,
  `INSERT INTO "public"."Item" ("id","day") VALUES ($1,$2) RETURNING "public"."Item"."day"`,
  'b',
  '2024-06-01T00:00:00.000Z',
);
p(
  'prisma varchar too long',
  PRISMA_TYPES,
  `INSERT INTO "public"."Item" ("id","label") VALUES ($1,$2)`,
  'b',
  'abcdef',
);
p(
  'prisma varchar trailing spaces fit',
  PRISMA_TYPES,
  `INSERT INTO "public"."Item" ("id","label") VALUES ($1,$2) RETURNING "public"."Item"."label"`,
  'b',
  'abc    ',
);
p(
  'prisma smallint overflow',
  PRISMA_TYPES,
  `INSERT INTO "public"."Item" ("id","small") VALUES ($1,$2)`,
  'b',
  40000,
);
p(
  'prisma bigint param number',
  PRISMA_TYPES,
  `INSERT INTO "public"."Item" ("id","big") VALUES ($1,$2) RETURNING "public"."Item"."big"`,
  'b',
  9007199254740991,
);
p(
  'prisma json decimal kept',
  DATA,
  `SELECT "public"."Item"."doc", "public"."Item"."doc"->'k' AS "k" FROM "public"."Item"`,
);
p(
  'prisma uuid default shape',
  PRISMA_TYPES,
  `INSERT INTO "public"."Item" ("price") VALUES ($1) RETURNING length("public"."Item"."id") AS "len", "public"."Item"."seq"`,
  1,
);
p(
  'prisma serial unique index conflict',
  DATA,
  `INSERT INTO "public"."Item" ("id","seq") VALUES ($1,$2)`,
  'b',
  1,
);
p(
  'prisma in with = ANY',
  DATA,
  `SELECT "public"."Item"."id" FROM "public"."Item" WHERE "public"."Item"."id" = ANY($1)`,
  ['a', 'z'],
);
p('prisma boolean default', DATA, `SELECT "public"."Item"."flag" FROM "public"."Item"`);

// ---------------------------------------------------------------- upsert helpers
const KV = `CREATE TABLE kv (k text PRIMARY KEY, v int NOT NULL DEFAULT 0, hits int NOT NULL DEFAULT 1, note text);
INSERT INTO kv VALUES ('a', 1, 1, NULL);`;
p(
  'upsert xmax inserted flag',
  KV,
  `INSERT INTO kv (k, v) VALUES ($1, $2) ON CONFLICT (k) DO UPDATE SET v = EXCLUDED.v RETURNING k, v, (xmax = 0) AS inserted`,
  'b',
  2,
);
p(
  'upsert xmax updated flag',
  KV,
  `INSERT INTO kv (k, v) VALUES ($1, $2) ON CONFLICT (k) DO UPDATE SET v = EXCLUDED.v RETURNING k, v, (xmax = 0) AS inserted`,
  'a',
  2,
);
p(
  'upsert excluded default column',
  KV,
  `INSERT INTO kv (k, v) VALUES ($1, $2) ON CONFLICT (k) DO UPDATE SET hits = kv.hits + EXCLUDED.hits, note = EXCLUDED.note RETURNING k, hits, note`,
  'a',
  5,
);
p(
  'upsert do nothing multi returning',
  KV,
  `INSERT INTO kv (k) VALUES ($1), ($2), ($3) ON CONFLICT DO NOTHING RETURNING k`,
  'a',
  'x',
  'y',
);
p(
  'upsert on constraint',
  KV,
  `INSERT INTO kv (k, v) VALUES ($1, $2) ON CONFLICT ON CONSTRAINT kv_pkey DO UPDATE SET v = kv.v * 10 RETURNING v`,
  'a',
  0,
);
p(
  'upsert where false keeps row',
  KV,
  `INSERT INTO kv (k, v) VALUES ($1, $2) ON CONFLICT (k) DO UPDATE SET v = EXCLUDED.v WHERE kv.v > 100 RETURNING v`,
  'a',
  9,
);
p(
  'upsert select source',
  KV,
  `INSERT INTO kv (k, v) SELECT k || '2', v FROM kv ON CONFLICT (k) DO NOTHING RETURNING k, v`,
);
p(
  'upsert excluded in where',
  KV,
  `INSERT INTO kv (k, v) VALUES ($1, $2) ON CONFLICT (k) DO UPDATE SET v = EXCLUDED.v WHERE EXCLUDED.v > kv.v RETURNING v`,
  'a',
  3,
);
p(
  'update row assignment',
  KV,
  `UPDATE kv SET (v, note) = ($1, $2) WHERE k = $3 RETURNING v, note`,
  7,
  'n',
  'a',
);
p(
  'update row assignment subquery',
  KV,
  `UPDATE kv SET (v, hits) = (SELECT 40, 41) WHERE k = $1 RETURNING v, hits`,
  'a',
);
p('update set default', KV, `UPDATE kv SET v = DEFAULT WHERE k = $1 RETURNING v`, 'a');
p(
  'delete batch subquery limit',
  `${KV} INSERT INTO kv VALUES ('b', 2), ('c', 3), ('d', 4);`,
  `DELETE FROM kv WHERE k IN (SELECT k FROM kv ORDER BY k LIMIT $1) RETURNING k`,
  2,
);
p('returning qualified star', KV, `UPDATE kv SET v = v + 1 RETURNING kv.*`);
p('returning expression names', KV, `UPDATE kv SET v = v + 1 RETURNING v * 2, upper(k), v + hits AS total`);
p(
  'tuple IN list',
  `${KV} INSERT INTO kv VALUES ('b', 2);`,
  `SELECT k FROM kv WHERE (k, v) IN (($1, $2), ($3, $4)) ORDER BY k`,
  'a',
  1,
  'b',
  9,
);
p('tuple IN with null', KV, `SELECT count(*) AS n FROM kv WHERE (k, note) IN (($1, NULL))`, 'a');

// ---------------------------------------------------------------- node-pg parameter conversions
p('param number to text compare', KV, `SELECT k FROM kv WHERE k = $1`, 1);
p('param boolean into int fails', KV, `INSERT INTO kv (k, v) VALUES ($1, $2)`, 'z', true);
p('param string number into int', KV, `INSERT INTO kv (k, v) VALUES ($1, $2) RETURNING v`, 'z', ' 12 ');
p('param float into int rejects', KV, `INSERT INTO kv (k, v) VALUES ($1, $2) RETURNING v`, 'z', 1.5);
p('param float string into int rejects', KV, `INSERT INTO kv (k, v) VALUES ($1, $2) RETURNING v`, 'z', '2.0');
p('param object into text', KV, `INSERT INTO kv (k, note) VALUES ($1, $2) RETURNING note`, 'z', { a: 1 });
p('param array into text', KV, `INSERT INTO kv (k, note) VALUES ($1, $2) RETURNING note`, 'z', ['a', 'b']);
p('param null into not null', KV, `INSERT INTO kv (k, v) VALUES ($1, $2)`, 'z', null);
p(
  'param 1 as boolean',
  `CREATE TABLE b (f boolean)`,
  `INSERT INTO b VALUES ($1), ($2), ($3) RETURNING f`,
  1,
  0,
  'on',
);
p('param bad boolean', `CREATE TABLE b (f boolean)`, `INSERT INTO b VALUES ($1)`, 'maybe');
p('param text compared with int column', KV, `SELECT k FROM kv WHERE v = $1`, '1');
p('param untyped in select list', KV, `SELECT $1 AS x, $2::int AS y`, 'text', '5');
p('param used twice', KV, `SELECT k FROM kv WHERE k = $1 OR note = $1`, 'a');
p('param in limit as string', KV, `SELECT k FROM kv ORDER BY k LIMIT $1`, '1');
p('param negative limit', KV, `SELECT k FROM kv ORDER BY k LIMIT $1`, -1);
p('param in offset null', KV, `SELECT k FROM kv ORDER BY k OFFSET $1`, null);

// ---------------------------------------------------------------- drizzle-kit PostgreSQL 15 DDL
list.add('drizzle nulls not distinct unique', [
  `CREATE TABLE "u" ("id" serial PRIMARY KEY NOT NULL, "email" text, CONSTRAINT "u_email_unique" UNIQUE NULLS NOT DISTINCT("email"))`,
  `INSERT INTO "u" ("email") VALUES (NULL)`,
  `INSERT INTO "u" ("email") VALUES (NULL)`,
]);
list.add('drizzle nulls not distinct index', [
  `CREATE TABLE "u" ("id" serial PRIMARY KEY NOT NULL, "email" text)`,
  `CREATE UNIQUE INDEX "u_email_idx" ON "u" USING btree ("email") NULLS NOT DISTINCT`,
  `INSERT INTO "u" ("email") VALUES (NULL), (NULL)`,
]);
list.add('drizzle nulls distinct default', [
  `CREATE TABLE "u" ("id" serial PRIMARY KEY NOT NULL, "email" text, CONSTRAINT "u_email_unique" UNIQUE("email"))`,
  `INSERT INTO "u" ("email") VALUES (NULL), (NULL) RETURNING "id"`,
]);
list.add('drizzle table-qualified check', [
  `CREATE TABLE "users" ("id" serial PRIMARY KEY NOT NULL, "age" integer, CONSTRAINT "age_check" CHECK ("users"."age" > 21))`,
  `INSERT INTO "users" ("age") VALUES (30) RETURNING "id"`,
  `INSERT INTO "users" ("age") VALUES (3)`,
]);
list.add('drizzle generated column', [
  `CREATE TABLE "p" ("id" serial PRIMARY KEY NOT NULL, "first" text NOT NULL, "last" text NOT NULL, "full" text GENERATED ALWAYS AS ("p"."first" || ' ' || "p"."last") STORED)`,
  `INSERT INTO "p" ("first", "last") VALUES ('Ada', 'Lovelace') RETURNING "full"`,
  `INSERT INTO "p" ("first", "last", "full") VALUES ('a', 'b', 'c')`,
]);
list.add('drizzle index asc nulls last', [
  `CREATE TABLE "t" ("id" serial PRIMARY KEY NOT NULL, "n" integer)`,
  `CREATE INDEX IF NOT EXISTS "t_n_idx" ON "t" USING btree ("n" ASC NULLS LAST)`,
  `CREATE INDEX IF NOT EXISTS "t_n_idx" ON "t" USING btree ("n" ASC NULLS LAST)`,
  `INSERT INTO "t" ("n") VALUES (NULL), (2), (1)`,
  `SELECT "n" FROM "t" ORDER BY "n" ASC NULLS LAST`,
]);
list.add('drizzle sequence', [
  `CREATE SEQUENCE "public"."order_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 100 CACHE 1`,
  `SELECT nextval('order_seq') AS a, nextval('"public"."order_seq"') AS b`,
]);
list.add('drizzle parenthesised view', [
  `CREATE TABLE "t" ("id" serial PRIMARY KEY NOT NULL, "n" integer)`,
  `CREATE VIEW "public"."big_t" AS (select "id", "n" from "t" where "t"."n" > 10)`,
  `INSERT INTO "t" ("n") VALUES (5), (50)`,
  `SELECT "id", "n" FROM "big_t"`,
]);
list.add('drizzle materialized view', [
  `CREATE TABLE "t" ("id" serial PRIMARY KEY NOT NULL, "n" integer)`,
  `CREATE MATERIALIZED VIEW "public"."mv" AS (select count(*) as "c" from "t")`,
  `INSERT INTO "t" ("n") VALUES (1)`,
  `SELECT "c" FROM "mv"`,
  `REFRESH MATERIALIZED VIEW "public"."mv"`,
  `SELECT "c" FROM "mv"`,
]);
list.add('drizzle enum in schema', [
  `CREATE SCHEMA "app"`,
  `CREATE TYPE "app"."color" AS ENUM('red', 'green')`,
  `CREATE TABLE "app"."thing" ("id" serial PRIMARY KEY NOT NULL, "c" "app"."color" DEFAULT 'red' NOT NULL)`,
  `INSERT INTO "app"."thing" DEFAULT VALUES RETURNING "c"`,
]);
list.add('drizzle identity by default', [
  `CREATE TABLE "t" ("id" integer PRIMARY KEY GENERATED BY DEFAULT AS IDENTITY (sequence name "t_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1), "n" text)`,
  `INSERT INTO "t" ("id", "n") VALUES (5, 'x')`,
  `INSERT INTO "t" ("n") VALUES ('y') RETURNING "id"`,
]);
list.add('drizzle bigint identity mode number', [
  `CREATE TABLE "t" ("id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "t_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1), "n" text)`,
  `INSERT INTO "t" ("n") VALUES ('y') RETURNING "id"`,
]);
list.add('drizzle alter column set data type using', [
  `CREATE TABLE "t" ("id" serial PRIMARY KEY NOT NULL, "n" text)`,
  `INSERT INTO "t" ("n") VALUES ('12'), (NULL)`,
  `ALTER TABLE "t" ALTER COLUMN "n" SET DATA TYPE integer USING "n"::integer`,
  `SELECT "n" FROM "t" ORDER BY "id"`,
]);
list.add('drizzle alter column set data type no using fails', [
  `CREATE TABLE "t" ("id" serial PRIMARY KEY NOT NULL, "n" text)`,
  `ALTER TABLE "t" ALTER COLUMN "n" SET DATA TYPE integer`,
]);
list.add('drizzle composite primary key', [
  `CREATE TABLE "ut" ("user_id" integer NOT NULL, "tag" text NOT NULL, CONSTRAINT "ut_user_id_tag_pk" PRIMARY KEY("user_id","tag"))`,
  `INSERT INTO "ut" VALUES (1, 'a')`,
  `INSERT INTO "ut" VALUES (1, 'a')`,
]);
list.add('drizzle fk on delete set null multi', [
  `CREATE TABLE "a" ("id" serial PRIMARY KEY NOT NULL)`,
  `CREATE TABLE "b" ("id" serial PRIMARY KEY NOT NULL, "a_id" integer)`,
  `ALTER TABLE "b" ADD CONSTRAINT "b_a_id_a_id_fk" FOREIGN KEY ("a_id") REFERENCES "public"."a"("id") ON DELETE set null ON UPDATE no action`,
  `INSERT INTO "a" DEFAULT VALUES`,
  `INSERT INTO "b" ("a_id") VALUES (1), (1)`,
  `DELETE FROM "a"`,
  `SELECT "id", "a_id" FROM "b" ORDER BY "id"`,
]);
list.add('drizzle add fk not valid then validate', [
  `CREATE TABLE "a" ("id" serial PRIMARY KEY NOT NULL)`,
  `CREATE TABLE "b" ("id" serial PRIMARY KEY NOT NULL, "a_id" integer)`,
  `INSERT INTO "b" ("a_id") VALUES (7)`,
  `ALTER TABLE "b" ADD CONSTRAINT "b_fk" FOREIGN KEY ("a_id") REFERENCES "a"("id") NOT VALID`,
  `ALTER TABLE "b" VALIDATE CONSTRAINT "b_fk"`,
]);
list.add('drizzle rename table', [
  `CREATE TABLE "old" ("id" serial PRIMARY KEY NOT NULL)`,
  `ALTER TABLE "old" RENAME TO "new"`,
  `INSERT INTO "new" DEFAULT VALUES RETURNING "id"`,
  `SELECT to_regclass('old') IS NULL AS gone`,
]);
list.add('drizzle set schema', [
  `CREATE SCHEMA "archive"`,
  `CREATE TABLE "t" ("id" serial PRIMARY KEY NOT NULL)`,
  `ALTER TABLE "t" SET SCHEMA "archive"`,
  `INSERT INTO "archive"."t" DEFAULT VALUES RETURNING "id"`,
]);

// ---------------------------------------------------------------- misc ORM shapes
const O = `CREATE TABLE o (id serial PRIMARY KEY, customer text NOT NULL, total numeric(10,2) NOT NULL, status text NOT NULL DEFAULT 'new', placed timestamptz NOT NULL);
INSERT INTO o (customer, total, status, placed) VALUES ('ann', 10.00, 'paid', '2024-01-01T10:00:00Z'), ('bob', 5.50, 'new', '2024-01-02T10:00:00Z'), ('ann', 2.25, 'new', '2024-01-03T10:00:00Z'), ('cid', 0, 'void', '2024-01-04T10:00:00Z');`;
p('fetch first rows only', O, `SELECT id FROM o ORDER BY id OFFSET $1 ROWS FETCH NEXT $2 ROWS ONLY`, 1, 2);
p('fetch first with ties', O, `SELECT customer FROM o ORDER BY customer FETCH FIRST 1 ROWS WITH TIES`);
p('limit all', O, `SELECT id FROM o ORDER BY id LIMIT ALL`);
p('count filter', O, `SELECT count(*) FILTER (WHERE status = $1) AS paid, count(*) AS total FROM o`, 'paid');
p('sum filter null', O, `SELECT sum(total) FILTER (WHERE status = $1) AS s FROM o`, 'nope');
p(
  'greatest least nulls',
  O,
  `SELECT greatest(total, NULL, 3) AS g, least(total, NULL) AS l FROM o ORDER BY id`,
);
p('order by collate C', O, `SELECT customer FROM o ORDER BY customer COLLATE "C" DESC, id`);
p('ilike any array param', O, `SELECT id FROM o WHERE customer ILIKE ANY($1::text[]) ORDER BY id`, [
  'A%',
  '%D',
]);
p('like all', O, `SELECT id FROM o WHERE customer LIKE ALL (ARRAY['a%', '%n']) ORDER BY id`);
p(
  'date_trunc month group timestamptz',
  O,
  `SELECT date_trunc('month', placed) AS m, sum(total) AS s FROM o GROUP BY 1 ORDER BY 1`,
);
p('timestamptz at time zone', O, `SELECT (placed AT TIME ZONE 'UTC')::date AS d FROM o ORDER BY id LIMIT 1`);
p('to_char placed', O, `SELECT to_char(placed, 'YYYY-MM-DD"T"HH24:MI:SS') AS s FROM o ORDER BY id LIMIT 1`);
p('extract epoch', O, `SELECT extract(epoch FROM placed)::bigint AS e FROM o ORDER BY id LIMIT 1`);
p(
  'interval param',
  O,
  `SELECT id FROM o WHERE placed > $1::timestamptz - $2::interval ORDER BY id`,
  '2024-01-04T00:00:00Z',
  '2 days',
);
p('coalesce max plus one', O, `SELECT coalesce(max(id), 0) + 1 AS next FROM o WHERE customer = $1`, 'zed');
p('exists select 1 limit 1', O, `SELECT EXISTS (SELECT 1 FROM o WHERE customer = $1 LIMIT 1) AS e`, 'ann');
p(
  'not in subquery with null',
  O,
  `SELECT id FROM o WHERE customer NOT IN (SELECT NULLIF(customer, 'bob') FROM o) ORDER BY id`,
);
p(
  'scalar subquery per row',
  O,
  `SELECT id, (SELECT count(*) FROM o o2 WHERE o2.customer = o.customer) AS n FROM o ORDER BY id`,
);
p(
  'case in order by',
  O,
  `SELECT id FROM o ORDER BY CASE status WHEN 'new' THEN 0 WHEN 'paid' THEN 1 ELSE 2 END, id`,
);
p(
  'distinct count per customer',
  O,
  `SELECT customer, count(DISTINCT status) AS n FROM o GROUP BY customer ORDER BY customer`,
);
p(
  'having sum numeric',
  O,
  `SELECT customer, sum(total) AS s FROM o GROUP BY customer HAVING sum(total) > $1 ORDER BY customer`,
  '5',
);
p('avg numeric printed', O, `SELECT avg(total) AS a FROM o`);
p('round avg', O, `SELECT round(avg(total), 2) AS a FROM o`);
p('numeric division', O, `SELECT total / 3 AS third FROM o ORDER BY id`);
p('string_agg distinct order', O, `SELECT string_agg(DISTINCT customer, ',' ORDER BY customer) AS s FROM o`);
p('array_agg filter', O, `SELECT array_agg(id ORDER BY id) FILTER (WHERE total > 1) AS a FROM o`);
p('json_agg rows', O, `SELECT json_agg(o ORDER BY id) AS j FROM o WHERE customer = $1`, 'ann');
p('row_to_json', O, `SELECT row_to_json(o) AS j FROM o WHERE id = $1`, 1);
p('to_jsonb minus key', O, `SELECT to_jsonb(o) - 'placed' AS j FROM o WHERE id = $1`, 2);
p(
  'jsonb_build_object numeric',
  O,
  `SELECT jsonb_build_object('total', total, 'id', id) AS j FROM o ORDER BY id`,
);
list.add('advisory xact lock in tx', [
  'BEGIN',
  `SELECT pg_try_advisory_xact_lock(hashtext('orders:1')) AS got`,
  `SELECT pg_try_advisory_xact_lock(hashtext('orders:1')) AS again`,
  'COMMIT',
]);
list.add('hashtext stable', [`SELECT hashtext('orders:1') AS h, hashtext('') AS e`]);
list.add('advisory lock two keys', [
  `SELECT pg_advisory_lock(1, 2)`,
  `SELECT pg_advisory_unlock(1, 2) AS a, pg_advisory_unlock(2, 1) AS b`,
]);
list.add('advisory unlock all', [
  `SELECT pg_advisory_lock(5)`,
  `SELECT pg_advisory_lock(5)`,
  `SELECT pg_advisory_unlock_all()`,
  `SELECT pg_advisory_unlock(5) AS still`,
]);

// ---------------------------------------------------------------- locks ORMs take, and where PostgreSQL refuses them
const L = `CREATE TABLE acct (id serial PRIMARY KEY, owner text NOT NULL, bal int NOT NULL);
CREATE TABLE note (id serial PRIMARY KEY, acct_id int REFERENCES acct (id), body text);
INSERT INTO acct (owner, bal) VALUES ('a', 10), ('b', 20), ('a', 5);
INSERT INTO note (acct_id, body) VALUES (1, 'x'), (NULL, 'y');`;
p(
  'lock count for update refused',
  L,
  `SELECT COUNT(DISTINCT("acct"."id")) AS "cnt" FROM "acct" "acct" FOR UPDATE`,
);
p('lock group by for update refused', L, `SELECT owner, sum(bal) AS s FROM acct GROUP BY owner FOR UPDATE`);
p('lock distinct for update refused', L, `SELECT DISTINCT owner FROM acct FOR UPDATE`);
p('lock union for update refused', L, `SELECT id FROM acct UNION SELECT id FROM note FOR UPDATE`);
p(
  'lock nullable side of outer join refused',
  L,
  `SELECT "n"."id" AS "n_id", "a"."id" AS "a_id" FROM "note" "n" LEFT JOIN "acct" "a" ON "a"."id" = "n"."acct_id" ORDER BY "n"."id" FOR UPDATE`,
);
p(
  'lock outer join of the left table',
  L,
  `SELECT "n"."id" AS "n_id", "a"."id" AS "a_id" FROM "note" "n" LEFT JOIN "acct" "a" ON "a"."id" = "n"."acct_id" ORDER BY "n"."id" FOR UPDATE OF "n"`,
);
p('lock for update of unknown alias', L, `SELECT id FROM acct FOR UPDATE OF nope`);
p(
  'lock for update with limit',
  L,
  `SELECT id FROM acct WHERE owner = $1 ORDER BY id LIMIT 1 FOR UPDATE`,
  'a',
);
p('lock for key share', L, `SELECT id FROM acct WHERE id = $1 FOR KEY SHARE`, 2);
list.add(
  'lock table in tx',
  ['BEGIN', 'LOCK TABLE acct IN SHARE ROW EXCLUSIVE MODE', `SELECT count(*) AS n FROM acct`, 'COMMIT'],
  L,
);
list.add('lock table outside tx refused by PostgreSQL', ['LOCK TABLE acct'], L);

// ---------------------------------------------------------------- seeds with explicit ids, then sequences
const SEQ = `CREATE TABLE s (id serial PRIMARY KEY, v text);`;
list.add(
  'seed explicit id then default collides',
  [`INSERT INTO s (id, v) VALUES (1, 'seed')`, `INSERT INTO s (v) VALUES ('next')`],
  SEQ,
);
list.add(
  'seed setval to max',
  [
    `INSERT INTO s (id, v) VALUES (1, 'a'), (2, 'b')`,
    `SELECT setval(pg_get_serial_sequence('s', 'id'), coalesce(max(id), 1)) AS v FROM s`,
    `INSERT INTO s (v) VALUES ('c') RETURNING id`,
  ],
  SEQ,
);
list.add(
  'seed setval is_called false',
  [`SELECT setval('s_id_seq', 10, false) AS v`, `INSERT INTO s (v) VALUES ('c') RETURNING id`],
  SEQ,
);
list.add(
  'seed alter sequence restart',
  [`ALTER SEQUENCE s_id_seq RESTART WITH 100`, `INSERT INTO s (v) VALUES ('c') RETURNING id`],
  SEQ,
);
list.add(
  'seed truncate restart identity',
  [
    `INSERT INTO s (v) VALUES ('a'), ('b')`,
    `TRUNCATE s RESTART IDENTITY`,
    `INSERT INTO s (v) VALUES ('c') RETURNING id`,
  ],
  SEQ,
);
list.add('seed currval before nextval', [`SELECT currval('s_id_seq') AS c`], SEQ);
list.add(
  'seed rolled back insert keeps sequence',
  ['BEGIN', `INSERT INTO s (v) VALUES ('a')`, 'ROLLBACK', `INSERT INTO s (v) VALUES ('b') RETURNING id`],
  SEQ,
);

// ---------------------------------------------------------------- parameter values ORMs pass through
p(
  'param json with nul escape',
  KV.replace('note text', 'note jsonb'),
  `INSERT INTO kv (k, note) VALUES ($1, $2)`,
  'z',
  JSON.stringify({ s: 'a\u0000b' }),
);
p(
  'param json unicode escape ok',
  KV.replace('note text', 'note jsonb'),
  `INSERT INTO kv (k, note) VALUES ($1, $2) RETURNING note`,
  'z',
  JSON.stringify({ s: 'é\u00e9\ud83d\ude00' }),
);
p('param int 1.0 string rejected', KV, `SELECT k FROM kv WHERE v = $1::int`, '1.0');
p('param array into int IN', KV, `SELECT k FROM kv WHERE v IN ($1)`, [1, 2]);
p('param like with backslash', KV, `SELECT k FROM kv WHERE k LIKE $1`, 'a\\');
p(
  'param like escaped wildcard',
  `${KV} INSERT INTO kv (k) VALUES ('a_b'), ('axb');`,
  `SELECT k FROM kv WHERE k LIKE $1 ORDER BY k`,
  'a\\_b',
);
p(
  'order by mixed case and accents',
  `CREATE TABLE n (v text); INSERT INTO n VALUES ('banana'), ('Apple'), ('apple'), ('Zoë'), ('zebra'), ('Éclair'), ('eclair'), ('_x'), ('1a');`,
  `SELECT v FROM n ORDER BY v`,
);
p(
  'order by desc mixed case',
  `CREATE TABLE n (v text); INSERT INTO n VALUES ('b'), ('B'), ('a'), ('A');`,
  `SELECT v FROM n ORDER BY v DESC`,
);
p(
  'upper lower non ascii',
  `CREATE TABLE n (v text); INSERT INTO n VALUES ('straße'), ('İstanbul'), ('ÉCOLE');`,
  `SELECT v, upper(v) AS u, lower(v) AS l FROM n ORDER BY v`,
);
p(
  'ilike non ascii',
  `CREATE TABLE n (v text); INSERT INTO n VALUES ('Ünal'), ('ünal'), ('UNAL');`,
  `SELECT v FROM n WHERE v ILIKE $1 ORDER BY v`,
  'ü%',
);
p(
  'min max text',
  `CREATE TABLE n (v text); INSERT INTO n VALUES ('b'), ('B'), ('a'), ('A');`,
  `SELECT min(v) AS mn, max(v) AS mx FROM n`,
);
p(
  'text comparison operator',
  `CREATE TABLE n (v text); INSERT INTO n VALUES ('b'), ('B'), ('a'), ('A');`,
  `SELECT v FROM n WHERE v > $1 ORDER BY v`,
  'a',
);

// ---------------------------------------------------------------- keys declared twice, as sync/migrate tools write them
const dup = (name: string, ddl: string, ...rows: string[]) =>
  list.add(`keys ${name}`, [ddl, ...rows.map((row) => `INSERT INTO k VALUES ${row}`)]);
dup(
  'serial unique and primary key',
  `CREATE TABLE k ("id" SERIAL UNIQUE , "v" text, PRIMARY KEY ("id"))`,
  `(1, 'a')`,
  `(1, 'b')`,
);
dup(
  'unique written after the key',
  `CREATE TABLE k (id int PRIMARY KEY, v text, UNIQUE (id))`,
  `(1, 'a')`,
  `(1, 'b')`,
);
dup(
  'two uniques over the same column',
  `CREATE TABLE k (id int, v text, UNIQUE (v), UNIQUE (v))`,
  `(1, 'a')`,
  `(2, 'a')`,
);
dup(
  'unique then key on two columns same order',
  `CREATE TABLE k (a int, b int, UNIQUE (a, b), PRIMARY KEY (a, b))`,
  `(1, 1)`,
  `(1, 1)`,
);
dup(
  'unique on a key column subset',
  `CREATE TABLE k (a int, b int, UNIQUE (a), PRIMARY KEY (a, b))`,
  `(1, 1)`,
  `(1, 2)`,
);
dup(
  'key and unique on other column both violated',
  `CREATE TABLE k (a int UNIQUE, b int PRIMARY KEY)`,
  `(1, 1)`,
  `(1, 1)`,
);
dup(
  'unique before key both violated',
  `CREATE TABLE k (a int, b int, UNIQUE (a), PRIMARY KEY (b))`,
  `(1, 1)`,
  `(1, 1)`,
);
list.add('keys alter add unique over the key', [
  `CREATE TABLE k (id int PRIMARY KEY, v text)`,
  `ALTER TABLE k ADD CONSTRAINT k_id_key UNIQUE (id)`,
  `INSERT INTO k VALUES (1, 'a')`,
  `INSERT INTO k VALUES (1, 'b')`,
]);
list.add('keys alter add unique twice', [
  `CREATE TABLE k (id int PRIMARY KEY, v text)`,
  `ALTER TABLE k ADD UNIQUE (v)`,
  `ALTER TABLE k ADD UNIQUE (v)`,
  `INSERT INTO k VALUES (1, 'a')`,
  `INSERT INTO k VALUES (2, 'a')`,
]);
list.add('keys create unique index over the key', [
  `CREATE TABLE k (id int PRIMARY KEY, v text)`,
  `CREATE UNIQUE INDEX k_id_idx ON k (id)`,
  `INSERT INTO k VALUES (1, 'a')`,
  `INSERT INTO k VALUES (1, 'b')`,
]);
list.add('keys upsert on a column with two unique indexes', [
  `CREATE TABLE k (id int PRIMARY KEY, v text UNIQUE)`,
  `CREATE UNIQUE INDEX k_v_idx ON k (v)`,
  `INSERT INTO k VALUES (1, 'a') ON CONFLICT (v) DO UPDATE SET id = 2 RETURNING id`,
  `INSERT INTO k VALUES (3, 'a') ON CONFLICT (v) DO UPDATE SET id = 4 RETURNING id`,
]);

// ---------------------------------------------------------------- newer syntax a builder may emit, which 15 rejects
const NEW = `CREATE TABLE n (id int PRIMARY KEY, v int); INSERT INTO n VALUES (1, 10), (2, 20);`;
list.add('newer subquery in FROM without alias', [`SELECT count(*) AS c FROM (SELECT id FROM n)`], NEW);
list.add('newer subquery in FROM with alias', [`SELECT count(*) AS c FROM (SELECT id FROM n) AS sub`], NEW);
list.add('newer VALUES in FROM without alias', [`SELECT * FROM (VALUES (1), (2))`], NEW);
list.add(
  'newer merge returning',
  [
    `MERGE INTO n USING (SELECT 1 AS id, 11 AS v) AS s ON n.id = s.id WHEN MATCHED THEN UPDATE SET v = s.v RETURNING n.id, n.v`,
  ],
  NEW,
);
list.add(
  'newer merge without returning',
  [
    `MERGE INTO n USING (SELECT 3 AS id, 30 AS v) AS s ON n.id = s.id WHEN NOT MATCHED THEN INSERT (id, v) VALUES (s.id, s.v)`,
    `SELECT id, v FROM n ORDER BY id`,
  ],
  NEW,
);
list.add(
  'newer merge when not matched by source',
  [`MERGE INTO n USING (SELECT 1 AS id) AS s ON n.id = s.id WHEN NOT MATCHED BY SOURCE THEN DELETE`],
  NEW,
);
list.add('newer virtual generated column', [`CREATE TABLE g (a int, b int GENERATED ALWAYS AS (a * 2))`]);
list.add('newer virtual keyword', [`CREATE TABLE g (a int, b int GENERATED ALWAYS AS (a * 2) VIRTUAL)`]);
list.add('newer json_object constructor', [`SELECT json_object('a' VALUE 1) AS j`]);
list.add('newer IS JSON predicate', [`SELECT '{}' IS JSON AS j`]);
list.add('newer any_value aggregate', [`SELECT any_value(v) AS a FROM n WHERE id = 1`], NEW);
list.add('newer uuidv7', [`SELECT uuidv7() IS NOT NULL AS u`]);
list.add(
  'newer returning old new',
  [`UPDATE n SET v = v + 1 WHERE id = 1 RETURNING old.v AS before, new.v AS after`],
  NEW,
);
list.add('newer numeric underscore literal', [`SELECT 1_000 AS v`]);
list.add(
  'newer on conflict do select',
  [`INSERT INTO n VALUES (1, 1) ON CONFLICT (id) DO SELECT RETURNING id`],
  NEW,
);
list.add('newer temporal without overlaps key', [
  `CREATE TABLE r (id int, during tsrange, PRIMARY KEY (id, during WITHOUT OVERLAPS))`,
]);
list.add('newer not null constraint named table level', [
  `CREATE TABLE nn (a int, CONSTRAINT a_nn NOT NULL a)`,
]);
list.add('newer alter column set expression', [
  `CREATE TABLE g (a int, b int GENERATED ALWAYS AS (a * 2) STORED)`,
  `ALTER TABLE g ALTER COLUMN b SET EXPRESSION AS (a * 3)`,
]);

export default list.cases;
