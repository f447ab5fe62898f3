// Round 24 area D part 8: index rebuilds under 17's maintenance search_path (documenting what is left).
const SETUP = `CREATE TABLE emp (id int PRIMARY KEY, name text); INSERT INTO emp SELECT g, 'n' || g FROM generate_series(1, 50) g;
CREATE FUNCTION tag(t text) RETURNS text LANGUAGE sql IMMUTABLE AS 'SELECT t || current_schema()';`;
const Q = "SELECT id FROM emp WHERE tag(name) = 'n1public'";
export default [
  {
    name: 'r24d rb: index built empty then filled by inserts',
    setup: SETUP,
    steps: [
      'CREATE TABLE e2 (id int, name text)',
      'CREATE INDEX ON e2 (tag(name))',
      "INSERT INTO e2 VALUES (1, 'n1')",
      'SET enable_seqscan = off',
      "SELECT id FROM e2 WHERE tag(name) = 'n1public'",
    ],
  },
  {
    name: 'r24d rb: reindex table rebuilds the expression index',
    setup: `${SETUP} CREATE TABLE e2 (id int, name text); CREATE INDEX e2_tag ON e2 (tag(name)); INSERT INTO e2 VALUES (1, 'n1');`,
    steps: ['REINDEX TABLE e2', 'SET enable_seqscan = off', "SELECT id FROM e2 WHERE tag(name) = 'n1public'"],
  },
  {
    name: 'r24d rb: alter column type rebuilds the expression index',
    setup: `${SETUP} CREATE TABLE e2 (id int, name varchar(10)); CREATE INDEX e2_tag ON e2 (tag(name)); INSERT INTO e2 VALUES (1, 'n1');`,
    steps: [
      'ALTER TABLE e2 ALTER COLUMN name TYPE text',
      'SET enable_seqscan = off',
      "SELECT id FROM e2 WHERE tag(name) = 'n1public'",
    ],
  },
  {
    name: 'r24d rb: vacuum full rebuilds the expression index',
    setup: `${SETUP} CREATE TABLE e2 (id int, name text); CREATE INDEX e2_tag ON e2 (tag(name)); INSERT INTO e2 VALUES (1, 'n1');`,
    steps: ['VACUUM FULL e2', 'SET enable_seqscan = off', "SELECT id FROM e2 WHERE tag(name) = 'n1public'"],
  },
  {
    name: 'r24d rb: create index concurrently over existing rows',
    setup: SETUP,
    steps: ['CREATE INDEX CONCURRENTLY emp_tag ON emp (tag(name))', 'SET enable_seqscan = off', Q],
  },
];
