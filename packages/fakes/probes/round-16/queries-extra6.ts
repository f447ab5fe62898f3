// Round 16 probe, seventh pass: statements PostgreSQL 15 rejects that look like other dialects or
// typos application code makes, and DDL constraint declarations it rejects.
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases();

const T = `CREATE TABLE t1 (num int, name text);
INSERT INTO t1 VALUES (1, 'a'), (2, 'b'), (3, 'c');
CREATE TABLE t2 (num int, value text);
INSERT INTO t2 VALUES (1, 'xxx'), (3, 'yyy');`;
const x = (name: string, sql: string) => list.add(`extra6: ${name}`, [sql], T);

x('delete without from', `DELETE t1 WHERE num = 1`);
x('insert without into', `INSERT t1 VALUES (4, 'd')`);
x('insert set syntax', `INSERT INTO t1 SET num = 4`);
x('update without set', `UPDATE t1 num = 1`);
x('update trailing where', `UPDATE t1 SET num = 1 WHERE`);
x('insert trailing comma values', `INSERT INTO t1 VALUES (4, 'd'),`);
x('double equals operator', `SELECT num FROM t1 WHERE num == 1`);
x('not equals bang', `SELECT num FROM t1 WHERE num != 1 ORDER BY num`);
x('postfix isnull', `SELECT num FROM t1 WHERE name ISNULL`);
x('postfix notnull', `SELECT count(*) AS c FROM t1 WHERE name NOTNULL`);
x('isnull function', `SELECT isnull(num) AS v FROM t1`);
x('ifnull function', `SELECT ifnull(num, 0) AS v FROM t1`);
x('nvl function', `SELECT nvl(num, 0) AS v FROM t1`);
x('cast as signed', `SELECT CAST(num AS SIGNED) AS v FROM t1`);
x('cast as unsigned integer', `SELECT CAST(num AS UNSIGNED) AS v FROM t1`);
x('unknown plus unknown', `SELECT 'a' + 'b' AS v`);
x('boolean plus int', `SELECT true + 1 AS v`);
x('string concat with plus', `SELECT name + 'x' AS v FROM t1`);
x('count distinct star', `SELECT count(DISTINCT *) AS c FROM t1`);
x('count all column', `SELECT count(ALL num) AS c FROM t1`);
x('group by all PG19 syntax', `SELECT name, count(*) AS c FROM t1 GROUP BY ALL`);
x('order by all duckdb syntax', `SELECT num FROM t1 ORDER BY ALL`);
x('select star exclude', `SELECT * EXCLUDE (num) FROM t1`);
x('qualify clause', `SELECT num FROM t1 QUALIFY row_number() OVER () = 1`);
x('any with list', `SELECT num FROM t1 WHERE num = ANY (1, 2)`);
x('using without parens', `SELECT * FROM t1 JOIN t2 USING num`);
x('group by trailing', `SELECT name FROM t1 GROUP BY`);
x('hash comment', `SELECT 1 AS v # comment`);
x('dollar quoted string', `SELECT $$it's$$ AS v, $tag$a$$b$tag$ AS w`);
x('escape string', `SELECT E'a\\tb' AS v, length(E'a\\tb') AS l`);
x('backslash in standard string', `SELECT 'a\\tb' AS v, length('a\\tb') AS l`);
x('semicolon inside string multi', `SELECT 'a;b' AS v; SELECT 2 AS w`);
x('row equality where', `SELECT name FROM t1 WHERE (num, name) = (1, 'a')`);
x('table in subquery', `SELECT count(*) AS c FROM (TABLE t1) s`);
x('values in in', `SELECT name FROM t1 WHERE num IN (VALUES (1), (3)) ORDER BY name`);
x('limit then offset rows keyword', `SELECT num FROM t1 ORDER BY num OFFSET 1 ROWS`);
x('fetch then offset order', `SELECT num FROM t1 ORDER BY num FETCH FIRST 1 ROW ONLY OFFSET 1`);
x('select as without alias', `SELECT num AS FROM t1`);
x('from trailing as', `SELECT num FROM t1 AS`);
x('top level parens around select', `(SELECT num FROM t1 ORDER BY num LIMIT 1)`);
x('select distinct on empty', `SELECT DISTINCT ON () num FROM t1`);
x('case without end', `SELECT CASE WHEN num = 1 THEN 'one' FROM t1`);
x('in with empty subquery parens', `SELECT num FROM t1 WHERE num IN (SELECT)`);
x('concat operator numbers', `SELECT 1 || 2 AS v`);
x('integer literal with exponent', `SELECT 1e3 AS v, pg_typeof(1e3)::text AS t`);
x('leading dot numeric', `SELECT .5 AS v, 5. AS w`);
x(
  'string literal continuation',
  `SELECT 'foo'
'bar' AS v`,
);
x('string literal same line no continuation', `SELECT 'foo' 'bar' AS v`);
x('unicode escape identifier', `SELECT 1 AS U&"d\\0061t\\+000061"`);
x('nested comment unterminated', `SELECT 1 /* open /* nested */ AS v`);
x('operator without spaces', `SELECT 2*-3 AS v, 2- -3 AS w, 10/-2 AS z`);
x('operator precedence exponent', `SELECT 2 ^ 3 ^ 2 AS v, -2 ^ 2 AS w`);
x('modulo negative', `SELECT -7 % 3 AS v, 7 % -3 AS w`);
x('integer division negative', `SELECT -7 / 2 AS v`);

