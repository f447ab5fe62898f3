// Round 20 probe, partitions part 1: routing of INSERT and UPDATE through RANGE, LIST and HASH
// partitioned tables (multi-column keys, MINVALUE/MAXVALUE, DEFAULT partitions, sub-partitioning,
// rows moving across partitions, 23514 'no partition of relation found for row'), as PostgreSQL 15
// chapter 5.11 (Table Partitioning) and CREATE TABLE ... PARTITION OF describe them.
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases('r20 partitions: routing: ');
const p = (name: string, steps: string[], setup?: string) => list.add(name, steps, setup);

const R2 = `CREATE TABLE r2 (a int, b int, v text) PARTITION BY RANGE (a, b);
CREATE TABLE r2_lo PARTITION OF r2 FOR VALUES FROM (MINVALUE, MINVALUE) TO (10, 0);
CREATE TABLE r2_mid PARTITION OF r2 FOR VALUES FROM (10, 0) TO (10, MAXVALUE);
CREATE TABLE r2_hi PARTITION OF r2 FOR VALUES FROM (10, MAXVALUE) TO (MAXVALUE, MAXVALUE);`;
const M = `CREATE TABLE measurement (city_id int NOT NULL, logdate date NOT NULL, peaktemp int, unitsales int) PARTITION BY RANGE (logdate);
CREATE TABLE measurement_y2006m02 PARTITION OF measurement FOR VALUES FROM ('2006-02-01') TO ('2006-03-01');
CREATE TABLE measurement_y2006m03 PARTITION OF measurement FOR VALUES FROM ('2006-03-01') TO ('2006-04-01');
CREATE TABLE measurement_y2006m04 PARTITION OF measurement FOR VALUES FROM ('2006-04-01') TO ('2006-05-01');`;
const L = `CREATE TABLE lp (id int, k text, v int) PARTITION BY LIST (k);
CREATE TABLE lp_ab PARTITION OF lp FOR VALUES IN ('a', 'b');
CREATE TABLE lp_c PARTITION OF lp FOR VALUES IN ('c');
CREATE TABLE lp_def PARTITION OF lp DEFAULT;`;
const H = `CREATE TABLE hp (id int, v text) PARTITION BY HASH (id);
CREATE TABLE hp0 PARTITION OF hp FOR VALUES WITH (MODULUS 4, REMAINDER 0);
CREATE TABLE hp1 PARTITION OF hp FOR VALUES WITH (MODULUS 4, REMAINDER 1);
CREATE TABLE hp2 PARTITION OF hp FOR VALUES WITH (MODULUS 4, REMAINDER 2);
CREATE TABLE hp3 PARTITION OF hp FOR VALUES WITH (MODULUS 4, REMAINDER 3);`;
const SUB = `CREATE TABLE s (id int, region text, at int) PARTITION BY LIST (region);
CREATE TABLE s_eu PARTITION OF s FOR VALUES IN ('eu') PARTITION BY RANGE (at);
CREATE TABLE s_eu_lo PARTITION OF s_eu FOR VALUES FROM (0) TO (100);
CREATE TABLE s_eu_hi PARTITION OF s_eu FOR VALUES FROM (100) TO (200);
CREATE TABLE s_us PARTITION OF s FOR VALUES IN ('us') PARTITION BY HASH (id);
CREATE TABLE s_us_0 PARTITION OF s_us FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE s_us_1 PARTITION OF s_us FOR VALUES WITH (MODULUS 2, REMAINDER 1);`;

