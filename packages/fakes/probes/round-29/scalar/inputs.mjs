const vals = [
  '0x1F',
  '1_000',
  '0o17',
  '0b101',
  ' 0x1f ',
  '-0x80000000',
  '0x',
  '1__0',
  '_1',
  '1_',
  '+0b1',
  '0X1F',
  '1e3',
  '12.0',
  '٣',
];
const types = ['int2', 'int4', 'int8', 'numeric', 'float8'];
const cases = [];
for (const v of vals)
  for (const t of types) {
    cases.push({ name: `input cast: '${v}'::${t}`, steps: [`SELECT '${v}'::${t} AS r`] });
  }
for (const v of ['0x1F', '1_000', '0b101', '1.5_5', '0x1.8'])
  for (const t of ['int4', 'int8', 'numeric']) {
    cases.push({ name: `input param: ${v} as ${t}`, steps: [{ sql: `SELECT $1::${t} AS r`, params: [v] }] });
    cases.push({
      name: `input column: ${v} into ${t}`,
      setup: `CREATE TABLE t(x ${t})`,
      steps: [{ sql: 'INSERT INTO t VALUES ($1) RETURNING x', params: [v] }],
    });
  }
for (const v of [
  '1_000.5',
  '0x1F',
  '1e1_0',
  '.5',
  '5.',
  '-.5e-3',
  '  1.5  ',
  'infinity',
  '-Infinity',
  'nan',
  'inf',
  '1e400',
  '1e-400',
  '0x1p3',
])
  for (const t of ['numeric', 'float8', 'float4', 'numeric(5,2)']) {
    cases.push({ name: `input num: '${v}'::${t}`, steps: [`SELECT '${v}'::${t} AS r`] });
  }
export default cases;
