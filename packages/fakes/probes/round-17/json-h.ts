// Round 17 probe, json part H: the jsonb operations the pg-mem engine answers itself (->, ->>, @>,
// <@, ?, ?|, ?&, ||, jsonb_set, jsonb_array_length, jsonb_typeof, jsonb equality) pushed to their
// corners: non-ASCII keys and their order, escapes, numbers a double cannot hold, nested containment,
// objects and arrays as node-pg parameters; then text search on non-ASCII text and many English stems.
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases('r17 json: ');
const q = (name: string, expr: string, setup?: string) => list.select(name, expr, setup);

// ---------------------------------------------------------------- key order and escapes
const docs: [string, string][] = [
  ['keys by byte length', `'{"é":1,"ab":2,"b":3}'`],
  ['keys two byte vs ascii', `'{"ÿ":1,"zz":2}'`],
  ['keys three byte vs two byte', `'{"€":1,"éa":2,"abc":3}'`],
  ['keys astral vs bmp', `'{"😀":1,"\uffe0a":2,"abcd":3}'`],
  ['keys astral vs private use', `'{"😀":1,"":2}'`],
  ['keys upper vs lower', `'{"b":1,"B":2,"a":3,"A":4}'`],
  ['keys empty and space', `'{"":1," ":2,"a":3}'`],
  ['keys digits', `'{"10":1,"9":2,"1":3}'`],
  ['key with quote', `'{"a\\"b":1}'`],
  ['key with backslash', `'{"a\\\\b":1}'`],
  ['key with newline escape', `'{"a\\nb":1}'`],
  ['key with control escape', `'{"\\u001f":1}'`],
  ['string with line separator', `'["\\u2028\\u2029"]'`],
  ['string with emoji escape', `'["\\ud83d\\ude00 ok"]'`],
  ['string with tab', `'["a\\tb"]'`],
  ['string with del and nbsp', `'["\\u007f\\u00a0"]'`],
  ['string with escaped solidus and unicode', `'["\\/\\u0041"]'`],
  ['nested empty containers', `'{"a":{},"b":[],"c":[{}],"d":[[]]}'`],
  ['many keys', `'{"k9":9,"k10":10,"k1":1,"k100":100,"k2":2}'`],
];
for (const [name, literal] of docs) {
  q(`pgmem jsonb ${name}`, `${literal}::jsonb`);
}
q('pgmem jsonb ->> key with quote', `'{"a\\"b":"v\\"w"}'::jsonb ->> 'a"b'`);
q('pgmem jsonb ->> unicode key', `'{"é":"x"}'::jsonb ->> 'é'`);
q('pgmem jsonb -> astral key', `'{"😀":[1]}'::jsonb -> '😀'`);
q('pgmem jsonb ->> control string', `'{"a":"\\u0001\\t"}'::jsonb ->> 'a'`);
q('pgmem jsonb -> string with escapes', `'{"a":"q\\"\\\\\\n"}'::jsonb -> 'a'`);
q('pgmem jsonb ? unicode key', `'{"é":1}'::jsonb ? 'é'`);
q('pgmem jsonb ? decomposed unicode key', `'{"é":1}'::jsonb ? 'é'`);