// the docs' measurement example
p(
  'measurement insert routes by month',
  [
    "INSERT INTO measurement VALUES (1, '2006-02-15', 10, 5), (2, '2006-03-01', 11, 6), (3, '2006-04-30', 12, 7)",
    'SELECT tableoid::regclass AS part, city_id FROM measurement ORDER BY city_id',
  ],
  M,
);
p('measurement insert out of range 23514', ["INSERT INTO measurement VALUES (1, '2006-05-01', 1, 1)"], M);
p(
  'measurement insert returning tableoid',
  ["INSERT INTO measurement VALUES (1, '2006-03-31', 1, 1) RETURNING tableoid::regclass, logdate"],
  M,
);
p(
  'measurement count per partition',
  [
    "INSERT INTO measurement SELECT g, date '2006-02-01' + g, g, g FROM generate_series(0, 80) g",
    'SELECT tableoid::regclass AS part, count(*) FROM measurement GROUP BY 1 ORDER BY 1',
  ],
  M,
);
p(
  'measurement select only one partition pruned',
  [
    "INSERT INTO measurement SELECT g, date '2006-02-01' + g, g, g FROM generate_series(0, 80) g",
    "SELECT count(*) FROM measurement WHERE logdate >= DATE '2006-03-01' AND logdate < DATE '2006-04-01'",
  ],
  M,
);
p(
  'measurement new partition then insert',
  [
    "CREATE TABLE measurement_y2006m05 PARTITION OF measurement FOR VALUES FROM ('2006-05-01') TO ('2006-06-01')",
    "INSERT INTO measurement VALUES (9, '2006-05-20', 1, 1) RETURNING tableoid::regclass",
  ],
  M,
);
p(
  'measurement not null on partition key inherited 23502',
  ['INSERT INTO measurement VALUES (1, NULL, 1, 1)'],
  M,
);
p(
  'measurement drop partition removes rows',
  [
    "INSERT INTO measurement VALUES (1, '2006-02-15', 10, 5), (2, '2006-03-01', 11, 6)",
    'DROP TABLE measurement_y2006m02',
    'SELECT city_id FROM measurement ORDER BY 1',
  ],
  M,
);
p(
  'measurement delete by key range',
  [
    "INSERT INTO measurement SELECT g, date '2006-02-01' + g, g, g FROM generate_series(0, 80) g",
    "DELETE FROM measurement WHERE logdate < DATE '2006-03-01'",
    'SELECT tableoid::regclass AS part, count(*) FROM measurement GROUP BY 1 ORDER BY 1',
  ],
  M,
);
p(
  'measurement update moves row returning new partition',
  [
    "INSERT INTO measurement VALUES (1, '2006-02-15', 10, 5)",
    "UPDATE measurement SET logdate = '2006-04-02' WHERE city_id = 1 RETURNING tableoid::regclass, logdate",
  ],
  M,
);
p(
  'measurement update moving out of all partitions 23514',
  [
    "INSERT INTO measurement VALUES (1, '2006-02-15', 10, 5)",
    "UPDATE measurement SET logdate = '2007-01-01' WHERE city_id = 1",
  ],
  M,
);
p(
  'measurement update directly on partition to other month 23514',
  [
    "INSERT INTO measurement VALUES (1, '2006-02-15', 10, 5)",
    "UPDATE measurement_y2006m02 SET logdate = '2006-03-15'",
  ],
  M,
);

