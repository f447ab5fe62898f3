// Round 26 part B: a seeded generator of SELECT shapes (PostgreSQL 15 manual, chapter 7 and the
// aggregate, window and subquery sections of chapter 9) over three small related tables with NULLs
// in keys and values, duplicates, and sometimes an empty table. Deterministic from its seed, so a
// SILENT case found once is found again by name.
//
// What keeps a case a measure of the fake and not of PostgreSQL's plan: an outer ORDER BY always
// sorts by every output column (rows equal in every column are indistinguishable, so the order is
// total in what is compared), or there is none and rows are compared as a multiset; LIMIT only
// follows such an ORDER BY; WITH TIES sits in a derived table read unordered; array_agg/string_agg
// and order-sensitive window functions order by a unique key last. Text values are single
// lowercase letters so no collation question arises.

import { SeededRandom } from '@seams/contracts';
import type { ProbeCase } from '../probe-kit.js';

/** The generator's random source: a seeded PRNG with `some` for distinct picks. */
export class Rng extends SeededRandom {
  /** `count` distinct items, in a random order. */
  some<T>(items: readonly T[], count: number): T[] {
    const pool = [...items];
    const out: T[] = [];
    while (out.length < count && pool.length > 0)
      out.push(pool.splice(Math.floor(this.next() * pool.length), 1)[0] as T);
    return out;
  }
}

const T1 = `CREATE TABLE t1 (id int PRIMARY KEY, g int, v text, n int, b boolean);
INSERT INTO t1 VALUES (1, 1, 'a', 10, true), (2, 1, 'b', NULL, false), (3, 2, 'a', 5, true), (4, NULL, 'c', 7, NULL),
  (5, 2, NULL, 5, false), (6, 3, 'd', NULL, true), (7, NULL, NULL, 2, true), (8, 1, 'b', 10, false);`;
const T2 = `CREATE TABLE t2 (id int PRIMARY KEY, g int, w text, m int);`;
const T2_ROWS = `INSERT INTO t2 VALUES (1, 1, 'x', 3), (2, 2, 'y', NULL), (3, 2, 'x', 4), (4, NULL, 'z', 1), (5, 4, NULL, 2), (6, 1, 'y', 3);`;
const T3 = `CREATE TABLE t3 (id int PRIMARY KEY, t1_id int, tag text, amt numeric(6,2));`;
const T3_ROWS = `INSERT INTO t3 VALUES (1, 1, 'p', 1.50), (2, 1, 'q', 2.00), (3, 3, 'p', NULL), (4, NULL, 'r', 4.25),
  (5, 9, 'p', 0.75), (6, 4, NULL, 1.00), (7, 3, 'q', 2.00);`;

/** The three set-ups: all rows, t3 empty, t2 empty. */
export const SETUPS = {
  full: `${T1}\n${T2}\n${T2_ROWS}\n${T3}\n${T3_ROWS}`,
  t3empty: `${T1}\n${T2}\n${T2_ROWS}\n${T3}`,
  t2empty: `${T1}\n${T2}\n${T3}\n${T3_ROWS}`,
  // Edge values: the int range's ends (sums leave int4), negatives, '' beside NULL, upper case and
  // spaces (C collation sorts them first), numeric with more digits, t1 with one more duplicate row.
  edges: `${T1}
INSERT INTO t1 VALUES (9, -1, '', 2147483647, NULL), (10, 0, 'B', 2147483647, true), (11, -2147483648, ' a', -2147483648, false),
  (12, 1, 'a b', 0, true), (13, NULL, 'b', 10, false);
${T2}
INSERT INTO t2 VALUES (1, 1, 'x', 3), (2, 2, 'Y', NULL), (3, 2, '', 4), (4, NULL, 'z', 2147483647), (5, -1, NULL, -5), (6, 1, 'y', 3), (7, 0, ' ', 0);
${T3}
INSERT INTO t3 VALUES (1, 1, 'p', 1.50), (2, 1, 'P', 2.005), (3, 3, '', NULL), (4, NULL, 'r', 9999.99),
  (5, 9, 'p', -0.75), (6, 4, NULL, 0.00), (7, 11, 'q', 0.1), (8, 11, 'q', 0.20);`,
} as const;

export type SetupName = keyof typeof SETUPS;
const DEFAULT_SETUPS: readonly SetupName[] = ['full', 'full', 'full', 'full', 'full', 't3empty', 't2empty'];

interface Table {
  readonly name: 't1' | 't2' | 't3';
  readonly ints: readonly string[];
  readonly texts: readonly string[];
  /** Columns of every type, for select lists. */
  readonly all: readonly string[];
}

const TABLES: readonly Table[] = [
  { name: 't1', ints: ['id', 'g', 'n'], texts: ['v'], all: ['id', 'g', 'v', 'n', 'b'] },
  { name: 't2', ints: ['id', 'g', 'm'], texts: ['w'], all: ['id', 'g', 'w', 'm'] },
  { name: 't3', ints: ['id', 't1_id'], texts: ['tag'], all: ['id', 't1_id', 'tag', 'amt'] },
];
const [TT1, TT2, TT3] = TABLES as [Table, Table, Table];

/** The non-key int columns (the ones with NULLs and duplicates). */
const keyish = (t: Table) => t.ints.filter((c) => c !== 'id');

/** ORDER BY every output position, each with a random direction and NULLS placement. */
function orderAll(r: Rng, width: number): string {
  const keys: string[] = [];
  for (const position of r.some(
    Array.from({ length: width }, (_, i) => i + 1),
    width,
  )) {
    const dir = r.pick(['', ' ASC', ' DESC']);
    const nulls = r.pick(['', '', ' NULLS FIRST', ' NULLS LAST']);
    keys.push(`${position}${dir}${nulls}`);
  }
  return ` ORDER BY ${keys.join(', ')}`;
}

/** Either no ORDER BY (a multiset) or a total one, perhaps with LIMIT/OFFSET after it. */
function finish(r: Rng, width: number): string {
  if (r.chance(0.45)) return '';
  let tail = orderAll(r, width);
  const limit = r.int(0, 5);
  if (limit === 1) tail += ` LIMIT ${r.int(0, 4)}`;
  if (limit === 2) tail += ` OFFSET ${r.int(0, 6)}`;
  if (limit === 3) tail += ` LIMIT ${r.int(1, 4)} OFFSET ${r.int(1, 5)}`;
  if (limit === 4) tail += ` FETCH FIRST ${r.int(1, 3)} ROWS ONLY`;
  if (limit === 5) tail += ` OFFSET ${r.int(0, 3)} ROWS FETCH NEXT ${r.pick(['', '2 ', '4 '])}ROW ONLY`;
  return tail;
}

const cmp = (r: Rng) => r.pick(['=', '<', '>', '<=', '>=', '<>']);

/** A predicate on one table's columns under an alias. */
function pred(r: Rng, t: Table, a: string): string {
  const ints = t.ints;
  switch (r.int(0, 7)) {
    case 0:
      return `${a}.${r.pick(ints)} ${cmp(r)} ${r.int(0, 6)}`;
    case 1:
      return `${a}.${r.pick(ints)} IS ${r.pick(['', 'NOT '])}NULL`;
    case 2:
      return `${a}.${r.pick(t.texts)} ${r.pick(['=', '<>', '<', '>='])} '${r.pick(['a', 'b', 'p', 'x', 'y'])}'`;
    case 3:
      return `${a}.${r.pick(ints)} BETWEEN ${r.int(0, 2)} AND ${r.int(2, 5)}`;
    case 4:
      return `${a}.${r.pick(ints)} IN (${r.int(0, 3)}, ${r.pick(['NULL', String(r.int(1, 4))])})`;
    case 5:
      return `${a}.${r.pick(t.texts)} IS NOT DISTINCT FROM ${r.pick(['NULL', "'a'", "'x'", "'p'"])}`;
    case 6:
      return `coalesce(${a}.${r.pick(ints)}, ${r.int(0, 3)}) ${cmp(r)} ${r.int(0, 4)}`;
    default:
      return `(${a}.${r.pick(ints)} > ${r.int(0, 3)} ${r.pick(['AND', 'OR'])} ${a}.${r.pick(ints)} IS NULL)`;
  }
}

/** Qualified columns of a table under an alias. */
function cols(r: Rng, t: Table, a: string, most: number): string[] {
  return r.some(t.all, r.int(1, most)).map((c) => `${a}.${c}`);
}

// ---------------------------------------------------------------- joins

