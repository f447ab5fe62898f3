// Round 19 probe, sysfuncs part B: PostgreSQL 15 docs 9.13 / 12.3-12.4, text search operators and
// functions: @@ in all operand forms, || && !! <->, setweight, strip, ts_rank, ts_rank_cd,
// ts_headline, ts_rewrite, tsvector_to_array, array_to_tsvector, unnest, ts_delete, ts_filter,
// numnode, querytree, tsquery_phrase, get_current_ts_config, and their errors.
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases('r19 sysfuncs: fts b: ');
const q = (name: string, expr: string, setup?: string) => list.select(name, expr, setup);

// ---------------------------------------------------------------- @@
q('match doc example', `to_tsvector('fat cats ate rats') @@ to_tsquery('cat & rat')`);
q('match tsquery left', `to_tsquery('cat & rat') @@ to_tsvector('fat cats ate rats')`);
q('match text text', `'fat cats ate rats' @@ 'cat & rat'`);
q('match text tsquery', `'fat cats ate rats' @@ to_tsquery('cat & rat')`);
q('match raw casts no stem', `'a fat cat sat on a mat and ate a fat rat'::tsvector @@ 'cat & rat'::tsquery`);
q('match raw casts miss', `'fat & cow'::tsquery @@ 'a fat cat sat on a mat and ate a fat rat'::tsvector`);
q('match unstemmed mismatch', `to_tsvector('fat cats ate fat rats') @@ to_tsquery('fat & rat')`);
q('match raw no normalise', `'fat cats ate fat rats'::tsvector @@ to_tsquery('fat & rat')`);
q('match phrase', `to_tsvector('fatal error') @@ to_tsquery('fatal <-> error')`);
q('match phrase miss', `to_tsvector('error is not fatal') @@ to_tsquery('fatal <-> error')`);
q('match distance', `to_tsvector('a fat big rat') @@ to_tsquery('fat <2> rat')`);
q('match distance exact only', `to_tsvector('simple', 'fat x y rat') @@ to_tsquery('simple', 'fat <2> rat')`);
q('match distance zero', `'a:1 b:1'::tsvector @@ 'a <0> b'::tsquery`);
q('match not', `to_tsvector('cat') @@ to_tsquery('!dog')`);
q('match not only on empty', `''::tsvector @@ '!a'::tsquery`);
q('match prefix', `to_tsvector('postgraduate') @@ to_tsquery('postgres:*')`);
q('match prefix english', `to_tsvector('english', 'postgraduate') @@ to_tsquery('english', 'postgres:*')`);
q('match prefix simple', `to_tsvector('simple', 'postgraduate') @@ to_tsquery('simple', 'postgr:*')`);
q('match weight', `'a:1A b:2B'::tsvector @@ 'a:A'::tsquery`);
q('match weight miss', `'a:1A b:2B'::tsvector @@ 'b:A'::tsquery`);
q('match weight no positions', `'a b'::tsvector @@ 'a:A'::tsquery`);
q('match weight default D', `'a:1'::tsvector @@ 'a:D'::tsquery`);
q('match or', `to_tsvector('cat') @@ to_tsquery('dog | cat')`);
q('match empty query', `to_tsvector('cat') @@ ''::tsquery`);
q('match null vector', `NULL::tsvector @@ 'a'::tsquery`);
q('match null query', `'a'::tsvector @@ NULL::tsquery`);
q('match no positions phrase', `'a b'::tsvector @@ 'a <-> b'::tsquery`);
q('match phrase not', `'a:1 b:2 c:3'::tsvector @@ 'a <-> !c'::tsquery`);
q('match phrase not hit', `'a:1 b:2 c:3'::tsvector @@ 'a <-> !b'::tsquery`);
q('match phrase or', `'a:1 b:2 c:3'::tsvector @@ 'a <-> (b | c)'::tsquery`);
q('match phrase weights', `'a:1A b:2B'::tsvector @@ 'a:A <-> b:B'::tsquery`);
q(
  'match where filter',
  `id FROM docs WHERE to_tsvector('english', body) @@ to_tsquery('english', 'run') ORDER BY id`,
  `CREATE TABLE docs (id int, body text); INSERT INTO docs VALUES (1, 'Cats are running'), (2, 'A dog barked'), (3, 'He runs'), (4, NULL);`,
);
q(
  'match text text where',
  `id FROM docs WHERE body @@ 'dog' ORDER BY id`,
  `CREATE TABLE docs (id int, body text); INSERT INTO docs VALUES (1, 'Cats are running'), (2, 'A dog barked');`,
);
q(
  'match generated column gin',
  `id FROM g WHERE tsv @@ websearch_to_tsquery('english', 'quick -slow') ORDER BY id`,
  `CREATE TABLE g (id int, body text, tsv tsvector GENERATED ALWAYS AS (to_tsvector('english', body)) STORED); CREATE INDEX g_tsv ON g USING gin (tsv); INSERT INTO g (id, body) VALUES (1, 'quick fox'), (2, 'slow quick turtle'), (3, 'nothing');`,
);
q(
  'match gin expression index',
  `id FROM g WHERE to_tsvector('english', body) @@ plainto_tsquery('english', 'foxes') ORDER BY id`,
  `CREATE TABLE g (id int, body text); CREATE INDEX g_b ON g USING gin (to_tsvector('english', body)); INSERT INTO g VALUES (1, 'quick fox'), (2, 'fox');`,
);
q(
  'match gist index',
  `count(*) FROM g WHERE v @@ 'b'::tsquery`,
  `CREATE TABLE g (v tsvector); CREATE INDEX ON g USING gist (v); INSERT INTO g VALUES ('a b'), ('c'), ('b d');`,
);
q('deprecated @@@', `'a b'::tsvector @@@ 'a'::tsquery`);
q('match wrong type int', `1 @@ 'a'::tsquery`);
q('match text int error', `'a' @@ 1`);