// ---------------------------------------------------------------- numbers
const numbers = [
  '0',
  '-0',
  '1',
  '-1',
  '0.5',
  '-0.5',
  '1.5',
  '100',
  '1000000',
  '123456789',
  '2147483648',
  '9007199254740991',
  '9007199254740993',
  '12345678901234567890',
  '0.1',
  '0.25',
  '3.14159',
  '1e2',
  '1E2',
  '1.5e3',
  '1e-7',
  '0.0000001',
  '1e21',
  '1e22',
  '123e-2',
  '1.0',
  '2.50',
  '-0.0',
  '0.1e1',
  '5e-324',
  '1.7976931348623157e308',
  '0.30000000000000004',
];
for (const n of numbers) {
  q(`pgmem jsonb number ${n}`, `'{"n":${n}}'::jsonb`);
  q(`pgmem jsonb ->> number ${n}`, `'{"n":${n}}'::jsonb ->> 'n'`);
}
q('pgmem jsonb number in array', `'[1, 2.0, 3e0, -4.50]'::jsonb`);
q('pgmem jsonb number equality 1 and 1.0', `'{"n":1}'::jsonb = '{"n":1.0}'::jsonb`);
q('pgmem jsonb number equality 10 and 1e1', `'[10]'::jsonb = '[1e1]'::jsonb`);
q('pgmem jsonb @> number 1.0', `'{"n":1.0}'::jsonb @> '{"n":1}'`);
q('pgmem jsonb @> big integer', `'[9007199254740993]'::jsonb @> '[9007199254740992]'`);
q('pgmem jsonb equal big integers', `'9007199254740993'::jsonb = '9007199254740992'::jsonb`);
q('pgmem jsonb ->> int cast', `('{"n":"42"}'::jsonb ->> 'n')::int + 1`);
q('pgmem jsonb ->> numeric cast', `('{"n":19.99}'::jsonb ->> 'n')::numeric * 3`);
q('pgmem jsonb ->> big int cast bigint', `('{"n":9007199254740993}'::jsonb ->> 'n')::bigint`);

// ---------------------------------------------------------------- containment corners
const contains: [string, string, string][] = [
  ['top array contains scalar', `'["a"]'`, `'"a"'`],
  ['nested array does not contain scalar', `'{"x":["a"]}'`, `'{"x":"a"}'`],
  ['array of array does not contain element', `'[[1,2]]'`, `'[1]'`],
  ['nested array in nested', `'{"a":[[1]]}'`, `'{"a":[1]}'`],
  ['nested arrays deep', `'[[1,[2,3]]]'`, `'[[[3]]]'`],
  ['array contains empty array', `'[1]'`, `'[]'`],
  ['empty array contains empty', `'[]'`, `'[]'`],
  ['empty array contains scalar', `'[]'`, `'1'`],
  ['object contains itself nested', `'{"a":{"b":{"c":1}}}'`, `'{"a":{"b":{}}}'`],
  ['object value array subset', `'{"tags":["a","b","c"]}'`, `'{"tags":["c","a"]}'`],
  ['object value array scalar', `'{"tags":["a","b"]}'`, `'{"tags":"a"}'`],
  ['string vs number', `'["1"]'`, `'[1]'`],
  ['bool', `'[true,false]'`, `'[false]'`],
  ['null vs missing', `'{"a":1}'`, `'{"b":null}'`],
  ['array of objects partial', `'[{"a":1,"b":2}]'`, `'[{"b":2}]'`],
  ['array object vs scalar', `'[{"a":1}]'`, `'{"a":1}'`],
  ['scalar contains same string', `'"a"'`, `'"a"'`],
  ['scalar contains other', `'"a"'`, `'"b"'`],
  ['top object vs scalar', `'{"a":1}'`, `'1'`],
  ['unicode values', `'{"a":"é"}'`, `'{"a":"é"}'`],
];
for (const [name, a, b] of contains) {
  q(`pgmem jsonb @> ${name}`, `${a}::jsonb @> ${b}::jsonb`);
  q(`pgmem jsonb <@ ${name}`, `${b}::jsonb <@ ${a}::jsonb`);
}
q('pgmem jsonb ? nested array element', `'["a",["b"]]'::jsonb ? 'b'`);
q('pgmem jsonb ? bool element', `'[true]'::jsonb ? 'true'`);
q('pgmem jsonb ? null element', `'[null]'::jsonb ? 'null'`);
q('pgmem jsonb ? on number', `'1'::jsonb ? '1'`);
q('pgmem jsonb ?| duplicates', `'{"a":1}'::jsonb ?| '{a,a}'`);
q('pgmem jsonb ?& duplicates', `'["a"]'::jsonb ?& '{a,a}'`);
q('pgmem jsonb ?& on scalar string', `'"a"'::jsonb ?& '{a}'`);
q('pgmem jsonb ?| on scalar', `'"a"'::jsonb ?| '{a}'`);
q('pgmem jsonb ?| null array', `'{"a":1}'::jsonb ?| NULL::text[]`);
q('pgmem jsonb ? null', `'{"a":1}'::jsonb ? NULL`);

