// Round 22 ORM probe, the DML the ORMs generate once they know the schema: batch inserts with
// DEFAULT holes and RETURNING, upserts on a key and on a partial unique index, IN ($1, $2, ...)
// against = ANY($1), TypeORM's distinct-ids pagination, cursor pagination, FOR UPDATE SKIP LOCKED
// job claims, JSON path filters (#>>, ->>, @>, #> with jsonb params), count shapes, optimistic
// version checks, and transactions with the savepoint names each ORM uses (typeorm_1, sp1, trx2,
// a quoted Sequelize name), including an error inside a savepoint.
import { ProbeCases, withParams } from '../probe-kit.js';
import { SHOP_DML } from './orm-introspect-schema.js';

const list = new ProbeCases('r22 orm-introspect dml ');
const p = (name: string, sql: string, params: unknown[]) =>
  list.add(name, [withParams(sql, ...params)], SHOP_DML);
const s = (name: string, steps: Parameters<typeof list.add>[1]) => list.add(name, steps, SHOP_DML);

// ---------------------------------------------------------------- batch inserts
p(
  'typeorm insert batch DEFAULT holes returning',
  `INSERT INTO "orders"("user_id", "status", "total", "tags", "meta", "deleted_at", "version") VALUES ($1, DEFAULT, $2, DEFAULT, $3, DEFAULT, 1), ($4, $5, DEFAULT, $6, DEFAULT, DEFAULT, 1) RETURNING "id", "status", "total", "tags", "deleted_at", "version"`,
  [2, '12.30', '{"source":"api"}', 3, 'paid', ['a', 'b']],
);
p(
  'drizzle insert default keyword lowercase',
  `insert into "users" ("id", "email", "name", "is_active", "settings") values (default, $1, $2, default, default), (default, $3, $4, $5, $6) returning "id", "email", "is_active", "settings"`,
  ['dee@example.com', 'Dee', 'eve@example.com', null, false, '{"x":1}'],
);
p(
  'prisma createManyAndReturn',
  `INSERT INTO "public"."users" ("email","name") VALUES ($1,$2), ($3,$4) RETURNING "public"."users"."id", "public"."users"."email", "public"."users"."name", "public"."users"."is_active"`,
  ['f@example.com', 'F', 'g@example.com', 'G'],
);
p(
  'prisma createMany skipDuplicates',
  `INSERT INTO "public"."users" ("email","name") VALUES ($1,$2), ($3,$4) ON CONFLICT DO NOTHING`,
  ['ann@example.com', 'Ann again', 'h@example.com', 'H'],
);
list.add(
  'sequelize bulkCreate inlined returning',
  [
    `INSERT INTO "users" ("id","email","name","is_active","settings") VALUES (DEFAULT,'i@example.com','I',true,'{"a":[1,2]}'),(DEFAULT,'j@example.com',NULL,false,'{}') RETURNING "id","email","name","is_active","settings";`,
  ],
  SHOP_DML,
);
p(
  'batch insert duplicate inside one statement',
  `insert into "users" ("email", "name") values ($1, $2), ($3, $4) on conflict ("email") do update set "name" = excluded."name" returning "id"`,
  ['k@example.com', 'K1', 'k@example.com', 'K2'],
);
p(
  'batch insert fk violation names the key',
  `insert into "orders" ("user_id", "total") values ($1, $2), ($3, $4) returning "id"`,
  [1, 1, 42, 2],
);
p('insert enum param invalid', `INSERT INTO "orders"("user_id", "status") VALUES ($1, $2) RETURNING "id"`, [
  1,
  'lost',
]);

