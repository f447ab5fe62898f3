// Round 20 probe, utility: PostgreSQL 15 docs SQL commands DECLARE, FETCH, MOVE, CLOSE and the
// pg_cursors view (54.6): cursor directions, SCROLL / NO SCROLL, WITH HOLD across COMMIT, cursors
// outside a transaction block (25P01), cursors and savepoints.
import { ProbeCases, type ProbeStep, withParams } from '../probe-kit.js';

const list = new ProbeCases('r20 utility: cursors: ');
const add = (name: string, steps: ProbeStep[], setup?: string) => list.add(name, steps, setup);
const two = (sql: string): ProbeStep => ({ sql, client: 'second' });
const T = `CREATE TABLE t (id int PRIMARY KEY, v text); INSERT INTO t SELECT g, 'v' || g FROM generate_series(1, 5) g`;
const C = 'DECLARE c CURSOR FOR SELECT id, v FROM t ORDER BY id';
const S = 'DECLARE c SCROLL CURSOR FOR SELECT id, v FROM t ORDER BY id';
const NS = 'DECLARE c NO SCROLL CURSOR FOR SELECT id, v FROM t ORDER BY id';
const CURSORS = 'SELECT name, statement, is_holdable, is_binary, is_scrollable FROM pg_cursors ORDER BY name';
const tx = (name: string, steps: string[], decl = C) => add(name, ['BEGIN', decl, ...steps, 'COMMIT'], T);

// ---------------------------------------------------------------- DECLARE
add('declare outside transaction', [C], T);
add('declare outside transaction then fetch', [C, 'FETCH c'], T);
add(
  'declare with hold outside transaction',
  ['DECLARE c CURSOR WITH HOLD FOR SELECT id FROM t ORDER BY id', 'FETCH ALL FROM c', 'CLOSE c'],
  T,
);
add('declare inside transaction command tag', ['BEGIN', C, 'ROLLBACK'], T);
add('declare duplicate name', ['BEGIN', C, C, 'ROLLBACK'], T);
add('declare duplicate name aborts transaction', ['BEGIN', C, C, 'FETCH c', 'ROLLBACK'], T);
add('declare on missing table', ['BEGIN', 'DECLARE c CURSOR FOR SELECT * FROM nope', 'ROLLBACK']);
add('declare for values', ['BEGIN', 'DECLARE c CURSOR FOR VALUES (1), (2), (3)', 'FETCH ALL c', 'COMMIT']);
add(
  'declare for insert rejected',
  ['BEGIN', "DECLARE c CURSOR FOR INSERT INTO t VALUES (9, 'x')", 'ROLLBACK'],
  T,
);
add(
  'declare for update returning rejected',
  ['BEGIN', "DECLARE c CURSOR FOR UPDATE t SET v = 'x' RETURNING id", 'ROLLBACK'],
  T,
);
add('declare binary cursor listed', ['BEGIN', 'DECLARE c BINARY CURSOR FOR SELECT 1', CURSORS, 'ROLLBACK']);
add(
  'declare insensitive',
  ['BEGIN', 'DECLARE c INSENSITIVE CURSOR FOR SELECT id FROM t ORDER BY id', 'FETCH 2 c', 'COMMIT'],
  T,
);
add(
  'declare asensitive',
  ['BEGIN', 'DECLARE c ASENSITIVE CURSOR FOR SELECT id FROM t ORDER BY id', 'FETCH 2 c', 'COMMIT'],
  T,
);
add(
  'declare without hold explicit',
  ['BEGIN', 'DECLARE c CURSOR WITHOUT HOLD FOR SELECT id FROM t ORDER BY id', 'FETCH 1 c', 'COMMIT'],
  T,
);
add(
  'declare for update cursor',
  ['BEGIN', 'DECLARE c CURSOR FOR SELECT id FROM t ORDER BY id FOR UPDATE', 'FETCH 1 c', 'COMMIT'],
  T,
);
add(
  'declare scroll for update rejected',
  ['BEGIN', 'DECLARE c SCROLL CURSOR FOR SELECT id FROM t FOR UPDATE', 'ROLLBACK'],
  T,
);
add(
  'declare hold for update rejected',
  ['BEGIN', 'DECLARE c CURSOR WITH HOLD FOR SELECT id FROM t FOR UPDATE', 'ROLLBACK'],
  T,
);
add(
  'declare with parameter',
  [
    'BEGIN',
    withParams('DECLARE c CURSOR FOR SELECT id FROM t WHERE id > $1 ORDER BY id', 3),
    'FETCH ALL c',
    'COMMIT',
  ],
  T,
);
add(
  'declare quoted name',
  [
    'BEGIN',
    'DECLARE "My Cur" CURSOR FOR SELECT id FROM t ORDER BY id',
    'FETCH 1 "My Cur"',
    'CLOSE "My Cur"',
    'COMMIT',
  ],
  T,
);
add(
  'declare case folded name',
  ['BEGIN', 'DECLARE MyCur CURSOR FOR SELECT id FROM t ORDER BY id', 'FETCH 1 mycur', 'COMMIT'],
  T,
);

