// Round 16 probe, third pass: statement-level errors a permissive engine may let through, node-pg
// parameter shapes against constraints, domains and partitions (chapter 5), HINT/DETAIL placement.
import { ProbeCases, type ProbeStep, withParams } from '../probe-kit.js';

const list = new ProbeCases();

const B = `CREATE TABLE t (id int PRIMARY KEY, name text, grp int, qty int CHECK (qty >= 0), flag boolean, doc jsonb, at timestamptz, d date, raw bytea, amount numeric(8, 2));
INSERT INTO t (id, name, grp, qty) VALUES (1, 'a', 1, 5), (2, 'b', 1, 3), (3, 'c', 2, 0);
CREATE TABLE u (id int UNIQUE NOT NULL, label text);
INSERT INTO u VALUES (1, 'x'), (2, 'y');`;
const e = (name: string, steps: ProbeStep[]) => list.add(`extra2 stmt: ${name}`, steps, B);

// grouping checks a permissive engine may skip
e('group by expression then select bare column', [`SELECT name, count(*) AS c FROM t GROUP BY upper(name)`]);
e('group by expression select same expression', [
  `SELECT upper(name) AS u, count(*) AS c FROM t GROUP BY upper(name) ORDER BY u`,
]);
e('group by unique not null is not functional dependency', [`SELECT id, label FROM u GROUP BY id`]);
e('group by pk of joined table', [
  `SELECT t.id, t.name, count(u.id) AS c FROM t LEFT JOIN u ON u.id = t.grp GROUP BY t.id ORDER BY t.id`,
]);
e('group by pk of other table does not cover', [
  `SELECT t.id, u.label FROM t JOIN u ON u.id = t.grp GROUP BY t.id`,
]);
e('having ungrouped in expression', [`SELECT grp FROM t GROUP BY grp HAVING max(qty) > qty`]);
e('select aggregate and bare column no group', [`SELECT name, max(qty) AS m FROM t`]);
e('order by ungrouped expression', [`SELECT grp, count(*) AS c FROM t GROUP BY grp ORDER BY name`]);
e('aggregate in group by error', [`SELECT count(*) AS c FROM t GROUP BY count(*)`]);
e('aggregate in join on error', [`SELECT 1 AS one FROM t JOIN u ON count(*) > 0`]);
e('aggregate in returning error', [`UPDATE t SET qty = qty RETURNING count(*)`]);
e('window in returning error', [`UPDATE t SET qty = qty RETURNING rank() OVER ()`]);
e('aggregate in update set error', [`UPDATE t SET qty = max(qty)`]);
e('aggregate in values error', [`INSERT INTO t (id) VALUES (count(*))`]);
e('srf in values error', [`INSERT INTO t (id) VALUES (generate_series(10, 11))`]);
e('srf in update set error', [`UPDATE t SET qty = generate_series(1, 2)`]);
e('aggregate in check constraint error', [`CREATE TABLE bad (v int CHECK (count(*) > 0))`]);
e('subquery in check constraint error', [`CREATE TABLE bad (v int CHECK (v IN (SELECT 1)))`]);
e('subquery in default error', [`CREATE TABLE bad (v int DEFAULT (SELECT 1))`]);
e('volatile default ok', [
  `CREATE TABLE ok (v float8 DEFAULT random())`,
  `INSERT INTO ok DEFAULT VALUES`,
  `SELECT count(*) AS c FROM ok WHERE v >= 0 AND v < 1`,
]);
e('insert select column count mismatch', [`INSERT INTO t (id) SELECT 1, 2`]);
e('insert values lists length differ', [`INSERT INTO t (id, name) VALUES (10, 'a'), (11)`]);
e('insert subquery value multiple rows', [`INSERT INTO t (id, name) VALUES ((SELECT id + 10 FROM t), 'z')`]);
e('insert subquery value one row', [
  `INSERT INTO t (id, name) VALUES ((SELECT max(id) + 1 FROM t), 'z') RETURNING id`,
]);
e('update from target repeated error', [`UPDATE t SET qty = 1 FROM t WHERE t.id = 1`]);
e('update from self via alias ok', [
  `UPDATE t SET qty = o.qty + 1 FROM t o WHERE o.id = t.id AND t.id = 1 RETURNING t.qty`,
]);
e('delete using same table error', [`DELETE FROM t USING t WHERE t.id = 1`]);
e('upsert set unknown column', [`INSERT INTO t (id) VALUES (1) ON CONFLICT (id) DO UPDATE SET nope = 1`]);
e('upsert set excluded unknown column', [
  `INSERT INTO t (id) VALUES (1) ON CONFLICT (id) DO UPDATE SET name = excluded.nope`,
]);
e('upsert with where referencing excluded', [
  `INSERT INTO t (id, qty) VALUES (1, 9), (2, 1) ON CONFLICT (id) DO UPDATE SET qty = excluded.qty WHERE excluded.qty > t.qty RETURNING id, qty`,
]);
e('upsert check violation on update path', [
  `INSERT INTO t (id, qty) VALUES (1, 1) ON CONFLICT (id) DO UPDATE SET qty = -1`,
]);
e('update returning old values via from subquery', [
  `UPDATE t SET qty = t.qty + 10 FROM (SELECT id, qty FROM t) old WHERE old.id = t.id AND t.id = 2 RETURNING old.qty AS before, t.qty AS after`,
]);
e('update set column from subquery other row', [
  `UPDATE t SET name = (SELECT name FROM t WHERE id = 3) WHERE id = 1 RETURNING name`,
]);
e('update sees pre-statement values', [`UPDATE t SET qty = (SELECT sum(qty) FROM t) RETURNING id, qty`]);
e('insert select sees pre-statement rows', [
  `INSERT INTO t (id, qty) SELECT id + 10, (SELECT count(*) FROM t) FROM t RETURNING id, qty`,
]);
e('delete returning star order', [`DELETE FROM t WHERE grp = 1 RETURNING id, name`]);
e('returning with subquery', [
  `UPDATE t SET qty = 1 WHERE id = 3 RETURNING id, (SELECT count(*) FROM u) AS uc`,
]);
e('returning star with table star', [`UPDATE t SET qty = 2 WHERE id = 3 RETURNING t.id, t.qty`]);
e('update check violation detail', [`UPDATE t SET qty = qty - 4 WHERE id IN (1, 2)`]);
e('insert check violation row detail params', [
  withParams('INSERT INTO t (id, name, qty) VALUES ($1, $2, $3)', 9, 'n', -1),
]);

