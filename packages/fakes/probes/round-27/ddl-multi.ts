// Round 27: one ALTER TABLE of several subcommands, where a later one names a column an earlier one adds (or the other way round), as migration tools batch them.
import { ProbeCases } from '../probe-kit.js';

const SETUP =
  "CREATE TABLE t (id int PRIMARY KEY, name text, qty int); INSERT INTO t VALUES (1, 'a', 3), (2, NULL, NULL);";
const list = new ProbeCases('r27 multi ');
const alters = [
  'ADD COLUMN c int DEFAULT 1, ALTER COLUMN c SET DEFAULT 9',
  'ALTER COLUMN c SET DEFAULT 9, ADD COLUMN c int DEFAULT 1',
  'ADD COLUMN c int, ALTER COLUMN c SET DEFAULT 9',
  'ADD COLUMN c int DEFAULT 1, ALTER COLUMN c SET NOT NULL',
  'ADD COLUMN c int, ALTER COLUMN c SET NOT NULL',
  'ADD COLUMN c int DEFAULT 1, ALTER COLUMN c DROP DEFAULT',
  'ADD COLUMN c int DEFAULT 1 NOT NULL, ALTER COLUMN c DROP NOT NULL',
  'ADD COLUMN c int, ADD UNIQUE (c)',
  'ADD COLUMN c int DEFAULT 1, ADD UNIQUE (c)',
  'ADD COLUMN c int, ADD CONSTRAINT cu UNIQUE (c, id)',
  'ADD COLUMN c int, ADD PRIMARY KEY (c)',
  'ADD COLUMN c int REFERENCES t (id), ALTER COLUMN c SET DEFAULT 1',
  'ADD COLUMN c int, ADD FOREIGN KEY (c) REFERENCES t (id)',
  'ADD COLUMN c int, ADD COLUMN c text',
  'ADD COLUMN c int, ADD COLUMN IF NOT EXISTS c text',
  'ADD COLUMN c int, ALTER COLUMN nope SET DEFAULT 1',
  'ALTER COLUMN qty SET DEFAULT 0, ALTER COLUMN qty SET NOT NULL',
  'ALTER COLUMN name SET DEFAULT 0, ALTER COLUMN qty SET DEFAULT 1',
  'ALTER COLUMN qty SET DEFAULT 5, ALTER COLUMN qty DROP DEFAULT',
  'ALTER COLUMN qty DROP DEFAULT, ALTER COLUMN qty SET DEFAULT 5',
  'ALTER COLUMN qty SET NOT NULL, ALTER COLUMN qty DROP NOT NULL',
  'ALTER COLUMN qty DROP NOT NULL, ALTER COLUMN qty SET NOT NULL',
  'ADD COLUMN c int DEFAULT 1, ADD COLUMN d int DEFAULT 2, ALTER COLUMN d SET DEFAULT 3',
];
alters.forEach((alter, k) => {
  list.add(
    `${String(k + 1).padStart(2, '0')} ${alter}`,
    [
      `ALTER TABLE t ${alter}`,
      'SELECT * FROM t ORDER BY id',
      'INSERT INTO t (id) VALUES (9) RETURNING *',
      "SELECT column_name, column_default, is_nullable FROM information_schema.columns WHERE table_name = 't' ORDER BY column_name",
    ],
    SETUP,
  );
});
export default list.cases;
