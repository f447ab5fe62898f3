// Round 18 probe, repository writes part 9: assignment casts, arithmetic and RETURNING rules on
// the plain INSERT/UPDATE/DELETE paths every engine answers (no joins, no CTEs).
import { ProbeCases, withParams } from '../probe-kit.js';

const list = new ProbeCases('r18 repo writes: assignment: ');

const W = `CREATE TABLE w (id int PRIMARY KEY, i int, bi bigint, n numeric(6,2), s text, vc varchar(5), b boolean, d double precision, at timestamptz, day date);
INSERT INTO w (id, i, bi, n, s, vc, b, d) VALUES (1, 10, 100, 1.50, 'x', 'abc', true, 0.5), (2, NULL, NULL, NULL, NULL, NULL, NULL, NULL);`;

// ---------------------------------------------------------------- assignment casts
list.add(
  'float expression into int column rounds half to even',
  [
    `UPDATE w SET i = 2.5::float8 WHERE id = 1 RETURNING i`,
    `UPDATE w SET i = 3.5::float8 WHERE id = 1 RETURNING i`,
  ],
  W,
);
list.add(
  'numeric expression into int column rounds half away from zero',
  [`UPDATE w SET i = 2.5 WHERE id = 1 RETURNING i`, `UPDATE w SET i = -2.5 WHERE id = 1 RETURNING i`],
  W,
);
list.add('int expression into text column', [`UPDATE w SET s = i * 2 WHERE id = 1 RETURNING s`], W);
list.add('boolean expression into text column', [`UPDATE w SET s = (i > 5) WHERE id = 1 RETURNING s`], W);
list.add('text expression into int column is 42804', [`UPDATE w SET i = s WHERE id = 1`], W);
list.add('text expression into boolean column is 42804', [`UPDATE w SET b = s WHERE id = 1`], W);
list.add('int expression into boolean column is 42804', [`UPDATE w SET b = i WHERE id = 1`], W);
list.add('unknown literal into boolean column', [`UPDATE w SET b = 'off' WHERE id = 1 RETURNING b`], W);
list.add(
  'explicit varchar cast truncates instead of failing',
  [`UPDATE w SET vc = 'abcdefgh'::varchar(5) WHERE id = 1 RETURNING vc`],
  W,
);
list.add(
  'text expression too long for varchar is 22001',
  [`UPDATE w SET vc = s || 'yyyyyy' WHERE id = 1`],
  W,
);
list.add(
  'trailing spaces beyond varchar length are cut',
  [`UPDATE w SET vc = 'abcde   ' WHERE id = 1 RETURNING vc, length(vc) AS l`],
  W,
);
list.add('numeric column rounding on update', [`UPDATE w SET n = n / 3 WHERE id = 1 RETURNING n`], W);
list.add('numeric column overflow on update is 22003', [`UPDATE w SET n = n * 100000 WHERE id = 1`], W);
list.add(
  'int overflow in an update expression is 22003',
  [`UPDATE w SET i = 2147483647 WHERE id = 1`, `UPDATE w SET i = i + 1 WHERE id = 1`],
  W,
);
list.add(
  'bigint column from int arithmetic overflow is 22003 before assignment',
  [`UPDATE w SET bi = 2147483647 + 1 WHERE id = 1`],
  W,
);
list.add(
  'bigint column from bigint arithmetic',
  [`UPDATE w SET bi = 2147483647::bigint + 1 WHERE id = 1 RETURNING bi`],
  W,
);
list.add('division by zero in an update is 22012', [`UPDATE w SET i = i / 0 WHERE id = 1`], W);
list.add('division by zero in an update of no rows is fine', [`UPDATE w SET i = i / 0 WHERE id = 99`], W);
list.add(
  'integer division in an update truncates',
  [`UPDATE w SET i = 7 / 2 WHERE id = 1 RETURNING i`, `UPDATE w SET i = -7 / 2 WHERE id = 1 RETURNING i`],
  W,
);
list.add(
  'modulo in an update keeps the sign of the dividend',
  [`UPDATE w SET i = -7 % 3 WHERE id = 1 RETURNING i`],
  W,
);
list.add(
  'double column from numeric parameter',
  [withParams(`UPDATE w SET d = $1 WHERE id = 1 RETURNING d`, '0.1')],
  W,
);
list.add(
  'concatenation with null in an update gives null',
  [`UPDATE w SET s = s || NULL WHERE id = 1 RETURNING s`],
  W,
);
list.add(
  'concat function skips null in an update',
  [`UPDATE w SET s = concat(s, NULL, 'y') WHERE id = 1 RETURNING s`],
  W,
);
list.add(
  'update with case on nulls',
  [`UPDATE w SET s = CASE WHEN i IS NULL THEN 'none' ELSE 'some' END RETURNING id, s`],
  W,
);
list.add(
  'update of every row where null comparison matches nothing',
  [`UPDATE w SET s = 'hit' WHERE i <> 10`],
  W,
);
list.add(
  'date column from timestamptz expression',
  ['SET TIME ZONE UTC', `UPDATE w SET day = '2024-03-01T23:30:00Z'::timestamptz WHERE id = 1 RETURNING day`],
  W,
);
list.add(
  'date column from date plus int',
  [`UPDATE w SET day = DATE '2024-02-28' + 2 WHERE id = 1 RETURNING day`],
  W,
);
list.add(
  'timestamptz column from date literal',
  ['SET TIME ZONE UTC', `UPDATE w SET at = DATE '2024-02-28' WHERE id = 1 RETURNING at`],
  W,
);
list.add(
  'timestamptz column from a timestamp string parameter in another zone',
  [
    `SET TIME ZONE 'Europe/Berlin'`,
    withParams('UPDATE w SET at = $1 WHERE id = 1 RETURNING at::text AS t', '2024-07-01 12:00:00'),
  ],
  W,
);

