// Round 30: invalid text for each type, as a literal, a parameter and a column's text cast: the
// error's code, position, detail and hint (16 turned most input functions into soft errors and
// reworded some of them).
const types = [
  'int2',
  'int4',
  'int8',
  'numeric',
  'numeric(4,2)',
  'float4',
  'float8',
  'bool',
  'date',
  'time',
  'timetz',
  'timestamp',
  'timestamptz',
  'interval',
  'uuid',
  'inet',
  'cidr',
  'macaddr',
  'macaddr8',
  'money',
  'bit(3)',
  'varbit',
  'bytea',
  'json',
  'jsonb',
  'jsonpath',
  'xml',
  'point',
  'box',
  'line',
  'lseg',
  'circle',
  'path',
  'polygon',
  'tsvector',
  'tsquery',
  'int4range',
  'numrange',
  'daterange',
  'int4multirange',
  'oid',
  'regclass',
  'regtype',
  'regproc',
  'regoper',
  'regrole',
  'regnamespace',
  'pg_lsn',
  'tid',
  'xid',
  'txid_snapshot',
  'pg_snapshot',
  'char(1)',
  'varchar(2)',
  'int4[]',
  'text[]',
  'mood',
  'pair',
];
const values = [
  '',
  ' ',
  'x',
  '1e999',
  '-',
  '((',
  '{',
  '[1,',
  'abc def',
  '99999999999999999999',
  '1.5.5',
  '\\',
  '"',
  '{1,2',
  '(1,2',
  '12:',
  "'",
  'NaN',
  '-Infinity',
  '0x1',
];
const SETUP =
  "CREATE TYPE mood AS ENUM ('ok', 'sad'); CREATE TYPE pair AS (a int, b text); CREATE TABLE texts (t text)";
const cases = [];
for (const type of types)
  for (const value of values) {
    const lit = value.replaceAll("'", "''");
    cases.push({
      name: `invalid ${type} literal ${JSON.stringify(value)}`,
      setup: SETUP,
      steps: [`SELECT '${lit}'::${type} AS v`],
    });
    cases.push({
      name: `invalid ${type} param ${JSON.stringify(value)}`,
      setup: SETUP,
      steps: [{ sql: `SELECT $1::${type} AS v`, params: [value] }],
    });
    if (values.indexOf(value) % 4 === 0)
      cases.push({
        name: `invalid ${type} column ${JSON.stringify(value)}`,
        setup: `${SETUP}; INSERT INTO texts VALUES ('${lit}')`,
        steps: [`SELECT t::${type} AS v FROM texts`],
      });
  }
export default cases;
