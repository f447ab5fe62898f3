// Round 17 ORM probe, Kysely, Knex and Objection (which builds on Knex): their PostgreSQL compilers'
// output (lower-case keywords, every identifier quoted, `$n` placeholders, `returning *`), Kysely's
// json helpers (jsonArrayFrom / jsonObjectFrom / jsonBuildObject), its migrator's kysely_migration and
// kysely_migration_lock tables and pg_advisory_xact_lock, Knex's knex_migrations / knex_migrations_lock
// and hasTable / hasColumn queries, and Objection's eager loading shapes.
import { ProbeCases, withParams } from '../probe-kit.js';
import { SHOP, SHOP_DATA } from './orm-schema.js';

const list = new ProbeCases('r17 orm ');
const p = (name: string, sql: string, params: readonly unknown[], setup = SHOP_DATA) =>
  list.params(name, sql, params, setup);
const s = (name: string, steps: Parameters<ProbeCases['add']>[1], setup = SHOP_DATA) =>
  list.add(name, steps, setup);

// ---------------------------------------------------------------- Kysely queries
p('kysely selectAll where', `select * from "person" where "id" = $1`, [1]);
p(
  'kysely select columns aliased',
  `select "first_name" as "first", "last_name" as "last" from "person" where "gender" = $1 order by "id"`,
  ['male'],
);
p(
  'kysely innerJoin with table prefix',
  `select "person"."first_name", "pet"."name" as "pet_name" from "person" inner join "pet" on "pet"."owner_id" = "person"."id" where "person"."id" = $1 order by "pet"."name"`,
  [1],
);
p(
  'kysely leftJoin count groupBy',
  `select "person"."id", count("pet"."id") as "pet_count" from "person" left join "pet" on "pet"."owner_id" = "person"."id" group by "person"."id" order by "person"."id"`,
  [],
);
p(
  'kysely having',
  `select "owner_id", count("id") as "n" from "pet" group by "owner_id" having count("id") > $1`,
  [1],
);
p('kysely where in', `select "id" from "person" where "first_name" in ($1, $2, $3) order by "id"`, [
  'Jennifer',
  'Arnold',
  'Nobody',
]);
p('kysely where is null', `select "id" from "person" where "last_name" is null`, []);
p('kysely where is not', `select "id" from "person" where "age" is not null order by "id"`, []);
p('kysely or expression', `select "id" from "person" where ("first_name" = $1 or "age" > $2) order by "id"`, [
  'Sylvester',
  60,
]);
p(
  'kysely and or nested',
  `select "id" from "person" where ("gender" = $1 and ("age" < $2 or "age" is null)) order by "id"`,
  ['male', 70],
);
p('kysely ilike', `select "id" from "person" where "first_name" ilike $1 order by "id"`, ['%ER%']);
p('kysely not ilike unicode', `select "id" from "person" where "last_name" ilike $1`, ['%ü%']);
p('kysely like escape', `select "id" from "person" where "first_name" like $1 escape '!'`, ['J!%%']);
p('kysely regex match', `select "id" from "person" where "first_name" ~ $1 order by "id"`, ['^[A-J]']);
p('kysely regex insensitive', `select "id" from "person" where "first_name" ~* $1 order by "id"`, ['^s']);
p('kysely between', `select "id" from "person" where "age" between $1 and $2 order by "id"`, [30, 60]);
p(
  'kysely between symmetric',
  `select "id" from "person" where "age" between symmetric $1 and $2 order by "id"`,
  [60, 30],
);
p('kysely orderBy desc nulls last', `select "id", "age" from "person" order by "age" desc nulls last`, []);
p('kysely limit offset', `select "id" from "person" order by "id" limit $1 offset $2`, [2, 1]);
p('kysely countAll', `select count(*) as "n" from "person"`, []);
p('kysely count distinct', `select count(distinct "owner_id") as "owners" from "pet"`, []);
p('kysely fn max coalesce', `select coalesce(max("age"), 0) as "oldest" from "person" where "gender" = $1`, [
  'nobody',
]);
p(
  'kysely fn agg array_agg ordered',
  `select "owner_id", array_agg("name" order by "name") as "names" from "pet" group by "owner_id" order by "owner_id"`,
  [],
);
p('kysely fn agg string_agg', `select string_agg("name", ', ' order by "id") as "names" from "pet"`, []);
p(
  'kysely case when',
  `select "id", case when "age" >= $1 then $2 when "age" is null then $3 else $4 end as "bucket" from "person" order by "id"`,
  [60, 'senior', 'unknown', 'adult'],
);
p('kysely cast as text', `select cast("age" as text) as "age_text" from "person" order by "id"`, []);
p('kysely nullif', `select nullif("last_name", 'Aniston') as "ln" from "person" order by "id"`, []);
p(
  'kysely jsonArrayFrom',
  `select "person"."id", (select coalesce(json_agg(agg), '[]') from (select "pet"."id", "pet"."name" from "pet" where "pet"."owner_id" = "person"."id" order by "pet"."name") as agg) as "pets" from "person" order by "person"."id"`,
  [],
);
p(
  'kysely jsonObjectFrom',
  `select "pet"."name", (select to_json(obj) from (select "person"."id", "person"."first_name" from "person" where "person"."id" = "pet"."owner_id") as obj) as "owner" from "pet" order by "pet"."id"`,
  [],
);
p(
  'kysely jsonBuildObject',
  `select json_build_object('first', "first_name", 'last', "last_name", 'age', "age") as "name" from "person" order by "id"`,
  [],
);
p(
  'kysely jsonArrayFrom nested numeric',
  `select "pet"."id", (select coalesce(json_agg(agg), '[]') from (select "toy"."name", "toy"."price" from "toy" where "toy"."pet_id" = "pet"."id" order by "toy"."id") as agg) as "toys" from "pet" order by "pet"."id"`,
  [],
);
p(
  'kysely jsonb_agg variant',
  `select "person"."id", (select coalesce(jsonb_agg(agg), '[]') from (select "pet"."name", "pet"."tags" from "pet" where "pet"."owner_id" = "person"."id" order by "pet"."id") as agg) as "pets" from "person" order by "person"."id"`,
  [],
);
p(
  'kysely to_json timestamptz',
  `select (select to_json(obj) from (select "created_at" from "person" where "id" = $1) as obj) as "o"`,
  [1],
);
p(
  'kysely where exists',
  `select "id" from "person" where exists (select 1 from "pet" where "pet"."owner_id" = "person"."id" and "pet"."species" = $1) order by "id"`,
  ['cat'],
);
p(
  'kysely where in subquery',
  `select "id" from "person" where "id" in (select "owner_id" from "pet" where "species" = $1) order by "id"`,
  ['dog'],
);
p(
  'kysely where not in subquery with null',
  `select "id" from "toy" where "pet_id" not in (select "id" from "pet" where "species" = $1)`,
  ['dog'],
);
p(
  'kysely with cte',
  `with "adults" as (select "id", "first_name" from "person" where "age" >= $1) select "first_name" from "adults" order by "id"`,
  [18],
);
p(
  'kysely with recursive',
  `with recursive "n"("v") as (select 1 union all select "v" + 1 from "n" where "v" < $1) select sum("v") as "s" from "n"`,
  [10],
);
p(
  'kysely distinctOn',
  `select distinct on ("owner_id") "owner_id", "name" from "pet" order by "owner_id", "name"`,
  [],
);
p(
  'kysely selectFrom values',
  `select "v"."a", "v"."b" from (values ($1::int, $2::text), ($3::int, $4::text)) as "v"("a", "b") order by "v"."a"`,
  [2, 'two', 1, 'one'],
);
p(
  'kysely insertInto returning id',
  `insert into "person" ("first_name", "gender", "age") values ($1, $2, $3) returning "id"`,
  ['Kyle', 'male', 33],
);
p(
  'kysely insertInto returningAll',
  `insert into "pet" ("name", "owner_id", "species") values ($1, $2, $3) returning *`,
  ['Neo', 2, 'cat'],
);
p(
  'kysely insert multiple missing keys default',
  `insert into "pet" ("name", "owner_id", "species", "tags") values ($1, $2, $3, default), ($4, $5, $6, $7) returning "id", "tags"`,
  ['A', 1, 'x', 'B', 1, 'y', ['t1', 't2']],
);
p(
  'kysely onConflict doNothing returning',
  `insert into "pet" ("id", "name", "owner_id", "species") values ($1, $2, $3, $4) on conflict ("id") do nothing returning "id"`,
  [1, 'dup', 1, 'cat'],
);
p(
  'kysely onConflict doNothing inserts',
  `insert into "pet" ("id", "name", "owner_id", "species") values ($1, $2, $3, $4) on conflict ("id") do nothing returning "id", "name"`,
  [50, 'fresh', 1, 'cat'],
);
p(
  'kysely onConflict doUpdateSet excluded',
  `insert into "pet" ("id", "name", "owner_id", "species") values ($1, $2, $3, $4) on conflict ("id") do update set "name" = excluded."name" returning "id", "name"`,
  [1, 'Catto II', 1, 'cat'],
);
p(
  'kysely onConflict on constraint',
  `insert into "pet" ("id", "name", "owner_id", "species") values ($1, $2, $3, $4) on conflict on constraint "pet_pkey" do update set "species" = excluded."species" returning "species"`,
  [2, 'Doggo', 1, 'wolf'],
);
p(
  'kysely onConflict where',
  `insert into "pet" ("id", "name", "owner_id", "species") values ($1, $2, $3, $4) on conflict ("id") do update set "name" = excluded."name" where "pet"."species" = $5 returning "name"`,
  [2, 'renamed', 1, 'dog', 'cat'],
);
p(
  'kysely insert select',
  `insert into "pet" ("name", "owner_id", "species") select "first_name", "id", $1 from "person" where "age" is null returning "name"`,
  ['ghost'],
);
p('kysely insert defaultValues', `insert into "toy" default values returning "id", "name"`, []);
p(
  'kysely updateTable expression',
  `update "person" set "age" = "age" + $1 where "id" = $2 returning "age"`,
  [1, 1],
);
p(
  'kysely updateTable null arithmetic',
  `update "person" set "age" = "age" + $1 where "id" = $2 returning "age"`,
  [1, 3],
);
p(
  'kysely updateTable from',
  `update "pet" set "name" = "person"."first_name" || '''s pet' from "person" where "person"."id" = "pet"."owner_id" and "person"."id" = $1 returning "pet"."name"`,
  [2],
);
p('kysely deleteFrom returning', `delete from "toy" where "price" < $1 returning "name"`, ['2']);
p(
  'kysely deleteFrom using',
  `delete from "pet" using "person" where "pet"."owner_id" = "person"."id" and "person"."first_name" = $1 returning "pet"."id"`,
  ['Arnold'],
);
p(
  'kysely mergeInto',
  `merge into "person" using (select $1::text as "first_name") as "src" on "person"."first_name" = "src"."first_name" when matched then update set "age" = 1 when not matched then insert ("first_name", "gender") values ("src"."first_name", 'x')`,
  ['Arnold'],
);
p(
  'kysely forUpdate skipLocked',
  `select "id" from "pet" where "species" = $1 order by "id" limit $2 for update skip locked`,
  ['cat', 1],
);
p('kysely forNoKeyUpdate nowait', `select "id" from "pet" where "id" = $1 for no key update nowait`, [1]);
p('kysely param uuid cast', `select $1::uuid as "u"`, ['A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11']);
p(
  'kysely param text array any',
  `select "id" from "person" where "first_name" = any($1::text[]) order by "id"`,
  [['Arnold', 'Zoë']],
);
p('kysely param int array any', `select "id" from "pet" where "owner_id" = any($1::int[]) order by "id"`, [
  [1, 4],
]);
p('kysely param empty array any', `select "id" from "pet" where "owner_id" = any($1::int[])`, [[]]);
p('kysely array contains', `select "id" from "pet" where "tags" @> $1 order by "id"`, [['cute']]);
p('kysely array overlap', `select "id" from "pet" where "tags" && $1::text[] order by "id"`, [['loud', 'x']]);
p('kysely array cardinality', `select "id", cardinality("tags") as "n" from "pet" order by "id"`, []);
p('kysely numeric sum as string', `select sum("price") as "total", avg("price") as "mean" from "toy"`, []);
p('kysely numeric round avg', `select round(avg("price"), 2) as "mean" from "toy"`, []);
p('kysely timestamptz compare param', `select "id" from "person" where "created_at" >= $1 order by "id"`, [
  '2024-01-03T00:00:00.000Z',
]);
p(
  'kysely date_trunc group',
  `select date_trunc('day', "created_at") as "day", count(*) as "n" from "person" group by 1 order by 1`,
  [],
);
s('kysely transaction commit', [
  'begin',
  withParams(`insert into "person" ("first_name", "gender") values ($1, $2) returning "id"`, 'T', 'x'),
  'commit',
  `select count(*) as "n" from "person"`,
]);
s('kysely transaction rollback', [
  'begin',
  withParams(`delete from "toy"`),
  'rollback',
  `select count(*) as "n" from "toy"`,
]);

