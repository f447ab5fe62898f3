// Round 18 probe, repository writes part 7: write syntax newer than 15 that a repository written
// against a newer server might send (RETURNING OLD/NEW, MERGE ... RETURNING, virtual generated
// columns, temporal keys), which 15 refuses, and MERGE as 15 runs it.
import { ProbeCases, withParams } from '../probe-kit.js';

const list = new ProbeCases('r18 repo writes: newer syntax: ');

const KV = `CREATE TABLE kv (k text PRIMARY KEY, v int NOT NULL);
INSERT INTO kv VALUES ('a', 1), ('b', 2);`;

list.add(
  'returning old and new qualifiers are unknown tables in 15',
  [`UPDATE kv SET v = v + 1 WHERE k = 'a' RETURNING old.v AS before, new.v AS after`],
  KV,
);
list.add(
  'returning old star in a delete is 42P01 in 15',
  [`DELETE FROM kv WHERE k = 'a' RETURNING old.*`],
  KV,
);
list.add('returning new in an insert is 42P01 in 15', [`INSERT INTO kv VALUES ('c', 3) RETURNING new.k`], KV);
list.add(
  'returning with old as alias is a syntax error in 15',
  [`UPDATE kv SET v = 0 RETURNING WITH (OLD AS o, NEW AS n) o.v, n.v`],
  KV,
);
list.add(
  'returning old in an upsert is 42P01 in 15',
  [`INSERT INTO kv VALUES ('a', 9) ON CONFLICT (k) DO UPDATE SET v = EXCLUDED.v RETURNING old.v`],
  KV,
);
list.add(
  'a table named old works in returning through update from',
  [
    'CREATE TABLE old (k text, v int)',
    `INSERT INTO old VALUES ('a', 100)`,
    `UPDATE kv SET v = old.v FROM old WHERE old.k = kv.k RETURNING old.v AS ov, kv.v AS nv`,
  ],
  KV,
);
list.add(
  'an alias named new in update from',
  [
    `UPDATE kv SET v = new.v FROM (VALUES ('a', 50)) AS new(k, v) WHERE new.k = kv.k RETURNING new.v AS nv, kv.k`,
  ],
  KV,
);
list.add('a column named old is returned', [
  'CREATE TABLE h (id int, old int, new int)',
  'INSERT INTO h VALUES (1, 2, 3) RETURNING old, new',
]);

// ---------------------------------------------------------------- MERGE as 15 has it
const MERGE_SETUP = `${KV}
CREATE TABLE incoming (k text, v int, del boolean DEFAULT false);
INSERT INTO incoming VALUES ('a', 10, false), ('b', 0, true), ('c', 30, false);`;
list.add(
  'merge insert update delete',
  [
    `MERGE INTO kv t USING incoming s ON t.k = s.k
   WHEN MATCHED AND s.del THEN DELETE
   WHEN MATCHED THEN UPDATE SET v = s.v
   WHEN NOT MATCHED THEN INSERT (k, v) VALUES (s.k, s.v)`,
    'SELECT k, v FROM kv ORDER BY k',
  ],
  MERGE_SETUP,
);
list.add(
  'merge rowCount counts all actions',
  [
    `MERGE INTO kv t USING incoming s ON t.k = s.k WHEN MATCHED THEN UPDATE SET v = s.v WHEN NOT MATCHED THEN INSERT VALUES (s.k, s.v)`,
  ],
  MERGE_SETUP,
);
list.add(
  'merge with parameters in a values source',
  [
    withParams(
      `MERGE INTO kv t USING (VALUES ($1::text, $2::int)) AS s(k, v) ON t.k = s.k WHEN MATCHED THEN UPDATE SET v = t.v + s.v WHEN NOT MATCHED THEN INSERT (k, v) VALUES (s.k, s.v)`,
      'a',
      5,
    ),
    'SELECT k, v FROM kv ORDER BY k',
  ],
  KV,
);
list.add(
  'merge do nothing',
  [
    `MERGE INTO kv t USING incoming s ON t.k = s.k WHEN MATCHED THEN DO NOTHING WHEN NOT MATCHED THEN DO NOTHING`,
  ],
  MERGE_SETUP,
);
list.add(
  'merge returning is a syntax error in 15',
  [`MERGE INTO kv t USING incoming s ON t.k = s.k WHEN MATCHED THEN UPDATE SET v = s.v RETURNING t.k`],
  MERGE_SETUP,
);
list.add(
  'merge returning merge_action is a syntax error in 15',
  [
    `MERGE INTO kv t USING incoming s ON t.k = s.k WHEN MATCHED THEN UPDATE SET v = s.v RETURNING merge_action(), t.*`,
  ],
  MERGE_SETUP,
);
list.add(
  'merge when not matched by source is a syntax error in 15',
  [`MERGE INTO kv t USING incoming s ON t.k = s.k WHEN NOT MATCHED BY SOURCE THEN DELETE`],
  MERGE_SETUP,
);
list.add(
  'merge when not matched by target is a syntax error in 15',
  [`MERGE INTO kv t USING incoming s ON t.k = s.k WHEN NOT MATCHED BY TARGET THEN INSERT VALUES (s.k, s.v)`],
  MERGE_SETUP,
);
list.add(
  'merge into a view is refused in 15',
  [
    'CREATE VIEW kvv AS SELECT * FROM kv',
    `MERGE INTO kvv t USING incoming s ON t.k = s.k WHEN MATCHED THEN UPDATE SET v = s.v`,
  ],
  MERGE_SETUP,
);
list.add(
  'merge in a CTE is a syntax error in 15',
  [`WITH m AS (MERGE INTO kv t USING incoming s ON t.k = s.k WHEN MATCHED THEN DELETE) SELECT 1 AS one`],
  MERGE_SETUP,
);
list.add(
  'merge matching a target row twice is 21000',
  [
    `INSERT INTO incoming VALUES ('a', 11, false)`,
    `MERGE INTO kv t USING incoming s ON t.k = s.k WHEN MATCHED THEN UPDATE SET v = s.v`,
  ],
  MERGE_SETUP,
);
list.add(
  'merge insert unique violation',
  [
    `MERGE INTO kv t USING (VALUES ('z', 1), ('z', 2)) s(k, v) ON t.k = s.k WHEN NOT MATCHED THEN INSERT VALUES (s.k, s.v)`,
  ],
  KV,
);
list.add(
  'merge with a check violation',
  [
    'ALTER TABLE kv ADD CONSTRAINT kv_pos CHECK (v > 0)',
    `MERGE INTO kv t USING incoming s ON t.k = s.k WHEN MATCHED THEN UPDATE SET v = s.v`,
  ],
  MERGE_SETUP,
);
list.add('merge insert default values', [
  'CREATE TABLE d (k text, v int DEFAULT 7)',
  `MERGE INTO d USING (VALUES ('x')) s(k) ON d.k = s.k WHEN NOT MATCHED THEN INSERT DEFAULT VALUES`,
  'SELECT k, v FROM d',
]);
list.add(
  'merge explain is refused or described',
  [`EXPLAIN (COSTS OFF) MERGE INTO kv t USING incoming s ON t.k = s.k WHEN MATCHED THEN DELETE`],
  MERGE_SETUP,
);

