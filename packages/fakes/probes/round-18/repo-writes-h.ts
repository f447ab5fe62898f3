// Round 18 probe, repository writes part 8: what sits around a repository's writes in the schema
// (updated_at and audit triggers, partitioned tables, deferrable arbiters) and a few more shapes.
import { ProbeCases, withParams } from '../probe-kit.js';

const list = new ProbeCases('r18 repo writes: around: ');

const TRIG = `CREATE TABLE notes (id int PRIMARY KEY, body text NOT NULL, updated_at timestamptz NOT NULL DEFAULT '2000-01-01T00:00:00Z', rev int NOT NULL DEFAULT 0);
CREATE TABLE audit (id serial PRIMARY KEY, op text, note_id int, old_body text, new_body text);
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.updated_at := '2030-01-01T00:00:00Z';
  NEW.rev := OLD.rev + 1;
  RETURN NEW;
END $$;
CREATE TRIGGER notes_touch BEFORE UPDATE ON notes FOR EACH ROW EXECUTE FUNCTION touch();
CREATE FUNCTION audit_notes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    INSERT INTO audit (op, note_id, old_body) VALUES (TG_OP, OLD.id, OLD.body);
    RETURN OLD;
  END IF;
  INSERT INTO audit (op, note_id, old_body, new_body) VALUES (TG_OP, NEW.id, CASE WHEN TG_OP = 'UPDATE' THEN OLD.body END, NEW.body);
  RETURN NEW;
END $$;
CREATE TRIGGER notes_audit AFTER INSERT OR UPDATE OR DELETE ON notes FOR EACH ROW EXECUTE FUNCTION audit_notes();
INSERT INTO notes (id, body) VALUES (1, 'first');`;

list.add(
  'before update trigger sets updated_at seen in returning',
  [withParams('UPDATE notes SET body = $1 WHERE id = $2 RETURNING body, updated_at, rev', 'second', 1)],
  TRIG,
);
list.add(
  'after triggers write audit rows for insert update delete',
  [
    withParams('INSERT INTO notes (id, body) VALUES ($1, $2)', 2, 'x'),
    `UPDATE notes SET body = 'y' WHERE id = 2`,
    'DELETE FROM notes WHERE id = 2',
    'SELECT op, note_id, old_body, new_body FROM audit ORDER BY id',
  ],
  TRIG,
);
list.add(
  'trigger raising a custom error with fields',
  [
    `CREATE FUNCTION no_empty() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     IF NEW.body = '' THEN
       RAISE EXCEPTION 'body must not be empty' USING ERRCODE = 'check_violation', CONSTRAINT = 'notes_body_not_empty', TABLE = 'notes', COLUMN = 'body', DETAIL = 'id ' || NEW.id, HINT = 'write something';
     END IF;
     RETURN NEW;
   END $$`,
    'CREATE TRIGGER notes_no_empty BEFORE INSERT ON notes FOR EACH ROW EXECUTE FUNCTION no_empty()',
    withParams('INSERT INTO notes (id, body) VALUES ($1, $2)', 3, ''),
  ],
  TRIG,
);
list.add(
  'before insert trigger returning null skips the row',
  [
    `CREATE FUNCTION skip_spam() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW.body LIKE 'spam%' THEN RETURN NULL; END IF; RETURN NEW; END $$`,
    'CREATE TRIGGER notes_skip BEFORE INSERT ON notes FOR EACH ROW EXECUTE FUNCTION skip_spam()',
    `INSERT INTO notes (id, body) VALUES (5, 'spam!'), (6, 'ham') RETURNING id`,
  ],
  TRIG,
);
list.add(
  'statement trigger with transition table counts rows',
  [
    'CREATE TABLE counts (n int)',
    `CREATE FUNCTION count_new() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO counts SELECT count(*) FROM new_rows; RETURN NULL; END $$`,
    'CREATE TRIGGER notes_count AFTER INSERT ON notes REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION count_new()',
    `INSERT INTO notes (id, body) SELECT g, 'b' FROM generate_series(10, 14) g`,
    'SELECT n FROM counts',
  ],
  TRIG,
);
list.add(
  'upsert fires the update trigger on conflict',
  [
    `INSERT INTO notes (id, body) VALUES (1, 'again') ON CONFLICT (id) DO UPDATE SET body = EXCLUDED.body RETURNING rev, updated_at`,
    'SELECT op FROM audit ORDER BY id',
  ],
  TRIG,
);
list.add(
  'error inside an after trigger insert aborts the statement',
  [
    'ALTER TABLE audit ADD CONSTRAINT audit_body_short CHECK (length(new_body) < 10)',
    withParams('INSERT INTO notes (id, body) VALUES ($1, $2)', 7, 'much too long a body'),
    'SELECT count(*) AS n FROM notes',
  ],
  TRIG,
);

