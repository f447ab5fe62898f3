// Round 17 probe, json part G: PostgreSQL 15 docs chapter 12 and 9.13 (full text search with the
// 'simple' and 'english' configurations) and, lightly, 9.15 (XML).
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases('r17 json: ');
const q = (name: string, expr: string, setup?: string) => list.select(name, expr, setup);

const texts: [string, string][] = [
  ['sentence', 'a fat cat sat on a mat and ate a fat rat'],
  ['punctuation', 'The Fat Rats! ate... cats, quickly.'],
  ['numbers and emails', 'call 555-1234 or mail foo@example.com at 10:30'],
  ['url', 'see https://www.postgresql.org/docs/15/index.html today'],
  ['hyphenated', 'supernovae self-driving state-of-the-art'],
  ['stop words only', 'the and of a'],
  ['empty', ''],
  ['unicode', 'café naïve Ärger'],
  ['repeated', 'run running runs ran runner'],
  ['quotes', `it''s John''s book`],
  ['version and float', 'version 15.4 and 3.14159 and -7'],
  ['path and tags', '/usr/local/bin <b>bold</b> &amp;'],
];
for (const [name, text] of texts) {
  q(`fts to_tsvector english ${name}`, `to_tsvector('english', '${text}')`);
  q(`fts to_tsvector simple ${name}`, `to_tsvector('simple', '${text}')`);
}
q('fts to_tsvector default config', `to_tsvector('The cats')`);
q('fts default_text_search_config', `current_setting('default_text_search_config')`);
q('fts to_tsvector unknown config', `to_tsvector('klingon', 'x')`);
q('fts to_tsvector jsonb', `to_tsvector('english', '{"a": "The Fat Rats", "b": [1, "cats"]}'::jsonb)`);
q('fts to_tsvector json', `to_tsvector('simple', '{"a": "x y", "n": 5}'::json)`);
q(
  'fts json_to_tsvector',
  `json_to_tsvector('english', '{"a": "The Fat Rats", "b": 123, "c": true}'::json, '"all"')`,
);
q(
  'fts jsonb_to_tsvector numeric',
  `jsonb_to_tsvector('english', '{"a": "The Fat Rats", "b": 123}'::jsonb, '["string", "numeric"]')`,
);
q('fts jsonb_to_tsvector bad filter', `jsonb_to_tsvector('english', '{"a": "x"}'::jsonb, '["nope"]')`);
const tsvs: [string, string][] = [
  ['literal', `'a fat cat sat on a mat and ate a fat rat'::tsvector`],
  ['literal positions', `'a:1 fat:2,11 cat:3'::tsvector`],
  ['literal weights', `'a:1A fat:2B,4C cat:5D'::tsvector`],
  ['literal quoted', `$$the lexeme '    ' contains spaces$$::tsvector`],
  ['literal escaped quote', `$$the lexeme 'Joe''s' contains a quote$$::tsvector`],
  ['literal duplicate positions', `'a:3,1,3 b'::tsvector`],
  ['literal empty', `''::tsvector`],
  ['literal position zero', `'a:0'::tsvector`],
  ['literal position too big', `'a:16384'::tsvector`],
  ['literal bad weight', `'a:1Z'::tsvector`],
  ['literal unterminated quote', `$$'abc$$::tsvector`],
];
for (const [name, expr] of tsvs) q(`fts tsvector ${name}`, expr);
const tsqs: [string, string][] = [
  ['and', `'fat & rat'::tsquery`],
  ['and not', `'fat & (rat | cat) & !dog'::tsquery`],
  ['weights', `'fat:ab & cat'::tsquery`],
  ['prefix', `'super:*'::tsquery`],
  ['prefix weight', `'super:*A'::tsquery`],
  ['phrase', `'fat <-> rat'::tsquery`],
  ['distance', `'fat <2> rat'::tsquery`],
  ['distance zero', `'fat <0> rat'::tsquery`],
  ['precedence', `'a | b & c <-> d'::tsquery`],
  ['not phrase', `'!a <-> b'::tsquery`],
  ['syntax error', `'fat & & rat'::tsquery`],
  ['unbalanced', `'(fat & rat'::tsquery`],
  ['empty', `''::tsquery`],
  ['bad distance', `'a <-1> b'::tsquery`],
  ['distance too big', `'a <16385> b'::tsquery`],
  ['quoted', `$$'supernovae stars' & !crab$$::tsquery`],
  ['lone operator', `'&'::tsquery`],
];
for (const [name, expr] of tsqs) q(`fts tsquery ${name}`, expr);
const queries: [string, string][] = [
  ['to_tsquery english', `to_tsquery('english', 'The & Fat & Rats')`],
  ['to_tsquery english weights', `to_tsquery('english', 'Fat | Rats:AB')`],
  ['to_tsquery prefix', `to_tsquery('supern:*A & star:A*B')`],
  ['to_tsquery stop word only', `to_tsquery('english', 'the')`],
  ['to_tsquery stop word and', `to_tsquery('english', 'the & cat')`],
  ['to_tsquery phrase', `to_tsquery('english', 'fat <-> rats')`],
  ['to_tsquery multiword lexeme', `to_tsquery('english', $$'supernovae stars' & !crab$$)`],
  ['to_tsquery hyphen', `to_tsquery('english', 'self-driving')`],
  ['to_tsquery syntax error', `to_tsquery('english', 'fat rat')`],
  ['to_tsquery simple', `to_tsquery('simple', 'The & Cats')`],
  ['to_tsquery empty', `to_tsquery('english', '')`],
  ['plainto_tsquery', `plainto_tsquery('english', 'The Fat Rats')`],
  ['plainto_tsquery operators ignored', `plainto_tsquery('english', 'The Fat & Rats:C')`],
  ['plainto_tsquery stop words', `plainto_tsquery('english', 'the of')`],
  ['plainto_tsquery simple', `plainto_tsquery('simple', 'The Fat Rats')`],
  ['phraseto_tsquery', `phraseto_tsquery('english', 'The Fat Rats')`],
  ['phraseto_tsquery stop gap', `phraseto_tsquery('english', 'The Cat and Rats')`],
  ['phraseto_tsquery operators', `phraseto_tsquery('english', 'The Fat & Rats:C')`],
  ['websearch_to_tsquery', `websearch_to_tsquery('english', 'The fat rats')`],
  ['websearch_to_tsquery quoted', `websearch_to_tsquery('english', '"supernovae stars" -crab')`],
  ['websearch_to_tsquery or', `websearch_to_tsquery('english', '"sad cat" or "fat rat"')`],
  ['websearch_to_tsquery minus', `websearch_to_tsquery('english', 'signal -"segmentation fault"')`],
  ['websearch_to_tsquery junk', `websearch_to_tsquery('english', '""" )( dummy \\\\ query <->')`],
  ['websearch_to_tsquery simple', `websearch_to_tsquery('simple', 'a or b -c')`],
  ['websearch_to_tsquery empty', `websearch_to_tsquery('english', '')`],
  ['websearch_to_tsquery trailing or', `websearch_to_tsquery('english', 'cat or')`],
];
for (const [name, expr] of queries) q(`fts ${name}`, expr);
const matches: [string, string][] = [
  ['match', `to_tsvector('fat cats ate fat rats') @@ to_tsquery('fat & rat')`],
  [
    'match english stems',
    `to_tsvector('english', 'fat cats ate fat rats') @@ to_tsquery('english', 'cat & rats')`,
  ],
  ['no match', `to_tsvector('english', 'fat cats') @@ to_tsquery('english', 'dog')`],
  ['text @@ text', `'fat cats ate rats' @@ 'cat & rat'`],
  ['text @@ tsquery', `'fat cats ate rats' @@ to_tsquery('cat & rat')`],
  [
    'raw tsvector no stemming',
    `'fat & rat'::tsquery @@ 'a fat cat sat on a mat and ate a fat rat'::tsvector`,
  ],
  [
    'raw tsvector no normalization',
    `'fat & cow'::tsquery @@ 'a fat cat sat on a mat and ate a fat rat'::tsvector`,
  ],
  ['case sensitive raw', `to_tsquery('Fat') @@ 'fat'::tsvector`],
  ['phrase match', `to_tsvector('fatal error') @@ to_tsquery('fatal <-> error')`],
  ['phrase no match', `to_tsvector('error is not fatal') @@ to_tsquery('fatal <-> error')`],
  ['distance match', `to_tsvector('english', 'a big fat rat') @@ to_tsquery('english', 'big <2> rat')`],
  ['prefix match', `to_tsvector('english', 'supernovae') @@ to_tsquery('english', 'super:*')`],
  ['not match', `to_tsvector('simple', 'a b') @@ to_tsquery('simple', '!c')`],
  ['weight match', `setweight(to_tsvector('simple', 'cat'), 'A') @@ to_tsquery('simple', 'cat:B')`],
  ['weight match ok', `setweight(to_tsvector('simple', 'cat'), 'A') @@ to_tsquery('simple', 'cat:A')`],
  ['stopword query matches all', `to_tsvector('english', 'cat') @@ to_tsquery('english', 'the')`],
  ['tsquery @@ tsvector commuted', `to_tsquery('simple', 'a') @@ to_tsvector('simple', 'a b')`],
  ['null', `to_tsvector('simple', NULL) @@ to_tsquery('simple', 'a')`],
  ['@@@ deprecated', `to_tsvector('simple', 'a b') @@@ to_tsquery('simple', 'a')`],
  ['phrase with not', `to_tsvector('simple', 'a b c') @@ to_tsquery('simple', 'a <-> !c')`],
];
for (const [name, expr] of matches) q(`fts ${name}`, expr);
const ops: [string, string][] = [
  ['tsvector concat', `'a:1 b:2'::tsvector || 'c:1 d:2 b:3'::tsvector`],
  ['tsvector concat weights', `setweight('a:1 b:2'::tsvector, 'A') || 'a:1'::tsvector`],
  ['tsquery && operator', `'fat | rat'::tsquery && 'cat'::tsquery`],
  ['tsquery or', `'fat | rat'::tsquery || 'cat'::tsquery`],
  ['tsquery not', `!! 'cat'::tsquery`],
  ['tsquery phrase operator', `to_tsquery('fat') <-> to_tsquery('cat | rat')`],
  ['tsquery_phrase distance', `tsquery_phrase(to_tsquery('fat'), to_tsquery('cat'), 10)`],
  ['tsquery contains', `'cat'::tsquery @> 'cat & rat'::tsquery`],
  ['tsquery contained', `'cat'::tsquery <@ 'cat & rat'::tsquery`],
  ['tsquery contained reverse', `'cat & rat'::tsquery <@ 'cat'::tsquery`],
  ['tsvector equality', `'b a'::tsvector = 'a b'::tsvector`],
  ['tsvector ordering', `'a'::tsvector < 'b'::tsvector`],
  ['tsquery equality', `'a & b'::tsquery = 'b & a'::tsquery`],
  ['setweight', `setweight('fat:2,4 cat:3 rat:5B'::tsvector, 'A')`],
  ['setweight filtered', `setweight('fat:2,4 cat:3 rat:5,6B'::tsvector, 'A', '{cat,rat}')`],
  ['setweight bad weight', `setweight('a:1'::tsvector, 'E')`],
  ['strip', `strip('fat:2,4 cat:3 rat:5A'::tsvector)`],
  ['length', `length('fat:2,4 cat:3 rat:5A'::tsvector)`],
  ['length stripped', `length(strip('a:1 b:2'::tsvector))`],
  ['numnode', `numnode('(fat & rat) | cat'::tsquery)`],
  ['numnode stopword', `numnode(plainto_tsquery('english', 'the any'))`],
  ['querytree', `querytree('foo & ! bar'::tsquery)`],
  ['querytree all negated', `querytree('!bar'::tsquery)`],
  ['ts_delete', `ts_delete('fat:2,4 cat:3 rat:5A'::tsvector, 'fat')`],
  ['ts_delete array', `ts_delete('fat:2,4 cat:3 rat:5A'::tsvector, ARRAY['fat','rat'])`],
  ['ts_filter', `ts_filter('fat:2,4 cat:3b,7c rat:5A'::tsvector, '{a,b}')`],
  ['ts_filter bad weight', `ts_filter('fat:2'::tsvector, '{x}')`],
  ['tsvector_to_array', `tsvector_to_array('fat:2,4 cat:3 rat:5A'::tsvector)`],
  ['array_to_tsvector', `array_to_tsvector('{fat,cat,rat,cat}'::text[])`],
  ['array_to_tsvector null element', `array_to_tsvector(ARRAY['a', NULL])`],
  ['numnode empty', `numnode(''::tsquery)`],
  ['ts_rewrite', `ts_rewrite('a & b'::tsquery, 'a'::tsquery, 'foo|bar'::tsquery)`],
  ['get_current_ts_config', `get_current_ts_config()::text`],
  ['to_tsvector regconfig cast', `to_tsvector('english'::regconfig, 'cats')`],
  ['ts_lexize english', `ts_lexize('english_stem', 'stars')`],
  ['ts_lexize simple', `ts_lexize('simple', 'The')`],
  ['ts_lexize stopword', `ts_lexize('english_stem', 'a')`],
];
for (const [name, expr] of ops) q(`fts ${name}`, expr);
list.add('fts unnest tsvector', [
  `SELECT lexeme AS l, positions AS p, weights AS w FROM unnest('cat:3 fat:2,4 rat:5A'::tsvector) ORDER BY lexeme`,
]);
list.add('fts ts_debug', [
  `SELECT alias AS a, token AS t, lexemes AS l FROM ts_debug('english', 'a fat  cat') WITH ORDINALITY d(alias, description, token, dictionaries, dictionary, lexemes, n) ORDER BY n`,
]);
list.add('fts ts_parse', [
  `SELECT tokid AS id, token AS t FROM ts_parse('default', '123 - a number') WITH ORDINALITY p(tokid, token, n) ORDER BY n`,
]);
list.add('fts ts_stat', [
  `SELECT word AS w, ndoc AS d, nentry AS e FROM ts_stat($$SELECT to_tsvector('simple', t) FROM (VALUES ('a b a'), ('b c')) v(t)$$) ORDER BY word`,
]);
const rank: [string, string][] = [
  [
    'ts_rank',
    `ts_rank(to_tsvector('english', 'a fat cat sat on a mat and ate a fat rat'), to_tsquery('english', 'fat & rat'))`,
  ],
  [
    'ts_rank normalization',
    `ts_rank(to_tsvector('english', 'a fat cat sat on a mat and ate a fat rat'), to_tsquery('english', 'fat'), 1)`,
  ],
  [
    'ts_rank normalization 32',
    `ts_rank(to_tsvector('english', 'fat fat rat'), to_tsquery('english', 'fat'), 32)`,
  ],
  [
    'ts_rank weights',
    `ts_rank('{0.1, 0.2, 0.4, 1.0}', setweight(to_tsvector('english', 'fat cat'), 'A'), to_tsquery('english', 'cat'))`,
  ],
  [
    'ts_rank bad weights',
    `ts_rank('{0.1, 0.2}', to_tsvector('english', 'fat cat'), to_tsquery('english', 'cat'))`,
  ],
  ['ts_rank no match', `ts_rank(to_tsvector('english', 'fat cat'), to_tsquery('english', 'dog'))`],
  [
    'ts_rank_cd',
    `ts_rank_cd(to_tsvector('english', 'a fat cat sat on a mat and ate a fat rat'), to_tsquery('english', 'fat & rat'))`,
  ],
  [
    'ts_rank_cd stripped',
    `ts_rank_cd(strip(to_tsvector('english', 'fat rat')), to_tsquery('english', 'fat & rat'))`,
  ],
  [
    'ts_rank_cd normalization',
    `ts_rank_cd(to_tsvector('english', 'fat cat rat'), to_tsquery('english', 'cat'), 2|4)`,
  ],
  ['ts_rank type', `pg_typeof(ts_rank('a'::tsvector, 'a'::tsquery))::text`],
];
for (const [name, expr] of rank) q(`fts ${name}`, `round((${expr})::numeric, 6)`);
q('fts ts_rank type name', `pg_typeof(ts_rank('a'::tsvector, 'a'::tsquery))::text`);
q('fts ts_rank raw float4', `ts_rank(to_tsvector('english', 'fat cat'), to_tsquery('english', 'cat'))`);
const headlines: [string, string][] = [
  [
    'default',
    `ts_headline('english', 'The most common type of search is to find all documents containing given query terms and return them in order of their similarity to the query.', to_tsquery('english', 'query & similarity'))`,
  ],
  [
    'options',
    `ts_headline('english', 'The most common type of search is to find all documents containing given query terms and return them in order of their similarity to the query.', to_tsquery('english', 'search & term'), 'MaxWords=10, MinWords=5')`,
  ],
  ['start stop sel', `ts_headline('simple', 'a b c d', to_tsquery('simple', 'c'), 'StartSel=[, StopSel=]')`],
  ['highlight all', `ts_headline('simple', 'x a y a z', to_tsquery('simple', 'a'), 'HighlightAll=true')`],
  [
    'max fragments',
    `ts_headline('english', 'one two three four five six seven eight nine ten eleven twelve', to_tsquery('english', 'three | eleven'), 'MaxFragments=2, MaxWords=3, MinWords=1')`,
  ],
  ['no match', `ts_headline('simple', 'a b c', to_tsquery('simple', 'z'))`],
  ['bad option', `ts_headline('simple', 'a b', to_tsquery('simple', 'a'), 'MaxWords=1, MinWords=5')`],
  ['unknown option', `ts_headline('simple', 'a b', to_tsquery('simple', 'a'), 'Nope=1')`],
  ['jsonb', `ts_headline('simple', '{"a": "x y z", "b": ["y"]}'::jsonb, to_tsquery('simple', 'y'))`],
  ['html', `ts_headline('simple', '<p>a <i>b</i></p>', to_tsquery('simple', 'b'))`],
];
for (const [name, expr] of headlines) q(`fts ts_headline ${name}`, expr);
list.add('fts search over a table', [
  `CREATE TABLE r17j_doc (id int, title text, body text)`,
  `INSERT INTO r17j_doc VALUES (1, 'Cats', 'The fat cat sat'), (2, 'Rats', 'A fat rat ran'), (3, 'Dogs', 'No felines here')`,
  `SELECT id AS id FROM r17j_doc WHERE to_tsvector('english', title || ' ' || body) @@ to_tsquery('english', 'fat & (cat | rat)') ORDER BY id`,
  `SELECT id AS id, round(ts_rank(to_tsvector('english', body), plainto_tsquery('english', 'fat rat'))::numeric, 4) AS r FROM r17j_doc ORDER BY r DESC, id`,
]);
list.add('fts generated tsvector column with gin index', [
  `CREATE TABLE r17j_doc (id int, body text, tsv tsvector GENERATED ALWAYS AS (to_tsvector('english', coalesce(body, ''))) STORED)`,
  `CREATE INDEX r17j_doc_tsv ON r17j_doc USING gin (tsv)`,
  `INSERT INTO r17j_doc (id, body) VALUES (1, 'running dogs'), (2, NULL), (3, 'the runner')`,
  `SELECT id AS id, tsv AS tsv FROM r17j_doc ORDER BY id`,
  `SELECT id AS id FROM r17j_doc WHERE tsv @@ websearch_to_tsquery('english', 'run') ORDER BY id`,
]);
list.add('fts generated column needs explicit config', [
  `CREATE TABLE r17j_doc (body text, tsv tsvector GENERATED ALWAYS AS (to_tsvector(body)) STORED)`,
]);
list.params(
  'fts websearch with parameter',
  `SELECT to_tsvector('english', 'the quick brown fox') @@ websearch_to_tsquery('english', $1) AS v`,
  ['quick -dog'],
);
list.params('fts to_tsquery parameter syntax error', `SELECT to_tsquery('english', $1) AS v`, ['a b']);
list.add('fts tsvector column text round trip', [
  `CREATE TABLE r17j_tv (v tsvector, q tsquery)`,
  `INSERT INTO r17j_tv VALUES ('b:2 a:1A', 'x & !y')`,
  `SELECT v AS v, q AS q, v::text AS vt FROM r17j_tv`,
]);
list.add('fts order by tsvector', [
  `SELECT v AS v FROM (VALUES ('b'::tsvector), ('a b'), ('a')) t(v) ORDER BY v`,
]);