// ---------------------------------------------------------------- Kysely migrator
const KY_TABLES = [
  `create table if not exists "kysely_migration" ("name" varchar(255) not null primary key, "timestamp" varchar(255) not null)`,
  `create table if not exists "kysely_migration_lock" ("id" varchar(255) not null primary key, "is_locked" integer default 0 not null)`,
];
list.add('kysely migrator create tables', [
  ...KY_TABLES,
  ...KY_TABLES,
  `select count(*) as "n" from "kysely_migration"`,
]);
list.add('kysely migrator lock row', [
  ...KY_TABLES,
  withParams(`select "id" from "kysely_migration_lock" where "id" = $1`, 'migration_lock'),
  withParams(
    `insert into "kysely_migration_lock" ("id", "is_locked") values ($1, $2) on conflict ("id") do nothing`,
    'migration_lock',
    0,
  ),
  withParams(
    `insert into "kysely_migration_lock" ("id", "is_locked") values ($1, $2) on conflict ("id") do nothing`,
    'migration_lock',
    0,
  ),
  `select "id", "is_locked" from "kysely_migration_lock"`,
]);
list.add('kysely migrator advisory xact lock', [
  'begin',
  `select pg_advisory_xact_lock(3853314791062309107)`,
  `select count(*) as "held" from pg_locks where locktype = 'advisory'`,
  'commit',
  `select count(*) as "held" from pg_locks where locktype = 'advisory'`,
]);
list.add('kysely migrator run', [
  ...KY_TABLES,
  'begin',
  `select pg_advisory_xact_lock(3853314791062309107)`,
  `select "name", "timestamp" from "kysely_migration" order by "timestamp", "name"`,
  `create table "item" ("id" serial primary key, "label" text not null)`,
  withParams(
    `insert into "kysely_migration" ("name", "timestamp") values ($1, $2)`,
    '2024_01_01_init',
    '2024-06-01T10:00:00.000Z',
  ),
  'commit',
  `select "name", "timestamp" from "kysely_migration" order by "timestamp", "name"`,
]);
list.add('kysely migrator duplicate name', [
  ...KY_TABLES,
  withParams(`insert into "kysely_migration" ("name", "timestamp") values ($1, $2)`, 'a', 't'),
  withParams(`insert into "kysely_migration" ("name", "timestamp") values ($1, $2)`, 'a', 't2'),
]);
list.add('kysely migrator delete on down', [
  ...KY_TABLES,
  withParams(
    `insert into "kysely_migration" ("name", "timestamp") values ($1, $2), ($3, $4)`,
    'a',
    '1',
    'b',
    '2',
  ),
  withParams(`delete from "kysely_migration" where "name" = $1`, 'b'),
  `select "name" from "kysely_migration"`,
]);
list.add('kysely schema createTable addColumn', [
  `create table "account" ("id" serial primary key, "email" varchar(255) not null unique, "balance" numeric(12, 2) default 0 not null, "created_at" timestamptz default now() not null, "meta" jsonb)`,
  `create index "account_email_idx" on "account" ("email")`,
  `alter table "account" add column "nick" text`,
  `alter table "account" alter column "nick" set default 'anon'`,
  `alter table "account" rename column "nick" to "nickname"`,
  `insert into "account" ("email") values ('a@b.c') returning "balance", "nickname", "meta"`,
]);
list.add('kysely schema createTable foreign key named', [
  `create table "a" ("id" integer primary key)`,
  `create table "b" ("id" integer primary key, "a_id" integer, constraint "b_a_id_fk" foreign key ("a_id") references "a" ("id") on delete cascade)`,
  `insert into "b" values (1, 5)`,
]);
list.add('kysely schema createType enum', [
  `create type "mood" as enum ('happy', 'sad')`,
  `create table "m" ("v" "mood" not null)`,
  `insert into "m" values ('happy'), ('sad')`,
  `select "v" from "m" order by "v" desc`,
]);
list.add(
  'kysely introspection tables',
  [
    `select "a"."attname" as "column", "a"."attnotnull" as "not_null", "a"."atthasdef" as "has_default", "c"."relname" as "table", "c"."relkind" as "table_type", "ns"."nspname" as "schema", "typ"."typname" as "type", "dtns"."nspname" as "type_schema", col_description(a.attrelid, a.attnum) as "column_description", pg_get_serial_sequence(quote_ident(ns.nspname) || '.' || quote_ident(c.relname), a.attname) as "auto_incrementing" from "pg_catalog"."pg_attribute" as "a" inner join "pg_catalog"."pg_class" as "c" on "a"."attrelid" = "c"."oid" inner join "pg_catalog"."pg_namespace" as "ns" on "c"."relnamespace" = "ns"."oid" inner join "pg_catalog"."pg_type" as "typ" on "a"."atttypid" = "typ"."oid" inner join "pg_catalog"."pg_namespace" as "dtns" on "typ"."typnamespace" = "dtns"."oid" where "c"."relkind" in ('r', 'v', 'p') and "ns"."nspname" !~ '^pg_' and "ns"."nspname" != 'information_schema' and "ns"."nspname" != 'crdb_internal' and has_schema_privilege("ns"."nspname", 'USAGE') and "a"."attnum" >= 0 and "a"."attisdropped" != true and "c"."relname" != 'kysely_migration' and "c"."relname" != 'kysely_migration_lock' order by "ns"."nspname", "c"."relname", "a"."attnum"`,
  ],
  SHOP,
);
list.add('kysely introspection schemas', [
  `select "nspname" from "pg_catalog"."pg_namespace" where "nspname" !~ '^pg_' and "nspname" != 'information_schema' order by "nspname"`,
]);

