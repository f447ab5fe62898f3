// Round 20 probe, columns part 1: table inheritance (INHERITS, ONLY, tableoid, multiple inheritance
// merging columns, constraints inherited or NO INHERIT, ALTER TABLE INHERIT / NO INHERIT, what is not
// inherited: indexes, unique constraints, foreign keys), as PostgreSQL 15 chapter 5.10 (Inheritance)
// and CREATE TABLE ... INHERITS describe them.
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases('r20 columns: inherit: ');
const c = (name: string, steps: string[], setup?: string) => list.add(name, steps, setup);

const CITIES = `CREATE TABLE cities (name text, population float, elevation int);
CREATE TABLE capitals (state char(2)) INHERITS (cities);
INSERT INTO cities VALUES ('Las Vegas', 2.583E+05, 2174), ('Mariposa', 1200, 1953);
INSERT INTO capitals VALUES ('Madison', 1.913E+05, 845, 'WI'), ('Denver', 715522, 5280, 'CO');`;

// the docs' cities example
c(
  'select from parent includes children',
  ['SELECT name, elevation FROM cities WHERE elevation > 500 ORDER BY name'],
  CITIES,
);
c(
  'select only parent',
  ['SELECT name, elevation FROM ONLY cities WHERE elevation > 500 ORDER BY name'],
  CITIES,
);
c('star suffix includes children', ['SELECT name FROM cities* ORDER BY name'], CITIES);
c(
  'tableoid regclass per row',
  ['SELECT c.tableoid::regclass AS src, c.name FROM cities c ORDER BY name'],
  CITIES,
);
c(
  'tableoid join pg_class',
  ['SELECT p.relname, c.name FROM cities c, pg_class p WHERE c.tableoid = p.oid ORDER BY c.name'],
  CITIES,
);
c(
  'child columns order',
  [
    "SELECT attname, attnum, attislocal, attinhcount FROM pg_attribute WHERE attrelid = 'capitals'::regclass AND attnum > 0 ORDER BY attnum",
  ],
  CITIES,
);
c('select star from child has parent columns first', ['SELECT * FROM capitals ORDER BY name'], CITIES);
c(
  'insert into parent does not route to child',
  [
    "INSERT INTO cities (name, population, elevation) VALUES ('Albany', NULL, NULL)",
    "SELECT tableoid::regclass, name FROM cities WHERE name = 'Albany'",
    "SELECT count(*) FROM capitals WHERE name = 'Albany'",
  ],
  CITIES,
);
c(
  'insert into parent with child column 42703',
  ["INSERT INTO cities (name, state) VALUES ('Albany', 'NY')"],
  CITIES,
);
c(
  'update parent updates children',
  ['UPDATE cities SET elevation = elevation + 1 RETURNING tableoid::regclass, name, elevation'],
  CITIES,
);
c(
  'update only parent',
  ['UPDATE ONLY cities SET elevation = 0', 'SELECT name, elevation FROM cities ORDER BY name'],
  CITIES,
);
c(
  'delete from parent deletes children',
  ["DELETE FROM cities WHERE name = 'Denver'", 'SELECT name FROM capitals ORDER BY name'],
  CITIES,
);
c('delete only parent', ['DELETE FROM ONLY cities', 'SELECT name FROM cities ORDER BY name'], CITIES);
c(
  'delete returning tableoid',
  ['DELETE FROM cities WHERE elevation < 1000 RETURNING tableoid::regclass, name'],
  CITIES,
);
c('truncate parent truncates children', ['TRUNCATE cities', 'SELECT count(*) FROM capitals'], CITIES);
c('truncate only parent', ['TRUNCATE ONLY cities', 'SELECT name FROM cities ORDER BY name'], CITIES);
c('drop parent with children 2BP01', ['DROP TABLE cities'], CITIES);
c(
  'drop parent cascade',
  ['DROP TABLE cities CASCADE', "SELECT count(*) FROM pg_class WHERE relname IN ('cities', 'capitals')"],
  CITIES,
);
c(
  'drop child then parent',
  ['DROP TABLE capitals', 'DROP TABLE cities', "SELECT to_regclass('cities') IS NULL AS v"],
  CITIES,
);
c(
  'count by source',
  ['SELECT tableoid::regclass AS src, count(*) FROM cities GROUP BY 1 ORDER BY 1'],
  CITIES,
);
c(
  'order by over union of parent and child',
  ['SELECT name FROM cities ORDER BY population DESC LIMIT 2'],
  CITIES,
);
c('sql_inheritance style only with star', ['SELECT count(*) FROM ONLY cities*'], CITIES);
c(
  'select for update on parent with children',
  ["SELECT name FROM cities WHERE name = 'Denver' FOR UPDATE"],
  CITIES,
);
c(
  'pg_inherits row',
  [
    "SELECT inhrelid::regclass::text, inhparent::regclass::text, inhseqno FROM pg_inherits WHERE inhparent = 'cities'::regclass",
  ],
  CITIES,
);
c(
  'relhassubclass',
  ["SELECT relname, relhassubclass FROM pg_class WHERE relname IN ('cities', 'capitals') ORDER BY 1"],
  CITIES,
);

