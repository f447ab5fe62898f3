// Round 17 probe, json part K: json[b]_populate_record(set) and json[b]_to_record(set) into every
// kind of column (arrays given as JSON or as array literals, nested composites, domains, char(n),
// varchar(n), numbers written with exponents), and jsonpath arithmetic and conversions at their edges.
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases('r17 json: ');
const q = (name: string, expr: string, setup?: string) => list.select(name, expr, setup);

const types = `CREATE DOMAIN r17k_pos AS int CHECK (VALUE > 0);
CREATE DOMAIN r17k_ints AS int[] CHECK (cardinality(VALUE) < 3);
CREATE TYPE r17k_in AS (x int, y text);
CREATE TYPE r17k_rec AS (i int, n numeric, f float8, b bool, t text, c char(3), v varchar(2), d date, ts timestamptz, ia int[], ta text[], r r17k_in, ra r17k_in[], j json, jb jsonb, p r17k_pos, da r17k_ints, u uuid, e interval)`;
const cols: [string, string, string][] = [
  ['int from exponent', 'i', '{"i": 1e2}'],
  ['int from string', 'i', '{"i": "12"}'],
  ['int from padded string', 'i', '{"i": " 12 "}'],
  ['int from float', 'i', '{"i": 1.5}'],
  ['int from bool', 'i', '{"i": true}'],
  ['int from object', 'i', '{"i": {}}'],
  ['int overflow', 'i', '{"i": 3000000000}'],
  ['numeric keeps scale', 'n', '{"n": 1.50}'],
  ['numeric from exponent', 'n', '{"n": 1.5e-3}'],
  ['numeric from string NaN', 'n', '{"n": "NaN"}'],
  ['float from big', 'f', '{"f": 1e308}'],
  ['float from string inf', 'f', '{"f": "Infinity"}'],
  ['bool from string', 'b', '{"b": "yes"}'],
  ['bool from number', 'b', '{"b": 1}'],
  ['text from number', 't', '{"t": 1.0e1}'],
  ['text from array', 't', '{"t": [1, "a"]}'],
  ['text from null', 't', '{"t": null}'],
  ['char pads', 'c', '{"c": "a"}'],
  ['char too long', 'c', '{"c": "abcd"}'],
  ['char too long spaces', 'c', '{"c": "abc   "}'],
  ['varchar too long', 'v', '{"v": "abc"}'],
  ['date from string', 'd', '{"d": "2024-02-30"}'],
  ['timestamptz from iso', 'ts', '{"ts": "2024-01-02T03:04:05Z"}'],
  ['int array from json array', 'ia', '{"ia": [1, 2, null]}'],
  ['int array from literal string', 'ia', '{"ia": "{1,2}"}'],
  ['int array nested', 'ia', '{"ia": [[1, 2], [3, 4]]}'],
  ['int array ragged', 'ia', '{"ia": [[1], [2, 3]]}'],
  ['int array from scalar', 'ia', '{"ia": 5}'],
  ['int array from object', 'ia', '{"ia": {"a": 1}}'],
  ['text array with quotes', 'ta', '{"ta": ["a\\"b", "c,d", null, ""]}'],
  ['text array of objects', 'ta', '{"ta": [{"a":1}, [1]]}'],
  ['composite from object', 'r', '{"r": {"x": 1, "y": "z", "extra": 2}}'],
  ['composite from literal string', 'r', '{"r": "(1,z)"}'],
  ['composite from array', 'r', '{"r": [1, "z"]}'],
  ['composite array', 'ra', '{"ra": [{"x": 1}, {"y": "b"}, null]}'],
  ['json keeps text', 'j', '{"j": {"b" : 1,  "a": [1 , 2]}}'],
  ['jsonb from string', 'jb', '{"jb": "x"}'],
  ['domain ok', 'p', '{"p": 5}'],
  ['domain violated', 'p', '{"p": 0}'],
  ['array domain violated', 'da', '{"da": [1, 2, 3]}'],
  ['uuid bad', 'u', '{"u": "nope"}'],
  ['interval', 'e', '{"e": "1 day 02:00"}'],
];
for (const kind of ['json', 'jsonb']) {
  for (const [name, col, doc] of cols) {
    list.add(
      `${kind}_populate_record ${name}`,
      [`SELECT (${kind}_populate_record(NULL::r17k_rec, '${doc}')).${col}::text AS v`],
      types,
    );
  }
}
const toRec: [string, string, string][] = [
  ['quoted column name', `{"A": 1, "a": 2}`, `("A" int, a int)`],
  ['missing keys', `{}`, `(a int, b text)`],
  ['duplicate json keys', `{"a": 1, "a": 2}`, `(a int)`],
  ['record type column', `{"r": {"x": 1}}`, `(r r17k_in)`],
  ['bigint big', `{"a": 9223372036854775807}`, `(a bigint)`],
  ['numeric typmod', `{"a": 1.567}`, `(a numeric(3,1))`],
  ['numeric typmod overflow', `{"a": 123.4}`, `(a numeric(3,1))`],
  ['varchar typmod', `{"a": "abc"}`, `(a varchar(2))`],
  ['timestamp from number', `{"a": 1700000000}`, `(a timestamp)`],
  ['bytea', `{"a": "\\\\x0102"}`, `(a bytea)`],
];
for (const kind of ['json', 'jsonb']) {
  for (const [name, doc, def] of toRec) {
    list.add(
      `${kind}_to_record ${name}`,
      [`SELECT row_to_json(x)::text AS v FROM ${kind}_to_record('${doc}') AS x${def}`],
      types,
    );
  }
}
list.add('jsonb_populate_recordset from table rows', [
  `CREATE TABLE r17k_t (id int PRIMARY KEY, name text NOT NULL DEFAULT 'anon', tags text[])`,
  `INSERT INTO r17k_t SELECT * FROM jsonb_populate_recordset(NULL::r17k_t, '[{"id":1,"name":"a","tags":["x"]},{"id":2,"name":"b"}]') RETURNING id AS id, name AS name, tags AS tags`,
  `INSERT INTO r17k_t SELECT * FROM jsonb_populate_recordset(NULL::r17k_t, '[{"id":3}]')`,
]);
list.add('json_populate_record with row base', [
  `CREATE TABLE r17k_t (id int PRIMARY KEY, name text, n int)`,
  `INSERT INTO r17k_t VALUES (1, 'a', 1)`,
  `SELECT (json_populate_record(t, '{"n": 5, "id": null}')).* FROM r17k_t t`,
]);