// ---------------------------------------------------------------- 9.15 XML, lightly
const xml: [string, string][] = [
  ['xmlelement', `xmlelement(name foo)`],
  ['xmlelement attributes', `xmlelement(name foo, xmlattributes('xyz' as bar))`],
  [
    'xmlelement content',
    `xmlelement(name foo, xmlattributes(current_date > '2000-01-01'::date as bar), 'cont', 'ent')`,
  ],
  ['xmlelement escaping', `xmlelement(name "foo$bar", xmlattributes('a<b' as "a&b"), 'x<y&z')`],
  ['xmlelement nested', `xmlelement(name foo, xmlelement(name bar, 1), xmlelement(name baz))`],
  ['xmlelement null content', `xmlelement(name foo, NULL)`],
  ['xmlelement null attribute', `xmlelement(name foo, xmlattributes(NULL as a))`],
  ['xmlforest', `xmlforest('abc' AS foo, 123 AS bar)`],
  ['xmlforest null skipped', `xmlforest(1 AS a, NULL AS b, true AS c)`],
  ['xmlconcat', `xmlconcat('<abc/>', '<bar>foo</bar>')`],
  ['xmlcomment', `xmlcomment('hello')`],
  ['xmlcomment bad', `xmlcomment('a--b')`],
  ['xmlpi', `xmlpi(name php, 'echo "hello world";')`],
  [
    'xmlroot',
    `xmlroot(xmlparse(document '<?xml version="1.1"?><content>abc</content>'), version '1.0', standalone yes)`,
  ],
  ['xmlparse document', `xmlparse(document '<a><b>1</b></a>')`],
  ['xmlparse content', `xmlparse(content 'abc<foo>bar</foo>')`],
  ['xmlparse bad document', `xmlparse(document '<a>')`],
  ['xmlparse document two roots', `xmlparse(document '<a/><b/>')`],
  ['xml cast bad', `'<a>'::xml`],
  ['xml cast text', `'<a>x</a>'::xml::text`],
  ['xml is document', `ARRAY['<a/>'::xml IS DOCUMENT, 'x'::xml IS DOCUMENT]`],
  ['xml_is_well_formed', `ARRAY[xml_is_well_formed('<a/>'), xml_is_well_formed('<a>')]`],
  ['xml_is_well_formed_document', `xml_is_well_formed_document('<a/><b/>')`],
  ['xml_is_well_formed_content', `xml_is_well_formed_content('x<b/>')`],
  [
    'xpath',
    `xpath('/my:a/text()', '<my:a xmlns:my="http://example.com">test</my:a>', ARRAY[ARRAY['my', 'http://example.com']])`,
  ],
  ['xpath simple', `xpath('//b/text()', '<a><b>1</b><b>2</b></a>')`],
  ['xpath attribute', `xpath('/a/@x', '<a x="v"/>')`],
  ['xpath count', `xpath('count(//b)', '<a><b/><b/></a>')`],
  ['xpath bad expression', `xpath('//[', '<a/>')`],
  ['xpath on content not document', `xpath('/a', 'x<a/>')`],
  [
    'xpath_exists',
    `xpath_exists('/my:a/text()', '<my:a xmlns:my="http://example.com">test</my:a>', ARRAY[ARRAY['my', 'http://example.com']])`,
  ],
  ['xmlagg', `(SELECT xmlagg(x ORDER BY n) FROM (VALUES (1, '<a/>'::xml), (2, '<b/>')) t(n, x))`],
  ['xmlserialize', `xmlserialize(content '<a>x</a>'::xml AS text)`],
  ['xmlserialize indent post15', `xmlserialize(document '<a><b/></a>'::xml AS text INDENT)`],
  ['xmltext post15', `xmltext('< x >')`],
  ['table_to_xml', `table_to_xml('r17j_x', true, false, '')`],
  ['query_to_xml', `query_to_xml('SELECT 1 AS a', false, false, '')`],
  ['xml equality undefined', `'<a/>'::xml = '<a/>'::xml`],
];
for (const [name, expr] of xml)
  q(
    `xml ${name}`,
    expr,
    name === 'table_to_xml' ? `CREATE TABLE r17j_x (a int); INSERT INTO r17j_x VALUES (1)` : undefined,
  );
