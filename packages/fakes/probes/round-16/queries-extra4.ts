// Round 16 probe, fifth pass: PostgreSQL 16-18 behaviour changes that touch chapter 5-7 statements
// (literals, casts used in application queries, DDL that PostgreSQL 15 refuses).
import { ProbeCases, type ProbeStep, withParams } from '../probe-kit.js';

const list = new ProbeCases();
const q = (name: string, expr: string) => list.select(`extra4: ${name}`, expr);

q('hex integer literal PG16', `0x1F`);
q('octal integer literal PG16', `0o17`);
q('binary integer literal PG16', `0b101`);
q('underscore numeric literal PG16', `1_000_000`);
q('underscore decimal literal PG16', `1_000.000_1`);
q('hex string to int PG16', `'0x1F'::int`);
q('underscore string to int PG16', `'1_000'::int`);
q('underscore string to numeric PG16', `'1_000.5'::numeric`);
q('hex string to bigint PG16', `'0xFF'::bigint`);
q('limit with hex literal PG16', `(SELECT count(*) FROM generate_series(1, 10) LIMIT 0x2)`);
list.add(
  'extra4: param underscore into int column PG16',
  [withParams('INSERT INTO t VALUES ($1) RETURNING v', '1_000')],
  'CREATE TABLE t (v int)',
);
list.add(
  'extra4: param hex into int column PG16',
  [withParams('INSERT INTO t VALUES ($1) RETURNING v', '0x10')],
  'CREATE TABLE t (v int)',
);
list.add(
  'extra4: param hex where PG16',
  [withParams('SELECT count(*) AS c FROM t WHERE v = $1', '0x10')],
  'CREATE TABLE t (v int); INSERT INTO t VALUES (16);',
);
q('jsonb null to int PG18', `('{"a":null}'::jsonb -> 'a')::int`);
q('jsonb null to text', `('{"a":null}'::jsonb -> 'a')::text`);
q('jsonb null to boolean PG18', `'null'::jsonb::boolean`);
q('jsonb null to numeric PG18', `'null'::jsonb::numeric`);
q('jsonb number to int', `('{"a":5}'::jsonb -> 'a')::int`);
q('jsonb string to int error', `('{"a":"5"}'::jsonb -> 'a')::int`);
q('int to bytea cast PG18', `1::bytea`);
q('bigint to bytea cast PG18', `258::bigint::bytea`);
q('bytea to int cast PG18', `'\\x0102'::bytea::int`);
q('pg_input_is_valid PG16', `pg_input_is_valid('42', 'integer')`);
q('pg_input_error_info PG16', `(pg_input_error_info('x', 'integer')).sql_error_code`);
q('uuidv7 PG18', `uuidv7() IS NOT NULL`);
q('gen_random_uuid version', `uuid_extract_version(gen_random_uuid())`);
q('casefold PG18', `casefold('ABC')`);
q('crc32 PG18', `crc32('abc'::bytea)`);
q('to_bin PG17', `to_bin(5)`);
q('string_agg over interval', `(SELECT string_agg(v::text, ',') FROM (VALUES (interval '90 minutes')) x(v))`);
q(
  'timestamptz plus interval in PG15 form',
  `('2024-01-31 00:00+00'::timestamptz + interval '1 month')::text`,
);
q('system_user PG16', `system_user IS NOT NULL`);
q('json_scalar PG16', `json_scalar(1)`);
q('json_serialize PG16', `json_serialize('{"a":1}' RETURNING text)`);
q('json_exists PG17', `json_exists('{"a":1}', '$.a')`);
q('json_value PG17', `json_value('{"a":1}', '$.a')`);
list.add(
  'extra4: merge_action in returning PG17',
  [
    `MERGE INTO m USING (VALUES (1), (2)) s(id) ON m.id = s.id WHEN MATCHED THEN UPDATE SET v = 2 WHEN NOT MATCHED THEN INSERT VALUES (s.id, 0) RETURNING merge_action() AS a, m.id`,
  ],
  'CREATE TABLE m (id int PRIMARY KEY, v int); INSERT INTO m VALUES (1, 1);',
);
q('any_value with distinct PG16', `(SELECT any_value(DISTINCT v) FROM (VALUES (1)) x(v))`);

