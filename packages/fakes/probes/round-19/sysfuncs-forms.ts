// Round 19 probe, sysfuncs: the forms an application writes the functions of docs 9.17, 9.27 and
// the uuid type in: sequence calls in INSERT / UPDATE / RETURNING / subqueries and with
// parameters, serial and identity columns under multi-row and conflicting writes, uuid values in
// comparisons, groups, JSON and parameters, and advisory locks taken per row.
import { ProbeCases, type ProbeStep, withParams } from '../probe-kit.js';

const list = new ProbeCases('r19 sysfuncs: forms: ');
const add = (name: string, steps: ProbeStep[], setup?: string) => list.add(name, steps, setup);
const two = (sql: string): ProbeStep => ({ sql, client: 'second' });
const S = 'CREATE SEQUENCE s;';
const U1 = 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11';
const U2 = 'b1ffcd88-8d1a-4ef8-bb6d-6bb9bd380a22';
const UT = `CREATE TABLE u (id uuid PRIMARY KEY, n int); INSERT INTO u VALUES ('${U1}', 1), ('${U2}', 2);`;

// ---------------------------------------------------------------- sequence call forms
add('nextval uppercase name folds', [`SELECT nextval('S') AS v`], S);
add('nextval quoted lowercase', [`SELECT nextval('"s"') AS v`], S);
add('nextval public qualified', [`SELECT nextval('public.s') AS v`], S);
add('nextval leading space', [`SELECT nextval(' s') AS v`], S);
add('nextval trailing space', [`SELECT nextval('s ') AS v`], S);
add('nextval empty name error', [`SELECT nextval('') AS v`]);
add('nextval bad syntax error', [`SELECT nextval('a.b.c.d') AS v`]);
add('nextval cast int', [`SELECT nextval('s')::int AS v`], S);
add('nextval plus one', [`SELECT nextval('s') + 1 AS v`], S);
add('nextval text param', [withParams('SELECT nextval($1::text) AS v', 's')], S);
add('nextval missing param error', [withParams('SELECT nextval($1) AS v', 'nosuch')]);
add('nextval twice one row', [`SELECT nextval('s') AS a, nextval('s') AS b`], S);
add('nextval in case', [`SELECT CASE WHEN true THEN nextval('s') END AS v`], S);
add('nextval in subquery', [`SELECT (SELECT nextval('s')) AS v`], S);
add(
  'nextval in insert values',
  [`INSERT INTO t VALUES (nextval('s'), 'a'), (nextval('s'), 'b') RETURNING id`],
  `${S} CREATE TABLE t (id bigint, v text);`,
);
add(
  'nextval in insert select',
  [`INSERT INTO t SELECT nextval('s'), x FROM unnest(ARRAY['a','b','c']) x RETURNING id, v`],
  `${S} CREATE TABLE t (id bigint, v text);`,
);
add(
  'nextval in update',
  [`UPDATE t SET id = nextval('s') RETURNING id`],
  `${S} CREATE TABLE t (id bigint, v text); INSERT INTO t VALUES (0, 'a');`,
);
add(
  'nextval in returning',
  [`INSERT INTO t VALUES (1, 'a') RETURNING nextval('s') AS n`],
  `${S} CREATE TABLE t (id bigint, v text);`,
);
add(
  'nextval failed insert consumes',
  [`INSERT INTO t VALUES (nextval('s'), NULL)`, `SELECT nextval('s') AS v`],
  `${S} CREATE TABLE t (id bigint, v text NOT NULL);`,
);
add(
  'currval after failed statement',
  [`INSERT INTO t VALUES (nextval('s'), NULL)`, `SELECT currval('s') AS v`],
  `${S} CREATE TABLE t (id bigint, v text NOT NULL);`,
);
add(
  'lastval after failed statement',
  [`INSERT INTO t VALUES (nextval('s'), NULL)`, `SELECT lastval() AS v`],
  `${S} CREATE TABLE t (id bigint, v text NOT NULL);`,
);
add(
  'setval returns first arg value',
  [
    `SELECT setval('s', 100) AS a`,
    `SELECT nextval('s') AS b`,
    `SELECT setval('s', 100, false) AS c`,
    `SELECT nextval('s') AS d`,
  ],
  S,
);
add('setval negative in ascending error', [`SELECT setval('s', -5) AS v`], S);
add('setval zero false error', [`SELECT setval('s', 0, false) AS v`], S);
add(
  'setval bigint param',
  [withParams('SELECT setval($1, $2) AS v', 's', '9007199254740993'), `SELECT nextval('s') AS n`],
  S,
);
add('setval text param is_called', [withParams('SELECT setval($1, $2, $3) AS v', 's', 5, 'true')], S);
add('setval then currval other session', [`SELECT setval('s', 5) AS a`, two(`SELECT currval('s') AS b`)], S);
add('nextval bigint big', [`SELECT setval('s', 9007199254740992) AS a`, `SELECT nextval('s') AS b`], S);
add('nextval type from column', [`SELECT pg_typeof(currval('s')) AS t`, 'SELECT 1 AS x'], S);
add(
  'currval in where',
  [`SELECT nextval('s') AS a`, `SELECT count(*) AS n FROM generate_series(1, 5) g WHERE g <= currval('s')`],
  S,
);
add(
  'lastval in insert',
  [`SELECT nextval('s') AS a`, 'INSERT INTO t VALUES (lastval(), $$x$$) RETURNING id'],
  `${S} CREATE TABLE t (id bigint, v text);`,
);
add('drop sequence then nextval error', ['DROP SEQUENCE s', `SELECT nextval('s') AS v`], S);
add(
  'drop recreate restarts',
  ['DROP SEQUENCE s', 'CREATE SEQUENCE s', `SELECT nextval('s') AS v`],
  `${S} SELECT nextval('s');`,
);
add('sequence name clash with table error', ['CREATE SEQUENCE t'], 'CREATE TABLE t (a int);');
add('table name clash with sequence error', ['CREATE TABLE s (a int)'], S);
add('sequence in other schema path', [`SELECT nextval('s') AS v`], 'CREATE SEQUENCE s START 7;');
add('create sequence start negative ascending error', ['CREATE SEQUENCE s2 START -1']);
add(
  'create sequence descending default start',
  [`SELECT nextval('d') AS a, nextval('d') AS b`],
  'CREATE SEQUENCE d INCREMENT -1;',
);
add(
  'create sequence descending start max',
  [`SELECT nextval('d') AS a`],
  'CREATE SEQUENCE d INCREMENT BY -3 START -10;',
);
add(
  'create sequence increment large',
  [`SELECT nextval('d') AS a, nextval('d') AS b`],
  'CREATE SEQUENCE d INCREMENT 1000000000000;',
);
add(
  'create sequence as int overflow error',
  [`SELECT setval('d', 2147483647) AS a`, `SELECT nextval('d') AS b`],
  'CREATE SEQUENCE d AS int;',
);
add('create sequence as bigint', [`SELECT nextval('d') AS a`], 'CREATE SEQUENCE d AS bigint;');
add(
  'create sequence start with keyword forms',
  [`SELECT nextval('d') AS a, nextval('d') AS b`],
  'CREATE SEQUENCE d START WITH 3 INCREMENT BY 2;',
);
add(
  'create sequence no minvalue no maxvalue',
  [`SELECT nextval('d') AS a`],
  'CREATE SEQUENCE d NO MINVALUE NO MAXVALUE;',
);
add('create sequence if not exists new', [
  'CREATE SEQUENCE IF NOT EXISTS d START 4',
  `SELECT nextval('d') AS a`,
]);
add(
  'drop sequence two',
  ['DROP SEQUENCE s, s2', `SELECT count(*) AS n FROM pg_class WHERE relkind = 'S'`],
  'CREATE SEQUENCE s; CREATE SEQUENCE s2;',
);
add('drop sequence missing error', ['DROP SEQUENCE nosuch']);
add('drop sequence on table error', ['DROP SEQUENCE t'], 'CREATE TABLE t (a int);');
add('drop table on sequence error', ['DROP TABLE s'], S);
add('drop index on sequence error', ['DROP INDEX s'], S);
add('truncate sequence error', ['TRUNCATE s'], S);
add('update sequence error', ['UPDATE s SET last_value = 5'], S);
add('delete sequence error', ['DELETE FROM s'], S);
add('alter table on sequence', ['ALTER TABLE s RENAME TO s3', `SELECT nextval('s3') AS v`], S);
add('alter sequence rename', ['ALTER SEQUENCE s RENAME TO s4', `SELECT nextval('s4') AS v`], S);
add('alter sequence on table error', ['ALTER SEQUENCE t RESTART'], 'CREATE TABLE t (a int);');

