// Round 21 probe (h119), violations part 3: 23502 not-null, 23514 check and 23P01 exclusion as
// repositories read them (PostgreSQL 15 docs 5.4.1-5.4.2, 5.3 generated columns, 5.4.6 exclusion,
// CREATE DOMAIN, ALTER TABLE ... NOT VALID / VALIDATE CONSTRAINT): which column and constraint
// the error names, the failing-row detail, domain checks against column checks.
import { ProbeCases, type ProbeStep, withParams } from '../probe-kit.js';

const list = new ProbeCases('r21 violations: notnull-check: ');
const add = (name: string, steps: ProbeStep[], setup?: string) => list.add(name, steps, setup);

// ---------------------------------------------------------------- 23502: failing-row detail per value type
const ROWVALS: readonly (readonly [string, string, string])[] = [
  ['text quote', 'text', "'it''s'"],
  ['text 70 chars truncated', 'text', "repeat('y', 70)"],
  ['text 64 chars exact', 'text', "repeat('y', 64)"],
  ['text 65 multibyte', 'text', "repeat('é', 65)"],
  ['text emoji 70', 'text', "repeat('😀', 70)"],
  ['text newline', 'text', "E'a\\nb'"],
  ['empty string', 'text', "''"],
  ['float', 'float8', '1.5e300'],
  ['numeric long', 'numeric', '12345678901234567890.123456789'],
  ['interval', 'interval', "'1 year 2 mons'"],
  ['timestamp', 'timestamp', "'2024-01-01 10:00'"],
  ['time tz', 'timetz', "'10:00+02'"],
  ['point', 'point', "'(1,2)'"],
  ['int4range', 'int4range', "'[1,5)'"],
  ['json', 'json', `'{"k": "v, w"}'`],
  ['xml-free hstore-free text array nested', 'int[]', "'{{1,2},{3,4}}'"],
  ['bit varying', 'varbit', "B'101'"],
  ['money', 'money', '1.25'],
  ['inet', 'inet', "'192.168.0.1/24'"],
  ['enum', 'mood', "'ok'"],
];
for (const [label, type, value] of ROWVALS) {
  const setup = `CREATE TYPE mood AS ENUM ('ok', 'bad'); CREATE TABLE r (v ${type}, k int NOT NULL, w text);`;
  add(`23502 failing row ${label}`, [`INSERT INTO r (v, w) VALUES (${value}, NULL)`], setup);
  add(
    `23514 failing row ${label}`,
    [
      'ALTER TABLE r ALTER k DROP NOT NULL',
      'ALTER TABLE r ADD CONSTRAINT r_k CHECK (k > 0)',
      `INSERT INTO r (v, k) VALUES (${value}, 0)`,
    ],
    setup,
  );
}