// ---------------------------------------------------------------- RETURNING rules and types
list.add(
  'returning types of mixed arithmetic',
  [
    `UPDATE w SET i = 3 WHERE id = 1 RETURNING i + bi AS a, i * 1.5 AS b, i / 2 AS c, i::float8 / 2 AS d, -i AS e`,
  ],
  W,
);
list.add('returning count of an aggregate is 42803', [`UPDATE w SET i = 1 RETURNING count(*)`], W);
list.add('returning a window function is 42P20', [`DELETE FROM w RETURNING row_number() OVER ()`], W);
list.add(
  'returning a set-returning function is 0A000',
  [`UPDATE w SET i = 1 WHERE id = 1 RETURNING generate_series(1, 2)`],
  W,
);
list.add(
  'returning a parameter needs a type',
  [withParams(`UPDATE w SET i = 1 WHERE id = 1 RETURNING $1 AS p`, 'x')],
  W,
);
list.add(
  'returning a typed parameter',
  [withParams(`UPDATE w SET i = 1 WHERE id = 1 RETURNING $1::int + i AS p`, 5)],
  W,
);
list.add('returning star and an extra column', [`DELETE FROM w WHERE id = 2 RETURNING *, 'gone' AS note`], W);
list.add('returning table star qualified', [`UPDATE w SET s = 'q' WHERE id = 1 RETURNING w.*`], W);
list.add('returning whole row as a composite', [`UPDATE w SET s = 'q' WHERE id = 2 RETURNING w AS row_`], W);
list.add(
  'returning row_to_json of the row',
  [`UPDATE w SET s = 'q' WHERE id = 1 RETURNING row_to_json(w) AS j`],
  W,
);
list.add(
  'returning to_jsonb of the row',
  [`DELETE FROM w WHERE id = 1 RETURNING to_jsonb(w) - 'at' AS j`],
  W,
);
list.add(
  'returning oid of a text concatenation with a number',
  [`UPDATE w SET s = 'v' WHERE id = 1 RETURNING s || i AS t, i || '' AS u`],
  W,
);
list.add(
  'returning coalesce of int and bigint',
  [`UPDATE w SET s = 'v' RETURNING id, coalesce(i, bi, 0) AS c`],
  W,
);
list.add(
  'returning a boolean expression of nulls',
  [`UPDATE w SET s = s RETURNING id, b AND i > 1 AS x, b OR NULL AS y`],
  W,
);
list.add(
  'update without where in a transaction then rollback leaves rows',
  [
    'BEGIN',
    'UPDATE w SET s = NULL',
    'DELETE FROM w',
    'ROLLBACK',
    'SELECT count(*) AS n, count(s) AS s FROM w',
  ],
  W,
);
list.add(
  'delete then reinsert the same key in one transaction',
  [
    'BEGIN',
    'DELETE FROM w WHERE id = 1',
    `INSERT INTO w (id, s) VALUES (1, 'again')`,
    'COMMIT',
    'SELECT id, s FROM w ORDER BY id',
  ],
  W,
);
list.add(
  'insert then update the same row in one statement via upsert twice is 21000',
  [`INSERT INTO w (id, s) VALUES (3, 'a'), (3, 'b') ON CONFLICT (id) DO UPDATE SET s = EXCLUDED.s`],
  W,
);
list.add(
  'update of the primary key returning old key through a self join alias',
  [
    'UPDATE w SET id = 10 FROM w AS prev WHERE prev.id = w.id - 9 AND w.id = 1 RETURNING w.id, prev.id AS old_id',
  ],
  W,
);

// ---------------------------------------------------------------- syntax edges repositories hit
list.add('insert with an empty column list is a syntax error', [`INSERT INTO w () VALUES ()`], W);
list.add(
  'insert with trailing comma in the values is a syntax error',
  [`INSERT INTO w (id, s) VALUES (3, 'x',)`],
  W,
);
list.add('update with a trailing comma in set is a syntax error', [`UPDATE w SET s = 'x', WHERE id = 1`], W);
list.add('delete without from is a syntax error', [`DELETE w WHERE id = 1`], W);
list.add(
  'insert using a column that is written twice in set-like form is 42701',
  [`INSERT INTO w (id, s, s) VALUES (3, 'a', 'b')`],
  W,
);
list.add('update of a missing table is 42P01', [`UPDATE nope SET a = 1`]);
list.add('delete from a missing table is 42P01', [`DELETE FROM nope`]);
list.add(
  'update where with a parameter compared to a column of another type',
  [withParams('UPDATE w SET s = $1 WHERE i = $2 RETURNING id', 'm', '10')],
  W,
);
list.add(
  'update where a text parameter for an int column is not an int is 22P02',
  [withParams('UPDATE w SET s = $1 WHERE i = $2', 'm', 'ten')],
  W,
);
list.add(
  'delete where id in a subquery of a parameter array',
  [withParams('DELETE FROM w WHERE id IN (SELECT unnest($1::int[])) RETURNING id', [1, 2, 3])],
  W,
);
list.add(
  'update set to a parameter reused in where',
  [withParams('UPDATE w SET s = $1 WHERE s IS DISTINCT FROM $1 RETURNING id', 'x')],
  W,
);

export default list.cases;