// ---------------------------------------------------------------- concatenation corners
const concat: [string, string, string][] = [
  ['empty array and object', `'[]'`, `'{}'`],
  ['object and empty array', `'{}'`, `'[]'`],
  ['empty arrays', `'[]'`, `'[]'`],
  ['strings', `'"a"'`, `'"b"'`],
  ['null and number', `'null'`, `'1'`],
  ['number and object', `'1'`, `'{"a":1}'`],
  ['array and nested array', `'[1]'`, `'[[2]]'`],
  ['objects key order', `'{"b":1,"aa":2}'`, `'{"a":3,"b":4}'`],
  ['object and null', `'{"a":1}'`, `'null'`],
];
for (const [name, a, b] of concat) q(`pgmem jsonb || ${name}`, `${a}::jsonb || ${b}::jsonb`);

// ---------------------------------------------------------------- -> and ->> corners
q('pgmem jsonb -> int on array of arrays', `'[[1,2],[3]]'::jsonb -> 0 -> 1`);
q('pgmem jsonb -> -0 index', `'[1,2]'::jsonb -> -0`);
q('pgmem jsonb -> int8 param-like', `'[1,2]'::jsonb -> 1::bigint`);
q('pgmem jsonb -> int2 index', `'[1,2]'::jsonb -> 1::smallint`);
q('pgmem jsonb ->> text index on array', `'[1,2]'::jsonb ->> '1'`);
q('pgmem jsonb ->> null', `'null'::jsonb ->> 0`);
q('pgmem jsonb -> on string', `'"abc"'::jsonb -> 'a'`);
q('pgmem jsonb -> empty key', `'{"":5}'::jsonb -> ''`);
q('pgmem jsonb ->> bool false', `'{"a":false}'::jsonb ->> 'a'`);
q('pgmem jsonb ->> nested object keeps order', `'{"a":{"bb":1,"a":[1,{"y":1,"x":2}]}}'::jsonb ->> 'a'`);
q('pgmem jsonb ->> result type', `pg_typeof('{"a":1}'::jsonb ->> 'a')::text`);
q('pgmem jsonb ->> compare text', `'{"a":"b"}'::jsonb ->> 'a' = 'b'`);
q('pgmem jsonb -> compare jsonb string', `'{"a":"b"}'::jsonb -> 'a' = '"b"'`);
q('pgmem jsonb -> compare number literal', `'{"a":1.0}'::jsonb -> 'a' = '1'`);
q('pgmem jsonb ->> LIKE', `'{"a":"hello"}'::jsonb ->> 'a' LIKE 'he%'`);
q('pgmem jsonb ->> upper', `upper('{"a":"é"}'::jsonb ->> 'a')`);
q('pgmem jsonb_typeof of ->', `jsonb_typeof('{"a":[1]}'::jsonb -> 'a')`);
q('pgmem jsonb_array_length nested', `jsonb_array_length('{"a":[1,[2,3]]}'::jsonb -> 'a')`);
q('pgmem jsonb_array_length null jsonb', `jsonb_array_length('null')`);
q('pgmem jsonb_array_length string', `jsonb_array_length('"abc"')`);