// ---------------------------------------------------------------- tsvector ||
q('tsvector concat doc', `'a:1 b:2'::tsvector || 'c:1 d:2 b:3'::tsvector`);
q('tsvector concat no positions', `'a b'::tsvector || 'c d'::tsvector`);
q('tsvector concat empty', `''::tsvector || 'a:1'::tsvector`);
q('tsvector concat weights', `'a:1A'::tsvector || 'a:1B'::tsvector`);
q('tsvector concat mixed positions', `'a:1 b'::tsvector || 'c d:3'::tsvector`);
q('tsvector concat null', `'a'::tsvector || NULL::tsvector`);
q('tsvector concat to_tsvector', `to_tsvector('english', 'the cat') || to_tsvector('english', 'the dog')`);
q(
  'tsvector concat setweight',
  `setweight(to_tsvector('english', 'Title Here'), 'A') || setweight(to_tsvector('english', 'body text here'), 'D')`,
);

// ---------------------------------------------------------------- tsquery && || !! <->
q('tsquery and op', `'fat | rat'::tsquery && 'cat'::tsquery`);
q('tsquery or op', `'fat | rat'::tsquery || 'cat'::tsquery`);
q('tsquery not op', `!! 'cat'::tsquery`);
q('tsquery not op compound', `!! 'cat | dog'::tsquery`);
q('tsquery phrase op', `to_tsquery('fat') <-> to_tsquery('rat')`);
q('tsquery phrase op compound', `'a | b'::tsquery <-> 'c & d'::tsquery`);
q('tsquery_phrase func', `tsquery_phrase(to_tsquery('fat'), to_tsquery('cat'))`);
q('tsquery_phrase distance', `tsquery_phrase(to_tsquery('fat'), to_tsquery('cat'), 10)`);
q('tsquery_phrase distance zero', `tsquery_phrase('a'::tsquery, 'b'::tsquery, 0)`);
q('tsquery_phrase distance negative error', `tsquery_phrase('a'::tsquery, 'b'::tsquery, -1)`);
q('tsquery_phrase distance too big error', `tsquery_phrase('a'::tsquery, 'b'::tsquery, 16385)`);
q('tsquery and empty', `''::tsquery && 'a'::tsquery`);
q('tsquery or empty', `'a'::tsquery || ''::tsquery`);
q('tsquery not empty', `!! ''::tsquery`);
q('tsquery phrase empty', `''::tsquery <-> 'a'::tsquery`);
q('tsquery and null', `'a'::tsquery && NULL::tsquery`);
q('tsquery contains', `'cat'::tsquery @> 'cat & rat'::tsquery`);
q('tsquery contained', `'cat'::tsquery <@ 'cat & rat'::tsquery`);
q('tsquery contained 2', `'cat'::tsquery <@ '!cat & rat'::tsquery`);
q('tsquery contains self', `'a & b'::tsquery @> 'b & a'::tsquery`);