function joinCond(r: Rng, left: Table, la: string, right: Table, ra: string): string {
  const lk = r.pick(left.ints);
  const rk = r.pick(right.ints);
  switch (r.int(0, 4)) {
    case 0:
    case 1:
      return `${la}.${lk} = ${ra}.${rk}`;
    case 2:
      return `${la}.${lk} = ${ra}.${rk} AND ${pred(r, right, ra)}`;
    case 3:
      return `${la}.${lk} ${r.pick(['<', '>', '<>', '>='])} ${ra}.${rk}`;
    default:
      return `${la}.${lk} IS NOT DISTINCT FROM ${ra}.${rk}`;
  }
}

const JOIN_KINDS = [
  'JOIN',
  'INNER JOIN',
  'LEFT JOIN',
  'LEFT OUTER JOIN',
  'RIGHT JOIN',
  'FULL JOIN',
  'FULL OUTER JOIN',
];

function joins(r: Rng): string {
  switch (r.int(0, 11)) {
    case 0:
    case 1: {
      // Two tables, ON.
      const [x, y] = r.some(TABLES, 2) as [Table, Table];
      const list = [...cols(r, x, 'x', 3), ...cols(r, y, 'y', 3)];
      const wt = r.chance(0.5) ? x : y;
      const w = r.chance(0.4) ? ` WHERE ${pred(r, wt, wt === x ? 'x' : 'y')}` : '';
      return `SELECT ${list.join(', ')} FROM ${x.name} x ${r.pick(JOIN_KINDS)} ${y.name} y ON ${joinCond(r, x, 'x', y, 'y')}${w}${finish(r, list.length)}`;
    }
    case 2: {
      // USING and NATURAL between t1 and t2 (they share id and g); * shows the merged columns.
      const using = r.pick(['USING (g)', 'USING (id)', 'USING (g, id)', 'USING (id, g)']);
      const kind = r.pick(JOIN_KINDS);
      const natural = r.chance(0.2);
      const list = r.pick([
        '*',
        'g, x.v, y.w',
        'id, x.n, y.m',
        'x.g AS xg, y.g AS yg, g',
        'x.*, y.w',
        'g, count(*) OVER ()',
      ]);
      const listOk = natural || using.includes('g') || !/(^|, )g(,|$)/.test(list) ? list : '*';
      const from = natural
        ? `t1 x NATURAL ${kind.replace('INNER JOIN', 'JOIN')} t2 y`
        : `t1 x ${kind} t2 y ${using}`;
      const where = r.chance(0.3)
        ? ` WHERE ${r.pick(['g IS NULL', 'g > 1', 'id < 4', 'x.id IS NULL', 'y.id IS NULL', 'g IS NOT NULL'])}`
        : '';
      return `SELECT ${listOk} FROM ${from}${where}`;
    }
    case 3: {
      // Cross joins, comma and explicit.
      const [x, y] = r.some(TABLES, 2) as [Table, Table];
      const list = [...cols(r, x, 'x', 2), ...cols(r, y, 'y', 2)];
      const from = r.chance(0.5) ? `${x.name} x CROSS JOIN ${y.name} y` : `${x.name} x, ${y.name} y`;
      const w = r.chance(0.7) ? ` WHERE ${pred(r, x, 'x')} AND ${pred(r, y, 'y')}` : '';
      return `SELECT ${list.join(', ')} FROM ${from}${w}${finish(r, list.length)}`;
    }
    case 4: {
      // Self joins.
      const t = r.pick([TT1, TT2]);
      const k = r.pick(keyish(t));
      const kind = r.pick(JOIN_KINDS);
      const list = [`p.id`, `q.id`, `p.${k}`, ...cols(r, t, 'q', 2)];
      return `SELECT ${list.join(', ')} FROM ${t.name} p ${kind} ${t.name} q ON p.${k} = q.${k} AND p.id ${r.pick(['<', '<>', '>'])} q.id${finish(r, list.length)}`;
    }
    case 5: {
      // Three tables, mixed joins.
      const k1 = r.pick(JOIN_KINDS);
      const k2 = r.pick(JOIN_KINDS);
      const list = ['a.id', 'b.id', 'c.id', r.pick(['a.v', 'b.w', 'c.tag', 'c.amt'])];
      const second = r.pick(['c.t1_id = a.id', 'c.t1_id = b.id', 'c.id = b.m', 'c.t1_id = a.n']);
      return `SELECT ${list.join(', ')} FROM t1 a ${k1} t2 b ON a.g = b.g ${k2} t3 c ON ${second}${r.chance(0.3) ? ' WHERE a.id IS NOT NULL' : ''}${finish(r, list.length)}`;
    }
    case 6: {
      // Parenthesized join trees.
      const k1 = r.pick(JOIN_KINDS);
      const k2 = r.pick(JOIN_KINDS);
      const list = ['a.id', 'b.id', 'c.id'];
      return `SELECT ${list.join(', ')} FROM t1 a ${k1} (t2 b ${k2} t3 c ON c.t1_id = b.id) ON a.g = b.g${finish(r, list.length)}`;
    }
    case 7: {
      // LATERAL: the first match, a count, a LEFT JOIN LATERAL ON true.
      const shape = r.int(0, 3);
      if (shape === 0)
        return `SELECT a.id, s.id AS sid, s.m FROM t1 a${r.pick([',', ' CROSS JOIN'])} LATERAL (SELECT b.id, b.m FROM t2 b WHERE b.g = a.g ORDER BY b.m ${r.pick(['ASC', 'DESC'])} NULLS LAST, b.id LIMIT ${r.int(1, 2)}) s${finish(r, 3)}`;
      if (shape === 1)
        return `SELECT a.id, s.c, s.total FROM t1 a CROSS JOIN LATERAL (SELECT count(*) AS c, sum(c.amt) AS total FROM t3 c WHERE c.t1_id = a.id) s${finish(r, 3)}`;
      if (shape === 2)
        return `SELECT a.id, s.tag FROM t1 a LEFT JOIN LATERAL (SELECT c.tag FROM t3 c WHERE c.t1_id = a.id AND c.tag IS NOT NULL ORDER BY c.id DESC LIMIT 1) s ON true${finish(r, 2)}`;
      return `SELECT a.id, s.x FROM t1 a, LATERAL (VALUES (a.n), (a.g), (a.n + a.g)) s(x) WHERE s.x ${r.pick(['IS NOT NULL', '> 2', 'IS NULL'])}${finish(r, 2)}`;
    }
    case 8: {
      // Derived tables with aggregates, joined.
      const kind = r.pick(JOIN_KINDS);
      return `SELECT d.g, d.c, e.s FROM (SELECT g, count(*) AS c FROM t1 GROUP BY g) d ${kind} (SELECT g, sum(m) AS s FROM t2 GROUP BY g) e ON d.g = e.g${finish(r, 3)}`;
    }
    case 9: {
      // VALUES lists as tables.
      const kind = r.pick(JOIN_KINDS);
      const values = r.pick([
        "(1, 'a'), (2, NULL), (NULL, 'b'), (2, 'c')",
        "(3, 'x'), (NULL, NULL)",
        "(1, 'z')",
      ]);
      return `SELECT v.k, v.s, a.id FROM (VALUES ${values}) AS v(k, s) ${kind} t1 a ON a.g = v.k${finish(r, 3)}`;
    }
    case 10: {
      // Outer join then a filter on the nullable side: WHERE vs ON.
      const inOn = r.chance(0.5);
      const p = r.pick(['b.m > 2', 'b.w IS NULL', 'b.id IS NULL', "b.w = 'x'", 'coalesce(b.m, 0) = 0']);
      return inOn
        ? `SELECT a.id, b.id FROM t1 a LEFT JOIN t2 b ON a.g = b.g AND ${p}${finish(r, 2)}`
        : `SELECT a.id, b.id FROM t1 a LEFT JOIN t2 b ON a.g = b.g WHERE ${p}${finish(r, 2)}`;
    }
    default: {
      // Ill-formed on purpose: an ambiguous column, USING a column one side lacks, LATERAL missing.
      return r.pick([
        'SELECT g FROM t1 JOIN t2 ON t1.id = t2.id',
        'SELECT id FROM t1, t2',
        'SELECT * FROM t1 JOIN t3 USING (g)',
        'SELECT a.id, s.m FROM t1 a, (SELECT m FROM t2 b WHERE b.g = a.g) s',
        'SELECT * FROM t1 a FULL JOIN t2 b ON a.g < b.g',
        'SELECT x.id FROM t1 x JOIN t2 y USING (id) WHERE x.id = 1 AND id = 1',
        'SELECT * FROM t1 a JOIN t2 a ON true',
        'SELECT t1.id FROM t1 a',
        'SELECT * FROM t1 NATURAL JOIN t3',
      ]);
    }
  }
}

// ---------------------------------------------------------------- subqueries

