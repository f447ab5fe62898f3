// Round 19 probe, sysfuncs part A: PostgreSQL 15 docs 8.11 / 12 / 9.13, text search types and
// parsing functions: tsvector and tsquery input and output, to_tsvector, to_tsquery,
// plainto_tsquery, phraseto_tsquery and websearch_to_tsquery with 'simple' and 'english'.
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases('r19 sysfuncs: fts a: ');
const q = (name: string, expr: string, setup?: string) => list.select(name, expr, setup);

// ---------------------------------------------------------------- tsvector input
q('tsvector basic sorted dedup', `'a fat cat sat on a mat and ate a fat rat'::tsvector`);
q('tsvector whitespace kept quoted', `$$the lexeme '    ' contains spaces$$::tsvector`);
q('tsvector embedded quote doubled', `$$the lexeme 'Joe''s' contains a quote$$::tsvector`);
q('tsvector positions', `'a:1 fat:2 cat:3 sat:4 on:5 a:6 mat:7 and:8 ate:9 a:10 fat:11 rat:12'::tsvector`);
q('tsvector weights', `'a:1A fat:2B,4C cat:5D'::tsvector`);
q('tsvector weight lowercase', `'a:1a fat:2b,4c cat:5d'::tsvector`);
q('tsvector duplicate positions merged', `'a:3,1,2,1 b:2'::tsvector`);
q('tsvector mixed positions and none', `'a b:2 a:1'::tsvector`);
q('tsvector not normalised', `'The Fat Rats'::tsvector`);
q('tsvector empty', `''::tsvector`);
q('tsvector spaces only', `'   '::tsvector`);
q('tsvector backslash escape', `E'a\\\\b c'::tsvector`);
q('tsvector backslash quote', `E'\\'a\\\\\\'b\\''::tsvector`);
q('tsvector special chars quoted on output', `$$'a:b' 'c d' 'e,f'$$::tsvector`);
q('tsvector position zero', `'a:0'::tsvector`);
q('tsvector position max', `'a:16383'::tsvector`);
q('tsvector position over max clamps', `'a:16384'::tsvector`);
q('tsvector position huge clamps', `'a:99999'::tsvector`);
q('tsvector bad weight error', `'a:1E'::tsvector`);
q('tsvector unterminated quote error', `$$'abc$$::tsvector`);
q('tsvector colon no position error', `'a:'::tsvector`);
q('tsvector negative position', `'a:-1'::tsvector`);
q('tsvector default weight D drop', `'a:1D'::tsvector`);
q('tsvector same lexeme different weights', `'a:1A a:1B'::tsvector`);
q('tsvector unicode', `'café naïve 日本'::tsvector`);
q('tsvector uppercase sort', `'b B a A'::tsvector`);
q('tsvector numbers sort as text', `'10 9 1 100'::tsvector`);
q('tsvector text cast roundtrip', `('a:1A b:2'::tsvector)::text`);
q('tsvector length', `length('a fat cat sat on a mat'::tsvector)`);
q('tsvector length empty', `length(''::tsvector)`);
q('tsvector pg_typeof', `pg_typeof('a'::tsvector)`);
q('tsvector equality', `'b a'::tsvector = 'a b'::tsvector`);
q('tsvector comparison lt', `'a'::tsvector < 'b'::tsvector`);
q('tsvector null', `NULL::tsvector`);
q('tsvector many positions', `'a:1,2,3,4,5,6,7,8,9,10'::tsvector`);
q('tsvector quoted with positions', `$$'a b':1A,2$$::tsvector`);
q('tsvector array', `ARRAY['a b'::tsvector, 'c'::tsvector]`);

