const T = "CREATE TABLE t (a int, b int, c text, d date); INSERT INTO t VALUES (1, 0, 'x', '2024-01-01')";
const q = (name: string, sql: string) => ({ name, setup: T, steps: [sql] });
export default [
  q('update bad literal then unknown column', "UPDATE t SET a = 'x', b = nosuch"),
  q('update unknown target then unknown value', 'UPDATE t SET zz = 1, b = nosuch'),
  q('update bad literal then unknown target', "UPDATE t SET a = 'x', zz = 1"),
  q('update bad date then unknown fn', "UPDATE t SET d = 'bad', c = nosuchfn(1)"),
  q('update type mismatch then unknown column', 'UPDATE t SET a = c, b = nosuch'),
  q('update type mismatch then bad literal', "UPDATE t SET a = c, b = 'x'"),
  q('update bad literal and unknown in returning', "UPDATE t SET a = 'x' RETURNING nosuch"),
  q('update bad literal and unknown in where', "UPDATE t SET a = 'x' WHERE nosuch > 0"),
  q('insert bad literal then unknown column', "INSERT INTO t (a, b) VALUES ('x', nosuch)"),
  q('insert bad literal then type mismatch', "INSERT INTO t (a, b) VALUES ('x', 'y'::text)"),
  q('insert type mismatch then bad literal', "INSERT INTO t (a, b) VALUES ('y'::text, 'x')"),
  q('insert unknown target and unknown value', 'INSERT INTO t (zz) VALUES (nosuch)'),
  q('insert two rows bad literal then unknown', "INSERT INTO t (a, b) VALUES (1, 2), ('x', nosuch)"),
  q('insert two rows unknown in first bad in second', "INSERT INTO t (a, b) VALUES (1, nosuch), ('x', 2)"),
  q('insert bad literal and unknown in returning', "INSERT INTO t (a) VALUES ('x') RETURNING nosuch"),
  q(
    'insert on conflict set bad literal and unknown',
    'INSERT INTO t (a) VALUES (1) ON CONFLICT DO NOTHING RETURNING nosuch',
  ),
  q('insert select bad literal then unknown', "INSERT INTO t (a, b) SELECT 'x', nosuch"),
  q('insert bad date and bad int', "INSERT INTO t (d, a) VALUES ('bad', 'x')"),
  q('update set row bad', "UPDATE t SET (a, b) = ('x', nosuch)"),
  q('update varchar too long and unknown', "UPDATE t SET c = repeat('x', 3), a = nosuch"),
];