function subqueries(r: Rng): string {
  const out = `SELECT a.id, a.${r.pick(['g', 'v', 'n'])} FROM t1 a`;
  switch (r.int(0, 11)) {
    case 0:
    case 1: {
      // IN / NOT IN over a column with NULLs or without.
      const src = r.pick([
        'SELECT g FROM t2',
        'SELECT g FROM t2 WHERE g IS NOT NULL',
        'SELECT m FROM t2',
        'SELECT t1_id FROM t3',
        'SELECT t1_id FROM t3 WHERE t1_id IS NOT NULL',
        'SELECT g FROM t2 WHERE false',
      ]);
      const not = r.pick(['', 'NOT ']);
      const col = r.pick(['a.g', 'a.id', 'a.n']);
      return `${out} WHERE ${col} ${not}IN (${src})${finish(r, 2)}`;
    }
    case 2: {
      // IN lists with NULLs, in the select list so the three-valued answer shows.
      const list = r.pick(['1, 2', '1, NULL', 'NULL', '2, NULL, 3', '10, 5']);
      return `SELECT a.id, a.g ${r.pick(['', 'NOT '])}IN (${list}) AS r, a.n ${r.pick(['', 'NOT '])}IN (SELECT m FROM t2) AS s FROM t1 a${finish(r, 3)}`;
    }
    case 3: {
      // EXISTS / NOT EXISTS, correlated or not.
      const not = r.pick(['', 'NOT ']);
      const inner = r.pick([
        'SELECT 1 FROM t2 b WHERE b.g = a.g',
        'SELECT FROM t3 c WHERE c.t1_id = a.id',
        'SELECT * FROM t2 b WHERE b.m > a.n',
        'SELECT 1 FROM t3',
        'SELECT 1 FROM t2 b WHERE b.g = a.g AND b.w IS NULL',
        'SELECT b.id FROM t2 b WHERE b.g IS NOT DISTINCT FROM a.g LIMIT 0',
      ]);
      return `${out} WHERE ${not}EXISTS (${inner})${r.chance(0.3) ? ` AND ${pred(r, TT1, 'a')}` : ''}${finish(r, 2)}`;
    }
    case 4: {
      // Scalar subqueries in the select list, correlated.
      const sq = r.pick([
        '(SELECT max(b.m) FROM t2 b WHERE b.g = a.g)',
        '(SELECT count(*) FROM t3 c WHERE c.t1_id = a.id)',
        '(SELECT b.w FROM t2 b WHERE b.g = a.g ORDER BY b.id LIMIT 1)',
        '(SELECT sum(c.amt) FROM t3 c WHERE c.t1_id = a.id)',
        "(SELECT string_agg(c.tag, '-' ORDER BY c.id) FROM t3 c WHERE c.t1_id = a.id)",
        '(SELECT array_agg(b.id ORDER BY b.id) FROM t2 b WHERE b.g = a.g)',
        '(SELECT b.m FROM t2 b WHERE b.id = a.id)',
      ]);
      return `SELECT a.id, ${sq} AS s FROM t1 a${r.chance(0.3) ? ` WHERE ${sq} IS NOT NULL` : ''}${finish(r, 2)}`;
    }
    case 5: {
      // Scalar subqueries in WHERE, uncorrelated.
      const sq = r.pick([
        '(SELECT max(m) FROM t2)',
        '(SELECT min(g) FROM t2)',
        '(SELECT avg(n) FROM t1)',
        '(SELECT m FROM t2 WHERE id = 99)',
        '(SELECT count(*) FROM t3)',
      ]);
      return `${out} WHERE a.${r.pick(['n', 'g', 'id'])} ${cmp(r)} ${sq}${finish(r, 2)}`;
    }
    case 6: {
      // = ANY / <> ALL / > ALL / < SOME, subqueries and arrays, in WHERE or the select list.
      const op = r.pick(['= ANY', '<> ALL', '> ALL', '< SOME', '>= ANY', '= ALL']);
      const src = r.pick([
        '(SELECT m FROM t2)',
        '(SELECT m FROM t2 WHERE m IS NOT NULL)',
        '(SELECT m FROM t2 WHERE false)',
        '(ARRAY[1, 2, NULL])',
        '(ARRAY[3, 5])',
        "('{}'::int[])",
        '(SELECT g FROM t2 b WHERE b.id <> a.id)',
      ]);
      return r.chance(0.5)
        ? `${out} WHERE a.n ${op} ${src}${finish(r, 2)}`
        : `SELECT a.id, a.n ${op} ${src} AS r FROM t1 a${finish(r, 2)}`;
    }
    case 7: {
      // Row-valued IN and comparisons.
      const r2 = r.pick([
        'SELECT a.id FROM t1 a WHERE (a.g, a.v) IN (SELECT g, w FROM t2)',
        "SELECT a.id FROM t1 a WHERE (a.g, a.v) NOT IN (SELECT b.g, 'a' FROM t2 b)",
        'SELECT a.id, (a.g, a.n) = (1, 10) AS r FROM t1 a',
        'SELECT a.id, (a.g, a.n) < (2, 5) AS r FROM t1 a',
        'SELECT a.id FROM t1 a WHERE (a.g, a.id) = (SELECT b.g, b.id FROM t2 b WHERE b.id = 3)',
        'SELECT a.id, (a.g, a.n) IS NOT DISTINCT FROM (1, NULL) AS r FROM t1 a',
      ]);
      return `${r2}${finish(r, r2.includes(' AS r ') ? 2 : 1)}`;
    }
    case 8: {
      // Subqueries in HAVING and in a derived table's WHERE, nested two deep.
      return r.pick([
        'SELECT g, count(*) FROM t1 GROUP BY g HAVING count(*) > (SELECT count(*) FROM t2 WHERE t2.g = t1.g)',
        'SELECT g, sum(n) FROM t1 GROUP BY g HAVING sum(n) > ALL (SELECT m FROM t2 WHERE m IS NOT NULL)',
        'SELECT a.id FROM t1 a WHERE a.g IN (SELECT b.g FROM t2 b WHERE b.id IN (SELECT c.t1_id FROM t3 c))',
        'SELECT a.id FROM t1 a WHERE NOT EXISTS (SELECT 1 FROM t2 b WHERE b.g = a.g AND NOT EXISTS (SELECT 1 FROM t3 c WHERE c.t1_id = b.id))',
        'SELECT a.id, (SELECT count(*) FROM t2 b WHERE b.g = a.g AND b.m > (SELECT min(c.amt) FROM t3 c)) FROM t1 a',
        'SELECT g FROM t1 GROUP BY g HAVING EXISTS (SELECT 1 FROM t2 WHERE t2.g = t1.g)',
      ]);
    }
    case 9: {
      // Subqueries in the select list over an outer join, CASE around them.
      return `SELECT a.id, CASE WHEN EXISTS (SELECT 1 FROM t3 c WHERE c.t1_id = a.id) THEN 'has' WHEN a.g IN (SELECT g FROM t2) THEN 'grp' ELSE 'none' END AS k FROM t1 a${finish(r, 2)}`;
    }
    case 10: {
      // Ill-formed: more than one row, more than one column, a non-boolean EXISTS misuse.
      return r.pick([
        'SELECT a.id, (SELECT b.id FROM t2 b WHERE b.g = a.g) FROM t1 a',
        'SELECT (SELECT g FROM t2)',
        'SELECT a.id FROM t1 a WHERE a.g = (SELECT g, m FROM t2 WHERE id = 1)',
        'SELECT a.id FROM t1 a WHERE a.g IN (SELECT g, m FROM t2)',
        'SELECT a.id FROM t1 a WHERE a.v = ANY (SELECT m FROM t2)',
        'SELECT a.id FROM t1 a WHERE a.g = (SELECT b.g FROM t2 b WHERE b.id > 4)',
        'SELECT a.id FROM t1 a WHERE (SELECT g FROM t2 WHERE id = 99) IS NULL',
      ]);
    }
    default: {
      // Subqueries in ORDER BY and uncorrelated ones in the select list.
      return `SELECT a.id, (SELECT count(*) FROM t2 b WHERE b.g = a.g) AS c FROM t1 a ORDER BY (SELECT count(*) FROM t2 b WHERE b.g = a.g) ${r.pick(['ASC', 'DESC'])}, a.id`;
    }
  }
}

// ---------------------------------------------------------------- aggregates