// ---------------------------------------------------------------- 23502 which column, statement shapes
const NN = `CREATE TABLE nn (id int GENERATED ALWAYS AS IDENTITY, a text NOT NULL, b int NOT NULL DEFAULT 5, c int, d text NOT NULL DEFAULT 'x');
INSERT INTO nn (a) VALUES ('first');`;
add('23502 first of two nulls is reported', ['INSERT INTO nn (a, b) VALUES (NULL, NULL)'], NN);
add('23502 column order not list order', ['INSERT INTO nn (b, a) VALUES (NULL, NULL)'], NN);
add('23502 default null explicitly', ["INSERT INTO nn (a, d) VALUES ('x', DEFAULT) RETURNING d"], NN);
add('23502 update set null second column', ['UPDATE nn SET c = 1, d = NULL'], NN);
add(
  '23502 update from join null',
  ['CREATE TABLE src (v text)', 'INSERT INTO src VALUES (NULL)', 'UPDATE nn SET a = src.v FROM src'],
  NN,
);
add('23502 update set via subquery null', ['UPDATE nn SET a = (SELECT NULL::text)'], NN);
add('23502 update set row constructor', ['UPDATE nn SET (a, b) = (NULL, 1)'], NN);
add(
  '23502 insert select from table with nulls',
  [
    'CREATE TABLE src (v text)',
    "INSERT INTO src VALUES ('ok'), (NULL)",
    'INSERT INTO nn (a) SELECT v FROM src',
    'SELECT count(*) AS n FROM nn',
  ],
  NN,
);
add('23502 insert select default not applied to nulls', ['INSERT INTO nn (a, b) SELECT $$q$$, NULL'], NN);
add(
  '23502 insert values default keyword ok',
  ["INSERT INTO nn (a, b) VALUES ('q', DEFAULT) RETURNING b"],
  NN,
);
add('23502 param null', [withParams('INSERT INTO nn (a, b) VALUES ($1, $2)', 'q', null)], NN);
add('23502 param null text for int', [withParams('UPDATE nn SET b = $1::int', null)], NN);
add(
  '23502 identity column overriding with null',
  ['INSERT INTO nn (id, a) OVERRIDING SYSTEM VALUE VALUES (NULL, $$q$$)'],
  NN,
);
add('23502 identity update to null', ['UPDATE nn SET id = NULL'], NN);
add('23502 identity update to default ok', ['UPDATE nn SET id = DEFAULT RETURNING id'], NN);
add(
  '23502 on conflict insert path null',
  ['CREATE UNIQUE INDEX ON nn (a)', "INSERT INTO nn (a, b) VALUES ('z', NULL) ON CONFLICT (a) DO NOTHING"],
  NN,
);
add('23502 generated stored column not null', [
  'CREATE TABLE g (a int, b int GENERATED ALWAYS AS (a + 1) STORED NOT NULL)',
  'INSERT INTO g (a) VALUES (NULL)',
]);
add('23502 generated column in failing row', [
  'CREATE TABLE g (a int, b int GENERATED ALWAYS AS (a * 10) STORED, c text NOT NULL)',
  'INSERT INTO g (a) VALUES (4)',
]);
add('23502 serial default ok then explicit null', [
  'CREATE TABLE s (id serial PRIMARY KEY, v int)',
  'INSERT INTO s (v) VALUES (1) RETURNING id',
  'UPDATE s SET id = NULL',
]);
add('23502 dropped column not in failing row', [
  'CREATE TABLE dcol (a int, gone text, b int NOT NULL)',
  'ALTER TABLE dcol DROP COLUMN gone',
  'INSERT INTO dcol (a) VALUES (1)',
]);
add('23502 added column at end of failing row', [
  'CREATE TABLE dcol (a int)',
  'ALTER TABLE dcol ADD COLUMN b int NOT NULL DEFAULT 0',
  'INSERT INTO dcol VALUES (1, NULL)',
]);
add('23502 partition child reports child table', [
  'CREATE TABLE pt (k int NOT NULL, v text) PARTITION BY RANGE (k)',
  'CREATE TABLE pt_1 PARTITION OF pt FOR VALUES FROM (0) TO (10)',
  'ALTER TABLE pt_1 ALTER v SET NOT NULL',
  'INSERT INTO pt VALUES (1, NULL)',
]);
add('23502 inherited child not null', [
  'CREATE TABLE base (v text NOT NULL)',
  'CREATE TABLE kid (x int) INHERITS (base)',
  'INSERT INTO kid (x) VALUES (1)',
]);
add('23502 view insert through to base', [
  'CREATE TABLE bt (id int, v text NOT NULL)',
  'CREATE VIEW bv AS SELECT id, v FROM bt',
  'INSERT INTO bv (id) VALUES (1)',
]);
add('23502 set not null on column with null detail', [
  'CREATE TABLE sn (a int, b int)',
  'INSERT INTO sn VALUES (1, NULL)',
  'ALTER TABLE sn ALTER b SET NOT NULL',
]);
add('23502 add column not null default null', [
  'CREATE TABLE sn (a int)',
  'INSERT INTO sn VALUES (1)',
  'ALTER TABLE sn ADD COLUMN b int NOT NULL DEFAULT NULL',
]);
add('23502 add column not null on empty table ok', [
  'CREATE TABLE sn (a int)',
  'ALTER TABLE sn ADD COLUMN b int NOT NULL',
  'SELECT count(*) AS n FROM sn',
]);
add(
  '23502 then savepoint rows kept',
  [
    'BEGIN',
    "INSERT INTO nn (a) VALUES ('second')",
    'SAVEPOINT s',
    'INSERT INTO nn (a) VALUES (NULL)',
    'ROLLBACK TO SAVEPOINT s',
    'COMMIT',
    'SELECT a FROM nn ORDER BY a',
  ],
  NN,
);
add('23502 plpgsql insert reports where', [
  'CREATE TABLE pl (v text NOT NULL)',
  'CREATE FUNCTION ins(x text) RETURNS void LANGUAGE plpgsql AS $$ BEGIN INSERT INTO pl VALUES (x); END $$',
  'SELECT ins(NULL)',
]);
add('23502 sql function insert reports where', [
  'CREATE TABLE pl (v text NOT NULL)',
  'CREATE FUNCTION ins(x text) RETURNS void LANGUAGE sql AS $$ INSERT INTO pl VALUES (x) $$',
  'SELECT ins(NULL)',
]);

