// Round 27 probe (helper types27): a literal both versions refuse, before one only 15 refuses: 15 reports the first.
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases('first error: ');
const setup = `CREATE DOMAIN posint AS int CHECK (VALUE > 0);
CREATE TABLE c (id int, s smallint, d date, p posint, v varchar(3), n int2[]);`;
list.add(
  'multi-row insert, overflow before 1_000',
  ["INSERT INTO c (id, s) VALUES (1, '007'), (2, '32768'), (3, '1_000')"],
  setup,
);
list.add(
  'multi-row insert, 1_000 before overflow',
  ["INSERT INTO c (id, s) VALUES (1, '1_000'), (2, '32768')"],
  setup,
);
list.add(
  'one row, bad date before 0x1F',
  ["INSERT INTO c (id, d, s) VALUES (1, '2023-02-29', '0x1F')"],
  setup,
);
list.add(
  'one row, varchar too long before 0x1F',
  ["INSERT INTO c VALUES (1, '0x1F', NULL, NULL, 'abcd')"],
  setup,
);
list.add(
  'one row, too long after 0x1F',
  ["INSERT INTO c VALUES (1, NULL, NULL, NULL, 'abcd', NULL), (2, '0x1F', NULL, NULL, NULL, NULL)"],
  setup,
);
list.add('domain check is later than 1_000', ["INSERT INTO c (id, p, s) VALUES (1, '-5', '1_000')"], setup);
list.add('domain input error before 1_000', ["INSERT INTO c (id, p, s) VALUES (1, 'x', '1_000')"], setup);
list.add('bad array before malformed array', ["INSERT INTO c (id, n) VALUES (1, '{x}'), (2, '{1,}')"], setup);
list.add(
  'update set, overflow before 1_000',
  ['INSERT INTO c (id) VALUES (1)', "UPDATE c SET s = '99999', id = '1_0'"],
  setup,
);
list.add(
  'all fine but 1_000',
  ["INSERT INTO c (id, s, d) VALUES (1, '5', '2024-01-01'), (2, '1_000', NULL)"],
  setup,
);
list.add('all fine, 0x1F into text', [
  'CREATE TABLE t (a text, b int)',
  "INSERT INTO t VALUES ('0x1F', 1), ('x', 2) RETURNING a, b",
]);
list.select('cast overflow before 1_000', "'32768'::smallint > '1_000'::bigint");
list.select('cast bad int before 0x1F', "'abc'::int, '0x1F'::int");
list.select('0x1F before cast overflow', "'0x1F'::int, '99999'::smallint");
list.select('array overflow before 1_000', '\'{"32768",NULL,"1_000"}\'::smallint[]');
list.select('array 1_000 before overflow', "'{1_000,32768}'::smallint[]");
list.select('array bad before malformed', "'12.5'::int, '{1,}'::int[]");
list.select('bad date then bad int, no newer', "'2023-02-29'::date, 'abc'::int, 'infinity'::date");
list.add(
  'char, bit and varchar columns read without their typmod beside a newer literal',
  [
    "INSERT INTO b VALUES ('0000', 'ab', 'xyz', '1_0')",
    "INSERT INTO b VALUES ('00000', 'abcd', 'wxyz', '0x1')",
    'SELECT b::text, c, v FROM b',
  ],
  'CREATE TABLE b (b bit(4), c char(3), v varchar(3), n int);',
);
export default list.cases;