// node-pg parameter shapes against typed columns
e('param bool strings', [
  withParams(
    'INSERT INTO t (id, flag) VALUES (10, $1), (11, $2), (12, $3) RETURNING id, flag',
    'yes',
    'off',
    't',
  ),
]);
e('param bool bad', [withParams('INSERT INTO t (id, flag) VALUES (10, $1)', 'maybe')]);
e('param js boolean', [withParams('INSERT INTO t (id, flag) VALUES (10, $1) RETURNING flag', false)]);
e('param object into jsonb', [
  withParams('INSERT INTO t (id, doc) VALUES (10, $1) RETURNING doc', { b: [1, 2], a: null }),
]);
e('param array into jsonb becomes pg array', [
  withParams('INSERT INTO t (id, doc) VALUES (10, $1) RETURNING doc', [1, 2]),
]);
e('param json string into jsonb', [
  withParams('INSERT INTO t (id, doc) VALUES (10, $1) RETURNING doc', JSON.stringify([1, 2])),
]);
e('param Date into timestamptz', [
  withParams(
    'INSERT INTO t (id, at) VALUES (10, $1) RETURNING at',
    new Date(Date.UTC(2024, 0, 2, 3, 4, 5, 678)),
  ),
]);
e('param Date into date column', [
  withParams('INSERT INTO t (id, d) VALUES (10, $1) RETURNING d', new Date(Date.UTC(2024, 1, 29, 12))),
]);
e('param iso string into timestamptz', [
  withParams('INSERT INTO t (id, at) VALUES (10, $1) RETURNING at', '2024-06-01T10:00:00Z'),
]);
e('param Buffer into bytea', [
  withParams('INSERT INTO t (id, raw) VALUES (10, $1) RETURNING raw', Buffer.from([0, 255, 65])),
]);
e('param big int overflow', [withParams('INSERT INTO t (id) VALUES ($1)', '3000000000')]);
e('param numeric rounding to scale', [
  withParams('INSERT INTO t (id, amount) VALUES (10, $1) RETURNING amount', '12.345'),
]);
e('param numeric overflow', [withParams('INSERT INTO t (id, amount) VALUES (10, $1)', '1234567.5')]);
e('param number float into numeric', [
  withParams('INSERT INTO t (id, amount) VALUES (10, $1) RETURNING amount', 0.1 + 0.2),
]);
e('param NaN into numeric column', [
  withParams('INSERT INTO t (id, amount) VALUES (10, $1) RETURNING amount', 'NaN'),
]);
e('param empty string into int', [withParams('INSERT INTO t (id) VALUES ($1)', '')]);
e('param whitespace int', [withParams('INSERT INTO t (id) VALUES ($1) RETURNING id', ' 42 ')]);
e('param undefined becomes null', [
  withParams('INSERT INTO t (id, name) VALUES (10, $1) RETURNING name', undefined),
]);
e('param array into int array compare', [
  withParams('SELECT id FROM t WHERE id = ANY($1::int[]) ORDER BY id', ['1', '3']),
]);
e('param nested array', [
  withParams('SELECT $1::int[] AS a', [
    [1, 2],
    [3, 4],
  ]),
]);
e('param array with quotes and commas', [withParams('SELECT $1::text[] AS a', ['a,b', 'c"d', null, ''])]);
e('param text too long into varchar cast', [withParams('SELECT $1::varchar(2) AS v', 'abcdef')]);
e('param in limit with order', [withParams('SELECT id FROM t ORDER BY id DESC LIMIT $1', '2')]);
e('param used as column name fails', [withParams('SELECT id FROM t ORDER BY $1', 'name')]);
e('param type inferred from column in comparison', [
  withParams('SELECT id FROM t WHERE qty > $1 ORDER BY id', '2.5'),
]);
e('param numeric compare to int column', [
  withParams('SELECT id FROM t WHERE qty > $1::numeric ORDER BY id', '2.5'),
]);
e('param in case result', [
  withParams('SELECT CASE WHEN id = 1 THEN $1 ELSE name END AS v FROM t ORDER BY id', 'first'),
]);
e('param untyped alone', [withParams('SELECT $1 AS v', 'hello')]);
e('param untyped concat', [withParams('SELECT $1 || $2 AS v', 'a', 'b')]);
e('param untyped plus int', [withParams('SELECT $1 + 1 AS v', '41')]);
e('param in coalesce with column', [withParams('SELECT coalesce(name, $1) AS v FROM t WHERE id = 1', 'x')]);
e('param in between', [withParams('SELECT id FROM t WHERE id BETWEEN $1 AND $2 ORDER BY id', 2, 3)]);
e('param in exists subquery', [withParams('SELECT EXISTS (SELECT 1 FROM u WHERE label = $1) AS v', 'y')]);
e('param in insert select', [
  withParams('INSERT INTO u SELECT id + $1, name FROM t WHERE grp = $2 RETURNING id, label', 10, 1),
]);
e('param in on conflict update', [
  withParams(
    "INSERT INTO u VALUES ($1, $2) ON CONFLICT (id) DO UPDATE SET label = $2 || '!' RETURNING id, label",
    1,
    'z',
  ),
]);
e('param in returning', [
  withParams('UPDATE t SET qty = qty + 1 WHERE id = 1 RETURNING qty * $1::int AS v', 2),
]);
e('param count mismatch extra', [withParams('SELECT $1::int AS v', 1, 2)]);
e('param referenced beyond supplied', [withParams('SELECT $2::int AS v', 1)]);