// ---------------------------------------------------------------- 23514 check: names and fields
const CK = `CREATE TABLE ck (
  id int PRIMARY KEY,
  price numeric CHECK (price >= 0),
  qty int CONSTRAINT qty_positive CHECK (qty > 0),
  lo int, hi int,
  CHECK (lo <= hi),
  CONSTRAINT status_valid CHECK (status IN ('new', 'done')),
  status text DEFAULT 'new'
);`;
add('23514 column check generated name', ['INSERT INTO ck (id, price) VALUES (1, -1)'], CK);
add('23514 named column check', ['INSERT INTO ck (id, qty) VALUES (1, 0)'], CK);
add('23514 table check two columns', ['INSERT INTO ck (id, lo, hi) VALUES (1, 5, 1)'], CK);
add('23514 check in list text', ["INSERT INTO ck (id, status) VALUES (1, 'old')"], CK);
add(
  '23514 check null passes',
  ['INSERT INTO ck (id, price, qty, lo, hi, status) VALUES (1, NULL, NULL, NULL, 1, NULL) RETURNING id'],
  CK,
);
add('23514 two failing checks which named', ['INSERT INTO ck (id, price, qty) VALUES (1, -1, 0)'], CK);
add('23514 checks reported in name order', ["INSERT INTO ck (id, qty, status) VALUES (1, 0, 'x')"], CK);
add('23514 update failing', ['INSERT INTO ck (id) VALUES (1)', 'UPDATE ck SET price = -5'], CK);
add('23514 param', [withParams('INSERT INTO ck (id, qty) VALUES ($1, $2)', 1, '-3')], CK);
add(
  '23514 upsert update path',
  [
    'INSERT INTO ck (id, qty) VALUES (1, 1)',
    'INSERT INTO ck (id, qty) VALUES (1, 1) ON CONFLICT (id) DO UPDATE SET qty = ck.qty - 1',
  ],
  CK,
);
add(
  '23514 check names in catalog',
  [
    "SELECT conname, pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conrelid = 'ck'::regclass AND contype = 'c' ORDER BY conname",
  ],
  CK,
);
add('23514 check with function call', [
  'CREATE TABLE cf (email text CHECK (position($$@$$ in email) > 1))',
  "INSERT INTO cf VALUES ('@x')",
]);
add('23514 check regex', [
  "CREATE TABLE cf (code text CONSTRAINT code_fmt CHECK (code ~ '^[A-Z]{3}$'))",
  "INSERT INTO cf VALUES ('abc')",
]);
add('23514 check length char_length', [
  'CREATE TABLE cf (name text CHECK (char_length(name) BETWEEN 2 AND 5))',
  "INSERT INTO cf VALUES ('abcdef')",
]);
add('23514 check on jsonb', [
  "CREATE TABLE cf (doc jsonb CHECK (doc ? 'id'))",
  `INSERT INTO cf VALUES ('{"x": 1}')`,
]);
add('23514 check on array length', [
  'CREATE TABLE cf (tags text[] CHECK (cardinality(tags) <= 2))',
  "INSERT INTO cf VALUES (ARRAY['a','b','c'])",
]);
add('23514 check on date range', [
  "CREATE TABLE cf (d date CHECK (d >= '2000-01-01'))",
  "INSERT INTO cf VALUES ('1999-12-31')",
]);
add('23514 check error in evaluating is not 23514', [
  'CREATE TABLE cf (a int, b int CHECK (a / b > 0))',
  'INSERT INTO cf VALUES (1, 0)',
]);
add('23514 check referencing generated column', [
  'CREATE TABLE cf (a int, b int GENERATED ALWAYS AS (a * 2) STORED CHECK (b < 10))',
  'INSERT INTO cf (a) VALUES (6)',
]);
add('23514 check not valid existing rows kept', [
  'CREATE TABLE nv (a int)',
  'INSERT INTO nv VALUES (-1)',
  'ALTER TABLE nv ADD CONSTRAINT nv_pos CHECK (a > 0) NOT VALID',
  'INSERT INTO nv VALUES (-2)',
]);
add('23514 check not valid update of old row checked', [
  'CREATE TABLE nv (a int, b int)',
  'INSERT INTO nv VALUES (-1, 0)',
  'ALTER TABLE nv ADD CONSTRAINT nv_pos CHECK (a > 0) NOT VALID',
  'UPDATE nv SET b = 1',
]);
add('23514 validate constraint detail', [
  'CREATE TABLE nv (a int, b text)',
  "INSERT INTO nv VALUES (-1, 'row one')",
  'ALTER TABLE nv ADD CONSTRAINT nv_pos CHECK (a > 0) NOT VALID',
  'ALTER TABLE nv VALIDATE CONSTRAINT nv_pos',
]);
add('23514 validate after fixing rows', [
  'CREATE TABLE nv (a int)',
  'INSERT INTO nv VALUES (-1)',
  'ALTER TABLE nv ADD CONSTRAINT nv_pos CHECK (a > 0) NOT VALID',
  'UPDATE nv SET a = 1',
  'ALTER TABLE nv VALIDATE CONSTRAINT nv_pos',
  "SELECT convalidated FROM pg_constraint WHERE conname = 'nv_pos'",
]);
add('23514 validate unknown constraint', [
  'CREATE TABLE nv (a int)',
  'ALTER TABLE nv VALIDATE CONSTRAINT nope',
]);
add('23514 add check to existing rows detail', [
  'CREATE TABLE nv (a int, b text)',
  "INSERT INTO nv VALUES (1, 'ok'), (-1, 'bad')",
  'ALTER TABLE nv ADD CHECK (a > 0)',
]);
add('23514 alter column type check re-evaluated', [
  'CREATE TABLE nv (a numeric CHECK (a <> 1))',
  'INSERT INTO nv VALUES (1.4)',
  'ALTER TABLE nv ALTER a TYPE int',
]);
add('23514 partition constraint routing detail', [
  'CREATE TABLE pr (k int, v text) PARTITION BY LIST (k)',
  'CREATE TABLE pr_1 PARTITION OF pr FOR VALUES IN (1)',
  "INSERT INTO pr VALUES (2, 'x')",
]);
add('23514 partition direct insert wrong partition', [
  'CREATE TABLE pr (k int, v text) PARTITION BY LIST (k)',
  'CREATE TABLE pr_1 PARTITION OF pr FOR VALUES IN (1)',
  "INSERT INTO pr_1 VALUES (2, 'x')",
]);
add('23514 partition update moves row ok', [
  'CREATE TABLE pr (k int, v text) PARTITION BY LIST (k)',
  'CREATE TABLE pr_1 PARTITION OF pr FOR VALUES IN (1)',
  'CREATE TABLE pr_2 PARTITION OF pr FOR VALUES IN (2)',
  "INSERT INTO pr VALUES (1, 'x')",
  'UPDATE pr SET k = 2 RETURNING tableoid::regclass::text AS part',
]);
add('23514 partition update to no partition', [
  'CREATE TABLE pr (k int, v text) PARTITION BY LIST (k)',
  'CREATE TABLE pr_1 PARTITION OF pr FOR VALUES IN (1)',
  "INSERT INTO pr VALUES (1, 'x')",
  'UPDATE pr SET k = 3',
]);
add('23514 view with check option', [
  'CREATE TABLE vb (a int)',
  'CREATE VIEW vpos AS SELECT a FROM vb WHERE a > 0 WITH CHECK OPTION',
  'INSERT INTO vpos VALUES (-1)',
]);
add('23514 view with local check option update', [
  'CREATE TABLE vb (a int)',
  'CREATE VIEW vpos AS SELECT a FROM vb WHERE a > 0 WITH LOCAL CHECK OPTION',
  'INSERT INTO vpos VALUES (1)',
  'UPDATE vpos SET a = 0',
]);
add('23514 cascaded check option from nested view', [
  'CREATE TABLE vb (a int)',
  'CREATE VIEW v1 AS SELECT a FROM vb WHERE a > 0',
  'CREATE VIEW v2 AS SELECT a FROM v1 WHERE a < 10 WITH CASCADED CHECK OPTION',
  'INSERT INTO v2 VALUES (-1)',
]);