// ---------------------------------------------------------------- serial and identity under writes
const SER = 'CREATE TABLE t (id serial PRIMARY KEY, v text UNIQUE);';
const IDN = 'CREATE TABLE t (id int GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, v text UNIQUE);';
for (const [label, setup] of [
  ['serial', SER],
  ['identity', IDN],
] as const) {
  add(
    `${label} multi row returning`,
    [`INSERT INTO t (v) VALUES ('a'), ('b'), ('c') RETURNING id, v`],
    setup,
  );
  add(
    `${label} insert select`,
    [`INSERT INTO t (v) SELECT x FROM unnest(ARRAY['p','q']) x RETURNING id`],
    setup,
  );
  add(
    `${label} upsert do nothing consumes`,
    [
      `INSERT INTO t (v) VALUES ('a')`,
      `INSERT INTO t (v) VALUES ('a') ON CONFLICT DO NOTHING`,
      `INSERT INTO t (v) VALUES ('b') RETURNING id`,
    ],
    setup,
  );
  add(
    `${label} upsert do update consumes`,
    [
      `INSERT INTO t (v) VALUES ('a')`,
      `INSERT INTO t (v) VALUES ('a') ON CONFLICT (v) DO UPDATE SET v = 'a2' RETURNING id, v`,
      `INSERT INTO t (v) VALUES ('b') RETURNING id`,
    ],
    setup,
  );
  add(
    `${label} failed insert consumes`,
    [
      `INSERT INTO t (v) VALUES ('a')`,
      `INSERT INTO t (v) VALUES ('a')`,
      `INSERT INTO t (v) VALUES ('b') RETURNING id`,
    ],
    setup,
  );
  add(
    `${label} rollback consumes`,
    ['BEGIN', `INSERT INTO t (v) VALUES ('a')`, 'ROLLBACK', `INSERT INTO t (v) VALUES ('b') RETURNING id`],
    setup,
  );
  add(
    `${label} explicit then default collides`,
    [`INSERT INTO t (id, v) VALUES (1, 'x')`, `INSERT INTO t (v) VALUES ('y')`],
    setup,
  );
  add(`${label} explicit id returning`, [`INSERT INTO t (id, v) VALUES (50, 'x') RETURNING id`], setup);
  add(`${label} default values`, ['INSERT INTO t DEFAULT VALUES RETURNING id, v'], setup);
  add(
    `${label} currval after insert`,
    [`INSERT INTO t (v) VALUES ('a'), ('b')`, `SELECT currval(pg_get_serial_sequence('t', 'id')) AS v`],
    setup,
  );
  add(
    `${label} setval then insert`,
    [
      `SELECT setval(pg_get_serial_sequence('t', 'id'), 41) AS s`,
      `INSERT INTO t (v) VALUES ('a') RETURNING id`,
    ],
    setup,
  );
  add(
    `${label} params insert`,
    [withParams('INSERT INTO t (v) VALUES ($1), ($2) RETURNING id', 'a', 'b')],
    setup,
  );
  add(
    `${label} column default text`,
    [
      `SELECT column_default AS d, is_identity AS i FROM information_schema.columns WHERE table_name = 't' AND column_name = 'id'`,
    ],
    setup,
  );
  add(`${label} sequence relname`, [`SELECT relname FROM pg_class WHERE relkind = 'S'`], setup);
  add(
    `${label} drop table drops sequence`,
    ['DROP TABLE t', `SELECT count(*) AS n FROM pg_class WHERE relkind = 'S'`],
    setup,
  );
  add(
    `${label} rename table keeps sequence name`,
    ['ALTER TABLE t RENAME TO t2', `SELECT pg_get_serial_sequence('t2', 'id') AS s`],
    setup,
  );
}
add(
  'identity always multi row',
  [`INSERT INTO t (v) VALUES ('a'), ('b') RETURNING id`],
  'CREATE TABLE t (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, v text);',
);
add(
  'identity always explicit null error',
  [`INSERT INTO t (id, v) VALUES (NULL, 'a')`],
  'CREATE TABLE t (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, v text);',
);
add(
  'identity always explicit error detail',
  [`INSERT INTO t (id, v) VALUES (1, 'a'), (2, 'b')`],
  'CREATE TABLE t (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, v text);',
);
add(
  'identity always upsert explicit error',
  [`INSERT INTO t (id, v) VALUES (1, 'a') ON CONFLICT (id) DO NOTHING`],
  'CREATE TABLE t (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, v text);',
);
add(
  'identity always update set same error',
  [`INSERT INTO t (v) VALUES ('a')`, 'UPDATE t SET id = id'],
  'CREATE TABLE t (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, v text);',
);
add(
  'identity always upsert do update set id error',
  [
    `INSERT INTO t (v) VALUES ('a')`,
    `INSERT INTO t OVERRIDING SYSTEM VALUE VALUES (1, 'b') ON CONFLICT (id) DO UPDATE SET id = 5`,
  ],
  'CREATE TABLE t (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, v text);',
);
add(
  'identity always overriding system multi',
  [`INSERT INTO t OVERRIDING SYSTEM VALUE VALUES (10, 'a'), (DEFAULT, 'b') RETURNING id`],
  'CREATE TABLE t (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, v text);',
);
add(
  'identity always overriding user multi',
  [`INSERT INTO t OVERRIDING USER VALUE VALUES (10, 'a'), (20, 'b') RETURNING id`],
  'CREATE TABLE t (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, v text);',
);
add(
  'identity by default overriding system',
  [`INSERT INTO t OVERRIDING SYSTEM VALUE VALUES (10, 'a') RETURNING id`],
  IDN,
);
add(
  'identity smallint type',
  [`INSERT INTO t (v) VALUES ('a') RETURNING id, pg_typeof(id) AS ty`],
  'CREATE TABLE t (id smallint GENERATED BY DEFAULT AS IDENTITY, v text);',
);
add(
  'identity with start option',
  [`INSERT INTO t (v) VALUES ('a') RETURNING id`],
  'CREATE TABLE t (id int GENERATED BY DEFAULT AS IDENTITY (START 1000), v text);',
);
add(
  'identity with increment option',
  [`INSERT INTO t (v) VALUES ('a'), ('b') RETURNING id`],
  'CREATE TABLE t (id int GENERATED BY DEFAULT AS IDENTITY (INCREMENT 7), v text);',
);
add(
  'identity table constraint form',
  [`INSERT INTO t (v) VALUES ('a') RETURNING id`],
  'CREATE TABLE t (id int GENERATED ALWAYS AS IDENTITY, v text, PRIMARY KEY (id));',
);
add(
  'identity nullable explicit null error',
  [`INSERT INTO t VALUES (NULL, 'a')`],
  'CREATE TABLE t (id int GENERATED BY DEFAULT AS IDENTITY, v text);',
);
add('identity null constraint error', ['CREATE TABLE t (id int GENERATED ALWAYS AS IDENTITY NULL)']);
add('identity array error', ['CREATE TABLE t (id int[] GENERATED ALWAYS AS IDENTITY)']);
add('identity numeric error', ['CREATE TABLE t (id numeric GENERATED ALWAYS AS IDENTITY)']);
add('serial with default error', ['CREATE TABLE t (id serial DEFAULT 1)']);
add('serial explicit null error', [`INSERT INTO t (id, v) VALUES (NULL, 'a')`], SER);
add('serial update to value', [`INSERT INTO t (v) VALUES ('a')`, `UPDATE t SET id = 100 RETURNING id`], SER);
add(
  'serial8 type',
  [`INSERT INTO t DEFAULT VALUES RETURNING pg_typeof(id) AS ty`],
  'CREATE TABLE t (id serial8);',
);
add('serial4 name', [`SELECT pg_get_serial_sequence('t', 'id') AS s`], 'CREATE TABLE t (id serial4);');
add(
  'serial mixed case table',
  [`SELECT pg_get_serial_sequence('"T"', 'id') AS s`],
  'CREATE TABLE "T" (id serial);',
);
add(
  'pg_get_serial_sequence unquoted mixed',
  [`SELECT pg_get_serial_sequence('T', 'id') AS s`],
  'CREATE TABLE "T" (id serial);',
);
add(
  'pg_get_serial_sequence column case',
  [`SELECT pg_get_serial_sequence('t', 'ID') AS s`],
  'CREATE TABLE t (id serial);',
);
add(
  'pg_get_serial_sequence quoted column',
  [`SELECT pg_get_serial_sequence('t', '"Id"') AS s`],
  'CREATE TABLE t ("Id" serial);',
);