// ---------------------------------------------------------------- FETCH directions
tx('fetch default one row', ['FETCH c']);
tx('fetch next', ['FETCH NEXT FROM c', 'FETCH NEXT FROM c']);
tx('fetch count', ['FETCH 3 FROM c']);
tx('fetch count in', ['FETCH 2 IN c']);
tx('fetch forward count', ['FETCH FORWARD 2 FROM c', 'FETCH FORWARD 2 FROM c']);
tx('fetch forward default', ['FETCH FORWARD FROM c']);
tx('fetch all', ['FETCH ALL FROM c']);
tx('fetch all then next empty', ['FETCH ALL FROM c', 'FETCH NEXT FROM c']);
tx('fetch forward all', ['FETCH 1 FROM c', 'FETCH FORWARD ALL FROM c']);
tx('fetch past end', ['FETCH 10 FROM c']);
tx('fetch zero re-fetches current', ['FETCH 2 FROM c', 'FETCH 0 FROM c']);
tx('fetch forward zero', ['FETCH 2 FROM c', 'FETCH FORWARD 0 FROM c']);
tx('fetch zero before start', ['FETCH 0 FROM c']);
tx('fetch relative zero', ['FETCH 2 FROM c', 'FETCH RELATIVE 0 FROM c']);
tx('scroll fetch prior', ['FETCH 3 FROM c', 'FETCH PRIOR FROM c'], S);
tx('scroll fetch prior at start', ['FETCH PRIOR FROM c'], S);
tx('scroll fetch first', ['FETCH 3 FROM c', 'FETCH FIRST FROM c'], S);
tx('scroll fetch last', ['FETCH LAST FROM c', 'FETCH NEXT FROM c'], S);
tx('scroll fetch last then prior', ['FETCH LAST FROM c', 'FETCH PRIOR FROM c'], S);
tx('scroll fetch absolute', ['FETCH ABSOLUTE 3 FROM c'], S);
tx('scroll fetch absolute negative', ['FETCH ABSOLUTE -1 FROM c', 'FETCH ABSOLUTE -2 FROM c'], S);
tx('scroll fetch absolute zero', ['FETCH 2 c', 'FETCH ABSOLUTE 0 FROM c', 'FETCH NEXT FROM c'], S);
tx('scroll fetch absolute beyond', ['FETCH ABSOLUTE 9 FROM c', 'FETCH PRIOR FROM c'], S);
tx('scroll fetch absolute beyond negative', ['FETCH ABSOLUTE -9 FROM c', 'FETCH NEXT FROM c'], S);
tx('scroll fetch relative', ['FETCH 1 c', 'FETCH RELATIVE 2 FROM c', 'FETCH RELATIVE -1 FROM c'], S);
tx('scroll fetch relative beyond', ['FETCH RELATIVE 9 FROM c', 'FETCH RELATIVE -1 FROM c'], S);
tx('scroll fetch backward', ['FETCH ALL c', 'FETCH BACKWARD 2 FROM c'], S);
tx('scroll fetch backward default', ['FETCH 3 c', 'FETCH BACKWARD FROM c'], S);
tx('scroll fetch backward all', ['FETCH 4 c', 'FETCH BACKWARD ALL FROM c'], S);
tx('scroll fetch backward zero', ['FETCH 3 c', 'FETCH BACKWARD 0 FROM c'], S);
tx('scroll fetch negative count', ['FETCH ALL c', 'FETCH -2 FROM c'], S);
tx('scroll fetch forward negative', ['FETCH 4 c', 'FETCH FORWARD -2 FROM c'], S);
tx('scroll fetch backward negative', ['FETCH 1 c', 'FETCH BACKWARD -2 FROM c'], S);
tx('scroll fetch all twice from last', ['FETCH LAST c', 'FETCH BACKWARD ALL c', 'FETCH ALL c'], S);
add('no scroll fetch prior', ['BEGIN', NS, 'FETCH 2 c', 'FETCH PRIOR FROM c', 'ROLLBACK'], T);
add('no scroll fetch backward', ['BEGIN', NS, 'FETCH 2 c', 'FETCH BACKWARD 1 FROM c', 'ROLLBACK'], T);
add('no scroll fetch first', ['BEGIN', NS, 'FETCH 2 c', 'FETCH FIRST FROM c', 'ROLLBACK'], T);
add('no scroll fetch absolute back', ['BEGIN', NS, 'FETCH 3 c', 'FETCH ABSOLUTE 1 FROM c', 'ROLLBACK'], T);
add(
  'no scroll fetch absolute forward',
  ['BEGIN', NS, 'FETCH ABSOLUTE 2 FROM c', 'FETCH ABSOLUTE 4 FROM c', 'COMMIT'],
  T,
);
add('no scroll fetch last', ['BEGIN', NS, 'FETCH LAST FROM c', 'COMMIT'], T);
add(
  'no scroll fetch relative negative',
  ['BEGIN', NS, 'FETCH 3 c', 'FETCH RELATIVE -1 FROM c', 'ROLLBACK'],
  T,
);
add(
  'no scroll error aborts transaction',
  ['BEGIN', NS, 'FETCH 2 c', 'FETCH PRIOR c', 'FETCH c', 'ROLLBACK'],
  T,
);
add('no scroll fetch zero', ['BEGIN', NS, 'FETCH 2 c', 'FETCH 0 c', 'ROLLBACK'], T);
add('fetch missing cursor', ['BEGIN', 'FETCH c', 'ROLLBACK']);
add('fetch missing cursor outside transaction', ['FETCH c']);
add('fetch from closed cursor', ['BEGIN', C, 'CLOSE c', 'FETCH c', 'ROLLBACK'], T);
add('fetch result columns of expressions', [
  'BEGIN',
  "DECLARE c CURSOR FOR SELECT 1 AS a, 'x'::text AS b, 2.5::numeric AS n",
  'FETCH c',
  'COMMIT',
]);
add(
  'fetch empty query cursor',
  ['BEGIN', 'DECLARE c CURSOR FOR SELECT id FROM t WHERE false', 'FETCH ALL c', 'COMMIT'],
  T,
);
add('fetch with params on extended protocol', ['BEGIN', C, withParams('FETCH 2 FROM c'), 'COMMIT'], T);
add('fetch count as parameter rejected', ['BEGIN', C, withParams('FETCH $1 FROM c', 2), 'ROLLBACK'], T);

