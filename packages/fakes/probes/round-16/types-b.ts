// Round 16 probe, part B: PostgreSQL 15 docs 8.8/9.11 (geometric), 8.9/9.12 (network addresses),
// 8.10 (bit strings), 8.12/9.14 (UUID). Every output column is aliased.
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases();

// ---------------------------------------------------------------- 8.8 / 9.11 geometric
list.select(
  't16 geo point input forms',
  `ARRAY['(1,2)'::point::text, '1,2'::point::text, ' ( 1.5 , -2 ) '::point::text]`,
);
list.select('t16 geo point function', `point(1.5, 2.25)::text`);
list.select('t16 geo point to node', `point(1, 2)`);
list.select('t16 geo point float output', `point(0.1, 1e20)::text`);
list.select('t16 geo point invalid', `'(1,2'::point`);
list.select('t16 geo point coordinates', `ARRAY[(point(3, 4))[0], (point(3, 4))[1]]`);
list.select('t16 geo point distance', `point(0, 0) <-> point(3, 4)`);
list.select(
  't16 geo point add subtract',
  `ARRAY[(point(1, 2) + point(3, 4))::text, (point(1, 2) - point(3, 4))::text]`,
);
list.select('t16 geo point multiply complex', `(point(1, 2) * point(3, 4))::text`);
list.select('t16 geo point divide complex', `(point(1, 2) / point(0, 1))::text`);
list.select('t16 geo point divide by zero', `point(1, 2) / point(0, 0)`);
list.select('t16 geo point same as', `point(1, 2) ~= point(1, 2)`);
list.select('t16 geo point equals operator missing', `point(1, 2) = point(1, 2)`);
list.select(
  't16 geo point left right above below',
  `ARRAY[point(1,1) << point(2,1), point(1,1) >> point(2,1), point(1,1) <<| point(1,2), point(1,2) |>> point(1,1)]`,
);
list.select('t16 geo point horizontal vertical', `ARRAY[point(1,1) ?- point(5,1), point(1,1) ?| point(1,7)]`);
list.select('t16 geo slope', `slope(point(0, 0), point(2, 1))`);
list.select('t16 geo slope vertical', `slope(point(0, 0), point(0, 1))::text`);
list.select('t16 geo box corners reordered', `'((0,0),(1,1))'::box::text`);
list.select('t16 geo box from points', `box(point(3, 1), point(1, 3))::text`);
list.select('t16 geo box short input', `'1,2,3,4'::box::text`);
list.select(
  't16 geo box area height width',
  `ARRAY[area('(0,0),(4,3)'::box), height('(0,0),(4,3)'::box), width('(0,0),(4,3)'::box)]`,
);
list.select('t16 geo box center', `center('(0,0),(4,3)'::box)::text`);
list.select('t16 geo box center operator', `(@@ '(0,0),(4,2)'::box)::text`);
list.select('t16 geo box overlaps', `'(0,0),(2,2)'::box && '(1,1),(3,3)'::box`);
list.select('t16 geo box touching overlaps', `'(0,0),(1,1)'::box && '(1,1),(2,2)'::box`);
list.select('t16 geo box contains point', `'(0,0),(2,2)'::box @> point(1, 1)`);
list.select('t16 geo point on box edge contained', `point(2, 1) <@ '(0,0),(2,2)'::box`);
list.select('t16 geo box contains box', `'(0,0),(3,3)'::box @> '(1,1),(2,2)'::box`);
list.select('t16 geo box intersection', `('(0,0),(2,2)'::box # '(1,1),(3,3)'::box)::text`);
list.select('t16 geo box intersection empty', `('(0,0),(1,1)'::box # '(2,2),(3,3)'::box)::text`);
list.select('t16 geo box translate', `('(0,0),(1,1)'::box + point(2, 3))::text`);
list.select('t16 geo box scale', `('(1,1),(2,2)'::box * point(2, 0))::text`);
list.select('t16 geo bound_box', `bound_box('(0,0),(1,1)'::box, '(3,3),(4,4)'::box)::text`);
list.select('t16 geo box equality is area', `'(0,0),(2,2)'::box = '(5,5),(7,7)'::box`);
list.select('t16 geo box same as', `'(0,0),(2,2)'::box ~= '(2,2),(0,0)'::box`);
list.select('t16 geo box diagonal', `diagonal('(0,0),(3,4)'::box)::text`);
list.select(
  't16 geo circle input output',
  `ARRAY['<(0,0),2>'::circle::text, '((1,1),3)'::circle::text, '1,1,3'::circle::text]`,
);
list.select('t16 geo circle negative radius', `'<(0,0),-1>'::circle`);
list.select(
  't16 geo circle area diameter radius',
  `ARRAY[area('<(0,0),1>'::circle), diameter('<(0,0),2>'::circle), radius('<(0,0),2>'::circle)]`,
);
list.select('t16 geo circle from center and radius', `circle(point(1, 2), 3)::text`);
list.select('t16 geo circle contains point', `'<(0,0),2>'::circle @> point(1, 1)`);
list.select('t16 geo circle center', `center('<(1,2),3>'::circle)::text`);
list.select('t16 geo circle distance', `'<(0,0),1>'::circle <-> '<(5,0),1>'::circle`);
list.select('t16 geo circle to box', `box('<(0,0),1>'::circle)::text`);
list.select('t16 geo circle overlap', `'<(0,0),1>'::circle && '<(2,0),1>'::circle`);
list.select(
  't16 geo lseg input and length',
  `ARRAY['[(0,0),(3,4)]'::lseg::text, length('[(0,0),(3,4)]'::lseg)::text]`,
);
list.select('t16 geo lseg intersection point', `('[(0,0),(2,2)]'::lseg # '[(0,2),(2,0)]'::lseg)::text`);
list.select('t16 geo lseg intersects', `'[(0,0),(2,2)]'::lseg ?# '[(0,2),(2,0)]'::lseg`);
list.select(
  't16 geo lseg parallel perpendicular',
  `ARRAY['[(0,0),(1,1)]'::lseg ?|| '[(1,0),(2,1)]'::lseg, '[(0,0),(1,1)]'::lseg ?-| '[(0,1),(1,0)]'::lseg]`,
);
list.select('t16 geo lseg center', `center('[(0,0),(2,4)]'::lseg)::text`);
list.select('t16 geo line input', `'{1,-1,0}'::line::text`);
list.select('t16 geo line from two points', `line(point(0, 0), point(1, 1))::text`);
list.select('t16 geo line from points input', `'[(0,0),(2,1)]'::line::text`);
list.select('t16 geo line invalid', `'{0,0,1}'::line`);
list.select('t16 geo point line distance', `point(0, 1) <-> '{1,-1,0}'::line`);
list.select('t16 geo line intersection', `('{1,-1,0}'::line # '{1,1,-2}'::line)::text`);
list.select(
  't16 geo path open and closed',
  `ARRAY['[(0,0),(1,1),(2,0)]'::path::text, '((0,0),(1,1),(2,0))'::path::text]`,
);
list.select(
  't16 geo path isopen isclosed',
  `ARRAY[isopen('[(0,0),(1,1)]'::path), isclosed('[(0,0),(1,1)]'::path), isclosed('((0,0),(1,1))'::path)]`,
);
list.select('t16 geo path length', `length('[(0,0),(3,4),(3,0)]'::path)`);
list.select('t16 geo closed path length', `length('((0,0),(3,4),(3,0))'::path)`);
list.select('t16 geo path npoints', `npoints('[(0,0),(1,1),(2,0)]'::path)`);
list.select(
  't16 geo popen pclose',
  `ARRAY[pclose('[(0,0),(1,1)]'::path)::text, popen('((0,0),(1,1))'::path)::text]`,
);
list.select('t16 geo path concatenation', `('[(0,0),(1,1)]'::path + '[(2,2),(3,3)]'::path)::text`);
list.select('t16 geo path area', `area('((0,0),(4,0),(4,3))'::path)`);
list.select('t16 geo polygon input output', `'((0,0),(1,0),(1,1))'::polygon::text`);
list.select('t16 geo polygon from box', `polygon('(0,0),(2,2)'::box)::text`);
list.select('t16 geo polygon npoints', `npoints('((0,0),(1,0),(1,1),(0,1))'::polygon)`);
list.select('t16 geo polygon point count operator', `# '((0,0),(1,0),(1,1),(0,1))'::polygon`);
list.select('t16 geo polygon contains point', `'((0,0),(4,0),(4,4),(0,4))'::polygon @> point(2, 2)`);
list.select('t16 geo polygon contains point outside', `'((0,0),(4,0),(4,4),(0,4))'::polygon @> point(5, 2)`);
list.select(
  't16 geo polygon overlap',
  `'((0,0),(2,0),(2,2),(0,2))'::polygon && '((1,1),(3,1),(3,3),(1,3))'::polygon`,
);
list.select('t16 geo polygon center', `center('((0,0),(2,0),(2,2),(0,2))'::polygon)::text`);
list.select('t16 geo polygon from circle', `polygon(4, '<(0,0),1>'::circle)::text`);
list.select('t16 geo polygon to path', `path('((0,0),(1,0),(1,1))'::polygon)::text`);
list.select('t16 geo polygon too few points', `'()'::polygon`);
list.select('t16 geo closest point', `(point(3, 3) ## '(0,0),(2,2)'::box)::text`);
list.select('t16 geo point box distance', `point(3, 3) <-> '(0,0),(2,2)'::box`);
list.add(
  't16 geo order by distance',
  [
    `INSERT INTO places VALUES ('a', point(3, 4)), ('b', point(1, 1)), ('c', point(-2, 0))`,
    `SELECT name AS n, round((loc <-> point(0, 0))::numeric, 3) AS d FROM places ORDER BY loc <-> point(0, 0)`,
  ],
  `CREATE TABLE places (name text, loc point)`,
);
list.add(
  't16 geo point column where in box',
  [
    `INSERT INTO places VALUES ('a', point(3, 4)), ('b', point(1, 1))`,
    `SELECT name AS n FROM places WHERE loc <@ box(point(0, 0), point(2, 2)) ORDER BY name`,
  ],
  `CREATE TABLE places (name text, loc point)`,
);
list.add(
  't16 geo point param',
  [{ sql: `INSERT INTO places VALUES ('a', $1) RETURNING loc::text AS v`, params: ['(1.5,2.5)'] }],
  `CREATE TABLE places (name text, loc point)`,
);
list.add(
  't16 geo point column distinct',
  [
    `INSERT INTO places VALUES ('a', point(1, 1)), ('b', point(1, 1))`,
    `SELECT count(DISTINCT loc) AS v FROM places`,
  ],
  `CREATE TABLE places (name text, loc point)`,
);
list.add(
  't16 geo box column to node',
  [`INSERT INTO t VALUES ('(1,1),(0,0)')`, `SELECT b AS v FROM t`],
  `CREATE TABLE t (b box)`,
);
list.add(
  't16 geo circle column to node',
  [`INSERT INTO t VALUES ('<(1,1),2>')`, `SELECT c AS v FROM t`],
  `CREATE TABLE t (c circle)`,
);