// ---------------------------------------------------------------- uuid values
add('uuid where text literal', [`SELECT n FROM u WHERE id = '${U1.toUpperCase()}'`], UT);
add('uuid where braces', [`SELECT n FROM u WHERE id = '{${U2}}'`], UT);
add('uuid in list', [`SELECT n FROM u WHERE id IN ('${U1}', '${U2}') ORDER BY n`], UT);
add('uuid in list bad element error', [`SELECT n FROM u WHERE id IN ('${U1}', 'nope')`], UT);
add(
  'uuid any array param',
  [withParams('SELECT n FROM u WHERE id = ANY($1) ORDER BY n', [U1, U2.toUpperCase()])],
  UT,
);
add(
  'uuid any array param uuid cast',
  [withParams('SELECT n FROM u WHERE id = ANY($1::uuid[]) ORDER BY n', [U2])],
  UT,
);
add('uuid order by', ['SELECT id FROM u ORDER BY id DESC'], UT);
add('uuid group by', ['SELECT id, count(*) AS c FROM u GROUP BY id ORDER BY id'], UT);
add(
  'uuid distinct',
  ['SELECT DISTINCT id FROM (SELECT id FROM u UNION ALL SELECT id FROM u) x ORDER BY id'],
  UT,
);
add('uuid to_jsonb', ['SELECT to_jsonb(id) AS j FROM u ORDER BY n'], UT);
add('uuid json_build_object', ["SELECT json_build_object('id', id) AS j FROM u ORDER BY n"], UT);
add('uuid json_agg', ['SELECT json_agg(id ORDER BY n) AS j FROM u'], UT);
add('uuid array_agg', ['SELECT array_agg(id ORDER BY n) AS a FROM u'], UT);
add('uuid concat text', [`SELECT id || '-x' AS s FROM u ORDER BY n`], UT);
add('uuid upper', ['SELECT upper(id::text) AS s FROM u ORDER BY n'], UT);
add('uuid upper direct error', ['SELECT upper(id) AS s FROM u'], UT);
add('uuid like error', [`SELECT n FROM u WHERE id LIKE 'a%'`], UT);
add('uuid compare int error', ['SELECT n FROM u WHERE id = 1'], UT);
add('uuid compare text column error', [`SELECT n FROM u, (VALUES ('${U1}'::text)) v(t) WHERE id = t`], UT);
add(
  'uuid compare text column cast',
  [`SELECT n FROM u, (VALUES ('${U1}'::text)) v(t) WHERE id = t::uuid`],
  UT,
);
add('uuid coalesce literal', [`SELECT coalesce(NULL::uuid, '${U1}') AS v`]);
add('uuid coalesce bad literal error', [`SELECT coalesce(NULL::uuid, 'bad') AS v`]);
add('uuid case literal', [`SELECT CASE WHEN n = 1 THEN id ELSE '${U2}' END AS v FROM u ORDER BY n`], UT);
add('uuid greatest', [`SELECT greatest('${U1}'::uuid, '${U2}'::uuid) AS v`]);
add('uuid min error', ['SELECT min(id) AS v FROM u'], UT);
add('uuid count distinct', ['SELECT count(DISTINCT id) AS v FROM u'], UT);
add('uuid insert duplicate error', [`INSERT INTO u VALUES ('${U1.toUpperCase()}', 3)`], UT);
add(
  'uuid upsert',
  [`INSERT INTO u VALUES ('{${U1}}', 9) ON CONFLICT (id) DO UPDATE SET n = EXCLUDED.n RETURNING id, n`],
  UT,
);
add('uuid update key', [`UPDATE u SET id = '${U1.replace('a0', 'c0')}' WHERE n = 1 RETURNING id`], UT);
add(
  'uuid param insert',
  [withParams('INSERT INTO u VALUES ($1, $2) RETURNING id', '{C0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11}', 3)],
  UT,
);
add('uuid param bad insert error', [withParams('INSERT INTO u VALUES ($1, $2)', 'c0eebc99', 3)], UT);
add('uuid param null', [withParams('SELECT $1::uuid IS NULL AS v', null)]);
add('uuid param text compare', [withParams('SELECT n FROM u WHERE id::text = $1', U1)], UT);
add(
  'uuid param text compare upper miss',
  [withParams('SELECT count(*) AS c FROM u WHERE id::text = $1', U1.toUpperCase())],
  UT,
);
add(
  'uuid gen default multi',
  ['INSERT INTO g (n) VALUES (1), (2), (3)', 'SELECT count(DISTINCT id) AS c FROM g'],
  'CREATE TABLE g (id uuid DEFAULT gen_random_uuid(), n int);',
);
add(
  'uuid gen in insert select',
  [
    'INSERT INTO g SELECT gen_random_uuid(), x FROM generate_series(1, 4) x',
    'SELECT count(DISTINCT id) AS c FROM g',
  ],
  'CREATE TABLE g (id uuid, n int);',
);
add(
  'uuid gen in update',
  ['UPDATE g SET id = gen_random_uuid()', 'SELECT count(DISTINCT id) AS c FROM g'],
  'CREATE TABLE g (id uuid, n int); INSERT INTO g SELECT NULL, x FROM generate_series(1, 3) x;',
);
add('uuid gen version nibble', [`SELECT substr(gen_random_uuid()::text, 15, 1) AS v`]);
add('uuid gen variant nibble', [`SELECT substr(gen_random_uuid()::text, 20, 1) IN ('8','9','a','b') AS v`]);
add('uuid gen text length', [
  'SELECT length(gen_random_uuid()::text) AS l, gen_random_uuid()::text = lower(gen_random_uuid()::text) AS lower_case',
]);
add('uuid cast from varchar', [`SELECT '${U1}'::varchar::uuid AS v`]);
add('uuid cast to varchar', [`SELECT '${U1}'::uuid::varchar(10) AS v`]);
add('uuid cast to char', [`SELECT '${U1}'::uuid::char(36) AS v`]);
add('uuid array literal', [`SELECT '{${U1},${U2}}'::uuid[] AS v`]);
add('uuid array literal braces inner error', [`SELECT '{{${U1}}}'::uuid[] AS v`]);
add('uuid row compare', [`SELECT ROW('${U1}'::uuid, 1) < ROW('${U2}'::uuid, 0) AS v`]);
add('uuid hash join', [`SELECT a.n FROM u a JOIN u b ON a.id = b.id ORDER BY a.n`], UT);
add('uuid index scan', [`SELECT n FROM u WHERE id > '${U1}' ORDER BY id`], UT);
add('uuid between', [`SELECT n FROM u WHERE id BETWEEN '${U1}' AND '${U2}' ORDER BY n`], UT);
add('uuid nullif', [`SELECT nullif(id, '${U1}') AS v FROM u ORDER BY n`], UT);
add(
  'uuid column type info',
  [
    `SELECT data_type, udt_name FROM information_schema.columns WHERE table_name = 'u' AND column_name = 'id'`,
  ],
  UT,
);