// ---------------------------------------------------------------- MOVE
tx('move then fetch', ['MOVE 2 FROM c', 'FETCH c']);
tx('move command tag count', ['MOVE 3 c']);
tx('move all count', ['MOVE ALL FROM c']);
tx('move past end count', ['MOVE 9 IN c']);
tx('move forward all then fetch', ['MOVE FORWARD ALL c', 'FETCH c']);
tx('move next', ['MOVE NEXT c', 'FETCH c']);
tx('scroll move last then fetch prior', ['MOVE LAST c', 'FETCH PRIOR c'], S);
tx('scroll move absolute', ['MOVE ABSOLUTE 4 c', 'FETCH 0 c'], S);
tx('scroll move backward all', ['FETCH ALL c', 'MOVE BACKWARD ALL c', 'FETCH c'], S);
tx('scroll move first', ['MOVE 3 c', 'MOVE FIRST c', 'FETCH c'], S);
tx('scroll move prior', ['MOVE 3 c', 'MOVE PRIOR c', 'FETCH c'], S);
tx('scroll move relative', ['MOVE RELATIVE 3 c', 'FETCH RELATIVE 0 c'], S);
add('no scroll move backward', ['BEGIN', NS, 'MOVE 3 c', 'MOVE BACKWARD 1 c', 'ROLLBACK'], T);
add('move missing cursor', ['BEGIN', 'MOVE c', 'ROLLBACK']);

