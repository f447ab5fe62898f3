// Round 30 probe: money arithmetic a shop or ledger does on numeric(12,2) and bigint cents columns
// (discounts, tax, splits, currency conversion), stored back and returned: PostgreSQL rounds a
// numeric half away from zero to the column's scale on assignment, and prints each result at
// the scale its operator gives (manual 8.1.2, 9.3). Seeded values with halves and negatives.
import { rngOf } from './gen.mjs';

const SETUP = `CREATE TABLE lines (id int PRIMARY KEY, amount numeric(12,2) NOT NULL, qty int NOT NULL, cents bigint NOT NULL, rate numeric(6,4));
INSERT INTO lines VALUES (1, 10.00, 3, 1000, 0.1950), (2, 0.05, 7, 5, 1.0000), (3, -12.35, 2, -1235, 0.0725), (4, 99999.99, 1, 9999999, NULL), (5, 0.01, 333, 1, 0.3333);`;
const P = (sql, ...params) => ({ sql, params });
const r = rngOf(3501);
const factors = [
  '0.5',
  '1.005',
  '0.125',
  '-0.5',
  '3',
  '0.3333',
  '1.0725',
  '2.675',
  '0.015',
  '100',
  '0.0001',
  '-1.235',
];
const exprs = [
  (f) => [`UPDATE lines SET amount = amount * $1 RETURNING id, amount`, f],
  (f) => [`UPDATE lines SET amount = amount / $1 RETURNING id, amount`, f],
  (f) => [`UPDATE lines SET amount = amount + amount * $1 RETURNING id, amount`, f],
  (f) => [`UPDATE lines SET amount = round(amount * $1, 2) RETURNING id, amount`, f],
  (f) => [`UPDATE lines SET cents = round(cents * $1::numeric) RETURNING id, cents`, f],
  (f) => [`UPDATE lines SET cents = cents * $1::numeric RETURNING id, cents`, f],
  (f) => [`UPDATE lines SET amount = cents / 100.0 * $1 RETURNING id, amount`, f],
  (f) => [`SELECT id, amount * $1 AS v FROM lines ORDER BY id`, f],
  (f) => [`SELECT id, amount * qty * $1 AS v FROM lines ORDER BY id`, f],
  (f) => [`SELECT id, round(amount * $1, 2) AS v, trunc(amount * $1, 2) AS t FROM lines ORDER BY id`, f],
  (f) => [`SELECT sum(amount * $1) AS s, sum(round(amount * $1, 2)) AS sr FROM lines`, f],
  (f) => [`SELECT id, amount * rate * $1 AS v FROM lines ORDER BY id`, f],
  (f) => [`SELECT id, (amount * $1)::numeric(12,2) AS v, (amount * $1)::int AS i FROM lines ORDER BY id`, f],
  (f) => [`SELECT id, cents * $1::numeric / 100 AS v FROM lines ORDER BY id`, f],
  (f) => [`INSERT INTO lines VALUES (9, $1, 1, 0, NULL) RETURNING amount, amount * 2 AS d`, f],
  (f) => [`INSERT INTO lines VALUES (9, $1::numeric * 3, 1, 0, NULL) RETURNING amount`, f],
  (f) => [`UPDATE lines SET rate = rate * $1 RETURNING id, rate`, f],
  (f) => [`SELECT id, amount - $1 AS v, $1 - amount AS w, -amount + $1 AS x FROM lines ORDER BY id`, f],
  (f) => [
    `SELECT id, greatest(amount, $1::numeric) AS g, least(amount * 2, $1::numeric) AS l FROM lines ORDER BY id`,
    f,
  ],
  (f) => [`SELECT id, amount > $1 AS gt, amount = $1 AS eq FROM lines ORDER BY id`, f],
];
const cases = [];
for (let i = 0; i < 240; i += 1) {
  const [sql, f] = r.pick(exprs)(r.pick(factors));
  const literal = r.bool();
  const step = literal ? sql.replaceAll('$1::numeric', `${f}`).replaceAll('$1', `${f}`) : P(sql, f);
  cases.push({
    name: `r30 money #${i + 1}`,
    setup: SETUP,
    steps: [step, 'SELECT id, amount, cents, rate FROM lines ORDER BY id'],
  });
}
export default cases;
