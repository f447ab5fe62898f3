// Round 20 probe, geometry part 1: PostgreSQL 15 docs 8.8 (geometric types: point, line, lseg, box,
// path, polygon, circle; every input form the chapter lists, output forms, and 22P02 input errors)
// and the input side of 9.11 (type conversion functions point(), box(), circle(), path(), polygon()).
import { ProbeCases, withParams } from '../probe-kit.js';

const list = new ProbeCases('r20 geonet: geometry input: ');
const each = (exprs: readonly string[]) => {
  for (const expr of exprs) list.select(expr, expr);
};

// point
each([
  "'(1,2)'::point",
  "'1,2'::point",
  "' ( 1 , 2 ) '::point",
  "'(1.5,-2.25)'::point",
  "'(1e3,2E-2)'::point",
  "'(NaN,1)'::point",
  "'(Infinity,-Infinity)'::point",
  "'(1,2'::point",
  "'(1 2)'::point",
  "'1'::point",
  "''::point",
  "'(1,2,3)'::point",
  "'(a,b)'::point",
  "'(1,2)x'::point",
  "'(0.1,0.2)'::point",
  "'(-0,0)'::point",
  "'(1e400,1)'::point",
  'point(1, 2)',
  'point(1.5, 2.5)',
  "point('(1,2)'::text)",
  "pg_typeof('(1,2)'::point)",
  "('(1,2)'::point)[0]",
  "('(1,2)'::point)[1]",
  "('(1,2)'::point)[2]",
  "('(1,2)'::point)::text",
]);

// line
each([
  "'{1,-1,0}'::line",
  "'{ 1 , 2 , 3 }'::line",
  "'{0,0,1}'::line",
  "'{0,1,0}'::line",
  "'{1,0,0}'::line",
  "'[(0,0),(1,1)]'::line",
  "'((0,0),(1,1))'::line",
  "'(0,0),(1,1)'::line",
  "'0,0,1,1'::line",
  "'[(1,1),(1,1)]'::line",
  "'{1,2}'::line",
  "'{1,2,3,4}'::line",
  "'{a,b,c}'::line",
  "'[(0,0),(2,1)]'::line",
  "'[(0,0),(0,5)]'::line",
  "'[(0,3),(5,3)]'::line",
  'line(point(0,0), point(1,2))',
  'line(point(1,1), point(1,1))',
]);

// lseg
each([
  "'[(0,0),(1,1)]'::lseg",
  "'((0,0),(1,1))'::lseg",
  "'(0,0),(1,1)'::lseg",
  "'0,0,1,1'::lseg",
  "'[ ( 0 , 0 ) , ( 1 , 1 ) ]'::lseg",
  "'[(0,0),(1,1)'::lseg",
  "'[(0,0)]'::lseg",
  "'[(0,0),(1,1),(2,2)]'::lseg",
  "'0,0,1'::lseg",
  'lseg(point(0,0), point(3,4))',
  "lseg('((0,0),(2,2))'::box)",
  "('[(0,0),(3,4)]'::lseg)[0]",
  "('[(0,0),(3,4)]'::lseg)[1]",
]);

// box
each([
  "'(1,1),(0,0)'::box",
  "'((1,1),(0,0))'::box",
  "'(0,0),(1,1)'::box",
  "'1,1,0,0'::box",
  "'0,0,1,1'::box",
  "'(0,1),(1,0)'::box",
  "'(2,2),(2,2)'::box",
  "'[(0,0),(1,1)]'::box",
  "'((0,0),(1,1)'::box",
  "'(0,0)'::box",
  "'(0,0),(1,1),(2,2)'::box",
  "'0,0,1'::box",
  'box(point(0,0), point(1,1))',
  'box(point(3,4))',
  "box('((0,0),2)'::circle)",
  "box('((0,0),(1,1),(2,0))'::polygon)",
  "('(1,1),(0,0)'::box)[0]",
  "('(1,1),(0,0)'::box)[1]",
  "'(3,3),(1,1)'::box::text",
  "'(1,1),(0,0);(3,3),(2,2)'::box[]",
  "'{(1,1),(0,0);(3,3),(2,2)}'::box[]",
]);

