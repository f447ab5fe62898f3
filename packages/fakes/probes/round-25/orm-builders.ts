// Round 25: builder-specific SQL: Drizzle's parenthesized set operations, empty inArray, $count and
// update ... from; Kysely's quoted "excluded" and expression helpers; Knex's first(), merge(),
// ignore(), increment() and JSON helpers (jsonb_path_query_first), each as the builder prints it.
import { ProbeCases, withParams as p } from '../probe-kit.js';

const S = `CREATE TABLE users (id serial PRIMARY KEY, name text NOT NULL, email text UNIQUE, city_id int, n int NOT NULL DEFAULT 0, meta jsonb, tags text[] NOT NULL DEFAULT '{}');
  CREATE TABLE cities (id serial PRIMARY KEY, name text NOT NULL);
  INSERT INTO cities (name) VALUES ('Oslo'), ('Lima');
  INSERT INTO users (name, email, city_id, n, meta, tags) VALUES ('Ann', 'a@x', 1, 3, '{"a": 1, "b": {"c": "x"}}', '{x,y}'), ('Bob', 'b@x', 2, 0, NULL, '{}'), ('Cid', NULL, NULL, 7, '{"a": 2}', '{y}');`;
const l = new ProbeCases('bld ');
const state = 'SELECT id, name, email, city_id, n, meta, tags FROM users ORDER BY id';
const q = (name: string, sql: string, ...params: unknown[]) =>
  l.add(name, [params.length ? p(sql, ...params) : sql, state], S);

// Drizzle.
q(
  'drizzle union parenthesized',
  '(select "id", "name" from "users" where "users"."n" > $1) union (select "id", "name" from "cities") order by "id" limit $2',
  1,
  10,
);
q(
  'drizzle union all parenthesized',
  '(select "name" from "users") union all (select "name" from "cities") order by "name"',
);
q('drizzle intersect parenthesized', '(select "id" from "users") intersect (select "id" from "cities")');
q('drizzle except parenthesized', '(select "id" from "users") except (select "id" from "cities")');
q(
  'drizzle union with inner limit',
  '(select "id" from "users" order by "id" desc limit $1) union all (select "id" from "cities" order by "id" limit $2) order by "id"',
  1,
  1,
);
q('drizzle inArray empty', 'select "id" from "users" where false');
q('drizzle notInArray empty', 'select "id" from "users" where true order by "id"');
q('drizzle inArray', 'select "id" from "users" where "users"."id" in ($1, $2) order by "id"', 1, 3);
q('drizzle $count', 'select count(*) from "users" where "users"."n" > $1', 0);
q(
  'drizzle $count as subquery',
  'select "id", (select count(*) from "users" where "users"."city_id" = "cities"."id") as "count" from "cities" order by "id"',
);
q(
  'drizzle count mapped',
  'select count(*) as "count", count(distinct "users"."city_id") as "cities", sum("users"."n") as "sum", avg("users"."n") as "avg" from "users"',
);
q(
  'drizzle update from',
  'update "users" set "name" = "cities"."name" from "cities" where "cities"."id" = "users"."city_id" returning "users"."id", "users"."name"',
);
q(
  'drizzle update from with param',
  'update "users" set "n" = $1 from "cities" where ("cities"."id" = "users"."city_id" and "cities"."name" = $2) returning "users"."id"',
  9,
  'Lima',
);
q('drizzle delete returning', 'delete from "users" where "users"."email" is null returning "id", "name"');
q('drizzle arrayContains', 'select "id" from "users" where "users"."tags" @> $1 order by "id"', ['y']);
q('drizzle arrayContained', 'select "id" from "users" where "users"."tags" <@ $1 order by "id"', ['x', 'y']);
q('drizzle arrayOverlaps', 'select "id" from "users" where "users"."tags" && $1 order by "id"', ['x', 'z']);
q(
  'drizzle selectDistinctOn',
  'select distinct on ("users"."city_id") "city_id", "id" from "users" order by "users"."city_id", "users"."id" desc',
);
q(
  'drizzle with',
  'with "sq" as (select "id", "name" from "users" where "users"."n" > $1) select "id" from "sq" order by "id"',
  0,
);
q(
  'drizzle for update skip locked',
  'select "id" from "users" where "users"."n" >= $1 order by "id" limit $2 for update skip locked',
  0,
  2,
);
q(
  'drizzle onConflictDoUpdate composite target',
  'insert into "users" ("id", "name") values ($1, $2) on conflict ("id") do update set "name" = excluded.name, "n" = "users"."n" + 1 returning "id", "n"',
  1,
  'A',
);
q('drizzle between', 'select "id" from "users" where "users"."n" between $1 and $2 order by "id"', 1, 7);
q(
  'drizzle not between',
  'select "id" from "users" where "users"."n" not between $1 and $2 order by "id"',
  1,
  5,
);
q('drizzle notIlike', 'select "id" from "users" where "users"."name" not ilike $1 order by "id"', 'a%');
q(
  'drizzle exists subquery',
  'select "id" from "cities" where exists (select "id" from "users" where "users"."city_id" = "cities"."id") order by "id"',
);
q('drizzle sql join in', 'select "id" from "users" where "id" in (1, 2) order by "id"');
q(
  'drizzle jsonb arrow',
  `select "id", "users"."meta"->>'a' as "a", "users"."meta"->'b'->>'c' as "c" from "users" order by "id"`,
);

