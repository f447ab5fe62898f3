// Round 20 probe, geometry part 2: PostgreSQL 15 docs 9.11 (geometric functions and operators):
// translation + -, scaling and rotation * /, @-@ length, @@ center, # intersection / vertex count,
// ## closest point, <-> distance, @> <@ containment, && overlap, << >> &< &> <<| |>> &<| |&> <^ >^,
// ?# ?- ?| ?-| ?|| ~=, and area, center, diagonal, diameter, height, length, npoints, pclose, popen,
// radius, slope, width, bound_box.
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases('r20 geonet: geometry ops: ');
const each = (exprs: readonly string[]) => {
  for (const expr of exprs) list.select(expr, expr);
};

// translation, scaling, rotation
each([
  "'(1,1),(0,0)'::box + '(2,0)'::point",
  "'(1,1),(0,0)'::box - '(2,0)'::point",
  "'(1,2)'::point + '(3,4)'::point",
  "'(1,2)'::point - '(3,4)'::point",
  "'[(0,0),(1,1)]'::path + '(1,1)'::point",
  "'[(0,0),(1,1)]'::path - '(1,1)'::point",
  "'<(0,0),1>'::circle + '(1,1)'::point",
  "'<(0,0),1>'::circle - '(1,1)'::point",
  "'(1,1),(0,0)'::box * '(2,0)'::point",
  "'(1,1)'::point * '(2,0)'::point",
  "'(1,1)'::point * '(0,1)'::point",
  "'(1,1)'::point / '(2,0)'::point",
  "'(1,1)'::point / '(0,1)'::point",
  "'(1,1)'::point / '(0,0)'::point",
  "'(2,2),(0,0)'::box / '(2,0)'::point",
  "'<(1,1),1>'::circle * '(2,0)'::point",
  "'<(1,1),2>'::circle / '(2,0)'::point",
  "'[(0,0),(1,1)]'::path * '(0,1)'::point",
  "'[(0,0),(1,1)]'::path / '(0,1)'::point",
  "'[(0,0),(1,1)]'::path + '[(2,2),(3,3)]'::path",
  "'((0,0),(1,1))'::path + '[(2,2),(3,3)]'::path",
  "'(1,1),(0,0)'::box + '(1,1),(0,0)'::box",
  "'(1,2)'::point * 2",
]);

// length, center, count, intersection, closest point
each([
  "@-@ '[(0,0),(3,4)]'::lseg",
  "@-@ '[(0,0),(3,4),(3,0)]'::path",
  "@-@ '((0,0),(3,4),(3,0))'::path",
  "@@ '(2,2),(0,0)'::box",
  "@@ '<(1,2),3>'::circle",
  "@@ '[(0,0),(2,2)]'::lseg",
  "@@ '((0,0),(2,0),(2,2),(0,2))'::polygon",
  "# '((1,0),(0,1),(-1,0))'::polygon",
  "# '[(0,0),(1,1),(2,0)]'::path",
  "'[(0,0),(1,1)]'::lseg # '[(1,0),(0,1)]'::lseg",
  "'[(0,0),(1,1)]'::lseg # '[(2,0),(3,1)]'::lseg",
  "'(2,2),(-1,-1)'::box # '(1,1),(-2,-2)'::box",
  "'(2,2),(-1,-1)'::box # '(5,5),(4,4)'::box",
  "'{1,-1,0}'::line # '{1,1,-2}'::line",
  "'{1,-1,0}'::line # '{1,-1,5}'::line",
  "'(0,0)'::point ## '[(2,0),(0,2)]'::lseg",
  "'(3,3)'::point ## '(2,2),(0,0)'::box",
  "'(1,1)'::point ## '(2,2),(0,0)'::box",
  "'(0,0)'::point ## '{1,-1,2}'::line",
  "'[(1,2),(-1,-2)]'::lseg ## '(2,2),(0,0)'::box",
  "'[(0,0),(1,1)]'::lseg ## '[(3,0),(3,3)]'::lseg",
  "'[(0,0),(1,0)]'::lseg ## '{1,-1,0}'::line",
]);