// domains and partitions (chapter 5) with error fields
const DP = `CREATE DOMAIN posint AS int CONSTRAINT posint_check CHECK (VALUE > 0);
CREATE DOMAIN email AS text NOT NULL CHECK (VALUE LIKE '%@%');
CREATE TABLE acct (id posint PRIMARY KEY, mail email);
CREATE TABLE meas (city int NOT NULL, logdate date NOT NULL, peak int, UNIQUE (city, logdate)) PARTITION BY RANGE (logdate);
CREATE TABLE meas_2024 PARTITION OF meas FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE meas_2025 PARTITION OF meas FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
INSERT INTO meas VALUES (1, '2024-05-01', 10);`;
const dp = (name: string, steps: ProbeStep[]) => list.add(`extra2 ch5: ${name}`, steps, DP);
dp('domain check violation', [`INSERT INTO acct VALUES (0, 'a@b')`]);
dp('domain check violation on cast', [`SELECT (-1)::posint AS v`]);
dp('domain not null violation', [`INSERT INTO acct VALUES (1, NULL)`]);
dp('domain not null omitted column', [`INSERT INTO acct (id) VALUES (1)`]);
dp('domain text check', [`INSERT INTO acct VALUES (1, 'nope')`]);
dp('domain ok returning', [`INSERT INTO acct VALUES (1, 'a@b') RETURNING id, mail`]);
dp('domain param violation', [withParams('INSERT INTO acct VALUES ($1, $2)', -5, 'a@b')]);
dp('domain result type is base oid', [`SELECT id FROM acct`]);
dp('partition routing tableoid', [
  `INSERT INTO meas VALUES (1, '2025-03-01', 5)`,
  `SELECT tableoid::regclass::text AS part, logdate FROM meas ORDER BY logdate`,
]);
dp('partition no match error', [`INSERT INTO meas VALUES (1, '2030-01-01', 5)`]);
dp('partition unique violation names partition index', [`INSERT INTO meas VALUES (1, '2024-05-01', 11)`]);
dp('partition not null violation', [`INSERT INTO meas VALUES (1, NULL, 11)`]);
dp('partition upsert', [
  `INSERT INTO meas VALUES (1, '2024-05-01', 99) ON CONFLICT (city, logdate) DO UPDATE SET peak = EXCLUDED.peak RETURNING peak`,
]);
dp('partition update moves row', [
  `UPDATE meas SET logdate = '2025-05-01' WHERE city = 1 RETURNING tableoid::regclass::text AS part`,
]);
dp('partition unique must include key error', [
  `CREATE TABLE p2 (a int UNIQUE, b date) PARTITION BY RANGE (b)`,
]);
dp('partition select only parent', [`SELECT count(*) AS c FROM ONLY meas`]);
dp('partition default', [
  `CREATE TABLE meas_def PARTITION OF meas DEFAULT`,
  `INSERT INTO meas VALUES (2, '2030-01-01', 1) RETURNING tableoid::regclass::text AS part`,
]);
dp('inheritance check constraint', [
  `CREATE TABLE base (v int CHECK (v > 0))`,
  `CREATE TABLE sub () INHERITS (base)`,
  `INSERT INTO sub VALUES (-1)`,
]);
dp('inheritance select includes children', [
  `CREATE TABLE base (v int)`,
  `CREATE TABLE sub (w int) INHERITS (base)`,
  `INSERT INTO base VALUES (1)`,
  `INSERT INTO sub VALUES (2, 3)`,
  `SELECT v, tableoid::regclass::text AS src FROM base ORDER BY v`,
]);
dp('inheritance unique not inherited', [
  `CREATE TABLE base (v int UNIQUE)`,
  `CREATE TABLE sub () INHERITS (base)`,
  `INSERT INTO base VALUES (1)`,
  `INSERT INTO sub VALUES (1)`,
  `SELECT count(*) AS c FROM base`,
]);