function aggregateOf(r: Rng, t: Table, a: string): string {
  const int = `${a}.${r.pick(t.ints)}`;
  const text = `${a}.${r.pick(t.texts)}`;
  const filter = r.chance(0.3) ? ` FILTER (WHERE ${pred(r, t, a)})` : '';
  const agg = r.pick([
    'count(*)',
    `count(${int})`,
    `count(DISTINCT ${int})`,
    `count(DISTINCT ${text})`,
    `sum(${int})`,
    `sum(DISTINCT ${int})`,
    `avg(${int})`,
    `min(${int})`,
    `max(${text})`,
    `min(${text})`,
    t === TT1 ? `bool_and(${a}.b)` : `max(${int})`,
    t === TT1 ? `bool_or(${a}.b)` : `min(${int})`,
    `string_agg(${text}, '${r.pick([',', '', ' | '])}' ORDER BY ${text} ${r.pick(['ASC', 'DESC'])} NULLS ${r.pick(['FIRST', 'LAST'])}, ${a}.id)`,
    `array_agg(${int} ORDER BY ${int} ${r.pick(['', 'DESC '])}, ${a}.id)`,
    `array_agg(DISTINCT ${int})`,
    `string_agg(DISTINCT ${text}, ',' ORDER BY ${text})`,
    t === TT3 ? `sum(${a}.amt)` : `sum(${int}) * 2`,
    t === TT3 ? `avg(${a}.amt)` : `count(${int}) + 1`,
    `max(${int}) - min(${int})`,
    `count(*) ${r.pick(['>', '='])} count(${int})`,
  ]);
  return `${agg}${filter}`;
}

function aggregates(r: Rng): string {
  const t = r.pick([TT1, TT1, TT2, TT3]);
  switch (r.int(0, 10)) {
    case 0:
    case 1: {
      // Grouped by a column, perhaps by position, with HAVING.
      const k = r.pick(keyish(t).concat(t.texts));
      const aggs = Array.from({ length: r.int(1, 3) }, () => aggregateOf(r, t, 'a'));
      const by = r.pick([`a.${k}`, '1', `a.${k}`]);
      const having = r.chance(0.35)
        ? ` HAVING ${r.pick(['count(*) > 1', `count(a.${k}) = 0`, 'sum(a.id) > 4', `min(a.id) < 3`, 'true'])}`
        : '';
      const where = r.chance(0.3) ? ` WHERE ${pred(r, t, 'a')}` : '';
      return `SELECT a.${k}, ${aggs.join(', ')} FROM ${t.name} a${where} GROUP BY ${by}${having}${finish(r, aggs.length + 1)}`;
    }
    case 2: {
      // No GROUP BY: one row, also over empty input.
      const aggs = Array.from({ length: r.int(1, 4) }, () => aggregateOf(r, t, 'a'));
      const where = r.pick(['', ' WHERE false', ` WHERE ${pred(r, t, 'a')}`, ' WHERE a.id > 100']);
      return `SELECT ${aggs.join(', ')} FROM ${t.name} a${where}`;
    }
    case 3: {
      // Grouped by an expression.
      const e = r.pick([
        'a.id % 3',
        'coalesce(a.g, -1)',
        'a.g IS NULL',
        'a.id > 4',
        "CASE WHEN a.id < 4 THEN 'lo' ELSE 'hi' END",
      ]);
      const aggs = Array.from({ length: r.int(1, 3) }, () => aggregateOf(r, t, 'a'));
      return `SELECT ${e} AS k, ${aggs.join(', ')} FROM ${t.name} a GROUP BY ${r.pick([e, '1', 'k'])}${finish(r, aggs.length + 1)}`;
    }
    case 4: {
      // Grouping sets, ROLLUP, CUBE with GROUPING().
      const [k1, k2] = r.some(
        t === TT1 ? ['g', 'v', 'b'] : t === TT2 ? ['g', 'w', 'm'] : ['t1_id', 'tag'],
        2,
      ) as [string, string];
      const sets = r.pick([
        `ROLLUP (${k1}, ${k2})`,
        `CUBE (${k1}, ${k2})`,
        `GROUPING SETS ((${k1}), (${k2}), ())`,
        `GROUPING SETS (${k1}, ROLLUP (${k2}))`,
        `${k1}, ROLLUP (${k2})`,
        `GROUPING SETS ((${k1}, ${k2}), (${k1}), ())`,
        `ROLLUP (${k1}), CUBE (${k2})`,
        `GROUPING SETS (())`,
        `ROLLUP ((${k1}, ${k2}))`,
      ]);
      const aggs = Array.from({ length: r.int(1, 2) }, () => aggregateOf(r, t, 'a'));
      const having = r.chance(0.2) ? ` HAVING GROUPING(${k1}) = 0` : '';
      return `SELECT ${k1}, ${k2}, GROUPING(${k1}, ${k2}) AS gr, ${aggs.join(', ')} FROM ${t.name} a GROUP BY ${sets}${having}${finish(r, aggs.length + 3)}`;
    }
    case 5: {
      // Aggregates over a join, grouped by one side.
      const kind = r.pick(['JOIN', 'LEFT JOIN', 'FULL JOIN', 'RIGHT JOIN']);
      return `SELECT a.id, count(c.id), count(*), sum(c.amt), string_agg(c.tag, ',' ORDER BY c.id) FROM t1 a ${kind} t3 c ON c.t1_id = a.id GROUP BY a.id${finish(r, 5)}`;
    }
    case 6: {
      // Grouped by a primary key, selecting its other columns (functional dependency).
      return r.pick([
        'SELECT a.id, a.v, count(b.id) FROM t1 a LEFT JOIN t2 b ON b.g = a.g GROUP BY a.id',
        'SELECT a.id, a.v, a.n, max(b.m) FROM t1 a JOIN t2 b ON b.g = a.g GROUP BY a.id ORDER BY 1',
        'SELECT b.g, b.w, count(*) FROM t2 b GROUP BY b.id',
      ]);
    }
    case 7: {
      // Aggregates in ORDER BY and HAVING without the select list naming them.
      return `SELECT a.g FROM t1 a GROUP BY a.g HAVING ${r.pick(['count(*) >= 2', 'max(a.n) IS NULL', 'bool_or(a.b)', 'avg(a.n) > 5', 'count(DISTINCT a.v) = 1'])} ORDER BY ${r.pick(['count(*)', 'sum(a.id)', 'max(a.id)'])} ${r.pick(['ASC', 'DESC'])}, a.g NULLS FIRST`;
    }
    case 8: {
      // DISTINCT and GROUP BY together, aggregates of expressions, nested in a derived table.
      return r.pick([
        'SELECT DISTINCT count(*) FROM t1 GROUP BY g',
        'SELECT s.c, count(*) FROM (SELECT g, count(*) AS c FROM t1 GROUP BY g) s GROUP BY s.c',
        'SELECT max(c) FROM (SELECT count(*) AS c FROM t2 GROUP BY g) s',
        'SELECT sum(n * 2 + id), avg(n::numeric / 4), count(n + g) FROM t1',
        'SELECT g, array_agg(v ORDER BY v NULLS FIRST, id) FILTER (WHERE b) FROM t1 GROUP BY g',
        'SELECT count(*) FILTER (WHERE g IS NULL), count(*) FILTER (WHERE n > 4), sum(id) FILTER (WHERE false) FROM t1',
        'SELECT g, min(v), max(v) FROM t1 WHERE v IS NULL GROUP BY g',
        'SELECT count(DISTINCT (g, v)) FROM t1',
        'SELECT count(t1) FROM t1',
        'SELECT g, sum(n) FROM t1 GROUP BY g, g',
        'SELECT avg(m), sum(m), count(m), max(w) FROM t2 WHERE g = 4',
        'SELECT bool_and(b), bool_or(b), every(b) FROM t1 WHERE id > 8',
        "SELECT string_agg(v, ',' ORDER BY id) FROM t1",
        'SELECT array_agg(n ORDER BY id) FROM t1 WHERE n IS NULL',
      ]);
    }
    case 9: {
      // Ill-formed: column not grouped, aggregate in WHERE, nested aggregates, position out of range.
      return r.pick([
        'SELECT g, v, count(*) FROM t1 GROUP BY g',
        'SELECT id, count(*) FROM t1',
        'SELECT g FROM t1 WHERE count(*) > 1 GROUP BY g',
        'SELECT max(count(*)) FROM t1 GROUP BY g',
        'SELECT g, count(*) FROM t1 GROUP BY 3',
        'SELECT g, count(*) FROM t1 GROUP BY 0',
        'SELECT g FROM t1 GROUP BY g HAVING n > 1',
        'SELECT sum(v) FROM t1',
        'SELECT g, count(*) FROM t1 GROUP BY ROLLUP (g) HAVING GROUPING(v) = 0',
        'SELECT GROUPING(g) FROM t1',
        'SELECT g FROM t1 GROUP BY g ORDER BY n',
        'SELECT avg(DISTINCT v ORDER BY g) FROM t1',
        "SELECT string_agg(DISTINCT v, ',' ORDER BY id) FROM t1",
        'SELECT count(*) FILTER (WHERE count(*) > 1) FROM t1',
      ]);
    }
    default: {
      // HAVING without GROUP BY (one group or none).
      return `SELECT count(*), ${aggregateOf(r, t, 'a')} FROM ${t.name} a HAVING ${r.pick(['count(*) > 0', 'count(*) > 100', 'min(a.id) = 1', 'false'])}`;
    }
  }
}