// distance
each([
  "'(0,0)'::point <-> '(3,4)'::point",
  "'(0,0)'::point <-> '[(1,1),(1,-1)]'::lseg",
  "'(0,0)'::point <-> '(3,3),(1,1)'::box",
  "'(0,0)'::point <-> '<(5,0),2>'::circle",
  "'<(5,0),2>'::circle <-> '(0,0)'::point",
  "'<(0,0),1>'::circle <-> '<(5,0),1>'::circle",
  "'<(0,0),3>'::circle <-> '<(1,0),1>'::circle",
  "'(0,0)'::point <-> '{1,1,-2}'::line",
  "'{0,1,-1}'::line <-> '{0,1,-3}'::line",
  "'{1,1,0}'::line <-> '{1,-1,0}'::line",
  "'(0,0)'::point <-> '[(1,0),(1,1),(0,1)]'::path",
  "'(0,0)'::point <-> '((1,0),(1,1),(2,0))'::polygon",
  "'(1,0.5)'::point <-> '((0,0),(2,0),(2,2),(0,2))'::polygon",
  "'[(0,0),(1,0)]'::lseg <-> '[(0,2),(1,2)]'::lseg",
  "'(1,1),(0,0)'::box <-> '(5,5),(4,4)'::box",
  "'<(0,0),1>'::circle <-> '((5,0),(6,0),(6,1))'::polygon",
  "'((0,0),(1,0),(1,1))'::polygon <-> '((5,0),(6,0),(6,1))'::polygon",
  "'(0,0)'::point <-> '(NaN,0)'::point",
  "'(0,0)'::point <-> '(Infinity,0)'::point",
]);

// containment and overlap
each([
  "'<(0,0),2>'::circle @> '(1,1)'::point",
  "'<(0,0),1>'::circle @> '(1,1)'::point",
  "'(1,1)'::point <@ '<(0,0),2>'::circle",
  "'(2,2),(0,0)'::box @> '(1,1),(0,0)'::box",
  "'(1,1),(0,0)'::box <@ '(2,2),(0,0)'::box",
  "'(2,2),(0,0)'::box @> '(1,1)'::point",
  "'(1,1)'::point <@ '(2,2),(0,0)'::box",
  "'(2,2),(0,0)'::box @> '(3,3)'::point",
  "'((0,0),(2,0),(2,2),(0,2))'::polygon @> '(1,1)'::point",
  "'((0,0),(2,0),(2,2),(0,2))'::polygon @> '((0.5,0.5),(1,0.5),(1,1))'::polygon",
  "'(1,1)'::point <@ '((0,0),(2,0),(2,2),(0,2))'::polygon",
  "'(2,0)'::point <@ '((0,0),(2,0),(2,2),(0,2))'::polygon",
  "'(1,1)'::point <@ '[(0,0),(2,2)]'::lseg",
  "'(1,1)'::point <@ '{1,-1,0}'::line",
  "'(1,1)'::point <@ '[(0,0),(2,2),(4,0)]'::path",
  "'[(0,0),(1,1)]'::lseg <@ '(2,2),(0,0)'::box",
  "'[(0,0),(1,1)]'::lseg <@ '{1,-1,0}'::line",
  "'<(0,0),3>'::circle @> '<(1,0),1>'::circle",
  "'<(1,0),1>'::circle <@ '<(0,0),3>'::circle",
  "'(1,1),(0,0)'::box && '(2,2),(0,0)'::box",
  "'(1,1),(0,0)'::box && '(3,3),(2,2)'::box",
  "'(1,1),(0,0)'::box && '(2,2),(1,1)'::box",
  "'<(0,0),1>'::circle && '<(1.5,0),1>'::circle",
  "'<(0,0),1>'::circle && '<(3,0),1>'::circle",
  "'((0,0),(1,1),(1,0))'::polygon && '((0,0),(3,3),(3,0))'::polygon",
  "'((0,0),(1,1),(1,0))'::polygon && '((5,5),(6,6),(6,5))'::polygon",
]);