// ---------------------------------------------------------------- partitioned tables
const PART = `CREATE TABLE measurements (id bigint GENERATED ALWAYS AS IDENTITY, at timestamptz NOT NULL, value numeric, PRIMARY KEY (id, at)) PARTITION BY RANGE (at);
CREATE TABLE measurements_2024 PARTITION OF measurements FOR VALUES FROM ('2024-01-01T00:00:00Z') TO ('2025-01-01T00:00:00Z');
CREATE TABLE measurements_2025 PARTITION OF measurements FOR VALUES FROM ('2025-01-01T00:00:00Z') TO ('2026-01-01T00:00:00Z');`;
list.add(
  'insert into a partitioned table routes rows',
  [
    withParams(
      'INSERT INTO measurements (at, value) VALUES ($1, $2), ($3, $4) RETURNING id, tableoid::regclass::text AS part',
      '2024-05-01T00:00:00Z',
      1,
      '2025-05-01T00:00:00Z',
      2,
    ),
  ],
  PART,
);
list.add(
  'insert with no matching partition is 23514',
  [
    'SET TIME ZONE UTC',
    withParams('INSERT INTO measurements (at, value) VALUES ($1, $2)', '2023-05-01T00:00:00Z', 1),
  ],
  PART,
);
list.add(
  'update moving a row across partitions',
  [
    `INSERT INTO measurements (at, value) VALUES ('2024-05-01T00:00:00Z', 1)`,
    `UPDATE measurements SET at = '2025-02-01T00:00:00Z' WHERE id = 1 RETURNING tableoid::regclass::text AS part`,
  ],
  PART,
);
list.add(
  'upsert on a partitioned table',
  [
    `INSERT INTO measurements (at, value) VALUES ('2024-05-01T00:00:00Z', 1)`,
    `INSERT INTO measurements (id, at, value) OVERRIDING SYSTEM VALUE VALUES (1, '2024-05-01T00:00:00Z', 5) ON CONFLICT (id, at) DO UPDATE SET value = EXCLUDED.value RETURNING value`,
  ],
  PART,
);
list.add(
  'delete from a partitioned table',
  [
    `INSERT INTO measurements (at, value) VALUES ('2024-05-01T00:00:00Z', 1), ('2025-05-01T00:00:00Z', 2)`,
    `DELETE FROM measurements WHERE at < '2025-01-01' RETURNING id`,
  ],
  PART,
);
list.add('list partition default partition', [
  `CREATE TABLE ev (id int, kind text) PARTITION BY LIST (kind)`,
  `CREATE TABLE ev_a PARTITION OF ev FOR VALUES IN ('a')`,
  'CREATE TABLE ev_other PARTITION OF ev DEFAULT',
  `INSERT INTO ev VALUES (1, 'a'), (2, 'zzz') RETURNING id, tableoid::regclass::text AS part`,
]);