// ---------------------------------------------------------------- 8.9 / 9.12 network addresses
list.select('t16 inet host output', `'192.168.1.5'::inet::text`);
list.select('t16 inet with mask output', `'192.168.1.5/24'::inet::text`);
list.select('t16 inet to node', `'192.168.1.5/24'::inet`);
list.select('t16 inet /32 output', `'192.168.1.5/32'::inet::text`);
list.select('t16 cidr output', `'192.168.1.0/24'::cidr::text`);
list.select('t16 cidr host bits set errors', `'192.168.1.5/24'::cidr`);
list.select(
  't16 cidr abbreviated inputs',
  `ARRAY['192.168.100.128/25'::cidr::text, '192.168/24'::cidr::text, '192.168/25'::cidr::text, '128.1'::cidr::text, '128'::cidr::text, '10'::cidr::text, '10.1.2'::cidr::text]`,
);
list.select(
  't16 cidr class-based default masks',
  `ARRAY['192.168.1'::cidr::text, '128.1.2'::cidr::text, '10.1.2'::cidr::text]`,
);
list.select('t16 inet ipv6 compress', `'2001:0db8:0000:0000:0000:0000:0000:0001'::inet::text`);
list.select('t16 inet ipv6 uppercase input', `'2001:DB8::ABCD'::inet::text`);
list.select('t16 cidr ipv6', `'2001:4f8:3:ba::/64'::cidr::text`);
list.select('t16 inet ipv4 mapped ipv6', `'::ffff:1.2.3.4'::inet::text`);
list.select('t16 inet loopback v6', `'::1'::inet::text`);
list.select('t16 inet invalid octet', `'300.1.1.1'::inet`);
list.select('t16 inet invalid mask', `'10.0.0.1/33'::inet`);
list.select('t16 inet invalid text', `'localhost'::inet`);
list.select('t16 inet ipv4 short form invalid', `'10.1'::inet`);
list.select('t16 inet host', `host('192.168.1.5/24'::inet)`);
list.select('t16 inet text function', `text('192.168.1.5'::inet)`);
list.select(
  't16 inet abbrev',
  `ARRAY[abbrev('10.1.0.0/16'::inet), abbrev('10.1.0.0/16'::cidr), abbrev('10.1.0.0/32'::inet)]`,
);
list.select('t16 inet broadcast', `broadcast('192.168.1.5/24'::inet)::text`);
list.select('t16 inet family', `ARRAY[family('127.0.0.1'::inet), family('::1'::inet)]`);
list.select(
  't16 inet hostmask netmask',
  `ARRAY[hostmask('192.168.23.20/30'::inet)::text, netmask('192.168.1.5/24'::inet)::text]`,
);
list.select('t16 inet masklen', `masklen('192.168.1.5/24'::inet)`);
list.select('t16 inet network', `network('192.168.1.5/24'::inet)::text`);
list.select('t16 inet set_masklen', `set_masklen('192.168.1.5/24'::inet, 16)::text`);
list.select('t16 cidr set_masklen zeroes host bits', `set_masklen('192.168.1.0/24'::cidr, 16)::text`);
list.select('t16 inet set_masklen out of range', `set_masklen('192.168.1.5'::inet, 33)`);
list.select('t16 inet_merge', `inet_merge('192.168.1.5/24'::inet, '192.168.2.5/24'::inet)::text`);
list.select(
  't16 inet_same_family',
  `ARRAY[inet_same_family('192.168.1.5'::inet, '::1'::inet), inet_same_family('1.1.1.1'::inet, '2.2.2.2'::inet)]`,
);
list.select('t16 inet contained by', `'192.168.1.5'::inet << '192.168.1.0/24'::inet`);
list.select(
  't16 inet contained by or equal',
  `ARRAY['192.168.1/24'::inet <<= '192.168.1/24'::inet, '192.168.1/24'::inet << '192.168.1/24'::inet]`,
);
list.select('t16 inet contains', `'192.168.1.0/24'::inet >> '192.168.1.5'::inet`);
list.select('t16 inet contains or equal', `'192.168.1/24'::inet >>= '192.168.1/24'::inet`);
list.select(
  't16 inet overlaps',
  `ARRAY['192.168.1/24'::inet && '192.168.1.80/28'::inet, '192.168.1/24'::inet && '192.168.2.0/28'::inet]`,
);
list.select('t16 inet bitwise not', `(~ '192.168.1.6'::inet)::text`);
list.select(
  't16 inet bitwise and or',
  `ARRAY[('192.168.1.6'::inet & '0.0.0.255'::inet)::text, ('192.168.1.6'::inet | '0.0.0.255'::inet)::text]`,
);
list.select('t16 inet plus integer', `('192.168.1.6'::inet + 25)::text`);
list.select('t16 inet plus integer keeps mask', `('192.168.1.6/24'::inet + 300)::text`);
list.select('t16 inet minus integer', `('192.168.1.43'::inet - 36)::text`);
list.select('t16 inet minus inet', `'192.168.1.43'::inet - '192.168.1.19'::inet`);
list.select('t16 inet minus inet across families', `'192.168.1.43'::inet - '::1'::inet`);
list.select('t16 inet plus overflow', `'255.255.255.255'::inet + 1`);
list.select('t16 inet ipv6 plus integer', `('::1'::inet + 255)::text`);
list.select(
  't16 inet comparison ordering',
  `ARRAY['10.0.0.1'::inet < '9.0.0.1'::inet, '10.0.0.0/8'::inet < '10.0.0.0/16'::inet, '255.0.0.0'::inet < '::1'::inet]`,
);
list.select('t16 inet equality ignores nothing', `'10.0.0.1/8'::inet = '10.0.0.1/16'::inet`);
list.select('t16 inet to cidr', `'192.168.1.5'::inet::cidr::text`);
list.select('t16 inet with mask to cidr zeroes host', `'192.168.1.5/24'::inet::cidr::text`);
list.select('t16 cidr to inet', `'10.0.0.0/8'::cidr::inet::text`);
list.select('t16 inet from text cast', `'10.1.2.3'::text::inet::text`);
list.select('t16 inet host of ipv6', `host('2001:db8::1/64'::inet)`);
list.select('t16 inet abbrev ipv6', `abbrev('2001:db8::/32'::cidr)`);
list.add(
  't16 inet column order by',
  [
    `INSERT INTO hosts VALUES ('10.0.0.2'), ('10.0.0.10'), ('::1'), ('9.255.255.255'), ('10.0.0.0/8')`,
    `SELECT ip::text AS v FROM hosts ORDER BY ip`,
  ],
  `CREATE TABLE hosts (ip inet)`,
);
list.add(
  't16 inet column where in subnet',
  [
    `INSERT INTO hosts VALUES ('10.0.0.2'), ('10.1.0.10'), ('192.168.0.1')`,
    `SELECT ip::text AS v FROM hosts WHERE ip << '10.0.0.0/8' ORDER BY ip`,
  ],
  `CREATE TABLE hosts (ip inet)`,
);
list.add(
  't16 inet column unique',
  [`INSERT INTO hosts VALUES ('10.0.0.2')`, `INSERT INTO hosts VALUES ('10.0.0.2/32')`],
  `CREATE TABLE hosts (ip inet UNIQUE)`,
);
list.add(
  't16 inet column max min',
  [
    `INSERT INTO hosts VALUES ('10.0.0.2'), ('10.1.0.10'), ('192.168.0.1')`,
    `SELECT max(ip)::text AS mx, min(ip)::text AS mn FROM hosts`,
  ],
  `CREATE TABLE hosts (ip inet)`,
);
list.add(
  't16 inet param',
  [
    {
      sql: `INSERT INTO hosts VALUES ($1) RETURNING ip::text AS v, family(ip) AS f`,
      params: ['2001:db8::1'],
    },
  ],
  `CREATE TABLE hosts (ip inet)`,
);
list.add(
  't16 cidr column rejects host bits',
  [`INSERT INTO nets VALUES ('10.1.2.3/8')`],
  `CREATE TABLE nets (n cidr)`,
);
list.add(
  't16 cidr column to node',
  [`INSERT INTO nets VALUES ('10.1/16')`, `SELECT n AS v FROM nets`],
  `CREATE TABLE nets (n cidr)`,
);
list.select(
  't16 macaddr input formats',
  `ARRAY['08:00:2b:01:02:03'::macaddr, '08-00-2b-01-02-03'::macaddr, '08002b:010203'::macaddr, '08002b-010203'::macaddr, '0800.2b01.0203'::macaddr, '0800-2b01-0203'::macaddr, '08002b010203'::macaddr]::text[]`,
);
list.select('t16 macaddr uppercase input', `'08:00:2B:01:02:0A'::macaddr::text`);
list.select('t16 macaddr invalid', `'08:00:2b:01:02'::macaddr`);
list.select('t16 macaddr to node', `'08:00:2b:01:02:03'::macaddr`);
list.select('t16 macaddr trunc', `trunc('12:34:56:78:90:ab'::macaddr)::text`);
list.select(
  't16 macaddr bitwise',
  `ARRAY[(~ '12:34:56:78:90:ab'::macaddr)::text, ('12:34:56:78:90:ab'::macaddr & 'ff:ff:ff:00:00:00'::macaddr)::text]`,
);
list.select('t16 macaddr comparison', `'08:00:2b:01:02:03'::macaddr < '08:00:2b:01:02:04'::macaddr`);
list.select('t16 macaddr8 input', `'08:00:2b:01:02:03:04:05'::macaddr8::text`);
list.select('t16 macaddr8 from 6 bytes', `'08:00:2b:01:02:03'::macaddr8::text`);
list.select('t16 macaddr to macaddr8', `'08:00:2b:01:02:03'::macaddr::macaddr8::text`);
list.select('t16 macaddr8 to macaddr', `'08:00:2b:ff:fe:01:02:03'::macaddr8::macaddr::text`);
list.select('t16 macaddr8 to macaddr invalid', `'08:00:2b:01:02:03:04:05'::macaddr8::macaddr`);
list.select('t16 macaddr8_set7bit', `macaddr8_set7bit('00:34:56:ab:cd:ef'::macaddr8)::text`);
list.add(
  't16 macaddr column order by',
  [
    `INSERT INTO m VALUES ('08:00:2b:01:02:04'), ('08-00-2B-01-02-03')`,
    `SELECT a::text AS v FROM m ORDER BY a`,
  ],
  `CREATE TABLE m (a macaddr)`,
);