// multiple inheritance and merging
c('multiple inheritance merges same column', [
  'CREATE TABLE a (id int, x text)',
  'CREATE TABLE b (id int, y text)',
  'CREATE TABLE ab (z text) INHERITS (a, b)',
  "SELECT attname, attinhcount, attislocal FROM pg_attribute WHERE attrelid = 'ab'::regclass AND attnum > 0 ORDER BY attnum",
]);
c('multiple inheritance conflicting types 42804', [
  'CREATE TABLE a (id int)',
  'CREATE TABLE b (id text)',
  'CREATE TABLE ab () INHERITS (a, b)',
]);
c('child redeclares parent column merges', [
  'CREATE TABLE a (id int, x text)',
  'CREATE TABLE c1 (x text, w int) INHERITS (a)',
  "SELECT attname, attislocal, attinhcount FROM pg_attribute WHERE attrelid = 'c1'::regclass AND attnum > 0 ORDER BY attnum",
]);
c('child redeclares parent column different type 42804', [
  'CREATE TABLE a (id int)',
  'CREATE TABLE c1 (id bigint) INHERITS (a)',
]);
c('inherit same parent twice 42P07', ['CREATE TABLE a (id int)', 'CREATE TABLE c1 () INHERITS (a, a)']);
c('inheritance from missing table 42P01', ['CREATE TABLE c1 () INHERITS (nope)']);
c('rows from both parents', [
  'CREATE TABLE a (id int)',
  'CREATE TABLE b (id int)',
  'CREATE TABLE ab (v text) INHERITS (a, b)',
  "INSERT INTO ab VALUES (1, 'x')",
  'SELECT tableoid::regclass, id FROM a',
  'SELECT tableoid::regclass, id FROM b',
]);
c('grandchild visible through grandparent', [
  'CREATE TABLE g (id int)',
  'CREATE TABLE p1 () INHERITS (g)',
  'CREATE TABLE c1 () INHERITS (p1)',
  'INSERT INTO c1 VALUES (3)',
  'INSERT INTO p1 VALUES (2)',
  'INSERT INTO g VALUES (1)',
  'SELECT tableoid::regclass, id FROM g ORDER BY id',
  'SELECT tableoid::regclass, id FROM ONLY p1',
]);
c('diamond inheritance', [
  'CREATE TABLE g (id int)',
  'CREATE TABLE l (lx int) INHERITS (g)',
  'CREATE TABLE r (rx int) INHERITS (g)',
  'CREATE TABLE d () INHERITS (l, r)',
  'INSERT INTO d VALUES (1, 2, 3)',
  'SELECT tableoid::regclass, id FROM g',
  "SELECT attname, attinhcount FROM pg_attribute WHERE attrelid = 'd'::regclass AND attnum > 0 ORDER BY attnum",
]);
c('default inherited from parent', [
  'CREATE TABLE a (id int, v int DEFAULT 7)',
  'CREATE TABLE c1 () INHERITS (a)',
  'INSERT INTO c1 (id) VALUES (1) RETURNING v',
]);
c('child overrides default', [
  'CREATE TABLE a (id int, v int DEFAULT 7)',
  'CREATE TABLE c1 (v int DEFAULT 9) INHERITS (a)',
  'INSERT INTO c1 (id) VALUES (1) RETURNING v',
]);
c('conflicting defaults from two parents 42611', [
  'CREATE TABLE a (v int DEFAULT 1)',
  'CREATE TABLE b (v int DEFAULT 2)',
  'CREATE TABLE ab () INHERITS (a, b)',
]);
c('conflicting defaults resolved by child', [
  'CREATE TABLE a (v int DEFAULT 1)',
  'CREATE TABLE b (v int DEFAULT 2)',
  'CREATE TABLE ab (v int DEFAULT 3) INHERITS (a, b)',
  'INSERT INTO ab DEFAULT VALUES RETURNING v',
]);
c('not null inherited', [
  'CREATE TABLE a (v int NOT NULL)',
  'CREATE TABLE c1 () INHERITS (a)',
  'INSERT INTO c1 VALUES (NULL)',
]);