// ---------------------------------------------------------------- arbiters and odd shapes
list.add('on conflict with a deferrable unique arbiter is refused', [
  'CREATE TABLE d (k int, CONSTRAINT d_k UNIQUE (k) DEFERRABLE)',
  'INSERT INTO d VALUES (1)',
  'INSERT INTO d VALUES (1) ON CONFLICT (k) DO NOTHING',
]);
list.add('on conflict do nothing without target ignores a deferrable unique', [
  'CREATE TABLE d (k int, CONSTRAINT d_k UNIQUE (k) DEFERRABLE)',
  'INSERT INTO d VALUES (1)',
  'INSERT INTO d VALUES (1) ON CONFLICT DO NOTHING',
]);
list.add('insert values with a scalar subquery for the next number', [
  'CREATE TABLE n (no int PRIMARY KEY, v text)',
  `INSERT INTO n VALUES (1, 'a')`,
  withParams('INSERT INTO n (no, v) VALUES ((SELECT coalesce(max(no), 0) + 1 FROM n), $1) RETURNING no', 'b'),
]);
list.add('insert with a row constructor set from excluded star', [
  'CREATE TABLE r (k int PRIMARY KEY, a int, b int)',
  'INSERT INTO r VALUES (1, 1, 1)',
  'INSERT INTO r VALUES (1, 2, 3) ON CONFLICT (k) DO UPDATE SET (k, a, b) = ROW(EXCLUDED.*) RETURNING *',
]);
list.add('update set from a composite-typed whole row', [
  'CREATE TABLE r (k int PRIMARY KEY, a int, b int)',
  'INSERT INTO r VALUES (1, 1, 1), (2, 5, 6)',
  'UPDATE r SET (a, b) = (SELECT s.a, s.b FROM r s WHERE s.k = 2) WHERE k = 1 RETURNING *',
]);
list.add('insert into a mixed-case quoted table and column', [
  'CREATE TABLE "OrderItems" ("OrderId" int, "Qty" int DEFAULT 1)',
  withParams('INSERT INTO "OrderItems" ("OrderId") VALUES ($1) RETURNING "OrderId", "Qty"', 5),
  'INSERT INTO OrderItems (OrderId) VALUES (6)',
]);
list.add('insert with on conflict into a table with a reserved-word column', [
  'CREATE TABLE w ("user" text PRIMARY KEY, "order" int)',
  `INSERT INTO w ("user", "order") VALUES ('u', 1) ON CONFLICT ("user") DO UPDATE SET "order" = w."order" + 1 RETURNING "order"`,
  `INSERT INTO w ("user", "order") VALUES ('u', 1) ON CONFLICT ("user") DO UPDATE SET "order" = w."order" + 1 RETURNING "order"`,
]);
list.add('many parameters in one multi-row insert', [
  'CREATE TABLE m (a int, b text, c boolean)',
  withParams(
    `INSERT INTO m VALUES ${Array.from({ length: 300 }, (_, row) => `($${row * 3 + 1}, $${row * 3 + 2}, $${row * 3 + 3})`).join(', ')}`,
    ...Array.from({ length: 300 }, (_, row) => [row, `r${row}`, row % 2 === 0]).flat(),
  ),
  'SELECT count(*) AS n, sum(a) AS s, count(*) FILTER (WHERE c) AS evens FROM m',
]);
list.add('insert returning in array row mode keeps duplicate column names', [
  'CREATE TABLE m (a int, b int)',
  { sql: 'INSERT INTO m VALUES ($1, $2) RETURNING a, b AS a, a + b AS a', params: [1, 2], rowMode: 'array' },
]);
list.add('update returning duplicate names in object mode takes the last', [
  'CREATE TABLE m (a int, b int)',
  'INSERT INTO m VALUES (1, 2)',
  withParams('UPDATE m SET a = $1 RETURNING a, b AS a', 9),
]);
list.add('insert of now in two transactions differs but within one is equal', [
  'CREATE TABLE m (at timestamptz)',
  'BEGIN',
  'INSERT INTO m VALUES (now())',
  { pauseMs: 5 },
  'INSERT INTO m VALUES (now())',
  'COMMIT',
  'SELECT count(DISTINCT at) AS n FROM m',
]);
list.add('clock_timestamp differs within a statement while now does not', [
  'CREATE TABLE m (a timestamptz, b timestamptz)',
  'INSERT INTO m SELECT now(), clock_timestamp() FROM generate_series(1, 3)',
  'SELECT count(DISTINCT a) AS a FROM m',
]);
list.add('statement_timestamp equals now outside a transaction block', [
  'CREATE TABLE m (a timestamptz, b timestamptz)',
  'INSERT INTO m VALUES (now(), statement_timestamp()) RETURNING a = b AS same',
]);

export default list.cases;
