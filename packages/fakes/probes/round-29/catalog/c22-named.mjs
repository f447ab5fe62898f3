const S = `CREATE TABLE t(id serial PRIMARY KEY, v int); INSERT INTO t(v) VALUES (10), (20);`;
const c = (name, ...steps) => ({ name, setup: S, steps });
export default [
  c(
    'same name different text per conn',
    { sql: 'SELECT v FROM t WHERE id = $1', params: [1], name: 'q1' },
    { sql: 'SELECT id FROM t WHERE v = $1', params: [20], name: 'q1', client: 'second' },
    { sql: 'SELECT v FROM t WHERE id = $1', params: [2], name: 'q1' },
    { sql: 'SELECT id FROM t WHERE v = $1', params: [10], name: 'q1', client: 'second' },
  ),
  c(
    'named reused many times',
    ...Array.from({ length: 7 }, (_, i) => ({
      sql: 'SELECT v FROM t WHERE id = $1',
      params: [1 + (i % 2)],
      name: 'q2',
    })),
  ),
  c(
    'named after ddl',
    { sql: 'SELECT * FROM t WHERE id = $1', params: [1], name: 'q3' },
    'ALTER TABLE t ADD COLUMN w int DEFAULT 5',
    { sql: 'SELECT * FROM t WHERE id = $1', params: [1], name: 'q3' },
  ),
  c(
    'named after drop column',
    { sql: 'SELECT * FROM t WHERE id = $1', params: [1], name: 'q4' },
    'ALTER TABLE t DROP COLUMN v',
    { sql: 'SELECT * FROM t WHERE id = $1', params: [1], name: 'q4' },
  ),
  c(
    'named after type change',
    { sql: 'SELECT v FROM t WHERE id = $1', params: [1], name: 'q5' },
    'ALTER TABLE t ALTER COLUMN v TYPE text',
    { sql: 'SELECT v FROM t WHERE id = $1', params: [1], name: 'q5' },
  ),
  c(
    'named after search_path change',
    'CREATE SCHEMA app',
    'CREATE TABLE app.t(id int, v int)',
    'INSERT INTO app.t VALUES (1, 99)',
    { sql: 'SELECT v FROM t WHERE id = $1', params: [1], name: 'q6' },
    'SET search_path = app, public',
    { sql: 'SELECT v FROM t WHERE id = $1', params: [1], name: 'q6' },
  ),
  c('named discard all', { sql: 'SELECT v FROM t WHERE id = $1', params: [1], name: 'q7' }, 'DISCARD ALL', {
    sql: 'SELECT v FROM t WHERE id = $1',
    params: [1],
    name: 'q7',
  }),
  c(
    'named deallocate all',
    { sql: 'SELECT v FROM t WHERE id = $1', params: [1], name: 'q8' },
    'DEALLOCATE ALL',
    { sql: 'SELECT v FROM t WHERE id = $1', params: [1], name: 'q8' },
  ),
  c(
    'named in failed tx',
    'BEGIN',
    'SELECT 1/0',
    { sql: 'SELECT v FROM t WHERE id = $1', params: [1], name: 'q9' },
    'ROLLBACK',
    { sql: 'SELECT v FROM t WHERE id = $1', params: [1], name: 'q9' },
  ),
  c(
    'sql prepare vs protocol name',
    'PREPARE q10 AS SELECT 1 AS a',
    { sql: 'SELECT 2 AS b', params: [], name: 'q10' },
    'EXECUTE q10',
  ),
  c(
    'pg_prepared_statements shows protocol named',
    { sql: 'SELECT v FROM t WHERE id = $1', params: [1], name: 'q11' },
    'SELECT name, from_sql FROM pg_prepared_statements',
  ),
  c(
    'pg_prepared_statements other conn named',
    { sql: 'SELECT v FROM t WHERE id = $1', params: [1], name: 'q12' },
    { sql: 'SELECT name FROM pg_prepared_statements', client: 'second' },
  ),
];
