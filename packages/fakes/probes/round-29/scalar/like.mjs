const pats = [
  ['abc', 'a.c'],
  ['a.c', 'a.c'],
  ['aXc', 'a*c'],
  ['a*c', 'a*c'],
  ['a(b', 'a(b'],
  ['a[b]', 'a[b]'],
  ['ab', '[ab]%'],
  ['^a', '^a'],
  ['a$', 'a$'],
  ['a+', 'a+'],
  ['aa', 'a+'],
  ['a?', 'a?'],
  ['a{2}', 'a{2}'],
  ['a|b', 'a|b'],
  ['a', 'a|b'],
  ['a\\b', 'a\\\\b'],
  ['a\\b', 'a\\b'],
  ['ab', 'a\\b'],
  ['a%', 'a\\%'],
  ['ab', 'a\\%'],
  ['a_', 'a\\_'],
  ['ab', 'a\\_'],
  ['abc', 'abc\\'],
  ['abc\\', 'abc\\'],
  ['a\nb', 'a%b'],
  ['a\nb', 'a_b'],
  ['\n', '_'],
  ['', '_'],
  ['', ''],
  ['abc', '%%'],
  ['abc', '%_%'],
  ['ab', '___'],
  ['日本', '__'],
  ['日本', '日%'],
  ['é', '_'],
  ['ABC', 'abc'],
  ['abc', 'ABC'],
  ['a b', 'a b'],
  ['a  ', 'a'],
  ['a', 'a '],
  ['%', '\\%'],
  ['_', '\\_'],
  ['\\', '\\\\'],
  ['a/b', 'a/b'],
  ['a-b', 'a[-]b'],
  ['x)', 'x)'],
  ['ab', 'a%%b'],
  ['', '%'],
  ['a\\', 'a\\\\'],
  ['a.b', 'a%.b'],
  ['$1', '$1'],
  ['a\tb', 'a_b'],
  ['ab\r', 'ab_'],
  ['😀', '_'],
  ['😀x', '_x'],
];
const cases = [];
for (const [s, p] of pats) {
  const _lit = (x) => `'${x.replace(/'/g, "''")}'`;
  const e = (x) =>
    "E'" +
    x
      .replace(/\\/g, '\\\\')
      .replace(/'/g, "\\'")
      .replace(/\n/g, '\\n')
      .replace(/\t/g, '\\t')
      .replace(/\r/g, '\\r') +
    "'";
  cases.push({
    name: `like: ${JSON.stringify(s)} LIKE ${JSON.stringify(p)}`,
    steps: [`SELECT ${e(s)} LIKE ${e(p)} AS r`],
  });
  cases.push({
    name: `ilike: ${JSON.stringify(s)} ILIKE ${JSON.stringify(p)}`,
    steps: [`SELECT ${e(s)} ILIKE ${e(p)} AS r`],
  });
  cases.push({
    name: `like param: ${JSON.stringify(s)} LIKE ${JSON.stringify(p)}`,
    steps: [{ sql: 'SELECT $1::text LIKE $2::text AS r', params: [s, p] }],
  });
}
cases.push({
  name: 'like table: column like with specials',
  setup:
    "CREATE TABLE t(id int primary key, s text); INSERT INTO t VALUES (1, 'a.c'), (2, 'abc'), (3, 'a%c'), (4, E'a\\nc'), (5, 'A.C'), (6, NULL), (7, 'a\\c')",
  steps: [
    "SELECT id FROM t WHERE s LIKE 'a.c' ORDER BY id",
    "SELECT id FROM t WHERE s LIKE 'a_c' ORDER BY id",
    "SELECT id FROM t WHERE s ILIKE 'a.c' ORDER BY id",
    "SELECT id FROM t WHERE s LIKE 'a\\%c' ORDER BY id",
    "SELECT id FROM t WHERE s NOT LIKE 'a%' ORDER BY id",
    "SELECT id FROM t WHERE s LIKE '%\\\\%' ORDER BY id",
    { sql: 'SELECT id FROM t WHERE s LIKE $1 ORDER BY id', params: ['a_c'] },
    { sql: "SELECT id FROM t WHERE s LIKE '%' || $1 || '%' ORDER BY id", params: ['.'] },
  ],
});
export default cases;