// ---------------------------------------------------------------- Knex queries
const many = Array.from({ length: 120 }, (_unused, i) => i + 1);
p('knex first', `select * from "person" where "id" = $1 limit $2`, [2, 1]);
p(
  'knex whereIn 120 params',
  `select "id" from "pet" where "id" in (${many.map((_v, i) => `$${i + 1}`).join(', ')}) order by "id"`,
  many,
);
p(
  'knex whereIn text many',
  `select "id" from "person" where "first_name" in (${many.map((_v, i) => `$${i + 1}`).join(', ')}) order by "id"`,
  many.map((n) => (n === 7 ? 'Arnold' : `name${n}`)),
);
p('knex whereNotIn', `select "id" from "person" where "id" not in ($1, $2) order by "id"`, [1, 2]);
p('knex whereNull', `select "id" from "person" where "age" is null`, []);
p('knex orWhere', `select "id" from "person" where "id" = $1 or "first_name" = $2 order by "id"`, [1, 'Zoë']);
p('knex whereBetween', `select "id" from "person" where "age" between $1 and $2 order by "id"`, [50, 80]);
p('knex whereILike', `select "id" from "person" where "first_name" ilike $1 order by "id"`, ['j%']);
p('knex whereRaw', `select "id" from "person" where lower(first_name) = $1`, ['arnold']);
p(
  'knex whereExists',
  `select * from "person" where exists (select * from "pet" where pet.owner_id = person.id and "species" = $1) order by "id"`,
  ['hamster'],
);
p('knex whereJsonObject', `select "id" from "pet" where to_jsonb("tags") @> $1::jsonb order by "id"`, [
  '["cute"]',
]);
p('knex count as', `select count("id") as "n" from "pet"`, []);
p('knex countDistinct', `select count(distinct "species") as "species" from "pet"`, []);
p(
  'knex sum min max avg',
  `select sum("age") as "s", min("age") as "mn", max("age") as "mx", avg("age") as "av" from "person"`,
  [],
);
p('knex pluck', `select "first_name" from "person" order by "id" asc`, []);
p('knex orderBy multiple', `select "id" from "pet" order by "species" asc, "name" desc`, []);
p('knex orderBy nulls first', `select "id" from "person" order by "age" asc nulls first`, []);
p(
  'knex groupBy having raw',
  `select "species", count(*) as "n" from "pet" group by "species" having count(*) > 1`,
  [],
);
p(
  'knex join alias',
  `select "p"."first_name", "pt"."name" from "person" as "p" inner join "pet" as "pt" on "pt"."owner_id" = "p"."id" where "p"."gender" = $1 order by "pt"."id"`,
  ['female'],
);
p(
  'knex leftOuterJoin',
  `select "person"."id", "pet"."name" from "person" left outer join "pet" on "person"."id" = "pet"."owner_id" order by "person"."id", "pet"."name"`,
  [],
);
p(
  'knex crossJoin limit',
  `select "person"."id" as "a", "pet"."id" as "b" from "person" cross join "pet" order by 1, 2 limit $1`,
  [3],
);
p(
  'knex union',
  `select "first_name" as "n" from "person" union select "name" from "pet" order by "n" asc`,
  [],
);
p(
  'knex union all wrapped',
  `select "id" from "person" where "id" = $1 union all select "id" from "pet" where "id" = $2`,
  [1, 1],
);
p(
  'knex with',
  `with "cats" as (select * from "pet" where "species" = $1) select "name" from "cats" order by "name"`,
  ['cat'],
);
p(
  'knex insert returning star',
  `insert into "person" ("age", "created_at", "first_name", "gender") values ($1, $2, $3, $4) returning *`,
  [20, '2024-05-05T05:05:05.555Z', 'Knex', 'x'],
);
p(
  'knex insert returning columns',
  `insert into "person" ("first_name", "gender") values ($1, $2) returning "id", "first_name"`,
  ['Ret', 'y'],
);
p(
  'knex insert multi returning',
  `insert into "toy" ("name", "pet_id", "price") values ($1, $2, $3), ($4, DEFAULT, $5) returning "id", "pet_id", "price"`,
  ['a', 1, '1.5', 'b', 2],
);
p(
  'knex insert undefined becomes DEFAULT',
  `insert into "toy" ("name", "pet_id", "price") values ($1, DEFAULT, DEFAULT) returning "price"`,
  ['c'],
);
p(
  'knex onConflict merge',
  `insert into "pet" ("id", "name", "owner_id", "species") values ($1, $2, $3, $4) on conflict ("id") do update set "id" = excluded."id", "name" = excluded."name", "owner_id" = excluded."owner_id", "species" = excluded."species" returning *`,
  [3, 'Hammy', 2, 'hamster'],
);
p(
  'knex onConflict merge columns',
  `insert into "pet" ("id", "name", "owner_id", "species") values ($1, $2, $3, $4) on conflict ("id") do update set "name" = excluded."name" returning "id", "name", "species"`,
  [4, 'Fluff', 4, 'dog'],
);
p(
  'knex onConflict merge object',
  `insert into "pet" ("id", "name", "owner_id", "species") values ($1, $2, $3, $4) on conflict ("id") do update set "name" = $5 returning "name"`,
  [1, 'x', 1, 'cat', 'merged'],
);
p(
  'knex onConflict merge where',
  `insert into "toy" ("id", "name", "price") values ($1, $2, $3) on conflict ("id") do update set "price" = excluded."price" where "toy"."price" < excluded."price" returning "id", "price"`,
  [1, 'ball', '2.00'],
);
p(
  'knex onConflict ignore',
  `insert into "pet" ("id", "name", "owner_id", "species") values ($1, $2, $3, $4) on conflict ("id") do nothing returning *`,
  [1, 'x', 1, 'cat'],
);
p(
  'knex onConflict multi-row merge',
  `insert into "pet" ("id", "name", "owner_id", "species") values ($1, $2, $3, $4), ($5, $6, $7, $8) on conflict ("id") do update set "name" = excluded."name" returning "id", "name"`,
  [1, 'one', 1, 'cat', 60, 'sixty', 2, 'dog'],
);
p('knex update returning star', `update "person" set "last_name" = $1 where "id" = $2 returning *`, [
  'Stallone',
  3,
]);
p('knex increment', `update "toy" set "price" = "price" + $1 where "id" = $2 returning "price"`, [0.25, 1]);
p('knex decrement', `update "person" set "age" = "age" - $1 where "id" = $2 returning "age"`, [5, 2]);
p(
  'knex update with updated_at now',
  `update "person" set "first_name" = $1, "created_at" = CURRENT_TIMESTAMP where "id" = $2 returning "id"`,
  ['J', 1],
);
p('knex del', `delete from "toy" where "pet_id" is null`, []);
p('knex del returning', `delete from "pet" where "id" = $1 returning *`, [3]);
s('knex del cascade and set null', [
  withParams(`delete from "person" where "id" = $1`, 1),
  `select "id", "pet_id" from "toy" order by "id"`,
]);
s('knex truncate', [
  `truncate "toy" restart identity`,
  `insert into "toy" ("name") values ('n') returning "id"`,
]);
s('knex truncate fk fails', [`truncate "person"`]);
s('knex truncate cascade', [
  `truncate "person" restart identity cascade`,
  `select (select count(*) from "pet") as "pets", (select count(*) from "toy") as "toys"`,
]);
p('knex forUpdate', `select * from "pet" where "id" = $1 for update`, [2]);
p('knex forShare', `select "id" from "pet" where "id" = $1 for share`, [2]);
p('knex raw ?? binding', `select "first_name" from "person" where "id" = $1`, [4]);
p(
  'knex raw jsonb build',
  `select jsonb_build_object('id', "id", 'tags', "tags") as "j" from "pet" order by "id"`,
  [],
);
p('knex date param', `select "id" from "person" where "created_at" < $1 order by "id"`, [
  '2024-01-02T00:00:00.000Z',
]);
p('knex bigint count string', `select count(*) from "person"`, []);
p('knex distinct', `select distinct "species" from "pet" order by "species" asc`, []);
p('knex offset only', `select "id" from "person" order by "id" asc offset $1`, [3]);
p('knex limit zero', `select "id" from "person" order by "id" limit $1`, [0]);
p(
  'knex schema hasTable',
  `select * from information_schema.tables where table_name = $1 and table_schema = current_schema()`.replace(
    'select *',
    'select table_name, table_schema, table_type',
  ),
  ['person'],
);
p(
  'knex schema hasTable missing',
  `select table_name from information_schema.tables where table_name = $1 and table_schema = current_schema()`,
  ['knex_migrations'],
);
p(
  'knex schema hasColumn',
  `select column_name, data_type from information_schema.columns where table_name = $1 and column_name = $2 and table_schema = current_schema()`,
  ['pet', 'tags'],
);
p(
  'knex columnInfo',
  `select column_name, data_type, character_maximum_length, is_nullable, column_default from information_schema.columns where table_name = $1 and table_catalog = current_database() and table_schema = current_schema() order by ordinal_position`,
  ['person'],
);
list.add('knex schema createTable', [
  `create table "users" ("id" bigserial primary key, "email" varchar(255) not null, "is_admin" boolean not null default '0', "meta" json, "created_at" timestamptz not null default CURRENT_TIMESTAMP, "updated_at" timestamptz not null default CURRENT_TIMESTAMP)`,
  `alter table "users" add constraint "users_email_unique" unique ("email")`,
  `create index "users_created_at_index" on "users" ("created_at")`,
  `insert into "users" ("email", "meta") values ('a@b.c', '{"x": [1, 2]}') returning "id", "is_admin", "meta"`,
]);
list.add('knex schema enu native', [
  `create type "order_status" as enum ('new', 'paid')`,
  `create table "orders" ("id" serial primary key, "status" "order_status" not null default 'new')`,
  `insert into "orders" default values returning "status"`,
]);
list.add('knex schema enu check constraint', [
  `create table "orders" ("id" serial primary key, "status" text check ("status" in ('new', 'paid')) not null default 'new')`,
  `insert into "orders" ("status") values ('lost')`,
]);
list.add('knex schema alter column type', [
  `create table "t" ("id" serial primary key, "n" integer)`,
  `alter table "t" alter column "n" drop default`,
  `alter table "t" alter column "n" drop not null`,
  `alter table "t" alter column "n" type bigint using ("n"::bigint)`,
  `insert into "t" ("n") values (9007199254740991) returning "n"`,
]);
list.add(
  'knex schema dropTableIfExists',
  [
    `drop table if exists "nope"`,
    `drop table if exists "person" cascade`,
    `select count(*) as "n" from "pet"`,
  ],
  SHOP_DATA,
);