// ---------------------------------------------------------------- setweight / strip / length
q('setweight all', `setweight('fat:2,4 cat:3 rat:5B'::tsvector, 'A')`);
q('setweight filtered', `setweight('fat:2,4 cat:3 rat:5,6B'::tsvector, 'A', '{cat,rat}')`);
q('setweight lowercase', `setweight('a:1'::tsvector, 'b')`);
q('setweight D', `setweight('a:1A'::tsvector, 'D')`);
q('setweight no positions', `setweight('a b'::tsvector, 'A')`);
q('setweight bad weight error', `setweight('a:1'::tsvector, 'E')`);
q('setweight filter missing lexeme', `setweight('a:1'::tsvector, 'A', '{zzz}')`);
q('setweight filter null element error', `setweight('a:1'::tsvector, 'A', ARRAY['a', NULL])`);
q('setweight null', `setweight(NULL::tsvector, 'A')`);
q('strip doc', `strip('fat:2,4 cat:3 rat:5A'::tsvector)`);
q('strip empty', `strip(''::tsvector)`);
q('strip no positions', `strip('a b'::tsvector)`);
q('length doc', `length('fat:2,4 cat:3 rat:5A'::tsvector)`);

// ---------------------------------------------------------------- ts_delete / ts_filter / arrays
q('ts_delete one', `ts_delete('fat:2,4 cat:3 rat:5A'::tsvector, 'fat')`);
q('ts_delete array', `ts_delete('fat:2,4 cat:3 rat:5A'::tsvector, ARRAY['fat','rat'])`);
q('ts_delete missing', `ts_delete('a b'::tsvector, 'z')`);
q('ts_delete array with null', `ts_delete('a b'::tsvector, ARRAY['a', NULL])`);
q('ts_delete array empty', `ts_delete('a b'::tsvector, '{}'::text[])`);
q('ts_delete all', `ts_delete('a b'::tsvector, ARRAY['a','b'])`);
q('ts_filter doc', `ts_filter('fat:2,4 cat:3b,7c rat:5A'::tsvector, '{a,b}')`);
q('ts_filter none', `ts_filter('a:1 b:2'::tsvector, '{a}')`);
q('ts_filter bad weight error', `ts_filter('a:1A'::tsvector, '{x}')`);
q('ts_filter null element error', `ts_filter('a:1A'::tsvector, ARRAY['a', NULL]::"char"[])`);
q('ts_filter no positions', `ts_filter('a b'::tsvector, '{d}')`);
q('tsvector_to_array doc', `tsvector_to_array('fat:2,4 cat:3 rat:5A'::tsvector)`);
q('tsvector_to_array empty', `tsvector_to_array(''::tsvector)`);
q('tsvector_to_array type', `pg_typeof(tsvector_to_array('a'::tsvector))`);
q('array_to_tsvector doc', `array_to_tsvector('{fat,cat,rat}'::text[])`);
q('array_to_tsvector dups', `array_to_tsvector('{b,a,b}'::text[])`);
q('array_to_tsvector null element error', `array_to_tsvector(ARRAY['a', NULL])`);
q('array_to_tsvector empty string element error', `array_to_tsvector(ARRAY['a', ''])`);
q('array_to_tsvector empty array', `array_to_tsvector('{}'::text[])`);
q('array_to_tsvector spaces', `array_to_tsvector(ARRAY['a b', 'c'])`);
list.add('unnest tsvector doc', [`SELECT * FROM unnest('cat:3 fat:2,4 rat:5A'::tsvector) AS t`]);
list.add('unnest tsvector rows', [`SELECT * FROM unnest('cat:3 fat:2,4 rat:5A'::tsvector)`]);
list.add('unnest tsvector no positions', [`SELECT * FROM unnest('a b'::tsvector)`]);
list.add('unnest tsvector columns', [
  `SELECT lexeme, positions, weights FROM unnest('a:1A,2 b'::tsvector) ORDER BY lexeme`,
]);
list.add('unnest tsvector types', [
  `SELECT pg_typeof(positions) AS p, pg_typeof(weights) AS w FROM unnest('a:1'::tsvector)`,
]);
list.add('unnest tsvector empty', [`SELECT * FROM unnest(''::tsvector)`]);
list.add('unnest tsvector in select list', [`SELECT unnest('a:1 b:2'::tsvector) AS u`]);

