// Round 21 probe (h119), violations part 7: violations raised by the less common writers an
// application has (MERGE, ALTER TABLE rewriting rows, triggers and constraint triggers, views,
// identity and sequence changes, extension types), with the detail each gives (PostgreSQL 15 docs
// MERGE, ALTER TABLE, CREATE TRIGGER / CREATE CONSTRAINT TRIGGER, 5.4).
import { ProbeCases, type ProbeStep, withParams } from '../probe-kit.js';

const list = new ProbeCases('r21 violations: more: ');
const add = (name: string, steps: ProbeStep[], setup?: string) => list.add(name, steps, setup);

// ---------------------------------------------------------------- MERGE
const M = `CREATE TABLE tgt (id int PRIMARY KEY, email text UNIQUE, n int NOT NULL CHECK (n >= 0), p int REFERENCES tgt);
CREATE TABLE src (id int, email text, n int, p int);
INSERT INTO tgt VALUES (1, 'a', 1, NULL), (2, 'b', 2, 1);`;
add(
  'merge insert unique',
  [
    "INSERT INTO src VALUES (3, 'a', 0, NULL)",
    'MERGE INTO tgt USING src ON tgt.id = src.id WHEN NOT MATCHED THEN INSERT VALUES (src.id, src.email, src.n, src.p)',
  ],
  M,
);
add(
  'merge update not null',
  [
    "INSERT INTO src VALUES (1, 'x', NULL, NULL)",
    'MERGE INTO tgt USING src ON tgt.id = src.id WHEN MATCHED THEN UPDATE SET n = src.n',
  ],
  M,
);
add(
  'merge update check',
  [
    "INSERT INTO src VALUES (1, 'x', -1, NULL)",
    'MERGE INTO tgt USING src ON tgt.id = src.id WHEN MATCHED THEN UPDATE SET n = src.n',
  ],
  M,
);
add(
  'merge insert fk',
  [
    "INSERT INTO src VALUES (3, 'c', 0, 99)",
    'MERGE INTO tgt USING src ON tgt.id = src.id WHEN NOT MATCHED THEN INSERT VALUES (src.id, src.email, src.n, src.p)',
  ],
  M,
);
add(
  'merge delete referenced',
  [
    "INSERT INTO src VALUES (1, 'a', 0, NULL)",
    'MERGE INTO tgt USING src ON tgt.id = src.id WHEN MATCHED THEN DELETE',
  ],
  M,
);
add(
  'merge row twice 21000',
  [
    "INSERT INTO src VALUES (1, 'x', 1, NULL), (1, 'y', 2, NULL)",
    'MERGE INTO tgt USING src ON tgt.id = src.id WHEN MATCHED THEN UPDATE SET n = src.n',
  ],
  M,
);
add(
  'merge in read only',
  ['BEGIN READ ONLY', 'MERGE INTO tgt USING src ON tgt.id = src.id WHEN MATCHED THEN DELETE', 'ROLLBACK'],
  M,
);
add(
  'merge returning is 15 syntax error',
  ['MERGE INTO tgt USING src ON tgt.id = src.id WHEN MATCHED THEN DELETE RETURNING tgt.id'],
  M,
);
add(
  'merge with params unique',
  [
    withParams(
      'MERGE INTO tgt USING (SELECT $1::int AS id, $2::text AS email) s ON tgt.id = s.id WHEN NOT MATCHED THEN INSERT VALUES (s.id, s.email, 0)',
      5,
      'b',
    ),
  ],
  M,
);
add('merge varchar too long', [
  'CREATE TABLE mv (id int PRIMARY KEY, v varchar(2))',
  "MERGE INTO mv USING (VALUES (1, 'abc')) s(id, v) ON mv.id = s.id WHEN NOT MATCHED THEN INSERT VALUES (s.id, s.v)",
]);
add(
  'merge division by zero in condition',
  [
    "INSERT INTO src VALUES (1, 'a', 0, NULL)",
    'MERGE INTO tgt USING src ON tgt.id = src.id WHEN MATCHED AND 1 / src.n > 0 THEN DELETE',
  ],
  M,
);
add(
  'merge failure in savepoint leaves target',
  [
    'BEGIN',
    'SAVEPOINT s',
    "INSERT INTO src VALUES (3, 'c', 0, NULL), (4, 'a', 0, NULL)",
    'MERGE INTO tgt USING src ON tgt.id = src.id WHEN NOT MATCHED THEN INSERT VALUES (src.id, src.email, src.n, src.p)',
    'ROLLBACK TO s',
    'COMMIT',
    'SELECT id FROM tgt ORDER BY id',
    'SELECT count(*) AS n FROM src',
  ],
  M,
);