// relative position
each([
  "'<(0,0),1>'::circle << '<(5,0),1>'::circle",
  "'<(0,0),1>'::circle >> '<(5,0),1>'::circle",
  "'(1,1),(0,0)'::box &< '(2,2),(0,0)'::box",
  "'(3,3),(0,0)'::box &> '(2,2),(0,0)'::box",
  "'(3,3),(0,0)'::box <<| '(5,5),(3,4)'::box",
  "'(5,5),(3,4)'::box |>> '(3,3),(0,0)'::box",
  "'(1,1),(0,0)'::box &<| '(2,2),(0,0)'::box",
  "'(3,3),(0,0)'::box |&> '(2,2),(0,0)'::box",
  "'(1,1),(0,0)'::box <^ '(2,2),(1,1)'::box",
  "'(2,2),(1,1)'::box >^ '(1,1),(0,0)'::box",
  "'(1,0)'::point << '(2,0)'::point",
  "'(3,0)'::point >> '(2,0)'::point",
  "'(0,1)'::point <<| '(0,2)'::point",
  "'(0,3)'::point |>> '(0,2)'::point",
  "'(0,1)'::point <^ '(0,2)'::point",
  "'(0,3)'::point >^ '(0,2)'::point",
  "'((0,0),(1,1),(1,0))'::polygon << '((5,5),(6,6),(6,5))'::polygon",
]);

// intersects, parallel, perpendicular, horizontal, vertical, same
each([
  "'[(-1,0),(1,0)]'::lseg ?# '(2,2),(-2,-2)'::box",
  "'[(0,0),(1,1)]'::lseg ?# '[(1,0),(0,1)]'::lseg",
  "'[(0,0),(1,1)]'::lseg ?# '[(2,2),(3,3)]'::lseg",
  "'{1,-1,0}'::line ?# '{1,1,0}'::line",
  "'{1,-1,0}'::line ?# '{1,-1,5}'::line",
  "'[(0,0),(1,1)]'::lseg ?# '{1,1,-1}'::line",
  "'(1,1),(0,0)'::box ?# '(2,2),(1,1)'::box",
  "'[(0,0),(1,1)]'::path ?# '[(1,0),(0,1)]'::path",
  "'((0,0),(1,1),(1,0))'::polygon ?# '((0,0),(1,1),(0,1))'::polygon",
  "?- '[(-1,0),(1,0)]'::lseg",
  "?- '[(-1,0),(1,1)]'::lseg",
  "'(1,0)'::point ?- '(0,0)'::point",
  "'(1,0)'::point ?- '(0,1)'::point",
  "?| '[(-1,0),(-1,2)]'::lseg",
  "'(0,1)'::point ?| '(0,0)'::point",
  "?- '{0,1,-1}'::line",
  "?| '{1,0,-1}'::line",
  "'[(-1,0),(1,0)]'::lseg ?-| '[(0,-1),(0,1)]'::lseg",
  "'{1,-1,0}'::line ?-| '{1,1,0}'::line",
  "'[(-1,0),(1,0)]'::lseg ?|| '[(-1,2),(1,2)]'::lseg",
  "'{1,-1,0}'::line ?|| '{2,-2,5}'::line",
  "'((0,0),(1,1))'::polygon ~= '((1,1),(0,0))'::polygon",
  "'((0,0),(1,1),(1,0))'::polygon ~= '((1,1),(1,0),(0,0))'::polygon",
  "'(1,2)'::point ~= '(1,2)'::point",
  "'(1,2)'::point ~= '(1,2.0000000001)'::point",
  "'(1,2)'::point = '(1,2)'::point",
  "'(1,2)'::point <> '(1,3)'::point",
  "'(1,1),(0,0)'::box ~= '(0,0),(1,1)'::box",
  "'<(0,0),1>'::circle ~= '<(0,0),1>'::circle",
  "'<(0,0),1>'::circle = '<(5,5),1>'::circle",
  "'<(0,0),1>'::circle < '<(5,5),2>'::circle",
  "'[(0,0),(1,1)]'::lseg = '[(0,0),(1,1)]'::lseg",
  "'[(0,0),(1,1)]'::lseg = '[(1,1),(0,0)]'::lseg",
  "'{1,-1,0}'::line = '{2,-2,0}'::line",
  "'[(0,0),(1,1)]'::path = '[(0,0),(1,1)]'::path",
  "'[(0,0),(3,3)]'::path < '[(0,0),(1,1),(2,2)]'::path",
  "'(1,1),(0,0)'::box < '(3,3),(0,0)'::box",
]);