// Kysely.
q(
  'kysely quoted excluded',
  'insert into "users" ("id", "name") values ($1, $2) on conflict ("id") do update set "name" = "excluded"."name" returning "id", "name"',
  2,
  'Bobby',
);
q(
  'kysely quoted excluded two columns',
  'insert into "users" ("email", "name", "n") values ($1, $2, $3) on conflict ("email") do update set "name" = "excluded"."name", "n" = "users"."n" + "excluded"."n" returning "id", "n"',
  'a@x',
  'A',
  10,
);
q(
  'kysely onConflict doNothing',
  'insert into "users" ("email", "name") values ($1, $2) on conflict ("email") do nothing returning "id"',
  'a@x',
  'A',
);
q('kysely where or', 'select "id" from "users" where ("name" = $1 or "n" > $2) order by "id"', 'Bob', 5);
q(
  'kysely where and nested',
  'select "id" from "users" where ("n" > $1 and ("city_id" = $2 or "city_id" is null)) order by "id"',
  0,
  1,
);
q('kysely in list', 'select * from "users" where "id" in ($1, $2, $3) order by "id"', 3, 1, 9);
q('kysely countAll', 'select count(*) as "count" from "users"');
q(
  'kysely fn agg array_agg',
  'select "city_id", array_agg("name") as "names" from "users" group by "city_id" order by "city_id"',
);
q('kysely coalesce', 'select coalesce("email", $1) as "email" from "users" order by "id"', 'none');
q(
  'kysely from two tables',
  'select "users"."id", "cities"."name" from "users", "cities" where "users"."city_id" = "cities"."id" order by "users"."id"',
);
q(
  'kysely inner join as',
  'select "u"."id", "c"."name" from "users" as "u" inner join "cities" as "c" on "c"."id" = "u"."city_id" order by "u"."id"',
);
q('kysely update returning', 'update "users" set "n" = "n" + $1 where "id" = $2 returning "id", "n"', 2, 1);
q('kysely delete', 'delete from "users" where "id" = $1', 2);
q(
  'kysely with materialized',
  'with "c" as materialized (select "id" from "cities") select "u"."id" from "users" as "u" where "u"."city_id" in (select "id" from "c") order by "u"."id"',
);
q('kysely selectNoFrom', 'select $1 as "one", now() is not null as "t"', 1);
q('kysely exists select', 'select exists (select 1 from "users" where "name" = $1) as "exists"', 'Ann');
q(
  'kysely case',
  `select "id", case when "n" > $1 then 'big' when "n" = $2 then 'zero' else 'small' end as "size" from "users" order by "id"`,
  5,
  0,
);

