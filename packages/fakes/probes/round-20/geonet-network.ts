// Round 20 probe, network addresses: PostgreSQL 15 docs 8.9 (inet, cidr, macaddr, macaddr8: input
// forms, output, 22P02 errors, cidr's "has bits set to right of mask") and 9.12 (network address
// functions and operators: abbrev, broadcast, family, host, hostmask, inet_merge, inet_same_family,
// masklen, netmask, network, set_masklen, text, << <<= >> >>= &&, ~ & | + -, trunc(macaddr),
// macaddr8_set7bit, comparison and ordering).
import { ProbeCases, withParams } from '../probe-kit.js';

const list = new ProbeCases('r20 geonet: network: ');
const each = (exprs: readonly string[]) => {
  for (const expr of exprs) list.select(expr, expr);
};

// inet input and output
each([
  "'192.168.1.5'::inet",
  "'192.168.1.5/24'::inet",
  "'192.168.1.5/32'::inet",
  "'192.168.1.0/24'::inet",
  "'192.168.1/24'::inet",
  "'192.168/16'::inet",
  "'10/8'::inet",
  "'10'::inet",
  "'0.0.0.0/0'::inet",
  "'255.255.255.255'::inet",
  "'256.1.1.1'::inet",
  "'1.2.3.4/33'::inet",
  "'1.2.3.4/-1'::inet",
  "'1.2.3'::inet",
  "'1.2.3.4.5'::inet",
  "'1.2.3.4/'::inet",
  "' 1.2.3.4'::inet",
  "'1.2.3.4 '::inet",
  "''::inet",
  "'abc'::inet",
  "'::1'::inet",
  "'::'::inet",
  "'::1/128'::inet",
  "'2001:db8::1/64'::inet",
  "'2001:DB8::1'::inet",
  "'2001:db8:0:0:0:0:0:1'::inet",
  "'2001:0db8:0000:0000:0000:0000:0000:0001'::inet",
  "'::ffff:1.2.3.4'::inet",
  "'::ffff:1.2.3.4/120'::inet",
  "'2001:db8::1/129'::inet",
  "'2001:db8:::1'::inet",
  "'2001:db8::g'::inet",
  "'fe80::1%eth0'::inet",
  "'1.2.3.4'::inet::text",
  "'1.2.3.4/24'::inet::text",
  "'1.2.3.4'::inet::cidr",
  "'1.2.3.4/24'::inet::cidr",
  "'1.2.3.4/24'::inet::varchar",
]);

// cidr input and output
each([
  "'192.168.100.128/25'::cidr",
  "'192.168/24'::cidr",
  "'192.168/25'::cidr",
  "'192.168.1'::cidr",
  "'192.168'::cidr",
  "'128'::cidr",
  "'128.1'::cidr",
  "'128.1.2'::cidr",
  "'10.1.2.3/32'::cidr",
  "'10.1.2'::cidr",
  "'10.1'::cidr",
  "'10'::cidr",
  "'10.1.2.3'::cidr",
  "'10.1.2.3/24'::cidr",
  "'192.168.1.1/24'::cidr",
  "'2001:4f8:3:ba::/64'::cidr",
  "'2001:4f8:3:ba:2e0:81ff:fe22:d1f1/128'::cidr",
  "'::ffff:1.2.3.0/120'::cidr",
  "'::ffff:1.2.3.0/128'::cidr",
  "'2001:db8::1/64'::cidr",
  "'1.2.3.0/33'::cidr",
  "'abc'::cidr",
  "''::cidr",
  "'0.0.0.0/0'::cidr",
  "'1.2.3.0/24'::cidr::inet",
  "'1.2.3.0/24'::cidr::text",
  "'1.2.3.0/24'::cidr = '1.2.3.0/24'::inet",
]);