// DDL from the chapter that newer servers accept differently
const d = (name: string, steps: ProbeStep[], setup?: string) => list.add(`extra4 ddl: ${name}`, steps, setup);
d('unlogged partitioned table PG18 refuses', [
  `CREATE UNLOGGED TABLE up (a int) PARTITION BY RANGE (a)`,
  `SELECT relpersistence::text AS p FROM pg_class WHERE relname = 'up'`,
]);
d(
  'primary key using nulls not distinct index PG16 refuses',
  [
    `CREATE UNIQUE INDEX pk_idx ON k (a) NULLS NOT DISTINCT`,
    `ALTER TABLE k ADD PRIMARY KEY USING INDEX pk_idx`,
  ],
  `CREATE TABLE k (a int NOT NULL);`,
);
d(
  'unique nulls not distinct constraint catalog',
  [`SELECT indnullsnotdistinct AS nnd FROM pg_index WHERE indexrelid = 'k_a_key'::regclass`],
  `CREATE TABLE k (a int UNIQUE NULLS NOT DISTINCT);`,
);
d(
  'pg_get_constraintdef nulls not distinct',
  [`SELECT pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conname = 'k_a_key'`],
  `CREATE TABLE k (a int UNIQUE NULLS NOT DISTINCT);`,
);
d(
  'pg_get_constraintdef fk set null columns',
  [`SELECT pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conname = 'c_fk'`],
  `CREATE TABLE p (a int, b int, PRIMARY KEY (a, b)); CREATE TABLE c (a int, b int, CONSTRAINT c_fk FOREIGN KEY (a, b) REFERENCES p ON DELETE SET NULL (b));`,
);
d(
  'pg_get_constraintdef deferrable',
  [`SELECT pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conname = 'c_fk'`],
  `CREATE TABLE p (a int PRIMARY KEY); CREATE TABLE c (a int CONSTRAINT c_fk REFERENCES p DEFERRABLE INITIALLY DEFERRED);`,
);
d(
  'pg_get_constraintdef exclusion',
  [`SELECT pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conname = 'no_overlap'`],
  `CREATE TABLE b (r int4range, CONSTRAINT no_overlap EXCLUDE USING gist (r WITH &&));`,
);
d(
  'pg_get_constraintdef check',
  [`SELECT pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conname = 'ck'`],
  `CREATE TABLE b (a int, b numeric, CONSTRAINT ck CHECK (a > 0 AND b BETWEEN 1 AND 2.5 OR a IS NULL));`,
);
d(
  'pg_get_expr of generated column',
  [`SELECT pg_get_expr(adbin, adrelid) AS e FROM pg_attrdef WHERE adrelid = 'g'::regclass`],
  `CREATE TABLE g (a int, b int GENERATED ALWAYS AS (a * 2 + 1) STORED);`,
);
d(
  'pg_get_expr of default',
  [`SELECT pg_get_expr(adbin, adrelid) AS e FROM pg_attrdef WHERE adrelid = 'g'::regclass ORDER BY adnum`],
  `CREATE TABLE g (a int DEFAULT 5, b text DEFAULT 'x' || 'y', c timestamptz DEFAULT now(), d numeric DEFAULT 1.50);`,
);
d(
  'information_schema table_constraints',
  [
    `SELECT constraint_name::text AS n, constraint_type::text AS t FROM information_schema.table_constraints WHERE table_name = 'c' AND constraint_type <> 'CHECK' ORDER BY 1`,
  ],
  `CREATE TABLE p (a int PRIMARY KEY); CREATE TABLE c (id int PRIMARY KEY, a int REFERENCES p, u text UNIQUE);`,
);
d(
  'information_schema referential_constraints',
  [
    `SELECT constraint_name::text AS n, update_rule::text AS u, delete_rule::text AS d, match_option::text AS m FROM information_schema.referential_constraints ORDER BY 1`,
  ],
  `CREATE TABLE p (a int PRIMARY KEY); CREATE TABLE c (a int REFERENCES p ON DELETE CASCADE ON UPDATE SET NULL, b int REFERENCES p ON DELETE SET DEFAULT);`,
);
d(
  'information_schema check_constraints named',
  [
    `SELECT constraint_name::text AS n, check_clause::text AS c FROM information_schema.check_constraints WHERE constraint_name = 'qty_pos'`,
  ],
  `CREATE TABLE c (qty int CONSTRAINT qty_pos CHECK (qty > 0));`,
);
d(
  'information_schema key_column_usage',
  [
    `SELECT constraint_name::text AS n, column_name::text AS c, ordinal_position AS o FROM information_schema.key_column_usage WHERE table_name = 'c' ORDER BY 1, 3`,
  ],
  `CREATE TABLE c (a int, b int, PRIMARY KEY (b, a), UNIQUE (a));`,
);
d(
  'pg_constraint contype counts',
  [
    `SELECT contype::text AS t, count(*) AS n FROM pg_constraint WHERE conrelid = 'c'::regclass GROUP BY 1 ORDER BY 1`,
  ],
  `CREATE TABLE p (a int PRIMARY KEY); CREATE TABLE c (id int PRIMARY KEY, a int NOT NULL REFERENCES p, u text UNIQUE, q int CHECK (q > 0) NOT NULL);`,
);
d(
  'not null on information_schema columns',
  [
    `SELECT column_name::text AS c, is_nullable::text AS n FROM information_schema.columns WHERE table_name = 'c' ORDER BY ordinal_position`,
  ],
  `CREATE TABLE c (id int PRIMARY KEY, a int NOT NULL, b int);`,
);
d(
  'alter column drop not null on pk error',
  [`ALTER TABLE c ALTER COLUMN id DROP NOT NULL`],
  `CREATE TABLE c (id int PRIMARY KEY);`,
);
d(
  'alter column set not null then insert null',
  [`ALTER TABLE c ALTER COLUMN a SET NOT NULL`, `INSERT INTO c VALUES (1, NULL)`],
  `CREATE TABLE c (id int, a int);`,
);
d(
  'drop constraint by name',
  [`ALTER TABLE c DROP CONSTRAINT c_a_check`, `INSERT INTO c VALUES (-1) RETURNING a`],
  `CREATE TABLE c (a int CHECK (a > 0));`,
);
d('drop missing constraint error', [`ALTER TABLE c DROP CONSTRAINT nope`], `CREATE TABLE c (a int);`);
d(
  'rename constraint then violate',
  [`ALTER TABLE c RENAME CONSTRAINT c_a_check TO a_positive`, `INSERT INTO c VALUES (-1)`],
  `CREATE TABLE c (a int CHECK (a > 0));`,
);
d(
  'alter constraint deferrable',
  [
    `ALTER TABLE c ALTER CONSTRAINT c_a_fkey DEFERRABLE INITIALLY DEFERRED`,
    `BEGIN`,
    `INSERT INTO c VALUES (5)`,
    `INSERT INTO p VALUES (5)`,
    `COMMIT`,
    `SELECT a FROM c`,
  ],
  `CREATE TABLE p (a int PRIMARY KEY); CREATE TABLE c (a int REFERENCES p);`,
);
d(
  'add unique constraint on duplicates fails',
  [`ALTER TABLE c ADD CONSTRAINT c_a_uniq UNIQUE (a)`],
  `CREATE TABLE c (a int); INSERT INTO c VALUES (1), (1);`,
);
d(
  'add primary key on nulls fails',
  [`ALTER TABLE c ADD PRIMARY KEY (a)`],
  `CREATE TABLE c (a int); INSERT INTO c VALUES (NULL);`,
);
d(
  'create index concurrently in transaction error',
  [`BEGIN`, `CREATE INDEX CONCURRENTLY ci ON c (a)`, `ROLLBACK`],
  `CREATE TABLE c (a int);`,
);
d(
  'identity column add to existing table',
  [`ALTER TABLE c ADD COLUMN id int GENERATED ALWAYS AS IDENTITY`, `SELECT a, id FROM c ORDER BY a`],
  `CREATE TABLE c (a int); INSERT INTO c VALUES (10), (20);`,
);
d(
  'identity restart',
  [`ALTER TABLE c ALTER COLUMN id RESTART WITH 50`, `INSERT INTO c (v) VALUES ('x') RETURNING id`],
  `CREATE TABLE c (id int GENERATED BY DEFAULT AS IDENTITY, v text);`,
);
d(
  'identity column not null implied',
  [`INSERT INTO c (id, v) OVERRIDING SYSTEM VALUE VALUES (NULL, 'x')`],
  `CREATE TABLE c (id int GENERATED ALWAYS AS IDENTITY, v text);`,
);
d(
  'truncate restart identity',
  [
    `INSERT INTO c (v) VALUES ('a'), ('b')`,
    `TRUNCATE c RESTART IDENTITY`,
    `INSERT INTO c (v) VALUES ('c') RETURNING id`,
  ],
  `CREATE TABLE c (id serial, v text);`,
);
d(
  'truncate continue identity default',
  [`INSERT INTO c (v) VALUES ('a'), ('b')`, `TRUNCATE c`, `INSERT INTO c (v) VALUES ('c') RETURNING id`],
  `CREATE TABLE c (id serial, v text);`,
);

export default list.cases;
