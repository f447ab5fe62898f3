// Round 30 probe: a statement whose written constant fails its column type's input (PostgreSQL
// coerces it during parse analysis, at Parse) sent with a value that fails its own input at Bind,
// or with the wrong count of values: the constant's error comes first.
const SETUP = `CREATE TYPE mood AS ENUM ('ok', 'sad');
CREATE TABLE t (id int PRIMARY KEY, n int, day date, ref uuid, m mood, doc jsonb, tags int[], at timestamptz, amount numeric(6,2), flag boolean);
INSERT INTO t VALUES (1, 1, '2024-01-01', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', 'ok', '{}', '{1}', '2024-01-01 00:00+00', 1.00, true);`;
const P = (sql, ...params) => ({ sql, params });
const constants = [
  "n > 'abc'",
  "n = '99999999999'",
  "day = '2024-13-01'",
  "day < '2024-02-30'",
  "ref = 'not-a-uuid'",
  "m = 'happy'",
  "doc @> '{bad json'",
  "tags @> '{1,2'",
  "at > 'yesterday-ish'",
  "amount = '1.2.3'",
  "flag = 'maybe'",
  "n IN (1, 'two')",
  "n BETWEEN 'a' AND 5",
  "'x'::int = n",
  "n = 1 OR day = 'soon'",
];
const bad = [
  ['id = $1', ['x']],
  ['id = $1', [1, 2]],
  ['id = $1 AND id = $2', [1]],
  ['ref = $1', ['zz']],
  ['id = $1', [1]],
];
const cases = [];
constants.forEach((constant, i) => {
  bad.forEach(([where, values], j) => {
    cases.push({
      name: `r30 literal before bind #${i + 1}.${j + 1}`,
      setup: SETUP,
      steps: [P(`SELECT id FROM t WHERE ${where} AND ${constant}`, ...values)],
    });
  });
  cases.push({
    name: `r30 literal before bind update #${i + 1}`,
    setup: SETUP,
    steps: [P(`UPDATE t SET n = $1 WHERE ${constant}`, 'x')],
  });
  cases.push({
    name: `r30 literal before bind delete #${i + 1}`,
    setup: SETUP,
    steps: [P(`DELETE FROM t WHERE id = $1 AND ${constant}`, 1, 2)],
  });
});
[
  ["INSERT INTO t (id, n) VALUES ($1, 'abc')", ['x']],
  ["INSERT INTO t (id, day) VALUES ($1, '2024-02-30')", ['x']],
  ["INSERT INTO t (id, m) VALUES ($1, 'happy')", [1, 2]],
  ["INSERT INTO t (id, doc) VALUES ($1, '{x')", ['x']],
  ["UPDATE t SET day = 'never' WHERE id = $1", ['x']],
  ["UPDATE t SET n = $1, ref = 'x'", ['y']],
  ["SELECT $1::int + 'abc'", ['x']],
  ["SELECT 'abc'::int, $1::int", ['x']],
  ["SELECT id FROM t WHERE n = $1 ORDER BY 'abc'::int", ['x']],
].forEach(([sql, values], i) => {
  cases.push({ name: `r30 literal before bind write #${i + 1}`, setup: SETUP, steps: [P(sql, ...values)] });
});
export default cases;