x('limit then union all', `SELECT num FROM t1 ORDER BY num LIMIT 1 UNION ALL SELECT num FROM t2`);
x('offset then union', `SELECT num FROM t1 OFFSET 2 UNION SELECT num FROM t2`);
x('fetch then union', `SELECT num FROM t1 FETCH FIRST 1 ROW ONLY UNION SELECT num FROM t2`);
x('for update then union', `SELECT num FROM t1 FOR UPDATE UNION SELECT num FROM t2`);
x('limit then fetch with order', `SELECT num FROM t1 ORDER BY num LIMIT 1 FETCH FIRST 2 ROWS ONLY`);
x('fetch then limit', `SELECT num FROM t1 ORDER BY num FETCH FIRST 2 ROWS ONLY LIMIT 1`);
x('fetch twice', `SELECT num FROM t1 ORDER BY num FETCH FIRST 1 ROW ONLY FETCH FIRST 2 ROWS ONLY`);
x(
  'limit then union in subquery',
  `SELECT count(*) AS c FROM (SELECT num FROM t1 LIMIT 1 UNION SELECT num FROM t2) s`,
);
x(
  'limit then union in in-list',
  `SELECT name FROM t1 WHERE num IN (SELECT num FROM t2 LIMIT 1 UNION SELECT 2) ORDER BY name`,
);
x('insert select limit then union', `INSERT INTO t2 SELECT num, name FROM t1 LIMIT 1 UNION SELECT 9, 'z'`);
x(
  'union order limit offset valid',
  `SELECT num FROM t1 WHERE num = 1 UNION SELECT num FROM t1 WHERE num = 2 ORDER BY num LIMIT 1 OFFSET 1`,
);

const D = (name: string, ddl: string) =>
  list.add(`extra6 ddl: ${name}`, [ddl], 'CREATE TABLE base (id int PRIMARY KEY);');