// ---------------------------------------------------------------- generated and temporal columns
list.add('generated column without STORED is a syntax error in 15', [
  'CREATE TABLE g (a int, b int GENERATED ALWAYS AS (a * 2))',
]);
list.add('generated column VIRTUAL is a syntax error in 15', [
  'CREATE TABLE g (a int, b int GENERATED ALWAYS AS (a * 2) VIRTUAL)',
]);
list.add('primary key without overlaps is a syntax error in 15', [
  'CREATE TABLE g (id int, during tstzrange, PRIMARY KEY (id, during WITHOUT OVERLAPS))',
]);
list.add('not null not valid is a syntax error in 15', [
  'CREATE TABLE g (a int)',
  'ALTER TABLE g ADD CONSTRAINT g_a_nn NOT NULL a NOT VALID',
]);
list.add('named not null constraint in a column definition', [
  'CREATE TABLE g (a int CONSTRAINT g_a_required NOT NULL)',
  'INSERT INTO g VALUES (NULL)',
]);
list.add('check constraint NOT ENFORCED is a syntax error in 15', [
  'CREATE TABLE g (a int CHECK (a > 0) NOT ENFORCED)',
]);
list.add('insert into a table with a generated column returns it in 15 order', [
  'CREATE TABLE g (a int, b int GENERATED ALWAYS AS (a * 2) STORED, c text)',
  `INSERT INTO g (a, c) VALUES (2, 'x') RETURNING *`,
]);
list.add('update of a generated column is 428C9', [
  'CREATE TABLE g (a int, b int GENERATED ALWAYS AS (a * 2) STORED)',
  'INSERT INTO g (a) VALUES (1)',
  'UPDATE g SET b = 5',
]);
list.add('update of a generated column to DEFAULT is allowed', [
  'CREATE TABLE g (a int, b int GENERATED ALWAYS AS (a * 2) STORED)',
  'INSERT INTO g (a) VALUES (1)',
  'UPDATE g SET b = DEFAULT, a = 4 RETURNING b',
]);
list.add('generated column referencing another generated column is 42P17', [
  'CREATE TABLE g (a int, b int GENERATED ALWAYS AS (a * 2) STORED, c int GENERATED ALWAYS AS (b + 1) STORED)',
]);
list.add('generated column with a volatile function is 42P17', [
  'CREATE TABLE g (a int, at timestamptz GENERATED ALWAYS AS (now()) STORED)',
]);
list.add('identity column alter to restart then insert', [
  'CREATE TABLE g (id int GENERATED ALWAYS AS IDENTITY, v int)',
  'INSERT INTO g (v) VALUES (1)',
  'ALTER TABLE g ALTER COLUMN id RESTART WITH 50',
  'INSERT INTO g (v) VALUES (2) RETURNING id',
]);
list.add('insert overriding system value on a by default column', [
  'CREATE TABLE g (id int GENERATED BY DEFAULT AS IDENTITY, v int)',
  'INSERT INTO g OVERRIDING SYSTEM VALUE VALUES (9, 1) RETURNING id',
]);
list.add('insert overriding user value on an always column is 428C9 or uses the sequence', [
  'CREATE TABLE g (id int GENERATED ALWAYS AS IDENTITY, v int)',
  'INSERT INTO g OVERRIDING USER VALUE VALUES (9, 1) RETURNING id',
]);
list.add('identity sequence name from pg_get_serial_sequence', [
  'CREATE TABLE g (id int GENERATED ALWAYS AS IDENTITY, v int)',
  `SELECT pg_get_serial_sequence('g', 'id') AS s`,
]);
list.add('identity max value reached is 2200H', [
  'CREATE TABLE g (id smallint GENERATED ALWAYS AS IDENTITY (MAXVALUE 2), v int)',
  'INSERT INTO g (v) VALUES (1), (2)',
  'INSERT INTO g (v) VALUES (3)',
]);
list.add('serial smallint overflow is 2200H', [
  'CREATE TABLE g (id smallserial, v int)',
  `SELECT setval('g_id_seq', 32767) AS s`,
  'INSERT INTO g (v) VALUES (3)',
]);

export default list.cases;
