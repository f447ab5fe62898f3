// Round 30 probe: the "Failing row contains (...)" detail of 23502 and 23514 over a row of every
// type a repository stores (timestamps with fractions and zones as parameters, numeric scales,
// jsonb objects from JS, text[] with quotes and NULLs, uuid, enum, bool, bigint, interval, date).
const SETUP = `CREATE TYPE mood AS ENUM ('ok', 'sad');
CREATE TABLE things (id serial PRIMARY KEY, label text NOT NULL, qty int CHECK (qty > 0), price numeric(8,3), big bigint,
  flag boolean, at timestamptz, day date, ts timestamp, doc jsonb, tags text[], ref uuid, m mood, nums int[], note varchar(10));`;
const P = (sql, ...params) => ({ sql, params });
const values = [
  ['price', ['1.5', '0', '-2.25', 12.3456]],
  ['big', ['9007199254740993', -1, '0']],
  ['flag', [true, false]],
  [
    'at',
    [
      new Date('2024-03-10T12:34:56.789Z'),
      '2024-03-10 12:34:56.123456+02',
      '2024-03-10T00:00:00Z',
      '2024-12-31 23:59:59.9999995+00',
    ],
  ],
  ['day', ['2024-02-29', new Date('2024-02-29T00:00:00Z')]],
  ['ts', ['2024-01-01 00:00:00.5', new Date('2024-01-01T10:00:00.001Z')]],
  ['doc', [{ b: 1, a: [1, 'x', null], c: { d: true } }, [], 'str', { 'quote"d': 'a\\b' }, { n: 1.5 }]],
  ['tags', [['a', 'b c', null], [], ['"q"', 'x,y', '{z}'], ['NULL', '']]],
  ['ref', ['A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11']],
  ['m', ['ok']],
  ['nums', [[1, 2, 3], [], [null]]],
  ['note', ['hello', 'a,b (c)', ' ', 'é"\'x']],
];
const cases = [];
let i = 0;
for (const [col, vals] of values) {
  for (const v of vals) {
    for (const failing of ['qty', 'label']) {
      i += 1;
      const sql =
        failing === 'qty'
          ? `INSERT INTO things (label, qty, ${col}) VALUES ('x', 0, $1)`
          : `INSERT INTO things (label, qty, ${col}) VALUES (NULL, 1, $1)`;
      cases.push({ name: `r30 failing row ${col} ${failing} #${i}`, setup: SETUP, steps: [P(sql, v)] });
      i += 1;
      cases.push({
        name: `r30 failing row ${col} ${failing} update #${i}`,
        setup: SETUP,
        steps: [
          P(`INSERT INTO things (label, qty, ${col}) VALUES ('y', 1, $1) RETURNING ${col}`, v),
          failing === 'qty' ? 'UPDATE things SET qty = -qty' : 'UPDATE things SET label = NULL',
        ],
      });
    }
  }
}
export default cases;