// constraints
c('check constraint inherited', [
  'CREATE TABLE a (v int CONSTRAINT vpos CHECK (v > 0))',
  'CREATE TABLE c1 () INHERITS (a)',
  'INSERT INTO c1 VALUES (-1)',
]);
c('check no inherit not inherited', [
  'CREATE TABLE a (v int CONSTRAINT vpos CHECK (v > 0) NO INHERIT)',
  'CREATE TABLE c1 () INHERITS (a)',
  'INSERT INTO c1 VALUES (-1) RETURNING v',
  'INSERT INTO a VALUES (-1)',
]);
c('check no inherit catalog flag', [
  'CREATE TABLE a (v int CONSTRAINT vpos CHECK (v > 0) NO INHERIT)',
  "SELECT conname, connoinherit, pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = 'a'::regclass",
]);
c('check constraint catalog on child', [
  'CREATE TABLE a (v int CONSTRAINT vpos CHECK (v > 0))',
  'CREATE TABLE c1 () INHERITS (a)',
  "SELECT conname, conislocal, coninhcount FROM pg_constraint WHERE conrelid = 'c1'::regclass",
]);
c('drop inherited check on child 42P16', [
  'CREATE TABLE a (v int CONSTRAINT vpos CHECK (v > 0))',
  'CREATE TABLE c1 () INHERITS (a)',
  'ALTER TABLE c1 DROP CONSTRAINT vpos',
]);
c('drop check on parent drops on child', [
  'CREATE TABLE a (v int CONSTRAINT vpos CHECK (v > 0))',
  'CREATE TABLE c1 () INHERITS (a)',
  'ALTER TABLE a DROP CONSTRAINT vpos',
  'INSERT INTO c1 VALUES (-1) RETURNING v',
]);
c('drop check only on parent keeps child', [
  'CREATE TABLE a (v int CONSTRAINT vpos CHECK (v > 0))',
  'CREATE TABLE c1 () INHERITS (a)',
  'ALTER TABLE ONLY a DROP CONSTRAINT vpos',
  "SELECT conname, conislocal, coninhcount FROM pg_constraint WHERE conrelid = 'c1'::regclass",
  'INSERT INTO c1 VALUES (-1)',
]);
c('add check to parent with violating child row 23514', [
  'CREATE TABLE a (v int)',
  'CREATE TABLE c1 () INHERITS (a)',
  'INSERT INTO c1 VALUES (-1)',
  'ALTER TABLE a ADD CONSTRAINT vpos CHECK (v > 0)',
]);
c('add check only parent with child 42P16?', [
  'CREATE TABLE a (v int)',
  'CREATE TABLE c1 () INHERITS (a)',
  'ALTER TABLE ONLY a ADD CONSTRAINT vpos CHECK (v > 0)',
]);
c('add check no inherit only parent', [
  'CREATE TABLE a (v int)',
  'CREATE TABLE c1 () INHERITS (a)',
  'INSERT INTO c1 VALUES (-1)',
  'ALTER TABLE a ADD CONSTRAINT vpos CHECK (v > 0) NO INHERIT',
  'SELECT v FROM a',
]);
c('child with same-named check merges', [
  'CREATE TABLE a (v int CONSTRAINT vpos CHECK (v > 0))',
  'CREATE TABLE c1 (v int CONSTRAINT vpos CHECK (v > 0)) INHERITS (a)',
  "SELECT conname, conislocal, coninhcount FROM pg_constraint WHERE conrelid = 'c1'::regclass",
]);
c('child with same-named different check 42710', [
  'CREATE TABLE a (v int CONSTRAINT vpos CHECK (v > 0))',
  'CREATE TABLE c1 (v int CONSTRAINT vpos CHECK (v > 1)) INHERITS (a)',
]);
c('unique not inherited', [
  'CREATE TABLE a (id int UNIQUE)',
  'CREATE TABLE c1 () INHERITS (a)',
  'INSERT INTO a VALUES (1)',
  'INSERT INTO c1 VALUES (1), (1)',
  'SELECT tableoid::regclass, id FROM a ORDER BY 1',
]);
c('primary key not inherited but not null is', [
  'CREATE TABLE a (id int PRIMARY KEY)',
  'CREATE TABLE c1 () INHERITS (a)',
  "SELECT attnotnull FROM pg_attribute WHERE attrelid = 'c1'::regclass AND attname = 'id'",
  "SELECT count(*) FROM pg_index WHERE indrelid = 'c1'::regclass",
]);
c('foreign key not inherited', [
  'CREATE TABLE ref (id int PRIMARY KEY)',
  'CREATE TABLE a (r int REFERENCES ref)',
  'CREATE TABLE c1 () INHERITS (a)',
  'INSERT INTO c1 VALUES (42) RETURNING r',
  'INSERT INTO a VALUES (42)',
]);
c('fk referencing parent does not see child rows', [
  'CREATE TABLE a (id int PRIMARY KEY)',
  'CREATE TABLE c1 () INHERITS (a)',
  'INSERT INTO c1 VALUES (5)',
  'CREATE TABLE f (aid int REFERENCES a)',
  'INSERT INTO f VALUES (5)',
]);
c('index on parent not on child', [
  'CREATE TABLE a (id int)',
  'CREATE TABLE c1 () INHERITS (a)',
  'CREATE INDEX a_id ON a (id)',
  "SELECT count(*) FROM pg_index WHERE indrelid = 'c1'::regclass",
]);