// ---------------------------------------------------------------- jsonb_set corners
const sets: [string, string][] = [
  ['index with spaces', `jsonb_set('[1,2]', '{" 1"}', '9')`],
  ['index with plus', `jsonb_set('[1,2]', '{+1}', '9')`],
  ['index with leading zero', `jsonb_set('[1,2]', '{01}', '9')`],
  ['index decimal', `jsonb_set('[1,2]', '{1.0}', '9')`],
  ['index trailing space', `jsonb_set('[1,2]', '{"1 "}', '9')`],
  ['index huge', `jsonb_set('[1,2]', '{99999999999}', '9')`],
  ['index minus zero', `jsonb_set('[1,2]', '{-0}', '9')`],
  ['negative middle', `jsonb_set('{"a":[1,2,3]}', '{a,-2}', '9')`],
  ['negative past start create', `jsonb_set('{"a":[1,2,3]}', '{a,-5}', '9')`],
  ['negative past start no create', `jsonb_set('{"a":[1,2,3]}', '{a,-5}', '9', false)`],
  ['object key numeric', `jsonb_set('{"1":1}', '{1}', '9')`],
  ['create nested missing key fails silently', `jsonb_set('{}', '{a,b}', '1')`],
  ['unicode key', `jsonb_set('{"é":1}', '{é}', '2')`],
  ['new key ordering', `jsonb_set('{"bb":1}', '{a}', '2')`],
  ['replace with array', `jsonb_set('[1,2]', '{0}', '[0,0]')`],
  ['on empty array', `jsonb_set('[]', '{0}', '1')`],
  ['on empty array negative', `jsonb_set('[]', '{-1}', '1')`],
  ['text key on array', `jsonb_set('[1]', '{a}', '1')`],
  ['path through array of objects', `jsonb_set('{"a":[{"b":1},{"b":2}]}', '{a,1,b}', '3')`],
  ['null target', `jsonb_set(NULL, '{a}', '1')`],
  ['create_missing null', `jsonb_set('{}', '{a}', '1', NULL)`],
  ['value scalar string', `jsonb_set('{"a":1}', '{a}', '"x"')`],
  ['2d path', `jsonb_set('{"a":1}', '{{a}}', '2')`],
];
for (const [name, expr] of sets) q(`pgmem jsonb_set ${name}`, expr);

