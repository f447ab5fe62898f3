// Fourth batch: schema statements whose meaning changed after 15 (not-null constraints with names,
// virtual generated columns, RETURNING old/new, constraint alterations, partitioned foreign keys).
export const changedLaterCases = [
  {
    name: 'later: a CHECK named like a NOT NULL constraint',
    setup: 'CREATE TABLE t (v int NOT NULL);',
    steps: [
      'ALTER TABLE t ADD CONSTRAINT t_v_not_null CHECK (v > 0)',
      "SELECT conname FROM pg_constraint WHERE conrelid = 't'::regclass ORDER BY conname",
    ],
  },
  {
    name: 'later: renaming a NOT NULL constraint by name',
    setup: 'CREATE TABLE t (v int NOT NULL);',
    steps: [
      'ALTER TABLE t RENAME CONSTRAINT t_v_not_null TO v_required',
      { sql: 'INSERT INTO t VALUES ($1)', params: [null] },
    ],
  },
  {
    name: 'later: a comment on a NOT NULL constraint by name',
    setup: 'CREATE TABLE t (v int NOT NULL);',
    steps: ["COMMENT ON CONSTRAINT t_v_not_null ON t IS 'required'"],
  },
  {
    name: 'later: ALTER CONSTRAINT ... NO INHERIT on a NOT NULL',
    setup: 'CREATE TABLE t (v int NOT NULL);',
    steps: ['ALTER TABLE t ALTER CONSTRAINT t_v_not_null NO INHERIT'],
  },
  {
    name: 'later: ADD COLUMN GENERATED ALWAYS AS without STORED',
    setup: 'CREATE TABLE t (w int); INSERT INTO t VALUES (2);',
    steps: ['ALTER TABLE t ADD COLUMN d int GENERATED ALWAYS AS (w * 2)', 'SELECT * FROM t'],
  },
  {
    name: 'later: a VIRTUAL generated column',
    steps: [
      'CREATE TABLE t (w int, d int GENERATED ALWAYS AS (w * 2) VIRTUAL)',
      'CREATE TABLE t2 (w int, d int GENERATED ALWAYS AS (w * 2) STORED)',
      'ALTER TABLE t2 ADD COLUMN e int GENERATED ALWAYS AS (w * 3) VIRTUAL',
      'INSERT INTO t2 (w) VALUES (1) RETURNING *',
    ],
  },
  {
    name: 'later: UPDATE ... RETURNING old and new',
    setup: 'CREATE TABLE t (id int PRIMARY KEY, v int); INSERT INTO t VALUES (1, 1);',
    steps: ['UPDATE t SET v = 2 RETURNING old.v AS before, new.v AS after', 'SELECT v FROM t'],
  },
  {
    name: 'later: an upsert RETURNING old',
    setup: 'CREATE TABLE t (id int PRIMARY KEY, v int); INSERT INTO t VALUES (1, 1);',
    steps: [
      {
        sql: 'INSERT INTO t VALUES ($1, $2) ON CONFLICT (id) DO UPDATE SET v = EXCLUDED.v RETURNING old.v',
        params: ['1', '5'],
      },
      'SELECT v FROM t',
    ],
  },
  {
    name: 'later: ALTER CONSTRAINT on a unique constraint',
    setup: 'CREATE TABLE u (k int CONSTRAINT uk UNIQUE);',
    steps: ['ALTER TABLE u ALTER CONSTRAINT uk DEFERRABLE INITIALLY DEFERRED'],
  },
  {
    name: 'later: ALTER CONSTRAINT on a foreign key changes its deferral',
    setup: 'CREATE TABLE p (id int PRIMARY KEY); CREATE TABLE c (pid int CONSTRAINT c_fk REFERENCES p);',
    steps: [
      'ALTER TABLE c ALTER CONSTRAINT c_fk DEFERRABLE INITIALLY DEFERRED',
      'BEGIN',
      'INSERT INTO c VALUES (1)',
      'INSERT INTO p VALUES (1)',
      'COMMIT',
      "SELECT condeferrable, condeferred FROM pg_constraint WHERE conname = 'c_fk'",
    ],
  },
  {
    name: 'later: a NOT VALID foreign key on a partitioned table',
    setup:
      'CREATE TABLE p (id int PRIMARY KEY); CREATE TABLE pc (pid int, k int) PARTITION BY RANGE (k); CREATE TABLE pc1 PARTITION OF pc FOR VALUES FROM (0) TO (10); INSERT INTO pc VALUES (5, 1);',
    steps: [
      'ALTER TABLE pc ADD CONSTRAINT pc_fk FOREIGN KEY (pid) REFERENCES p NOT VALID',
      'INSERT INTO pc VALUES (6, 2)',
    ],
  },
  {
    name: 'later: adding an identity column to a partitioned table',
    setup:
      'CREATE TABLE pt (k int) PARTITION BY RANGE (k); CREATE TABLE pt1 PARTITION OF pt FOR VALUES FROM (0) TO (10); INSERT INTO pt VALUES (1);',
    steps: ['ALTER TABLE pt ADD COLUMN id int GENERATED ALWAYS AS IDENTITY', 'SELECT * FROM pt'],
  },
  {
    name: 'later: dropping a domain NOT NULL by its generated name',
    setup: 'CREATE DOMAIN d AS int NOT NULL;',
    steps: ['ALTER DOMAIN d DROP CONSTRAINT d_not_null', 'SELECT NULL::d AS v'],
  },
  {
    name: 'later: dropping a named domain NOT NULL by its name',
    setup: 'CREATE DOMAIN d AS int CONSTRAINT d_nn NOT NULL;',
    steps: [
      'ALTER DOMAIN d DROP CONSTRAINT d_nn',
      'SELECT NULL::d AS v',
      "SELECT count(*) FROM pg_constraint WHERE contypid = 'd'::regtype",
    ],
  },
  {
    name: 'later: renaming a domain NOT NULL constraint',
    setup: 'CREATE DOMAIN d AS int CONSTRAINT d_nn NOT NULL;',
    steps: ['ALTER DOMAIN d RENAME CONSTRAINT d_nn TO d_required'],
  },
  {
    name: 'later: STORAGE in a column definition',
    steps: [
      'CREATE TABLE t (v text STORAGE EXTERNAL)',
      'CREATE TABLE t2 (v text)',
      'ALTER TABLE t2 ALTER COLUMN v SET STORAGE EXTERNAL',
    ],
  },
  {
    name: 'later: SET STATISTICS DEFAULT',
    setup: 'CREATE TABLE t (v int);',
    steps: [
      'ALTER TABLE t ALTER COLUMN v SET STATISTICS DEFAULT',
      'ALTER TABLE t ALTER COLUMN v SET STATISTICS -1',
    ],
  },
  {
    name: 'later: a table access method on a partitioned table',
    steps: ['CREATE TABLE pt (k int) PARTITION BY RANGE (k) USING heap'],
  },
  {
    name: 'later: dropping NOT NULL on an inheritance child',
    setup: 'CREATE TABLE parent (v int NOT NULL); CREATE TABLE child () INHERITS (parent);',
    steps: [
      'ALTER TABLE child ALTER COLUMN v DROP NOT NULL',
      'INSERT INTO child VALUES (NULL)',
      'SELECT count(*) FROM parent',
    ],
  },
  {
    name: 'later: a MERGE inside WITH',
    setup: 'CREATE TABLE t (id int);',
    steps: [
      'WITH m AS (MERGE INTO t USING (VALUES (1)) s(id) ON t.id = s.id WHEN NOT MATCHED THEN INSERT VALUES (s.id)) SELECT 1 AS one',
      'SELECT count(*) FROM t',
    ],
  },
  {
    name: 'later: ADD CHECK on ONLY a partitioned table with partitions',
    setup:
      'CREATE TABLE pt (k int) PARTITION BY RANGE (k); CREATE TABLE pt1 PARTITION OF pt FOR VALUES FROM (0) TO (10);',
    steps: [
      'ALTER TABLE ONLY pt ADD CONSTRAINT k_pos CHECK (k >= 0)',
      'ALTER TABLE pt ADD CONSTRAINT k_pos CHECK (k >= 0)',
    ],
  },
  {
    name: 'later: attaching a plain table to a partitioned table with an identity',
    setup:
      'CREATE TABLE pt (id int GENERATED ALWAYS AS IDENTITY, k int) PARTITION BY RANGE (k); CREATE TABLE x (id int NOT NULL, k int);',
    steps: [
      'ALTER TABLE pt ATTACH PARTITION x FOR VALUES FROM (0) TO (10)',
      'INSERT INTO x (k) VALUES (1)',
      'INSERT INTO pt (k) VALUES (2) RETURNING id',
    ],
  },
  {
    name: 'later: an identity added to a column of a partitioned table',
    setup:
      'CREATE TABLE pt (id int NOT NULL, k int) PARTITION BY RANGE (k); CREATE TABLE pt1 PARTITION OF pt FOR VALUES FROM (0) TO (10);',
    steps: [
      'ALTER TABLE pt ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY',
      'INSERT INTO pt (k) VALUES (1) RETURNING id',
    ],
  },
  {
    name: 'later: an identity added to a column of a partition',
    setup:
      'CREATE TABLE pt (id int NOT NULL, k int) PARTITION BY RANGE (k); CREATE TABLE pt1 PARTITION OF pt FOR VALUES FROM (0) TO (10);',
    steps: [
      'ALTER TABLE pt1 ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY',
      'INSERT INTO pt1 (k) VALUES (1) RETURNING id',
    ],
  },
  {
    name: 'later: a partition of a table with an identity, read back',
    setup:
      'CREATE TABLE pt (id int GENERATED ALWAYS AS IDENTITY, k int) PARTITION BY RANGE (k); CREATE TABLE pt1 PARTITION OF pt FOR VALUES FROM (0) TO (10);',
    steps: [
      "SELECT pg_get_serial_sequence('pt1', 'id') AS seq",
      "SELECT table_name, is_identity FROM information_schema.columns WHERE column_name = 'id' ORDER BY table_name",
    ],
  },
  {
    name: 'later: dropping the identity of a partitioned table',
    setup:
      'CREATE TABLE pt (id int GENERATED ALWAYS AS IDENTITY, k int) PARTITION BY RANGE (k); CREATE TABLE pt1 PARTITION OF pt FOR VALUES FROM (0) TO (10);',
    steps: [
      'ALTER TABLE pt ALTER COLUMN id SET GENERATED BY DEFAULT',
      'INSERT INTO pt (id, k) VALUES (50, 1) RETURNING id',
      'ALTER TABLE pt ALTER COLUMN id DROP IDENTITY',
      'INSERT INTO pt (k) VALUES (2)',
    ],
  },
  {
    name: 'later: SET ACCESS METHOD DEFAULT',
    setup: 'CREATE TABLE t (v int);',
    steps: ['ALTER TABLE t SET ACCESS METHOD DEFAULT', 'ALTER TABLE t SET ACCESS METHOD heap'],
  },
  {
    name: 'later: a foreign key referencing a partitioned table, NOT VALID',
    setup:
      'CREATE TABLE pt (id int PRIMARY KEY) PARTITION BY RANGE (id); CREATE TABLE pt1 PARTITION OF pt FOR VALUES FROM (0) TO (10); CREATE TABLE c (pid int); INSERT INTO c VALUES (99);',
    steps: [
      'ALTER TABLE c ADD CONSTRAINT c_fk FOREIGN KEY (pid) REFERENCES pt NOT VALID',
      'INSERT INTO c VALUES (98)',
    ],
  },
];