// alter table inherit / no inherit
c(
  'alter table no inherit',
  [
    'ALTER TABLE capitals NO INHERIT cities',
    'SELECT name FROM cities ORDER BY name',
    'SELECT name FROM capitals ORDER BY name',
  ],
  CITIES,
);
c(
  'alter table no inherit not a parent 42P01',
  ['CREATE TABLE other (a int)', 'ALTER TABLE capitals NO INHERIT other'],
  CITIES,
);
c(
  'alter table inherit adds child',
  [
    'CREATE TABLE towns (name text, population float, elevation int, mayor text)',
    "INSERT INTO towns VALUES ('Smallville', 10, 3, 'Kent')",
    'ALTER TABLE towns INHERIT cities',
    'SELECT tableoid::regclass, name FROM cities ORDER BY name',
  ],
  CITIES,
);
c(
  'alter table inherit missing column 42804',
  ['CREATE TABLE towns (name text, population float)', 'ALTER TABLE towns INHERIT cities'],
  CITIES,
);
c(
  'alter table inherit type mismatch 42804',
  ['CREATE TABLE towns (name text, population float, elevation text)', 'ALTER TABLE towns INHERIT cities'],
  CITIES,
);
c('alter table inherit missing check constraint 42804', [
  'CREATE TABLE a (v int CONSTRAINT vpos CHECK (v > 0))',
  'CREATE TABLE c1 (v int)',
  'ALTER TABLE c1 INHERIT a',
]);
c('alter table inherit with matching check', [
  'CREATE TABLE a (v int CONSTRAINT vpos CHECK (v > 0))',
  'CREATE TABLE c1 (v int CONSTRAINT vpos CHECK (v > 0))',
  'ALTER TABLE c1 INHERIT a',
  "SELECT conname, conislocal, coninhcount FROM pg_constraint WHERE conrelid = 'c1'::regclass",
]);
c('alter table inherit missing not null 42804', [
  'CREATE TABLE a (v int NOT NULL)',
  'CREATE TABLE c1 (v int)',
  'ALTER TABLE c1 INHERIT a',
]);
c('alter table inherit circular 42P07', [
  'CREATE TABLE a (v int)',
  'CREATE TABLE c1 () INHERITS (a)',
  'ALTER TABLE a INHERIT c1',
]);
c('alter table inherit self 42P07', ['CREATE TABLE a (v int)', 'ALTER TABLE a INHERIT a']);
c('alter table inherit twice 42P07', [
  'CREATE TABLE a (v int)',
  'CREATE TABLE c1 () INHERITS (a)',
  'ALTER TABLE c1 INHERIT a',
]);
c('no inherit then columns become local', [
  'CREATE TABLE a (v int)',
  'CREATE TABLE c1 () INHERITS (a)',
  'ALTER TABLE c1 NO INHERIT a',
  "SELECT attname, attislocal, attinhcount FROM pg_attribute WHERE attrelid = 'c1'::regclass AND attnum > 0",
]);