// functions
each([
  "abbrev('10.1.0.0/16'::inet)",
  "abbrev('10.1.0.0/16'::cidr)",
  "abbrev('10.1.0.0/32'::cidr)",
  "abbrev('10.1.2.3/32'::inet)",
  "abbrev('2001:db8::/32'::cidr)",
  "broadcast('192.168.1.5/24'::inet)",
  "broadcast('192.168.1.5'::inet)",
  "broadcast('2001:db8::1/64'::inet)",
  "family('127.0.0.1'::inet)",
  "family('::1'::inet)",
  "host('192.168.1.0/24'::inet)",
  "host('192.168.1.5/24'::cidr)",
  "host('2001:db8::1/64'::inet)",
  "hostmask('192.168.23.20/30'::inet)",
  "hostmask('2001:db8::/100'::inet)",
  "inet_merge('192.168.1.5/24'::inet, '192.168.2.5/24'::inet)",
  "inet_merge('192.168.1.5/24'::inet, '::1'::inet)",
  "inet_merge('10.0.0.1'::inet, '10.0.0.1'::inet)",
  "inet_same_family('192.168.1.5/24'::inet, '::1'::inet)",
  "inet_same_family('192.168.1.5/24'::inet, '10.0.0.0/8'::inet)",
  "masklen('192.168.1.5/24'::inet)",
  "masklen('::1'::inet)",
  "netmask('192.168.1.5/24'::inet)",
  "netmask('2001:db8::/33'::inet)",
  "network('192.168.1.5/24'::inet)",
  "network('2001:db8::1/64'::inet)",
  "set_masklen('192.168.1.5/24'::inet, 16)",
  "set_masklen('192.168.1.0/24'::cidr, 16)",
  "set_masklen('192.168.1.0/24'::cidr, 28)",
  "set_masklen('192.168.1.5/24'::inet, 33)",
  "set_masklen('192.168.1.5/24'::inet, -1)",
  "set_masklen('::1'::inet, 64)",
  "set_masklen('::1'::inet, 129)",
  "text('192.168.1.5'::inet)",
  "text('192.168.1.5/24'::cidr)",
  'host(NULL::inet)',
  "pg_typeof(network('1.2.3.4/24'::inet))",
  "pg_typeof(host('1.2.3.4'::inet))",
  "pg_typeof(masklen('1.2.3.4'::inet))",
]);

// operators
each([
  "'192.168.1.5'::inet < '192.168.1.6'::inet",
  "'192.168.1.5'::inet <= '192.168.1.5'::inet",
  "'192.168.1.5'::inet = '192.168.1.5'::inet",
  "'192.168.1.5/24'::inet = '192.168.1.5/25'::inet",
  "'192.168.1.5/24'::inet < '192.168.1.5/25'::inet",
  "'10.0.0.0/8'::inet < '10.0.0.0'::inet",
  "'192.168.1.5'::inet <> '192.168.1.4'::inet",
  "'1.2.3.4'::inet < '::1'::inet",
  "'192.168.1.5'::inet >= '192.168.1.5'::inet",
  "'192.168.1/24'::inet << '192.168.1.5'::inet",
  "'192.168.1.5'::inet << '192.168.1/24'::inet",
  "'192.168.1/24'::inet << '192.168.1/24'::inet",
  "'192.168.1/24'::inet <<= '192.168.1/24'::inet",
  "'192.168.1/24'::inet >> '192.168.1.5'::inet",
  "'192.168.1/24'::inet >>= '192.168.1/24'::inet",
  "'192.168.1/24'::inet && '192.168.1.80/28'::inet",
  "'192.168.1/24'::inet && '192.168.2.0/28'::inet",
  "'::1'::inet << '::/0'::inet",
  "'1.2.3.4'::inet << '::/0'::inet",
  "~ '192.168.1.6'::inet",
  "~ '::1'::inet",
  "'192.168.1.6'::inet & '0.0.0.255'::inet",
  "'192.168.1.6'::inet | '0.0.0.255'::inet",
  "'192.168.1.6'::inet & '::1'::inet",
  "'192.168.1.6'::inet + 25",
  "'192.168.1.6/24'::inet + 300",
  "200 + '192.168.1.6'::inet",
  "'192.168.1.43'::inet - 36",
  "'192.168.1.43'::inet - '192.168.1.19'::inet",
  "'192.168.1.19'::inet - '192.168.1.43'::inet",
  "'::1'::inet - '::ffff:1.2.3.4'::inet",
  "'255.255.255.255'::inet + 1",
  "'0.0.0.0'::inet - 1",
  "'ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff'::inet + 1",
  "'1.2.3.4'::inet - '::1'::inet",
  "'10.0.0.0/8'::cidr + 1",
  "'1.2.3.4'::inet + 9223372036854775807",
  "'1.2.3.4'::inet + 1.5",
]);