// ---------------------------------------------------------------- upserts
p(
  'typeorm upsert on email',
  `INSERT INTO "users"("email", "name") VALUES ($1, $2) ON CONFLICT ( "email" ) DO UPDATE SET "name" = EXCLUDED."name" RETURNING "id", "is_active"`,
  ['bob@example.com', 'Robert'],
);
p(
  'sequelize upsert returning',
  `INSERT INTO "users" ("email","name") VALUES ($1,$2) ON CONFLICT ("email") DO UPDATE SET "email"=EXCLUDED."email","name"=EXCLUDED."name" RETURNING "id","email","name","is_active","settings";`,
  ['cy@example.com', 'Cy'],
);
p(
  'prisma native upsert',
  `INSERT INTO "public"."users" ("email","name","is_active") VALUES ($1,$2,$3) ON CONFLICT ("email") DO UPDATE SET "name" = $4 WHERE ("public"."users"."email" = $5 AND 1=1) RETURNING "public"."users"."id", "public"."users"."email", "public"."users"."name"`,
  ['ann@example.com', 'new', true, 'Annie', 'ann@example.com'],
);
p(
  'upsert conflict where false keeps row, returns nothing',
  `insert into "users" ("email", "name") values ($1, $2) on conflict ("email") do update set "name" = excluded."name" where "users"."is_active" returning "id", "name"`,
  ['bob@example.com', 'Bobby'],
);
s('upsert on partial unique index', [
  `CREATE UNIQUE INDEX orders_one_pending ON orders (user_id) WHERE status = 'pending'`,
  withParams(
    `insert into "orders" ("user_id", "status", "total") values ($1, $2, $3) on conflict ("user_id") where "status" = 'pending' do update set "total" = "orders"."total" + excluded."total" returning "id", "total"`,
    1,
    'pending',
    '1.25',
  ),
]);
s('upsert on partial unique index without its predicate', [
  `CREATE UNIQUE INDEX orders_one_pending ON orders (user_id) WHERE status = 'pending'`,
  withParams(
    `insert into "orders" ("user_id", "status") values ($1, $2) on conflict ("user_id") do nothing`,
    1,
    'pending',
  ),
]);
p(
  'upsert composite key',
  `INSERT INTO "order_items" ("order_id", "line_no", "sku", "qty") VALUES ($1, $2, $3, $4), ($5, $6, $7, $8) ON CONFLICT ("order_id", "line_no") DO UPDATE SET "qty" = "order_items"."qty" + EXCLUDED."qty" RETURNING "order_id", "line_no", "qty"`,
  [1, 1, 'SKU-A', 5, 1, 3, 'SKU-D', 1],
);
p(
  'upsert on constraint name',
  `insert into "users" ("email", "name") values ($1, $2) on conflict on constraint "users_email_key" do nothing returning "id"`,
  ['ann@example.com', 'x'],
);

// ---------------------------------------------------------------- IN lists and = ANY
p(
  'in list of params',
  `SELECT "User"."id" AS "User_id", "User"."email" AS "User_email" FROM "users" "User" WHERE "User"."id" IN ($1, $2, $3)`,
  [1, 3, 99],
);
p('any of int array param', `select "id", "email" from "users" where "id" = any($1)`, [[1, 3, 99]]);
p('any of text array param on varchar', `select "id" from "users" where "email" = any($1) order by "id"`, [
  ['bob@example.com', 'cy@example.com'],
]);
p('any of enum array param', `select "id" from "orders" where "status" = any($1) order by "id"`, [
  ['paid', 'shipped'],
]);
p('any of enum array with bad label', `select "id" from "orders" where "status" = any($1)`, [
  ['paid', 'lost'],
]);
p('any of empty array', `select count(*) from "users" where "id" = any($1)`, [[]]);
p('not in list with null element', `select "id" from "users" where "id" not in ($1, $2)`, [1, null]);
p('all of array param', `select "id" from "users" where "id" <> all($1) order by "id"`, [[2]]);
p('any with explicit cast', `select "id" from "orders" where "id" = any($1::bigint[]) order by "id"`, [
  ['1', '4'],
]);
p(
  'tuple in for composite keys',
  `select "sku" from "order_items" where ("order_id", "line_no") in (($1, $2), ($3, $4)) order by "sku"`,
  [1, 2, 3, 1],
);

// ---------------------------------------------------------------- pagination and counts
p(
  'typeorm distinct ids page ordered by other column',
  `SELECT DISTINCT "distinctAlias"."User_id" AS "ids_User_id", "distinctAlias"."User_email" FROM (SELECT "User"."id" AS "User_id", "User"."email" AS "User_email", "User__User_orders"."id" AS "User__User_orders_id" FROM "users" "User" LEFT JOIN "orders" "User__User_orders" ON "User__User_orders"."user_id"="User"."id" AND ("User__User_orders"."deleted_at" IS NULL)) "distinctAlias" ORDER BY "distinctAlias"."User_email" DESC, "User_id" ASC LIMIT 2 OFFSET 1`,
  [],
);
p(
  'typeorm count distinct with join',
  `SELECT COUNT(DISTINCT("User"."id")) AS "cnt" FROM "users" "User" LEFT JOIN "orders" "User__User_orders" ON "User__User_orders"."user_id"="User"."id" AND ("User__User_orders"."deleted_at" IS NULL) WHERE "User__User_orders"."status" IN ($1, $2)`,
  ['paid', 'pending'],
);
p(
  'prisma cursor pagination',
  `SELECT "public"."orders"."id", "public"."orders"."total" FROM "public"."orders" WHERE "public"."orders"."id" >= (SELECT "public"."orders"."id" FROM "public"."orders" WHERE ("public"."orders"."id") = ($1)) ORDER BY "public"."orders"."id" ASC LIMIT $2 OFFSET $3`,
  [2, 2, 1],
);
p(
  'prisma count with offset subquery',
  `SELECT COUNT(*) AS "_count._all" FROM (SELECT "public"."orders"."id" FROM "public"."orders" WHERE "public"."orders"."deleted_at" IS NULL OFFSET $1) AS "sub"`,
  [1],
);
p(
  'sequelize findAndCountAll count',
  `SELECT count("Order"."id") AS "count" FROM "orders" AS "Order" WHERE ("Order"."deleted_at" IS NULL AND "Order"."user_id" = $1);`,
  [1],
);
p(
  'keyset pagination on row comparison',
  `select "id", "total" from "orders" where ("total", "id") < ($1, $2) order by "total" desc, "id" desc limit $3`,
  ['20.00', 1, 2],
);
p('limit and offset as strings', `select "id" from "orders" order by "id" limit $1 offset $2`, ['2', '1']);
p(
  'count(*) over() window page',
  `select "id", count(*) over() as "total_count" from "orders" order by "id" limit $1`,
  [2],
);