// ---------------------------------------------------------------- windows

function windowFn(r: Rng, t: Table, total: string, peers: string, part: string): string {
  const int = r.pick(t.ints);
  const frames = [
    'ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING',
    'ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW',
    'ROWS BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING',
    'ROWS BETWEEN 2 PRECEDING AND 1 PRECEDING',
    'ROWS BETWEEN 1 FOLLOWING AND 3 FOLLOWING',
    'ROWS UNBOUNDED PRECEDING',
    'ROWS 2 PRECEDING',
    'ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING',
  ];
  const peerFrames = [
    'RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW',
    'RANGE BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING',
    'GROUPS BETWEEN 1 PRECEDING AND CURRENT ROW',
    'GROUPS BETWEEN CURRENT ROW AND 1 FOLLOWING',
    'GROUPS BETWEEN 1 PRECEDING AND 1 FOLLOWING EXCLUDE CURRENT ROW',
    'RANGE BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING EXCLUDE GROUP',
    'GROUPS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW EXCLUDE TIES',
    'RANGE UNBOUNDED PRECEDING EXCLUDE CURRENT ROW',
    'GROUPS BETWEEN 1 PRECEDING AND 1 FOLLOWING EXCLUDE NO OTHERS',
  ];
  const p = part === '' ? '' : `PARTITION BY ${part} `;
  switch (r.int(0, 10)) {
    case 0:
      return `row_number() OVER (${p}ORDER BY ${total})`;
    case 1:
      return `${r.pick(['rank', 'dense_rank', 'percent_rank', 'cume_dist'])}() OVER (${p}ORDER BY ${peers})`;
    case 2:
      return `${r.pick(['lag', 'lead'])}(${int}${r.pick(['', `, ${r.int(1, 3)}`, `, ${r.int(1, 2)}, -1`])}) OVER (${p}ORDER BY ${total})`;
    case 3:
      return `${r.pick(['first_value', 'last_value'])}(${int}) OVER (${p}ORDER BY ${total}${r.chance(0.6) ? ` ${r.pick(frames)}` : ''})`;
    case 4:
      return `nth_value(${int}, ${r.int(1, 3)}) OVER (${p}ORDER BY ${total}${r.chance(0.6) ? ` ${r.pick(frames)}` : ''})`;
    case 5:
      return `${r.pick(['sum', 'count', 'max', 'min'])}(${int}) OVER (${p}ORDER BY ${total} ${r.pick(frames)})`;
    case 6:
      return `${r.pick(['sum', 'count', 'max', 'min'])}(${int}) OVER (${p}ORDER BY ${peers} ${r.pick(peerFrames)})`;
    case 7:
      return `${r.pick(['sum', 'count', 'avg'])}(${int}) OVER (${p.trim()})`;
    case 8: {
      // RANGE with offsets needs one numeric ORDER BY column; the sum is the same whatever the peers' order.
      const o = r.pick(t.ints);
      return `${r.pick(['sum', 'count'])}(${int}) OVER (${p}ORDER BY ${o}${r.pick(['', ' DESC'])} RANGE BETWEEN ${r.int(0, 2)} PRECEDING AND ${r.int(0, 2)} FOLLOWING${r.pick(['', ' EXCLUDE CURRENT ROW', ' EXCLUDE GROUP', ' EXCLUDE TIES'])})`;
    }
    case 9:
      return `ntile(${r.int(2, 4)}) OVER (${p}ORDER BY ${total})`;
    default:
      return `count(*) FILTER (WHERE ${int} IS NOT NULL) OVER (${p}ORDER BY ${peers})`;
  }
}

function windows(r: Rng): string {
  const t = r.pick([TT1, TT1, TT2, TT3]);
  const k = r.pick(keyish(t));
  const o = r.pick(t.ints);
  const dir = r.pick(['', ' DESC', ' NULLS FIRST', ' DESC NULLS LAST']);
  const total = `${o}${dir}, id${r.pick(['', ' DESC'])}`;
  const peers = `${o}${dir}`;
  const part = r.pick(['', k, `${k}`, `${r.pick(t.ints)} IS NULL`]);
  switch (r.int(0, 5)) {
    case 0:
    case 1:
    case 2: {
      const fns = Array.from({ length: r.int(1, 3) }, () => windowFn(r, t, total, peers, part));
      const where = r.chance(0.25) ? ` WHERE ${pred(r, t, t.name)}` : '';
      return `SELECT id, ${fns.join(', ')} FROM ${t.name}${where}${finish(r, fns.length + 1)}`;
    }
    case 3: {
      // Named windows, one refining another.
      const frame = r.pick(['', ' ROWS BETWEEN 1 PRECEDING AND CURRENT ROW', ' ROWS UNBOUNDED PRECEDING']);
      return `SELECT id, row_number() OVER w, sum(${o}) OVER (w${frame}), first_value(${r.pick(t.ints)}) OVER w FROM ${t.name} WINDOW w AS (${part === '' ? '' : `PARTITION BY ${part} `}ORDER BY ${total})${finish(r, 4)}`;
    }
    case 4: {
      // Windows over grouped rows, and over a join; a window in a derived table filtered outside.
      return r.pick([
        `SELECT g, count(*), rank() OVER (ORDER BY count(*) DESC), sum(count(*)) OVER () FROM t1 GROUP BY g`,
        `SELECT g, sum(n), sum(sum(n)) OVER (ORDER BY g NULLS FIRST) FROM t1 GROUP BY g`,
        `SELECT * FROM (SELECT id, g, row_number() OVER (PARTITION BY g ORDER BY n DESC NULLS LAST, id) AS rn FROM t1) s WHERE rn = 1`,
        `SELECT a.id, b.id, row_number() OVER (PARTITION BY a.id ORDER BY b.id) FROM t1 a JOIN t2 b ON a.g = b.g`,
        `SELECT id, lag(v, 1, 'none') OVER (ORDER BY id), lead(n, 1, 0) OVER (PARTITION BY g ORDER BY id) FROM t1`,
        `SELECT id, array_agg(id) OVER (ORDER BY id ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING) FROM t3`,
        `SELECT id, string_agg(v, ',') OVER (ORDER BY id) FROM t1`,
        `SELECT id, count(*) OVER (), count(*) OVER (PARTITION BY g) FROM t1 WHERE id > 100`,
        `SELECT DISTINCT g, count(*) OVER (PARTITION BY g) FROM t1`,
        `SELECT id, sum(amt) OVER (ORDER BY amt NULLS FIRST RANGE BETWEEN 1 PRECEDING AND CURRENT ROW) FROM t3`,
        `SELECT id, avg(amt) OVER (PARTITION BY tag ORDER BY id ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) FROM t3`,
        `SELECT id, g, n, last_value(n) OVER (PARTITION BY g ORDER BY n, id RANGE BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) FROM t1`,
      ]);
    }
    default: {
      // Ill-formed: window in WHERE, in GROUP BY, nested, RANGE offset with two keys, unknown window.
      return r.pick([
        'SELECT id FROM t1 WHERE row_number() OVER (ORDER BY id) > 2',
        'SELECT row_number() OVER (ORDER BY id) FROM t1 GROUP BY row_number() OVER (ORDER BY id)',
        'SELECT sum(row_number() OVER (ORDER BY id)) FROM t1',
        'SELECT sum(n) OVER (ORDER BY g, id RANGE BETWEEN 1 PRECEDING AND CURRENT ROW) FROM t1',
        'SELECT sum(n) OVER w FROM t1',
        'SELECT sum(n) OVER (w ORDER BY id) FROM t1 WINDOW w AS (ORDER BY g)',
        'SELECT sum(n) OVER (ORDER BY v RANGE BETWEEN 1 PRECEDING AND CURRENT ROW) FROM t1',
        'SELECT nth_value(n, 0) OVER (ORDER BY id) FROM t1',
        'SELECT ntile(0) OVER (ORDER BY id) FROM t1',
        'SELECT sum(n) OVER (ORDER BY id ROWS BETWEEN -1 PRECEDING AND CURRENT ROW) FROM t1',
        'SELECT sum(n) OVER (ORDER BY id ROWS BETWEEN CURRENT ROW AND 1 PRECEDING) FROM t1',
        'SELECT rank(n) OVER (ORDER BY id) FROM t1',
        'SELECT id FROM t1 ORDER BY count(*) OVER ()',
      ]);
    }
  }
}