// macaddr
each([
  "'08:00:2b:01:02:03'::macaddr",
  "'08-00-2b-01-02-03'::macaddr",
  "'08002b:010203'::macaddr",
  "'08002b-010203'::macaddr",
  "'0800.2b01.0203'::macaddr",
  "'0800-2b01-0203'::macaddr",
  "'08002b010203'::macaddr",
  "'08:00:2B:01:02:03'::macaddr",
  "'08:00:2b:01:02'::macaddr",
  "'08:00:2b:01:02:03:04'::macaddr",
  "'08:00:2b:01:02:0g'::macaddr",
  "'08:00-2b:01:02:03'::macaddr",
  "''::macaddr",
  "' 08:00:2b:01:02:03 '::macaddr",
  "trunc('12:34:56:78:90:ab'::macaddr)",
  "'08:00:2b:01:02:03'::macaddr < '08:00:2b:01:02:04'::macaddr",
  "'08:00:2b:01:02:03'::macaddr = '08-00-2B-01-02-03'::macaddr",
  "~ '08:00:2b:01:02:03'::macaddr",
  "'08:00:2b:01:02:03'::macaddr & 'ff:ff:ff:00:00:00'::macaddr",
  "'08:00:2b:01:02:03'::macaddr | '00:00:00:ff:ff:ff'::macaddr",
  "'08:00:2b:01:02:03'::macaddr::macaddr8",
  "'08:00:2b:01:02:03'::macaddr::text",
]);

// macaddr8
each([
  "'08:00:2b:01:02:03:04:05'::macaddr8",
  "'08-00-2b-01-02-03-04-05'::macaddr8",
  "'08002b:0102030405'::macaddr8",
  "'08002b-0102030405'::macaddr8",
  "'0800.2b01.0203.0405'::macaddr8",
  "'0800-2b01-0203-0405'::macaddr8",
  "'08002b01:02030405'::macaddr8",
  "'08002b0102030405'::macaddr8",
  "'08:00:2b:01:02:03'::macaddr8",
  "'08:00:2b:01:02:03:04'::macaddr8",
  "'08:00:2b:01:02:03:04:05:06'::macaddr8",
  "'xx:00:2b:01:02:03:04:05'::macaddr8",
  "macaddr8_set7bit('00:34:56:ab:cd:ef'::macaddr8)",
  "macaddr8_set7bit('02:34:56:ab:cd:ef'::macaddr8)",
  "trunc('12:34:56:78:90:ab:cd:ef'::macaddr8)",
  "'08:00:2b:ff:fe:01:02:03'::macaddr8::macaddr",
  "'08:00:2b:01:02:03:04:05'::macaddr8::macaddr",
  "~ '08:00:2b:01:02:03:04:05'::macaddr8",
  "'08:00:2b:01:02:03:04:05'::macaddr8 & 'ff:ff:ff:ff:00:00:00:00'::macaddr8",
  "'08:00:2b:01:02:03:04:05'::macaddr8 | '00:00:00:00:ff:ff:ff:ff'::macaddr8",
  "'08:00:2b:01:02:03:04:05'::macaddr8 > '08:00:2b:01:02:03:04:04'::macaddr8",
]);

