type Step = string | { sql: string; params: unknown[] };
const c = (name: string, setup: string, ...steps: Step[]) => ({ name, setup, steps });
const PP =
  'CREATE TABLE pp (a int NOT NULL, b int, k int) PARTITION BY LIST (k); CREATE TABLE pp1 PARTITION OF pp FOR VALUES IN (1);';
export default [
  c('only partitioned drop not null', PP, 'ALTER TABLE ONLY pp ALTER COLUMN a DROP NOT NULL'),
  c('only partitioned drop not null nullable column', PP, 'ALTER TABLE ONLY pp ALTER COLUMN b DROP NOT NULL'),
  c('only partitioned drop not null missing column', PP, 'ALTER TABLE ONLY pp ALTER COLUMN zz DROP NOT NULL'),
  c(
    'only partitioned no partitions drop not null',
    'CREATE TABLE pp (a int NOT NULL, k int) PARTITION BY LIST (k);',
    'ALTER TABLE ONLY pp ALTER COLUMN a DROP NOT NULL',
    "SELECT attnotnull FROM pg_attribute WHERE attrelid = 'pp'::regclass AND attname = 'a'",
  ),
  c('only partitioned set not null partitions lack', PP, 'ALTER TABLE ONLY pp ALTER COLUMN b SET NOT NULL'),
  c(
    'only partitioned set not null partitions have',
    PP,
    'ALTER TABLE pp1 ALTER COLUMN b SET NOT NULL',
    'ALTER TABLE ONLY pp ALTER COLUMN b SET NOT NULL',
    'INSERT INTO pp VALUES (1, NULL, 1)',
  ),
  c(
    'only partitioned drop not null with other subcommand',
    PP,
    'ALTER TABLE ONLY pp ALTER COLUMN b SET DEFAULT 1, ALTER COLUMN a DROP NOT NULL',
  ),
  c('only partition drop not null partition', PP, 'ALTER TABLE ONLY pp1 ALTER COLUMN a DROP NOT NULL'),
  c('only partitioned drop not null extended', PP, {
    sql: 'ALTER TABLE ONLY pp ALTER COLUMN a DROP NOT NULL',
    params: [],
  }),
  c(
    'only partitioned subpartitioned drop',
    'CREATE TABLE pp (a int NOT NULL, k int) PARTITION BY LIST (k); CREATE TABLE pp1 PARTITION OF pp FOR VALUES IN (1) PARTITION BY LIST (k);',
    'ALTER TABLE ONLY pp1 ALTER COLUMN a DROP NOT NULL',
  ),
  c(
    'only partitioned sub without partitions',
    'CREATE TABLE pp (a int NOT NULL, k int) PARTITION BY LIST (k); CREATE TABLE pp1 PARTITION OF pp FOR VALUES IN (1) PARTITION BY LIST (k);',
    'ALTER TABLE pp1 ALTER COLUMN a DROP NOT NULL',
  ),
];