// ---------------------------------------------------------------- domains vs columns
const DOM = `CREATE DOMAIN posint AS int CHECK (VALUE > 0);
CREATE DOMAIN short_code AS varchar(4) CONSTRAINT short_code_upper CHECK (VALUE = upper(VALUE));
CREATE DOMAIN nn_text AS text NOT NULL;
CREATE DOMAIN two_checks AS int CONSTRAINT a_lt CHECK (VALUE < 100) CONSTRAINT b_even CHECK (VALUE % 2 = 0);
CREATE TABLE dm (id int, n posint, c short_code, t nn_text, w two_checks);`;
add('domain check insert', ['INSERT INTO dm (id, n, t) VALUES (1, 0, $$x$$)'], DOM);
add('domain check update', ["INSERT INTO dm (id, n, t) VALUES (1, 1, 'x')", 'UPDATE dm SET n = -1'], DOM);
add('domain check param', [withParams('INSERT INTO dm (id, n, t) VALUES ($1, $2, $3)', 1, '0', 'x')], DOM);
add('domain check cast in select', ['SELECT (-5)::posint AS v'], DOM);
add('domain check cast param', [withParams('SELECT $1::posint AS v', '-5')], DOM);
add('domain named check', ["INSERT INTO dm (id, c, t) VALUES (1, 'ab', 'x')"], DOM);
add('domain varchar length before check', ["INSERT INTO dm (id, c, t) VALUES (1, 'ABCDE', 'x')"], DOM);
add('domain not null insert omitted', ['INSERT INTO dm (id) VALUES (1)'], DOM);
add('domain not null explicit', ['INSERT INTO dm (id, t) VALUES (1, NULL)'], DOM);
add('domain not null update', ["INSERT INTO dm (id, t) VALUES (1, 'x')", 'UPDATE dm SET t = NULL'], DOM);
add('domain two checks first by name', ["INSERT INTO dm (id, t, w) VALUES (1, 'x', 101)"], DOM);
add('domain two checks second', ["INSERT INTO dm (id, t, w) VALUES (1, 'x', 3)"], DOM);
add('domain in array element', ['SELECT ARRAY[1, 0]::posint[] AS v'], DOM);
add('domain in composite field', ['CREATE TYPE pair AS (a posint, b int)', "SELECT '(0,1)'::pair AS v"], DOM);
add(
  'domain over domain',
  [
    'CREATE DOMAIN small_pos AS posint CHECK (VALUE < 10)',
    'SELECT 0::small_pos AS v',
    'SELECT 10::small_pos AS v',
  ],
  DOM,
);
add(
  'domain add check on used column',
  [
    "INSERT INTO dm (id, n, t) VALUES (1, 5, 'x')",
    'ALTER DOMAIN posint ADD CONSTRAINT posint_small CHECK (VALUE < 3)',
  ],
  DOM,
);
add(
  'domain add check not valid then validate',
  [
    "INSERT INTO dm (id, n, t) VALUES (1, 5, 'x')",
    'ALTER DOMAIN posint ADD CONSTRAINT posint_small CHECK (VALUE < 3) NOT VALID',
    'SELECT 4::posint AS v',
    'ALTER DOMAIN posint VALIDATE CONSTRAINT posint_small',
  ],
  DOM,
);
add('domain set not null on used', [
  'CREATE DOMAIN maybe AS int',
  'CREATE TABLE mt (v maybe)',
  'INSERT INTO mt VALUES (NULL)',
  'ALTER DOMAIN maybe SET NOT NULL',
]);
add('domain plpgsql variable assignment', ['DO $$ DECLARE x posint; BEGIN x := 0; END $$'], DOM);
add(
  'domain function return',
  ['CREATE FUNCTION f() RETURNS posint LANGUAGE sql AS $$ SELECT 0 $$', 'SELECT f() AS v'],
  DOM,
);
add(
  'domain column and table check both',
  [
    'CREATE TABLE both_ (v posint CHECK (v < 5))',
    'INSERT INTO both_ VALUES (0)',
    'INSERT INTO both_ VALUES (7)',
  ],
  DOM,
);
add('domain default violates check at insert', [
  'CREATE DOMAIN d_def AS int DEFAULT 0 CHECK (VALUE > 0)',
  'CREATE TABLE dd (id int, v d_def)',
  'INSERT INTO dd (id) VALUES (1)',
]);

