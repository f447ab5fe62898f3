// Round 25 probe, the order of a scan's conditions: equalities of the planner's classes after the
// others, then cheapest first, each only while the ones before held; rows that fail (division by
// zero, a bad cast) show which condition ran first.
import { ProbeCases, withParams } from '../probe-kit.js';

const S =
  "CREATE TABLE q(id int, x int, y int, name text, code text); INSERT INTO q VALUES (1, 10, 0, 'a', 'x1'), (2, 5, 5, 'b', '7'), (3, 1, 1, 'c', '8');";
const list = new ProbeCases('qual order: ');
const conditions = [
  "name = 'zz' AND 10 / y > 1",
  "10 / y > 1 AND name = 'zz'",
  "name = 'zz' AND x / y = 2",
  "x / y = 2 AND name = 'zz'",
  'x = 99 AND 10 / y = 1',
  '10 / y = 1 AND x = 99',
  'y <> 0 AND x = 10 / y',
  'x = 10 / y AND y <> 0',
  'x = 10 / y AND id = 99',
  'id = 99 AND x = 10 / y',
  "name = 'zz' AND code::int > 0",
  "code::int > 0 AND name = 'zz'",
  'id = 99 AND code::int = 7',
  'code::int = 7 AND id = 99',
  "name = 'zz' AND name = code",
  'x = y AND 10 / y > 0',
  '10 / y > 0 AND x = y',
  'x = y AND x = 10 / y',
  'id = 1 AND id = 2 AND 10 / y > 0',
  'id IN (99) AND 10 / y > 0',
  '10 / y > 0 AND id IN (99)',
  'id = ANY (ARRAY[99]) AND 10 / y > 0',
  '10 / y > 0 AND id = ANY (ARRAY[99])',
  "lower(name) = 'zz' AND 10 / y > 0",
  "10 / y > 0 AND lower(name) = 'zz'",
  "name = 'zz' AND 10 / y > 0 AND x > 0",
  "x > 100 AND name = 'zz' AND 10 / y > 0",
  "name LIKE 'zz%' AND 10 / y > 0",
  "10 / y > 0 AND name LIKE 'zz%'",
  "name = 'zz' OR 10 / y > 0",
  "(name = 'zz') AND (10 / y > 0 OR true)",
  'id = 99 AND CASE WHEN y = 0 THEN true ELSE 10 / y > 0 END',
  "x::text = '99' AND 10 / y > 0",
  "10 / y > 0 AND x::text = '99'",
  'id = random()::int + 99 AND 10 / y > 0',
  "name = 'zz' AND (SELECT 10 / q2.y FROM q q2 WHERE q2.id = q.id) > 0",
  'id = ANY (ARRAY[97, 98, 99, 100, 101, 102]) AND 10 / y > 0',
  '10 / y > 0 AND id = ANY (ARRAY[97, 98, 99, 100, 101, 102])',
  'id IN (97, 98, 99, 100, 101, 102) AND 10 / y > 0',
  'id = ANY (ARRAY[x, 99]) AND 10 / y > 0',
  'id <> ALL (ARRAY[1, 2, 3]) AND 10 / y > 0',
  "name = ANY (ARRAY['zz']) AND 10 / y > 0",
  'id = ANY (ARRAY[99]) AND 10 / y > 0 AND x = 1',
  'x = 1 AND id = ANY (ARRAY[99]) AND 10 / y > 0',
  "id = ANY ('{91,92,93,94,95,96,97,98,99}'::int[]) AND 10 / y > 0",
  'id = ANY (ARRAY[91, 92, 93, 94, 95, 96, 97, 98, 99]) AND 10 / y > 0',
  'id IN (91, 92, 93, 94, 95, 96, 97, 98, 99) AND 10 / y > 0',
  'id NOT IN (91, 92, 93, 94, 95, 96, 97, 98, 99) AND 10 / y > 0',
  'id IN (92, 93, 94, 95, 96, 97, 98, 99) AND 10 / y > 0',
  'id < ANY (ARRAY[91, 92, 93, 94, 95, 96, 97, 98, 99]) AND 10 / y > 0',
  "name IN ('a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7', 'a8', 'a9') AND 10 / y > 0",
  'id IN (91, 92, 93, 94, 95, 96, 97, 98, x) AND 10 / y > 0',
];
for (const [index, where] of conditions.entries())
  list.add(`${index + 1} ${where}`, [`SELECT id FROM q WHERE ${where}`], S);
list.add('update', ["UPDATE q SET x = x WHERE name = 'zz' AND 10 / y > 1"], S);
list.add('delete', ["DELETE FROM q WHERE name = 'zz' AND 10 / y > 1"], S);
list.add('parameter', [withParams('SELECT id FROM q WHERE name = $1 AND 10 / y > 1', 'zz')], S);
list.add('parameter array', [withParams('SELECT id FROM q WHERE id = ANY ($1) AND 10 / y > 0', [99])], S);
list.add(
  'parameter array, long',
  [
    withParams(
      'SELECT id FROM q WHERE id = ANY ($1::int[]) AND 10 / y > 0',
      [91, 92, 93, 94, 95, 96, 97, 98, 99],
    ),
  ],
  S,
);
list.add('join', ["SELECT q.id FROM q JOIN q AS r ON r.id = q.id WHERE q.name = 'zz' AND 10 / q.y > 1"], S);
export default list.cases;
