// Round 20 probe, partitions part 3: partitioned tables with MERGE, triggers, ON CONFLICT, views,
// CTEs, defaults and generated or identity columns in partitions, constraints and exclusion
// constraints on partitioned tables, and row movement edge cases, as PostgreSQL 15 chapter 5.11,
// CREATE TRIGGER, MERGE and INSERT describe them.
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases('r20 partitions: more: ');
const p = (name: string, steps: string[], setup?: string) => list.add(name, steps, setup);

const L = `CREATE TABLE lp (id int, k text, v int) PARTITION BY LIST (k);
CREATE TABLE lp_a PARTITION OF lp FOR VALUES IN ('a');
CREATE TABLE lp_b PARTITION OF lp FOR VALUES IN ('b');
CREATE TABLE lp_d PARTITION OF lp DEFAULT;
INSERT INTO lp VALUES (1, 'a', 10), (2, 'b', 20), (3, 'z', 30);`;
const LOG = `CREATE TABLE log (what text, part text, id int);
CREATE FUNCTION note() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO log VALUES (TG_OP || ' ' || TG_WHEN || ' ' || TG_LEVEL, TG_TABLE_NAME, CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END);
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END $$;`;

// MERGE (new in 15) on a partitioned table
p(
  'merge into partitioned table updates and inserts',
  [
    "MERGE INTO lp t USING (VALUES (1, 'a', 11), (4, 'b', 40)) s(id, k, v) ON t.id = s.id WHEN MATCHED THEN UPDATE SET v = s.v WHEN NOT MATCHED THEN INSERT VALUES (s.id, s.k, s.v)",
    'SELECT tableoid::regclass, id, v FROM lp ORDER BY id',
  ],
  L,
);
p(
  'merge moving row across partitions',
  [
    "MERGE INTO lp t USING (VALUES (1)) s(id) ON t.id = s.id WHEN MATCHED THEN UPDATE SET k = 'b'",
    'SELECT tableoid::regclass, id, k FROM lp ORDER BY id',
  ],
  L,
);
p(
  'merge delete on partitioned table',
  [
    'MERGE INTO lp t USING (VALUES (2), (3)) s(id) ON t.id = s.id WHEN MATCHED THEN DELETE',
    'SELECT id FROM lp ORDER BY id',
  ],
  L,
);
p('merge insert with no partition 23514', [
  'CREATE TABLE q (k int) PARTITION BY LIST (k)',
  'CREATE TABLE q1 PARTITION OF q FOR VALUES IN (1)',
  'MERGE INTO q USING (VALUES (2)) s(k) ON q.k = s.k WHEN NOT MATCHED THEN INSERT VALUES (s.k)',
]);
p('merge into inheritance parent', [
  'CREATE TABLE par (id int, v int)',
  'CREATE TABLE chi () INHERITS (par)',
  'INSERT INTO chi VALUES (1, 1)',
  'MERGE INTO par t USING (VALUES (1, 5), (2, 6)) s(id, v) ON t.id = s.id WHEN MATCHED THEN UPDATE SET v = s.v WHEN NOT MATCHED THEN INSERT VALUES (s.id, s.v)',
  'SELECT tableoid::regclass, id, v FROM par ORDER BY id',
]);