// path
each([
  "'[(0,0),(1,1),(2,0)]'::path",
  "'((0,0),(1,1),(2,0))'::path",
  "'(0,0),(1,1),(2,0)'::path",
  "'0,0,1,1,2,0'::path",
  "'[(0,0)]'::path",
  "'((0,0))'::path",
  "'[]'::path",
  "'[(0,0),(1,1)'::path",
  "'[(0,0),(1)]'::path",
  "'[(0,0),(1,1)]x'::path",
  "'0,0,1'::path",
  "path('((0,0),(1,1),(2,0))'::polygon)",
  "isclosed('((0,0),(1,1))'::path)",
  "isopen('((0,0),(1,1))'::path)",
  "isclosed('[(0,0),(1,1)]'::path)",
  "isopen('[(0,0),(1,1)]'::path)",
  "isclosed('(0,0),(1,1)'::path)",
  "npoints('[(0,0),(1,1),(2,0)]'::path)",
]);

// polygon
each([
  "'((0,0),(1,1),(2,0))'::polygon",
  "'(0,0),(1,1),(2,0)'::polygon",
  "'0,0,1,1,2,0'::polygon",
  "'((0,0))'::polygon",
  "'(0,0)'::polygon",
  "'[(0,0),(1,1),(2,0)]'::polygon",
  "'((0,0),(1,1)'::polygon",
  "'()'::polygon",
  "''::polygon",
  "'0,0,1'::polygon",
  "polygon('(1,1),(0,0)'::box)",
  "polygon('((0,0),(1,1),(2,0))'::path)",
  "polygon('[(0,0),(1,1),(2,0)]'::path)",
  "polygon(4, '((0,0),1)'::circle)::text",
  "polygon('<(0,0),2>'::circle)::text",
  "polygon(2, '((0,0),1)'::circle)",
  "polygon(0, '((0,0),1)'::circle)",
  "npoints('((0,0),(1,1),(2,0),(3,3))'::polygon)",
]);

// circle
each([
  "'<(0,0),1>'::circle",
  "'((0,0),1)'::circle",
  "'(0,0),1'::circle",
  "'0,0,1'::circle",
  "' < ( 1 , 2 ) , 3 > '::circle",
  "'<(0,0),0>'::circle",
  "'<(0,0),-1>'::circle",
  "'<(0,0)>'::circle",
  "'<(0,0),1'::circle",
  "'<(0,0),1>x'::circle",
  "'<(0,0),a>'::circle",
  "'((0,0),1'::circle",
  "'[(0,0),1]'::circle",
  'circle(point(1,2), 3)',
  'circle(point(1,2), -3)',
  "circle('(2,2),(0,0)'::box)",
  "circle('((0,0),(2,0),(2,2),(0,2))'::polygon)",
  "'<(0,0),1>'::circle::text",
  "pg_typeof('<(0,0),1>'::circle)",
]);

// NULLs, arrays, casts between types
each([
  'NULL::point',
  '\'{"(1,2)","(3,4)"}\'::point[]',
  "ARRAY['(1,2)'::point, '(3,4)'::point]",
  "array_length(ARRAY['(1,2)'::point, NULL], 1)",
  "'(1,2)'::point::box",
  "'(1,2)'::point::circle",
  "'[(0,0),(1,1)]'::lseg::point",
  "'(1,1),(0,0)'::box::point",
  "'(1,1),(0,0)'::box::lseg",
  "'(1,1),(0,0)'::box::polygon",
  "'(1,1),(0,0)'::box::circle",
  "'<(0,0),1>'::circle::box",
  "'<(0,0),1>'::circle::point",
  "'((0,0),(2,0),(1,1))'::polygon::box",
  "'((0,0),(2,0),(1,1))'::polygon::circle",
  "'((0,0),(2,0),(1,1))'::polygon::path",
  "'((0,0),(2,0),(1,1))'::polygon::point",
  "'[(0,0),(2,0),(1,1)]'::path::polygon",
  "'(1,2)'::point::text::point",
  "'(1,2)'::text::point",
  "'(1,2)'::varchar::point",
  "CAST('(1,2)' AS point)",
  "point '(1,2)'",
  "box '(1,1),(0,0)'",
  "circle '<(1,1),1>'",
]);