// ---------------------------------------------------------------- ALTER TABLE rewriting rows
const A = `CREATE TABLE al (id int, v text); INSERT INTO al VALUES (1, 'x'), (2, 'y');`;
add('add column default violating check', ['ALTER TABLE al ADD COLUMN c int DEFAULT -1 CHECK (c > 0)'], A);
add('add column constant default unique', ['ALTER TABLE al ADD COLUMN c int DEFAULT 1 UNIQUE'], A);
add(
  'add column null default unique ok',
  ['ALTER TABLE al ADD COLUMN c int UNIQUE', 'SELECT count(*) AS n FROM al'],
  A,
);
add('add column primary key', ['ALTER TABLE al ADD COLUMN c int PRIMARY KEY'], A);
add(
  'add column serial primary key ok',
  ['ALTER TABLE al ADD COLUMN c serial PRIMARY KEY', 'SELECT id, c FROM al ORDER BY id'],
  A,
);
add(
  'add column identity ok',
  ['ALTER TABLE al ADD COLUMN c int GENERATED ALWAYS AS IDENTITY', 'SELECT id, c FROM al ORDER BY id'],
  A,
);
add(
  'add column references with default missing',
  ['CREATE TABLE rp (id int PRIMARY KEY)', 'ALTER TABLE al ADD COLUMN r int DEFAULT 5 REFERENCES rp'],
  A,
);
add(
  'add column generated violating not null',
  ['ALTER TABLE al ADD COLUMN g int GENERATED ALWAYS AS (NULLIF(id, 1)) STORED NOT NULL'],
  A,
);
add(
  'add column generated division by zero',
  ['ALTER TABLE al ADD COLUMN g int GENERATED ALWAYS AS (10 / (id - 1)) STORED'],
  A,
);
add('alter type using fails 22P02', ['ALTER TABLE al ALTER COLUMN v TYPE int USING v::int'], A);
add('alter type without using 42804', ['ALTER TABLE al ALTER COLUMN v TYPE int'], A);
add('alter type to varchar(0)', ['ALTER TABLE al ALTER COLUMN v TYPE varchar(0)'], A);
add(
  'set not null then drop and insert null',
  [
    'ALTER TABLE al ALTER v SET NOT NULL',
    'ALTER TABLE al ALTER v DROP NOT NULL',
    'INSERT INTO al VALUES (3, NULL) RETURNING id',
  ],
  A,
);
add(
  'add unique then duplicate detail',
  ['ALTER TABLE al ADD CONSTRAINT al_v UNIQUE (v)', "INSERT INTO al VALUES (3, 'x')"],
  A,
);
add(
  'add primary key on null row',
  ['INSERT INTO al VALUES (NULL, NULL)', 'ALTER TABLE al ADD PRIMARY KEY (id)'],
  A,
);
add(
  'add exclusion on duplicates',
  ['ALTER TABLE al ADD EXCLUDE (v WITH =)', "INSERT INTO al VALUES (3, 'x')"],
  A,
);
add(
  'add exclusion existing conflict',
  ["INSERT INTO al VALUES (3, 'x')", 'ALTER TABLE al ADD CONSTRAINT al_ex EXCLUDE (v WITH =)'],
  A,
);
add(
  'failed alter leaves table unchanged',
  [
    'ALTER TABLE al ADD COLUMN c int DEFAULT 1 UNIQUE',
    "SELECT count(*) AS n FROM information_schema.columns WHERE table_name = 'al'",
  ],
  A,
);