// multi-column range with MINVALUE/MAXVALUE
p(
  'range two columns minvalue maxvalue routing',
  [
    "INSERT INTO r2 VALUES (-100, 5, 'x'), (9, 999, 'y'), (10, -1, 'z'), (10, 0, 'w'), (10, 2147483647, 'q'), (11, -5, 'r')",
    'SELECT tableoid::regclass AS part, a, b FROM r2 ORDER BY a, b',
  ],
  R2,
);
p('range two columns null in second column 23514', ['INSERT INTO r2 VALUES (10, NULL)'], R2);
p('range two columns null in first column 23514', ['INSERT INTO r2 VALUES (NULL, 1)'], R2);
p('range minvalue followed by a finite value is 42P16', [
  'CREATE TABLE rb (a int, b int) PARTITION BY RANGE (a, b)',
  'CREATE TABLE rb1 PARTITION OF rb FOR VALUES FROM (MINVALUE, 0) TO (1, 1)',
]);
p('range maxvalue followed by minvalue is 42P16', [
  'CREATE TABLE rb (a int, b int) PARTITION BY RANGE (a, b)',
  'CREATE TABLE rb1 PARTITION OF rb FOR VALUES FROM (0, 0) TO (MAXVALUE, MINVALUE)',
]);
p('range lower bound greater than upper 42P17', [
  'CREATE TABLE rb (a int) PARTITION BY RANGE (a)',
  'CREATE TABLE rb1 PARTITION OF rb FOR VALUES FROM (10) TO (5)',
]);
p('range bound with wrong number of columns 42P16', [
  'CREATE TABLE rb (a int, b int) PARTITION BY RANGE (a, b)',
  'CREATE TABLE rb1 PARTITION OF rb FOR VALUES FROM (0) TO (1)',
]);
p('range minvalue to maxvalue single partition takes all non null', [
  'CREATE TABLE rb (a int) PARTITION BY RANGE (a)',
  'CREATE TABLE rb_all PARTITION OF rb FOR VALUES FROM (MINVALUE) TO (MAXVALUE)',
  'INSERT INTO rb VALUES (-2147483648), (0), (2147483647) RETURNING tableoid::regclass, a',
]);
p('range minvalue to maxvalue rejects null 23514', [
  'CREATE TABLE rb (a int) PARTITION BY RANGE (a)',
  'CREATE TABLE rb_all PARTITION OF rb FOR VALUES FROM (MINVALUE) TO (MAXVALUE)',
  'INSERT INTO rb VALUES (NULL)',
]);
p('range null goes to default partition', [
  'CREATE TABLE rb (a int) PARTITION BY RANGE (a)',
  'CREATE TABLE rb1 PARTITION OF rb FOR VALUES FROM (0) TO (10)',
  'CREATE TABLE rb_d PARTITION OF rb DEFAULT',
  'INSERT INTO rb VALUES (NULL), (5), (50) RETURNING tableoid::regclass, a',
]);
p('range text key collation order', [
  'CREATE TABLE rt (k text) PARTITION BY RANGE (k)',
  "CREATE TABLE rt_am PARTITION OF rt FOR VALUES FROM ('a') TO ('n')",
  "CREATE TABLE rt_nz PARTITION OF rt FOR VALUES FROM ('n') TO ('{')",
  "INSERT INTO rt VALUES ('apple'), ('m'), ('n'), ('zebra') RETURNING tableoid::regclass, k",
]);
p('range text key uppercase below lower bound 23514', [
  'CREATE TABLE rt (k text COLLATE "C") PARTITION BY RANGE (k)',
  "CREATE TABLE rt_am PARTITION OF rt FOR VALUES FROM ('a') TO ('n')",
  "INSERT INTO rt VALUES ('Apple')",
]);
p('range numeric key fractional bounds', [
  'CREATE TABLE rn (x numeric) PARTITION BY RANGE (x)',
  'CREATE TABLE rn1 PARTITION OF rn FOR VALUES FROM (0) TO (0.5)',
  'CREATE TABLE rn2 PARTITION OF rn FOR VALUES FROM (0.5) TO (1)',
  'INSERT INTO rn VALUES (0.49999), (0.5), (0.99) RETURNING tableoid::regclass, x',
]);
p('range timestamp key', [
  'CREATE TABLE rts (at timestamp) PARTITION BY RANGE (at)',
  "CREATE TABLE rts1 PARTITION OF rts FOR VALUES FROM ('2024-01-01') TO ('2024-01-01 12:00')",
  "CREATE TABLE rts2 PARTITION OF rts FOR VALUES FROM ('2024-01-01 12:00') TO ('2024-01-02')",
  "INSERT INTO rts VALUES ('2024-01-01 11:59:59.999999'), ('2024-01-01 12:00') RETURNING tableoid::regclass, at",
]);
p('range on expression key', [
  'CREATE TABLE re (s text) PARTITION BY RANGE (length(s))',
  'CREATE TABLE re_short PARTITION OF re FOR VALUES FROM (0) TO (4)',
  'CREATE TABLE re_long PARTITION OF re FOR VALUES FROM (4) TO (MAXVALUE)',
  "INSERT INTO re VALUES ('abc'), ('abcd'), ('') RETURNING tableoid::regclass, s",
]);
p('range on expression key lower', [
  'CREATE TABLE re (s text) PARTITION BY LIST (lower(s))',
  "CREATE TABLE re_a PARTITION OF re FOR VALUES IN ('a')",
  "CREATE TABLE re_b PARTITION OF re FOR VALUES IN ('b')",
  "INSERT INTO re VALUES ('A'), ('b'), ('B') RETURNING tableoid::regclass, s",
]);
p('range adjacent partitions share bound', [
  'CREATE TABLE rb (a int) PARTITION BY RANGE (a)',
  'CREATE TABLE rb1 PARTITION OF rb FOR VALUES FROM (0) TO (10)',
  'CREATE TABLE rb2 PARTITION OF rb FOR VALUES FROM (10) TO (20)',
  'INSERT INTO rb VALUES (9), (10), (19) RETURNING tableoid::regclass, a',
  'INSERT INTO rb VALUES (20)',
]);
p('range gap between partitions 23514', [
  'CREATE TABLE rb (a int) PARTITION BY RANGE (a)',
  'CREATE TABLE rb1 PARTITION OF rb FOR VALUES FROM (0) TO (10)',
  'CREATE TABLE rb2 PARTITION OF rb FOR VALUES FROM (20) TO (30)',
  'INSERT INTO rb VALUES (15)',
]);
p('range partition fills gap', [
  'CREATE TABLE rb (a int) PARTITION BY RANGE (a)',
  'CREATE TABLE rb1 PARTITION OF rb FOR VALUES FROM (0) TO (10)',
  'CREATE TABLE rb2 PARTITION OF rb FOR VALUES FROM (20) TO (30)',
  'CREATE TABLE rb3 PARTITION OF rb FOR VALUES FROM (10) TO (20)',
  'INSERT INTO rb VALUES (15) RETURNING tableoid::regclass',
]);
p('range overlapping with maxvalue partition 42P17', [
  'CREATE TABLE rb (a int) PARTITION BY RANGE (a)',
  'CREATE TABLE rb1 PARTITION OF rb FOR VALUES FROM (0) TO (MAXVALUE)',
  'CREATE TABLE rb2 PARTITION OF rb FOR VALUES FROM (1000) TO (2000)',
]);
p('range overlapping partial 42P17', [
  'CREATE TABLE rb (a int) PARTITION BY RANGE (a)',
  'CREATE TABLE rb1 PARTITION OF rb FOR VALUES FROM (0) TO (10)',
  'CREATE TABLE rb2 PARTITION OF rb FOR VALUES FROM (-5) TO (1)',
]);
p('range overlap failure leaves no table 42P01', [
  'CREATE TABLE rb (a int) PARTITION BY RANGE (a)',
  'CREATE TABLE rb1 PARTITION OF rb FOR VALUES FROM (0) TO (10)',
  'CREATE TABLE rb2 PARTITION OF rb FOR VALUES FROM (5) TO (15)',
  'SELECT * FROM rb2',
]);