// ---------------------------------------------------------------- CLOSE
add('close command tag', ['BEGIN', C, 'CLOSE c', 'COMMIT'], T);
add('close missing', ['BEGIN', 'CLOSE c', 'ROLLBACK']);
add('close missing outside transaction', ['CLOSE c']);
add('close all', ['BEGIN', C, 'DECLARE d CURSOR FOR SELECT 1', 'CLOSE ALL', CURSORS, 'COMMIT'], T);
add('close all with none', ['CLOSE ALL']);
add('close all in transaction with none', ['BEGIN', 'CLOSE ALL', 'COMMIT']);
add('close twice', ['BEGIN', C, 'CLOSE c', 'CLOSE c', 'ROLLBACK'], T);
add('close then redeclare', ['BEGIN', C, 'FETCH c', 'CLOSE c', C, 'FETCH c', 'COMMIT'], T);
add('cursor closed at commit', ['BEGIN', C, 'COMMIT', 'FETCH c'], T);
add('cursor closed at rollback', ['BEGIN', C, 'ROLLBACK', 'FETCH c'], T);
add('cursor gone after commit pg_cursors', ['BEGIN', C, 'COMMIT', CURSORS], T);

// ---------------------------------------------------------------- WITH HOLD
add(
  'with hold survives commit',
  [
    'BEGIN',
    'DECLARE c CURSOR WITH HOLD FOR SELECT id FROM t ORDER BY id',
    'FETCH 1 c',
    'COMMIT',
    'FETCH 2 c',
    'CLOSE c',
  ],
  T,
);
add(
  'with hold listed after commit',
  ['BEGIN', 'DECLARE c CURSOR WITH HOLD FOR SELECT id FROM t ORDER BY id', 'COMMIT', CURSORS, 'CLOSE c'],
  T,
);
add(
  'with hold sees snapshot not later insert',
  [
    'BEGIN',
    'DECLARE c CURSOR WITH HOLD FOR SELECT id FROM t ORDER BY id',
    'COMMIT',
    "INSERT INTO t VALUES (6, 'v6')",
    'FETCH ALL c',
    'CLOSE c',
  ],
  T,
);
add(
  'with hold removed by rollback',
  ['BEGIN', 'DECLARE c CURSOR WITH HOLD FOR SELECT id FROM t ORDER BY id', 'ROLLBACK', 'FETCH c'],
  T,
);
add(
  'with hold scroll after commit',
  [
    'BEGIN',
    'DECLARE c SCROLL CURSOR WITH HOLD FOR SELECT id FROM t ORDER BY id',
    'COMMIT',
    'FETCH LAST c',
    'FETCH FIRST c',
    'CLOSE c',
  ],
  T,
);
add(
  'with hold fetch outside transaction',
  [
    'BEGIN',
    'DECLARE c CURSOR WITH HOLD FOR SELECT id FROM t ORDER BY id',
    'COMMIT',
    'FETCH c',
    'FETCH c',
    'CLOSE c',
    'FETCH c',
  ],
  T,
);
add(
  'with hold not visible to second session',
  [
    'BEGIN',
    'DECLARE c CURSOR WITH HOLD FOR SELECT id FROM t ORDER BY id',
    'COMMIT',
    two('FETCH c'),
    'CLOSE c',
  ],
  T,
);
add('with hold closed by close all', [
  'BEGIN',
  'DECLARE c CURSOR WITH HOLD FOR SELECT 1',
  'COMMIT',
  'CLOSE ALL',
  CURSORS,
]);
add('with hold declared in later transaction rollback keeps earlier', [
  'BEGIN',
  'DECLARE a CURSOR WITH HOLD FOR SELECT 1 AS x',
  'COMMIT',
  'BEGIN',
  'DECLARE b CURSOR WITH HOLD FOR SELECT 2 AS x',
  'ROLLBACK',
  CURSORS,
  'CLOSE ALL',
]);
add(
  'with hold fetched in later aborted transaction keeps position',
  [
    'BEGIN',
    'DECLARE c CURSOR WITH HOLD FOR SELECT id FROM t ORDER BY id',
    'COMMIT',
    'BEGIN',
    'FETCH 2 c',
    'ROLLBACK',
    'FETCH c',
    'CLOSE c',
  ],
  T,
);

