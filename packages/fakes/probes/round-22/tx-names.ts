// Round 22 probe (h132), transactions part 8: savepoint names as PostgreSQL's grammar reads them
// (SAVEPOINT, RELEASE SAVEPOINT, ROLLBACK TO SAVEPOINT take a ColId: an identifier or a keyword that
// is not reserved, truncated to 63 bytes), and the spellings of the transaction statements.
import { ProbeCases, type ProbeStep } from '../probe-kit.js';

const list = new ProbeCases('r22 tx: names: ');
const add = (name: string, steps: ProbeStep[], setup?: string) => list.add(name, steps, setup);
const LONG = 'a'.repeat(63);

for (const word of ['select', 'all', 'user', 'table', 'order', 'from', 'check', 'default', 'end', 'to']) {
  add(`reserved word ${word} as savepoint name`, ['BEGIN', `SAVEPOINT ${word}`, 'SELECT 1', 'ROLLBACK']);
  add(`reserved word ${word} quoted as savepoint name`, [
    'BEGIN',
    `SAVEPOINT "${word}"`,
    `RELEASE "${word}"`,
    'COMMIT',
  ]);
}
for (const word of ['name', 'savepoint', 'work', 'transaction', 'level', 'text', 'commit', 'release']) {
  add(`unreserved word ${word} as savepoint name`, [
    'BEGIN',
    `SAVEPOINT ${word}`,
    `ROLLBACK TO SAVEPOINT ${word}`,
    `RELEASE SAVEPOINT ${word}`,
    'COMMIT',
  ]);
}
add('number as savepoint name', ['BEGIN', 'SAVEPOINT 1', 'SELECT 1', 'ROLLBACK']);
add('digits after letters', ['BEGIN', 'SAVEPOINT s1', 'ROLLBACK TO s1', 'COMMIT']);
add('name with dollar', ['BEGIN', 'SAVEPOINT s$1', 'ROLLBACK TO s$1', 'COMMIT']);
add('long name truncated to 63', [
  'BEGIN',
  `SAVEPOINT ${LONG}x`,
  `ROLLBACK TO ${LONG}y`,
  `RELEASE ${LONG}`,
  'COMMIT',
]);
add('long quoted name truncated', ['BEGIN', `SAVEPOINT "${LONG}XY"`, `ROLLBACK TO "${LONG}XZ"`, 'COMMIT']);
add('quoted name with space', [
  'BEGIN',
  'SAVEPOINT "a b"',
  'ROLLBACK TO SAVEPOINT "a b"',
  'RELEASE "a b"',
  'COMMIT',
]);
add('quoted name with doubled quote', ['BEGIN', 'SAVEPOINT "a""b"', 'ROLLBACK TO "a""b"', 'COMMIT']);
add('empty quoted name', ['BEGIN', 'SAVEPOINT ""', 'ROLLBACK']);
add('unicode name', ['BEGIN', 'SAVEPOINT café', 'ROLLBACK TO café', 'COMMIT']);
add('comment before savepoint', ['BEGIN', '/* c */ SAVEPOINT s', '-- c\nROLLBACK TO s', 'COMMIT']);
add('comment after savepoint', ['BEGIN', 'SAVEPOINT s -- c', 'RELEASE s /* c */', 'COMMIT']);
add('savepoint without name', ['BEGIN', 'SAVEPOINT', 'ROLLBACK']);
add('savepoint two names', ['BEGIN', 'SAVEPOINT a b', 'ROLLBACK']);
add('release without name', ['BEGIN', 'RELEASE', 'ROLLBACK']);
add('release savepoint keyword only', ['BEGIN', 'SAVEPOINT savepoint', 'RELEASE SAVEPOINT', 'ROLLBACK']);
add('rollback to savepoint keyword only', [
  'BEGIN',
  'SAVEPOINT savepoint',
  'ROLLBACK TO savepoint',
  'COMMIT',
]);
add('rollback work to', [
  'BEGIN',
  'SAVEPOINT s',
  'ROLLBACK WORK TO SAVEPOINT s',
  'ROLLBACK TRANSACTION TO s',
  'COMMIT',
]);
add('rollback to savepoint with semicolons', ['BEGIN', 'SAVEPOINT s;', 'ROLLBACK TO s ; ', 'COMMIT;']);
add('mixed case keywords', [
  'Begin Work',
  'SavePoint S',
  'Rollback To SavePoint s',
  'Release SAVEPOINT S',
  'Commit Work',
]);
add('begin with comment', ['/* x */ BEGIN', 'SELECT 1 AS x', '-- y\nCOMMIT']);
add('begin trailing comment', ['BEGIN -- start', 'COMMIT /* end */']);
add('begin isolation misspelled', ['BEGIN ISOLATION LEVEL SERIALISABLE', 'SELECT 1']);
add('begin read only twice', ['BEGIN READ ONLY READ ONLY', 'SHOW transaction_read_only', 'COMMIT']);
add('commit and chain spelled', [
  'BEGIN',
  'COMMIT AND NO CHAIN',
  'BEGIN',
  'COMMIT WORK AND CHAIN',
  'SHOW transaction_isolation',
  'END TRANSACTION AND NO CHAIN',
]);
add('rollback transaction and chain', [
  'BEGIN ISOLATION LEVEL SERIALIZABLE',
  'ROLLBACK TRANSACTION AND CHAIN',
  'SHOW transaction_isolation',
  'ABORT WORK',
]);
add('start transaction tag', ['START TRANSACTION', 'COMMIT']);
add('begin transaction then start transaction', ['BEGIN TRANSACTION', 'START TRANSACTION', 'COMMIT']);
add('commit with garbage', ['BEGIN', 'COMMIT NOW', 'ROLLBACK']);
add('savepoint name folded in release', ['BEGIN', 'SAVEPOINT "S"', 'RELEASE s', 'ROLLBACK']);

export default list.cases;
