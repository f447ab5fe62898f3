// Round 24 probe, area E part 5: settings set through paths the statement's text does not name.
import { ProbeCases, type ProbeStep } from '../probe-kit.js';

const list = new ProbeCases('r24 E settings paths: ');
const add = (name: string, steps: ProbeStep[], setup?: string) => list.add(name, steps, setup);
const two = (sql: string): ProbeStep => ({ sql, client: 'second' });
add('custom setting set by a view, read on the other', [
  "CREATE VIEW sv AS SELECT set_config('app.x', '1', false) AS v",
  'SELECT v FROM sv',
  two("SELECT current_setting('app.x', true) AS v"),
  "SELECT current_setting('app.x', true) AS v",
]);
add('custom setting set by a sql-standard function, read on the other', [
  "CREATE FUNCTION sx() RETURNS text LANGUAGE sql RETURN set_config('app.y', '2', false)",
  'SELECT sx()',
  two("SELECT current_setting('app.y', true) AS v"),
]);
add('built-in setting set by a view, shown on the other', [
  "CREATE VIEW tz AS SELECT set_config('statement_timeout', '7s', false) AS v",
  'SELECT v FROM tz',
  two('SHOW statement_timeout'),
  'SHOW statement_timeout',
]);
add('built-in setting set by a sql-standard function, shown on the other', [
  "CREATE FUNCTION wm() RETURNS text LANGUAGE sql RETURN set_config('work_mem', '8MB', false)",
  'SELECT wm()',
  two('SHOW work_mem'),
  'SHOW work_mem',
]);
add('built-in setting set by a trigger, shown on the other', [
  'CREATE TABLE e (id int)',
  "CREATE FUNCTION tf() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM set_config('lock_timeout', '3s', false); RETURN NEW; END $$",
  'CREATE TRIGGER t BEFORE INSERT ON e FOR EACH ROW EXECUTE FUNCTION tf()',
  'INSERT INTO e VALUES (1)',
  two('SHOW lock_timeout'),
  'SHOW lock_timeout',
]);
add('custom setting set by a column default, read on the other', [
  "CREATE TABLE d (id int, s text DEFAULT set_config('app.z', 'q', false))",
  'INSERT INTO d (id) VALUES (1)',
  two("SELECT current_setting('app.z', true) AS v"),
]);
add('search_path set by a sql-standard function, other resolves', [
  'CREATE SCHEMA other',
  'CREATE TABLE other.t (a int)',
  'CREATE TABLE public.t (b int)',
  "CREATE FUNCTION sp() RETURNS text LANGUAGE sql RETURN set_config('search_path', 'other', false)",
  'SELECT sp()',
  two('SELECT * FROM t'),
  'SELECT * FROM t',
]);
add('timezone set by a view, other formats', [
  "CREATE VIEW z AS SELECT set_config('TimeZone', 'Asia/Tokyo', false) AS v",
  'SELECT v FROM z',
  two("SELECT '2020-01-01 00:00:00+00'::timestamptz::text AS v"),
  "SELECT '2020-01-01 00:00:00+00'::timestamptz::text AS v",
]);
export default list.cases;
