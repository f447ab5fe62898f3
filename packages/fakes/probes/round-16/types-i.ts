// Round 16 probe, part I: follow-ups on PGlite's input differences found in part H (numeric underscores in
// exponents, OID-family input range, array_in dimension errors) and their literal-syntax twins.
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases();
const inputs: Array<[string, string[]]> = [
  [
    'numeric',
    [
      '1e1_0',
      '-1e1_0',
      '1_0e1',
      '1.0_1',
      '1_0.0_1e1_0',
      '1E+1_0',
      '1e-1_0',
      '0x1_F',
      '.5_0',
      '1e_10',
      '1e10_',
    ],
  ],
  ['int4', ['1e1_0', '0x_1F', '0b1_0']],
  ['int8', ['1_0e1']],
  ['float8', ['1e1_0', '1_0.5']],
  ['oid', ['-2147483649', '-4294967295', '-4294967296', '-9999999999', '18446744073709551615', '-0', '0x10']],
  ['regclass', ['-2147483649', '4294967296', '-1']],
  ['regtype', ['-2147483649', '23']],
  ['regproc', ['-2147483649']],
  ['xid', ['-1', '-2147483649', '4294967296', '0x10']],
  ['cid', ['-1', '-2147483649', '4294967296']],
  ['oidvector', ['1 2 -2147483649', '1 2 3']],
  ['int2vector', ['1 2 32768', '1 -1']],
  [
    'text[]',
    [
      '[1:1][1:0]={{}}',
      '[1:1][1:0]={}',
      '[1:2][1:0]={{},{}}',
      '[1:0][1:1]={}',
      '[1:1][1:1]={1}',
      '[1:3]={{1},{2},{3}}',
      '[1:1]',
      '[1:1]=',
      '[1:1]{1}',
      '[1:1]= {1}',
      '[1:1] ={1}',
      ' [1:1]={1}',
      '[a:1]={1}',
      '[1:]={1}',
      '[1:2147483648]={1}',
      '[2147483647:2147483647]={1}',
      '[-2147483648:-2147483648]={1}',
      '{{{{{{{1}}}}}}}',
      '[1:1][1:1][1:1][1:1][1:1][1:1][1:1]={{{{{{{1}}}}}}}',
      '{{1},{2}}}',
      '{{1},{2}',
      '{"a",{b}}',
      '{{a},"b"}',
      '{{a}{b}}',
      '{a}}',
      '{{a},{b}},',
      '{a,b}  ',
    ],
  ],
  [
    'int[]',
    [
      '[1:1][1:0]={{}}',
      '[0:0]={}',
      '[1:2]={1,2,3}',
      '[1:2]={{1},{2}}',
      '[1:1][1:2]={{1,2}}',
      '[1:1][1:2]={1,2}',
    ],
  ],
];
for (const [type, literals] of inputs) {
  for (const literal of literals) {
    list.add(`t16i input ${type} ${JSON.stringify(literal)}`, [`SELECT '${literal}'::${type}::text AS v`]);
  }
}
const literals = [
  '1e1_0',
  '1_0e1',
  '1.0_1',
  '1_0.0_1e1_0',
  '.5_0',
  '0x1_F',
  '0b1_0',
  '0o1_7',
  '1_000_000',
  '1e+1_0',
  '1E-1_0',
  '1_0.5e1',
];
for (const literal of literals) {
  list.add(`t16i SQL literal ${literal}`, [`SELECT ${literal} AS v`]);
  list.add(`t16i SQL literal ${literal} in expression`, [`SELECT 1 + ${literal} AS v`]);
}
list.add('t16i oid out-of-range param', [{ sql: 'SELECT $1::oid::text AS v', params: ['-2147483649'] }]);
list.add(
  't16i oid column insert negative',
  [`INSERT INTO t VALUES ('-2147483649')`, 'SELECT o::text AS v FROM t'],
  'CREATE TABLE t (o oid)',
);
list.add(
  't16i numeric column insert underscore exponent',
  [{ sql: 'INSERT INTO t VALUES ($1) RETURNING n::text AS v', params: ['1e1_0'] }],
  'CREATE TABLE t (n numeric)',
);
list.add('t16i numeric text cast underscore exponent', [`SELECT ('1' || 'e1_0')::numeric::text AS v`]);
list.add('t16i numeric to_number underscores', [`SELECT to_number('1_000', '9_999')::text AS v`]);
list.add('t16i array text cast of computed literal', [`SELECT ('[1:1]' || '[1:0]={{}}')::text[]::text AS v`]);
export default list.cases;
