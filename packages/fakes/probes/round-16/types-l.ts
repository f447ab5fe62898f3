// Round 16 probe, part L: geometric edge values (NaN, infinities, degenerate shapes) and array input/output
// corners, where later versions adjusted the C code.
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases();
const q = (name: string, expr: string) => list.add(`t16l ${name}`, [`SELECT (${expr})::text AS v`]);
q('point NaN distance', `point('NaN', 1) <-> point(1, 1)`);
q('point infinity distance', `point('Infinity', 0) <-> point(0, 0)`);
q('point NaN same as', `point('NaN', 1) ~= point('NaN', 1)`);
q('box with NaN area', `area(box(point('NaN', 0), point(1, 1)))`);
q('circle NaN radius input', `'<(0,0),NaN>'::circle`);
q('circle infinite radius area', `area('<(0,0),Infinity>'::circle)`);
q('line through same point', `line(point(1, 1), point(1, 1))`);
q('lseg degenerate length', `length(lseg(point(1, 1), point(1, 1)))`);
q('point on degenerate lseg', `point(1, 1) <@ lseg(point(1, 1), point(1, 1))`);
q('closest point on lseg', `point(0, 2) ## lseg(point(0, 0), point(2, 0))`);
q('closest point on line', `point(0, 2) ## line(point(0, 0), point(2, 0))`);
q('lseg to line distance', `lseg(point(0, 1), point(2, 1)) <-> line(point(0, 0), point(1, 0))`);
q('parallel lines intersection', `line(point(0, 0), point(1, 0)) # line(point(0, 1), point(1, 1))`);
q('parallel lines distance', `line(point(0, 0), point(1, 0)) <-> line(point(0, 1), point(1, 1))`);
q('vertical line', `line(point(1, 0), point(1, 5))`);
q('horizontal line', `line(point(0, 2), point(5, 2))`);
q('line point distance vertical', `point(3, 3) <-> line(point(1, 0), point(1, 5))`);
q(
  'polygon contains polygon touching',
  `polygon '((0,0),(2,0),(2,2),(0,2))' @> polygon '((0,0),(1,0),(1,1),(0,1))'`,
);
q(
  'polygon contains concave',
  `polygon '((0,0),(4,0),(4,4),(2,1),(0,4))' @> polygon '((1,3),(3,3),(3,3.5),(1,3.5))'`,
);
q('polygon distance', `polygon '((0,0),(1,0),(1,1))' <-> polygon '((3,0),(4,0),(4,1))'`);
q('circle polygon distance', `circle '<(5,0),1>' <-> polygon '((0,0),(1,0),(1,1))'`);
q('box to point distance inside', `box '(0,0),(2,2)' <-> point(1, 1)`);
q('path with one point length', `length(path '[(1,1)]')`);
q('polygon one point', `polygon '((1,1))'`);
q('box same point', `box '(1,1),(1,1)'`);
q('point float precision output', `point(1.0/3, 2.0/3)`);
q('circle output precision', `circle(point(0.1, 0.2), 0.3)`);
q('box division by point', `box '(2,2),(4,4)' / point(2, 0)`);
q('box division by zero point', `box '(2,2),(4,4)' / point(0, 0)`);
q('path division by zero point', `path '[(2,2),(4,4)]' / point(0, 0)`);
q('circle times point', `circle '<(1,1),2>' * point(2, 0)`);
q('point rotate via complex multiply', `point(1, 0) * point(0, 1)`);
q('polygon with many points npoints', `npoints(polygon(12, circle '<(0,0),1>'))`);
q('polygon from circle with 2 points errors', `polygon(2, circle '<(0,0),1>')`);
q('polygon from zero radius circle', `polygon(3, circle '<(0,0),0>')`);
q('array output of geometric', `ARRAY[point(1, 2), point(3, 4)]`);
q('array output of box uses semicolon', `ARRAY[box '(1,1),(0,0)', box '(3,3),(2,2)']`);
q('box array input semicolon', `'{(1,1),(0,0);(3,3),(2,2)}'::box[]`);
q('array of ranges output', `ARRAY[int4range(1, 3), 'empty']`);
q('array of composites output', `ARRAY[ROW(1, 'a b'), ROW(NULL, '')]`);
q('array of arrays text', `ARRAY['{1}'::text, '{}']`);
q('array of json', `ARRAY['{"a": "b c"}'::json]`);
q('array of bytea', `ARRAY['\\x00'::bytea, '']`);
q('array of inet', `ARRAY['10.0.0.1/8'::inet, '::1']`);
q('array of uuid', `ARRAY[gen_random_uuid()] IS NOT NULL`);
q('array of bit', `ARRAY[B'101', B'']`);
q('array of intervals', `ARRAY[interval '1 day', interval '-1 hour']`);
q('array of empty strings and spaces', `ARRAY['', ' ', 'a ']`);
q('array of strings with braces and quotes', `ARRAY['{', '}', '"', '\\', ',']`);
export default list.cases;