// ---------------------------------------------------------------- jsonpath arithmetic and conversions
const arith: [string, string, string][] = [
  ['division scale', '[1, 3]', '$[0] / $[1]'],
  ['division exact', '[10, 4]', '$[0] / $[1]'],
  ['multiply scales', '[1.50, 2.0]', '$[0] * $[1]'],
  ['add scales', '[1.5, 2.25]', '$[0] + $[1]'],
  ['modulo decimals', '[5.5, 2]', '$[0] % $[1]'],
  ['huge product', '[1e100, 1e100]', '$[0] * $[1]'],
  ['minus zero', '[0]', '-$[0]'],
  ['abs minus zero', '[-0.0]', '$[0].abs()'],
  ['floor of negative decimal', '[-0.5]', '$[0].floor()'],
  ['ceiling keeps', '[2.0]', '$[0].ceiling()'],
  ['double of integer', '[1]', '$[0].double()'],
  ['double of decimal', '[0.1]', '$[0].double()'],
  ['double of big string', '["1e400"]', '$[0].double()'],
  ['double of exponent string', '["1.5E+2"]', '$[0].double()'],
  ['double of padded string', '[" 1"]', '$[0].double()'],
  ['double of hex string', '["0x10"]', '$[0].double()'],
  ['double then arithmetic', '["0.1"]', '$[0].double() + 0.2'],
  ['size of object', '[{"a":1}]', '$[0].size()'],
  ['size of array strict', '[[1,2]]', 'strict $[0].size()'],
  ['type of numbers', '[1, 1.5, 1e2]', '$[*].type()'],
  ['compare numbers strings', '[1, "1"]', '$[*] ? (@ == "1")'],
  ['compare across types not error', '[1, "a", true]', '$[*] ? (@ > 0)'],
  ['string ordering codepoints', '["a", "B", "é", "z"]', '$[*] ? (@ > "Z")'],
  ['string equality unicode', '["é"]', '$[*] ? (@ == "\\u00e9")'],
  ['like_regex unicode class', '["é", "e"]', '$[*] ? (@ like_regex "^[[:alpha:]]$")'],
  ['like_regex dot unicode', '["😀"]', '$[*] ? (@ like_regex "^.$")'],
  ['like_regex case insensitive unicode', '["É"]', '$[*] ? (@ like_regex "é" flag "i")'],
  ['starts with empty', '["abc"]', '$[*] ? (@ starts with "")'],
  ['keyvalue order', '{"b": 1, "a": 2, "aa": 3}', '$.keyvalue().key'],
  ['keyvalue ids nested', '{"a": {"b": 1}, "c": {"d": 2}}', '$.*.keyvalue().id'],
  ['filter variable null', '[1, null]', '$[*] ? (@ == $v)'],
  ['recursive all levels', '{"a": [1, {"b": 2}]}', '$.**'],
  ['recursive levels range', '{"a": [1, {"b": 2}]}', 'lax $.**{0 to 1}'],
  ['recursive strict levels', '{"a": [1, {"b": 2}]}', 'strict $.**{2 to last}'],
  ['array slice with last', '[0,1,2,3]', '$[last - 2 to last]'],
  ['array index bad range', '[0,1,2,3]', '$[3 to 1]'],
  ['index from variable', '[5,6,7]', '$[$i]'],
  ['exists with error in strict', '[{"a":1}]', 'strict $ ? (exists (@.b))'],
  ['is unknown on error', '[1, "x"]', '$[*] ? ((@ == 1) is unknown)'],
  ['negation of unknown', '["x"]', '$[*] ? (!(@ > 1))'],
];
for (const [name, doc, path] of arith) {
  const vars = path.includes('$v') ? `, '{"v": null}'` : path.includes('$i') ? `, '{"i": 1}'` : '';
  q(`path math ${name}`, `jsonb_path_query_array('${doc}', '${path}'${vars})`);
}

export default list.cases;