// tables: ordering, indexes, containment queries, parameters
const T = 'CREATE TABLE hosts (id int, a inet, n cidr, m macaddr)';
list.add(
  'inet ordering',
  [
    "INSERT INTO hosts (id, a) VALUES (1, '10.0.0.2'), (2, '10.0.0.0/8'), (3, '::1'), (4, '9.255.255.255'), (5, '10.0.0.2/16')",
    'SELECT id, a FROM hosts ORDER BY a',
  ],
  T,
);
list.add(
  'inet containment query',
  [
    "INSERT INTO hosts (id, a) VALUES (1, '10.0.0.2'), (2, '10.1.0.5'), (3, '11.0.0.1')",
    "SELECT id FROM hosts WHERE a << '10.0.0.0/8' ORDER BY id",
  ],
  T,
);
list.add(
  'inet gist index query',
  [
    'CREATE INDEX ON hosts USING gist (a inet_ops)',
    "INSERT INTO hosts (id, a) VALUES (1, '10.0.0.2'), (2, '10.1.0.5'), (3, '11.0.0.1')",
    "SELECT id FROM hosts WHERE a <<= '10.0.0.0/15' ORDER BY id",
  ],
  T,
);
list.add('cidr column bits right of mask', ["INSERT INTO hosts (id, n) VALUES (1, '10.1.2.3/8')"], T);
list.add('cidr column abbreviated', ["INSERT INTO hosts (id, n) VALUES (1, '10.1') RETURNING n"], T);
list.add(
  'macaddr column forms',
  ["INSERT INTO hosts (id, m) VALUES (1, '0800.2b01.0203'), (2, '08-00-2b-01-02-04') RETURNING m"],
  T,
);
list.add('macaddr column bad', ["INSERT INTO hosts (id, m) VALUES (1, '08:00:2b')"], T);
list.add(
  'inet unique index',
  [
    'CREATE UNIQUE INDEX ON hosts (a)',
    "INSERT INTO hosts (id, a) VALUES (1, '10.0.0.1/8'), (2, '10.0.0.1/16')",
    "INSERT INTO hosts (id, a) VALUES (3, '10.0.0.1/8')",
  ],
  T,
);
list.add(
  'inet group by',
  [
    "INSERT INTO hosts (id, a) VALUES (1, '10.0.0.1/8'), (2, '10.0.0.2/8'), (3, '11.0.0.1/8')",
    'SELECT network(a) AS net, count(*) AS n FROM hosts GROUP BY 1 ORDER BY 1',
  ],
  T,
);
list.add(
  'inet max min',
  [
    "INSERT INTO hosts (id, a) VALUES (1, '10.0.0.1'), (2, '::1'), (3, '9.0.0.1')",
    'SELECT max(a) AS hi, min(a) AS lo FROM hosts',
  ],
  T,
);
list.add('inet parameter', [withParams('SELECT $1::inet AS v', '10.1.2.3/16')]);
list.add('cidr parameter bits set', [withParams('SELECT $1::cidr AS v', '10.1.2.3/16')]);
list.add('inet parameter bad', [withParams('SELECT $1::inet AS v', '10.1.2.300')]);
list.add('macaddr parameter', [withParams('SELECT $1::macaddr AS v', '0800.2b01.0203')]);
list.add('macaddr8 parameter', [withParams('SELECT $1::macaddr8 AS v', '08002b0102030405')]);
list.add('inet parameter containment', [
  withParams('SELECT $1::inet << $2::inet AS v', '192.168.1.5', '192.168.0.0/16'),
]);
list.add('inet text parameter cast', [withParams('SELECT host($1::text::inet) AS v', '10.0.0.1/8')]);
list.add('inet array', ["SELECT '{10.0.0.1,::1}'::inet[] AS v"]);
list.add('inet array bad element', ["SELECT '{10.0.0.1,nope}'::inet[] AS v"]);
list.add('inet in list', ["SELECT '10.0.0.1'::inet IN ('10.0.0.1/32', '10.0.0.2') AS v"]);
list.add('inet between', ["SELECT '10.0.0.5'::inet BETWEEN '10.0.0.1' AND '10.0.0.9' AS v"]);
list.add('inet like refused', ["SELECT '10.0.0.5'::inet LIKE '10%' AS v"]);
list.add('inet text like', ["SELECT host('10.0.0.5'::inet) LIKE '10%' AS v"]);

export default list.cases;