// column ddl across inheritance
c(
  'add column to parent adds to child',
  [
    "ALTER TABLE cities ADD COLUMN country text DEFAULT 'US'",
    'SELECT name, country FROM capitals ORDER BY name',
  ],
  CITIES,
);
c('add column only parent with child 42P16?', ['ALTER TABLE ONLY cities ADD COLUMN country text'], CITIES);
c(
  'drop column from parent drops from child',
  [
    'ALTER TABLE cities DROP COLUMN elevation',
    "SELECT attname FROM pg_attribute WHERE attrelid = 'capitals'::regclass AND attnum > 0 AND NOT attisdropped ORDER BY attnum",
  ],
  CITIES,
);
c('drop inherited column on child 42P16', ['ALTER TABLE capitals DROP COLUMN elevation'], CITIES);
c(
  'drop column only parent keeps child column local',
  [
    'ALTER TABLE ONLY cities DROP COLUMN elevation',
    "SELECT attname, attislocal, attinhcount FROM pg_attribute WHERE attrelid = 'capitals'::regclass AND attname = 'elevation'",
  ],
  CITIES,
);
c(
  'rename column on parent renames child',
  ['ALTER TABLE cities RENAME COLUMN elevation TO alt', 'SELECT name, alt FROM capitals ORDER BY name'],
  CITIES,
);
c('rename inherited column on child 42P16', ['ALTER TABLE capitals RENAME COLUMN elevation TO alt'], CITIES);
c(
  'alter type on parent alters child',
  [
    'ALTER TABLE cities ALTER COLUMN elevation TYPE bigint',
    "SELECT format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = 'capitals'::regclass AND attname = 'elevation'",
  ],
  CITIES,
);
c(
  'alter type of inherited column on child 42P16',
  ['ALTER TABLE capitals ALTER COLUMN elevation TYPE bigint'],
  CITIES,
);
c('alter type of system column 0A000?', ['ALTER TABLE cities ALTER COLUMN xmin TYPE bigint'], CITIES);
c(
  'set not null on parent sets child',
  [
    'UPDATE cities SET elevation = 0 WHERE elevation IS NULL',
    'ALTER TABLE cities ALTER COLUMN elevation SET NOT NULL',
    "SELECT attnotnull FROM pg_attribute WHERE attrelid = 'capitals'::regclass AND attname = 'elevation'",
  ],
  CITIES,
);
c(
  'set not null on parent fails on child row 23502',
  [
    "INSERT INTO capitals VALUES ('Nowhere', 1, NULL, 'XX')",
    'ALTER TABLE cities ALTER COLUMN elevation SET NOT NULL',
  ],
  CITIES,
);
c(
  'set default on parent not pushed to existing child',
  [
    'ALTER TABLE cities ALTER COLUMN elevation SET DEFAULT 100',
    "INSERT INTO capitals (name) VALUES ('Z') RETURNING elevation",
    "INSERT INTO cities (name) VALUES ('Z') RETURNING elevation",
  ],
  CITIES,
);
c(
  'create table like does not inherit',
  ['CREATE TABLE copy (LIKE cities)', "SELECT count(*) FROM pg_inherits WHERE inhrelid = 'copy'::regclass"],
  CITIES,
);