// ---------------------------------------------------------------- tables, parameters, writes
list.add('pgmem jsonb column equality and IN', [
  `CREATE TABLE r17j_h (id int, j jsonb)`,
  `INSERT INTO r17j_h VALUES (1, '{"a":1,"b":2}'), (2, '{"b":2,"a":1.0}'), (3, '[1,2]'), (4, NULL), (5, '"x"')`,
  `SELECT id AS id FROM r17j_h WHERE j = '{"a":1,"b":2}' ORDER BY id`,
  `SELECT id AS id FROM r17j_h WHERE j IN ('[1,2]', '"x"') ORDER BY id`,
  `SELECT id AS id FROM r17j_h WHERE j <> '[1,2]' ORDER BY id`,
  `SELECT id AS id FROM r17j_h WHERE j IS DISTINCT FROM '[1,2]' ORDER BY id`,
]);
list.add('pgmem jsonb column operators', [
  `CREATE TABLE r17j_h (id int, j jsonb)`,
  `INSERT INTO r17j_h VALUES (1, '{"tags":["a","b"],"n":1}'), (2, '{"tags":"a"}'), (3, '["tags"]'), (4, '{"n":null}')`,
  `SELECT id AS id FROM r17j_h WHERE j @> '{"tags":["a"]}' ORDER BY id`,
  `SELECT id AS id FROM r17j_h WHERE j ? 'tags' ORDER BY id`,
  `SELECT id AS id FROM r17j_h WHERE j -> 'n' IS NULL ORDER BY id`,
  `SELECT id AS id FROM r17j_h WHERE j ->> 'n' IS NULL ORDER BY id`,
  `SELECT id AS id, j -> 'tags' AS tags, jsonb_typeof(j -> 'tags') AS t FROM r17j_h ORDER BY id`,
]);
list.params('pgmem jsonb object parameter', `SELECT $1::jsonb AS v`, [
  { b: 1, a: [1, 'x', null], c: { d: true } },
]);
list.params('pgmem jsonb object parameter with unicode', `SELECT $1::jsonb AS v`, [
  { é: 'ü', k: '😀', q: 'a"b\\c\n' },
]);
list.params('pgmem jsonb array parameter becomes array literal', `SELECT $1::jsonb AS v`, [[1, 2]]);
list.params('pgmem jsonb string parameter not json', `SELECT $1::jsonb AS v`, ['hello']);
list.params('pgmem jsonb number parameter', `SELECT $1::jsonb AS v`, [42]);
list.params('pgmem jsonb boolean parameter', `SELECT $1::jsonb AS v`, [true]);
list.params('pgmem jsonb null parameter', `SELECT $1::jsonb AS v`, [null]);
list.params('pgmem jsonb stringified array parameter', `SELECT $1::jsonb AS v`, [
  JSON.stringify([1, 'a', { b: 2 }]),
]);
list.params('pgmem jsonb ->> with object parameter', `SELECT $1::jsonb ->> 'k' AS v`, [{ k: 'v' }]);
list.params('pgmem jsonb @> with object parameter', `SELECT '{"a":1,"b":[1,2]}'::jsonb @> $1 AS v`, [
  { b: [2] },
]);
list.params(
  'pgmem jsonb insert object parameter',
  `INSERT INTO r17j_hp VALUES ($1, $2) RETURNING j AS j`,
  [1, { z: 1, a: { y: 2, b: 3 } }],
  `CREATE TABLE r17j_hp (id int, j jsonb)`,
);
list.params(
  'pgmem jsonb insert date parameter',
  `INSERT INTO r17j_hp VALUES ($1, $2) RETURNING j AS j`,
  [1, JSON.stringify({ at: '2024-01-02T03:04:05.000Z' })],
  `CREATE TABLE r17j_hp (id int, j jsonb)`,
);
list.params(
  'pgmem json column object parameter',
  `INSERT INTO r17j_hp VALUES ($1, $2) RETURNING j AS j`,
  [1, { z: 1, a: 2 }],
  `CREATE TABLE r17j_hp (id int, j json)`,
);
list.add('pgmem jsonb upsert merge', [
  `CREATE TABLE r17j_up (id int PRIMARY KEY, j jsonb NOT NULL DEFAULT '{}')`,
  `INSERT INTO r17j_up VALUES (1, '{"a":1}')`,
  {
    sql: `INSERT INTO r17j_up VALUES ($1, $2) ON CONFLICT (id) DO UPDATE SET j = r17j_up.j || EXCLUDED.j RETURNING id AS id, j AS j`,
    params: [1, '{"b":2,"a":3}'],
  },
  {
    sql: `INSERT INTO r17j_up VALUES ($1, $2) ON CONFLICT (id) DO UPDATE SET j = r17j_up.j || EXCLUDED.j RETURNING id AS id, j AS j`,
    params: [2, '{"c":3}'],
  },
  `SELECT id AS id, j AS j FROM r17j_up ORDER BY id`,
]);
list.add('pgmem jsonb update jsonb_set counter', [
  `CREATE TABLE r17j_up (id int PRIMARY KEY, j jsonb NOT NULL)`,
  `INSERT INTO r17j_up VALUES (1, '{"n":1,"hist":[]}')`,
  `UPDATE r17j_up SET j = jsonb_set(j, '{hist}', (j -> 'hist') || '[1]') RETURNING j AS j`,
  `UPDATE r17j_up SET j = jsonb_set(j, '{n}', to_jsonb(((j ->> 'n')::int) + 1)) RETURNING j AS j`,
]);
list.add('pgmem jsonb NOT NULL and default', [
  `CREATE TABLE r17j_nn (id int, j jsonb NOT NULL DEFAULT '[]')`,
  `INSERT INTO r17j_nn (id) VALUES (1) RETURNING j AS j`,
  `INSERT INTO r17j_nn VALUES (2, NULL)`,
]);
list.add('pgmem jsonb bad literal into column', [
  `CREATE TABLE r17j_bl (j jsonb)`,
  `INSERT INTO r17j_bl VALUES ('{"a":}')`,
]);
list.add('pgmem jsonb text column cast in where', [
  `CREATE TABLE r17j_tc (id int, t text)`,
  `INSERT INTO r17j_tc VALUES (1, '{"a":1}'), (2, '{"a":2}')`,
  `SELECT id AS id FROM r17j_tc WHERE t::jsonb ->> 'a' = '2' ORDER BY id`,
]);
list.add('pgmem jsonb order by ->> numeric', [
  `CREATE TABLE r17j_ob (id int, j jsonb)`,
  `INSERT INTO r17j_ob VALUES (1, '{"p":10}'), (2, '{"p":9.5}'), (3, '{"p":"x"}'), (4, '{}')`,
  `SELECT id AS id FROM r17j_ob ORDER BY j ->> 'p', id`,
  `SELECT id AS id FROM r17j_ob ORDER BY j -> 'p', id`,
]);
list.add('pgmem jsonb count and group by ->>', [
  `CREATE TABLE r17j_gb (id int, j jsonb)`,
  `INSERT INTO r17j_gb VALUES (1, '{"s":"a"}'), (2, '{"s":"a"}'), (3, '{"s":"b"}'), (4, '{}'), (5, '{"s":null}')`,
  `SELECT j ->> 's' AS s, count(*) AS n FROM r17j_gb GROUP BY j ->> 's' ORDER BY s NULLS FIRST`,
  `SELECT j -> 's' AS s, count(*) AS n FROM r17j_gb GROUP BY j -> 's' ORDER BY 1 NULLS FIRST`,
]);

