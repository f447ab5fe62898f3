// Round 22 ORM introspection probe, names of a missing schema: what schema readers and migrators
// send when a schema is not there yet (MikroORM's `'"app"."t"'::regclass` index list, nextval of
// a schema's sequence, a relation name bound as a regclass parameter, ALTER/TRUNCATE/CREATE INDEX/
// REFERENCES of another schema's table). 15's reg* input reports the schema (3F000) where 16+
// report the object; a table in FROM is 42P01 on both.
import { ProbeCases, withParams } from '../probe-kit.js';

const list = new ProbeCases('r22 orm-introspect regclass ');
const one = (sql: string) => list.add(sql, [sql]);

for (const sql of [
  "SELECT 'nos.t'::regclass",
  "SELECT 'nos.t'::regclass::oid",
  "SELECT E'nos.t'::regclass",
  "SELECT regclass 'nos.t'",
  "SELECT CAST('nos.t' AS regclass)",
  "SELECT 'nos.t'::regtype",
  "SELECT 'nos.f'::regproc",
  "SELECT 'nos.f(int)'::regprocedure",
  "SELECT 'nos.+'::regoper",
  "SELECT 'nos.+(int,int)'::regoperator",
  "SELECT 'nos.c'::regcollation",
  "SELECT 'nos.c'::regconfig",
  "SELECT 'nos.c'::regdictionary",
  "SELECT 'nope'::regnamespace",
  "SELECT 'public.nope'::regclass",
  "SELECT 'pg_catalog.nope'::regclass",
  "SELECT 'nos.t.x'::regclass",
  `SELECT '"No.s".t'::regclass`,
  "SELECT x::regclass FROM (VALUES ('nos.t')) v(x)",
  "SELECT 'nos.t'::text::regclass",
  "SELECT to_regclass('nos.t') IS NULL AS missing",
  "SELECT nextval('nos.s')",
  "SELECT currval('nos.s')",
  "SELECT setval('nos.s', 1)",
  "SELECT nextval('public.nope')",
  "SELECT pg_relation_size('nos.t')",
  "SELECT * FROM pg_partition_tree('nos.t')",
  "SELECT obj_description('nos.t'::regclass, 'pg_class')",
  'SELECT * FROM nos.t',
  'INSERT INTO nos.t VALUES (1)',
  'UPDATE nos.t SET a = 1',
  'DROP TABLE nos.t',
  'ALTER TABLE nos.t ADD x int',
  'ALTER TABLE nos.t RENAME TO u',
  'ALTER TABLE IF EXISTS nos.t ADD x int',
  'TRUNCATE nos.t',
  'CREATE INDEX ON nos.t (x)',
  'CREATE TABLE x (a int REFERENCES nos.t)',
  'COMMENT ON TABLE nos.t IS $$x$$',
  "SELECT has_table_privilege('nos.t', 'select')",
  "SELECT pg_get_serial_sequence('nos.t', 'id')",
])
  one(sql);

list.add('param regclass', [withParams('SELECT $1::regclass', 'nos.t')]);
list.add('param nextval', [withParams('SELECT nextval($1)', 'nos.s')]);
list.add('param nextval existing schema', [withParams('SELECT nextval($1)', 'public.nope')]);
list.add('param attrelid = regclass', [
  withParams(`SELECT attname FROM pg_attribute WHERE attrelid = $1::regclass AND attnum > 0`, 'nos.t'),
]);
list.add('in transaction', ['BEGIN', "SELECT 'nos.t'::regclass", 'ROLLBACK']);
list.add('in transaction, schema exists', ['BEGIN', "SELECT 'public.nope'::regclass", 'ROLLBACK']);
list.add('schema created in the same query', [`CREATE SCHEMA nos; SELECT 'nos.t'::regclass`]);
list.add('schema exists, table missing', ["SELECT 'nos.t'::regclass"], 'CREATE SCHEMA nos');
list.add(
  'mikro index list with a missing schema',
  [
    `select relname from pg_index idx join pg_class as i on i.oid = idx.indexrelid where indrelid in ('"public"."t"'::regclass, '"billing"."invoices"'::regclass) order by relname`,
  ],
  'CREATE TABLE t (id int PRIMARY KEY)',
);
list.add('after the look-up the session is idle', ["SELECT 'nos.t'::regclass", 'SELECT 1 AS one']);

export default list.cases;
