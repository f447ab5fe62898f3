const S = `CREATE TABLE items(id serial PRIMARY KEY, name text); INSERT INTO items(name) VALUES ('a'), ('b'), ('c'); CREATE SCHEMA app; CREATE TABLE app.items(id int, name text); INSERT INTO app.items VALUES (1, 'app');`;
const c = (name, ...steps) => ({ name, setup: S, steps });
export default [
  c(
    'set_config search_path then same-named table',
    `CREATE FUNCTION sw() RETURNS bigint LANGUAGE sql AS $$ SELECT set_config('search_path', 'app', true); SELECT count(*) FROM items; $$`,
    `SELECT sw()`,
  ),
  c(
    'SET LOCAL search_path then same-named table',
    `CREATE FUNCTION sw() RETURNS bigint LANGUAGE sql AS $$ SET LOCAL search_path = app; SELECT count(*) FROM items; $$`,
    `SELECT sw()`,
  ),
  c(
    'SET datestyle then date literal',
    `CREATE FUNCTION ds() RETURNS date LANGUAGE sql AS $$ SET LOCAL datestyle = 'ISO, DMY'; SELECT '01/02/2024'::date; $$`,
    `SELECT ds()::text`,
  ),
  c(
    'SET timezone then timestamptz literal',
    `CREATE FUNCTION tz() RETURNS text LANGUAGE sql AS $$ SET LOCAL TimeZone = 'Asia/Tokyo'; SELECT '2024-01-01 00:00'::timestamptz::text; $$`,
    `SELECT tz()`,
  ),
  c(
    'set_config custom then read',
    `CREATE FUNCTION cu(v text) RETURNS text LANGUAGE sql AS $$ SELECT set_config('app.user', v, true); SELECT current_setting('app.user'); $$`,
    `SELECT cu('bob')`,
  ),
  c(
    'set_config search_path last',
    `CREATE FUNCTION sl() RETURNS text LANGUAGE sql AS $$ SELECT 1; SELECT set_config('search_path', 'app', true); $$`,
    `SELECT sl()`,
  ),
  c(
    'function SET clause search_path',
    `CREATE FUNCTION fs() RETURNS bigint LANGUAGE sql SET search_path = app AS $$ SELECT count(*) FROM items $$`,
    `SELECT fs()`,
  ),
  c(
    'plpgsql set_config then query',
    `CREATE FUNCTION pl() RETURNS bigint LANGUAGE plpgsql AS $$ BEGIN PERFORM set_config('search_path', 'app', true); RETURN (SELECT count(*) FROM items); END $$`,
    `SELECT pl()`,
  ),
  c(
    'sql function create temp then use',
    `CREATE FUNCTION tt() RETURNS bigint LANGUAGE sql AS $$ CREATE TEMP TABLE IF NOT EXISTS items(id int); SELECT count(*) FROM items; $$`,
    `SELECT tt()`,
  ),
];