// ---------------------------------------------------------------- tsquery input
q('tsquery and', `'fat & rat'::tsquery`);
q('tsquery and not', `'fat & (rat | cat)'::tsquery`);
q('tsquery not', `'fat & rat & ! cat'::tsquery`);
q('tsquery precedence', `'a | b & c'::tsquery`);
q('tsquery precedence not', `'!a & b'::tsquery`);
q('tsquery parentheses', `'(a | b) & c'::tsquery`);
q('tsquery phrase', `'fat <-> rat'::tsquery`);
q('tsquery distance', `'fat <2> rat'::tsquery`);
q('tsquery distance zero', `'a <0> b'::tsquery`);
q('tsquery distance max', `'a <16384> b'::tsquery`);
q('tsquery distance over max error', `'a <16385> b'::tsquery`);
q('tsquery weights', `'fat:ab & cat'::tsquery`);
q('tsquery weight all', `'fat:abcd'::tsquery`);
q('tsquery prefix', `'super:*'::tsquery`);
q('tsquery prefix weight', `'super:*A'::tsquery`);
q('tsquery weight prefix order', `'super:A*'::tsquery`);
q('tsquery quoted', `$$'supernovae stars' & !crab$$::tsquery`);
q('tsquery not normalised', `'Fat & Rats'::tsquery`);
q('tsquery empty notice', `''::tsquery`);
q('tsquery syntax error trailing and', `'fat &'::tsquery`);
q('tsquery syntax error unbalanced', `'(fat & rat'::tsquery`);
q('tsquery syntax error extra close', `'fat & rat)'::tsquery`);
q('tsquery syntax error two words', `'fat rat'::tsquery`);
q('tsquery syntax error only op', `'&'::tsquery`);
q('tsquery double not', `'!!a'::tsquery`);
q('tsquery not phrase', `'!a <-> b'::tsquery`);
q('tsquery phrase of or', `'(a | b) <-> c'::tsquery`);
q('tsquery phrase precedence over and', `'a <-> b & c'::tsquery`);
q('tsquery phrase chain', `'a <-> b <-> c'::tsquery`);
q('tsquery phrase nested', `'a <-> (b <-> c)'::tsquery`);
q('tsquery whitespace', `'  a   &   b  '::tsquery`);
q('tsquery no spaces', `'a&b|c'::tsquery`);
q('tsquery text cast', `('a & b'::tsquery)::text`);
q('tsquery numnode', `numnode('(fat & rat) | cat'::tsquery)`);
q('tsquery numnode single', `numnode('a'::tsquery)`);
q('tsquery numnode empty', `numnode(''::tsquery)`);
q('tsquery pg_typeof', `pg_typeof('a'::tsquery)`);
q('tsquery equality', `'a & b'::tsquery = 'a & b'::tsquery`);
q('tsquery equality order differs', `'a & b'::tsquery = 'b & a'::tsquery`);
q('tsquery comparison', `'a'::tsquery < 'b'::tsquery`);
q('tsquery bad distance error', `'a <x> b'::tsquery`);
q('tsquery negative distance error', `'a <-1> b'::tsquery`);
q('tsquery unicode', `'café & 日本'::tsquery`);
q('tsquery escaped quote', `$$'it''s'$$::tsquery`);
q('tsquery deep nesting', `'((((a))))'::tsquery`);