// triggers
p(
  'row trigger on partitioned table fires on partitions',
  [
    'CREATE TRIGGER t_note BEFORE INSERT ON lp FOR EACH ROW EXECUTE FUNCTION note()',
    "INSERT INTO lp VALUES (5, 'a', 1), (6, 'q', 2)",
    'SELECT * FROM log ORDER BY id',
  ],
  L + LOG,
);
p(
  'statement trigger on partitioned table fires once on parent',
  [
    'CREATE TRIGGER t_note AFTER INSERT ON lp FOR EACH STATEMENT EXECUTE FUNCTION note()',
    "INSERT INTO lp VALUES (5, 'a', 1), (6, 'q', 2)",
    'SELECT what, part FROM log',
  ],
  L + LOG,
);
p(
  'update moving row fires delete and insert row triggers',
  [
    'CREATE TRIGGER t_ins AFTER INSERT ON lp FOR EACH ROW EXECUTE FUNCTION note()',
    'CREATE TRIGGER t_del AFTER DELETE ON lp FOR EACH ROW EXECUTE FUNCTION note()',
    'CREATE TRIGGER t_upd AFTER UPDATE ON lp FOR EACH ROW EXECUTE FUNCTION note()',
    "UPDATE lp SET k = 'b' WHERE id = 1",
    'SELECT what, part, id FROM log ORDER BY what',
  ],
  L + LOG,
);
p(
  'before update trigger on partition changing key moves row',
  [
    "CREATE FUNCTION tob() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.k := 'b'; RETURN NEW; END $$",
    'CREATE TRIGGER t_tob BEFORE UPDATE ON lp_a FOR EACH ROW EXECUTE FUNCTION tob()',
    'UPDATE lp SET v = 99 WHERE id = 1',
  ],
  L,
);
p(
  'before insert trigger on partition changing key 23514?',
  [
    "CREATE FUNCTION tob() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.k := 'b'; RETURN NEW; END $$",
    'CREATE TRIGGER t_tob BEFORE INSERT ON lp_a FOR EACH ROW EXECUTE FUNCTION tob()',
    "INSERT INTO lp VALUES (9, 'a', 1)",
  ],
  L,
);
p(
  'trigger on partitioned table listed on partitions',
  [
    'CREATE TRIGGER t_note AFTER INSERT ON lp FOR EACH ROW EXECUTE FUNCTION note()',
    "SELECT tgrelid::regclass::text, tgname FROM pg_trigger WHERE tgname = 't_note' ORDER BY 1",
  ],
  L + LOG,
);
p(
  'before statement trigger for each row on partitioned with transition tables 0A000?',
  [
    'CREATE FUNCTION noop() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$',
    'CREATE TRIGGER t_tt AFTER INSERT ON lp_a REFERENCING NEW TABLE AS nt FOR EACH ROW EXECUTE FUNCTION noop()',
  ],
  L,
);
p(
  'drop trigger on partition inherited 42P16?',
  [
    'CREATE TRIGGER t_note AFTER INSERT ON lp FOR EACH ROW EXECUTE FUNCTION note()',
    'DROP TRIGGER t_note ON lp_a',
  ],
  L + LOG,
);
p(
  'delete from partitioned table fires per partition row trigger',
  [
    'CREATE TRIGGER t_del BEFORE DELETE ON lp FOR EACH ROW EXECUTE FUNCTION note()',
    'DELETE FROM lp WHERE id IN (1, 3)',
    'SELECT what, part, id FROM log ORDER BY id',
  ],
  L + LOG,
);

// on conflict and unique per partition
p(
  'on conflict do nothing on a partition only unique index',
  [
    'CREATE UNIQUE INDEX lp_a_id ON lp_a (id)',
    "INSERT INTO lp_a VALUES (1, 'a', 0) ON CONFLICT (id) DO NOTHING RETURNING id",
    "INSERT INTO lp VALUES (1, 'a', 0)",
    'SELECT count(*) FROM lp_a',
  ],
  L,
);
p(
  'on conflict on partitioned table without unique 42P10',
  ["INSERT INTO lp VALUES (1, 'a', 0) ON CONFLICT (id) DO NOTHING"],
  L,
);
p('on conflict do update moving across partition 0A000?', [
  'CREATE TABLE pu (id int, k text, PRIMARY KEY (id, k)) PARTITION BY LIST (k)',
  "CREATE TABLE pu_a PARTITION OF pu FOR VALUES IN ('a')",
  "CREATE TABLE pu_b PARTITION OF pu FOR VALUES IN ('b')",
  "INSERT INTO pu VALUES (1, 'a')",
  "INSERT INTO pu VALUES (1, 'a') ON CONFLICT (id, k) DO UPDATE SET k = 'b'",
]);
p(
  'unique per partition only allows cross partition duplicates',
  [
    'CREATE UNIQUE INDEX lp_a_id ON lp_a (id)',
    "INSERT INTO lp VALUES (1, 'b', 0) RETURNING tableoid::regclass",
    'SELECT count(*) FROM lp WHERE id = 1',
  ],
  L,
);