// ---------------------------------------------------------------- pg_cursors
add('pg_cursors empty', [CURSORS]);
add('pg_cursors lists declared', ['BEGIN', C, CURSORS, 'COMMIT'], T);
add(
  'pg_cursors scrollable flags',
  ['BEGIN', S, 'DECLARE d NO SCROLL CURSOR FOR SELECT 1', CURSORS, 'COMMIT'],
  T,
);
add(
  'pg_cursors default scrollability simple plan',
  ['BEGIN', 'DECLARE c CURSOR FOR SELECT id FROM t', CURSORS, 'COMMIT'],
  T,
);
add('pg_cursors holdable flag', [
  'BEGIN',
  'DECLARE c CURSOR WITH HOLD FOR SELECT 1',
  CURSORS,
  'COMMIT',
  'CLOSE c',
]);
add('pg_cursors not shared between sessions', ['BEGIN', C, two(CURSORS), 'COMMIT'], T);
add('pg_cursors column types', [
  "SELECT pg_typeof(name)::text AS n, pg_typeof(statement)::text AS s, pg_typeof(is_holdable)::text AS h FROM pg_cursors UNION ALL SELECT 'x','y','z' ORDER BY 1",
]);
add(
  'pg_cursors count after close',
  [
    'BEGIN',
    C,
    'DECLARE d CURSOR FOR SELECT 1',
    'CLOSE c',
    'SELECT count(*)::int AS n FROM pg_cursors',
    'COMMIT',
  ],
  T,
);

// ---------------------------------------------------------------- cursors and savepoints
add(
  'cursor declared in rolled back savepoint is gone',
  ['BEGIN', 'SAVEPOINT s', C, 'ROLLBACK TO s', 'FETCH c', 'ROLLBACK'],
  T,
);
add(
  'cursor declared before savepoint survives rollback to',
  ['BEGIN', C, 'SAVEPOINT s', 'FETCH 1 c', 'ROLLBACK TO s', 'FETCH 1 c', 'COMMIT'],
  T,
);
add(
  'cursor declared in released savepoint survives',
  ['BEGIN', 'SAVEPOINT s', C, 'RELEASE s', 'FETCH c', 'COMMIT'],
  T,
);
add(
  'cursor closed in rolled back savepoint',
  ['BEGIN', C, 'SAVEPOINT s', 'CLOSE c', 'ROLLBACK TO s', 'FETCH c', 'ROLLBACK'],
  T,
);
add(
  'cursor failing in savepoint',
  ['BEGIN', NS, 'SAVEPOINT s', 'FETCH 2 c', 'FETCH PRIOR c', 'ROLLBACK TO s', 'FETCH c', 'ROLLBACK'],
  T,
);
add(
  'cursor sees own transaction writes',
  ['BEGIN', "INSERT INTO t VALUES (6, 'v6')", C, 'FETCH ALL c', 'ROLLBACK'],
  T,
);
add(
  'cursor does not see writes after declare',
  ['BEGIN', C, "INSERT INTO t VALUES (0, 'v0')", 'FETCH ALL c', 'ROLLBACK'],
  T,
);
add(
  'cursor where current of update',
  [
    'BEGIN',
    'DECLARE c CURSOR FOR SELECT id FROM t ORDER BY id FOR UPDATE',
    'FETCH 2 c',
    "UPDATE t SET v = 'cur' WHERE CURRENT OF c",
    'COMMIT',
    'SELECT id, v FROM t ORDER BY id',
  ],
  T,
);
add(
  'cursor where current of delete',
  [
    'BEGIN',
    'DECLARE c CURSOR FOR SELECT id FROM t ORDER BY id FOR UPDATE',
    'FETCH 1 c',
    'DELETE FROM t WHERE CURRENT OF c',
    'COMMIT',
    'SELECT id FROM t ORDER BY id',
  ],
  T,
);
add(
  'where current of missing cursor',
  ['BEGIN', "UPDATE t SET v = 'x' WHERE CURRENT OF nope", 'ROLLBACK'],
  T,
);
add(
  'where current of before fetch',
  [
    'BEGIN',
    'DECLARE c CURSOR FOR SELECT id FROM t FOR UPDATE',
    "UPDATE t SET v = 'x' WHERE CURRENT OF c",
    'ROLLBACK',
  ],
  T,
);
add(
  'cursor on second session independent',
  ['BEGIN', C, 'FETCH 1 c', two('BEGIN'), two(C), two('FETCH 2 c'), 'FETCH 1 c', two('ROLLBACK'), 'COMMIT'],
  T,
);

export default list.cases;
