// Round 18 probe, repository writes part 10: where a parameter's input fails (at Bind, in the
// context of that parameter) and where the same value fails later, while the statement runs.
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases('r18 repo writes: bind context: ');

const T = `CREATE TABLE t (id int PRIMARY KEY, si smallint, bi bigint, n numeric(5,2), s text, vc varchar(3), b boolean, u uuid, at timestamptz, day date, tags text[], ids int[]);
INSERT INTO t (id, si, s) VALUES (1, 1, 'a');`;
const p = (name: string, sql: string, ...params: unknown[]) => list.params(name, sql, params, T);

p('an int parameter in a where comparison fails at Bind', 'UPDATE t SET s = $1 WHERE id = $2', 'x', 'one');
p(
  'a smallint comparison parameter out of range fails at Bind',
  'UPDATE t SET s = $1 WHERE si = $2',
  'x',
  '40000',
);
p('a bigint parameter out of range fails at Bind', 'DELETE FROM t WHERE bi = $1', '9223372036854775808');
p('a boolean parameter fails at Bind', 'UPDATE t SET b = $1 WHERE id = 1', 'maybe');
p('a date parameter fails at Bind', 'UPDATE t SET day = $1 WHERE id = 1', '2024-13-01');
p('a timestamptz parameter fails at Bind', 'UPDATE t SET at = $1 WHERE id = 1', 'not a time');
p('a uuid parameter in a where fails at Bind', 'DELETE FROM t WHERE u = $1', 'xyz');
p(
  'a numeric parameter beyond the column precision fails at assignment',
  'UPDATE t SET n = $1 WHERE id = 1',
  '1000',
);
p(
  'a varchar parameter beyond the column length fails at assignment',
  'UPDATE t SET vc = $1 WHERE id = 1',
  'abcd',
);
p('an int array parameter with a bad element fails at Bind', 'UPDATE t SET ids = $1 WHERE id = 1', '{1,x}');
p('an int array parameter in any() with a bad element fails at Bind', 'DELETE FROM t WHERE id = ANY($1)', [
  '1',
  'x',
]);
p('a malformed array literal parameter fails at Bind', 'UPDATE t SET tags = $1 WHERE id = 1', '{a,{b}');
p('a limit parameter that is not a number fails at Bind', 'SELECT id FROM t LIMIT $1', 'ten');
p(
  'an offset parameter out of bigint range fails at Bind',
  'SELECT id FROM t OFFSET $1',
  '99999999999999999999',
);
p('a negative limit parameter fails while running', 'SELECT id FROM t LIMIT $1', -1);
p('a cast of a text parameter fails while running', 'SELECT $1::text::int AS v', 'x');
p('an explicit int cast of a parameter fails at Bind', 'SELECT $1::int AS v', 'x');
p(
  'a parameter in arithmetic with an int column fails at Bind',
  'UPDATE t SET si = si + $1 WHERE id = 1 RETURNING si',
  'z',
);
p('a smallint column sum overflowing fails while running', 'UPDATE t SET si = si + $1 WHERE id = 1', 32767);
p('the first of two bad parameters is reported', 'UPDATE t SET si = $1 WHERE id = $2', 'a', 'b');
p(
  'a parameter in a values list of insert select fails at Bind',
  'INSERT INTO t (id, s) SELECT $1::int, $2',
  'q',
  's',
);
p(
  'an upsert parameter fails at Bind',
  'INSERT INTO t (id, s) VALUES ($1, $2) ON CONFLICT (id) DO UPDATE SET si = $3',
  1,
  'x',
  'big',
);
p(
  'a parameter with a long bad value is cut in the context',
  'UPDATE t SET si = $1 WHERE id = 1',
  'x'.repeat(100),
);
p('a parameter with a quote in a bad value', 'UPDATE t SET si = $1 WHERE id = 1', "it's");
p(
  'a Date parameter into a date column is fine',
  'UPDATE t SET day = $1 WHERE id = 1 RETURNING day',
  new Date('2024-06-15T00:00:00Z'),
);
p('a boolean JS value into an int comparison fails at Bind', 'DELETE FROM t WHERE id = $1', true);
p('an object parameter into a uuid column fails at Bind', 'UPDATE t SET u = $1 WHERE id = 1', { a: 1 });

export default list.cases;
