// Round 21 probe, event triggers (docs 40.2, 9.29.2): pg_event_trigger_dropped_objects() in a sql_drop
// trigger reports each dropped constraint, including users' constraints whose names look like the
// ones PostgreSQL 18 gives NOT NULL (<table>_<column>_not_null), which 15 does not have.
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases('r21 event triggers: constraint names: ');
const LOG = `CREATE TABLE dropped_log (object_type text, object_identity text);
  CREATE FUNCTION log_drop() RETURNS event_trigger LANGUAGE plpgsql AS $$
  BEGIN
    INSERT INTO dropped_log SELECT object_type, object_identity FROM pg_event_trigger_dropped_objects()
      WHERE object_type LIKE '%constraint%';
  END $$;
  CREATE EVENT TRIGGER r21_h125_drop ON sql_drop EXECUTE FUNCTION log_drop()`;
const READ = 'SELECT object_type, object_identity FROM dropped_log ORDER BY 1, 2';
const CLEAN = 'DROP EVENT TRIGGER r21_h125_drop';

list.add(
  'CHECK named t_id_not_null dropped by ALTER TABLE DROP CONSTRAINT',
  [
    'CREATE TABLE t (id int CONSTRAINT t_id_not_null CHECK (id IS NOT NULL))',
    'ALTER TABLE t DROP CONSTRAINT t_id_not_null',
    READ,
    CLEAN,
  ],
  LOG,
);
list.add(
  'CHECK named t_id_not_null dropped by DROP TABLE',
  [
    'CREATE TABLE t (id int NOT NULL, v int, CONSTRAINT t_v_not_null CHECK (v > 0))',
    'DROP TABLE t',
    READ,
    CLEAN,
  ],
  LOG,
);
list.add(
  'NOT NULL columns dropped by DROP TABLE (18 constraints left out)',
  ['CREATE TABLE t (id int NOT NULL, v int NOT NULL CHECK (v > 0))', 'DROP TABLE t', READ, CLEAN],
  LOG,
);
list.add(
  'NOT NULL and user check elsewhere',
  [
    'CREATE TABLE u (v int CONSTRAINT u_v_not_null CHECK (v > 0))',
    'CREATE TABLE t (id int NOT NULL)',
    'DROP TABLE t',
    READ,
    CLEAN,
  ],
  LOG,
);
list.add(
  'domain check named d_not_null dropped',
  ['CREATE DOMAIN d AS int CONSTRAINT d_not_null CHECK (VALUE IS NOT NULL)', 'DROP DOMAIN d', READ, CLEAN],
  LOG,
);
list.add(
  'unique named t_id_not_null dropped',
  [
    'CREATE TABLE t (id int CONSTRAINT t_id_not_null UNIQUE)',
    'ALTER TABLE t DROP CONSTRAINT t_id_not_null',
    READ,
    CLEAN,
  ],
  LOG,
);
list.add('CHECK named t_id_not_null, no event trigger', [
  'CREATE TABLE t (id int CONSTRAINT t_id_not_null CHECK (id IS NOT NULL))',
  'ALTER TABLE t DROP CONSTRAINT t_id_not_null',
  "SELECT count(*) AS n FROM pg_constraint WHERE conname = 't_id_not_null'",
]);
list.add(
  'CHECK named otherwise dropped',
  ['CREATE TABLE t (id int CONSTRAINT id_positive CHECK (id > 0))', 'DROP TABLE t', READ, CLEAN],
  LOG,
);

export default list.cases;