// ---------------------------------------------------------------- ts_rank / ts_rank_cd
q(
  'ts_rank basic',
  `ts_rank(to_tsvector('english', 'a fat cat sat on a mat and ate a fat rat'), to_tsquery('english', 'cat'))`,
);
q('ts_rank miss', `ts_rank(to_tsvector('cat'), to_tsquery('dog'))`);
q('ts_rank and', `ts_rank(to_tsvector('english', 'fat cat fat rat'), to_tsquery('english', 'fat & rat'))`);
q('ts_rank or', `ts_rank(to_tsvector('english', 'fat cat fat rat'), to_tsquery('english', 'fat | dog'))`);
q(
  'ts_rank weights array',
  `ts_rank('{0.1, 0.2, 0.4, 1.0}', setweight(to_tsvector('cat'), 'A'), to_tsquery('cat'))`,
);
q('ts_rank weights zero', `ts_rank('{0, 0, 0, 0}', to_tsvector('cat'), to_tsquery('cat'))`);
q('ts_rank weights short error', `ts_rank('{0.1, 0.2}', to_tsvector('cat'), to_tsquery('cat'))`);
q('ts_rank weights null error', `ts_rank('{0.1, NULL, 0.4, 1.0}', to_tsvector('cat'), to_tsquery('cat'))`);
q('ts_rank weights over one error', `ts_rank('{0.1, 2, 0.4, 1.0}', to_tsvector('cat'), to_tsquery('cat'))`);
q('ts_rank normalization 1', `ts_rank(to_tsvector('english', 'fat cat sat on mat'), to_tsquery('cat'), 1)`);
q('ts_rank normalization 2', `ts_rank(to_tsvector('english', 'fat cat sat on mat'), to_tsquery('cat'), 2)`);
q('ts_rank normalization 8', `ts_rank(to_tsvector('english', 'fat cat sat on mat'), to_tsquery('cat'), 8)`);
q('ts_rank normalization 16', `ts_rank(to_tsvector('english', 'fat cat sat on mat'), to_tsquery('cat'), 16)`);
q('ts_rank normalization 32', `ts_rank(to_tsvector('english', 'fat cat sat on mat'), to_tsquery('cat'), 32)`);
q(
  'ts_rank normalization combined',
  `ts_rank(to_tsvector('english', 'fat cat sat on mat'), to_tsquery('cat'), 2|4|32)`,
);
q('ts_rank type', `pg_typeof(ts_rank(to_tsvector('cat'), to_tsquery('cat')))`);
q('ts_rank no positions', `ts_rank('cat dog'::tsvector, 'cat'::tsquery)`);
q('ts_rank empty query', `ts_rank(to_tsvector('cat'), ''::tsquery)`);
q('ts_rank phrase', `ts_rank(to_tsvector('fat rat fat rat'), to_tsquery('fat <-> rat'))`);
q(
  'ts_rank_cd basic',
  `ts_rank_cd(to_tsvector('english', 'a fat cat sat on a mat and ate a fat rat'), to_tsquery('english', 'cat & rat'))`,
);
q('ts_rank_cd single', `ts_rank_cd(to_tsvector('cat sat'), to_tsquery('cat'))`);
q('ts_rank_cd no positions zero', `ts_rank_cd('cat dog'::tsvector, 'cat'::tsquery)`);
q(
  'ts_rank_cd weights',
  `ts_rank_cd('{0.1, 0.2, 0.4, 1.0}', setweight(to_tsvector('cat rat'), 'B'), to_tsquery('cat & rat'))`,
);
q(
  'ts_rank_cd normalization 4',
  `ts_rank_cd(to_tsvector('fat cat x y z fat rat'), to_tsquery('fat & rat'), 4)`,
);
q(
  'ts_rank_cd normalization 32',
  `ts_rank_cd(to_tsvector('english', 'fat cat rat'), to_tsquery('cat & rat'), 32)`,
);
q('ts_rank_cd miss', `ts_rank_cd(to_tsvector('cat'), to_tsquery('dog'))`);
q(
  'ts_rank order by',
  `id, round(ts_rank(to_tsvector('english', body), q)::numeric, 6) AS r FROM docs, to_tsquery('english', 'cat') q ORDER BY r DESC, id`,
  `CREATE TABLE docs (id int, body text); INSERT INTO docs VALUES (1, 'cat'), (2, 'cat cat cat dog'), (3, 'dog');`,
);

