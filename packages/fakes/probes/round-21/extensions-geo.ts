// Round 21 probe, contrib extensions: cube (PostgreSQL 15 docs F.9), earthdistance (F.14), seg
// (F.36), isn (F.19): input/output forms, functions, operators, distance metrics, indexes and bad
// input; earthdistance's great-circle distances (deterministic numbers, rounded where the server's
// float output would depend on extra_float_digits); isn's check digits, weak mode, casts.
import { ProbeCases, type ProbeStep } from '../probe-kit.js';

const list = new ProbeCases('r21 extensions: geo: ');
const CUBE = 'CREATE EXTENSION cube';
const EARTH = 'CREATE EXTENSION cube; CREATE EXTENSION earthdistance';
const SEG = 'CREATE EXTENSION seg';
const ISN = 'CREATE EXTENSION isn';
const add = (name: string, steps: ProbeStep[], setup: string) => list.add(name, steps, setup);
const sel = (name: string, expr: string, setup: string) => add(name, [`SELECT ${expr} AS v`], setup);

for (const [name, expr] of [
  ['point', "'1'::cube"],
  ['point n', "'(1, 2, 3)'::cube"],
  ['box', "'(1, 2), (3, 4)'::cube"],
  ['box reversed', "'(3, 4), (1, 2)'::cube"],
  ['box degenerate', "'(1, 2), (1, 2)'::cube"],
  ['brackets', "'[(1, 2), (3, 4)]'::cube"],
  ['float', "'(1.5e3, -0.25)'::cube"],
  ['float precise', "'(0.1, 0.3333333333333333)'::cube"],
  ['bad', "'(1, 2'::cube"],
  ['bad mixed dims', "'(1, 2), (3)'::cube"],
  ['too many dims', "('(' || array_to_string(array_fill(1, ARRAY[101]), ',') || ')')::cube"],
  ['from float', 'cube(1.5)'],
  ['from two floats', 'cube(1, 2)'],
  ['from array', 'cube(ARRAY[1, 2, 3])'],
  ['from arrays', 'cube(ARRAY[1, 2], ARRAY[3, 4])'],
  ['from arrays mismatch', 'cube(ARRAY[1, 2], ARRAY[3])'],
  ['extend', "cube('(1, 2)'::cube, 3)"],
  ['extend box', "cube('(1, 2)'::cube, 3, 4)"],
  ['dim', "cube_dim('(1, 2), (3, 4)')"],
  ['ll_coord', "cube_ll_coord('(1, 2), (3, 4)', 2)"],
  ['ur_coord', "cube_ur_coord('(1, 2), (3, 0)', 2)"],
  ['ll_coord out of range', "cube_ll_coord('(1, 2)', 5)"],
  ['is_point', "cube_is_point('(1, 2)')"],
  ['is_point box', "cube_is_point('(1, 2), (3, 4)')"],
  ['distance', "cube_distance('(1, 1)', '(4, 5)')"],
  ['subset', "cube_subset(cube('(1,3,5),(6,7,8)'), ARRAY[2])"],
  ['subset reorder', "cube_subset(cube('(1,3,5),(6,7,8)'), ARRAY[3,2,1,1])"],
  ['subset bad index', "cube_subset(cube('(1,3,5),(6,7,8)'), ARRAY[4])"],
  ['union', "cube_union('(1, 2)', '(3, 4)')"],
  ['inter', "cube_inter('(1, 1), (4, 4)', '(2, 2), (6, 6)')"],
  ['inter disjoint', "cube_inter('(1, 1), (2, 2)', '(3, 3), (4, 4)')"],
  ['enlarge', "cube_enlarge('(1, 2), (3, 4)', 0.5, 3)"],
  ['enlarge negative', "cube_enlarge('(1, 2), (3, 4)', -5, 2)"],
  ['overlap', "'(1, 1), (3, 3)'::cube && '(2, 2), (4, 4)'::cube"],
  ['contains', "'(0, 0), (5, 5)'::cube @> '(1, 1)'::cube"],
  ['contained', "'(1, 1)'::cube <@ '(0, 0), (5, 5)'::cube"],
  ['coord operator', "'(1, 2), (3, 4)'::cube -> 3"],
  ['coord operator bad', "'(1, 2), (3, 4)'::cube -> 9"],
  ['knn coord', "'(1, 2), (3, 4)'::cube ~> 2"],
  ['knn coord negative', "'(1, 2), (3, 4)'::cube ~> -1"],
  ['euclid', "'(1, 1)'::cube <-> '(4, 5)'::cube"],
  ['taxicab', "'(1, 1)'::cube <#> '(4, 5)'::cube"],
  ['chebyshev', "'(1, 1)'::cube <=> '(4, 5)'::cube"],
  ['equal', "'(1, 2)'::cube = '(1, 2), (1, 2)'::cube"],
  ['less', "'(1, 2)'::cube < '(1, 3)'::cube"],
  ['size', "cube_size('(0, 0), (2, 3)')"],
  ['type', 'pg_typeof(cube(1))::text'],
  ['text cast', 'cube(1, 2)::text'],
  ['from text function', "cube('(1,2)'::text)"],
] as const) {
  sel(`cube ${name}`, expr, CUBE);
}
const POINTS = `${CUBE}; CREATE TABLE r21_t (id int, c cube); INSERT INTO r21_t VALUES (1, '(0,0)'), (2, '(1,1)'), (3, '(5,5)'), (4, '(2,3),(4,5)')`;
add(
  'cube gist index knn',
  [
    'CREATE INDEX r21_i ON r21_t USING gist (c)',
    "SELECT id FROM r21_t ORDER BY c <-> '(1, 2)'::cube, id LIMIT 3",
  ],
  POINTS,
);
add('cube contains query', ["SELECT id FROM r21_t WHERE c <@ '(0, 0), (2, 2)' ORDER BY id"], POINTS);
add('cube order by', ['SELECT id, c FROM r21_t ORDER BY c, id'], POINTS);
add(
  'cube extra_float_digits',
  ['SET extra_float_digits = 0', "SELECT '(0.1, 0.3333333333333333)'::cube AS v"],
  CUBE,
);