// ---------------------------------------------------------------- Knex migrator
const KNEX_TABLES = [
  `create table "knex_migrations" ("id" serial primary key, "name" varchar(255), "batch" integer, "migration_time" timestamptz)`,
  `create table "knex_migrations_lock" ("index" serial primary key, "is_locked" integer)`,
];
list.add('knex migrator ensure tables', [
  withParams(
    `select * from information_schema.tables where table_name = $1 and table_schema = current_schema()`.replace(
      'select *',
      'select table_name',
    ),
    'knex_migrations',
  ),
  ...KNEX_TABLES,
  withParams(
    `select table_name from information_schema.tables where table_name = $1 and table_schema = current_schema()`,
    'knex_migrations_lock',
  ),
  `select * from "knex_migrations_lock"`,
  withParams(`insert into "knex_migrations_lock" ("is_locked") values ($1)`, 0),
  `select * from "knex_migrations_lock"`,
]);
list.add('knex migrator lock cycle', [
  ...KNEX_TABLES,
  withParams(`insert into "knex_migrations_lock" ("is_locked") values ($1)`, 0),
  'BEGIN',
  `select * from "knex_migrations_lock" for update`,
  withParams(`update "knex_migrations_lock" set "is_locked" = $1 where "is_locked" = $2`, 1, 0),
  'COMMIT',
  withParams(`update "knex_migrations_lock" set "is_locked" = $1 where "is_locked" = $2`, 1, 0),
  withParams(`update "knex_migrations_lock" set "is_locked" = $1`, 0),
  `select "is_locked" from "knex_migrations_lock"`,
]);
list.add('knex migrator batch', [
  ...KNEX_TABLES,
  `select "name" from "knex_migrations" order by "id" asc`,
  `select max("batch") as "max_batch" from "knex_migrations"`,
  withParams(
    `insert into "knex_migrations" ("batch", "migration_time", "name") values ($1, $2, $3)`,
    1,
    '2024-06-01T10:00:00.000Z',
    '20240101000000_init.js',
  ),
  withParams(
    `insert into "knex_migrations" ("batch", "migration_time", "name") values ($1, $2, $3)`,
    1,
    '2024-06-01T10:00:00.123Z',
    '20240102000000_more.js',
  ),
  `select max("batch") as "max_batch" from "knex_migrations"`,
  `select "name", "batch", "migration_time" from "knex_migrations" order by "id" asc`,
]);
list.add('knex migrator rollback last batch', [
  ...KNEX_TABLES,
  `insert into "knex_migrations" ("batch", "migration_time", "name") values (1, now(), 'a.js'), (2, now(), 'b.js'), (2, now(), 'c.js')`,
  `select * from "knex_migrations" where "batch" = (select max("batch") from "knex_migrations") order by "id" desc`.replace(
    'select *',
    'select "name"',
  ),
  withParams(`delete from "knex_migrations" where "name" = $1`, 'c.js'),
  `select "name" from "knex_migrations" order by "id"`,
]);