// ---------------------------------------------------------------- triggers
const TR = `CREATE TABLE tr (id int PRIMARY KEY, v text);
CREATE TABLE tr_log (id int UNIQUE, note text NOT NULL);`;
add(
  'before trigger returning null skips duplicate',
  [
    'CREATE FUNCTION skip() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF EXISTS (SELECT 1 FROM tr WHERE id = NEW.id) THEN RETURN NULL; END IF; RETURN NEW; END $$',
    'CREATE TRIGGER skip BEFORE INSERT ON tr FOR EACH ROW EXECUTE FUNCTION skip()',
    "INSERT INTO tr VALUES (1, 'a')",
    "INSERT INTO tr VALUES (1, 'b')",
    'SELECT id, v FROM tr',
  ],
  TR,
);
add(
  'before trigger sets null into not null',
  [
    'CREATE FUNCTION nul() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.v := NULL; RETURN NEW; END $$',
    'ALTER TABLE tr ALTER v SET NOT NULL',
    'CREATE TRIGGER nul BEFORE INSERT ON tr FOR EACH ROW EXECUTE FUNCTION nul()',
    "INSERT INTO tr VALUES (1, 'a')",
  ],
  TR,
);
add(
  'after trigger insert violates other table',
  [
    'CREATE FUNCTION lg() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO tr_log VALUES (NEW.id, NULL); RETURN NULL; END $$',
    'CREATE TRIGGER lg AFTER INSERT ON tr FOR EACH ROW EXECUTE FUNCTION lg()',
    "INSERT INTO tr VALUES (1, 'a')",
    'SELECT count(*) AS n FROM tr',
  ],
  TR,
);
add(
  'after trigger unique in other table',
  [
    "CREATE FUNCTION lg() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO tr_log VALUES (1, 'x'); RETURN NULL; END $$",
    'CREATE TRIGGER lg AFTER INSERT ON tr FOR EACH ROW EXECUTE FUNCTION lg()',
    "INSERT INTO tr VALUES (1, 'a'), (2, 'b')",
  ],
  TR,
);
add(
  'statement trigger raising',
  [
    "CREATE FUNCTION no() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'no writes' USING ERRCODE = '42501', HINT = 'read only table'; END $$",
    'CREATE TRIGGER no BEFORE INSERT OR UPDATE OR DELETE ON tr FOR EACH STATEMENT EXECUTE FUNCTION no()',
    'DELETE FROM tr',
  ],
  TR,
);
add(
  'constraint trigger deferred raises at commit',
  [
    "CREATE FUNCTION chk() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW.v = 'bad' THEN RAISE EXCEPTION 'bad row %', NEW.id USING ERRCODE = '23514', CONSTRAINT = 'tr_chk', TABLE = 'tr'; END IF; RETURN NULL; END $$",
    'CREATE CONSTRAINT TRIGGER tr_chk AFTER INSERT ON tr DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION chk()',
    'BEGIN',
    "INSERT INTO tr VALUES (1, 'bad')",
    'SELECT count(*) AS n FROM tr',
    'COMMIT',
    'SELECT count(*) AS n FROM tr',
  ],
  TR,
);
add(
  'constraint trigger set immediate',
  [
    "CREATE FUNCTION chk() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'checked' USING ERRCODE = 'P0001'; END $$",
    'CREATE CONSTRAINT TRIGGER tr_chk AFTER INSERT ON tr DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION chk()',
    'BEGIN',
    "INSERT INTO tr VALUES (1, 'x')",
    'SET CONSTRAINTS tr_chk IMMEDIATE',
    'ROLLBACK',
  ],
  TR,
);
add(
  'instead of trigger on view violating',
  [
    'CREATE VIEW trv AS SELECT id, v FROM tr',
    'CREATE FUNCTION ins() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO tr VALUES (NEW.id, NEW.v); RETURN NEW; END $$',
    'CREATE TRIGGER ins INSTEAD OF INSERT ON trv FOR EACH ROW EXECUTE FUNCTION ins()',
    "INSERT INTO trv VALUES (1, 'a')",
    "INSERT INTO trv VALUES (1, 'b')",
  ],
  TR,
);
add('trigger on fk cascade target raising', [
  'CREATE TABLE pp (id int PRIMARY KEY)',
  'CREATE TABLE cc (id int, pp int REFERENCES pp ON DELETE CASCADE)',
  "CREATE FUNCTION keep() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'keep child %', OLD.id; END $$",
  'CREATE TRIGGER keep BEFORE DELETE ON cc FOR EACH ROW EXECUTE FUNCTION keep()',
  'INSERT INTO pp VALUES (1)',
  'INSERT INTO cc VALUES (7, 1)',
  'DELETE FROM pp',
]);

