// Round 24 probe, area E part 7: quoted and qualified calls of functions touching session state.
import { ProbeCases, type ProbeStep } from '../probe-kit.js';

const list = new ProbeCases('r24 E quoted: ');
const add = (name: string, steps: ProbeStep[], setup?: string) => list.add(name, steps, setup);
const two = (sql: string): ProbeStep => ({ sql, client: 'second' });
const F = 'CREATE FUNCTION take_lock(k bigint) RETURNS boolean LANGUAGE sql RETURN pg_try_advisory_lock(k)';
add('quoted function call', [F, 'SELECT "take_lock"(5)', two('SELECT "take_lock"(5) AS got')]);
add('schema-qualified quoted function call', [
  F,
  'SELECT public."take_lock"(6)',
  two('SELECT "public"."take_lock"(6) AS got'),
]);
add('mixed-case quoted function', [
  'CREATE FUNCTION "TakeLock"(k bigint) RETURNS boolean LANGUAGE sql RETURN pg_try_advisory_lock(k)',
  'SELECT "TakeLock"(7)',
  two('SELECT "TakeLock"(7) AS got'),
]);
add('function called with a space before the parenthesis', [
  F,
  'SELECT take_lock (8)',
  two('SELECT take_lock  (8) AS got'),
]);
add('function called in FROM', [F, 'SELECT * FROM take_lock(9)', two('SELECT * FROM take_lock(9) AS got')]);
add('quoted view name', [
  'CREATE VIEW "LockView" AS SELECT pg_try_advisory_lock(10) AS got',
  'SELECT got FROM "LockView"',
  two('SELECT got FROM "LockView"'),
]);
add('function called through a prepared statement', [
  F,
  'PREPARE p(bigint) AS SELECT take_lock($1)',
  'EXECUTE p(11)',
  two('SELECT take_lock(11) AS got'),
]);
add('function with a comment between name and call', [
  F,
  'SELECT take_lock/* c */(12)',
  two('SELECT pg_try_advisory_lock(12) AS got'),
]);
export default list.cases;
