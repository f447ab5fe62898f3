// Round 24 probe, area E part 8: channels and temporary tables through unnamed paths.
import { ProbeCases, type ProbeStep } from '../probe-kit.js';

const list = new ProbeCases('r24 E misc paths: ');
const add = (name: string, steps: ProbeStep[], setup?: string) => list.add(name, steps, setup);
const two = (sql: string): ProbeStep => ({ sql, client: 'second' });
add('listen in a DO block, other lists channels', [
  "DO $$ BEGIN EXECUTE 'LISTEN ch'; END $$",
  two('SELECT count(*) FROM pg_listening_channels()'),
  'SELECT count(*) FROM pg_listening_channels()',
]);
add('listen in a function, other lists channels', [
  "CREATE FUNCTION l() RETURNS void LANGUAGE plpgsql AS $$ BEGIN EXECUTE 'LISTEN ch2'; END $$",
  'SELECT l()',
  two('SELECT count(*) FROM pg_listening_channels()'),
]);
add('listening channels through a view on the other', [
  'CREATE VIEW lc AS SELECT pg_listening_channels() AS c',
  'LISTEN ch3',
  two('SELECT count(*) FROM lc'),
]);
add('temp table read through a prepared statement on the other', [
  'CREATE TEMP TABLE tt (a int)',
  'INSERT INTO tt VALUES (1)',
  two('PREPARE q AS SELECT count(*) FROM pg_temp.tt'),
  two('EXECUTE q'),
]);
add('temp table created in a DO block, read by the other', [
  'DO $$ BEGIN CREATE TEMP TABLE dt (a int); END $$',
  two('SELECT count(*) FROM dt'),
]);
add('temp table created by a sql function, read by the other', [
  'CREATE FUNCTION mk() RETURNS void LANGUAGE plpgsql AS $$ BEGIN CREATE TEMP TABLE ft (a int); END $$',
  'SELECT mk()',
  two('SELECT count(*) FROM ft'),
]);
add('currval through a prepared statement on the other', [
  'CREATE SEQUENCE s',
  "SELECT nextval('s')",
  two("PREPARE c AS SELECT currval('s')"),
  two('EXECUTE c'),
]);
add('advisory lock through a prepared statement on the other, then first tries', [
  two('PREPARE a AS SELECT pg_advisory_lock(3)'),
  two('EXECUTE a'),
  'SELECT pg_try_advisory_lock(3) AS got',
]);
add('pg_backend_pid through a view while two are open', [
  'CREATE VIEW pid AS SELECT pg_backend_pid() AS p',
  two('SELECT 1'),
  'SELECT (SELECT p FROM pid) = pg_backend_pid() AS same',
]);
export default list.cases;
