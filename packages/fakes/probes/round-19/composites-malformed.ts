// Round 19 probe, composites part I: malformed text input of arrays, ranges, multiranges, records
// and enums (docs 8.15.2, 8.16.2, 8.17.5, 8.7): each error's SQLSTATE, message and detail, and the
// odd texts each input function still accepts. PostgreSQL 16-18 rewrote array_in's checks.
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases('r19 composites: malformed: ');
const ARRAYS = [
  '{1,{2}}',
  '{{1},2}',
  '{{1},{2},3}',
  '{{1,2},{3,4}',
  '{{1,2},{3,4}}}',
  '{{1,2}{3,4}}',
  '{1 2}',
  '{"1" 2}',
  '{1,"2"3}',
  '{ }',
  '{,}',
  '{1,}',
  '{,1}',
  '{{},{}}',
  '{{1},{}}',
  '{{},{1}}',
  '{{{}}}',
  '{}}',
  '{{}',
  '{',
  '}',
  '{"}',
  '{"\\"}',
  '{\\}',
  '{1\\}',
  '{a\\b}',
  '[1:2]={1}',
  '[1:2]={1,2,3}',
  '[1:1]={{1}}',
  '[1:2][1:1]={1,2}',
  '[2147483647:2147483647]={1}',
  '[2147483646:2147483647]={1,2}',
  '[-2147483648:-2147483648]={1}',
  '[1:0]={}',
  '[0:-1]={}',
  '[1:1]',
  '[1:1]=',
  '[1:1]={1}junk',
  '[1]={1}',
  '[1:2',
  '[1:2]={1,2',
  '[:2]={1,2}',
  '[1:]={1}',
  '[a]={1}',
  '[1:2][3:4][5:6][7:8][9:10][11:12][13:14]={}',
  '{{{{{{{1}}}}}}}',
  '{{{{{{1}}}}}}',
  ' {1} ',
  '{1} x',
  '{NULL}',
  '{"NULL"}',
  '{NULLx}',
  '{xNULL}',
  '{ NULL }',
];
ARRAYS.forEach((text, i) => {
  list.add(`array ${i} ${text}`, [{ sql: 'SELECT $1::int[] AS v', params: [text] }]);
});
const TEXT_ARRAYS = [
  '{a b,c}',
  '{"a"b}',
  '{a"b"}',
  '{"a",b"c"}',
  '{ "a" }',
  '{a\\,b}',
  '{{a},{"b"}}',
  '{{"a",b},{c}}',
  '{\\"}',
  '{"\\\\"}',
];
TEXT_ARRAYS.forEach((text, i) => {
  list.add(`text array ${i} ${text}`, [
    { sql: 'SELECT $1::text[] AS v, ($1::text[])::text AS t', params: [text] },
  ]);
});
const LITERAL_ARRAYS = ['{1,{2}}', '{{1,2},{3}}', '{{{{{{{1}}}}}}}', '[1:2]={1}', '{1}x', '{{1},{}}'];
LITERAL_ARRAYS.forEach((text, i) => {
  list.select(`array literal ${i} ${text}`, `'${text}'::int[]`);
});

const RANGES = [
  '[1,2',
  '1,2)',
  '[1,2)x',
  '[1;2)',
  '[1,2,3)',
  '[,]',
  '(,)',
  '[ , ]',
  '["",2)',
  '[1,"2"]',
  '[1\\,2)',
  '(1,1)',
  '[2,1)',
  'empty ',
  ' EMPTY',
  'emptyx',
  '[1 ,2)',
  '[ 1,2)',
  '[1,2 )',
  '[a,b)',
  '(1,)',
  '[,1]',
  '',
  '()',
  '[]',
  '[1]',
  '[1,2)]',
];
RANGES.forEach((text, i) => {
  list.add(`int4range ${i} ${text}`, [{ sql: 'SELECT $1::int4range AS v', params: [text] }]);
});
const TEXT_RANGES = ['[a,b)', '[b,a)', '["a b","c d")', '[a\\,b,c)', '["",a)', '[ a , b )'];
TEXT_RANGES.forEach((text, i) => {
  list.add(
    `textrange ${i} ${text}`,
    [{ sql: 'SELECT $1::textrange AS v', params: [text] }],
    `CREATE TYPE textrange AS RANGE (subtype = text)`,
  );
});
const MULTIRANGES = [
  '{',
  '{}x',
  '{[1,2)',
  '{[1,2),}',
  '{,[1,2)}',
  '{[1,2) [3,4)}',
  '{ [1,2) , [3,4) }',
  '{empty,empty}',
  '[1,2)',
  '{[2,1)}',
  '{{[1,2)}}',
  '{[1,2)}}',
];
MULTIRANGES.forEach((text, i) => {
  list.add(`int4multirange ${i} ${text}`, [{ sql: 'SELECT $1::int4multirange AS v', params: [text] }]);
});
const RECORDS = [
  '(1,2',
  '1,2)',
  '(1,2)x',
  '(1;2)',
  '(1,2,3)',
  '(1)',
  '()',
  '(,)',
  '( 1 , 2 )',
  '("1",2)',
  '("1"x,2)',
  '(1\\,2)',
  '(x,2)',
  '( , )',
  '(1,2) ',
  ' (1,2)',
];
RECORDS.forEach((text, i) => {
  list.add(
    `record ${i} ${text}`,
    [{ sql: 'SELECT $1::pair AS v', params: [text] }],
    `CREATE TYPE pair AS (a int, b int)`,
  );
});
const TEXT_RECORDS = [
  '(a b,c)',
  '("a""b",c)',
  '("a\\"b",c)',
  '(a\\,b,c)',
  '(,)',
  '("",)',
  '(" ", )',
  '((x),y)',
];
TEXT_RECORDS.forEach((text, i) => {
  list.add(
    `text record ${i} ${text}`,
    [{ sql: 'SELECT $1::tpair AS v, ($1::tpair).a AS a, ($1::tpair).b IS NULL AS bn', params: [text] }],
    `CREATE TYPE tpair AS (a text, b text)`,
  );
});
const ENUMS = ['sad', 'SAD', ' sad', 'sad ', '', 'x'.repeat(70)];
ENUMS.forEach((text, i) => {
  list.add(
    `enum ${i} ${text.slice(0, 10)}`,
    [{ sql: 'SELECT $1::mood AS v', params: [text] }],
    `CREATE TYPE mood AS ENUM ('sad', 'ok')`,
  );
});
list.select('array_fill 7 dims', `array_fill(1, ARRAY[1,1,1,1,1,1,1])`);
list.select('array ctor 7 dims', `ARRAY[[[[[[[1]]]]]]]`);
list.select('array_agg beyond 6 dims', `array_agg(a) FROM (SELECT '{{{{{{1}}}}}}'::int[] AS a) t`);
list.select('array_cat to 7 dims', `array_cat('{{{{{{1}}}}}}'::int[], '{{{{{{{1}}}}}}}'::int[])`);
list.select('array assign 7 dims', `('{}'::int[])[1][1][1][1][1][1][1]`);
list.select('array bounds overflow', `'[2147483647:2147483647]={1}'::int[] || 2`);
list.select('array length overflow fill', `array_fill(1, ARRAY[2147483647], ARRAY[2])`);
list.select('array upper overflow', `array_upper('[2147483647:2147483647]={1}'::int[], 1)`);
list.select('array slice huge', `('{1,2,3}'::int[])[-2147483648:2147483647]`);
list.select('array subscript int8 beyond', `('{1,2,3}'::int[])[9999999999]`);

export default list.cases;
