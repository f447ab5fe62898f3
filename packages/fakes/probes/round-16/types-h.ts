// Round 16 probe, part H: input-function edge cases per type (PostgreSQL 16 rewrote the input functions for
// soft errors and 17 rewrote array_in); each literal is cast and shown as text.
type Step = string | { sql: string; params?: unknown[] };
export interface Case {
  name: string;
  setup?: string;
  steps: Step[];
}

const cases: Case[] = [];
const inputs: Array<[string, string[]]> = [
  [
    'int4',
    [
      '1 ',
      ' -1',
      '- 1',
      '+-1',
      '0x',
      '_1000',
      '1__000',
      '1_000_',
      '00012',
      '-0',
      '２',
      '1.',
      '2147483647 ',
      '-2147483648',
      '-2147483649',
    ],
  ],
  ['int2', ['-32768', '32767', '0x7FFF', '1e1']],
  ['int8', ['-9223372036854775808', '0b1', ' 42\t', '9223372036854775807 ']],
  [
    'numeric',
    [
      '1e',
      '.',
      '-.5',
      '1.',
      ' NaN ',
      '+NaN',
      '-NaN',
      'nan ',
      'Infinity ',
      '-infinity',
      'inf',
      '1e-16383',
      '1e131072',
      '0x1F',
      '1_000.5',
      '0.000_1',
      '1e1_0',
      '  1.5e+2  ',
      '1.5E-2',
      '00.010',
    ],
  ],
  [
    'float8',
    [
      '1e',
      '1e+',
      'infinity ',
      ' -nan',
      '+nan',
      'NaN',
      '1_000',
      '0x1p3',
      '-0.0',
      '1e-320',
      '1.5e308',
      '2e308',
      '.e1',
      '   ',
    ],
  ],
  ['float4', ['1e-45', '1e-46', '3.4028236e38', '3.4028235e38', 'Infinity', '1.17549435e-38']],
  ['bool', [' t ', 'True', 'YES ', 'oN', 'n o', 'tru', 'yess', '1 ', '00']],
  ['bit(4)', ['1010', 'x1', 'xA', 'X0f', '101']],
  ['varbit', ['', 'x', 'xg', 'XFF', '1 0']],
  [
    'uuid',
    [
      'a0eebc999c0b4ef8bb6d6bb9bd380a11 ',
      '{a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11',
      'a0eebc99-9c0b-4ef8-bb6d6bb9bd380a11',
      '-a0eebc999c0b4ef8bb6d6bb9bd380a11',
      'a0eebc99--9c0b-4ef8-bb6d-6bb9bd380a11',
    ],
  ],
  [
    'inet',
    [
      ' 10.0.0.1',
      '10.0.0.1 ',
      '10.0.0.1/',
      '10.0.0.1/8/8',
      '010.000.000.001',
      '::ffff:10.0.0.1/120',
      '1:2:3:4:5:6:7:8:9',
      'fe80::1%eth0',
      '0.0.0.0/0',
    ],
  ],
  ['cidr', ['10/8', '10.0/16', '0/0', '::/0', '10.0.0.0/7']],
  [
    'macaddr',
    [
      '08:00:2b:01:02:03 ',
      ' 08:00:2b:01:02:03',
      '08:00:2b:01:02:0g',
      '0800:2b01:0203',
      '08:00:2b:01:02:03:04',
    ],
  ],
  ['macaddr8', ['08002b0102030405', '08:00:2b:01:02:03:04', '0800.2b01.0203.0405']],
  ['money', ['1,000,000', '$-1', '-$1', '1.005', '.5', '$ 1', '1e3', '1,00']],
  ['point', ['(1,2)x', '1,2,3', '(1e308,-1e308)', '(NaN,Infinity)', '( 1 , 2 )']],
  ['box', ['(1,2),(3,4),(5,6)', '((1,2),(3,4)', '1,2,3,4']],
  ['int4range', ['[1,2]x', '(,)', '[ , ]', '(1,1]', '[1,1]', '[-1,-1)', 'empty ', ' empty', '[1,2)(']],
  ['numrange', ['[1.0,1.00]', '(NaN,1)', '[1,NaN]', '["1",2)', '[1,2"]']],
  ['daterange', ['[2020-01-01,2019-01-01]', '[-infinity,infinity]', '(2020-01-01,2020-01-02)']],
  ['int4multirange', ['{ }', '{[1,2),}', '{[1,2) [3,4)}', '{empty}', ' {[1,2)} ']],
  ['pg_lsn', ['0/0', 'FFFFFFFF/FFFFFFFF', '1/', '/1', '1/1 ', '100000000/0', '-1/0']],
  ['oid', ['-1', '-2147483648', '-2147483649', '4294967295', ' 12 ', '1.0']],
  ['"char"', ['', 'ab', '\\001', '\\377']],
  [
    'jsonb',
    [
      '1.',
      '.5',
      '01',
      '-0',
      '1E2',
      '1e-2',
      'NaN',
      '"\\ud83d\\ude00"',
      '"\\ud83d"',
      '{"a":1,}',
      '[1,]',
      ' [ ] ',
      'tRue',
      '1e400',
      '-1e-400',
      '12345678901234567890123456789',
    ],
  ],
  ['json', ['1.', '01', '{"a":1,}', '"\\ud83d"', ' {} ']],
  ['bytea', ['\\x', '\\X41', '\\x4 1', '\\', 'a\\\\b', '\\101', '\\1']],
  [
    'text[]',
    [
      '{1 2}',
      '{"a"b}',
      '{a"b"}',
      '[1:0]={}',
      '[2:1]={}',
      '[1]={1}',
      '[0:0]={NULL}',
      '{ }',
      '[1:2]={1}',
      '{{1},{}}',
      '[1:1][1:0]={{}}',
      '[1:1]={{1}}',
      '{a\\"b}',
      '{{a}, {b}}',
      '[-2:-1]={a,b}',
      '[1:2][1:1]={{a},{b}}',
    ],
  ],
  ['int[]', ['{1, 2 }', '{ 1,2}', '{+1,-2}', '{1.0}', '{0x10}', '{1_0}', '{NULL }', '{ NULL}']],
];
let n = 0;
for (const [type, literals] of inputs) {
  for (const literal of literals) {
    n += 1;
    const quoted = literal.replace(/'/g, "''");
    const needsE = literal.includes('\\');
    const sqlLit = needsE ? `E'${quoted.replace(/\\/g, '\\\\')}'` : `'${quoted}'`;
    cases.push({
      name: `t16h input ${type} ${JSON.stringify(literal)}`,
      steps: [`SELECT ${sqlLit}::${type}::text AS v`],
    });
  }
}
void n;
export default cases;
