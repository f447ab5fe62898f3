// Round 30 probe: a simple-protocol string of several statements sent in a failed transaction,
// where a later statement has a placeholder without a value or another mistake: PostgreSQL
// checks each statement for the failed transaction as it reaches it, after running those before.
import { SCHEMA } from './gen.mjs';

const strings = [
  'ROLLBACK; SELECT $1',
  'ROLLBACK; SELECT nope FROM users',
  'COMMIT; SELECT $1',
  'SELECT $1; ROLLBACK',
  'SELECT 1; ROLLBACK',
  'ROLLBACK; SELECT id FROM users WHERE id = $2',
];
const cases = [];
strings.forEach((sql, i) => {
  cases.push({
    name: `r30 multi failed tx #${i + 1}`,
    setup: SCHEMA,
    steps: ['BEGIN', 'SELECT 1/0', sql, 'SELECT count(*) FROM tags', 'ROLLBACK'],
  });
});
export default cases;
