// Round 27 probe generator (pg-mem): seeded cases of the shapes pg-mem's evaluation order answered
// otherwise than PostgreSQL 15's planner: equivalence classes through join and WHERE equalities,
// one-time filters inside subqueries, CTEs, EXISTS and UNION ALL branches, `= ANY ($1)` costed by
// the bound array, immutable and strict calls folded before the first row, and function errors
// raised only where a row reaches the call. The same seed always builds the same cases.

import { SeededRandom } from '@seams/contracts';
import { type ProbeCase, type ProbeStep, withParams } from '../probe-kit.js';

/** m: two rows (a scalar subquery of it fails 21000); t, u, w: rows; e, qe: none; y = 0 on q's row 1. */
const SETUP = [
  'CREATE TABLE m (v int); INSERT INTO m VALUES (1), (2);',
  'CREATE TABLE one (v int); INSERT INTO one VALUES (1);',
  "CREATE TABLE t (id bigint, name text); INSERT INTO t VALUES (1, 'a'), (3, 'c');",
  'CREATE TABLE u (id int PRIMARY KEY, t_id bigint); INSERT INTO u VALUES (1, 1), (2, 3);',
  'CREATE TABLE w (id int, u_id int); INSERT INTO w VALUES (1, 1);',
  'CREATE TABLE e (id int, name text);',
  "CREATE TABLE q (id int, y int, name text, dt date, ts timestamp, n2 numeric(10,2)); INSERT INTO q VALUES (1, 0, 'abc', '2020-01-02', '2020-01-02 03:04:05', 1.50), (2, 1, NULL, NULL, NULL, NULL), (3, 2, 'xyz', '2021-06-30', '2021-06-30 23:59:59', -2.25);",
  'CREATE TABLE qe (id int, y int, name text, dt date, ts timestamp, n2 numeric(10,2));',
].join(' ');

/** A value a class member may be compared with: several rows, one row, none, a failing one. */
const SUBQUERIES = [
  '(SELECT v FROM m)',
  '(SELECT v FROM one)',
  '(SELECT v FROM m WHERE v = 9)',
  '(SELECT v / 0 FROM one)',
  '(SELECT v FROM m WHERE v = 2)',
];

const CONSTANTS = ['2', '1', '3', '99'];

function cases(
  prefix: string,
  seed: number,
  count: number,
  build: (rng: SeededRandom) => ProbeStep,
): ProbeCase[] {
  const rng = new SeededRandom(seed);
  const seen = new Set<string>();
  const list: ProbeCase[] = [];
  for (let attempt = 0; list.length < count && attempt < count * 20; attempt++) {
    const step = build(rng);
    const key = JSON.stringify(step);
    if (seen.has(key)) continue;
    seen.add(key);
    const text = typeof step === 'string' ? step : 'sql' in step ? step.sql : '';
    list.push({
      name: `${prefix} ${seed}#${list.length}: ${text.slice(0, 110)}`,
      setup: SETUP,
      steps: [step],
    });
  }
  return list;
}

/** Classes that reach a subquery through `a.x = b.y`: inner, comma and left joins, chains of three. */
export function classCases(seed: number, count: number): ProbeCase[] {
  return cases('classes', seed, count, (rng) => {
    const sub = rng.pick(SUBQUERIES);
    const constant = rng.pick(CONSTANTS);
    const param = rng.chance(0.25);
    const value = param ? '$1' : constant;
    const shape = rng.below(7);
    const [from, left, right] = (
      [
        ['u JOIN t ON t.id = u.t_id', 'u.t_id', 't.id'],
        ['u, t WHERE t.id = u.t_id AND', 'u.t_id', 't.id'],
        ['u LEFT JOIN t ON t.id = u.t_id', 'u.t_id', 't.id'],
        ['u LEFT JOIN t ON t.id = u.t_id', 't.id', 'u.t_id'],
        ['w JOIN u ON u.id = w.u_id JOIN t ON t.id = u.t_id', 'w.u_id', 'u.id'],
        ['u JOIN t ON u.t_id = t.id AND t.name IS NOT NULL', 't.id', 'u.t_id'],
        ['u JOIN e ON e.id = u.id', 'e.id', 'u.id'],
      ] as const
    )[shape] ?? ['u JOIN t ON t.id = u.t_id', 'u.t_id', 't.id'];
    const [first, second] = rng.chance(0.5) ? [left, right] : [right, left];
    const conditions = rng.chance(0.5)
      ? `${first} = ${value} AND ${second} = ${sub}`
      : `${second} = ${sub} AND ${first} = ${value}`;
    const where = from.endsWith('AND') ? `${from} ${conditions}` : `${from} WHERE ${conditions}`;
    const select = rng.pick(['u.id', 'count(*)', '1 AS x']);
    const sql = `SELECT ${select} FROM ${where}${select === 'u.id' ? ' ORDER BY u.id' : ''}`;
    return param ? withParams(sql, Number(constant)) : sql;
  });
}

