// Round 20 probe, geometry/network/uuid/xml/money part 2: the same chapters (PostgreSQL 15 docs
// 8.2, 8.8, 8.9, 8.12, 8.13, 9.11, 9.12, 9.15) in other contexts: arrays, parameters, defaults,
// constraints, indexes, casts from text columns, aggregates, and lc_monetary spellings.
import { ProbeCases, withParams } from '../probe-kit.js';

const list = new ProbeCases('r20 geonet: more: ');
const each = (exprs: readonly string[]) => {
  for (const expr of exprs) list.select(expr, expr);
};

const money = (name: string, locale: string, sql: string) =>
  list.add(`money ${name}`, [`SET lc_monetary = '${locale}'`, sql]);
money('C.UTF-8 output', 'C.UTF-8', "SELECT '1234.5'::money AS v, '-1234.5'::money AS w");
money('POSIX output', 'POSIX', "SELECT '-1234.5'::money AS v");
money('C.utf8 spelling', 'C.utf8', "SELECT '1234.5'::money AS v");
money('en_US refused', 'en_US.UTF-8', "SELECT '1'::money AS v");
money('empty locale', '', "SELECT '1234.5'::money AS v");
money('C parse with dollar and parens', 'C', "SELECT '($1,234.50)'::money AS v");
money('C to text', 'C', "SELECT '1234.5'::money::text AS v");
money('C array', 'C', "SELECT '{1.5,2}'::money[] AS v");
list.add('money in a transaction with SET LOCAL', [
  'BEGIN',
  "SET LOCAL lc_monetary = 'C'",
  "SELECT '1234.5'::money AS v",
  'COMMIT',
  "SELECT '1234.5'::money AS v",
]);

each([
  "ARRAY['(1,2)'::point, '(3,4)'::point]::text",
  '\'{"(1,1),(0,0)"}\'::box[]',
  "'{(1,1),(0,0);(2,2),(1,1)}'::box[]::text",
  "array_agg(p::text ORDER BY p[0]) FROM (VALUES ('(3,1)'::point), ('(1,2)'::point)) t(p)",
  "'{10.0.0.1/8,::1}'::cidr[]",
  "'{10.0.0.1,::1}'::inet[]::text[]",
  "ARRAY['08:00:2b:01:02:03'::macaddr]",
  "'{a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11}'::uuid[]::text",
  '\'{"<a/>","x"}\'::xml[]::text',
  "unnest('{10.0.0.1,10.0.0.2}'::inet[]) << '10.0.0.0/8'",
  "'10.0.0.1'::inet = ANY ('{10.0.0.1/32,10.0.0.2}'::inet[])",
  "'(1,1)'::point ~= ANY (ARRAY['(1,1)'::point])",
  "('(1,2)'::text)::point",
  "('10.1.2.3/8'::text)::cidr",
  "('10.1.2.0/24'::text)::cidr",
  "('a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a1'::text)::uuid",
  "('08:00:2b:01:02:03'::text)::macaddr",
  "('<a>'::text)::xml",
  "('<(0,0),-1>'::text)::circle",
]);

