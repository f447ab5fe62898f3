const c = (name, ...steps) => ({ name, steps });
export default [
  c(
    'temp within',
    'CREATE FUNCTION mk() RETURNS bigint LANGUAGE sql AS $$ CREATE TEMP TABLE tt AS SELECT 1 AS x; SELECT count(*) FROM tt $$',
    'SELECT mk()',
  ),
  c(
    'alter then use',
    'CREATE TABLE made (a int)',
    'CREATE FUNCTION mk() RETURNS int LANGUAGE sql AS $$ ALTER TABLE made ADD COLUMN b int; INSERT INTO made (a, b) VALUES (1, 2); SELECT b FROM made $$',
    'SELECT mk()',
  ),
  c(
    'drop recreate checked',
    'CREATE TABLE z(a int)',
    "CREATE FUNCTION rc() RETURNS int LANGUAGE sql AS $$ DROP TABLE z; CREATE TABLE z(b text); INSERT INTO z VALUES ('x'); SELECT count(*)::int FROM z; $$",
    'SELECT rc()',
  ),
  c(
    'drop then ddl only',
    'CREATE FUNCTION rs() RETURNS void LANGUAGE sql AS $$ DROP TABLE IF EXISTS x; CREATE TABLE x(a int); $$',
    'SELECT rs()',
    'SELECT count(*) FROM x',
  ),
  c(
    'reset all then select',
    'CREATE FUNCTION ra() RETURNS int LANGUAGE sql AS $$ RESET ALL; SELECT 1; $$',
    'SELECT ra()',
  ),
];