for (const [name, expr] of [
  ['earth', 'earth()'],
  ['ll_to_earth', 'round(cube_ll_coord(ll_to_earth(0, 0), 1)::numeric, 3)'],
  ['latitude', 'round(latitude(ll_to_earth(45.5, -73.5))::numeric, 6)'],
  ['longitude', 'round(longitude(ll_to_earth(45.5, -73.5))::numeric, 6)'],
  [
    'earth_distance',
    'round(earth_distance(ll_to_earth(40.7128, -74.0060), ll_to_earth(51.5074, -0.1278))::numeric, 0)',
  ],
  ['earth_distance zero', 'earth_distance(ll_to_earth(10, 10), ll_to_earth(10, 10))'],
  ['earth_box', 'earth_box(ll_to_earth(0, 0), 1000) @> ll_to_earth(0.001, 0.001)'],
  ['earth_box outside', 'earth_box(ll_to_earth(0, 0), 1000) @> ll_to_earth(1, 1)'],
  ['point distance', 'round((point(-74.0060, 40.7128) <@> point(-0.1278, 51.5074))::numeric, 2)'],
  ['point distance zero', 'point(1, 1) <@> point(1, 1)'],
  ['gc_to_sec', 'round(gc_to_sec(1)::numeric, 2)'],
  ['sec_to_gc', 'round(sec_to_gc(1000)::numeric, 8)'],
  ['sec_to_gc huge', 'sec_to_gc(1e9)'],
  ['ll_to_earth type', 'pg_typeof(ll_to_earth(0, 0))::text'],
  ['earth domain check', "'(1, 2, 3)'::earth"],
  ['earth domain good', 'round(cube_dim(ll_to_earth(1, 2)::cube)::numeric)'],
  ['distance type', 'pg_typeof(point(0,0) <@> point(1,1))::text'],
] as const) {
  sel(`earth ${name}`, expr, EARTH);
}
add(
  'earth nearby query',
  [
    'SELECT name FROM r21_t WHERE earth_box(ll_to_earth(48.8566, 2.3522), 500000) @> ll_to_earth(lat, lon) AND earth_distance(ll_to_earth(48.8566, 2.3522), ll_to_earth(lat, lon)) < 500000 ORDER BY name',
  ],
  `${EARTH}; CREATE TABLE r21_t (name text, lat float8, lon float8); INSERT INTO r21_t VALUES ('London', 51.5074, -0.1278), ('Berlin', 52.52, 13.405), ('Brussels', 50.8503, 4.3517), ('Madrid', 40.4168, -3.7038)`,
);
add(
  'earth gist index',
  ['CREATE INDEX r21_i ON r21_t USING gist (ll_to_earth(lat, lon))'],
  `${EARTH}; CREATE TABLE r21_t (lat float8, lon float8)`,
);
add('earth without cube', ['CREATE EXTENSION earthdistance'], '');