// ---------------------------------------------------------------- to_tsvector
q('to_tsvector english doc example', `to_tsvector('english', 'The Fat Rats')`);
q('to_tsvector english sentence', `to_tsvector('english', 'a fat  cat sat on a mat - it ate a fat rats')`);
q('to_tsvector simple', `to_tsvector('simple', 'The Fat Rats')`);
q('to_tsvector simple keeps stopwords', `to_tsvector('simple', 'a the and of')`);
q('to_tsvector english all stopwords', `to_tsvector('english', 'a the and of')`);
q('to_tsvector default config', `to_tsvector('The Fat Rats')`);
q('to_tsvector regconfig typed', `to_tsvector('english'::regconfig, 'running runs ran')`);
q('to_tsvector empty', `to_tsvector('english', '')`);
q('to_tsvector null', `to_tsvector('english', NULL::text)`);
q('to_tsvector null config', `to_tsvector(NULL::regconfig, 'a')`);
q('to_tsvector unknown config error', `to_tsvector('nosuchcfg', 'a')`);
q('to_tsvector numbers', `to_tsvector('english', '123 4.5 -6 1e10 0x1F')`);
q(
  'to_tsvector email and url',
  `to_tsvector('english', 'mail foo@example.com see http://example.com/stuff/index.html')`,
);
q('to_tsvector host and path', `to_tsvector('simple', 'example.com /usr/local/foo.txt')`);
q('to_tsvector hyphenated', `to_tsvector('english', 'foo-bar-beta1 postgresql-beta1')`);
q('to_tsvector hyphen simple', `to_tsvector('simple', 'well-known state-of-the-art')`);
q('to_tsvector version', `to_tsvector('simple', 'version 8.3.0 and 1.2')`);
q('to_tsvector punctuation', `to_tsvector('english', 'Hello, world! What''s up? (yes)')`);
q('to_tsvector apostrophe', `to_tsvector('english', 'don''t can''t John''s')`);
q('to_tsvector stemming', `to_tsvector('english', 'running runner runs ran easily fairly')`);
q('to_tsvector stemming nouns', `to_tsvector('english', 'stars supernovae cities ponies')`);
q('to_tsvector uppercase', `to_tsvector('english', 'POSTGRESQL DATABASES')`);
q('to_tsvector repeated word', `to_tsvector('english', 'cat cat cat dog cat')`);
q('to_tsvector unicode words', `to_tsvector('simple', 'café naïve über straße')`);
q('to_tsvector cjk', `to_tsvector('simple', '日本語 テキスト')`);
q('to_tsvector digits in word', `to_tsvector('simple', 'abc123 123abc a1b2')`);
q('to_tsvector underscore', `to_tsvector('simple', 'foo_bar snake_case')`);
q('to_tsvector xml tag', `to_tsvector('simple', '<b>bold</b> text &amp; more')`);
q('to_tsvector newline tab', `to_tsvector('simple', E'one\\ttwo\\nthree')`);
q('to_tsvector long word', `to_tsvector('simple', repeat('x', 30))`);
q('to_tsvector long word over 2047', `length(to_tsvector('simple', repeat('x', 2100) || ' y'))`);
q(
  'to_tsvector positions after stopwords',
  `to_tsvector('english', 'the quick brown fox jumps over the lazy dog')`,
);
q('to_tsvector json', `to_tsvector('english', '{"a": "The Fat Rats", "b": 1}'::json)`);
q('to_tsvector jsonb', `to_tsvector('english', '{"a": "The Fat Rats", "b": "cats"}'::jsonb)`);
q('to_tsvector jsonb default config', `to_tsvector('{"a": "running"}'::jsonb)`);
q('to_tsvector jsonb array', `to_tsvector('simple', '["a b", "c", 1, true]'::jsonb)`);
q('to_tsvector jsonb nested', `to_tsvector('simple', '{"x": {"y": "deep word"}, "z": ["arr"]}'::jsonb)`);
q(
  'json_to_tsvector string',
  `json_to_tsvector('english', '{"a": "The Fat Rats", "b": 123}'::json, '"string"')`,
);
q(
  'jsonb_to_tsvector numeric',
  `jsonb_to_tsvector('english', '{"a": "The Fat Rats", "b": 123}'::jsonb, '["string", "numeric"]')`,
);
q(
  'jsonb_to_tsvector all',
  `jsonb_to_tsvector('simple', '{"a": "x", "b": 1, "c": true, "k": null}'::jsonb, '"all"')`,
);
q('jsonb_to_tsvector key', `jsonb_to_tsvector('simple', '{"alpha": "x"}'::jsonb, '"key"')`);
q('jsonb_to_tsvector boolean', `jsonb_to_tsvector('simple', '{"a": true, "b": false}'::jsonb, '"boolean"')`);
q('jsonb_to_tsvector bad filter', `jsonb_to_tsvector('simple', '{"a": "x"}'::jsonb, '"bogus"')`);
q('jsonb_to_tsvector filter not array', `jsonb_to_tsvector('simple', '{"a": "x"}'::jsonb, '{"a":1}')`);
q(
  'to_tsvector column',
  `to_tsvector('english', body) FROM docs ORDER BY id`,
  `CREATE TABLE docs (id int, body text); INSERT INTO docs VALUES (1, 'Cats are running'), (2, 'A dog barked'), (3, NULL);`,
);
q(
  'to_tsvector concat columns',
  `to_tsvector('english', coalesce(title,'') || ' ' || coalesce(body,'')) FROM d2`,
  `CREATE TABLE d2 (title text, body text); INSERT INTO d2 VALUES ('Title words', NULL);`,
);