// list partitions
p(
  'list routing with default',
  [
    "INSERT INTO lp VALUES (1, 'a', 1), (2, 'b', 2), (3, 'c', 3), (4, 'zz', 4), (5, NULL, 5)",
    'SELECT tableoid::regclass AS part, id FROM lp ORDER BY id',
  ],
  L,
);
p(
  'list update moves row into default',
  ["INSERT INTO lp VALUES (1, 'a', 1)", "UPDATE lp SET k = 'q' WHERE id = 1 RETURNING tableoid::regclass, k"],
  L,
);
p(
  'list update moves row out of default',
  [
    "INSERT INTO lp VALUES (1, 'q', 1)",
    "UPDATE lp SET k = 'c' WHERE id = 1 RETURNING tableoid::regclass, k",
    'SELECT count(*) FROM lp_def',
  ],
  L,
);
p(
  'list update within same partition keeps it',
  ["INSERT INTO lp VALUES (1, 'a', 1)", "UPDATE lp SET k = 'b' RETURNING tableoid::regclass, k"],
  L,
);
p(
  'list update several rows to various partitions',
  [
    "INSERT INTO lp VALUES (1, 'a', 1), (2, 'a', 2), (3, 'a', 3)",
    "UPDATE lp SET k = CASE id WHEN 1 THEN 'c' WHEN 2 THEN 'x' ELSE 'b' END",
    'SELECT tableoid::regclass AS part, id, k FROM lp ORDER BY id',
  ],
  L,
);
p(
  'list insert directly into default with value of another partition 23514',
  ["INSERT INTO lp_def VALUES (1, 'a', 1)"],
  L,
);
p(
  'list insert directly into default with unmatched value',
  ["INSERT INTO lp_def VALUES (1, 'zz', 1) RETURNING *", 'SELECT * FROM lp'],
  L,
);
p(
  'list new partition conflicting with default row 23514',
  ["INSERT INTO lp VALUES (1, 'd', 1)", "CREATE TABLE lp_d PARTITION OF lp FOR VALUES IN ('d')"],
  L,
);
p(
  'list new partition when default has no match',
  [
    "INSERT INTO lp VALUES (1, 'e', 1)",
    "CREATE TABLE lp_d PARTITION OF lp FOR VALUES IN ('d')",
    "INSERT INTO lp VALUES (2, 'd', 2) RETURNING tableoid::regclass",
  ],
  L,
);
p('list in with null value', [
  'CREATE TABLE ln (k int) PARTITION BY LIST (k)',
  'CREATE TABLE ln_1 PARTITION OF ln FOR VALUES IN (1, NULL)',
  'INSERT INTO ln VALUES (NULL), (1) RETURNING tableoid::regclass, k',
  'INSERT INTO ln VALUES (2)',
]);
p('list int key with text literal coerced', [
  'CREATE TABLE ln (k int) PARTITION BY LIST (k)',
  "CREATE TABLE ln_1 PARTITION OF ln FOR VALUES IN ('1', '2')",
  "INSERT INTO ln VALUES ('2') RETURNING tableoid::regclass, k",
]);
p('list int key with bad literal 22P02', [
  'CREATE TABLE ln (k int) PARTITION BY LIST (k)',
  "CREATE TABLE ln_1 PARTITION OF ln FOR VALUES IN ('x')",
]);
p('list on boolean', [
  'CREATE TABLE lb (flag bool, v int) PARTITION BY LIST (flag)',
  'CREATE TABLE lb_t PARTITION OF lb FOR VALUES IN (true)',
  'CREATE TABLE lb_f PARTITION OF lb FOR VALUES IN (false)',
  'INSERT INTO lb VALUES (true, 1), (false, 2) RETURNING tableoid::regclass, v',
  'INSERT INTO lb VALUES (NULL, 3)',
]);
p('list multiple columns is 42P17', ['CREATE TABLE lm (a int, b int) PARTITION BY LIST (a, b)']);
p('list duplicate within one partition', [
  'CREATE TABLE ln (k int) PARTITION BY LIST (k)',
  'CREATE TABLE ln_1 PARTITION OF ln FOR VALUES IN (1, 1)',
  'INSERT INTO ln VALUES (1) RETURNING tableoid::regclass',
]);
p('list partition bound expression', [
  'CREATE TABLE ln (k int) PARTITION BY LIST (k)',
  'CREATE TABLE ln_1 PARTITION OF ln FOR VALUES IN (1 + 1)',
  'INSERT INTO ln VALUES (2) RETURNING tableoid::regclass',
]);
p('list partition bound column reference 42P17', [
  'CREATE TABLE ln (k int) PARTITION BY LIST (k)',
  'CREATE TABLE ln_1 PARTITION OF ln FOR VALUES IN (k)',
]);
p('list enum key', [
  "CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy')",
  'CREATE TABLE le (m mood) PARTITION BY LIST (m)',
  "CREATE TABLE le_1 PARTITION OF le FOR VALUES IN ('sad')",
  'CREATE TABLE le_2 PARTITION OF le DEFAULT',
  "INSERT INTO le VALUES ('sad'), ('happy') RETURNING tableoid::regclass, m",
]);

