// Round 24 area D part 7: which role deferred and after triggers run as (PostgreSQL 15 vs 18).
const SETUP = `CREATE TABLE t (id int); CREATE TABLE who (r text);
CREATE FUNCTION w() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO who VALUES (current_user::text = session_user::text); RETURN NULL; END $$;`;
export default [
  {
    name: 'r24d roles: deferred constraint trigger runs as the role current at commit',
    setup: `${SETUP}
CREATE CONSTRAINT TRIGGER c AFTER INSERT ON t DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION w();`,
    steps: [
      'CREATE ROLE r24d_q NOLOGIN',
      'GRANT ALL ON t, who TO r24d_q',
      'BEGIN',
      'SET LOCAL ROLE r24d_q',
      'INSERT INTO t VALUES (1)',
      'RESET ROLE',
      'COMMIT',
      'SELECT r FROM who',
      'REVOKE ALL ON t, who FROM r24d_q',
      'DROP ROLE r24d_q',
    ],
  },
  {
    name: 'r24d roles: after row trigger queued under another role fires at statement end',
    setup: `${SETUP}
CREATE TRIGGER a AFTER INSERT ON t FOR EACH ROW EXECUTE FUNCTION w();`,
    steps: [
      'CREATE ROLE r24d_p NOLOGIN',
      'GRANT ALL ON t, who TO r24d_p',
      'SET ROLE r24d_p',
      'INSERT INTO t VALUES (1)',
      'RESET ROLE',
      'SELECT r FROM who',
      'REVOKE ALL ON t, who FROM r24d_p',
      'DROP ROLE r24d_p',
    ],
  },
  {
    name: 'r24d roles: set constraints immediate after role change',
    setup: `${SETUP}
CREATE CONSTRAINT TRIGGER c AFTER INSERT ON t DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION w();`,
    steps: [
      'CREATE ROLE r24d_s NOLOGIN',
      'GRANT ALL ON t, who TO r24d_s',
      'BEGIN',
      'SET LOCAL ROLE r24d_s',
      'INSERT INTO t VALUES (1)',
      'RESET ROLE',
      'SET CONSTRAINTS ALL IMMEDIATE',
      'COMMIT',
      'SELECT r FROM who',
      'REVOKE ALL ON t, who FROM r24d_s',
      'DROP ROLE r24d_s',
    ],
  },
];