const xmltables: [string, string][] = [
  ['bad row path', `XMLTABLE('//[' PASSING xml '<a/>' COLUMNS x int PATH '.')`],
  ['bad column path', `XMLTABLE('/a' PASSING xml '<a/>' COLUMNS x int PATH '//[')`],
  ['bad column path function', `XMLTABLE('/a' PASSING xml '<a/>' COLUMNS x int PATH 'count(//[)')`],
  ['empty row path', `XMLTABLE('' PASSING xml '<a/>' COLUMNS x int PATH '.')`],
  ['empty column path', `XMLTABLE('/a' PASSING xml '<a/>' COLUMNS x int PATH '')`],
  ['several values', `XMLTABLE('/a/b' PASSING xml '<a><b>1</b><b>2</b></a>' COLUMNS x int PATH '/a/b')`],
  ['not null column', `XMLTABLE('/a' PASSING xml '<a/>' COLUMNS x int PATH 'b' NOT NULL)`],
  ['bad integer', `XMLTABLE('/a' PASSING xml '<a>x</a>' COLUMNS x int PATH '.')`],
  ['default', `XMLTABLE('/a' PASSING xml '<a/>' COLUMNS x int PATH 'b' DEFAULT 7)`],
  [
    'ordinality',
    `XMLTABLE('/a/b' PASSING xml '<a><b>x</b><b>y</b></a>' COLUMNS n FOR ORDINALITY, v text PATH '.')`,
  ],
  ['cast passing', `XMLTABLE('/a' PASSING '<a/>'::xml COLUMNS x int PATH '.')`],
];
for (const [name, from] of xmltables) list.add(`xml xmltable ${name}`, [`SELECT * FROM ${from} AS t`]);
q('xml xpath empty expression', `xpath('', '<a/>')`);
q('xml xpath bad namespace array', `xpath('/a', '<a/>', ARRAY[ARRAY['x']])`);
q('xml xpath null namespace', `xpath('/a', '<a/>', ARRAY[ARRAY['x', NULL]])`);
q('xml xpath_exists bad expression', `xpath_exists('//[', '<a/>')`);
q('xml xpath undefined prefix', `xpath('/x:a', '<a/>')`);
q('xml xpath unknown function', `xpath('nope()', '<a/>')`);
list.add('xml xmltable', [
  `SELECT id AS id, name AS name FROM XMLTABLE('/rows/row' PASSING '<rows><row id="1"><name>a</name></row><row id="2"/></rows>'::xml COLUMNS id int PATH '@id', name text PATH 'name') ORDER BY id`,
]);

export default list.cases;
