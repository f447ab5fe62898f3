const elems = [
  'null',
  'Null',
  'NULL',
  'nulls',
  '',
  ' ',
  'a b',
  'a,b',
  'a"b',
  'a\\b',
  '{a}',
  'a}',
  'x\u00a0y',
  '\u00a0',
  'tab\there',
  'nl\nx',
  'v\u000bx',
  'f\u000cx',
  'cr\rx',
  'é',
  '😀',
  "it's",
  'a;b',
  '(x)',
  '[1]',
  '=',
  'a=b',
  '-',
  '1',
  'true',
];
const out = [];
for (const e of elems) {
  out.push({
    name: `fao param: ${JSON.stringify(e)}`,
    steps: [
      {
        sql: 'SELECT $1::text[] AS c, cardinality($1::text[]) AS n, ($1::text[])[1] AS f',
        params: [[e, 'z']],
      },
    ],
  });
  out.push({
    name: `fao col: ${JSON.stringify(e)}`,
    setup: 'CREATE TABLE t (xs text[])',
    steps: [{ sql: 'INSERT INTO t VALUES ($1) RETURNING xs, xs[1] AS f', params: [[e]] }],
  });
  out.push({
    name: `fao ctor: ${JSON.stringify(e)}`,
    steps: [{ sql: 'SELECT ARRAY[$1::text, NULL] AS a, $1 = ANY(ARRAY[$1::text]) AS b', params: [e] }],
  });
}
export default out;
