// Round 24 area D part 6: an expression index filled under 17's maintenance search_path.
export default [
  {
    name: 'r24d idx: expression index over a function reading current_schema built on existing rows',
    setup: `CREATE TABLE emp (id int PRIMARY KEY, name text); INSERT INTO emp SELECT g, 'n' || g FROM generate_series(1, 50) g;
CREATE FUNCTION tag(t text) RETURNS text LANGUAGE sql IMMUTABLE AS 'SELECT t || current_schema()';`,
    steps: [
      'CREATE INDEX emp_tag ON emp (tag(name))',
      'SET enable_seqscan = off',
      "SELECT id FROM emp WHERE tag(name) = 'n1public'",
    ],
  },
];