// ---------------------------------------------------------------- advisory locks in queries
add('try lock per row', ['SELECT n, pg_try_advisory_lock(n) AS got FROM generate_series(1, 3) n'], '');
add('try lock per row other session', [
  'SELECT pg_advisory_lock(2) AS a',
  two('SELECT n, pg_try_advisory_lock(n) AS got FROM generate_series(1, 3) n'),
]);
add('lock key from hashtext', [
  `SELECT pg_try_advisory_lock(hashtext('orders')) AS a`,
  two(`SELECT pg_try_advisory_lock(hashtext('orders')) AS b`),
]);
add('lock key from hashtextextended', [`SELECT pg_try_advisory_lock(hashtextextended('orders', 0)) AS a`]);
add('lock two keys int from oid', [`SELECT pg_try_advisory_lock('pg_class'::regclass::oid::int, 1) AS a`]);
add('lock negative two keys', [
  'SELECT pg_try_advisory_lock(-1, -2) AS a',
  'SELECT pg_advisory_unlock(-1, -2) AS b',
]);
add('lock bigint param', [
  withParams('SELECT pg_try_advisory_lock($1) AS a', '9223372036854775807'),
  withParams('SELECT pg_advisory_unlock($1) AS b', '9223372036854775807'),
]);
add('lock bigint param other session', [
  withParams('SELECT pg_advisory_lock($1) AS a', '42'),
  two('SELECT pg_try_advisory_lock(42) AS b'),
]);
add('lock smallint key', ['SELECT pg_try_advisory_lock(1::smallint) AS a']);
add('lock int overflow single', ['SELECT pg_try_advisory_lock(99999999999999999999) AS a']);
add('unlock shared not held', ['SELECT pg_advisory_unlock_shared(5) AS a']);
add('xact lock then unlock_all', [
  'BEGIN',
  'SELECT pg_advisory_xact_lock(5) AS a',
  'SELECT pg_advisory_unlock_all() AS b',
  two('SELECT pg_try_advisory_lock(5) AS c'),
  'COMMIT',
]);
add('lock counted twice other session blocked after one unlock', [
  'SELECT pg_advisory_lock(6) AS a',
  'SELECT pg_advisory_lock(6) AS b',
  'SELECT pg_advisory_unlock(6) AS c',
  two('SELECT pg_try_advisory_lock(6) AS d'),
]);
add('shared twice one unlock still shared', [
  'SELECT pg_advisory_lock_shared(6) AS a',
  'SELECT pg_advisory_lock_shared(6) AS b',
  'SELECT pg_advisory_unlock_shared(6) AS c',
  two('SELECT pg_try_advisory_lock(6) AS d'),
]);
add('second session shared then first exclusive try', [
  two('SELECT pg_advisory_lock_shared(6) AS a'),
  'SELECT pg_try_advisory_lock(6) AS b',
  'SELECT pg_try_advisory_lock_shared(6) AS c',
]);
add('pg_locks count own advisory', [
  'SELECT pg_advisory_lock(1) AS a',
  'SELECT pg_advisory_lock_shared(2) AS b',
  `SELECT mode, count(*) AS c FROM pg_locks WHERE locktype = 'advisory' GROUP BY mode ORDER BY mode`,
]);
add('pg_locks other session advisory', [
  two('SELECT pg_advisory_lock(77) AS a'),
  `SELECT objid, mode, granted, pid <> pg_backend_pid() AS other FROM pg_locks WHERE locktype = 'advisory'`,
]);
add('pg_locks advisory virtualxid excluded', [
  'SELECT pg_advisory_lock(1) AS a',
  `SELECT count(*) AS c FROM pg_locks WHERE locktype = 'advisory' AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
]);
add(
  'lock in function',
  ['SELECT take(9) AS a', two('SELECT pg_try_advisory_lock(9) AS b')],
  `CREATE FUNCTION take(k bigint) RETURNS boolean LANGUAGE sql AS $$ SELECT pg_try_advisory_lock(k) $$;`,
);
add(
  'xact lock in plpgsql',
  [
    'BEGIN',
    'SELECT take(9) AS a',
    two('SELECT pg_try_advisory_lock(9) AS b'),
    'COMMIT',
    two('SELECT pg_try_advisory_lock(9) AS c'),
  ],
  `CREATE FUNCTION take(k bigint) RETURNS void LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_advisory_xact_lock(k); END $$;`,
);
add(
  'unlock in returning',
  ['SELECT pg_advisory_lock(3) AS a', 'INSERT INTO t VALUES (3) RETURNING pg_advisory_unlock(a) AS u'],
  'CREATE TABLE t (a int);',
);
add(
  'claim pattern skip locked',
  [
    'BEGIN',
    'SELECT id FROM jobs WHERE pg_try_advisory_xact_lock(id) ORDER BY id LIMIT 1',
    two('BEGIN'),
    two('SELECT id FROM jobs WHERE pg_try_advisory_xact_lock(id) ORDER BY id LIMIT 1'),
    two('COMMIT'),
    'COMMIT',
  ],
  'CREATE TABLE jobs (id int); INSERT INTO jobs VALUES (1), (2), (3);',
);

export default list.cases;