for (const [name, expr] of [
  ['point', "'1.5'::seg"],
  ['range', "'1.5 .. 2.5'::seg"],
  ['open upper', "'1 ..'::seg"],
  ['open lower', "'.. 1'::seg"],
  ['uncertain', "'~5.0'::seg"],
  ['less than', "'<5.0'::seg"],
  ['greater than', "'>5.0'::seg"],
  ['plus minus', "'5(+-)0.3'::seg"],
  ['significant digits', "'6.50 .. 6.5000'::seg"],
  ['bad', "'1 .. a'::seg"],
  ['reversed', "'2 .. 1'::seg"],
  ['lower', "seg_lower('1.5 .. 2.5')"],
  ['upper', "seg_upper('1.5 .. 2.5')"],
  ['center', "seg_center('1 .. 3')"],
  ['size', "seg_size('1 .. 3')"],
  ['overlap', "'1 .. 3'::seg && '2 .. 4'::seg"],
  ['contains', "'1 .. 5'::seg @> '2 .. 3'::seg"],
  ['contained', "'2 .. 3'::seg <@ '1 .. 5'::seg"],
  ['left', "'1 .. 2'::seg << '3 .. 4'::seg"],
  ['right', "'3 .. 4'::seg >> '1 .. 2'::seg"],
  ['not extend right', "'1 .. 2'::seg &< '1 .. 3'::seg"],
  ['equal', "'1 .. 2'::seg = '1.0 .. 2.0'::seg"],
  ['less', "'1 .. 2'::seg < '1 .. 3'::seg"],
  ['union', "seg_union('1 .. 2', '3 .. 4')"],
  ['inter', "seg_inter('1 .. 3', '2 .. 4')"],
  ['type', "pg_typeof('1'::seg)::text"],
  ['float precision', "'0.123456789'::seg"],
] as const) {
  sel(`seg ${name}`, expr, SEG);
}
add(
  'seg gist index',
  ['CREATE INDEX r21_i ON r21_t USING gist (s)', "SELECT s FROM r21_t WHERE s && '2 .. 3' ORDER BY s"],
  `${SEG}; CREATE TABLE r21_t (s seg); INSERT INTO r21_t VALUES ('1 .. 2'), ('2.5 .. 4'), ('5')`,
);

for (const [name, expr] of [
  ['isbn', "'978-0-306-40615-7'::isbn"],
  ['isbn10', "'0-306-40615-2'::isbn"],
  ['isbn13 type', "'0-306-40615-2'::isbn13"],
  ['isbn bad check', "'0-306-40615-3'::isbn"],
  ['isbn bad length', "'0-306-4061'::isbn"],
  ['isbn no hyphens', "'0306406152'::isbn"],
  ['isbn x check', "'0-8044-2957-X'::isbn"],
  ['ean13', "'9780306406157'::ean13"],
  ['ean13 from isbn', "'0-306-40615-2'::isbn::ean13"],
  ['ean13 not isbn', "'4006381333931'::ean13"],
  ['ean13 to isbn refused', "'4006381333931'::ean13::isbn"],
  ['issn', "'1234-5679'::issn"],
  ['issn bad', "'1234-5678'::issn"],
  ['ismn', "'979-0-2600-0043-8'::ismn"],
  ['upc', "'036000291452'::upc"],
  ['upc bad', "'036000291453'::upc"],
  ['is_valid', "is_valid('0-306-40615-2'::isbn)"],
  ['weak mode off', 'isn_weak()'],
  ['weak mode set', 'isn_weak(true)'],
  ['make_valid', "make_valid('0-306-40615-2'::isbn)"],
  ['compare', "'0-306-40615-2'::isbn = '978-0-306-40615-7'::isbn"],
  ['isbn to text', "'0306406152'::isbn::text"],
  ['isbn13 to text', "'0306406152'::isbn13::text"],
  ['isbn type', "pg_typeof('0306406152'::isbn)::text"],
  ['isbn upc mix', "'036000291452'::upc::ean13"],
  ['isbn order', "'0-306-40615-2'::isbn < '0-8044-2957-X'::isbn"],
] as const) {
  sel(`isn ${name}`, expr, ISN);
}
add(
  'isn weak mode bad check accepted',
  [
    'SELECT isn_weak(true) AS w',
    "SELECT '0-306-40615-3'::isbn AS v",
    "SELECT is_valid('0-306-40615-3'::isbn) AS v",
    "SELECT make_valid('0-306-40615-3'::isbn) AS v",
  ],
  ISN,
);
add(
  'isn column unique',
  ["INSERT INTO r21_t VALUES ('0-306-40615-2')", "INSERT INTO r21_t VALUES ('9780306406157')"],
  `${ISN}; CREATE TABLE r21_t (i isbn13 UNIQUE)`,
);
add(
  'isn btree index',
  ['CREATE INDEX r21_i ON r21_t (i)', "SELECT count(*) AS v FROM r21_t WHERE i = '0-306-40615-2'"],
  `${ISN}; CREATE TABLE r21_t (i isbn); INSERT INTO r21_t VALUES ('0-306-40615-2')`,
);

export default list.cases;