// ---------------------------------------------------------------- text search: non-ASCII and stems
q('fts simple non-ascii lowercase', `to_tsvector('simple', 'ÉCOLE Straße ΣΊΣΥΦΟΣ İstanbul ǅ')`);
q('fts english non-ascii words', `to_tsvector('english', 'Café naïve façades Übermensch')`);
q('fts simple cyrillic', `to_tsvector('simple', 'Москва Привет мир')`);
q('fts simple cjk', `to_tsvector('simple', '東京 タワー 한국어')`);
q('fts simple mixed alnum', `to_tsvector('simple', 'abc123 123abc é1 x_y')`);
q('fts simple emoji', `to_tsvector('simple', 'hi 😀 there')`);
list.add('fts ts_debug non-ascii', [
  `SELECT alias AS a, token AS t FROM ts_debug('simple', 'café abc1 é1 Москва 42') WITH ORDINALITY d(alias, description, token, dictionaries, dictionary, lexemes, n) ORDER BY n`,
]);
q('fts to_tsquery non-ascii', `to_tsquery('simple', 'École & Über:*')`);
q('fts match non-ascii', `to_tsvector('simple', 'ÉCOLE') @@ to_tsquery('simple', 'école')`);
const words = [
  'caresses flies dies mules denied died agreed owned humbled sized meeting stating siezing itemization sensational traditional reference colonizer plotted',
  'generously generate generation general generic communism communication past pasting university universal universe news innings outing canning herring earring proceed exceed succeed',
  'skis skies dying lying tying idly gently ugly early only singly sky howe atlas cosmos bias andes',
  'consign consigned consigning consignment consist consisted consistency consistent consistently consisting consists consolation consolations consolatory console consoled consoles',
  'knack knackeries knacks knag knave knaves knavish kneaded kneading knee kneel kneeled kneeling kneels knees knell knelt knew knick knif knife knight knightly knights',
  'arsenic arsenal organization organizations organize organized organizes running runner runs ran fishing fished fisher happily happiness relational conditional rational',
  'valency hesitancy digitizer conformabli radicalli differentli vileli analogousli vietnamization predication operator feudalism decisiveness hopefulness callousness formaliti sensitiviti sensibiliti',
  'triplicate formative formalize electriciti electrical hopeful goodness revival allowance inference airliner gyroscopic adjustable defensible irritant replacement adjustment dependent adoption homologou communism activate angulariti homologous effective bowdlerize',
  'probate rate cease controll roll dyeing eyeing cycling crying flying tried trying studies studying',
  'the quick brown fox jumps over lazy dogs while jumping jumped jumper jumpers hyphen-ated co-operate re-enter naïveté',
];
for (const [i, w] of words.entries()) {
  q(`fts english stems batch ${i + 1}`, `to_tsvector('english', '${w}')`);
  q(
    `fts english tsquery stems batch ${i + 1}`,
    `plainto_tsquery('english', '${w.split(' ').slice(0, 12).join(' ')}')`,
  );
}
q(
  'fts english stopwords list',
  `to_tsvector('english', 'i me my myself we our ours ourselves you your yours yourself yourselves he him his himself she her hers herself it its itself they them their theirs themselves what which who whom this that these those am is are was were be been being have has had having do does did doing would should could ought')`,
);

export default list.cases;