// ---------------------------------------------------------------- locking claims
s('skip locked claim then update', [
  'BEGIN',
  withParams(
    `select "id", "payload" from "jobs" where "queue" = $1 and "locked_by" is null order by "run_at" asc nulls last, "id" limit $2 for update skip locked`,
    'default',
    1,
  ),
  withParams(
    `update "jobs" set "locked_by" = $1, "attempts" = "attempts" + 1 where "id" = $2 returning "id", "attempts"`,
    'w1',
    1,
  ),
  'COMMIT',
]);
p(
  'update with skip locked subquery',
  `UPDATE "jobs" SET "locked_by" = $1 WHERE "id" = (SELECT "id" FROM "jobs" WHERE "locked_by" IS NULL AND "queue" = $2 ORDER BY "id" LIMIT 1 FOR UPDATE SKIP LOCKED) RETURNING "id", "queue"`,
  ['w2', 'mail'],
);
p(
  'update with skip locked in ctid-free cte',
  `with "next" as (select "id" from "jobs" where "locked_by" is null order by "id" limit $1 for update skip locked) update "jobs" set "locked_by" = $2 from "next" where "jobs"."id" = "next"."id" returning "jobs"."id"`,
  [2, 'w3'],
);
p(
  'for no key update of table alias',
  `SELECT "Job"."id" FROM "jobs" AS "Job" WHERE "Job"."id" = $1 FOR NO KEY UPDATE OF "Job" NOWAIT`,
  [1],
);
p(
  'for update with left join nullable side refused',
  `select "u"."id" from "users" "u" left join "orders" "o" on "o"."user_id" = "u"."id" for update`,
  [],
);

// ---------------------------------------------------------------- JSON filters
p(
  'sequelize json path #>>',
  `SELECT "id" FROM "orders" AS "Order" WHERE ("Order"."meta"#>>'{source}') = 'web' ORDER BY "id";`,
  [],
);
p(
  'prisma json path equals',
  `SELECT "public"."orders"."id" FROM "public"."orders" WHERE ("public"."orders"."meta"#>ARRAY[$1]::text[])::jsonb::jsonb = $2 ORDER BY "public"."orders"."id"`,
  ['source', '"web"'],
);
p(
  'prisma json path number gt',
  `SELECT "public"."orders"."id" FROM "public"."orders" WHERE (("public"."orders"."meta"#>ARRAY[$1]::text[])::jsonb::jsonb > $2 AND JSONB_TYPEOF(("public"."orders"."meta"#>ARRAY[$3]::text[])::jsonb::jsonb) = 'number')`,
  ['n', '1', 'n'],
);
p('jsonb contains param', `select "id" from "orders" where "meta" @> $1 order by "id"`, ['{"source":"web"}']);
p('jsonb ->> param key', `select "id", "meta" ->> $1 as "v" from "orders" where "meta" ? $1 order by "id"`, [
  'coupon',
]);
p('jsonb key exists any', `select "id" from "users" where "settings" ?| $1 order by "id"`, [
  ['beta', 'theme'],
]);
p(
  'typeorm json ->> compare',
  `SELECT "User"."id" FROM "users" "User" WHERE "User"."settings" ->> 'theme' = $1`,
  ['dark'],
);
p('json param not json', `select "id" from "orders" where "meta" @> $1`, ['{source:web}']);