list.add('text column cast to inet', [
  'CREATE TABLE raw (s text)',
  "INSERT INTO raw VALUES ('10.0.0.1'), ('bogus')",
  'SELECT s::inet AS v FROM raw ORDER BY s',
]);
list.add('text column cast to point', [
  'CREATE TABLE raw (s text)',
  "INSERT INTO raw VALUES ('(1,2)'), ('1,2,3')",
  'SELECT s::point AS v FROM raw ORDER BY s',
]);
list.add('text column cast to uuid', [
  'CREATE TABLE raw (s text)',
  "INSERT INTO raw VALUES ('A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11')",
  'SELECT s::uuid AS v FROM raw',
]);
list.add('inet check constraint', [
  'CREATE TABLE nets (a inet CHECK (family(a) = 4))',
  "INSERT INTO nets VALUES ('10.0.0.1')",
  "INSERT INTO nets VALUES ('::1')",
]);
list.add('cidr primary key', [
  'CREATE TABLE nets (n cidr PRIMARY KEY)',
  "INSERT INTO nets VALUES ('10.0.0.0/8'), ('10.0.0.0/16')",
  "INSERT INTO nets VALUES ('10.0/8')",
]);
list.add('uuid on conflict', [
  'CREATE TABLE ids (id uuid PRIMARY KEY, n int)',
  "INSERT INTO ids VALUES ('a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', 1)",
  "INSERT INTO ids VALUES ('A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11', 2) ON CONFLICT (id) DO UPDATE SET n = EXCLUDED.n RETURNING n",
]);
list.add('macaddr default and update', [
  "CREATE TABLE nic (m macaddr DEFAULT '00:00:00:00:00:00', n int)",
  'INSERT INTO nic (n) VALUES (1)',
  "UPDATE nic SET m = m | '00:00:00:00:00:ff' RETURNING m",
]);
list.add('circle default area', [
  "CREATE TABLE shapes (c circle DEFAULT '<(0,0),1>', n int)",
  'INSERT INTO shapes (n) VALUES (1)',
  'SELECT round(area(c)::numeric, 5) AS v FROM shapes',
]);
list.add('xml default and is document', [
  "CREATE TABLE docs (d xml DEFAULT '<empty/>', n int)",
  'INSERT INTO docs (n) VALUES (1)',
  'SELECT d IS DOCUMENT AS v, d::text AS t FROM docs',
]);
list.add('inet parameter array', [withParams('SELECT $1::inet[] AS v', '{10.0.0.1,::1}')]);
list.add('point parameter array', [withParams('SELECT $1::point[] AS v', '{"(1,2)","(3,4)"}')]);
list.add('uuid parameter array', [
  withParams(
    'SELECT $1::uuid[] AS v',
    '{a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11,A0EEBC999C0B4EF8BB6D6BB9BD380A11}',
  ),
]);
list.add('inet parameter untyped compared', [withParams("SELECT $1 << inet '10.0.0.0/8' AS v", '10.1.1.1')]);
list.add('point parameter distance', [withParams("SELECT $1::point <-> point '(0,0)' AS v", '(3,4)')]);
list.add('money parameter compared', [
  "SET lc_monetary = 'C'",
  withParams("SELECT $1::money > '1.00'::money AS v", '$1.01'),
]);
list.add('network aggregates', [
  "SELECT inet_merge(min(a), max(a)) AS v FROM (VALUES ('10.0.1.5'::inet), ('10.0.200.7'::inet)) t(a)",
]);
list.add('geometry bound box aggregate by hand', [
  "SELECT bound_box(bound_box('(1,1),(0,0)'::box, '(5,2),(4,1)'::box), '(3,9),(2,8)'::box) AS v",
]);
list.add('xml table with xmlagg group', [
  'CREATE TABLE items (g int, name text)',
  "INSERT INTO items VALUES (1, 'a'), (1, 'b'), (2, 'c')",
  'SELECT g, xmlagg(xmlelement(name i, name) ORDER BY name)::text AS v FROM items GROUP BY g ORDER BY g',
]);
list.add('xpath over a column', [
  'CREATE TABLE docs (d xml)',
  "INSERT INTO docs VALUES ('<r><i>1</i><i>2</i></r>'), ('<r/>')",
  "SELECT cardinality(xpath('/r/i', d)) AS n FROM docs ORDER BY 1",
]);
list.add('xmlexists over a column', [
  'CREATE TABLE docs (d xml)',
  "INSERT INTO docs VALUES ('<r><i>1</i></r>'), ('<r/>')",
  "SELECT count(*) AS n FROM docs WHERE xmlexists('/r/i' PASSING d)",
]);

export default list.cases;