// views and CTEs
p(
  'updatable view with check option over partitioned table',
  [
    "CREATE VIEW v_a AS SELECT * FROM lp WHERE k = 'a' WITH CHECK OPTION",
    "INSERT INTO v_a VALUES (7, 'a', 1) RETURNING id",
    "INSERT INTO v_a VALUES (8, 'b', 1)",
  ],
  L,
);
p(
  'update through view moving row out of view check option 44000',
  ["CREATE VIEW v_a AS SELECT * FROM lp WHERE k = 'a' WITH CHECK OPTION", "UPDATE v_a SET k = 'b'"],
  L,
);
p(
  'cte update moving rows then select',
  [
    "WITH moved AS (UPDATE lp SET k = 'a' WHERE k <> 'a' RETURNING id) SELECT array_agg(id ORDER BY id) FROM moved",
    'SELECT tableoid::regclass, count(*) FROM lp GROUP BY 1 ORDER BY 1',
  ],
  L,
);
p(
  'cte delete then insert into partitioned',
  [
    "WITH gone AS (DELETE FROM lp WHERE id = 3 RETURNING *) INSERT INTO lp SELECT id + 100, 'b', v FROM gone RETURNING tableoid::regclass, id",
  ],
  L,
);
p(
  'update from join on partitioned table',
  [
    'CREATE TABLE src (id int, k text)',
    "INSERT INTO src VALUES (1, 'z'), (2, 'a')",
    'UPDATE lp SET k = src.k FROM src WHERE src.id = lp.id RETURNING lp.tableoid::regclass, lp.id, lp.k',
  ],
  L,
);
p(
  'delete using join on partitioned table',
  [
    'CREATE TABLE src (id int)',
    'INSERT INTO src VALUES (1), (3)',
    'DELETE FROM lp USING src WHERE src.id = lp.id RETURNING lp.id',
    'SELECT id FROM lp',
  ],
  L,
);
p('select for update on partitioned table', ["SELECT id FROM lp WHERE k = 'a' FOR UPDATE"], L);
p(
  'select for update skip locked on partitioned table',
  ['SELECT id FROM lp ORDER BY id FOR UPDATE SKIP LOCKED'],
  L,
);