// ---------------------------------------------------------------- optimistic lock, soft delete
p(
  'optimistic version update',
  `UPDATE "orders" SET "total" = $1, "version" = "version" + 1 WHERE "id" = $2 AND "version" = $3 RETURNING "version"`,
  ['21.00', 1, 1],
);
p(
  'optimistic version stale',
  `UPDATE "orders" SET "total" = $1, "version" = "version" + 1 WHERE "id" = $2 AND "version" = $3 RETURNING "version"`,
  ['21.00', 1, 7],
);
p(
  'soft delete sets timestamp',
  `UPDATE "orders" SET "deleted_at" = $1 WHERE "id" IN ($2) AND "deleted_at" IS NULL RETURNING "id", "deleted_at"`,
  ['2024-06-01 08:30:00.123456', 2],
);

// ---------------------------------------------------------------- transactions with savepoints
s('typeorm nested savepoints', [
  'START TRANSACTION',
  withParams(`INSERT INTO "users"("email") VALUES ($1) RETURNING "id"`, 'n1@example.com'),
  'SAVEPOINT typeorm_1',
  withParams(`INSERT INTO "users"("email") VALUES ($1)`, 'n2@example.com'),
  'SAVEPOINT typeorm_2',
  withParams(`INSERT INTO "users"("email") VALUES ($1)`, 'n3@example.com'),
  'ROLLBACK TO SAVEPOINT typeorm_2',
  'RELEASE SAVEPOINT typeorm_1',
  'COMMIT',
  `SELECT "email" FROM "users" WHERE "email" LIKE 'n%' ORDER BY "email"`,
]);
s('typeorm error inside savepoint then rollback to it', [
  'START TRANSACTION',
  'SAVEPOINT typeorm_1',
  withParams(`INSERT INTO "users"("email") VALUES ($1)`, 'ann@example.com'),
  `SELECT 1`,
  'ROLLBACK TO SAVEPOINT typeorm_1',
  withParams(`INSERT INTO "users"("email") VALUES ($1) RETURNING "email"`, 'ok@example.com'),
  'COMMIT',
  `SELECT count(*) FROM "users"`,
]);
s('release savepoint after error fails', [
  'BEGIN',
  'savepoint sp1',
  `insert into "users" ("email") values ('bob@example.com')`,
  'release savepoint sp1',
  'rollback',
]);
s('drizzle savepoint rollback', [
  'begin',
  'savepoint sp1',
  `update "orders" set "total" = 0 where "id" = 1`,
  'rollback to savepoint sp1',
  'release savepoint sp1',
  'commit',
  `select "total" from "orders" where "id" = 1`,
]);
s('knex savepoint trx2', [
  'BEGIN;',
  'SAVEPOINT trx2;',
  `delete from "order_items" where "order_id" = 1`,
  'ROLLBACK TO SAVEPOINT trx2',
  'RELEASE SAVEPOINT trx2;',
  'COMMIT;',
  `select count(*) from "order_items"`,
]);
s('sequelize quoted savepoint name', [
  'START TRANSACTION;',
  'SAVEPOINT "6f1b3a2e-sp-1";',
  `UPDATE "users" SET "name"='Z' WHERE "id" = 3`,
  'ROLLBACK TO SAVEPOINT "6f1b3a2e-sp-1";',
  'COMMIT;',
  `SELECT "name" FROM "users" WHERE "id" = 3`,
]);
s('rollback to unknown savepoint', [
  'BEGIN',
  'SAVEPOINT typeorm_1',
  'ROLLBACK TO SAVEPOINT typeorm_2',
  'ROLLBACK',
]);
s('savepoint outside transaction', ['SAVEPOINT typeorm_1']);
s('savepoint name reused rolls back to latest', [
  'BEGIN',
  'SAVEPOINT sp_1',
  `INSERT INTO "users"("email") VALUES ('r1@example.com')`,
  'SAVEPOINT sp_1',
  `INSERT INTO "users"("email") VALUES ('r2@example.com')`,
  'ROLLBACK TO SAVEPOINT sp_1',
  'COMMIT',
  `SELECT "email" FROM "users" WHERE "email" LIKE 'r%' ORDER BY 1`,
]);
s('deferred isolation set after begin', [
  'START TRANSACTION',
  'SET TRANSACTION ISOLATION LEVEL SERIALIZABLE',
  `SELECT current_setting('transaction_isolation') AS iso`,
  'COMMIT',
]);
s('set transaction isolation after a query fails', [
  'START TRANSACTION',
  'SELECT 1',
  'SET TRANSACTION ISOLATION LEVEL REPEATABLE READ',
  'ROLLBACK',
]);

export default list.cases;