// ---------------------------------------------------------------- Objection
p('objection findById', `select "person".* from "person" where "person"."id" = $1`, [1]);
p('objection findById missing', `select "person".* from "person" where "person"."id" = $1`, [999]);
p(
  'objection withGraphFetched pets',
  `select "pet".* from "pet" where "pet"."owner_id" in ($1, $2, $3) order by "pet"."id"`,
  [1, 2, 3],
);
p(
  'objection withGraphJoined',
  `select "person"."id" as "id", "person"."first_name" as "first_name", "pets"."id" as "pets:id", "pets"."name" as "pets:name", "pets:toys"."name" as "pets:toys:name" from "person" left join "pet" as "pets" on "pets"."owner_id" = "person"."id" left join "toy" as "pets:toys" on "pets:toys"."pet_id" = "pets"."id" order by "person"."id", "pets"."id", "pets:toys"."id"`,
  [],
);
p(
  'objection relatedQuery count',
  `select "person".*, (select count(*) from "pet" as "pets" where "pets"."owner_id" = "person"."id") as "petCount" from "person" order by "person"."id"`,
  [],
);
p(
  'objection insertGraph returning',
  `insert into "person" ("first_name", "gender") values ($1, $2) returning "id"`,
  ['Graph', 'x'],
);
p(
  'objection patchAndFetchById',
  `update "person" set "age" = $1 where "person"."id" = $2 returning *`,
  [56, 1],
);
p(
  'objection page count',
  `select count(*) as "count" from (select "person".* from "person" where "gender" = $1) as "temp"`,
  ['male'],
);
p(
  'objection page results',
  `select "person".* from "person" where "gender" = $1 order by "id" asc limit $2`,
  ['male', 1],
);
p(
  'objection relate many',
  `update "toy" set "pet_id" = $1 where "toy"."id" in ($2, $3) returning "id", "pet_id"`,
  [4, 3, 4],
);
p('objection unrelate', `update "toy" set "pet_id" = NULL where "toy"."pet_id" = $1 returning "id"`, [1]);
p(
  'objection joinRelated',
  `select "person".* from "person" inner join "pet" as "pets" on "pets"."owner_id" = "person"."id" where "pets"."species" = $1 order by "person"."id"`,
  ['cat'],
);
p(
  'objection modifiers orderBy',
  `select "pet".* from "pet" where "pet"."owner_id" in ($1) order by "name" asc`,
  [1],
);

export default list.cases;
