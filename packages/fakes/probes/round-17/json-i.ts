// Round 17 probe, json part I: operator precedence and typing around the jsonb operators (where a
// parser or a typer may group or coerce otherwise), constraint reports carrying jsonb values, jsonb[]
// arrays, and XML parse errors with libxml's details.
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases('r17 json: ');
const q = (name: string, expr: string, setup?: string) => list.select(name, expr, setup);

const prec: [string, string][] = [
  ['-> then || left to right', `'{"a":[1]}'::jsonb -> 'a' || '[2]'`],
  ['|| then -> left to right', `'[1]'::jsonb || '[2]'::jsonb -> 0`],
  ['|| then ->> left to right', `'[[1],[2]]'::jsonb || '[3]'::jsonb ->> 2`],
  ['->> then || text', `'{"a":"x"}'::jsonb ->> 'a' || '{"b":1}'::jsonb ->> 'b'`],
  ['-> binds looser than +', `'[10,20,30]'::jsonb -> 1 + 1`],
  ['->> binds looser than *', `'[10,20,30]'::jsonb ->> 1 * 2`],
  ['->> cast binds tighter', `'{"n":"5"}'::jsonb ->> 'n'::int`],
  ['text || ->> without parentheses', `'prefix ' || '{"a":"x"}'::jsonb ->> 'a'`],
  ['text || -> without parentheses', `'a' || '{"a":1}'::jsonb -> 'a'`],
  ['-> text key cast', `'{"a":[5]}'::jsonb -> 'a'::text`],
  ['-> key cast then ->> int cast', `'{"a":[5]}'::jsonb -> 'a'::text ->> 0::int`],
  ['->> key cast varchar', `'{"a":"x"}'::jsonb ->> 'a'::varchar`],
  ['-> int key cast bigint', `'[5]'::jsonb -> 0::bigint`],
  ['-> int key cast text', `'{"0":5}'::jsonb -> 0::text`],
  ['->> key cast int bad', `'{"a":"x"}'::jsonb ->> 'a'::int`],
  ['->> parenthesised cast', `('{"n":"5"}'::jsonb ->> 'n')::int`],
  ['? then = true', `'{"a":1}'::jsonb ? 'a' = true`],
  ['NOT ?', `NOT '{"a":1}'::jsonb ? 'b'`],
  ['@> then AND', `'{"a":1}'::jsonb @> '{"a":1}' AND '{"a":1}'::jsonb ? 'a'`],
  ['-> IS NULL', `'{"a":1}'::jsonb -> 'b' IS NULL`],
  ['->> IS NOT NULL', `'{"a":null}'::jsonb ->> 'a' IS NOT NULL`],
  ['-> = jsonb literal', `'{"a":[1,2]}'::jsonb -> 'a' = '[1, 2]'`],
  ['-> = integer fails', `'{"a":1}'::jsonb -> 'a' = 1`],
  ['-> + 1 fails', `('{"a":1}'::jsonb -> 'a') + 1`],
  ['->> + 1 fails', `('{"a":1}'::jsonb ->> 'a') + 1`],
  ['->> = number text', `'{"a":1.50}'::jsonb ->> 'a' = '1.50'`],
  ['coalesce ->> with int fails', `coalesce('{}'::jsonb ->> 'a', 0)`],
  ['coalesce ->> with text', `coalesce('{}'::jsonb ->> 'a', '0')`],
  ['coalesce -> with literal', `coalesce('{}'::jsonb -> 'a', '0')`],
  ['coalesce -> with jsonb', `coalesce('{}'::jsonb -> 'a', '[]'::jsonb)`],
  ['case -> else text fails', `CASE WHEN true THEN '{"a":1}'::jsonb -> 'a' ELSE 'x'::text END`],
  ['case ->> else int fails', `CASE WHEN true THEN '{"a":1}'::jsonb ->> 'a' ELSE 1 END`],
  ['-> with text concat key', `'{"ab":1}'::jsonb -> ('a' || 'b')`],
  ['-> key concat unparenthesised', `'{"ab":1}'::jsonb -> 'a' || 'b'`],
  ['? with concat key', `'{"ab":1}'::jsonb ? 'a' || 'b'`],
  ['->> in concat with number', `'{"a":1}'::jsonb ->> 'a' || 2`],
  ['jsonb = unknown literal invalid', `'{"a":1}'::jsonb = 'nope'`],
  ['jsonb @> unknown literal invalid', `'{"a":1}'::jsonb @> 'nope'`],
  ['jsonb || text literal invalid', `'[1]'::jsonb || 'nope'`],
  ['jsonb ? integer fails', `'[1]'::jsonb ? 1`],
  ['jsonb -> numeric fails', `'[1]'::jsonb -> 1.5`],
  ['jsonb -> boolean fails', `'[1]'::jsonb -> true`],
  ['jsonb ?| text fails', `'{"a":1}'::jsonb ?| 'a'::text`],
  ['jsonb ?| literal array', `'{"a":1}'::jsonb ?| '{a}'`],
  ['jsonb ?| bad array literal', `'{"a":1}'::jsonb ?| 'a'`],
  ['jsonb ?& int array fails', `'{"a":1}'::jsonb ?& ARRAY[1]`],
  ['jsonb @> text fails', `'{"a":1}'::jsonb @> '{"a":1}'::text`],
  ['jsonb_array_length of ->', `jsonb_array_length('{"a":[1,2]}'::jsonb -> 'a') + 1`],
  ['jsonb_typeof = ', `jsonb_typeof('{"a":[1,2]}'::jsonb -> 'a') = 'array'`],
  ['jsonb_set of ->', `jsonb_set('{"a":{"b":1}}'::jsonb -> 'a', '{b}', '2')`],
  ['-> in ARRAY', `ARRAY['{"a":1}'::jsonb -> 'a', '[2]']`],
  ['->> in ARRAY', `ARRAY['{"a":"x,y"}'::jsonb ->> 'a', NULL, 'q"r']`],
  ['jsonb array literal', `'{"{\\"a\\": 1}","[1]"}'::jsonb[]`],
  ['jsonb array element access', `('{"{\\"a\\": 1}","[1]"}'::jsonb[])[1] -> 'a'`],
  ['jsonb array bad element', `'{"{a}"}'::jsonb[]`],
  ['jsonb array of strings output', `ARRAY['"x y"'::jsonb, '"{}"', '"\\\\"']`],
  ['jsonb array with null element', `ARRAY['1'::jsonb, NULL, 'null']`],
];
for (const [name, expr] of prec) q(`prec ${name}`, expr);
list.params('prec param untyped ->', `SELECT $1 -> 'a' AS v`, ['{"a":1}']);
list.params('prec param untyped ->>', `SELECT $1::jsonb ->> $2 AS v`, ['{"a":1}', 'a']);
list.params('prec param untyped ? key', `SELECT '{"a":1}'::jsonb ? $1 AS v`, ['a']);
list.params('prec param int index', `SELECT '[5,6]'::jsonb -> $1::int AS v`, [1]);
list.params('prec param untyped index', `SELECT '[5,6]'::jsonb -> $1 AS v`, ['1']);
list.params(
  'prec param jsonb_set path',
  `SELECT jsonb_set('{"a":{"b":1}}'::jsonb, ARRAY['a', $1], $2) AS v`,
  ['b', '2'],
);
list.params('prec param jsonb_set value untyped', `SELECT jsonb_set('{"a":1}'::jsonb, '{a}', $1) AS v`, [
  '"v"',
]);
list.params('prec param jsonb_set value invalid', `SELECT jsonb_set('{"a":1}'::jsonb, '{a}', $1) AS v`, [
  'v',
]);
list.params('prec param jsonb_set path text array', `SELECT jsonb_set('{"a":1}'::jsonb, $1, '2') AS v`, [
  '{a}',
]);
list.params('prec param jsonb_set path js array', `SELECT jsonb_set('{"a":1}'::jsonb, $1, '2') AS v`, [
  ['a'],
]);
list.params('prec param ?& js array', `SELECT '{"a":1,"b":2}'::jsonb ?& $1 AS v`, [['a', 'b']]);
list.params('prec param ?| js array with comma', `SELECT '{"a,b":1}'::jsonb ?| $1 AS v`, [['a,b']]);
list.params('prec param @> text', `SELECT '{"a":[1,2]}'::jsonb @> $1::jsonb AS v`, ['{"a":[2]}']);
list.params('prec param || text', `SELECT '{"a":1}'::jsonb || $1::jsonb AS v`, ['[1]']);