// ---------------------------------------------------------------- to_tsquery
q('to_tsquery english doc', `to_tsquery('english', 'The & Fat & Rats')`);
q('to_tsquery weights', `to_tsquery('english', 'Fat | Rats:AB')`);
q('to_tsquery prefix', `to_tsquery('supernovae:*')`);
q('to_tsquery english prefix stem', `to_tsquery('english', 'supernovae:*')`);
q('to_tsquery quoted phrase', `to_tsquery($$'supernovae stars' & !crab$$)`);
q('to_tsquery simple', `to_tsquery('simple', 'The & Fat & Rats')`);
q('to_tsquery stopword only notice', `to_tsquery('english', 'the')`);
q('to_tsquery stopword removed from and', `to_tsquery('english', 'the & cat')`);
q('to_tsquery stopword in or', `to_tsquery('english', 'the | cat')`);
q('to_tsquery stopword in phrase', `to_tsquery('english', 'cat <-> the <-> rat')`);
q('to_tsquery stopword not', `to_tsquery('english', '!the & cat')`);
q('to_tsquery phrase', `to_tsquery('english', 'fat <-> rats')`);
q('to_tsquery distance', `to_tsquery('english', 'fat <3> rats')`);
q('to_tsquery hyphen word', `to_tsquery('english', 'foo-bar')`);
q('to_tsquery multiword error', `to_tsquery('english', 'fat rats')`);
q('to_tsquery syntax error', `to_tsquery('english', 'fat & | rats')`);
q('to_tsquery empty', `to_tsquery('english', '')`);
q('to_tsquery null', `to_tsquery('english', NULL)`);
q('to_tsquery default config', `to_tsquery('Running & Cats')`);
q('to_tsquery numbers', `to_tsquery('simple', '123 & 4.5')`);
q('to_tsquery url', `to_tsquery('simple', 'example.com')`);
q('to_tsquery uppercase weight', `to_tsquery('english', 'cat:A & dog:b')`);
q('to_tsquery prefix and weight', `to_tsquery('english', 'post:*B')`);
q('to_tsquery not', `to_tsquery('english', '!cats')`);
q('to_tsquery unicode', `to_tsquery('simple', 'Straße')`);
q('to_tsquery email', `to_tsquery('simple', 'foo@example.com')`);
q('to_tsquery apostrophe word', `to_tsquery('english', $$'don''t'$$)`);

// ---------------------------------------------------------------- plainto_tsquery
q('plainto_tsquery doc', `plainto_tsquery('english', 'The Fat Rats')`);
q('plainto_tsquery ignores operators', `plainto_tsquery('english', 'The Fat & Rats:C')`);
q('plainto_tsquery simple', `plainto_tsquery('simple', 'The Fat Rats')`);
q('plainto_tsquery default', `plainto_tsquery('fat rats')`);
q('plainto_tsquery empty', `plainto_tsquery('english', '')`);
q('plainto_tsquery stopwords only', `plainto_tsquery('english', 'the a of')`);
q('plainto_tsquery punctuation', `plainto_tsquery('english', 'hello, world! (x)')`);
q('plainto_tsquery single', `plainto_tsquery('english', 'cats')`);
q('plainto_tsquery null', `plainto_tsquery('english', NULL)`);
q('plainto_tsquery hyphen', `plainto_tsquery('english', 'state-of-the-art')`);
q('plainto_tsquery numbers', `plainto_tsquery('simple', 'v 1.2 and 3')`);