// columns in partitions
p('partition defaults differ per partition', [
  "CREATE TABLE dp (k int, v text DEFAULT 'parent') PARTITION BY LIST (k)",
  "CREATE TABLE dp1 PARTITION OF dp (v DEFAULT 'one') FOR VALUES IN (1)",
  'CREATE TABLE dp2 PARTITION OF dp FOR VALUES IN (2)',
  'INSERT INTO dp (k) VALUES (1), (2) RETURNING k, v',
]);
p('partition default applied when inserting directly', [
  "CREATE TABLE dp (k int, v text DEFAULT 'parent') PARTITION BY LIST (k)",
  "CREATE TABLE dp1 PARTITION OF dp (v DEFAULT 'one') FOR VALUES IN (1)",
  'INSERT INTO dp1 (k) VALUES (1) RETURNING v',
]);
p('generated column on partitioned table recomputed on row move', [
  'CREATE TABLE gp (k int, a int, b int GENERATED ALWAYS AS (a * 10) STORED) PARTITION BY LIST (k)',
  'CREATE TABLE gp1 PARTITION OF gp FOR VALUES IN (1)',
  'CREATE TABLE gp2 PARTITION OF gp FOR VALUES IN (2)',
  'INSERT INTO gp (k, a) VALUES (1, 1)',
  'UPDATE gp SET k = 2, a = 3 RETURNING tableoid::regclass, b',
]);
p('identity on partitioned shared sequence across partitions', [
  'CREATE TABLE ip (id bigint GENERATED BY DEFAULT AS IDENTITY, k int) PARTITION BY LIST (k)',
  'CREATE TABLE ip1 PARTITION OF ip FOR VALUES IN (1)',
  'CREATE TABLE ip2 PARTITION OF ip FOR VALUES IN (2)',
  'INSERT INTO ip (k) VALUES (2), (1), (2) RETURNING tableoid::regclass, id',
  "SELECT pg_get_serial_sequence('ip', 'id') AS v",
]);
p('not null only on partition', [
  'CREATE TABLE np (k int, v int) PARTITION BY LIST (k)',
  'CREATE TABLE np1 PARTITION OF np (v NOT NULL) FOR VALUES IN (1)',
  'CREATE TABLE np2 PARTITION OF np FOR VALUES IN (2)',
  'INSERT INTO np VALUES (2, NULL) RETURNING k',
  'INSERT INTO np VALUES (1, NULL)',
]);
p('update moving row into partition with stricter check 23514', [
  'CREATE TABLE cp (k int, v int) PARTITION BY LIST (k)',
  'CREATE TABLE cp1 PARTITION OF cp FOR VALUES IN (1)',
  'CREATE TABLE cp2 PARTITION OF cp (CONSTRAINT vbig CHECK (v > 100)) FOR VALUES IN (2)',
  'INSERT INTO cp VALUES (1, 5)',
  'UPDATE cp SET k = 2',
]);
p('exclusion constraint on partitioned table including key', [
  'CREATE TABLE ex (k int, r int4range, EXCLUDE USING gist (r WITH &&)) PARTITION BY LIST (k)',
]);
p('exclusion constraint on a partition', [
  'CREATE TABLE ex (k int, r int4range) PARTITION BY LIST (k)',
  'CREATE TABLE ex1 PARTITION OF ex FOR VALUES IN (1)',
  'ALTER TABLE ex1 ADD EXCLUDE USING gist (r WITH &&)',
  "INSERT INTO ex VALUES (1, '[1,5)')",
  "INSERT INTO ex VALUES (1, '[2,3)')",
]);
p('check not valid on partitioned table 42P16?', [
  'CREATE TABLE cv (k int, v int) PARTITION BY LIST (k)',
  'CREATE TABLE cv1 PARTITION OF cv FOR VALUES IN (1)',
  'INSERT INTO cv VALUES (1, -1)',
  'ALTER TABLE cv ADD CONSTRAINT vpos CHECK (v > 0) NOT VALID',
  'ALTER TABLE cv VALIDATE CONSTRAINT vpos',
]);
p('check not valid on partitioned table then fix and validate', [
  'CREATE TABLE cv (k int, v int) PARTITION BY LIST (k)',
  'CREATE TABLE cv1 PARTITION OF cv FOR VALUES IN (1)',
  'INSERT INTO cv VALUES (1, -1)',
  'ALTER TABLE cv ADD CONSTRAINT vpos CHECK (v > 0) NOT VALID',
  'UPDATE cv SET v = 1',
  'ALTER TABLE cv VALIDATE CONSTRAINT vpos',
  "SELECT conrelid::regclass::text, convalidated FROM pg_constraint WHERE conname = 'vpos' ORDER BY 1",
]);
p('unique nulls not distinct across partitions of key', [
  'CREATE TABLE un (k int, v int, UNIQUE NULLS NOT DISTINCT (k, v)) PARTITION BY LIST (k)',
  'CREATE TABLE un1 PARTITION OF un FOR VALUES IN (1)',
  'CREATE TABLE un2 PARTITION OF un FOR VALUES IN (2)',
  'INSERT INTO un VALUES (1, NULL), (2, NULL) RETURNING tableoid::regclass',
]);
p('deferrable unique on partitioned table', [
  'CREATE TABLE du (k int, v int, UNIQUE (k, v) DEFERRABLE INITIALLY DEFERRED) PARTITION BY LIST (k)',
  'CREATE TABLE du1 PARTITION OF du FOR VALUES IN (1)',
  'INSERT INTO du VALUES (1, 1), (1, 2)',
  'BEGIN',
  'UPDATE du SET v = 3 - v',
  'COMMIT',
  'SELECT v FROM du ORDER BY v',
]);