// ---------------------------------------------------------------- reports that print jsonb values
list.add('report check violation prints jsonb', [
  `CREATE TABLE r17j_ck (id int, j jsonb CHECK (j ? 'kind'))`,
  `INSERT INTO r17j_ck VALUES (1, '{"z":1, "a":[1, "x"], "b": null}')`,
]);
list.add('report not null violation prints jsonb', [
  `CREATE TABLE r17j_nn2 (j jsonb, k jsonb NOT NULL)`,
  `INSERT INTO r17j_nn2 VALUES ('{"b":"q\\"x","a":true}', NULL)`,
]);
list.add('report unique violation prints jsonb', [
  `CREATE TABLE r17j_uq (j jsonb UNIQUE)`,
  `INSERT INTO r17j_uq VALUES ('{"b":[1,2],"a":"é"}')`,
  `INSERT INTO r17j_uq VALUES ('{"a":"é","b":[1,2]}')`,
]);
list.add('report primary key jsonb', [
  `CREATE TABLE r17j_pk2 (j jsonb PRIMARY KEY)`,
  `INSERT INTO r17j_pk2 VALUES ('"x"')`,
  `INSERT INTO r17j_pk2 VALUES ('"x"')`,
]);
list.add('report check on jsonb_typeof', [
  `CREATE TABLE r17j_ck2 (j jsonb CONSTRAINT j_is_object CHECK (jsonb_typeof(j) = 'object'))`,
  `INSERT INTO r17j_ck2 VALUES ('{}'), (NULL)`,
  `INSERT INTO r17j_ck2 VALUES ('[]')`,
]);
list.add('report check on jsonb_array_length', [
  `CREATE TABLE r17j_ck3 (id int, tags jsonb CHECK (jsonb_array_length(tags) <= 2))`,
  `INSERT INTO r17j_ck3 VALUES (1, '[1,2]')`,
  `INSERT INTO r17j_ck3 VALUES (2, '[1,2,3]')`,
  `INSERT INTO r17j_ck3 VALUES (3, '{}')`,
]);
list.add('report jsonb[] column', [
  `CREATE TABLE r17j_ja (id int, js jsonb[] NOT NULL)`,
  `INSERT INTO r17j_ja VALUES (1, ARRAY['{"a":1}'::jsonb, '"x,y"'])`,
  `SELECT id AS id, js AS js FROM r17j_ja`,
  `INSERT INTO r17j_ja VALUES (2, NULL)`,
]);