D('primary key twice on column', `CREATE TABLE x (id int PRIMARY KEY PRIMARY KEY)`);
D('duplicate column', `CREATE TABLE x (id int, id int)`);
D('null and not null conflict', `CREATE TABLE x (id int NOT NULL NULL)`);
D('default twice', `CREATE TABLE x (id int DEFAULT 1 DEFAULT 2)`);
D('references missing table', `CREATE TABLE x (id int REFERENCES nope)`);
D('references missing column', `CREATE TABLE x (id int REFERENCES base (nope))`);
D('check unknown column', `CREATE TABLE x (id int CHECK (nope > 0))`);
D('check non boolean', `CREATE TABLE x (id int CHECK (id + 1))`);
D('unique unknown column', `CREATE TABLE x (id int, UNIQUE (nope))`);
D('primary key unknown column', `CREATE TABLE x (id int, PRIMARY KEY (nope))`);
D(
  'foreign key column count mismatch',
  `CREATE TABLE x (a int, b int, FOREIGN KEY (a, b) REFERENCES base (id))`,
);
D('add existing column', `ALTER TABLE base ADD COLUMN id int`);
D('add column if not exists', `ALTER TABLE base ADD COLUMN IF NOT EXISTS id int`);
D('returning unknown column', `INSERT INTO base VALUES (1) RETURNING nope`);
D(
  'constraint name reused in table',
  `CREATE TABLE x (a int CONSTRAINT same CHECK (a > 0), b int CONSTRAINT same CHECK (b > 0))`,
);
D('constraint name same as index name', `CREATE TABLE x (a int CONSTRAINT base_pkey UNIQUE)`);
D('table named like type', `CREATE TABLE int (v int)`);
D('serial with default', `CREATE TABLE x (id serial DEFAULT 1)`);
D('identity with default', `CREATE TABLE x (id int GENERATED ALWAYS AS IDENTITY DEFAULT 1)`);
D('identity on text', `CREATE TABLE x (id text GENERATED ALWAYS AS IDENTITY)`);
D(
  'two identity columns',
  `CREATE TABLE x (a int GENERATED ALWAYS AS IDENTITY, b int GENERATED ALWAYS AS IDENTITY)`,
);
D('generated referencing unknown', `CREATE TABLE x (a int, b int GENERATED ALWAYS AS (nope) STORED)`);
D('generated with subquery', `CREATE TABLE x (a int, b int GENERATED ALWAYS AS ((SELECT 1)) STORED)`);
D('generated with aggregate', `CREATE TABLE x (a int, b int GENERATED ALWAYS AS (max(a)) STORED)`);
D(
  'generated referencing system column',
  `CREATE TABLE x (a int, b text GENERATED ALWAYS AS (ctid::text) STORED)`,
);
D('fk to table without pk', `CREATE TABLE nopk (v int); CREATE TABLE x (v int REFERENCES nopk)`);
D('exclude without operator', `CREATE TABLE x (r int4range, EXCLUDE USING gist (r))`);
D('exclude non commutative operator', `CREATE TABLE x (r int4range, EXCLUDE USING gist (r WITH <<))`);
D('nulls not distinct on primary key', `CREATE TABLE x (a int, PRIMARY KEY NULLS NOT DISTINCT (a))`);
D('deferrable check', `CREATE TABLE x (a int CHECK (a > 0) DEFERRABLE)`);
D('deferrable not null', `CREATE TABLE x (a int NOT NULL DEFERRABLE)`);
D('initially deferred not deferrable', `CREATE TABLE x (a int UNIQUE NOT DEFERRABLE INITIALLY DEFERRED)`);
D(
  'on delete set null on not null column',
  `CREATE TABLE x (a int NOT NULL REFERENCES base ON DELETE SET NULL); INSERT INTO base VALUES (1); INSERT INTO x VALUES (1); DELETE FROM base`,
);

D('default twice then insert', `CREATE TABLE x (id int DEFAULT 1 DEFAULT 2); INSERT INTO x DEFAULT VALUES`);
D('default before identity', `CREATE TABLE x (id int DEFAULT 1 GENERATED ALWAYS AS IDENTITY)`);
D('identity twice', `CREATE TABLE x (id int GENERATED ALWAYS AS IDENTITY GENERATED BY DEFAULT AS IDENTITY)`);
D('collate twice', `CREATE TABLE x (t text COLLATE "C" COLLATE "POSIX")`);
D('collate on int', `CREATE TABLE x (a int COLLATE "C")`);
D('not null twice ok', `CREATE TABLE x (a int NOT NULL NOT NULL); INSERT INTO x VALUES (1)`);
D('null then not null conflict', `CREATE TABLE x (a int NULL NOT NULL)`);
D(
  'generated twice',
  `CREATE TABLE x (a int, b int GENERATED ALWAYS AS (a) STORED GENERATED ALWAYS AS (a + 1) STORED)`,
);
D(
  'generated and identity',
  `CREATE TABLE x (a int GENERATED ALWAYS AS IDENTITY GENERATED ALWAYS AS (1) STORED)`,
);
D(
  'unique twice creates two constraints',
  `CREATE TABLE x (a int UNIQUE UNIQUE); SELECT conname FROM pg_constraint WHERE conrelid = 'x'::regclass ORDER BY conname`,
);
D(
  'primary key and unique same column',
  `CREATE TABLE x (a int PRIMARY KEY UNIQUE); SELECT conname, contype::text AS t FROM pg_constraint WHERE conrelid = 'x'::regclass ORDER BY conname`,
);
D(
  'alter add default twice in one statement',
  `ALTER TABLE base ALTER COLUMN id SET DEFAULT 1, ALTER COLUMN id SET DEFAULT 2; INSERT INTO base DEFAULT VALUES RETURNING id`,
);
D('check constraint with no parens', `CREATE TABLE x (a int CHECK a > 0)`);
D('default with column reference to other table', `CREATE TABLE x (a int DEFAULT base.id)`);
D('references with column list type mismatch', `CREATE TABLE x (a text REFERENCES base (id))`);