// row movement edge cases
p(
  'update moving many rows counts',
  [
    "INSERT INTO lp SELECT g, 'a', g FROM generate_series(10, 29) g",
    "UPDATE lp SET k = 'b' WHERE id BETWEEN 10 AND 19",
    'SELECT tableoid::regclass, count(*) FROM lp GROUP BY 1 ORDER BY 1',
  ],
  L,
);
p(
  'update moving row twice in one transaction',
  [
    'BEGIN',
    "UPDATE lp SET k = 'b' WHERE id = 1",
    "UPDATE lp SET k = 'z' WHERE id = 1",
    'COMMIT',
    'SELECT tableoid::regclass, k FROM lp WHERE id = 1',
  ],
  L,
);
p(
  'update moving row rolled back to savepoint',
  [
    'BEGIN',
    'SAVEPOINT s',
    "UPDATE lp SET k = 'b' WHERE id = 1",
    'ROLLBACK TO SAVEPOINT s',
    'COMMIT',
    'SELECT tableoid::regclass, k FROM lp WHERE id = 1',
  ],
  L,
);
p(
  'update of partition key via parameterless case expression swaps partitions',
  [
    "UPDATE lp SET k = CASE k WHEN 'a' THEN 'b' WHEN 'b' THEN 'a' ELSE k END",
    'SELECT tableoid::regclass, id FROM lp ORDER BY id',
  ],
  L,
);
p('update on partition directly cannot move 23514', ["UPDATE lp_a SET k = 'b'"], L);
p(
  'update only partitioned table is no op',
  ["UPDATE ONLY lp SET k = 'b'", 'SELECT k FROM lp ORDER BY id'],
  L,
);
p('delete returning partition names sorted', ['DELETE FROM lp RETURNING tableoid::regclass AS part, id'], L);
p('insert returning star from partitioned', ["INSERT INTO lp VALUES (9, 'b', 90) RETURNING *"], L);
p('count distinct tableoid', ['SELECT count(DISTINCT tableoid) FROM lp'], L);
p(
  'tableoid of partitioned parent never appears',
  ["SELECT count(*) FROM lp WHERE tableoid = 'lp'::regclass"],
  L,
);
p(
  'tableoid in group by order by name',
  ['SELECT tableoid::regclass::text AS part, sum(v) FROM lp GROUP BY 1 ORDER BY 1'],
  L,
);
p(
  'attach partition in transaction then insert',
  [
    'CREATE TABLE lp_c (id int, k text, v int)',
    'BEGIN',
    'ALTER TABLE lp DETACH PARTITION lp_d',
    "ALTER TABLE lp ATTACH PARTITION lp_c FOR VALUES IN ('c')",
    "INSERT INTO lp VALUES (10, 'c', 1) RETURNING tableoid::regclass",
    'COMMIT',
    "INSERT INTO lp VALUES (11, 'q', 1)",
  ],
  L,
);
p(
  'lock table partitioned nowait',
  ['BEGIN', 'LOCK TABLE lp IN SHARE MODE NOWAIT', 'SELECT count(*) FROM lp', 'COMMIT'],
  L,
);
p(
  'second session blocked row on partition skip locked',
  ['BEGIN', "SELECT id FROM lp WHERE k = 'a' FOR UPDATE"],
  L,
);
p('alter table set on partitioned table fillfactor 42P16?', ['ALTER TABLE lp SET (fillfactor = 50)'], L);
p('alter table reset on partitioned table', ['ALTER TABLE lp RESET (fillfactor)', 'SELECT 1 AS ok'], L);
p('alter table set unknown parameter on partitioned table 22023', ['ALTER TABLE lp SET (foo = 1)'], L);
p(
  'alter table set toast parameter on partitioned table',
  ['ALTER TABLE lp SET (toast.autovacuum_enabled = false)', 'SELECT 1 AS ok'],
  L,
);
p(
  'alter table set two parameters on partitioned table names the first 22023',
  ['ALTER TABLE lp SET (autovacuum_enabled = false, fillfactor = 1)'],
  L,
);
p('create partitioned table with storage parameter 22023', [
  'CREATE TABLE wp (a int) PARTITION BY LIST (a) WITH (fillfactor = 10)',
]);
p('create partitioned table with quoted storage parameter 22023', [
  'CREATE TABLE wp (a int) PARTITION BY LIST (a) WITH ("FillFactor" = 10)',
]);
p(
  'alter partition set fillfactor ok',
  ['ALTER TABLE lp_a SET (fillfactor = 50)', "SELECT reloptions FROM pg_class WHERE relname = 'lp_a'"],
  L,
);
p(
  'comment on partition',
  ["COMMENT ON TABLE lp_a IS 'part a'", "SELECT obj_description('lp_a'::regclass, 'pg_class') AS v"],
  L,
);
p(
  'rename partition',
  ['ALTER TABLE lp_a RENAME TO lp_aa', "INSERT INTO lp VALUES (9, 'a', 0) RETURNING tableoid::regclass"],
  L,
);
p(
  'schema qualified partition of',
  [
    'CREATE SCHEMA r20_part_s',
    "CREATE TABLE r20_part_s.lp_c PARTITION OF lp FOR VALUES IN ('c')",
    "INSERT INTO lp VALUES (9, 'c', 0) RETURNING tableoid::regclass",
  ],
  L,
);
p('partition of table in other schema with search path', [
  'CREATE SCHEMA r20_part_t',
  'CREATE TABLE r20_part_t.pp (k int) PARTITION BY LIST (k)',
  'CREATE TABLE r20_part_t.pp1 PARTITION OF r20_part_t.pp FOR VALUES IN (1)',
  'INSERT INTO r20_part_t.pp VALUES (1) RETURNING tableoid::regclass',
]);

export default list.cases;