// hash partitions
p(
  'hash routing int',
  [
    'INSERT INTO hp SELECT g, g::text FROM generate_series(1, 12) g',
    'SELECT tableoid::regclass AS part, array_agg(id ORDER BY id) FROM hp GROUP BY 1 ORDER BY 1',
  ],
  H,
);
p('hash routing text', [
  'CREATE TABLE ht (k text) PARTITION BY HASH (k)',
  'CREATE TABLE ht0 PARTITION OF ht FOR VALUES WITH (MODULUS 2, REMAINDER 0)',
  'CREATE TABLE ht1 PARTITION OF ht FOR VALUES WITH (MODULUS 2, REMAINDER 1)',
  "INSERT INTO ht VALUES ('a'), ('b'), ('c'), ('d'), ('hello'), ('') ",
  'SELECT tableoid::regclass AS part, k FROM ht ORDER BY k',
]);
p('hash routing bigint', [
  'CREATE TABLE hb (k bigint) PARTITION BY HASH (k)',
  'CREATE TABLE hb0 PARTITION OF hb FOR VALUES WITH (MODULUS 3, REMAINDER 0)',
  'CREATE TABLE hb1 PARTITION OF hb FOR VALUES WITH (MODULUS 3, REMAINDER 1)',
  'CREATE TABLE hb2 PARTITION OF hb FOR VALUES WITH (MODULUS 3, REMAINDER 2)',
  'INSERT INTO hb VALUES (1), (2), (3), (4), (5), (10000000000)',
  'SELECT tableoid::regclass AS part, k FROM hb ORDER BY k',
]);
p('hash routing two columns', [
  'CREATE TABLE h2 (a int, b text) PARTITION BY HASH (a, b)',
  'CREATE TABLE h2_0 PARTITION OF h2 FOR VALUES WITH (MODULUS 2, REMAINDER 0)',
  'CREATE TABLE h2_1 PARTITION OF h2 FOR VALUES WITH (MODULUS 2, REMAINDER 1)',
  "INSERT INTO h2 VALUES (1, 'a'), (1, 'b'), (2, 'a'), (2, NULL), (NULL, NULL)",
  'SELECT tableoid::regclass AS part, a, b FROM h2 ORDER BY a, b',
]);
p('hash mixed moduli routing', [
  'CREATE TABLE hm (k int) PARTITION BY HASH (k)',
  'CREATE TABLE hm0 PARTITION OF hm FOR VALUES WITH (MODULUS 2, REMAINDER 0)',
  'CREATE TABLE hm1 PARTITION OF hm FOR VALUES WITH (MODULUS 4, REMAINDER 1)',
  'CREATE TABLE hm3 PARTITION OF hm FOR VALUES WITH (MODULUS 4, REMAINDER 3)',
  'INSERT INTO hm SELECT generate_series(1, 10)',
  'SELECT tableoid::regclass AS part, array_agg(k ORDER BY k) FROM hm GROUP BY 1 ORDER BY 1',
]);
p('hash missing remainder 23514', [
  'CREATE TABLE hm (k int) PARTITION BY HASH (k)',
  'CREATE TABLE hm0 PARTITION OF hm FOR VALUES WITH (MODULUS 2, REMAINDER 0)',
  'INSERT INTO hm SELECT generate_series(1, 10)',
]);
p('hash modulus not a factor 42P17', [
  'CREATE TABLE hm (k int) PARTITION BY HASH (k)',
  'CREATE TABLE hm0 PARTITION OF hm FOR VALUES WITH (MODULUS 4, REMAINDER 0)',
  'CREATE TABLE hm1 PARTITION OF hm FOR VALUES WITH (MODULUS 6, REMAINDER 1)',
]);
p('hash modulus zero 42P16', [
  'CREATE TABLE hm (k int) PARTITION BY HASH (k)',
  'CREATE TABLE hm0 PARTITION OF hm FOR VALUES WITH (MODULUS 0, REMAINDER 0)',
]);
p('hash negative remainder 42P16', [
  'CREATE TABLE hm (k int) PARTITION BY HASH (k)',
  'CREATE TABLE hm0 PARTITION OF hm FOR VALUES WITH (MODULUS 2, REMAINDER -1)',
]);
p('hash missing modulus 42P16', [
  'CREATE TABLE hm (k int) PARTITION BY HASH (k)',
  'CREATE TABLE hm0 PARTITION OF hm FOR VALUES WITH (REMAINDER 0)',
]);
p('hash same remainder twice 42P17', [
  'CREATE TABLE hm (k int) PARTITION BY HASH (k)',
  'CREATE TABLE hm0 PARTITION OF hm FOR VALUES WITH (MODULUS 2, REMAINDER 0)',
  'CREATE TABLE hm0b PARTITION OF hm FOR VALUES WITH (MODULUS 2, REMAINDER 0)',
]);
p('hash range bound on hash table 42P16', [
  'CREATE TABLE hm (k int) PARTITION BY HASH (k)',
  'CREATE TABLE hm0 PARTITION OF hm FOR VALUES FROM (0) TO (1)',
]);
p(
  'hash update moves row across partitions',
  [
    "INSERT INTO hp VALUES (1, 'x')",
    'UPDATE hp SET id = 2 WHERE id = 1 RETURNING tableoid::regclass, id',
    'UPDATE hp SET id = 3 WHERE id = 2 RETURNING tableoid::regclass, id',
  ],
  H,
);
p(
  'satisfies_hash_partition values',
  [
    "SELECT satisfies_hash_partition('hp'::regclass, 4, 0, 1) AS r0, satisfies_hash_partition('hp'::regclass, 4, 1, 1) AS r1, satisfies_hash_partition('hp'::regclass, 4, 2, 1) AS r2, satisfies_hash_partition('hp'::regclass, 4, 3, 1) AS r3",
  ],
  H,
);
p(
  'satisfies_hash_partition null key',
  ["SELECT satisfies_hash_partition('hp'::regclass, 4, 0, NULL::int) AS v"],
  H,
);
p(
  'satisfies_hash_partition agrees with routing',
  [
    'INSERT INTO hp SELECT g, g::text FROM generate_series(1, 20) g',
    "SELECT bool_and(satisfies_hash_partition('hp'::regclass, 4, (right(tableoid::regclass::text, 1))::int, id)) AS v FROM hp",
  ],
  H,
);
p('satisfies_hash_partition on non hash table 22023', [
  'CREATE TABLE nh (a int) PARTITION BY LIST (a)',
  "SELECT satisfies_hash_partition('nh'::regclass, 4, 0, 1)",
]);