D('column and table primary key', `CREATE TABLE x (a int PRIMARY KEY, PRIMARY KEY (a))`);
D('add second primary key', `ALTER TABLE base ADD PRIMARY KEY (id)`);
D('on delete twice', `CREATE TABLE x (a int REFERENCES base ON DELETE CASCADE ON DELETE SET NULL)`);
D('nulls distinct twice', `CREATE TABLE x (a int UNIQUE NULLS NOT DISTINCT NULLS DISTINCT)`);
D(
  'composite pk referenced by single column',
  `CREATE TABLE p2 (a int, b int, PRIMARY KEY (a, b)); CREATE TABLE x (a int REFERENCES p2)`,
);
D('varchar zero length', `CREATE TABLE x (a varchar(0))`);
D(
  'numeric scale above precision PG15',
  `CREATE TABLE x (a numeric(2, 5)); INSERT INTO x VALUES (0.00123) RETURNING a`,
);
D(
  'numeric negative scale PG15',
  `CREATE TABLE x (a numeric(3, -1)); INSERT INTO x VALUES (1234) RETURNING a`,
);
D('numeric precision too large', `CREATE TABLE x (a numeric(1001))`);
D('zero column table', `CREATE TABLE x (); INSERT INTO x DEFAULT VALUES; SELECT count(*) AS c FROM x`);
D(
  'default decimal into int column',
  `CREATE TABLE x (a int DEFAULT 1.5); INSERT INTO x DEFAULT VALUES RETURNING a`,
);
D('default out of range for smallint', `CREATE TABLE x (a smallint DEFAULT 100000)`);
D(
  'default out of range then insert',
  `CREATE TABLE x (a smallint DEFAULT 100000, b int); INSERT INTO x (b) VALUES (1)`,
);
D('default int into boolean', `CREATE TABLE x (a boolean DEFAULT 1)`);
D('default int into text', `CREATE TABLE x (a text DEFAULT 1); INSERT INTO x DEFAULT VALUES RETURNING a`);
D('default now into int', `CREATE TABLE x (a int DEFAULT now())`);
D(
  'default text literal into int column',
  `CREATE TABLE x (a int DEFAULT '7'); INSERT INTO x DEFAULT VALUES RETURNING a`,
);
D('default null explicit', `CREATE TABLE x (a int DEFAULT NULL NOT NULL); INSERT INTO x DEFAULT VALUES`);
D(
  'check on column referencing other column',
  `CREATE TABLE x (a int, b int CHECK (b > a)); INSERT INTO x VALUES (2, 1)`,
);
D('two constraint names for one clause', `CREATE TABLE x (a int CONSTRAINT c1 CONSTRAINT c2 NOT NULL)`);

D(
  'default out of range insert returning',
  `CREATE TABLE x (a smallint DEFAULT 100000, b int); INSERT INTO x (b) VALUES (1) RETURNING a, b`,
);
D('default int column from text expression', `CREATE TABLE x (a int DEFAULT 'x' || 'y')`);
D(
  'default bigint into int out of range returning',
  `CREATE TABLE x (a int DEFAULT 3000000000, b int); INSERT INTO x (b) VALUES (1) RETURNING a`,
);
D(
  'default numeric scale applied',
  `CREATE TABLE x (a numeric(5, 1) DEFAULT 1.26, b int); INSERT INTO x (b) VALUES (1) RETURNING a`,
);
D(
  'default varchar too long at insert',
  `CREATE TABLE x (a varchar(2) DEFAULT 'abcdef', b int); INSERT INTO x (b) VALUES (1) RETURNING a`,
);
D(
  'default violates check',
  `CREATE TABLE x (a int DEFAULT 0 CHECK (a > 0), b int); INSERT INTO x (b) VALUES (1)`,
);

export default list.cases;