// ---------------------------------------------------------------- views
add('auto-updatable view unique', [
  'CREATE TABLE vb (id int PRIMARY KEY, v text)',
  'CREATE VIEW vv AS SELECT id, v FROM vb',
  'INSERT INTO vv VALUES (1, $$a$$)',
  'INSERT INTO vv VALUES (1, $$b$$)',
]);
add('view not null through view', [
  'CREATE TABLE vb (id int PRIMARY KEY, v text NOT NULL)',
  'CREATE VIEW vv AS SELECT id FROM vb',
  'INSERT INTO vv VALUES (1)',
]);
add('view with default on view column', [
  'CREATE TABLE vb (id int PRIMARY KEY, v text NOT NULL)',
  'CREATE VIEW vv AS SELECT id, v FROM vb',
  "ALTER VIEW vv ALTER v SET DEFAULT 'dflt'",
  'INSERT INTO vv (id) VALUES (1) RETURNING v',
]);
add('non-updatable view insert', [
  'CREATE TABLE vb (id int)',
  'CREATE VIEW vv AS SELECT DISTINCT id FROM vb',
  'INSERT INTO vv VALUES (1)',
]);
add('view check option with params', [
  'CREATE TABLE vb (id int)',
  'CREATE VIEW vv AS SELECT id FROM vb WHERE id > 0 WITH CHECK OPTION',
  withParams('INSERT INTO vv VALUES ($1)', 0),
]);

// ---------------------------------------------------------------- identity and sequences
add('identity restart causes duplicate', [
  'CREATE TABLE idt (id int GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, v text)',
  "INSERT INTO idt (v) VALUES ('a'), ('b')",
  'ALTER TABLE idt ALTER id RESTART WITH 2',
  "INSERT INTO idt (v) VALUES ('c')",
]);
add('identity by default explicit then collide', [
  'CREATE TABLE idt (id int GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, v text)',
  "INSERT INTO idt VALUES (1, 'a')",
  "INSERT INTO idt (v) VALUES ('b')",
]);
add('identity always explicit value 428C9', [
  'CREATE TABLE idt (id int GENERATED ALWAYS AS IDENTITY PRIMARY KEY, v text)',
  "INSERT INTO idt VALUES (1, 'a')",
]);
add('identity always overriding user value', [
  'CREATE TABLE idt (id int GENERATED ALWAYS AS IDENTITY PRIMARY KEY, v text)',
  "INSERT INTO idt OVERRIDING USER VALUE VALUES (9, 'a') RETURNING id",
]);
add('identity update to value 428C9', [
  'CREATE TABLE idt (id int GENERATED ALWAYS AS IDENTITY PRIMARY KEY, v text)',
  "INSERT INTO idt (v) VALUES ('a')",
  'UPDATE idt SET id = 5',
]);
add('truncate restart identity then insert', [
  'CREATE TABLE idt (id serial PRIMARY KEY, v text)',
  "INSERT INTO idt (v) VALUES ('a'), ('b')",
  'TRUNCATE idt RESTART IDENTITY',
  "INSERT INTO idt (v) VALUES ('c') RETURNING id",
]);
add('setval then duplicate serial', [
  'CREATE TABLE idt (id serial PRIMARY KEY, v text)',
  "INSERT INTO idt (v) VALUES ('a'), ('b')",
  "SELECT setval('idt_id_seq', 1)",
  "INSERT INTO idt (v) VALUES ('c')",
]);
add('sequence maxvalue below current', [
  'CREATE SEQUENCE r21_h119_m',
  "SELECT nextval('r21_h119_m')",
  "SELECT nextval('r21_h119_m')",
  'ALTER SEQUENCE r21_h119_m MAXVALUE 1',
]);
add('sequence start beyond max', ['CREATE SEQUENCE r21_h119_b START 10 MAXVALUE 5']);
add('sequence increment zero', ['CREATE SEQUENCE r21_h119_z INCREMENT 0']);
add('sequence as smallint max too large', ['CREATE SEQUENCE r21_h119_sm AS smallint MAXVALUE 40000']);
add('sequence type change with values beyond', [
  'CREATE SEQUENCE r21_h119_t START 40000',
  'ALTER SEQUENCE r21_h119_t AS smallint',
]);

