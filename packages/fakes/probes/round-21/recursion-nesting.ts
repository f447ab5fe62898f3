// Round 21 probe, recursion: deep nesting the parser and the input functions walk recursively
// (expressions, parentheses, arrays, json, jsonb, subqueries), PostgreSQL 15 docs 4.2 and 8.14-8.15.
// Each deep case is followed by a statement in the same session, which must answer as usual.
import { ProbeCases, type ProbeStep } from '../probe-kit.js';

const list = new ProbeCases('r21 recursion: nesting: ');
const add = (name: string, steps: ProbeStep[], setup?: string) => list.add(name, steps, setup);
const ALIVE = 'SELECT 1 AS alive';
const parens = (n: number) => `${'('.repeat(n)}1${')'.repeat(n)}`;

for (const depth of [100, 1000, 3000, 10000, 50000]) {
  add(`parentheses ${depth}`, [`SELECT ${parens(depth)} AS v`, ALIVE]);
}
for (const depth of [100, 1000, 5000]) {
  add(`additions chain ${depth}`, [`SELECT ${Array(depth).fill('1').join(' + ')} AS v`, ALIVE]);
}
add('unary minus 2000', [`SELECT ${'- '.repeat(2000)}1 AS v`, ALIVE]);
add('not chain 3000', [`SELECT ${'NOT '.repeat(3000)}true AS v`, ALIVE]);
for (const depth of [100, 1000, 3000, 10000, 20000, 100000]) {
  add(`jsonb built ${depth} deep`, [
    `SELECT jsonb_typeof((repeat('[', ${depth}) || repeat(']', ${depth}))::jsonb) AS t`,
    ALIVE,
  ]);
}
add('json built 20000 deep', [
  `SELECT json_typeof((repeat('[', 20000) || repeat(']', 20000))::json) AS t`,
  ALIVE,
]);
add('jsonb literal 2000 deep', [
  `SELECT jsonb_typeof('${'['.repeat(2000)}${']'.repeat(2000)}'::jsonb) AS t`,
  ALIVE,
]);
add('jsonb object built 5000 deep', [
  `SELECT jsonb_typeof((repeat('{"a":', 5000) || '1' || repeat('}', 5000))::jsonb) AS t`,
  ALIVE,
]);
for (const depth of [6, 7, 100]) {
  add(`array literal ${depth} dimensions`, [
    `SELECT array_ndims('${'{'.repeat(depth)}1${'}'.repeat(depth)}'::int[]) AS v`,
    ALIVE,
  ]);
}
add('array constructors nested 500', [
  `SELECT array_ndims(${'ARRAY['.repeat(6)}1${']'.repeat(6)}) AS v`,
  ALIVE,
]);
add('nested subqueries 200', [`SELECT ${'(SELECT '.repeat(200)}1${')'.repeat(200)} AS v`, ALIVE]);
add('nested subqueries 3000', [`SELECT ${'(SELECT '.repeat(3000)}1${')'.repeat(3000)} AS v`, ALIVE]);
add('nested case 2000', [`SELECT ${'CASE WHEN true THEN '.repeat(2000)}1${' END'.repeat(2000)} AS v`, ALIVE]);
add('nested coalesce 3000', [`SELECT ${'coalesce('.repeat(3000)}1${')'.repeat(3000)} AS v`, ALIVE]);
add('recursive cte 10000 rows', [
  'WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < 10000) SELECT max(n) AS m FROM c',
  ALIVE,
]);
add('jsonb path deep', [
  `SELECT jsonb_path_query('${'['.repeat(500)}1${']'.repeat(500)}'::jsonb, 'strict $${'[0]'.repeat(500)}') AS v`,
  ALIVE,
]);

export default list.cases;