// ---------------------------------------------------------------- XML parse errors (libxml's details)
const badXml: [string, string][] = [
  ['unclosed tag', `<a>`],
  ['mismatched tag', `<a></b>`],
  ['attribute without value', `<a x></a>`],
  ['unquoted attribute', `<a x=1/>`],
  ['duplicate attribute', `<a x="1" x="2"/>`],
  ['undefined entity', `<a>&nope;</a>`],
  ['bare ampersand', `<a>a & b</a>`],
  ['lt in text', `<a>1 < 2</a>`],
  ['two roots', `<a/><b/>`],
  ['text only', `hello`],
  ['empty', ``],
  ['bad declaration', `<?xml version="2.0"?><a/>`],
  ['declaration not first', ` <?xml version="1.0"?><a/>`],
  ['comment with double dash', `<a><!-- x -- y --></a>`],
  ['unclosed cdata', `<a><![CDATA[x</a>`],
  ['bad name', `<1a/>`],
  ['undeclared namespace prefix', `<x:a/>`],
  ['invalid char ref', `<a>&#0;</a>`],
  ['nested unclosed', `<a><b></a>`],
];
for (const [name, text] of badXml) {
  q(`xml document error ${name}`, `xmlparse(document '${text}')`);
  q(`xml content error ${name}`, `xmlparse(content '${text}')`);
}
const goodXml: [string, string][] = [
  ['declaration kept', `<?xml version="1.0" encoding="UTF-8"?><a/>`],
  ['doctype', `<!DOCTYPE a><a/>`],
  ['doctype internal entity', `<!DOCTYPE a [<!ENTITY e "ent">]><a>&e;</a>`],
  ['cdata', `<a><![CDATA[<x>&]]></a>`],
  ['char refs', `<a>&#65;&#x42;&lt;&amp;</a>`],
  ['namespaces', `<p:a xmlns:p="urn:x"><p:b/></p:a>`],
  ['whitespace kept', `<a>\n  <b> x </b>\n</a>`],
  ['self closing spaced', `<a   x = "1" />`],
  ['processing instruction', `<?pi data?><a/>`],
  ['comment', `<!-- c --><a/>`],
];
for (const [name, text] of goodXml) {
  q(`xml document ${name}`, `xmlparse(document '${text}')::text`);
  q(`xml content ${name}`, `xmlparse(content '${text}')::text`);
}
q(
  'xml xpath on doctype entity',
  `xpath('/a/text()', xmlparse(document '<!DOCTYPE a [<!ENTITY e "ent">]><a>&e;</a>'))::text`,
);
q(
  'xml xpath namespace default',
  `xpath('//x:b/text()', '<a xmlns="urn:d"><b>1</b></a>', ARRAY[ARRAY['x','urn:d']])::text`,
);
q('xml xpath number result', `xpath('1 + 1', '<a/>')::text`);
q('xml xpath string result', `xpath('string(/a/@x)', '<a x="v&amp;w"/>')::text`);
q('xml xpath boolean result', `xpath('/a = 1', '<a>1</a>')::text`);
q('xml xpath node serialisation', `xpath('/a/b', '<a><b x="1">t<c/></b></a>')::text`);
q('xml xpath text with entities', `xpath('/a/text()', '<a>&lt;x&gt; &amp;</a>')::text`);
q('xml xmlelement with xml content escape', `xmlelement(name a, '<b/>'::xml, '<b/>')::text`);
q('xml xmlforest names escape', `xmlforest(1 AS "a b", 2 AS "1x")::text`);
q(
  'xml xmlattributes from column name',
  `(SELECT xmlelement(name t, xmlattributes(v, w AS "x y")) FROM (SELECT 1 AS v, 'q"<' AS w) s)::text`,
);
q(
  'xml xmlelement date content',
  `xmlelement(name d, '2024-01-02'::date, ' ', '2024-01-02 03:04:05'::timestamp, ' ', true, ' ', 1.50, ' ', 'infinity'::timestamp)::text`,
);
q('xml xmlelement bytea content', `xmlelement(name b, '\\x0102'::bytea)::text`);
q('xml xmlelement array content', `xmlelement(name b, ARRAY[1,2])::text`);
q('xml xmlserialize document of content fails', `xmlserialize(document 'x<a/>'::xml AS text)`);
q('xml xmlserialize as varchar', `xmlserialize(content '<a>x</a>'::xml AS varchar(3))`);
q('xml text cast to xml invalid', `'<a'::text::xml`);
q(
  'xml string_agg of xml',
  `(SELECT string_agg(x::text, '|' ORDER BY n) FROM (VALUES (1, xmlelement(name a, 1)), (2, xmlcomment('c'))) t(n, x))`,
);

export default list.cases;