// columns and parameters
const T = 'CREATE TABLE g (id int, p point, b box, c circle, l lseg, pa path, po polygon, li line)';
list.add(
  'columns round trip',
  [
    "INSERT INTO g VALUES (1, '(1,2)', '(0,0),(2,2)', '<(1,1),1>', '[(0,0),(1,1)]', '[(0,0),(1,1),(2,0)]', '((0,0),(1,1),(2,0))', '{1,-1,0}')",
    'SELECT p, b, c, l, pa, po, li FROM g',
  ],
  T,
);
list.add('column bad point', ["INSERT INTO g (id, p) VALUES (1, '(1,')"], T);
list.add('column bad box', ["INSERT INTO g (id, b) VALUES (1, '(0,0)')"], T);
list.add('column bad circle radius', ["INSERT INTO g (id, c) VALUES (1, '<(0,0),-2>')"], T);
list.add('column bad line', ["INSERT INTO g (id, li) VALUES (1, '{0,0,5}')"], T);
list.add('column box normalised', ["INSERT INTO g (id, b) VALUES (1, '(0,2),(2,0)') RETURNING b"], T);
list.add(
  'column path open closed',
  [
    "INSERT INTO g (id, pa) VALUES (1, '[(0,0),(1,1)]'), (2, '((0,0),(1,1))')",
    'SELECT id, isopen(pa) AS o, pa FROM g ORDER BY id',
  ],
  T,
);
list.add('point parameter', [withParams('SELECT $1::point AS v', '(3,4)')]);
list.add('point parameter bad', [withParams('SELECT $1::point AS v', '(3;4)')]);
list.add('box parameter', [withParams('SELECT $1::box AS v', '(0,0),(3,4)')]);
list.add('circle parameter', [withParams('SELECT area($1::circle)::numeric(10,4) AS v', '<(0,0),2>')]);
list.add('polygon parameter', [withParams('SELECT npoints($1::polygon) AS v', '((0,0),(1,0),(1,1),(0,1))')]);
list.add(
  'point column equality needs operator',
  ["INSERT INTO g (id, p) VALUES (1, '(1,2)')", "SELECT id FROM g WHERE p ~= '(1,2)'"],
  T,
);
list.add(
  'point column plain equality',
  ["INSERT INTO g (id, p) VALUES (1, '(1,2)')", "SELECT id FROM g WHERE p = '(1,2)'"],
  T,
);
list.add(
  'box column equality is area',
  [
    "INSERT INTO g (id, b) VALUES (1, '(0,0),(2,2)'), (2, '(5,5),(7,7)')",
    "SELECT id FROM g WHERE b = '(10,10),(12,12)' ORDER BY id",
  ],
  T,
);
list.add(
  'order by point refused',
  ["INSERT INTO g (id, p) VALUES (1, '(1,2)')", 'SELECT id FROM g ORDER BY p'],
  T,
);
list.add(
  'order by box area',
  ["INSERT INTO g (id, b) VALUES (1, '(0,0),(3,3)'), (2, '(0,0),(1,1)')", 'SELECT id FROM g ORDER BY b'],
  T,
);
list.add(
  'distinct on point refused',
  ["INSERT INTO g (id, p) VALUES (1, '(1,2)')", 'SELECT DISTINCT p FROM g'],
  T,
);
list.add(
  'group by point refused',
  ["INSERT INTO g (id, p) VALUES (1, '(1,2)')", 'SELECT p, count(*) FROM g GROUP BY p'],
  T,
);
list.add('unique index on point refused', ['CREATE UNIQUE INDEX ON g (p)'], T);
list.add('gist index on point', ['CREATE INDEX g_p ON g USING gist (p)', "SELECT 'ok' AS v"], T);
list.add(
  'gist index on box search',
  [
    'CREATE INDEX g_b ON g USING gist (b)',
    "INSERT INTO g (id, b) VALUES (1, '(0,0),(1,1)'), (2, '(5,5),(6,6)')",
    "SELECT id FROM g WHERE b && '(0.5,0.5),(2,2)' ORDER BY id",
  ],
  T,
);

export default list.cases;