// sub-partitioning
p(
  'sub partition routing list then range and hash',
  [
    "INSERT INTO s VALUES (1, 'eu', 5), (2, 'eu', 150), (3, 'us', 0), (4, 'us', 0), (5, 'us', 0)",
    'SELECT tableoid::regclass AS part, id FROM s ORDER BY id',
  ],
  SUB,
);
p('sub partition no leaf 23514', ["INSERT INTO s VALUES (1, 'eu', 500)"], SUB);
p('sub partition no top level partition 23514', ["INSERT INTO s VALUES (1, 'asia', 5)"], SUB);
p(
  'sub partition update moves between subtrees',
  [
    "INSERT INTO s VALUES (1, 'eu', 5)",
    "UPDATE s SET region = 'us' WHERE id = 1 RETURNING tableoid::regclass, region",
    "UPDATE s SET region = 'eu', at = 199 WHERE id = 1 RETURNING tableoid::regclass, at",
  ],
  SUB,
);
p(
  'sub partition insert into intermediate routes down',
  ["INSERT INTO s_eu VALUES (1, 'eu', 120) RETURNING tableoid::regclass"],
  SUB,
);
p(
  'sub partition insert into intermediate wrong region 23514',
  ["INSERT INTO s_eu VALUES (1, 'us', 120)"],
  SUB,
);
p(
  'sub partition select from intermediate',
  [
    "INSERT INTO s VALUES (1, 'eu', 5), (2, 'eu', 150), (3, 'us', 0)",
    'SELECT id FROM s_eu ORDER BY id',
    'SELECT id FROM s_us ORDER BY id',
  ],
  SUB,
);
p('sub partition intermediate without leaves 23514', [
  'CREATE TABLE t (a int, b int) PARTITION BY LIST (a)',
  'CREATE TABLE t1 PARTITION OF t FOR VALUES IN (1) PARTITION BY LIST (b)',
  'INSERT INTO t VALUES (1, 1)',
]);
p('sub partition default that is itself partitioned', [
  'CREATE TABLE t (a int, b int) PARTITION BY LIST (a)',
  'CREATE TABLE t_d PARTITION OF t DEFAULT PARTITION BY RANGE (b)',
  'CREATE TABLE t_d1 PARTITION OF t_d FOR VALUES FROM (0) TO (10)',
  'INSERT INTO t VALUES (99, 5) RETURNING tableoid::regclass',
  'INSERT INTO t VALUES (99, 50)',
]);
p(
  'sub partition delete from root',
  [
    "INSERT INTO s VALUES (1, 'eu', 5), (2, 'eu', 150), (3, 'us', 0)",
    "DELETE FROM s WHERE region = 'eu' RETURNING tableoid::regclass, id",
    'SELECT count(*) FROM s',
  ],
  SUB,
);