// queries over inheritance
c(
  'join parent with child rows',
  ['SELECT c.name, k.state FROM cities c LEFT JOIN capitals k ON k.name = c.name ORDER BY c.name'],
  CITIES,
);
c('aggregate over hierarchy', ['SELECT count(*), sum(elevation) FROM cities'], CITIES);
c(
  'union all only queries equals total',
  [
    'SELECT (SELECT count(*) FROM ONLY cities) + (SELECT count(*) FROM capitals) = (SELECT count(*) FROM cities) AS v',
  ],
  CITIES,
);
c(
  'where on tableoid',
  ["SELECT name FROM cities WHERE tableoid = 'capitals'::regclass ORDER BY name"],
  CITIES,
);
c(
  'update moving between parent and child does not happen',
  ["UPDATE cities SET name = 'Madison2' WHERE name = 'Madison' RETURNING tableoid::regclass"],
  CITIES,
);
c(
  'insert select from parent into child',
  [
    "INSERT INTO capitals SELECT name, population, elevation, 'NV' FROM ONLY cities WHERE name = 'Las Vegas'",
    'SELECT tableoid::regclass, name FROM cities ORDER BY name, 1',
  ],
  CITIES,
);
c('on conflict on parent with child rows', [
  'CREATE TABLE a (id int PRIMARY KEY, v text)',
  'CREATE TABLE c1 () INHERITS (a)',
  "INSERT INTO c1 VALUES (1, 'child')",
  "INSERT INTO a VALUES (1, 'parent') ON CONFLICT (id) DO UPDATE SET v = 'updated' RETURNING tableoid::regclass, v",
  'SELECT tableoid::regclass, id, v FROM a ORDER BY 1',
]);
c(
  'view over parent sees children',
  [
    'CREATE VIEW high AS SELECT name FROM cities WHERE elevation > 2000',
    'SELECT name FROM high ORDER BY name',
  ],
  CITIES,
);
c(
  'tableoid in where of child only',
  ["SELECT count(*) FROM ONLY capitals WHERE tableoid = 'capitals'::regclass"],
  CITIES,
);
c('system columns of inherited rows', ['SELECT count(DISTINCT tableoid) FROM cities'], CITIES);
c(
  'inheritance with typed temp child',
  [
    'CREATE TEMP TABLE tchild () INHERITS (cities)',
    "INSERT INTO tchild VALUES ('Temp', 1, 1)",
    "SELECT count(*) FROM cities WHERE name = 'Temp'",
  ],
  CITIES,
);
c('permanent child of temp parent 42809?', [
  'CREATE TEMP TABLE tp (a int)',
  'CREATE TABLE pc () INHERITS (tp)',
]);
c(
  'information_schema columns for child',
  [
    "SELECT column_name, ordinal_position FROM information_schema.columns WHERE table_name = 'capitals' ORDER BY ordinal_position",
  ],
  CITIES,
);
c('analyze parent', ['ANALYZE cities', 'SELECT count(*) FROM cities'], CITIES);
c('generated column inherited', [
  'CREATE TABLE a (x int, y int GENERATED ALWAYS AS (x * 2) STORED)',
  'CREATE TABLE c1 () INHERITS (a)',
  'INSERT INTO c1 (x) VALUES (5) RETURNING y',
]);
c('identity column not inherited', [
  'CREATE TABLE a (id int GENERATED ALWAYS AS IDENTITY, v text)',
  'CREATE TABLE c1 () INHERITS (a)',
  "INSERT INTO c1 (v) VALUES ('x')",
  "SELECT attidentity FROM pg_attribute WHERE attrelid = 'c1'::regclass AND attname = 'id'",
]);

export default list.cases;
