// Round 28 probe (pg-mem, seed 2801): two mistakes of different passes in one statement: parse
// analysis (42703, 42883, 22P02 of a literal, 42804, 42803 checked last), planning (a constant
// 1 / 0 folded) and execution (a division by a column, a subquery of several rows), each in a
// clause of its own, over a table with rows or none. PostgreSQL reports the earlier pass's, and
// within parse analysis the clause transformSelectStmt reads first.
import { SeededRandom } from '@seams/contracts';
import type { ProbeCase } from '../probe-kit.js';

const SHOP = `CREATE TABLE orders (id int PRIMARY KEY, customer_id int, qty int, total numeric(10,2), status text);
CREATE TABLE customers (id int PRIMARY KEY, name text NOT NULL);
INSERT INTO customers VALUES (1, 'ann'), (2, 'bob');`;
const ROWS = `${SHOP}
INSERT INTO orders VALUES (10, 1, 2, 20.00, 'new'), (11, 1, 0, 5.00, 'paid'), (12, 2, 1, 7.50, 'new');`;

type Slot = 'select' | 'where' | 'having' | 'order' | 'group' | 'on' | 'limit';
interface Mistake {
  readonly code: string;
  /** An expression of the slot's kind: a value (select, order, group), a condition (where, having, on), a count (limit). */
  readonly value?: string;
  readonly condition?: string;
  readonly count?: string;
}

const MISTAKES: readonly Mistake[] = [
  {
    code: '42703',
    value: 'o.nosuch',
    condition: 'o.nosuch > 0',
    count: '(SELECT nosuch FROM customers LIMIT 1)',
  },
  { code: '42883', value: 'o.status + 1', condition: 'o.status + 1 > 0', count: "('a'::text + 1)" },
  { code: '22P02', value: "'abc'::int", condition: "o.qty = 'abc'", count: "'abc'::int" },
  { code: '42804', condition: 'o.qty', value: 'CASE WHEN o.qty THEN 1 END' },
  { code: '22012p', value: '1 / 0', condition: '1 / 0 = 1', count: '1 / 0' },
  { code: '22012r', value: '10 / (o.qty - o.qty)', condition: '10 / (o.qty - o.qty) = 1' },
  {
    code: '21000',
    value: '(SELECT id FROM customers)',
    condition: '(SELECT id FROM customers) > 0',
    count: '(SELECT id FROM customers)',
  },
  { code: '42803', value: 'o.total', condition: 'o.total > 0' },
];

function place(slot: Slot, mistake: Mistake): string | undefined {
  switch (slot) {
    case 'select':
    case 'order':
    case 'group':
      return mistake.value;
    case 'where':
    case 'having':
    case 'on':
      return mistake.condition;
    case 'limit':
      return mistake.count;
  }
}

function statement(parts: Partial<Record<Slot, string>>, grouped: boolean): string {
  const columns = grouped
    ? `o.customer_id, count(*)${parts.select ? `, ${parts.select}` : ''}`
    : `o.id${parts.select ? `, ${parts.select}` : ''}`;
  const join = parts.on ? ` JOIN customers c ON c.id = o.customer_id AND ${parts.on}` : '';
  const where = parts.where ? ` WHERE ${parts.where}` : '';
  const group = grouped ? ` GROUP BY o.customer_id${parts.group ? `, ${parts.group}` : ''}` : '';
  const having = grouped && parts.having ? ` HAVING ${parts.having}` : '';
  const order = parts.order ? ` ORDER BY ${parts.order}` : '';
  const limit = parts.limit ? ` LIMIT ${parts.limit}` : '';
  return `SELECT ${columns} FROM orders o${join}${where}${group}${having}${order}${limit}`;
}

function generate(seed: number, count: number): ProbeCase[] {
  const rng = new SeededRandom(seed);
  const cases: ProbeCase[] = [];
  const names = new Set<string>();
  for (let attempt = 0; cases.length < count && attempt < count * 20; attempt++) {
    const grouped = rng.chance(0.4);
    const slots: Slot[] = grouped
      ? ['select', 'where', 'having', 'order', 'group', 'on', 'limit']
      : ['select', 'where', 'order', 'on', 'limit'];
    const first = rng.pick(slots);
    const second = rng.pick(slots.filter((slot) => slot !== first));
    const a = rng.pick(MISTAKES.filter((m) => m.code !== '42803' || grouped));
    const b = rng.pick(MISTAKES.filter((m) => m.code !== a.code && (m.code !== '42803' || grouped)));
    const pa = place(first, a);
    const pb = place(second, b);
    if (!pa || !pb) continue;
    // An ungrouped column is no mistake in GROUP BY or WHERE or ON.
    if (
      (a.code === '42803' && ['group', 'where', 'on'].includes(first)) ||
      (b.code === '42803' && ['group', 'where', 'on'].includes(second))
    )
      continue;
    const sql = statement({ [first]: pa, [second]: pb }, grouped);
    const empty = rng.chance(0.35);
    const name = `passes ${a.code}@${first} ${b.code}@${second}${grouped ? ' grouped' : ''}${empty ? ' empty' : ''}`;
    if (names.has(name)) continue;
    names.add(name);
    cases.push({ name, setup: empty ? SHOP : ROWS, steps: [sql] });
  }
  return cases;
}

export default generate(2801, 90);
