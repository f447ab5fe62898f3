// Round 28: a seeded generator of conditions placed where PostgreSQL's planner moves them: WHERE,
// HAVING (moved to WHERE without an aggregate), an inner join's ON (a constant one gates the
// plan), a LEFT JOIN's ON (a joined table's own condition filters its scan; a constant one is a
// join filter), over tables with rows or none: conditions that fail (a subquery of several rows,
// a division by zero, by a column, folded or not), constants and parameters false, stable calls.
import { SeededRandom } from '@seams/contracts';
import type { ProbeCase, ProbeStep } from '../probe-kit.js';

const SHOP = `CREATE TABLE customers (id int PRIMARY KEY, name text NOT NULL, city text);
CREATE TABLE orders (id int PRIMARY KEY, customer_id int, qty int, total numeric(10,2), status text);
INSERT INTO customers VALUES (1, 'ann', 'oslo'), (2, 'bob', 'rome'), (3, 'cy', NULL);`;
const ROWS = `${SHOP}
INSERT INTO orders VALUES (10, 1, 2, 20.00, 'new'), (11, 1, 0, 5.00, 'paid'), (12, 2, 1, 7.50, 'new'), (13, NULL, 3, 1.00, NULL), (14, 9, 0, 2.00, 'new');`;

const CONSTANT = [
  '(SELECT id FROM customers) > 0',
  '(SELECT count(*) FROM customers) > 5',
  '1 / 0 = 1',
  '1 = 2',
  "now() < '2000-01-01'",
  "now() > '2000-01-01'",
  'EXISTS (SELECT 1 FROM customers WHERE false)',
  '$1::boolean',
  '10 / $2::int > 1',
  "length('abc') > 1",
];
const ROW = [
  '10 / o.qty > 1',
  'o.qty <> 0',
  "o.status = 'new'",
  'o.total / o.qty > 1',
  'o.qty > 0',
  'o.customer_id IS NOT NULL',
];
const AGGREGATE = ['count(*) > 1', 'sum(o.qty) / min(o.qty) > 0', 'max(o.total) > 10', 'count(*) > 100'];

function conjunction(rng: SeededRandom, pools: readonly (readonly string[])[], size: number): string[] {
  return Array.from({ length: size }, () => rng.pick(rng.pick(pools)));
}

export function oneTimeCases(seed: number, count: number): ProbeCase[] {
  const rng = new SeededRandom(seed);
  const cases: ProbeCase[] = [];
  const seen = new Set<string>();
  for (let attempt = 0; cases.length < count && attempt < count * 10; attempt++) {
    const join = rng.pick(['', 'inner', 'left']);
    const grouped = rng.chance(0.5);
    const on =
      join === ''
        ? ''
        : ` ${join === 'inner' ? 'JOIN' : 'LEFT JOIN'} customers c ON c.id = o.customer_id${conjunction(
            rng,
            [CONSTANT, ROW],
            rng.int(0, 2),
          )
            .map((condition) => ` AND ${condition}`)
            .join('')}`;
    const whereParts = conjunction(rng, [CONSTANT, ROW], rng.int(0, 2));
    const havingParts = grouped
      ? conjunction(rng, [CONSTANT, AGGREGATE, ['o.customer_id > 0', 'o.customer_id IS NULL']], rng.int(0, 2))
      : [];
    const where = whereParts.length > 0 ? ` WHERE ${whereParts.join(' AND ')}` : '';
    const having = havingParts.length > 0 ? ` HAVING ${havingParts.join(' AND ')}` : '';
    const select = grouped
      ? `SELECT o.customer_id, count(*) AS n FROM orders o${on}${where} GROUP BY o.customer_id${having} ORDER BY 1 NULLS FIRST`
      : `SELECT o.id${join ? ', c.name' : ''} FROM orders o${on}${where} ORDER BY o.id`;
    if (seen.has(select)) continue;
    seen.add(select);
    const needsFirst = select.includes('$2') && !select.includes('$1');
    const sql = needsFirst ? select.replace(' FROM orders o', ', $1::boolean AS p FROM orders o') : select;
    const usesParams = /\$[12]/.test(sql);
    const step: ProbeStep = usesParams ? { sql, params: paramsFor(sql, rng) } : sql;
    const empty = rng.chance(0.3);
    cases.push({
      name: `onetime ${seed}.${cases.length}${empty ? ' empty' : ''}`,
      setup: empty ? SHOP : ROWS,
      steps: [step],
    });
  }
  return cases;
}

function paramsFor(sql: string, rng: SeededRandom): unknown[] {
  const highest = sql.includes('$2') ? 2 : 1;
  const values: unknown[] = [rng.pick([true, false])];
  if (highest === 2) values.push(rng.pick([0, 1, 20]));
  // $1 unused when only $2 is: PostgreSQL cannot type it, so it is always used.
  return values;
}