// functions
each([
  "area('(2,2),(0,0)'::box)",
  "area('<(0,0),1>'::circle)",
  "area('((0,0),(4,0),(4,3))'::path)",
  "area('[(0,0),(4,0),(4,3)]'::path)",
  "area('((0,0),(4,0),(4,3))'::polygon)",
  "center('(1,2),(0,0)'::box)",
  "center('<(1,2),3>'::circle)",
  "center('((0,0),(2,0),(2,2))'::polygon)",
  "diagonal('(1,2),(0,0)'::box)",
  "diameter('<(0,0),2>'::circle)",
  "height('(1,2),(0,0)'::box)",
  "width('(1,2),(0,0)'::box)",
  "length('[(-1,0),(1,0)]'::lseg)",
  "length('((-1,0),(1,0))'::path)",
  "length('[(-1,0),(1,0)]'::path)",
  "npoints('((1,1),(0,0))'::path)",
  "npoints('((1,1),(0,0),(2,3))'::polygon)",
  "pclose('[(0,0),(1,1),(2,0)]'::path)",
  "popen('((0,0),(1,1),(2,0))'::path)",
  "radius('<(0,0),2>'::circle)",
  "slope('(0,0)'::point, '(2,1)'::point)",
  "slope('(0,0)'::point, '(0,1)'::point)",
  "slope('(0,0)'::point, '(1,0)'::point)",
  "slope('(0,0)'::point, '(0,0)'::point)",
  "bound_box('(1,1),(0,0)'::box, '(4,4),(3,3)'::box)",
  "box('(1,1),(0,0)'::box, '(4,4),(3,3)'::box)",
  "point('(1,1),(0,0)'::box)",
  "point('<(1,2),3>'::circle)",
  "point('[(0,0),(2,2)]'::lseg)",
  "point('((0,0),(2,0),(1,2))'::polygon)",
  "box(circle '<(0,0),1>')::text",
  'area(NULL::box)',
  "area('(1,1),(1,1)'::box)",
  "round(area('<(0,0),3>'::circle)::numeric, 6)",
  "length('[(0,0),(3,4),(6,0)]'::path)",
  "isclosed(pclose('[(0,0),(1,1)]'::path))",
]);

// error forms
each([
  "area('(1,1)'::point)",
  "'(1,1)'::point @> '(1,1)'::point",
  "'(1,1)'::point + 1",
  "'<(0,0),1>'::circle + '<(0,0),1>'::circle",
  "'(1,1),(0,0)'::box / '(0,0)'::point",
  "'<(0,0),1>'::circle / '(0,0)'::point",
  "length('(1,1)'::point)",
  "radius('(1,1),(0,0)'::box)",
  "polygon(-1, '<(0,0),1>'::circle)",
  "'(1,1)'::point <-> '(1,1),(0,0)'::box::text",
]);

// aggregates and tables
list.add('sum of box areas', [
  "SELECT sum(area(b)) AS v FROM (VALUES ('(1,1),(0,0)'::box), ('(2,2),(0,0)'::box)) t(b)",
]);
list.add('nearest point by distance', [
  "SELECT p FROM (VALUES ('(5,5)'::point), ('(1,1)'::point), ('(3,0)'::point)) t(p) ORDER BY p <-> '(0,0)' LIMIT 2",
]);
list.add('points inside a circle', [
  "SELECT count(*) AS v FROM (VALUES ('(0,0)'::point), ('(3,0)'::point), ('(1,1)'::point)) t(p) WHERE p <@ circle '<(0,0),2>'",
]);
list.add('gist nearest neighbour', [
  'CREATE TABLE pts (id int, p point)',
  'CREATE INDEX ON pts USING gist (p)',
  "INSERT INTO pts VALUES (1, '(5,5)'), (2, '(1,1)'), (3, '(2,0)')",
  "SELECT id FROM pts ORDER BY p <-> point '(0,0)' LIMIT 2",
]);
list.add('exclusion constraint on circles', [
  'CREATE TABLE cs (c circle, EXCLUDE USING gist (c WITH &&))',
  "INSERT INTO cs VALUES ('<(0,0),1>')",
  "INSERT INTO cs VALUES ('<(1,0),1>')",
]);
list.add('exclusion constraint on circles apart', [
  'CREATE TABLE cs (c circle, EXCLUDE USING gist (c WITH &&))',
  "INSERT INTO cs VALUES ('<(0,0),1>'), ('<(5,0),1>')",
  'SELECT count(*) AS v FROM cs',
]);
list.add('box column translated update', [
  "CREATE TABLE bx (b box); INSERT INTO bx VALUES ('(1,1),(0,0)')",
  "UPDATE bx SET b = b + point '(10,10)' RETURNING b",
]);

export default list.cases;
