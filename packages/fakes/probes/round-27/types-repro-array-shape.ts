// Round 27 probe (helper types27): malformed array literals whose element 17+ rejects before 15's shape check.
import { ProbeCases, withParams } from '../probe-kit.js';

const list = new ProbeCases('array shape: ');
const literals = [
  '{1.5,}',
  '{1_000,}',
  '{abc,}',
  '{1,{2}}',
  '{1.000,{}}',
  '{{1},2}',
  '{1,2}}',
  '{"a"b,1.5}',
  '{{}}',
  '{ x, }',
  '{1,,2}',
];
for (const literal of literals) {
  const q = `'${literal}'`;
  list.select(`${literal} ::smallint[]`, `${q}::smallint[]`);
  list.select(`${literal} ::json[]`, `${q}::json[]`);
  list.select(`${literal} ::varchar(2)[]`, `CAST(${q} AS varchar(2)[])`);
  list.select(`${literal} ::date[]`, `${q}::date[]`);
  list.add(`${literal} insert int2[] column`, [`INSERT INTO c VALUES (${q})`], 'CREATE TABLE c (v int2[]);');
  list.add(
    `${literal} param int2[] column`,
    [withParams('INSERT INTO c VALUES ($1)', literal)],
    'CREATE TABLE c (v int2[]);',
  );
  list.add(`${literal} param ::int[]`, [withParams('SELECT $1::int[] AS v', literal)]);
  list.add(
    `${literal} update uuid[] column`,
    [`INSERT INTO c VALUES (NULL)`, `UPDATE c SET v = ${q}`],
    'CREATE TABLE c (v uuid[]);',
  );
}
export default list.cases;
