import { defineGroup } from '../sql-case.js';

const JOBS = `
  CREATE TABLE jobs (
    id int PRIMARY KEY,
    queue text NOT NULL DEFAULT 'default',
    status text NOT NULL DEFAULT 'queued',
    run_at int NOT NULL,
    attempts int NOT NULL DEFAULT 0,
    locked_by text,
    locked_until timestamptz
  );
  INSERT INTO jobs (id, run_at, queue) VALUES (1, 30, 'default'), (2, 10, 'default'), (3, 20, 'mail'), (4, 40, 'default');`;

/** Row locks and the job-claim forms a queue on PostgreSQL writes, and advisory locks. Single session. */
export const lockingClaimCases = defineGroup('locking-claims', [
  {
    name: 'SELECT ... FOR UPDATE returns the rows it locks',
    setup: JOBS,
    steps: ['BEGIN', "SELECT id FROM jobs WHERE queue = 'default' ORDER BY id FOR UPDATE", 'COMMIT'],
  },
  {
    name: 'SELECT ... LIMIT 1 FOR UPDATE SKIP LOCKED claims the first due job',
    setup: JOBS,
    steps: [
      'BEGIN',
      "SELECT id FROM jobs WHERE status = 'queued' ORDER BY run_at LIMIT 1 FOR UPDATE SKIP LOCKED",
      'COMMIT',
    ],
  },
  {
    name: 'UPDATE ... WHERE id = (SELECT ... LIMIT 1 FOR UPDATE SKIP LOCKED) claims exactly one job',
    setup: JOBS,
    steps: [
      `UPDATE jobs SET status = 'running', attempts = attempts + 1
       WHERE id = (SELECT id FROM jobs WHERE status = 'queued' ORDER BY run_at LIMIT 1 FOR UPDATE SKIP LOCKED)
       RETURNING id, attempts`,
      "SELECT id FROM jobs WHERE status = 'running'",
    ],
  },
  {
    name: 'UPDATE ... WHERE id = (SELECT ... LIMIT 1) without locking updates one row',
    setup: JOBS,
    steps: [
      "UPDATE jobs SET status = 'running' WHERE id = (SELECT id FROM jobs ORDER BY run_at DESC LIMIT 1) RETURNING id",
      "SELECT count(*) FROM jobs WHERE status = 'running'",
    ],
  },
  {
    name: 'UPDATE ... WHERE id IN (SELECT ... LIMIT 2 FOR UPDATE SKIP LOCKED) claims a batch',
    setup: JOBS,
    steps: [
      {
        sql: `UPDATE jobs SET status = 'running', locked_by = $1
              WHERE id IN (SELECT id FROM jobs WHERE queue = $2 AND status = 'queued'
                           ORDER BY run_at LIMIT 2 FOR UPDATE SKIP LOCKED)
              RETURNING id, locked_by`,
        params: ['worker-1', 'default'],
      },
      "SELECT id FROM jobs WHERE status = 'running' ORDER BY id",
    ],
  },
  {
    name: 'a claim written as WITH ... FOR UPDATE SKIP LOCKED then UPDATE ... FROM claims the batch',
    setup: JOBS,
    steps: [
      `WITH next AS (
         SELECT id FROM jobs WHERE status = 'queued' ORDER BY run_at LIMIT 2 FOR UPDATE SKIP LOCKED
       )
       UPDATE jobs SET status = 'running' FROM next WHERE jobs.id = next.id RETURNING jobs.id`,
      "SELECT id FROM jobs WHERE status = 'running' ORDER BY id",
    ],
  },
  {
    name: 'DELETE ... WHERE id = (SELECT ... LIMIT 1) RETURNING pops exactly one job',
    setup: JOBS,
    steps: [
      'DELETE FROM jobs WHERE id = (SELECT id FROM jobs ORDER BY run_at LIMIT 1 FOR UPDATE SKIP LOCKED) RETURNING id, run_at',
      'SELECT count(*) FROM jobs',
    ],
  },
  {
    name: 'DELETE ... WHERE id IN (SELECT ... LIMIT 2) RETURNING pops a batch',
    setup: JOBS,
    steps: [
      'DELETE FROM jobs WHERE id IN (SELECT id FROM jobs ORDER BY run_at LIMIT 2) RETURNING id',
      'SELECT id FROM jobs ORDER BY id',
    ],
  },
  {
    name: 'UPDATE ... WHERE id = (SELECT min(id) ...) updates the single minimum',
    setup: JOBS,
    steps: [
      "UPDATE jobs SET status = 'done' WHERE id = (SELECT min(id) FROM jobs WHERE queue = 'default') RETURNING id",
    ],
  },
  {
    name: 'UPDATE ... WHERE id = ANY(ARRAY(SELECT ... LIMIT 2)) claims two rows',
    setup: JOBS,
    steps: [
      "UPDATE jobs SET status = 'running' WHERE id = ANY(ARRAY(SELECT id FROM jobs ORDER BY run_at LIMIT 2)) RETURNING id",
    ],
  },
  {
    name: 'a claim that finds nothing due updates no row',
    setup: JOBS,
    steps: [
      "UPDATE jobs SET status = 'running' WHERE id = (SELECT id FROM jobs WHERE queue = 'none' LIMIT 1 FOR UPDATE SKIP LOCKED) RETURNING id",
    ],
  },
  {
    name: 'a lease sets locked_until in the future with an interval',
    setup: JOBS,
    steps: [
      "UPDATE jobs SET locked_until = now() + interval '30 seconds' WHERE id = 2 RETURNING locked_until > now() AS leased",
      "SELECT count(*) FROM jobs WHERE locked_until IS NULL OR locked_until < now() + interval '1 minute'",
    ],
  },
  {
    name: 'FOR NO KEY UPDATE, FOR SHARE and FOR KEY SHARE are accepted',
    setup: JOBS,
    steps: [
      'BEGIN',
      'SELECT id FROM jobs WHERE id = 1 FOR NO KEY UPDATE',
      'SELECT id FROM jobs WHERE id = 2 FOR SHARE',
      'SELECT id FROM jobs WHERE id = 3 FOR KEY SHARE',
      'COMMIT',
    ],
  },
  {
    name: 'FOR UPDATE OF one table of a join',
    setup: `${JOBS} CREATE TABLE queues (name text PRIMARY KEY, paused bool NOT NULL);
            INSERT INTO queues VALUES ('default', false), ('mail', true);`,
    steps: [
      'BEGIN',
      'SELECT j.id FROM jobs j JOIN queues q ON q.name = j.queue WHERE NOT q.paused ORDER BY j.id FOR UPDATE OF j',
      'COMMIT',
    ],
  },
  {
    name: 'FOR UPDATE NOWAIT on free rows returns them',
    setup: JOBS,
    steps: ['BEGIN', 'SELECT id FROM jobs WHERE id = 2 FOR UPDATE NOWAIT', 'COMMIT'],
  },
  {
    name: 'FOR UPDATE with an aggregate is refused by PostgreSQL with 0A000',
    setup: JOBS,
    steps: ['SELECT count(*) FROM jobs FOR UPDATE'],
  },
  {
    name: 'a second connection claims the next job after the first committed its claim',
    setup: JOBS,
    steps: [
      'BEGIN',
      "UPDATE jobs SET status = 'running' WHERE id = (SELECT id FROM jobs WHERE status = 'queued' ORDER BY run_at LIMIT 1 FOR UPDATE SKIP LOCKED) RETURNING id",
      'COMMIT',
      {
        sql: "UPDATE jobs SET status = 'running' WHERE id = (SELECT id FROM jobs WHERE status = 'queued' ORDER BY run_at LIMIT 1 FOR UPDATE SKIP LOCKED) RETURNING id",
        client: 'second',
      },
    ],
  },
  {
    name: 'pg_advisory_lock and pg_advisory_unlock take and free a session lock',
    steps: [
      'SELECT pg_advisory_lock(42)',
      'SELECT pg_advisory_unlock(42) AS released',
      'SELECT pg_advisory_unlock(42) AS again',
    ],
  },
  {
    name: 'pg_try_advisory_lock succeeds on a free key',
    steps: ['SELECT pg_try_advisory_lock(7) AS got', 'SELECT pg_advisory_unlock(7) AS released'],
  },
  {
    name: 'pg_advisory_xact_lock is held until the transaction ends',
    steps: [
      'BEGIN',
      'SELECT pg_advisory_xact_lock(99)',
      'SELECT pg_try_advisory_xact_lock(99) AS reentrant',
      'COMMIT',
      'SELECT pg_advisory_unlock(99) AS was_session_lock',
    ],
  },
  {
    name: 'advisory locks take two int4 keys',
    steps: ['SELECT pg_try_advisory_lock(1, 2) AS got', 'SELECT pg_advisory_unlock(1, 2) AS released'],
  },
  {
    name: 'advisory lock keyed by hashtext of a name',
    steps: ["SELECT pg_try_advisory_lock(hashtext('migrations')) AS got"],
  },
  {
    name: 'a second connection cannot take an advisory lock the first holds, until it is freed',
    steps: [
      'SELECT pg_try_advisory_lock(42) AS got',
      { sql: 'SELECT pg_try_advisory_lock(42) AS got', client: 'second' },
      { sql: 'SELECT pg_advisory_unlock(42) AS freed', client: 'second' },
      'SELECT pg_advisory_unlock(42) AS freed',
      { sql: 'SELECT pg_try_advisory_lock(42) AS got', client: 'second' },
    ],
  },
  {
    name: 'a transaction-scoped advisory lock taken outside a transaction ends with its statement',
    steps: [
      'SELECT pg_advisory_xact_lock(5)',
      { sql: 'SELECT pg_try_advisory_lock(5) AS got', client: 'second' },
    ],
  },
  {
    name: 'FOR UPDATE fails with DISTINCT, GROUP BY, UNION and on the nullable side of a LEFT JOIN',
    setup: 'CREATE TABLE t (id int PRIMARY KEY, v int)',
    steps: [
      'SELECT DISTINCT v FROM t FOR UPDATE',
      'SELECT v FROM t GROUP BY v FOR SHARE',
      'SELECT id FROM t UNION SELECT id FROM t FOR UPDATE',
      'SELECT a.id FROM t a LEFT JOIN t b ON b.id = a.v FOR UPDATE',
    ],
  },
  {
    name: 'an advisory lock taken inside a function belongs to the calling connection',
    setup:
      'CREATE FUNCTION take_lock(k bigint) RETURNS void LANGUAGE sql AS $$ SELECT pg_advisory_lock(k) $$',
    steps: [
      'SELECT take_lock(12)',
      {
        sql: 'SELECT pg_try_advisory_lock(12) AS got',
        client: 'second',
      },
      'SELECT pg_advisory_unlock(12) AS freed',
    ],
  },
  {
    name: 'CREATE INDEX refuses what PostgreSQL refuses: IF NOT EXISTS without a name, a unique hash index, a type without operator class, 33 columns',
    setup: 'CREATE TABLE t (id int, j jsonb, v json)',
    steps: [
      'CREATE INDEX IF NOT EXISTS ON t (id)',
      'CREATE UNIQUE INDEX t_h ON t USING hash (id)',
      'CREATE INDEX t_g ON t USING gin (id)',
      'CREATE INDEX t_v ON t (v)',
      `CREATE INDEX t_wide ON t (${Array.from({ length: 33 }, () => 'id').join(', ')})`,
      'CREATE INDEX t_j ON t USING gin (j)',
    ],
  },
  {
    name: 'a partial index predicate may not call now() nor hold a subquery',
    setup: 'CREATE TABLE t (id int, due timestamptz); CREATE TABLE s (id int)',
    steps: [
      'CREATE INDEX t_due ON t (id) WHERE due > now()',
      'CREATE INDEX t_s ON t (id) WHERE id IN (SELECT id FROM s)',
      'CREATE UNIQUE INDEX t_open ON t (id) WHERE due IS NULL',
    ],
  },
  {
    name: 'UPDATE pg_settings sets a setting as set_config() does',
    steps: ["UPDATE pg_settings SET setting = 'off' WHERE name = 'enable_seqscan'", 'SHOW enable_seqscan'],
  },
  {
    // Their values are the server's initdb locale (C.UTF-8 here, C in the test image): compared, not shown.
    name: 'lc_collate and lc_ctype are read-only settings 15 shows, lists and refuses to change',
    steps: [
      "SELECT current_setting('lc_collate') = current_setting('lc_ctype') AS same_locale, current_setting('lc_collate') <> '' AS has_locale",
      "SELECT name, context FROM pg_settings WHERE name IN ('lc_collate', 'lc_ctype') ORDER BY name",
      "SET lc_collate = 'C'",
      "SELECT set_config('lc_ctype', 'C', false)",
    ],
  },
  {
    name: 'pg_settings lists none of the settings 16 to 18 added',
    steps: [
      "SELECT count(*) FROM pg_settings WHERE name IN ('transaction_timeout', 'io_method', 'summarize_wal')",
    ],
  },
  {
    name: "pg_get_keywords() lists 15's keywords, without the SQL/JSON ones 16 to 18 added",
    steps: [
      'SELECT catcode, count(*) FROM pg_get_keywords() GROUP BY catcode ORDER BY catcode',
      "SELECT word, catcode, barelabel, catdesc, baredesc FROM pg_get_keywords() WHERE word IN ('recheck', 'json', 'json_table', 'system_user', 'merge') ORDER BY word",
    ],
  },
  {
    name: 'to_regclass and to_regtype read a number as a name and raise on a name that does not parse',
    setup: 'CREATE TABLE t (id int)',
    steps: [
      "SELECT to_regclass('1259')::text AS by_number, to_regclass('-')::text AS dash, to_regclass('t')::text AS t, to_regclass('nope.t') AS no_schema",
      "SELECT to_regclass('')",
      "SELECT to_regclass('a..b')",
      "SELECT to_regtype('23')",
      "SELECT to_regtype('nope') AS missing, to_regnamespace('1259') AS ns, to_regproc('abs') AS ambiguous",
      "SELECT to_regprocedure('lower')",
      "SELECT to_regprocedure('lower(int)') AS missing, to_regprocedure('lower(text)')::text AS found",
    ],
  },
  {
    name: 'ON CONFLICT naming a column the table lacks is 42703, not a missing arbiter',
    setup: 'CREATE TABLE t (k int, j int, UNIQUE (k, j))',
    steps: ['INSERT INTO t VALUES (1, 1) ON CONFLICT (k, nope) DO NOTHING'],
  },
  {
    name: 'a unique violation names the partial unique index whose predicate the row meets',
    setup: "CREATE TABLE t (k int, s text); CREATE UNIQUE INDEX t_a ON t (k) WHERE s = 'a'",
    steps: [
      "CREATE UNIQUE INDEX t_b ON t (k) WHERE s = 'b'",
      "INSERT INTO t VALUES (1, 'b')",
      "INSERT INTO t VALUES (1, 'b')",
    ],
  },
  {
    name: 'select eq limit after hot',
    setup:
      "CREATE TABLE jobs (id int PRIMARY KEY, status text NOT NULL, prio int NOT NULL, claimed_by text); CREATE INDEX jobs_status ON jobs (status); INSERT INTO jobs VALUES (3, 'ready', 1, NULL), (1, 'ready', 2, NULL), (2, 'done', 1, NULL), (5, 'ready', 1, NULL), (4, 'failed', 3, NULL);",
    steps: ['UPDATE jobs SET prio = 9 WHERE id = 3', "SELECT id FROM jobs WHERE status = 'ready' LIMIT 1"],
  },
  {
    name: 'claim subquery eq limit after hot',
    setup:
      "CREATE TABLE jobs (id int PRIMARY KEY, status text NOT NULL, prio int NOT NULL, claimed_by text); CREATE INDEX jobs_status ON jobs (status); INSERT INTO jobs VALUES (3, 'ready', 1, NULL), (1, 'ready', 2, NULL), (2, 'done', 1, NULL), (5, 'ready', 1, NULL), (4, 'failed', 3, NULL);",
    steps: [
      'UPDATE jobs SET prio = 9 WHERE id = 3',
      "UPDATE jobs SET claimed_by = 'w' WHERE id = (SELECT id FROM jobs WHERE status = 'ready' LIMIT 1) RETURNING id",
    ],
  },
  {
    name: 'claim subquery in list limit',
    setup:
      "CREATE TABLE jobs (id int PRIMARY KEY, status text NOT NULL, prio int NOT NULL, claimed_by text); CREATE INDEX jobs_status ON jobs (status); INSERT INTO jobs VALUES (3, 'ready', 1, NULL), (1, 'ready', 2, NULL), (2, 'done', 1, NULL), (5, 'ready', 1, NULL), (4, 'failed', 3, NULL);",
    steps: [
      "UPDATE jobs SET claimed_by = 'w' WHERE id IN (SELECT id FROM jobs WHERE status IN ('ready', 'failed') LIMIT 1) RETURNING id",
    ],
  },
  {
    name: 'Advisory locks (PGlite round 13)',
    steps: [
      'SELECT pg_advisory_lock(1), pg_try_advisory_lock(1), pg_advisory_unlock(1), pg_advisory_unlock(1), pg_advisory_unlock(1)',
      'SELECT pg_try_advisory_lock(1, 2), pg_advisory_unlock(1, 2)',
      'SELECT pg_advisory_unlock_all()',
    ],
  },
  {
    name: 'Advisory lock other session (PGlite round 13)',
    steps: [
      'SELECT pg_advisory_lock(7)',
      { sql: 'SELECT pg_try_advisory_lock(7) AS got', client: 'second' },
      'SELECT pg_advisory_unlock(7)',
      { sql: 'SELECT pg_try_advisory_lock(7) AS got', client: 'second' },
    ],
  },
  {
    name: 'Advisory xact lock (PGlite round 13)',
    steps: [
      'BEGIN',
      'SELECT pg_advisory_xact_lock(5)',
      { sql: 'SELECT pg_try_advisory_xact_lock(5) AS got', client: 'second' },
      'COMMIT',
      { sql: 'SELECT pg_try_advisory_xact_lock(5) AS got', client: 'second' },
    ],
  },
  {
    name: 'Advisory shared lock (PGlite round 13)',
    steps: [
      'SELECT pg_advisory_lock_shared(9)',
      { sql: 'SELECT pg_try_advisory_lock_shared(9) AS s, pg_try_advisory_lock(9) AS x', client: 'second' },
      'SELECT pg_advisory_unlock_shared(9), pg_advisory_unlock(9)',
    ],
  },
  {
    name: 'Cursor for update (PGlite round 13)',
    steps: [
      'BEGIN',
      'DECLARE cur CURSOR FOR SELECT * FROM acct ORDER BY id FOR UPDATE',
      'FETCH cur',
      'UPDATE acct SET bal = 0 WHERE CURRENT OF cur',
      'SELECT * FROM acct ORDER BY id',
      'COMMIT',
    ],
    setup:
      'CREATE TABLE acct (id int PRIMARY KEY, bal int NOT NULL CHECK (bal >= 0)); INSERT INTO acct VALUES (1, 100), (2, 50);',
  },
  {
    name: 'Lock nowait conflict (PGlite round 13)',
    steps: [
      'BEGIN',
      'LOCK TABLE acct IN ACCESS EXCLUSIVE MODE',
      { sql: 'LOCK TABLE acct IN ACCESS SHARE MODE NOWAIT', client: 'second' },
      'COMMIT',
    ],
    setup:
      'CREATE TABLE acct (id int PRIMARY KEY, bal int NOT NULL CHECK (bal >= 0)); INSERT INTO acct VALUES (1, 100), (2, 50);',
  },
  {
    name: 'Select for update nowait conflict (PGlite round 13)',
    steps: [
      'BEGIN',
      'SELECT * FROM acct WHERE id = 1 FOR UPDATE',
      { sql: 'SELECT * FROM acct WHERE id = 1 FOR UPDATE NOWAIT', client: 'second' },
      { sql: 'SELECT id FROM acct ORDER BY id FOR UPDATE SKIP LOCKED', client: 'second' },
      'COMMIT',
    ],
    setup:
      'CREATE TABLE acct (id int PRIMARY KEY, bal int NOT NULL CHECK (bal >= 0)); INSERT INTO acct VALUES (1, 100), (2, 50);',
  },
  {
    name: 'For update on aggregate (PGlite round 13)',
    steps: ['SELECT count(*) FROM acct FOR UPDATE', 'SELECT DISTINCT bal FROM acct FOR SHARE'],
    setup:
      'CREATE TABLE acct (id int PRIMARY KEY, bal int NOT NULL CHECK (bal >= 0)); INSERT INTO acct VALUES (1, 100), (2, 50);',
  },
  {
    name: 'Lock_timeout value (PGlite round 13)',
    steps: [
      "SET lock_timeout = '10ms'",
      'BEGIN',
      'LOCK TABLE acct',
      { sql: "SET lock_timeout = '50ms'", client: 'second' },
      { sql: 'SELECT * FROM acct FOR UPDATE', client: 'second' },
      'COMMIT',
    ],
    setup:
      'CREATE TABLE acct (id int PRIMARY KEY, bal int NOT NULL CHECK (bal >= 0)); INSERT INTO acct VALUES (1, 100), (2, 50);',
  },
  {
    name: 'a session advisory lock a failing statement took stays held after the rollback, and unlock in the aborted transaction is 25P02 (round 17)',
    steps: [
      'BEGIN',
      'SELECT pg_advisory_lock(g + 8) AS l, 1 / (g - 2) AS boom FROM generate_series(1, 2) g',
      'SELECT pg_advisory_unlock(9) AS u',
      'ROLLBACK',
      'SELECT pg_advisory_unlock(9) AS u9, pg_advisory_unlock(10) AS u10',
    ],
  },
  {
    name: 'a claim of two ready jobs by UPDATE ... WHERE id IN (SELECT ... FOR UPDATE SKIP LOCKED) with parameters (round 17)',
    setup:
      "CREATE TABLE jobs (id serial PRIMARY KEY, state text NOT NULL DEFAULT 'ready', worker text, prio int NOT NULL DEFAULT 0); INSERT INTO jobs (prio) VALUES (3), (1), (2), (5), (4)",
    steps: [
      {
        sql: "UPDATE jobs SET state = 'running', worker = $1 WHERE id IN (SELECT id FROM jobs WHERE state = $2 ORDER BY id LIMIT $3 FOR UPDATE SKIP LOCKED) RETURNING id, worker",
        params: ['w9', 'ready', 2],
      },
      'SELECT id, state, worker FROM jobs ORDER BY id',
    ],
  },
  {
    name: 'a row lock without OF reaches a subquery in FROM: FOR UPDATE over an aggregating subquery fails with 0A000 (round 18)',
    setup:
      "CREATE TABLE acct (id int PRIMARY KEY, owner text NOT NULL, balance int NOT NULL); INSERT INTO acct VALUES (1, 'ann', 100), (2, 'bob', 50);",
    steps: ['SELECT s.n FROM (SELECT count(*) AS n FROM acct) s FOR UPDATE'],
  },
  {
    name: 'FOR SHARE over a DISTINCT subquery in FROM fails as the subquery itself would (round 18)',
    setup:
      "CREATE TABLE acct (id int PRIMARY KEY, owner text NOT NULL, balance int NOT NULL); INSERT INTO acct VALUES (1, 'ann', 100), (2, 'bob', 50);",
    steps: ['SELECT s.id FROM (SELECT DISTINCT id FROM acct) s FOR SHARE'],
  },
  {
    name: 'FOR UPDATE over a UNION subquery in FROM is not allowed with UNION (round 18)',
    setup:
      "CREATE TABLE acct (id int PRIMARY KEY, owner text NOT NULL, balance int NOT NULL); INSERT INTO acct VALUES (1, 'ann', 100), (2, 'bob', 50);",
    steps: ['SELECT s.id FROM (SELECT id FROM acct UNION SELECT id FROM acct) s FOR UPDATE'],
  },
  {
    name: 'FOR UPDATE over a plain subquery joined to its table returns the rows (round 18)',
    setup:
      "CREATE TABLE acct (id int PRIMARY KEY, owner text NOT NULL, balance int NOT NULL); INSERT INTO acct VALUES (1, 'ann', 100), (2, 'bob', 50), (3, 'cy', 0);",
    steps: [
      'SELECT a.id FROM acct a JOIN (SELECT id FROM acct WHERE balance > 0) s ON s.id = a.id ORDER BY a.id FOR UPDATE',
    ],
  },
  {
    name: 'pg_advisory_unlock of a lock not held warns and answers false (round 18)',
    steps: ['SELECT pg_advisory_unlock(99) AS freed', 'SELECT pg_advisory_unlock_shared(99) AS shared_freed'],
  },
  {
    name: 'a session advisory lock taken in a rolled back transaction is still held (round 18)',
    steps: [
      'BEGIN',
      'SELECT pg_advisory_lock(8)',
      'ROLLBACK',
      'SELECT pg_advisory_unlock(8) AS a, pg_advisory_unlock(8) AS b',
    ],
  },
  {
    name: 'LOCK TABLE outside a transaction block is 25P01 (round 18)',
    setup: 'CREATE TABLE acct (id int PRIMARY KEY)',
    steps: ['LOCK TABLE acct'],
  },
  {
    name: 'FOR UPDATE NOWAIT on a row the other connection locked FOR KEY SHARE fails with 55P03 (round 18)',
    setup:
      "CREATE TABLE acct (id int PRIMARY KEY, owner text NOT NULL, balance int NOT NULL); INSERT INTO acct VALUES (1, 'ann', 100);",
    steps: [
      'BEGIN',
      'SELECT id FROM acct WHERE id = 1 FOR KEY SHARE',
      {
        sql: 'SELECT id FROM acct WHERE id = 1 FOR UPDATE NOWAIT',
        client: 'second',
      },
      'COMMIT',
    ],
  },
  {
    name: 'sysfuncs: advisory unlock of a lock not held is false; reentrant locks count (round 19)',
    steps: [
      'SELECT pg_advisory_unlock(42) AS a',
      'SELECT pg_advisory_lock(1) AS b, pg_advisory_lock(1) AS c',
      'SELECT pg_advisory_unlock(1) AS d, pg_advisory_unlock(1) AS e, pg_advisory_unlock(1) AS f',
    ],
  },
  {
    name: 'sysfuncs: xact advisory lock released at commit, shared and exclusive unlock kinds (round 19)',
    steps: [
      'BEGIN',
      'SELECT pg_advisory_xact_lock(1) AS a',
      'SELECT pg_advisory_unlock(1) AS b',
      'COMMIT',
      'SELECT pg_advisory_lock_shared(2) AS c',
      'SELECT pg_advisory_unlock(2) AS d, pg_advisory_unlock_shared(2) AS e',
    ],
  },
  {
    name: 'utility: LOCK TABLE outside a transaction block fails with 25P01 (round 20)',
    setup:
      "CREATE TABLE t (id int PRIMARY KEY, v text); INSERT INTO t SELECT g, 'v' || g FROM generate_series(1, 5) g",
    steps: ['LOCK TABLE t'],
  },
  {
    name: 'WITH TIES: beside SKIP LOCKED or without ORDER BY, refused with no position (round 21)',
    setup: 'CREATE TABLE o (id int PRIMARY KEY); INSERT INTO o VALUES (1), (2), (3)',
    steps: [
      'SELECT id FROM o ORDER BY id FETCH FIRST 2 ROWS WITH TIES FOR UPDATE SKIP LOCKED',
      'SELECT id FROM o FETCH FIRST 2 ROWS WITH TIES',
      'SELECT id FROM o ORDER BY id FETCH FIRST 2 ROWS WITH TIES FOR UPDATE',
    ],
  },
  {
    name: 'migrations: advisory locks with bigint keys as pg_locks shows them, and unlock_all (round 22)',
    steps: [
      'SELECT pg_advisory_lock(7241865325823964)',
      'SELECT pg_advisory_lock(-1)',
      'SELECT pg_advisory_lock(1, 2)',
      'SELECT pg_advisory_lock_shared(3)',
      "SELECT classid, objid, objsubid, mode, granted FROM pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid() ORDER BY classid, objid",
      'SELECT pg_advisory_unlock_all()',
      "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid()",
    ],
  },
  {
    name: 'migrations: a session advisory lock taken twice needs two unlocks, a third returns false (round 22)',
    steps: [
      'SELECT pg_try_advisory_lock(72707369) AS a',
      'SELECT pg_try_advisory_lock(72707369) AS b',
      'SELECT pg_advisory_unlock(72707369) AS c',
      'SELECT pg_advisory_unlock(72707369) AS d',
      'SELECT pg_advisory_unlock(72707369) AS e',
    ],
  },
  {
    name: 'migrations: another session cannot take a held advisory lock until it is released (round 22)',
    steps: [
      'SELECT pg_advisory_lock(4127311380)',
      { sql: 'SELECT pg_try_advisory_lock(4127311380) AS other', client: 'second' },
      'SELECT pg_advisory_unlock(4127311380)',
      { sql: 'SELECT pg_try_advisory_lock(4127311380) AS other_after', client: 'second' },
    ],
  },
  {
    name: 'migrations: a transaction advisory lock is released at COMMIT, a session one survives ROLLBACK (round 22)',
    steps: [
      'BEGIN',
      'SELECT pg_advisory_xact_lock(77431708279161)',
      'SELECT pg_advisory_lock(6)',
      'ROLLBACK',
      "SELECT objid, mode FROM pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid() ORDER BY objid",
    ],
  },
  {
    name: 'orm-introspect: UPDATE ... WHERE id = (SELECT ... FOR UPDATE SKIP LOCKED) RETURNING (round 22)',
    setup:
      "\nCREATE TYPE order_status AS ENUM ('pending', 'paid', 'shipped');\nCREATE TABLE users (id serial PRIMARY KEY, email varchar(255) NOT NULL UNIQUE, name text);\nCREATE TABLE orders (\n  id bigserial PRIMARY KEY,\n  user_id integer NOT NULL REFERENCES users (id) ON DELETE CASCADE,\n  status order_status NOT NULL DEFAULT 'pending',\n  total numeric(10,2) NOT NULL DEFAULT 0 CONSTRAINT orders_total_check CHECK (total >= 0),\n  meta jsonb\n);\nCREATE TABLE order_items (\n  order_id bigint NOT NULL,\n  line_no smallint NOT NULL,\n  qty integer NOT NULL DEFAULT 1,\n  PRIMARY KEY (order_id, line_no),\n  CONSTRAINT order_items_order_fk FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED\n);\nINSERT INTO users (email, name) VALUES ('ann@example.com', 'Ann'), ('bob@example.com', 'Bob');\nINSERT INTO orders (user_id, status, total, meta) VALUES (1, 'paid', 20, '{\"source\": \"web\"}'), (1, 'pending', 5.5, '{\"source\": \"app\"}'), (2, 'shipped', 99.99, NULL);\nINSERT INTO order_items VALUES (1, 1, 2), (1, 2, 1);\n",
    steps: [
      {
        sql: 'UPDATE "orders" SET "status" = $1 WHERE "id" = (SELECT "id" FROM "orders" WHERE "status" = $2 ORDER BY "id" LIMIT 1 FOR UPDATE SKIP LOCKED) RETURNING "id", "status"',
        params: ['paid', 'pending'],
      },
    ],
  },
  {
    name: 'another session cannot take an advisory lock taken through a SQL-standard function body (round 24)',
    steps: [
      'CREATE FUNCTION take_lock(k bigint) RETURNS boolean LANGUAGE sql RETURN pg_try_advisory_lock(k)',
      'SELECT take_lock(5) AS got',
      { sql: 'SELECT take_lock(5) AS other', client: 'second' },
      { sql: 'SELECT pg_try_advisory_lock(5) AS direct', client: 'second' },
    ],
  },
  {
    name: 'another session cannot take an advisory lock a view or a trigger took (round 24)',
    steps: [
      'CREATE VIEW lock_seven AS SELECT pg_try_advisory_lock(7) AS got',
      'SELECT got FROM lock_seven',
      { sql: 'SELECT got FROM lock_seven', client: 'second' },
      'CREATE TABLE ev (id int)',
      'CREATE FUNCTION lock_ev() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_advisory_lock(NEW.id); RETURN NEW; END $$',
      'CREATE TRIGGER ev_lock BEFORE INSERT ON ev FOR EACH ROW EXECUTE FUNCTION lock_ev()',
      'INSERT INTO ev VALUES (8)',
      { sql: 'SELECT pg_try_advisory_lock(8) AS other', client: 'second' },
    ],
  },
  {
    name: 'currval read through a column default is per session: 55000 on a session that never called nextval (round 24)',
    steps: [
      'CREATE SEQUENCE parent_seq',
      "CREATE TABLE kid (id int, parent bigint DEFAULT currval('parent_seq'))",
      "SELECT nextval('parent_seq')",
      { sql: 'INSERT INTO kid (id) VALUES (1) RETURNING parent', client: 'second' },
      'INSERT INTO kid (id) VALUES (2) RETURNING parent',
    ],
  },
  {
    name: 'a SQL-standard function over a temporary table fails on another session: cannot access temporary tables of other sessions (round 24)',
    steps: [
      'CREATE TEMP TABLE tt (a int)',
      'INSERT INTO tt VALUES (1)',
      'CREATE FUNCTION count_tt() RETURNS bigint LANGUAGE sql RETURN (SELECT count(*) FROM pg_temp.tt)',
      'SELECT count_tt() AS n',
      { sql: 'SELECT count_tt() AS n', client: 'second' },
    ],
  },
  {
    name: 'another session cannot take an advisory lock taken through a function calling a function, nor read currval through a view over a view (round 24)',
    steps: [
      'CREATE FUNCTION take_inner(k bigint) RETURNS boolean LANGUAGE sql RETURN pg_try_advisory_lock(k)',
      'CREATE FUNCTION take_outer(k bigint) RETURNS boolean LANGUAGE plpgsql AS $$ BEGIN RETURN take_inner(k); END $$',
      'SELECT take_outer(3) AS got',
      { sql: 'SELECT take_outer(3) AS other', client: 'second' },
      'CREATE SEQUENCE view_seq',
      "CREATE VIEW cur1 AS SELECT currval('view_seq') AS v",
      'CREATE VIEW cur2 AS SELECT v FROM cur1',
      "SELECT nextval('view_seq')",
      { sql: 'SELECT v FROM cur2', client: 'second' },
      'SELECT v FROM cur2',
    ],
  },
  {
    name: 'another session cannot take an advisory lock taken by a quoted function call or by EXECUTE of a prepared statement (round 24)',
    steps: [
      'CREATE FUNCTION "take_quoted"(k bigint) RETURNS boolean LANGUAGE sql RETURN pg_try_advisory_lock(k)',
      'SELECT "public"."take_quoted" (5) AS got',
      { sql: 'SELECT "take_quoted"(5) AS other', client: 'second' },
      'PREPARE take_it(bigint) AS SELECT take_quoted($1) AS got',
      'EXECUTE take_it(11)',
      { sql: 'SELECT pg_try_advisory_lock(11) AS other', client: 'second' },
    ],
  },
  {
    name: 'a contended advisory try answers false on the other connection, literal or parameter keys, as named or aliased (round 28)',
    steps: [
      'SELECT pg_advisory_lock(42)',
      'SELECT pg_advisory_lock(3, 4)',
      { sql: 'SELECT pg_try_advisory_lock(42)', client: 'second' },
      { sql: 'select PG_TRY_ADVISORY_LOCK(42) "Got";', client: 'second' },
      { sql: 'SELECT pg_try_advisory_lock($1) AS got', params: [42], client: 'second' },
      {
        sql: 'SELECT pg_try_advisory_lock($1, $2) AS a, pg_try_advisory_lock(4, 3) AS b',
        params: [3, 4],
        client: 'second',
      },
      'SELECT pg_advisory_unlock(42) AS freed',
      { sql: 'SELECT pg_try_advisory_lock(42) AS now_free', client: 'second' },
      'SELECT pg_try_advisory_lock(42) AS taken_by_other',
    ],
  },
  {
    name: 'two connections hold distinct advisory keys side by side and try each other (round 28)',
    steps: [
      'SELECT pg_advisory_lock(1)',
      { sql: 'SELECT pg_advisory_lock(2)', client: 'second' },
      'SELECT pg_try_advisory_lock(2) AS a_tries_b',
      {
        sql: 'SELECT pg_try_advisory_lock(1) AS b_tries_a, pg_try_advisory_lock(3) AS b_takes_3',
        client: 'second',
      },
      'SELECT pg_try_advisory_lock(3) AS a_tries_3',
      'SELECT pg_advisory_unlock(1) AS a_frees',
      { sql: 'SELECT pg_try_advisory_lock(1) AS b_takes_1', client: 'second' },
      'SELECT pg_try_advisory_lock(1) AS a_again',
    ],
  },
  {
    name: 'a wait for the other connection advisory lock ends by lock_timeout and fails its transaction (round 28)',
    steps: [
      'SELECT pg_advisory_lock(1)',
      { sql: "SET lock_timeout = '50ms'", client: 'second' },
      { sql: 'SELECT pg_advisory_lock(1)', client: 'second' },
      { sql: 'BEGIN', client: 'second' },
      { sql: "SET LOCAL lock_timeout = '30ms'", client: 'second' },
      { sql: 'SELECT pg_advisory_xact_lock(1)', client: 'second' },
      { sql: 'SELECT 1 AS v', client: 'second' },
      { sql: 'ROLLBACK', client: 'second' },
      { sql: 'SELECT pg_try_advisory_lock(2) AS other_key', client: 'second' },
    ],
  },
  {
    name: 'a wait for the other connection advisory lock ends by statement_timeout when it is sooner or equal (round 28)',
    steps: [
      'SELECT pg_advisory_lock(1)',
      { sql: "SET lock_timeout = '300ms'", client: 'second' },
      { sql: "SET statement_timeout = '40ms'", client: 'second' },
      { sql: 'SELECT pg_advisory_lock(1)', client: 'second' },
      { sql: "SET lock_timeout = '60ms'", client: 'second' },
      { sql: "SET statement_timeout = '60ms'", client: 'second' },
      { sql: 'SELECT pg_advisory_lock_shared(1)', client: 'second' },
    ],
  },
  {
    name: 'shared and exclusive advisory locks of two connections contend by mode (round 28)',
    steps: [
      'SELECT pg_advisory_lock_shared(5)',
      'SELECT pg_advisory_lock(6)',
      { sql: 'SELECT pg_try_advisory_lock(5) AS excl_on_shared', client: 'second' },
      { sql: 'BEGIN', client: 'second' },
      {
        sql: 'SELECT pg_try_advisory_xact_lock(5) AS xact_on_shared, pg_try_advisory_xact_lock_shared(6) AS shared_on_excl',
        client: 'second',
      },
      { sql: 'SELECT pg_try_advisory_xact_lock(7) AS free', client: 'second' },
      { sql: 'COMMIT', client: 'second' },
      'SELECT pg_try_advisory_lock(7) AS freed_at_commit',
    ],
  },
  {
    name: 'advisory keys of two connections as pg_locks tells them apart: negative, past 32 bits, two int4 keys (round 28)',
    steps: [
      'SELECT pg_advisory_lock(-1)',
      'SELECT pg_advisory_lock(5000000000)',
      'SELECT pg_advisory_lock(1, 2)',
      {
        sql: 'SELECT pg_try_advisory_lock(-1) AS neg, pg_try_advisory_lock(5000000000) AS big',
        client: 'second',
      },
      {
        sql: 'SELECT pg_try_advisory_lock(4294967298) AS one_key, pg_try_advisory_lock(1, 2) AS two_keys',
        client: 'second',
      },
      {
        sql: "SELECT pg_try_advisory_lock(-1, -1) AS neg_two, pg_try_advisory_lock('9'::bigint) AS cast",
        client: 'second',
      },
    ],
  },
  {
    name: 'a view over pg_listening_channels lists only its own session channels (round 24)',
    steps: [
      'CREATE VIEW channels AS SELECT pg_listening_channels() AS c',
      'LISTEN jobs_ready',
      'SELECT c FROM channels',
      { sql: 'SELECT count(*) AS n FROM channels', client: 'second' },
    ],
  },
]);