// ---------------------------------------------------------------- 8.10 bit strings
list.select('t16 bit literal to node', `B'101'`);
list.select('t16 bit(n) input exact', `'101'::bit(3)::text`);
list.select('t16 bit(n) cast pads right', `B'1'::bit(4)::text`);
list.select('t16 bit(n) cast truncates', `B'10111'::bit(3)::text`);
list.select('t16 varbit input', `'10101'::varbit::text`);
list.select('t16 bit invalid digit', `B'102'`);
list.select('t16 bit invalid digit cast', `'102'::bit(3)`);
list.select('t16 hex bit literal length', `length(X'1F')`);
list.select('t16 hex bit to bit(8)', `X'ff'::bit(8)::text`);
list.select('t16 bit without length is bit(1)', `'101'::bit`);
list.select('t16 bit comparison', `ARRAY[B'1' < B'10', B'01' < B'1', B'101' = B'101']`);
list.select('t16 bit comparison different lengths equal', `B'10' = B'100'`);
list.select('t16 int to bit(32)', `5::bit(32)::text`);
list.select('t16 bigint to bit(64)', `(-1)::bigint::bit(64)::text`);
list.select('t16 bit to bigint', `B'11111111'::bigint`);
list.select('t16 bit to int too long', `B'111111111111111111111111111111111'::int`);
list.select(
  't16 bit octet_length bit_length',
  `ARRAY[octet_length(B'101010101'), bit_length(B'101010101'), length(B'')]`,
);
list.select('t16 bit shift beyond length', `(B'1011' << 10)::text`);
list.select('t16 bit shift negative', `(B'1011' << -1)::text`);
list.select('t16 bit get_bit out of range', `get_bit(B'101', 5)`);
list.select('t16 bit or of varbit different lengths', `B'101'::varbit | B'1'::varbit`);
list.select('t16 bit concatenation types', `pg_typeof(B'10' || B'01')::text`);
list.select('t16 bit bit_count on varbit', `bit_count('1010111'::varbit)`);
list.select('t16 bit substring without length', `substring(B'1101' from 2)::text`);
list.add(
  't16 bit column wrong length too long',
  [`INSERT INTO t VALUES (B'1010')`],
  `CREATE TABLE t (b bit(3))`,
);
list.add('t16 varbit column too long', [`INSERT INTO t VALUES (B'1010')`], `CREATE TABLE t (b varbit(3))`);
list.add(
  't16 varbit column shorter ok',
  [`INSERT INTO t VALUES (B'1'), (B'101')`, `SELECT b::text AS v, length(b) AS n FROM t ORDER BY b`],
  `CREATE TABLE t (b varbit(3))`,
);
list.add(
  't16 bit column text param',
  [{ sql: `INSERT INTO t VALUES ($1) RETURNING b AS v`, params: ['110'] }],
  `CREATE TABLE t (b bit(3))`,
);
list.add(
  't16 bit column order by',
  [`INSERT INTO t VALUES (B'10'), (B'1'), (B'011'), (B'')`, `SELECT b::text AS v FROM t ORDER BY b`],
  `CREATE TABLE t (b varbit)`,
);
list.add('t16 bit aggregates', [
  `SELECT bit_and(b)::text AS a, bit_or(b)::text AS o, bit_xor(b)::text AS x FROM (VALUES (B'1100'), (B'1010')) t(b)`,
]);
list.add('t16 int bit aggregates', [
  `SELECT bit_and(x) AS a, bit_or(x) AS o, bit_xor(x) AS x FROM (VALUES (12), (10)) t(x)`,
]);