// ---------------------------------------------------------------- set operations, DISTINCT, ORDER/LIMIT, CTEs

function operand(r: Rng, width: 1 | 2): string {
  const t = r.pick(TABLES);
  const a = r.pick(keyish(t));
  const second = r.pick(t.texts);
  const list = width === 1 ? a : `${a}, ${second}`;
  const where = r.chance(0.4) ? ` WHERE ${pred(r, t, t.name)}` : '';
  return r.chance(0.12)
    ? `VALUES (${width === 1 ? 'NULL::int' : "NULL::int, 'a'"}), (${width === 1 ? '1' : '1, NULL'})`
    : `SELECT ${list} FROM ${t.name}${where}`;
}

function sets(r: Rng): string {
  const op = () => r.pick(['UNION', 'UNION ALL', 'INTERSECT', 'INTERSECT ALL', 'EXCEPT', 'EXCEPT ALL']);
  switch (r.int(0, 13)) {
    case 0:
    case 1: {
      const width = r.pick([1, 2] as const);
      return `${operand(r, width)} ${op()} ${operand(r, width)}${finish(r, width)}`;
    }
    case 2:
    case 3: {
      // Three operands: precedence (INTERSECT binds tighter) and parentheses.
      const width = r.pick([1, 2] as const);
      const [x, y, z] = [operand(r, width), operand(r, width), operand(r, width)];
      const body = r.pick([
        `${x} ${op()} ${y} ${op()} ${z}`,
        `(${x} ${op()} ${y}) ${op()} ${z}`,
        `${x} ${op()} (${y} ${op()} ${z})`,
      ]);
      return `${body}${finish(r, width)}`;
    }
    case 4: {
      // A set operation inside a derived table, counted and grouped.
      return `SELECT g, count(*) FROM (${operand(r, 1).replace(/^SELECT (\w+)/, 'SELECT $1 AS g')} ${op()} ${operand(r, 1)}) s GROUP BY g${finish(r, 2)}`;
    }
    case 5: {
      // DISTINCT and DISTINCT ON, ON's ORDER BY ending in the unique key.
      const t = r.pick([TT1, TT2, TT3]);
      const k = r.pick(keyish(t));
      if (r.chance(0.4)) {
        const list = r.some(
          t.all.filter((c) => c !== 'id'),
          r.int(1, 2),
        );
        return `SELECT DISTINCT ${list.join(', ')} FROM ${t.name}${finish(r, list.length)}`;
      }
      const d = r.pick(['', ' DESC', ' NULLS FIRST', ' DESC NULLS LAST']);
      const by = r.chance(0.3) ? `${k}${d}, ${r.pick(t.all)}, id` : `${k}${d}, id${r.pick(['', ' DESC'])}`;
      return `SELECT DISTINCT ON (${k}) ${k}, id, ${r.pick(t.all)} FROM ${t.name} ORDER BY ${by}`;
    }
    case 6: {
      // ORDER BY expressions, names, aliases and NULLS placement, then the rest of the columns.
      const t = r.pick([TT1, TT2]);
      const e = r.pick([
        `${r.pick(t.ints)} % 2`,
        `coalesce(${r.pick(t.ints)}, 0)`,
        `${r.pick(t.texts)} IS NULL`,
        `-${r.pick(t.ints)}`,
        `${r.pick(t.ints)} * id`,
      ]);
      const list = t.all.join(', ');
      return `SELECT ${list} FROM ${t.name} ORDER BY ${e} ${r.pick(['ASC', 'DESC', 'DESC NULLS FIRST', 'NULLS LAST'])}, id${r.pick(['', ' DESC'])}${r.pick(['', ` LIMIT ${r.int(0, 4)}`, ` OFFSET ${r.int(1, 5)}`, ` LIMIT ALL`, ` LIMIT NULL`])}`;
    }
    case 7: {
      // FETCH FIRST ... WITH TIES, read unordered outside.
      const t = r.pick([TT1, TT2, TT3]);
      const k = r.pick(keyish(t));
      return `SELECT * FROM (SELECT id, ${k} FROM ${t.name} ORDER BY ${k} ${r.pick(['ASC', 'DESC', 'NULLS FIRST', 'DESC NULLS LAST'])} ${r.chance(0.4) ? `OFFSET ${r.int(1, 3)} ROWS ` : ''}FETCH FIRST ${r.int(1, 4)} ROWS WITH TIES) s`;
    }
    case 8: {
      // CTEs, materialized or not, used once or twice.
      const m = r.pick(['', 'MATERIALIZED ', 'NOT MATERIALIZED ']);
      return r.pick([
        `WITH s AS ${m}(SELECT g, count(*) AS c FROM t1 GROUP BY g) SELECT s.g, s.c, b.id FROM s JOIN t2 b USING (g)`,
        `WITH s AS ${m}(SELECT id, n FROM t1 WHERE n > 3) SELECT x.id, y.id FROM s x JOIN s y ON x.n = y.n AND x.id < y.id`,
        `WITH s AS ${m}(SELECT * FROM t3), u AS (SELECT t1_id, sum(amt) AS total FROM s GROUP BY t1_id) SELECT * FROM u`,
        `WITH s(k, c) AS ${m}(SELECT g, count(*) FROM t2 GROUP BY g) SELECT k, c FROM s WHERE k IS NOT NULL ORDER BY k`,
        `WITH s AS ${m}(SELECT id FROM t1 ORDER BY id DESC LIMIT 3) SELECT count(*), max(id) FROM s`,
        `WITH s AS ${m}(SELECT g FROM t1 UNION SELECT g FROM t2) SELECT g FROM s WHERE g NOT IN (SELECT t1_id FROM t3 WHERE t1_id IS NOT NULL)`,
      ]);
    }
    case 9: {
      // Recursive CTEs that end: a counter, a walk with UNION (deduplicated), a depth-limited join.
      return r.pick([
        `WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < ${r.int(2, 6)}) SELECT n FROM r`,
        `WITH RECURSIVE r(x) AS (SELECT g FROM t1 WHERE id = ${r.int(1, 3)} UNION SELECT b.m FROM t2 b JOIN r ON b.g = r.x) SELECT x FROM r`,
        `WITH RECURSIVE r(id, depth) AS (SELECT id, 0 FROM t1 WHERE g IS NULL UNION ALL SELECT a.id, r.depth + 1 FROM t1 a JOIN r ON a.g = r.id WHERE r.depth < 3) SELECT id, depth FROM r`,
        `WITH RECURSIVE r(n, s) AS (SELECT 1, 'a'::text UNION ALL SELECT n + 1, s || 'b' FROM r WHERE n < 4) SELECT * FROM r ORDER BY n DESC`,
        `WITH RECURSIVE r(n) AS (VALUES (1), (2) UNION SELECT n * 2 FROM r WHERE n < 10) SELECT n, count(*) OVER () FROM r`,
        `WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 100) SELECT sum(n), count(*) FROM r`,
      ]);
    }
    case 10: {
      // LIMIT/OFFSET inside set operations and subqueries.
      return r.pick([
        '(SELECT id FROM t1 ORDER BY id LIMIT 2) UNION ALL (SELECT id FROM t2 ORDER BY id DESC LIMIT 2)',
        '(SELECT g FROM t1 ORDER BY id LIMIT 3) INTERSECT (SELECT g FROM t2 ORDER BY id LIMIT 3)',
        'SELECT id FROM t1 UNION SELECT id FROM t2 ORDER BY 1 DESC LIMIT 3',
        'SELECT g FROM t1 EXCEPT ALL SELECT g FROM t2 ORDER BY g NULLS FIRST',
        'SELECT v AS x FROM t1 UNION SELECT w FROM t2 ORDER BY x DESC NULLS LAST',
        'SELECT count(*) FROM (SELECT g FROM t1 UNION ALL SELECT g FROM t2 OFFSET 3) s',
        'SELECT * FROM (SELECT id FROM t1 ORDER BY id OFFSET 2 LIMIT 3) s ORDER BY id DESC',
        'SELECT g, v FROM t1 UNION SELECT g, w FROM t2 ORDER BY 2 NULLS FIRST, 1 DESC',
      ]);
    }
    case 11: {
      // Type resolution across set operations and VALUES.
      return r.pick([
        'SELECT g FROM t1 UNION SELECT amt FROM t3',
        'SELECT NULL UNION SELECT 1',
        "SELECT 'a' UNION SELECT v FROM t1",
        'SELECT 1 UNION SELECT 2.5',
        "VALUES (1, 'a'), (2.0, NULL)",
        'SELECT amt FROM t3 INTERSECT SELECT 2',
        "SELECT NULL UNION ALL SELECT NULL UNION SELECT 'x'",
        'SELECT n FROM t1 UNION ALL SELECT NULL EXCEPT SELECT m FROM t2',
      ]);
    }
    case 12: {
      // Ill-formed: widths differ, types do not match, ORDER BY a non-output column of a union,
      // DISTINCT ON disagreeing with ORDER BY, ORDER BY an expression not in a DISTINCT list.
      return r.pick([
        'SELECT g, v FROM t1 UNION SELECT g FROM t2',
        'SELECT v FROM t1 UNION SELECT g FROM t2',
        'SELECT g FROM t1 UNION SELECT g FROM t2 ORDER BY id',
        'SELECT DISTINCT ON (g) g, id FROM t1 ORDER BY id',
        'SELECT DISTINCT g FROM t1 ORDER BY n',
        'SELECT g FROM t1 UNION SELECT g FROM t2 ORDER BY g + 1',
        'SELECT id FROM t1 ORDER BY 2',
        'SELECT id FROM t1 LIMIT -1',
        'SELECT id FROM t1 OFFSET -1',
        'SELECT id FROM t1 FETCH FIRST 2 ROWS WITH TIES',
        'WITH RECURSIVE r(n) AS (SELECT n + 1 FROM r UNION SELECT 1) SELECT * FROM r',
        'WITH s AS (SELECT 1 AS a), s AS (SELECT 2 AS a) SELECT * FROM s',
        'SELECT id FROM t1 ORDER BY id LIMIT 1, 2',
      ]);
    }
    default: {
      // ORDER BY with USING operators and on a union's named column; DISTINCT on all with ORDER BY.
      const t = r.pick([TT1, TT2]);
      const k = r.pick(t.ints);
      return r.pick([
        `SELECT ${t.all.join(', ')} FROM ${t.name} ORDER BY ${k} USING >, id USING <`,
        `SELECT DISTINCT ${k} FROM ${t.name} ORDER BY ${k} DESC NULLS FIRST`,
        `SELECT ${k} AS z FROM ${t.name} ORDER BY z NULLS FIRST, id`,
        `SELECT ${k}, id FROM ${t.name} ORDER BY ${t.name}.${k}, ${t.name}.id DESC`,
      ]);
    }
  }
}