// ---------------------------------------------------------------- ts_headline
q('ts_headline doc', `ts_headline('The fat cat ate the rat.', 'cat')`);
q(
  'ts_headline doc english',
  `ts_headline('english', 'The most common type of search is to find all documents containing given query terms and return them in order of their similarity to the query.', to_tsquery('english', 'query & similarity'))`,
);
q(
  'ts_headline doc startsel',
  `ts_headline('english', 'Search terms may occur many times in a document, requiring ranking of the search matches to decide which occurrences to display in the result.', to_tsquery('english', 'search & term'), 'MaxFragments=10, MaxWords=7, MinWords=3, StartSel=<<, StopSel=>>')`,
);
q('ts_headline no match', `ts_headline('english', 'The fat cat', to_tsquery('english', 'dog'))`);
q(
  'ts_headline MaxWords MinWords',
  `ts_headline('english', 'one two three four five six seven eight nine ten eleven twelve cat thirteen fourteen', to_tsquery('cat'), 'MaxWords=5, MinWords=2')`,
);
q('ts_headline ShortWord', `ts_headline('english', 'a b c cat d e f', to_tsquery('cat'), 'ShortWord=0')`);
q(
  'ts_headline HighlightAll',
  `ts_headline('english', 'The fat cat ate the rat. And then more words follow here', to_tsquery('cat'), 'HighlightAll=true')`,
);
q(
  'ts_headline StartSel quoted',
  `ts_headline('english', 'The fat cat', to_tsquery('cat'), 'StartSel="<em class=x>", StopSel=</em>')`,
);
q(
  'ts_headline FragmentDelimiter',
  `ts_headline('english', 'cat one two three four five six seven eight nine ten eleven twelve cat', to_tsquery('cat'), 'MaxFragments=2, MaxWords=3, MinWords=1, FragmentDelimiter=" ... "')`,
);
q(
  'ts_headline MaxFragments 1',
  `ts_headline('english', 'alpha cat beta gamma delta epsilon zeta eta theta cat iota', to_tsquery('cat'), 'MaxFragments=1, MaxWords=4, MinWords=2')`,
);
q(
  'ts_headline MinWords >= MaxWords error',
  `ts_headline('english', 'The fat cat', to_tsquery('cat'), 'MaxWords=3, MinWords=3')`,
);
q(
  'ts_headline MinWords zero error',
  `ts_headline('english', 'The fat cat', to_tsquery('cat'), 'MinWords=0')`,
);
q(
  'ts_headline ShortWord negative error',
  `ts_headline('english', 'The fat cat', to_tsquery('cat'), 'ShortWord=-1')`,
);
q(
  'ts_headline MaxFragments negative error',
  `ts_headline('english', 'The fat cat', to_tsquery('cat'), 'MaxFragments=-1')`,
);
q('ts_headline unknown option error', `ts_headline('english', 'The fat cat', to_tsquery('cat'), 'Bogus=1')`);
q('ts_headline option syntax error', `ts_headline('english', 'The fat cat', to_tsquery('cat'), 'MaxWords')`);
q(
  'ts_headline phrase',
  `ts_headline('english', 'the fat rat and a fat cat', to_tsquery('english', 'fat <-> cat'))`,
);
q(
  'ts_headline prefix',
  `ts_headline('english', 'postgres databases are postgraduate', to_tsquery('english', 'postgr:*'))`,
);
q('ts_headline html input', `ts_headline('english', '<p>The <i>fat</i> cat</p>', to_tsquery('cat'))`);
q('ts_headline default config two args', `ts_headline('cats and dogs', to_tsquery('dog'))`);
q('ts_headline simple config', `ts_headline('simple', 'The fat cat', to_tsquery('simple', 'the'))`);
q('ts_headline null doc', `ts_headline('english', NULL::text, to_tsquery('cat'))`);
q('ts_headline empty query', `ts_headline('english', 'The fat cat', ''::tsquery)`);
q(
  'ts_headline jsonb',
  `ts_headline('english', '{"a": "The fat cat", "b": {"c": "dog cat"}}'::jsonb, to_tsquery('cat'))`,
);
q('ts_headline json', `ts_headline('english', '{"a": "The fat cat"}'::json, to_tsquery('cat'))`);
q(
  'ts_headline long document',
  `ts_headline('english', repeat('lorem ipsum dolor ', 20) || 'cat' || repeat(' sit amet', 20), to_tsquery('cat'))`,
);
q('ts_headline not query', `ts_headline('english', 'The fat cat', to_tsquery('!cat'))`);
q('ts_headline or query', `ts_headline('english', 'The fat cat and the rat', to_tsquery('cat | rat'))`);
q(
  'ts_headline options case insensitive',
  `ts_headline('english', 'The fat cat', to_tsquery('cat'), 'startsel=[, stopsel=]')`,
);
q(
  'ts_headline options spaces',
  `ts_headline('english', 'The fat cat', to_tsquery('cat'), ' StartSel = [ , StopSel = ] ')`,
);