// ---------------------------------------------------------------- 8.12 / 9.14 UUID
list.select('t16 uuid standard form', `'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid`);
list.select('t16 uuid uppercase lowered', `'A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11'::uuid::text`);
list.select('t16 uuid braces', `'{a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11}'::uuid::text`);
list.select('t16 uuid no hyphens', `'a0eebc999c0b4ef8bb6d6bb9bd380a11'::uuid::text`);
list.select('t16 uuid hyphen every four digits', `'a0ee-bc99-9c0b-4ef8-bb6d-6bb9-bd38-0a11'::uuid::text`);
list.select('t16 uuid hyphen after eight groups', `'{a0eebc99-9c0b4ef8-bb6d6bb9-bd380a11}'::uuid::text`);
list.select('t16 uuid too short', `'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a1'::uuid`);
list.select('t16 uuid invalid char', `'g0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid`);
list.select('t16 uuid trailing garbage', `'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11x'::uuid`);
list.select('t16 uuid surrounding spaces', `' a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11 '::uuid`);
list.select('t16 uuid mixed separators invalid', `'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11-'::uuid`);
list.select('t16 uuid empty string', `''::uuid`);
list.select('t16 uuid nil', `'00000000-0000-0000-0000-000000000000'::uuid::text`);
list.select(
  't16 uuid comparison',
  `'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid < 'b0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid`,
);
list.select(
  't16 uuid equality across forms',
  `'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid = '{A0EEBC999C0B4EF8BB6D6BB9BD380A11}'::uuid`,
);
list.select(
  't16 uuid compare with text errors',
  `'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid = 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::text`,
);
list.select(
  't16 gen_random_uuid shape',
  `(SELECT length(u::text) = 36 AND substr(u::text, 15, 1) = '4' AND substr(u::text, 20, 1) IN ('8','9','a','b') FROM (SELECT gen_random_uuid() AS u) x)`,
);
list.select(
  't16 gen_random_uuid distinct',
  `(SELECT count(DISTINCT gen_random_uuid()) FROM generate_series(1, 5))`,
);
list.select('t16 gen_random_uuid type', `pg_typeof(gen_random_uuid())::text`);
list.select('t16 uuidv4 missing in PG15', `pg_typeof(uuidv4())::text`);
list.select('t16 uuidv7 missing in PG15', `pg_typeof(uuidv7())::text`);
list.select(
  't16 uuid_extract_version missing in PG15',
  `uuid_extract_version('a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid)`,
);
list.select('t16 uuid to bytea cast missing', `'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid::bytea`);
list.select(
  't16 uuid max aggregate missing',
  `(SELECT max(u) FROM (VALUES ('a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid)) t(u))`,
);
list.select(
  't16 uuid array',
  `ARRAY['a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid, '00000000-0000-0000-0000-000000000000'::uuid]`,
);
list.add(
  't16 uuid column default gen_random_uuid',
  [`INSERT INTO t (name) VALUES ('a')`, `SELECT length(id::text) AS v FROM t`],
  `CREATE TABLE t (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), name text)`,
);
list.add(
  't16 uuid column where with literal',
  [
    `INSERT INTO t VALUES ('a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', 'a')`,
    `SELECT name AS v FROM t WHERE id = 'A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11'`,
  ],
  `CREATE TABLE t (id uuid PRIMARY KEY, name text)`,
);
list.add(
  't16 uuid column where with param',
  [
    `INSERT INTO t VALUES ('a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', 'a')`,
    { sql: `SELECT name AS v FROM t WHERE id = $1`, params: ['a0eebc999c0b4ef8bb6d6bb9bd380a11'] },
  ],
  `CREATE TABLE t (id uuid PRIMARY KEY, name text)`,
);
list.add(
  't16 uuid column where with invalid param',
  [{ sql: `SELECT name AS v FROM t WHERE id = $1`, params: ['not-a-uuid'] }],
  `CREATE TABLE t (id uuid PRIMARY KEY, name text)`,
);
list.add(
  't16 uuid column order by',
  [
    `INSERT INTO t VALUES ('b0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', 'b'), ('a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', 'a'), ('00000000-0000-0000-0000-00000000000f', 'z')`,
    `SELECT name AS v FROM t ORDER BY id`,
  ],
  `CREATE TABLE t (id uuid PRIMARY KEY, name text)`,
);
list.add(
  't16 uuid column IN list',
  [
    `INSERT INTO t VALUES ('b0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', 'b'), ('a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', 'a')`,
    `SELECT name AS v FROM t WHERE id IN ('a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', 'c0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11') ORDER BY name`,
  ],
  `CREATE TABLE t (id uuid PRIMARY KEY, name text)`,
);
list.add(
  't16 uuid = ANY array param',
  [
    `INSERT INTO t VALUES ('b0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', 'b'), ('a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', 'a')`,
    {
      sql: `SELECT name AS v FROM t WHERE id = ANY($1) ORDER BY name`,
      params: [['a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', 'b0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11']],
    },
  ],
  `CREATE TABLE t (id uuid PRIMARY KEY, name text)`,
);
list.add(
  't16 uuid duplicate key',
  [
    `INSERT INTO t VALUES ('a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', 'a')`,
    `INSERT INTO t VALUES ('A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11', 'b')`,
  ],
  `CREATE TABLE t (id uuid PRIMARY KEY, name text)`,
);
list.add(
  't16 uuid insert invalid',
  [`INSERT INTO t VALUES ('123', 'a')`],
  `CREATE TABLE t (id uuid PRIMARY KEY, name text)`,
);
list.add(
  't16 uuid text column join needs cast',
  [`SELECT count(*) AS v FROM t JOIN u ON t.id = u.ref`],
  `CREATE TABLE t (id uuid PRIMARY KEY); CREATE TABLE u (ref text)`,
);
list.add(
  't16 uuid group by',
  [
    `INSERT INTO t VALUES ('a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', 'a'), ('a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', 'b')`,
    `SELECT id::text AS id, count(*) AS n FROM t GROUP BY id`,
  ],
  `CREATE TABLE t (id uuid, name text)`,
);
list.select('t16 md5 to uuid', `md5('hello')::uuid::text`);

export default list.cases;