export type Area = 'joins' | 'subqueries' | 'aggregates' | 'windows' | 'sets';

const AREAS: Record<Area, (r: Rng) => string> = { joins, subqueries, aggregates, windows, sets };

/** `count` cases of one area, each from its own seed so one case's text never moves another's. */
export function generate(area: Area, seed: number, count: number, setups = DEFAULT_SETUPS): ProbeCase[] {
  const seen = new Set<string>();
  const cases: ProbeCase[] = [];
  for (let i = 0; cases.length < count && i < count * 20; i += 1) {
    const r = new Rng(seed * 1_000_003 + i);
    const setup = r.pick(setups);
    const sql = AREAS[area](r);
    // A duplicate text on the same set-up measures nothing new.
    if (seen.has(`${setup}\n${sql}`)) continue;
    seen.add(`${setup}\n${sql}`);
    const n = String(cases.length + 1).padStart(3, '0');
    cases.push({
      name: `q-${area}${setups === DEFAULT_SETUPS ? '' : ` ${seed}`} ${n} (${setup})`,
      setup: SETUPS[setup],
      steps: [sql],
    });
  }
  return cases;
}

// ---------------------------------------------------------------- composed shapes
// Queries built from queries: every generated query names its columns c1..ck and knows their kinds,
// so it can be nested as a derived table, a CTE, a set-operation operand, a join side or a
// subquery. A window or LIMIT over a composed query orders by every column, which makes the
// answer a fixed multiset however equal rows are ordered.

type Kind = 'int' | 'text' | 'bool' | 'num';

interface Composed {
  readonly sql: string;
  readonly kinds: readonly Kind[];
}

const BASE_COLUMNS: Record<Table['name'], readonly [string, Kind][]> = {
  t1: [
    ['id', 'int'],
    ['g', 'int'],
    ['v', 'text'],
    ['n', 'int'],
    ['b', 'bool'],
  ],
  t2: [
    ['id', 'int'],
    ['g', 'int'],
    ['w', 'text'],
    ['m', 'int'],
  ],
  t3: [
    ['id', 'int'],
    ['t1_id', 'int'],
    ['tag', 'text'],
    ['amt', 'num'],
  ],
};

const names = (count: number) => Array.from({ length: count }, (_, i) => `c${i + 1}`);

/** An expression of one kind over a column of that kind. */
function exprOf(r: Rng, kind: Kind, col: string): string {
  switch (kind) {
    case 'int':
      return r.pick([
        col,
        col,
        `${col} + 1`,
        `coalesce(${col}, 0)`,
        `${col} % 3`,
        `abs(${col} - 3)`,
        `nullif(${col}, 1)`,
      ]);
    case 'text':
      return r.pick([
        col,
        col,
        `upper(${col})`,
        `${col} || 'z'`,
        `coalesce(${col}, '-')`,
        `nullif(${col}, 'a')`,
      ]);
    case 'bool':
      return r.pick([col, `NOT ${col}`, `coalesce(${col}, false)`]);
    default:
      return r.pick([col, `${col} * 2`, `round(${col})`, `coalesce(${col}, 0)`]);
  }
}

function predOf(r: Rng, kind: Kind, col: string): string {
  switch (kind) {
    case 'int':
      return r.pick([
        `${col} > ${r.int(0, 4)}`,
        `${col} IS NULL`,
        `${col} IS NOT NULL`,
        `${col} IN (1, 2)`,
        `${col} <> ${r.int(1, 3)}`,
      ]);
    case 'text':
      return r.pick([`${col} IS NULL`, `${col} > 'a'`, `${col} IN ('a', 'x', 'p')`, `${col} LIKE '%a%'`]);
    case 'bool':
      return r.pick([col, `NOT ${col}`, `${col} IS NOT TRUE`, `${col} IS UNKNOWN`]);
    default:
      return r.pick([`${col} > 1`, `${col} IS NULL`, `${col} = 2`]);
  }
}

function composedBase(r: Rng): Composed {
  const t = r.pick(TABLES);
  const columns = r.some(BASE_COLUMNS[t.name], r.int(1, 3));
  const list = columns.map(([c, k], i) => `${exprOf(r, k, c)} AS c${i + 1}`);
  const [wc, wk] = r.pick(BASE_COLUMNS[t.name]);
  const where = r.chance(0.4) ? ` WHERE ${predOf(r, wk, wc)}` : '';
  return { sql: `SELECT ${list.join(', ')} FROM ${t.name}${where}`, kinds: columns.map(([, k]) => k) };
}

/** ORDER BY every column of a composed query, each way at random. */
function orderComposed(r: Rng, count: number, prefix = ''): string {
  return names(count)
    .map((c) => `${prefix}${c}${r.pick(['', ' DESC', ' NULLS FIRST', ' DESC NULLS LAST'])}`)
    .join(', ');
}

function aggOf(r: Rng, kind: Kind, col: string): [string, Kind] {
  const pick: [string, Kind][] = [
    ['count(*)', 'int'],
    [`count(${col})`, 'int'],
    [`count(DISTINCT ${col})`, 'int'],
    [`max(${col})`, kind],
    [`min(${col})`, kind],
  ];
  if (kind === 'int') pick.push([`sum(${col})`, 'int'], [`avg(${col})`, 'num']);
  if (kind === 'num') pick.push([`sum(${col})`, 'num']);
  if (kind === 'bool') pick.push([`bool_and(${col})`, 'bool'], [`bool_or(${col})`, 'bool']);
  return r.pick(pick);
}