/** One-time filters of a query below the statement's: written, derived from a class, beside a row condition. */
export function nestedCases(seed: number, count: number): ProbeCase[] {
  return cases('nested', seed, count, (rng) => {
    const sub = rng.pick(SUBQUERIES);
    const table = rng.pick(['t', 'e']);
    const where = rng.pick([
      `${sub} = 1`,
      `${sub} IS NOT NULL`,
      `id = 2 AND id = ${sub}`,
      `id = ${sub} AND id = 1`,
      `${sub} = 1 AND id = 2`,
      `id IS NULL AND ${sub} > 0`,
      `name = 'zz' AND ${sub} = 1`,
      `id = ${sub}`,
    ]);
    const inner = `SELECT id FROM ${table} WHERE ${where}`;
    const wrap = rng.below(9);
    switch (wrap) {
      case 0:
        return `SELECT (${inner} LIMIT 1) AS c`;
      case 1:
        return `SELECT (${inner} LIMIT 1) AS c FROM ${rng.pick(['e', 'one'])}`;
      case 2:
        return `WITH c AS (${inner}) SELECT * FROM c`;
      case 3:
        return `WITH c AS (${inner}) SELECT 1 AS x`;
      case 4:
        return `SELECT EXISTS (${inner}) AS x`;
      case 5:
        return `SELECT * FROM (${inner}) s`;
      case 6:
        return `SELECT id FROM u WHERE id IN (${inner}) ORDER BY id`;
      case 7:
        return `SELECT 1 AS a UNION ALL ${inner} LIMIT ${rng.pick([1, 2, 5])}`;
      default:
        return `SELECT count(*) FROM (SELECT 1 AS a UNION ALL ${inner}) s`;
    }
  });
}

/** `= ANY ($1)` and `<> ALL ($1)` beside a division by zero on q's row 1, by the bound array's length. */
export function arrayCases(seed: number, count: number): ProbeCase[] {
  return cases('arrays', seed, count, (rng) => {
    const length = rng.pick([0, 1, 2, 3, 4, 5, 7, 8, 9, 10, 12, 20]);
    const values = Array.from({ length }, (_, index) => 90 + index);
    const op = rng.pick(['= ANY', '= ANY', '<> ALL', '= ALL', '< ANY']);
    const cast = rng.pick(['', '::int[]']);
    const raising = rng.pick(['10 / y > 0', '10 / y + 1 > 0', 'y / y = 1', 'mod(10, y) = 0']);
    const array = `$1${cast}`;
    const sql = rng.chance(0.5)
      ? `SELECT id FROM q WHERE id ${op} (${array}) AND ${raising} ORDER BY id`
      : `SELECT id FROM q WHERE ${raising} AND id ${op} (${array}) ORDER BY id`;
    return withParams(sql, values);
  });
}

/** Immutable string functions over constants, and strict calls of a NULL, beside a division by zero. */
export function foldingCases(seed: number, count: number): ProbeCase[] {
  return cases('folding', seed, count, (rng) => {
    const text = (): string =>
      rng.pick([
        "'abc'",
        "repeat('ab', 2)",
        "reverse('cba')",
        "upper('a')",
        "lower('ABC')",
        "rtrim('abc  ')",
        "left('abcd', 2)",
        "replace('abc', 'b', 'x')",
        "lpad('c', 3, 'ab')",
        "substr('abc', 2)",
        'NULL::text',
        "rtrim(NULL::text, ' ')",
        'name',
        "concat('a', NULL)",
      ]);
    const condition = rng.pick([
      () => `starts_with(${text()}, ${text()})`,
      () => `${text()} = ${text()}`,
      () => `length(${text()}) > ${rng.below(4)}`,
      () => `strpos(${text()}, ${text()}) > 0`,
      () => `${text()} LIKE 'a%'`,
      () => `split_part(${text()}, 'b', 1) = 'a'`,
    ])();
    const raising = rng.pick(['1 / y > 0', '10 / (y - y) = 1', 'mod(5, y) = 1']);
    return rng.chance(0.6)
      ? `SELECT id FROM q WHERE ${condition} AND ${raising} ORDER BY id`
      : `SELECT id FROM q WHERE ${raising} AND ${condition} ORDER BY id`;
  });
}

/** Function errors PostgreSQL raises as the call runs: by the rows reaching it, after parse-analysis errors. */
export function runTimeCases(seed: number, count: number): ProbeCase[] {
  return cases('run time', seed, count, (rng) => {
    const unit = rng.pick(['minute', 'hour', 'second', 'milliseconds', 'day', 'year']);
    const source = rng.pick(['dt', 'dt', "date '2020-01-01'", 'NULL::date', 'CAST(ts AS date)']);
    const call = rng.chance(0.75)
      ? `extract(${unit} FROM ${source})`
      : `date_trunc('${rng.pick(['dow', 'doy', 'epoch', 'day'])}', ${rng.pick(['ts', "timestamp '2020-01-01'"])})`;
    const other = rng.pick(['', '', ' + mod(n2, round(3))', ' + nope', " + length('a')", ' + 1 / (y - y)']);
    const filter = rng.pick([
      '',
      ' WHERE id = 2',
      ' WHERE id = 9',
      ' WHERE false',
      ' WHERE dt IS NULL',
      ' WHERE id > 1',
    ]);
    const table = rng.pick(['q', 'q', 'qe']);
    const expr = `${call}${other}`;
    const placed = rng.pick([
      `SELECT ${expr} AS v FROM ${table}${table === 'q' ? filter : ''}`,
      `SELECT id FROM ${table} WHERE ${expr} > 0`,
      `SELECT CASE WHEN id > 5 THEN ${expr} END AS v FROM ${table}`,
    ]);
    return placed;
  });
}