// routing with different column order and dropped columns
p('partition with columns in different order', [
  'CREATE TABLE po (a int, b text) PARTITION BY LIST (a)',
  'CREATE TABLE po1 (b text, a int)',
  'ALTER TABLE po ATTACH PARTITION po1 FOR VALUES IN (1)',
  "INSERT INTO po VALUES (1, 'x') RETURNING *",
  'SELECT * FROM po1',
  'SELECT * FROM po',
]);
p('partition with dropped column in child', [
  'CREATE TABLE po (a int, b text) PARTITION BY LIST (a)',
  'CREATE TABLE po1 (junk int, a int, b text)',
  'ALTER TABLE po1 DROP COLUMN junk',
  'ALTER TABLE po ATTACH PARTITION po1 FOR VALUES IN (1)',
  "INSERT INTO po VALUES (1, 'x') RETURNING tableoid::regclass, *",
  'SELECT * FROM po',
]);
p('update moving row between partitions with different column order', [
  'CREATE TABLE po (a int, b text) PARTITION BY LIST (a)',
  'CREATE TABLE po1 (b text, a int)',
  'ALTER TABLE po ATTACH PARTITION po1 FOR VALUES IN (1)',
  'CREATE TABLE po2 PARTITION OF po FOR VALUES IN (2)',
  "INSERT INTO po VALUES (1, 'x')",
  'UPDATE po SET a = 2 RETURNING tableoid::regclass, a, b',
  'SELECT * FROM po2',
]);
p(
  'insert select from partitioned into partitioned',
  [
    "INSERT INTO lp VALUES (1, 'a', 1), (2, 'c', 2), (3, 'x', 3)",
    'CREATE TABLE lp2 (LIKE lp) PARTITION BY LIST (k)',
    "CREATE TABLE lp2_a PARTITION OF lp2 FOR VALUES IN ('a', 'c')",
    'CREATE TABLE lp2_d PARTITION OF lp2 DEFAULT',
    'INSERT INTO lp2 SELECT * FROM lp RETURNING tableoid::regclass, id',
  ],
  L,
);
p(
  'copy like style insert many rows counts',
  [
    'INSERT INTO lp SELECT g, chr(97 + g % 5), g FROM generate_series(1, 50) g',
    'SELECT tableoid::regclass AS part, count(*) FROM lp GROUP BY 1 ORDER BY 1',
  ],
  L,
);
p(
  'update moving row with returning old columns',
  ["INSERT INTO lp VALUES (1, 'a', 10)", "UPDATE lp SET k = 'c', v = v + 1 RETURNING id, k, v"],
  L,
);
p(
  'delete returning tableoid from partitions',
  [
    "INSERT INTO lp VALUES (1, 'a', 1), (2, 'c', 2), (3, 'x', 3)",
    'DELETE FROM lp WHERE v >= 2 RETURNING tableoid::regclass, id',
  ],
  L,
);
p(
  'update moving row fires partition check in transaction rollback',
  [
    "INSERT INTO lp VALUES (1, 'a', 1)",
    'BEGIN',
    "UPDATE lp SET k = 'c'",
    'ROLLBACK',
    'SELECT tableoid::regclass, k FROM lp',
  ],
  L,
);
p('insert on conflict do nothing on partitioned with unique', [
  'CREATE TABLE pu (k int PRIMARY KEY, v text) PARTITION BY RANGE (k)',
  'CREATE TABLE pu1 PARTITION OF pu FOR VALUES FROM (0) TO (10)',
  'CREATE TABLE pu2 PARTITION OF pu FOR VALUES FROM (10) TO (20)',
  "INSERT INTO pu VALUES (1, 'a'), (11, 'b')",
  "INSERT INTO pu VALUES (1, 'x'), (12, 'y') ON CONFLICT DO NOTHING RETURNING tableoid::regclass, k, v",
  'SELECT * FROM pu ORDER BY k',
]);
p('insert on conflict do update on partitioned', [
  'CREATE TABLE pu (k int PRIMARY KEY, v text) PARTITION BY RANGE (k)',
  'CREATE TABLE pu1 PARTITION OF pu FOR VALUES FROM (0) TO (10)',
  'CREATE TABLE pu2 PARTITION OF pu FOR VALUES FROM (10) TO (20)',
  "INSERT INTO pu VALUES (1, 'a'), (11, 'b')",
  "INSERT INTO pu VALUES (11, 'z') ON CONFLICT (k) DO UPDATE SET v = excluded.v || pu.v RETURNING tableoid::regclass, k, v",
]);
p(
  'partition key column update with no actual change',
  ["INSERT INTO lp VALUES (1, 'a', 1)", 'UPDATE lp SET k = k RETURNING tableoid::regclass, k'],
  L,
);
p(
  'with cte insert into partitioned returning',
  [
    "WITH ins AS (INSERT INTO lp VALUES (1, 'a', 1), (2, 'zz', 2) RETURNING tableoid::regclass AS part, id) SELECT part, id FROM ins ORDER BY id",
  ],
  L,
);
p('values with default partition key null list', [
  'CREATE TABLE ln (k int DEFAULT 7) PARTITION BY LIST (k)',
  'CREATE TABLE ln7 PARTITION OF ln FOR VALUES IN (7)',
  'INSERT INTO ln DEFAULT VALUES RETURNING tableoid::regclass, k',
]);
p('partition with own default overrides parent default', [
  'CREATE TABLE ln (k int, v int DEFAULT 1) PARTITION BY LIST (k)',
  'CREATE TABLE ln7 PARTITION OF ln (v DEFAULT 2) FOR VALUES IN (7)',
  'INSERT INTO ln (k) VALUES (7) RETURNING v',
  'INSERT INTO ln7 (k) VALUES (7) RETURNING v',
]);

export default list.cases;