// ---------------------------------------------------------------- ts_rewrite
q('ts_rewrite doc', `ts_rewrite('a & b'::tsquery, 'a'::tsquery, 'foo|bar'::tsquery)`);
q('ts_rewrite no match', `ts_rewrite('a & b'::tsquery, 'c'::tsquery, 'd'::tsquery)`);
q('ts_rewrite subtree', `ts_rewrite('a & b & c'::tsquery, 'a & b'::tsquery, 'x'::tsquery)`);
q('ts_rewrite to empty', `ts_rewrite('a & b'::tsquery, 'a'::tsquery, ''::tsquery)`);
q(
  'ts_rewrite select',
  `ts_rewrite('a & b'::tsquery, 'SELECT t, s FROM aliases')`,
  `CREATE TABLE aliases (t tsquery PRIMARY KEY, s tsquery); INSERT INTO aliases VALUES ('a', 'c');`,
);
q(
  'ts_rewrite select multiple',
  `ts_rewrite(to_tsquery('supernovae & crab'), 'SELECT * FROM aliases')`,
  `CREATE TABLE aliases (t tsquery PRIMARY KEY, s tsquery); INSERT INTO aliases VALUES (to_tsquery('supernovae'), to_tsquery('supernovae|sn')), (to_tsquery('crab'), to_tsquery('nebula'));`,
);
q('ts_rewrite select bad columns error', `ts_rewrite('a'::tsquery, 'SELECT 1, 2')`);
q('ts_rewrite select one column error', `ts_rewrite('a'::tsquery, 'SELECT ''a''::tsquery')`);
q('ts_rewrite null', `ts_rewrite('a'::tsquery, NULL::tsquery, 'b'::tsquery)`);
q('ts_rewrite phrase', `ts_rewrite('a <-> b'::tsquery, 'a'::tsquery, 'c | d'::tsquery)`);

