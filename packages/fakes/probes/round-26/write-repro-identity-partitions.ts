// Round 26 part C, reproduction: identity columns and partitions, where PostgreSQL 17 changed what
// 15 does (17 gives partitions their parent's identity; 15 keeps the identity on the parent only).
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases('r26 write repro identity partitions: ');
const PT = `CREATE TABLE pt (id int GENERATED ALWAYS AS IDENTITY, k int) PARTITION BY RANGE (k);
CREATE TABLE pt1 PARTITION OF pt FOR VALUES FROM (0) TO (10);`;
const read = 'SELECT * FROM pt ORDER BY k, id';
list.add('insert through the parent', ['INSERT INTO pt (k) VALUES (1), (2) RETURNING id', read], PT);
list.add('insert into the partition directly', ['INSERT INTO pt1 (k) VALUES (1) RETURNING id', read], PT);
list.add(
  'insert into the partition with an id',
  ['INSERT INTO pt1 (id, k) VALUES (5, 1) RETURNING id', read],
  PT,
);
list.add(
  'partition column is identity',
  ["SELECT attidentity FROM pg_attribute WHERE attrelid = 'pt1'::regclass AND attname = 'id'"],
  PT,
);
list.add(
  'partition in information_schema',
  ["SELECT is_identity FROM information_schema.columns WHERE table_name = 'pt1' AND column_name = 'id'"],
  PT,
);
list.add(
  'attach a table with an identity column',
  [
    'CREATE TABLE pt2 (id int GENERATED ALWAYS AS IDENTITY, k int)',
    'ALTER TABLE pt ATTACH PARTITION pt2 FOR VALUES FROM (10) TO (20)',
    'INSERT INTO pt (k) VALUES (11) RETURNING id',
  ],
  'CREATE TABLE pt (id int NOT NULL, k int) PARTITION BY RANGE (k);',
);
list.add(
  'attach a plain table under an identity parent',
  [
    'CREATE TABLE pt2 (id int NOT NULL, k int)',
    'ALTER TABLE pt ATTACH PARTITION pt2 FOR VALUES FROM (10) TO (20)',
    'INSERT INTO pt2 (k) VALUES (11) RETURNING id',
  ],
  PT,
);
list.add(
  'add identity to a partitioned table',
  [
    'ALTER TABLE pt ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY',
    'INSERT INTO pt1 (k) VALUES (1) RETURNING id',
  ],
  'CREATE TABLE pt (id int NOT NULL, k int) PARTITION BY RANGE (k); CREATE TABLE pt1 PARTITION OF pt FOR VALUES FROM (0) TO (10);',
);
list.add(
  'add identity to a partition',
  ['ALTER TABLE pt1 ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY'],
  'CREATE TABLE pt (id int NOT NULL, k int) PARTITION BY RANGE (k); CREATE TABLE pt1 PARTITION OF pt FOR VALUES FROM (0) TO (10);',
);
list.add(
  'serial through the parent and the partition',
  ['INSERT INTO ps (k) VALUES (1) RETURNING id', 'INSERT INTO ps1 (k) VALUES (2) RETURNING id'],
  'CREATE TABLE ps (id serial, k int) PARTITION BY RANGE (k); CREATE TABLE ps1 PARTITION OF ps FOR VALUES FROM (0) TO (10);',
);
list.add(
  'identity inherited table',
  ['INSERT INTO ch (k) VALUES (1) RETURNING id'],
  'CREATE TABLE par (id int GENERATED ALWAYS AS IDENTITY, k int); CREATE TABLE ch () INHERITS (par);',
);

export default list.cases;