// Knex.
q('knex first', 'select * from "users" where "id" = $1 limit $2', 1, 1);
q('knex update returning id', 'update "users" set "name" = $1 where "id" = $2 returning "id"', 'X', 3);
q(
  'knex insert merge',
  'insert into "users" ("email", "name") values ($1, $2), ($3, $4) on conflict ("email") do update set "email" = excluded."email", "name" = excluded."name" returning "id", "name"',
  'a@x',
  'A2',
  'd@x',
  'D',
);
q(
  'knex insert merge columns',
  'insert into "users" ("email", "name", "n") values ($1, $2, $3) on conflict ("email") do update set "n" = excluded."n" returning "id", "name", "n"',
  'b@x',
  'ignored',
  4,
);
q(
  'knex insert ignore',
  'insert into "users" ("email", "name") values ($1, $2) on conflict ("email") do nothing returning "id"',
  'b@x',
  'B',
);
q('knex increment', 'update "users" set "n" = "n" + $1 where "id" = $2', 5, 2);
q('knex decrement', 'update "users" set "n" = "n" - $1 where "name" = $2', 1, 'Ann');
q('knex count as', 'select count(*) as "c" from "users"');
q('knex max as', 'select max("n") as "m", min("n") as "lo" from "users"');
q('knex del', 'delete from "users" where "n" = $1', 0);
q(
  'knex whereExists',
  'select * from "cities" where exists (select * from "users" where users.city_id = cities.id) order by "id"',
);
q('knex union', 'select "name" from "users" union select "name" from "cities" order by "name" asc');
q('knex orderBy nulls last', 'select "id" from "users" order by "city_id" desc nulls last');
q('knex orderBy nulls first', 'select "id" from "users" order by "city_id" asc nulls first');
q(
  'knex distinctOn',
  'select distinct on ("city_id") "city_id", "name" from "users" order by "city_id", "name"',
);
q('knex whereJsonObject', 'select "id" from "users" where "meta" = $1 order by "id"', { a: 2 });
q('knex whereJsonSupersetOf', 'select "id" from "users" where "meta" @> $1 order by "id"', { a: 1 });
q('knex whereJsonSubsetOf', 'select "id" from "users" where "meta" <@ $1 order by "id"', { a: 2, z: 1 });
q('knex jsonExtract', 'select jsonb_path_query_first("meta", $1) as "a" from "users" order by "id"', '$.a');
q(
  'knex jsonExtract nested',
  'select jsonb_path_query_first("meta", $1) as "c" from "users" order by "id"',
  '$.b.c',
);
q(
  'knex whereJsonPath',
  `select "id" from "users" where jsonb_path_query_first("meta", $1) #>> '{}' > $2 order by "id"`,
  '$.a',
  1,
);
q(
  'knex jsonSet',
  'select jsonb_set("meta", $1, $2) as "m" from "users" where "meta" is not null order by "id"',
  '{a}',
  '5',
);
q(
  'knex jsonInsert',
  'select jsonb_insert("meta", $1, $2) as "m" from "users" where "meta" is not null order by "id"',
  '{z}',
  '"new"',
);
q(
  'knex jsonRemove',
  'select "meta" #- $1 as "m" from "users" where "meta" is not null order by "id"',
  '{b,c}',
);
q(
  'knex forUpdate skipLocked',
  'select * from "users" where "n" > $1 order by "id" limit $2 for update skip locked',
  0,
  1,
);
q('knex returning star on delete', 'delete from "users" where "id" = $1 returning *', 3);
q('knex where null', 'select "id" from "users" where "email" is null');

export default l.cases;