// ---------------------------------------------------------------- querytree / numnode / misc
q('querytree doc', `querytree('foo & ! bar'::tsquery)`);
q('querytree only not', `querytree('!foo'::tsquery)`);
q('querytree or not', `querytree('a | !b'::tsquery)`);
q('querytree plain', `querytree('a & b'::tsquery)`);
q('querytree phrase', `querytree('a <-> !b'::tsquery)`);
q('querytree empty', `querytree(''::tsquery)`);
q('numnode doc', `numnode('(fat & rat) | cat'::tsquery)`);
q('numnode phrase', `numnode('a <-> b <-> c'::tsquery)`);
q('get_current_ts_config', `get_current_ts_config()`);
q('get_current_ts_config type', `pg_typeof(get_current_ts_config())`);
list.add('default_text_search_config set simple', [
  `SET default_text_search_config = 'pg_catalog.simple'`,
  `SELECT get_current_ts_config() AS c, to_tsvector('The Cats') AS v`,
]);
list.add('default_text_search_config bad value error', [`SET default_text_search_config = 'nosuch'`]);
list.add('show default_text_search_config', [`SHOW default_text_search_config`]);
q('regconfig cast', `'english'::regconfig`);
q('regconfig bad name error', `'nosuch'::regconfig`);
q('regconfig qualified', `'pg_catalog.simple'::regconfig`);
q('regdictionary cast', `'english_stem'::regdictionary`);
q('ts_lexize', `ts_lexize('english_stem', 'stars')`);
q('ts_lexize stopword', `ts_lexize('english_stem', 'a')`);
q('ts_lexize simple', `ts_lexize('simple', 'Stars')`);
list.add('ts_debug english', [
  `SELECT alias, token, lexemes FROM ts_debug('english', 'The Brightest supernovaes') ORDER BY 1, 2`,
]);
list.add('ts_debug rows', [
  `SELECT alias, token, dictionary, lexemes FROM ts_debug('english', 'a fat cat 123 foo-bar')`,
]);
list.add('ts_parse rows', [`SELECT * FROM ts_parse('default', '123 - a number')`]);
list.add('ts_token_type rows', [`SELECT * FROM ts_token_type('default') WHERE tokid < 6`]);
list.add(
  'ts_stat rows',
  [`SELECT word, ndoc, nentry FROM ts_stat('SELECT v FROM s') ORDER BY word`],
  `CREATE TABLE s (v tsvector); INSERT INTO s VALUES ('a:1,2 b:3'), ('a:1 c');`,
);
list.add(
  'ts_stat weights',
  [`SELECT word, ndoc, nentry FROM ts_stat('SELECT v FROM s', 'a') ORDER BY word`],
  `CREATE TABLE s (v tsvector); INSERT INTO s VALUES ('a:1A,2 b:3A'), ('a:1 c');`,
);
list.add('ts_stat bad query error', [`SELECT * FROM ts_stat('SELECT 1')`]);
list.add(
  'tsvector_update_trigger',
  [`INSERT INTO m (title, body) VALUES ('The Title', 'cats running')`, `SELECT tsv::text AS t FROM m`],
  `CREATE TABLE m (title text, body text, tsv tsvector); CREATE TRIGGER m_tsv BEFORE INSERT OR UPDATE ON m FOR EACH ROW EXECUTE FUNCTION tsvector_update_trigger(tsv, 'pg_catalog.english', title, body);`,
);
list.add(
  'tsvector_update_trigger_column',
  [
    `INSERT INTO m (cfg, body) VALUES ('simple', 'The Cats'), ('english', 'The Cats')`,
    `SELECT tsv::text AS t FROM m ORDER BY cfg`,
  ],
  `CREATE TABLE m (cfg regconfig, body text, tsv tsvector); CREATE TRIGGER m_tsv BEFORE INSERT OR UPDATE ON m FOR EACH ROW EXECUTE FUNCTION tsvector_update_trigger_column(tsv, cfg, body);`,
);
list.add(
  'tsvector column describe',
  [
    `SELECT a.attname, format_type(a.atttypid, a.atttypmod) AS t FROM pg_attribute a WHERE a.attrelid = 'f'::regclass AND a.attnum > 0 ORDER BY a.attnum`,
  ],
  `CREATE TABLE f (v tsvector, q tsquery, c regconfig);`,
);
list.add(
  'tsvector column round trip',
  [`INSERT INTO f VALUES ($$'x y':1A z$$, 'a & !b')`, `SELECT v, q FROM f`],
  `CREATE TABLE f (v tsvector, q tsquery);`,
);
list.add('tsvector param', [{ sql: `SELECT $1::tsvector AS v, $2::tsquery AS q`, params: ['b a:2', 'x|y'] }]);
list.add('tsvector param match', [
  {
    sql: `SELECT to_tsvector('english', $1) @@ plainto_tsquery('english', $2) AS v`,
    params: ['The cats ran', 'cat'],
  },
]);

export default list.cases;