// ---------------------------------------------------------------- 23P01 exclusion
const EX = `CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE TABLE booking (room int, during tsrange, EXCLUDE USING gist (room WITH =, during WITH &&));
INSERT INTO booking VALUES (1, '[2024-01-01 10:00, 2024-01-01 12:00)');`;
add(
  '23P01 two column detail',
  ["INSERT INTO booking VALUES (1, '[2024-01-01 11:00, 2024-01-01 13:00)')"],
  EX,
);
add(
  '23P01 other room ok',
  ["INSERT INTO booking VALUES (2, '[2024-01-01 11:00, 2024-01-01 13:00)') RETURNING room"],
  EX,
);
add(
  '23P01 update into overlap',
  [
    "INSERT INTO booking VALUES (1, '[2024-01-02 10:00, 2024-01-02 12:00)')",
    "UPDATE booking SET during = '[2024-01-01 11:00, 2024-01-01 11:30)' WHERE lower(during) > '2024-01-02'",
  ],
  EX,
);
add(
  '23P01 within one insert',
  [
    "INSERT INTO booking VALUES (3, '[2024-01-01 10:00, 2024-01-01 12:00)'), (3, '[2024-01-01 11:00, 2024-01-01 13:00)')",
  ],
  EX,
);
add(
  '23P01 param',
  [withParams('INSERT INTO booking VALUES ($1, $2)', 1, '[2024-01-01 09:00, 2024-01-01 10:30)')],
  EX,
);
add('23P01 constraint name generated', ["SELECT conname FROM pg_constraint WHERE contype = 'x'"], EX);
add('23P01 deferrable exclusion at commit', [
  'CREATE TABLE dx (r int4range, CONSTRAINT dx_r EXCLUDE USING gist (r WITH &&) DEFERRABLE INITIALLY DEFERRED)',
  "INSERT INTO dx VALUES ('[1,5)')",
  'BEGIN',
  "INSERT INTO dx VALUES ('[2,3)')",
  'COMMIT',
]);
add('23P01 empty range never conflicts', [
  'CREATE TABLE dx (r int4range, EXCLUDE USING gist (r WITH &&))',
  "INSERT INTO dx VALUES ('empty'), ('empty'), ('[1,2)')",
  'SELECT count(*) AS n FROM dx',
]);
add('23P01 null never conflicts', [
  'CREATE TABLE dx (r int4range, EXCLUDE USING gist (r WITH &&))',
  'INSERT INTO dx VALUES (NULL), (NULL)',
  'SELECT count(*) AS n FROM dx',
]);
add('23P01 daterange detail', [
  'CREATE TABLE dx (r daterange, EXCLUDE USING gist (r WITH &&))',
  "INSERT INTO dx VALUES ('[2024-01-01,2024-02-01)')",
  "INSERT INTO dx VALUES ('[2024-01-15,2024-03-01]')",
]);
add('23P01 exclusion where clause', [
  'CREATE TABLE dx (r int4range, active boolean, EXCLUDE USING gist (r WITH &&) WHERE (active))',
  "INSERT INTO dx VALUES ('[1,5)', true), ('[1,5)', false)",
  "INSERT INTO dx VALUES ('[2,3)', true)",
]);

export default list.cases;