// ---------------------------------------------------------------- extension and special types as keys
add('citext unique case-insensitive', [
  'CREATE EXTENSION IF NOT EXISTS citext',
  'CREATE TABLE ct (e citext UNIQUE)',
  "INSERT INTO ct VALUES ('Ann@X')",
  "INSERT INTO ct VALUES ('ann@x')",
]);
add('citext fk match case-insensitive', [
  'CREATE EXTENSION IF NOT EXISTS citext',
  'CREATE TABLE cp (e citext PRIMARY KEY)',
  'CREATE TABLE cr (e citext REFERENCES cp)',
  "INSERT INTO cp VALUES ('Ann')",
  "INSERT INTO cr VALUES ('ANN') RETURNING e",
  "INSERT INTO cr VALUES ('Bob')",
]);
add('hash index unique refused', ['CREATE TABLE hi (a int)', 'CREATE UNIQUE INDEX ON hi USING hash (a)']);
add('gist unique refused', ['CREATE TABLE hi (a int4range)', 'CREATE UNIQUE INDEX ON hi USING gist (a)']);
add('unique on composite type column', [
  'CREATE TYPE pr AS (a int, b text)',
  'CREATE TABLE cu (p pr UNIQUE)',
  "INSERT INTO cu VALUES (ROW(1, 'x'))",
  "INSERT INTO cu VALUES (ROW(1, 'x'))",
]);
add('unique on range column', [
  'CREATE TABLE cu (r int4range UNIQUE)',
  "INSERT INTO cu VALUES ('[1,3)')",
  "INSERT INTO cu VALUES ('[1,2]')",
]);
add('unique on interval equal spans', [
  'CREATE TABLE cu (i interval UNIQUE)',
  "INSERT INTO cu VALUES ('1 day')",
  "INSERT INTO cu VALUES ('24 hours')",
]);
add('unique on jsonb different key order', [
  'CREATE TABLE cu (j jsonb UNIQUE)',
  `INSERT INTO cu VALUES ('{"a":1,"b":2}')`,
  `INSERT INTO cu VALUES ('{"b":2, "a":1}')`,
]);
add('unique on numeric nan', [
  'CREATE TABLE cu (n numeric UNIQUE)',
  "INSERT INTO cu VALUES ('NaN')",
  "INSERT INTO cu VALUES ('NaN')",
]);
add('unique on float nan', [
  'CREATE TABLE cu (n float8 UNIQUE)',
  "INSERT INTO cu VALUES ('NaN')",
  "INSERT INTO cu VALUES ('NaN')",
]);
add('unique on timestamptz same instant other zone', [
  'CREATE TABLE cu (t timestamptz UNIQUE)',
  "INSERT INTO cu VALUES ('2024-01-01 00:00+00')",
  "INSERT INTO cu VALUES ('2024-01-01 01:00+01')",
]);
add('unique on inet with mask', [
  'CREATE TABLE cu (i inet UNIQUE)',
  "INSERT INTO cu VALUES ('10.0.0.1/32')",
  "INSERT INTO cu VALUES ('10.0.0.1')",
]);
add('unique on bytea', [
  'CREATE TABLE cu (b bytea UNIQUE)',
  "INSERT INTO cu VALUES ('\\x00ff')",
  "INSERT INTO cu VALUES (decode('00ff', 'hex'))",
]);
add('unique on text array nulls', [
  'CREATE TABLE cu (a text[] UNIQUE)',
  "INSERT INTO cu VALUES (ARRAY['a', NULL])",
  "INSERT INTO cu VALUES (ARRAY['a', NULL])",
]);
add('unique on boolean expression', [
  'CREATE TABLE cu (a int)',
  'CREATE UNIQUE INDEX cu_pos ON cu ((a > 0)) WHERE a > 0',
  'INSERT INTO cu VALUES (1)',
  'INSERT INTO cu VALUES (2)',
]);
add('unique on enum after rename value', [
  "CREATE TYPE st AS ENUM ('a', 'b')",
  'CREATE TABLE cu (s st UNIQUE)',
  "INSERT INTO cu VALUES ('a')",
  "ALTER TYPE st RENAME VALUE 'a' TO 'z'",
  "INSERT INTO cu VALUES ('z')",
]);
add('unique with collate C column', [
  'CREATE TABLE cu (t text COLLATE "C" UNIQUE)',
  "INSERT INTO cu VALUES ('a'), ('A')",
  "INSERT INTO cu VALUES ('a')",
]);

export default list.cases;