// HINT/DETAIL placement and other error fields
const H = `CREATE TABLE t1 (num int, name text); CREATE TABLE t2 (num int, value text);`;
const h = (name: string, sql: string) => list.add(`extra2 errfields: ${name}`, [sql], H);
h(
  'lateral candidate unqualified column',
  `SELECT 1 AS one FROM t1, (SELECT value FROM t2 WHERE t2.num = num + 0 AND name = 'x') s`,
);
h(
  'lateral candidate qualified table',
  `SELECT 1 AS one FROM t1 CROSS JOIN (SELECT value FROM t2 WHERE t2.num = t1.num) s`,
);
h(
  'column from sibling in join subquery',
  `SELECT 1 AS one FROM t1 JOIN (SELECT 1 AS k WHERE name IS NULL) s ON true`,
);
h(
  'column from outer-joined sibling in on',
  `SELECT 1 AS one FROM t1 LEFT JOIN t2 ON t2.num = t1.num JOIN (SELECT 1 AS k WHERE value IS NULL) s ON true`,
);
h('returning old without alias PG18 detail', `UPDATE t1 SET num = 1 RETURNING old.num`);
h('column exists in other table of statement', `UPDATE t1 SET num = 1 WHERE value = 'x'`);
h('insert select from other table column', `INSERT INTO t1 SELECT num, value FROM t2 WHERE name = 'x'`);
h('cte column not visible', `WITH c AS (SELECT num AS k FROM t1) SELECT num FROM c`);
h('qualified star unknown', `SELECT t3.* FROM t1`);
h('alias shadows table name', `SELECT t1.num FROM t1 AS x`);
h(
  'window frame error detail',
  `SELECT sum(num) OVER (ORDER BY num ROWS BETWEEN 1 FOLLOWING AND CURRENT ROW) AS s FROM t1`,
);

export default list.cases;