export function composed(r: Rng, depth: number): Composed {
  if (depth <= 0) return composedBase(r);
  const inner = composed(r, depth - 1);
  const n = inner.kinds.length;
  const innerCols = names(n);
  const colOf = (kind?: Kind): [string, Kind] | undefined => {
    const candidates = inner.kinds
      .map((k, i) => [`c${i + 1}`, k] as [string, Kind])
      .filter(([, k]) => !kind || k === kind);
    return candidates.length === 0 ? undefined : r.pick(candidates);
  };
  switch (r.int(0, 10)) {
    case 0: {
      // Filter a derived table.
      const [c, k] = colOf() as [string, Kind];
      return {
        sql: `SELECT * FROM (${inner.sql}) s${depth} WHERE ${predOf(r, k, `s${depth}.${c}`)}`,
        kinds: inner.kinds,
      };
    }
    case 1: {
      // Group a derived table by one column.
      const [c, k] = colOf() as [string, Kind];
      const [ac, ak] = colOf() as [string, Kind];
      const [agg, aggKind] = aggOf(r, ak, ac);
      const having = r.chance(0.3) ? ` HAVING count(*) ${r.pick(['>', '>=', '='])} ${r.int(1, 2)}` : '';
      return {
        sql: `SELECT ${c} AS c1, ${agg} AS c2 FROM (${inner.sql}) s${depth} GROUP BY ${r.pick([c, '1'])}${having}`,
        kinds: [k, aggKind],
      };
    }
    case 2: {
      // Join with another composed query on a column of the same kind.
      const other = composed(r, r.int(0, depth - 1));
      const pairs: [number, number][] = [];
      for (const [i, k] of inner.kinds.entries()) {
        for (const [j, k2] of other.kinds.entries()) if (k === k2) pairs.push([i + 1, j + 1]);
      }
      const kind = r.pick(['JOIN', 'LEFT JOIN', 'RIGHT JOIN', 'FULL JOIN', 'CROSS JOIN']);
      const [i, j] = pairs.length > 0 ? r.pick(pairs) : [0, 0];
      const on =
        kind === 'CROSS JOIN'
          ? ''
          : i === 0
            ? ' ON true'
            : ` ON x${depth}.c${i} ${r.pick(['=', '=', '<>', 'IS NOT DISTINCT FROM'])} y${depth}.c${j}`;
      const xs = innerCols.map((c) => `x${depth}.${c}`);
      const ys = names(other.kinds.length).map((c) => `y${depth}.${c}`);
      const all = [...xs, ...ys].slice(0, 4);
      const kinds = [...inner.kinds, ...other.kinds].slice(0, 4);
      return {
        sql: `SELECT ${all.map((c, idx) => `${c} AS c${idx + 1}`).join(', ')} FROM (${inner.sql}) x${depth} ${kind} (${other.sql}) y${depth}${on}`,
        kinds,
      };
    }
    case 3: {
      // A set operation over one column of a kind both sides have.
      const [c, k] = colOf() as [string, Kind];
      let other = composed(r, r.int(0, depth - 1));
      for (let tries = 0; tries < 5 && !other.kinds.includes(k); tries += 1)
        other = composed(r, r.int(0, depth - 1));
      const oi = other.kinds.indexOf(k);
      if (oi < 0) return { sql: `SELECT DISTINCT * FROM (${inner.sql}) s${depth}`, kinds: inner.kinds };
      const op = r.pick(['UNION', 'UNION ALL', 'INTERSECT', 'INTERSECT ALL', 'EXCEPT', 'EXCEPT ALL']);
      return {
        sql: `SELECT ${c} AS c1 FROM (${inner.sql}) a${depth} ${op} SELECT c${oi + 1} FROM (${other.sql}) b${depth}`,
        kinds: [k],
      };
    }
    case 4: {
      // A window over every column: the same multiset whatever the order of equal rows.
      const order = orderComposed(r, n);
      const [c, k] = colOf() as [string, Kind];
      const part = r.chance(0.4) ? `PARTITION BY ${c} ` : '';
      const [fn, fk]: [string, Kind] = r.pick([
        [`row_number() OVER (${part}ORDER BY ${order})`, 'int'],
        [`rank() OVER (${part}ORDER BY ${order})`, 'int'],
        [`count(*) OVER (${part}ORDER BY ${order})`, 'int'],
        [`lag(${c}) OVER (${part}ORDER BY ${order})`, k],
        [`first_value(${c}) OVER (${part}ORDER BY ${order})`, k],
        [`count(${c}) OVER (${part.trim()})`, 'int'],
        [`max(${c}) OVER (${part}ORDER BY ${order} ROWS BETWEEN 1 PRECEDING AND CURRENT ROW)`, k],
      ] as [string, Kind][]);
      return {
        sql: `SELECT ${innerCols.join(', ')}, ${fn} AS c${n + 1} FROM (${inner.sql}) s${depth}`,
        kinds: [...inner.kinds, fk],
      };
    }
    case 5:
      return { sql: `SELECT DISTINCT * FROM (${inner.sql}) s${depth}`, kinds: inner.kinds };
    case 6: {
      // The first rows in a total order.
      return {
        sql: `SELECT * FROM (${inner.sql}) s${depth} ORDER BY ${orderComposed(r, n)} ${r.pick([`LIMIT ${r.int(0, 3)}`, `OFFSET ${r.int(1, 3)}`, `LIMIT ${r.int(1, 3)} OFFSET ${r.int(1, 2)}`])}`,
        kinds: inner.kinds,
      };
    }
    case 7: {
      // The same query as a CTE, perhaps read twice.
      const m = r.pick(['', 'MATERIALIZED ', 'NOT MATERIALIZED ']);
      const twice = r.chance(0.4);
      if (!twice)
        return { sql: `WITH w${depth} AS ${m}(${inner.sql}) SELECT * FROM w${depth}`, kinds: inner.kinds };
      const [c] = colOf() as [string, Kind];
      return {
        sql: `WITH w${depth} AS ${m}(${inner.sql}) SELECT p.${c} AS c1, count(*) AS c2 FROM w${depth} p JOIN w${depth} q USING (${c}) GROUP BY p.${c}`,
        kinds: [inner.kinds[innerCols.indexOf(c)] as Kind, 'int'],
      };
    }
    case 8: {
      // Semi- and anti-joins against another composed query.
      const [c, k] = colOf() as [string, Kind];
      let other = composed(r, r.int(0, depth - 1));
      for (let tries = 0; tries < 5 && !other.kinds.includes(k); tries += 1)
        other = composed(r, r.int(0, depth - 1));
      const oi = other.kinds.indexOf(k);
      if (oi < 0)
        return { sql: `SELECT * FROM (${inner.sql}) s${depth} WHERE ${c} IS NOT NULL`, kinds: inner.kinds };
      const form = r.pick([
        `${c} IN (SELECT c${oi + 1} FROM (${other.sql}) o${depth})`,
        `${c} NOT IN (SELECT c${oi + 1} FROM (${other.sql}) o${depth})`,
        `EXISTS (SELECT 1 FROM (${other.sql}) o${depth} WHERE o${depth}.c${oi + 1} = s${depth}.${c})`,
        `NOT EXISTS (SELECT 1 FROM (${other.sql}) o${depth} WHERE o${depth}.c${oi + 1} = s${depth}.${c})`,
        `${c} = ANY (SELECT c${oi + 1} FROM (${other.sql}) o${depth})`,
      ]);
      return { sql: `SELECT * FROM (${inner.sql}) s${depth} WHERE ${form}`, kinds: inner.kinds };
    }
    case 9: {
      // A correlated scalar subquery as a new column.
      const [c, k] = colOf() as [string, Kind];
      const other = composed(r, 0);
      const oi = other.kinds.indexOf(k);
      const where = oi < 0 ? '' : ` WHERE o${depth}.c${oi + 1} = s${depth}.${c}`;
      return {
        sql: `SELECT s${depth}.*, (SELECT count(*) FROM (${other.sql}) o${depth}${where}) AS c${n + 1} FROM (${inner.sql}) s${depth}`,
        kinds: [...inner.kinds, 'int'],
      };
    }
    default: {
      // An aggregate of the whole, perhaps of nothing.
      const [ac, ak] = colOf() as [string, Kind];
      const [agg, aggKind] = aggOf(r, ak, ac);
      return {
        sql: `SELECT count(*) AS c1, ${agg} AS c2 FROM (${inner.sql}) s${depth}`,
        kinds: ['int', aggKind],
      };
    }
  }
}

/** Composed cases: queries one to three levels deep, ordered totally or read as a multiset. */
export function generateComposed(seed: number, count: number, setups = DEFAULT_SETUPS): ProbeCase[] {
  const cases: ProbeCase[] = [];
  const seen = new Set<string>();
  for (let i = 0; cases.length < count && i < count * 20; i += 1) {
    const r = new Rng(seed * 1_000_003 + i);
    const setup = r.pick(setups);
    const q = composed(r, r.int(1, 3));
    // The outer ORDER BY goes around the whole query: after a set operation it would bind to the
    // whole anyway, and after the LIMIT of a 'first rows' level it would be a second ORDER BY.
    const text = r.chance(0.5)
      ? `SELECT * FROM (${q.sql}) o ORDER BY ${orderComposed(r, q.kinds.length)}`
      : q.sql;
    if (seen.has(`${setup}\n${text}`)) continue;
    seen.add(`${setup}\n${text}`);
    cases.push({
      name: `q-composed${setups === DEFAULT_SETUPS ? '' : ` ${seed}`} ${String(cases.length + 1).padStart(3, '0')} (${setup})`,
      setup: SETUPS[setup],
      steps: [text],
    });
  }
  return cases;
}