// ---------------------------------------------------------------- phraseto_tsquery
q('phraseto_tsquery doc', `phraseto_tsquery('english', 'The Fat Rats')`);
q('phraseto_tsquery doc weights ignored', `phraseto_tsquery('english', 'The Fat & Rats:C')`);
q('phraseto_tsquery stopword gap', `phraseto_tsquery('english', 'The Cat and Rats')`);
q('phraseto_tsquery simple', `phraseto_tsquery('simple', 'The Cat and Rats')`);
q('phraseto_tsquery default', `phraseto_tsquery('fat rats')`);
q('phraseto_tsquery empty', `phraseto_tsquery('english', '')`);
q('phraseto_tsquery stopwords only', `phraseto_tsquery('english', 'the of')`);
q('phraseto_tsquery leading stopwords', `phraseto_tsquery('english', 'the the cat')`);
q('phraseto_tsquery trailing stopwords', `phraseto_tsquery('english', 'cat of the')`);
q('phraseto_tsquery many', `phraseto_tsquery('english', 'a quick brown fox jumps over the lazy dog')`);
q('phraseto_tsquery hyphen', `phraseto_tsquery('english', 'foo-bar baz')`);
q('phraseto_tsquery single', `phraseto_tsquery('english', 'rats')`);
q('phraseto_tsquery null', `phraseto_tsquery('english', NULL)`);

// ---------------------------------------------------------------- websearch_to_tsquery
q('websearch doc 1', `websearch_to_tsquery('english', 'The fat rats')`);
q('websearch doc 2', `websearch_to_tsquery('english', '"supernovae stars" -crab')`);
q('websearch doc 3', `websearch_to_tsquery('english', '"sad cat" or "fat rat"')`);
q('websearch doc 4', `websearch_to_tsquery('english', 'signal -"segmentation fault"')`);
q('websearch doc 5', `websearch_to_tsquery('english', '""" )( dummy \\\\ query <->')`);
q('websearch simple', `websearch_to_tsquery('simple', 'The fat rats')`);
q('websearch or', `websearch_to_tsquery('english', 'cat or dog')`);
q('websearch OR uppercase', `websearch_to_tsquery('english', 'cat OR dog')`);
q('websearch or at start', `websearch_to_tsquery('english', 'or cat')`);
q('websearch or at end', `websearch_to_tsquery('english', 'cat or')`);
q('websearch or or', `websearch_to_tsquery('english', 'cat or or dog')`);
q('websearch minus', `websearch_to_tsquery('english', '-cat')`);
q('websearch minus minus', `websearch_to_tsquery('english', '--cat dog')`);
q('websearch minus alone', `websearch_to_tsquery('english', 'cat - dog')`);
q('websearch unclosed quote', `websearch_to_tsquery('english', '"fat rat')`);
q('websearch empty', `websearch_to_tsquery('english', '')`);
q('websearch only stopwords', `websearch_to_tsquery('english', 'the')`);
q('websearch quoted stopwords', `websearch_to_tsquery('english', '"the cat and the rat"')`);
q('websearch operators are text', `websearch_to_tsquery('english', 'cat & dog | !bird')`);
q('websearch colon star ignored', `websearch_to_tsquery('english', 'super:* cat:A')`);
q('websearch default config', `websearch_to_tsquery('fat rats')`);
q('websearch null', `websearch_to_tsquery('english', NULL)`);
q('websearch not or', `websearch_to_tsquery('english', '-cat or dog')`);
q('websearch parens', `websearch_to_tsquery('simple', '(a b)')`);
q('websearch hyphenated word', `websearch_to_tsquery('english', 'foo-bar')`);
q('websearch minus quoted or', `websearch_to_tsquery('english', 'a -"b c" or d')`);
q('websearch unicode', `websearch_to_tsquery('simple', 'Straße "café noir"')`);

export default list.cases;
